"""Round u41: a researcher's pass over real news, in sentences written for it: a quotation of several sentences
whose tag follows its closing mark is the tag's speaker's from its first sentence; an option given no value
before the next option says so; a poll's sign-up lines and a comment notice are site furniture; `train` refuses
a model path before its slow imports."""

from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.pipeline import Analyzer
from sourcing_cases import fields


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the sentence before names another speaker: the quotation's own tag wins
        (
            'Officials said the road was safe. "The lorries have never stopped. The noise is a disgrace," '
            "Mayor Ana Ruiz said.",
            ["Officials", "Mayor Ana Ruiz", "Mayor Ana Ruiz"],
        ),
        # an inverted tag, three sentences in the quotation
        (
            "The union praised the deal. \u201cWe waited years. The mills were cold. Now they will open,\u201d "
            "said Tomas Berg, a shop steward.",
            ["The union", "Tomas Berg, a shop steward", "Tomas Berg, a shop steward", "Tomas Berg, a shop steward"],
        ),
        # nobody before: the quotation was credited to no one
        (
            'The vote is on Monday. "The count will be close. Nobody can call it," Lena Park told reporters.',
            ["Lena Park", "Lena Park"],
        ),
        # no tag after the closing mark: the speaker before still carries on
        ('Lo said the plan was sound. "We lost. The plan failed."', ["Lo", "Lo", "Lo"]),
        # a cue inside the quotation is the speaker's own, no tag of it
        ('Lo said the plan was sound. "We lost. The plan failed, as Ruiz said."', ["Lo", "Lo", "Lo"]),
    ],
)
def test_a_quotation_of_several_sentences_is_its_closing_tags_speakers_else_the_one_before(
    sourcing_analyzer: Analyzer, text: str, speakers: list[str]
) -> None:
    assert [source for (source,) in fields(sourcing_analyzer, text, "source")] == speakers


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["score", "corpus", "--summary", "-j", "1"],
            "error: framing score: --summary needs a value (COLUMN) before the next option, -j (framing score --help)",
        ),
        (
            ["compare", "corpus", "--by", "--jobs", "2"],
            "error: framing compare: --by needs a value (COLUMN) before the next option, --jobs (framing compare --help)",
        ),
        # none at the end: Click's own words named no command ("Option '--lang' requires an argument.")
        (
            ["narratives", "corpus", "--lang"],
            "error: framing narratives: --lang needs a value (LANG) after it (framing narratives --help)",
        ),
    ],
)
def test_an_option_given_no_value_says_so_naming_the_command(args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert result.stderr.strip() == message


@pytest.mark.parametrize(
    "furniture",
    [
        "Completing this poll entitles you to our newsletter at no cost.",
        "You also agree to our Privacy Policy and Terms of Use.",
        "Please let us know if you're having issues with the comment box.",
        "Please let us know if you\u2019re having issues with the comment box.",
    ],
)
def test_a_sign_up_or_comment_notice_line_is_site_furniture(analyzer: Analyzer, furniture: str) -> None:
    text = f"Mayor Ana Ruiz said the bridge would reopen.\n{furniture}\nThe bridge first opened in 1990."
    result = analyzer.analyze(text, split_title=False)
    assert [a["source"] for a in result.attributions] == ["Mayor Ana Ruiz"]
    assert result.n_sentences == 2


def test_train_refuses_a_model_path_before_importing_scikit_learn(tmp_path) -> None:
    table = tmp_path / "labelled.csv"
    table.write_text("text,label\nThe plan is bad.,a\nThe plan is good.,b\n", encoding="utf-8")
    code = (
        "import sys\nfrom typer.testing import CliRunner\nfrom framing.cli import app\n"
        f"result = CliRunner().invoke(app, ['train', {str(table)!r}, '-o', {str(tmp_path / 'm.joblib')!r}])\n"
        "print(result.exit_code, 'sklearn' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["2", "False"]
