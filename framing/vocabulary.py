"""Token types numbered once per process: `TOKEN_TYPES`, shared by the matcher and the attribution labeller.

A document's tokens are looked up here once (`text.Doc.type_ids`); what the matcher works out per type
(the lexicon entries it anchors) and what the labeller does (its per-type weight sums) is kept in
lists and arrays by the type's number, so neither asks a dict about every token again.
"""

from __future__ import annotations

import threading

import numpy as np


class TokenTypes(dict):
    """Token type (as written) -> a number, the same for every matcher and labeller of the process.

    Each token of a document is looked up once (`Doc.type_ids`); the matcher and the attribution
    labeller keep what they work out per type in lists and arrays indexed by that number, reading
    new types from `tokens` when they next run, under `lock`. Past `limit` types everything is
    forgotten and `generation` counts up, which tells them to forget theirs too. The lock also keeps
    two threads from giving one number to two types."""

    def __init__(self, limit: int = 500_000):
        super().__init__()
        self.limit = limit
        self.tokens: list[str] = []  # number -> token type
        self.generation = 0
        self.lock = threading.Lock()

    def __missing__(self, token: str) -> int:
        with self.lock:
            number = self.get(token)
            if number is None:
                number = self[token] = len(self.tokens)
                self.tokens.append(token)
            return number

    def ids(self, tokens: list[str]) -> tuple[int, np.ndarray]:
        """(generation, the number of each token): one dict lookup per token, in C."""
        if len(self.tokens) > self.limit:
            with self.lock:
                self.clear()
                self.tokens = []
                self.generation += 1
        generation = self.generation
        return generation, np.fromiter(map(self.__getitem__, tokens), np.intp, len(tokens))


TOKEN_TYPES = TokenTypes()
