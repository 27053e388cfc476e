"""The README's "runs offline" and "nothing is fetched": with every network connection refused, the commands
that read a saved web page, apply the shipped models, lemmatise Russian narrative cues and draw a report still
give their results (round u30)."""

from __future__ import annotations

import json
import shutil
import socket
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from framing.cli import app

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "tests" / "data" / "pages" / "courier_talks.html"
runner = CliRunner()


class NetworkUsed(AssertionError):
    """Raised by every way a library could reach a host."""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Refuse every name lookup and every internet connection; the attempts are listed."""
    attempts: list[str] = []
    connect = socket.socket.connect

    def refuse(what: str):
        def refused(*args, **kwargs):
            attempts.append(f"{what}{args[:2]!r}")
            raise NetworkUsed(f"{what} called: framing must not use the network")

        return refused

    def guarded_connect(sock: socket.socket, address, *rest):
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            return refuse("connect")(address)
        return connect(sock, address, *rest)

    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("gethostbyname"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_connect)
    return attempts


def _json(*args: str | Path) -> Any:
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_pages_models_narratives_and_reports_need_no_network(no_network: list[str], tmp_path: Path) -> None:
    page = _json("score", PAGE, "--format", "json")
    assert page["title"] and page["n_words"] > 50  # the article read from the saved page

    article = tmp_path / "a.txt"
    article.write_text(
        "Talks stall\n\nOfficials said the talks may fail. Critics slammed the plan as a catastrophe.\n",
        encoding="utf-8",
    )
    scored = _json(
        "score",
        article,
        "--model",
        ROOT / "models" / "default.skops",
        "--narratives",
        "--sourcing",
        "trained",
        "--format",
        "json",
    )
    assert scored["meta"]["sourcing"] == "trained" and scored["model"] and scored["narratives"]

    russian = tmp_path / "ru.txt"  # pymorphy3 reads its bundled dictionaries
    russian.write_text("Запад ведёт войну против России руками Украины.\n", encoding="utf-8")
    found = _json("narratives", russian, "--lang", "ru", "--format", "json")
    assert isinstance(found, dict) and found["lang"] == "ru" and found["narratives"] != ["Other"]

    out = tmp_path / "report"
    corpus = tmp_path / "corpus"
    for outlet in sorted((ROOT / "seeds" / "articles").iterdir())[:2]:
        (corpus / outlet.name).mkdir(parents=True)
        for path in sorted(outlet.glob("*.txt"))[:4]:
            shutil.copy(path, corpus / outlet.name)
    result = runner.invoke(app, ["compare", str(corpus), "-o", str(out), "--bootstrap", "100", "--min-articles", "2"])
    assert result.exit_code == 0, result.output
    assert (out / "index.html").is_file() and list((out / "figures").glob("*.png"))
    assert no_network == []


def test_the_guard_catches_a_connection(no_network: list[str]) -> None:
    """The fixture above is no empty promise: a library opening a connection is stopped and listed."""
    import urllib.request

    with pytest.raises(Exception, match="must not use the network"):
        urllib.request.urlopen("http://example.org/", timeout=1)
    assert no_network
