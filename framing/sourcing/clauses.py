"""The subject of a cue's clause: past an opening phrase, a participle, an aside, a coordination.

Which noun phrase a cue's clause is about when the words just before the cue are not its subject
(`_sentence_subject`, `_clause_subject`, `_noun_source`, ...), over the forward reading (`forward.ForwardRules`).
"""

from __future__ import annotations

from typing import Final

from ..lexicon.grammar import GRAMMAR
from ..match import Match
from ..text import find_token, is_alpha, is_lower, is_upper
from .forward import ForwardRules
from .phrase import HEAD_ENDS, RELATIVE_PRONOUNS, is_punct, ly_adverb
from .phrase import LEADERS as _LEADERS
from .phrase import lower as _lower
from .subjects import (
    _ARTICLES,
    _ASIDE_MEMBERS,
    _BARE_TIMES,
    _BE,
    _CIRCUMSTANCES,
    _CLAUSE_END,
    _CLOSING_QUOTES,
    _DASHES,
    _FINITE,
    _FINITE_OR_BE,
    _OPENERS,
    _OPENING_CLAUSES,
    _OPENING_QUOTES,
    _PERIODS,
    _POSSESSIVE_DETERMINERS,
    _PREPOSITIONS,
    _RELATIVE_OR_THAT,
    _SUBJECT_PRONOUNS,
    _TIMES_OF_DAY,
    _gerund,
)


_QUOTE_MARKS: Final = frozenset("“‘\"'«„`")
# before a participle whose subject is the main clause's: "…, before insisting", "while also saying"
_SUBORDINATORS: Final = GRAMMAR["subordinators"]
_NAME_JOINS: Final = frozenset({"and", "of"})  # "Mia Holt of Iowa and Ray Dunn did so by …": one subject
_INFINITIVE_OPENERS: Final = GRAMMAR["infinitive_openers"]  # "Eager to explain …, Lo said": Lo explains
_GERUND_PREPOSITIONS: Final = GRAMMAR["gerund_prepositions"]  # "In asking …, Lo noted": an opening gerund's
# open a clause with a subject of its own, which a later "and asked" shares
_CLAUSE_OPENERS: Final = GRAMMAR["clause_openers"]
_OPENING_AS: Final = frozenset({"as"})  # a sentence opening with an "as" clause: "As Lo noted, …"
_JOINS: Final = GRAMMAR["joins"]
_AFTER_SUBJECT: Final = GRAMMAR["after_subject"]
_OCCASIONS: Final = _CIRCUMSTANCES - GRAMMAR["articles"]  # "on Sunday", "in a later interview": a time or an occasion
# a noun cue's possessor before it ("Lo's claim that", "his claim that") and the words that join a clause's verbs
_POSSESSIVE_MARKS: Final = GRAMMAR["possessive_marks"]
# words a noun cue's modifiers never cross back ("their probe into allegations that": not "their"), and the words
# after a voicing verb that show a relative "that" ("the assurances that officials made to him"): no object follows
_NOUN_STOPS: Final = GRAMMAR["noun_stops"]
_HELD_VIEWS: Final = GRAMMAR["held_views"]  # "in Bolton's view": `_held_view`
# an aside between commas holding one of these is a clause, no appositive or description ("The mayor, who was
# elected …,"; "Ana Lo, a host who …,"): `_appositive_end`, `_titled_inside`, `_subject_past_aside`
_CLAUSE_IN_ASIDE: Final = _FINITE_OR_BE | RELATIVE_PRONOUNS
# how many clauses back `_nearest_clause_subject` looks for a subject: the nearest clause is not 12 commas back (in
# PolNeAR's, PTC's and SemEval's English texts one is found at most 8 back); unbounded, each cue after "and" in a
# sentence of many read every comma before it ("Lo, who says it and claims it, …" 60 times: 1.9x the work, r24)
_NEAREST_CLAUSES: Final = 12


class ClauseRules(ForwardRules):
    """The subject of a cue's clause, over the forward and backward readings."""

    # Set by the reader (`reader._Reader`), per document or per sentence: plain data, read here.
    spoken: list[tuple[int, int]]  # this sentence's sources so far, for "..., and said"
    # `_clause_opener_before`'s readings back, per start: where a stop ended each, or how far it read with none (r24)
    opener_scans: dict[int, tuple[int, bool]]

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
                not (word.isalpha() or _hyphened(word))
                or not word.islower()
                or lower in _ARTICLES
                or lower in _POSSESSIVE_DETERMINERS
                or lower in _PREPOSITIONS
                or lower in _NOUN_STOPS
                or lower in lang.determiners
                or lower in self.back_stops
                or lower in lang.voicing_verbs
                and not (
                    k - 1 > s0 and (self._low(k - 2) in _POSSESSIVE_DETERMINERS or tokens[k - 2] in _POSSESSIVE_MARKS)
                )
            ):
                break
            k -= 1
        if k > s0 and tokens[k - 1] in _POSSESSIVE_MARKS:
            if k - 1 > s0 and self._low(k - 2) in _SUBJECT_PRONOUNS:
                return (cue, cue)  # "He's endured relentless questions": "he has", no possessor (v29)
            return self._possessor(s0, k - 1)
        if k > s0 and self._low(k - 1) in _POSSESSIVE_DETERMINERS:
            return (k - 1, k)
        if k > s0 and (self._low(k - 1) in _ARTICLES or self._low(k - 1) in lang.determiners):
            k -= 1
        if k > s0 + 1 and self._low(k - 1) in lang.voicing_verbs:
            subject = self._backward(s0, k - 1)
            if subject[0] < subject[1] and tokens[subject[0]] not in _PREPOSITIONS and self._may_speak(*subject, kinds):
                return subject
        return (cue, cue)

    def _view_holder(self, s0: int, cue: Match) -> tuple[int, int] | None:
        """The holder of a view that "in" and a possessive credit to it, the "in" right before the holder ("in
        Bolton's view", "In Ash's view", "in his own words"); None for any other noun cue (c43)."""
        tokens = self.tokens
        k = cue.first - 1
        if self._low(cue.first) not in _HELD_VIEWS or k <= s0:
            return None
        if tokens[k] not in _POSSESSIVE_MARKS and self._low(k) not in _POSSESSIVE_DETERMINERS:
            k -= 1  # "in his own words", "in Lo's considered view": one modifier
        if tokens[k] in _POSSESSIVE_MARKS:
            source = self._possessor(s0, k)
            if source[0] < k and self._low(source[0]) == "in":
                source = (source[0] + 1, source[1])  # "In Ash's": the sentence's capital is no part of the name
        else:
            source = (k, k + 1)  # "his", "their": the context rules admit a possessive determiner only
        p = source[0] - 1
        return source if p >= s0 and self._low(p) == "in" and source[0] < source[1] else None

    def _framing_view(self, s0: int, cue: Match, found: list[Match]) -> bool:
        """Does a held view frame another cue's report in its sentence ("Ruiz argued that — in her view — the levy
        …", "He said in his view the talks …")? Then it is no attribution of its own, as "In an interview, Lo said"
        frames hers: the holder is that cue's speaker, the view what the cue reports. The holder first: it turns down
        at once any cue but a held view's noun."""
        return self._view_holder(s0, cue) is not None and any(
            m.first != cue.first and self._low(m.first) not in _PREPOSITIONS for m in found
        )

    def _held_view(self, s0: int, s1: int, cue: Match) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """The holder and the clause of a view that "in" and a possessive credit to it ("In Ash's view, the change …",
        "The plan would fail, in Bolton's view.", "in his opinion"): the possessor without the "in", and the clause
        the phrase opens or closes, or the whole sentence when commas set it inside one (its two halves are one
        clause). None for any other noun cue (c43)."""
        tokens = self.tokens
        source = self._view_holder(s0, cue)
        if source is None:
            return None
        p = source[0] - 1
        after = cue.last + 1 if cue.last < s1 and tokens[cue.last] == "," else cue.last
        if all(is_punct(t) for t in tokens[cue.last : s1]):  # "…, in Bolton's view.": the clause before
            return source, (s0, p - 1 if p > s0 and tokens[p - 1] == "," else p)
        if p > s0 and tokens[p - 1] == "," and not (after < s1 and tokens[after] in _QUOTE_MARKS):
            return source, (s0, s1)  # not "because, in her words, “he knows how”": the quotation is hers
        return source, (after, s1)

    def _possessor(self, s0: int, mark: int) -> tuple[int, int]:
        """The possessor before the possessive mark at `mark`, with its mark: back to an article or determiner
        within five words ("the Ukrainian government's", "a Fox News interviewer's"), else the run of capitalised
        words before the mark ("Gov. Chris Christie's", "Trump's"), else the one word before it ("officials'")."""
        tokens, lang = self.tokens, self.lang
        for i in range(mark - 1, max(s0, mark - 6) - 1, -1):
            word = self._low(i)
            if word in _ARTICLES or word in lang.determiners:
                if self._name_after_words(i, mark):
                    break  # "many leaders go beyond Trump's": the name's, not the phrase's the determiner opens
                return (i, mark + 1) if i < mark - 1 else (mark, mark)
            if is_punct(tokens[i]) or word in _PREPOSITIONS or word in _NOUN_STOPS or word in self.back_stops:
                break
        i = mark
        while i > s0 and (tokens[i - 1][:1].isupper() and tokens[i - 1].isalpha() or self._abbreviation(i - 1)):
            i -= 1  # "Gov. Chris Christie's": the period of an abbreviation is a token of its own
        if i == mark and mark > s0 and tokens[mark - 1].isalpha():
            i = mark - 1
        i = self._past_opening_preposition(i, mark)
        return (i, mark + 1) if i < mark else (mark, mark)

    def _past_opening_preposition(self, i: int, mark: int) -> int:
        """Past a preposition that opens the sentence with a capital before a possessor's name ("After Ana Ruiz's
        comments that", "Since Lo's claim that"): it is no part of the name (k71); `i` otherwise."""
        word = self._low(i)
        if i + 1 < mark and (word in _PREPOSITIONS or word in self.lang.opening_prepositions):
            return i + 1
        return i

    def _occasion_subject(self, s0: int, s1: int, cue: Match) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """The speaker and what she did after an occasion that opens the sentence as its only cue ("In an interview
        with CNN, Trump defended the plan", "(In a letter, Mr. Lo warned …"): a name or a subject pronoun right
        after the phrase's comma, before a word in lower case; the content is what follows the subject. None when
        the cue opens no such clause (c44)."""
        tokens = self.tokens
        opener = s0 + 1 if s0 < s1 and tokens[s0] == "(" else s0
        if cue.first != opener or self._low(cue.first) not in _PREPOSITIONS:
            return None
        comma = next((k for k in range(cue.last, min(s1, cue.last + 12)) if tokens[k] in ",;:"), s1)
        if comma >= s1 - 2 or tokens[comma] != ",":
            return None
        end = comma + 1
        if self._low(end) in _SUBJECT_PRONOUNS:
            end += 1
        else:
            while end < s1 and (tokens[end][:1].isupper() and tokens[end].isalpha() or self._abbreviation(end)):
                end += 1
        if end == comma + 1 or end >= s1 or not tokens[end].isalpha() or not tokens[end].islower():
            return None
        return (comma + 1, end), (end, s1)

    def _name_after_words(self, det: int, mark: int) -> bool:
        """Does a run of capitalised words before the possessive `mark` follow three words in lower case or more
        after the determiner at `det` ("many Jewish leaders go beyond Trump's")? Then the words before the name are
        a clause of their own, not the name's modifiers as in "the former Governor Lo's" (c44)."""
        tokens = self.tokens
        k = mark
        while k > det + 1 and tokens[k - 1][:1].isupper() and tokens[k - 1].isalpha():
            k -= 1
        return k < mark and sum(1 for t in tokens[det + 1 : k] if t.islower()) >= 3

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
            if self._low(before) in _RELATIVE_OR_THAT:
                return (before, before + 1)  # "who, on a call Friday, said": PolNeAR's source is "who"
            if self._low(before) in ("and", "but"):
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
        word = self._low(s0)
        if word in _PREPOSITIONS or word in self.lang.sentence_starters or word in self.back_stops:
            head = tokens[s0 : min(end, s0 + 5)]
            if "," in head:
                return s0 + head.index(",") + 1
        return s0

    def _may_speak(self, a: int, b: int, kinds: list[Match]) -> bool:
        """Can the source phrase [a, b) speak: does it hold a name, a pronoun, a person or group noun
        or a sourcing term of the lexicons? A nominal cue no lexicon lists needs such a source ("The
        strike has renewed fears of a wider war" attributes nothing)."""
        if a >= b:
            return False
        if any(m.first < b and a < m.last for m in kinds):
            return True
        tokens, lang = self.tokens, self.lang
        head = self._low(self._head(a, b))
        if head in lang.naming_words or head in lang.person_nouns or head in lang.group_nouns:
            return True
        first = self._low(a)
        return self._capitalised(list(range(a + 1, b))) or (
            tokens[a][0].isupper() and first not in lang.naming_words and first not in lang.determiners
        )

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
        if (inside := self._titled_inside(s0, opening, close, cue)) is not None:
            return inside
        i = self._after_closed_quotation(self._after_dateline(s0, opening), opening)  # '“…,” Ed Lo, host of “…,” said'
        i = self._past_openers(i, opening)
        first = find_token(tokens, ",", i + 1, opening)
        if first < 0:
            return None
        word = self._low(i)
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
        if held or any(_lower(t) in _FINITE_OR_BE for t in tokens[first:opening]):
            return None
        return (i, close + 1 if close + 1 < cue else cue)

    def _titled_inside(self, s0: int, opening: int, close: int, cue: int) -> tuple[int, int] | None:
        """The name and its description when that name opens a clause inside the sentence, after an opening
        phrase's comma or a conjunction ("During the broadcast, Ana Ruiz, the hacker known as “Ghost,” stated";
        "… when Ana Ruiz, a host of ''The Hour,'' refused"), and the description holds the quoted title that
        closes right before the cue; None otherwise, and when the name opens the sentence (`_quoted_subject`, k67)."""
        tokens = self.tokens
        first = next((k for k in range(opening - 1, max(s0, opening - 8), -1) if tokens[k] == ","), None)
        if first is None or any(
            is_punct(t) and not self._abbreviation(k) for k, t in enumerate(tokens[first + 1 : opening], first + 1)
        ):
            return None
        i = self._subject_before_comma(s0, first)
        if not (s0 < i < first) or self._opens_sentence(s0, i) or not self._opened_subject(s0, i):
            return None
        if not self._is_name(i, first) or not self.cue_tokens.isdisjoint(range(first, opening)):
            return None
        if any(_lower(t) in _CLAUSE_IN_ASIDE for t in tokens[first:opening]):
            return None
        return (i, close + 1 if close + 1 < cue else cue)

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
            self._low(k) in _SUBORDINATORS
            or self._low(k) in _GERUND_PREPOSITIONS
            or self._low(k) in self.lang.opening_prepositions  # "Despite praising …, Lo admitted" (k31)
        ):
            k += 1  # "After blasting …", "In describing Trump, Cuban said": Cuban describes
        if k != cue.first:
            return None
        comma = next((j for j in range(cue.last, self.s1 - 1) if tokens[j] == ","), None)
        source = self._opening_phrase_speaker(s0, cue.last, comma)
        return source if cue.last < source[0] < source[1] else None

    def _opening_phrase_speaker(self, s0: int, start: int, comma: int | None) -> tuple[int, int]:
        """The speaker of a cue in a phrase opening the sentence (a participle's, an infinitive's): the subject of
        the sentence's next cue from `start`, read back from it as that cue reads it, else the subject after the
        phrase's comma ("After blasting the report, Glenn Beck doubled down"); an empty span at `s0` with neither."""
        later = next((j for j in range(start, self.s1) if j in self.cue_tokens), None)
        if later is not None:
            return self._backward(s0, later)
        return self._sentence_subject(comma + 1, self.s1) if comma is not None else (s0, s0)

    def _opening_infinitive(self, s0: int, cue: Match) -> tuple[int, int] | None:
        """The speaker of a cue in the infinitive after one word opening the sentence, a gerund or an
        `infinitive_openers` adjective ("Continuing to explain her stance, Ruiz rejected …", "Eager to explain the
        delay, the mayor blamed …", "Careful not to promise …"; c50): the subject after the phrase's comma, as for an
        opening participle, not the opening word ("Continuing to"); None otherwise."""
        tokens = self.tokens
        k = cue.first - 2
        if k < s0 or tokens[k + 1] != "to":
            return None
        if tokens[k] == "not":
            k -= 1
        word = self._low(k)
        if (
            not (word in _INFINITIVE_OPENERS or len(word) > 5 and word.endswith("ing"))
            or self._past_openers(s0, k) != k
        ):
            return None
        comma = next((j for j in range(cue.last, self.s1 - 1) if tokens[j] == ","), None)
        if comma is None:
            return None
        source = self._opening_phrase_speaker(s0, comma + 1, comma)
        return source if comma < source[0] < source[1] else None

    def _structured_subject(self, s0: int, cue: int) -> bool:
        """Does the sentence open with a subject, an appositive or relative clause and a comma before
        the cue ("Tom Hale, the whip, said ..."; "The official, who asked not to be named, said")? Not when the
        subject read opens with a preposition: '… is "a mess" for the governor, forcing her …, said Ed Lo, a pollster'
        is an inverted tag after a clause and its participle (c54)."""
        self.structured = False
        first, last = self._backward(s0, cue)
        return self.structured and not (first < last and self._low(first) in _PREPOSITIONS)

    def _fragment(self, token: str) -> bool:
        """Does a source read back from a cue after a comma start inside a phrase (a preposition or a
        lower-case noun: "in Paris", "law at the University"), not at a subject ("a", "he", "officials")?"""
        word, lang = _lower(token), self.lang
        return word in _PREPOSITIONS or (
            is_alpha(token)
            and is_lower(token)
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
        if a >= aside[1] or a < s0 + 2 or self.tokens[a - 1] != "," or self._low(a) not in _PREPOSITIONS:
            return None
        source = self._backward(s0, a)
        return source if source[0] < source[1] and not self._fragment(self.tokens[source[0]]) else None

    def _aside_after_clause(self, s0: int, source: tuple[int, int], cue: int) -> tuple[int, int]:
        """The subject of a second predicate after an aside of companions that a clause, not a subject, stands
        before ("Lo has fought the plan for years, along with her allies, denounced it": Lo, not "along with her
        allies"): the clause's subject, as for "…, and denounced", when the aside's commas stand right before the
        cue and no comma parts that subject from the aside; `source` otherwise ("a ban on cloning, including one
        called …": no predicate follows the aside) or when no subject is found."""
        tokens, a = self.tokens, source[0]
        if a >= source[1] or a < s0 + 2 or tokens[a - 1] != "," or self._low(a) not in _ASIDE_MEMBERS:
            return source
        verb = self._before_auxiliaries(s0, cue)
        if verb <= a or tokens[verb - 1] != ",":
            return source
        opened = self._subject_after_conjunction(s0, a - 1)
        if opened is not None:
            return (opened, source[1])  # "even though most presidents, including Obama, have backed": all of them
        subject = self._clause_subject(s0, a - 1)
        return subject if subject[0] < subject[1] < a and "," not in tokens[subject[1] : a - 1] else source

    def _subject_after_conjunction(self, s0: int, comma: int) -> int | None:
        """Where a subject ending at `comma` starts when a conjunction opening its clause stands right before it
        ("…, even though most presidents, including …"; "But many groups, including …"): the
        aside after the comma is then that subject's members; None otherwise."""
        subject = self._backward(s0, comma)
        a = subject[0]
        if not (s0 < a < subject[1] == comma):
            return None
        word = self._low(a - 1)
        if word not in _OPENING_CLAUSES and not (a - 1 == s0 and word in _LEADERS):  # "But many groups, including …"
            return None
        return a if self._opens_subject(a) else None

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

    def _coordinated(self, s0: int, cue: int) -> bool:
        """Does the cue open a second predicate ("He called it lawful, and then said", "… but told", "… and on
        Monday announced")?"""
        k = self._joined_at(s0, cue)
        return k > s0 + 1 and self._low(k - 1) in ("and", "but")

    def _listed_subject(self, s0: int, cue: int) -> tuple[int, int] | None:
        """The subject of a predicate listed after a comma, when the one before it is led by an earlier cue with
        words of its own whose source opens the sentence ("Ruiz defended the budget as a modest plan, mocked the
        council": Ruiz, c48); None otherwise. Not when punctuation, "that", a pronoun or a verb form stands between
        that cue and the comma, nor punctuation or a relative word after the source: a clause of its own there ("Lo
        said the mayor praised it, mocked …"), an appositive ("the mayor, a teacher, praised") or a relative clause
        closed by the comma ("Lo, who would say nothing, agreed") has a subject of its own; nor after a cue set off
        as an aside ("The board, Lo said, backed it"). Its caller asks only with an earlier source and a comma in the
        four words before the cue."""
        tokens = self.tokens
        if not tokens[cue].islower():
            return None
        k = self._before_auxiliaries(s0, cue)
        if k - 2 <= s0 or tokens[k - 1] != "," or not self._verb_form(tokens[cue]):
            return None
        earlier = max((t for t in self.cue_tokens if s0 < t < k - 1), default=-1)
        source = next((s for s in reversed(self.spoken) if s[0] < s[1] <= earlier), None)
        if source is None or source[0] != s0 or earlier + 1 >= k - 1:
            return None
        if any(is_punct(t) or _lower(t) in _RELATIVE_OR_THAT for t in tokens[source[1] : k - 1]) or any(
            _lower(t) in _SUBJECT_PRONOUNS or self._verb_form(t) for t in tokens[earlier + 1 : k - 1]
        ):
            return None
        return source

    def _joined_at(self, s0: int, cue: int) -> int:
        """Where the words a conjunction would stand before start: before the cue's auxiliaries and adverbs, and
        before a time between them and the conjunction ("Ruiz froze the budget and on Monday announced", c48)."""
        k = self._before_auxiliaries(s0, cue)
        last = self.tokens[k - 1].lower() if k > s0 else ""  # time words are letters only
        if last not in _BARE_TIMES and last not in _PERIODS and last not in _TIMES_OF_DAY:
            return k  # no time ends there: the common case, read without looking for one
        t = next((t for t in range(k - 1, max(s0 + 1, k - 5), -1) if self._closing_time(t, k)), k)
        return t if self._low(t - 1) in ("and", "but") else k

    def _raised_subject(self, s0: int, source: tuple[int, int], cue: int, clause: tuple[int, int]) -> tuple[int, int]:
        """Who speaks in "Lo is expected to say", "the filings are set to show" when the phrase read back is the
        bare "to": the subject before the auxiliary, when the clause's subject (`clause`, read from the
        sentence's opening) does not end there ('"…," Mr. Lo is expected to say': Lo, not the quotation's first
        word; "Rep. Ed Lo (D-Ore.) is expected to announce": his party too). `clause` otherwise."""
        tokens = self.tokens
        if source != (cue - 1, cue) or self._low(cue - 1) != "to" or cue - 3 < s0:
            return clause
        if not (tokens[cue - 2].isalpha() and tokens[cue - 2].islower()):
            return clause
        verb = self._before_auxiliaries(s0, cue - 2)
        if verb == cue - 2 or self._low(verb) not in self.lang.auxiliaries or clause[1] == verb:
            return clause
        subject = self._backward(s0, verb)
        return subject if subject[0] < subject[1] else clause

    def _clause_subject(self, s0: int, cue: int, main: bool = False) -> tuple[int, int]:
        """Who speaks in a cue with no subject of its own (", saying …", "… and said"): the first source
        read earlier in the sentence ('"…," Lo said, adding …'; "Lo mocked X, defended Y and said": not a
        later one read wrongly), else the sentence's subject. `main`: the cue follows the main clause, whose
        subject a relative pronoun is not: its noun is ("Lo, who has endorsed Ruiz, spoke, stressing …": Lo)."""
        # not the agent of a participle ("rebel groups backed by Ankara have no choice but to … and agree")
        # the first only: a sentence of many cues read all its sources at each (r24)
        first = next(
            (
                source
                for source in self.spoken
                if source[0] < source[1] and source[1] <= cue and (source[0] == s0 or self._low(source[0] - 1) != "by")
            ),
            None,
        )
        if main and first is not None and first[1] - first[0] == 1 and first[0] > s0:
            if self._low(first[0]) in RELATIVE_PRONOUNS:
                noun = self._backward(s0, first[0])
                subject = self._sentence_subject(s0, cue)
                if noun[0] < noun[1] >= first[0] - 1 and subject[0] < noun[1] and noun[0] < subject[1]:
                    return noun  # not "I phoned Ed Lo, who was surprised, telling me …": the clause's own
                return first
        return first if first is not None else self._sentence_subject(s0, cue)

    def _nearest_clause_subject(self, s0: int, end: int, read: tuple[int, int]) -> tuple[int, int]:
        """Who speaks in a participle or a second predicate after the clause ending at `end` (", saying", "and
        said"): the subject of the last clause before it, when that opens after a comma later than `read`, the
        phrase read so far ("When Lo spoke, Ruiz left, saying": Ruiz; "On Friday, at a rally, Lo was blunt,
        claiming": Lo), or when nothing was read ("The mayor spoke for an hour, saying": the mayor). `read` when a
        cue before that subject may hold it in its content ("Lo said that, if elected, she would …", c39)."""
        tokens = self.tokens
        if read[0] < read[1] < end and self._people_after(read[1], end):
            read = (read[0], read[1] + 1)  # "The Vermont senator has struggled …, instead claiming"
        clauses = 0
        for p in range(end - 1, s0 - 1, -1):
            if p > s0 and tokens[p - 1] != ",":
                continue
            if read[0] < read[1] and p <= read[0] or clauses == _NEAREST_CLAUSES:
                return read
            clauses += 1
            q = p
            while q < end and tokens[q] in _CLOSING_QUOTES:
                q += 1
            if q < end and tokens[q].islower() and tokens[q] in _LEADERS:
                q += 1  # ", but Ruiz fired back"
            subject = self._predicate_subject(s0, q, end)
            if subject is None or read[0] < read[1] and subject[0] <= read[0]:
                continue
            opened = (
                self._low(s0) in _CLAUSE_OPENERS
                or self._low(s0) in _SUBORDINATORS
                or self._low(s0) in _OPENING_AS  # "As the Post reported, historians …, noting": not the Post (u47)
            )
            if not opened and not self.cue_tokens.isdisjoint(range(s0, subject[0])):
                # unless the clause is a tag of its own ('"…," a Chinese official said, adding'), not a report
                # whose content may hold the participle ("the AP reported that Lo … and said")
                own = [k for k in range(subject[1], end) if k in self.cue_tokens]
                if not own or any(self._low(k + 1) == "that" for k in own):
                    return read
            return subject
        return read

    def _perfect_subject(self, s0: int, source: tuple[int, int], cue: int) -> tuple[int, int] | None:
        """Who speaks in a perfect participle after the main clause ("Lo voted no, having argued that …": Lo), when
        the phrase read back is the bare "having"; None otherwise or when no subject is found."""
        if source != (cue - 1, cue) or self._low(cue - 1) != "having" or cue - 2 <= s0:
            return None
        if self.tokens[cue - 2] != ",":
            return None
        subject = self._nearest_clause_subject(s0, cue - 2, self._clause_subject(s0, cue - 2, main=True))
        return subject if subject[0] < subject[1] else None

    def _predicate_subject(self, s0: int, i: int, end: int) -> tuple[int, int] | None:
        """The subject opening the clause at `i` before `end` when a predicate follows it: a name or a pronoun
        (past an opening phrase, as `_sentence_subject` reads them), or a determiner's phrase whose head names
        people ("The group went ahead", "Many adoptees try"); None otherwise: a thing ("The bill passed"), a
        phrase holding a relative clause ("a charge that Lo denied"), an appositive after a name ("Ed Lo, a former
        aide, became …"), a clause before a dash (an aside: "- ''…,'' he said - and argued")."""
        tokens = self.tokens
        if i >= end or not self._opens_subject(i):
            return None
        a, b = self._sentence_subject(i, end)
        lowered = self._low(i) == "the" or self._low(i) in self.lang.determiners
        if a == b and lowered:
            head = next((k for k in range(i + 1, min(end, i + 5)) if self._people_word(k)), None)
            a, b = (i, head + 1) if head is not None else (a, b)
        while b - a > 1 and ly_adverb(tokens[b - 1]):
            b -= 1  # "the League strongly denounced"
        if b < end and self._people_after(b, end):
            b += 1  # "The Vermont senator"
        if a == b or any(_lower(t) in _RELATIVE_OR_THAT for t in tokens[a:b]):
            return None
        named = tokens[a][:1].isupper() or b - a > 1 and tokens[a + 1][:1].isupper()  # "the Left uses …"
        pronoun = self._low(a) in _SUBJECT_PRONOUNS
        if not named and not pronoun and (not self._people_word(b - 1) or b - a == 1):
            return None
        if not pronoun and tokens[a].islower() and a > s0 + 1 and tokens[a - 1] == "," and tokens[a - 2][:1].isupper():
            k = a - 2
            while k > s0 and (tokens[k - 1][:1].isupper() or tokens[k - 1] == "."):
                k -= 1
            if "," in tokens[b:end] or (k == s0 or tokens[k - 1] == ",") and self._low(k) not in _PREPOSITIONS:
                return None  # "Ed Lo, a former aide, became …", "Ed Lo, the survivor who resigned, citing": appositives
        v = b + 1 if b < end and ly_adverb(tokens[b]) else b  # "… briefly put away"
        word = tokens[v] if v < end else ""
        if not (word.isalpha() and word.islower()) or word in _PREPOSITIONS or word in _RELATIVE_OR_THAT:
            return None
        if self._people_word(v):
            return None  # "One of Lo's former supporters who …": the phrase's noun, not its verb
        if word in _JOINS or word in _ARTICLES or word == "of":
            return None
        # read last, as they read on to `end`: a cue after 100 commas asked them at each (r16: 41 s for 50 kB)
        if any(t in _DASHES for t in tokens[b:end]) or self._quotation_open(b, end):
            return None  # "… he said - and argued"; 'Lo was fired. “I hope he comes and portrays …
        return (a, b)

    def _quotation_open(self, i: int, end: int) -> bool:
        """Is a quotation opened between `i` and `end` still open at `end` (what follows is quoted)? Not one
        closing right after it ('Lo said: “We will win,” adding')."""
        tokens = self.tokens
        while end < len(tokens) and (tokens[end] == "," or tokens[end] in _CLOSING_QUOTES):
            end += 1
        marks = [t for t in tokens[i:end] if t in _OPENING_QUOTES or t in _CLOSING_QUOTES]
        straight = sum(t == '"' for t in marks)
        return straight % 2 == 1 or sum(t == "“" for t in marks) > sum(t == "”" for t in marks)

    def _people_after(self, k: int, end: int) -> bool:
        """Does the word at `k` end a name read as a subject with a noun for people ("The Vermont senator has",
        "the Sanders campaign"), not a verb after it ("She offers a", "Democrats see it")? A noun known by its
        ending only when a comma or a verb follows."""
        tokens, lang = self.tokens, self.lang
        before = tokens[k - 1]
        if not before[:1].isupper() or _lower(before) in _SUBJECT_PRONOUNS or k in self.cue_tokens:
            return False  # not "RT reports: …"
        if not self._people_word(k) or tokens[k] in _AFTER_SUBJECT:
            return False  # not "Lo further told"
        word = tokens[k]
        if word in lang.collective_nouns or self._people_head(k):
            return True
        after = tokens[k + 1] if k + 1 < end else ","
        return after == "," or _lower(after) in _FINITE_OR_BE or self._verb_like(k + 1)

    def _people_word(self, k: int) -> bool:
        """Is the word at `k` a lower-case noun for people or a body of them ("mayor", "adoptees", "group"), not
        an irregular past form that ends as such nouns do ("went")?"""
        word, lang = self.tokens[k], self.lang
        if not word.islower() or word in lang.past_forms or word in _PREPOSITIONS or word in _LEADERS:
            return False
        return word in lang.collective_nouns or self._people_head(k) or self._person_word(k)

    def _governing_subject(self, cue: int) -> tuple[int, int] | None:
        """Who speaks in a cue after "to" whose governing verb is a cue of its own ("…, but Patel continued to
        claim": Patel, the source read for "continued", not the sentence's first subject, k43): the source of this
        sentence that ends right before that verb and its auxiliaries or adverbs; None when there is none. Those
        words are read back once per cue, as far as a source asks, not once per source of the sentence (r24)."""
        tokens, aux, cues = self.tokens, self.lang.auxiliaries, self.cue_tokens
        run, stopped = cue - 1, False  # [run, cue - 1): cue words, auxiliaries or adverbs, read back so far
        for a, b in reversed(self.spoken):
            if not a < b < cue - 1:
                continue
            while not stopped and run > b:
                if run - 1 in cues or self._low(run - 1) in aux or ly_adverb(tokens[run - 1]):
                    run -= 1
                else:
                    stopped = True
            if run <= b and not cues.isdisjoint(range(b, cue - 1)):
                return (a, b)
        return None

    def _coordinated_subject(self, s0: int, cue: int) -> tuple[int, int]:
        """Who speaks in "… and said": the subject of a clause opened by "when", "because", … that the cue
        continues ("The crowd cheered when Lo spotted a sign and asked": Lo asks), else `_clause_subject`."""
        opener = self._clause_opener_before(s0, cue)
        if opener is not None:
            subject = self._sentence_subject(opener + 1, cue)
            if subject[0] < subject[1]:
                return subject
        read = self._clause_subject(s0, cue)
        if not self._coordinated(s0, cue) or self._low(cue) in _SUBORDINATORS:
            return read  # not "…, and when asked": no predicate of the clause before
        return self._nearest_clause_subject(s0, self._joined_at(s0, cue) - 1, read)

    def _clause_opener_before(self, s0: int, cue: int) -> int | None:
        """The word opening the cue's clause ("when", "because", … with a subject after it) nearest before `cue`
        and after `s0`; None when a punctuation mark closes a clause first. Each reading back is kept in
        `opener_scans` by its start, where the next cue's reading jumps it: a sentence of many "… and said" with no
        comma read its tokens once, not once per cue (r24)."""
        tokens, scans = self.tokens, self.opener_scans
        k = cue - 1
        while k > s0:
            scan = scans.get(k)
            if scan is not None:
                k = scan[0] if scan[1] else scan[0] - 1  # a stop there, or none down to there
                if scan[1]:
                    break
                continue
            if tokens[k] in _CLAUSE_END or self._low(k) in _CLAUSE_OPENERS and self._opens_subject(k + 1):
                break
            k -= 1
        found = k > s0
        if cue - 1 > s0:
            scans[cue - 1] = (k, True) if found else (s0 + 1, False)
        return k if found and tokens[k] not in _CLAUSE_END else None

    def _sentence_subject(self, s0: int, cue: int) -> tuple[int, int]:
        """The subject that speaks in ", saying …": a name, a pronoun or a described person opening the
        sentence, after a conjunction or an opening phrase and its comma ("On Tuesday, Sanders went
        further, endorsing …"; "However, he held his fire, calling …"). An empty span at the cue when
        the sentence opens otherwise (its kind then refers back, as for "he")."""
        tokens = self.tokens
        i = self._after_dateline(s0, cue)
        if i + 1 < cue and tokens[i + 1] == "," and self._low(i) in _SUBJECT_PRONOUNS:
            return (i, i + 1)  # "She, too, is …, warning": a pronoun and an aside, no opening word (k71)
        while i < cue and (
            tokens[i] in _OPENERS
            or self._low(i) in _LEADERS
            or i + 1 < cue
            and tokens[i + 1] == ","
            and self._low(i) in self.lang.sentence_starters  # "Instead, the senator …"
        ):
            i += 2 if i + 1 < cue and tokens[i + 1] == "," else 1
        i = self._after_bare_time(i, cue)
        if i < cue and (self._opening_phrase(tokens[i]) or self._time_phrase(i, cue)):
            comma = find_token(tokens, ",", i, cue)
            if comma < 0:
                return (cue, cue)
            i = comma + 1
            while i < cue and tokens[i] in _CLOSING_QUOTES:
                i += 1  # 'Speaking on "Fox News Sunday," Sen. Lo …': the closing mark of a title in the phrase (k74)
            i = self._past_circumstances(i, cue)
        if i < cue and self._low(i) in _SUBJECT_PRONOUNS:
            return (i, i + 1)
        word = self._low(i) if i < cue else ""
        j = i + 1 if word == "the" else i  # "The Blaze's Matt Walsh …, saying"
        while j < cue and (is_upper(tokens[j][:1]) or tokens[j] in ("'s", "’s", ".") and j > i):
            j += 1
        if (
            j == i
            or word == "the"
            and j == i + 1
            or word != "the"
            and (word in self.lang.naming_words or word in self.lang.determiners)
        ):
            return self._described_subject(i, cue)
        j = self._name_goes_on(j, cue)
        if j < cue and tokens[j] in _NAME_JOINS:
            j = self._joined_name_end(i, j, cue)
        return (i, self._appositive_end(j, cue))

    def _joined_name_end(self, i: int, j: int, cue: int) -> int:
        """Where a subject of names joined by "and" or "of" ends when the first, from `i`, ends at `j` ("Mia Holt
        and Ray Dunn did so by arguing", "Senator Tom Lee of Iowa does it year after year by proposing": all of it,
        not the first name alone; c50): after the last name's capitalised words, when a lower-case word (their
        verb) follows; `j` after a name and a comma (the list's last names: "Lo, Ruiz and Dunn")."""
        tokens = self.tokens
        end = j
        if i > 1 and tokens[i - 1] == "," and is_upper(tokens[i - 2][:1]):
            return end
        while j + 1 < cue and tokens[j] in _NAME_JOINS and is_upper(tokens[j + 1][:1]):
            j += 1
            while j < cue and (is_upper(tokens[j][:1]) or tokens[j] == "."):
                j += 1
            if j < cue and is_lower(tokens[j]) and tokens[j] not in _NAME_JOINS:
                end = j
                break
        return end

    def _after_bare_time(self, i: int, cue: int) -> int:
        """Past an opening time with no comma after it ("On Tuesday she doubled down …", "On Thursday evening
        Ruiz delivered …") when a name or a pronoun follows; else `i`."""
        tokens, times = self.tokens, self.lang.after_source_stops
        if i + 2 >= cue or self._low(i) not in ("on", "in", "at") or self._low(i + 1) not in times:
            return i
        k = i + 2
        while k < cue and self._low(k) in _TIMES_OF_DAY:
            k += 1
        return k if k < cue and (tokens[k][0].isupper() or self._low(k) in _SUBJECT_PRONOUNS) else i

    def _appositive_end(self, j: int, cue: int) -> int:
        """Where a subject ending at `j` ends with the appositive that follows it between commas ("Gary
        Emineth, a former state party chairman, became a delegate and said"; "Ana Lo, 34, …"): at its
        closing comma; `j` when none follows or the commas hold a verb."""
        tokens = self.tokens
        if not (
            j + 2 < cue and tokens[j] == "," and (self._low(j + 1) in ("a", "an", "the") or tokens[j + 1].isdigit())
        ):
            return j
        close = find_token(tokens, ",", j + 2, min(cue, j + 16))
        if close < 0:
            return j
        between = tokens[j + 1 : close]
        if any(_lower(t) in _CLAUSE_IN_ASIDE for t in between):
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
            and is_lower(tokens[k])
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
        if tokens[j - 1] not in ("'s", "’s") and (name := self._name_after_role(j, k, cue)) > k:
            return name  # "Band member Flea shared …, saying": the role and its one-word name (k84)
        if (
            tokens[j - 1] in ("'s", "’s")
            or k - j <= 2
            and k < cue
            and (last in lang.person_nouns or last in lang.group_nouns)
        ):
            return k  # "Cruz's campaign", "FBI officials were"
        if self._office_after_modifiers(j, k, cue):
            return k  # "The Interior affairs minister has"
        if (
            k < cue
            and k - j <= 2
            and is_upper(tokens[k][:1])
            and (
                last in lang.person_nouns
                or len(last) > 4
                and self._agent_noun(k - 1, False)
                and last not in self.back_stops
            )
        ):
            while k < cue and (is_upper(tokens[k][:1]) or self._abbreviation(k)):
                k += 1
            return k  # "Rubio press secretary Ann Roe"
        return j

    def _name_after_role(self, j: int, k: int, cue: int) -> int:
        """Where a name ends that follows the capitalised words and the one or two lower-case words [j, k) of a
        role ("Band member Flea", "Team doctor Ana Ruiz"): past its capitalised words when the role ends in a
        noun for a person, up to a day or time ("Coach aide Ed Lo Tuesday"); a plural role's names only when
        joined ("Party officials Lo and Ruiz", not the place in "Defence sources Kyiv would"); `k` otherwise."""
        tokens = self.tokens
        role = tokens[k - 1]
        if not (k - j <= 2 and k < cue and role in self.lang.person_nouns):
            return k
        m = k
        while m < cue and is_upper(tokens[m][:1]) and not self._time_word(_lower(tokens[m])):
            m += 1
        plural = role.endswith("s") and not role.endswith("ss")
        return k if plural and not (m < cue and tokens[m] in ("and", ",")) else m

    def _office_after_modifiers(self, j: int, k: int, cue: int) -> bool:
        """Do the two lower-case words [j, k) after capitalised modifiers end in a noun for a person by what
        they do, an auxiliary or a verb right after ("The Interior affairs minister has", "the Labor party
        organizer was"), so that the capitals only describe that person? Two words, not one: a lone "-er" word
        after a name is as often an adverb ("Lo never said", "Lo further argued")."""
        tokens = self.tokens
        if k - j != 2 or k >= cue or tokens[k - 1] in self.back_stops or not self._noun_like(j):
            return False
        if not (self._agent_noun(k - 1, False) or self._agent_noun(k - 1, True)):
            return False
        after = self._low(k)
        return after in _FINITE_OR_BE or after in self.lang.auxiliaries or ly_adverb(tokens[k])

    def _noun_like(self, k: int) -> bool:
        """May the lower-case word at `k` modify a noun after it ("affairs", "party"): not a verb's past ("went",
        "voted") nor an adverb ("quickly")?"""
        word = self.tokens[k]
        return word.isalpha() and word not in self.lang.past_forms and not word.endswith("ed") and not ly_adverb(word)

    def _time_phrase(self, i: int, cue: int) -> bool:
        """Does a time of a few words and its comma open the clause at `i` ("Hours later, …", "A week
        ago, …", "Last year, …")?"""
        tokens = self.tokens
        comma = find_token(tokens, ",", i + 1, min(cue, i + 4))
        if comma < 0:
            return False
        return self._low(comma - 1) in ("later", "earlier", "ago") or self._low(i) in ("last", "this")

    def _past_circumstances(self, i: int, cue: int) -> int:
        """Past the further parts of an opening phrase, each closed by its comma: a place ending the
        phrase's name ("At a rally in Ames, Iowa, on Sunday, Ruiz …"), a phrase opening with a preposition, or a
        participle's phrase ("While the witnesses spoke, trading views of the judge, the leader …", k74)."""
        tokens = self.tokens
        while i < cue:
            comma = find_token(tokens, ",", i, cue - 1)
            if comma < 0:
                return i
            place = (
                comma - i <= 3
                and tokens[i - 2][:1].isupper()
                and all(t[:1].isupper() or t == "." for t in tokens[i:comma])
            )
            if not (
                place
                or self._low(i) in _PREPOSITIONS
                or is_lower(tokens[i])
                and _gerund(tokens[i])
                and self._opens_subject(comma + 1)
            ):
                return i
            i = comma + 1
        return i

    def _irregular_past(self, i: int, j: int) -> bool:
        """Is the word at `j`, one of `past_forms`, an irregular past ending a described subject that opens at `i`
        ("the mayor kept up his attacks, calling"): after a noun for people that follows the determiner, not an
        adjective or a participle right after it, nor a participle before its agent ("a small group led by …";
        "began by saying" is a verb, k67)?"""
        tokens = self.tokens
        if j <= i + 1 or j + 2 >= len(tokens):
            return False
        if self._low(j + 1) == "by" and not tokens[j + 2].endswith("ing"):  # "began by saying": its verb
            return False
        return self._people_word(j - 1) and not self._low(j - 1).startswith("wh")  # not "whoever sent"

    def _described_subject(self, i: int, cue: int) -> tuple[int, int]:
        """A subject opening with a determiner, up to its verb ("His chief aide doubled down …",
        "The departments declined …"); an empty span at the cue when no verb ends it in a few words."""
        tokens = self.tokens
        for j in range(i + 1, min(cue, i + 12)):
            word = tokens[j]
            if word == "," and j > i + 1:
                return self._subject_past_aside(i, j, cue)
            if is_punct(word) and not self._abbreviation(j) or _lower(word) in RELATIVE_PRONOUNS:
                break
            if self._verb_after_subject(i, j):
                return (i, j)
        return (cue, cue)

    def _verb_after_subject(self, i: int, j: int) -> bool:
        """Is the word at `j` the verb of a described subject opening at `i`: a finite word, an -ed word not right
        after the determiner ("The retired surgeon has": that one describes), or an irregular past after a noun for
        people?"""
        word = self.tokens[j]
        if _lower(word) in _FINITE or is_lower(word) and word.endswith("ed") and len(word) > 3 and j > i + 1:
            return True
        return word in self.lang.past_forms and self._irregular_past(i, j)

    def _subject_past_aside(self, i: int, comma: int, cue: int) -> tuple[int, int]:
        """A described subject ending at `comma` when an aside between commas stands before its verb (k71): an
        appositive, which the subject holds ("The mayor, a former teacher, drew a contrast and said"; "the other
        candidate, Senator Ana Ruiz, drew …"), or a relative clause, which it does not ("The mayor, who was elected
        in May, drew a contrast, saying"); an empty span at the cue when no verb follows the aside's closing comma."""
        tokens = self.tokens
        first = self._low(comma + 1)
        relative = first in ("who", "which")
        close = next((k for k in range(comma + 2, min(cue - 1, comma + 20)) if tokens[k] in _CLAUSE_END), None)
        if close is None or tokens[close] != ",":
            return (cue, cue)
        between = tokens[comma + 1 : close]
        titled = first.isalpha() and first not in _PREPOSITIONS and any(t[:1].isupper() for t in between[1:])
        if not (relative or first in ("a", "an", "the") or tokens[comma + 1][:1].isupper() or titled):
            return (cue, cue)  # "former Secretary of State Ana Ruiz": a title in lower case before a name
        if not relative and any(_lower(t) in _CLAUSE_IN_ASIDE for t in between):
            return (cue, cue)
        verb = close + 1
        while verb < cue and ly_adverb(tokens[verb]):
            verb += 1
        if verb >= cue or not self._verb_after_subject(i, verb) and tokens[verb] not in self.lang.past_forms:
            return (cue, cue)  # after the aside's comma an irregular past is the verb: no noun for people before it
        if any(_lower(t) in RELATIVE_PRONOUNS for t in tokens[verb:cue]):
            return (cue, cue)  # "… premiered a film, in which Lo sits … to explain": the cue is in another clause
        return (i, comma) if relative else (i, close)


def _hyphened(word: str) -> bool:
    """A modifier whose words hyphens join ("oft-stated", "long-promised"): one modifier, as a plain word is (c44)."""
    return "-" in word and all(part.isalpha() for part in word.split("-"))
