"""The lexicon file format: records for a parsed signal file and the validation that builds them.

In: the text of one TOML file. Out: a `SignalSpec` (or `LanguageSpec` for `_language.toml`)
plus every `Problem` found in it, gathered at once so an analyst fixes a file in one pass.
The format is specified for users in lexicons/README.md; codes are listed there too.
"""

from __future__ import annotations

import bisect
import difflib
import math
import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, Final

from ..errors import Code, Problem
from ..text import _TOKEN_RE, tokenize_words
from ..wording import clipped

SCHEMA_VERSION = 1
CASES = ("smart", "lower", "exact")
SOURCES = ("either", "before", "after", "none", "noun", "holder")
ACTIONS = ("cancel", "negate", "flip", "require", "keep")
MODES = ("replace", "extend")
# What a signal does in the sourcing analysis (framing/sourcing/): a reporting cue, an editorialising
# cue, or a marker of the source's kind. Declared in the signal file's header, not tied to file names.
SOURCING_ROLES = ("cue", "loaded_cue", "anonymous", "vague", "state_media")

_TOP_KEYS = {"schema", "signal", "match", "terms", "exceptions", "context", "proximity", "remove", "examples"}
_SECTION_KEYS = {
    "signal": {"label", "description", "language", "version", "mode", "overlaps", "role"},
    "match": {"case"},
    "exceptions": {"phrases"},
    "remove": {"terms"},
    "examples": {"match", "no_match"},
}
_TERM_KEYS = {"weight", "case", "source", "alone"}
_CONTEXT_KEYS = {
    "before",
    "after",
    "window",
    "action",
    "to",
    "terms",
    "closing_name",
    "opening_name",
    "opening_label",
    "not_labels",
    "answered_by",
    "name_after",
    "one_word",
}
_PROXIMITY_FLAGS = ("ordered", "ends_as_terms", "defer_to_terms")  # a proximity rule's keys of true or false
_PROXIMITY_KEYS = {"id", "a", "b", "window", "weight", *_PROXIMITY_FLAGS}
# the `[sourcing]` word lists read into the language rules as they are, one field each
_LATER_SOURCING_KEYS = (
    "after_source_stops",
    "determiners",
    "person_nouns",
    "group_nouns",
    "document_nouns",
    "survey_nouns",
    "collective_nouns",
    "discourse_phrases",
    "line_labels",
    "dateline_places",
    "inverted_cues",
    "source_tails",
    "crowd_counts",
    "evidence_nouns",
    "bloc_nouns",
    "sending_verbs",
    "causative_verbs",
    "voicing_verbs",
    "role_synonyms",
    "paired_modifiers",
    "party_nouns",
    "past_forms",
    "lowercase_group_nouns",
    "opening_prepositions",
    "closing_cues",
    "finding_nouns",
    "postpositive_words",
    "place_prepositions",
    "legislator_nouns",
    "kin_nouns",
    "paper_nouns",
    "recording_nouns",
    "expert_nouns",
    "case_papers",
    "institution_nouns",
    "bloc_acronyms",
)
_LANGUAGE_KEYS = {"schema", "sentences", "negation", "matching", "sourcing", "boilerplate", "grammar"}
_LANGUAGE_SECTION_KEYS = {
    "sentences": {"no_break_after", "no_break_before_number", "may_end_sentence", "sentence_starters"},
    "boilerplate": {"line_starts"},
    "negation": {"negators", "window", "question_auxiliaries", "question_subjects"},
    "matching": {"common_words", "stop_words"},
    "sourcing": {"naming_words", "auxiliaries", "source_stops", *_LATER_SOURCING_KEYS},
}
# The `[grammar]` table: closed classes of words (articles, forms of "be", subject pronouns, ...) that the
# source readers' constructions are written over, one key per module-level set of the sourcing code. Read
# once, at import, from the shipped language file of GRAMMAR_LANGUAGE only (framing/lexicon/grammar.py):
# there every key must be present, a list of lower-case words.
GRAMMAR_LANGUAGE = "en"
GRAMMAR_KEYS = frozenset(
    """
    adjective_endings after_negation after_subject agent_clauses agent_endings agent_gap_links agent_nouns agent_marks articles aside_members asking aside_new_clause aside_openers bare_participle_openers
    bare_persons bare_times be catenative_verbs chambers circumstances clause_continuers clause_cues clause_links clause_openers clause_words
    common_plural_endings comparatives complementizers continue_forms day_content_links contracted_be contracted_be_subjects contrasts correlative_nots counted counts dash_goes_on degree_words dozen firm_plurals
    expletives few finite_auxiliaries gatherings finite_modals floating generic_modals gerund_prepositions head_ends
    hearer_heads hearer_passives hearer_stops hearer_times held_views holder_pronouns impersonal_be indefinite into_phrase joins leaders lower_times
    link_nouns link_preludes ly_nouns member_shares modals name_article_prefixes no_clause_openers non_finite_markers non_subject_prepositions none_or_all
    no_heads not_before_day not_time_stops not_verbs noun_stops object_followers object_participles object_pronouns occasion_hearer_links occasion_openers occasion_prepositions
    one_person_words opening_clauses opening_words participle_adverbs participle_openers participle_prepositions
    particles passive_adverbs
    perfect periods personal_pronouns phrase_openers place_adverbs plural_auxiliaries plural_pronouns plurals_without_s pointing_words
    possessive_determiners possessive_marks possessives prepositions publishing_places quoting_verbs raising_passives relative_leaves relative_pronouns
    relative_head_stops relative_subject_openers relative_times repeats roughly say_forms saying_forms seated_bodies sentence_adverbs sentence_links serving_roles setting_prepositions shares shifts simple_pasts simple_presents site_prepositions span_determiners span_moments span_openers spans_of_time
    speaker_pronouns speaker_possessives speaking_pronouns stretches subject_pronouns subordinators summing summing_relatives
    survey_stops sweeping_shares tag_particles tag_pronouns tail_prepositions telling that_nouns thing_pronouns thing_words time_prepositions times_before_day times_of_day to_now to_now_openers
    topic_prepositions utterances verbs_after_subject viewpoint_pronouns whole_group writers
    object_of_verbs
    male_words female_words male_nouns female_nouns male_given_names female_given_names serving_bodies court_roles
    defined_communities discourse_adverbs loose_bodies naming_participles people_adjectives
    particle_senders sent_messages addressing_verbs infinitive_openers hearer_followers reflexives
    subject_passives
    """.split()
)
_SIGNAL_ID = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class Term:
    """One lexicon entry, its words as the tokenizer splits them.

    A word is a literal, a prefix ending in "*", or "*" alone (any one word). `exact` keeps the
    written case for case-sensitive entries ("NATO").
    """

    text: str
    words: tuple[str, ...]
    weight: float = 1.0
    exact: tuple[str, ...] | None = None
    source: str = "either"
    line: int | None = None
    origin: str = ""
    alone: bool = True  # narrative cue files: false, a cue the model counts that is no evidence without another


@dataclass(frozen=True)
class ContextRule:
    """Phrases near a match that cancel, negate or flip it, or (`require`) without which it does not count, or
    (`keep`) with which it counts whatever the later rules say: a sense a later rule's phrase would take away.

    `terms` limits the rule to matches of those entries (as written in [terms]); empty: every match.
    `closing_name`: the rule applies as well where the match closes its sentence right after a name that
    follows a comma ("…, Fox found.", "…, Isaac Stanley-Becker reports."): a source no word list can hold.
    `opening_name`: the rule applies as well where the match, in lower case, follows right after a name that
    opens its sentence ("The Mail reports that", "Richmond Times-Dispatch reports"): an outlet no list holds.
    `opening_label`: the rule applies as well where the match's sentence opens with a label of one to three
    capitalised words and a colon before the match ("DB: What would you say …?", "Defense Attorney : Were you
    hurt?"): a transcript's speaker or a line's label, which no word list can hold either. `not_labels`: the
    words before such a colon that are no label (lower-cased, one string each): an imperative opening a
    rhetorical question ("Consider: who benefits?").
    `answered_by`: phrases that make the rule apply as well where the match's sentence ends in "?" and the next
    opens with one of them (quotation marks and dashes passed over): a question answered at once ("Is it over?
    No, ...") is no rhetorical one, and no window within the sentence sees its answer.
    `name_after`: the rule applies as well where the match, in lower case, is followed right after by a capitalised
    word ("the so-called Islamic State"): a name it goes by, which no word list can hold.
    `one_word`: the rule applies as well where the match closes a sentence of one word before it ("Showdown?"):
    a subheading's teaser, not a question put to anyone.
    """

    before: tuple[Term, ...]
    after: tuple[Term, ...]
    window: int
    action: str
    to: str | None
    line: int | None = None
    terms: tuple[str, ...] = ()
    closing_name: bool = False
    opening_label: bool = False
    not_labels: tuple[str, ...] = ()
    opening_name: bool = False
    answered_by: tuple[Term, ...] = ()
    name_after: bool = False
    one_word: bool = False


@dataclass(frozen=True)
class ProximityRule:
    """Two sets of phrases near each other in a sentence: one match from the one to the other.

    `ends_as_terms`: an end counts only where the signal itself would count it (no exception covers it;
    an end that is also one of the signal's terms is matched there as that term), so "even if" or a
    cancelled "if" is no end. `defer_to_terms`: no match where one of the signal's term matches overlaps it,
    so a rule that composes a grid of words ("grave" x "threat") adds only the pairs no term counts already,
    and a span is counted once.
    """

    id: str
    a: tuple[Term, ...]
    b: tuple[Term, ...]
    window: int = 10
    ordered: bool = False
    weight: float = 1.0
    line: int | None = None
    ends_as_terms: bool = False
    defer_to_terms: bool = False


@dataclass(frozen=True)
class SignalSpec:
    """Everything one signal file says, validated."""

    id: str
    label: str
    description: str
    path: str
    language: str = "en"
    version: str = ""
    mode: str = "replace"
    terms: tuple[Term, ...] = ()
    exceptions: tuple[Term, ...] = ()
    context: tuple[ContextRule, ...] = ()
    proximity: tuple[ProximityRule, ...] = ()
    remove: tuple[str, ...] = ()
    examples_match: tuple[str, ...] = ()
    examples_no_match: tuple[str, ...] = ()
    origins: tuple[str, ...] = field(default=())
    overlaps: tuple[str, ...] = ()  # signals this one shares terms with on purpose
    role: str = ""  # sourcing role (SOURCING_ROLES), "" for none


@dataclass(frozen=True)
class LanguageSpec:
    """Tokenizer and modifier data of one language (`_language.toml`)."""

    no_break_after: frozenset[str] = frozenset()
    no_break_before_number: frozenset[str] = frozenset()
    negators: frozenset[str] = frozenset()
    negation_window: int = 3
    common_words: frozenset[str] = frozenset()  # never chosen as a multi-word term's anchor
    naming_words: frozenset[str] = frozenset()  # a source phrase holding one names somebody ("she", "the")
    auxiliaries: frozenset[str] = frozenset()  # skipped between a source and its verb ("have" in "officials have said")
    source_stops: frozenset[str] = frozenset()  # a source phrase never reaches back across these ("that")
    may_end_sentence: frozenset[str] = frozenset()  # "p.m.", "Inc.": end a sentence before a sentence starter
    sentence_starters: frozenset[str] = frozenset()  # "he", "the", "nothing": words that open sentences
    boilerplate: frozenset[str] = frozenset()  # phrases opening lines of site furniture ("take our poll")
    after_source_stops: frozenset[str] = frozenset()  # nor, after its verb, forward ("said Ruiz on CBS")
    determiners: frozenset[str] = frozenset()  # indefinite determiners and numbers ("a", "two", "several")
    person_nouns: frozenset[str] = frozenset()  # heads of unnamed people ("official", "aide", "people")
    group_nouns: frozenset[str] = frozenset()  # broad groups that are vague sources ("democrats", "voters")
    document_nouns: frozenset[str] = frozenset()  # one document is a named source ("a court filing")
    survey_nouns: frozenset[str] = frozenset()  # "In a CNN poll released Monday, …": an opening "In" credits the poll
    collective_nouns: frozenset[str] = frozenset()  # one body of several people, "they" ("the Ruiz campaign")
    discourse_phrases: frozenset[str] = frozenset()  # the writer's own words, never a cue ("that said")
    line_labels: frozenset[str] = frozenset()  # "Breaking:", "Editor's note:": a label before a colon, no speaker
    dateline_places: frozenset[str] = frozenset()  # "RIYADH: …": a dateline's place in capitals, no speaker
    inverted_cues: frozenset[str] = frozenset()  # cues that may precede their source after a comma ("…, said Ruiz")
    source_tails: frozenset[str] = frozenset()  # "a source close to the campaign": the tail is part of the source
    crowd_counts: frozenset[str] = frozenset()  # "thousands of people", "13 million people": a crowd, vague
    evidence_nouns: frozenset[str] = frozenset()  # "the evidence suggests", "data show": support in general, vague
    bloc_nouns: frozenset[str] = frozenset()  # "the left", "the West", "the elites": a broad bloc, vague with "the"
    legislator_nouns: frozenset[str] = frozenset()  # "Some senators said": a share of a house's members, anonymous
    paper_nouns: frozenset[str] = frozenset()  # "FEC records show": a named body's papers, named
    recording_nouns: frozenset[str] = frozenset()  # "footage from the square shows": no recording in view, vague
    kin_nouns: frozenset[str] = frozenset()  # "his mother said": a person's relatives, unnamed unless named
    expert_nouns: frozenset[str] = frozenset()  # "Analysts at the Brookings Institute": the body's people
    institution_nouns: frozenset[str] = frozenset()  # "Scientists from Oxford University": a body by its name's end
    bloc_acronyms: frozenset[str] = frozenset()  # "GOP analysts": a party's or a country's acronym, no body
    case_papers: frozenset[str] = frozenset()  # "court records", "court documents": the case's papers, named
    sending_verbs: frozenset[str] = frozenset()  # "sent a letter saying": the sender speaks, not the letter
    causative_verbs: frozenset[str] = frozenset()  # "led some to speculate": the object speaks, not the subject
    voicing_verbs: frozenset[str] = frozenset()  # "Lo made the accusation that": a noun cue's subject holds it
    role_synonyms: frozenset[str] = frozenset()  # "lawyer attorney": "the lawyer" takes up "a … attorney"
    paired_modifiers: frozenset[str] = frozenset()  # "current and former officials": "and" inside one source
    lowercase_group_nouns: frozenset[str] = frozenset()  # "the British press": a group only in lower case
    party_nouns: frozenset[str] = frozenset()  # "Ana Ruiz, Democrat of Ohio, said": a member's party and state
    past_forms: frozenset[str] = frozenset()  # "Lo, who …, made": irregular past tenses, the main verb after a relative
    opening_prepositions: frozenset[str] = frozenset()  # "Amid the uproar, Lo …": a phrase before the subject (k31)
    closing_cues: frozenset[str] = frozenset()  # "…, suggests a new study.": inverted when the source ends it (k31)
    finding_nouns: frozenset[str] = (
        frozenset()
    )  # "a study suggests": one unnamed finding is vague unless taken up (k32)
    postpositive_words: frozenset[str] = frozenset()  # "attorneys general": after its noun, not the head (k32)
    place_prepositions: frozenset[str] = frozenset()  # "Teachers in five states": where they are, not who (k35)
    stop_words: frozenset[str] = frozenset()  # never suggested by `lexicon audit` as a term ("he", "is")
    # "Is this not a witch hunt?": a negator right after one of these and one of those, with a "?" after it,
    # asks a negative question, which asserts what follows: it denies nothing (round l29)
    question_auxiliaries: frozenset[str] = frozenset()
    question_subjects: frozenset[str] = frozenset()

    def __hash__(self) -> int:
        """The hash of one field (a frozenset keeps its own), consistent with the generated equality: a reader is
        made per document and finds its language's tables by the spec (`words_of`, `several_memo`), where the
        generated hash of all the fields cost about 10,000 instructions a call (p43)."""
        return hash(self.negators)

    @cached_property
    def role_words(self) -> dict[str, frozenset[str]]:
        """`role_synonyms` as a map built once per language: each word of a group -> every word of the
        groups it is in, itself included ("spokesperson" -> spokesman, spokeswoman, spokesperson)."""
        words: dict[str, set[str]] = {}
        for group in self.role_synonyms:
            same = group.split()
            for word in same:
                words.setdefault(word, set()).update(same)
        return {word: frozenset(same) for word, same in words.items()}


_KEY_LINE = re.compile(r"""^\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*(?:\.[^=\[]*)?=""")
_HEADER_LINE = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?")
_QUOTED = re.compile(r""""((?:[^"\\]|\\.)*)"|'([^']*)'""")
_DOTTED_PART = re.compile(r"""\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*(?:\.|$)""")
_ESCAPE = re.compile(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)")
_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}


def _unescape(raw: str) -> str:
    """The text of a TOML basic string as written between its quotes ("t\\u0065rm" -> "term")."""

    def one(m: re.Match[str]) -> str:
        code = m.group(1)
        return (
            chr(int(code[1:], 16))
            if code[0] in "uU" and int(code[1:], 16) < 0x110000
            else _ESCAPES.get(code, m.group())
        )

    return _ESCAPE.sub(one, raw) if "\\" in raw else raw


def _key_text(m: re.Match[str]) -> str:
    """A key matched by `_KEY_LINE`, `_QUOTED` or `_DOTTED_PART` as TOML reads it."""
    basic, literal = m.group(1), m.group(2)
    return _unescape(basic) if basic is not None else literal if literal is not None else m.group(3)


def _dotted(header: str) -> list[str]:
    """The keys of a dotted header (`terms."a.b"` -> ["terms", "a.b"]); [header] when it is not one."""
    parts, at = [], 0
    while at < len(header):
        m = _DOTTED_PART.match(header, at)
        if not m or m.end() == at:
            return [header]
        parts.append(_key_text(m))
        at = m.end()
    return parts


class _Collector:
    """Gathers problems for one file and finds the line a key was written on.

    Keys are indexed by (section, key) in one pass over the file, with escapes decoded and
    `[terms."x"]` headers counted as key "x" of [terms]; every quoted string is indexed too, so
    finding the line of each of thousands of terms takes one look-up, not a scan of the file.
    """

    def __init__(self, path: str, source: str):
        self.path = path
        self.lines = source.splitlines()
        self.problems: list[Problem] = []
        self._keys: dict[tuple[str | None, str], int] = {}
        self._headers: dict[str, int] = {}
        self._quoted: dict[str, list[int]] | None = None
        section = None
        for number, line in enumerate(self.lines, 1):
            header = _HEADER_LINE.match(line)
            if header:
                section = header.group(1)
                self._headers.setdefault(section, number)
                parts = _dotted(section)
                if len(parts) > 1:
                    self._keys.setdefault((".".join(parts[:-1]), parts[-1]), number)
                continue
            key = _KEY_LINE.match(line)
            if key:
                self._keys.setdefault((section, _key_text(key)), number)

    def errors(self) -> int:
        """The errors found so far: a part refused makes no second error of what it left out."""
        return sum(p.severity == "error" for p in self.problems)

    def line_of(self, needle: str, section: str | None = None, after: int | None = None) -> int | None:
        """The line where `needle` is written as a key of `section`, or where it first appears in it (from line
        `after` on, when given: an entry of a list, after its key)."""
        found = self._keys.get((section, needle))
        if found is not None:
            return found
        start = (after - 1 if after else self._headers.get(section, 1) - 1) if section else 0
        if self._quoted is None:
            self._quoted = {}
            for number, line in enumerate(self.lines, 1):
                for m in _QUOTED.finditer(line):
                    for text in {m.group(1) if m.group(1) is not None else m.group(2), _key_text(m)}:
                        lines = self._quoted.setdefault(text, [])
                        if not lines or lines[-1] != number:
                            lines.append(number)
        lines = self._quoted.get(needle, [])
        k = bisect.bisect_right(lines, start)
        if k < len(lines):
            return lines[k]
        return start + 1 if section else None

    def header(self, section: str) -> int | None:
        """The line of a `[section]` header, or None when the file has none."""
        return self._headers.get(section)

    def add(
        self, code: str, message: str, line: int | None = None, hint: str | None = None, severity: str = "error"
    ) -> None:
        self.problems.append(Problem(self.path, message, code, line, None, hint, severity))

    def key_from(self, key: str, start: int) -> int:
        """The line of `key` in the table that begins on line `start` (a `[[rule]]` header, or an inline
        table's line): looked for from there to the next header; `start` when it is not found there."""
        inline = re.compile(r"""[{,]\s*(?:"%s"|'%s'|%s)\s*=""" % ((re.escape(key),) * 3))
        if inline.search(self.lines[start - 1]):
            return start
        for number in range(start + 1, len(self.lines) + 1):
            line = self.lines[number - 1]
            if _HEADER_LINE.match(line):
                break
            m = _KEY_LINE.match(line)
            if m and _key_text(m) == key:
                return number
        return start

    def unknown_keys(
        self, table: dict[str, Any], known: set[str], section: str | None, start: int | None = None
    ) -> None:
        """An E201 for each key of `table` not in `known`, on its line: found from `start`, the line the
        table begins on, for a rule or an inline table (whose keys are not indexed by section)."""
        for key in table:
            if key not in known:
                close = difflib.get_close_matches(key, sorted(known), n=1)
                hint = f'did you mean "{close[0]}"?' if close else "known keys: " + ", ".join(sorted(known))
                # a key of another table written outside it (`mode = "extend"` above [signal]) was told "did you
                # mean "remove"?" (u32): name its table
                home = [n for n, keys in _SECTION_KEYS.items() if key in keys - _TOP_KEYS and n != section]
                if home:
                    hint = f'"{key}" belongs under [{home[0]}]'
                where = f"[{section}]" if section else "the top level"
                line = self.key_from(key, start) if start is not None else self.line_of(key, section)
                if line is None and section is None:  # a table of an unknown name: its header
                    line = self._headers.get(key)
                self.add(Code.UNKNOWN_KEY, f'unknown key "{key}" in {where}', line, hint)


def parse_toml(path: str, source: str, problems: list[Problem]) -> dict[str, Any] | None:
    """Parse TOML, turning a syntax error into a located E101 problem."""
    try:
        return tomllib.loads(source)
    except RecursionError:
        line, col = _deepest(source)
        problems.append(
            Problem(
                path,
                "TOML syntax error: arrays or tables nested too deeply",
                Code.TOML_SYNTAX,
                line,
                col,
                "a lexicon needs at most a few levels",
            )
        )
        return None
    except ValueError as exc:
        if isinstance(exc, tomllib.TOMLDecodeError):
            _syntax_error(path, source, exc, problems)
            return None
        # an integer of more than 4,300 digits (Python's limit for turning text into int)
        found = re.search(r"[0-9][0-9_]{4300,}", source)
        line, col = _position(source, found.start()) if found else (None, None)
        problems.append(
            Problem(
                path,
                "TOML syntax error: a number with more digits than Python reads (4,300)",
                Code.TOML_SYNTAX,
                line,
                col,
                "weights are small numbers like 1.0 or 2.5",
            )
        )
        return None


_MAX_DEPTH = 100


def _position(source: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = source.count("\n", 0, offset) + 1
    return line, offset - (source.rfind("\n", 0, offset) + 1) + 1


def _deepest(source: str) -> tuple[int | None, int | None]:
    """Where brackets first nest more than `_MAX_DEPTH` deep: the place to look (brackets inside
    strings count too, so the place is approximate)."""
    depth = 0
    for offset, char in enumerate(source):
        if char in "[{":
            depth += 1
            if depth > _MAX_DEPTH:
                return _position(source, offset)
        elif char in "]}":
            depth = max(0, depth - 1)
    return None, None


def _syntax_error(path: str, source: str, exc: tomllib.TOMLDecodeError, problems: list[Problem]) -> None:
    """A located E101 from the position tomllib gives."""
    message = str(exc)
    m = re.search(r"\(at line (\d+), column (\d+)\)", message)
    line, col = (int(m.group(1)), int(m.group(2))) if m else (None, None)
    text = re.sub(r"\s*\(at line \d+, column \d+\)", "", message)
    written = source.splitlines()[line - 1].strip() if line and line <= len(source.splitlines()) else ""
    hint = "quote terms that contain spaces, dots or quotes"
    if "overwrite" in text.lower():
        key = written.split("=", 1)[0].strip()
        text, hint = f"{key} is written twice", "keep one entry: a later one would not win silently"
    elif written:
        text = f"{text} in: {written}"
    problems.append(Problem(path, f"TOML syntax error: {text}", Code.TOML_SYNTAX, line, col, hint))
    return None


def parse_term(
    text: str, weight: float, case: str, source: str, line: int | None, origin: str, col: _Collector, what: str = "term"
) -> Term | None:
    """Validate one term's words and wildcards; None (with a problem recorded) when it is broken."""
    if not isinstance(text, str) or not text.strip():
        col.add(Code.NEVER_MATCHES, f"empty {what} can never match", line)
        return None
    words = _split_term(text, lower=True)
    if words is None:
        col.add(
            Code.BAD_WILDCARD,
            f"malformed wildcard in {what} {clipped(text)}",
            line,
            'a "*" may end a word ("escalat*") or stand alone for any one word ("sources * said")',
        )
        return None
    if not words:
        col.add(
            Code.NEVER_MATCHES, f"{what} {clipped(text)} can never match: it has no words the tokenizer keeps", line
        )
        return None
    # a context phrase may stand a lone "*" at its edge, any one word there ('* "': a word right before a mark)
    edged = words[0] == "*" or words[-1] == "*"
    if edged and (what != "context phrase" or all(w == "*" for w in words)):
        col.add(
            Code.BAD_WILDCARD,
            f'{what} {clipped(text)} starts or ends with a lone "*"',
            line,
            "a lone * must stand between two words (a context phrase's may stand at its edge beside a word)",
        )
        return None
    exact = None
    if case == "exact" or (case == "smart" and text != text.lower()):
        exact = _split_term(text, lower=False)
    return Term(text, words, float(weight), exact, source, line, origin)


def _split_term(text: str, lower: bool) -> tuple[str, ...] | None:
    """Words of a term with wildcards kept: "escalat* war" -> ("escalat*", "war"); None if misplaced."""
    words: list[str] = []
    for chunk in text.split():
        if chunk == "*":
            words.append("*")
            continue
        straight = chunk.replace("’", "'").lower()
        if straight == "n't":  # a contraction's clitic, as the tokenizer keeps it
            words.append("'t")
            continue
        if straight[:1] == "'" and straight[1:].isalpha():  # a clitic written alone ("'s"), as in "that's"
            words.append(straight)
            continue
        stem = chunk[:-1] if chunk.endswith("*") else chunk
        if "*" in stem:
            return None
        pieces = tokenize_words(stem) if lower else _TOKEN_RE.findall(stem.replace("’", "'"))
        if chunk.endswith("*"):
            if len(pieces) >= 2 and pieces[-1] == "-":  # "pseudo-*": the prefix of a hyphenated word
                pieces[-2:] = [pieces[-2] + "-"]
            if not pieces or not (pieces[-1][-1].isalnum() or pieces[-1][-1] == "-"):
                return None
            pieces[-1] += "*"
        words.extend(pieces)
    return tuple(words)


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _string_list(col: _Collector, table: dict[str, Any], key: str, section: str) -> list[str]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        col.add(Code.WRONG_TYPE, f"[{section}] {key} must be a list of strings", col.line_of(key, section))
        return []
    return value


def _choice(col: _Collector, section: str, key: str, value: Any, allowed: tuple[str, ...], default: str) -> str:
    """`value` when it is one of `allowed`; else a problem at the key's line, and `default`, so that the
    rest of the file is still checked."""
    if value in allowed:
        return value
    col.add(
        Code.BAD_CHOICE,
        f'[{section}] {key} must be one of {", ".join(allowed)} (found "{value}")',
        col.line_of(key, section),
    )
    return default


def validate_signal(path: str, source: str, signal_id: str, language: str) -> tuple[SignalSpec | None, list[Problem]]:
    """Validate one signal file; returns the spec (None when unusable) and all problems found."""
    col = _Collector(path, source)
    data = parse_toml(path, source, col.problems)
    if data is None:
        return None, col.problems
    if not _SIGNAL_ID.match(signal_id):
        col.add(
            Code.TWICE,
            f'file name "{signal_id}" is not a valid signal id',
            None,
            "use lower-case letters, digits and underscores, starting with a letter",
        )
    col.unknown_keys(data, _TOP_KEYS, None)
    if data.get("schema") != SCHEMA_VERSION:
        col.add(
            Code.SCHEMA_VERSION,
            f"schema must be {SCHEMA_VERSION} (found {data.get('schema')!r})",
            col.line_of("schema"),
            f"add `schema = {SCHEMA_VERSION}` at the top of the file",
        )
    for section, known in _SECTION_KEYS.items():
        table = data.get(section, {})
        if not isinstance(table, dict):
            col.add(Code.WRONG_TYPE, f"[{section}] must be a table", col.header(section))
            data[section] = {}
        else:
            col.unknown_keys(table, known, section)
    meta = data.get("signal", {})
    for key in ("label", "description"):
        if not isinstance(meta.get(key), str) or not meta.get(key, "").strip():
            col.add(
                Code.MISSING_KEY,
                f"[signal] needs a non-empty {key}",
                col.header("signal") or 1,
                f'add {key} = "..." under [signal]',
            )
    mode = _choice(col, "signal", "mode", meta.get("mode", "replace"), MODES, "replace")
    role = meta.get("role", "")
    if role != "":
        role = _choice(col, "signal", "role", role, SOURCING_ROLES, "")
    case = _choice(col, "match", "case", data.get("match", {}).get("case", "smart"), CASES, "smart")

    terms = _parse_terms(col, data.get("terms", {}), case, path)
    exceptions = tuple(
        t
        for t in (
            parse_term(p, 1.0, case, "either", col.line_of(p, "exceptions"), path, col, "exception")
            for p in _string_list(col, data.get("exceptions", {}), "phrases", "exceptions")
        )
        if t
    )
    # a rule may name every term written under [terms]: one whose weight is wrong is already an error,
    # and naming it is no second one; and a proximity rule's id, to read that rule's matches (round e38), as written
    # (a refused rule's too, r16: an empty id was refused and then named by the context rule as a second error)
    written = data.get("terms")
    proximity = _parse_proximity(col, data.get("proximity", []), case, path)
    tables = data.get("proximity")
    ids = (
        {t["id"] for t in tables if isinstance(t, dict) and isinstance(t.get("id"), str)}
        if isinstance(tables, list)
        else set()
    )
    named = {t.text for t in terms} | (set(written) if isinstance(written, dict) else set()) | ids
    context = _parse_context(col, data.get("context", []), case, path, named)
    remove = tuple(_string_list(col, data.get("remove", {}), "terms", "remove"))
    if remove and mode != "extend":
        col.add(
            Code.BAD_REMOVE,
            '[remove] only works in a file with mode = "extend"',
            col.header("remove"),
            'add mode = "extend" under [signal], or delete the terms from this file instead',
        )
    # a signal whose terms or rules were all refused has their errors, which say why it has none left
    if not terms and not proximity and mode != "extend" and not written and not data.get("proximity"):
        col.add(
            Code.NO_TERMS,
            "the signal has no terms and no proximity rules: it can never fire",
            col.header("terms") or 1,
            "add entries under [terms]",
        )
    examples = data.get("examples", {})
    spec = SignalSpec(
        id=signal_id,
        label=str(meta.get("label", signal_id)),
        description=str(meta.get("description", "")).strip(),
        path=path,
        language=str(meta.get("language", language)),
        version=str(meta.get("version", "")),
        mode=mode,
        terms=terms,
        exceptions=exceptions,
        context=context,
        proximity=proximity,
        remove=remove,
        examples_match=tuple(_string_list(col, examples, "match", "examples")),
        examples_no_match=tuple(_string_list(col, examples, "no_match", "examples")),
        origins=(path,),
        overlaps=tuple(_string_list(col, meta, "overlaps", "signal")),
        role=str(role),
    )
    usable = not any(p.severity == "error" for p in col.problems)
    return (spec if usable else None), col.problems


def _parse_terms(col: _Collector, table: Any, case: str, path: str) -> tuple[Term, ...]:
    if not isinstance(table, dict):
        col.add(Code.WRONG_TYPE, "[terms] must be a table of term = weight", col.header("terms"))
        return ()
    terms: list[Term] = []
    seen: dict[tuple[tuple[str, ...], tuple[str, ...] | None], Term] = {}
    for text, value in table.items():
        line = col.line_of(text, "terms")
        weight, term_case, source, alone = value, case, "either", True
        if isinstance(value, dict):
            col.unknown_keys(value, _TERM_KEYS, f'terms."{text}"', line)
            weight = value.get("weight", 1.0)
            term_case = value.get("case", case)
            source = value.get("source", "either")
            alone = value.get("alone", True)
            if not isinstance(alone, bool):
                col.add(Code.WRONG_TYPE, f'alone of "{text}" must be true or false (found {alone!r})', line)
                alone = True
            if term_case not in CASES:
                col.add(Code.BAD_CHOICE, f'case of "{text}" must be one of {", ".join(CASES)}', line)
                term_case = case
            if source not in SOURCES:
                col.add(Code.BAD_CHOICE, f'source of "{text}" must be one of {", ".join(SOURCES)}', line)
                source = "either"
        if not _number(weight):
            col.add(
                Code.WRONG_TYPE,
                f'weight for "{text}" must be a number (found {weight!r})',
                line,
                f'write "{text}" = 1.0, or "{text}" = {{ weight = 1.0 }}',
            )
            continue
        if not math.isfinite(weight):  # nan, inf, 1e999: would reach scores and JSON as NaN/Infinity
            col.add(Code.WRONG_TYPE, f'weight for "{text}" must be a finite number (found {weight!r})', line)
            continue
        term = parse_term(text, weight, term_case, source, line, path, col)
        if term is None:
            continue
        if not alone:
            term = replace(term, alone=False)
        key = (term.words, term.exact)
        if key in seen:
            col.add(
                Code.TWICE,
                f'"{text}" is listed twice in this signal (also as "{seen[key].text}" on line {seen[key].line})',
                line,
                'keep one entry; with case = "smart" or "lower", case variants are the same term',
            )
            continue
        seen[key] = term
        terms.append(term)
    return tuple(terms)


def _parse_phrases(col: _Collector, value: Any, case: str, path: str, line: int | None, what: str) -> tuple[Term, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        col.add(Code.BAD_RULE, f"{what} must be a list of phrases", line)
        return ()
    return tuple(t for t in (parse_term(v, 1.0, case, "either", line, path, col, what) for v in value) if t)


def _rule_tables(col: _Collector, value: Any, name: str) -> list[tuple[int | None, dict[str, Any]]]:
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        col.add(Code.BAD_RULE, f"rules must be written as [[{name}]] tables", col.header(name))
        return []
    lines = [i + 1 for i, line in enumerate(col.lines) if re.match(r"^\s*\[\[\s*" + name + r"\s*\]\]", line)]
    return [(lines[i] if i < len(lines) else None, v) for i, v in enumerate(value)]


def _window(col: _Collector, rule: dict[str, Any], default: int, line: int | None) -> int:
    window = rule.get("window", default)
    if not isinstance(window, int) or isinstance(window, bool) or window < 1:
        col.add(Code.BAD_RULE, f"window must be a whole number of words, at least 1 (found {window!r})", line)
        return default
    return window


def _cased_words(phrases: tuple[Term, ...], case: str) -> tuple[Term, ...]:
    """Context phrases with smart case compared word by word: a word written with a capital matches only as
    written ("US", "I"), a word in lower case in any case ("the" opening a sentence as "The"); `exact` holds
    "*" at the words of any case."""
    if case != "smart":
        return phrases
    return tuple(
        replace(t, exact=tuple(w if w != w.lower() else "*" for w in t.exact)) if t.exact is not None else t
        for t in phrases
    )


def _parse_context(col: _Collector, value: Any, case: str, path: str, known: set[str]) -> tuple[ContextRule, ...]:
    rules = []
    for line, rule in _rule_tables(col, value, "context"):
        col.unknown_keys(rule, _CONTEXT_KEYS, "[context]", line)
        action = rule.get("action", "cancel")
        if action not in ACTIONS:
            col.add(Code.BAD_RULE, f'context action must be one of {", ".join(ACTIONS)} (found "{action}")', line)
            continue
        to = rule.get("to")
        if action == "flip" and not isinstance(to, str):
            col.add(Code.BAD_RULE, 'a context rule with action = "flip" needs to = "<signal id>"', line)
            continue
        if action != "flip" and to is not None:  # r16: `action = "require"` with `to` flipped nothing, silently
            col.add(Code.BAD_RULE, f'`to` is read only with action = "flip" (this rule\'s action is "{action}")', line)
            continue
        reported = col.errors()
        before = _cased_words(_parse_phrases(col, rule.get("before", []), case, path, line, "context phrase"), case)
        after = _cased_words(_parse_phrases(col, rule.get("after", []), case, path, line, "context phrase"), case)
        answered_by = _cased_words(
            _parse_phrases(col, rule.get("answered_by", []), case, path, line, "answered_by phrase"), case
        )
        name_after, one_word = rule.get("name_after", False), rule.get("one_word", False)
        if not isinstance(name_after, bool) or not isinstance(one_word, bool):
            col.add(Code.WRONG_TYPE, "name_after and one_word of a context rule must be true or false", line)
            continue
        if not before and not after and not answered_by and not name_after and not one_word:
            if col.errors() == reported:  # else its phrases were refused, each said why (r15)
                col.add(Code.BAD_RULE, "a context rule needs phrases in `before`, `after` or `answered_by`", line)
            continue
        only = rule.get("terms", [])
        if not isinstance(only, list) or not all(isinstance(t, str) for t in only):
            col.add(Code.BAD_RULE, "a context rule's `terms` must be a list of terms of this file", line)
            continue
        unknown = [t for t in only if t not in known]
        if unknown:
            col.add(
                Code.BAD_RULE,
                f'context rule names "{unknown[0]}", which is not a term of this file nor a [[proximity]] id',
                line,
                # r16: since e38 a rule may name a proximity rule's id too; the hint named [terms] only
                "write the term exactly as under [terms], or the id of one of this file's [[proximity]] rules",
            )
            continue
        closing_name = rule.get("closing_name", False)
        if not isinstance(closing_name, bool):
            col.add(Code.WRONG_TYPE, "closing_name of a context rule must be true or false", line)
            continue
        opening_name = rule.get("opening_name", False)
        if not isinstance(opening_name, bool):
            col.add(Code.WRONG_TYPE, "opening_name of a context rule must be true or false", line)
            continue
        opening_label = rule.get("opening_label", False)
        if not isinstance(opening_label, bool):
            col.add(Code.WRONG_TYPE, "opening_label of a context rule must be true or false", line)
            continue
        not_labels = rule.get("not_labels", [])
        if not isinstance(not_labels, list) or not all(isinstance(t, str) and t.strip() for t in not_labels):
            col.add(Code.WRONG_TYPE, "not_labels of a context rule must be a list of words", line)
            continue
        if not_labels and not opening_label:
            col.add(Code.BAD_RULE, "not_labels is read only with opening_label = true", line)
            continue
        window = _window(col, rule, 3, line)
        rules.append(
            ContextRule(
                before,
                after,
                window,
                action,
                to,
                line,
                tuple(only),
                closing_name,
                opening_label,
                tuple(" ".join(t.lower().split()) for t in not_labels),
                opening_name,
                answered_by,
                name_after,
                one_word,
            )
        )
    return tuple(rules)


def _parse_proximity(col: _Collector, value: Any, case: str, path: str) -> tuple[ProximityRule, ...]:
    rules = []
    for line, rule in _rule_tables(col, value, "proximity"):
        col.unknown_keys(rule, _PROXIMITY_KEYS, "[proximity]", line)
        rule_id = rule.get("id")
        if not isinstance(rule_id, str) or not rule_id:
            col.add(Code.BAD_RULE, "a proximity rule needs an id", line, 'add id = "short-name"')
            continue
        a = _parse_phrases(col, rule.get("a", []), case, path, line, "proximity term")
        b = _parse_phrases(col, rule.get("b", []), case, path, line, "proximity term")
        if not a or not b:
            col.add(Code.BAD_RULE, f'proximity rule "{rule_id}" needs terms in both `a` and `b`', line)
            continue
        weight = rule.get("weight", 1.0)
        if not _number(weight) or not math.isfinite(weight):
            col.add(Code.WRONG_TYPE, f'weight of proximity rule "{rule_id}" must be a finite number', line)
            continue
        flags = [rule.get(key, False) for key in _PROXIMITY_FLAGS]
        wrong = next((key for key, flag in zip(_PROXIMITY_FLAGS, flags) if not isinstance(flag, bool)), None)
        if wrong is not None:
            col.add(Code.WRONG_TYPE, f'{wrong} of proximity rule "{rule_id}" must be true or false', line)
            continue
        ordered, as_terms, defer = flags
        window = _window(col, rule, 10, line)
        rules.append(ProximityRule(rule_id, a, b, window, ordered, float(weight), line, as_terms, defer))
    return tuple(rules)


def _grammar(col: _Collector, data: dict[str, Any]) -> dict[str, frozenset[str]]:
    """The `[grammar]` word classes by key: each of GRAMMAR_KEYS present, a list of lower-case words, taken
    as written ("’s" and "'s" are tokens the readers tell apart, so no quotation mark is normalised)."""
    table = data.get("grammar")
    if not isinstance(table, dict):
        found = "missing" if table is None else "not a table"
        col.add(Code.MISSING_KEY, f"[grammar] must be a table of word lists ({found})", col.line_of("grammar"))
        return {}
    col.unknown_keys(table, set(GRAMMAR_KEYS), "grammar")
    words = {}
    for key in sorted(GRAMMAR_KEYS):
        value = table.get(key)
        if value is None:
            hint = "the sourcing code reads every key of the shipped table"
            col.add(Code.MISSING_KEY, f'[grammar] has no key "{key}"', col.header("grammar"), hint)
        elif not isinstance(value, list):
            col.add(Code.WRONG_TYPE, f"[grammar] {key} must be a list of lower-case words", col.line_of(key, "grammar"))
        elif not value:
            # the class's rule would go quiet with no word said (a5: "court_roles = []" was kept)
            col.add(
                Code.NEVER_MATCHES,
                f"[grammar] {key} is empty: the rule that reads it never fires",
                col.line_of(key, "grammar"),
                "list the class's words",
            )
        elif (bad := next((w for w in value if not (isinstance(w, str) and w and w == w.lower())), None)) is not None:
            # the entry at fault, on its line: a list of given names runs over ten lines (r18)
            at = col.line_of(key, "grammar")
            line = col.line_of(bad, "grammar", at) if isinstance(bad, str) else at
            why = "is empty" if bad == "" else "is not lower case" if isinstance(bad, str) else "is not a word"
            col.add(Code.WRONG_TYPE, f"[grammar] {key} must be a list of lower-case words", line, f"{bad!r} {why}")
        elif spaced := [w for w in value if len(w.split()) != 1 or w != w.strip()]:
            # the readers test one token at a time, and no token holds a space: "was not" was kept, silently inert
            col.add(
                Code.NEVER_MATCHES,
                f"[grammar] {key}: {spaced[0]!r} holds a space, and a token never does: it can never match",
                col.line_of(key, "grammar"),
                "list one word a string",
            )
        elif key == "adjective_endings" and not all(w.isalpha() for w in value):
            # compared with a word's last letters ("Harrowing"): a hyphen or a mark never ends one the same way
            col.add(Code.NEVER_MATCHES, f"[grammar] {key} must be endings of letters", col.line_of(key, "grammar"))
        else:
            words[key] = frozenset(value)
    _one_sex(col, words)
    return words


# the lists that tell a person's sex ("she", "the spokeswoman", "Mary"): the kind rules read one sex per word (k75)
_SEX_LISTS: Final = (
    ("male_words", "male_nouns", "male_given_names"),
    ("female_words", "female_nouns", "female_given_names"),
)


def _one_sex(col: _Collector, words: dict[str, frozenset[str]]) -> None:
    """An E207 for each word listed under both sexes (r18): the readers keep one sex a word, so the list read
    last would decide it without a word ("jordan" in male_given_names and female_given_names read as a woman)."""
    male = {w: key for key in _SEX_LISTS[0] for w in sorted(words.get(key, ()))}
    for key in _SEX_LISTS[1]:
        for word in sorted(words.get(key, frozenset()) & male.keys()):
            col.add(
                Code.TWICE,
                f"[grammar] {word!r} is in {male[word]} and in {key}: a word tells one sex",
                col.line_of(word, "grammar", col.line_of(key, "grammar")),
                "keep it in one list; a name given to either sex in neither",
            )


# the `[sourcing]` lists the reader compares with the words before a line's colon ("Breaking: …", "RIYADH: …")
_BEFORE_COLON = ("line_labels", "dateline_places")


def _before_colon(col: _Collector, key: str, entries: list[str]) -> list[str]:
    """`entries` less those that never equal the words before a colon, each an E206 on its line (r15 found them
    kept without a word): no words, a colon of their own, and for a place (one to three words, joined by single
    spaces as the reader joins them) more words or other spacing."""
    kept, start = [], col.line_of(key, "sourcing")
    for entry in entries:
        written = entry.lower().replace("’", "'")
        words = tokenize_words(written)
        joined = " ".join(words)
        if not words:
            why = "has no words"
        elif ":" in entry:
            why = "holds a colon, and the words compared stand before the line's colon"
        elif key == "dateline_places" and len(words) > 3:
            why = f"has {len(words)} words, and a dateline's place is read from one to three"
        elif key == "dateline_places" and joined != written:
            why = f"is not written as its words joined by single spaces ({joined!r}), as the reader compares them"
        else:
            kept.append(entry)
            continue
        line = col.line_of(entry, "sourcing", start)
        col.add(Code.NEVER_MATCHES, f"[sourcing] {key}: {clipped(entry, escaped=True)} {why}: it can never match", line)
    return kept


# the `[sourcing]` lists the kind rules compare with one token, a phrase's head noun ("footage", "mother")
_HEAD_WORDS = ("kin_nouns", "paper_nouns", "recording_nouns")


def _one_word(col: _Collector, key: str, entries: list[str]) -> list[str]:
    """`entries` less those that are not one word, each an E206 on its line (a4: "news footage" or "" was kept
    without a word, and a head noun, one token, never equals it)."""
    kept, start = [], col.line_of(key, "sourcing")
    for entry in entries:
        if len(entry.split()) == 1 and entry == entry.strip():
            kept.append(entry)
            continue
        line = col.line_of(entry, "sourcing", start) if entry else start
        why = "is empty" if not entry.strip() else "is not one word, and the head noun compared is one token"
        col.add(Code.NEVER_MATCHES, f"[sourcing] {key}: {clipped(entry, escaped=True)} {why}: it can never match", line)
    return kept


def validate_grammar(path: str, source: str) -> tuple[dict[str, frozenset[str]] | None, list[Problem]]:
    """Validate the `[grammar]` table of a language file; its word classes (None when unusable) and problems."""
    col = _Collector(path, source)
    data = parse_toml(path, source, col.problems)
    words = _grammar(col, data) if data is not None else None
    return (None if col.problems else words), col.problems


def validate_language(
    path: str, source: str, window: int = 3, grammar: bool = False
) -> tuple[LanguageSpec | None, list[Problem]]:
    """Validate `_language.toml`; `window` is the negation window of the layers below, kept when the
    file does not set one (a file that only adds negators must not reset it). `grammar`: this is the file
    whose `[grammar]` table the code reads, which must then be whole; in any other a table is not read."""
    col = _Collector(path, source)
    data = parse_toml(path, source, col.problems)
    if data is None:
        return None, col.problems
    col.unknown_keys(data, _LANGUAGE_KEYS, None)
    if grammar:
        _grammar(col, data)
    elif "grammar" in data:
        col.add(
            Code.GRAMMAR_NOT_READ,
            f"[grammar] is read from the shipped {GRAMMAR_LANGUAGE} language file only: this one is not read",
            col.header("grammar"),
            "the grammar words are built into the sourcing code at import; edit the shipped file to change them",
            severity="warning",
        )
    lists: dict[str, list[str]] = {}
    for section, known in _LANGUAGE_SECTION_KEYS.items():
        table = data.get(section, {})
        if not isinstance(table, dict):
            col.add(Code.WRONG_TYPE, f"[{section}] must be a table", col.header(section))
            continue
        col.unknown_keys(table, known, section)
        for key in known - {"window"}:
            entries = _string_list(col, table, key, section)
            if key in _BEFORE_COLON:
                entries = _before_colon(col, key, entries)
            elif key in _HEAD_WORDS:
                entries = _one_word(col, key, entries)
            lists[key] = [w.lower().replace("’", "'") for w in entries]
    negation = data.get("negation")
    written = negation.get("window", window) if isinstance(negation, dict) else window
    if not isinstance(written, int) or isinstance(written, bool) or written < 1:
        col.add(
            Code.BAD_RULE,
            f"[negation] window must be a whole number, at least 1 (found {written!r})",
            col.line_of("window", "negation"),
        )
    else:
        window = written
    # a contraction ("n't", "don't") is recognised by its clitic token "'t"
    negators = frozenset(tokenize_words(n)[-1] for n in lists.get("negators", []) if tokenize_words(n))
    spec = LanguageSpec(
        frozenset(lists.get("no_break_after", [])),
        frozenset(lists.get("no_break_before_number", [])),
        negators,
        window,
        frozenset(lists.get("common_words", [])),
        frozenset(lists.get("naming_words", [])),
        frozenset(lists.get("auxiliaries", [])),
        frozenset(lists.get("source_stops", [])),
        may_end_sentence=frozenset(lists.get("may_end_sentence", [])),
        sentence_starters=frozenset(lists.get("sentence_starters", [])),
        boilerplate=frozenset(lists.get("line_starts", [])),
        stop_words=frozenset(lists.get("stop_words", [])),
        question_auxiliaries=frozenset(lists.get("question_auxiliaries", [])),
        question_subjects=frozenset(lists.get("question_subjects", [])),
        **{key: frozenset(lists.get(key, [])) for key in _LATER_SOURCING_KEYS},
    )
    return (None if any(p.severity == "error" for p in col.problems) else spec), col.problems
