"""Round l34 (issue 13): loaded-language classes a twenty-fourth blind dev sample missed, evaluative adjectives
and their adverbs, verbs of attack and the sneer of "dared to". Each case is a sentence written for the test and
the exact text the signal matches in it; the plain sense beside it shows the sense rules keep it out."""

from __future__ import annotations

import pytest

from framing.pipeline import Analyzer
from signal_cases import spans


@pytest.mark.parametrize(
    "text, expected",
    [
        # evaluative adjectives and their adverbs
        ("The council set an arbitrary deadline for the ferry plan.", ["arbitrary"]),
        ("Rights lawyers condemned the arbitrary detention of the poet.", []),
        ("It was a shrewd move by the harbour board.", ["shrewd"]),
        ("A ferocious row broke out over the tram budget.", ["ferocious"]),
        ("The insatiable appetite of the arms makers grows.", ["insatiable"]),
        ("The board's inexplicable decision stunned the town.", ["inexplicable"]),
        ("The new ruling is deeply troubling, the union said.", ["troubling"]),
        ("Critics call the tax plan economic voodoo.", ["voodoo"]),
        # verbs of attack
        ("The challenger kept hammering at the mayor's record.", ["hammering at"]),
        ("The governor unloaded on the press at breakfast.", ["unloaded on"]),
        ("Both candidates went on the attack in the second debate.", ["on the attack"]),
        ("Rival campaigns quickly jumped on the remark.", ["jumped on"]),
        ("The boy jumped on top of the wall.", []),
        ("She jumped on a bus to the airport.", []),
        ("They jumped on board the ferry at dawn.", []),
        # missing forms of kept verbs and nouns of contempt
        ("Their tariffs have wrecked the fishing towns.", ["wrecked"]),
        ("Ignore the hype about the new stadium.", ["hype"]),
        ("The mayor stokes fear of the night buses.", ["stokes"]),
        ("Professor Stokes chaired the committee.", []),
        ("The old charter was subverted by the council.", ["subverted"]),
        ("Anonymous trolls flooded her page.", ["trolls"]),
        ("The claim is just silly, the minister said.", ["silly"]),
        # the sneer of a rebel's daring
        ("He was punished because he dared to question the chief.", ["dared to"]),
        ("Trump's hand-picked prosecutor closed the case.", ["hand-picked"]),
    ],
)
def test_loaded_language_class(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert spans(analyzer, text, "loaded_language") == expected
