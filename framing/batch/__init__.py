"""Corpus runs: `run` reads records and writes tables, `workers` scores batches (here, in worker
processes or on Dask), `models` adds a trained model's columns. The tables' columns and formats are
in `framing.tables`."""
