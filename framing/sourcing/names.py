"""Names in and around a source phrase: which words are a name ("Ana Lee", not "House Democrats" nor a
sentence-initial "Protest"), and whether the unnamed-looking "a spokeswoman" is named just before, just
after or in a neighbouring sentence. The one place that decides what a name is: the base of
`kinds.KindRules` (docs/source-kinds.md, rules 3, 6 and 9), on `phrase.PhraseRules`.
"""

from __future__ import annotations

from typing import Final

import itertools
from bisect import bisect_left
import re
from collections.abc import Iterator

from ..lexicon.grammar import GRAMMAR
from .phrase import (
    HEAD_ENDS,
    MAX_CHUNK_WORDS,
    RELATIVE_PRONOUNS,
    _PLURALS_WITHOUT_S,
    SEARCHED_CHARS,
    PhraseRules,
    agent_word,
    capitalised,
    is_punct,
    lower,
)
from ..text import holds, holds_any, is_alpha, is_lower, is_title, is_upper


# endings of plurals that are common nouns, seldom surnames: "Projections", "Editorialists", "Politicians"
_COMMON_PLURALS: Final = tuple(sorted(GRAMMAR["common_plural_endings"]))
_INDEFINITE: Final = GRAMMAR["indefinite"]
_PEOPLE_ADJECTIVES: Final = GRAMMAR["people_adjectives"]  # "Female troops", "Elderly victims": no name's first word
# no words of the mention's own noun phrase: "a lawsuit against the sheriff" mentions no "a sheriff" (k55)
_OTHER_PHRASE: Final = GRAMMAR["articles"] | GRAMMAR["prepositions"]
# "before the comedian was a senator": a predicate after "be" says what someone is, and brings in no one (c57)
_BE: Final = GRAMMAR["be"] | frozenset(("became", "becomes", "become"))
_AFFILIATION: Final = re.compile(r"[A-Z](?:-[A-Z][A-Za-z.]*)?$")  # "D-N.Y" (its period is a token), "R-Texas", "R"
_MENTION_SENTENCES: Final = 6  # how far back "the partner" looks for "a partner"
# sentences after "a woman who …" in which the text may name her ("… The woman, Ana Lo, added")
_NAMED_LATER_SENTENCES: Final = 2
_PUBLISHED_IN: Final = GRAMMAR["publishing_places"]  # "a post on X by …": where a text was published (k74)
_MAKER_MARKS: Final = frozenset(("by", "from"))  # "a report by …", "an email from …": its maker
_PLACE_WORDS: Final = 7  # words of where a text was published, before its "by" ("on the social media platform X")
_CLAUSE_WORDS: Final = 12  # words of "Ana Lo, who …" read for a name the description gave
DASHES: Final = frozenset({"-", "—", "–", ":"})  # before names that say who a plural noun's people are
_LOWER_OR_COMMA: Final = frozenset("abcdefghijklmnopqrstuvwxyz,")  # what `_after_lower` looks for before a word
# a word after a first name in mid-sentence, the pair not part of a longer name ("said Donald Trump", not "the South
# China Sea"): every such word of a long text at once (`_written_as_person`), tried at every place of the text as the
# search for one word is
_AFTER_FIRST_NAME: Final = re.compile(r"(?<=[a-z,] )(?=[A-Z][a-z]+ (\w+)\b(?! [A-Z]))")


def _word_char(char: str) -> bool:
    """Is `char` a word character, as a regular expression's `\\w` reads it?"""
    return char.isalnum() or char == "_"


def _mention_modifiers(words: list[str]) -> bool:
    """Are `words` modifiers of a person introduced with "a" before the noun: lower-case words ("local"), hyphened
    ones ("45-year-old") and at most one capitalised word ("Ukrainian", "Kharkiv"), so that "A Ukrainian teenager …
    The teenager said" is one person (k63), while two capitalised words may be a name ("a Michele Bachmann cover")?"""
    capitals = 0
    for word in words:
        if word.isalpha() and not word.islower():
            capitals += 1
        elif not (word.isalpha() or "-" in word and word.replace("-", "").isalnum()):
            return False
    return capitals < 2


def _whole_word_at(text: str, target: str) -> Iterator[int]:
    """Where `target`, which ends in a word, is written with no word character after it (`target\\b`).
    A search for the literal string, without compiling a pattern per word: a pattern opening with
    a character class ("[a-z,] ", "(\\w+)\\.") is tried at every position of the text, slowly."""
    at = text.find(target)
    while at >= 0:
        end = at + len(target)
        if end == len(text) or not _word_char(text[end]):
            yield at
        at = text.find(target, at + 1)


_PLURAL_AUXILIARIES: Final = GRAMMAR["plural_auxiliaries"]  # "Teachers have said": several people


# a cue closing its sentence after its subject: "said.", "said on Thursday.", "told reporters in Ohio."
_CLOSING_CUE_TOKENS: Final = 6


def _lower_compound(word: str) -> bool:
    """A capitalised hyphenated word in lower case after its first letter ("Fact-checkers", "Co-workers"); a double
    surname capitalises each part ("Smith-Jones")."""
    return "-" in word and word[1:].islower() and word.replace("-", "").isalpha()


class NameRules(PhraseRules):
    """What is a name, and where a described person is named; `kinds.KindRules` asks."""

    # A long text's words by where they are written (`_spaced`, `_after_lower`, `_after_title`,
    # `_written_as_person`), read at the first question, once per document; None until then (set by the reader).
    # Not `cached_property`: compiled, a class runs it again at every access.
    spaced_words: frozenset[str] | None
    words_after_lower: frozenset[str] | None
    words_after_title: frozenset[str] | None
    words_after_first_name: frozenset[str] | None
    # a searched text's answers per word, kept for the document: the same word is asked again ("Sanders")
    spaced_found: dict[str, bool]
    after_lower_found: dict[str, bool]
    titles_found: dict[tuple[int, str], tuple[int, int]]  # `_titled_nearby`'s per sentence and word
    mentions_found: dict[tuple[int, str], list[tuple[int, str]]]  # `_indefinite_mentions` per sentence and word
    first_token: dict[str, int] | None  # each word's first token in the document (`_written_before`); None until asked
    title_case: dict[int, bool]  # is a sentence set in title case (`kinds._headline_capitals`), per sentence

    def _capitalised(self, ks: list[int]) -> bool:
        """Is any of the tokens `ks` capitalised, other than a role ("Officials")? Then the phrase names someone."""
        tokens, roles = self.tokens, self.lang.person_nouns
        for k in ks:  # a loop, not `any` over a generator: called for most sources, on a word or two
            if capitalised(tokens[k]) and self._low(k) not in roles:
                return True
        return False

    def _common_word_capitalised(self, k: int, head_at: int) -> bool:
        """A sentence-initial capital on a common word ("Protest groups say", "Investors fear", "Projections
        suggest"): a modifier also occurs in lower case in the document; the head itself is a plural never
        capitalised in mid-sentence, with no participle describing it, and either written in lower case
        elsewhere, ending as a surname does not (-ions, -ists, -ians: `_COMMON_PLURALS`) or placed by a preposition as
        people by what they do ("Teachers in five states": `_placed_people`). "Fields said"
        stays a name where "Michelle Fields" occurs, "Sanders said" in an article of one sentence; "Police
        said", a headline's "Campaign criticizes" and "Guidelines recently issued by …" stay named."""
        tokens = self.tokens
        if head_at != k and not is_lower(tokens[head_at][0]):
            return False
        if k != self.doc.sentence_tokens[self.sentence_index][0] and (
            not is_punct(tokens[k - 1]) or tokens[k - 1] == "."  # "Walmart Stores v. Dukes"
        ):
            return False
        word = tokens[k]
        if head_at != k:  # a modifier: written in lower case elsewhere ("protest groups"), or one of people (c49)
            return word.lower() in _PEOPLE_ADJECTIVES or self._spaced(f"{word[0].lower()}{word[1:]}")
        low = word.lower()
        irregular = low in _PLURALS_WITHOUT_S  # "Women said", "Children told": plurals of people, no surnames (k72)
        plural = irregular or len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is", "as", "os"))
        if plural and _lower_compound(word):
            return True  # "Fact-checkers", "Grown-ups": lower case after the hyphen, as no surname is written (k66)
        if not (plural and is_alpha(word) and is_title(word)) or self._described_after(k):
            return False  # "This", "Elias", "BernieSanders"; "Reyes’ campaign", "Guidelines recently issued by …"
        # the text is searched last: most capitalised heads are names ruled out above
        if not (
            irregular
            or low.endswith(_COMMON_PLURALS)  # "Viewers" is "viewers" (k68)
            or self._placed_people(k)
            or self._agrees_as_plural(k)
            or self._spaced(f"{word[0].lower()}{word[1:]}")
        ):
            return False  # "Sanders", "Caltrans": maybe a name
        # mid-sentence, or after a title ("Sen. Sanders"), it is a name
        return not self._after_lower(word) and not self._after_title(word)

    def _placed_people(self, k: int) -> bool:
        """ "Teachers in five states", "legislators in Ohio", "farmers across the Midwest": a plural noun for people by
        what they do (in any case), then a preposition that says where they are (`place_prepositions`). Surnames
        seldom stand so ("Sanders in Iowa"), and a name the text writes elsewhere as one is kept by the caller."""
        tokens = self.tokens
        return (
            k + 2 < len(tokens)
            and tokens[k + 1] in self.lang.place_prepositions
            and agent_word(tokens[k].lower(), True, self.lang.document_nouns)
        )

    def _agrees_as_plural(self, k: int) -> bool:
        """ "Teachers say …", "Nurses have said …", "Teachers said they …": a plural noun whose verb or pronoun right
        after it speaks of several people, as no surname does ("Rogers says", "Rogers said he", k37). The verb's
        agreement needs no list of occupations ("Nurses say", k44); a past form ("said", "told", "warned") agrees
        with both, so it needs "they" and a noun for people by what they do ("Rogers said they would")."""
        tokens, s1 = self.tokens, self.s1
        if k + 2 >= s1:
            return False
        verb = self._low(k + 1)
        if verb in _PLURAL_AUXILIARIES:
            return True
        if k + 1 not in self.cue_tokens or not verb.isalpha():
            return False
        if not verb.endswith(("s", "d")) and verb not in self.lang.past_forms:
            return True  # a present form without "-s": "Teachers say", "Farmers warn"
        if not agent_word(tokens[k].lower(), True, self.lang.document_nouns):
            return False
        after = k + 3 if self._low(k + 2) == "that" and k + 3 < s1 else k + 2
        return self._low(after) == "they"

    def _written_as_person(self, word: str) -> bool:
        """Does the text write the capitalised `word` as a person's surname: after a title ("Mr. Trump") or after a
        first name in mid-sentence ("said Donald Trump"), the pair not part of a longer name ("the South China
        Sea")? A country is written so seldom (k37: "Trump's leaders" are no country's government)."""
        if self._after_title(word):
            return True
        text = self.doc.text
        if len(text) <= SEARCHED_CHARS:
            return re.search(rf"(?<=[a-z,] )[A-Z][a-z]+ {re.escape(word)}\b(?! [A-Z])", text) is not None
        if self.words_after_first_name is None:  # a search per owner grew with the text times its owners (r20)
            self.words_after_first_name = frozenset(m[1] for m in _AFTER_FIRST_NAME.finditer(text))
        return word in self.words_after_first_name

    # Where a word is written in the text. An article's text is searched for each word asked about; a
    # longer text is read once into sets, as searching it per word grows with its length times its words
    # (the sets cost more than the searches for an article: building them reads every word).
    def _spaced(self, word: str) -> bool:
        """Is `word` written between two spaces?"""
        if len(self.doc.text) <= SEARCHED_CHARS:
            found = self.spaced_found.get(word)
            if found is None:
                found = self.spaced_found[word] = f" {word} " in self.doc.text
            return found
        if self.spaced_words is None:
            self.spaced_words = frozenset(self.doc.text.split(" ")[1:-1])
        return word in self.spaced_words

    def _after_lower(self, word: str) -> bool:
        """Is `word` written after a lower-case letter or a comma and a space ("the Projections")?"""
        text = self.doc.text
        if len(text) <= SEARCHED_CHARS:
            found = self.after_lower_found.get(word)
            if found is None:
                found = self.after_lower_found[word] = any(
                    k > 0 and text[k - 1] in _LOWER_OR_COMMA for k in _whole_word_at(text, f" {word}")
                )
            return found
        if self.words_after_lower is None:
            self.words_after_lower = frozenset(re.findall(r"(?<=[a-z,] )\w+", text))
        return word in self.words_after_lower

    def _after_title(self, word: str) -> bool:
        """Is `word` written after a title, a full stop and a space ("Sen. Sanders")?"""
        text = self.doc.text
        if len(text) <= SEARCHED_CHARS:
            titles = self.lang.no_break_after
            for end in _whole_word_at(text, f". {word}"):
                start = end
                while start > 0 and _word_char(text[start - 1]):
                    start -= 1
                if start < end and text[start:end].lower() in titles:
                    return True
            return False
        if self.words_after_title is None:
            titles = self.lang.no_break_after
            found = re.finditer(r"\b(\w+)\. (?=(\w+))", text)  # `\b`: not tried again inside each word
            self.words_after_title = frozenset(m[2] for m in found if m[1].lower() in titles)
        return word in self.words_after_title

    def _described_after(self, k: int) -> bool:
        """Is the word at `k` a possessive ("Reyes’ campaign") or described by a participle ("Guidelines
        recently issued", "Emails released by")?"""
        after = self.tokens[k + 1 : k + 3]
        return (
            after[:1] in (["’"], ["'"], ["’s"], ["'s"])
            or len(after) == 2
            and (after[0].endswith("ly") and after[1].endswith("ed") or after[0].endswith("ed") and after[1] == "by")
        )

    def _names_joined(self, k: int, lo: int, hi: int) -> bool:
        """Is the "and" at token `k` between two names ("Hillary Clinton and Senator Warren", "Dorn and
        Hanson"): capitalised words on both sides, not a group ("House and Senate Republicans"), not
        places after a preposition ("in Iowa and New Hampshire")?"""
        tokens, lang = self.tokens, self.lang
        left = self._before_affiliation(k, lo)  # "Chuck Schumer, D-N.Y., and Sen. Elizabeth Warren"
        while left > lo and tokens[left - 1][:1].isupper() and not is_punct(tokens[left - 1]):
            left -= 1
        right = k + 1
        while right < min(hi, k + 3) and tokens[right] in ("former", "late", "then", "the"):
            right += 1  # "Sen. Ana Ruiz and former Gov. Tom Lee": a title's modifier
        opened = right
        while right < hi and tokens[right][:1].isupper() and not is_punct(tokens[right]):
            right += 1
        if left == k or right == opened or left > lo and self._low(left - 1) in HEAD_ENDS:
            return False
        last = self._low(right - 1)
        return (
            not any(self._low(j) in lang.group_nouns or self._low(j) in lang.person_nouns for j in (k - 1, right - 1))
            and last.rstrip("s") + "s" not in lang.group_nouns
        )

    def _before_affiliation(self, k: int, lo: int) -> int:
        """Where a name ends when a party affiliation stands between it and token `k`: ", D-N.Y.," or
        "(D-Ore.)" after "Schumer" or "Ed Lo"; `k` itself when none does."""
        tokens, j = self.tokens, k - 1
        if j > lo and tokens[j] == ")":
            opening = next((i for i in range(j - 1, max(lo, j - 5), -1) if tokens[i] == "("), None)
            return opening if opening is not None and _AFFILIATION.match(tokens[opening + 1]) else k
        if j - 2 <= lo or tokens[j] != ",":
            return k
        j -= 1 + (tokens[j - 1] == ".")  # the abbreviation's period: "D-N.Y", "."
        return j - 1 if j > lo and tokens[j - 1] == "," and _AFFILIATION.match(tokens[j]) else k

    def _describes_name_before(self, a: int, head_at: int, b: int) -> bool:
        """ "Juan Ruiz, a top adviser to …, said", "Ana Lee, who was senior adviser to …": a description
        of one person (a lower-case singular head for a person) right after a name and its comma, even
        when the source phrase leaves out the description's first words ("a top", "the", "who was")."""
        tokens, lang = self.tokens, self.lang
        word = tokens[head_at]
        if not is_lower(word) or word.endswith("s") or word in _PLURALS_WITHOUT_S:
            return False  # several people ("people", "women") describe no one person (k81)
        if a == 0 or tokens[a - 1] != "," and not is_lower(tokens[a - 1]):
            return False  # a comma, or a left-out lower-case word, must come right before the phrase
        if not (word in lang.person_nouns or word + "s" in lang.group_nouns or self._agent_noun(head_at, plural=False)):
            return False
        if "and" in tokens[a:b]:
            return False
        s0, j = self.doc.sentence_tokens[self.sentence_index][0], a
        while j > s0 and a - j < 3 and is_alpha(tokens[j - 1]) and is_lower(tokens[j - 1]):
            word = tokens[j - 1]
            if (
                word in HEAD_ENDS
                and word != "who"
                or word in lang.after_source_stops
                or word in ("according", "whom", "whose", "that", "which")  # "Lee, whom one insider described"
            ):
                # "…, according to an organizer": the name is not the organizer; "Lo's Diner, the place that
                # the cook said was …": the relative clause's subject, not the name's description (k81)
                return False
            j -= 1
        return self._named_just_before(j)

    def _term_describes_name(self, a: int, b: int, t0: int, t1: int) -> bool:
        """Is the kind term at [t0, t1) of the source phrase [a, b) an appositive to a name: "Andrew
        Tabler, [an expert] on Syria", "[Ana Lee, a senior aide] with …", "an environmental [protester],
        Tal Ruiz"? The description must be one person: a plural without a determiner ("Mr. Obama,
        officials said") is a source of its own."""
        tokens = self.tokens
        start = next((k + 1 for k in range(t0 - 1, a - 1, -1) if tokens[k] == ","), a)
        if start > 0 and tokens[start - 1] == ",":  # a name's comma before the term
            named = self._is_name(a, start - 1) if start > a else self._named_just_before(start)
            return named and self._describes_one(start, b) and not self._plural_of_people(a, start - 1)
        comma = next((k for k in range(t1, b) if tokens[k] == ","), None)  # the term, then a name
        return comma is not None and self._name_follows(comma - 1, b)

    def _plural_of_people(self, a: int, b: int) -> bool:
        """Is [a, b) one capitalised plural of people by role or group ("Officials", "Sources", "Analysts") rather
        than a name? "Officials, who declined to be named, said": the anonymity term describes the plural, no name
        (k61)."""
        word = self._low(a)
        lang = self.lang
        return b - a == 1 and word.endswith("s") and (word in lang.person_nouns or word in lang.group_nouns)

    def _name_ends(self, a: int, b: int) -> bool:
        """ "An environmental protester of the occupation, Kieran Suckling", "The Democrats' leading
        candidate, Vermont Sen. Bernie Sanders": the phrase ends on a name of two or more words set off
        by a comma after a description, which is that name's appositive; a relative clause after the name is
        the name's ("a former spokesman for …, Oleg Varn, who now runs a think tank", round c56)."""
        tokens = self.tokens
        b = next((k for k in range(a + 3, b - 1) if tokens[k] == "," and self._low(k + 1) in ("who", "whom")), b)
        if b - a < 4 or not is_upper(tokens[b - 1][:1]) or "," not in tokens[a + 1 : b]:
            return False
        comma = next(k for k in range(b - 1, a, -1) if tokens[k] == ",")
        if sum(not is_punct(t) for t in tokens[comma + 1 : b]) < 2:
            return False
        return self._is_name(comma + 1, b)

    def _names_listed(self, k: int) -> bool:
        """ "three economists -- David Autor …, David Dorn … and Gordon Hanson --", "two aides: Ana Ruiz and
        Tom Lee": the people of the plural noun at `k`, named right after it behind a dash or a colon."""
        tokens, j = self.tokens, k + 1
        while j < min(len(tokens), k + 3) and tokens[j] in DASHES:
            j += 1
        return (
            j > k + 1
            and j + 2 <= len(tokens)
            and self._low(j) not in self.lang.naming_words  # not "officials -- The Times reported"
            and self._is_name(j, j + 2)
        )

    def _authored(self, a: int, b: int) -> bool:
        """ "polling by the A.F.L.-C.I.O.", "a report from the Acme Institute": figures whose author is named
        right after their head, or one document by whoever made it ("a study by researchers at …", "a report
        by experts": that study, though "researchers" and "experts" alone are vague)."""
        if not holds(self.tokens, "by", a, b) and not holds(self.tokens, "from", a, b):
            return False  # most phrases: no head asked for
        head_at = self._head(a, b)
        k = self._maker_at(head_at, b)
        if k < 0 or k + 1 >= b:
            return False
        head = self._low(head_at)
        if head in self.lang.document_nouns:
            # not a person by role ("an email from a US government official"): that person's kind decides (k27)
            return not self._one_maker(k + 1, b)
        name = self.tokens[k + 2] if self.tokens[k + 1] == "the" and k + 2 < b else self.tokens[k + 1]
        # experts "from" a body are its people, no text by it ("Scientists from Oxford University", k53)
        return capitalised(name) and head in self.lang.group_nouns and head not in self.lang.expert_nouns

    def _maker_at(self, head_at: int, b: int) -> int:
        """Where "by" or "from" gives the maker of the phrase's head, before `b`: right after it ("a report from the
        Acme Institute"), or, for a document, after where it was published ("a post on X by a Times reporter",
        k74); -1 when neither."""
        tokens = self.tokens
        k = head_at + 1
        if k < b and tokens[k] in _PUBLISHED_IN and self._low(head_at) in self.lang.document_nouns:
            k = next((j for j in range(k + 1, min(b, k + _PLACE_WORDS)) if tokens[j] in _MAKER_MARKS), b)
            if any(is_punct(t) for t in tokens[head_at + 1 : k]):
                return -1
        return k if k < b and tokens[k] in _MAKER_MARKS else -1

    def _one_maker(self, k: int, b: int) -> bool:
        """Does the phrase [k, b) after a document's "by" or "from" name its maker by a role, one person ("a US
        government official", "a New York Times journalist") or several by a role ("two aides")? Then that person's
        kind is the document's (k27, k74)."""
        at = self._head(k, b)
        return self._low(at) in self.lang.person_nouns or self._agent_noun(at, plural=False)

    def _members_named(self, a: int, b: int) -> bool:
        """ "experts like Paul Bauman", "critics like Huffman", "Democrats -- including Clinton --": a group
        whose members are named in the phrase ("including", "like" or "such as" before a capitalised word) or
        right after its head behind a dash or a colon ("three economists -- Ana Ruiz at Ohio State, …")."""
        tokens = self.tokens
        if holds_any(tokens, DASHES, a + 1, b + 1) and self._names_listed(self._head(a, b)):
            return True
        if not (
            holds(tokens, "including", a + 1, b - 1)
            or holds(tokens, "like", a + 1, b - 1)
            or holds(tokens, "as", a + 1, b - 1)
        ):
            return False  # most phrases: one typed search, not a loop over their words
        for k in range(a + 1, b - 1):
            word = tokens[k]
            if word in ("including", "like") or word == "as" and tokens[k - 1] == "such":
                nxt = tokens[k + 2] if tokens[k + 1] == "the" and k + 2 < b else tokens[k + 1]
                if is_upper(nxt[:1]) and is_alpha(nxt):
                    return True
        return False

    def _is_name(self, i: int, j: int) -> bool:
        """Capitalised words only (a title and name: "Senator Ana Ruiz", "Mr. Trump", "Senator John
        Cornyn of Texas"): the one test of a name that both the source reader and the kind rules use."""
        words = [t for t in self.tokens[i:j] if not is_punct(t)]
        return (
            bool(words)
            and is_upper(words[0][0])
            and capitalised(words[-1])
            and all(is_upper(t[0]) or t == "of" or capitalised(t) for t in words)
        )

    def _describes_one(self, a: int, b: int) -> bool:
        """Does the phrase [a, b) describe one person ("an expert on Syria", "Republican of Alabama")?"""
        first = self._low(a)
        if first in ("a", "an", "one", "another", "the") or first in ("his", "her", "its", "their"):
            return True
        if first in HEAD_ENDS and first != "who" or first == "according":  # "…, according to officials"
            return False
        head = self.tokens[self._head(a, b)]
        return not head.endswith("s")

    def _name_near(self, a: int, head_at: int, b: int) -> bool:
        """One person described, and named just before ("Doug Ruiz, a spokesman") or after ("a blogger, Tal
        Ruiz"), or by the same noun in this or a neighbouring sentence ("… Judge Ana Ruiz")."""
        return self._named_just_before(a) or self._name_follows(head_at, b) or self._titled_nearby(a, head_at, b)

    def _titled_nearby(self, a: int, head_at: int, b: int) -> bool:
        """ "A federal judge ordered … Judge Ana Ruiz wrote", "a spokeswoman said … spokeswoman Hope Hicks
        added": the phrase's singular head used as a title before a name, in its sentence or the one before
        or after; then the writer has named the person (docs/source-kinds.md)."""
        i, word = self.sentence_index, self._low(head_at)
        if word.endswith("s") or not word.isalpha():
            return False
        found = self.titles_found.get((i, word))
        if found is None:
            found = self.titles_found[(i, word)] = self._titles_nearby(i, word)
        first, last = found
        return first < a or last >= b

    def _titles_nearby(self, i: int, word: str) -> tuple[int, int]:
        """The first and last tokens where `word` stands as a title or an appositive's end in sentence `i` or the
        ones beside it ((len(tokens), -1) for none): asked once per sentence and word, as a sentence of a thousand
        tokens of "his spokesman said, …" read its three sentences for every source (r17)."""
        tokens, sentences = self.tokens, self.doc.sentence_tokens
        lo, hi = sentences[max(0, i - 1)][0], sentences[min(len(sentences) - 1, i + 1)][1]
        firsts = {sentences[j][0] for j in range(max(0, i - 1), min(len(sentences), i + 2))}
        first, last = len(tokens), -1
        for k in range(lo, hi - 1):
            if self._low(k) != word or k in firsts or k + 1 in firsts:
                continue  # not "Woman Steps Forward" (a headline), nor a headline's last word before the text
            if self._title_before_name(k) or self._appositive_of_name(k, lo):
                first, last = min(first, k), k
        return first, last

    def _named_later(self, a: int, b: int) -> bool:
        """ "A woman who saw the crash said … The woman, Ana Lo, added": one person described with "a", "an",
        "one" or "another", whom one of the next sentences names ("the woman, Ana Lo", "Her name is Ana",
        "Lo, 34, said", "Ana Lo, who" and words of the description); a description the text names is named (docs/source-kinds.md). Only
        forms that bring the person in: a name alone ("Tom Hale said") or with a title ("Judge Ana Lo", two
        sentences on: another judge in 3 of 5 such dev cases, k54) may be anyone's."""
        tokens, sentences, i = self.tokens, self.doc.sentence_tokens, self.sentence_index
        if not a < b <= len(tokens):
            return False  # no phrase: "a confidant said according to" ends the text
        word = self._low(self._head(a, b))
        if self._low(a) not in _INDEFINITE or word.endswith("s") or not word.isalpha() or i + 1 >= len(sentences):
            return False
        later = sentences[i + 1 : i + 1 + _NAMED_LATER_SENTENCES]
        for k in range(later[0][0], later[-1][1] - 3):
            token = self._low(k)
            if token == "the" and self._names_description(k + 1, word):
                return True  # "The woman, Ana Lo,"
            if token in ("her", "his") and self._low(k + 1) == "name" and self._low(k + 2) in ("is", "was"):
                if self._title_before_name(k + 2):
                    return True  # "Her name is Ana Lo"
        return any(self._new_name_opens(s0, s1, a, b) for s0, s1 in later)

    def _names_description(self, k: int, word: str) -> bool:
        """From `k` after "the": up to two lower-case words, the noun `word`, a comma and a name ("the young
        woman, Ana Lo")."""
        tokens = self.tokens
        for j in range(k, min(k + 3, len(tokens) - 2)):
            if self._low(j) == word:
                return tokens[j + 1] == "," and self._title_before_name(j + 1)
            if not (tokens[j].isalpha() and tokens[j].islower()):
                return False
        return False

    def _new_name_opens(self, s0: int, s1: int, a: int, b: int) -> bool:
        """Does the sentence [s0, s1) bring the described person in: a name whose last word is not in the text
        before the source [a, b), then an age ("Lo, 34, said") or, for a name of two or three words, a "who"
        clause that repeats a name of the description ("a top adviser for President Obama … Jo Lee, who leads
        Mr. Obama's council"; not "A flood engineer … Ana Ruiz, who chairs the board": someone else)?"""
        tokens = self.tokens
        k = s0
        while k < s0 + 3 and k < len(tokens) and tokens[k].isalpha() and tokens[k][:1].isupper():
            k += 1
        if k == s0 or k + 2 >= len(tokens) or tokens[k] != "," or self._low(s0) in self.lang.after_source_stops:
            return False
        if self._written_before(tokens[k - 1], a):
            return False
        if tokens[k + 1].isdigit() and tokens[k + 2] == ",":
            return True
        if k - s0 < 2 or self._low(k + 1) != "who":
            return False
        described = {t for t in tokens[a + 1 : b] if capitalised(t)}
        clause = itertools.takewhile(lambda t: t != ",", tokens[k + 2 : min(s1, k + 2 + _CLAUSE_WORDS)])
        return not described.isdisjoint(clause)

    def _written_before(self, word: str, a: int) -> bool:
        """Is `word` one of the tokens before token `a`? Each word's first token is found once per document: a
        search of the tokens before each described source grew with the text times its sources, quadratic on a
        long text of "A clerk said … Ana Lo, a nurse - said …" (round r20)."""
        if self.first_token is None:
            first: dict[str, int] = {}
            for k, token in enumerate(self.tokens):
                first.setdefault(token, k)
            self.first_token = first
        return self.first_token.get(word, a) < a

    def _title_before_name(self, k: int) -> bool:
        """Is the word at `k` a title right before a name ("Judge Ana Ruiz", "spokeswoman Hope Hicks")?"""
        name = self.tokens[k + 1] if k + 1 < len(self.tokens) else ""
        return (
            name[:1].isupper()
            and name.isalpha()
            and lower(name) not in self.lang.after_source_stops
            and lower(name) not in self.lang.person_nouns
        )

    def _appositive_of_name(self, k: int, lo: int) -> bool:
        """Is the noun at token `k` the end of an appositive to a name of two or more words ("Hope Lee,
        Trump's spokeswoman", "Tal Ruiz, a spokesman"), not to a place ("In New York, a spokesman")?"""
        tokens, stops = self.tokens, self.lang.after_source_stops
        j = k - 1
        while j > lo + 1 and k - j < 5 and tokens[j] != "," and (not is_punct(tokens[j]) or tokens[j] in ("'s", "’s")):
            j -= 1
        if tokens[j] != "," or j - 2 < lo:
            return False
        name = tokens[j - 2 : j]
        return (
            all(t[:1].isupper() and t.isalpha() for t in name)
            and (j - 3 < lo or self._low(j - 3) not in stops)
            and lower(name[0]) not in stops
        )

    def _indefinite_mention(self, a: int, head_at: int) -> str | None:
        """The kind of `_indefinite_mention_at`, None when there is none."""
        mention = self._indefinite_mention_at(a, head_at)
        return None if mention is None else mention[0]

    def _indefinite_mention_at(self, a: int, head_at: int) -> tuple[str, int] | None:
        """ "A partner at the firm told him … The solution, the partner told them, …": the kind of the
        nearest earlier "a"/"an"/"one" mention of the same singular person noun (or a `role_synonyms` word of
        it: "a civil attorney" for "the lawyer") in the last few sentences,
        named when a name stands beside it ("Ana Ruiz, a partner", "a partner, Ana Ruiz"), else anonymous;
        None when the noun was not introduced so; with the token of that earlier noun."""
        key = (self.sentence_index, self._low(head_at))
        found = self.mentions_found.get(key)
        if found is None:
            found = self.mentions_found[key] = self._indefinite_mentions(key[1])
        at = bisect_left(found, (a, "")) - 1
        return None if at < 0 else (found[at][1], found[at][0])

    def _indefinite_mentions(self, word: str) -> list[tuple[int, str]]:
        """Each indefinite mention of `word` (`_indefinite_mention_at`) from `_MENTION_SENTENCES` back to the end of
        the current sentence, in order, as (its noun's token, its kind): found once per sentence and word, as a
        sentence of a thousand tokens of "the source said, …" read six sentences back for every source (r17)."""
        tokens, sentences, i = self.tokens, self.doc.sentence_tokens, self.sentence_index
        words = self.lang.role_words.get(word)  # "the lawyer" after "a civil attorney" (k27): the same role
        if words is None:
            words = frozenset((word,))
        lo = sentences[max(0, i - _MENTION_SENTENCES)][0]
        found: list[tuple[int, str]] = []
        for k in range(lo + 1, sentences[i][1]):
            if tokens[k] not in words:
                continue
            j = k - 1
            while (
                j > lo
                and k - j < 4
                and _mention_modifiers(tokens[j:k])
                and self._low(j) not in _INDEFINITE
                and self._low(j) not in _OTHER_PHRASE
            ):
                j -= 1
            if tokens[j].lower() not in _INDEFINITE or j > lo and self._low(j - 1) in _BE:
                continue
            after = tokens[k + 1 : k + 3]
            named_after = len(after) == 2 and after[0] == "," and capitalised(after[1])
            named_before = j >= 2 and tokens[j - 1] == "," and capitalised(tokens[j - 2]) and j - 2 > lo
            found.append((k, "named" if named_after or named_before else "anonymous"))
        return found

    def _name_follows(self, head_at: int, b: int) -> bool:
        """ "a blogger, Tal Ruiz": a capitalised word right after a comma after the head."""
        tokens = self.tokens
        return head_at + 2 < b and tokens[head_at + 1] == "," and tokens[head_at + 2][0].isupper()

    def _title_of_name(self, head_at: int, b: int) -> bool:
        """ "[Campaign spokeswoman] Hope Hicks said": the phrase ends on its head, and a name follows it
        at once, the head being the name's title."""
        if head_at != b - 1 or b + 1 >= len(self.tokens):
            return False
        name, stops = self.tokens[b : b + 2], self.lang.after_source_stops
        return all(t[:1].isupper() and t.isalpha() and lower(t) not in stops for t in name)

    def _named_just_before(self, a: int) -> bool:
        """ "Doug Ruiz, a spokesman for …", "Ana Ruiz, 60, a doctor", "Nefzi, a chemistry professor": a name
        (two or more capitalised words, or a surname the article uses again) and a comma right before the
        source phrase, not a place after a preposition ("In New York, a senior official")."""
        tokens, s0 = self.tokens, self.doc.sentence_tokens[self.sentence_index][0]
        if a - 2 < s0 or tokens[a - 1] != ",":
            return False
        k = end = a - 2
        if tokens[k].isdigit() and k - 2 >= s0 and tokens[k - 1] == ",":  # an age: "Ana Ruiz, 60, a doctor"
            k = end = k - 2
        if tokens[k] == ")":  # "Sen. Rob Portman (R-Ohio), another incumbent": past the affiliation
            opening = next((j for j in range(k - 1, max(s0, k - 8) - 1, -1) if tokens[j] == "("), None)
            if opening is None:
                return False
            k = end = opening - 1
        while (
            k >= s0
            and (
                (tokens[k][:1].isupper() or capitalised(tokens[k]))
                and not is_punct(tokens[k])
                or tokens[k] == "\xad"  # a soft hyphen
                or tokens[k] == "of"
                and k > s0
                and tokens[k - 1][:1].isupper()
                and k < end  # "Phil Bryant of Mississippi"
            )
        ):
            k -= 1
        first = k + 1
        opened = self._low(first) in ("and", "but") and first < end  # "And America Rising, a committee"
        first += opened
        stops = self.lang.after_source_stops  # "In New York, …", and a date is no name: "Last May, a judge"
        # nor an institution ("the Justice Department, a former official"), unless it is a name's
        # affiliation ("Ross Eisenbrey of the Economic Policy Institute, an early voice")
        institution = self._low(k) == "the" and (k == s0 or self._low(k - 1) not in ("of", "at", "from"))
        before = opened or k < s0 or self._low(k) not in stops and not institution
        if not before or first > end or self._low(first) in stops or self._low(first) in self.lang.opening_prepositions:
            return False  # "Outside Bakhmut, a soldier": a place (k63)
        if k >= s0 and tokens[k].isalpha() and tokens[k].islower() and not opened and self._runs_into_cue(a):
            return False  # "… the campaign of Joe Biden, a senior official said": the name is in what is said (k37)
        # one word is a name only where it opens the clause: not "in flood-ravaged Louisiana, a newspaper"
        return (
            end > first
            or (k < s0 or is_punct(tokens[k]) or opened)
            and self._surname(tokens[first])
            and not self._second_place(first)
        )

    def _runs_into_cue(self, a: int) -> bool:
        """Is the phrase from `a` the subject of a cue right after it that closes the sentence, a finite verb with
        no punctuation or relative clause between ("…, a senior official said on Thursday."; not "a radio host who
        has been critical of", "an early voice in urging", "a coalition … opposed to cuts in benefits")?"""
        tokens = self.tokens
        for t in range(a, min(self.s1, a + MAX_CHUNK_WORDS + 1)):
            if t in self.cue_tokens:
                return (
                    not tokens[t].endswith("ing")
                    and self.s1 - t <= _CLOSING_CUE_TOKENS
                    and (t + 1 == len(tokens) or self._low(t + 1) != "to")  # "opposed to cuts": an adjective
                )
            if is_punct(tokens[t]) or self._low(t) in RELATIVE_PRONOUNS or self._low(t) == "that":
                return False
        return False

    def _second_place(self, k: int) -> bool:
        """Is the capitalised word at `k` the state or country after a city ("in Austin, Texas, a spokeswoman", "hit
        Kharkiv, Ukraine, a nurse said", "in Salem, Ore., officials"): one word, or one written short, between commas
        after a capitalised word that follows a lower-case word or a preposition? Then it is no surname that a
        description after it could describe (k63, k68)."""
        tokens = self.tokens
        after = k + 2 if k + 2 < len(tokens) and tokens[k + 1] == "." else k + 1
        return (
            k >= 3
            and after < len(tokens)
            and tokens[after] == ","
            and tokens[k - 1] == ","
            and capitalised(tokens[k - 2])
            and tokens[k - 3].isalpha()
            and (
                tokens[k - 3].islower()
                or self._low(k - 3) in self.lang.after_source_stops  # "In Austin, Texas,"
                or self._low(k - 3) in self.lang.opening_prepositions
            )
        )

    def _surname(self, word: str) -> bool:
        """Is the capitalised `word` a name the article uses again ("Nefzi, a chemistry professor … Nefzi
        said"), never a common word written in lower case elsewhere ("Meanwhile, a spokesman")?"""
        lang = self.lang
        low = word.lower()
        return (
            word.isalpha()
            and low not in lang.source_stops
            and low not in lang.naming_words
            and low not in lang.determiners
            and low not in HEAD_ENDS
            and not self._spaced(low)
            and self._after_lower(word)  # mid-sentence too: not "Meanwhile"
        )
