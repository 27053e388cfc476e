"""What the model wing's text vectorizers take: a list of texts, however it comes (a list, a pandas
Series, a table of one text column), and the scikit-learn tags that say so."""

from __future__ import annotations

import numpy as np


class _TextInput:
    """Tells scikit-learn's checks that an estimator takes a list of texts, not a 2-D array."""

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = False
        tags.input_tags.string = True
        return tags


def documents(X) -> list:
    """The texts a vectorizer was given, as a list: a list, a pandas Series, or a table of one column.

    Why: iterating a pandas DataFrame yields its column names, so scikit-learn's text vectorizers
    read `df[["text"]]` as one document, while the lexicon block read it row by row: the union's
    blocks disagreed on the row count. And iterating one string yields its characters, one
    "document" each."""
    if isinstance(X, (str, bytes)):
        raise ValueError("expected a list of texts, got one text: wrap it in a list, [text]")
    if getattr(X, "ndim", 1) == 2:
        if X.shape[1] != 1:
            raise ValueError(f"expected one column of texts, got a table of {X.shape[1]} columns")
        return list(X.iloc[:, 0] if hasattr(X, "iloc") else np.asarray(X)[:, 0])
    return list(X)
