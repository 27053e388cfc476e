"""The source phrase as a noun phrase: where its head is, whether it is several people, whether a word
names people by what they do or bodies of people; with the token tests every source reader shares. The base of
`names.NameRules` and so of `kinds.KindRules` (docs/source-kinds.md, "the head")."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Final, TYPE_CHECKING

from ..lexicon.grammar import GRAMMAR
from ..text import TYPE_KEPT, holds_form, is_alpha, is_lower, is_upper
from ..text import norm as lower  # the name the source readers use

if TYPE_CHECKING:
    from ..lexicon.schema import LanguageSpec
    from ..text import Doc

# words that end a source phrase's head: prepositions, "close to", "familiar with", "briefed on", …
HEAD_ENDS: Final = GRAMMAR["head_ends"]


_punct: Final[dict[str, bool]] = {}  # token as written -> `is_punct` of it


def is_punct(token: str) -> bool:
    """Is the token punctuation rather than a word or a clitic? Remembered per type: the source readers ask for
    every token they pass. A function over a plain dict, called directly when compiled (as `text.norm`)."""
    punct = _punct.get(token)
    if punct is None:
        head = token[0]
        if head == "'" or head == "’":
            punct = not token[1:2].isalnum()  # a quotation mark, not a clitic ("'s")
        else:
            punct = not (head.isalnum() or head == "_")
        if len(_punct) > 300_000:
            _punct.clear()
        if len(token) <= TYPE_KEPT:
            _punct[token] = punct
    return punct


# comparatives that make "than" part of a quantity, no clause: "a study of more than 2,000 adults published in …"
_COMPARATIVES: Final = GRAMMAR["comparatives"]


# words after which an "-ed" form before a noun is an adjective, no verb: "with feigned outrage", "the stated aim" (k41)
_BEFORE_ADJECTIVE: Final = GRAMMAR["articles"] | GRAMMAR["possessive_determiners"] | GRAMMAR["prepositions"]


# the Arabic article joined to a name by a hyphen, written in lower case: "al-Jaber", "el-Sisi"
_NAME_ARTICLES: Final = GRAMMAR["name_article_prefixes"]
# capitalised articles after a spaced hyphen open a sentence after a dateline's dash, inside no noun phrase
_OPENING_ARTICLES: Final = frozenset(("A", "An", "The", "One"))


def ly_adverb(token: str) -> bool:
    """A lower-case word in "-ly", which the readers take for an adverb ("briefly", "reportedly", "widely") where a
    construction allows one between its words."""
    return token.endswith("ly") and is_lower(token)


def capitalised(token: str) -> bool:
    """Does the token open with a capital, counting a name's part after an apostrophe ("O'Brien" is
    read as "O" and "'Brien", "D’Souza" as "D" and "’Souza"), after a lower-case article ("al-Jaber") or
    after a short lower-case prefix ("diGenova", "comScore")?"""
    return (
        is_upper(token[:1])
        or token[:1] in "'’"
        and is_upper(token[1:2])
        or token[:3] in _NAME_ARTICLES
        and is_upper(token[3:4])
        or is_lower(token[:1])
        and not is_lower(token)
        and _inner_capital(token)
    )


def _inner_capital(token: str) -> bool:
    """Is the token a name whose one capital follows a lower-case prefix of one to three letters ("diGenova",
    "deBlasio", "comScore"), not an acronym's tail ("mRNA") nor a word with a capital further in?"""
    for k in (1, 2, 3):
        if token[k : k + 1].isupper():
            rest = token[k + 1 :]
            return token[:k].isalpha() and rest.isalpha() and rest.islower()
    return False


RELATIVE_PRONOUNS: Final = GRAMMAR["relative_pronouns"]
# words for the place in view after a noun: "officials there said", "diplomats stationed there" end the head (k70)
_PLACE_ADVERBS: Final = GRAMMAR["place_adverbs"]
AND: Final = frozenset(("and",))  # for `holds_form`: "and" in any case
# words that follow a verb, never an adjective before its noun: "her warned that", "her warned the city"
_OPENS_NO_NOUN: Final = GRAMMAR["articles"] | GRAMMAR["possessive_determiners"] | RELATIVE_PRONOUNS | {"that"}
# words of `after_source_stops` that do not end a head: a coordination goes on, a verb is no modifier
_NOT_TIME: Final = GRAMMAR["not_time_stops"]
# endings of nouns for people by what they do: "caller", "prosecutor", "lobbyist", "pediatrician",
# "attendant", "incumbent", "chairman", "attendee", "operative"
_AGENT_ENDINGS: Final = tuple(sorted(GRAMMAR["agent_endings"]))
# such nouns with none of those endings: "nurse", "pilot", "priest" (k55)
_AGENT_NOUNS: Final = GRAMMAR["agent_nouns"]
MAX_CHUNK_WORDS: Final = 8  # a source phrase read back or forward from its cue is at most this long
# a sentence adverb or conjunction before a subject ("And then he said"): no part of the source
LEADERS: Final = GRAMMAR["leaders"]
_JOINS: Final = GRAMMAR["joins"]
# plurals of people with no "-s": "the people said" after "two people familiar with the matter" is them
_PLURALS_WITHOUT_S: Final = GRAMMAR["plurals_without_s"]

# the word sets `kinds._kind_of_phrase` tests a phrase's head and first word against, one bit each in
# `Words.word_marks`: one dict lookup a word, then bit tests, where some fifty set tests ran down its chain (p51)
PERSON_NOUN: Final = 1 << 0
GROUP_NOUN: Final = 1 << 1
DETERMINER: Final = 1 << 2
NAMING_WORD: Final = 1 << 3
KIN_NOUN: Final = 1 << 4
DOCUMENT_NOUN: Final = 1 << 5
RECORDING_NOUN: Final = 1 << 6
PAPER_NOUN: Final = 1 << 7
LEGISLATOR_NOUN: Final = 1 << 8
EXPERT_NOUN: Final = 1 << 9
EVIDENCE_NOUN: Final = 1 << 10
CROWD_COUNT: Final = 1 << 11
CASE_PAPER_HEAD: Final = 1 << 12
BLOC_NOUN: Final = 1 << 13
INDEFINITE: Final = 1 << 14
NONE_OR_ALL: Final = 1 << 15
WRITER: Final = 1 << 16
SPEAKER: Final = 1 << 17
SERVING_BODY: Final = 1 << 18
PRONOUN: Final = 1 << 19
LOOSE_BODY: Final = 1 << 20
COUNTED: Final = 1 << 21
BARE_PERSON: Final = 1 << 22
WHOLE: Final = 1 << 23
POSSESSIVE: Final = 1 << 24
MEMBER_SHARE: Final = 1 << 25


def agent_word(word: str, plural: bool, documents: frozenset[str]) -> bool:
    """Is the lower-case `word` a noun for people by what they do, in the number asked for ("caller",
    "lobbyists"), by its ending or in `agent_nouns` ("nurse"), not a document ("a dossier") nor an -ment noun? `PhraseRules._agent_noun` asks it
    of a lower-case token, the name rules of a capitalised one in lower case ("Teachers in five states")."""
    if word.endswith("men"):  # "women", "congressmen": the plural of "-man"
        several, stem = True, word[:-3] + "man"
    else:
        several = word.endswith("s") and not word.endswith("ss")
        stem = word[:-1] if several else word
    return (
        several == plural
        and is_alpha(word)
        and (stem.endswith(_AGENT_ENDINGS) and not stem.endswith("ment") or stem in _AGENT_NOUNS)
        and stem not in documents
    )


class Words:
    """The `LanguageSpec` word sets the source rules read, as fields compiled code reads directly (a dataclass's
    cost a generic lookup each, about 35,000 in 100 articles). A rule reading another set adds it here."""

    def __init__(self, spec: LanguageSpec) -> None:
        self.after_source_stops = spec.after_source_stops
        self.auxiliaries = spec.auxiliaries
        # every word `_before_auxiliaries` may step back over: one test ends its loop at the subject's last word, where
        # six tests did (p50); "months" for "has for months been", as its test drops the plural's "s"
        stretches = GRAMMAR["stretches"]
        self.before_cue_steps = (
            spec.auxiliaries
            | GRAMMAR["to_now"]
            | GRAMMAR["after_negation"]
            | GRAMMAR["after_subject"]
            | GRAMMAR["degree_words"]
            | stretches
            | {word + "s" for word in stretches}
            | {"'t"}
        )
        self.bloc_acronyms = spec.bloc_acronyms
        self.bloc_nouns = spec.bloc_nouns
        self.causative_verbs = spec.causative_verbs
        self.closing_cues = spec.closing_cues
        self.collective_nouns = spec.collective_nouns
        # every one-word source `_kind_of_phrase` reads by its word (pronouns, "you", "both", a body as "police"): one
        # test passes a name such as "Trump" on to the phrase rules, where six did (p50)
        self.one_word_kinds = (
            spec.collective_nouns
            | GRAMMAR["speaker_pronouns"]
            | GRAMMAR["speaker_possessives"]
            | GRAMMAR["personal_pronouns"]
            | GRAMMAR["possessives"]
            | GRAMMAR["object_pronouns"]
            | {"you", "several", "both", "one", "another", "they"}
        )
        self.case_papers = spec.case_papers
        # their last words: a phrase's head outside it needs no two-word string made and looked up (p50)
        self.case_paper_heads = frozenset(paper.rsplit(" ", 1)[-1] for paper in spec.case_papers)
        self.crowd_counts = spec.crowd_counts
        self.negators = spec.negators  # "No deal was announced", "had not been announced": nothing reported (v43)
        # each word of the sets `_kind_of_phrase` tests by word, with the bits of the sets that hold it (p51)
        self.word_marks: dict[str, int] = {}
        for bit, words in (
            (PERSON_NOUN, spec.person_nouns),
            (GROUP_NOUN, spec.group_nouns),
            (DETERMINER, spec.determiners),
            (NAMING_WORD, spec.naming_words),
            (KIN_NOUN, spec.kin_nouns),
            (DOCUMENT_NOUN, spec.document_nouns),
            (RECORDING_NOUN, spec.recording_nouns),
            (PAPER_NOUN, spec.paper_nouns),
            (LEGISLATOR_NOUN, spec.legislator_nouns),
            (EXPERT_NOUN, spec.expert_nouns),
            (EVIDENCE_NOUN, spec.evidence_nouns),
            (CROWD_COUNT, spec.crowd_counts),
            (CASE_PAPER_HEAD, self.case_paper_heads),
            (BLOC_NOUN, spec.bloc_nouns),
            (INDEFINITE, GRAMMAR["indefinite"]),
            (NONE_OR_ALL, GRAMMAR["none_or_all"]),
            (WRITER, GRAMMAR["writers"]),
            (SPEAKER, GRAMMAR["speaker_pronouns"]),
            (SERVING_BODY, GRAMMAR["serving_bodies"]),
            (PRONOUN, GRAMMAR["personal_pronouns"]),
            (LOOSE_BODY, GRAMMAR["loose_bodies"]),
            (COUNTED, GRAMMAR["counted"]),
            (BARE_PERSON, GRAMMAR["bare_persons"]),
            (WHOLE, GRAMMAR["whole_group"]),
            (POSSESSIVE, GRAMMAR["possessives"]),
            (MEMBER_SHARE, GRAMMAR["member_shares"]),
        ):
            for word in words:
                self.word_marks[word] = self.word_marks.get(word, 0) | bit
        self.dateline_places = spec.dateline_places
        self.determiners = spec.determiners
        self.document_nouns = spec.document_nouns
        self.evidence_nouns = spec.evidence_nouns
        self.expert_nouns = spec.expert_nouns
        self.finding_nouns = spec.finding_nouns
        self.group_nouns = spec.group_nouns
        self.institution_nouns = spec.institution_nouns
        self.inverted_cues = spec.inverted_cues
        self.kin_nouns = spec.kin_nouns
        self.paper_nouns = spec.paper_nouns
        self.legislator_nouns = spec.legislator_nouns
        self.lowercase_group_nouns = spec.lowercase_group_nouns
        self.naming_words = spec.naming_words
        self.no_break_after = spec.no_break_after
        self.opening_prepositions = spec.opening_prepositions
        self.paired_modifiers = spec.paired_modifiers
        self.party_nouns = spec.party_nouns
        self.past_forms = spec.past_forms
        self.person_nouns = spec.person_nouns
        self.place_prepositions = spec.place_prepositions
        self.postpositive_words = spec.postpositive_words
        self.recording_nouns = spec.recording_nouns
        self.role_words = spec.role_words
        self.sending_verbs = spec.sending_verbs
        # a message a sender sends, as a gerund cue's object (c50): one set, the plurals in it ("ads", "letters")
        sent = (spec.document_nouns | GRAMMAR["sent_messages"]) - spec.survey_nouns
        self.sent_messages = sent | {word + "s" for word in sent}
        self.sentence_starters = spec.sentence_starters
        self.source_stops = spec.source_stops
        # what a source read forward never crosses: the union made once a language, not once a document (p43)
        self.forward_stops = spec.source_stops | spec.after_source_stops
        self.source_tails = spec.source_tails
        self.stop_words = spec.stop_words
        # the function words no lower-case title holds (`_titled_name`): one union a language, not one a call (d8)
        self.title_stops = spec.stop_words | spec.determiners | spec.opening_prepositions | spec.sentence_starters
        self.survey_nouns = spec.survey_nouns
        self.voicing_verbs = spec.voicing_verbs


@lru_cache(maxsize=8)
def words_of(spec: LanguageSpec) -> Words:
    """The `Words` of a language, made once (a reader is made per document)."""
    return Words(spec)


# a text up to this long is searched per word asked about (an article has ~4,000; a long one of 20,000 to 40,000
# asks about a few words, where reading it into sets cost ten times the searches)
SEARCHED_CHARS: Final = 40_000
_HYPHEN_TAIL: Final = 64  # characters kept before each hyphen of a long text; a longer word is searched for
_TAIL: Final = re.compile(r"\S+\Z")  # the characters back to a space: `\Z` is the end of the window searched
_SPACE: Final = re.compile(r"\s")


class PhraseRules:
    """The grammar of a source phrase that both the name and the kind rules read."""

    # Set by the reader that uses these rules (`reader._Reader`), per document and per sentence:
    # plain data, read here, never a method filled in from above.
    doc: Doc
    tokens: list[str]
    lang: Words
    sentence_index: int
    s1: int  # the end of the sentence being read
    back_stops: frozenset[str]  # words a source phrase read backwards does not cross ("that", "when")
    cue_tokens: set[int]  # the tokens of the sentence's cues, which no source phrase takes in
    heads: dict[tuple[int, int], int]  # `_head` of each phrase asked about, per document: a kind asks it thrice
    lows: list[str | None]  # `lower` of each token of the document, worked out the first time a rule asks (p52)
    hyphen_tails: list[str] | None  # a long text's words before its hyphens (`_joined_to_hyphen`); None until asked

    def _low(self, k: int) -> str:
        """`lower(self.tokens[k])`, worked out once per token position: the rules ask some 2,700 times an article,
        nearly nine times in ten of a position asked before, and each ask was a call and a dictionary lookup (p52)."""
        low = self.lows[k]
        if low is None:
            low = self.lows[k] = lower(self.tokens[k])
        return low

    def _holds_low(self, forms: frozenset[str], a: int, b: int) -> bool:
        """`holds_form(self.tokens, forms, a, b)`, each form read by position (`_low`, p52)."""
        if a < 0 or b < 0:
            return holds_form(self.tokens, forms, a, b)
        for k in range(a, min(b, len(self.tokens))):
            if self._low(k) in forms:
                return True
        return False

    def _chunk_back(self, s0: int, j: int) -> int:
        """Where the noun phrase that ends just before token `j` starts: back over words, a name's
        abbreviations and a possessive "Sanders’", not past punctuation, a stop word, a cue or
        `MAX_CHUNK_WORDS` words, and past an opening sentence adverb ("And then he said")."""
        tokens, stops, cues, i = self.tokens, self.back_stops, self.cue_tokens, j
        while i > s0 and j - i < MAX_CHUNK_WORDS:
            word = tokens[i - 1]
            if self._low(i - 1) in stops and not self._quantity_than(s0, i - 1, j) or i - 1 in cues:
                break
            if (
                is_punct(word)
                and not (  # punctuation inside a noun phrase:
                    word in ("-", "%")  # "85% of Democrats"
                    and not (i - 1 > s0 and tokens[i - 2] in ")-")  # "PARIS (Reuters) - …", "WASHINGTON -- …": a dash
                    and not (word == "-" and self._dash(i - 1, j))  # "… in delegates - was steep for Lo" (c58)
                    and not (i < j and tokens[i] in _OPENING_ARTICLES)  # "Kyiv, Ukraine - A nurse said": a dash (k63)
                    or word == "/"
                    and i - 1 > s0
                    and tokens[i - 2][:1].isupper()  # "a CNN/ORC poll"
                    or self._abbreviation(i - 1)
                    or i < j  # "Procter & Gamble", "AT&T", not where a preposition runs on ("Lo & Roe in")
                    and self._joint(i - 1, "&")
                    and not self._holds_low(HEAD_ENDS, i, j)
                    or s0 < i - 1 < j - 1
                    and word in "’'"
                    and tokens[i - 2].endswith("s")  # "Sanders’ campaign"
                )
            ):
                break
            i -= 1
        # a sentence adverb or conjunction before the subject: "And then he said", "Ultimately, Prager"
        start = i
        while i < j and (self._low(i) in LEADERS or self._opening_adverb(i, j)):
            i += 1
        if i == j and s0 < start < j and tokens[start - 1] == "," == tokens[j] and self._low(start) not in _JOINS:
            return self._chunk_back(s0, start - 1)  # "Ruiz, meanwhile, who …": an adverb set off by commas
        return i

    def _dash(self, k: int, j: int) -> bool:
        """Is the hyphen token at `k` a dash typed as a hyphen between phrases ("in delegates - was steep", "CHICAGO -
        Rahm Emanuel", "in Brooklyn -Mrs. Clinton"), not one the word before is written joined to: a compound the
        tokenizer split ("a U.S.-born gunman", "A.F.L.-C.I.O.") or a hyphen left hanging ("sex- abuse", "Acme Ltd.-
        Metals")? Asked of the text, not of the token offsets, which cost 3% of `analyze` to build (round p28); a word
        joined to a hyphen anywhere in the text keeps the hyphen inside the phrase, as before (c58)."""
        return 0 < k < j - 1 and not self._joined_to_hyphen(self.tokens[k - 1])

    def _joined_to_hyphen(self, word: str) -> bool:
        """Is `word` written right before a hyphen anywhere in the text? An article is searched. A long text's
        characters before each hyphen, back to a space and at most `_HYPHEN_TAIL` of them, are read once, reversed
        and sorted; a word without a space is one of them's ending: a search per hyphen asked about grew with the
        text times its hyphens ("Ana Lo - Ed Ruiz said" repeated, round r20)."""
        text = self.doc.text
        if len(text) <= SEARCHED_CHARS or not 0 < len(word) <= _HYPHEN_TAIL or _SPACE.search(word):
            return f"{word}-" in text
        if self.hyphen_tails is None:
            found: set[str] = set()
            at = text.find("-")
            while at >= 0:
                tail = _TAIL.search(text, max(0, at - _HYPHEN_TAIL), at)
                if tail is not None:
                    found.add(tail[0][::-1])
                at = text.find("-", at + 1)
            self.hyphen_tails = sorted(found)
        backwards, tails = word[::-1], self.hyphen_tails
        at = bisect_left(tails, backwards)  # the first tail from here is the one ending in `word`, if any is
        return at < len(tails) and tails[at].startswith(backwards)

    def _opening_adverb(self, i: int, j: int) -> bool:
        """Is the lower-case "-ly" word at `i` an adverb opening the subject ("finally he said", "newly released
        video shows"), not a noun before a noun for people ("rally organizers", "family members", k37)?"""
        tokens, lang = self.tokens, self.lang
        word = tokens[i]
        if not ly_adverb(word):
            return False
        after = tokens[i + 1] if i + 1 < j and tokens[i + 1].islower() else ""  # not "exactly Sanders wants"
        return after in lang.determiners or not (  # "nearly three in five": "three" ends as "employee" does
            after in lang.person_nouns
            or agent_word(after, True, lang.document_nouns)
            or agent_word(after, False, lang.document_nouns)
        )

    def _quantity_than(self, s0: int, k: int, j: int) -> bool:
        """Is "than" at `k` inside a count ("more than 2,000 adults", "fewer than a dozen"): after a comparative,
        before a number or an indefinite determiner, in the phrase being read? Then it opens no clause."""
        tokens = self.tokens
        if self._low(k) != "than" or k <= s0 or k + 1 >= j or self._low(k - 1) not in _COMPARATIVES:
            return False
        after = tokens[k + 1]
        return after[:1].isdigit() or lower(after) in self.lang.determiners

    def _abbreviation(self, k: int) -> bool:
        """A period closing a short capitalised word inside a name: "Mrs.", "Jr.", "R-Tex."."""
        tokens = self.tokens
        return (
            tokens[k] == "." and k > 0 and tokens[k - 1][0].isupper() and len(tokens[k - 1]) <= 5 and k + 1 < self.s1
        )  # the sentence splitter has already taken the periods that end one

    def _joint(self, k: int, mark: str) -> bool:
        """A `mark` joining the capitalised parts of one name, not two phrases: "&" ("Smith & Co", "AT&T"); "/",
        most often a joint poll's partners ("a CNN/ORC poll", "a New York Times/CBS News survey"), which a phrase
        read forward takes whole (round u53)."""
        t = self.tokens
        return t[k] == mark and 0 < k < len(t) - 1 and capitalised(t[k - 1]) and capitalised(t[k + 1])

    def _head(self, a: int, b: int) -> int:
        """The head word: the last word before a comma, a relative pronoun, a preposition or a participle."""
        known = self.heads.get((a, b))
        if known is not None:
            return known
        tokens, times = self.tokens, self.lang.after_source_stops
        k = a
        while k + 1 < b:
            # "U.S. officials": an abbreviation's period; "P&G employees": a name's "&"
            step = 2 if (tokens[k + 1] == "." or self._joint(k + 1, "&")) and k + 2 < b else 1
            nxt = tokens[k + step]
            word = self._low(k + step)
            after = self._low(k + step + 1) if word in self.lang.source_tails and k + step + 1 < b else ","
            if (
                is_punct(nxt)
                and not (nxt == "%" and tokens[k][-1].isdigit())  # "43% of voters": a share, "%" its head
                or nxt.endswith("ed")
                and (
                    k + step + 1 < b
                    and tokens[k + step + 1] == "by"  # "a report released by the governor's office"
                    or is_lower(nxt)
                    and (self._person_word(k) or self._low(k) in self.lang.document_nouns)
                    # "One person involved in the talks", "a study published in the journal"
                    and self._after_participle(k + step + 1, b)
                )
                or word in HEAD_ENDS
                and not (is_alpha(after) and after not in HEAD_ENDS)  # "A close ally" (k48)
                or word in RELATIVE_PRONOUNS  # "people whose interactions with Trump"
                or word in _PLACE_ADVERBS  # "officials there", "diplomats stationed here" (k70)
                or word in times
                and word not in _NOT_TIME  # "A judge last month", "officials this week"
                or nxt.endswith("ing")
                and is_lower(nxt)
                and len(nxt) > 5
                and nxt not in self.lang.document_nouns
                and nxt not in self.lang.group_nouns  # "a court filing", "the same polling" end there
                and not self._ing_modifier(k, k + step, b)
            ):
                break  # "a judge handling the lawsuit": a participle starts the modifier
            k += step
        if (
            k > a
            and self._low(k) in self.lang.postpositive_words
            and tokens[k - 1].endswith("s")
            and self._person_word(k - 1)
        ):
            k -= 1  # "two state attorneys general": the people the title's adjective follows ("the attorney general"
            # is one office, read by its last word as before)
        self.heads[a, b] = k
        return k

    def _after_participle(self, j: int, b: int) -> bool:
        """Does the -ed word before token `j` read as a participle after its noun ("involved in the
        talks", "polled Sunday", "surveyed"): the phrase ends there, or a preposition or a time word
        follows? Not a verb with its object ("a supporter asked people")."""
        if j >= b:
            return True
        word = self._low(j)
        return (
            is_punct(self.tokens[j])
            or word in HEAD_ENDS
            or word in self.lang.after_source_stops
            or word in _PLACE_ADVERBS
        )

    def _person_word(self, k: int) -> bool:
        """Is the word at `k` a noun for people ("person", "officials", "lobbyists", "Republican"), which a
        participle after it modifies rather than continues?"""
        word = self._low(k)
        lang = self.lang
        return (
            word in lang.person_nouns
            or word.endswith("s")
            and word in lang.group_nouns
            or word + "s" in lang.group_nouns  # one of a group: "one Republican involved in the planning"
            or word not in lang.group_nouns  # "The number marked": a share, whatever its ending
            and self._agent_noun(k, plural=word.endswith("s"))
        )

    def _ing_modifier(self, k: int, j: int, b: int) -> bool:
        """Is the -ing word at `j` a modifier of the noun that ends the phrase after it ("media buying
        sources", "fund-raising officials"), not a participle that starts one ("a judge handling the
        lawsuit", "officials representing voters")? So when that noun names people and neither a noun
        for people nor a conjunction stands before it ("Clinton and leading Democrats": Clinton leads)."""
        return (
            j + 2 == b
            and not is_punct(self.tokens[k])
            and self._low(k) not in _JOINS
            and not self._person_word(k)
            and self._person_word(j + 1)
        )

    def _plural(self, a: int, b: int) -> bool:
        """Is the source several people ("advisers to Clinton", "Ruiz and Lee", "they")? A "he" or "she"
        never refers back to it."""
        if b - a == 1:
            word = self._low(a)
            if word in ("they", "them", "we"):
                return True
            if word in RELATIVE_PRONOUNS:  # "House members who": its noun's number
                k = a - 1 - (a > 1 and self.tokens[a - 1] == ",")
                return k >= 0 and self._plural(k, k + 1)
        head = self._low(self._head(a, b)) if b > a else ""
        lang = self.lang
        return (
            (head.endswith("s") or head in _PLURALS_WITHOUT_S)
            and (head in lang.person_nouns or head in lang.group_nouns)
            or self._holds_low(AND, a, min(b, a + 6))
        )

    def _people(self, a: int, b: int) -> bool:
        """Is the phrase [a, b) several people: "them", "the few critics", "his aides", "party leaders"?"""
        head_at = self._head(a, b)
        word = self._low(head_at)
        lang = self.lang
        return (
            word in ("them", "us", "those")
            or (word.endswith(("s", "men")) or word in _PLURALS_WITHOUT_S)  # "-men": "One of the women said"
            and (word in lang.person_nouns or word in lang.group_nouns or self._agent_noun(head_at, plural=True))
        )

    def _agent_noun(self, k: int, plural: bool) -> bool:
        """Is the lower-case word at `k` a noun for people by what they do ("pediatrician", "caller",
        "incumbent", "lobbyists"), in the number asked for? Judged by its ending, so that no list of
        professions is needed; an -ment noun ("an assessment") or a document ("a court document") is not."""
        word = self.tokens[k]
        return is_lower(word) and agent_word(word, plural, self.lang.document_nouns)

    def _bodies(self, k: int) -> bool:
        """Is the lower-case word at `k` the plural of a collective noun ("groups", "companies")?"""
        word = self.tokens[k]
        if not (is_lower(word) and word.endswith("s")):
            return False
        stem = word[:-3] + "y" if word.endswith("ies") else word[:-1]
        return stem in self.lang.collective_nouns

    def _phrase_start(self, k: int, lo: int) -> int:
        """The first word of the noun phrase whose last word is token `k` (a few words back, not past
        `lo`, punctuation, a preposition, a participle or a clause word): "Democrats and Republicans"
        in "criticism from Democrats and Republicans"."""
        tokens, stops = self.tokens, self.lang.source_stops
        start = k
        while start > lo and k - start < 4:
            word = tokens[start - 1]
            if is_punct(word) or lower(word) in HEAD_ENDS or lower(word) in stops or word.endswith("ing"):
                break
            start -= 1
        return start

    def _prenominal(self, k: int) -> bool:
        """Is token `k`, an "-ed" form, a participle used as an adjective before its noun ("reacted with feigned
        outrage", "his stated aim")? After an article, a possessive or a preposition it has no subject, so it
        reports nobody's speech (k41; before, "She" was the source of "feigned", "outrage." its content)."""
        tokens = self.tokens
        word = tokens[k]
        if not (word.endswith("ed") and is_lower(word)) or k == 0 or k + 1 >= len(tokens):
            return False
        after = tokens[k + 1]
        return (
            self._low(k - 1) in _BEFORE_ADJECTIVE
            and is_alpha(after)
            and is_lower(after)
            and after not in HEAD_ENDS
            and after not in _OPENS_NO_NOUN  # "Those who backed her warned that": "her" is the object (k46)
        )
