# Set-up and everyday jobs. `make demo` and `make test` work on a fresh machine with Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test lint eval bench models clean native

$(STAMP): pyproject.toml Makefile
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,dask]'
	touch $(STAMP)

# The hot pipeline modules compiled with mypyc when a C compiler is at hand (framing/compiled.py): about a
# quarter fewer instructions per article, the same output. Without a compiler framing runs its sources.
# One C file per module on every core, profile-guided: built instrumented, trained on the seed articles
# (seconds), built again with the profile; a plain build when that fails (build_native.py).
native: $(STAMP)
	$(BIN)/python build_native.py

demo: native
	$(BIN)/framing compare seeds/articles --out-dir reports/demo
	$(BIN)/framing score seeds/articles -o reports/demo/scores.parquet --summary outlet

# The suite on every core (pytest-xdist; `-n auto` is one worker per core), each test file kept whole on
# one worker so a module's fixtures are built once. One file alone: $(BIN)/python -m pytest -q tests/FILE.
test: native
	$(BIN)/python -m pytest -q -n auto --dist loadfile

# Lint, formatting and types (settings in pyproject.toml).
lint: $(STAMP)
	$(BIN)/ruff check framing tests benchmarks examples build_native.py
	$(BIN)/ruff format --check framing tests benchmarks examples build_native.py
	$(BIN)/mypy framing build_native.py

# Quality figures on the labelled data sets in ../shared/data (skipped when absent): signals, sourcing, models,
# narratives (framing/evaluation.py; `python -m framing.evaluation --format json` gives them as one document).
eval: native
	$(BIN)/python -m framing.evaluation

bench: native
	$(BIN)/python benchmarks/bench_score.py

# The bundled default model: seeds/labelled/sentences.csv, a fifth held out for its model card.
# The narrative model: SemEval-2025 Task 10 data from ../shared/data (kept as is when absent).
# The attribution labeller: PolNeAR's dev fold from ../shared/data (kept as is when absent).
models: native
	$(BIN)/framing train seeds/labelled/sentences.csv --holdout 0.2 --output models/default.skops
	$(BIN)/python -m framing.narratives.train -o models/narratives.skops   # every language; ships those above the baselines
	$(BIN)/python -m framing.quality.attribution_train -o models/attribution.json

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache framing/*.so framing/*/*.so framing/compiled.sha256
