"""framing: media-narrative and disinformation-framing analysis with evidence for every score."""
__version__ = "0.1.0"
