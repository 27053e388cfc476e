"""Source kinds from the source phrase: its head, its determiners and what it refers back to.

The rules follow docs/source-kinds.md; the words are the language file's `[sourcing]` lists and the
lexicons whose role is a kind (state media, anonymity phrases, vague groups). A base of
`reader._Reader` (through the rule classes of `subjects` to `speakers`), which sets its data (never its
methods): the document (`tokens`, `lang`, `doc`),
each kind lexicon's kind (`kind_of`), the sentence being read and the kind matches of that sentence
(`kind_firsts`); `previous` keeps the kinds of earlier sources (and whether each was several people).
What is a name, and whether a described person is named nearby, is asked of `names.NameRules`,
its base; the phrase's head and number of `phrase.PhraseRules`, below that.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Final, TYPE_CHECKING

from ..lexicon.grammar import GRAMMAR
from ..match import Match
from .names import _INDEFINITE as _ONE, _MAKER_MARKS, _NAMED_LATER_SENTENCES, NameRules, _word_char  # _ONE: one person
from .phrase import (
    AND,
    BARE_PERSON,
    BLOC_NOUN,
    CASE_PAPER_HEAD,
    COUNTED,
    CROWD_COUNT,
    DETERMINER,
    DOCUMENT_NOUN,
    EVIDENCE_NOUN,
    EXPERT_NOUN,
    GROUP_NOUN,
    HEAD_ENDS,
    INDEFINITE,
    KIN_NOUN,
    LEGISLATOR_NOUN,
    LOOSE_BODY,
    MEMBER_SHARE,
    NAMING_WORD,
    NONE_OR_ALL,
    PAPER_NOUN,
    PERSON_NOUN,
    POSSESSIVE,
    PRONOUN,
    RECORDING_NOUN,
    RELATIVE_PRONOUNS,
    SERVING_BODY,
    SPEAKER,
    WHOLE,
    WRITER,
    agent_word,
    capitalised,
    SEARCHED_CHARS,
    is_punct,
    lower,
)
from ..text import find_token, is_alpha, is_lower, is_title, is_upper

if TYPE_CHECKING:
    from ..lexicon.schema import LanguageSpec

_PRIORITY: Final = {"state_media": 0, "anonymous": 1, "vague": 2}  # when several kinds fit one source
KIND_ROLES: Final = frozenset(_PRIORITY)  # the sourcing roles of lexicons that mark a source's kind
_PRONOUNS: Final = GRAMMAR["personal_pronouns"]
# alone, "according to him": as "he", and no appositive follows ("those around him" is not him)
OBJECT_PRONOUNS: Final = GRAMMAR["object_pronouns"]
_PLURAL_PRONOUNS: Final = GRAMMAR["plural_pronouns"]
_THINGS: Final = GRAMMAR["thing_pronouns"]  # pronouns for no person
_ONE_PERSON: Final = GRAMMAR["one_person_words"]  # words about one person ("said his condition")
# "the same data": what was named before
_POINTING: Final = GRAMMAR["pointing_words"]
# "Ruiz, who said", "the man that said": a word for a noun before
_RELATIVE_OR_THAT: Final = RELATIVE_PRONOUNS | {"that"}
# "according to WHO": the World Health Organization in capitals, a name and no relative pronoun (case matters)
_WHO_ACRONYM: Final = "WHO"
# words that open a noun phrase after a verb: "echo some commentators", "met the farmers"
_OPENERS: Final = GRAMMAR["phrase_openers"]
# lower-case words before an opener that are no verb: they lead into the same noun phrase ("all the", "one of
# the", "at least two", "Ruiz and some aides", "critics such as the mayor")
_INTO_PHRASE: Final = GRAMMAR["into_phrase"]
_POSSESSIVES: Final = GRAMMAR["possessives"]
# figures a body issues, beside its papers (`paper_nouns`): named by an issuer in a clause after them (k83)
_ISSUED: Final = frozenset(["figures", "excerpts", "numbers"])
_POSSESSIVE_MARKS: Final = GRAMMAR["possessive_marks"]  # "'s", "’s"
_MODALS: Final = GRAMMAR["modals"]  # "one might think": anyone
# "why a conservative should prefer", "until a woman can run": anyone of the kind, no one in particular
_GENERIC_MODALS: Final = GRAMMAR["generic_modals"]
# "No senior official has defended it", "every Republican stated": nobody or everybody of a kind, no one speaker
_NONE_OR_ALL: Final = GRAMMAR["none_or_all"]
_SPEAKERS: Final = GRAMMAR["speaker_pronouns"]  # the speaker of a quotation; a generic "you" is vague
_SPEAKERS_OWN: Final = GRAMMAR["speaker_possessives"]  # "In my opinion": the speaker's own, as "I" (c44)
_ADJECTIVE_ENDINGS: Final = tuple(GRAMMAR["adjective_endings"])  # "Harrowing pictures": an adjective (k74)
_WHOLE: Final = GRAMMAR["whole_group"]  # "…, each of whom": the whole group before the comma
# "all three candidates", "the two men": a counted, definite set of people, the ones already named
_COUNTED: Final = GRAMMAR["counted"]
# a count above a dozen is a crowd ("200 protesters", "Some 95 members", "two dozen governors"), not people one
# could list ("two aides", "a dozen House Democrats")
_LISTABLE: Final = 12
# "a dozen", "a half-dozen", "half a dozen": at most a dozen, people one could list
_DOZEN: Final = GRAMMAR["dozen"]
_FEW: Final = _COUNTED | _DOZEN | GRAMMAR["few"]  # words that count a few people, up to a dozen
_BE: Final = GRAMMAR["be"]  # "was backed by": a passive's agent after "by"
_FIRMS: Final = GRAMMAR["firm_plurals"]  # "businesses": firms, though "business" is no collective noun
_SAYING: Final = GRAMMAR["saying_forms"]  # "as they say": a saying, so "they" is anyone
_MEMBER_SHARES: Final = GRAMMAR["member_shares"]  # "Some senators", "Other lawmakers": some of one house's members
_CHAMBERS: Final = GRAMMAR["chambers"]  # "Some House Democrats": a chamber's party members (k68)
# "many workers", "most employees": a sweeping share of people by what they do, a population (k53), while "some
# workers" is a part of them, specific people unnamed (k24)
_SWEEPING: Final = GRAMMAR["sweeping_shares"]
# "Lawmakers at the scene", "Nurses outside the hospital": people placed at one site in view (k58)
_SITE: Final = GRAMMAR["site_prepositions"]
# "Democrats on the committee", "experts on the panel": the members of a body they sit on (k72)
_SEATED: Final = GRAMMAR["seated_bodies"]
# "the scientific community": people loosely joined by a field or a trait, unless a defined set of bodies (c49)
_LOOSE_BODIES: Final = GRAMMAR["loose_bodies"]
_DEFINED_BODIES: Final = GRAMMAR["defined_communities"]
_SITE_OR_SEAT: Final = _SITE | {"on"}  # the words that place people in `_people_at_site`: a site's, or a body's "on"
# "a group of rabbis": people acting together, not a quantity ("a number of delegates") (k58)
_GATHERINGS: Final = GRAMMAR["gatherings"]
# a sentence in title case, a headline's: `_TITLE_WORDS` words of `_TITLE_WORD` letters or more, all capitalised
_TITLE_WORD: Final = 3
_TITLE_WORDS: Final = 4
# before a noun phrase that is no subject ("testimony before the House committee"), besides HEAD_ENDS
_PREPOSITIONS: Final = GRAMMAR["non_subject_prepositions"]
# "the woman", "the man": a person named by nothing but sex or age; no role the reader could look up
_BARE_PERSONS: Final = GRAMMAR["bare_persons"]
# a person's sex as a pronoun, a title or a noun tells it ("she", "Mr.", "the spokeswoman"), and a given name (k75)
_SEX_NOUNS: Final = {**dict.fromkeys(GRAMMAR["male_nouns"], "m"), **dict.fromkeys(GRAMMAR["female_nouns"], "f")}
_SEX_WORDS: Final = {
    **_SEX_NOUNS,
    **dict.fromkeys(GRAMMAR["male_words"], "m"),
    **dict.fromkeys(GRAMMAR["female_words"], "f"),
}
_GIVEN_NAMES: Final = {
    **dict.fromkeys(GRAMMAR["male_given_names"], "m"),
    **dict.fromkeys(GRAMMAR["female_given_names"], "f"),
}
_SERVING_BODIES: Final = GRAMMAR["serving_bodies"]  # "the governor's staff": a person's unnamed helpers (k75)
_COURT_ROLES: Final = GRAMMAR["court_roles"]  # "The judge" of a hearing in view, never named (k75)
_THE: Final = frozenset(("the", "The"))
_BEFORE_RECORDING: Final = _THE | _POINTING | _POSSESSIVES | _SPEAKERS_OWN  # one recording in view (k74)
_OBJECT_FOLLOWERS: Final = GRAMMAR["object_followers"]  # after an object "her", no noun of hers: "led her to" (k73)
# "this reporter": the outlet
_WRITERS: Final = GRAMMAR["writers"]
_UNASKED: Final = -1  # `_kind_of_phrase`'s conjunct when its caller has not asked `_mixed_coordination`
# plural endings of nouns for things, not people ("revelations", "statements", "figures"): "those revelations" is named
_THING_ENDINGS: Final = ("ions", "ments", "ities", "ences", "ances", "ures", "ings")
_DOCUMENTS_BACK: Final = 5  # sentences back in which "the reports" takes up the source that brought them in
_RECENT_SOURCES: Final = 50  # earlier sources a pronoun or a description may take up
_TITLE_SENTENCES: Final = 12  # `_role_before`: how far back a role's title before a name is taken up (k70)
_ANY_SENTENCE: Final = 10**9  # `_earlier_same_head`: no limit in sentences ("the source" keeps its first mention)
# words of an earlier source in which its head is looked for ("a senior State Department official")
_HEAD_REACH: Final = 6
# small words inside a name: "Bank of the West", "Institute for Policy Studies" (`_name_words`)
_NAME_LINKS: Final = frozenset(("of", "for", "and", "on", "the", "de"))
_MEMO_LIMIT: Final = 50_000  # phrases kept per language by `_several` (a few thousand per hundred articles)


def _participle(word: str) -> bool:
    """A lower-case "-ed" word, which after a document describes it ("a poll released", "a study published")."""
    return is_lower(word) and word.endswith("ed")


@lru_cache(maxsize=8)
def several_memo(language: LanguageSpec) -> dict[tuple[str, ...], bool]:
    """The `_several` of phrases by their words, one table per language (equal languages answer alike):
    a reader of each document takes its language's table."""
    return {}


_OWNER_KEY: Final = 64  # the characters of an owner's end by which `_kin_named` looks it up in a long text
# characters a regular expression's `(?i:…)` reads as one beyond their lower case ("ſ" and "s", "ı" and "i", Greek
# and Cyrillic variants: Python's `re._casefix`), each written as one of its class
_SAME_CASE_BLIND: Final = str.maketrans(
    "\u0131\u017f\u03b9\u03bc\u03c3\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1c80"
    "\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1e9b\u1fbe\u1fd3\u1fe3\ua64b\ufb06",
    "\u0069\u0073\u0345\u00b5\u03c2\u03b2\u03b8\u03c6\u03c0\u03ba\u03c1\u03b5\u0432"
    "\u0434\u043e\u0441\u0442\u0442\u044a\u0463\u1e61\u0345\u0390\u03b0\u1c88\ufb05",
)


def _case_blind(text: str) -> str:
    """`text` as `(?i:…)` compares it, character for character, its length kept: in lower case ("İ" as "i", the one
    character whose lower case is two), each class `re` reads as one beyond that as one character."""
    return text.replace("\u0130", "i").lower().translate(_SAME_CASE_BLIND)


def _kin_owner_ends(text: str, word: str) -> tuple[bool, dict[str, list[int]]]:
    """Where the kin noun `word` is followed by a name (" son, Ana Lo"), as `_kin_named` searches a text: whether a
    pronoun owns one ("his son, Ana", "their eldest son Ana": `\\b[Hh](?:is|er)` or `\\b[Tt]heir`, then at most two
    lower-case words), and the places where an owner of one may end ("Lo's son", "Lo Varga's eldest son": up to three
    capitalised words between the owner and "'s"), each under every ending of the text before it that starts a word,
    written with no space and at most `_OWNER_KEY` characters long, read case-blind (`_case_blind`; and under that
    length's ending whatever it starts): an owner is looked up by its own ending, then matched as the search did."""
    pronoun = False
    owner_ends: dict[str, list[int]] = {}
    for found in re.finditer(rf"(?= {re.escape(word)},? [A-Z][a-z])", text):
        e = found.start()  # the space before the noun: an owner ends at `e`, or before lower-case words before it
        for _ in range(3):
            for size, pronouns in ((3, ("his", "His", "her", "Her")), (5, ("their", "Their"))):
                if e >= size and text[e - size : e] in pronouns and (e == size or not _word_char(text[e - size - 1])):
                    pronoun = True
            if e >= 2 and text[e - 2 : e] in ("'s", "’s"):
                _add_owner_ends(text, e - 2, owner_ends)
            a = e
            while a > 0 and "a" <= text[a - 1] <= "z":
                a -= 1
            if a == e or a == 0 or text[a - 1] != " ":
                break
            e = a - 1
    return pronoun, owner_ends


def _add_owner_ends(text: str, q: int, owner_ends: dict[str, list[int]]) -> None:
    """File the places where an owner may end before the "'s" at `q`: right before it, or before one to three
    capitalised words (`(?: [A-Z][\\w.-]*){0,3}`) there."""
    for _ in range(4):
        for m in range(1, min(_OWNER_KEY, q) + 1):
            s = q - m
            if text[s].isspace():
                break
            if m == _OWNER_KEY or s == 0 or _word_char(text[s - 1]) != _word_char(text[s]):
                owner_ends.setdefault(_case_blind(text[s:q]), []).append(q)
        space = text.rfind(" ", 0, q)
        if space < 0 or not "A" <= text[space + 1 : space + 2] <= "Z":
            return
        if not all(_word_char(c) or c in ".-" for c in text[space + 2 : q]):
            return
        q = space


class KindRules(NameRules):
    """The kind of each source phrase of a document, read in order."""

    # Set by the reader that uses these rules (`reader._Reader`), per document and per sentence.
    kind_of: dict[str, str]  # signal -> kind, for the signals whose role is a kind
    kind_firsts: list[int]  # first tokens of the sentence's kind matches, in order
    previous: list[tuple[str, bool, int]]  # kinds of earlier sources, whether plural, first token: for "he", "they"
    several_by_words: dict[tuple[str, ...], bool]  # `_several` of the phrases read, per language (`several_memo`)
    source_ends: dict[int, int]  # the end of each source read, by its first token: its words tell its sex (k75)
    kin_owners: dict[str, tuple[bool, dict[str, list[int]]]]  # `_kin_named`'s reading of a long text, per noun
    owners_named: dict[tuple[str, str, int], bool]  # `_owner_names_later`'s answers, per owner, head and sentence
    described_people: int | None  # `_people_described_before`'s first token of insiders, -1 none; None until asked

    def _kind(self, source: tuple[int, int], kinds: list[Match], anonymous: list[Match]) -> tuple[str, int | None]:
        """The kind of a source span, and which kind-match (if any) decided it."""
        a, b = source
        self.source_ends[a] = b
        if a == b:  # no phrase read: nobody is named, so the kind claims no name (k60; docs/source-kinds.md)
            return "vague", None
        if self._handle_opens(a, b):
            self.previous.append(("named", False, a))
            return "named", None
        best: Match | None = None
        # "Edwards and others": "others" does not decide (a phrase of one or two words coordinates nothing)
        conjunct = self._mixed_coordination(a, b) if b - a > 2 else None
        end = b if conjunct is None else conjunct
        lo = bisect_left(self.kind_firsts, a - 8) if kinds else 0  # terms start at most a few words before
        for m in kinds[lo:]:
            if m.first >= end:
                break
            if m.last > a and (
                best is None or _PRIORITY[self.kind_of[m.signal]] < _PRIORITY[self.kind_of[best.signal]]
            ):
                best = m
        if anonymous and (best is None or self.kind_of[best.signal] == "vague"):
            # stated just after the source: "a diplomat, who spoke on condition of anonymity, said" (not a noun phrase
            # of the predicate: "Trump never cited a source" names Trump); it outranks a group word ("Analysts,
            # speaking on condition of anonymity": specific people who asked not to be named, k61)
            best = next(
                (m for m in anonymous if b <= m.first <= b + 3 and self._low(m.first) not in self.lang.determiners),
                best,
            )
        plural = self._several(a, b)
        if best is not None:
            kind = self.kind_of[best.signal]
            if kind != "state_media" and (
                self._term_describes_name(a, b, best.first, best.last)
                or self._name_ends(a, b)
                or self._members_named(a, b)
                or self._authored(a, b)
            ):
                kind = "named"  # "Andrew Tabler, an expert on Syria": the term describes a named person
            elif kind == "vague" and (self._body_experts(a, b) or self._people_at_site(a, b)):
                # "Analysts at the Brookings Institute": the named body's people, unnamed (k42); "Residents near the
                # fire": people at one site, unnamed (k58)
                kind = "anonymous"
            elif kind == "vague" and self._body_papers(a, b):
                kind = "named"  # "FEC records show": the named body's papers, as "court records" (k45)
            elif kind == "vague" and best.first > a:
                # "A group of economists wrote": a gathering of the term's people, as "a group of rabbis" (k72)
                kind = self._gathering(a, b, self._head(a, b), self._low(a)) or kind
            self.previous.append((kind, plural, a))
            return kind, id(best)
        kind = self._kind_of_phrase(a, b, conjunct)
        if kind == "anonymous" and self._named_later(a, b):
            kind = "named"  # "A woman who … said … The woman, Ana Lo, …": the text names her
        if b - a != 1 or self._low(a) not in ("one", "another"):
            # a lone "one" is one of a set just named, seldom the "she" of what follows ("especially one
            # considered an adversary, she said" is the article's speaker)
            self.previous.append((kind, plural, a))
        # the less specific conjunct's term is part of this source, not a source of its own
        rest = None if conjunct is None else next((m for m in kinds[lo:] if end <= m.first < b), None)
        return kind, rest and id(rest)

    def _object_start(self, start: int, end: int) -> int:
        """The start of the noun phrase [start, end) read back from a relative's comma, past a verb: an opener
        ("some", "the", "their") right after a lower-case word that leads into no noun phrase. "The claims echo
        some right-wing commentators, who": "some right-wing commentators", not "The claims"; "met one of the
        aides, who" is "one of the aides". Read from the comma back over openers inside the phrase ("of the",
        "and some", "all the"); one after another preposition ("a question from the host, who") keeps the
        words read back, since the pronoun may stand for the noun before the preposition."""
        tokens, determiners = self.tokens, self.lang.determiners
        for k in range(end - 1, start, -1):
            word = self._low(k)
            if word in determiners or word in _OPENERS:
                before = tokens[k - 1]
                if before in HEAD_ENDS and before != "of":
                    # a passive's agent is the noun after "by" ("was backed by a spokesman, who", k61)
                    return k if before == "by" and self._passive_by(k - 1, start) else start
                if (
                    is_alpha(before)
                    and is_lower(before)
                    and before not in _INTO_PHRASE
                    and before != "of"
                    and before not in determiners
                    and before not in _OPENERS
                    and not before.endswith("ly")
                ):
                    return k
        return self._bare_object_start(start, end)

    def _passive_by(self, k: int, start: int) -> bool:
        """Is the "by" at `k` a passive's, after a form of "be" and an "-ed" word ("was backed by")?"""
        tokens = self.tokens
        return k - 2 >= start and tokens[k - 1].endswith("ed") and self._low(k - 2) in _BE

    def _bare_object_start(self, start: int, end: int) -> int:
        """The start of a bare object after a past verb, when no opener marks it: "The plan angered residents, who":
        "residents", not the clause "The plan angered residents" (read as "the residents", people taken up, k61).
        The verb is a lower-case "-ed" word or a `past_forms` word after a noun ("plan", "senator"), not after a
        determiner, an opener or an adverb ("the elected officials", "newly hired staff": a modifier)."""
        tokens, determiners = self.tokens, self.lang.determiners
        for k in range(end - 2, start, -1):
            word, before = tokens[k], tokens[k - 1]
            if (
                is_alpha(word)
                and is_lower(word)
                and (word.endswith("ed") or word in self.lang.past_forms)
                and is_alpha(before)
                and lower(before) not in determiners
                and lower(before) not in _OPENERS
                and not before.endswith("ly")
                and is_alpha(tokens[k + 1])
                and self._low(k + 1) not in HEAD_ENDS
            ):
                return k + 1
        return start

    def _possessed(self, a: int, head_at: int) -> bool:
        """Does the phrase from `a` own its head by a possessive pronoun or a common noun's possessive, with at most
        three lower-case modifiers between ("their editors", "his longtime handlers", "the network's senior
        producers")? Not a capitalised owner: "Germany's employers" may be a country's population."""
        tokens = self.tokens
        for k in range(head_at - 1, max(a, head_at - 4) - 1, -1):
            token = tokens[k]
            if token in _POSSESSIVE_MARKS:
                return k - 1 > a and is_alpha(tokens[k - 1]) and is_lower(tokens[k - 1])
            if k == a and lower(token) in _POSSESSIVES:
                return True
            if not (is_alpha(token) and is_lower(token) or "-" in token and is_lower(token)):
                return False
        return False

    def _led_by(self, k: int, end: int) -> bool:
        """Does "led by" open at `k`, with a word after it before `end` ("Republicans led by Senator Ana Ruiz")?"""
        tokens = self.tokens
        return k + 2 < end and tokens[k] == "led" and self._low(k + 1) == "by"

    def _led_by_named(self, head_at: int, b: int) -> bool:
        """Is the head followed by "led by" and a named leader (docs/source-kinds.md, k36)?"""
        return self._led_by(head_at + 1, b) and self._kind_of_phrase(head_at + 3, b) == "named"

    def _leaders_of_country(self, a: int, head_at: int) -> bool:
        """Is the phrase from `a` one country's leaders, "Ukraine's leaders", "Denmark's globalist leaders", "the
        country's leaders"? The guidelines read them as its government, a unique body (docs/source-kinds.md, k36),
        not as the party leaders of a bloc ("Democratic leaders", vague)."""
        tokens = self.tokens
        if self._low(head_at) != "leaders" or head_at - a not in (2, 3, 4):
            return False
        mark = (
            head_at - 1 if tokens[head_at - 1] in _POSSESSIVE_MARKS else head_at - 2
        )  # one adjective may stand between
        if (
            mark <= a
            or tokens[mark] not in _POSSESSIVE_MARKS
            or not all(is_alpha(w) and is_lower(w) for w in tokens[mark + 1 : head_at])
        ):
            return False
        owner = tokens[a:mark]
        return (
            len(owner) == 1
            and is_upper(owner[0][:1])
            and is_alpha(owner[0])
            and lower(owner[0]) not in self.lang.determiners
            and not self._written_as_person(owner[0])  # "Trump's leaders": a person's, no office
            or len(owner) == 2
            and lower(owner[0]) == "the"
            and lower(owner[1]) in ("country", "nation")
        )

    def _several(self, a: int, b: int) -> bool:
        """Is the source several people, also when named by what they do ("Several fact checkers … He said"
        is not one of them)? A function of the phrase's words, kept per language in `several_by_words`
        (the same sources recur: "he", "officials", "Trump"); a relative pronoun's is its noun's."""
        words = tuple(self.tokens[a:b])
        several = self.several_by_words.get(words)
        if several is None:
            several = self._plural(a, b) or b > a and self._agent_noun(self._head(a, b), plural=True)
            if b - a != 1 or lower(words[0]) not in RELATIVE_PRONOUNS:
                if len(self.several_by_words) > _MEMO_LIMIT:
                    self.several_by_words.clear()
                self.several_by_words[words] = several
        return several

    def _kind_of_phrase(self, a: int, b: int, conjunct: int | None = _UNASKED) -> str:
        """The kind of the phrase [a, b) by its words; `conjunct`: its `_mixed_coordination`, if asked already."""
        if a == b:
            return self._resolved("vague")
        lang, tokens = self.lang, self.tokens
        if b - a == 3 and tokens[a + 1] == "of" and self._low(a + 2) == "whom":
            a += 2  # "two of whom said": read as "whom", a part of the people before the comma (k69)
        # one word, the commonest source: "he", "she"; a name ("Trump") is no word read here, one test says so (p50)
        if b - a == 1 and (word := self._low(a)) in lang.one_word_kinds:
            if word in _SPEAKERS or word in _SPEAKERS_OWN:
                return "named"
            if word == "you":
                return "vague"
            if word == "several":  # "The candidates … Several said": some of the set just named, unnamed
                return "anonymous"
            if word == "both":  # "Clinton and Sanders … both oppose": the two just named, whoever they are
                kind = self._resolved("named", plural=True, at=a)
                return "anonymous" if kind == "anonymous" else "named"
            if word in lang.collective_nouns and is_lower(tokens[a]):
                return "named"  # "police said", "according to management": the body of the place in view
            if word in ("one", "another"):  # "Another tweeted", "one suggested": one of a set; "if one adds": anyone
                generic = b < len(tokens) and self._low(b) in _MODALS or a > 0 and self._low(a - 1) == "if"
                return "vague" if word == "one" and generic else "anonymous"
            if word == "they" and 0 < a and b < len(tokens) and self._low(a - 1) == "as" and self._low(b) in _SAYING:
                return "vague"  # "as they say": a common saying, anyone's, not the people named before (k42)
            if word in _PRONOUNS or word in _POSSESSIVES or word in OBJECT_PRONOUNS:  # "Their fear is …": as "they"
                return self._resolved("named", plural=word in _PLURAL_PRONOUNS, at=a, thing=word in _THINGS)
        if self._body_described(a, b):
            return "named"  # "local police said", "state police": the place's force, as "police said" (k51)
        if b - a > 3 and tokens[a] in _THE:
            # "The young woman who escorted her to her room": someone other than the one "her" takes up (k73), or "The
            # man who lives next door said": a person by sex or age placed by a clause with no word that may take up
            # anyone, as bare "The man said" (k74); so no description of a person named before ("the man who built
            # his career on …" may be, k54): one unnamed person, unless introduced with that noun before
            rel = self._acts_on_another(a, b) if b - a > 4 else None
            if rel is None:
                rel = self._bare_person_placed(a, b)
            if rel is not None:
                return self._earlier_same_head(rel - 1, _ANY_SENTENCE) or "anonymous"
        if b - a > 3 and self._low(a) in lang.determiners:
            # "A third person that Ruiz claimed was at the party" (k28), "A man who filmed the attack" (k54): the
            # person or body before the relative clause, not the words inside it ("the man who built his career"
            # reads as "the man" does not: a description of someone named before)
            rel = next(
                (k for k in range(a + 2, min(b - 1, a + 6)) if self._low(k) in ("that", "which", "who", "whom")),
                None,
            )
            if rel is not None and (
                self._low(rel - 1) in lang.person_nouns
                or is_lower(tokens[rel - 1])
                and (tokens[rel] == "who" or self._low(rel - 1) in lang.collective_nouns)
            ):
                return self._kind_of_phrase(a, rel)
        words = [k for k in range(a, b) if not is_punct(tokens[k])]
        while len(words) > 1 and self._low(words[0]) in ("only", "just"):
            words = words[1:]  # "only two Democrats": counted as "two Democrats"
        if not words:
            return "vague"
        relative = self._holds_low(RELATIVE_PRONOUNS, a, b)  # seldom: a typed search first
        if relative:
            core = [k for k in words if self._low(k) not in RELATIVE_PRONOUNS or tokens[k] == _WHO_ACRONYM]
        else:
            core = words
        head_at = self._head(a, b)
        head, first = self._low(head_at), self._low(words[0])
        marks = lang.word_marks  # the sets below that hold the head and the first word, as bits (p51)
        head_marks, first_marks = marks.get(head, 0), marks.get(first, 0)
        if b - a == 1 and head in _RELATIVE_OR_THAT and tokens[a] != _WHO_ACRONYM:  # "Ruiz, who said": "Ruiz"'s kind
            s0 = self.doc.sentence_tokens[self.sentence_index][0]
            if a - 4 >= s0 and self._low(a - 2) in _WHOLE and tokens[a - 1] == "of" and tokens[a - 3] == ",":
                # "backed by two senators, each of whom said": every one of them, so the kind of the noun phrase
                return self._kind_of_phrase(self._phrase_start(a - 4, s0), a - 3)
            if a - 4 >= s0 and tokens[a - 1] == "of" and tokens[a - 3] == "," and self._low(a - 2) in lang.determiners:
                return self._part_of_whom(s0, a)
            if a > s0 and tokens[a - 1] == ",":
                end = a - 1
                start = self._chunk_back(s0, end)
                if head == "that" and s0 < start < end and tokens[start] == "including" and tokens[start - 1] == ",":
                    end = start - 1  # "reports, including Ruiz's, that show": the reports, not the example set off
                    start = self._chunk_back(s0, end)
                start = self._object_start(
                    self._people_before_place(start, end) if head in ("who", "whom") else start, end
                )
            else:  # "a lot of Republican partisans who", "including people who": the noun before it
                end = a
                start = self._phrase_start(a - 1, s0) if a > s0 else a
                if (
                    start - 3 >= s0
                    and tokens[start - 1] == "of"
                    and (capitalised(tokens[start]) or tokens[start] == "the" and capitalised(tokens[start + 1]))
                    and self._low(start - 2) in lang.person_nouns
                    and tokens[start - 2].endswith("s")
                ):
                    # "members of Congress who said", "staffers of the Senate who": the people of the body, not
                    # the body (k27)
                    start = self._phrase_start(start - 2, s0)
                start = self._unnamed_antecedent(start, end)
            return self._kind_of_phrase(start, end) if start < end else self._resolved("named")
        if head_marks & SPEAKER:
            return "named"
        if head_at > a and head_marks & CASE_PAPER_HEAD and f"{self._low(head_at - 1)} {head}" in lang.case_papers:
            return "named"  # "court documents said": the papers of the case in view, as "a court filing" (k42)
        if head_marks & PRONOUN:
            return self._resolved("named", plural=head == "they", at=a, thing=head == "it")
        if conjunct is not None and conjunct == _UNASKED:  # typed: `==` on an optional int is a generic compare
            conjunct = self._mixed_coordination(a, b)
        if conjunct is not None:  # "Edwards and others", "Sanders and his aides": the named part leads
            return "named"
        if self._led_by_named(head_at, b):
            return "named"  # "Republicans led by Senator Ana Ruiz": the named leader leads, as in "Ruiz and her aides"
        if self._leaders_of_country(a, head_at):
            return "named"  # "Ukraine's leaders": its government in context, as k31's leaders of Iran
        if b - a >= 4 and self._people_at_site(a, b):
            return "anonymous"  # "Lawmakers at the scene", "Doctors at the clinic": people at one site, unnamed (k58)
        if (
            head_marks & DOCUMENT_NOUN
            and head_at + 2 < b
            and tokens[head_at + 1] in _MAKER_MARKS
            and self._counted_group(head_at + 2, b)
        ):
            # "a letter from a dozen House Democrats": a text of its counted signers, specific people the writer
            # leaves unnamed (k32's marking, as k24's unnamed authors of a text), unless the phrase names them
            return "named" if self._kind_of_phrase(head_at + 2, b) == "named" else "anonymous"
        if head_marks & RECORDING_NOUN and self._unowned_recording(core, head_at, b):
            return "vague"  # "Footage from the square shows", "Harrowing pictures showed": no camera one could find
        if (
            self._describes_name_before(a, head_at, b)
            or self._name_ends(a, b)
            or self._members_named(a, b)  # "two senators -- Ana Ruiz and Tom Lee"
            or self._authored(a, b)
        ):
            return "named"  # "Ben Ruiz, Mr. Lee's deputy adviser", "Ana Lee, a top adviser to …": the name's
        if (
            first_marks & NONE_OR_ALL
            and head != first
            and (is_lower(tokens[head_at]) or head + "s" in lang.group_nouns)
            and (not head.endswith("s") or head_marks & GROUP_NOUN)
        ):
            # a common noun or a party's member, as the quantifier's own noun: not a heading's "NO MORE AIR
            # TRAVEL", nor "Every day officials warn", "No doubt officials will say" (a plural after another noun)
            return "vague"
        if head_marks & BLOC_NOUN and not first_marks & POSSESSIVE and tokens[head_at + 1 : head_at + 2] != ["to"]:
            # "the left", "The West", "the GOP establishment": a broad bloc, no one actor ("the right to vote" is none)
            return "vague"
        if head_marks & LOOSE_BODY and self._loose_community(a, head_at):
            return "vague"  # "the scientific community", "the international community": no set one could list (c49)
        if head == "much" and head_at == a and head_at + 2 < b and tokens[head_at + 1] == "of":
            # "Much of the electorate", "much of the country": a share of a population; "Much of the report": the
            # document's
            whole = self._low(self._head(head_at + 2, b)) in lang.document_nouns
            return self._kind_of_phrase(head_at + 2, b) if whole else "vague"
        if head_marks & CROWD_COUNT and head_at + 2 < b and tokens[head_at + 1] == "of":
            return "vague"  # "Thousands of people", "millions of Americans": a crowd
        if head_at + 2 < b and tokens[head_at + 1] == "of" and self._people(head_at + 2, b):
            # "one of his aides" is one of them, unnamed; "a slew of party leaders", "many of them" a quantity
            if head_marks & INDEFINITE or head_marks & COUNTED or head == "several":
                return "named" if self._named_just_before(a) else "anonymous"
            if self._part_of_role(head_at, first, b):
                return "anonymous"
            gathered = self._gathering(a, b, head_at, first)
            if gathered is not None:
                return gathered
            if (
                head_marks & GROUP_NOUN
                or head_marks & DETERMINER
                or first_marks & INDEFINITE
                and not self._document(a, head_at)
            ):
                return "vague"
        if (
            head_at + 2 < b
            and tokens[head_at + 1] == "of"
            and not head_marks & GROUP_NOUN
            and not head_marks & PERSON_NOUN
            and self._document_of(head_at + 2, b, one=bool(head_marks & INDEFINITE))
        ):
            # "early results of the exit poll", "the findings of a new study": the document's; "One of the
            # documents" is one of them
            return "named"
        if first in ("a", "an", "any", "every") and b < len(tokens) and self._low(b) in _GENERIC_MODALS:
            return "vague"  # a hypothetical person, not one the writer knows of
        if first == "this" and head_marks & WRITER:
            return "named"
        if first in ("these", "those") and b - a == 2 and head_marks & PERSON_NOUN:
            # "people familiar with her thinking say … Mrs. Lee, these people said, …": the insiders pointed back to
            # by their head, as "the people" takes them up (k81)
            earlier = self._earlier_same_head(head_at, _ANY_SENTENCE)
            if earlier is not None:
                return earlier
        if first == "the" and head_marks & PERSON_NOUN and not self._capitalised(core[1:]):
            if self._crowd(a, head_at):
                return "vague"  # "the 10,000 people in the arena": a crowd
            used = self._earlier_same_head_at(head_at, _ANY_SENTENCE)
            if used is not None:  # "a source with knowledge of the talks said … The source insisted": that source
                # unless one was introduced since ("Lee, the lawyer, said … a civil attorney … the civil lawyer
                # wrote": the attorney, k27)
                since = None if self._plural(a, b) else self._indefinite_mention_at(a, head_at)
                if since is not None and since[1] > used[1]:
                    return since[0]
                # "…, a Chinese official has said. Li Qun, deputy minister …, told …": the lede's person, named since
                return "named" if used[0] == "anonymous" and self._named_in_next_sentence(used[1]) else used[0]
            if (
                b - a == 2
                and self._low(head_at) == "people"
                and (a == self.doc.sentence_tokens[self.sentence_index][0] or is_punct(tokens[a - 1]))
                and not self._people_described_before(a)
            ):
                # "The people finally recognize that …": the populace opening its clause, as "the public", unless
                # people were described before as insiders ("people familiar with the session … the people said");
                # not a verb's object ("he accused the people accusing him": those he accused, k80)
                return "vague"
            if self._plural(a, b):  # "the officials": unnamed people, unless people just named ("Lee and Ruiz")
                conjunct = next(  # not "the current and former officials": one noun's two modifiers (k28)
                    (
                        k
                        for k in range(a + 1, b)
                        if tokens[k] == "and" and self._low(k - 1) not in lang.paired_modifiers
                    ),
                    None,
                )
                if conjunct is not None and self._kind_of_phrase(a, conjunct) == "named":
                    return "named"  # "the senator and her aides": the named person leads
                antecedent = self._plural_antecedent(a)
                return "named" if antecedent is not None and antecedent[0] == "named" else "anonymous"
            if head_at + 2 < b and tokens[head_at + 1] == "of" and self._low(head_at + 2) in ("a", "an"):
                # "the organizer of a pro-Trump rally" (k45): the "of" phrase introduces the person, no one taken up
                return "named" if self._name_near(a, head_at, b) else "anonymous"
            introduced = self._indefinite_mention_at(a, head_at)
            if introduced is not None:
                # "A federal judge granted … U.S. District Judge Emmet Sullivan … The judge": named since (k80)
                return "named" if self._role_before(a, head, since=introduced[1]) == "named" else introduced[0]
            return self._role_before(a, head) or self._resolved("anonymous", sex=_SEX_WORDS.get(head, ""))
        if first == "the" and head_marks & PERSON_NOUN and head_at == core[-1] and self._capitalised(core[1:-1]):
            # "the ADL official", "the Russian diplomat": the one introduced before with that head ("An ADL official")
            earlier = self._earlier_same_head(head_at, _ANY_SENTENCE)
            if earlier is not None:
                return earlier
        if first == "the" and b - a == 2 and self._agent_noun(head_at, plural=False):
            # "the partner", "the organizer": the one introduced as "a partner" a few sentences back
            mention = self._indefinite_mention(a, head_at)
            if mention is not None:
                return mention
            if head_marks & BARE_PERSON:
                # "The woman told the Daily News": a writer who knew her name would use it; the one taken up
                # before with that word, else an unnamed person
                return self._earlier_same_head(head_at, _ANY_SENTENCE) or "anonymous"
        if (first_marks & WHOLE or first == "the") and self._counted_set(core, head_at, b):
            return "named"
        if self._party_in_view(core, head_at):
            # "Several Democrats cautioned … Yet the Democrats acknowledged": those already quoted
            return self._earlier_same_head(head_at, 2) or "named"
        if self._documents_in_view(first, head, head_at):
            # "The reports show", "These emails showed": the documents the text has in view, named, or the kind of
            # the source that brought them in ("Turkish media reports … the reports said": vague)
            return self._earlier_same_head(head_at, _DOCUMENTS_BACK) or "named"
        if (first == "those" or first_marks & GROUP_NOUN) and len(core) > 1 and self._low(core[1]) in lang.source_tails:
            # "Those close to him", "those familiar with the talks", "Others close to the campaign", "many familiar with
            # the plan": insiders, as "people close to"
            return "anonymous"
        if first == "those" and not self._capitalised(core[1:]) and not self._thing_pointed(a, b, head_at):
            return "vague"  # "those surveyed", "those who voted": a population
        if first_marks & MEMBER_SHARE and (
            head_marks & LEGISLATOR_NOUN and is_lower(tokens[head_at]) or self._chamber_members(core, head_at)
        ):
            # "Some senators declined to comment", "Other lawmakers decried it": a part of a house's members (k24,
            # k39, k42); "Some House Democrats" (k68)
            return "anonymous"
        if (
            first_marks & GROUP_NOUN
            and first_marks & DETERMINER
            and not head_marks & PERSON_NOUN
            and not head_marks & DOCUMENT_NOUN
            and not any(self._low(k) == "including" for k in core)
        ):
            return "vague"  # "many Latinos", "some Southern states": a share of a population, however it is named
        # "Legislators in Ohio", "teachers across New England": the place says where they are, not who (k35)
        placed = self._placed_people(head_at) or self._placed_bodies(head_at)
        naming = [k for k in core[1:] if k < head_at] if placed else core[1:]
        names_someone = self._capitalised(naming) or (
            capitalised(tokens[core[0]])
            and not first_marks & DETERMINER
            and not first_marks & NAMING_WORD
            and not first_marks & GROUP_NOUN
            and not self._common_word_capitalised(core[0], head_at)
        )
        if names_someone and head.endswith("s") and self._headline_group(core, head_at):
            names_someone = False  # "Local Residents Say …", "Gun Owners Vow …": a headline's capitals (k58)
        if names_someone and self._headline_person(core, head_at):
            # "Ukrainian Teenager Says …", "Historian Warns …": one person the body names or not (annot12, k63)
            return "named" if self._titled_nearby(a, head_at, b) else "anonymous"
        if head_marks & EVIDENCE_NOUN and self._evidence_in_general(core, head_at):
            return "vague"  # "the current evidence suggests": support in general, nobody's in particular
        if (
            not head_marks & PERSON_NOUN
            and not head_marks & GROUP_NOUN
            and self._agent_noun(head_at, plural=True)
            and self._possessed(a, head_at)
        ):
            # "their editors", "the network's producers": an owner's people by what they do, unnamed (as "Cruz's
            # lawyers"); named when a name follows or an earlier named source had this owner and head
            named = self._capitalised(list(range(head_at + 1, b))) or self._titled_nearby(a, head_at, b)
            return "named" if named or self._owned_before(head_at) else "anonymous"
        if head_marks & PERSON_NOUN and (first == head or first_marks & GROUP_NOUN) and self._of_population(head_at, b):
            # "Members of the public", "some members of the media": a population's, as "the public" (k72); counted
            # ("two members of the public") they are specific people, as "two people"
            return "vague"
        role = bool(head_marks & PERSON_NOUN) and not head_marks & GROUP_NOUN
        if role and head_at > a and self._given_name_before(head_at):
            return "named"  # "Mark Judge", "Tom Bishop": a surname that is a role's word, after a given name (k75)
        # "Quentin Smith's mother", "The victim's family" (k45): a noun's relatives, unnamed, as k35 marked them,
        # unless the text names the owner's by that word ("his brother Jeb"); a pronoun's ("his father") are
        # too often a known person named by other words (a candidate's father or husband) to be read so
        kin = (
            bool(head_marks & KIN_NOUN)
            and tokens[head_at - 1] in _POSSESSIVE_MARKS
            and not self._kin_named(head, head_at)
        )
        if head_marks & KIN_NOUN and first in ("the", "a") and self._low(head_at + 1) == "of" and head_at + 2 < b:
            # "The family of the victim", "the mother of Quentin Smith" (k48): the owner after "of", as
            # "The victim's family" before it; named when a comma gives the relative's name in the phrase
            comma = next((k for k in range(head_at + 2, b - 1) if tokens[k] == ","), None)
            return "named" if comma is not None and capitalised(tokens[comma + 1]) else "anonymous"
        serving = bool(head_marks & SERVING_BODY) and is_lower(tokens[head_at])  # "the governor's staff" (k75)
        if (role or kin or serving) and (first_marks & POSSESSIVE or tokens[head_at - 1] in _POSSESSIVE_MARKS):
            # "his spokesman", "Cruz's lawyers": unnamed unless a name follows ("…'s spokeswoman, Hope Hicks")
            named = self._capitalised(list(range(head_at + 1, b))) or self._titled_nearby(a, head_at, b)
            if (
                named
                or self._title_of_name(head_at, b)
                or self._owned_before(head_at)
                or self._owner_names_later(head_at)
            ):
                return "named"
            return "anonymous"
        if role:
            if first_marks & NONE_OR_ALL and head.endswith("s") and self._modifiers_only(core, head_at):
                return "vague"  # "any elected officials", "no Republican officials": none or all of a role (k45)
            if first_marks & DETERMINER or first == head or not first_marks & NAMING_WORD:
                if self._crowd(a, head_at) or self._sweeping_share(core, head_at):
                    return "vague"  # "Some 95 members", "200 employees": a crowd; "many workers": a share of all
                # "officials", "U.S. officials", "Senior aides", "Trump aides": unnamed people
                # one person, as "a spokesman" or in a headline's bare "British diplomat praises …": named when
                # the writer names that person nearby ("… British diplomat Sir Peter Lee")
                one = bool(first_marks & INDEFINITE) or not first_marks & DETERMINER and not head.endswith("s")
                named = one and self._name_near(a, head_at, b) or self._title_of_name(head_at, b)
                # "Senior Officials Say Talks Stalled": a headline's capitals after the role are no name (k58)
                return (
                    "named"
                    if named and not (head.endswith("s") and self._headline_group(core, head_at))
                    else "anonymous"
                )
        if self._counted_bodies(a, head_at):
            return "anonymous"  # "two companies", "Several Mexican businesses": specific firms, unnamed (k61)
        if head_marks & EXPERT_NOUN and self._body_experts(a, b):
            return "anonymous"  # "Researchers with Brandeis University": the named body's people, unnamed (k42)
        if head_marks & GROUP_NOUN and self._group_named_for(head_at, b):
            return "named"  # "Americans for Prosperity", "Jews Against Trump": an advocacy group's name (u38)
        if head_marks & GROUP_NOUN and self._people_in_a_name(core, head_at):
            return "named"  # "The Houston Texans", "The Young Turks": a team's or an outlet's name (k56)
        if self._issuer_in_relative(a, head_at, b):
            return "named"  # "figures her campaign released", "excerpts provided by his campaign": its issuer's (k83)
        if head_marks & PAPER_NOUN and self._body_papers(a, b):
            return "named"  # "UN estimates say": a named body's figures, as "FEC records" are its papers (k45, k74)
        if (
            first == "the"
            and b - a == 2
            and head_marks & LEGISLATOR_NOUN
            and (antecedent := self._plural_antecedent(a)) is not None
            and antecedent[0] == "named"
        ):
            # "Sen. Ana Ruiz and Sen. Tom Lee wrote … The senators stressed": the members just named, as "they" takes
            # them up, not the house at large (k82)
            return "named"
        if head_marks & GROUP_NOUN or tokens[head_at] in lang.lowercase_group_nouns:  # "the British press" (k29)
            # "two people …" are specific people; "28 percent of voters", "many" a population
            # "several GOP leaders", "two senators": counted people named by what they do, as "two aides";
            # so are counted members of a party ("Several Democrats", one of whom is "a Democrat")
            # (not a share, "four in 10 Iowa Republicans")
            member = is_upper(tokens[head_at][0]) and head.endswith("s") and not first[0].isdigit()
            return (
                "anonymous"
                if (head_marks & PERSON_NOUN or member or self._agent_noun(head_at, plural=True))
                and (first[0].isdigit() or self._listed_few(a, head_at))
                and not self._crowd(a, head_at)  # "More than 13 million people", "200 protesters": a crowd
                else "vague"
            )
        if head_marks & DOCUMENT_NOUN:
            maker = self._maker_at(head_at, b)
            if 0 <= maker < b - 1 and self._one_maker(maker + 1, b):
                # "an email from a US government official", "a post on X by a Times reporter": a document of one
                # person takes that person's kind (k27, k74)
                return self._kind_of_phrase(maker + 1, b)
            owner = self._person_owner(a, head_at)
            if owner is not None:  # "an attendee's X post", "a senior aide's memo": the same, by a possessive (k35)
                return self._kind_of_phrase(a, owner)
            if self._unnamed_finding(a, head_at, b):
                return "vague"  # "a study suggests", "according to a report": nobody the reader could find (k32)
            return "named"  # "a court filing", "A statement posted on …"
        if first_marks & INDEFINITE and self._named_just_before(a):  # "Steve Moody, a small-business owner"
            return "named"
        if first_marks & INDEFINITE and head + "s" in lang.group_nouns and not self._before_action(head_at, b):
            # one of a group: "a New Hampshire Democrat", "one senior Democrat", "another critic of the plan";
            # "a supporter, Ann Lee" is named
            return "named" if self._name_follows(head_at, b) else "anonymous"
        few = self._listed_few(a, head_at)  # "a dozen", "Half a dozen": counted with a word for the number
        if (
            (first_marks & DETERMINER or few)
            and head != first
            and self._agent_noun(head_at, plural=not first_marks & INDEFINITE or few)
            and not self._bodies(head_at)  # "Two House committees": bodies, not people by what they do
        ):
            # counted, unnamed people ("a local pediatrician", "Several prominent GOP elders": "GOP" names
            # nobody) are specific people, unless a name follows ("a blogger, Tal Ruiz"); a quantity of
            # them ("some GOP elders", "no lawmakers") or a crowd ("More than 100 potential jurors") is a population
            if self._name_near(a, head_at, b):
                return "named"
            share = bool(first_marks & GROUP_NOUN) and not few or first == "no"
            return "vague" if share or self._crowd(a, head_at) else "anonymous"
        if len(core) == 1 and not head_marks & GROUP_NOUN and self._around_one_person(head_at, b):
            return "anonymous"  # "Doctors said his condition was critical": one person's doctors, unnamed (k35)
        if self._unnamed_plural(core, head_at, b):
            return "vague"  # "U.S. lobbyists", "GOP elders": a group described, nobody named
        if names_someone or first_marks & NAMING_WORD or head_marks & NAMING_WORD or self._thing_pointed(a, b, head_at):
            return "named"
        return "vague"

    def _acts_on_another(self, a: int, b: int) -> int | None:
        """The relative pronoun of "the" and a lower-case noun for a person whose "who" clause acts on another
        person by an object pronoun ("The woman who escorted her to her room", "the man who hired him,"): not
        "her" before its noun ("the woman who lost her home" may be the woman named before); None otherwise."""
        tokens = self.tokens
        rel = find_token(tokens, "who", a + 2, min(b - 2, a + 5))
        if rel < 0:
            return None
        if not all(is_lower(t) for t in tokens[a + 1 : rel]) or not is_lower(tokens[rel + 1]):
            return None
        noun = tokens[rel - 1]
        if not (noun in _BARE_PERSONS or noun in self.lang.person_nouns or self._agent_noun(rel - 1, plural=False)):
            return None
        pronoun = tokens[rel + 2]
        if pronoun not in OBJECT_PRONOUNS or pronoun == "them":
            return None
        after = tokens[rel + 3] if rel + 3 < len(tokens) else "."
        if pronoun == "her" and not (is_punct(after) or after in _OBJECT_FOLLOWERS):
            return None
        return rel

    def _bare_person_placed(self, a: int, b: int) -> int | None:
        """The relative pronoun of "the", lower-case words and a noun for a person by sex or age (`_BARE_PERSONS`)
        whose "who" clause holds no pronoun ("The man who lives next door", "the old woman who runs the bakery");
        None otherwise."""
        tokens = self.tokens
        rel = a + 2 if tokens[a + 2] == "who" else a + 3
        if rel >= b - 1 or tokens[rel] != "who" or tokens[rel - 1] not in _BARE_PERSONS:
            return None
        if not all(is_lower(t) for t in tokens[a + 1 : rel + 2]):
            return None
        clause = tokens[rel + 1 : b]
        if any(lower(t) in _PRONOUNS or lower(t) in _POSSESSIVES or lower(t) in OBJECT_PRONOUNS for t in clause):
            return None
        return rel

    def _gathering(self, a: int, b: int, head_at: int, first: str) -> str | None:
        """ "a group of rabbis called for …", "A group of economists wrote": people acting together, specific though
        unnamed (anonymous), not a quantity as "a number of delegates" (k58); named when a name stands just before;
        None for a crowd ("a group of 32 experts") and a phrase that is no gathering of people."""
        tokens = self.tokens
        if not (
            self._low(head_at) in _GATHERINGS
            and first in _ONE
            and head_at + 2 < b
            and tokens[head_at + 1] == "of"
            and self._people(head_at + 2, b)
        ) or self._crowd(head_at + 2, self._head(head_at + 2, b)):
            return None
        return "named" if self._named_just_before(a) else "anonymous"

    def _of_population(self, head_at: int, b: int) -> bool:
        """Is the role noun at `head_at` followed by "of" and a population in the singular, a lower-case group noun that
        is no role ("members of the public", "members of the media") or a loose community ("the scientific
        community")? Not a body ("members of Congress", k27) nor
        people ("residents of the town")."""
        tokens = self.tokens
        if not (head_at + 2 < b and tokens[head_at + 1] == "of"):
            return False
        inner_at = self._head(head_at + 2, b)
        inner = tokens[inner_at]
        if inner in _LOOSE_BODIES and self._loose_community(head_at + 2, inner_at):
            return True  # "members of the scientific community": a population's, as "the scientific community" (k74)
        return (
            is_lower(inner)
            and not inner.endswith("s")
            and inner in self.lang.group_nouns
            and inner not in self.lang.person_nouns
        )

    def _part_of_role(self, head_at: int, first: str, b: int) -> bool:
        """ "some of his advisers", "a few of the negotiators", "other of the company's executives": a part (`member_shares`,
        "a few") of a set of people named by their role (`person_nouns`, no broad group), specific people the writer
        leaves unnamed, as "some lawmakers" and "two of her aides" (k23, k24); "some of his supporters", "many of
        them" stay a share of a group."""
        head = self._low(head_at)
        if not (head in _MEMBER_SHARES or head == "few" and first == "a"):
            return False
        inner = self._low(self._head(head_at + 2, b))
        return inner in self.lang.person_nouns and inner not in self.lang.group_nouns

    def _documents_in_view(self, first: str, head: str, head_at: int) -> bool:
        """ "the reports", "these emails", "those documents": a plural of `document_nouns` or `paper_nouns` after "the"
        or a pointing word, as "the report" is one (k32); not polls or surveys, which "the polls" takes in general
        (PolNeAR's dev fold), nor one of the phrase's modifiers ("the reports' authors")."""
        return (
            (first == "the" or first in _POINTING)
            and head.endswith("s")
            and is_lower(self.tokens[head_at])
            and (head[:-1] in self.lang.document_nouns or head in self.lang.paper_nouns)
            and head not in self.lang.survey_nouns
        )

    def _thing_pointed(self, a: int, b: int, head_at: int) -> bool:
        """ "Those revelations", "This council", "this thread": a pointing word before a common noun for no people and
        no group that ends the phrase, the thing the text has in view, as "the revelations" (named); a plural only with
        an ending of things (`_THING_ENDINGS`), since "those greens", "those aliens" are people. Not "those surveyed",
        "These voters", "those around him", "This group" (a gathering of people)."""
        tokens = self.tokens
        word = tokens[head_at]
        return (
            self._low(a) in _POINTING
            and a < head_at == b - 1
            and is_alpha(word)
            and is_lower(word)
            and not _participle(word)
            and word not in self.lang.group_nouns
            and word not in OBJECT_PRONOUNS
            and word not in _GATHERINGS  # "This group": the people gathered, taken up as they were
            and (not word.endswith("s") or word.endswith(_THING_ENDINGS))
            and not self._people(a, b)
        )

    def _counted_bodies(self, a: int, head_at: int) -> bool:
        """ "Two companies", "Several Mexican businesses", "a dozen local firms": bodies of one kind counted up to a
        dozen, described by nothing but lower-case words and a people's adjective, are specific bodies the writer
        leaves unnamed, as counted people are (k61); "Two House committees" is the House's, named; "the two
        companies" the ones named before; "dozens of firms" a crowd."""
        tokens = self.tokens
        if not (self._bodies(head_at) or tokens[head_at] in _FIRMS) or head_at - a > 4:
            return False
        first = self._low(a)  # a count opens the phrase: not "the two companies"
        counted = first.isdigit() or (first in _FEW or first in ("a", "half")) and self._listed_few(a, head_at)
        return (
            counted
            and not self._crowd(a, head_at)
            and all(is_lower(tokens[k]) or self._people_adjective(k, head_at) for k in range(a + 1, head_at))
        )

    def _placed_bodies(self, k: int) -> bool:
        """ "Businesses in the Phoenix area", "Companies in Texas": bodies of one kind (the plural of a collective
        noun or a broad group, in any case) placed by a `place_prepositions` word; the place says where they are, not which (k60)."""
        tokens = self.tokens
        word = self._low(k)
        if k + 2 >= len(tokens) or tokens[k + 1] not in self.lang.place_prepositions or not word.endswith("s"):
            return False
        return (
            word in self.lang.group_nouns
            or (word[:-3] + "y" if word.endswith("ies") else word[:-1]) in self.lang.collective_nouns
        )

    def _name_words(self, lo: int, hi: int) -> bool:
        """Are the words [lo, hi) a name's, perhaps after a title ("Bank of the West", "Institute for Policy
        Studies", "economist Jared Bernstein"): capitalised words and the small words inside a name, after at most
        three lower-case words ending in a noun for people? Another lower-case word makes them a clause that ends in a
        name ("deal collapsed in March", k63)."""
        tokens, k = self.tokens, lo
        while k < hi and k - lo < 3 and is_alpha(tokens[k]) and is_lower(tokens[k]):
            k += 1
        if k > lo and not (self._low(k - 1) in self.lang.person_nouns or self._agent_noun(k - 1, plural=False)):
            return False
        for token in tokens[k:hi]:
            if not (is_upper(token[:1]) or lower(token) in _NAME_LINKS or token in ("'s", "’s", "&", "-", ".")):
                return False
        return True

    def _unnamed_antecedent(self, start: int, end: int) -> int:
        """Where the antecedent of a "who" right after `end` starts, when it is a verb's object introduced by a
        determiner or bare ("Police arrested a teenager who said", "hired consultants who said"): the object, not
        the clause before it (k63); else `start`. A definite object may be someone named before ("is the woman
        who"), and a thing's "that" is often the text of the clause's subject ("he posted files that revealed")."""
        if self._low(end) != "who":
            return start
        k = self._object_start(start, end)
        return (
            k
            if k > start and (self._low(k) in self.lang.determiners or k == self._bare_object_start(start, end))
            else start
        )

    def _part_of_whom(self, s0: int, a: int) -> str:
        """The kind of "one of whom", "two of whom", "many of whom" at `a`: a part of the people before the comma
        (k63). Counted ones ("Republicans in Alabama, several of whom said") are specific people, unnamed unless the
        people are named, as "several of the organizers"; a share ("many of whom") takes the people's kind."""
        end = a - 3
        kind = self._kind_of_phrase(
            self._object_start(self._people_before_place(self._chunk_back(s0, end), end), end), end
        )
        counted = self._low(a - 2)
        return "anonymous" if kind == "vague" and (counted in _ONE or counted in _FEW or counted == "several") else kind

    def _people_before_place(self, start: int, end: int) -> int:
        """Where the antecedent of "who" or "several of whom" after the comma at `end` starts when the words [start,
        end) read back end in a place after "in", "at" or "near" that people before it are in ("The plan angered
        farmers in the region, who said": the farmers in the region, not the clause, k63); `start` otherwise. "who"
        needs a person; the place is only where they are."""
        lang = self.lang
        k = next(
            (
                k
                for k in range(end - 2, max(start, end - 5), -1)
                if self._low(k) in lang.place_prepositions or self._low(k) in _SITE
            ),
            start,
        )
        head_at = self._head(k + 1, end)
        if (
            k <= start
            or not self._people(k - 1, k)
            or self._people(k + 1, end)
            or self._agent_noun(head_at, plural=False)
        ):
            return start
        return self._object_start(self._phrase_start(k - 1, start), k)

    def _aged_description(self, k: int, i: int, j: int) -> bool:
        """Is [i, j) an age set off after a person described from `k` to its comma, unnamed ("A Ukrainian teenager,
        16, said", "one resident, 72, said") or named after a description ("their neighbor Ana Ruiz, 83, said")? The
        source is the person, not the age (k63), as a name with its age ("Ana Ruiz, 60, said")."""
        tokens = self.tokens
        if not (tokens[i].isdigit() and len(tokens[i]) <= 3 and all(t == "," for t in tokens[i + 1 : j]) and i - 2 > k):
            return False
        last = tokens[i - 2]
        if self._low(k) in _ONE:
            return is_alpha(last) and is_lower(last)
        opener = is_lower(tokens[k]) or self._low(k) in _POSSESSIVES or self._low(k) == "the"
        return opener and i - 3 > k and capitalised(last) and capitalised(tokens[i - 3])

    def _handle_opens(self, a: int, b: int) -> bool:
        """Does the phrase [a, b) open with a social-media handle ("@ecfr data show", "@AnaRuiz wrote")? A handle
        names one account, as a name does, though written in lower case (k60)."""
        return a > 0 and self.tokens[a - 1] == "@" and b - a <= 3 and self.tokens[a][:1].isalnum()

    def _kin_named(self, word: str, head_at: int) -> bool:
        """Does the text name a relative by the noun `word` of the same owner, a name after it ("President Trump's
        eldest son, Donald Trump Jr." for "the president's son"), or of a pronoun ("his wife, Sandra")? Not another's:
        "The suspect's mother, Ann Lee" names no victim's mother. The noun followed by a name is looked for first:
        the whole pattern opens with no literal, and searched alone it read a long text at 2% of `analyze` (p33)."""
        text, owner = self.doc.text, self.tokens[head_at - 2]
        if len(text) <= SEARCHED_CHARS or not owner or any(c.isspace() for c in owner):
            if re.search(rf" {re.escape(word)},? [A-Z][a-z]", text) is None:
                return False
            either = rf"\b(?i:{re.escape(owner)})(?: [A-Z][\w.-]*){{0,3}}['’]s|\b[Hh](?:is|er)|\b[Tt]heir"
            return re.search(rf"(?:{either}) (?:[a-z]+ ){{0,2}}{re.escape(word)},? [A-Z][a-z]", text) is not None
        # a longer text is read once per noun (a search per owner grew with the text times its owners, r21): a
        # pronoun's, or the places where an owner may end, by the owner's last characters read case-blind
        kin = self.kin_owners.get(word)
        if kin is None:
            kin = self.kin_owners[word] = _kin_owner_ends(text, word)
        pronoun, owner_ends = kin
        if pronoun:
            return True
        written = re.compile(rf"\b(?i:{re.escape(owner)})")
        n = len(owner)
        return any(q >= n and written.match(text, q - n) for q in owner_ends.get(_case_blind(owner[-_OWNER_KEY:]), ()))

    def _body_papers(self, a: int, b: int) -> bool:
        """Is the phrase [a, b) papers (`paper_nouns`) whose modifier names a body ("FEC records", "Bergen County land
        records"), not a common word capitalised to open the sentence ("Public records", "Financial records"): there
        an acronym or two capitalised words name it."""
        tokens, head_at = self.tokens, self._head(a, b)
        if self._low(head_at) not in self.lang.paper_nouns:
            return False
        s0 = self.doc.sentence_tokens[self.sentence_index][0]
        for k in range(a, head_at):
            if not capitalised(tokens[k]) or self._low(k) in self.lang.determiners:
                continue
            if k != s0 or is_upper(tokens[k]) or k + 1 < head_at and capitalised(tokens[k + 1]):
                return not self._common_word_capitalised(k, head_at)
        return False

    def _modifiers_only(self, core: list[int], head_at: int) -> bool:
        """Are the words between the phrase's determiner and its head modifiers of the head ("any big-name elected
        officials", "no Republican officials"), not a noun of their own ("Every day officials warn")?"""
        between = [self.tokens[k] for k in core[1:] if k < head_at]
        return all(
            capitalised(w) or "-" in w or w.endswith("ed") or lower(w) in self.lang.paired_modifiers for w in between
        )

    def _body_experts(self, a: int, b: int) -> bool:
        """Is the phrase [a, b) experts of a named body by its head (`expert_nouns`, "Economists at Morgan Stanley"),
        where the vague-sources lexicon's term for them ("economists") would make them a broad group? Not a crowd
        of them, counted in the phrase or in the words of its noun phrase just before it ("a group of 32 national
        security experts at the Aspen Institute": more than a dozen, docs/source-kinds.md)."""
        head_at = self._head(a, b)
        if not (self._low(head_at) in self.lang.expert_nouns and self._at_named_body(head_at, b)):
            return False
        return not self._crowd(self._phrase_start(a, self.doc.sentence_tokens[self.sentence_index][0]), head_at)

    def _at_named_body(self, head_at: int, b: int) -> bool:
        """Is the head at `head_at` one of a named body's people in the phrase: placed "at" or "with" a capitalised
        body ("Economists at Morgan Stanley", "researchers with Brandeis University", "analysts at the Brookings
        Institute", after at most two words describing it: "at the computer company IBM"), "from" a body by its
        name's end ("Scientists from Oxford University"), or with such a body's name before it ("Oxford University
        scientists", "IBM researchers": an acronym of three capitals or more, k53)? Not "in", which places people in
        a country or town, nor "from" a place ("experts from Germany"), nor a people, a place or a party before it
        ("Russian scientists", "Ohio economists", "GOP analysts": by its form a single word cannot be told from a
        body's name, "Harvard economists")."""
        tokens, k = self.tokens, head_at + 1
        if self._body_before(head_at):
            return True
        if k + 1 >= b or tokens[k] not in ("at", "with", "from"):
            return False
        body = k + 2 if self._low(k + 1) == "the" else k + 1
        if tokens[k] == "from":
            end = body
            while end < b and capitalised(tokens[end]):
                end += 1
            return end > body and self._low(end - 1) in self.lang.institution_nouns
        if body > k + 1:
            described = body
            while described < min(b - 1, body + 2) and is_alpha(tokens[described]) and is_lower(tokens[described]):
                described += 1  # "at the computer company IBM"
            body = described if capitalised(tokens[described]) else body
        return body < b and capitalised(tokens[body])

    def _people_at_site(self, a: int, b: int) -> bool:
        """Is the phrase [a, b) a bare plural of people by what they do placed at one site the article has in view,
        by a `site_prepositions` word and "the" ("Lawmakers at the scene", "Local residents near the fire", "Nurses
        outside the hospital")? Specific people the writer met or heard there, unnamed: anonymous, as "a woman in
        the crowd" (docs/source-kinds.md, k58). Not a population placed "in" a place (k35), nor a share or crowd
        with a determiner ("many voters at the polls"), nor a body ("police at the scene": the force in view).
        Experts too ("Experts at the state university"): a body's experts are its people (k53). So are a body's
        members placed "on" it ("Democrats on the committee", `_seated_on_body`, k72)."""
        tokens, lang = self.tokens, self.lang
        if b - a < 4:
            return False
        k, end = a + 1, min(b - 2, a + 5)
        while k < end and tokens[k] not in _SITE_OR_SEAT:  # a loop: called for most phrases of four words
            k += 1
        if k == end or tokens[k + 1] != "the" or tokens[k] == "on" and not self._seated_on_body(k, b):
            return False
        head_at = k - 1
        head = self._low(head_at)
        serving = head in _SERVING_BODIES  # "Staff at the clinic": its people, as "Nurses at the clinic" (k75)
        if not (head.endswith("s") or serving) or head in lang.determiners or head in lang.crowd_counts:
            return False
        people = (
            serving
            or head in lang.person_nouns
            or head in lang.group_nouns
            or agent_word(head, True, lang.document_nouns)
        )
        return (
            people
            and head not in lang.bloc_nouns
            and all(
                self._low(j) not in lang.determiners
                and self._low(j) not in _POSSESSIVES
                and self._low(j) not in _NONE_OR_ALL
                and self._low(j) not in ("the", "these", "those", "and", "'s", "’s")
                for j in range(a, head_at)
            )
        )

    def _loose_community(self, a: int, head_at: int) -> bool:
        """Is the phrase opening at `a` "the" and modifiers before a lower-case `loose_bodies` head ("the scientific
        community", "The international community", "the Latino community")? People joined by a field, a trait or a
        place, whom no one could list: vague, as "the public". Not a defined set of bodies ("the intelligence
        community", `defined_communities`), a name ("the European Community") nor an owner's ("its community")."""
        tokens = self.tokens
        return (
            head_at > a
            and self._low(a) == "the"
            and is_lower(tokens[head_at])
            and all(
                self._low(k) not in _DEFINED_BODIES and tokens[k] not in _POSSESSIVE_MARKS for k in range(a, head_at)
            )
        )

    def _seated_on_body(self, k: int, b: int) -> bool:
        """Does "on the" at `k` end the phrase [.., b) with a body its people sit on, `seated_bodies` as the phrase's
        last word ("Democrats on the committee", "Republicans on the Senate Judiciary Committee", "experts on the
        panel")? Not a topic or a place ("experts on the subject", "Democrats on the ground")."""
        return b - k <= 6 and self._low(b - 1) in _SEATED

    def _headline_group(self, core: list[int], head_at: int) -> bool:
        """Is the phrase a plural of people by what they do, with no determiner, in a sentence set in title case
        ("Local Residents Say Bridge Is Unsafe", "Frustrated Farmers Vow …")? Its capitals are the headline's, not a
        name's: the phrase reads as it would in lower case (k58). Title case: every word of `_TITLE_WORD` letters or
        more is capitalised, and there are `_TITLE_WORDS` of them at least; not a head the text writes capitalised after
        a lower-case word ("Sanders Told …": "said Sanders")."""
        lang = self.lang
        head = self._low(head_at)
        if head_at != core[-1] or not head.endswith("s") or self._low(core[0]) in lang.determiners:
            return False
        if not (head in lang.person_nouns or head in lang.group_nouns or agent_word(head, True, lang.document_nouns)):
            return False
        return self._headline_capitals(head_at, after_lower=False)

    def _headline_capitals(self, head_at: int, after_lower: bool) -> bool:
        """Is the sentence of the head at `head_at` set in title case, its capitals a headline's (k58, k63)? Not when
        the text writes the head capitalised elsewhere after a word (after a lower-case one when `after_lower`):
        "Bernie Sanders Says …" where the body says "said Sanders"; nor when the lead opens with a name, perhaps after
        a title ("Ana Lo and Ed Ruiz, two of the survivors", "Sen. Ana Ruiz said"): then the body names them."""
        tokens = self.tokens
        s0, s1 = self.doc.sentence_tokens[self.sentence_index]
        title_case = self.title_case.get(self.sentence_index)
        if title_case is None:  # once a sentence: asked for each of a sentence's sources (r17)
            long_words = [t for t in tokens[s0:s1] if len(t) >= _TITLE_WORD and is_alpha(t[0])]
            title_case = len(long_words) >= _TITLE_WORDS and all(is_upper(t[0]) for t in long_words)
            self.title_case[self.sentence_index] = title_case
        if not title_case:
            return False
        word = tokens[head_at]
        for lo, hi in ((1, s0), (s1, len(tokens))):  # the text outside the headline, searched in C for the word
            j = lo
            while j < hi:
                j = find_token(tokens, word, j, hi)
                if j < 0:
                    break
                before = tokens[j - 1]
                if before[:1].isalnum() and (is_lower(before) or not after_lower):
                    return False
                j += 1
        return not self._lead_names(s1) and not (
            s1 + 2 < len(tokens) and tokens[s1 + 1] == "." and self._lead_names(s1 + 2)
        )

    def _headline_person(self, core: list[int], head_at: int) -> bool:
        """Is the phrase one person by what they do, with no determiner but "A", in a sentence set in title case
        ("Ukrainian Teenager Says …", "A Historian Warns …")? Its capitals are the headline's, as for `_headline_group`
        (k63); not a head the text writes capitalised after a lower-case word, nor before a lead that opens with a
        name."""
        tokens, lang = self.tokens, self.lang
        head = self._low(head_at)
        if (
            head_at != core[-1]
            or head.endswith("s")
            or not is_title(tokens[head_at])  # "HUFFPOLLSTER:": a column's name in capitals
            or self._low(core[0]) not in ("a", "an")
            and len(core) > 2
        ):
            return False
        if not (head in lang.person_nouns or agent_word(head, False, lang.document_nouns)):
            return False
        return self._headline_capitals(head_at, after_lower=True)

    def _lead_names(self, k: int) -> bool:
        """Does the sentence starting at token `k`, past a dateline ("PHILADELPHIA ―"), open with a name of two
        capitalised words ("Ana Lo and Ed Ruiz, two of the survivors, …")? Then a headline's people are the ones
        its body names (docs/source-kinds.md, annot12)."""
        tokens, lang = self.tokens, self.lang
        while k < len(tokens) and (is_punct(tokens[k]) or is_upper(tokens[k])):
            k += 1
        return (
            k + 1 < len(tokens)
            and capitalised(tokens[k])
            and capitalised(tokens[k + 1])
            and self._low(k) not in lang.stop_words
            and self._low(k) not in lang.determiners
        )

    def _body_before(self, head_at: int) -> bool:
        """ "IBM researchers", "Oxford University scientists": a body's name right before the head, with no
        determiner before it, ending in `institution_nouns` or an acronym of three capitals or more that names no
        country or party (`bloc_acronyms`)."""
        tokens, s0 = self.tokens, self.doc.sentence_tokens[self.sentence_index][0]
        k = head_at - 1
        if k < s0 or not capitalised(tokens[k]):
            return False
        word = tokens[k]
        if lower(word) in self.lang.institution_nouns:
            return k > s0 and capitalised(tokens[k - 1])  # "Oxford University", not "University scientists"
        return len(word) >= 3 and is_alpha(word) and is_upper(word) and lower(word) not in self.lang.bloc_acronyms

    def _person_owner(self, a: int, head_at: int) -> int | None:
        """Where the possessive "'s" of one unnamed person stands before the document at `head_at`, with at most two
        words between ("an attendee's X post", "a senior aide's memo"); None when the owner is no lower-case person
        noun ("the company's report", "Ruiz's letter")."""
        tokens = self.tokens
        for k in range(head_at - 1, max(a, head_at - 3), -1):
            if tokens[k] in _POSSESSIVE_MARKS:
                owner = tokens[k - 1]
                person = owner in self.lang.person_nouns or self._agent_noun(k - 1, plural=False)
                return k if k - 1 > a and is_lower(owner) and person else None
        return None

    def _around_one_person(self, head_at: int, b: int) -> bool:
        """ "Doctors said his condition was critical", "Neighbors said she kept to herself": a bare plural noun for
        people by what they do, whose words, right after the cue, are about one person ("he", "his", "she", "her"):
        the people around that person, specific though unnamed (docs/source-kinds.md), not doctors at large ("doctors
        warned of the risk")."""
        tokens = self.tokens
        if not agent_word(self._low(head_at), True, self.lang.document_nouns):
            return False
        if not is_lower(tokens[head_at]) and not self._common_word_capitalised(head_at, head_at):
            return False  # "Sanders said he would run": a surname
        k, end = b, min(len(tokens), b + 4)
        while k < end and (k in self.cue_tokens or self._low(k) == "that"):
            k += 1
        return k < end and self._low(k) in _ONE_PERSON

    def _issuer_in_relative(self, a: int, head_at: int, b: int) -> bool:
        """Are papers or figures (`paper_nouns`, a plural of `document_nouns`, `_ISSUED`) described in the phrase by
        the one who issued them, by a pronoun: a relative without "that" ("figures her campaign released", "new
        financial documents he submitted", read back to its last word) or a passive's agent ("excerpts from his
        speech provided by his campaign")? Then they are that issuer's papers, in view, as "FEC records" are (named);
        a relative with "that" is cut off the phrase, and a capitalised agent ("released by the White House") names
        already."""
        tokens = self.tokens
        if head_at == b - 1 and head_at - a >= 2 and self._past_word(head_at):
            if self._low(head_at - 1) in _PRONOUNS:
                return self._issued(head_at - 2)  # "documents he submitted"
            return (
                head_at - a >= 3
                and self._low(head_at - 2) in _POSSESSIVES
                and tokens[head_at - 1].islower()
                and self._issued(head_at - 3)  # "figures her campaign released"
            )
        return self._issued(head_at) and any(
            self._past_word(j) and self._low(j + 1) == "by" and self._low(j + 2) in _POSSESSIVES
            for j in range(head_at + 1, b - 3)
        )

    def _issued(self, k: int) -> bool:
        """Is the word at `k` papers or figures someone issues (`_issuer_in_relative`)?"""
        word, lang = self._low(k), self.lang
        return word in lang.paper_nouns or word in _ISSUED or word.endswith("s") and word[:-1] in lang.document_nouns

    def _past_word(self, k: int) -> bool:
        """A lower-case past form: "released", "submitted", "gave"."""
        word = self.tokens[k]
        return word.islower() and (word.endswith("ed") or word in self.lang.past_forms)

    def _unnamed_finding(self, a: int, head_at: int, b: int) -> bool:
        """ "a study", "one recent poll", "a new survey released Monday": one finding (`finding_nouns`) that no
        capitalised word, body or person in the phrase or in what describes it after it names ("a study published
        in the journal Rivers"), and that the writer does not take up in the sentence before or the two after, by
        any finding noun ("a new poll shows … Pew Research Center published the results of its new survey")."""
        tokens, lang = self.tokens, self.lang
        if self._low(head_at) not in lang.finding_nouns or self._low(a) not in _ONE:
            return False
        for k in range(a + 1, b):
            word = tokens[k]
            if k != head_at and (
                not is_lower(word)
                and not word.isdigit()
                and not is_punct(word)
                and lower(word) not in lang.after_source_stops  # "released Monday"
                and not self._people_adjective(k, head_at)  # "a British survey": where, not whose (k53)
                or word in lang.collective_nouns  # "a police report", "a campaign memo": a body's, in view
                or word in lang.person_nouns
            ):
                return False
        sentences, i = self.doc.sentence_tokens, self.sentence_index
        if b < sentences[i][1] and (
            self._low(b) in HEAD_ENDS
            or self._low(b) in lang.after_source_stops
            or _participle(tokens[b])
            or _participle(tokens[b - 1])
        ):
            # the phrase cut before what describes it: "a study published in the journal Rivers", "a new poll released
            # Wednesday by the Altruist League", "a report Thursday in the New York Times"
            for k in range(b, min(b + 12, sentences[i][1])):
                if is_punct(tokens[k]):
                    break
                if not is_lower(tokens[k]) and self._low(k) not in lang.after_source_stops:
                    return False
        lo, hi = sentences[max(0, i - 1)][0], sentences[min(len(sentences) - 1, i + 2)][1]
        return not any(self._low(k) in lang.finding_nouns for k in range(lo, hi) if not a <= k < b)

    def _sweeping_share(self, core: list[int], head_at: int) -> bool:
        """ "many workers", "most employees": `sweeping_shares` before a plural of people by what they do, with no
        capital in the phrase; a share of a set the writer names ("most Clinton allies", "many Carrier workers",
        "most members of the Caucus") stays a part of those specific people."""
        return (
            self._low(core[0]) in _SWEEPING and self.tokens[head_at].endswith("s") and not self._capitalised(core[1:])
        )

    def _people_adjective(self, k: int, head_at: int) -> bool:
        """Is the capitalised word at `k`, before the head, a people's adjective ("British", "German", "Chinese"):
        its plural a people of `group_nouns` ("germans") or ending as most such adjectives do ("-ish", "-ese")? It
        says where a finding comes from, as a place would, and names no body that made it."""
        word = self._low(k)
        return k < head_at and is_alpha(word) and (word + "s" in self.lang.group_nouns or word.endswith(("ish", "ese")))

    def _evidence_in_general(self, core: list[int], head_at: int) -> bool:
        """ "the current evidence", "All available evidence", "the latest evidence about hiring": an
        `evidence_nouns` head that nobody owns and nothing points back to; not "their data", "the
        campaign's data", "this data", "the same data", nor data "released by" or "from" someone."""
        tokens = self.tokens
        words = [self._low(k) for k in core if k < head_at]
        after = core[core.index(head_at) + 1 :] if head_at in core else []
        lang = self.lang
        return (
            not any(is_upper(tokens[k][0]) for k in core[1:] if k <= head_at)
            and (  # not a verb before it, as in a phrase misread: "keeps confidential data on …"
                core[0] == head_at  # "Evidence shows"
                or words[0] in lang.determiners
                or words[0] in lang.naming_words
                or self._common_word_capitalised(core[0], head_at)  # "All available evidence", not "April data"
                or self._opening_modifier(core[0], head_at)  # "Sales data shows", "New evidence suggests"
            )
            and not any(w in _POSSESSIVES or w in _POINTING or w in _POSSESSIVE_MARKS for w in words)
            and (not after or self._low(after[0]) in ("about", "on"))
        )

    def _unowned_recording(self, core: list[int], head_at: int, b: int) -> bool:
        """ "footage from the square", "Video shows", "Harrowing pictures from the city": what cameras recorded
        (`recording_nouns`), with no determiner, owner or maker in the phrase, so no recording the reader could find
        (k62's and k70's marking: vague); not "a video clip" or "the video" (one recording in view, named), "his
        first videos", "Footage from CNN" or "CNN footage" (a name owns it)."""
        tokens = self.tokens
        if self._low(core[0]) in self.lang.determiners or self._low(core[0]) in _BEFORE_RECORDING:
            return False
        for k in core:
            word = tokens[k]
            if (
                word in _POSSESSIVE_MARKS
                or k > head_at
                and (self._person_word(k) or word in self.lang.collective_nouns)
            ):
                return False  # "the network's footage", "photos by a bystander", "video from police"
            if k != head_at and not is_lower(word) and not (k == core[0] and self._adjective_opening(k, head_at)):
                return False
        return True

    def _adjective_opening(self, k: int, head_at: int) -> bool:
        """Is the capitalised word at `k`, opening its sentence before a lower-case head, an adjective by its
        ending ("Harrowing", "Leaked", "Grainy"), not a name ("Reuters footage")?"""
        word = self.tokens[k]
        return (
            k == self.doc.sentence_tokens[self.sentence_index][0]
            and is_lower(self.tokens[head_at])
            and is_lower(word[1:])
            and lower(word).endswith(_ADJECTIVE_ENDINGS)
        )

    def _opening_modifier(self, k: int, head_at: int) -> bool:
        """Is the word at `k` a modifier that is capitalised only because it opens the sentence ("Sales data
        clearly shows", "All available evidence shows"): before the head, a word in title case and no acronym,
        which the text never writes capitalised after a lower-case letter, a comma or a title, as a name would
        be ("… said Gallup. Gallup data shows")?"""
        word = self.tokens[k]
        return (
            k < head_at
            and k == self.doc.sentence_tokens[self.sentence_index][0]
            and is_alpha(word)
            and is_title(word)
            and len(word) > 1
            and not self._after_lower(word)
            and not self._after_title(word)
        )

    def _document_of(self, k: int, b: int, one: bool) -> bool:
        """Is the phrase [k, b) after "of" headed by a document ("the exit poll"), or, for `one` of them, by
        documents ("the leaked documents", "the polls")?"""
        word = self._low(self._head(k, b))
        documents = self.lang.document_nouns
        return word in documents or one and word.endswith("s") and word[:-1] in documents

    def _counted_group(self, k: int, b: int) -> bool:
        """Is [k, b) a count of a group's members that is no crowd: "two senators", "a dozen House Democrats",
        "seven Republicans" (`group_nouns` head after a number word or a listable numeral), not "Democrats",
        "dozens of lawmakers" nor "200 protesters"?"""
        head_at = self._head(k, b)
        if self._low(head_at) not in self.lang.group_nouns or self._crowd(k, head_at):
            return False
        return self._listed_few(k, head_at) or any(
            (word := self._low(j)).isdigit() and int(word) <= _LISTABLE for j in range(k, head_at)
        )

    def _chamber_members(self, core: list[int], head_at: int) -> bool:
        """Is the phrase a share word, a chamber and a party's members, nothing else ("Some House Democrats", "other
        Senate Republicans", "some congressional Republicans"): members of one house, as "some senators" are? "Some
        Democrats" stays a share of a population."""
        tokens = self.tokens
        return (
            len(core) == 3
            and core[2] == head_at
            and self._low(core[1]) in _CHAMBERS
            and self._low(head_at).removesuffix("s") in self.lang.party_nouns
            and tokens[head_at].endswith("s")
        )

    def _listed_few(self, a: int, head_at: int) -> bool:
        """Do the words before the head count a few people in words, up to a dozen ("seven", "several", "a
        dozen", "a half-dozen"), so that they are specific people the writer leaves unnamed? "two dozen" is a
        crowd (`_crowd`)."""
        return any(self._low(k) in _FEW for k in range(a, head_at))

    def _body_described(self, a: int, b: int) -> bool:
        """Is [a, b) a body of `collective_nouns` with only lower-case words before it and no determiner ("local
        police", "state police", "county police"): the force of the place in view, named as "police" alone is? A
        sentence's capital on the first word is no name's ("Local police said")."""
        tokens, lang = self.tokens, self.lang
        if not 1 < b - a <= 3 or not all(is_alpha(t) and is_lower(t) for t in tokens[a + 1 : b]):
            return False  # the cheap tests first: most phrases fail them, and these words are lower case already
        first = tokens[a]
        if not is_alpha(first) or not is_lower(first) and a != self.doc.sentence_tokens[self.sentence_index][0]:
            return False
        words = [lower(first), *tokens[a + 1 : b]]
        return (
            words[-1] in lang.collective_nouns
            and words[0] not in lang.determiners
            and words[0] not in _POSSESSIVES
            and words[0] not in _NONE_OR_ALL
            and not any(w in lang.group_nouns or w in lang.person_nouns for w in words[:-1])
        )

    def _group_named_for(self, head_at: int, b: int) -> bool:
        """Does the capitalised plural open a name with "for" or "Against" and a capital ("Texans for Lawsuit
        Reform"), not a population described after it ("Texans for the most part", "Iowans for years")?"""
        tokens = self.tokens
        return (
            head_at + 2 < b
            and capitalised(tokens[head_at])
            and tokens[head_at + 1] in ("for", "For", "Against")
            and capitalised(tokens[head_at + 2])
        )

    def _people_in_a_name(self, core: list[int], head_at: int) -> bool:
        """Is the phrase "the", capitalised words and a capitalised plural ("The Houston Texans", "The Young
        Turks"): a body's name that ends in a people, not a people described by its own people's adjective ("the
        Syrian Kurds") nor a party's members ("the Tea Party Republicans", "The Ohio Democrats": a wing, vague)?"""
        tokens = self.tokens
        return (
            len(core) > 2
            and core[-1] == head_at
            and self._low(core[0]) == "the"
            and self._low(head_at).removesuffix("s") not in self.lang.party_nouns
            and all(capitalised(tokens[k]) and not self._people_adjective(k, head_at) for k in core[1:])
        )

    def _before_action(self, head_at: int, b: int) -> bool:
        """Is the capitalised head a people's adjective before a lower-case "-ing" noun of the phrase ("An AP
        investigation into Russian hacking", where the head is read off at "hacking"), not one member of the people
        ("one kind-hearted Canadian")?"""
        tokens = self.tokens
        nxt = tokens[head_at + 1] if head_at + 1 < b else ""
        return capitalised(tokens[head_at]) and is_lower(nxt) and nxt.endswith("ing")

    def _crowd(self, a: int, head_at: int) -> bool:
        """Is the phrase from `a` to its head counted as a crowd rather than as people one could list: a
        `crowd_counts` word ("thousands of people", "13 million people") or a numeral above `_LISTABLE`
        ("1,409 teachers", "200 protesters"; four digits with no comma are a year)? "Two people", "several
        officials" are unnamed people: anonymous."""
        for k in range(a, head_at + 1):
            word = self._low(k)
            if word in self.lang.crowd_counts or word in _DOZEN and k > a and self._low(k - 1) in _COUNTED:
                return True  # "two dozen governors", "three dozen Democrats": more than a dozen
            digits = word.replace(",", "")
            if digits.isdigit() and int(digits) > _LISTABLE and not (digits == word and len(word) == 4):
                return True  # not a year: "2016 Democrats", "In 2012 officials"
        return False

    def _party_in_view(self, core: list[int], head_at: int) -> bool:
        """ "the Democrats", "All the Republicans": a capitalised group with the definite article is the set
        the article has in view (the candidates on a debate stage, the party), not Democrats at large."""
        if len(core) > 3 or core[-1] != head_at or not is_upper(self.tokens[head_at][0]):
            return False
        words = [self._low(k) for k in core]
        return words[-2:-1] == ["the"] and words[:-2] in ([], ["all"]) and words[-1] in self.lang.group_nouns

    def _earlier_same_head(self, head_at: int, back: int) -> str | None:
        """The kind of `_earlier_same_head_at`, None when there is none."""
        earlier = self._earlier_same_head_at(head_at, back)
        return None if earlier is None else earlier[0]

    def _earlier_same_head_at(self, head_at: int, back: int) -> tuple[str, int] | None:
        """The kind of the nearest earlier source of this or the `back` sentences before whose first words
        hold the same head word ("Several Democrats" for "the Democrats", "a source close to the talks" or
        "two people familiar with the plan" for "the source", "the people"), if any: the description takes
        up the source it was first used for, however far back or whoever spoke in between. With the token of
        the head word in that source. Only the source's own words: "The mayor thanked the people … The people said"
        is not the mayor's (k81)."""
        tokens, word = self.tokens, self.tokens[head_at]
        lo = self.doc.sentence_tokens[max(0, self.sentence_index - back)][0]
        for kind, _, k in reversed(self.previous[-_RECENT_SOURCES:]):
            end = min(k + _HEAD_REACH, self.source_ends.get(k, head_at), head_at)
            if lo <= k < head_at and (at := find_token(tokens, word, k, end)) >= 0:
                # "A judge ordered … Judge Ana Ruiz said … The judge cited": named since
                titled = any(self._low(j) == word and self._title_before_name(j) for j in range(k + 1, head_at))
                return ("named" if titled else kind), at
        return None

    def _named_in_next_sentence(self, word_at: int) -> bool:
        """Is the word at `word_at` in an earlier source brought in by "a" or "an", and does the sentence after it
        open with a new name and its description after a comma ("…, a Chinese official has said. Li Qun, deputy
        minister of culture, made the remarks …")? The news lede's unnamed person, named in the next paragraph (k81);
        not "Geert Supré, 56." (no description), "Ana Lo, a nurse," (someone brought in) nor "Ana Lo, who …"."""
        tokens, sentences = self.tokens, self.doc.sentence_tokens
        first = next((k for _, _, k in reversed(self.previous) if k <= word_at < self.source_ends.get(k, k)), -1)
        if first < 0 or self._low(first) not in ("a", "an"):
            return False
        i = bisect_left(sentences, (word_at + 1, -1)) - 1  # the sentence holding it
        if i + 1 >= len(sentences):
            return False
        s0, s1 = sentences[i + 1]
        k = s0
        while k < min(s0 + 3, s1) and is_alpha(tokens[k]) and capitalised(tokens[k]):
            k += 1
        return (
            k - s0 >= 2
            and k + 1 < s1
            and tokens[k] == ","
            and is_lower(tokens[k + 1])
            and is_alpha(tokens[k + 1])
            and tokens[k + 1] not in self.lang.determiners
            and tokens[k + 1] not in RELATIVE_PRONOUNS
            and not self._written_before(tokens[k - 1], first)
        )

    def _owned_before(self, head_at: int) -> bool:
        """Did an earlier named source open with this possessive's owner and head ("Ruiz attorney Ana Lee said …
        Ruiz's attorney, meanwhile, wrote"), within its own words (not "Ruiz thanked Lee's attorney", k81)? Then the
        description takes up that named person, however far back; a pronoun owner ("his lawyer") says too little."""
        tokens = self.tokens
        if head_at < 2 or tokens[head_at - 1] not in _POSSESSIVE_MARKS or not capitalised(tokens[head_at - 2]):
            return False
        owner, word = tokens[head_at - 2], tokens[head_at]
        for kind, _, k in reversed(self.previous[-_RECENT_SOURCES:]):
            if k < head_at - 2 and kind == "named":
                end = self.source_ends.get(k, head_at)  # the source's own words only (k81)
                for j in range(k, min(k + _HEAD_REACH, end - 1, head_at - 3)):
                    # the owner right before the head, as a title ("Ruiz attorney Ana Lee") or a possessive
                    if tokens[j] == owner and (
                        tokens[j + 1] == word
                        or tokens[j + 1] in _POSSESSIVE_MARKS
                        and j + 2 < end
                        and tokens[j + 2] == word
                    ):
                        return True
        return False

    def _owner_names_later(self, head_at: int) -> bool:
        """Does one of the next `_NAMED_LATER_SENTENCES` sentences (as for "a woman who …") name this possessive's
        owner's person by the same head ("Ruiz's attorney confirmed … said a statement from Ruiz's attorney, Ana Lee",
        or "Ruiz attorney Ana Lee")? Then the writer has named the person (k26's marking, k74); a pronoun owner ("his
        lawyer") says too little. Asked once per owner, head and sentence (`owners_named`): a sentence of many "Ruiz's
        aide said" read the next sentences at each (r24)."""
        tokens, i = self.tokens, self.sentence_index
        if head_at < 2 or tokens[head_at - 1] not in _POSSESSIVE_MARKS or not capitalised(tokens[head_at - 2]):
            return False
        owner, word = tokens[head_at - 2], tokens[head_at]
        named = self.owners_named.get((owner, word, i))
        if named is None:
            named = self.owners_named[(owner, word, i)] = self._owner_named_after(owner, word)
        return named

    def _owner_named_after(self, owner: str, word: str) -> bool:
        """`_owner_names_later`'s reading of the next sentences for `owner`'s `word` and a name."""
        tokens, sentences, i = self.tokens, self.doc.sentence_tokens, self.sentence_index
        lo, hi = sentences[i][1], sentences[min(len(sentences) - 1, i + _NAMED_LATER_SENTENCES)][1]
        for k in range(lo, hi - 3):
            if tokens[k] != owner:
                continue
            after = k + 2 if tokens[k + 1] in _POSSESSIVE_MARKS else k + 1
            if self._low(after) != lower(word) or after + 2 >= hi:
                continue
            name = after + 2 if tokens[after + 1] == "," else after + 1
            if capitalised(tokens[name]) and is_alpha(tokens[name]) and capitalised(tokens[name + 1]):
                return True
        return False

    def _names_body(self, k: int, lo: int) -> bool:
        """Does the collective noun at token `k` name one body by its owner ("his team", "Murphy's
        campaign", "the Clinton campaign"), not as the object of a preposition ("a question for the Senate
        leadership") nor as a modifier ("campaign staff")? "the campaign" alone may be anything's."""
        tokens, lang = self.tokens, self.lang
        nxt = self._low(k + 1) if k + 1 < len(tokens) else ""
        if k - 1 <= lo or nxt in lang.collective_nouns or nxt in lang.person_nouns or nxt in lang.group_nouns:
            return False
        before = tokens[k - 1]
        if before in _POSSESSIVE_MARKS:
            before = tokens[k - 2]
        elif lower(before) not in _POSSESSIVES and not (is_upper(before[0]) and is_alpha(before)):
            return False
        start = self._phrase_start(k, lo)
        return (is_upper(before[0]) or lower(before) in _POSSESSIVES) and not (
            start > lo and (self._low(start - 1) in HEAD_ENDS or self._low(start - 1) in _PREPOSITIONS)
        )

    def _document(self, a: int, head_at: int) -> bool:
        """ "a poll of Iowa voters", "a RealClearPolitics average of polls": a document or a named source
        of figures, not "a slew of party leaders"."""
        return self._low(head_at) in self.lang.document_nouns or self._capitalised(list(range(a + 1, head_at)))

    def _mixed_coordination(self, a: int, b: int) -> int | None:
        """ "Edwards and others", "he and election-law experts": where the named first conjunct ends,
        when a lower-case, less specific conjunct follows it; None otherwise ("House and Senate
        Republicans", "Democrats and Republicans" are read as one phrase)."""
        tokens, last = self.tokens, min(b - 1, a + 5)
        if not self._holds_low(AND, a + 1, last):
            return None  # most phrases: one typed search, not a loop over their words
        for k in range(a + 1, last):
            if self._low(k) == "and":
                nxt, lang = self._low(k + 1), self.lang
                if not (
                    nxt in lang.naming_words
                    or nxt in lang.determiners
                    or nxt in _WHOLE  # "Mr. Issa and all seven Republicans on the committee" (k35)
                    and self._sure_name(a, k)
                    or nxt in lang.group_nouns
                    or nxt in lang.person_nouns
                    or self._low(a) in _PRONOUNS
                    and self._people(k + 1, b)  # "he and election-law experts"
                    or self._modified_group_after_name(a, k, b)  # "Ms. Pelosi and senior Democrats"
                ):  # "his aides", "others"; not "Current and former officials"
                    return None
                lead = self.tokens[a]
                if not (capitalised(lead) and lower(lead) not in lang.naming_words or lower(lead) in _PRONOUNS):
                    return None  # "Her directors and advisers": no name leads
                return k if self._kind_of_phrase(a, k) == "named" else None
            if is_punct(tokens[k]) and not self._title_period(k):  # "Sen. Ted Cruz and his aides" goes on
                return None
        return None

    def _modified_group_after_name(self, a: int, k: int, b: int) -> bool:
        """ "Ms. Pelosi and senior Democrats", "Nancy Pelosi and top aides": after the "and" at `k`, one lower-case
        modifier and a group or people noun, and before it a name that is one for sure: a title's period in it,
        two capitalised words, or a word the text also writes after a lower-case letter or a title. Not
        "Current and former officials" (an adjective opening the sentence)."""
        tokens, lang = self.tokens, self.lang
        if k + 2 >= b:
            return False
        modifier, noun = tokens[k + 1], self._low(k + 2)
        if not (is_alpha(modifier) and is_lower(modifier)) or (
            noun not in lang.group_nouns and noun not in lang.person_nouns
        ):
            return False
        return self._sure_name(a, k)

    def _sure_name(self, a: int, k: int) -> bool:
        """Are the words [a, k) a name for sure: a title's period in them, two capitalised words, or a word the text
        also writes after a lower-case letter or a title? Not "Current" opening "Current and former officials"."""
        tokens, last = self.tokens, self.tokens[k - 1]
        return (
            any(self._title_period(j) for j in range(a + 1, k))
            or k - a >= 2
            and all(capitalised(t) for t in tokens[a:k] if not is_punct(t))
            or capitalised(last)
            and (self._after_lower(last) or self._after_title(last))
        )

    def _title_period(self, k: int) -> bool:
        """Is the token at `k` the period of a title or an initial inside a name ("Sen. Ruiz", "Ana F. Ruiz")?"""
        before = self.tokens[k - 1]
        return self.tokens[k] == "." and (
            lower(before) in self.lang.no_break_after or len(before) == 1 and is_upper(before)
        )

    def _unnamed_plural(self, core: list[int], head_at: int, b: int) -> bool:
        """ "U.S. lobbyists", "GOP elders", "European governments", "Protest groups": no determiner, a
        capitalised modifier and a plural head that names people by what they do or bodies of people
        (`collective_nouns`), with nothing capitalised after it and no coordination; the modifier says
        whose, not who."""
        tokens = self.tokens
        first = self._low(core[0])
        return (
            head_at > core[0]
            and (self._agent_noun(head_at, plural=True) or self._bodies(head_at))
            and first not in self.lang.naming_words
            and first not in self.lang.determiners
            and not any(tokens[k] in ("'s", "’s", "and") for k in range(core[0], b))
            and not self._capitalised([k for k in core if k > head_at])
        )

    def _counted_set(self, core: list[int], head_at: int, b: int) -> bool:
        """ "All three candidates", "the two leaders", "both campaigns": a definite count of people or
        bodies, who are the ones the article has named; not a population ("the two percent") nor a
        coordination ("both Democrats and Republicans")."""
        tokens, lang = self.tokens, self.lang
        first = self._low(core[0])
        second = self._low(core[1]) if len(core) > 1 else ""
        word = tokens[head_at]
        return (
            (first in ("all", "the") and second in _COUNTED or first == "both")
            and head_at > core[0] + (first != "both")
            and is_lower(word)
            and word.endswith(("s", "men"))
            and lower(word) not in lang.person_nouns
            and not any(lower(t) in ("and", "of") or t == "%" for t in tokens[core[0] : b])
            and lower(word) not in ("points", "sides")
        )

    def _resolved(self, default: str, plural: bool = False, at: int = -1, thing: bool = False, sex: str = "") -> str:
        """ "He", "the official": the kind of the nearest earlier person (a named or anonymous source,
        not several people). "they" (at token `at`): the nearest earlier group, a source of several
        people or a plural people noun of this or the sentence before ("Mexican officials conducted
        polls … they said"), else the nearest source. `default` when there is none. A `thing` ("it",
        "its") is no person, so not an unnamed one: "the message says … an embassy spokeswoman said …
        it says" is the message's. A pronoun's or a description's `sex` ("m", "f") passes over a person told
        as the other sex ("Mr. Lee … a woman … he said": Lee), unless no other is in reach (k75)."""
        recent = self.previous[-_RECENT_SOURCES:]
        if plural:
            source = next(((kind, k) for kind, several, k in reversed(recent[-10:]) if several), None)
            noun = self._plural_antecedent(at) if at >= 0 else None
            if noun is not None and (source is None or noun[1] > source[1]):
                return noun[0]
            if source is None and at >= 0 and (noun := self._plural_antecedent(at, back=3)) is not None:
                return noun[0]  # none near: a subject up to three sentences back
            return "vague" if source is None else source[0]
        # an unnamed person is taken up again by "he" or "she" only soon after ("A lawyer … He said");
        # further back the pronoun is the article's named people ("Prager … a conservative … He concludes")
        near = self.doc.sentence_tokens[max(0, self.sentence_index - 1)][0] if at >= 0 else 0
        if at >= 0 and not sex:
            sex = _SEX_WORDS.get(self._low(at), "")
        other: tuple[str, int] | None = None  # the nearest person told as the other sex
        for kind, several, k in reversed(recent):
            if kind == "named" and not several or kind == "anonymous" and not several and k >= near and not thing:
                if sex and self._sex_at(k) not in ("", sex):
                    if other is None and at >= 0 and self._person_of_sex(max(k, near), at, sex) >= 0:
                        return "anonymous"  # "a Berlin woman … she wrote": the unnamed person, though no source
                    other = other or (kind, k)
                    continue
                return self._taken_up(kind, k, at)
        if other is not None:  # no person of that sex in reach: the nearest, as before
            return self._taken_up(other[0], other[1], at)
        return default

    def _taken_up(self, kind: str, k: int, at: int) -> str:
        """The kind a pronoun at `at` takes from the earlier person at `k`. "A campaign aide said … In an interview,
        Ryan also hammered Obama for what he called …": the named subject in between is the nearer mention
        (docs/source-kinds.md, resolving pronouns)."""
        return "named" if kind == "anonymous" and self._name_opens_clause(k, at) else kind

    def _given_name_before(self, head_at: int) -> bool:
        """Is the capitalised head right after a capitalised given name ("Mark Judge said")? A surname, then."""
        before = self.tokens[head_at - 1]
        return capitalised(self.tokens[head_at]) and capitalised(before) and lower(before) in _GIVEN_NAMES

    def _person_of_sex(self, lo: int, hi: int, sex: str) -> int:
        """The last token in [lo, hi) of a lower-case noun for a person of `sex` brought in unnamed by "a", "one" or
        "another" ("A 29-year-old Berlin woman", "One woman adopted from Iran"), -1 if none. Not a described person
        ("Mr. Lee's wife, Sandi", "the first woman to win"): one named or taken up before."""
        tokens = self.tokens
        for j in range(hi - 1, lo - 1, -1):
            if _SEX_NOUNS.get(tokens[j], "") != sex:  # its keys are in lower case
                continue
            if j + 2 < len(tokens) and tokens[j + 1] == "," and capitalised(tokens[j + 2]):
                continue  # "a businessman, Tom Lee,": named
            for d in range(j - 1, max(lo, j - 5) - 1, -1):
                if is_punct(tokens[d]) and tokens[d] != "-":
                    break
                if self._low(d) in _ONE:
                    return j
        return -1

    def _sex_at(self, k: int) -> str:
        """The sex ("m", "f") the earlier source at token `k` is told as, "" when its words do not tell: its head as
        a pronoun or a noun ("he", "the spokeswoman"), or a name's title or given name ("Mr. Lee", "Sen. Ana
        Ruiz"). A surname alone tells nothing ("Ryan" is Paul Ryan's)."""
        tokens = self.tokens
        end = self.source_ends.get(k, k + 1)
        head_at = self._head(k, end) if end - k > 1 else k
        sex = _SEX_WORDS.get(self._low(head_at), "")
        if sex or not capitalised(tokens[head_at]):
            return sex
        for j in range(head_at - 1, max(k, head_at - 4) - 1, -1):
            token = tokens[j]
            if token == ".":
                continue
            if not capitalised(token):
                break
            word = lower(token)
            sex = _SEX_WORDS.get(word) or _GIVEN_NAMES.get(word, "")
            if sex:
                return sex
        return ""

    def _people_described_before(self, a: int) -> bool:
        """Does "people" stand before token `a` in the text with a word that makes them insiders ("people familiar
        with the matter", "people with knowledge of the case", "two people briefed on it"): the people "the people" takes up?"""
        if self.described_people is None:  # one scan of the text, however many "the people" speak in it
            tokens, tails = self.tokens, self.lang.source_tails
            self.described_people = next(
                (
                    k
                    for k in range(len(tokens) - 2)
                    if lower(tokens[k]) == "people"
                    and (self._low(k + 1) in tails or self._low(k + 1) == "with" and self._low(k + 2) in tails)
                ),
                -1,
            )
        return 0 <= self.described_people < a

    def _role_before(self, a: int, head: str, since: int = -1) -> str | None:
        """ "County Prosecutor Dana Welk … The prosecutor has insisted": "named" when the role noun stood as a title
        before a name (two capitalised words) in the last `_TITLE_SENTENCES` sentences before token `a`, since the
        one who holds that role was named (k70). A court's role ("the judge") whose word, in any case or number, is
        not written there at all is the one of the hearing in view, whom the article never names: "anonymous"
        (annot12's decision, k75). None otherwise. One pass back over the sentences serves both; `since`: a token
        the title must follow (an indefinite mention of the role it names, k80)."""
        tokens, sentences = self.tokens, self.doc.sentence_tokens
        lo = max(sentences[max(0, self.sentence_index - _TITLE_SENTENCES)][0], since + 1)
        title, plural = head.capitalize(), head + "s"
        unseen = head in _COURT_ROLES
        for k in range(a - 1, lo - 1, -1):
            token = tokens[k]
            if (
                k <= a - 3
                and (token == head or token == title)
                and capitalised(tokens[k + 1])
                and is_alpha(tokens[k + 1])
                and capitalised(tokens[k + 2])
            ):
                return "named"
            if unseen and lower(token) in (head, plural):
                unseen = False
        return "anonymous" if unseen else None

    def _name_opens_clause(self, lo: int, hi: int) -> bool:
        """Does a person's name open a clause between tokens `lo` and `hi` ("Mr. Pence did not answer",
        "In his interview, Ryan also hammered"): at a sentence's start or after a comma, before a word in lower
        case, after a title or a surname the article uses (`_surname`), not a place or a firm named once?"""
        tokens, titles = self.tokens, self.lang.no_break_after
        firsts = self.doc.sentence_tokens
        starts = {firsts[j][0] for j in range(max(0, self.sentence_index - 1), self.sentence_index + 1)}
        for k in range(lo + 1, hi - 1):
            if not (k in starts or tokens[k - 1] == ","):
                continue
            titled = self._low(k) in titles and tokens[k + 1] == "."  # "Mr. Pence": a title says it is a name
            name = k + 2 if titled else k
            if (
                name + 1 < hi
                and capitalised(tokens[name])
                and is_lower(tokens[name + 1])
                and (titled or self._surname(tokens[name]))
            ):
                return True
        return False

    def _apposed_to_names(self, start: int, lo: int) -> bool:
        """Is the noun phrase from `start` set off by a comma after names joined by "and" ("Senate President David
        Long and House Speaker Brian Bosma, both Republicans, held …")? It describes those named people (k81)."""
        tokens, j = self.tokens, start - 2
        if j <= lo or tokens[j + 1] != ",":
            return False
        while j > lo and capitalised(tokens[j]) and not is_punct(tokens[j]):
            j -= 1
        return j < start - 2 and tokens[j] == "and" and self._names_joined(j, lo, start - 1)

    def _plural_antecedent(self, at: int, back: int = 1) -> tuple[str, int] | None:
        """The nearest plural people noun before token `at`, in its sentence or the one before, that is
        not the object of a preposition, and the kind of its phrase ("German authorities", "analysts");
        or the nearest names joined by "and" ("Clinton and Senator Warren … they"): named. Further `back`
        (more than one sentence), only a noun that opens its sentence or follows a comma there, a subject
        ("In a study, three economists -- … They examined … they concluded"), not an object ("by moving
        workers into …")."""
        tokens, lang, sentences = self.tokens, self.lang, self.doc.sentence_tokens
        lo = sentences[max(0, self.sentence_index - back)][0]
        firsts = {sentences[j][0] for j in range(max(0, self.sentence_index - back), self.sentence_index + 1)}
        for k in range(at - 1, lo - 1, -1):
            token = tokens[k]
            if token == "and" and self._names_joined(k, lo, at):
                return "named", k
            if token == "and" and k > lo and self._low(k - 1) in ("he", "she") and self._low(k + 1) in _POSSESSIVES:
                return self._resolved("named", at=k - 1), k  # "He and his partner came … they": as "he"
            if token in lang.collective_nouns and self._names_body(k, lo):  # lower case: no lowering needed
                return "named", k  # "The Ruiz campaign had long wanted it because they …": the campaign
            if not (token.endswith("s") or token.endswith("S") or token[1:] == "eople"):
                continue  # most words: no lower-casing needed to rule them out
            word = lower(token)
            if (word == "people" or word.endswith("s")) and (word in lang.person_nouns or word in lang.group_nouns):
                start = self._phrase_start(k, lo)
                if start > lo and self._low(start - 1) in HEAD_ENDS or self._low(start) == "their":
                    # the object of a preposition does not speak ("the experience of American workers"), and
                    # "their sources" belong to "they", they are not them
                    continue
                if back > 1 and start not in firsts and tokens[start - 1] != ",":
                    continue
                if self._names_listed(k) or self._apposed_to_names(start, lo):
                    return "named", k
                return self._kind_of_phrase(start, k + 1), k
        return None
