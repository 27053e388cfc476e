"""Article files in UTF-16 or UTF-32 with a byte-order mark are read as text, whatever their length;
a mark in front of bytes that are not that encoding, or not text, is named in one line."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from framing.cli import app
from framing.corpus import open_corpus, read_text_file
from framing.corpus.files import decode
from framing.errors import InputError

CODECS = ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
# Text as a person writes it: no controls other than white space, nothing unassigned or private.
WRITTEN = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Cn", "Co")) | st.sampled_from(" \t\n"), min_size=1, max_size=200
)


@pytest.mark.parametrize("codec", CODECS)
def test_one_word_with_a_mark_is_read_in_every_byte_order(tmp_path, codec):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffhi".encode(codec))
    assert read_text_file(path) == "hi"


@settings(max_examples=200, deadline=None)
@given(text=WRITTEN, codec=st.sampled_from(CODECS))
def test_any_written_text_with_a_mark_decodes_to_itself(text, codec):
    assert decode(("\ufeff" + text).encode(codec), "a.txt") == text


def test_a_utf16_mark_before_bytes_that_are_not_utf16_is_named():
    with pytest.raises(InputError) as caught:
        decode(b"\xff\xfe\x01\xd8ab", "a.txt")  # a lone high surrogate
    assert str(caught.value) == "a.txt: starts with a UTF-16 byte-order mark but is not UTF-16"


def test_a_mark_before_control_bytes_is_binary():
    with pytest.raises(InputError) as caught:
        decode(b"\xff\xfe\x01\x00\x02\x00\x03\x00A\x00", "a.txt")
    assert str(caught.value) == "a.txt: looks like a binary file, not text"


def test_score_reads_a_utf32_article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("War is coming. Officials said so.".encode("utf-32"))
    result = CliRunner().invoke(app, ["score", str(path), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert '"War is coming."' in result.stdout


def test_a_utf32_corpus_file_is_named_as_utf32(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes("id,text\n1,Words.\n".encode("utf-32"))
    with pytest.raises(InputError) as caught:
        list(open_corpus(path))
    assert str(caught.value) == f"{path}: is UTF-32; save the file as UTF-8"
