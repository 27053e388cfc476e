"""Attribution constructions and source kinds: who does the article say is speaking, and what?

In: a `Doc` and its `Match` list. Out: `Attribution` records (cue, source phrase, source kind and
the content span the source is credited with). The words come from the lexicon signals that declare
a sourcing `role` in their header (`cue`, `loaded_cue`, `anonymous`, `vague`, `state_media`: by
default reporting_verbs, loaded_attribution, anonymous_sources, vague_sources and state_media) and
the `[sourcing]` section of the language file; this module only knows the constructions:

- a cue with its source after it: "according to X", "as reported by X", '..., said X' (after a comma
  only the speech verbs of `inverted_cues` invert), a passive's agent ("was criticized by X", "the
  measures added by X");
- a cue with its source before it: "X said", "X, a former official, said", "X has reportedly said", "X went
  on to say" (one cue);
- anonymity phrases that attribute by themselves: "a diplomat who spoke on condition of anonymity";
- state-media citations and multi-word vague attributions that need no verb ("some say");
- a passive that names nobody ("is widely expected to"; a cue whose `source` option is `none`);
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
(docs/source-kinds.md).
"""

from __future__ import annotations

import re
from bisect import insort
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache, partial
from typing import Final, NamedTuple

from ..lexicon.grammar import GRAMMAR
from ..lexicon.schema import LanguageSpec
from ..match import Match
from .kinds import KIND_ROLES, OBJECT_PRONOUNS, KindRules, several_memo
from .phrase import LEADERS as _LEADERS
from .phrase import MAX_CHUNK_WORDS as _MAX_CHUNK_WORDS
from .phrase import HEAD_ENDS, RELATIVE_PRONOUNS, capitalised, is_punct, words_of
from .phrase import lower as _lower
from ..text import Doc, index_after, is_word, last_starting, norm

CUE_ROLES: Final = frozenset({"cue", "loaded_cue"})
KINDS: Final = ("named", "anonymous", "vague", "state_media")
_DIRECT_QUOTE_MIN_WORDS: Final = 4  # shorter quoted stretches are scare quotes ('fatal'), not quotations
_CLAUSE_END: Final = frozenset(".,;:!?()[]")
_OPENERS: Final = frozenset("“‘\"'«„`([—–-")
_QUOTE_MARKS: Final = frozenset("“‘\"'«„`")
_CLOSING_QUOTES: Final = frozenset(("”", "’", '"', "'", "''", "»"))  # "''": a closing quotation in NYT style
_OPENING_MARKS: Final = frozenset(("“", "‘", '"', "'", "''", "``", "«", "„"))  # "''" opens one in NYT style too
_CLOSING: Final = _CLOSING_QUOTES | {"?", "!"}  # what ends a quotation before '…," said X'
_NO_CONTENT: Final = (0, 0)
# one-word kind terms that need a cue to be a source ("experts", "insiders": "power to insiders" names no speaker);
# a state outlet's name alone ("Xinhua wrote" across a quotation) still is one
_LONE_KINDS: Final = frozenset({"vague", "anonymous"})
_TIMES_OF_DAY: Final = GRAMMAR["times_of_day"]
_SPANS_OF_TIME: Final = GRAMMAR["spans_of_time"]  # "from years of …"
# after a `source_tails` word, the preposition that opens the tail's object ("close to", "briefed on")
_TAIL_PREPOSITIONS: Final = GRAMMAR["tail_prepositions"]
_DASHES: Final = frozenset("-—–")  # an aside's dashes ("--" is two tokens)
_SENTENCE_MARKS: Final = frozenset(".;:!?")  # no aside crosses these
_CLAUSE_OPENING_MARKS: Final = frozenset(":;“‘(")  # a capitalised word after them may open its clause
_RELATIVE_OR_THAT: Final = RELATIVE_PRONOUNS | {"that"}
_SUBJECT_PRONOUNS: Final = GRAMMAR["subject_pronouns"]
# the subject pronouns of a quotation's tag ('"…," it read', '"…," she went on')
_TAG_PRONOUNS: Final = GRAMMAR["tag_pronouns"]
_TAG_PARTICLES: Final = GRAMMAR["tag_particles"]  # after a tag's verb: "went on", "shot back"
# subjects that name nobody: "There's a catch: …", "This is the point: …", "It was simple: …"
_EXPLETIVES: Final = GRAMMAR["expletives"]
_INTRODUCING_WORDS: Final = 12  # at most this many tokens from a subject to the colon that opens its quotation
_AGENT_MARKS: Final = GRAMMAR["agent_marks"]  # in a clause before a colon, they name another speaker
_VERBS_AFTER_SUBJECT: Final = GRAMMAR["verbs_after_subject"]
_NON_FINITE: Final = GRAMMAR["non_finite_markers"]  # before a cue in the infinitive or the gerund
_FINITE: Final = _VERBS_AFTER_SUBJECT | GRAMMAR["finite_modals"]
# open an aside between a subject and its cue ("Lo, in an essay, said"; "Lo, like Ruiz, voted"), not an
# affiliation ("Lo, of the Acme Institute, said", "Lo, at 34, …", "Lo, from Ohio, …", "Lo, with Acme, …")
_ASIDE_OPENERS: Final = GRAMMAR["aside_openers"]
# after a relative clause's comma, the main clause goes on: "urged Ruiz, who vowed …, to reject it", "…, and"
_RELATIVE_LEAVES: Final = GRAMMAR["relative_leaves"]
_LONG_DASHES: Final = frozenset({"—", "–"})
_AS_OPENERS: Final = _LONG_DASHES | {","}  # before "as" + a source and its cue closing the sentence
_SENTENCE_ADVERBS: Final = GRAMMAR["sentence_adverbs"]
# before a participle whose subject is the main clause's: "…, before insisting", "while also saying"
_SUBORDINATORS: Final = GRAMMAR["subordinators"]
_GERUND_PREPOSITIONS: Final = GRAMMAR["gerund_prepositions"]  # "In asking …, Lo noted": an opening gerund's
# open a clause with a subject of its own, which a later "and asked" shares
_CLAUSE_OPENERS: Final = GRAMMAR["clause_openers"]
_CONTRASTS: Final = GRAMMAR["contrasts"]
# before a "what" clause that opens a clause of the sentence ("and what Lo said was false"), not an object
_CLAUSE_CONTINUERS: Final = _CONTRASTS | _CLAUSE_OPENERS | GRAMMAR["clause_continuers"]
# after a dash these go on with what was said ("— or at least his version of", "— especially when", "— not just"):
# on PolNeAR's dev fold the annotated content ran on over the dash 16 times, ended there 3
_DASH_GOES_ON: Final = GRAMMAR["dash_goes_on"]
_CONTENT_STOPS: Final = frozenset({",", ";", "—", "–"})  # a dash opens the writer's aside; a comma, before a contrast
# words after "to" that open a noun phrase, not an infinitive ("pledged to the crowd", "to them")
_NOT_VERBS: Final = GRAMMAR["not_verbs"]
_CLAUSE_MARKS: Final = frozenset({":", ";"})  # "…: a, b; doubts about …": a clause of its own, not an opening phrase
_CONTINUE_FORMS: Final = GRAMMAR["continue_forms"]  # "continued to" + a verb: no speech act
_SAY_FORMS: Final = GRAMMAR["say_forms"]  # "said to applause": no infinitive follows "said" in the active
# open a sentence with a clause whose comma ends a content inside it ("While Lo said the plan was dead, the
# party …"): of 58 such contents on PolNeAR's dev fold the annotated one ends there 48 times, earlier 5, later 5;
# judged on outside news, 25 of 26 right. Not "as": "As Lo put it, …" opens the content
_OPENING_CLAUSES: Final = GRAMMAR["opening_clauses"]
# words that open a phrase of the writer's before the subject, besides prepositions, -ing and -ly words
_OPENING_WORDS: Final = _OPENING_CLAUSES | GRAMMAR["opening_words"]
_BE: Final = GRAMMAR["be"]
# the pronouns that stand for someone who can hold a position ("it" and "this" stand for things as often)
_HOLDER_PRONOUNS: Final = _SUBJECT_PRONOUNS | GRAMMAR["holder_pronouns"]
# auxiliaries of the lexicon that are a subject of their own when they open a clause ("Both said", "and both vowed")
_FLOATING: Final = GRAMMAR["floating"]
_JOINING: Final = frozenset(("and", "or", "of"))  # words inside one noun phrase
_NO_OPENERS: Final = frozenset(("about", "of", "to"))  # prepositions that open a count or an aim, not a setting
_SERVING_ROLES: Final = GRAMMAR["serving_roles"]  # "an aide to the governor": the one served follows
_DEGREE_WORDS: Final = GRAMMAR["degree_words"]  # "most recently said": the degree of the adverb after it
# telling verbs in the passive: the subject is the hearer, and the teller goes unnamed ("we are told that",
# "residents were warned that")
_HEARER_PASSIVES: Final = GRAMMAR["hearer_passives"]
# telling verbs: a cue whose subject stands in what was told, before its first mark, is part of it (`writer_cues`)
_TELLING: Final = _HEARER_PASSIVES | GRAMMAR["telling"]
# words that show a clause has begun before a subject pronoun after a telling verb's hearer
# ("told the story of how he …", "warned of the fight ahead: …", "told him to …": a topic or an order, no hearer)
_HEARER_REACH: Final = (
    16  # the words of a hearer and its setting: "a packed crowd in Windham, New Hampshire, on Monday"
)
_HEARER_STOPS: Final = GRAMMAR["hearer_stops"]
# the marks that end the clause a telling verb or a "that" reports, for `writer_cues`: past them the writer may go on
# in his own voice ("told reporters she won't run, even though critics doubt it")
_TOLD_ENDS: Final = frozenset({",", ";", ":", "(", "-", "--", "\u2013", "\u2014"}) | _CLOSING_QUOTES
_REPEATS: Final = GRAMMAR["repeats"]  # adverbs after a passive of telling
_TOPIC_PREPOSITIONS: Final = GRAMMAR["topic_prepositions"]
# "it" and one of these (or "has/had been") before a cue and "that": an impersonal passive ("it is reported that")
_IMPERSONAL_BE: Final = GRAMMAR["impersonal_be"]
_PERFECT: Final = GRAMMAR["perfect"]
# before a participle cue: "was asked by", "when asked by"
_BE_OR_WHEN: Final = _BE | GRAMMAR["bare_participle_openers"]
_AGENT_CLAUSES: Final = GRAMMAR["agent_clauses"]  # open what a passive's agent said ("asked by Lo whether")
_AGENT_GAP: Final = 6  # at most this many tokens between a passive cue and the "by" of its agent
# a passive's complement holds none of these before its agent's "by" ("was labeled as a 'hoax' by"): past
# them, "by" belongs to another clause ("was criticized after a vote backed by Ruiz")
_AGENT_GAP_STOPS: Final = (
    _CLAUSE_END | RELATIVE_PRONOUNS | _CLAUSE_OPENERS | _SUBORDINATORS | GRAMMAR["agent_gap_links"]
)
# adverbs between "be" and a participle cue besides those in "-ly" ("was first reported", "is often asked")
_PASSIVE_ADVERBS: Final = GRAMMAR["passive_adverbs"]
_SOURCE_AFTER_REACH: Final = 10  # the tokens a source read after its cue may take before its closing comma (k35)
# one adverb between a comma and a participle cue: ", also seeking", ", later adding", ", first saying" (k35)
_PARTICIPLE_ADVERBS: Final = _LEADERS | GRAMMAR["participle_adverbs"]
_BE_CHAIN: Final = _BE | _PERFECT | _PASSIVE_ADVERBS  # "it has been widely reported by": back to its "it"
_PARTICIPLE_OPENERS: Final = GRAMMAR["participle_openers"]  # "as mentioned in a report by", "when asked on air by"
_PREPOSITIONS: Final = GRAMMAR["prepositions"]
# after an impersonal passive cue ("it was revealed …"): at most this many tokens before its "that" ("in March
# that"), and the words that open no bare clause after it ("it was reported to police", "it is believed to be")
_CLAUSE_GAP: Final = 5
_NO_CLAUSE_OPENERS: Final = _PREPOSITIONS | GRAMMAR["no_clause_openers"]
_PARTY: Final = re.compile(r"[A-Z]-[A-Z]")  # "R-Tex.", "D-Ore."
# the words of a cue's addressee, time and place ("told reporters", "said in a statement last week")
_CIRCUMSTANCES: Final = GRAMMAR["circumstances"]
# the setting between a cue and its "that" ("told Politico on Tuesday that"): at most this many tokens
_SETTING_REACH: Final = 10
# ", a move that could …": a noun phrase after a comma, summing up what precedes it with a relative clause;
# on PolNeAR's dev fold the annotated content ended there 19 times and ran on 2 (`_summing_appositives`)
_OCCASION_OPENERS: Final = GRAMMAR["occasion_openers"]  # "…," he said when asked about it
_SUMMING: Final = GRAMMAR["summing"]
_SUMMING_RELATIVES: Final = GRAMMAR["summing_relatives"]
_SUMMING_REACH: Final = 6  # at most this many words between the determiner and its relative pronoun
_OBJECT_REACH: Final = 20  # a cue's object before "and" and the source's next verb is shorter than this
_COMPLEMENTIZERS: Final = GRAMMAR["complementizers"]
_ASIDE_MARKS: Final = frozenset({",", "—", "–", "-", "--"})
_OCCASIONS: Final = _CIRCUMSTANCES - GRAMMAR["articles"]  # "on Sunday", "in a later interview": a time or an occasion
_NOT_TIMES: Final = GRAMMAR["not_time_stops"]  # words of `after_source_stops` that are no time
# "Lo on Sunday said", "Lo at noon said": a time after the subject
_TIME_PREPOSITIONS: Final = GRAMMAR["time_prepositions"]
# a day between a subject and its verb, alone or after `_TIME_PREPOSITIONS` ("Lo Tuesday said", "the ministry
# yesterday said"); not "today", as often these days as this day ("Clinton defenders today argue")
_BARE_TIMES: Final = GRAMMAR["bare_times"]
_LOWER_TIMES: Final = GRAMMAR["lower_times"]  # written in lower case when they are times
_RELATIVE_TIMES: Final = GRAMMAR["relative_times"]  # "Lo this week said", "the ministry last month warned"
_PERIODS: Final = GRAMMAR["periods"]
_FINITE_AUXILIARIES: Final = GRAMMAR["finite_auxiliaries"]
# nouns in "-ly", no adverbs: "a member of the family suggested"
_LY_NOUNS: Final = GRAMMAR["ly_nouns"]
_STRETCHES: Final = GRAMMAR["stretches"]  # "has for months been warning"
# "two weeks ago", "less than a month ago": a count of periods before "ago", and the words that hedge it
_COUNTS: Final = GRAMMAR["counts"]
_ROUGHLY: Final = GRAMMAR["roughly"]
_ARTICLES: Final = GRAMMAR["articles"]
# a noun cue's possessor before it ("Lo's claim that", "his claim that") and the words that join a clause's verbs
_POSSESSIVE_MARKS: Final = GRAMMAR["possessive_marks"]
_POSSESSIVE_DETERMINERS: Final = GRAMMAR["possessive_determiners"]
_CLAUSE_LINKS: Final = GRAMMAR["clause_links"]
# words a noun cue's modifiers never cross back ("their probe into allegations that": not "their"), and the words
# after a voicing verb that show a relative "that" ("the assurances that officials made to him"): no object follows
_NOUN_STOPS: Final = GRAMMAR["noun_stops"]
_PARTICLES: Final = GRAMMAR["particles"]  # "put out a statement", "sent off a letter"
_SHIFTS: Final = GRAMMAR["shifts"]  # "Priebus later Thursday told": a day before or after another
# between a subject and its verb, a stretch of time or an occasion: "at the time", "over the weekend", "in a
# speech" (`_closing_span`)
_SPAN_OPENERS: Final = GRAMMAR["span_openers"]
_SPAN_DETERMINERS: Final = GRAMMAR["span_determiners"]
_UTTERANCES: Final = GRAMMAR["utterances"]
# before a day that is no time of the subject's saying: a participle's ("released Sunday", "out Monday", "sent
# Friday"), a determiner's or a preposition's ("a Sunday", "in Wednesday's debate"), a time's ("later Thursday")
_NOT_BEFORE_DAY: Final = GRAMMAR["not_before_day"]


class Attribution(NamedTuple):
    """One attributed statement: the cue, the source phrase, its kind and the content credited to it.

    A named tuple, like `Match`: an article has several, and a frozen dataclass costs more to build.
    Token ranges are [first, last); (0, 0) when absent.
    """

    sentence: int
    kind: str  # named | anonymous | vague | state_media
    cue: str  # the lexicon entry of the cue ("" for a self-attributing phrase)
    cue_tokens: tuple[int, int]
    source_tokens: tuple[int, int]
    loaded: bool  # the cue editorialises ("claimed", "admitted")
    content_tokens: tuple[int, int] = _NO_CONTENT


# Attribution(*fields) without the named tuple's Python-level `__new__` (a frame of the interpreter per
# attribution): all seven fields are given at every place that builds one
_new_attribution: Final = partial(tuple.__new__, Attribution)


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


# '…."  - Ana Ruiz.': a quotation signed after a dash. One pattern per quotation mark: a pattern that opens with
# a literal character is searched by a fast scan for that character, one that opens with a class of characters
# tests the class at every character of the text (2% of the rules' instructions on real news). A mark the text
# lacks is ruled out by a substring test first, a scan several times cheaper than the pattern's
_SIGNATURES: Final = tuple((mark, re.compile(mark + r"\s*(?:--|[-—–])\s?[A-Z]")) for mark in "\"”’'")
_QUOTE_ENDS: Final = frozenset(".,?!…")


def _signature_sentences(doc: Doc) -> dict[int, int]:
    """Sentence -> the dash in it that signs a quotation ('"We will not yield."  - Ana Ruiz.'), found
    by a search of the text first: most articles have none."""
    out: dict[int, int] = {}
    text = doc.text
    if not any(mark in text and signature.search(text) for mark, signature in _SIGNATURES):
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
        try:
            comma = tokens.index(",", s0 + 2, min(s1, s0 + 9))
        except ValueError:
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
    within thirteen tokens and at least four tokens after it. A search of the text first: most articles have no
    "In … poll" at all; then the sentences' first tokens."""
    out: dict[int, int] = {}
    if not nouns or _survey_opening(nouns).search(doc.text) is None:
        return out
    tokens = doc.tokens
    for sentence, (k, s1) in enumerate(doc.sentence_tokens):  # k: the sentence's first token
        if tokens[k] != "In":
            continue
        try:
            comma = tokens.index(",", k + 2, min(s1, k + 14))
        except ValueError:
            continue
        words = {_lower(t) for t in tokens[k + 1 : comma]}
        if s1 - comma > 4 and not words.isdisjoint(nouns) and words.isdisjoint(_SURVEY_STOPS):
            out[sentence] = comma
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


class _Reader(KindRules):
    """One document's attribution reading: the lexicon's words and the constructions above."""

    def __init__(
        self, doc: Doc, cue_direction: dict[tuple[str, str], str], language: LanguageSpec, roles: dict[str, str]
    ):
        self.doc, self.tokens, self.cue_direction, self.lang = doc, doc.tokens, cue_direction, words_of(language)
        self.roles = roles
        self.kind_of = {sid: role for sid, role in roles.items() if role in KIND_ROLES}
        self.back_stops = language.source_stops
        self.forward_stops = language.source_stops | language.after_source_stops
        self.discourse = _discourse_index(language.discourse_phrases)
        self.labels = _squeezed(language.line_labels)
        self.previous: list[tuple[str, bool, int]] = []  # earlier sources, for "he", "they", "the official"
        self.heads: dict[tuple[int, int], int] = {}
        self.spaced_words = self.words_after_lower = self.words_after_title = None  # a long text's, when asked
        self.spaced_found: dict[str, bool] = {}  # an article's answers, per word asked
        self.after_lower_found: dict[str, bool] = {}
        self.several_by_words = several_memo(language)
        self.colons = _colon_sentences(doc)
        self.tagged = _tag_sentences(doc)
        self.signatures = _signature_sentences(doc)
        self.viewpoints = _viewpoint_sentences(doc)  # and the surveys opening a sentence, read alike
        self.viewpoints.update(_survey_sentences(doc, language.survey_nouns))
        self.citations = _survey_citations(doc, language.survey_nouns)  # "… in the latest CNN poll"
        self.structured = False  # set by `_backward`: it read an appositive or relative clause

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
                if m.last - m.first > 2 and _lower(tokens[m.last - 2]) == "to" and m.last - 1 in verbs:
                    purpose.add(m.last - 1)
                    continue
                # past the rest of the formula: "[who spoke on condition] of anonymity to"
                for k in range(m.last, min(m.last + 3, s1 - 1)):
                    if _lower(tokens[k]) == "to" and k + 1 in verbs:
                        purpose.update((k, k + 1))
                    if _lower(tokens[k]) == "to" or is_punct(tokens[k]):
                        break
            inside |= purpose
            inside.difference_update(
                m.first for m in found if m.first in inside and self.cue_direction.get((m.signal, m.entry)) == "after"
            )
        cues: list[Match] = []
        rejected: set[int] = set()  # lexicon cues the rules turned down: no labeller may take them back
        for k, m in enumerate(found):
            if k + 1 < len(found) and found[k + 1].first == m.last:
                if m.last - m.first == 1 and self.tokens[m.first].endswith("ly"):
                    continue  # "Officials reportedly said": one attribution, the verb's
                if _lower(self.tokens[m.last - 1]) == "to" and not self.tokens[m.last].endswith(("ed", "ing")):
                    found[k + 1] = found[k + 1]._replace(first=m.first)
                    continue  # "Lo went on to discuss": one attribution, the infinitive's, its cue the whole phrase
            if (
                _lower(self.tokens[m.first]) in _PREPOSITIONS
                and any(_lower(self.tokens[v.first]) not in _PREPOSITIONS for v in found)
                or m.first in inside
                or m.first == s0
                and m.last < s1
                and self.tokens[m.last] == ":"  # "Revealed: …", "Pledged: 781": a label opening its line
                or cues
                and m.first < cues[-1].last
                or self._discourse(m.first, s0, s1)
                or self._imperative(s0, m)
                or m.first > s0
                and self.tokens[m.first].endswith("ed")  # first: most cues ("said", "says") end otherwise
                and norm(self.tokens[m.first]) not in _HEARER_PASSIVES  # "we were warned that": read as "told" is
                and self._passive(s0, m)
                and self.cue_direction.get((m.signal, m.entry)) != "none"  # "is expected to": a passive by design
                and self._agent(m, s1, self._passive(s0, m, strict=True)) < 0
                and not self._impersonal(s0, s1, m)
                or self.cue_direction.get((m.signal, m.entry)) == "noun"
                and _lower(self.tokens[m.last - 1]) in _AGENT_MARKS
                and self._noun_agent(m, s1, kinds, found)[1] == _NO_CONTENT  # "the comment by insisting that"
            ):
                rejected.update(range(m.first, m.last))
                # overlapping cues ("said in", "in an interview") count once; "was attacked" is passive;
                # "In an interview, Lo said": a cue opening with a preposition frames a verb cue's attribution
                continue
            cues.append(m)
        self.cue_tokens = set()
        # a weak cue in a relative clause after an inverted source is part of the source: "said Lo, who supports Ruiz"
        self.strong_cue_tokens: set[int] = set()
        for m in cues:  # one pass for both: most sentences have one cue or two
            self.cue_tokens.update(range(m.first, m.last))
            if m.weight >= 1:
                self.strong_cue_tokens.update(range(m.first, m.last))
        out: list[Attribution] = []
        used: set[int] = set()
        if colon is not None:  # "Ruiz: Plant Will Close", "RUIZ: We will not yield", '… - Ed Lo: “…”'
            source = (
                self._after_dateline(s0, colon) if colon < s0 + 7 else self._name_start_before_colon(s0, colon),
                colon,
            )
            kind = self._marked_kind(source, kinds, anonymous, used)
            out.append(_new_attribution((sentence, kind, ":", (colon, colon + 1), source, False, (colon + 1, s1))))
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
                rejected.update(range(cue.first, cue.last))
                continue  # "Lo said little, according to an aide": the aide's content holds Lo's words
            if cue.weight < 1 and (
                (self.tokens[cue.first - 1] != "," or self.cue_direction.get((cue.signal, cue.entry)) == "holder")
                and any(a <= cue.first < b for a, b in strong)
                or any(a <= cue.first < b for a, b in self.spoken)
            ):
                rejected.update(range(cue.first, cue.last))
                continue  # "Lo says she wants to …": a weak cue inside a content is what the source said
                # (", calling it a trap" after the cue is the speaker's own act: it stays); "said Lo, who
                # supports Ruiz": a weak cue inside a source describes the speaker
            direction = self.cue_direction.get((cue.signal, cue.entry), "either")
            # a verb of stance or intention ("is looking to", "came out against") is read as any verb cue, and
            # kept only when its source can hold a position: no cue when the subject is a thing or is missing
            holder = direction == "holder"
            if holder:
                direction = "either"
            hearer = (
                direction != "after"
                and cue.first > s0
                and norm(self.tokens[cue.first]) in _HEARER_PASSIVES
                and self._passive(s0, cue)
            )
            if hearer and not self._told_something(cue.last, s1):
                rejected.update(range(cue.first, cue.last))
                continue  # "the union had been told.", "was warned twice about the leak": nothing is reported
            if hearer or direction != "after" and self._impersonal(s0, s1, cue):
                direction = "none"  # "It is reported that …", "we are told that …": a report with no source
            # the agent first: most cues have no "by" after them
            agent = self._agent(cue, s1, self._passive(s0, cue, strict=True)) if direction != "noun" else -1
            if direction == "noun" and _lower(self.tokens[cue.last - 1]) in _AGENT_MARKS:
                # "an admission by German officials that …", "claims from the ADL that …": the agent is the source
                source, content = self._noun_agent(cue, s1, kinds, cues)
            elif direction == "noun":  # "Lo's accusation that …": the noun's holder, or nobody
                source = self._noun_source(s0, cue.first, kinds)
                content = (
                    _NO_CONTENT if self._relative_voicing(cue, s1) else (cue.last, self._content_end(cue.last, s1))
                )
            elif agent >= 0 and (norm(self.tokens[cue.first - 1]) in _BE and cue.first > s0 or self._participle(cue)):
                # "The plan was criticized by Ruiz", "measures added by Republicans", "Asked by Lo": the agent
                # after "by" speaks about the subject ("Lo was asked by a host": the host, though "was asked" alone
                # names nobody)
                direction = "after"
                source, content = self._source_and_content(s0, s1, cue._replace(last=agent + 1), direction)
                if cue.first > s0 and self._reduced_participle(cue):
                    end = self._agent_end(*source, self.tokens[cue.first - 1] == ",")
                    if end < source[1]:  # "Rebel groups backed by Ankara have no choice": the main verb ends the agent
                        source, content = (source[0], end), (s0, cue.first)
            else:
                source, content = self._source_and_content(s0, s1, cue, direction)
            if holder and (
                not self._holder(*source, kinds)
                or _gerund(self.tokens[cue.first])
                and self.tokens[cue.first - 1] != ","
                and norm(self.tokens[cue.first - 1]) not in _BE
            ):
                rejected.update(range(cue.first, cue.last))
                continue  # "a bill that aims to cap rents": nobody holds the position; "T-shirts portraying
                # Sanders": a participle after a noun describes the thing
            if direction not in ("after", "noun") and source[0] < source[1]:
                if self._article_before(source, cue.first):
                    rejected.update(range(cue.first, cue.last))
                    continue  # "the newly identified emails", "the questioning will start": a noun's modifier
                if source[1] - source[0] == 1 and _lower(self.tokens[source[0]]) == "there":
                    source = self._existential(source[0], cue.first)  # "there is evidence suggesting …"
                    if source[0] == source[1]:
                        direction = "none"  # "There were complaints that …": nobody named, vague
            prepositional = (
                source[0] < source[1] and self.tokens[source[0]] in _PREPOSITIONS and not self._approximate(source[0])
            )
            if prepositional and direction != "after":
                source = self._subject_past_phrase(s0, source, cue.first)
                prepositional = source[0] < source[1] and self.tokens[source[0]] in _PREPOSITIONS
            if content == _NO_CONTENT or prepositional or self._nested(source, cue_ends):
                rejected.update(range(cue.first, cue.last))
                continue  # "what Baker said" is the writer's; "on NBC's morning show that": a noun;
                # "Lo said he believes …": what Lo said
            if content[0] == cue.last and _lower(self.tokens[cue.last - 1]) == "that":
                content = (content[0], self._noun_subject_end(s0, source, cue.first, content))
            # a passive that names nobody ("is widely expected to") is vague, and no antecedent of "he"
            vague = direction == "none" or direction == "noun" and source[0] == source[1]
            kind = "vague" if vague else self._marked_kind(source, kinds, anonymous, used)
            self.spoken.append(source)
            cue_ends.add(cue.last)
            if cue.weight >= 1:
                strong.append(content)
            out.append(
                _new_attribution(
                    (
                        sentence,
                        kind,
                        cue.entry,
                        (cue.first, cue.last),
                        source,
                        self.roles[cue.signal] == "loaded_cue",
                        content,
                    )
                )
            )
        if labelled is not None:
            self._labelled(sentence, labelled, out, rejected, kinds, anonymous, used)
        # anonymity phrases, state-media citations and multi-word vague attributions ("media reports",
        # "some say") attribute a sentence even without a cue; a lone "experts" needs one
        for m in kinds:
            kind = kind_of[m.signal]
            if kind != "state_media" and self._term_describes_name(m.first, m.last, m.first, m.last):
                kind = "named"  # "Alex Conant, a senior aide …": the name's
            if kind == "anonymous" and purpose and not out:
                # "The officials spoke on condition of anonymity to discuss the talks.": how they spoke, no more
                continue
            if id(m) in used or (kind in _LONE_KINDS and m.last - m.first < 2) or any(a.kind == kind for a in out):
                # an anonymity phrase is about the sentence's anonymous source; "records show" is a source
                # of its own beside "experts say" ("…, records show, and aviation experts say …")
                if not (kind == "vague" and id(m) not in used and m.last - m.first > 1 and self._free(m, out)):
                    continue
            content = (m.last, s1) if s1 - m.last >= m.first - s0 else (s0, m.first)
            out.append(_new_attribution((sentence, kind, "", (m.first, m.first), (m.first, m.last), False, content)))
        return self._cut_contents(out) if len(out) > 1 else out

    def _article_before(self, source: tuple[int, int], cue: int) -> bool:
        """Does the source read back end with an article right before a cue in "-ed", past -ly adverbs ("The newly
        identified emails", "coupled with the previously announced absence")? The participle modifies a noun."""
        if not self.tokens[cue].endswith("ed"):
            return False  # "the warning from Lo", "a claim that …": a noun cue with an article is a cue
        k = cue
        while k > source[1] and self.tokens[k - 1].endswith("ly") and self.tokens[k - 1] not in _LY_NOUNS:
            k -= 1
        return k == source[1] and _lower(self.tokens[k - 1]) in _ARTICLES

    def _noun_subject_end(self, s0: int, source: tuple[int, int], cue: int, content: tuple[int, int]) -> int:
        """Where the clause after a noun cue's "that" ends when the noun opens the sentence's subject ("Lo's claim
        that the port is failing is false", "The accusation that he lied was absurd"): before the sentence's
        main verb, a finite auxiliary or form of "be" that follows the clause's own verb straight after a word
        that is no verb, "and", "or", "not" or mark ("… is failing | is false"); the verdict after it is the
        writer's. The content's end when the noun is no subject (nothing but its possessor or an article before
        it) or no such verb follows."""
        tokens = self.tokens
        c0, c1 = content
        before = _lower(tokens[cue - 1]) if cue > s0 else ""
        possessor = source[0] == s0 < source[1] == cue and (
            tokens[cue - 1] in _POSSESSIVE_MARKS or before in _POSSESSIVE_DETERMINERS
        )
        if not (possessor or cue == s0 + 1 and before in _ARTICLES):
            return c1
        verb = False
        for j in range(c0 + 1, c1):
            word = _lower(tokens[j])
            if word in _FINITE:
                previous = _lower(tokens[j - 1])
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

    def _noun_source(self, s0: int, cue: int, kinds: list[Match]) -> tuple[int, int]:
        """The source of a noun cue (`source = "noun"`: "accusation that", "speculation that"): its possessor
        ("Lo's accusation that", "his insistence that", "Lo's nagging concern that"), else the subject of a
        `voicing_verbs` word before the noun and its article or modifiers when that subject can speak ("Lo made
        the accusation that", "many harbor suspicions that"), else none: "amid speculation that", "dismissed
        the allegations that", "The vote raised questions about whether" (a vague attribution, no phrase). Never
        a clause-initial participle or an adverbial before the noun ("Batting down allegations that")."""
        tokens, lang = self.tokens, self.lang
        k = cue
        while k > s0 and cue - k < 3:  # up to three modifiers: "new", "growing", "bombshell", "repeated"
            word = tokens[k - 1]
            lower = _lower(word)
            if (
                not word.isalpha()
                or not word.islower()
                or lower in _ARTICLES
                or lower in _POSSESSIVE_DETERMINERS
                or lower in _PREPOSITIONS
                or lower in _NOUN_STOPS
                or lower in lang.determiners
                or lower in self.back_stops
                or lower in lang.voicing_verbs
                and not (
                    k - 1 > s0
                    and (_lower(tokens[k - 2]) in _POSSESSIVE_DETERMINERS or tokens[k - 2] in _POSSESSIVE_MARKS)
                )
            ):
                break
            k -= 1
        if k > s0 and tokens[k - 1] in _POSSESSIVE_MARKS:
            return self._possessor(s0, k - 1)
        if k > s0 and _lower(tokens[k - 1]) in _POSSESSIVE_DETERMINERS:
            return (k - 1, k)
        if k > s0 and (_lower(tokens[k - 1]) in _ARTICLES or _lower(tokens[k - 1]) in lang.determiners):
            k -= 1
        if k > s0 + 1 and _lower(tokens[k - 1]) in lang.voicing_verbs:
            subject = self._backward(s0, k - 1)
            if subject[0] < subject[1] and tokens[subject[0]] not in _PREPOSITIONS and self._may_speak(*subject, kinds):
                return subject
        return (cue, cue)

    def _noun_agent(
        self, cue: Match, s1: int, kinds: list[Match], cues: list[Match]
    ) -> tuple[tuple[int, int], tuple[int, int]]:
        """The source and content of a noun cue that ends in "by" or "from" (`source = "noun"`: "an admission by
        German officials that …", "a warning from Zelensky that …"): the agent is the words up to a "that" at most
        six words on, with no mark, auxiliary, relative pronoun or cue between ("a report from Italy claims that" is
        the report's own claim); the content is the clause after "that". No attribution when the agent opens with a
        preposition or a gerund, or neither can speak nor ends in a plural noun ("the comment by insisting that",
        "an accusation from decades ago that the accuser …": the "that" is a relative pronoun there; "claims by
        intelligence agencies that" has its plural), when no such "that" follows, or when a verb follows it ("claims
        by officials that were retracted")."""
        tokens = self.tokens
        a = cue.last
        for t in range(a + 1, min(a + 7, s1)):
            word = _lower(tokens[t])
            if word == "that":
                after = _lower(tokens[t + 1]) if t + 1 < s1 else "."
                head = tokens[t - 1]
                plural = head.isalpha() and head.islower() and head.endswith("s") and head not in _SPANS_OF_TIME
                if (
                    is_punct(after)
                    or after in _FINITE
                    or after in _NOUN_STOPS
                    or tokens[a] in _PREPOSITIONS
                    or _gerund(tokens[a])
                    or not (plural or self._may_speak(a, t, kinds))
                ):
                    break
                return (a, t), (t + 1, self._content_end(t + 1, s1))
            if (
                is_punct(tokens[t])
                and tokens[t] not in _POSSESSIVE_MARKS
                and not self._abbreviation(t)  # "Ms. Okafor's office"
                or word in _FINITE
                or word in _BE
                or word in _RELATIVE_OR_THAT
                or any(m.first == t for m in cues)
            ):
                break
        return (cue.last, cue.last), _NO_CONTENT

    def _possessor(self, s0: int, mark: int) -> tuple[int, int]:
        """The possessor before the possessive mark at `mark`, with its mark: back to an article or determiner
        within five words ("the Ukrainian government's", "a Fox News interviewer's"), else the run of capitalised
        words before the mark ("Gov. Chris Christie's", "Trump's"), else the one word before it ("officials'")."""
        tokens, lang = self.tokens, self.lang
        for i in range(mark - 1, max(s0, mark - 6) - 1, -1):
            word = _lower(tokens[i])
            if word in _ARTICLES or word in lang.determiners:
                return (i, mark + 1) if i < mark - 1 else (mark, mark)
            if is_punct(tokens[i]) or word in _PREPOSITIONS or word in _NOUN_STOPS or word in self.back_stops:
                break
        i = mark
        while i > s0 and (tokens[i - 1][:1].isupper() and tokens[i - 1].isalpha() or self._abbreviation(i - 1)):
            i -= 1  # "Gov. Chris Christie's": the period of an abbreviation is a token of its own
        if i == mark and mark > s0 and tokens[mark - 1].isalpha():
            i = mark - 1
        return (i, mark + 1) if i < mark else (mark, mark)

    def _relative_voicing(self, cue: Match, s1: int) -> bool:
        """Is the noun cue's "that" a relative pronoun whose clause is about making the statement ("the assurances
        that Obama's aides made.", "allegations that executives made to him about …"): a `voicing_verbs` word
        within four words of "that", then a mark, a preposition, a finite verb ("… made were false") or the
        sentence's end instead of an object."""
        tokens = self.tokens
        for j in range(cue.last + 1, min(cue.last + 5, s1)):
            if is_punct(tokens[j]):
                return False
            if _lower(tokens[j]) in self.lang.voicing_verbs:
                after = _lower(tokens[j + 1]) if j + 1 < s1 else "."
                return is_punct(after) or after in _PREPOSITIONS or after in _NOUN_STOPS or after in _FINITE
        return False

    def _existential(self, there: int, cue: int) -> tuple[int, int]:
        """The source of a cue after an existential "there": the noun phrase after its verb when the cue, in
        "-ing", describes it ("there is anecdotal evidence suggesting …": the evidence), else none ("There
        were complaints that …", "There are better ways to express …": "there" names nobody)."""
        tokens = self.tokens
        k = there + 1
        while k < cue and _lower(tokens[k]) in self.lang.auxiliaries | _BE:
            k += 1
        if (
            there + 1 < k < cue <= k + 4
            and _gerund(tokens[cue])
            and _lower(tokens[k]) != "no"  # "There is no telling when …"
            and not any(is_punct(t) or _lower(t) in _BE for t in tokens[k:cue])
        ):
            return (k, cue)
        return (cue, cue)

    def _cut_contents(self, out: list[Attribution]) -> list[Attribution]:
        """A content ends at a comma that opens another attribution of its sentence ("Lo said the plan was
        dead, saying …", "… was over, he said, and …"): what follows is the other cue's. On PolNeAR's dev
        fold an annotated content ended at ", saying" 43 times and ran on over it 3 times. Sorted places
        and a bisection: a sentence of many cues stays linear."""
        opens = sorted(
            {
                k
                for b in out
                if b.cue_tokens[0] < b.cue_tokens[1]
                for k in (b.cue_tokens[0], b.source_tokens[0])
                if k > 0 and self._after_comma(0, k)
            }
        )
        if not opens:
            return out
        cut = []
        for a in out:
            c0, c1 = a.content_tokens
            ends = opens
            if a.cue == ":":  # "LO: Well, I think …": the speaker's "I think" is part of the turn
                ends = [k for k in opens if not (k + 1 < c1 and _lower(self.tokens[k]) in _SPEAKING)]
            k = index_after(ends, c0)
            # a content before its cue ('"…," Lo said') ends at the cue already
            if c0 >= a.cue_tokens[1] and k < len(ends) and ends[k] < c1:
                a = a._replace(content_tokens=(c0, self._comma_before(ends[k])))
            cut.append(a)
        return cut

    def _subject_past_phrase(self, s0: int, source: tuple[int, int], cue: int) -> tuple[int, int]:
        """The subject that a phrase read back from the cue as its source, one opening with a preposition,
        belongs to: the subject before a time or an occasion ("Sen. Lo (D-Ore.) on Sunday criticized", "who,
        on a call Friday, said"), or a name whose appositive the phrase ends ("Ed Lo, an economist at the
        Institute for Labor, predicted": all of it); `source` when neither holds ("in the hope of")."""
        tokens = self.tokens
        phrase = tokens[source[0] : source[1]]
        if (
            source[0] > s0
            and len(phrase) <= 6
            and "," not in phrase
            and _lower(phrase[0]) in ("on", "in", "at", "during")
            and any(_lower(t) in _OCCASIONS or self._time_word(_lower(t)) for t in phrase[1:])
        ):
            before = source[0] - 1 - (tokens[source[0] - 1] == ",")
            if _lower(tokens[before]) in _RELATIVE_OR_THAT:
                return (before, before + 1)  # "who, on a call Friday, said": PolNeAR's source is "who"
            if _lower(tokens[before]) in ("and", "but"):
                return self._clause_subject(s0, cue)  # "…, but in a later interview said"
            subject = self._backward(s0, source[0])  # the words before the time are the subject's
            return subject if subject[0] < subject[1] else source
        if tokens[cue - 1] == "," and source[0] > s0:
            opening = self._opening_name(self._past_opening(s0, source[0]), cue - 1)
            if opening is not None and opening[0] < source[0]:
                return opening
        return source

    def _past_opening(self, s0: int, end: int) -> int:
        """Where the clause starts after an opening phrase of a few words and its comma ("By contrast, …", "In
        March, …", "As …"), before `end`; `s0` when the sentence opens otherwise."""
        tokens = self.tokens
        word = _lower(tokens[s0])
        if word in _PREPOSITIONS or word in self.lang.sentence_starters or word in self.back_stops:
            head = tokens[s0 : min(end, s0 + 5)]
            if "," in head:
                return s0 + head.index(",") + 1
        return s0

    def _time_word(self, word: str) -> bool:
        """A day or a time among the words a source after its verb ends before ("Sunday", "earlier", "today"),
        not one of their prepositions, conjunctions or verbs."""
        return word in self.lang.after_source_stops and word not in _PREPOSITIONS and word not in _NOT_TIMES

    def _comma_before(self, k: int) -> int:
        """The comma before token `k`, perhaps with one adverb between ("…, also seeking")."""
        return k - 1 if self.tokens[k - 1] == "," else k - 2

    def _labelled(
        self,
        sentence: int,
        labelled: list[tuple[int, int]],
        out: list[Attribution],
        rejected: set[int],
        kinds: list[Match],
        anonymous: list[Match],
        used: set[int],
    ) -> None:
        """Add the labeller's cues that no rule found, each with the source and content the rules read
        for it, as for a lexicon cue read in either direction."""
        taken = [a.cue_tokens for a in out]
        s0 = self.doc.sentence_tokens[sentence][0]
        for c0, c1 in labelled:
            if (
                any(c0 < b and a < c1 for a, b in taken)
                or any(k in rejected for k in range(c0, c1))
                or self._discourse(c0, s0, self.s1)  # "That said, …": the matcher drops the phrase's cue word
            ):
                continue
            source, content = self._source_and_content(s0, self.s1, Match("", "", sentence, c0, c1, 0.0), "either")
            if content == _NO_CONTENT or self._nominal(c0, c1) and not self._may_speak(*source, kinds):
                continue  # "what Baker supported"; "The strike has renewed fears of a wider war"
            kind = self._marked_kind(source, kinds, anonymous, used)
            out.append(
                _new_attribution((sentence, kind, norm(" ".join(self.tokens[c0:c1])), (c0, c1), source, False, content))
            )
        out.sort(key=_cue_first)

    def _agent(self, m: Match, s1: int, gap: bool) -> int:
        """Where "by" opens the agent of the full-weight passive cue `m`, or -1: "by" and a name, a number, a
        determiner or a people noun right after the cue ("was criticized by Ruiz", "was endorsed by the
        union"), or with `gap` (a passive for certain) after a short complement with no verb, clause word or
        comma of its own ("was labeled as a 'witch hunt' by Democrats", "was criticized for the vote by
        colleagues"; there a number is a time: "was promised by 2030"). A weak cue's passive ("was backed
        by") is support, not a statement, more often than not."""
        tokens, lang = self.tokens, self.lang
        if m.weight < 1 and not self._reduced_participle(m):
            return -1
        i = m.last
        while gap and i < s1 and i - m.last <= _AGENT_GAP and _lower(tokens[i]) != "by":
            word = _lower(tokens[i])
            if word in _AGENT_GAP_STOPS or word.endswith(("ed", "ing")):
                return -1
            i += 1
        if i + 1 >= s1 or _lower(tokens[i]) != "by":
            return -1
        if m.weight < 1 and not self._holder(
            i + 1, self._agent_end(i + 1, self._chunk_forward(i + 1, s1), tokens[m.first - 1] == ","), []
        ):
            return -1  # "authorities worried by the increase": a cause, not who holds the stance
        word = _lower(tokens[i + 1])
        agent = (
            tokens[i + 1][0].isupper()
            or word[0].isdigit()
            and i == m.last
            or word in lang.determiners
            or word == "the"
            or word in lang.person_nouns
            or word in lang.group_nouns
        )
        return i if agent else -1

    def _agent_end(self, i: int, j: int, set_off: bool = False) -> int:
        """Where the agent `i`..`j` read after a participle's "by" ends when the participle describes the
        subject of a main clause that follows: before that clause's verb ("the measure endorsed by the mayor
        failed", "Those listed by Walsh included", "groups backed by Ankara have"); at the comma that closes the
        participle's phrase when a comma opened it (`set_off`: "The budget, backed by Ana Ruiz, trims …")."""
        tokens, lang = self.tokens, self.lang
        for k in range(i + 1, j):
            token = tokens[k]
            word = token.lower()
            if (
                token in _DASHES
                or token == ","
                and (
                    k + 1 < j
                    and _lower(tokens[k + 1]) in RELATIVE_PRONOUNS  # "the bill backed by Mr. Trump, which …"
                    or set_off
                    and not (k + 1 < j and tokens[k + 1][0].isupper())  # not "backed by Russia, Iran and …"
                )
            ):
                return k
            if (
                word in _FINITE
                or word in _BE
                or word in lang.auxiliaries
                and word != "both"
                or token in lang.past_forms
            ):
                return self._before_punctuation(i, k)
            before = _lower(tokens[k - 1])
            if (
                token.isalpha()
                and token.islower()
                and word.endswith("ed")
                and before not in lang.determiners
                and before != "the"
                and not before.endswith("ly")
            ):
                return self._before_punctuation(i, k)
        return j

    def _before_punctuation(self, i: int, k: int) -> int:
        while k > i + 1 and is_punct(self.tokens[k - 1]):
            k -= 1
        return k

    def _reduced_participle(self, m: Match) -> bool:
        """Is the cue `m` one participle in "-ed" right after a noun or a comma, with no "be" or adverb before it
        ("the law, opposed by Democrats,", "rebel groups backed by Ankara")? Its agent after "by" holds the
        stance even for a weak cue, whose passive with "be" ("was backed by") stays no attribution."""
        tokens, k = self.tokens, m.first - 1
        if m.last - m.first != 1 or k < 0 or not tokens[m.first].endswith("ed") or not tokens[m.first].islower():
            return False
        before = tokens[k]
        if before == ",":
            return True
        word = norm(before)
        return (
            is_word(before)
            and word not in _BE
            and word not in self.lang.auxiliaries
            and not before.endswith("ly")
            and word not in _PREPOSITIONS
            and word not in self.lang.determiners
        )

    def _marked_kind(self, source: tuple[int, int], kinds: list[Match], anonymous: list[Match], used: set[int]) -> str:
        """The kind of `source`, noting in `used` the kind-match that decided it (a phrase such as "experts"
        that names this source is then no source of its own)."""
        kind, used_kind = self._kind(source, kinds, anonymous)
        if used_kind is not None:
            used.add(used_kind)
        return kind

    def _after_agent(self, i: int, s1: int, cue: Match) -> int | None:
        """Where the content starts when a clause follows the agent of the passive `cue`, ending at `i`: after
        "that" ("was told by Ruiz that the plant …", "It was reported by CNN that he …"), at "whether", "if" or
        "to" ("was asked by a reporter whether …", "was told by Lo to leave"). None when the agent ends the
        clause ("was criticized by Ruiz."): the passive's subject is then what was spoken of. "that" opens what
        was told after a cue of telling unless a verb follows it; after another only when the passive's subject
        is an empty "it" ("It was widely reported by CNN that"): "praised by the mayor, the plan that the
        council adopted" is a relative clause."""
        if i + 1 >= s1:
            return None
        word, tokens = _lower(self.tokens[i]), self.tokens
        if word != "that":
            return i if word in _AGENT_CLAUSES else None
        if norm(tokens[cue.first]) not in _HEARER_PASSIVES and _lower(tokens[cue.last - 2]) != "asked":
            k = cue.first - 1
            while k > 0 and (norm(tokens[k]) in _BE_CHAIN or tokens[k].endswith("ly") and tokens[k].islower()):
                k -= 1
            if _lower(tokens[k]) != "it":
                return None
        told = _lower(tokens[i + 1]) not in self.lang.auxiliaries and tokens[i + 1][:1] not in ("'", "’")
        return i + 1 if told else None

    def _told_something(self, i: int, s1: int) -> bool:
        """Does a passive of telling go on to what was told ("were warned that", "told to leave", "This, we are
        told, will …"), not to nothing or a topic after adverbs ("was warned twice about the leak")?"""
        tokens = self.tokens
        while i < s1 and (
            tokens[i] == "," or tokens[i] in _QUOTE_MARKS or tokens[i].endswith("ly") or norm(tokens[i]) in _REPEATS
        ):
            i += 1
        return i < s1 and is_word(tokens[i]) and norm(tokens[i]) not in _TOPIC_PREPOSITIONS

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
        if i > s0 and norm(tokens[i - 1]) in _BE:
            return True
        if strict and (i == s0 or tokens[i - 1] in _PARTICIPLE_OPENERS):
            return True
        adverb = tokens[i - 1] if i > s0 + 1 else ""
        return (
            m.weight >= 1
            and self.cue_direction.get((m.signal, m.entry)) != "after"  # "is widely reported by": the cue reads on
            and (adverb.endswith("ly") and adverb.islower() or adverb in _PASSIVE_ADVERBS)
            and (norm(tokens[i - 2]) in _BE or strict and tokens[i - 2] in _DASHES)  # "— often labeled as … by"
        )

    def _impersonal(self, s0: int, s1: int, m: Match) -> bool:
        """Is the cue `m` an impersonal passive, "it" and a form of "be" before it and its clause after it ("It is
        reported that", "it has been widely alleged that", "it was revealed in March that", "it was revealed the
        mayor had lied")? Its "it" names nobody; a modal before "be" is the writer's own aside ("It should be
        noted that"). Without "that" the word after the cue must open a clause: "it was reported to police",
        "it was confirmed Tuesday" and "It was reported by Lo" report a thing, not a statement."""
        tokens, i = self.tokens, m.first - 1
        if m.last >= s1:
            return False
        if i > s0 and (tokens[i] in _PASSIVE_ADVERBS or tokens[i].endswith("ly") and tokens[i].islower()):
            i -= 1  # "it was widely reported that"
        if i > s0 and _lower(tokens[i]) == "been" and _lower(tokens[i - 1]) in _PERFECT:
            i -= 1  # "it has been reported that" ("it has said that" is the company's)
        elif i <= s0 or _lower(tokens[i]) not in _IMPERSONAL_BE:
            return False
        return (
            i > s0
            and _lower(tokens[i - 1]) == "it"
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
            word = _lower(tokens[j])
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

    def _participle(self, m: Match) -> bool:
        """Is the cue `m` a past participle in "-ed", alone (a passive without its "be": "the measures added
        by Republicans", "a fact later confirmed by the department", "Asked by a reporter"), after its
        "be" ("was asked", "has been asked") or after "when" ("when asked by a reporter")?"""
        tokens = self.tokens
        word = tokens[m.last - 1]
        return (
            word.endswith("ed")
            and word[1:].islower()
            and (m.last - m.first == 1 or norm(tokens[m.first]) in _BE_OR_WHEN or norm(tokens[m.last - 2]) == "been")
        )

    def _trailing(self, s0: int, cues: list[Match]) -> int:
        """Where a cue that reads its source after it closes the sentence's content after a comma
        ("…, according to two aides"), or -1: the cues before it report what its source told."""
        for m in cues:
            if (
                m.first > s0 + 1
                and self.tokens[m.first - 1] == ","
                and self.cue_direction.get((m.signal, m.entry)) == "after"
                and not self._aside_cue(m)
            ):
                return m.first
        return -1

    def _aside_cue(self, m: Match) -> bool:
        """Is the cue `m`, with its source after it, an aside inside another's content: opened by "and" or "but" (and
        perhaps one adverb) before its comma ("Lo said the plan would fail and even, according to a second official,
        cost more"), or followed, after the comma that closes its source, by the "that" of the content it interrupts
        ("Lo told the jury, according to the Chronicle, that …")? Then it does not close the sentence's content, and
        the cues before it keep theirs (k35)."""
        tokens, s1 = self.tokens, self.s1
        k = m.first - 2  # the word before the cue's comma
        opening = ("and", "but")  # themselves among the adverbs ("and, according to FEMA, it will take months")
        if (
            k > 0
            and _lower(tokens[k]) not in opening
            and (_lower(tokens[k]) in _PARTICIPLE_ADVERBS or tokens[k].endswith("ly") and tokens[k].isalpha())
        ):
            k -= 1
        if _lower(tokens[k]) in opening:
            return True
        comma = next((j for j in range(m.last, min(s1, m.last + _SOURCE_AFTER_REACH)) if tokens[j] == ","), None)
        return comma is not None and comma + 1 < s1 and _lower(tokens[comma + 1]) == "that"

    def _nested(self, source: tuple[int, int], cue_ends: set[int]) -> bool:
        """Does `source` open the that-clause of an earlier cue of the sentence ("Lo noted that Mr. Ruiz
        has mocked …", "Lo told CNN on Tuesday that he believes …"), or is it a lone subject pronoun
        right after one ("Lo said he believes …")? Its cue then reports what the earlier source said,
        inside that content: PolNeAR marks no cue there (`cue_ends`: where the earlier cues end)."""
        a, b = source
        if a >= b or not cue_ends:
            return False
        if a in cue_ends and (
            b - a == 1 and _lower(self.tokens[a]) in _SUBJECT_PRONOUNS or _lower(self.tokens[a - 1]) == "that"
        ):
            return True  # "Lo said he believes", "the poll showed that 54 percent said"
        if _lower(self.tokens[a - 1]) != "that":
            return False
        # "Lo said that Ruiz has mocked", "Lo told CNN on Tuesday that he believes": an addressee or a time between
        for k in range(a - 1, max(a - 6, 0), -1):
            if k in cue_ends:
                return True
            if is_punct(self.tokens[k - 1]):
                return False
        return False

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

    def _speaker_colon(self, s0: int, s1: int, found: list[Match]) -> int | None:
        """The colon after a speaker that opens the sentence, when the sentence is the text's first (a
        headline left in the text: "Ruiz: Plant Will Close") or the speaker is written in capitals (a
        transcript: "RUIZ: We will not yield"); None otherwise, and for a label ("Breaking: …"), a time
        ("11:35"), a verb or a cue before the colon ("Here is the list: …", "Ruiz said: …") or fewer than three
        words after it."""
        tokens = self.tokens
        try:
            colon = tokens.index(":", s0 + 1, min(s1, s0 + 7))
        except ValueError:
            return self._named_colon(s0, s1, found)
        words = [t for t in tokens[s0:colon] if not is_punct(t) or t == "."]
        if (
            not words
            or not words[0][0].isupper()
            or tokens[colon - 1][0].isdigit()
            or any(m.first < colon for m in found)
            or any(_lower(t) in _FINITE or _lower(t) in _BE for t in words)  # "Here is the list: …"
            or "".join(_lower(t) for t in words) in self.labels
            or sum(is_word(t) for t in tokens[colon + 1 : min(s1, colon + 6)]) < 3
        ):
            return None
        if (
            s0 == 0
            and self._may_head(words)
            or self._names_before_quotation(s0, colon, words)
            or len(words) <= 3
            and all(t.isupper() and len(t) > 1 for t in words if t != ".")
        ):
            return colon
        return None

    def _introducing_clause(self, s0: int, s1: int) -> tuple[tuple[int, int], int] | None:
        """The subject and the colon of a clause that introduces a quotation after its colon with no cue of the
        lexicons ("Ruiz delivered a blunt reply: “…”", "On Sunday, Lo went even further: “…”", "The dock
        workers had a message for the council: “…”"): the sentence's subject must be able to speak (a name, a
        pronoun, a person or a group; not "There's a catch: “…”"), the quotation must hold four words or more
        (not a title: 'a new title: “song anthropologist.”') and the colon must stand outside a quotation ('"You
        think: 'They love me.'"'). None otherwise."""
        tokens = self.tokens
        if tokens[s0] in _QUOTE_MARKS:
            return None
        colon = tokens.index(":", s0, s1)  # the first: "One source is Lo: Evidence: “…”" is a list
        if (
            colon + 2 >= s1
            or tokens[colon + 1] not in _QUOTE_MARKS
            or sum(is_word(t) for t in tokens[colon + 2 : s1]) < _DIRECT_QUOTE_MIN_WORDS
        ):
            return None
        if self.doc.in_quote(colon, colon + 1):
            return None
        a, b = self._sentence_subject(s0, colon)
        if (
            not a < b < colon <= b + _INTRODUCING_WORDS
            or any(_lower(t) in _AGENT_MARKS for t in tokens[b:colon])  # "received a reply from Lo: …": Lo's
            or not self._speaker_subject(s0, a, b)
        ):
            return None
        return (a, b), colon

    def _quotation_tag(
        self, s0: int, s1: int, found: list[Match]
    ) -> tuple[tuple[int, int], tuple[int, int], int] | None:
        """The source, the cue and the closing mark of a quotation's tag whose verb no lexicon lists: the
        quotation opens the sentence (or goes on from the one before) and closes with a comma, "?" or "!"
        inside its marks, and the sentence goes on with a subject and its verb ('"…," Lo went on.', '"…," the
        email read.', '"…," he demanded, as …') or a verb and its subject ('"…?" reacted Lo.'), then ends,
        or a comma or another quotation follows. The subject is a pronoun, a name, or "the"/"a" and a noun;
        the verb a lower-case word that is no function word, auxiliary or modal. None otherwise, and when a
        lexicon cue stands after the quotation."""
        tokens, doc = self.tokens, self.doc
        k = last_starting(doc.quotes, s0 + 1)
        if k < 0:
            return None
        q0, close = doc.quotes[k]
        if q0 > s0 + 1 or not s0 < close < s1 - 2 or tokens[close - 1] not in ",?!":
            return None
        if sum(is_word(t) for t in tokens[max(q0, s0) : close]) < _DIRECT_QUOTE_MIN_WORDS:
            return None  # '"Lilyhammer," a new series, …': a title
        if any(m.first > close for m in found):
            return None  # '"…," Lo said', '"…," the spokesman, Ed Lo, said': a lexicon cue, read as any
        i = close + 1
        if self._tag_verb(i):  # '"…?" reacted Lo.', '"…," read the email.'
            return self._tag_end((i + 1, self._tag_subject_end(i + 1, s1)), (i, i + 1), close, s1)
        for v in range(i + 1, min(s1, i + 5)):  # '"…," Lo went on.', '"…," the email read.'
            if self._tag_subject_end(i, v) == v and self._tag_verb(v):
                particle = v + 1 < s1 and _lower(tokens[v + 1]) in _TAG_PARTICLES
                return self._tag_end((i, v), (v, v + 2 if particle else v + 1), close, s1)
        return None

    def _tag_subject_end(self, i: int, end: int) -> int:
        """Where the subject of a quotation's tag that starts at `i` ends, looking no further than `end`: one
        pronoun, "the"/"a" and up to three words, or up to four capitalised words and abbreviations; `i`
        when none starts there."""
        tokens = self.tokens
        word = _lower(tokens[i])
        if word in _TAG_PRONOUNS:
            return i + 1
        j = i
        if word in _ARTICLES:
            j = i + 1
            while j < min(end, i + 4) and tokens[j].isalpha():
                j += 1
            return j if j > i + 1 else i
        while j < min(end, i + 4) and (tokens[j][0].isupper() or self._abbreviation(j)):
            j += 1
        return j

    def _tag_end(
        self, source: tuple[int, int], cue: tuple[int, int], close: int, s1: int
    ) -> tuple[tuple[int, int], tuple[int, int], int] | None:
        """The tag, when its source holds a word and the sentence ends after it or goes on with a comma or a
        quotation; None otherwise."""
        end = max(source[1], cue[1])
        if (
            source[0] == source[1]
            or end < s1
            and self.tokens[end] not in ".,!?"
            and self.tokens[end] not in _QUOTE_MARKS
        ):
            return None
        return source, cue, close

    def _tag_verb(self, k: int) -> bool:
        """Can token `k` be the verb of a quotation's tag: a lower-case word, no function word, auxiliary,
        modal or adverb in "-ly"?"""
        token = self.tokens[k]
        return (
            token.isalpha()
            and token.islower()
            and token not in self.lang.stop_words
            and token not in _FINITE
            and not token.endswith("ly")
            and token not in _CLAUSE_CONTINUERS
            and token not in _SUBORDINATORS
        )

    def _speaker_subject(self, s0: int, a: int, b: int) -> bool:
        """Can the subject [a, b) of a clause that introduces a quotation be its speaker: "he", "she", "they",
        "we"; a noun for people or a body ("the mayor's first questioners", "The campaign"); or a name, one
        word of it only when the article uses it as a name elsewhere ("Ruiz resisted: …", not "Time to buy …:
        “…”" or "Reposted with permission: “…”")."""
        tokens, lang = self.tokens, self.lang
        if b - a == 1 and _lower(tokens[a]) in _SUBJECT_PRONOUNS:
            return _lower(tokens[a]) != "i"  # the writer's "I called up: …" quotes the writer's own memory
        head = self._head(a, b)
        word = norm(tokens[head])
        if word in _EXPLETIVES:
            return False  # "There's a catch: “…”", "This is the point: “…”"
        if self._person_word(head) or word in lang.group_nouns or word in lang.collective_nouns:
            return True
        return capitalised(tokens[head]) and (b - a > 1 or head > s0 or self._surname(tokens[head]))

    def _may_head(self, words: list[str]) -> bool:
        """Can the words before a headline's colon name its speaker? Not when one of them is a common noun in
        lower case that names no person, group or document: a topic ("Florida shooting: …", "ESG in action:
        …"), not a speaker ("German official: …", "GOP report: …"). Title case leaves it open."""
        lang = self.lang
        kinds = (lang.stop_words, lang.person_nouns, lang.group_nouns, lang.document_nouns, lang.collective_nouns)
        return all(
            any(w in words for words in kinds)
            for w in (_lower(t) for t in words if t[0].isalpha() and not t[0].isupper())
        )

    def _named_colon(self, s0: int, s1: int, found: list[Match]) -> int | None:
        """A colon later in the sentence that opens a quotation after a name ('… - Ed Lo and Ana Ruiz: “…”',
        'doesn't surprise pollster Ed Lo: “…”'); None when a cue comes before it (the cue's attribution: "Lo
        told Fox News: “…”") or the name is the object of a preposition ("a message to Lo: “…”")."""
        tokens = self.tokens
        colon = next((k for k in range(s0 + 7, s1 - 1) if tokens[k] == ":" and tokens[k + 1] in _QUOTE_MARKS), None)
        if colon is None or any(m.first < colon for m in found):
            return None
        start = self._name_start_before_colon(s0, colon)
        before = _lower(tokens[start - 1])
        if (
            start == colon
            or before in _PREPOSITIONS
            and before != "from"
            or before in self.back_stops
            or all(t.isupper() for t in tokens[start:colon] if t.isalpha())  # a shout: "… is COLLAPSING: “…”"
        ):
            return None
        return colon

    def _name_start_before_colon(self, s0: int, colon: int) -> int:
        """Where the name before a colon late in the sentence starts: back over capitalised words, initials,
        "and" between names and a bracket ("Rep. Ed Lo (R-S.C.)"), to `colon` itself when none stands there."""
        tokens = self.tokens
        k = colon
        if tokens[k - 1] == ")":
            k = self._bracket_before(s0, k) or k
        while k > s0 + 1 and (
            tokens[k - 1][:1].isupper()
            or tokens[k - 1] == "."
            or tokens[k - 1] == "and"
            and tokens[k - 2][:1].isupper()
        ):
            k -= 1
        while k < colon and not tokens[k][:1].isupper():
            k += 1  # a name starts with a capital
        return k

    def _signed(self, s0: int, s1: int, dash: int) -> tuple[int, int] | None:
        """The name after a dash that signs the quotation before it, up to a comma or the sentence's end
        ('…."  - Ana Ruiz.', '…,"  -Ed Lo, tweeting after the vote.'); None when capitalised words do not
        run there (a heading set off by dashes: '– An immigrant himself –')."""
        tokens = self.tokens
        k = dash + 1
        while k < s1 and k - dash <= 6 and (tokens[k][:1].isupper() or self._abbreviation(k)):
            k += 1
        if k == s1 or tokens[k] == "," or tokens[k] == "." and k + 1 == s1:
            return dash + 1, k
        return None

    def _names_before_quotation(self, s0: int, colon: int, words: list[str]) -> bool:
        """Does a quotation open after the colon, with a name before it ('Ruiz: "We will not yield."', "Ed
        Lo: …") or a document it is taken from ('From the report: "…"')? Not inside a quotation."""
        tokens = self.tokens
        return (
            tokens[colon + 1] in _QUOTE_MARKS
            and tokens[s0] not in _QUOTE_MARKS
            and (all(t[0].isupper() for t in words if is_word(t)) or _lower(words[0]) == "from")
        )

    def _nominal(self, c0: int, c1: int) -> bool:
        """Is the cue [c0, c1) a noun with its object ("fears of", "criticism of"), by the "of" in or after it?"""
        return any(norm(t) == "of" for t in self.tokens[c0 + 1 : min(c1 + 1, self.s1)])

    def _may_speak(self, a: int, b: int, kinds: list[Match]) -> bool:
        """Can the source phrase [a, b) speak: does it hold a name, a pronoun, a person or group noun
        or a sourcing term of the lexicons? A nominal cue no lexicon lists needs such a source ("The
        strike has renewed fears of a wider war" attributes nothing)."""
        if a >= b:
            return False
        if any(m.first < b and a < m.last for m in kinds):
            return True
        tokens, lang = self.tokens, self.lang
        head = norm(tokens[self._head(a, b)])
        if head in lang.naming_words or head in lang.person_nouns or head in lang.group_nouns:
            return True
        first = norm(tokens[a])
        return self._capitalised(list(range(a + 1, b))) or (
            tokens[a][0].isupper() and first not in lang.naming_words and first not in lang.determiners
        )

    def _holder(self, a: int, b: int, kinds: list[Match]) -> bool:
        """Can the source phrase [a, b) hold a position, as a verb of stance or intention asks (`source = "holder"`):
        is its head a sourcing term of the lexicons, a personal pronoun, a person, group or collective noun (a noun
        for people by its ending too: "the mayor", "lobbyists"), or a capitalised name? "This year is looking to be busy", "Such an approach aims to", "the measure embraced by
        House Democrats aims to" and "it aims to" name nobody who holds one."""
        if a >= b:
            return False
        h = self._head(a, b)
        if any(m.first <= h < m.last for m in kinds):
            return True
        word, lang = norm(self.tokens[h]), self.lang
        if word in _HOLDER_PRONOUNS or word in lang.group_nouns or self._person_word(h) or self._bodies(h):
            return True  # "the mayor", "lobbyists", "some groups"
        if _lower(self.tokens[a]) == "those" and a < h and (word.endswith("ed") or word in lang.source_tails):
            return True  # "those polled", "those close to him": people, by what was done to them (k39)
        return word in lang.collective_nouns or (
            self.tokens[h][0].isupper() and word not in lang.naming_words and word not in lang.determiners
        )

    def _approximate(self, k: int) -> bool:
        """ "about half of the voters said", "about 40 percent", "but at least a dozen members told": "about"
        or "at least" before a quantity rounds it, so the source is the quantity's people, not a
        prepositional phrase."""
        tokens = self.tokens
        k += tokens[k] == "at" and k + 1 < len(tokens) and tokens[k + 1] == "least"
        j = k + 1 + (k + 2 < len(tokens) and _lower(tokens[k + 1]) in ("a", "one"))  # "about a third"
        if tokens[k] not in ("about", "least") or j >= len(tokens):
            return False
        word = _lower(tokens[j])
        return word[:1].isdigit() or word in self.lang.group_nouns or word in self.lang.determiners

    def _imperative(self, s0: int, m: Match) -> bool:
        """Is the cue a verb in the imperative, opening its sentence with no subject ("Tell your senator …",
        "Consider the ruling", "Note that …")? It addresses the reader and reports nothing. A bare form only:
        "Said Comey, …" and "Asked about it, Lo said" have their source; "When asked", "In an interview" and
        "According to" open with a function word."""
        word = _lower(self.tokens[m.first])
        return (
            m.first == s0 + (self.tokens[s0] in _QUOTE_MARKS)
            and self.tokens[m.first][:1].isupper()
            and not word.endswith(("s", "d", "ing", "ly"))
            and word not in self.lang.stop_words
            and word not in _CLAUSE_OPENERS
            and self.cue_direction.get((m.signal, m.entry)) != "after"
        )

    def _discourse(self, cue: int, s0: int, s1: int) -> bool:
        """Is the cue word part of one of the writer's discourse phrases ("all that said, ...")?"""
        word = self.tokens[cue]
        if word not in self.discourse:
            word = word.lower()
            if word not in self.discourse:
                return False
        tokens = self.tokens
        before = norm(tokens[cue - 1]) if cue > s0 else None  # once, not once per phrase
        for phrase, k in self.discourse[word]:
            if k and before != phrase[k - 1]:
                continue  # the word before settles most: "that said", "having said"
            start = cue - k
            if (
                start >= s0
                and start + len(phrase) <= s1
                and all(norm(tokens[start + x]) == w for x, w in enumerate(phrase))
            ):
                return True
        return False

    def _source_and_content(
        self, s0: int, s1: int, cue: Match, direction: str
    ) -> tuple[tuple[int, int], tuple[int, int]]:
        tokens = self.tokens
        if direction == "none":  # "Ruiz is expected to win": no source; the content follows the cue
            return (cue.first, cue.first), (cue.last, self._content_end(cue.last, s1))
        if direction == "either" and norm(tokens[cue.first]).endswith("ing"):
            clause = self._main_clause_end(s0, cue.first)
            if clause is not None:
                # ", saying ...", ',” adding', "…, before insisting": the sentence's subject speaks
                subject = self._aside_subject(s0, clause, cue)
                if subject is None:
                    subject = self._clause_subject(s0, clause, main=True)
                return subject, (self._past_hearer(cue, self._past_setting(cue.last, s1), s1), s1)
            subject = self._after_opening_participle(s0, cue)
            if subject is not None:  # "Noting that the bill failed, Ruiz said": Ruiz notes it too
                end = subject[0]
                while end > cue.last and is_punct(tokens[end - 1]):
                    end -= 1
                return subject, (cue.last, end)
        # "Ana Ruiz, a host of “The Morning,” said": a quotation closing right before the cue is the subject's title
        quoted = self._quoted_subject(s0, cue.first) if direction != "after" else None
        if quoted is not None:
            direction = "before"
        if direction == "either":
            if self._inverted(s0, s1, cue) and not self._structured_subject(s0, cue.first):
                direction = "after"
            else:
                direction = "before"
        if direction == "after":
            leading = cue.first == s0 or all(is_punct(t) for t in tokens[s0 : cue.first])
            source = self._forward(cue.last, s1, closed=leading)
            if _lower(tokens[cue.first]) == "when":  # "when asked by a reporter whether …": the question follows
                return source, (source[1], self._content_end(source[1], s1))
            told = self._after_agent(source[1], s1, cue) if _lower(tokens[cue.last - 1]) == "by" else None
            if told is not None:  # "He was told by Ruiz that the plant would close": what Ruiz told, not "He was"
                return source, (told, self._content_end(told, s1))
            if not leading:
                return source, (s0, cue.first)
            # "According to Ruiz, the plant may close": the comma after the source is no part of the content, nor
            # does it open another cue's ("said the senator, adding that …": the quotation before was hers)
            start = source[1]
            if start + 1 < s1 and tokens[start] == "," and start + 1 not in self.cue_tokens:
                start += 1
            return source, (start, s1)
        if quoted is not None:
            source = quoted
        elif self._coordinated(s0, cue.first) or _lower(tokens[cue.first]) in _PREPOSITIONS:
            # "Lo criticized Singer and challenged": not "Singer and"; "Lo said Monday in an interview
            # with": a cue that opens with a preposition has no subject of its own
            source = self._coordinated_subject(s0, cue.first)
        else:
            sender = self._sender(s0, cue.first) if _gerund(tokens[cue.first]) else None
            source = self._backward(s0, cue.first if sender is None else sender)
            # "Ed Lo, who heads the agency (UKHSA), has said": the comma before the auxiliaries and adverbs;
            # not before a participle ("…, often citing"), whose subject the sentence's clause gives
            verb = cue.first if _gerund(tokens[cue.first]) else self._before_auxiliaries(s0, cue.first)
            if source[1] - source[0] > 1 and _lower(tokens[source[0]]) == "with" and tokens[cue.first].endswith("ing"):
                source = (source[0] + 1, source[1])  # "…, with Ed Lo calling it a disgrace": Lo speaks
            elif (
                verb > s0
                and tokens[verb - 1] == ","
                and (source[0] == source[1] or verb == cue.first and self._fragment(tokens[source[0]]))
            ):
                source = (
                    self._opening_name(s0, verb - 1)
                    or self._before_aside(s0, source)
                    or self._described_opening(s0, cue, source)
                    or source
                )
            elif (
                verb > s0
                and tokens[verb - 1] == ","
                and (opening := self._opening_name(s0, verb - 1)) is not None
                and opening[0] < source[0] < opening[1]
                and "," in tokens[opening[0] : source[0]]
            ):
                source = opening  # "Ed Lo, a member of the House's Select Committee on Intelligence, said": all of it
            elif (
                source[0] > s0
                and self._fragment(tokens[source[0]])
                and not is_punct(tokens[source[0] - 1])
                and _lower(tokens[source[0] - 1]) not in self.back_stops
            ):
                # "One in four voters in a Times poll last year said": a subject too long to read at once, also
                # one cut at the "than" of its count ("A study of more than 2,000 adults published in the journal … found")
                i = self._chunk_back(s0, source[0])
                if i < source[0] and tokens[i] not in _PREPOSITIONS and not self._fragment(tokens[i]):
                    source = (i, source[1])
        if direction == "before" and s0 < source[1] and _gerund(tokens[cue.first]):
            # "Ed Lo, a former aide, has run ads reminding …": the phrase read back holds the predicate of a subject
            # set off by a comma or a bracket ("X (D) is …"); the subject stands before its auxiliary
            auxiliary = next(
                (
                    k
                    for k in range(max(source[0], s0 + 1), source[1])
                    if tokens[k] in _FINITE_AUXILIARIES and tokens[k - 1] in (",", ")")
                ),
                None,
            )
            if auxiliary == source[0]:
                subject = self._backward(s0, auxiliary)
                source = subject if subject[0] < subject[1] else source
            elif auxiliary is not None:
                source = (source[0], auxiliary - 1 if tokens[auxiliary - 1] == "," else auxiliary)
        c = cue.first
        if source[1] <= c and c - 3 >= max(s0, source[0]) and _lower(tokens[c - 1]) == "to":
            # "The announcement led some to speculate", "leaving many to wonder whether", "has caused many to
            # wonder if": the people moved to think it speak, the object of a `causative_verbs` word a few
            # words back, not the subject read before it
            for k in range(c - 3, max(s0, source[0], c - 7) - 1, -1):
                if _lower(tokens[k]) in self.lang.causative_verbs:
                    if self._moved_people(k + 1, c - 1):  # not "left the hall to say": a place
                        source = (k + 1, c - 1)
                    break
                if is_punct(tokens[k]):
                    break
        if source[1] > source[0] and _lower(tokens[source[1] - 1]) in _NON_FINITE:
            # "Lund hit back by accusing", "Ruiz took the stage to acknowledge": the sentence's subject
            # speaks, when it opens the sentence with a name or a pronoun
            subject = self._raised_subject(s0, source, cue.first, self._clause_subject(s0, cue.first))
            source = subject if subject[0] < subject[1] else source  # '"…," Lo said, seeking to portray': Lo
        if source[0] > s0 and norm(tokens[source[0] - 1]) in ("what", "whatever"):
            if cue.last < s1 and tokens[cue.last][:1] in _QUOTE_MARKS:  # "what Lo called “a fraud”": Lo's words
                return source, (cue.last, self._content_end(cue.last, s1))
            if self._what_object(s0, source, cue, s1):  # "in what officials called a hate crime"
                return source, (cue.last, self._content_end(cue.last, s1))
            return source, _NO_CONTENT  # "what Baker said": the writer's words about it
        after = cue.last
        while after < s1 and (
            is_punct(tokens[after]) and tokens[after] not in _OPENERS or norm(tokens[after]) == "that"
        ):
            after += 1
        if (
            source[0] > s0 + 1
            and _lower(tokens[source[0] - 1]) == "as"
            and tokens[source[0] - 2] in _AS_OPENERS
            and self._adverbial_end(cue.last, s1) == s1
        ):
            # "The port may close, as the mayor has warned.": the clause before the comma is what she warned,
            # from the last semicolon or lone dash before it ("… — and the port may close, as she warned"; a
            # pair of dashes sets off an aside of the clause's own)
            comma = source[0] - 2
            dashes = [k for k in range(s0, comma) if tokens[k] in _LONG_DASHES]
            stops = [k for k in range(s0, comma) if tokens[k] == ";"] + dashes[-1:] * (len(dashes) % 2)
            return source, (max(stops) + 1 if stops else s0, comma)
        # "…, she said, …" is an aside in what she said; "The union, which endorsed Ruiz, voted …" is no aside:
        # a relative pronoun opens a clause of the subject's, and the content follows its cue
        before_source = (
            source[0] > s0
            and is_punct(tokens[source[0] - 1])
            and tokens[source[0] - 1] not in "—–-"
            and _lower(tokens[source[0]]) not in RELATIVE_PRONOUNS
        )
        if before_source:
            tail = self._adverbial_end(cue.last, s1)  # 'she told reporters on Tuesday.'
            if tail is not None and (tail >= s1 or self._participle_after(tail + 1, s1)):
                # '"We will not yield," she said.'; '"…," she said, also seeking to …': her own act, not hers to quote
                return source, (s0, source[0])
            if tail is not None and tail < s1 and tail in self._summing_appositives(s0, s1):
                # "The port may close, Lo said, a move that would cost jobs": the writer's comment after her words
                # (not ", but …", which goes on with hers: "…, she said, but also the flow of drugs")
                return source, (s0, source[0])
            if tail is None and tokens[source[0] - 1] in _CLOSING_QUOTES and self._circumstance_clause(cue.last, s1):
                # '"It is dead," he said when asked about the plan': the quotation is his, the clause its occasion
                return source, (s0, source[0])
            if tail is not None and self._quoted_sentence_after(tail + 1, s1) and self._only_opening(s0, source[0] - 1):
                # 'After the vote, Lo said, "It may work."': a quoted sentence follows; the opening phrase before
                # the source is the writer's setting, not the first half of her words
                return source, (tail + 1, self._content_end(tail + 1, s1))
            if tail is not None:  # "If he wins, she said, the party will split": both sides are hers
                return source, (s0, self._content_end(tail + 1, s1))
            if self._circumstance_after(cue.last, s1) and not (
                _lower(tokens[cue.last]) == "about" and self._only_opening(s0, source[0])
            ):
                # '"It's nonsense," Lo said by telephone on NBC's "Meet the Press."': what precedes is hers; not
                # "Last week, Lo complained about the plan": the opening phrase is the writer's, the topic hers
                return source, (s0, source[0])
        if source[0] == s0 > 0 and self.tokens[s0 - 1] in _CLOSING_QUOTES and self._circumstance_after(cue.last, s1):
            # '"Is it over?" Ruiz said on Sunday.': the quotation before is hers (it takes her as its speaker),
            # "on Sunday" is no part of it
            return source, (cue.last, cue.last)
        if _lower(tokens[after - 1]) != "that":
            after = self._past_hearer(cue, self._past_setting(after, s1), s1)
        end = self._coordinated_end(s0, cue.first, after, self._content_end(after, s1))
        return source, (after, self._relative_clause_end(source, after, end))

    def _quoted_subject(self, s0: int, cue: int) -> tuple[int, int] | None:
        """The subject opening the sentence when a quotation opened inside its description closes with its
        comma right before the cue: a title, a nickname or a word quoted there ("Ana Ruiz, a host of “The
        Morning,” said"; "Lo, star of “Ruin,” thanked Lee"), not a quotation the cue reports. The name alone
        before a participle or a relative clause holding a cue ("Lo, citing “…,” said"; "Lo, who calls it a
        “farce,” said"), as without the quotation. None when no such quotation closes there or no name
        opens the sentence before its comma."""
        tokens = self.tokens
        if cue - 3 <= s0:
            return None
        if tokens[cue - 1] in _CLOSING_QUOTES and tokens[cue - 2] == ",":
            close = cue - 1
        elif tokens[cue - 1] == "," and tokens[cue - 2] in _CLOSING_QUOTES:
            close = cue - 2  # '“Unifier?”,'
        else:
            return None
        opening = next(
            (k for k in range(close - 1, max(s0, close - 15), -1) if tokens[k] in _QUOTE_MARKS or tokens[k] == "''"),
            None,
        )
        if opening is None:
            return None
        i = self._after_closed_quotation(self._after_dateline(s0, opening), opening)  # '“…,” Ed Lo, host of “…,” said'
        i = self._past_openers(i, opening)
        try:
            first = tokens.index(",", i + 1, opening)
        except ValueError:
            return None
        word = _lower(tokens[i])
        if (
            first - i > 6
            or not self._is_name(i, first)
            or word in self.lang.sentence_starters
            or word in _PREPOSITIONS
            or any(
                t in _CLAUSE_END and t != "," and not self._abbreviation(k) for k, t in enumerate(tokens[i:opening], i)
            )
        ):
            return None
        aside = tokens[first + 1]
        held = not self.cue_tokens.isdisjoint(range(first, opening))
        if _gerund(aside) or _lower(aside) in RELATIVE_PRONOUNS and held:
            return (i, first)
        if held or any(_lower(t) in _FINITE or _lower(t) in _BE for t in tokens[first:opening]):
            return None
        return (i, close + 1 if close + 1 < cue else cue)

    def _relative_clause_end(self, source: tuple[int, int], i: int, end: int) -> int:
        """Where a content ends inside a relative clause set off by commas (", who said the plan was dead, has
        …", ", which friends described as grim, led to …"): at the comma before the sentence's main verb (a
        finite auxiliary or an -ed word, perhaps after an adverb) or, after a relative pronoun, before "to" or
        "and" ("urged Ruiz, who vowed to stay, to resign"), at a second relative clause ("who sued and who
        lost") or at the bracket that closes it ("(which declined to comment)"): the rest is the writer's
        sentence. `end` when the source opens no such clause."""
        tokens = self.tokens
        s0 = source[0]
        pronoun = _lower(tokens[s0]) in RELATIVE_PRONOUNS
        k = s0 - 1 if pronoun else s0 - 2  # ", who said"; ", which friends described"
        if k < 1 or tokens[k] not in (",", "(") or not pronoun and _lower(tokens[s0 - 1]) not in RELATIVE_PRONOUNS:
            return end
        if tokens[i - 1] == "," and self._main_verb_after(i - 1, end):
            return i  # "Norton, which declined to comment, returned the rights": the clause closed at its cue
        for j in range(i + 1, end - 1):
            word = tokens[j]
            if word == ")" and tokens[k] == "(":
                return j
            if pronoun and _lower(word) == "and" and _lower(tokens[j + 1]) in RELATIVE_PRONOUNS:
                return j
            if word != ",":
                continue
            if (
                self._main_verb_after(j, end)
                or pronoun
                and (
                    _lower(tokens[j + 1]) in _RELATIVE_LEAVES
                    or tokens[j + 1] in self.lang.past_forms  # "Lo, who stood by her remarks, left the hall" (k30)
                )
            ):
                return j
            return end
            # only the clause's first comma: a later one may close an aside of the content's own
        return end

    def _main_verb_after(self, j: int, end: int) -> bool:
        """Does the main verb of the sentence follow the comma at `j` (before `end`), closing a clause or a
        phrase set off inside its subject: a finite auxiliary or an -ed word, perhaps after an -ly adverb
        ("…, recently ordered")?"""
        tokens = self.tokens
        word = tokens[j + 1]
        if word.endswith("ly") and j + 2 < end:
            word = tokens[j + 2]
        return word in _FINITE or word.endswith("ed") and word.isalpha() and word.islower()

    def _past_setting(self, i: int, s1: int) -> int:
        """Where a content starts that the cue's setting opens before its "that" or "whether": a time, a place,
        an addressee or an aside set off by commas or dashes ("told Politico on Tuesday that", "said in a
        statement that", "claimed - falsely - that", "said, without evidence, that"): the setting is the
        writer's, PolNeAR's content starts at the "that". `i` when other words come first ("said the plan that
        failed …", "announced new measures that …"): a "that" after them may be a relative pronoun."""
        tokens, stops = self.tokens, self.lang.after_source_stops
        reach = min(s1 - 1, i + _SETTING_REACH)
        window = tokens[i + 1 : reach]
        if _COMPLEMENTIZERS.isdisjoint(window):
            return i  # most contents: no word-by-word reading
        # inside a part set off by a comma or a dash that closes right before the "that" ("- falsely - that",
        # ", without evidence, that"): any words ("said, the port may close, and that": a clause of the content)
        aside = tokens[i - 1] in _ASIDE_MARKS
        for k in range(i, reach):
            word = tokens[k]
            low = _lower(word)
            if (
                word in _COMPLEMENTIZERS
                and k > i
                and (not aside or tokens[k - 1] in _ASIDE_MARKS)
                and _lower(tokens[k - 1]) not in _PREPOSITIONS  # "to that tweet": a demonstrative
                and tokens[k + 1][:1] not in ("'", "’")  # "and that’s it"
                and _lower(tokens[k + 1]) not in self.lang.auxiliaries  # "for the Dispatch that was": a relative
            ):
                if word != "that":
                    return k  # "asked in May if …", "whether …": the question starts at its word
                while k + 1 < s1 and tokens[k + 1] == ",":
                    k += 1  # "that, as a result, …": as a content that opens with "that"
                return k + 1
            if word in _ASIDE_MARKS:
                aside = not aside
                if not aside and tokens[k + 1] not in _COMPLEMENTIZERS:
                    return i
            elif word in _OPENERS or word in _CLOSING_QUOTES or not aside and k in self.cue_tokens:
                return i  # "said Lee told her that …": a cue of its own opens what was said
            elif (
                not aside
                and not (
                    word[:1].isupper()
                    or word == "."
                    and tokens[k - 1][:1].isupper()  # "told Mr. Lund", "asked U.S. officials"
                    or word[:1].isdigit()
                    or low in stops
                    or low in _CIRCUMSTANCES
                    or low in _PREPOSITIONS
                    or low in self.lang.naming_words
                    or low.endswith("ly")
                )
            ):
                return i
        return i

    def _past_hearer(self, cue: Match, i: int, s1: int) -> int:
        """Where what a verb of telling reports starts past its hearer: after a "that" the setting words of
        `_past_setting` did not reach ("told a packed crowd in Windham, New Hampshire, that …"), at a subject
        pronoun ("told Fox News on Tuesday he thinks …", "told them they have lost …") or at a quotation opened
        after a comma or colon ('told his supporters, "Our nation …"'). The hearer is no part of what was said
        (PolNeAR's contents start past it). `i` when the content does not start right after the cue or a word
        before that point may be a verb or open a clause ("told CNN the plan failed because he …", "told the
        story of how he …")."""
        tokens = self.tokens
        if i != cue.last or _lower(tokens[cue.first]) not in _TELLING:
            return i
        for k in range(i, min(s1 - 1, i + _HEARER_REACH)):
            word = tokens[k]
            low = _lower(word)
            if k > i and low in _SUBJECT_PRONOUNS:
                return k
            if k > i and low == "that":  # not a relative: "told a crowd that spilled out …"
                after = tokens[k + 1]
                relative = is_punct(after) or _lower(after) in self.lang.auxiliaries or after.endswith("ed")
                return i if relative else k + 1
            if word in (",", ":") and tokens[k + 1] in _OPENING_MARKS:
                return k + 1
            if self._no_hearer_word(k):
                return i
        return i

    def _no_hearer_word(self, k: int) -> bool:
        """Can the token at `k` not stand in a hearer or its setting: a cue, an auxiliary, a word that opens a
        clause or a topic (`_HEARER_STOPS`), "to" before a verb ("told him to leave"), an -ed word not after an
        article ("the plan failed"; not "a packed crowd"), or a mark other than a full stop or a comma beside a
        capitalised word ("Windham, New Hampshire,")?"""
        tokens = self.tokens
        word, before, after = tokens[k], tokens[k - 1], tokens[k + 1]
        low = _lower(word)
        if word == ",":
            return not (capitalised(before) or capitalised(after))
        if is_punct(word):
            return word != "."
        if low == "to":
            return not (_lower(after) in _ARTICLES or capitalised(after))
        verb = word.isalpha() and word.islower() and word.endswith("ed") and _lower(before) not in _ARTICLES
        return verb or k in self.cue_tokens or low in self.lang.auxiliaries or low in _HEARER_STOPS

    def _what_object(self, s0: int, source: tuple[int, int], cue: Match, s1: int) -> bool:
        """Does a "what X said" clause that a word before it takes as its object give X a content: a subject
        right before the cue (perhaps with "has", "have" or "is") and a lower-case word that is no preposition, time
        or clause opener after it ("adapt to what she said is growing demand", "in what officials called a
        hate crime", "double what Lo said she expected")? Not where the clause opens the sentence or a clause
        ("What Lo said was false", "and what Lo said is …": the verb after it is the writer's), nor a
        hypothetical ("what we would consider"), nor before an addressee, a preposition, a time or nothing
        ("what Lo told NBC", "what Lo said about taxes", "what Lo said two years ago", "agree with what Lo
        said"), nor where no subject stands after "what" ("what is now being said", "what amounted to a")."""
        tokens = self.tokens
        what, after = source[0] - 1, cue.last
        if what == s0 or after >= s1 or source[0] >= source[1]:
            return False
        before, first, word = _lower(tokens[what - 1]), _lower(tokens[source[0]]), tokens[after]
        between = {_lower(t) for t in tokens[source[1] : cue.first]}
        return (
            before.isalpha()
            and before not in _CLAUSE_CONTINUERS
            and first.isalpha()
            and first not in _FINITE
            and not (first.endswith("ed") and tokens[source[0]].islower())
            and between <= _BE | _PERFECT | {"have"}
            and word.isalpha()
            and word.islower()
            and word not in self.lang.after_source_stops
            and word not in _PREPOSITIONS
            and word not in _SUBORDINATORS
            and word not in _CLAUSE_OPENERS
            and (word in _ARTICLES or word not in self.lang.determiners)  # not "what Lo said two years ago"
        )

    def _sender(self, s0: int, cue: int) -> int | None:
        """The verb whose subject sent the message that a gerund cue describes ("The campaign sent out a
        fundraising email saying", "His office put out a statement saying", "has sent Ryan, R-Wis., a letter
        asking"): the sender speaks, as PolNeAR marks it, not the message nor its addressee. None when no
        message is the object of a sending verb (the language file's `sending_verbs`) right before the cue
        ("despite a letter from ICE saying"; a poll or a survey speaks for itself: "released a poll showing")."""
        tokens, lang = self.tokens, self.lang
        documents = lang.document_nouns
        k = cue - 1
        while k > s0 and cue - k <= 4 and _lower(tokens[k]) not in documents:  # "a text message to supporters"
            if is_punct(tokens[k]) or k in self.cue_tokens:
                return None
            k -= 1
        noun = _lower(tokens[k])
        if noun not in documents or noun in lang.survey_nouns:
            return None
        while k > s0 and _lower(tokens[k]) not in _ARTICLES:  # "a fundraising email", "a press release"
            k -= 1
            if is_punct(tokens[k]) or _lower(tokens[k]) in self.back_stops or cue - k > 8:
                return None
        k -= 1
        if k > s0 and tokens[k] == ",":  # "sent Ryan, R-Wis., a letter": past the addressee
            start = k
            while k > s0 and start - k < 8 and (tokens[k][:1].isupper() or tokens[k] in ",."):
                k -= 1
        elif k > s0 and (tokens[k][:1].isupper() or _lower(tokens[k]) in OBJECT_PRONOUNS):
            k -= 1  # "sent Ruiz a letter", "sent them a letter"
        if k > s0 and _lower(tokens[k]) in _PARTICLES:
            k -= 1  # "put out", "sent out"
        return k if k > s0 and tokens[k] in lang.sending_verbs else None

    def _moved_people(self, a: int, b: int) -> bool:
        """Is the object [a, b) of a `causative_verbs` word someone who could think or say ("some", "many
        cyber experts", "her", "the navy sailor", "Ana Ruiz"), not a place or a thing ("the hall", "the vote")?"""
        tokens, lang = self.tokens, self.lang
        head_at = self._head(a, b)
        word = _lower(tokens[head_at])
        return (
            self._people(a, b)
            or word in OBJECT_PRONOUNS
            or word in lang.group_nouns
            or word in lang.person_nouns
            or capitalised(tokens[a])
            or self._agent_noun(head_at, plural=False)
        )

    def _coordinated_end(self, s0: int, cue: int, i: int, end: int) -> int:
        """Where a content after a cue in the infinitive or the gerund ends when the cue's own verb phrase goes
        on with "and" and a verb of the same form ("to oppose Trump and to reach out", "proposing a ban and
        taunting a rival"): the second verb is the source's act, not part of what it opposes or proposes."""
        tokens = self.tokens
        word = tokens[cue]
        infinitive = cue > s0 and _lower(tokens[cue - 1]) == "to"
        if not (infinitive or _gerund(word)):
            return self._object_end(s0, cue, i, end)
        for k in range(i, end - 1):
            word = tokens[k]
            if (word == "to") if infinitive else _gerund(word):
                return end  # "to offer a mea culpa for setting up a server and passing": the content's own verb
            if k == i or _lower(word) != "and":
                continue
            j = k + 1
            if j + 1 < end and tokens[j].islower() and tokens[j].endswith("ly"):
                j += 1  # "and reportedly argued"
            if (tokens[j] == "to") if infinitive else _gerund(tokens[j]):
                return k - 1 if tokens[k - 1] == "," else k
        return end

    def _object_end(self, s0: int, cue: int, i: int, end: int) -> int:
        """Where the object of a cue in the past ends when the cue's verb phrase goes on with "and" and a verb in
        the past, an auxiliary or a cue ("mentioned Ruiz twice and seemed to blame her", "endorsed Lo and has
        appeared at his side", "outlined a plan and may not", "called it a farce and said …"), or of a cue in the
        present before "and" and a cue or "has" ("denies it and says …"): the second verb is the source's own
        act, not part of what it mentioned or denied. Only when the words before the "and" are no clause (no
        auxiliary, -ed or negated verb, pronoun subject, relative, comma, dash or a name's -s verb: "said China
        opposed hacking and acted", "warned Ruiz opposes it and would"), whose own verb it would be, nor two
        adjectives ("confirmed, probable and suspected cases")."""
        tokens = self.tokens
        first = tokens[cue]
        present = first.endswith("s") and not first.endswith("ss")
        if not (first.endswith("ed") or present) or not first.islower() or cue > s0 and _lower(tokens[cue - 1]) in _BE:
            return end  # "was criticized by": a passive
        reach = min(end - 1, i + _OBJECT_REACH)
        if "and" not in tokens[i:reach]:
            return end  # most contents: one look, no word-by-word reading
        for k in range(i, reach):
            word = _lower(tokens[k])
            if (
                word in _FINITE
                or word in _RELATIVE_OR_THAT
                or word in _SUBJECT_PRONOUNS
                or word in (",", ";", ":")
                or word in _DASHES
                or word.endswith("ed")
                or word[-2:] in ("'t", "’t")
                or word.endswith("s")
                and tokens[k].islower()
                and k > i
                and capitalised(tokens[k - 1])
            ):
                return end
            if word != "and" or k - i < 2 or k - i == 2 and _lower(tokens[i]) == "as" or self.doc.in_quote(k, k + 1):
                continue  # "rejected as baseless and fabricated the report": a list of two adjectives
            j = k + 1
            if j + 1 < end and tokens[j].islower() and tokens[j].endswith("ly"):
                j += 1  # "and reportedly argued"
            verb = tokens[j]
            if not (verb.islower() and verb.isalpha()):
                continue
            if present:  # "praises Lo and calls her …", "denies it and has said …"; not a plural ("and others")
                if verb.endswith("s") and j in self.cue_tokens or verb in _PERFECT:
                    return k
            elif (
                verb.endswith("ed")
                or verb in _FINITE
                or j in self.cue_tokens
                and _lower(tokens[i]) != "to"
                and not _gerund(verb)
            ):
                # not "continued to love and believe in …" (one infinitive's two verbs), nor "blamed the levy for
                # raising rents and pushing up prices" (the object's two gerunds)
                return k
        return end

    def _after_comma(self, s0: int, cue: int) -> bool:
        """Does a comma, perhaps with one adverb after it, stand right before the cue (", saying", ", also
        seeking")?"""
        tokens = self.tokens
        k = cue - 1
        if k > s0 and (_lower(tokens[k]) in _PARTICIPLE_ADVERBS or tokens[k].endswith("ly") and tokens[k].isalpha()):
            k -= 1
        return k > s0 and tokens[k] == ","

    def _circumstance_after(self, i: int, s1: int) -> bool:
        """Do only circumstances follow the cue to the sentence's end: a preposition opens them and no "that"
        or colon brings a content ("said by telephone on NBC's show", "proclaimed to a cheering crowd")? Not
        an infinitive after a cue other than "say" ("Last week, he vowed to veto the bill": what he vowed
        follows; the opening phrase is the writer's, "said to applause" is no infinitive); after "continued"
        only an infinitive that is a cue itself ("continued to insist", not "continued to test missiles")."""
        tokens = self.tokens
        return (
            i < s1
            and _lower(tokens[i]) in _PREPOSITIONS
            and not any(_lower(t) == "that" or t == ":" or t in _OPENERS for t in tokens[i:s1])
            and not (
                _lower(tokens[i]) == "to"
                and i + 1 < s1
                and _bare_verb(tokens[i + 1])
                and _lower(tokens[i - 1]) not in _SAY_FORMS
                and (_lower(tokens[i - 1]) not in _CONTINUE_FORMS or i + 1 in self.cue_tokens)
            )
        )

    def _only_opening(self, s0: int, end: int) -> bool:
        """Is all before the source's comma at `end` an opening phrase of the writer's ("Last week,", "Despite
        the dismal polls,", "While the interview was staged,"): no quotation, colon or semicolon, and a
        preposition, subordinator, adverb, participle or time word first?"""
        tokens = self.tokens
        k = self._past_openers(s0, end)
        if k >= end or any(t in _OPENERS or t in _CLOSING_QUOTES or t in _CLAUSE_MARKS for t in tokens[s0:end]):
            return False
        word = _lower(tokens[k])
        return self._opening_phrase(word) or word in _OPENING_WORDS or self._time_word(word)

    def _participle_after(self, i: int, s1: int) -> bool:
        """Does an -ing participle open the words at `i`, perhaps after one adverb ("adding", "also seeking")?"""
        tokens = self.tokens
        if i < s1 and (_lower(tokens[i]) in _PARTICIPLE_ADVERBS or tokens[i].endswith("ly") and tokens[i].isalpha()):
            i += 1
        return i < s1 and tokens[i].islower() and tokens[i].endswith("ing") and len(tokens[i]) > 4

    def _main_clause_end(self, s0: int, cue: int) -> int | None:
        """Where the main clause ends before a participle cue at `cue` whose subject is that clause's: at
        the comma of ", saying" or ',” adding' (a quotation closed after its comma), or at the subordinator
        of "…, before insisting", "… while also suggesting" in mid-sentence; None otherwise."""
        tokens = self.tokens
        k = cue
        while k > s0 and tokens[k - 1] in _CLOSING_QUOTES:
            k -= 1
        if k > s0 and tokens[k - 1] == ",":
            return k - 1
        if self._after_comma(s0, cue):  # ", also seeking to …"
            return self._comma_before(cue)
        k = cue
        while k > s0 and (_lower(tokens[k - 1]) == "also" or tokens[k - 1].endswith("ly") and tokens[k - 1].islower()):
            k -= 1
        if k > s0 + 1 and _lower(tokens[k - 1]) in _SUBORDINATORS and not is_punct(tokens[k - 2]):
            return k - 1
        return k - 1 if k > s0 + 2 and _lower(tokens[k - 1]) in _SUBORDINATORS and tokens[k - 2] == "," else None

    def _aside_subject(self, s0: int, comma: int, cue: Match) -> tuple[int, int] | None:
        """The speaker of a participle cue set off by commas between a subject and its verb ("Advocacy groups,
        noting that …, said"): the subject the next cue reads back across the aside, when that cue follows the
        aside's closing comma and its subject ends at the comma opening it; None otherwise. The words before
        the comma are then no clause, so a capital that only opens the sentence names no one ("Advocacy")."""
        tokens = self.tokens
        later = next((j for j in range(cue.last, self.s1) if j in self.cue_tokens), None)
        if later is None:
            return None
        verb = self._before_auxiliaries(s0, later)
        if verb <= s0 or tokens[verb - 1] != ",":
            return None
        source = self._backward(s0, later)
        return source if s0 <= source[0] < source[1] == comma else None

    def _after_opening_participle(self, s0: int, cue: Match) -> tuple[int, int] | None:
        """The speaker of a participle cue opening the sentence ("Noting that …, Ruiz said"; "Since
        announcing …, Mr. Lo has"): the subject of the sentence's next cue, read back from it as that cue
        reads it, when it stands after the participle's clause; None when no cue follows."""
        tokens = self.tokens
        k = self._past_openers(s0, cue.first)
        if k < cue.first and (
            _lower(tokens[k]) in _SUBORDINATORS
            or _lower(tokens[k]) in _GERUND_PREPOSITIONS
            or _lower(tokens[k]) in self.lang.opening_prepositions  # "Despite praising …, Lo admitted" (k31)
        ):
            k += 1  # "After blasting …", "In describing Trump, Cuban said": Cuban describes
        if k != cue.first:
            return None
        later = next((j for j in range(cue.last, self.s1) if j in self.cue_tokens), None)
        if later is not None:
            source = self._backward(s0, later)
        else:  # "After blasting the report, Glenn Beck doubled down": the subject after the clause's comma
            comma = next((j for j in range(cue.last, self.s1 - 1) if tokens[j] == ","), None)
            source = self._sentence_subject(comma + 1, self.s1) if comma is not None else (s0, s0)
        return source if cue.last < source[0] < source[1] else None

    def _adverbial_end(self, i: int, s1: int) -> int | None:
        """After a cue whose source follows its content: where the addressee, time and place after the
        cue end ("told POLITICO earlier this week", "said Tuesday in Paris"), at a comma or at the end
        of the sentence (`s1`); None when words of another kind follow ("said the bill may pass")."""
        tokens, stops = self.tokens, self.lang.after_source_stops
        for k in range(i, min(s1, i + 6)):
            word = tokens[k]
            if word == ",":
                return k
            if is_punct(word) and word not in _OPENERS:
                if all(is_punct(t) for t in tokens[k + 1 : s1]):
                    return s1
                return None
            if not (word[0].isupper() or _lower(word) in stops or _lower(word) in _CIRCUMSTANCES):
                return None
        return s1 if i >= s1 else None

    def _content_end(self, i: int, s1: int) -> int:
        """The content after a cue runs to the end of the sentence, or to where the writer takes the
        word back: a semicolon, a dash, or ", but"/", while"/", although". A question or exclamation mark
        that ends the sentence is the writer's ("Does Lo believe the deal will hold?"; inside quotation
        marks it stays quoted): on dev the sentence's "?" lay outside the annotated content 29 times of 39."""
        if self.content_stops is None:  # found once per sentence: a sentence of many cues stays linear
            tokens, s0 = self.tokens, self.doc.sentence_tokens[self.sentence_index][0]
            # one pass in order: cheaper than a list.index scan per mark, whose misses raise
            # a length test first: every stop is one character, most tokens are longer (a set lookup each)
            self.content_stops = [
                k
                for k in range(s0, s1 - 1)
                if len(tokens[k]) == 1
                and tokens[k] in _CONTENT_STOPS
                and (
                    norm(tokens[k + 1]) in _CONTRASTS
                    if tokens[k] == ","
                    else tokens[k] == ";" or norm(tokens[k + 1]) not in _DASH_GOES_ON
                )
            ]
            opening = self._opening_clause_end(s0, s1)
            if opening is not None:
                insort(self.content_stops, opening)
            for k in self._summing_appositives(s0, s1):
                insort(self.content_stops, k)
            if self.doc.quotes:
                for k in self._quotation_closes(s0, s1):
                    insort(self.content_stops, k)
        k = index_after(self.content_stops, i - 1)  # the first stop at or after i
        if k < len(self.content_stops):
            return self.content_stops[k]
        return s1 - 1 if s1 - 1 > i and self.tokens[s1 - 1] in ("?", "!") else s1

    def _quotation_closes(self, s0: int, s1: int) -> list[int]:
        """Where a quotation closes after its comma and the writer goes on with a participle ('called it
        “fantastic,” telling reporters …', '“incognito,” sparking …', '“…,” according to the report'): the
        content ends with the quotation. Not before "including", which goes on with what was said. Of 38
        PolNeAR dev contents it ends there, the annotated one ends with the quotation 35 times, runs on once."""
        tokens = self.tokens
        out = []
        for k in range(s0, s1 - 3):
            if tokens[k] != "," or tokens[k + 1] not in _CLOSING_QUOTES or not self.doc.in_quote(k, k + 1):
                continue  # a mark after a comma outside any quotation opens one: ', "keeping rates …
            j = k + 3 if tokens[k + 2].endswith("ly") and tokens[k + 2].isalpha() else k + 2  # "presumably meaning"
            word = tokens[j]
            # a participle right after the mark: not "and throwing", which may join the content's own verb
            if word.islower() and word.endswith("ing") and len(word) > 4 and word not in _DASH_GOES_ON:
                out.append(k + 2)
        return out

    def _summing_appositives(self, s0: int, s1: int) -> list[int]:
        """The commas that open a noun phrase with a relative clause summing up what came before ("…, a move
        that could …", "…, one that will …", "…, an event which …"): the writer's comment on the content, not
        part of it. Not inside a quotation (the speaker's own), nor when a cue stands before the relative ("…,
        a spokesman indicated that": a clause of its own), nor "one" with words between ("…, one can assume
        that": a pronoun), nor when a comma and the main verb follow the relative clause ("Portmore, a town
        that may lose its ferry, is bracing": the phrase is inside the content's subject)."""
        tokens, out = self.tokens, []
        for k in range(s0 + 1, s1 - 3):
            if tokens[k] != "," or _lower(tokens[k + 1]) not in _SUMMING or self.doc.in_quote(k, k + 1):
                continue
            reach = k + 3 if _lower(tokens[k + 1]) == "one" else min(k + 2 + _SUMMING_REACH, s1)
            for j in range(k + 2, reach):
                word = _lower(tokens[j])
                if word in _SUMMING_RELATIVES:
                    if not any(tokens[c] == "," and self._main_verb_after(c, s1) for c in range(j + 1, s1 - 1)):
                        out.append(k)
                    break
                if is_punct(word) or j in self.cue_tokens:
                    break
        return out

    def _opening_clause_end(self, s0: int, s1: int) -> int | None:
        """The comma that closes a clause opening the sentence with a subordinator ("While Lo said …,", "But even
        though …,"), perhaps after quotation marks; None when the sentence opens otherwise or a colon comes first."""
        tokens = self.tokens
        k = s0
        while k < s1 and tokens[k] in _OPENERS:
            k += 1
        if k + 1 < s1 and _lower(tokens[k]) in ("and", "but", "yet", "so"):
            k += 1
        if k + 1 < s1 and _lower(tokens[k]) == "even":
            k += 1
        if k >= s1 or _lower(tokens[k]) not in _OPENING_CLAUSES:
            return None
        quoted = self.doc.in_quote(k, k + 1)
        for j in range(k + 1, s1 - 1):
            if tokens[j] == ":":
                return None  # what follows is a quotation or a list: "When he says: 'Mom, look, …'"
            if tokens[j] == "," and tokens[j + 1] in _CLOSING_QUOTES:
                return j + 2  # 'While Lo called it "fair, if late," the council …': the quotation closes the clause
            if tokens[j] == "," and self.doc.in_quote(j, j + 1) == quoted:
                return j  # not a comma inside a quotation the clause quotes
        return None

    def _structured_subject(self, s0: int, cue: int) -> bool:
        """Does the sentence open with a subject, an appositive or relative clause and a comma before
        the cue ("Tom Hale, the whip, said ..."; "The official, who asked not to be named, said")?"""
        self.structured = False
        self._backward(s0, cue)
        return self.structured

    def _quote_opens(self, i: int, s1: int) -> bool:
        return any(t in _OPENERS for t in self.tokens[i : min(s1, i + 3)])

    def _circumstance_clause(self, i: int, s1: int) -> bool:
        """Does a clause of time or occasion follow the cue, perhaps after its time and place ("said when asked
        about it", "said Monday as he left"), with no second quotation after it ('said after the verdict, "…"':
        her words go on)? Not "as to why", "as reported by" nor "sees Lo as sharing it", which are no occasion."""
        tokens, stops = self.tokens, self.lang.after_source_stops
        for k in range(i, min(s1, i + 6)):
            word = _lower(tokens[k])
            if word in _OCCASION_OPENERS:
                if (
                    word == "as"
                    and k + 1 < s1
                    and (_lower(tokens[k + 1]) == "to" or tokens[k + 1].endswith(("ed", "ing")))
                ):
                    return False  # "as to why", "as reported by", "sees Lo as sharing it": no occasion
                return not any(t in _OPENING_MARKS for t in tokens[k + 1 : s1])
            if not (tokens[k][0].isupper() or word in stops or word in _CIRCUMSTANCES):
                return False
        return False

    def _quoted_sentence_after(self, i: int, s1: int) -> bool:
        """Does a quoted sentence open at `i`: a quotation mark, then a capitalised word ('"It may work."',
        "''We will not yield.''"; not a quoted phrase that goes on with the words before, '"the party will split"')?"""
        tokens = self.tokens
        return (
            i + 1 < s1 and tokens[i] in _OPENING_MARKS and tokens[i + 1][:1].isupper() and tokens[i + 1][:1].isalpha()
        )

    def _closing_source(self, i: int, s1: int) -> bool:
        """Do the words from `i` to the sentence's end read as a source that closes it ("…, suggests a paper
        published in Marine Biology."; k31): a determiner or a capitalised word first, at most 14 tokens, no comma,
        auxiliary, "that" or relative pronoun (not "…, announced it has installed", "…, suggested the change may")."""
        tokens = self.tokens
        end = s1
        while end > i and is_punct(tokens[end - 1]) and tokens[end - 1] not in ("&",):
            end -= 1
        if not i < end <= i + 14:
            return False
        first = _lower(tokens[i])
        if not (tokens[i][:1].isupper() or first in self.lang.determiners or first == "the"):
            return False
        return not any(
            tokens[k] == "," or _lower(tokens[k]) in self.lang.auxiliaries or _lower(tokens[k]) in _RELATIVE_OR_THAT
            for k in range(i, end)
        )

    def _inverted(self, s0: int, s1: int, cue: Match) -> bool:
        """'..., said Ruiz': a cue after punctuation whose next word can open a source."""
        tokens = self.tokens
        if not (cue.first == s0 or is_punct(tokens[cue.first - 1])) or tokens[cue.first - 1] == ")":
            return False  # "Ed Lo (D-Ore.) said": the bracket closes the subject's affiliation
        if cue.last - cue.first > 1 and _lower(tokens[cue.last - 1]) in _PREPOSITIONS:
            return False  # "..., said in an interview": the words after the cue are its circumstances
        if (
            tokens[cue.first - 1] == ","
            and cue.first - 2 >= s0
            and tokens[cue.first - 2] not in _CLOSING
            and _lower(tokens[cue.first]) not in self.lang.inverted_cues
            and not (_lower(tokens[cue.first]) in self.lang.closing_cues and self._closing_source(cue.last, s1))
        ):
            return False  # "Davis, Reagan's daughter, attacked Trump": only a speech verb inverts after a comma
        if (
            tokens[cue.first - 1] == ","
            and cue.first - 2 >= s0
            and tokens[cue.first - 2] not in _CLOSING
            and (opening := self._opening_name(s0, cue.first - 1)) is not None
            and tokens[opening[1] - 1] != ","
            and "," in tokens[opening[0] : opening[1]]
        ):
            return False  # "Ed Lo, a director of … in Ohio, said Ruiz had lied": the opening name speaks
        i = cue.last
        while i < s1 and tokens[i] in _OPENERS:
            i += 1
        if i >= s1 or is_punct(tokens[i]):
            return False
        word = norm(tokens[i])
        if self._after_quotation(s0, cue.first) and word not in self.forward_stops:
            # '"…," said former Sen. Ed Lo', '"…," said election lawyer Ann Roe', '"…," said one Republican
            # involved in the talks': after a quotation the words after the verb are its speaker
            j = self._chunk_forward(i, s1)
            if any(capitalised(tokens[k]) or self._agent_noun(k, plural=False) for k in range(i, j)):
                return True
        if word in _SUBJECT_PRONOUNS and i + 1 < s1 and not is_punct(tokens[i + 1]):
            return False  # "…, said he recoiled": the content's subject; "…," said he.' is a source
        titled = self._titled(i, s1)
        if tokens[i][0].isupper() or word in self.lang.determiners or word == "the" or titled:
            k = i + 1
            while k < s1 and (tokens[k][:1].isupper() or self._abbreviation(k)):
                k += 1
            if k < s1 and tokens[k].islower() and tokens[k].endswith("ed") and tokens[k] not in self.forward_stops:
                return False  # "…, said Mr. Lo had erred", "…, said Clinton called": the content's subject
            # "…, said Medicare so far has been …", "…, said the chamber will vote": the content's subject
            for t in tokens[k : min(s1, k + 3)]:
                if is_punct(t) or _lower(t) in RELATIVE_PRONOUNS:
                    break  # "…, said an American official who was briefed": the relative clause's verb
                if _lower(t) in self.lang.auxiliaries:
                    return False
        j = self._chunk_forward(i, s1)
        if j - i >= _MAX_CHUNK_WORDS:
            return False  # "Edd, an official at …, said the burden of the new rules would …": a clause
        if (
            tokens[cue.first - 1] == ","
            and cue.first - 2 >= s0
            and tokens[cue.first - 2] not in "”’\"'?!"
            and j < s1
            and not is_punct(tokens[j])
            and j not in self.cue_tokens
            and _lower(tokens[j]) not in self.lang.after_source_stops
            and _lower(tokens[j]) not in RELATIVE_PRONOUNS  # "…, said an official who was briefed"
        ):
            return False  # "Lo, who has called it toxic, portrayed the plan as …": an object, then more
        return (
            tokens[i][0].isupper()
            and word not in self.forward_stops
            or titled
            or word in self.lang.naming_words
            or word in self.lang.determiners
            or word in self.lang.person_nouns
            or word in self.lang.group_nouns
        )

    def _titled(self, i: int, s1: int) -> bool:
        """Do lower-case words naming what someone does lead to a name at token `i` ("lobbyist and party
        strategist Tom Black", "film director Ann Lee")?"""
        tokens, agent = self.tokens, False
        for k in range(i, min(s1, i + 5)):
            token = tokens[k]
            if token[0].isupper():
                return agent
            if not token.isalpha() or token in self.forward_stops and token != "and":
                return False
            agent = agent or self._agent_noun(k, plural=False)
        return False

    def _after_quotation(self, s0: int, cue: int) -> bool:
        """Does a quotation end right before the cue, with its punctuation ('"…," said', '"…?" asked', '"…",
        wrote'), not a scare-quoted subject ('"liberals" said')? A gerund ('"…," saying') is no such cue."""
        tokens = self.tokens
        if cue - 2 <= s0 or tokens[cue].endswith("ing"):
            return False
        if tokens[cue - 1] == ",":
            return tokens[cue - 2] in _CLOSING_QUOTES
        return tokens[cue - 1] in _CLOSING_QUOTES and tokens[cue - 2] in ",.?!"

    def _forward(self, i: int, s1: int, closed: bool = False) -> tuple[int, int]:
        """The source after a cue. `closed`: the content follows the source ("According to Ruiz, the deal
        is off"), so an appositive is one only when a comma closes it ("According to Ruiz, the whip, …")."""
        tokens = self.tokens
        while i < s1 and is_punct(tokens[i]) and tokens[i] not in _CLAUSE_END:
            i += 1  # opening quotes: as reported by ‘Ukraine.ru’
        j = self._chunk_forward(i, s1)
        if j == i + 1 and _lower(tokens[i]) in OBJECT_PRONOUNS:  # "according to him, the plan …"
            return (i, j)
        j = self._party_after(i, j, s1)  # "said Sen. Ann Lee (D-Ore.), who …": her party is part of her name
        chunk = j
        # appositives: "said Lisa Moreno, a former deputy attorney general, ..."; "said Ed Lo, head of ...";
        # "said Ana Lund, 34, a nurse from Tampa, Fla., who …" (an age or a place, then a description)
        for _ in range(3):
            if not (
                j + 1 < s1
                and tokens[j] == ","
                and norm(tokens[j + 1]) not in self.back_stops
                and (
                    norm(tokens[j + 1]) in ("a", "an", "the")
                    or self._is_name(i, j)
                    or self._short_appositive(j + 1)
                    or self._home_after_age(j)
                )
            ):
                break
            k = j + 1
            while (
                k < s1
                and k - j <= 12
                and not (is_punct(tokens[k]) and not self._abbreviation(k))
                and norm(tokens[k]) not in self.back_stops
                and k not in self.cue_tokens
            ):
                k += 1
            if k == j + 1 or closed and (k >= s1 or tokens[k] != ","):
                break
            if any(_lower(t) in _FINITE or _lower(t) in _BE for t in tokens[j + 1 : min(k, j + 6)]):
                break  # "according to Lo, he was once …", "…, an email was sent": a clause, no appositive
            if all(_lower(t) in _TIME_PREPOSITIONS or self._time_word(_lower(t)) for t in tokens[j + 1 : k]):
                break  # "According to the Post, on Friday, …": when, no appositive (k38)
            j = k
        # a relative clause after the source is part of it: "said Lee Epstein, who teaches law at ..."
        k = j + 1 if j + 1 < s1 and tokens[j] == "," else j
        if i < j and k < s1 and _lower(tokens[k]) in RELATIVE_PRONOUNS:
            end = k + 1
            while (
                end < s1
                and end - k <= 20
                and not (is_punct(tokens[end]) and not self._abbreviation(end))
                and end not in self.strong_cue_tokens
            ):
                end += 1
            j = end
        # no appositive nor relative clause: a tail of the head may follow ("a source close to the campaign")
        return (i, self._tail_end(i, j, s1) if j == chunk else j)

    def _home_after_age(self, j: int) -> bool:
        """Does the comma at `j`, after an age, open where the person lives ("said Ann Lee, 34, of Tampa",
        "…, 24, from Leeds")? PolNeAR marks it as part of the source, as it marks the age."""
        tokens = self.tokens
        return (
            j + 2 < self.s1
            and tokens[j - 1].isdigit()
            and tokens[j + 1] in ("of", "from")
            and tokens[j + 2][:1].isupper()
        )

    def _party_after(self, i: int, j: int, s1: int) -> int:
        """Where a name [i, j) read forward ends with the party bracket after it ("Sen. Ann Lee (D-Ore.)",
        "Rep. Ed Lo (R)"): after the bracket; `j` when no such bracket follows a capitalised word. PolNeAR
        marks the bracket, and the appositive or relative clause after it, as part of the source."""
        tokens = self.tokens
        if not (i < j and j + 2 < s1 and tokens[j] == "(" and tokens[j - 1][:1].isupper()):
            return j
        inside = tokens[j + 1]
        if not (_PARTY.match(inside) or inside in ("R", "D", "I")):
            return j
        for k in range(j + 2, min(s1, j + 5)):
            if tokens[k] == ")":
                return k + 1
        return j

    def _tail_end(self, i: int, j: int, s1: int) -> int:
        """Where the source [i, j) read forward ends when a tail of its head follows (the language file's
        `source_tails`): "a source close | to the campaign", "people familiar | with the network's plans",
        "officials | with direct knowledge of the meeting". PolNeAR keeps the tail's object in the source;
        it ends as a forward source does (a comma, "on Tuesday", a cue). `j` when no tail follows."""
        tokens, tails = self.tokens, self.lang.source_tails
        if j <= i or j + 1 >= s1:
            return j
        word = _lower(tokens[j])
        if word in _TAIL_PREPOSITIONS and _lower(tokens[j - 1]) in tails:
            start = j + 1
        elif word == "with":
            k = j + 1 if _lower(tokens[j + 1]) in tails else j + 2  # "with knowledge of", "with direct knowledge of"
            if k + 1 >= s1 or _lower(tokens[k]) not in tails or _lower(tokens[k + 1]) != "of":
                return j
            start = k + 2
        else:
            return j
        end = start
        while (
            end < s1
            and end - start < _MAX_CHUNK_WORDS
            and not (is_punct(tokens[end]) and not self._abbreviation(end))
            and _lower(tokens[end]) not in self.forward_stops
            and end not in self.cue_tokens
        ):
            end += 1
        return end if end > start else j

    def _short_appositive(self, k: int) -> bool:
        """Does an age or a place of one to three capitalised words start at `k` and end at a comma, a
        bracket or the sentence's end ("…, 34, …"; "…, Fla., …"; "…, Ohio.")? Not a day ("…, Tuesday")."""
        tokens, s1 = self.tokens, self.s1
        if tokens[k].isdigit():
            return True
        end = k
        while end < s1 and end - k < 3 and (tokens[end][:1].isupper() or self._abbreviation(end)):
            end += 1
        return (
            k < end
            and _lower(tokens[k]) not in self.forward_stops
            and (end == s1 or tokens[end] in ",)" or all(is_punct(t) for t in tokens[end:s1]))
        )

    def _chunk_forward(self, i: int, s1: int) -> int:
        tokens, j, count = self.tokens, i, 0  # `count`: the words of a "more than" read as one, as a number is
        while (
            j < s1
            and j - i - count < _MAX_CHUNK_WORDS
            and not (is_punct(tokens[j]) and tokens[j] != "-" and not self._abbreviation(j))
            and (
                j == i
                or _lower(tokens[j]) not in self.forward_stops
                or self._names_a_place(j, s1)
                or tokens[j] == "and"
                and (self._titled(i, s1) or self._two_names(i, j, s1))  # "lobbyist and party strategist Tom Black"
                or self._paired_modifiers(i, j, s1)  # "according to current and former officials"
                or self._quantity_than(i, j, s1)  # "according to a study of more than 60 species"
                or self._dated_participle(i, j, s1)  # "a poll released Monday by the Acme Institute"
                or self._role_to(i, j, s1)  # "according to an aide to U.S. Trade Representative Carla Hills"
            )
            and j not in self.cue_tokens
        ):
            if self._quantity_than(i, j, s1):  # "a long-term study of more than 60 bee species": 8 words
                count = 1
            j += 1
        return j

    def _after_opening_phrase(self, i: int, j: int) -> int:
        """Where the subject starts when a phrase read back [i, j) opens its sentence with a capitalised preposition
        and no comma sets it off ("In a statement on Sunday police said", "During the primary Clinton came out",
        "On Monday special counsel Robert Mueller said", k40): at the first word that starts a new noun phrase
        after the preposition's object, a determiner or subject pronoun, a capitalised word after a lower-case one,
        a word after a number or a day; `i` when none does ("From the report", "In a statement police said")."""
        tokens = self.tokens
        opener = _lower(tokens[i])
        if j - i < 3 or not capitalised(tokens[i]) or opener not in _PREPOSITIONS or opener in _NO_OPENERS:
            return i  # "About 9 percent said", "Of the 684 cases reported": a count, not a place or time
        for k in range(i + 2, j):
            before, word = tokens[k - 1], tokens[k]
            low, prior = _lower(word), _lower(before)
            if prior in _PREPOSITIONS or prior in _ARTICLES or prior in _JOINING or before.endswith("ing"):
                continue  # still the object: "At the end of the audience", "people collecting Social Security"
            if self._time_word(low):
                continue  # "In a statement Sunday the ministry": the day belongs to the opening phrase
            if (
                low in _ARTICLES
                or low in _SUBJECT_PRONOUNS
                or capitalised(word)
                and before.islower()
                or word.isalpha()
                and word.islower()
                and (before.isdigit() or self._time_word(prior))
            ):
                return k
        return i

    def _role_to(self, i: int, j: int, s1: int) -> bool:
        """Is the "to" at `j` the tie of a role noun to the one it serves ("according to an aide to Gov. Ana Ruiz",
        "said a top adviser to the president", k40)? The source goes on to that person, as PolNeAR marks "an aide
        to" read backwards; not "said a spokesman to reporters" nor "according to officials to their south"."""
        tokens = self.tokens
        if not (i < j < s1 - 1 and _lower(tokens[j]) == "to" and _lower(tokens[j - 1]) in _SERVING_ROLES):
            return False
        after = tokens[j + 1]
        return capitalised(after) or _lower(after) in _ARTICLES or _lower(after) in _POSSESSIVE_DETERMINERS

    def _dated_participle(self, i: int, j: int, s1: int) -> bool:
        """Is the time word at `j` (or the "on" before one) inside a participle's phrase that names its agent next
        ("according to a poll released Monday by the Acme Institute", "a report published on Friday by …", k37)?
        The source goes on to the agent, as without the day."""
        tokens = self.tokens
        for p in (j - 1, j - 2):
            if p <= i or not (tokens[p].islower() and tokens[p].endswith("ed")):
                continue
            t = p + 2 if _lower(tokens[p + 1]) == "on" else p + 1
            if j <= t < s1 - 1 and self._time_word(_lower(tokens[t])) and _lower(tokens[t + 1]) == "by":
                return True
        return False

    def _paired_modifiers(self, i: int, j: int, s1: int) -> bool:
        """Does the "and"/"or" at `j` join two `paired_modifiers` of one noun ("according to the current and
        former department officials", "said past or present aides")? The source goes on past it."""
        tokens, pairs = self.tokens, self.lang.paired_modifiers
        return (
            i < j < s1 - 2
            and _lower(tokens[j]) in ("and", "or")
            and _lower(tokens[j - 1]) in pairs
            and _lower(tokens[j + 1]) in pairs
        )

    def _two_names(self, i: int, j: int, s1: int) -> bool:
        """Does the "and" at `j` join two names that end the clause ("wrote Tom Black and Ann White, co-founders
        of …", "according to Ruiz and Lee,", "said Lo and Ruiz on Monday")? Both speak; not "said Lo and Ruiz
        agreed", where a verb follows."""
        tokens = self.tokens
        if not (j + 1 < s1 and capitalised(tokens[j - 1]) and capitalised(tokens[j + 1])):
            return False
        k = j + 1
        while k < s1 and (capitalised(tokens[k]) or self._abbreviation(k)):
            k += 1
        return (
            _lower(tokens[j + 1]) not in self.forward_stops
            and (k == s1 or is_punct(tokens[k]) or self._time_word(_lower(tokens[k])) or _lower(tokens[k]) == "on")
            and k - i <= _MAX_CHUNK_WORDS  # the chunk takes the second name whole
        )

    def _names_a_place(self, j: int, s1: int) -> bool:
        """Does the preposition at `j` tie a name to the source's noun rather than open a circumstance:
        "a report in the Des Moines Register", "a broker in Tampa", "the Center for Public Integrity"
        (not "Ruiz in Paris", "a spokesman on Tuesday")?"""
        tokens = self.tokens
        word = _lower(tokens[j])
        if word not in ("in", "for", "at", "from", "with") or j + 1 >= s1:
            return False
        k = j + 2 if _lower(tokens[j + 1]) == "the" and j + 2 < s1 else j + 1
        return (
            tokens[k][:1].isupper()
            and _lower(tokens[k]) not in self.forward_stops
            and (word == "for" or tokens[j - 1].islower())
        )

    def _backward(self, s0: int, j: int) -> tuple[int, int]:
        tokens, aux = self.tokens, self.lang.auxiliaries
        j = self._before_auxiliaries(s0, j)
        if not _gerund(tokens[j]) and j > (time := self._before_time(s0, j)):
            j = self._before_auxiliaries(s0, time) if tokens[time - 1].islower() else time  # "Police had last month"
            s0 = self._after_dateline(s0, j)  # "NEW YORK - Ed Lo on Saturday said": read back no further
        if j > s0 and _lower(tokens[j - 1]) in _RELATIVE_OR_THAT:
            return (j - 1, j)  # "Ruiz, who said ...": PolNeAR's source is "who"
        if j > s0 + 1 and _lower(tokens[j - 1]) == "it" and _lower(tokens[j - 2]) in RELATIVE_PRONOUNS:
            return (j - 1, j)  # "the heatwave, which it reports has lasted": the pronoun speaks, as "he" would
        dashed = self._dash_aside(s0, j)
        if dashed is not None:
            return dashed
        bracket = self._bracket_before(s0, j)
        if bracket is not None:  # "Rep. Ed Lo (D-Ore.) said": the affiliation is part of the source
            i = self._chunk_back(s0, bracket)
            if i < bracket:
                # "Ana Ruiz, head of … at the Acme Institute (AI) said": a description (lower case) of the name
                comma = self._long_description_comma(s0, i) if tokens[i].islower() else None
                return (i if comma is None else self._chunk_back(s0, comma), j)
        end = j
        if j > s0 + 1 and tokens[j - 1] == ",":  # "X, a former official, said" / "X, who asked ..., said"
            j -= 1
        i = self._chunk_back(s0, j)
        if i == s0 and j == end:
            i = self._after_opening_phrase(i, j)  # "In a statement on Sunday police said": the police
        if j == end and j - i >= _MAX_CHUNK_WORDS and (comma := self._long_description_comma(s0, i)) is not None:
            i = comma + 1  # "Ana Ruiz, director of research at the Acme Institute in Boston said": the name's
        if j == end and self._object_relative(i, j):
            return (i, j)  # "the changes, which officials said will start": the officials speak
        if j == end and (start := self._head_of_cued_relative(s0, i)) is not None:
            return (start, j)  # "A third person that Ruiz claimed was at the party says": the person speaks
        comma = self._before_relative(s0, i)
        if comma is None and j < end:
            comma = self._long_relative(s0, j)
        aside = self._aside(s0, j) if comma is None and j < end else None
        if comma is not None:
            i = self._chunk_back(s0, comma)  # "The official, who asked not to be named, said": all of it
            self.structured = i == s0 or tokens[i - 1] in _OPENERS
            if tokens[comma] == "," and not self.cue_tokens.isdisjoint(range(comma, j)):
                end = comma  # "Lo, who says the plan is dead, voted": the clause is a statement of its own
        elif aside is not None:  # "Salceda, citing State Department data, said": the aside is not his name
            i = self._chunk_back(s0, aside)
            if _lower(tokens[aside + 1]) != "including":  # "Some critics, including Ana Ruiz, say": its members
                end = aside
            self.structured = True
        elif i > s0 + 1 and tokens[i - 1] == "," and i < j:
            k = self._chunk_back(s0, i - 1)  # an appositive subject: "Ana Ruiz, the leader, said"
            bracket = self._bracket_before(s0, i - 1) if k == i - 1 else None
            if bracket is not None and self._chunk_back(s0, bracket) < bracket:
                k = self._chunk_back(s0, bracket)  # "Ed Lo (D), a Ruiz supporter, said": the name and its party
            if j < end and k < i - 1 and self._clause_start(s0, k) and self._set_off(i, j):
                i, end = k, i - 1  # "Snyder, for his part, has denied", "Forbes, however, says": no name of his
                while end > i + 1 and _lower(tokens[end - 1]) in aux:
                    end -= 1  # "A YouGov poll has, however, revealed"
                self.structured = True
            elif (
                k < i - 1
                and self._clause_start(s0, k)
                and not (j == end and self._cue_set_off(k, j))
                and (
                    self._is_name(k, i - 1)
                    and (k < i - 2 or self._surname(tokens[k]) or self._listed_plural(k))  # not "Indeed, critics"
                    and not self._is_name(i, j)
                    and _lower(tokens[k]) not in self.lang.after_source_stops  # "Last September, officials"
                    and _lower(tokens[k]) not in self.lang.sentence_starters  # "Instead, the governor"
                    or self._is_name(i, j)
                    and (
                        norm(tokens[k]) == "the"
                        or norm(tokens[k]) in self.lang.determiners
                        or self._possessive(k, i - 1)
                    )
                    and not tokens[i - 2].endswith("ly")  # "More recently, Trump said"
                    and not any(_lower(t) in _FINITE for t in tokens[k : i - 1])  # "The union will …, Ed Lo told"
                    or _PARTY.match(tokens[i])
                    or self._party_of(i, j)
                    and self._is_name(k, i - 1)  # '"…," Ana Ruiz, Democrat of Ohio, said' (k30)
                    or self._described(k, i, j)  # "The Acme Institute, a think tank, estimates" (k30)
                )
                and not (j - i == 1 and _lower(tokens[i]) in _SUBJECT_PRONOUNS)  # "Growth, they warned, …"
            ):
                i = k
                self.structured = True
            elif (first := self._named_before_appositives(s0, k, i)) is not None:
                i = first
                self.structured = True
            elif j == end:  # "Perhaps not coincidentally, Mr. Trump has lately started asking"
                i, end = self._plain_subject(i, end)
        else:
            i, end = self._plain_subject(i, end)
        if end > i and tokens[end - 1] == ",":
            end -= 1
        return (i, max(i, end))

    def _long_description_comma(self, s0: int, i: int) -> int | None:
        """The comma after a name that a description too long for one chunk follows, with no closing comma before
        the cue ("Ana Ruiz, director of research at the Acme Institute in Boston said"), within three more words
        back from `i`; else None. The description is then read as the name's appositive (docs/source-kinds.md).
        A full name only: one capitalised word may be a place or an adverb ("Burke County, Georgia, knows",
        "However, upon learning …"), and a time or a place is no name ("Last May, a federal judge …")."""
        tokens = self.tokens
        for k in range(i - 1, max(s0, i - 4) - 1, -1):
            if tokens[k] == ",":
                name = self._chunk_back(s0, k)
                return (
                    k
                    if name < k - 1
                    and self._is_name(name, k)
                    and self._clause_start(s0, name)
                    and not any(self._time_word(_lower(t)) for t in tokens[name:k])
                    and _lower(tokens[name]) not in _PREPOSITIONS  # "In Georgia, early results from …"
                    else None
                )
            if not (tokens[k].isalpha() and tokens[k].islower()) or _lower(tokens[k]) in self.back_stops:
                return None
        return None

    def _party_of(self, i: int, j: int) -> bool:
        """Is [i, j) a party member's appositive, "Democrat of Ohio": a capitalised `party_nouns` word, "of" and
        a capitalised word?"""
        tokens = self.tokens
        return (
            i + 2 < j
            and tokens[i][:1].isupper()
            and _lower(tokens[i]) in self.lang.party_nouns
            and tokens[i + 1] == "of"
            and tokens[i + 2][:1].isupper()
        )

    def _described(self, k: int, i: int, j: int) -> bool:
        """Is [i, j) an appositive opening with "a"/"an" that describes the subject [k, i - 1) before its comma,
        a phrase opening with "the" whose last word is a name or a noun for people ("The Acme Institute, a think
        tank, estimates"; "The chief spokesman, a former reporter, said"), with no verb in it?"""
        tokens, lang = self.tokens, self.lang
        if _lower(tokens[i]) not in ("a", "an") or norm(tokens[k]) != "the" or i - k < 3 or j - i < 2:
            return False
        last = tokens[i - 2]
        return (last[:1].isupper() or _lower(last) in lang.person_nouns) and not any(
            _lower(t) in _FINITE or _lower(t) in _BE or _lower(t) in lang.auxiliaries for t in tokens[k + 1 : i - 1]
        )

    def _before_time(self, s0: int, j: int) -> int:
        """Where a time between a subject and its cue at `j` starts ("Rep. Ed Lo (D-Ore.) last week said", "The
        ministry less than two weeks ago said", "Lo, who two years ago said"), so that the subject is read back
        from there; `j` when no time ends there or what stands before it ends no subject (punctuation, a
        preposition, "and": "… and on Monday expressed" is a second predicate's)."""
        tokens = self.tokens
        last = _lower(tokens[j - 1]) if j > s0 else ""
        if last != "ago" and last not in _PERIODS and last not in _BARE_TIMES:
            return j
        t = next((t for t in range(j - 1, max(s0, j - 5), -1) if self._closing_time(t, j)), j)
        while t - 1 > s0 and _lower(tokens[t - 1]) in _ROUGHLY:
            t -= 1
        before = _lower(tokens[t - 1]) if t > s0 else ""
        subject = before == ")" or not (
            is_punct(before) or before in self.back_stops or before in _PREPOSITIONS or before in ("and", "or", "but")
        )
        return t if s0 < t < j and subject else j

    def _cue_set_off(self, k: int, cue: int) -> bool:
        """With no comma between a source and its cue at `cue`, is the phrase at `k` before the source's comma no
        appositive of it: the cue and its circumstances are set off by commas inside a clause ("The trouble, Ruiz
        said, is …", "Some norms, Lee told the paper, give …"), or the phrase is an opening participle's
        ("Responding to the ruling, Ruiz said")? Not "the firm's chief, Ed Lo said": a description."""
        end = self._adverbial_end(cue + 1, self.s1)
        return end is not None and end < self.s1 and self.tokens[end] == "," or _gerund(_lower(self.tokens[k]))

    def _dash_aside(self, s0: int, j: int) -> tuple[int, int] | None:
        """The subject before an aside set off by dashes that closes right before token `j` ("Sanders - who
        met his aides on Wednesday - said", "Lo -- a former aide -- said"): the name alone before a relative
        clause, as PolNeAR marks it, with its description otherwise; None when no such aside closes there or
        no subject opens the clause before it."""
        tokens = self.tokens
        if j - 3 <= s0 or tokens[j - 1] not in _DASHES:
            return None
        close = j - 1
        while close > s0 and tokens[close - 1] == "-":  # "--"
            close -= 1
        for k in range(close - 1, max(s0, close - 40), -1):
            if tokens[k] in _SENTENCE_MARKS and not self._abbreviation(k):
                return None  # "-- Mr. Tribe, Ms. Epstein and Mr. Amar --" goes on past "Mr."
            if tokens[k] in _DASHES:
                opening = k
                while opening > s0 and tokens[opening - 1] == "-":
                    opening -= 1
                start = self._chunk_back(s0, opening)
                if (
                    start == opening
                    or k + 1 == close
                    or not self._clause_start(s0, start)
                    or any(_lower(t) in _FINITE or _lower(t) in _BE for t in tokens[start:opening])
                ):
                    return None  # "The vote was close - 51 to 49 - said the clerk": a clause, then the speaker
                self.structured = True
                return (start, opening if _lower(tokens[k + 1]) in RELATIVE_PRONOUNS else close)
        return None

    def _plain_subject(self, i: int, end: int) -> tuple[int, int]:
        """The subject in a phrase [i, end) read back from its cue with no comma or relative clause in
        between: up to a verb, a pronoun at its end, after the conjunction of a second clause."""
        i = self._second_clause(i, end)  # first: "Ruiz said the levy would fail and Lee said" is Lee's
        i = self._reduced_relative(i, end)
        end = self._subject_end(i, end)
        if end - i > 1 and _lower(self.tokens[end - 1]) in _SUBJECT_PRONOUNS:
            i = end - 1  # "by the time he said", "Loyalty, he said": the pronoun speaks
        return i, end

    def _reduced_relative(self, i: int, end: int) -> int:
        """Where the subject of a relative clause with no pronoun starts when it ends the phrase [i, end) read
        back from the cue, right after the noun that a verb of being before it introduces ("Here are the
        things the senator has said", "This is the kind of race Ruiz hoped to run", "Those are topics Lee
        wants to discuss"): that subject is the speaker, not the sentence's; else `i`."""
        tokens, lang = self.tokens, self.lang
        verb = next((k for k in range(i + 1, end - 2) if _lower(tokens[k]) in _BE), None)
        last = _lower(tokens[end - 1])
        if (
            verb is None
            or last in lang.determiners
            or last in _POSSESSIVE_DETERMINERS
            or last in ("the", "'s", "’s", "and", "or")  # "his calls for", "the State's calls": a noun cue
            or _gerund(tokens[end])  # "… the media channels calling": the sentence's subject calls
        ):
            return i
        for m in range(end - 1, max(verb + 2, end - 4) - 1, -1):
            noun = tokens[m - 1]
            if noun[:1].isupper() or noun in ("'s", "’s"):
                continue  # inside the subject: "Pentagon officials", "Lee's aide"
            if not (noun.isalpha() and noun.islower()):
                return i
            if (
                (self._opens_subject(m) or _lower(tokens[m]) in _POSSESSIVE_DETERMINERS)
                and not noun.endswith(("ly", "ed", "ing"))
                and noun not in lang.determiners
                and noun not in _ARTICLES
                and noun not in _POSSESSIVE_DETERMINERS
                and noun not in lang.auxiliaries
                and noun not in self.back_stops
                and noun not in _PREPOSITIONS
                and noun not in _FINITE
                and noun not in _BE
                and noun not in _RELATIVE_OR_THAT
                and noun not in ("what", "and", "or", "but")
            ):
                return m
        return i

    def _second_clause(self, i: int, end: int) -> int:
        """Where the subject of a second clause starts when the phrase [i, end) read back from the cue
        spans a first clause and "and"/"but" ("McCain backed it and Cruz opposed", "he was copied on the
        questions and Gates said"): after the last conjunction when a verb stands before it; else `i`."""
        tokens = self.tokens
        for k in range(end - 2, i, -1):
            if _lower(tokens[k]) in ("and", "but"):
                if self._opens_subject(k + 1) and (
                    self._after_being(i)
                    or any(
                        _lower(t) in _FINITE or _lower(t) in _BE or t.islower() and t.endswith("ed") and len(t) > 3
                        for t in tokens[i:k]
                    )
                ):
                    return k + 1
                return i
        return i

    def _after_being(self, i: int) -> bool:
        """Does a verb of being, perhaps with an article, stand just before token `i` ("have been an
        embarrassment for Moscow and …": a phrase read back from a cue may start past it)?"""
        tokens = self.tokens
        k = i - 1 if i > 0 and _lower(tokens[i - 1]) in ("a", "an", "the") else i
        word = _lower(tokens[k - 1]) if k > 0 else ""
        return word != "being" and (word in _BE or word in _FINITE)  # not "myths being spread by X and Y"

    def _head_of_cued_relative(self, s0: int, i: int) -> int | None:
        """Where the noun phrase starts whose relative clause, with a cue of its own, ends at token `i`: "A third
        person that Ruiz claimed was at the party says" (the clause "that Ruiz claimed was at the party" tells
        who the person is; the phrase before "says" does not stop at "claimed"). The cue right before `i` has a
        subject opening as a subject does, "that"/"who"/"whom" right before it with no comma, and before that a
        noun phrase of people (`person_nouns`) with a determiner; None otherwise (k28)."""
        tokens = self.tokens
        if not (i > s0 + 3 and i - 1 in self.cue_tokens):
            return None
        k = self._chunk_back(s0, i - 1)
        if not (s0 + 1 < k < i - 1 and self._opens_subject(k) and _lower(tokens[k - 1]) in ("that", "who", "whom")):
            return None
        start = self._chunk_back(s0, k - 1)
        head = _lower(tokens[k - 2])
        if not (
            start < k - 1
            and head in self.lang.person_nouns
            and (_lower(tokens[start]) in self.lang.determiners or _lower(tokens[start]) == "the")
        ):
            return None
        return start

    def _object_relative(self, i: int, j: int) -> bool:
        """Is the phrase [i, j) before the cue the subject of a relative clause whose pronoun is the cue's
        object ("which Democrats say could help him", "who he noted was", "which the candidate has made
        clear")? A relative pronoun stands right before it, and it opens as a subject does: a pronoun, a
        name, a determiner or a people noun ("officials who spoke with the Times said" opens with a verb)."""
        if i == 0 or i >= j or _lower(self.tokens[i - 1]) not in RELATIVE_PRONOUNS:
            return False
        return self._opens_subject(i)

    def _clause_start(self, s0: int, k: int) -> bool:
        """Does a clause start at token `k`: the sentence's first word, or a word after an opening mark, a
        quotation that ends ('"…," Ann Roe, the manager, said'), a comma or a sentence adverb ("But his wife,
        Jane, said")?"""
        tokens = self.tokens
        while k > s0 and _lower(tokens[k - 1]) in _LEADERS:
            k -= 1
        return k == s0 or tokens[k - 1] in _OPENERS or tokens[k - 1] in _CLOSING or tokens[k - 1] == ","

    def _opens_subject(self, k: int) -> bool:
        """Can token `k` open a subject: a name, a pronoun, a determiner or a people noun?"""
        word, lang = _lower(self.tokens[k]), self.lang
        return (
            self.tokens[k][0].isupper()
            or word in _SUBJECT_PRONOUNS
            or word == "the"
            or word in lang.determiners
            or word in lang.person_nouns
            or word in lang.group_nouns
        )

    def _set_off(self, i: int, j: int) -> bool:
        """Is [i, j), between commas after the subject, an aside rather than an appositive: a phrase opening
        with a preposition ("for his part", "in an interview on Sunday") or a sentence adverb ("however",
        "too", "meanwhile")?"""
        word = _lower(self.tokens[i])
        return (
            word in _PREPOSITIONS
            and word not in ("at", "of", "from", "with")  # "Lo, of the Acme Institute, said": his affiliation
            or j - i == 1
            and (word in _LEADERS or word in _SENTENCE_ADVERBS or word.endswith("ly") and word.isalpha())
        )

    def _listed_plural(self, k: int) -> bool:
        """ "Friends, lobbyists and former foes": a plural opening a list, not a sentence adverb."""
        word = self.tokens[k]
        return word.endswith("s") and not word.endswith("ss")

    def _fragment(self, token: str) -> bool:
        """Does a source read back from a cue after a comma start inside a phrase (a preposition or a
        lower-case noun: "in Paris", "law at the University"), not at a subject ("a", "he", "officials")?"""
        word, lang = _lower(token), self.lang
        return word in _PREPOSITIONS or (
            token.isalpha()
            and token.islower()
            and word not in lang.determiners
            and word not in lang.naming_words
            and word not in lang.person_nouns
            and word not in lang.group_nouns
            and word not in _RELATIVE_OR_THAT
        )

    def _before_aside(self, s0: int, aside: tuple[int, int]) -> tuple[int, int] | None:
        """The subject before an aside between commas that was read as the source ("The board, for its
        part, said"; "Lo, to his credit, refuses"); None when the aside opens no prepositional phrase
        or no subject stands before its comma."""
        a = aside[0]
        if a >= aside[1] or a < s0 + 2 or self.tokens[a - 1] != "," or _lower(self.tokens[a]) not in _PREPOSITIONS:
            return None
        source = self._backward(s0, a)
        return source if source[0] < source[1] and not self._fragment(self.tokens[source[0]]) else None

    def _opening_name(self, s0: int, comma: int, described: bool = False) -> tuple[int, int] | None:
        """The name opening the sentence, with what stands between it and the `comma` before the cue, when
        that is too long to read back ("Ed Lo, a professor of law at the University of Leeds in England,
        noted"), a time or an aside ("Ed Lo, on Sunday, said"; "Ed Lo, for his part, said": up to the
        name's description); `described`: the name may follow its description in lower case. None when the
        sentence does not open with a name and a comma, or a semicolon, a colon or another cue comes between
        them."""
        tokens = self.tokens
        i = self._after_dateline(s0, comma)
        i = self._past_openers(i, comma)
        try:
            first = tokens.index(",", i + 1, comma + 1)
            if _lower(tokens[i]) in _PREPOSITIONS and first < comma:
                # "In an interview with the Star, General Ivan Petrov, chief of …, said": past the opening phrase
                i, first = first + 1, tokens.index(",", first + 2, comma + 1)
        except ValueError:
            return None
        word = _lower(tokens[i])
        # a cue inside a relative clause of the description is that clause's ("Lo, who argued …, said")
        relative = next((k for k in range(first, comma) if _lower(tokens[k]) in RELATIVE_PRONOUNS), comma)
        if (
            first - i > 10
            or not self._is_name(i, first)
            and not all(t[0].isupper() or t in ("'s", "’s", "of") for t in tokens[i:first] if not is_punct(t))
            and not (described and self._described_name(i, first))
            or word in self.lang.sentence_starters
            or word in _PREPOSITIONS
            or comma - first > 30
            or any(t in ";:" for t in tokens[first:comma])
            or any(k in self.cue_tokens for k in range(first, relative))
        ):
            return None
        end = comma
        while end > first:  # an aside ends the source before it: ", on Sunday,", ", for his part,"
            k = end - 1
            while tokens[k] != ",":
                k -= 1
            if _lower(tokens[k + 1]) not in _PREPOSITIONS:
                break
            end = k
        return (i, end)

    def _described_opening(self, s0: int, cue: Match, source: tuple[int, int]) -> tuple[int, int] | None:
        """The name and its description before the comma before the cue when the source read back opens with
        a preposition, so that the cue would go for want of a subject: the name after an opening "As" and
        before a comma after the cue ("As Ed Lo, an expert on …, noted, …", not "As Lo, a pilot, joked with
        …": a time), after a quotation ('"…," Ed Lo, a fellow at …, wrote') or after its own description
        ("Harbour Gazette columnist Ed Lo, a pilot in …, calls"); None otherwise."""
        tokens = self.tokens
        if tokens[source[0]] not in _PREPOSITIONS:
            return None  # "law at the University": a source of its own, whatever its boundary
        start = self._after_closed_quotation(s0, cue.first - 1)
        if tokens[start] == "As":
            if cue.last >= self.s1 or tokens[cue.last] != ",":
                return None
            start += 1
        return self._opening_name(start, cue.first - 1, described=True)

    def _after_closed_quotation(self, i: int, comma: int) -> int:
        """Where the words after a quotation that closes with its comma start ('"…," Ed Lo, a fellow at the
        institute, wrote'), when one closes between `i` and `comma`; `i` otherwise."""
        tokens = self.tokens
        if tokens[i] not in _QUOTE_MARKS:
            return i
        for k in range(comma - 2, i, -1):
            if tokens[k] in _CLOSING_QUOTES and tokens[k - 1] == ",":
                return k + 1
        return i

    def _described_name(self, i: int, end: int) -> bool:
        """Is the phrase [i, end) a name after its description in lower case ("Harbour Gazette columnist Ana
        Ruiz", "Labour pollster Ed Lo"): two capitalised words at its end, a capital at its start and no
        verb?"""
        tokens = self.tokens
        return (
            end - i > 2
            and self._is_name(end - 2, end)
            and tokens[i][0].isupper()
            and not any(_lower(t) in _FINITE or _lower(t) in _BE or t.endswith("ed") for t in tokens[i:end])
        )

    def _possessive(self, k: int, end: int) -> bool:
        """Does the phrase [k, end) open with a possessor ("Clinton's Democratic opponent", "his aide")?"""
        tokens = self.tokens
        return norm(tokens[k]) in ("his", "her", "their", "its", "our") or any(
            t in ("'s", "’s") for t in tokens[k + 1 : min(end, k + 4)]
        )

    def _named_before_appositives(self, s0: int, k: int, i: int) -> int | None:
        """Where a name opening the sentence starts when two or three appositives follow it before the
        cue ("Yin May, 60, a doctor, said"; "Ed Lo, head of Acme, a San Jose firm, said"); None when
        the first phrase is no name or a phrase holds a verb."""
        tokens, starters = self.tokens, self.lang.sentence_starters
        if _lower(tokens[i]) in _SUBJECT_PRONOUNS:
            return None
        for _ in range(2):
            if k < s0 + 2 or tokens[k - 1] != ",":
                return None
            k = self._chunk_back(s0, k - 1)
            if k == s0 or tokens[k - 1] in _OPENERS:
                first = _lower(tokens[k])
                comma = tokens.index(",", k, i)
                if (
                    self._is_name(k, comma)
                    and first not in starters
                    and first not in _PREPOSITIONS
                    and not any(_lower(t) in _FINITE for t in tokens[k:i])
                ):
                    return k
                return None
        return None

    def _coordinated(self, s0: int, cue: int) -> bool:
        """Does the cue open a second predicate ("He called it lawful, and then said", "… but told")?"""
        k = self._before_auxiliaries(s0, cue)
        return k > s0 + 1 and _lower(self.tokens[k - 1]) in ("and", "but")

    def _before_auxiliaries(self, s0: int, j: int) -> int:
        """Where the auxiliaries and -ly adverbs before token j begin ("officials have long said"); a
        contraction is its host and clitic ("Indiana hasn't said", "the White House won't say"). An auxiliary
        with a capital before a cue in lower case is a name ("Theresa May said", "Instead, Will called"),
        unless it opens a clause or follows a preposition ("Never thought …", "wrote to May urging")."""
        tokens, aux = self.tokens, self.lang.auxiliaries
        headline = not tokens[j].islower()  # "Trump Will Say": a title's capitals say nothing
        while j > s0:
            word = _lower(tokens[j - 1])
            if word == "'t" and j - 1 > s0:
                j -= 2
            elif (
                j - 3 >= s0
                and word.removesuffix("s") in _STRETCHES
                and _lower(tokens[j - 2]) == "for"
                and _lower(tokens[j - 3]) in aux
            ):
                j -= 2  # "Russia has for months been warning"
            elif (
                word in aux
                and (headline or tokens[j - 1].islower() or not self._name_word(s0, j - 1))
                and not (word in _FLOATING and self._opens_clause(s0, j - 1))  # "Both said", "and both vowed"
                or (word.endswith("ly") and tokens[j - 1].islower())
                or word in _DEGREE_WORDS
                and tokens[j].endswith("ly")
                and tokens[j].islower()
                and tokens[j - 1].islower()
                and j - 2 >= s0
                and not is_punct(tokens[j - 2])  # "…, more accurately predicted": no subject right before it
            ):
                j -= 1
            else:
                break
        return j

    def _opens_clause(self, s0: int, k: int) -> bool:
        """Does token `k` open its sentence or a clause (after punctuation or "and", "or", "but")?"""
        before = self.tokens[k - 1] if k > s0 else ""
        return k == s0 or is_punct(before) and before != ")" or _lower(before) in ("and", "or", "but")

    def _name_word(self, s0: int, k: int) -> bool:
        """Is the capitalised word at `k` a name's ("Theresa May", '"…," Long said', "Instead, Will called"),
        not a clause's first word ("Never thought …", "Farmers: Just say …") nor a preposition's object ("wrote
        to May urging")?"""
        before = _lower(self.tokens[k - 1]) if k > s0 else ":"
        return before not in _PREPOSITIONS and before not in _CLAUSE_OPENING_MARKS

    def _raised_subject(self, s0: int, source: tuple[int, int], cue: int, clause: tuple[int, int]) -> tuple[int, int]:
        """Who speaks in "Lo is expected to say", "the filings are set to show" when the phrase read back is the
        bare "to": the subject before the auxiliary, when the clause's subject (`clause`, read from the
        sentence's opening) does not end there ('"…," Mr. Lo is expected to say': Lo, not the quotation's first
        word; "Rep. Ed Lo (D-Ore.) is expected to announce": his party too). `clause` otherwise."""
        tokens = self.tokens
        if source != (cue - 1, cue) or _lower(tokens[cue - 1]) != "to" or cue - 3 < s0:
            return clause
        if not (tokens[cue - 2].isalpha() and tokens[cue - 2].islower()):
            return clause
        verb = self._before_auxiliaries(s0, cue - 2)
        if verb == cue - 2 or _lower(tokens[verb]) not in self.lang.auxiliaries or clause[1] == verb:
            return clause
        subject = self._backward(s0, verb)
        return subject if subject[0] < subject[1] else clause

    def _clause_subject(self, s0: int, cue: int, main: bool = False) -> tuple[int, int]:
        """Who speaks in a cue with no subject of its own (", saying …", "… and said"): the first source
        read earlier in the sentence ('"…," Lo said, adding …'; "Lo mocked X, defended Y and said": not a
        later one read wrongly), else the sentence's subject. `main`: the cue follows the main clause, whose
        subject a relative pronoun is not: its noun is ("Lo, who has endorsed Ruiz, spoke, stressing …": Lo)."""
        # not the agent of a participle ("rebel groups backed by Ankara have no choice but to … and agree")
        earlier = [
            source
            for source in self.spoken
            if source[0] < source[1]
            and source[1] <= cue
            and (source[0] == s0 or _lower(self.tokens[source[0] - 1]) != "by")
        ]
        if main and earlier and earlier[0][1] - earlier[0][0] == 1 and earlier[0][0] > s0:
            if _lower(self.tokens[earlier[0][0]]) in RELATIVE_PRONOUNS:
                noun = self._backward(s0, earlier[0][0])
                subject = self._sentence_subject(s0, cue)
                if noun[0] < noun[1] >= earlier[0][0] - 1 and subject[0] < noun[1] and noun[0] < subject[1]:
                    return noun  # not "I phoned Ed Lo, who was surprised, telling me …": the clause's own
                return earlier[0]
        return earlier[0] if earlier else self._sentence_subject(s0, cue)

    def _coordinated_subject(self, s0: int, cue: int) -> tuple[int, int]:
        """Who speaks in "… and said": the subject of a clause opened by "when", "because", … that the cue
        continues ("The crowd cheered when Lo spotted a sign and asked": Lo asks), else `_clause_subject`."""
        for k in range(cue - 1, s0, -1):
            if self.tokens[k] in _CLAUSE_END:
                break
            if _lower(self.tokens[k]) in _CLAUSE_OPENERS and self._opens_subject(k + 1):
                subject = self._sentence_subject(k + 1, cue)
                if subject[0] < subject[1]:
                    return subject
                break
        return self._clause_subject(s0, cue)

    def _bracket_before(self, s0: int, j: int) -> int | None:
        """Where a short bracket that ends right before token `j` opens ("Ed Lo (D-Ore.) said")."""
        tokens = self.tokens
        if j <= s0 or tokens[j - 1] != ")":
            return None
        for k in range(j - 2, max(s0, j - 12) - 1, -1):
            if tokens[k] == "(":
                return k
        return None

    def _sentence_subject(self, s0: int, cue: int) -> tuple[int, int]:
        """The subject that speaks in ", saying …": a name, a pronoun or a described person opening the
        sentence, after a conjunction or an opening phrase and its comma ("On Tuesday, Sanders went
        further, endorsing …"; "However, he held his fire, calling …"). An empty span at the cue when
        the sentence opens otherwise (its kind then refers back, as for "he")."""
        tokens = self.tokens
        i = self._after_dateline(s0, cue)
        while i < cue and (
            tokens[i] in _OPENERS
            or _lower(tokens[i]) in _LEADERS
            or i + 1 < cue
            and tokens[i + 1] == ","
            and _lower(tokens[i]) in self.lang.sentence_starters  # "Instead, the senator …"
        ):
            i += 2 if i + 1 < cue and tokens[i + 1] == "," else 1
        i = self._after_bare_time(i, cue)
        if i < cue and (self._opening_phrase(tokens[i]) or self._time_phrase(i, cue)):
            try:
                i = self._past_circumstances(tokens.index(",", i, cue) + 1, cue)
            except ValueError:
                return (cue, cue)
        if i < cue and _lower(tokens[i]) in _SUBJECT_PRONOUNS:
            return (i, i + 1)
        word = _lower(tokens[i]) if i < cue else ""
        j = i + 1 if word == "the" else i  # "The Blaze's Matt Walsh …, saying"
        while j < cue and (tokens[j][:1].isupper() or tokens[j] in ("'s", "’s", ".") and j > i):
            j += 1
        if (
            j == i
            or word == "the"
            and j == i + 1
            or word != "the"
            and (word in self.lang.naming_words or word in self.lang.determiners)
        ):
            return self._described_subject(i, cue)
        return (i, self._appositive_end(self._name_goes_on(j, cue), cue))

    def _after_bare_time(self, i: int, cue: int) -> int:
        """Past an opening time with no comma after it ("On Tuesday she doubled down …", "On Thursday evening
        Ruiz delivered …") when a name or a pronoun follows; else `i`."""
        tokens, times = self.tokens, self.lang.after_source_stops
        if i + 2 >= cue or _lower(tokens[i]) not in ("on", "in", "at") or _lower(tokens[i + 1]) not in times:
            return i
        k = i + 2
        while k < cue and _lower(tokens[k]) in _TIMES_OF_DAY:
            k += 1
        return k if k < cue and (tokens[k][0].isupper() or _lower(tokens[k]) in _SUBJECT_PRONOUNS) else i

    def _appositive_end(self, j: int, cue: int) -> int:
        """Where a subject ending at `j` ends with the appositive that follows it between commas ("Gary
        Emineth, a former state party chairman, became a delegate and said"; "Ana Lo, 34, …"): at its
        closing comma; `j` when none follows or the commas hold a verb."""
        tokens = self.tokens
        if not (
            j + 2 < cue
            and tokens[j] == ","
            and (_lower(tokens[j + 1]) in ("a", "an", "the") or tokens[j + 1].isdigit())
        ):
            return j
        try:
            close = tokens.index(",", j + 2, min(cue, j + 16))
        except ValueError:
            return j
        between = tokens[j + 1 : close]
        if any(_lower(t) in _FINITE or _lower(t) in _BE or _lower(t) in RELATIVE_PRONOUNS for t in between):
            return j
        return close

    def _name_goes_on(self, j: int, cue: int) -> int:
        """Where a subject opening with the capitalised words that end at `j` ends: after the noun of a
        possessive ("Cruz's campaign also went on", "Mr. Lo's father and mother married") or a title and
        its name ("Rubio press secretary Ann Roe tweeted", "Presumptive nominee Ed Lo joined"); else at `j`,
        since a lower-case word after a name is mostly its verb ("Trump went after Bush")."""
        tokens, lang = self.tokens, self.lang
        k = j
        while (
            k < cue
            and k - j < 4
            and tokens[k].islower()
            and not is_punct(tokens[k])
            and not (tokens[k].endswith(("ed", "ly")) and len(tokens[k]) > 3)
            and tokens[k] not in _FINITE
            and tokens[k] not in _BE
            and tokens[k] not in lang.auxiliaries
            and tokens[k] not in _LEADERS
            and tokens[k] not in HEAD_ENDS
            and tokens[k] not in RELATIVE_PRONOUNS
        ):
            k += 1
        if k == j:
            return j
        last = tokens[k - 1]
        if (
            tokens[j - 1] in ("'s", "’s")
            or k - j <= 2
            and k < cue
            and (last in lang.person_nouns or last in lang.group_nouns)
        ):
            return k  # "Cruz's campaign", "FBI officials were"
        if (
            k < cue
            and k - j <= 2
            and tokens[k][:1].isupper()
            and (
                last in lang.person_nouns
                or len(last) > 4
                and self._agent_noun(k - 1, False)
                and last not in self.back_stops
            )
        ):
            while k < cue and (tokens[k][:1].isupper() or self._abbreviation(k)):
                k += 1
            return k  # "Rubio press secretary Ann Roe"
        return j

    def _time_phrase(self, i: int, cue: int) -> bool:
        """Does a time of a few words and its comma open the clause at `i` ("Hours later, …", "A week
        ago, …", "Last year, …")?"""
        tokens = self.tokens
        try:
            comma = tokens.index(",", i + 1, min(cue, i + 4))
        except ValueError:
            return False
        return _lower(tokens[comma - 1]) in ("later", "earlier", "ago") or _lower(tokens[i]) in ("last", "this")

    def _past_circumstances(self, i: int, cue: int) -> int:
        """Past the further parts of an opening phrase, each closed by its comma: a place ending the
        phrase's name ("At a rally in Ames, Iowa, on Sunday, Ruiz …") or a phrase opening with a preposition."""
        tokens = self.tokens
        while i < cue:
            try:
                comma = tokens.index(",", i, cue - 1)
            except ValueError:
                return i
            place = (
                comma - i <= 3
                and tokens[i - 2][:1].isupper()
                and all(t[:1].isupper() or t == "." for t in tokens[i:comma])
            )
            if not (place or _lower(tokens[i]) in _PREPOSITIONS):
                return i
            i = comma + 1
        return i

    def _past_openers(self, k: int, end: int) -> int:
        """Where the words start after the opening marks and leading words ("“", "But", "And") at `k`, before `end`."""
        tokens = self.tokens
        while k < end and (tokens[k] in _OPENERS or _lower(tokens[k]) in _LEADERS):
            k += 1
        return k

    def _after_dateline(self, s0: int, cue: int) -> int:
        """Where a sentence starts after its dateline ("WASHINGTON, Dec. 8 (UPI) — …", "Washington
        (AFP) – …"): after a dash near the start that follows a bracket or a word in capitals."""
        tokens = self.tokens
        for k in range(s0 + 1, min(cue, s0 + 10)):
            double = tokens[k] == "-" == tokens[k + 1]  # "WASHINGTON -- …": a dash typed as two hyphens
            if tokens[k] in ("—", "–") or double or tokens[k] == "-" and tokens[k - 1] == ")":  # "PARIS (Reuters) -"
                head = tokens[s0:k]
                if ")" in head or len(tokens[s0]) > 1 and tokens[s0].isupper():
                    return k + 1 + double
                break
        return s0

    def _opening_phrase(self, word: str) -> bool:
        """Does `word` open a phrase before the subject: a preposition, a subordinator, an adverb or a
        participle ("In an interview, …", "When Lo spoke, …", "However, …", "Facing criticism, …")?"""
        word = _lower(word)
        return (
            word in _PREPOSITIONS
            or word in self.lang.opening_prepositions  # "Amid the uproar, Lo …" (k31)
            or word in self.back_stops
            or word == "however"
            or len(word) > 5
            and word.endswith(("ing", "ly"))
        )

    def _described_subject(self, i: int, cue: int) -> tuple[int, int]:
        """A subject opening with a determiner, up to its verb ("His chief aide doubled down …",
        "The departments declined …"); an empty span at the cue when no verb ends it in a few words."""
        tokens = self.tokens
        for j in range(i + 1, min(cue, i + 12)):
            word = tokens[j]
            if is_punct(word) and not self._abbreviation(j) or _lower(word) in RELATIVE_PRONOUNS:
                break
            if _lower(word) in _FINITE or word.islower() and word.endswith("ed") and len(word) > 3 and j > i + 1:
                return (i, j)  # "The retired surgeon has": an -ed word right after the determiner describes
        return (cue, cue)

    def _before_relative(self, s0: int, i: int) -> int | None:
        """When a relative clause stands right before the cue, where the source before it ends: at the
        comma ("The official, who asked not to be named, said"; "Ed Lo, an oncologist who advised
        the mayor, said"), or after a people noun ("officials who spoke with the Times said")."""
        tokens = self.tokens
        if i < s0 + 2 or norm(tokens[i - 1]) not in RELATIVE_PRONOUNS:
            return None
        if tokens[i - 2] == ",":
            return i - 2
        c = i - 3  # an appositive's noun: back to its comma
        while c > s0 and i - c < 8 and not is_punct(tokens[c]):
            c -= 1
        if c > s0 and tokens[c] == "," and norm(tokens[c + 1]) in ("a", "an", "the"):
            return c
        word = _lower(tokens[i - 2])
        return i - 1 if word in self.lang.person_nouns or word in self.lang.group_nouns else None

    def _long_relative(self, s0: int, j: int) -> int | None:
        """The comma before a relative clause too long to chunk that ends at the comma `j` before the
        cue ("Reid, who has long expressed his admiration for Warren and her work, recently ordered"):
        only when a name or a described subject opens the sentence before it."""
        tokens = self.tokens
        for k in range(j - 1, max(s0 + 1, j - 30), -1):
            if tokens[k] in _CLAUSE_END and tokens[k] != "," and not self._abbreviation(k):  # "Mr.", "U.S."
                return None
            if tokens[k - 1] == "," and tokens[k] in ("who", "which"):
                return self._after_opening_subject(s0, k - 1)
        return None

    def _aside(self, s0: int, j: int) -> int | None:
        """The comma opening a participle, a subordinate clause, an adverb or a prepositional phrase between a
        sentence-opening subject and the comma `j` before its cue ("Salceda, citing data from the State
        Department, said"; "Lo's office, when contacted by Reuters, said"; "The poll, released on Monday by
        Acme, showed"; "Lo, still stinging over the vote, agreed"; "Lo, in an essay in the Post, rebuked");
        None when there is none. Not an appositive ("Lo, chairman of …", "Lo, of the Acme Institute")."""
        tokens = self.tokens
        for k in range(j - 1, max(s0 + 1, j - 20), -1):
            if tokens[k] in _CLAUSE_END and tokens[k] != "," and not self._abbreviation(k):  # "data from the U.S."
                return None
            if tokens[k - 1] == ",":
                word = tokens[k]
                if not (
                    word.islower()
                    and (
                        word.endswith(("ing", "ly"))
                        or word.endswith("ed")
                        and not tokens[k + 1][:1].isupper()  # not "retired Professor of …"
                        or word in self.back_stops
                        or word in _ASIDE_OPENERS
                        or word in _LEADERS
                    )
                ):
                    return None
                return self._after_opening_subject(s0, k - 1)
        return None

    def _after_opening_subject(self, s0: int, comma: int) -> int | None:
        """`comma`, when the words before it are a subject opening the sentence (after any opening
        quotes, brackets or dashes); else None."""
        i, tokens = self._chunk_back(s0, comma), self.tokens
        if any(_lower(t) in _FINITE or _lower(t) in _BE for t in tokens[i:comma]):
            return None  # "The program is hardly formal, but …, said Ms. Gil": a clause, no subject
        return comma if i < comma and (i == s0 or tokens[i - 1] in _OPENERS) else None

    def _closing_time(self, k: int, end: int) -> bool:
        """Does a time end the phrase at token `k`: a day after "on"/"at" or alone after a lower-case noun,
        before any time of day ("Peskov on Tuesday", "candidates for president Thursday", "Lo on Sunday
        evening", "Priebus later Thursday"), "this"/"last" and a period ("Bloomberg this week"), or a stretch of
        time or an occasion (`_closing_span`: "Twitter at the time")? Not after a participle or a
        determiner ("a report published Wednesday", "polls out Monday", "a Sunday"), nor a day in capitals
        ("USA TODAY", "NBC's Today show")."""
        tokens = self.tokens
        before = tokens[k - 1]
        if before.islower() and (before.endswith("ed") or before in _NOT_BEFORE_DAY):
            return False
        if tokens[k] in _SPAN_OPENERS and self._closing_span(k, end):
            return True
        if tokens[k] in _RELATIVE_TIMES:
            return k + 2 == end and _lower(tokens[k + 1]) in _PERIODS
        if _lower(tokens[end - 1]) == "ago" and 3 <= end - k <= 5:  # "The ministry less than two weeks ago said"
            words = [_lower(t) for t in tokens[k : end - 2]]
            return (
                _lower(tokens[end - 2]).removesuffix("s") in _PERIODS | {"day"}
                and (words[-1].isdigit() or words[-1] in _COUNTS)
                and all(w in _ROUGHLY for w in words[:-1])
            )
        if _lower(tokens[k]) in _TIME_PREPOSITIONS and tokens[k].islower() or tokens[k] in _SHIFTS:
            k += 1  # "Lo on Sunday said"; "Priebus later Thursday told", "Gowdy earlier Thursday said"
        elif not before.islower():
            return False  # "Super Tuesday", "Trump Tuesday": a name may go on with a day
        if k >= end or _lower(tokens[k]) not in _BARE_TIMES or tokens[k].isupper():
            return False
        if tokens[k][0].isupper() and _lower(tokens[k]) in _LOWER_TIMES:
            return False
        k += 1
        while k < end and _lower(tokens[k]) in _TIMES_OF_DAY and tokens[k].islower():
            k += 1
        return k == end

    def _closing_span(self, k: int, end: int) -> bool:
        """Does a stretch of time or an occasion, opened by the preposition at `k`, end the phrase: "at the
        time", "over the weekend", "over the past month", "in a blog post", "during his speech" ("The
        congressman over the weekend joked", "Lo in a Medium post said")? Not a place or a gathering
        ("supporters at the rally", "officials in the department"): those may be part of who speaks."""
        tokens = self.tokens
        words = [_lower(t) for t in tokens[k + 1 : end]]
        if not (2 <= len(words) <= 4 and words[0] in _SPAN_DETERMINERS and all(t.isalpha() for t in words[1:])):
            return False
        last = words[-1]
        if tokens[k] in ("at", "over"):
            return last in _PERIODS or last == "time" and tokens[k] == "at" and len(words) == 2
        documents = self.lang.document_nouns
        return last in _UTTERANCES or (
            last in documents and last not in self.lang.survey_nouns and _lower(tokens[k - 1]) not in documents
        )  # "An earlier report in a local paper said": a document in another is the source itself

    def _subject_end(self, i: int, end: int) -> int:
        """Where a source read back from its cue really ends when a verb stands between them:
        "he only hinted at ... by", "Mr. Wiley walked them through", "donors were upset after"."""
        tokens, lang = self.tokens, self.lang
        for k in range(i, end - 1):
            word = _lower(tokens[k])
            if word in _SUBJECT_PRONOUNS and _lower(tokens[k + 1]) not in ("and", "or"):  # "he and Mr. Allen said"
                return k + 1 if k == i else end
            if k > i and self._closing_time(k, end):
                return k  # "Peskov on Tuesday accused", "The ministry yesterday said": the time is no part of it
            if k > i and word in _VERBS_AFTER_SUBJECT:
                return k
            upper = tokens[k][0].isupper() and (k > i or word not in lang.naming_words and word not in lang.determiners)
            if (
                upper
                and k + 2 < end
                and tokens[k + 1].islower()
                and tokens[k + 1].endswith("ed")
                and not (tokens[k + 1] in lang.source_tails and tokens[k + 2] in _TAIL_PREPOSITIONS)
                and not self._led_by_name(k + 1, end)
            ):  # "Mr. Wiley walked them", not "People briefed on the move said": the tail is the subject's
                return k + 1
        return end - 1 if end - 1 > i and self._closing_time(end - 1, end) else end  # "The ministry yesterday"

    def _led_by_name(self, k: int, end: int) -> bool:
        """Does "led by" and a capitalised word open at `k` ("Republicans led by Senator Ana Ruiz said")? The
        group's leader is part of its source (docs/source-kinds.md, k36), not a verb ending it."""
        return self._led_by(k, end) and self.tokens[k + 2][:1].isupper()


def find_attributions(
    doc: Doc,
    matches: list[Match],
    cue_direction: dict[tuple[str, str], str],
    language: LanguageSpec,
    roles: dict[str, str],
    quoted: AbstractSet[int] = frozenset(),
    direct: Sequence[tuple[int, int]] = (),
    labelled: dict[int, list[tuple[int, int]]] | None = None,
) -> list[Attribution]:
    """Attributions per sentence, in order. `cue_direction` maps (signal, entry) to its `source` option;
    `roles` maps a signal to its sourcing role (`LexiconSet.sourcing_roles`): other signals are ignored.
    `labelled` holds the cues a trained labeller found per sentence (`attribution.Labeller.label`).

    A sentence in `quoted` (it holds a direct quotation) without a cue of its own continues the
    quotation of the sentence after it when that one opens with its speaker ('"Is it over?" Ruiz
    said.'), else of the sentence before it: '"We will not yield," she said. "Not now, not ever."',
    across a line that introduces it ('Ruiz said: "…" Transcript as follows: "…"').
    """
    # a cue inside a quotation (`direct`) is the speaker's own ("I think ..."), not the article's
    spans = Spans(list(direct)) if direct else None
    by_sentence: dict[int, list[Match]] = {}
    for m in matches:
        role = roles.get(m.signal)
        if role is None or role in CUE_ROLES and spans is not None and spans.covers(m.first, m.last):
            continue
        by_sentence.setdefault(m.sentence, []).append(m)
    reader = _Reader(doc, cue_direction, language, roles)
    labelled = labelled or {}
    if spans is not None:
        labelled = {s: kept for s, cues in labelled.items() if (kept := [c for c in cues if not spans.covers(*c)])}
    per_sentence: dict[int, list[Attribution]] = {}
    # constructions without a lexicon cue
    framed = (
        reader.colons | reader.tagged | reader.signatures.keys() | reader.viewpoints.keys() | reader.citations.keys()
    )
    for sentence in sorted(by_sentence.keys() | labelled.keys() | framed):
        found = reader.sentence(sentence, by_sentence.get(sentence, []), labelled.get(sentence))
        if found:
            per_sentence[sentence] = found
    for sentence in sorted(quoted - set(per_sentence)):
        speaker = (
            _speaker_after(doc, per_sentence.get(sentence + 1))
            or _speaker(doc, _before(doc, per_sentence, sentence))
            or _first(per_sentence.get(sentence + 1))
        )
        if speaker:
            per_sentence[sentence] = [
                _new_attribution(
                    (sentence, speaker.kind, "", (0, 0), speaker.source_tokens, False, doc.sentence_tokens[sentence])
                )
            ]
    if per_sentence and ":" in doc.text:
        _carry_turns(doc, per_sentence)
    return [a for sentence in sorted(per_sentence) for a in per_sentence[sentence]]


def _carry_turns(doc: Doc, per_sentence: dict[int, list[Attribution]]) -> None:
    """What a colon opens runs on past its sentence. A transcript turn runs to the end of its line: the
    sentences after a speaker's colon on the same line ("FALLIN: I think he is trying. I think that has been
    part of his message.") are the speaker's too, up to the next speaker's colon. A cue that ends its sentence
    with a colon and credits nothing after it ("In a speech last July, he said:", "Fox News reports:", "Lo
    argued that:") introduces the next paragraph, every sentence of it but a bracketed note ("[emphasis
    added]"); the words before such a cue are the writer's. Each sentence carried is credited to the speaker as
    a whole, beside any attribution of its own (a turn's "I think" is part of the turn: `writer_cues`)."""
    bounds, tokens = doc.sentence_tokens, doc.tokens
    lines = _LineEnds(doc)
    for sentence in sorted(per_sentence):
        s0, s1 = bounds[sentence]
        own = per_sentence[sentence]
        speaker = next((a for a in own if _opens_turn(tokens, a, s0, s1)), None)
        block = speaker is None and tokens[s1 - 1] == ":" and sentence + 1 < len(bounds)
        if block:
            speaker = max(own, key=_cue_first)
            if not _introduces_block(tokens, speaker, s1) or not lines.before(sentence + 1):
                continue  # "… he said: the plan …" on one line is no block
            c1, (a, b) = speaker.content_tokens[1], speaker.source_tokens
            if 0 < c1 <= a < b <= speaker.cue_tokens[0] and tokens[a - 1] == ",":
                # "In a speech last July, he said:" ("…, as the website notes:" credits the clause before)
                own[own.index(speaker)] = speaker._replace(content_tokens=(s1, s1))
        if speaker is None:
            continue
        k = sentence + 1
        while k < len(bounds) and (block and k == sentence + 1 or not lines.before(k)):
            here = per_sentence.get(k, [])
            if any(a.cue == ":" for a in here):
                break  # the next speaker
            if tokens[bounds[k][0]] not in _NOTE_OPENERS and not any(
                a.cue_tokens == (0, 0) and a.content_tokens == bounds[k] for a in here
            ):
                per_sentence[k] = [
                    _new_attribution((k, speaker.kind, "", (0, 0), speaker.source_tokens, False, bounds[k])),
                    *here,
                ]
            k += 1


def _opens_turn(tokens: Sequence[str], a: Attribution, s0: int, s1: int) -> bool:
    """Is `a` a transcript speaker's colon ("FALLIN: …", in capitals, not a headline's "Ruiz: Plant Will
    Close") whose content runs to its sentence's end?"""
    return (
        a.cue == ":"
        and a.cue_tokens[0] < s0 + 7
        and a.content_tokens[1] >= s1 - 1
        and all(t.isupper() for t in tokens[a.source_tokens[0] : a.source_tokens[1]] if is_word(t))
    )


def _introduces_block(tokens: Sequence[str], a: Attribution, s1: int) -> bool:
    """Does `a`'s cue (or its source after it, or a "that") end the sentence right before its closing colon,
    with nothing credited after the cue ("Fox News reports:", "said Lo:", "Lo argued that:")?"""
    c0, c1 = a.content_tokens
    end = max(a.cue_tokens[1], a.source_tokens[1])
    return (
        a.cue_tokens[0] < a.cue_tokens[1]
        and (end == s1 - 1 or end == s1 - 2 and _lower(tokens[end]) == "that")
        and (c1 <= a.cue_tokens[0] or c1 - c0 < 2)
    )


class _LineEnds:
    """Whether a line end parts a sentence from the one before it, for the sentences `_carry_turns` asks about.

    The tokens are found in the text from the last one found onward, up to the sentence asked about: the
    offsets of every token (`Doc.offsets`, a tuple each) cost 3% of `analyze` on real news, where a colon
    in four articles in five made this ask (round p28)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.token = 0  # the next token to find
        self.end = 0  # where the token before it ends

    def before(self, k: int) -> bool:
        """Is there a line end between sentence `k - 1`'s last token and sentence `k`'s first?"""
        tokens, text = self.doc.tokens, self.doc.text
        first = self.doc.sentence_tokens[k][0]  # the sentences part the tokens: k - 1 ends just before it
        if self.token > first:  # asked about an earlier place: found again from the start
            self.token = self.end = 0
        while self.token < first:
            self.end = text.find(tokens[self.token], self.end) + len(tokens[self.token])
            self.token += 1
        return "\n" in text[self.end : text.find(tokens[first], self.end)]


def _gerund(word: str) -> bool:
    """Is `word` a lower-case -ing form ("taunting"; not "sing", "access-peddling")?"""
    return len(word) > 4 and word.endswith("ing") and word.isalpha() and word.islower()


def _bare_verb(word: str) -> bool:
    """Could `word` after "to" be an infinitive's verb ("vowed to veto"), not a noun phrase ("to a crowd",
    "to reporters": a plural in -s)?"""
    return (
        word.isalpha()
        and word.islower()
        and word not in _NOT_VERBS
        and not (word.endswith("s") and not word.endswith("ss"))
    )


def _first_token(m: Match) -> int:
    return m.first


def _cue_order(m: Match) -> tuple[int, int]:
    """Text order, the longer of two cues at one place first ("said in" before "said")."""
    return m.first, -m.last


def _cue_first(a: Attribution) -> int:
    return a.cue_tokens[0]


def _first(attributions: list[Attribution] | None) -> Attribution | None:
    return attributions[0] if attributions else None


def _speaker(doc: Doc, attributions: list[Attribution] | None) -> Attribution | None:
    """Whose quotation runs on from the sentence before: of its attributions whose source is not quoted
    inside another's content, one whose content reaches the sentence's end (the open quotation), else the
    first ("Commenting on it, Lo said: “…" has a cue without one first), else the first of all."""
    if not attributions:
        return None
    if len(attributions) == 1:
        return attributions[0]  # the usual case: no choice to make
    # a source quoted inside another's content ('"Media reports say …," Feinstein continued') is not the speaker;
    # one inside what a source before it reports may be ("According to Xinhua, Ruto said: “…")
    sourced = [
        a
        for a in attributions
        if a.source_tokens[0] < a.source_tokens[1]
        and not any(
            b is not a
            and b.content_tokens[0] <= a.source_tokens[0] < b.content_tokens[1]
            and not b.cue_tokens[1] <= b.source_tokens[0] < b.content_tokens[0]
            for b in attributions
        )
    ]
    end = doc.sentence_tokens[attributions[0].sentence][1]
    return next((a for a in sourced if a.content_tokens[1] >= end - 1), None) or _first(sourced or attributions)


def _before(doc: Doc, per_sentence: dict[int, list[Attribution]], sentence: int) -> list[Attribution] | None:
    """The attributions of the sentence before `sentence`; when that one is an unattributed line that
    introduces the quotation ("Transcript as follows:"), those of the sentence before it."""
    before = sentence - 1
    if before not in per_sentence and before > 0 and doc.tokens[doc.sentence_tokens[before][1] - 1] == ":":
        before -= 1
    return per_sentence.get(before)


def _speaker_after(doc: Doc, attributions: list[Attribution] | None) -> Attribution | None:
    """The next sentence's attribution when it opens with the speaker and credits nothing after the cue."""
    if not attributions:
        return None
    a = attributions[0]
    s0, _ = doc.sentence_tokens[a.sentence]
    opens = a.source_tokens[0] <= s0 + 1 or a.cue_tokens[0] <= s0 + 1
    return a if opens and a.content_tokens[1] <= max(a.source_tokens[0], a.cue_tokens[0]) else None


# open a content whose subject is a nested source ("asked if he thought")
_CLAUSE_WORDS: Final = GRAMMAR["clause_words"]
_NOTE_OPENERS: Final = frozenset("([")  # "[emphasis added]" after a quoted block is the writer's note
_TURN_OPENERS: Final = GRAMMAR["turn_openers"]  # before the speaker's "I think"
_SPEAKING: Final = GRAMMAR["speaking_pronouns"]  # after a speaker's colon, the speaker talking ("LO: I think …")


def writer_cues(tokens: Sequence[str], attributions: list[Attribution], spec: LanguageSpec) -> list[tuple[int, int]]:
    """The cues that are the writer's words for a speech act, so a signal match on one is the author's
    ("Ryan said he was not ready and suggested …": "suggested"). Not a cue whose own subject (its source,
    before it) stands inside the clause that a speech verb of `inverted_cues` reports ("Lo said Ruiz believes
    …", "Lo said the deal failed because Ruiz rejected it"), that "if" or "whether" opens ("asked if he thought
    …"), that a verb of telling or a "that" reports before its first mark ("Lo told CNN she believes …", "Lo
    argues that the deal never brought the savings economists expect"; round v17), or first after a speaker's
    colon as "I", "we" or "you" ("LO: I think …"): that cue is part of what the outer source said, as PolNeAR
    annotates it (its dev fold marks no cue inside a content). After an object
    ("blamed Russia and Kyiv blamed …") or a headline's colon ("Exposed: Aide Reveals …") a later subject is
    no part of anything said; nor is the outer source's own second verb ("said … and suggested"). (A subject
    right after "said that" or a lone "said he" needs none of this: `_Reader._nested` drops its cue.) One
    pass and one `Spans`: linear in attributions."""
    if len(attributions) < 2:
        return [a.cue_tokens for a in attributions]  # one attribution has no other to lie inside
    spoken: list[tuple[int, int]] = []  # contents that are clauses of a speech verb: any subject inside is nested
    colons: set[int] = set()  # contents after a speaker's colon: only a first subject "I", "we", "you" is nested
    for a in attributions:
        c0, c1 = a.content_tokens
        if a.cue_tokens == (0, 0) and c0 > 0:  # a sentence that goes on with a turn or a quotation: as a colon's
            colons.add(c0)
            colons.add(_past_opener(tokens, c0))
            continue
        if c0 >= c1 or c0 < a.cue_tokens[1]:
            continue
        # "According to Ruiz, Lee said …": a cue, its source, a comma and the content, all of it Ruiz's
        reported = a.cue_tokens[0] < a.cue_tokens[1] <= a.source_tokens[0] < a.source_tokens[1] == c0 - 1
        if not (reported or tokens[c0 - 1] == ":" or not is_punct(tokens[c0 - 1])):
            continue
        if a.cue == ":":
            colons.add(c0)
            colons.add(_past_opener(tokens, c0))  # "LO: Well, I think …"
        elif reported or a.cue in spec.inverted_cues or _lower(tokens[c0]) in _CLAUSE_WORDS:
            spoken.append((c0, c1))
        elif _lower(tokens[a.cue_tokens[0]]) in _TELLING or _lower(tokens[c0 - 1]) == "that":
            # "Lo told CNN she believes …", "Lo argues that … the savings economists expect": what was told or
            # argued, up to its first mark (the outer content may run on into the writer's ", even though …")
            spoken.append((c0, next((k for k in range(c0 + 1, c1) if tokens[k] in _TOLD_ENDS), c1)))
    if not spoken and not colons:
        return [a.cue_tokens for a in attributions]
    inside = Spans(spoken)
    out = []
    for a in attributions:
        s0, s1 = a.source_tokens
        if (
            s0 < s1 <= a.cue_tokens[0]
            and (inside.covers(s0, s1) or s0 in colons and _lower(tokens[s1 - 1]) in _SPEAKING)
            and _clause_verb(tokens, a)
        ):
            continue
        out.append(a.cue_tokens)
    return out


def _past_opener(tokens: Sequence[str], k: int) -> int:
    """Where a turn's words start past an opening "And", "But", "So", "Well" or "Now" and its comma ("Well, I
    think …"); `k` when none opens them."""
    if k < len(tokens) and _lower(tokens[k]) in _TURN_OPENERS:
        k += 1
        if k < len(tokens) and tokens[k] == ",":
            k += 1
    return k


def _clause_verb(tokens: Sequence[str], a: Attribution) -> bool:
    """Is `a`'s cue the verb of a clause whose subject is its source? Not a noun after a possessive ("his
    claim that", "his recent claims that") nor a participle after a noun ("a statement Tuesday questioning
    whether", "a robocall touting"): those describe what the outer source said or sent, and stay the writer's.
    Nor a source that opens with a mark, as after a dash."""
    s0, s1 = a.source_tokens
    if _lower(tokens[s0]) in _POSSESSIVE_DETERMINERS or is_punct(tokens[s0]):
        return False  # "his claim that"; "said - a source said …": a dash opens the writer's next clause
    cue = a.cue_tokens[0]
    return not _gerund(tokens[cue]) or norm(tokens[cue - 1]) in _BE


class Spans:
    """Sorted, merged token ranges; `covers` answers in O(log n): voice assignment stays linear."""

    def __init__(self, spans: list[tuple[int, int]]):
        starts: list[int] = []
        ends: list[int] = []  # built in place: one pass, no list of pairs to split afterwards
        for a, b in sorted(spans):
            if a >= b:
                continue  # an empty span covers nothing
            if ends and a <= ends[-1]:
                if b > ends[-1]:
                    ends[-1] = b
            else:
                starts.append(a)
                ends.append(b)
        self.starts, self.ends = starts, ends

    def covers(self, first: int, last: int) -> bool:
        k = index_after(self.starts, first) - 1
        return k >= 0 and last <= self.ends[k]

    def meets(self, first: int, last: int) -> bool:
        """Does any span share a token with `first:last`?"""
        k = index_after(self.ends, first)
        return k < len(self.starts) and self.starts[k] < last
