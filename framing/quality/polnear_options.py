"""The options that the scripts over PolNeAR's attributions share (`sourcing_eval`, `voice_errors`): one
`--data` and `--sourcing`, one skip when PolNeAR is absent."""

from __future__ import annotations

from pathlib import Path

from ..pipeline import SOURCING_METHODS
from ..scripts import data_folder, script_parser, ScriptParser
from .datasets import absent, default_data_dir


def polnear_parser(module: str, description: str) -> ScriptParser:
    """The parser of a script over PolNeAR, with the options they share: `--data` and `--sourcing`."""
    parser = script_parser(module, description)
    parser.add_argument("--data", type=data_folder, default=default_data_dir(), help="folder holding polnear/")
    parser.add_argument(
        "--sourcing",
        choices=SOURCING_METHODS,
        default="rules",
        help="rules alone, with the trained attribution labeller, or hybrid (the rules plus the labeller's cues "
        "outside their attributions)",
    )
    return parser


def polnear_absent(data: Path) -> bool:
    """Whether PolNeAR is missing under `data`, said on stderr (the folder that is absent) when it is."""
    return absent(data) or absent(data / "polnear")
