"""Attribution constructions and source kinds: who does the article say is speaking, and what?

In: a `Doc` and its `Match` list. Out: `Attribution` records (cue, source phrase, source kind and
the content span the source is credited with). The words come from the lexicon signals that declare
a sourcing `role` in their header (`cue`, `loaded_cue`, `anonymous`, `vague`, `state_media`: by
default reporting_verbs, loaded_attribution, anonymous_sources, vague_sources and state_media) and
the `[sourcing]` section of the language file; the reader and its rule classes only know the constructions:

- a cue with its source after it: "according to X", "as reported by X", '..., said X' (after a comma
  only the speech verbs of `inverted_cues` invert), a passive's agent ("was criticized by X", "the
  measures added by X");
- a cue with its source before it: "X said", "X, a former official, said", "X has reportedly said", "X went
  on to say" (one cue);
- anonymity phrases that attribute by themselves: "a diplomat who spoke on condition of anonymity";
- state-media citations and multi-word vague attributions that need no verb ("some say");
- a passive that names nobody ("is widely expected to"; a cue whose `source` option is `none`), and one of
  `subject_passives` with no clause after it, whose subject is what was reported ("the deal was announced");
- a speaker before a colon: in a headline left in the text ("Ruiz: Plant Will Close") or a
  transcript's speaker in capitals ("RUIZ: We will not yield"), not a label ("Breaking: …");
- a survey opening the sentence credits what follows its comma to itself: "In a CNN poll released
  Monday, 52 percent of voters …" (the nouns are the language file's `survey_nouns`), and a named survey
  cited in mid-sentence credits the words before it to itself: "Lo fell to 9 percent in the latest CNN poll";
- a quotation standing alone takes the speaker of the sentence after it when that sentence opens
  with its speaker ('"Is it over?" Ruiz said.'), else of the sentence before it, across a line that
  introduces it ("Transcript as follows:").

The content is what follows the cue ("X said [that ...]") up to a semicolon, a dash or ", but", or
what comes before the source when the source follows the content ('"...," X said'; '..., said X';
'..., X told reporters on Tuesday.'), or both sides of a parenthetical cue ('If it fails, X said, the
port will close'). A telling verb's hearer is no part of it ("X told Fox News on Tuesday [he thinks ...]").
The writer's discourse phrases ("that said", "all told") are not cues, and "what X said" credits X with
nothing of the sentence. A cue inside what another source is reported to say is
none of its own ("Lo said he believes …", "Lo noted that Ruiz has mocked …", "Lo said little, according
to an aide"): its words stay in the outer content, as PolNeAR annotates them.

Kinds come from the source phrase's head and determiners: `kinds.KindRules`
(docs/source-kinds.md). The constructions are the rule classes of the modules below this one, one chain
(`subjects`, `forward`, `clauses`, `contents`, `speakers`); the reader here subclasses the last and reads
each sentence's cues in one pass; `quotations.find_attributions` runs it over a document.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from ..lexicon.grammar import GRAMMAR
from ..lexicon.schema import LanguageSpec
from ..match import Match, _new_match
from ..text import Doc, find_token, is_alpha, is_lower, is_word, last_starting, norm
from .clauses import _CLAUSE_OPENERS, _NOUN_STOPS, _POSSESSIVE_MARKS, _QUOTE_MARKS, _hyphened
from .contents import (
    Attribution,
    _HEARER_PASSIVES,
    _CONTINUE_FORMS,
    _NO_CONTENT,
    _PARTICIPLE_ADVERBS,
    _PASSIVE_ADVERBS,
    _PERFECT,
    _TOPIC_PREPOSITIONS,
    _bare_verb,
    with_content,
)
from .kinds import KIND_ROLES, several_memo
from .phrase import capitalised, is_punct, ly_adverb, words_of
from .phrase import lower as _lower
from .speakers import SpeakerRules, _AGENT_MARKS, _DIRECT_QUOTE_MIN_WORDS, _new_attribution
from .subjects import (
    _ARTICLES,
    _BARE_TIMES,
    _LY_NOUNS,
    _BE,
    _CLAUSE_END,
    _CLOSING_QUOTES,
    _DASHES,
    _FINITE,
    _FINITE_OR_BE,
    _POSSESSIVE_DETERMINERS,
    _PREPOSITIONS,
    _RELATIVE_OR_THAT,
    _RELATIVE_TIMES,
    _SUBJECT_PRONOUNS,
    _gerund,
)


CUE_ROLES: Final = frozenset({"cue", "loaded_cue"})
KINDS: Final = ("named", "anonymous", "vague", "state_media")
# one-word kind terms that need a cue to be a source ("experts", "insiders": "power to insiders" names no speaker);
# a state outlet's name alone ("Xinhua wrote" across a quotation) still is one
_LONE_KINDS: Final = frozenset({"vague", "anonymous"})
# auxiliaries that open a verb phrase after a group's noun: "Some experts have looked at", "analysts will study"
_OWN_AUXILIARIES: Final = GRAMMAR["finite_auxiliaries"] | GRAMMAR["finite_modals"] | frozenset({"will", "would"})
_QUESTION_OPENERS: Final = GRAMMAR["clause_words"]  # open a reported question: "asked whether" (v34)
_COORDINATORS: Final = frozenset({"and", "but"})  # join a second clause with a subject of its own
_CATENATIVE_VERBS: Final = GRAMMAR["catenative_verbs"]  # "continue to show", "starts talking" (c56)
_GO_FORMS: Final = frozenset({"go", "goes", "went"})  # of those, the ones that take the cue only after "on"
_THIRD_PERSONS: Final = _SUBJECT_PRONOUNS - {"i", "we"}
# the most tokens after an outlet's name on a line that only names it: "KUNA News Agency." (a photograph's credit)
_CREDIT_TAIL: Final = 3
# the marks that end the clause a telling verb or a "that" reports, for `writer_cues`: past them the writer may go on
# in his own voice ("told reporters she won't run, even though critics doubt it")
_TOLD_ENDS: Final = frozenset({",", ";", ":", "(", "-", "--", "\u2013", "\u2014"}) | _CLOSING_QUOTES
_REPEATS: Final = GRAMMAR["repeats"]  # adverbs after a passive of telling
_NAMING_PARTICIPLES: Final = GRAMMAR["naming_participles"]  # "a group called", "an ultra dubbed" (v37)
_PARTICIPLE_PREPOSITIONS: Final = GRAMMAR["participle_prepositions"]
# "it" and one of these (or "has/had been") before a cue and "that": an impersonal passive ("it is reported that")
_IMPERSONAL_BE: Final = GRAMMAR["impersonal_be"]
# before a participle cue: "was asked by", "when asked by"
_BE_OR_WHEN: Final = _BE | GRAMMAR["bare_participle_openers"]
_SOURCE_AFTER_REACH: Final = 10  # the tokens a source read after its cue may take before its closing comma (k35)
_PARTICIPLE_OPENERS: Final = GRAMMAR["participle_openers"]  # "as mentioned in a report by", "when asked on air by"
# u45: "it's still labeled as …": a pronoun's "'s" read as "is" before a participle cue and "as" or "by"
_CONTRACTED_BE: Final = GRAMMAR["contracted_be"]
# words of the noun phrase after "there is" before its "-ing" cue ("a quote from an aide", k74)
_EXISTENTIAL_REACH: Final = 7
_CONTRACTED_BE_SUBJECTS: Final = GRAMMAR["contracted_be_subjects"]
_AS_OR_BY: Final = frozenset(("as", "by"))
_SET_OFF_ADVERBS: Final = GRAMMAR["sentence_adverbs"] | GRAMMAR["after_subject"]
_INDEFINITE: Final = frozenset(("a", "an"))  # "a blog called …": a thing named (u45)
_THING_OPENERS: Final = GRAMMAR["indefinite"]  # "a", "an", "one", "another": "one PAC called …" (u46)
_APPOSITIVE_REACH: Final = 14  # an outlet's appositive between commas: "RT, one of the state networks, has …"
_THING_REACH: Final = 6  # the words back from "called" to the opener of the thing's noun phrase
# u46: cues whose active puts the person between the verb and "of" ("Lo accused Ruiz of"): right after a noun, a
# reduced passive ("a group accused of fraud")
_OBJECT_OF_VERBS: Final = GRAMMAR["object_of_verbs"]
_LINK_NOUNS: Final = GRAMMAR["link_nouns"]  # "in hopes of", "fell short of hopes": nouns, no cues there
_OCCASION_PREPOSITIONS: Final = GRAMMAR["occasion_prepositions"]  # "in an interview with": an occasion's cue
_OCCASION_HEARER_LINKS: Final = GRAMMAR["occasion_hearer_links"]  # "in an interview with CNN": the hearer after it
_HEARER_FOLLOWERS: Final = GRAMMAR["hearer_followers"]  # "Lo's warning residents to leave": a hearer
_RELATIVE_REACH: Final = 5  # how far back a relative word makes the accused a gap ("whom the panel accused of")
# after an impersonal passive cue ("it was revealed …"): at most this many tokens before its "that" ("in March
# that"), and the words that open no bare clause after it ("it was reported to police", "it is believed to be")
_CLAUSE_GAP: Final = 5
_NO_CLAUSE_OPENERS: Final = _PREPOSITIONS | GRAMMAR["no_clause_openers"]
_CLAUSE_LINKS: Final = GRAMMAR["clause_links"]
# a form of "be" before one of these and an infinitive after it: a raising passive ("The minister is said to have
# resigned"), whose subject is what is reported on, not who reports
_RAISING: Final = GRAMMAR["raising_passives"]
# an agentless passive of one of these reports its subject, credited to nobody ("the deal was announced", v43)
_SUBJECT_PASSIVES: Final = GRAMMAR["subject_passives"]
# "Continuing to", "Not", "the", "Indeed": a source naming nobody
_NO_HEADS: Final = GRAMMAR["no_heads"] | GRAMMAR["leaders"] | GRAMMAR["sentence_adverbs"] | GRAMMAR["opening_words"]
# "is nonetheless considered", "can be easily persuaded": a predicate read as a source (not "have they received")
_PREDICATE_OPENERS: Final = GRAMMAR["finite_auxiliaries"] | GRAMMAR["modals"]
_PASSIVE_AUXILIARIES: Final = _OWN_AUXILIARIES | _PREDICATE_OPENERS  # "will be", "has been" before a participle
_CURLY_OPENERS: Final = frozenset(("“", "‘", "«", "„"))  # marks that only open a quotation
_INVERTED_SUBJECTS: Final = _SUBJECT_PRONOUNS | _ARTICLES  # with the indefinite determiners: "were any of …"
_QUOTING: Final = GRAMMAR["quoting_verbs"]  # "quoted Ana Ruiz as saying": the one named speaks (k62)
_QUOTED_REACH: Final = 12  # the most tokens between the quoting verb and "as saying"; "with" and its gerund
_WITH_OPENERS: Final = frozenset({",", "-", "--", "\u2013", "\u2014", "("})  # before "with" opening a clause


def _with_first(m: Match, first: int) -> Match:
    """`m._replace(first=first)` without the named tuple's `_replace`, Python code the interpreter runs (p57)."""
    return _new_match((m.signal, m.entry, m.sentence, first, m.last, m.weight, m.negated, m.rule))


def _with_last(m: Match, last: int) -> Match:
    """`m._replace(last=last)`, as `_with_first` (p57)."""
    return _new_match((m.signal, m.entry, m.sentence, m.first, last, m.weight, m.negated, m.rule))


def direct_quote_spans(doc: Doc) -> list[tuple[int, int]]:
    """Quotations of several words (token ranges): direct speech, not scare quotes; a shorter one that is
    a sentence of its own ('"Too late?"', '"He's a fraud."') is speech too."""
    tokens, out = doc.tokens, []
    for q0, q1 in doc.quotes:
        k = doc.sentence_of(q0)
        s0, s1 = doc.sentence_tokens[k] if k >= 0 else (0, 0)
        if q0 == s0 + 1 and q1 >= s1 - 2 and q1 > q0:  # the marks and perhaps a final period around it
            out.append((q0, q1))
            continue
        words = 0
        for k in range(q0, q1):  # stops at the fourth word: long quotations cost no more
            if is_word(tokens[k]):
                words += 1
                if words == _DIRECT_QUOTE_MIN_WORDS:
                    out.append((q0, q1))
                    break
    return out


def direct_quote_sentences(doc: Doc, spans: list[tuple[int, int]]) -> set[int]:
    """Sentences holding a direct quotation (`spans`, from `direct_quote_spans`)."""
    direct: set[int] = set()
    if not spans:
        return direct
    for q0, q1 in spans:
        direct.update(range(doc.sentence_of(q0), doc.sentence_of(max(q0, q1 - 1)) + 1))
    return direct


def _closing_tag(
    doc: Doc, direct: list[tuple[int, int]], per_sentence: dict[int, list[Attribution]], sentence: int
) -> Attribution | None:
    """The speaker a quotation's tag names after its closing mark when the quotation runs on past `sentence` ('"We
    lost. The plan failed," Lo said.'): the quotation is one, its opening sentences are Lo's, not the speaker's
    before them. `direct` holds the quotations in order (`direct_quote_spans`)."""
    end = doc.sentence_tokens[sentence][1]
    k = last_starting(direct, end - 1)
    if k < 0 or direct[k][1] < end:
        return None  # no quotation, or one closed inside the sentence
    close = direct[k][1]
    return next(
        (
            a
            for a in per_sentence.get(doc.sentence_of(close - 1), [])
            if close <= a.source_tokens[0] < a.source_tokens[1] and a.cue_tokens[0] >= close > a.content_tokens[0]
        ),
        None,
    )


@lru_cache(maxsize=8)
def _discourse_index(phrases: frozenset[str]) -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """Word -> (phrase, the word's place in it) for each discourse phrase: built once per language."""
    index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        for k, word in enumerate(words):
            index.setdefault(word, []).append((words, k))
    return index


def _colon_sentences(doc: Doc) -> set[int]:
    """Sentences with a colon among their first seven tokens, or before a quotation, where a speaker may
    stand before it. The text is searched first (most articles have no colon at all), then the tokens in one
    typed pass: compiled, a compare costs a tenth of one in `list.index`'s scans (the generic compare), which
    this took to find the colons (1.7% of `analyze` on real news, round p28)."""
    out = set[int]()
    if ":" not in doc.text:
        return out
    bounds, tokens = doc.sentence_tokens, doc.tokens
    sentence = 0
    for k in range(len(tokens)):
        if tokens[k] != ":":
            continue
        while sentence + 1 < len(bounds) and bounds[sentence][1] <= k:
            sentence += 1
        s0, s1 = bounds[sentence]
        if 0 < k - s0 < 7 or k + 1 < s1 and tokens[k + 1] in _QUOTE_MARKS:
            out.add(sentence)
    return out


def _tag_sentences(doc: Doc) -> set[int]:
    """Sentences in which a quotation closes with a comma, "?" or "!" inside its marks, where a tag may
    follow it ('"…," Lo went on.')."""
    tokens = doc.tokens
    return {doc.sentence_of(close) for _, close in doc.quotes if close < len(tokens) and tokens[close - 1] in ",?!"}


_SIGNING_MARKS: Final = "\"”’'"
_QUOTE_ENDS: Final = frozenset(".,?!…")


def _signed_in(text: str) -> bool:
    """Does `text` hold a quotation signed after a dash ('…."  - Ana Ruiz.'): one of `_SIGNING_MARKS`, any
    spaces, a dash ("--", "-", "—", "–"), at most one space, a capital A-Z? Each dash is found by `str.find` (a
    `memchr`) and the text read around it: a pattern per mark searched the text with the engine's own scan, a few
    instructions a character for each mark the text holds (an apostrophe in nearly every article; p43)."""
    for dash in "-—–":
        at = text.find(dash)
        while at >= 0:
            after = at + 1
            if after < len(text) and text[after].isspace():
                after += 1
            if after < len(text) and "A" <= text[after] <= "Z":
                # "--": the mark stands before the pair (a lone "-" after another is no dash of its own)
                k = at - 2 if at > 0 and text[at - 1] == "-" and dash == "-" else at - 1
                while k >= 0 and text[k].isspace():
                    k -= 1
                if k >= 0 and text[k] in _SIGNING_MARKS:
                    return True
            at = text.find(dash, at + 1)
    return False


def _signature_sentences(doc: Doc) -> dict[int, int]:
    """Sentence -> the dash in it that signs a quotation ('"We will not yield."  - Ana Ruiz.'), found
    by a search of the text first (`_signed_in`): most articles have none."""
    out: dict[int, int] = {}
    if not _signed_in(doc.text):
        return out
    tokens = doc.tokens
    for sentence, (s0, s1) in enumerate(doc.sentence_tokens):
        for k in range(max(s0, 1), s1 - 1):  # the dash may open its own line, after the quotation's sentence
            if (
                tokens[k] in _DASHES
                and tokens[k - 1] in _CLOSING_QUOTES
                and tokens[k - 2] in _QUOTE_ENDS  # a quotation ends there ('… today."'), not a title ('“rule” – …')
                and tokens[k + 1][:1].isupper()
            ):
                out[sentence] = k
                break
    return out


_VIEWPOINT_PRONOUNS: Final = GRAMMAR["viewpoint_pronouns"]


def _viewpoint_sentences(doc: Doc) -> dict[int, int]:
    """Sentence -> the comma closing a viewpoint that opens it: "To Ruiz, the levy is a tax on hope", "To
    many, he is a hero" (a name or a pronoun, then a comma within seven words; not an infinitive, "To win,
    …", and not a headline in capitals, "To Stop Lo, Rivals Unite")."""
    tokens, out = doc.tokens, {}
    for sentence, (s0, s1) in enumerate(doc.sentence_tokens):
        if tokens[s0] != "To" or s1 - s0 < 6:
            continue
        first = tokens[s0 + 1]
        if not (first[0].isupper() and first[1:].islower() or first in _VIEWPOINT_PRONOUNS):
            continue
        comma = find_token(tokens, ",", s0 + 2, min(s1, s0 + 9))
        if comma < 0:
            continue
        if all(is_word(t) or t == "." for t in tokens[s0 + 1 : comma]) and any(
            t[0].islower() for t in tokens[comma + 1 : min(s1, comma + 5)] if is_word(t)
        ):
            out[sentence] = comma
    return out


# "In states where exit polls …": no survey's name
_SURVEY_STOPS: Final = GRAMMAR["survey_stops"]


@lru_cache(maxsize=8)
def _survey_opening(nouns: frozenset[str]) -> re.Pattern[str]:
    """The word "In" and one of `nouns` before any comma: a pattern opening with a literal, found by a fast scan."""
    return re.compile("In [^,\n]{0,100}?(?:" + "|".join(map(re.escape, sorted(nouns))) + ")")


def _survey_sentences(doc: Doc, nouns: frozenset[str]) -> dict[int, int]:
    """Sentence -> the comma closing a survey that opens it, whose findings follow ("In a CNN poll released
    Monday, 52 percent of voters …", "In exit polls, voters …"): "In", a phrase holding one of `nouns`, a comma
    within thirteen tokens and at least four tokens after it, in a text where the pattern finds "In … poll". The
    sentences' first tokens first: the pattern's lazy gap is tried at every "In " of the text (~10,000 instructions
    an article, round p45), and few sentences open with "In"."""
    out: dict[int, int] = {}
    if not nouns:
        return out
    tokens = doc.tokens
    for sentence, (k, s1) in enumerate(doc.sentence_tokens):  # k: the sentence's first token
        if tokens[k] != "In":
            continue
        comma = find_token(tokens, ",", k + 2, min(s1, k + 14))
        if comma < 0:
            continue
        words = {_lower(t) for t in tokens[k + 1 : comma]}
        if s1 - comma > 4 and not words.isdisjoint(nouns) and words.isdisjoint(_SURVEY_STOPS):
            out[sentence] = comma
    if out and _survey_opening(nouns).search(doc.text) is None:  # "In the Gallup Poll, …": no lower-case noun
        out.clear()
    return out


_CITATION_WORDS: Final = 12  # at most this many tokens from "in" to the survey's noun


@lru_cache(maxsize=8)
def _survey_forms(nouns: frozenset[str]) -> tuple[tuple[str, ...], frozenset[str]]:
    """The singular `nouns` as stems to search the text for (none inside another: "poll" finds "polling") and
    as tokens, also capitalised ("ABC News Poll")."""
    singular = sorted(n for n in nouns if not n.endswith("s"))
    stems = tuple(n for n in singular if not any(m != n and m in n for m in singular))
    return stems, frozenset(singular) | {n.capitalize() for n in singular}


def _survey_citations(doc: Doc, nouns: frozenset[str]) -> dict[int, tuple[int, int]]:
    """Sentence -> the "in" and the end of a named survey cited in mid-sentence for the figures before it
    ("Carson fell to 10 percent in the latest CNN/ORC poll", "Ruiz leads 52-40 in a Fox News survey"): a singular
    one of `nouns`, and within `_CITATION_WORDS` tokens before it, no comma between, "in", then "a", "an" or "the"
    and a capitalised word. The 12 such citations of PolNeAR's dev fold are all annotated as source and cue; an
    unnamed or plural survey after "in" ("rose in the polls", "in national polls") is a source about 1 time in
    4, so those stay no attribution. A search of the text for the nouns first: most articles cite no survey."""
    out: dict[int, tuple[int, int]] = {}
    stems, forms = _survey_forms(nouns)
    text = doc.text
    if not any(stem in text for stem in stems):
        return out
    tokens, bounds = doc.tokens, doc.sentence_tokens
    sentence = 0
    for j, token in enumerate(tokens):  # one pass: cheaper than a `list.index` scan per form
        if token not in forms:
            continue
        while sentence + 1 < len(bounds) and bounds[sentence][1] <= j:
            sentence += 1
        s0 = bounds[sentence][0]
        for k in range(j - 2, max(s0 + 3, j - _CITATION_WORDS) - 1, -1):
            if tokens[k] in _CLAUSE_END:
                break
            if tokens[k] == "in" and _lower(tokens[k + 1]) in _ARTICLES:  # "in a CBS News poll"
                if sentence not in out and any(capitalised(t) for t in tokens[k + 2 : j]):
                    out[sentence] = (k, j + 1)
                break
    return out


@lru_cache(maxsize=8)
def _squeezed(phrases: frozenset[str]) -> frozenset[str]:
    """Phrases without their spaces: "editor's note" as the tokens "Editor", "'s", "Note" join."""
    return frozenset(p.replace(" ", "") for p in phrases)


def _add_range(tokens: set[int], first: int, last: int) -> None:
    """`tokens.update(range(first, last))` as a typed loop: compiled, the call built a range object and iterated it
    generically, ~700 instructions and a dozen instruction-cache misses a cue at each of the 15 places (round p56)."""
    for k in range(first, last):
        tokens.add(k)


class _Reader(SpeakerRules):
    """One document's attribution reading: the lexicon's words and the constructions above."""

    def __init__(self, doc: Doc, directions: dict[str, dict[str, str]], language: LanguageSpec, roles: dict[str, str]):
        self.doc, self.tokens, self.directions, self.lang = doc, doc.tokens, directions, words_of(language)
        self.roles = roles
        self.kind_of = {sid: role for sid, role in roles.items() if role in KIND_ROLES}
        self.back_stops = language.source_stops
        self.forward_stops = self.lang.forward_stops
        self.discourse = _discourse_index(language.discourse_phrases)
        self.labels = _squeezed(language.line_labels)
        self.transcript: bool | None = None
        self.previous: list[tuple[str, bool, int]] = []  # earlier sources, for "he", "they", "the official"
        self.heads: dict[tuple[int, int], int] = {}
        self.lows = [None] * len(doc.tokens)
        self.source_ends: dict[int, int] = {}  # each source's end by its first token, for its sex (k75)
        self.spaced_words = self.words_after_lower = self.words_after_title = None  # a long text's, when asked
        self.words_after_first_name = self.hyphen_tails = None
        self.spaced_found: dict[str, bool] = {}  # an article's answers, per word asked
        self.after_lower_found: dict[str, bool] = {}
        self.titles_found: dict[tuple[int, str], tuple[int, int]] = {}
        self.mentions_found: dict[tuple[int, str], list[tuple[int, str]]] = {}
        self.first_token: dict[str, int] | None = None  # built at the first question (`_written_before`)
        self.title_case: dict[int, bool] = {}
        self.finite_scans: dict[int, tuple[int, bool]] = {}  # `contents._finite_before`'s, per start
        self.clause_scans: dict[int, tuple[int, bool]] = {}  # `contents._aside_goes_on`'s, per start (r22)
        self.opening_scans: dict[int, tuple[int, bool]] = {}  # `contents._only_opening`'s, per start (r22)
        self.verb_scans: dict[int, tuple[int, bool]] = {}  # `contents._subject_clause_end`'s, per start (r24)
        self.thats_found: dict[int, int] = {}  # `contents._circumstance_after`'s, per sentence end (r24)
        self.summing_found: dict[tuple[int, int], list[int]] = {}  # `contents._summing_appositives`'s (r24)
        self.opener_scans: dict[int, tuple[int, bool]] = {}  # `clauses._clause_opener_before`'s, per start (r24)
        self.kin_owners: dict[str, tuple[bool, dict[str, list[int]]]] = {}  # a long text's, per kin noun
        self.owners_named: dict[tuple[str, str, int], bool] = {}  # `kinds._owner_names_later`'s (r24)
        self.described_people: int | None = None  # `kinds._people_described_before`'s, when asked (k80)
        self.several_by_words = several_memo(language)
        self.colons = _colon_sentences(doc)
        self.tagged = _tag_sentences(doc)
        self.signatures = _signature_sentences(doc)
        self.viewpoints = _viewpoint_sentences(doc)  # and the surveys opening a sentence, read alike
        self.viewpoints.update(_survey_sentences(doc, language.survey_nouns))
        self.citations = _survey_citations(doc, language.survey_nouns)  # "… in the latest CNN poll"
        self.structured = False  # set by `_backward`: it read an appositive or relative clause

    def direction(self, cue: Match, default: str = "") -> str:
        """The `source` option of a cue's lexicon entry ("after", "noun", "holder", …), `default` for a match that is
        no cue's. By signal, then entry: a `(signal, entry)` key was built and hashed at every lookup, ~14,000 per
        100 articles (round p46)."""
        entries = self.directions.get(cue.signal)
        return default if entries is None else entries.get(cue.entry, default)

    def sentence(
        self, sentence: int, ms: list[Match], labelled: list[tuple[int, int]] | None = None
    ) -> list[Attribution]:
        """The sentence's attributions from its lexicon matches `ms` and, when given, the cues a
        trained labeller found in it (`labelled`, token ranges): those add the cues no lexicon lists."""
        s0, s1 = self.doc.sentence_tokens[sentence]
        self.sentence_index, self.s1 = sentence, s1
        self.content_stops: list[int] | None = None
        self.spoken: list[tuple[int, int]] = []  # this sentence's sources so far, for "…, and said"
        found: list[Match] = []
        kinds: list[Match] = []
        kind_of = self.kind_of
        for m in ms:
            (kinds if m.signal in kind_of else found).append(m)
        colon = self._speaker_colon(s0, s1, found) if sentence in self.colons else None
        # "Ruiz delivered a blunt reply: “…”": a clause with no cue of the lexicons introduces a quotation
        introduced = (
            self._introducing_clause(s0, s1) if colon is None and not found and sentence in self.colons else None
        )
        # '"…," Lo went on.', '"…?" reacted Lo.': a quotation's tag whose verb no lexicon lists
        tag = self._quotation_tag(s0, s1, found) if sentence in self.tagged else None
        signed = self._signed(s0, s1, self.signatures[sentence]) if sentence in self.signatures else None
        viewpoint = self.viewpoints.get(sentence)
        # a survey cited for the sentence's figures: only when no cue of the lexicons reports them
        citation = None if found or viewpoint is not None else self.citations.get(sentence)
        if (
            labelled is None
            and not found
            and colon is None
            and introduced is None
            and tag is None
            and signed is None
            and viewpoint is None
            and citation is None
            and all(m.last - m.first < 2 and kind_of[m.signal] in _LONE_KINDS for m in kinds)
        ):
            return []  # a lone "experts" or "insiders" attributes nothing without a cue
        if len(kinds) > 1:
            kinds.sort(key=_first_token)
        if len(found) > 1:
            found.sort(key=_cue_order)
        self.kind_firsts = [m.first for m in kinds]
        anonymous = [m for m in kinds if kind_of[m.signal] == "anonymous"] if kinds else []
        # "who asked not to be named": a verb inside an anonymity phrase is no cue of its own; a cue that
        # opens one and reads its source after it is ("according to people familiar with …")
        inside = {k for m in anonymous for k in range(m.first, m.last - 1)} if anonymous else set()
        purpose: set[int] = set()
        if inside:
            # the purpose of the anonymity is no cue either: "who spoke on condition of anonymity to discuss
            # the talks", "who was not authorized to discuss them" (k23)
            tokens = self.tokens
            verbs = {v.first for v in found}  # only a cue after "to" is a purpose: not "an aide to the mayor"
            for m in anonymous:
                if m.last - m.first > 2 and self._low(m.last - 2) == "to" and m.last - 1 in verbs:
                    purpose.add(m.last - 1)
                    continue
                # past the rest of the formula: "[who spoke on condition] of anonymity to"
                for k in range(m.last, min(m.last + 3, s1 - 1)):
                    if self._low(k) == "to" and k + 1 in verbs:
                        purpose.update((k, k + 1))
                    if self._low(k) == "to" or is_punct(tokens[k]):
                        break
            inside |= purpose
            inside.difference_update(m.first for m in found if m.first in inside and self.direction(m) == "after")
        cues: list[Match] = []
        rejected: set[int] = set()  # lexicon cues the rules turned down: no labeller may take them back
        for k, m in enumerate(found):
            if k + 1 < len(found) and found[k + 1].first == m.last:
                if m.last - m.first == 1 and self.tokens[m.first].endswith("ly"):
                    continue  # "Officials reportedly said": one attribution, the verb's
                if self._low(m.last - 1) == "to" and not self.tokens[m.last].endswith(("ed", "ing")):
                    found[k + 1] = _with_first(found[k + 1], m.first)
                    continue  # "Lo went on to discuss": one attribution, the infinitive's, its cue the whole phrase
            if (
                self._low(m.first) in _PREPOSITIONS
                and any(self._low(v.first) not in _PREPOSITIONS for v in found)
                or self.direction(m) == "noun"
                and self._framing_view(s0, m, found)  # "Lo argued that — in her view — …" (c43)
                or m.first in inside
                or m.first == s0
                and m.last < s1
                and self.tokens[m.last] == ":"  # "Revealed: …", "Pledged: 781": a label opening its line
                or cues
                and m.first < cues[-1].last
                or self._discourse(m.first, s0, s1)
                or self._imperative(s0, m)
                or m.last - m.first == 1
                and m.first > s0
                and self._prenominal(m.first)  # "with feigned outrage": an adjective, no verb of speech
                or m.first > s0
                and self.tokens[m.first].endswith("ed")  # first: most cues ("said", "says") end otherwise
                and self._low(m.first) not in _HEARER_PASSIVES  # "we were warned that": read as "told" is
                and self._passive(s0, m)
                and self.direction(m) != "none"  # "is expected to": a passive by design
                and self._agent(m, s1, self._passive(s0, m, strict=True)) < 0
                and not self._impersonal(s0, s1, m)
                and not self._raising(s0, m)  # "He was reported to be ill": a report, its source unsaid
                and not self._subject_reported(m)  # "the deal was announced": the deal is what was reported
                or self.direction(m) == "noun"
                and self._low(m.last - 1) in _AGENT_MARKS
                and self._noun_agent(m, s1, kinds, found)[1] == _NO_CONTENT  # "the comment by insisting that"
            ):
                _add_range(rejected, m.first, m.last)
                # overlapping cues ("said in", "in an interview") count once; "was attacked" is passive;
                # "In an interview, Lo said": a cue opening with a preposition frames a verb cue's attribution
                continue
            cues.append(m)
        self.cue_tokens = set()
        self.summing_found = {}  # read with the sentence's cues
        # a weak cue in a relative clause after an inverted source is part of the source: "said Lo, who supports Ruiz"
        self.strong_cue_tokens: set[int] = set()
        for m in cues:  # one pass for both: most sentences have one cue or two
            _add_range(self.cue_tokens, m.first, m.last)
            if m.weight >= 1:
                _add_range(self.strong_cue_tokens, m.first, m.last)
        out: list[Attribution] = []
        used: set[int] = set()
        if colon is not None:  # "Ruiz: Plant Will Close", "RUIZ: We will not yield", '… - Ed Lo: “…”'
            verb = self._label_verb(s0, colon) if colon < s0 + 7 else None  # "Ed Lo Addresses Rally: '…'"
            hearer = self._label_hearer(s0, colon) if colon < s0 + 7 else None  # "Ed Lo to Ana Ruiz: '…'"
            source = (
                self._after_dateline(s0, colon) if colon < s0 + 7 else self._name_start_before_colon(s0, colon),
                verb or hearer or colon,
            )
            kind = self._marked_kind(source, kinds, anonymous, used)
            label_cue = (colon, colon + 1) if verb is None else (verb, colon + 1)
            label_text = ":" if verb is None else " ".join(self.tokens[verb : colon + 1])
            out.append(_new_attribution((sentence, kind, label_text, label_cue, source, False, (colon + 1, s1))))
        if introduced is not None:  # the clause's predicate up to the colon is the cue, its subject the source
            source, colon = introduced
            kind = self._marked_kind(source, kinds, anonymous, used)
            cue_tokens = (source[1], colon + 1)
            cue_text = " ".join(self.tokens[source[1] : colon + 1])
            out.append(_new_attribution((sentence, kind, cue_text, cue_tokens, source, False, (colon + 1, s1))))
        if tag is not None:  # the tag's verb is the cue, its subject the source, the quotation the content
            source, cue_tokens, close = tag
            kind = self._marked_kind(source, kinds, anonymous, used)
            cue_text = " ".join(self.tokens[cue_tokens[0] : cue_tokens[1]])
            out.append(_new_attribution((sentence, kind, cue_text, cue_tokens, source, False, (s0, close + 1))))
        if signed is not None:  # '"We will not yield."  - Ana Ruiz.': the quotation before the dash is hers
            dash = self.signatures[sentence]
            kind = self._marked_kind(signed, kinds, anonymous, used)
            # on a line of its own, the quotation before is credited to it as a quotation standing alone
            out.append(
                _new_attribution((sentence, kind, self.tokens[dash], (dash, dash + 1), signed, False, (s0, dash)))
            )
        if viewpoint is not None:  # "To Ruiz, the levy is a tax on hope": her view; "In a CNN poll, …": its finding
            kind = self._marked_kind((s0 + 1, viewpoint), kinds, anonymous, used)
            out.append(
                _new_attribution(
                    (sentence, kind, self.tokens[s0], (s0, s0 + 1), (s0 + 1, viewpoint), False, (viewpoint + 1, s1))
                )
            )
        if citation is not None:  # "Carson fell to 10 percent in the latest CNN/ORC poll": its finding
            k, end = citation
            kind = self._marked_kind((k + 1, end), kinds, anonymous, used)
            out.append(_new_attribution((sentence, kind, self.tokens[k], (k, k + 1), (k + 1, end), False, (s0, k))))
        strong: list[tuple[int, int]] = []  # the contents of full-weight cues
        trailing = self._trailing(s0, cues)
        cue_ends: set[int] = set()  # where the cues read so far end, for "Lo said he believes"
        for cue in cues:
            if cue.first < trailing:
                _add_range(rejected, cue.first, cue.last)
                continue  # "Lo said little, according to an aide": the aide's content holds Lo's words
            raising = self._raising(s0, cue)  # "Lo is said to favour …": a report credited to nobody (k53)
            if (cue.weight < 1 or raising) and (
                (self.tokens[cue.first - 1] != "," or self.direction(cue) == "holder")
                and any(a <= cue.first < b for a, b in strong)
                and not self._coordinated_report(cue.first, out)
                or any(a <= cue.first < b for a, b in self.spoken)
            ):
                _add_range(rejected, cue.first, cue.last)
                continue  # "Lo says she wants to …": a weak cue inside a content is what the source said
                # (", calling it a trap" after the cue is the speaker's own act: it stays), and so is a raising
                # passive ("Police said several of the victims were believed to be …"); "said Lo, who
                # supports Ruiz": a weak cue inside a source describes the speaker
            direction = self.direction(cue, "either")
            # a verb of stance or intention ("is looking to", "came out against") is read as any verb cue, and
            # kept only when its source can hold a position: no cue when the subject is a thing or is missing
            holder = direction == "holder"
            if holder:
                direction = "either"
            # "The report raised fears that …": the noun's holder speaks, not "The report raised"
            if direction == "either" and self._voiced_noun(s0, cue):
                direction = "noun"
            hearer = (
                direction != "after"
                and cue.first > s0
                and self._low(cue.first) in _HEARER_PASSIVES
                and self._passive(s0, cue)
            )
            if hearer and not self._told_something(cue.last, s1):
                _add_range(rejected, cue.first, cue.last)
                continue  # "the union had been told.", "was warned twice about the leak": nothing is reported
            if cue.last < s1 and self._low(cue.last) == "of" and self._reduced_passive(s0, cue):
                _add_range(rejected, cue.first, cue.last)
                continue  # "A charity accused of fraud paid …": the accused, and no accuser named (u46)
            # a set lookup first: most cues have no "as" right after them
            set_off = (
                direction != "after"
                and cue.last < s1
                and self.tokens[cue.last] == "as"
                and self._set_off_passive(s0, cue)
            )
            if hearer or set_off or direction != "after" and self._impersonal(s0, s1, cue):
                direction = "none"  # "It is reported that …", "we are told that …": a report with no source
            if raising:  # read as "Lo said" (its subject bounds the content, a relative one too), credited to nobody
                direction = "either"
            # "the fundraising deal was announced": read as "Lo said" (rejected above when an agent or clause follows);
            # not "It was announced that …"
            reported_subject = direction == "either" and self._passive(s0, cue) and self._subject_reported(cue)
            # the agent first: most cues have no "by" after them
            # "was described as a farce by critics": a view credited to nobody but for an agent after its complement
            viewed = direction == "none" and self._viewed(cue)
            agent = (
                self._agent(cue, s1, viewed or self._passive(s0, cue, strict=True), viewed)
                if direction != "noun"
                else -1
            )
            if direction == "noun" and self._low(cue.last - 1) in _AGENT_MARKS:
                # "an admission by German officials that …", "claims from the ADL that …": the agent is the source
                source, content = self._noun_agent(cue, s1, kinds, cues)
            elif direction == "noun" and (held := self._held_view(s0, s1, cue)) is not None:
                source, content = held  # "In Ash's view, the change …": Ash's, and the clause it stands in
            elif direction == "noun":  # "Lo's accusation that …": the noun's holder, or nobody
                source = self._noun_source(s0, cue.first, kinds)
                content = (
                    _NO_CONTENT
                    if self._relative_voicing(cue, s1) or self._noun_as_subject(cue, s1)
                    else (cue.last, self._content_end(cue.last, s1))
                )
            elif agent >= 0 and (viewed or self._low(cue.first - 1) in _BE and cue.first > s0 or self._participle(cue)):
                # "The plan was criticized by Ruiz", "measures added by Republicans", "Asked by Lo": the agent
                # after "by" speaks about the subject ("Lo was asked by a host": the host, though "was asked" alone
                # names nobody)
                direction = "after"
                source, content = self._source_and_content(s0, s1, _with_last(cue, agent + 1), direction)
                if (charge := self._charge_in_agent(cue, source)) >= 0:  # "by Lo of lying": Lo, and the charge
                    source, content = (source[0], charge), (charge, self._content_end(charge, s1))
                    if self.tokens[cue.first - 1] == ",":  # "Ruiz, accused by Lo of lying, resigned": to the comma
                        content = self._to_closing_comma(content)
                if cue.first > s0 and self._reduced_participle(cue):
                    end = self._agent_end(*source, self.tokens[cue.first - 1] == ",")
                    if end < source[1]:  # "Rebel groups backed by Ankara have no choice": the main verb ends the agent
                        source, content = (source[0], end), (s0, cue.first)
                if viewed and agent > cue.last:
                    content = (cue.last, agent)  # the view is the complement: "a farce", not the subject
                elif viewed and source[1] < s1 and self._low(source[1]) == "as":
                    # "is known by some as a hoax": the complement after the agent's "as"
                    content = (source[1] + 1, self._content_end(source[1] + 1, s1))
                else:
                    content = self._agent_content(s0, cue, agent, content)
            else:
                source, content = self._source_and_content(s0, s1, cue, direction)
                if set_off:  # "The crews, identified as Blue Watch, refused": the name, to the closing comma
                    content = self._to_closing_comma(content)
                if source[0] == source[1] and (opened := self._occasion_subject(s0, s1, cue)) is not None:
                    source, content = opened  # "In an interview with CNN, Trump defended …": Trump's
                content = self._past_label(s0, s1, cue, source, content)
                content = self._past_occasion_hearer(s1, cue, content)
                if reported_subject:  # the subject is what was reported, and no one reports it
                    source, content, direction = (cue.first, cue.first), self._without_passive_be(source), "none"
                    if content[0] < content[1] and _lower(self.tokens[content[0]]) in self.lang.negators:
                        _add_range(rejected, cue.first, cue.last)
                        continue  # "No deal was announced": nothing was
            if holder and (
                not self._holder(*source, kinds)
                or _gerund(self.tokens[cue.first])
                and self.tokens[cue.first - 1] != ","
                and not self._progressive(s0, cue.first)
            ):
                _add_range(rejected, cue.first, cue.last)
                continue  # "a bill that aims to cap rents": nobody holds the position; "T-shirts portraying
                # Sanders": a participle after a noun describes the thing
            if direction not in ("after", "noun") and source[0] < source[1]:
                if self.tokens[source[1] - 1] in _POSSESSIVE_MARKS and self._noun_as_subject(cue, s1):
                    _add_range(rejected, cue.first, cue.last)
                    continue  # "Lo's warning sparks fears": a possessive and its noun, the subject of "sparks"
                if self._article_before(source, cue.first):
                    _add_range(rejected, cue.first, cue.last)
                    continue  # "the newly identified emails", "the questioning will start": a noun's modifier
                if self._noun_after_link(source, cue):
                    _add_range(rejected, cue.first, cue.last)
                    continue  # "fell short of hopes for", "in the hopes of": a noun, no verb of anyone's
                if self._noun_after_article(source, cue):
                    source, direction = self._noun_source(s0, cue.first, kinds), "noun"
                    if source[0] == source[1] or self._noun_as_subject(cue, s1):
                        _add_range(rejected, cue.first, cue.last)
                        continue  # "Despite the warning, residents stayed": a noun, nobody's statement read
                if (there := self._there_at(s0, source)) >= 0:
                    source = self._existential(there, cue.first)  # "there is evidence suggesting …"
                    if source[0] == source[1]:
                        direction = "none"  # "There were complaints that …": nobody named, vague
            prepositional = (
                source[0] < source[1] and self.tokens[source[0]] in _PREPOSITIONS and not self._approximate(source[0])
            )
            if prepositional and direction != "after":
                source = self._subject_past_phrase(s0, source, cue.first)
                prepositional = source[0] < source[1] and self.tokens[source[0]] in _PREPOSITIONS
            if (
                content == _NO_CONTENT
                or prepositional
                or self._nested(source, cue_ends)
                or source[0] == source[1]
                and self._quoted_nested(s0, cue.first)
            ):
                _add_range(rejected, cue.first, cue.last)
                continue  # "what Baker said" is the writer's; "on NBC's morning show that": a noun;
                # "Lo said he believes …": what Lo said
            if content[0] == cue.last and self._low(cue.last - 1) == "that":
                content = (content[0], self._noun_subject_end(s0, source, cue.first, content))
            headless = self._headless(source, cue.first)
            if headless and (subject := self._before_set_off(s0, source, cue.first)) is not None:
                source, headless = subject, False  # "Lo said she, too, wants …": the subject before the adverb
            elif headless and (subject := self._perfect_subject(s0, source, cue.first)) is not None:
                source, headless = subject, False  # "Lo voted no, having argued …": the main clause's subject
            elif (subject := self._gerund_object_subject(s0, source, cue.first)) is not None:
                source = subject  # "Lo was the most aggressive in denouncing …": Lo denounces
            elif (subject := self._catenative_subject(s0, source, cue.first)) is not None:
                source = subject  # "Sen. Lo (R-Wis.) kept asking": Lo asks, not "kept"
            elif (subject := self._before_catenative(source, cue.first)) is not None:
                source = subject  # "polls continue to show": the polls, not "polls continue to" (c56)
            if source[0] == source[1] and (quoted := self._quoted_speaker(s0, cue.first)) is not None:
                source = quoted  # "Ana Ruiz was quoted as saying …": Ruiz says it
            elif (subject := self._with_subject(s0, cue.first)) is not None:
                source = subject  # "…, with Ed Lo, the minister, calling it a duty": Lo calls it so
            if raising or headless:
                source = (cue.first, cue.first)  # "The minister is said to have resigned": no one reports
            # a passive that names nobody ("is widely expected to") is vague, and no antecedent of "he"
            vague = direction == "none" or raising or headless or direction == "noun" and source[0] == source[1]
            kind = "vague" if vague else self._marked_kind(source, kinds, anonymous, used)
            if cue.entry in _NAMING_PARTICIPLES and kind != "anonymous" and self._naming_called(source, cue):
                _add_range(rejected, cue.first, cue.last)
                # the name's phrase is a later cue's source
                self.cue_tokens.difference_update(range(cue.first, cue.last))
                self.summing_found = {}  # read with the cues
                continue  # "A new group called Ballot First": a name given, nothing said ("A senator called Lo")
            if content[0] == s0 < content[1] <= cue.first:
                # "LOS ANGELES, Feb. 2 (UPI) — The album is done, Kiedis said.": the dateline is the writer's (u53)
                content = (self._past_dateline(s0, content[1]), content[1])
            if not any(not is_punct(t) for t in self.tokens[content[0] : content[1]]):
                # "According to Lo.", "Lo said “" at a text's end: marks alone say nothing (r19)
                content = (content[1], content[1])
            self.spoken.append(source)
            cue_ends.add(cue.last)
            if cue.weight >= 1:
                strong.append(content)
            cue_span, content = _question_opens_content(self.tokens, cue, content)
            out.append(
                _new_attribution(
                    (sentence, kind, cue.entry, cue_span, source, self.roles[cue.signal] == "loaded_cue", content)
                )
            )
        if labelled is not None:
            self._labelled(sentence, labelled, out, rejected, kinds, anonymous, used)
        # anonymity phrases, state-media citations and multi-word vague attributions ("media reports",
        # "some say") attribute a sentence even without a cue; a lone "experts" needs one
        acted = -1  # where the verb of an outlet that acts stands (`_acting_outlet`)
        for m in kinds:
            kind = kind_of[m.signal]
            if kind != "state_media" and self._term_describes_name(m.first, m.last, m.first, m.last):
                kind = "named"  # "Alex Conant, a senior aide …": the name's
            if kind == "anonymous" and purpose and not out:
                # "The officials spoke on condition of anonymity to discuss the talks.": how they spoke, no more
                continue
            if kind == "state_media" and id(m) not in used:
                if m.first < acted or self._governed_outlet(s0, m):
                    continue  # a name inside an acting outlet's appositive acts with it
                acted = self._acting_outlet(m, s1)
                if acted >= 0:
                    continue
            if id(m) in used or (kind in _LONE_KINDS and m.last - m.first < 2) or any(a.kind == kind for a in out):
                # an anonymity phrase is about the sentence's anonymous source; "records show" is a source
                # of its own beside "experts say" ("…, records show, and aviation experts say …")
                if not (kind == "vague" and id(m) not in used and m.last - m.first > 1 and self._free(m, out)):
                    continue
            content = (m.last, s1) if s1 - m.last >= m.first - s0 else (s0, m.first)
            if content[0] == m.last and id(m) not in used and self._own_predicate(m.last, s1):
                continue
            if not any(t.islower() for t in self.tokens[slice(*content)]) and (
                content[1] - content[0] <= _CREDIT_TAIL or m.first <= s0 + 1
            ):
                # "KUNA News Agency.": a photograph's credit line, the outlet's name alone, says nothing (k41); so
                # does a line it opens with names only ("(People's Daily Online/Ana Ruiz).", k43)
                continue
            out.append(_new_attribution((sentence, kind, "", (m.first, m.first), (m.first, m.last), False, content)))
        if out:
            out = [self._past_link(a) for a in out]
        return self._cut_contents(self._end_before_coordinated(self._tagged_colon_cues(out))) if len(out) > 1 else out

    def _past_dateline(self, s0: int, end: int) -> int:
        """Where a content that opens its sentence starts past the sentence's dateline ("WASHINGTON (AP) — …",
        "BEIJING, Sept. 17 (Xinhua) -- …", "KHARKIV - …"): a place, date and agency hold no word in lower case
        ('“(Hillary) turned on us — for two weeks …,” Lo said' is what was said), and a word of the content must
        remain before its end."""
        start = self._after_dateline(s0, end)
        if start == s0 or any(is_lower(t) for t in self.tokens[s0:start]):
            return s0
        return start if any(not is_punct(t) for t in self.tokens[start:end]) else s0

    def _coordinated_link(self, cue: int) -> int | None:
        """The "and" that joins the cue at `cue` to an earlier predicate of its sentence, past an adverb ("…
        and calls", "…, and also called"); None when no "and" comes right before."""
        k = cue - 1
        if self._low(k) == "also" or ly_adverb(self.tokens[k]):
            k -= 1
        return k if k > 0 and self._low(k) == "and" else None

    def _coordinated_report(self, cue: int, out: list[Attribution]) -> bool:
        """Is the weak cue at `cue`, inside an earlier full cue's content, a report of its own (c38)? Either its clause
        has a subject pronoun of its own after "and" or "but" ("Lo said it was over, and she wants …"), or the cue is a
        second act of the earlier speaker, joined by "and" to the cue whose reported clause it follows ("Lo says he
        respects Ruiz and calls her fair", "Lo did say he liked it and called it bold"): that clause opens with a
        subject pronoun and the two verbs agree in form, so either reading names one speaker. PolNeAR marks the
        second verb a cue of its own."""
        tokens = self.tokens
        if cue - 2 > self.doc.sentence_tokens[self.sentence_index][0] and self._low(cue - 1) in _THIRD_PERSONS:
            # "…, and she wants …", "…, but he hopes …": a clause with a subject of its own, as a full cue's is read
            # (a speaker's "but I think" is the speaker's own)
            return self._low(cue - 2) in _COORDINATORS
        link = self._coordinated_link(cue)
        if link is None:
            return False
        for a in out:
            c0, c1 = a.content_tokens
            # the speaker "… and calls" takes is the sentence's first (`_clause_subject`): only that one's clause
            if not (a.cue_tokens[1] <= c0 < link < c1) or not self.spoken or a.source_tokens != self.spoken[0]:
                continue
            if self._low(c0) == "that" and c0 + 1 < link:
                c0 += 1
            # "said she acted after reading X and calling Y": a participle after a past tense goes on the clause
            if self._low(c0) in _SUBJECT_PRONOUNS and _form(tokens[a.cue_tokens[0]]) == _form(tokens[cue]):
                return True
        return False

    def _tagged_colon_cues(self, out: list[Attribution]) -> list[Attribution]:
        """Without a cue of words before a colon that lies in a later cue's content (c41: "His final assessment: “…,”
        he said.": the tag credits the quotation, the noun before the colon is part of what it reports)."""
        tokens = self.tokens
        inside = [
            a
            for a in out
            if a.cue_tokens[1] - a.cue_tokens[0] > 1
            and tokens[a.cue_tokens[1] - 1] == ":"
            and any(b.cue_tokens[0] >= a.cue_tokens[1] and b.content_tokens[0] <= a.cue_tokens[0] for b in out)
        ]
        return [a for a in out if a not in inside] if inside else out

    def _end_before_coordinated(self, out: list[Attribution]) -> list[Attribution]:
        """Contents that end before an "and" opening another cue of the same source ("Lo said she liked the plan
        and added that …": her liking is one content, what she added the next) or a clause of its own ("… and he
        wants …"; c38)."""
        tokens = self.tokens
        links: list[tuple[int, tuple[int, int] | None]] = []
        for b in out:
            s0, s1 = b.source_tokens
            if s1 - s0 == 1 and self._low(s0) in _THIRD_PERSONS and self._low(s0 - 1) in _COORDINATORS:
                links.append((s0 - 1, None))  # any content it lies in ends there
            elif (link := self._coordinated_link(b.cue_tokens[0])) is not None:
                links.append((link, b.source_tokens))
        if not links:
            return out
        cut = []
        for a in out:
            c0, c1 = a.content_tokens
            for link, source in links:
                # not a subject pair ("that she and he agree"): a clause runs before the link
                if (source is None or source == a.source_tokens) and a.cue_tokens[1] <= c0 and c0 + 2 < link < c1:
                    c1 = link - 1 if tokens[link - 1] in (",", ";") else link
            cut.append(with_content(a, (c0, c1)) if c1 != a.content_tokens[1] else a)
        return cut

    def _article_before(self, source: tuple[int, int], cue: int) -> bool:
        """Does the source read back end with an article right before a cue in "-ed", past -ly adverbs ("The newly
        identified emails", "coupled with the previously announced absence")? The participle modifies a noun."""
        if not self.tokens[cue].endswith("ed"):
            return False  # "the warning from Lo", "a claim that …": a noun cue with an article is a cue
        k = cue
        while k > source[1] and self.tokens[k - 1].endswith("ly") and self.tokens[k - 1] not in _LY_NOUNS:
            k -= 1
        return k == source[1] and self._low(k - 1) in _ARTICLES

    def _voiced_noun(self, s0: int, cue: Match) -> bool:
        """Is the cue a plural noun, the object of a `voicing_verbs` word with at most two modifiers between ("The
        clash raised serious doubts about whether", "again raising Western fears that", "renewed calls for")? A
        verb cannot follow that verb, so the noun's holder is the source (`_noun_source`), not the words before it
        read as a subject (u42). Not a noun of that spelling after its article ("a voice over says")."""
        tokens, voicing, k = self.tokens, self.lang.voicing_verbs, cue.first - 1
        if not tokens[cue.first].endswith("s"):
            return False
        while k > s0 and cue.first - k <= 2 and is_alpha(tokens[k]) and self._low(k) not in voicing:
            if self._noun_opener(k) or self._low(k) in _PREPOSITIONS:
                return False
            k -= 1
        return k > s0 and is_lower(tokens[k]) and tokens[k] in voicing and not self._noun_opener(k - 1)

    def _noun_opener(self, k: int) -> bool:
        """Does the token at `k` open a noun phrase: an article, a possessive or an indefinite determiner?"""
        low = self._low(k)
        return low in _ARTICLES or low in _POSSESSIVE_DETERMINERS or low in self.lang.determiners

    def _noun_after_link(self, source: tuple[int, int], cue: Match) -> bool:
        """Is the one-word cue a `link_nouns` word right after the article or preposition that ends the source read
        back ("the measures fell short of hopes for more action", "poured money into research in hopes of finding",
        "in the hopes he'd retweet")? Then it is a noun and the words before it a clause's, not its holder; after a
        possessive it stays a cue ("My hope is that …") (u50)."""
        k = cue.first
        before = self._low(k - 1) if k > 0 else ""
        return (
            cue.last - k == 1
            and source[1] == k
            and self._low(k) in _LINK_NOUNS
            and (before in _ARTICLES or before in _PREPOSITIONS)
        )

    def _noun_after_article(self, source: tuple[int, int], cue: Match) -> bool:
        """Is the one-word "-ing" cue a noun after the article that ends the source read back ("Despite the
        warning", "Lopez gave a warning to voters")? Its holder is the noun's (a voicing verb's subject), not the
        words before it; with its "that" ("a warning that") the cue is its own lexicon entry, read as before (k44)."""
        k = cue.first
        return (
            cue.last - k == 1 and _gerund(self.tokens[k]) and source[1] == k and self._low(k - 1) in ("a", "an", "the")
        )

    def _noun_subject_end(self, s0: int, source: tuple[int, int], cue: int, content: tuple[int, int]) -> int:
        """Where the clause after a noun cue's "that" ends when the noun opens the sentence's subject ("Lo's claim
        that the port is failing is false", "The accusation that he lied was absurd"): before the sentence's
        main verb, a finite auxiliary or form of "be" that follows the clause's own verb straight after a word
        that is no verb, "and", "or", "not" or mark ("… is failing | is false"); the verdict after it is the
        writer's. The content's end when the noun is no subject (nothing but its possessor or an article before
        it) or no such verb follows."""
        tokens = self.tokens
        c0, c1 = content
        before = self._low(cue - 1) if cue > s0 else ""
        possessor = source[0] == s0 < source[1] == cue and (
            tokens[cue - 1] in _POSSESSIVE_MARKS or before in _POSSESSIVE_DETERMINERS
        )
        if not (possessor or cue == s0 + 1 and before in _ARTICLES):
            return c1
        verb = False
        for j in range(c0 + 1, c1):
            word = self._low(j)
            if word in _FINITE:
                previous = self._low(j - 1)
                if verb and not (
                    previous in _FINITE
                    or previous in _BE
                    or previous in _CLAUSE_LINKS
                    or is_punct(tokens[j - 1])
                    or previous.endswith("ly")
                ):
                    return j
                verb = True
            elif word.isalpha() and word.endswith("ed") and tokens[j].islower():
                verb = True
            elif is_punct(tokens[j]) and tokens[j] != "'" and tokens[j] != "’":
                return c1  # an aside or a second clause: no safe place to cut
        return c1

    def _relative_voicing(self, cue: Match, s1: int) -> bool:
        """Is the noun cue's "that" a relative pronoun whose clause is about making the statement ("the assurances
        that Obama's aides made.", "allegations that executives made to him about …"): a `voicing_verbs` word
        within four words of "that", then a mark, a preposition, a finite verb ("… made were false") or the
        sentence's end instead of an object."""
        tokens = self.tokens
        for j in range(cue.last + 1, min(cue.last + 5, s1)):
            if is_punct(tokens[j]):
                return False
            if self._low(j) in self.lang.voicing_verbs:
                after = self._low(j + 1) if j + 1 < s1 else "."
                return is_punct(after) or after in _PREPOSITIONS or after in _NOUN_STOPS or after in _FINITE
        return False

    def _finite_or_past(self, word: str) -> bool:
        """Is `word` (in lower case) a verb's finite or past form: an auxiliary or modal, an -ed word or an
        irregular past ("has", "published", "rose")? What follows a noun cue or an outlet that is a verb's subject."""
        return word in _FINITE or word.endswith("ed") or word in self.lang.past_forms

    def _noun_as_subject(self, cue: Match, s1: int) -> bool:
        """Is the noun cue the subject of the verb right after it ("Lo's warning sparks fears over …", "the claim
        rested on a misreading", "His forecast remains grim")? Then what follows is said of the statement, not
        in it: the writer's predicate, no content. A finite verb, an -ed word or an irregular past, or an -s word
        of four letters or more that is no determiner, preposition or noun for people ("Lo's warning this week
        that", "Lo's warning residents that" have their content). The verb may end the text ("Lo's warning sparks",
        a headline with no full stop: as with one, r18)."""
        if cue.last >= s1 or self._low(cue.last - 1) == "that":
            return False  # "the argument that doctors …": the clause after "that" is the content
        word = self.tokens[cue.last]
        if not (is_alpha(word) and is_lower(word)):
            return False
        if self._finite_or_past(word):
            return True
        lang = self.lang
        return (
            len(word) > 3
            and word.endswith("s")
            and not word.endswith(("ss", "us", "is"))
            and word not in lang.determiners
            and word not in _PREPOSITIONS
            and word not in _NOUN_STOPS
            and not any(w in nouns for w in (word, word[:-1]) for nouns in (lang.person_nouns, lang.group_nouns))
            and (cue.last + 1 >= s1 or self._low(cue.last + 1) not in _HEARER_FOLLOWERS)
        )

    def _there_at(self, s0: int, source: tuple[int, int]) -> int:
        """Where an existential "there" stands that the source read back is ("there") or follows ("'s also a quote
        from an aide", read back past "There", k74); -1 when it is neither."""
        a, b = source
        tokens = self.tokens
        if b - a == 1 and self._low(a) == "there":
            return a
        if b - a > 1 and tokens[a] in _CONTRACTED_BE and a > s0 and self._low(a - 1) == "there":
            return a - 1
        return -1

    def _existential(self, there: int, cue: int) -> tuple[int, int]:
        """The source of a cue after an existential "there": the noun phrase after its verb (and an "also" or an
        "-ly" adverb) when the cue, in "-ing", describes it ("there is anecdotal evidence suggesting …": the
        evidence; "There's also a quote from an aide claiming": the quote, k74), else none ("There were complaints
        that …", "There are better ways to express …": "there" names nobody)."""
        tokens = self.tokens
        k = there + 1
        while k < cue and (
            self._low(k) in self.lang.auxiliaries
            or self._low(k) in _BE
            or tokens[k] in _CONTRACTED_BE
            or k > there + 1
            and (self._low(k) == "also" or ly_adverb(tokens[k]))
        ):
            k += 1
        if (
            there + 1 < k < cue <= k + _EXISTENTIAL_REACH
            and _gerund(tokens[cue])
            and self._low(k) != "no"  # "There is no telling when …"
            and not any(is_punct(t) or _lower(t) in _BE for t in tokens[k:cue])
        ):
            return (k, cue)
        return (cue, cue)

    def _told_something(self, i: int, s1: int) -> bool:
        """Does a passive of telling go on to what was told ("were warned that", "told to leave", "This, we are
        told, will …"), not to nothing or a topic after adverbs ("was warned twice about the leak")?"""
        tokens = self.tokens
        while i < s1 and (
            tokens[i] == "," or tokens[i] in _QUOTE_MARKS or tokens[i].endswith("ly") or self._low(i) in _REPEATS
        ):
            i += 1
        return i < s1 and is_word(tokens[i]) and self._low(i) not in _TOPIC_PREPOSITIONS

    def _passive(self, s0: int, m: Match, strict: bool = False) -> bool:
        """Is the cue `m` a passive, whose subject is not its speaker? A form of "be" right before it, or
        for a full-weight cue before one adverb there ("was widely criticized", "was first reported"; a weak
        one is often a stance: "is firmly opposed"). `strict` asks for a participle in "-ed" after that
        "be", after a dash and an adverb ("— often labeled as"), opening the sentence or after "as" or
        "when" ("Highlighted in a report by", "as mentioned in"), not a verb in the past tense ("Lo praised
        efforts by Ruiz", "Lo, in a letter, noted a memo by")."""
        tokens, i = self.tokens, m.first
        if strict and (m.weight < 1 or not tokens[i].endswith("ed")):
            return False
        if (
            i > s0
            and self._low(i - 1) in _BE
            or m.last < len(tokens)
            and tokens[m.last] in _AS_OR_BY
            and self._contracted_passive(s0, m)
        ):
            return True
        if strict and (i == s0 or tokens[i - 1] in _PARTICIPLE_OPENERS):
            return True
        adverb = tokens[i - 1] if i > s0 + 1 else ""
        return (
            m.weight >= 1
            and self.direction(m) != "after"  # "is widely reported by": the cue reads on
            and (ly_adverb(adverb) or adverb in _PASSIVE_ADVERBS)
            and (self._low(i - 2) in _BE or strict and tokens[i - 2] in _DASHES)  # "— often labeled as … by"
        )

    def _naming_called(self, source: tuple[int, int], cue: Match) -> bool:
        """Is the cue a lone "called" (or "dubbed", v37: any of `naming_participles`) right after a source opening with
        "a" or "an", with a name after it (a capital, a number, or a quotation, perhaps after "the"): "An asteroid
        called 3200 Phaethon will pass", "a blog called the “Feed”", "led by an ultra dubbed The Spaniard"? A thing
        or a group is named there; the caller asks that the source is no person, whose kind is anonymous ("A senator
        called Lo a liar" stays a cue, as "a dispatcher called the number back") (u45)."""
        tokens = self.tokens
        if cue.last - cue.first != 1 or self._low(cue.first) not in _NAMING_PARTICIPLES:
            return False
        opens = source[1] == cue.first and self._low(source[0]) in _INDEFINITE
        if not opens and not self._indefinite_thing(cue):  # or a longer source holds it (u46)
            return False
        k = cue.last + 1 if cue.last + 1 < len(tokens) and self._low(cue.last) == "the" else cue.last
        if k >= len(tokens):
            return False
        name = tokens[k]
        return name in _CURLY_OPENERS or name in _QUOTE_MARKS or name[:1].isdigit() or capitalised(name)

    def _reduced_passive(self, s0: int, m: Match) -> bool:
        """Is the cue `m` one word of `object_of_verbs` ("accused", "informed") right after a noun, with "of" after it
        ("A charity accused of fraud may have paid …", "the man accused of buying the guns")? The active puts the person
        between ("Lo accused Ruiz of"), so the noun is the accused and the accuser unnamed: no attribution, as an
        agentless passive. After an "-ly" adverb or a subject pronoun, an auxiliary or "be" up to two words back ("is
        still persuaded of"), or a relative word a few words back ("the senator, whom Lo accused of lying"), it is read
        as before (u46)."""
        tokens, i = self.tokens, m.first
        if m.last - i != 1 or i <= s0 or self._low(i) not in _OBJECT_OF_VERBS:
            return False
        before = self._low(i - 1)
        if not before.isalpha() or before in _SUBJECT_PRONOUNS or ly_adverb(before):
            return False
        back = [norm(t) for t in tokens[max(s0, i - _RELATIVE_REACH) : i]]
        # "is still persuaded of", "she has accused of": a verb form with its auxiliary two words back at most
        return not any(w in _BE or w in _OWN_AUXILIARIES for w in back[-2:]) and not any(
            w in _RELATIVE_OR_THAT for w in back
        )

    def _charge_in_agent(self, cue: Match, source: tuple[int, int]) -> int:
        """Where "of" opens the charge inside the agent read after a cue of `object_of_verbs`, or -1: "was accused by
        Ms. Ode of hiding faults" names Ms. Ode, and the charge is what she said (u46)."""
        if self._low(cue.last - 1) not in _OBJECT_OF_VERBS:
            return -1
        return next((k for k in range(source[0] + 1, source[1]) if self._low(k) == "of"), -1)

    def _indefinite_thing(self, cue: Match) -> bool:
        """Does a noun phrase opening with "a", "an", "one" or "another" end right before the cue, its head no person
        noun ("Lo shared a syllabus for a psychology class called …", "including one PAC called …", "works at a
        nightspot called …")? Words, hyphenated ones too ("a Kansas City-area group called …", v37), and quotation marks
        only between; the source phrase read may open elsewhere (u46)."""
        tokens, k = self.tokens, cue.first - 1
        if k < 0 or not tokens[k].isalpha() or not tokens[k].islower() or tokens[k] in self.lang.person_nouns:
            return False
        for j in range(k, max(-1, k - _THING_REACH), -1):
            word = self._low(j)
            if word in _THING_OPENERS:
                return j < k
            if not (
                word.isalnum()
                or _hyphened(word)
                or word in _QUOTE_MARKS
                or word in _CURLY_OPENERS
                or word in _CLOSING_QUOTES
            ):
                return False
        return False

    def _set_off_passive(self, s0: int, m: Match) -> bool:
        """Is the cue `m` an "-ed" participle right after a comma, perhaps past one adverb, with "as" right after it
        ("Their fears, sometimes referred to as “eco-grief,” are real", "The groups, identified as …")? A verb in the
        past takes its object first ("Lo, a senator, described the plan as …"), so the participle is a passive set
        off after its noun, which is what is named: a view credited to nobody, as "is described as" (u45)."""
        tokens, i = self.tokens, m.first
        if m.last >= len(tokens) or tokens[m.last] != "as" or not tokens[i].endswith("ed"):
            return False
        if i > s0 + 2 and (ly_adverb(tokens[i - 1]) or tokens[i - 1] in _PASSIVE_ADVERBS):
            i -= 1
        # not the comma closing an aside: "Baloch, however, rejected as baseless the report …" is her verb
        return i > s0 + 1 and tokens[i - 1] == "," and self._low(i - 2) not in _SET_OFF_ADVERBS

    def _to_closing_comma(self, content: tuple[int, int]) -> tuple[int, int]:
        """`content` cut at its first comma, a quotation mark closing right after it kept ("as “eco-grief,”")."""
        tokens = self.tokens
        k = next((k for k in range(*content) if tokens[k] == ","), content[1])
        return (content[0], k + 2 if k + 1 < content[1] and tokens[k + 1] in _CLOSING_QUOTES else k)

    def _contracted_passive(self, s0: int, m: Match) -> bool:
        """Is the cue `m` an "-ed" participle after a pronoun's "'s", perhaps past one adverb, with "as" or "by" right
        after it ("it's still labeled as hazardous", "he's described as a hero")? The "'s" is "is" there, and its
        subject is what is named; "he's said that …" keeps "has" (u45)."""
        tokens, i = self.tokens, m.first
        if m.last >= len(tokens) or tokens[m.last] not in _AS_OR_BY or not tokens[i].endswith("ed"):
            return False
        if i > s0 + 2 and (ly_adverb(tokens[i - 1]) or tokens[i - 1] in _PASSIVE_ADVERBS):
            i -= 1
        return i > s0 + 1 and tokens[i - 1] in _CONTRACTED_BE and self._low(i - 2) in _CONTRACTED_BE_SUBJECTS

    def _raising(self, s0: int, m: Match) -> bool:
        """Is the cue `m` a raising passive, a verb of `raising_passives` after a form of "be" (one adverb may
        stand between) and before an infinitive ("The minister is said to have resigned", "Lo is widely thought
        to favour the plan")? Its subject is what is reported on, not who reports, and nobody is named (README,
        Sourcing); "was reported to police" has no infinitive, "was said by aides to be" an agent."""
        tokens, i = self.tokens, m.last - 1
        if m.last + 1 >= len(tokens) or self._low(i) not in _RAISING or self._low(m.last) != "to":
            return False
        after = tokens[m.last + 1]
        if not _bare_verb(after) or after in self.lang.collective_nouns or after in self.lang.person_nouns:
            return False  # "was reported to police", "was said to staff": a hearer, no infinitive
        k = i - 1
        if k > s0 and (tokens[k] in _PASSIVE_ADVERBS or ly_adverb(tokens[k])):
            k -= 1  # "is widely thought to"
        return k >= s0 and self._low(k) in _BE

    def _subject_reported(self, m: Match) -> bool:
        """Is the cue `m` a verb of `subject_passives` ("announced") that opens no clause, so that, as a passive
        naming no agent, it reports its subject ("On Thursday, the dissolution of the club was announced.")? Not
        negated: "the charges had not been announced" reports nothing."""
        tokens, k = self.tokens, m.first - 1
        if m.last - m.first != 1 or norm(tokens[m.first]) not in _SUBJECT_PASSIVES:
            return False
        s0 = self.doc.sentence_tokens[self.sentence_index][0]
        while k > s0 and (norm(tokens[k]) in _BE or _lower(tokens[k]) in _PASSIVE_AUXILIARIES or ly_adverb(tokens[k])):
            k -= 1
        negated = k >= s0 and _lower(tokens[k]) in self.lang.negators  # "had not been formally announced"
        return not negated and (m.last >= self.s1 or _lower(tokens[m.last]) != "that")

    def _without_passive_be(self, subject: tuple[int, int]) -> tuple[int, int]:
        """The `subject` of a passive cue without the "will be", "has been" or "-ly" adverb that ends it ("the
        results of which will be [announced]")."""
        tokens = self.tokens
        start, end = subject
        while end > start and (
            norm(tokens[end - 1]) in _BE
            or _lower(tokens[end - 1]) in _PASSIVE_AUXILIARIES
            or ly_adverb(tokens[end - 1])
        ):
            end -= 1
        return start, end

    def _impersonal(self, s0: int, s1: int, m: Match) -> bool:
        """Is the cue `m` an impersonal passive, "it" and a form of "be" before it and its clause after it ("It is
        reported that", "it has been widely alleged that", "it was revealed in March that", "it was revealed the
        mayor had lied")? Its "it" names nobody; a modal before "be" is the writer's own aside ("It should be
        noted that"). Without "that" the word after the cue must open a clause: "it was reported to police",
        "it was confirmed Tuesday" and "It was reported by Lo" report a thing, not a statement."""
        tokens, i = self.tokens, m.first - 1
        if m.last >= s1:
            return False
        if i > s0 and (tokens[i] in _PASSIVE_ADVERBS or ly_adverb(tokens[i])):
            i -= 1  # "it was widely reported that"
        if i > s0 and self._low(i) == "been" and self._low(i - 1) in _PERFECT:
            i -= 1  # "it has been reported that" ("it has said that" is the company's)
        elif i <= s0 or self._low(i) not in _IMPERSONAL_BE:
            return False
        return (
            i > s0
            and self._low(i - 1) == "it"
            and self._clause_after(m.last, s1, m.last - m.first == 1 and m.weight >= 1)
        )

    def _clause_after(self, k: int, s1: int, bare: bool) -> bool:
        """Does a that-clause, or with `bare` a clause without "that", start at token `k` after a passive cue?
        "that" there or after a short time or place with no clause mark or "by" before it ("in March that"); a
        bare clause opens with a word that can open one ("the", "he", "Ruiz"), not a preposition, a particle,
        an object pronoun, a time, an adverb or a conjunction. Only a full-weight one-word cue reads a bare
        clause: "it was called Granny Sayz" names, "it was backed up by" and "it was reported by" have agents."""
        tokens = self.tokens
        for j in range(k, min(k + _CLAUSE_GAP, s1)):
            word = self._low(j)
            if word == "that":
                return True
            if word in _CLAUSE_END or word == "by":
                break
        word = tokens[k]
        low = _lower(word)
        return (
            bare
            and word[0].isalpha()
            and low not in _NO_CLAUSE_OPENERS
            and low not in _BARE_TIMES
            and low not in _RELATIVE_TIMES
            and not low.endswith("ly")
        )

    def _progressive(self, s0: int, cue: int) -> bool:
        """Does a form of "be" stand before the -ing cue at `cue`, perhaps with the adverbs "be" takes before a
        participle ("is debating", "is still debating", "are also interviewing")? Then the participle is the
        subject's verb, not a modifier of the noun before it (v28)."""
        tokens, k = self.tokens, cue - 1
        while k > s0 and cue - k <= 2 and (self._low(k) in _PASSIVE_ADVERBS or tokens[k].endswith("ly")):
            k -= 1
        return self._low(k) in _BE

    def _participle(self, m: Match) -> bool:
        """Is the cue `m` a past participle in "-ed", alone (a passive without its "be": "the measures added
        by Republicans", "a fact later confirmed by the department", "Asked by a reporter"), after its
        "be" ("was asked", "has been asked") or after "when" ("when asked by a reporter")?"""
        tokens = self.tokens
        word = tokens[m.last - 1]
        return (
            word.endswith("ed")
            and word[1:].islower()
            and (m.last - m.first == 1 or self._low(m.first) in _BE_OR_WHEN or self._low(m.last - 2) == "been")
        )

    def _trailing(self, s0: int, cues: list[Match]) -> int:
        """Where a cue that reads its source after it closes the sentence's content after a comma
        ("…, according to two aides"), or -1: the cues before it report what its source told."""
        for m in cues:
            if (
                m.first > s0 + 1
                and self.tokens[m.first - 1] == ","
                and self.direction(m) == "after"
                and not self._aside_cue(m)
            ):
                return m.first
        return -1

    def _aside_cue(self, m: Match) -> bool:
        """Is the cue `m`, with its source after it, an aside inside another's content: opened by "and" or "but" (and
        perhaps one adverb) before its comma ("Lo said the plan would fail and even, according to a second official,
        cost more"), or followed, after the comma that closes its source, by the "that" of the content it interrupts
        ("Lo told the jury, according to the Chronicle, that …") or by a finite verb of the clause it interrupts
        ("Lo said the plan, according to two aides, would …", k48; an irregular past, "grew", k50; not "…, compared
        with", a participle)? Then it
        does not close the sentence's content, and the cues before it keep theirs (k35)."""
        tokens, s1 = self.tokens, self.s1
        k = m.first - 2  # the word before the cue's comma
        opening = ("and", "but")  # themselves among the adverbs ("and, according to FEMA, it will take months")
        if (
            k > 0
            and self._low(k) not in opening
            and (self._low(k) in _PARTICIPLE_ADVERBS or tokens[k].endswith("ly") and tokens[k].isalpha())
        ):
            k -= 1
        if self._low(k) in opening:
            return True
        comma = next((j for j in range(m.last, min(s1, m.last + _SOURCE_AFTER_REACH)) if tokens[j] == ","), None)
        return (
            comma is not None
            and comma + 1 < s1
            and (
                self._low(comma + 1) == "that"
                or self._low(comma + 1) in _FINITE
                or tokens[comma + 1] in self.lang.past_forms  # "…, according to two aides, grew by half" (k50)
                or self._past_tense(comma + 1)
            )
        )

    def _past_tense(self, k: int) -> bool:
        """Is the -ed word at `k` a past tense ("…, doubled last year", "…, closed in 2019"), not a participle that a
        preposition it takes follows ("…, compared with", "…, based on")?"""
        tokens = self.tokens
        word = tokens[k]
        return (
            word.endswith("ed")
            and word.isalpha()
            and word.islower()
            and k + 1 < self.s1
            and self._low(k + 1) not in _PARTICIPLE_PREPOSITIONS
            and tokens[k + 1] not in ("as", "than")
        )

    def _nested(self, source: tuple[int, int], cue_ends: set[int]) -> bool:
        """Does `source` open the that-clause of an earlier cue of the sentence ("Lo noted that Mr. Ruiz
        has mocked …", "Lo told CNN on Tuesday that he believes …"), or is it a lone subject pronoun
        right after one ("Lo said he believes …")? Its cue then reports what the earlier source said,
        inside that content: PolNeAR marks no cue there (`cue_ends`: where the earlier cues end)."""
        a, b = source
        if a >= b or not cue_ends:
            return False
        if a in cue_ends and (b - a == 1 and self._low(a) in _SUBJECT_PRONOUNS or self._low(a - 1) == "that"):
            return True  # "Lo said he believes", "the poll showed that 54 percent said"
        if self._low(a - 1) != "that":
            return False
        # "Lo said that Ruiz has mocked", "Lo told CNN on Tuesday that he believes": an addressee or a time between
        for k in range(a - 1, max(a - 6, 0), -1):
            if k in cue_ends:
                return True
            if is_punct(self.tokens[k - 1]):
                return False
        return False

    def _own_predicate(self, k: int, s1: int) -> bool:
        """Does a verb phrase of its own, past an auxiliary, follow a vague group at `k` ("Senate budget analysts also
        have looked at such states", "Some experts will study it")? The group is then the subject of what it did and
        says nothing (k69); not when the verb brings a clause ("Media reports have emerged that …"), the group's term
        ends in a verb of its own ("diplomats say would be"), or the verb goes on ("had been predicting a withdrawal":
        a progressive may report what they said)."""
        tokens, skipped, auxiliary = self.tokens, self.lang.auxiliaries, False
        if not tokens[k - 1].endswith("s") or tokens[k - 1].endswith("ss"):
            return False
        while k < s1 and (self._low(k) in skipped or ly_adverb(tokens[k])):
            auxiliary = auxiliary or self._low(k) in _OWN_AUXILIARIES
            k += 1
        return (
            auxiliary
            and k < s1
            and tokens[k].isalpha()
            and tokens[k].islower()
            and not tokens[k].endswith("ing")
            and tokens[k] not in _BE
            and not any(t == ":" or t in _QUOTE_MARKS or _lower(t) == "that" for t in tokens[k : min(k + 4, s1)])
        )

    def _acting_outlet(self, m: Match, s1: int) -> int:
        """Is the state-media name `m`, which no cue took as its source, the subject of a verb of its own, past its
        appositive and an -ly adverb ("RT, one of the state networks, has pushed …", "state media published a
        report", "China's state-run media quickly seized on …")? The outlet did something; what follows is the
        writer's account of it, no report credited to the outlet. Not when "that", a colon or a quotation mark
        follows the verb ("state media hinted that …": a cue no lexicon lists), or the verb is a cue. The verb's
        place, or -1."""
        tokens = self.tokens
        k = m.last
        if k < s1 and tokens[k] == ",":
            k = next((j + 1 for j in range(k + 1, min(k + _APPOSITIVE_REACH, s1)) if tokens[j] == ","), s1)
        if k < s1 and ly_adverb(tokens[k]):
            k += 1
        if k >= s1 or not (is_alpha(tokens[k]) and is_lower(tokens[k])) or k in self.cue_tokens:
            return -1
        after = self._low(k + 1) if k + 1 < s1 else "."
        verb = self._finite_or_past(tokens[k])
        return k if verb and not (after == ":" or after == "that" or after in _QUOTE_MARKS) else -1

    def _governed_outlet(self, s0: int, m: Match) -> bool:
        """Does a lower-case word right before the state-media name `m`, which no cue took as its source, govern it
        ("told Xinhua", "in an interview with Xinhua", "cheerleading by state media", "the news agency RIA Novosti,
        which is known for …")? The outlet then heard, carried or was named, and says nothing itself (u48); a credit
        ("(Xinhua) --", "– RT") or a name opening its sentence still attributes it."""
        return m.first > s0 and self.tokens[m.first - 1][:1].islower()

    @staticmethod
    def _free(m: Match, out: list[Attribution]) -> bool:
        """Does the term `m` lie outside every source and cue found so far?"""
        return not any(
            a.source_tokens[0] < m.last
            and m.first < a.source_tokens[1]
            or a.cue_tokens[0] < m.last
            and m.first < a.cue_tokens[1]
            for a in out
        )

    def _signed(self, s0: int, s1: int, dash: int) -> tuple[int, int] | None:
        """The name after a dash that signs the quotation before it, up to a comma or the sentence's end
        ('…."  - Ana Ruiz.', '…,"  -Ed Lo, tweeting after the vote.'); None when capitalised words do not
        run there (a heading set off by dashes: '– An immigrant himself –')."""
        tokens = self.tokens
        k = dash + 1
        while k < s1 and k - dash <= 6 and (tokens[k][:1].isupper() or self._abbreviation(k)):
            k += 1
        if k == s1 and self._byline_below(s1):
            return None
        if k == s1 or tokens[k] == "," or tokens[k] == "." and k + 1 == s1:
            return dash + 1, k
        return None

    def _byline_below(self, end: int) -> bool:
        """Is the line after a signature's name (ending at token `end`, the end of its line) a few capitalised words
        with no stop, an outlet's name ('"…."⏎— Ana Ruiz⏎The Harbour Gazette')? The dash then signs a roundup's
        item with its reporter's byline, not a quotation with its speaker (k67)."""
        doc = self.doc
        text = doc.text
        start = doc.offsets[end - 1][1]
        if not text.startswith("\n", start):
            return False
        stop = text.find("\n", start + 1)
        words = text[start + 1 : len(text) if stop < 0 else stop].split()
        return (
            0 < len(words) <= 6 and all(w[:1].isupper() or w in ("-", "&") for w in words) and words[-1][-1].isalpha()
        )

    def _headless(self, source: tuple[int, int], cue: int) -> bool:
        """Does the source name nobody: no word of it could head it ("Continuing to explain …, Lo said": "Continuing
        to"; "Not to mention"), or it is a predicate read back ("Direct mail … is nonetheless considered": "is
        nonetheless"; a question's "have they received" has its subject)? A capital right before the cue may be a
        name: "From said", "Will wrote"."""
        a, b = source
        if a == b:
            return False
        tokens = self.tokens
        first = tokens[a]
        predicate = b <= cue and first in _PREDICATE_OPENERS
        if not predicate and _lower(first) not in _NO_HEADS and not is_punct(first):
            return False  # most sources: a name, a pronoun, a noun phrase's first word
        if b == cue and capitalised(tokens[b - 1]):
            return False
        if predicate:
            after = self._low(a + 1)
            return after not in _INVERTED_SUBJECTS and after not in self.lang.determiners
        return all(is_punct(t) or _lower(t) in _NO_HEADS for t in tokens[a:b])

    def _gerund_object_subject(self, s0: int, source: tuple[int, int], cue: int) -> tuple[int, int] | None:
        """Who speaks in a gerund cue after a preposition when the phrase read back ends with that preposition
        ("Lo has been the most vocal of the rivals in denouncing …", "Ruiz had no trouble breaking ranks in
        endorsing …"): the clause's subject, as for ", saying …"; None when the phrase read back is no such
        prepositional tail or no subject stands before it (k67)."""
        tokens = self.tokens
        a, b = source
        if not (s0 < a < b == cue) or self._low(b - 1) not in _PREPOSITIONS or not _gerund(tokens[cue]):
            return None
        if tokens[a - 1] == "," or self._low(a - 1) in ("as", "than"):
            return None  # "The two men were at odds, the one impassioned in blasting": a phrase of its own; "as far
            # as Lo in chiding": the one compared chides
        subject = self._clause_subject(s0, a)
        if not subject[0] < subject[1] <= a:
            return None
        return None if self._low(subject[0]) in _RELATIVE_OR_THAT else subject

    def _catenative_subject(self, s0: int, source: tuple[int, int], cue: int) -> tuple[int, int] | None:
        """Who speaks in a gerund or an infinitive cue when the phrase read back is the verb or adjective governing
        it, one or two lower-case words that name nobody ("Lo kept asking": "kept"; "Senate Republicans have all
        but stopped confirming"; "the public deserves to know"): that word's subject, read back from it as from a
        cue; None otherwise (k67)."""
        tokens = self.tokens
        a, b = source
        if not (s0 < a < b == cue and b - a <= 2) or not (_gerund(tokens[cue]) or self._low(b - 1) == "to"):
            return None
        if not all(t.isalpha() and t.islower() for t in tokens[a:b]) or not self._fragment(tokens[a]):
            return None
        last = tokens[b - 1]
        if not (last == "to" or last.endswith("ed") or last in self.lang.past_forms or last in _CONTINUE_FORMS):
            return None  # "anecdotal evidence suggesting": a noun's participle; "stinging over mocking": a cause
        subject = self._backward(s0, a)
        if not (s0 <= subject[0] < subject[1] <= a) or self._headless(subject, a):
            return None
        if any(_lower(t) in _FINITE_OR_BE for t in tokens[subject[0] : subject[1]]):
            return None  # "Lo has become the party's critic, quick to point out": a clause, no subject
        return None if self._low(subject[0]) in _RELATIVE_OR_THAT else subject

    def _before_catenative(self, source: tuple[int, int], cue: int) -> tuple[int, int] | None:
        """The subject read back with the verb that takes the cue as its infinitive or gerund ("polls continue to
        show", "The email goes on to say", "Lo just starts talking", "the community immediately began calling"):
        the words before that verb and its adverbs; None when the phrase holds no such verb at its end or nothing
        before it, or a conjunction ends what is left ("he closed the shop and began talking": another clause's)."""
        tokens = self.tokens
        a, verb = source
        if verb != cue or verb - a < 2:
            return None
        if self._low(verb - 1) == "to":
            verb -= 1
        elif not _gerund(tokens[cue]):
            return None
        going = self._low(verb - 1) == "on"
        verb -= 1 + going
        if verb <= a or self._low(verb) not in _CATENATIVE_VERBS or going != (self._low(verb) in _GO_FORMS):
            return None
        end = verb
        while end > a + 1 and (ly_adverb(tokens[end - 1]) or self._low(end - 1) == "just"):
            end -= 1
        return None if self._low(end - 1) in _COORDINATORS else (a, end)

    def _before_set_off(self, s0: int, source: tuple[int, int], cue: int) -> tuple[int, int] | None:
        """The subject before an adverb set off by commas that was read as the source ("Lo said she, too, wants":
        "too"; "and he, once again, pledged"), or None."""
        a, b = source
        if b != cue - 1 or a - 1 <= s0 or not self.tokens[b] == self.tokens[a - 1] == ",":
            return None
        subject = self._backward(s0, a - 1)
        return subject if subject[0] < subject[1] and not self._headless(subject, cue) else None

    def _quoting_verb(self, s0: int, cue: int) -> int | None:
        """The quoting verb in reach before "as" and the gerund cue at `cue` ("The paper quoted a senior diplomat as
        saying", "Lo was quoted as saying"), with no clause mark but a comma between; None otherwise."""
        tokens = self.tokens
        if cue - 2 < s0 or self._low(cue - 1) != "as" or not _gerund(tokens[cue]):
            return None
        verb = next(
            (k for k in range(cue - 2, max(s0, cue - 2 - _QUOTED_REACH) - 1, -1) if self._low(k) in _QUOTING),
            None,
        )
        if verb is None or any(t in _CLAUSE_END and t != "," for t in tokens[verb + 1 : cue - 1]):
            return None
        return verb

    def _quoted_passive(self, s0: int, verb: int) -> bool:
        """Is the quoting verb at `verb` a passive ("Lo was quoted", "Lo is widely quoted")?"""
        tokens = self.tokens
        be = verb - 2 if verb > s0 and ly_adverb(tokens[verb - 1]) else verb - 1
        return be >= s0 and self._low(be) in _BE

    def _quoted_speaker(self, s0: int, cue: int) -> tuple[int, int] | None:
        """Who speaks in a passive of quoting before "as" and the gerund cue at `cue` ("Lo was widely quoted (in
        the Times) as saying"): the passive's subject; None when there is no such passive or no subject."""
        verb = self._quoting_verb(s0, cue)
        if verb is None or not self._quoted_passive(s0, verb):
            return None
        subject = self._backward(s0, verb)
        return subject if subject[0] < subject[1] else None

    def _quoted_nested(self, s0: int, cue: int) -> bool:
        """Is the gerund cue at `cue` inside what an active quoting verb reports ("The paper quoted a senior
        diplomat as saying …", "RIA cited Lo as telling reporters …")? The one quoting is the source, and the
        words quoted are its content, as PolNeAR marks them: no attribution of their own (k62)."""
        verb = self._quoting_verb(s0, cue)
        return verb is not None and verb < cue - 2 and not self._quoted_passive(s0, verb) and verb in self.cue_tokens

    def _with_subject(self, s0: int, cue: int) -> tuple[int, int] | None:
        """The subject of an absolute clause that "with" opens before the gerund cue at `cue`, set off by a comma or
        a dash or opening the sentence ("…, with Ed Lo, the shadow minister, calling it a duty", "With critics
        saying …"): the words between, an appositive's closing comma left out; None otherwise (k62: the source
        was the main clause's subject)."""
        tokens = self.tokens
        if not _gerund(tokens[cue]):
            return None
        for k in range(cue - 2, max(s0, cue - _QUOTED_REACH) - 1, -1):
            word = tokens[k]
            if word in _CLAUSE_END and word != ",":
                return None
            if _lower(word) != "with":
                continue
            if k > s0 and tokens[k - 1] not in _WITH_OPENERS:
                return None
            end = cue - 1 if tokens[cue - 1] == "," else cue
            while end > k + 2 and ly_adverb(tokens[end - 1]):
                end -= 1  # "with Lo reportedly yelling": the adverb is the cue's
            first = tokens[k + 1]
            opens = capitalised(first) or _lower(first) in _ARTICLES or _lower(first) in self.lang.determiners
            if end <= k + 1 or not opens or any(_gerund(t) for t in tokens[k + 1 : end]):
                return None  # "with Lo defending the plan, stressing …": the gerund before has the subject
            return (k + 1, end)
        return None

    def _past_label(
        self, s0: int, s1: int, cue: Match, source: tuple[int, int], content: tuple[int, int]
    ) -> tuple[int, int]:
        """The content after the cue when the one read back is only a label closed by a colon right before the source
        ("Reuters reports: Lo called on Sunday for …", "OSLO: The fund said on Monday it would …"): a colon
        introduces what follows it, so the words before it are no part of what the source said (c45)."""
        a, b = content
        if a != s0 or b != source[0] or b - a < 2 or self.tokens[b - 1] != ":" or cue.last >= s1:
            return content
        return cue.last, self._content_end(cue.last, s1)

    def _past_occasion_hearer(self, s1: int, cue: Match, content: tuple[int, int]) -> tuple[int, int]:
        """What an occasion's cue reports past its hearer ("in an interview with CNN on Tuesday: "…""): the words
        after its "with" name who asked, never what was said, so the content starts past the comma or colon that
        closes them; none when the sentence ends first ("Li made the remarks in an interview with Xinhua.", "He will
        sit for an interview with WVIT."): the remarks are elsewhere or nowhere, and the cue reports nothing (u50)."""
        tokens = self.tokens
        if (
            content[0] != cue.last
            or cue.last - cue.first < 3
            or self._low(cue.first) not in _OCCASION_PREPOSITIONS
            or self._low(cue.last - 1) not in _OCCASION_HEARER_LINKS
        ):
            return content
        k = next((k for k in range(cue.last, s1) if tokens[k] in (",", ":")), s1)
        if not any(is_lower(t[:1]) and is_alpha(t) for t in tokens[k + 1 : s1]):
            return _NO_CONTENT  # "with WVIT in Hartford, Connecticut.": the comma is the hearer's own
        return (k + 1, self._content_end(k + 1, s1))

    def _approximate(self, k: int) -> bool:
        """ "about half of the voters said", "about 40 percent", "but at least a dozen members told": "about"
        or "at least" before a quantity rounds it, so the source is the quantity's people, not a
        prepositional phrase."""
        tokens = self.tokens
        k += tokens[k] == "at" and k + 1 < len(tokens) and tokens[k + 1] == "least"
        j = k + 1 + (k + 2 < len(tokens) and self._low(k + 1) in ("a", "one"))  # "about a third"
        if tokens[k] not in ("about", "least") or j >= len(tokens):
            return False
        word = self._low(j)
        return word[:1].isdigit() or word in self.lang.group_nouns or word in self.lang.determiners

    def _imperative(self, s0: int, m: Match) -> bool:
        """Is the cue a verb in the imperative, opening its sentence with no subject ("Tell your senator …",
        "Consider the ruling", "Note that …")? It addresses the reader and reports nothing. A bare form only:
        "Said Comey, …" and "Asked about it, Lo said" have their source; "When asked", "In an interview" and
        "According to" open with a function word. So too one opening a quotation inside the sentence, a title or a
        slogan quoted ('a meeting entitled “Oppose the war!”', u43)."""
        word = self._low(m.first)
        return (
            (
                m.first == s0 + (self.tokens[s0] in _QUOTE_MARKS)
                or m.first > s0 + 1
                and self._opens_quotation(m.first - 1)
            )
            and self.tokens[m.first][:1].isupper()
            and not word.endswith(("s", "d", "ing", "ly"))
            and word not in self.lang.stop_words
            and word not in _CLAUSE_OPENERS
            and self.direction(m) != "after"
        )

    def _opens_quotation(self, k: int) -> bool:
        """Does the mark at `k` open a quotation: a curly opening mark, or a straight one after a word ('entitled
        "Oppose …"'; after punctuation a straight mark closes one: 'war!" Lo')?"""
        mark = self.tokens[k]
        return mark in _CURLY_OPENERS or mark in ('"', "''", "``") and not is_punct(self.tokens[k - 1])


def _form(word: str) -> str:
    """A verb's form, for two verbs that agree: "ing" ("saying", "calling"), "s" (a present third person: "says",
    "calls") or "" (any other: "said", "called", "did")."""
    if _gerund(word):
        return "ing"
    return "s" if word.endswith("s") and not word.endswith("ss") else ""


def _first_token(m: Match) -> int:
    return m.first


def _question_opens_content(
    tokens: list[str], cue: Match, content: tuple[int, int]
) -> tuple[tuple[int, int], tuple[int, int]]:
    """The cue and content of a cue entry that ends in "whether" or "if" ("to question whether", "to wonder if"):
    that word opens the question the source holds, as after "questioned" or "asked" (PolNeAR's content starts
    there), so it goes to the content and is no part of the writer's words for the act (v34)."""
    last = cue.last - 1
    if last > cue.first and content[0] == cue.last and _lower(tokens[last]) in _QUESTION_OPENERS:
        return (cue.first, last), (last, content[1])
    return (cue.first, cue.last), content


def _cue_order(m: Match) -> tuple[int, int]:
    """Text order, the longer of two cues at one place first ("said in" before "said")."""
    return m.first, -m.last
