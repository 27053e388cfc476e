"""The quality wing: how well lexicons and models agree with labelled data (`make eval`, `lexicon audit`,
the example checks of `lexicon check`), and the readers of the labelled data sets in ../shared/data.

It reads the pipeline; nothing below the CLI imports it.
"""
