"""The model wing: text classifiers trained next to the lexicons and applied by `framing score --model`.

It reads the pipeline (lexicon signals are one block of features); the pipeline never imports it.
"""
