"""FramingVectorizer and CharNgramVectorizer keep the scikit-learn estimator contract."""

from __future__ import annotations

import pickle

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.base import clone
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import make_pipeline

from framing.model import signal_rows
from framing.model.features import FramingVectorizer
from framing.model.ngrams import CharNgramVectorizer, WordNgramVectorizer
from framing.text import normalize, tokenize

TEXTS = [
    "Officials reportedly said the talks may collapse.",
    "The bridge was closed for repairs on Tuesday.",
    "This catastrophic escalation brings us to the brink of war.",
    "The council approved the budget on Monday.",
    "Critics argue the plan could fail, according to sources.",
    "The museum opened a new wing in May.",
] * 3
LABELS = ["framed", "plain", "framed", "plain", "framed", "plain"] * 3


@pytest.fixture(scope="module")
def fitted() -> FramingVectorizer:
    return FramingVectorizer().fit(TEXTS)


def test_init_only_stores_parameters_and_clone_keeps_them() -> None:
    vec = FramingVectorizer(lexicons=["extra"], lang="en", log_counts=False)
    assert vec.get_params() == {"lexicons": ["extra"], "lang": "en", "log_counts": False}
    assert not [k for k in vars(vec) if k.endswith("_")]  # nothing learned before fit
    assert clone(vec).get_params() == vec.get_params()
    assert vec.set_params(log_counts=True).log_counts is True


def test_fit_returns_self_and_transform_gives_one_named_row_per_text(fitted: FramingVectorizer) -> None:
    X = fitted.transform(TEXTS[:6])
    names = list(fitted.get_feature_names_out())
    assert X.shape == (6, len(names))
    assert "hedging_count" in names and "sourcing_anonymous" in names
    hedged = X[0, names.index("hedging_count")]
    assert hedged > 0 and X[1, names.index("hedging_count")] == 0
    assert X[2, names.index("escalation_weighted")] > 0


def test_unfitted_transform_raises() -> None:
    from sklearn.exceptions import NotFittedError

    with pytest.raises(NotFittedError):
        FramingVectorizer().transform(["A text."])


def test_works_in_a_pipeline_under_grid_search() -> None:
    pipe = make_pipeline(FramingVectorizer(), LogisticRegression(max_iter=500))
    search = GridSearchCV(
        pipe, {"framingvectorizer__log_counts": [True, False], "logisticregression__C": [0.5, 2.0]}, cv=3
    )
    search.fit(TEXTS, LABELS)
    assert search.best_estimator_.predict(["Analysts believe prices might rise."])[0] in {"framed", "plain"}


def test_pickles_without_its_compiled_lexicons(fitted: FramingVectorizer) -> None:
    data = pickle.dumps(fitted)
    assert len(data) < 5_000_000
    copy = pickle.loads(data)
    assert "_analyzer" not in vars(copy)
    np.testing.assert_allclose(copy.transform(TEXTS[:3]), fitted.transform(TEXTS[:3]))


def test_fitted_vectorizer_keeps_the_lexicons_it_was_fitted_with(tmp_path) -> None:
    folder = tmp_path / "lex"
    folder.mkdir()
    (folder / "weather.toml").write_text(
        'schema = 1\n[signal]\nlabel = "Weather"\ndescription = "Weather words."\n'
        '[terms]\n"rain" = 1.0\n[examples]\nmatch = ["Rain fell."]\nno_match = ["Sun."]\n',
        encoding="utf-8",
    )
    vec = FramingVectorizer(lexicons=[str(folder)]).fit(["Rain fell."])
    (folder / "weather.toml").unlink()
    signal_rows._analyzers.clear()  # force a rebuild from the text stored in the fitted object
    copy = pickle.loads(pickle.dumps(vec))
    names = list(copy.get_feature_names_out())
    assert copy.transform(["Heavy rain again."])[0, names.index("weather_count")] > 0


def test_sentence_rows_from_an_article_match_each_sentence_scored_alone(fitted: FramingVectorizer) -> None:
    article = (
        "Officials reportedly said the talks may collapse. The bridge was closed on Tuesday. "
        "This catastrophic escalation brings us to the brink of war."
    )
    result = fitted.analyzer.analyze(article, split_title=False)
    assert result.n_sentences == 3
    np.testing.assert_allclose(fitted.transform_sentences(result), fitted.transform(result.sentences))
    plain = fitted.analyzer.analyze("The shop opened. It sold bread.", split_title=False)  # nothing to count
    assert not plain.sentence_signals and not plain.sentence_sources
    for batch in ([plain], [plain, result, plain]):
        np.testing.assert_allclose(
            fitted.transform_sentences(batch), fitted.transform([s for r in batch for s in r.sentences])
        )


def test_char_ngrams_equal_scikit_learns_char_wb_tfidf() -> None:
    train = TEXTS + ["Ünïcode wörds   and\ttabs", "aaaa aaaa"]
    test = ["New words appear: catastrophically reportedly!", "", "aaaa"]
    ours = CharNgramVectorizer(ngram_range=(2, 5), min_df=2).fit(train)
    ref = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True).fit(train)
    assert list(ours.get_feature_names_out()) == list(ref.get_feature_names_out())
    for batch in (train, test, test):  # the third call runs on the word cache
        assert abs(ours.transform(batch) - ref.transform(batch)).max() < 1e-12
    assert abs(CharNgramVectorizer(min_df=2).fit_transform(train) - ref.transform(train)).max() < 1e-12


@given(
    st.lists(
        st.lists(
            st.sampled_from(
                [
                    "The",
                    "THE",
                    "war",
                    "ΟΔΟΣ",
                    "Σ",
                    "İstanbul",
                    "café’s",
                    "Ünïcode",
                    "x",
                    "\u00a0",
                    "\t",
                    "\n",
                    ",",
                    "TALKS",
                ]
            ),
            max_size=20,
        ).map(" ".join),
        min_size=1,
        max_size=5,
    )
)
@settings(max_examples=40, deadline=None)
def test_char_ngrams_lower_case_word_by_word_as_in_the_text(texts: list[str]) -> None:
    """The word table lower-cases each word alone; scikit-learn lower-cases the whole text first."""
    train = TEXTS + texts
    ours = CharNgramVectorizer(ngram_range=(2, 4), min_df=1).fit(train)
    ref = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=1, sublinear_tf=True).fit(train)
    assert abs(ours.transform(texts) - ref.transform(texts)).max() < 1e-12
    assert abs(ours.transform_words([t.split() for t in texts]) - ref.transform(texts)).max() < 1e-12


@pytest.mark.parametrize("ngram_range", [(1, 1), (1, 2), (2, 3)])
def test_word_ngrams_equal_scikit_learns_tfidf(ngram_range) -> None:
    test = ["New words appear: catastrophically, reportedly!", "", "The the the talks may collapse."]
    ours = WordNgramVectorizer(ngram_range=ngram_range, sublinear_tf=True, min_df=2).fit(TEXTS)
    ref = TfidfVectorizer(ngram_range=ngram_range, sublinear_tf=True, min_df=2).fit(TEXTS)
    assert ours.get_params() == ref.get_params()
    for batch in (TEXTS, test):
        assert abs(ours.transform(batch) - ref.transform(batch)).max() < 1e-12


@given(
    st.lists(
        st.lists(
            st.sampled_from(
                [
                    "The",
                    "war",
                    "state-run",
                    "U.S.",
                    "don’t",
                    "we’ll",
                    "ΟΔΟΣ",
                    "café’s",
                    "a",
                    "I",
                    "“",
                    "”",
                    ",",
                    ".",
                    "_x",
                    "x_y",
                    "1.5",
                    "e.g.",
                    "—",
                    "TALKS",
                    "talks",
                    "\u00a0",
                    "’",
                ]
            ),
            max_size=30,
        ).map(" ".join),
        min_size=1,
        max_size=6,
    )
)
@settings(max_examples=60, deadline=None)
def test_word_ngrams_from_framing_tokens_equal_those_from_the_text(texts: list[str]) -> None:
    """`transform_tokens` (a corpus run with a model) gives the matrix `transform` gives for the texts."""
    ours = WordNgramVectorizer(ngram_range=(1, 2), min_df=1).fit(TEXTS + texts + ["U.S. state run talks", "we ll"])
    ref = TfidfVectorizer(ngram_range=(1, 2), min_df=1).fit(TEXTS + texts + ["U.S. state run talks", "we ll"])
    tokens = [tokenize(normalize(text)).tokens for text in texts]
    assert abs(ours.transform_tokens(tokens) - ref.transform(texts)).max() < 1e-12
    assert abs(ours.transform(texts) - ref.transform(texts)).max() < 1e-12


def test_char_ngrams_refuse_text_with_nothing_to_learn() -> None:
    with pytest.raises(ValueError, match="no character n-grams remain"):
        CharNgramVectorizer(min_df=5).fit(["ab", "cd"])


def test_ngram_vectorizers_share_their_word_tables_safely_between_threads() -> None:
    """Dask workers score batches in threads sharing one fitted model: each batch must come out as
    it does alone, however the threads interleave while numbering new words."""
    import sys
    from concurrent.futures import ThreadPoolExecutor

    vocab_texts = TEXTS + [f"word{k} talks{k} may{k} collapse" for k in range(60)]
    batches = [[f"word{k} talks{k} may{j} collapse{k} now" for j in range(k, k + 25)] for k in range(12)]
    chars = CharNgramVectorizer(min_df=1).fit(vocab_texts)
    words = WordNgramVectorizer(ngram_range=(1, 2), min_df=1).fit(vocab_texts)
    alone_chars = [CharNgramVectorizer(min_df=1).fit(vocab_texts).transform(b) for b in batches]
    alone_words = [
        WordNgramVectorizer(ngram_range=(1, 2), min_df=1)
        .fit(vocab_texts)
        .transform_tokens([tokenize(t).tokens for t in b])
        for b in batches
    ]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        with ThreadPoolExecutor(8) as pool:
            got_chars = list(pool.map(chars.transform, batches))
            got_words = list(pool.map(lambda b: words.transform_tokens([tokenize(t).tokens for t in b]), batches))
    finally:
        sys.setswitchinterval(interval)
    for got, alone in zip(got_chars + got_words, alone_chars + alone_words):
        assert abs(got - alone).max() < 1e-12
