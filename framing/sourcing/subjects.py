"""The source phrase read back from its cue: where the subject before "said" starts.

"X said", "X, a former official, said", "officials who asked not to be named said": `_backward` and the rules it
asks, over the kind rules below (`kinds.KindRules`).
"""

from __future__ import annotations

import re
from typing import Final

from ..lexicon.grammar import GRAMMAR
from ..text import is_alpha, is_lower, is_upper
from .kinds import _RELATIVE_OR_THAT, _WHOLE, KindRules
from .phrase import RELATIVE_PRONOUNS, capitalised, is_punct, ly_adverb
from .phrase import LEADERS as _LEADERS
from .phrase import MAX_CHUNK_WORDS as _MAX_CHUNK_WORDS
from .phrase import _NOT_TIME
from .phrase import lower as _lower


_CLAUSE_END: Final = frozenset(".,;:!?()[]")
_SITE_PREPOSITIONS: Final = GRAMMAR["site_prepositions"]  # "A user near Austin, Tex., posted": the user placed
_OPENERS: Final = frozenset("“‘\"'«„`([—–-")
_CLOSING_QUOTES: Final = frozenset(("”", "’", '"', "'", "''", "»"))  # "''": a closing quotation in NYT style
_CLOSING: Final = _CLOSING_QUOTES | {"?", "!"}  # what ends a quotation before '…," said X'
_OPENING_QUOTES: Final = frozenset(("“", "‘", '"', "'", "''", "«", "``"))
_SCARE_QUOTED_WORDS: Final = 4  # at most this many words between the marks of a scare-quoted subject's end
_TIMES_OF_DAY: Final = GRAMMAR["times_of_day"]
# after a `source_tails` word, the preposition that opens the tail's object ("close to", "briefed on")
_TAIL_PREPOSITIONS: Final = GRAMMAR["tail_prepositions"]
_DASHES: Final = frozenset("-—–")  # an aside's dashes ("--" is two tokens)
_SENTENCE_MARKS: Final = frozenset(".;:!?")  # no aside crosses these
_CLAUSE_OPENING_MARKS: Final = frozenset(":;“‘(")  # a capitalised word after them may open its clause
_SUBJECT_PRONOUNS: Final = GRAMMAR["subject_pronouns"]
_PART_SUBJECTS: Final = _SUBJECT_PRONOUNS | GRAMMAR["holder_pronouns"]  # "all of whom you insult"
# the relative words after a noun whose clause may run up to the cue: "who" for people, "that"/"which" for bodies
_RELATIVE_WORDS: Final = ("who", "that", "which")
# how far back from the phrase before a cue the "that" or cue of a relative clause may stand, and the marks that end
# the search: "The judges who ruled that Texas and North Carolina could not …", not past a comma (k55)
_MAX_INNER_WORDS: Final = 12
_INNER_STOPS: Final = frozenset(",;:()—–-")
_VERBS_AFTER_SUBJECT: Final = GRAMMAR["verbs_after_subject"]
_FINITE: Final = _VERBS_AFTER_SUBJECT | GRAMMAR["finite_modals"]
_DISCOURSE_ADVERBS: Final = GRAMMAR["discourse_adverbs"]  # "Rather, he said, …": no subject before the tag
_TAG_NAME_WORDS: Final = 4  # words of a name in a tag set off between commas: "…, Ms. Ana Ode recalled, …" (c49)
_NAME_WORDS: Final = 4  # at most so many words of a name after its title in lower case (k69)
_TITLE_WORDS: Final = frozenset({"the", "a", "an", "of"})  # function words a title may hold: "The head of the agency"
# open an aside between a subject and its cue ("Lo, in an essay, said"; "Lo, like Ruiz, voted"), not an
# affiliation ("Lo, of the Acme Institute, said", "Lo, at 34, …", "Lo, from Ohio, …", "Lo, with Acme, …")
_ASIDE_OPENERS: Final = GRAMMAR["aside_openers"]
_ASIDE_MEMBERS: Final = GRAMMAR["aside_members"]  # "Some nurses, along with their leader, said": all of them
_SENTENCE_ADVERBS: Final = GRAMMAR["sentence_adverbs"]
_BE: Final = GRAMMAR["be"]
_FINITE_OR_BE: Final = _FINITE | _BE  # a verb's word: a finite form or a form of "be"
# auxiliaries of the lexicon that are a subject of their own when they open a clause ("Both said", "and both vowed")
_FLOATING: Final = GRAMMAR["floating"]
_AFTER_NEGATION: Final = GRAMMAR["after_negation"]  # "have not yet said"
_AFTER_SUBJECT: Final = GRAMMAR["after_subject"]  # "Carter however said", "Lo further argued"
_REFLEXIVES: Final = GRAMMAR["reflexives"]  # "who himself says" (c52)
_TO_NOW: Final = GRAMMAR["to_now"]  # "Ruiz so far has said", "who until now had declined"
_TO_NOW_OPENERS: Final = GRAMMAR["to_now_openers"]
# conjunctions opening a sentence's first clause ("When the storm hit the coast the governor said")
_OPENING_CLAUSES: Final = GRAMMAR["opening_clauses"]
_JOINING: Final = frozenset(("and", "or", "of"))  # words inside one noun phrase
_NO_OPENERS: Final = frozenset(("about", "of", "to"))  # prepositions that open a count or an aim, not a setting
_LY_NOUNS: Final = GRAMMAR["ly_nouns"]  # nouns in "-ly", no adverbs: "The driver's family said" (k45)
_DEGREE_WORDS: Final = GRAMMAR["degree_words"]  # "most recently said": the degree of the adverb after it
_PREPOSITIONS: Final = GRAMMAR["prepositions"]
_PARTY: Final = re.compile(r"[A-Z]-[A-Z]")  # "R-Tex.", "D-Ore."
# the words of a cue's addressee, time and place ("told reporters", "said in a statement last week")
_CIRCUMSTANCES: Final = GRAMMAR["circumstances"]
# "Lo on Sunday said", "Lo at noon said": a time after the subject
_TIME_PREPOSITIONS: Final = GRAMMAR["time_prepositions"]
# a day between a subject and its verb, alone or after `_TIME_PREPOSITIONS` ("Lo Tuesday said", "the ministry
# yesterday said"); not "today", as often these days as this day ("Clinton defenders today argue")
_BARE_TIMES: Final = GRAMMAR["bare_times"]
_LOWER_TIMES: Final = GRAMMAR["lower_times"]  # written in lower case when they are times
_RELATIVE_TIMES: Final = GRAMMAR["relative_times"]  # "Lo this week said", "the ministry last month warned"
_TIMES_BEFORE_DAY: Final = GRAMMAR["times_before_day"]  # "reported late Thursday", "said late last week"
_PERIODS: Final = GRAMMAR["periods"]
_STRETCHES: Final = GRAMMAR["stretches"]  # "has for months been warning"
# "two weeks ago", "less than a month ago": a count of periods before "ago", and the words that hedge it
_COUNTS: Final = GRAMMAR["counts"]
_ROUGHLY: Final = GRAMMAR["roughly"]
_ARTICLES: Final = GRAMMAR["articles"]
_POSSESSIVE_DETERMINERS: Final = GRAMMAR["possessive_determiners"]
_BEFORE_NOUN: Final = _ARTICLES | _POSSESSIVE_DETERMINERS  # words opening a noun phrase
# words inside a noun phrase or before its object: no clause ends right after them ("of the", "and the")
_VERB_WORDS: Final = _FINITE | _BE  # a finite auxiliary or a form of "be"
_NOT_BEFORE_SUBJECT: Final = _BEFORE_NOUN | _PREPOSITIONS | _JOINING | GRAMMAR["joins"] | _VERB_WORDS
_SHIFTS: Final = GRAMMAR["shifts"]  # "Priebus later Thursday told": a day before or after another
# between a subject and its verb, a stretch of time or an occasion: "at the time", "over the weekend", "in a
# speech" (`_closing_span`)
_SPAN_OPENERS: Final = GRAMMAR["span_openers"]
_SPAN_DETERMINERS: Final = GRAMMAR["span_determiners"]
_SPAN_MOMENTS: Final = GRAMMAR["span_moments"]
_UTTERANCES: Final = GRAMMAR["utterances"]
# before a day that is no time of the subject's saying: a participle's ("released Sunday", "out Monday", "sent
# Friday"), a determiner's or a preposition's ("a Sunday", "in Wednesday's debate"), a time's ("later Thursday")
_NOT_BEFORE_DAY: Final = GRAMMAR["not_before_day"]
# a contact relative clause's subject and the thing pronouns it may follow ("Nothing the mayor said", c48)
_RELATIVE_SUBJECT_OPENERS: Final = GRAMMAR["relative_subject_openers"]
_THING_WORDS: Final = GRAMMAR["thing_words"]
_SIMPLE_PRESENTS: Final = GRAMMAR["simple_presents"]
_POINTING: Final = GRAMMAR["pointing_words"]
_POSSESSIVE_MARKS: Final = GRAMMAR["possessive_marks"]
# no noun a contact relative clause follows: a preposition, a conjunction or a word that leads into one noun phrase
# ("Supporters of the plan say", "Critics like the mayor say", "Lo and his aides said")
_NOT_RELATIVE_HEADS: Final = (
    _NOT_BEFORE_SUBJECT
    | GRAMMAR["non_subject_prepositions"]
    | GRAMMAR["noun_stops"]
    | GRAMMAR["into_phrase"]
    | GRAMMAR["head_ends"]
    | GRAMMAR["site_prepositions"]
    | GRAMMAR["subordinators"]
    | GRAMMAR["no_heads"]
    | _RELATIVE_OR_THAT
    | GRAMMAR["relative_head_stops"]
)


def _gerund(word: str) -> bool:
    """Is `word` a lower-case -ing form ("taunting"; not "sing", "access-peddling")?"""
    return len(word) > 4 and word.endswith("ing") and is_alpha(word) and is_lower(word)


class SubjectRules(KindRules):
    """The source phrase read back from its cue, over the kind rules (`kinds.KindRules`)."""

    # Set by the reader (`reader._Reader`), per document or per sentence: plain data, read here.
    structured: bool  # set by `_backward`: it read an appositive or relative clause

    def _time_word(self, word: str) -> bool:
        """A day or a time among the words a source after its verb ends before ("Sunday", "earlier", "today"),
        not one of their prepositions, conjunctions or verbs."""
        return word in self.lang.after_source_stops and word not in _PREPOSITIONS and word not in _NOT_TIME

    def _adverbial_end(self, i: int, s1: int, marks: frozenset[str] = frozenset()) -> int | None:
        """After a cue whose source follows its content: where the addressee, time and place after the
        cue end ("told POLITICO earlier this week", "said Tuesday in Paris"), at a comma, at one of `marks`
        or at the end of the sentence (`s1`); None when words of another kind follow ("said the bill may
        pass")."""
        tokens, stops = self.tokens, self.lang.after_source_stops
        for k in range(i, min(s1, i + 6)):
            word = tokens[k]
            if word == "," or word in marks:
                return k
            if is_punct(word) and word not in _OPENERS:
                if all(is_punct(t) for t in tokens[k + 1 : s1]):
                    return s1
                return None
            if not (
                is_upper(word[0]) or _lower(word) in stops or _lower(word) in _CIRCUMSTANCES or self._before_day(k, s1)
            ):
                return None
        return s1 if i >= s1 else None

    def _before_day(self, k: int, s1: int) -> bool:
        """Is the word at `k` a part of the day or week that follows it ("late Thursday", "early last week"), so that
        the time is one (u52)?"""
        return (
            k + 1 < s1
            and self._low(k) in _TIMES_BEFORE_DAY
            and (self._low(k + 1) in _BARE_TIMES or self._low(k + 1) in _RELATIVE_TIMES)
        )

    def _after_opening_phrase(self, i: int, j: int) -> int:
        """Where the subject starts when a phrase read back [i, j) opens its sentence with a capitalised preposition
        and no comma sets it off ("In a statement on Sunday police said", "During the primary Clinton came out",
        "On Monday special counsel Robert Mueller said", k40): at the first word that starts a new noun phrase
        after the preposition's object, a determiner or subject pronoun, a capitalised word after a lower-case one,
        a word after a number or a day; `i` when none does ("From the report", "In a statement police said")."""
        tokens = self.tokens
        opener = self._low(i)
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

    def _past_opening_phrase(self, s0: int, j: int) -> int:
        """Where the subject starts past a phrase that a capitalised preposition opens and no mark ends before the
        cue at `j` ("In one of his recent speeches President Lo said", k62), when the read back stopped inside it;
        `s0` when no such phrase opens the sentence."""
        tokens = self.tokens
        if not capitalised(tokens[s0]) or self._low(s0) not in _PREPOSITIONS:
            return s0
        if any(is_punct(t) for t in tokens[s0:j]):
            return s0
        return self._after_opening_phrase(s0, j)

    def _relative_period(self, k: int) -> bool:
        """Is the word at `k`, after "this"/"last", a period of the calendar ("week", "year") or a day written as
        one ("Thursday"; not "last tonight"): the time is then whole (k62: "Yellen last Thursday called for")."""
        word = self.tokens[k]
        low = _lower(word)
        return low in _PERIODS or low in _BARE_TIMES and low not in _LOWER_TIMES and capitalised(word)

    def _after_opening_time(self, i: int, j: int) -> int:
        """Where the subject starts when a time that no comma sets off opens the sentence before it ("Last year Lo
        said", "This week the ministry warned", "Earlier this month Ruiz told", k62): past "this"/"last" and a
        period or a day, "earlier"/"later" before them, when a word that may open a noun phrase follows (no verb,
        no preposition); `i` otherwise."""
        tokens = self.tokens
        k = i + 1 if self._low(i) in _SHIFTS else i
        if k + 2 >= j or not capitalised(tokens[i]) or self._low(k) not in _RELATIVE_TIMES:
            return i
        if not self._relative_period(k + 1):
            return i
        low = self._low(k + 2)
        opens = tokens[k + 2].isalpha() and low not in _NOT_BEFORE_SUBJECT - _BEFORE_NOUN and low not in self.back_stops
        return k + 2 if opens else i

    def _after_opening_clause(self, i: int, j: int) -> int:
        """Where the subject starts when the phrase [i, j) read back follows a conjunction opening the sentence's
        first clause and no comma ends that clause ("When the storm hit the coast the governor said", "If the bill
        passes Ruiz said"): at the last word that opens a noun phrase (an article, a possessive, a determiner, a
        pronoun; a capital after a verb's ending, not a title's "governor Jeb Bush") right after a noun or a verb in
        lower case, two noun phrases meeting where a clause ends; `i` when none does (k46; the source was the whole
        clause)."""
        tokens = self.tokens
        if self._low(j - 1) in _PREPOSITIONS:
            return i  # "Even before Sanders took the stage to acknowledge": an infinitive's, no clause's end
        gerund = _gerund(tokens[j])  # "when she saw Mr. Trump talking": a name; not "defend his remarks calling"
        for k in range(j - 1, i + 1, -1):
            before, low = tokens[k - 1], self._low(k)
            prior = _lower(before)
            if not (before.isalpha() and before.islower()) or prior in _NOT_BEFORE_SUBJECT or prior in self.back_stops:
                continue
            if capitalised(tokens[k]) and (prior.endswith(("ed", "es")) or prior in self.lang.past_forms):
                return k
            if not gerund and (low in _BEFORE_NOUN or low in _SUBJECT_PRONOUNS or low in self.lang.determiners):
                return k
        return i

    def _opens_sentence(self, s0: int, k: int) -> bool:
        """Does token `k` open its sentence, after any leading conjunction or opening mark ("But when …")?"""
        tokens = self.tokens
        while k > s0 and (tokens[k - 1] in _OPENERS or self._low(k - 1) in _LEADERS):
            k -= 1
        return k == s0

    def _scare_quoted(self, s0: int, j: int) -> int | None:
        """Where the marks open of a few words in quotation marks that end a subject right before token `j` ('The
        "Squad" said', 'Those “experts” claim', "the party's ''superdelegates'' have endorsed"): words with no
        punctuation between the marks, after a word of the subject; None otherwise, as for a quotation before its
        tag ('"We will win," Lo said', '“Nonsense” Lo said': a quotation opening its sentence) (v22)."""
        tokens = self.tokens
        if j - 3 <= s0 or tokens[j - 1] not in _CLOSING_QUOTES:
            return None
        for k in range(j - 2, max(s0, j - 2 - _SCARE_QUOTED_WORDS) - 1, -1):
            if tokens[k] in _OPENING_QUOTES:
                before = tokens[k - 1] if k > s0 else ""
                word = before.replace("-", "").isalpha() or before in ("'s", "’s")  # "so-called", "the party's"
                if k == j - 2 or not word or _lower(before) in self.back_stops:
                    return None
                i = self._chunk_back(s0, k)
                # a subject opening a clause, no verb in it: not 'is a "gun fabricator" called', 'under "possible
                # solutions" says', 'has not "engaged in" the "kind of conduct" described'
                subject = (
                    i < k
                    and self._opens_subject(i)
                    and (self._clause_start(s0, i) or self._low(i - 1) in (":", ";", "that"))
                    and (i == s0 or tokens[i - 1] not in _CLOSING_QUOTES)
                    and not any(_lower(t) in _FINITE_OR_BE for t in tokens[i:k])
                )
                return k if subject else None
            if not tokens[k].isalnum() and tokens[k] not in ("-", "'s", "’s", "&"):
                return None
        return None

    def _backward(self, s0: int, j: int) -> tuple[int, int]:
        """The source phrase read back from the cue at `j`, without a dash it closes on (round c60)."""
        start, end = self._read_back(s0, j)
        if start == end == j and self._subject_before_dash(s0, j) and not self._dash_after(j):
            return s0, self._before_closing_dash(s0, j)  # "Tomas Brandt — said": the reading stopped at the dash
        return start, self._before_closing_dash(start, end)

    def _read_back(self, s0: int, j: int) -> tuple[int, int]:
        tokens, aux = self.tokens, self.lang.auxiliaries
        j = self._before_auxiliaries(s0, j)
        if (start := self._contact_relative_subject(s0, j)) is not None:
            return (start, j)  # "the kind of judge many senators said they liked": the senators speak
        if (mark := self._scare_quoted(s0, j)) is not None:
            return (self._chunk_back(s0, mark), j)  # 'The "Squad" said': the quoted words end the subject
        if not _gerund(tokens[j]) and j > (time := self._before_time(s0, j)):
            j = self._before_auxiliaries(s0, time) if is_lower(tokens[time - 1]) else time  # "Police had last month"
            s0 = self._after_dateline(s0, j)  # "NEW YORK - Ed Lo on Saturday said": read back no further
        if j > s0 and self._low(j - 1) in _RELATIVE_OR_THAT:
            return (self._part_of_relative(s0, j - 1), j)  # "Ruiz, who said ...": PolNeAR's source is "who"
        if j > s0 + 1 and self._low(j - 1) in _REFLEXIVES and self._low(j - 2) in _RELATIVE_OR_THAT:
            return (self._part_of_relative(s0, j - 2), j - 1)  # "Lo, who himself says": the relative, as "who says"
        if j > s0 + 1 and self._low(j - 1) == "it" and self._low(j - 2) in RELATIVE_PRONOUNS:
            return (j - 1, j)  # "the heatwave, which it reports has lasted": the pronoun speaks, as "he" would
        dashed = self._dash_aside(s0, j)
        if dashed is not None:
            return dashed
        bracket = self._bracket_before(s0, j)
        if bracket is not None:  # "Rep. Ed Lo (D-Ore.) said": the affiliation is part of the source
            i = self._bracketed_names(s0, bracket)
            if i < bracket:
                # "Ana Ruiz, head of … at the Acme Institute (AI) said": a description (lower case) of the name
                comma = self._long_description_comma(s0, i) if is_lower(tokens[i]) else None
                return (i if comma is None else self._chunk_back(s0, comma), j)
        end = j
        if j > s0 + 1 and tokens[j - 1] == ",":  # "X, a former official, said" / "X, who asked ..., said"
            j -= 1
        i = self._chunk_back(s0, j)
        if j == end and not _gerund(tokens[j]) and self._low(j - 1) != "to":
            i = self._past_word_limit(s0, i, j)  # "A report released by Republican senators on the … said"
        if (
            i == j < end
            and (bracket := self._bracket_before(s0, j)) is not None
            and (self._party_at(bracket + 1) or self._named_bracket(s0, bracket))
            and self._low(end + 1) != "by"  # "a staffer for Sen. Ed Lo (D-N.Y.), backed by …": the agent's
        ):
            # "A lawmaker, Ed Lo (D-Ore.), said": the name before its party; "The company, Acme (NYSE: ACM), said":
            # before its ticker (k46; the source was empty)
            i = self._bracketed_names(s0, bracket)
        if i - 1 <= s0:
            i = self._after_opening_to_now(s0, i, j)  # "So far Ruiz has said": Ruiz (u44)
        if i == s0 and j == end:
            i = self._after_opening_phrase(i, j)  # "In a statement on Sunday police said": the police
            i = self._after_opening_time(i, j)  # "Last year Lo said": Lo
        elif j == end and i > s0 and (k := self._past_opening_phrase(s0, j)) > i:
            i = k  # "In one of his speeches Senator Lo said": the read stopped inside the phrase (k62)
        elif j == end and i > s0 and self._low(i - 1) in _OPENING_CLAUSES and self._opens_sentence(s0, i - 1):
            i = self._after_opening_clause(i, j)  # "When the storm hit the coast the governor said": the governor
        if j == end and j - i >= _MAX_CHUNK_WORDS and (comma := self._long_description_comma(s0, i)) is not None:
            i = comma + 1  # "Ana Ruiz, director of research at the Acme Institute in Boston said": the name's
        if j == end and self._object_relative(i, j):
            return (i, j)  # "the changes, which officials said will start": the officials speak
        if j == end and (start := self._head_of_cued_relative(s0, i)) is not None:
            return (start, j)  # "A third person that Ruiz claimed was at the party says": the person speaks
        if j == end and (start := self._head_of_relative_object(s0, i, j)) is not None:
            self.structured = True
            return (start, j)  # "Officials who have backed the plan warned": the officials, not the plan
        if (start := self._head_of_reporting_relative(s0, i, j)) is not None:
            self.structured = True
            return (start, j)  # "The judges who ruled that Texas could not …(, for instance,) said": the judges
        if j == end and (start := self._head_of_interrupted_relative(s0, i, j)) is not None:
            self.structured = True
            return (start, j)  # "An official who asked not to be named because he was not authorized … said"
        comma = self._before_relative(s0, i)
        if comma is None and j < end:
            comma = self._long_relative(s0, j)
        aside = self._aside(s0, j) if comma is None and j < end else None
        if comma is not None and self._closes_opening_clause(s0, comma):
            i = comma + 1  # "After the talks ended, a senior envoy who was part of the team said" (c56)
        elif comma is not None:
            i = self._subject_before_comma(s0, comma)  # "The official, who …, said": all
            self.structured = i == s0 or tokens[i - 1] in _OPENERS
            if tokens[comma] == "," and not self.cue_tokens.isdisjoint(range(comma, j)):
                end = comma  # "Lo, who says the plan is dead, voted": the clause is a statement of its own
                if self._low(comma + 1) in _ARTICLES:  # "Mr. Lo, a Republican who called it dead, said": his
                    end = next((k for k in range(comma + 2, j) if self._low(k) in RELATIVE_PRONOUNS), comma)
        elif aside is not None:  # "Salceda, citing State Department data, said": the aside is not his name
            i = s0 if self._relative_subject(s0, aside) else self._subject_before_comma(s0, aside)
            if self._low(aside + 1) not in _ASIDE_MEMBERS:  # "Some critics, including Ana Ruiz, say": its members
                end = aside
            self.structured = True
        elif i > s0 + 1 and tokens[i - 1] == "," and i < j:
            k = self._chunk_back(s0, i - 1)  # an appositive subject: "Ana Ruiz, the leader, said"
            if i - 1 - k >= _MAX_CHUNK_WORDS and not self._is_name(i, j):
                k = self._opening_past_limit(s0, k, i - 1)  # "An aide to Rep. K. Ed Lo of Ohio, the whip, said"
            elif i - 1 - k >= _MAX_CHUNK_WORDS and self._opening_description(s0, k, i - 1):
                # "The head of the nurses union in the state, Ana Ruiz, said the plan failed": the name alone, as
                # PolNeAR marks it, but the sentence opens with its subject, so the cue does not invert (a4)
                self.structured = True
            bracket = self._bracket_before(s0, i - 1) if k == i - 1 else None
            if bracket is not None and self._chunk_back(s0, bracket) < bracket:
                k = self._chunk_back(s0, bracket)  # "Ed Lo (D), a Ruiz supporter, said": the name and its party
            if j < end and k < i - 1 and self._clause_start(s0, k) and self._set_off(i, j):
                i, end = k, i - 1  # "Snyder, for his part, has denied", "Forbes, however, says": no name of his
                while end > i + 1 and self._low(end - 1) in aux:
                    end -= 1  # "A YouGov poll has, however, revealed"
                self.structured = True
            elif (
                k < i - 1
                and self._clause_start(s0, k)
                and not (j == end and self._cue_set_off(k, j))
                and (
                    self._is_name(k, i - 1)
                    and (k < i - 2 or self._surname(tokens[k]) or self._listed_plural(k))  # not "Indeed, critics"
                    and not self._second_place(k)  # "In Austin, Texas, a spokeswoman" (k63)
                    and not self._is_name(i, j)
                    and self._low(k) not in self.lang.after_source_stops  # "Last September, officials"
                    and self._low(k) not in self.lang.sentence_starters  # "Instead, the governor"
                    and self._low(k) not in self.lang.opening_prepositions  # "Outside Bakhmut, a soldier" (k63)
                    or self._is_name(i, j)
                    and (self._low(k) == "the" or self._low(k) in self.lang.determiners or self._possessive(k, i - 1))
                    and not tokens[i - 2].endswith("ly")  # "More recently, Trump said"
                    and not any(_lower(t) in _FINITE for t in tokens[k : i - 1])  # "The union will …, Ed Lo told"
                    or self._party_at(i)
                    or self._party_of(i, j)
                    and self._is_name(k, i - 1)  # '"…," Ana Ruiz, Democrat of Ohio, said' (k30)
                    or self._described(k, i, j)  # "The Acme Institute, a think tank, estimates" (k30)
                    or self._titled_name(k, i - 1)  # "Former governor Ana Ruiz, an early backer, said" (k69)
                    and self._low(i) in self.lang.determiners
                    and not self._is_name(i, j)
                    or self._aged_description(k, i, j)  # "A Ukrainian teenager, 16, said" (k63)
                    or j < end
                    and self._role_before_appositive(s0, k, i, j)  # "The mayor, the city's chief, said"
                )
                and not (j - i == 1 and self._low(i) in _SUBJECT_PRONOUNS)  # "Growth, they warned, …"
            ):
                i = k
                self.structured = True
            elif (first := self._named_before_appositives(s0, k, i)) is not None:
                i = first
                self.structured = True
            elif j < end and (first := self._name_in_place(s0, k, i, j)) is not None:
                i = first  # "Judge Ana Ruiz in Fort Worth, Texas, said": not the state alone
                self.structured = True
            elif j < end and (first := self._subject_in_place(s0, i, j)) is not None:
                i = first  # "A group of nurses at a clinic in Austin, Texas, said": the group, not the state
                self.structured = True
            elif j == end:  # "Perhaps not coincidentally, Mr. Trump has lately started asking"
                i, end = self._plain_subject(i, end)
        else:
            whole = end
            i, end = self._plain_subject(i, end)
            if end < whole == j and j - i >= _MAX_CHUNK_WORDS and _gerund(tokens[j]):
                i = self._gerund_subject_past_limit(s0, i, end)  # "Sen. Ed Lo of Ohio does it by proposing"
        if end > i and tokens[end - 1] == ",":
            end -= 1
        if end - i > 1 and self._question_auxiliary(s0, i, end):
            i += 1  # "Did Lo say …?", "Why did Lo say …?": the question's auxiliary is no part of the source
        return (i, max(i, end))

    def _contact_relative_subject(self, s0: int, j: int) -> int | None:
        """Where the subject of a relative clause with no "that" starts when it ends just before the cue at `j` and
        follows its noun ("the kind of judge many senators said", "a bill the governor says", "something you say"):
        a `relative_subject_openers` word and up to three words of its noun phrase, after a lower-case noun that
        has a determiner of its own within five words, or after a `thing_words` pronoun (and "else"). Then that
        subject speaks, not the noun the clause describes; None otherwise. A preposition, conjunction or a word
        leading into one phrase before it makes it part of the phrase ("Supporters of the plan say")."""
        tokens = self.tokens
        d, low = j - 1, max(s0, j - 4)
        while d >= low and tokens[d].lower() not in _RELATIVE_SUBJECT_OPENERS:  # letters: no form to normalise
            if not is_alpha(tokens[d]) and tokens[d] not in _POSSESSIVE_MARKS:
                return None  # punctuation ends the clause's subject: the common '"…," Lo said' is read no further
            d -= 1
        if d < low or d <= s0 or d in self.cue_tokens or j >= self.s1 or _gerund(tokens[j]):
            return None  # a participle has no clause of its own: "a guy walking down the hall pushing a cart"
        opener = self._low(d)
        needs_noun = opener in _BEFORE_NOUN or opener in _POINTING
        alone = not needs_noun and opener not in self.lang.determiners  # a pronoun: "he", "you", "nobody"
        if needs_noun and d == j - 1 or alone and d < j - 1:
            return None  # "the" needs its noun, "he" stands alone; "many" either way
        if not all(
            t in _POSSESSIVE_MARKS or _lower(t) not in _NOT_RELATIVE_HEADS and not self._verb_form(t)
            for t in tokens[d + 1 : j]
        ):
            return None  # a preposition or a verb ends the clause before the cue ("The study the agency published")
        k = d - 1
        if self._low(k) == "else":
            k -= 1
        head = tokens[k]
        if _lower(head) in _THING_WORDS:
            return d if self._opens_no_that_clause(k) else None
        if (
            not (is_alpha(head) and is_lower(head))
            or head in _NOT_RELATIVE_HEADS
            or _gerund(head)
            or ly_adverb(head)
            or self._verb_form(head)
        ):
            return None
        for m in range(k - 1, max(s0 - 1, k - 6), -1):
            word = self._low(m)
            if word in _BEFORE_NOUN or word in self.lang.determiners:
                return d if self._opens_no_that_clause(m) else None
            if not is_alpha(tokens[m]) or word in _NOT_RELATIVE_HEADS and word != "of" or m in self.cue_tokens:
                return None
        return None

    def _opens_no_that_clause(self, k: int) -> bool:
        """Does the noun phrase at `k` not open a that-clause ("Lo said that the things the mayor says …")? Such a
        clause is what an earlier cue reports, and the cue inside it is read with the whole phrase, as "what the
        mayor says" is: the reader's nesting rule decides on it."""
        return k == 0 or self._low(k - 1) != "that"

    def _verb_form(self, word: str) -> bool:
        """Can the word be a clause's verb rather than a noun phrase's word: "-ed", a listed past or present form,
        an auxiliary or a form of "be"?"""
        low = _lower(word)
        return (
            low.endswith("ed")
            or low in self.lang.past_forms
            or low in _FINITE
            or low in _BE
            or low in self.lang.auxiliaries
            or low in _SIMPLE_PRESENTS
        )

    def _subject_in_place(self, s0: int, i: int, j: int) -> int | None:
        """The sentence's first word when the words [i, j) are a state after "in", a city and its comma, and the
        words before "in" a subject with no verb, clause or comma of its own ("A group of nurses at a clinic in
        Austin, Texas, said", "Teachers at the school in Washington, D.C., have sent"): the subject placed, not
        the state; None otherwise. The subject then opens the sentence: not "In Austin, Texas, officials"."""
        tokens = self.tokens
        if i - 3 <= s0 or tokens[i - 1] != "," or not self._is_name(i, j) or j - i > 3:
            return None
        place = next((m for m in range(i - 2, s0, -1) if not tokens[m][:1].isupper()), s0)
        at = self._low(place)
        if place == s0 or place == i - 2 or at not in self.lang.place_prepositions and at not in _SITE_PREPOSITIONS:
            return None
        words = tokens[s0:place]
        if place - s0 > 12 or _lower(words[0]) in _PREPOSITIONS or not self.cue_tokens.isdisjoint(range(s0, place)):
            return None
        for m, word in enumerate(words):
            low = _lower(word)
            if (
                is_punct(word)
                or low in _FINITE
                or low in _BE
                or low in _RELATIVE_OR_THAT
                and not (low == "who" and m > 0)  # "A user who lives near Austin, Tex., posted" (c50)
                or low in self.lang.auxiliaries
            ):
                return None
        return s0

    def _question_auxiliary(self, s0: int, i: int, end: int) -> bool:
        """Is the word at `i` an auxiliary put before the subject [i + 1, end) to ask a question, opening the sentence
        or after its question word, the sentence ending in "?" ("Did Lo say …?"; not "Will Smith said …", a name)?
        Not after "what", the verb's object ("What do you think?" asks the reader, no one's view is given), nor when
        the subject holds a verb of its own or the cue's verb comes with its own ("Can the same be said …?", "Were
        the gifts the kind Lo had described?", "Have they received secret promises …?"): the question is another's."""
        tokens, s1 = self.tokens, self.s1
        if not (
            (i == s0 or i == s0 + 1 and self._low(s0) not in ("what", "whatever"))
            and self._low(i) in self.lang.auxiliaries
            and tokens[s1 - 1] == "?"
        ):
            return False  # asked of every source of two words or more: the cue's verb is found only for a question
        verb = next((k for k in range(end, s1) if not is_punct(tokens[k])), s1 - 1)
        return (
            self._low(verb) not in _VERB_WORDS
            and not tokens[verb].endswith("s")
            and not any(_lower(t) in _VERB_WORDS or t.islower() and t.endswith("ed") for t in tokens[i + 1 : end])
        )

    def _named_bracket(self, s0: int, bracket: int) -> bool:
        """Does a name in capitals stand before the bracket opening at `bracket`, the bracket no lone party letter
        ("Acme (NYSE: ACM)", "Acme (ACM)"; not "Shaw & Company Research (R)", a pollster's party, nor "would bar
        Muslims (Donald J. Trump)")?"""
        tokens = self.tokens
        start = self._chunk_back(s0, bracket)
        return (
            start < bracket
            and all(capitalised(t) for t in tokens[start:bracket])
            and not (len(tokens[bracket + 1]) == 1 and tokens[bracket + 2 : bracket + 3] == [")"])
        )

    def _bracketed_names(self, s0: int, bracket: int) -> int:
        """Where the names before the bracket opening at `bracket` start, each with its own bracket when two are
        joined by "and" ("Sen. Ed Lo (D-Ore.) and Rep. Ana Ruiz (D-Ariz.) said": both speak, v22); `bracket`
        when no phrase stands before it."""
        i = self._chunk_back(s0, bracket)
        while i < bracket and i - 2 > s0 and self._low(i - 1) == "and":
            before = self._bracket_before(s0, i - 1)
            if before is None or (k := self._chunk_back(s0, before)) == before:
                break
            i, bracket = k, before
        return i

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
                    and self._low(name) not in _PREPOSITIONS  # "In Georgia, early results from …"
                    else None
                )
            if not (tokens[k].isalpha() and tokens[k].islower()) or self._low(k) in self.back_stops:
                return None
        return None

    def _party_at(self, k: int) -> bool:
        """Does a party and a state open at `k` ("D-Ore.", typed with a space as "R -Calif.", k43)?"""
        tokens = self.tokens
        return bool(_PARTY.match(tokens[k])) or (
            tokens[k] in ("R", "D", "I")
            and tokens[k + 1 : k + 2] == ["-"]
            and "".join(tokens[k + 2 : k + 3])[:1].isupper()
        )

    def _party_of(self, i: int, j: int) -> bool:
        """Is [i, j) a party member's appositive, "Democrat of Ohio": a capitalised `party_nouns` word, "of" and
        a capitalised word?"""
        tokens = self.tokens
        return (
            i + 2 < j
            and tokens[i][:1].isupper()
            and self._low(i) in self.lang.party_nouns
            and tokens[i + 1] == "of"
            and tokens[i + 2][:1].isupper()
        )

    def _described(self, k: int, i: int, j: int) -> bool:
        """Is [i, j) an appositive opening with "a"/"an" that describes the subject [k, i - 1) before its comma,
        a phrase opening with "the" whose other words are a name or whose last word is a noun for people ("The Acme
        Institute, a think tank, estimates"; "The chief spokesman, a former reporter, said"), with no verb in it?
        Not a clause ending in a name: "The deal collapsed in March, a spokesman said" (k63)."""
        tokens, lang = self.tokens, self.lang
        if self._low(i) not in ("a", "an") or self._low(k) != "the" or i - k < 3 or j - i < 2:
            return False
        last = tokens[i - 2]
        return (last[:1].isupper() and self._name_words(k + 1, i - 1) or _lower(last) in lang.person_nouns) and not any(
            _lower(t) in _FINITE_OR_BE or _lower(t) in lang.auxiliaries for t in tokens[k + 1 : i - 1]
        )

    def _before_time(self, s0: int, j: int) -> int:
        """Where a time between a subject and its cue at `j` starts ("Rep. Ed Lo (D-Ore.) last week said", "The
        ministry less than two weeks ago said", "Lo, who two years ago said"), so that the subject is read back
        from there; `j` when no time ends there or what stands before it ends no subject (punctuation, a
        preposition, "and": "… and on Monday expressed" is a second predicate's)."""
        last = self._low(j - 1) if j > s0 else ""
        if last != "ago" and last not in _PERIODS and last not in _BARE_TIMES:
            return j
        t = next((t for t in range(j - 1, max(s0, j - 5), -1) if self._closing_time(t, j)), j)
        while t - 1 > s0 and self._low(t - 1) in _ROUGHLY:
            t -= 1
        before = self._low(t - 1) if t > s0 else ""
        subject = before == ")" or not (
            is_punct(before) or before in self.back_stops or before in _PREPOSITIONS or before in ("and", "or", "but")
        )
        return t if s0 < t < j and (subject or self._name_set_off(s0, t)) else j

    def _name_set_off(self, s0: int, t: int) -> bool:
        """Does a name set off by commas end before the time at `t` ("Ana Ruiz, 64, on Friday said", "Judge Ana
        Ruiz in Fort Worth, Texas, on Friday said"): the time then stands between the subject and its cue."""
        tokens = self.tokens
        return t - 2 > s0 and tokens[t - 1] == "," and (capitalised(tokens[t - 2]) or tokens[t - 2].isdigit())

    def _cue_set_off(self, k: int, cue: int) -> bool:
        """With no comma between a source and its cue at `cue`, is the phrase at `k` before the source's comma no
        appositive of it: the cue and its circumstances are set off by commas inside a clause ("The trouble, Ruiz
        said, is …", "Some norms, Lee told the paper, give …"), or the phrase is an opening participle's
        ("Responding to the ruling, Ruiz said")? Not "the firm's chief, Ed Lo said": a description."""
        end = self._adverbial_end(cue + 1, self.s1)
        return end is not None and end < self.s1 and self.tokens[end] == "," or _gerund(self._low(k))

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
                    or any(_lower(t) in _FINITE_OR_BE for t in tokens[start:opening])
                ):
                    return None  # "The vote was close - 51 to 49 - said the clerk": a clause, then the speaker
                self.structured = True
                return (start, opening if self._low(k + 1) in RELATIVE_PRONOUNS else close)
        return None

    def _subject_before_dash(self, s0: int, cue: int) -> bool:
        """Does the sentence open with a subject alone, a noun phrase and no verb, closed by a dash right before the
        cue at `cue` ("Ines Haddad - said it was cold", "The mayor -- said")? An inverted reading needs no subject
        before its cue (round c60)."""
        tokens, dash = self.tokens, cue
        while dash > s0 and tokens[dash - 1] in _DASHES:
            dash -= 1
        return (
            s0 < dash < cue
            and self._chunk_back(s0, dash) == s0
            and not any(_lower(t) in _FINITE_OR_BE or is_punct(t) for t in tokens[s0:dash])
        )

    def _dash_after(self, j: int) -> bool:
        """Does a dash follow token `j` in its sentence ("The allegations — outlined by Ford — are serious": the
        cue opens an aside, its agent the source)?"""
        tokens = self.tokens
        for k in range(j + 1, len(tokens)):
            if tokens[k] in _SENTENCE_MARKS:
                return False
            if tokens[k] in _DASHES:
                return True
        return False

    def _before_closing_dash(self, i: int, end: int) -> int:
        """The end of a source phrase `i`..`end` without a dash it closes on ("Tomas Brandt - said": "Tomas Brandt"),
        spaced or doubled ("--"), not a hyphen written joined to its word ("the C.I.A.- backed"). Only the span
        loses it: the reading still stops where it stopped (round c60; r20's reading past the dash moved 21 rows,
        most wrong)."""
        tokens, k = self.tokens, end
        while k - i > 1 and tokens[k - 1] in _DASHES and not (tokens[k - 2] != "-" and self._joined(k - 1)):
            k -= 1
        return k if k < end and not is_punct(tokens[k - 1]) else end

    def _joined(self, dash: int) -> bool:
        """Is the dash token at `dash` a hyphen written joined to the word before it?"""
        return self.tokens[dash] == "-" and self._joined_to_hyphen(self.tokens[dash - 1])

    def _plain_subject(self, i: int, end: int) -> tuple[int, int]:
        """The subject in a phrase [i, end) read back from its cue with no comma or relative clause in
        between: up to a verb, a pronoun at its end, after the conjunction of a second clause."""
        i = self._second_clause(i, end)  # first: "Ruiz said the levy would fail and Lee said" is Lee's
        i = self._reduced_relative(i, end)
        end = self._subject_end(i, end)
        if end - i > 1 and self._low(end - 1) in _SUBJECT_PRONOUNS:
            i = end - 1  # "by the time he said", "Loyalty, he said": the pronoun speaks
        return i, end

    def _reduced_relative(self, i: int, end: int) -> int:
        """Where the subject of a relative clause with no pronoun starts when it ends the phrase [i, end) read
        back from the cue, right after the noun that a verb of being before it introduces ("Here are the
        things the senator has said", "This is the kind of race Ruiz hoped to run", "Those are topics Lee
        wants to discuss"): that subject is the speaker, not the sentence's; else `i`."""
        tokens, lang = self.tokens, self.lang
        verb = next((k for k in range(i + 1, end - 2) if self._low(k) in _BE), None)
        last = self._low(end - 1)
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
                (self._opens_subject(m) or self._low(m) in _POSSESSIVE_DETERMINERS)
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
            if self._low(k) in ("and", "but"):
                if self._opens_subject(k + 1) and (
                    self._after_being(i)
                    or any(
                        _lower(t) in _FINITE_OR_BE or t.islower() and t.endswith("ed") and len(t) > 3
                        for t in tokens[i:k]
                    )
                ):
                    return k + 1
                return i
        return i

    def _after_being(self, i: int) -> bool:
        """Does a verb of being, perhaps with an article, stand just before token `i` ("have been an
        embarrassment for Moscow and …": a phrase read back from a cue may start past it)?"""
        k = i - 1 if i > 0 and self._low(i - 1) in ("a", "an", "the") else i
        word = self._low(k - 1) if k > 0 else ""
        return word != "being" and (word in _FINITE_OR_BE)  # not "myths being spread by X and Y"

    def _head_of_cued_relative(self, s0: int, i: int) -> int | None:
        """Where the noun phrase starts whose relative clause, with a cue of its own, ends at token `i`: "A third
        person that Ruiz claimed was at the party says" (the clause "that Ruiz claimed was at the party" tells
        who the person is; the phrase before "says" does not stop at "claimed"). The cue right before `i` has a
        subject opening as a subject does, "that"/"who"/"whom" right before it with no comma, and before that a
        noun phrase of people (`person_nouns`) with a determiner; None otherwise (k28)."""
        if not (i > s0 + 3 and i - 1 in self.cue_tokens):
            return None
        k = self._chunk_back(s0, i - 1)
        if not (s0 + 1 < k < i - 1 and self._opens_subject(k) and self._low(k - 1) in ("that", "who", "whom")):
            return None
        start = self._chunk_back(s0, k - 1)
        head = self._low(k - 2)
        if not (
            start < k - 1
            and head in self.lang.person_nouns
            and (self._low(start) in self.lang.determiners or self._low(start) == "the")
        ):
            return None
        return start

    def _head_of_relative_object(self, s0: int, i: int, j: int) -> int | None:
        """Where the people noun starts whose relative clause ends with the phrase at `i`, that clause's object
        ("Officials who have backed the plan warned", "Voters who supported Ruiz say"): "who" after a people noun
        or a plural, then the clause's verb with its auxiliaries right before `i`, or the verb read into the phrase
        ("Farmers who lost their crops said", u33), or "who" after a noun with a determiner ("The nurse who treated
        him said") and "that" or "which" after a body's ("The agency which runs the port said", k54); None
        otherwise (v22), or when the phrase [i, j) ends with a subject of its own ("ignorants who will believe
        anything he says": he says it)."""
        tokens, lang = self.tokens, self.lang
        verb = i - 1
        if verb < s0 + 1 or not (is_alpha(tokens[verb]) and is_lower(tokens[verb])):
            return None
        if self._low(j - 1) in _SUBJECT_PRONOUNS:
            return None
        # the verb read into the phrase, not an auxiliary cut from its cue ("who have not yet announced")
        swallowed = self._low(verb) in _RELATIVE_WORDS and is_lower(tokens[i]) and self._low(i) not in lang.auxiliaries
        who = verb if swallowed else self._before_auxiliaries(s0, verb) - 1
        if who < s0 + 1 or self._low(who) not in _RELATIVE_WORDS:
            return None
        noun = self._low(who - 1)
        start = self._chunk_back(s0, who)
        # "The nurse who treated him said" (not "a bishop who victims have accused", "the aides on the floor who")
        described = (
            self._determined_noun(start, who - 1)
            and self._head(start, who) == who - 1
            and self._verb_opens(i, j)
            and tokens[start - 1] != ","
        )
        if self._low(who) != "who":  # "The company that built the bridge said": a body's "that" or "which"
            return start if described and noun in lang.collective_nouns else None
        # "those" is plural without its "-s" ("Those who know him say", k44)
        plural = (
            noun == "those" or is_alpha(noun) and noun.endswith("s") and (is_lower(tokens[who - 1]) or who - 1 == s0)
        )
        if not (plural or noun in lang.person_nouns or noun in lang.group_nouns or described):
            return None  # "Nurses who", "Those who", "The nurse who treated him"
        return start

    def _head_of_reporting_relative(self, s0: int, i: int, j: int) -> int | None:
        """Where the people noun starts whose relative clause holds a "that" clause of its own ending with the phrase
        at `i`: "The judges who ruled that Texas and Ohio could not close the polls said" (k55; the subject read
        back from the cue is the inner clause's, "Texas and Ohio"; "A woman who claims she was fired says": "she").
        The nearest "that" or cue before `i` with no comma between (within twelve words), its verb with
        auxiliaries before it, "who" before them, after the head of a noun phrase of people that opens its clause
        (a plural, a people noun or a determined noun); None otherwise, or when the phrase [i, j) ends with a subject
        pronoun ("A reporter who has been asking … got an answer he might not have expected": he expects it)."""
        tokens = self.tokens
        if j > i and self._low(j - 1) in _SUBJECT_PRONOUNS:
            return None
        k = i - 1  # back to the nearest "that" or cue of the clause ("that Texas and North …", "claims she was …")
        while k > max(s0 + 1, i - _MAX_INNER_WORDS) and not (self._low(k) == "that" or k in self.cue_tokens):
            if tokens[k] in _INNER_STOPS:
                return None
            k -= 1
        if self._low(k) == "that":
            verb = k - 1
        elif k in self.cue_tokens:
            verb = k  # "A woman who claims she was fired says": the clause's cue, no "that"
        else:
            return None
        if verb < s0 + 2 or not (is_alpha(tokens[verb]) and is_lower(tokens[verb])):
            return None
        who = self._before_auxiliaries(s0, verb) - 1
        if who < s0 + 1 or self._low(who) != "who":
            return None
        return self._people_before_who(s0, who)

    def _people_before_who(self, s0: int, who: int) -> int | None:
        """Where the noun phrase of people before the relative "who" at `who` starts, when it opens its clause (a
        plural, a people noun or a determined noun, its head right before "who"); None otherwise."""
        tokens, lang = self.tokens, self.lang
        start, noun = self._chunk_back(s0, who), self._low(who - 1)
        people = (
            noun.endswith("s")
            and is_lower(tokens[who - 1])
            or noun in lang.person_nouns
            or self._determined_noun(start, who - 1)
        )
        if not (people and start < who and self._head(start, who) == who - 1 and self._clause_start(s0, start)):
            return None
        return start

    def _head_of_interrupted_relative(self, s0: int, i: int, j: int) -> int | None:
        """Where the people noun starts whose relative clause runs on through the phrase read back at `i`, that
        phrase only the end of a preposition's or a clause opener's part of it: "An aide who spoke on the condition of
        anonymity for fear of reprisal said" (the read stopped at its word limit), "An official who asked not to be
        named because he was not authorized to speak said" (the reason clause's "he" is no speaker). "who" within
        twelve words before, its verb right after it, no punctuation or cue between (c54); a read cut at its word
        limit with no finite verb is such an end whatever word precedes it ("… for fear of losing her post said", not
        "a man who was charged … and has 75 women vouching for", c56)."""
        tokens = self.tokens
        before = self._low(i - 1) if i > s0 + 3 else ""
        cut = j - i >= _MAX_CHUNK_WORDS and not any(_lower(t) in _FINITE_OR_BE for t in tokens[i:j])
        if before not in _PREPOSITIONS and before not in _OPENING_CLAUSES and not cut:
            return None  # a read cut at its word limit, with no verb of its own, stops inside the clause (c56)
        who = i - 2
        while who > max(s0, i - _MAX_INNER_WORDS) and self._low(who) != "who":
            if tokens[who] in _CLAUSE_END or who in self.cue_tokens:
                return None
            who -= 1
        if who <= s0 or self._low(who) != "who" or not self._verb_opens(who + 1, j):
            return None
        return self._people_before_who(s0, who)

    def _verb_opens(self, k: int, j: int) -> bool:
        """Can the phrase [k, j) after "who" be its clause's verb and object ("treated him", "found the dog"), not
        the clause's subject before the cue ("a bishop who victims have accused") or a setting ("who in
        February told")?"""
        word, lang = self.tokens[k], self.lang
        return (
            word.isalpha()
            and word.islower()
            and word not in _PREPOSITIONS
            and word not in lang.determiners
            and word not in _ARTICLES
            and word not in _POSSESSIVE_DETERMINERS
            and word not in _SUBJECT_PRONOUNS
            and not (j - k == 1 and word.endswith("s"))
        )

    def _determined_noun(self, start: int, noun: int) -> bool:
        """Is the word at `noun` a lower-case noun that a determiner or "the" opens ("The nurse who", "a man who"):
        a "who" after it tells which person it is."""
        word, first = self.tokens[noun], self._low(start)
        return (
            start < noun
            and word.isalpha()
            and word.islower()
            and (first == "the" or first in self.lang.determiners or first in _POSSESSIVE_DETERMINERS)
        )

    def _object_relative(self, i: int, j: int) -> bool:
        """Is the phrase [i, j) before the cue the subject of a relative clause whose pronoun is the cue's
        object ("which Democrats say could help him", "who he noted was", "which the candidate has made
        clear")? A relative pronoun stands right before it, and it opens as a subject does: a pronoun, a
        name, a determiner or a people noun ("officials who spoke with the Times said" opens with a verb)."""
        if i == 0 or i >= j or self._low(i - 1) not in RELATIVE_PRONOUNS:
            return False
        return self._opens_subject(i)

    def _clause_start(self, s0: int, k: int) -> bool:
        """Does a clause start at token `k`: the sentence's first word, or a word after an opening mark, a
        quotation that ends ('"…," Ann Roe, the manager, said'), a comma or a sentence adverb ("But his wife,
        Jane, said")?"""
        tokens = self.tokens
        while k > s0 and self._low(k - 1) in _LEADERS:
            k -= 1
        return k == s0 or tokens[k - 1] in _OPENERS or tokens[k - 1] in _CLOSING or tokens[k - 1] == ","

    def _opens_subject(self, k: int) -> bool:
        """Can token `k` open a subject: a name, a pronoun, a determiner or a people noun?"""
        word, lang = self._low(k), self.lang
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
        word = self._low(i)
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

    def _role_before_appositive(self, s0: int, k: int, i: int, j: int) -> bool:
        """Is the phrase from `k` (the sentence's start) to the comma before `i` a noun phrase with its determiner,
        and [i, j) an appositive with its own, set off right before the cue ("The mayor, the city's top official,
        declined to comment", "A spokesman for Senator Lo, the Democrat leading the inquiry, said …"): one subject,
        not the appositive speaking after a content "The mayor," (u47)? No verb may stand in either phrase ("The
        plan is dead, the mayor, a Democrat, said")."""
        tokens, determiners = self.tokens, self.lang.determiners

        def determined(m: int, end: int) -> bool:
            return self._low(m) == "the" or self._low(m) in determiners or self._possessive(m, end)

        return (
            k == s0 and determined(k, i - 1) and determined(i, j) and not any(_lower(t) in _FINITE for t in tokens[k:j])
        )

    def _possessive(self, k: int, end: int) -> bool:
        """Does the phrase [k, end) open with a possessor ("Clinton's Democratic opponent", "his aide")?"""
        tokens = self.tokens
        return self._low(k) in ("his", "her", "their", "its", "our") or any(
            t in ("'s", "’s") for t in tokens[k + 1 : min(end, k + 4)]
        )

    def _part_of_relative(self, s0: int, rel: int) -> int:
        """Where the source ending in the relative pronoun at `rel` starts: at "two" in "…, two of whom said", "all"
        in "…, all of whom opposed" (k69: PolNeAR marks the part with its pronoun), else at the pronoun."""
        tokens = self.tokens
        if (
            rel - 3 >= s0
            and self._low(rel) == "whom"
            and tokens[rel - 1] == "of"
            and tokens[rel - 3] == ","
            and (self._low(rel - 2) in self.lang.determiners or self._low(rel - 2) in _WHOLE)
        ):
            return rel - 2
        return rel

    def _titled_name(self, k: int, end: int) -> bool:
        """Is [k, end) a name after a title in lower case ("Former Oregon governor Ana Ruiz", "The award-winning
        poet Ana Ruiz", "The port's press officer Tom Lee")? Before an appositive it is the subject the
        appositive describes (k69: the source was the appositive alone). The title holds no verb, participle,
        adverb, preposition or conjunction ("The board met Ana Ruiz, …", "Making her way out, Ruiz and husband
        Tom, …", "Or maybe Jeb Bush, …", "Like most Democrats, …"), the name no time ("midday Saturday, …")."""
        tokens, function = self.tokens, self.lang.title_stops
        for n in range(end - 1, max(k, end - _NAME_WORDS), -1):
            title = tokens[n - 1]
            if is_alpha(title) and is_lower(title) and self._is_name(n, end):
                return (
                    title not in function
                    and not title.endswith("ed")
                    and not any(self._time_word(_lower(t)) for t in tokens[n:end])
                    and not any(self._verb_or_function(t, function) for t in tokens[k:n])
                )
        return False

    def _verb_or_function(self, word: str, function: frozenset[str]) -> bool:
        """Can `word` stand in no title: a verb, a participle, an adverb or a function word but "the", "of"?"""
        low = _lower(word)
        return (
            low in _FINITE
            or low in self.lang.auxiliaries
            or low in self.lang.past_forms
            or low in _PREPOSITIONS
            and low != "of"
            or low in function
            and low not in _TITLE_WORDS
            or word.isalpha()
            and (low.endswith("ing") or ly_adverb(word))
        )

    def _named_before_appositives(self, s0: int, k: int, i: int) -> int | None:
        """Where a name opening the sentence starts when two or three appositives follow it before the
        cue ("Yin May, 60, a doctor, said"; "Ed Lo, head of Acme, a San Jose firm, said"); None when
        the first phrase is no name or a phrase holds a verb."""
        tokens, starters = self.tokens, self.lang.sentence_starters
        if self._low(i) in _SUBJECT_PRONOUNS:
            return None
        for _ in range(2):
            if k < s0 + 2 or tokens[k - 1] != ",":
                return None
            k = self._chunk_back(s0, k - 1)
            if k == s0 or tokens[k - 1] in _OPENERS or self._after_opening_phrase_comma(s0, k, i):
                first = self._low(k)
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

    def _after_opening_phrase_comma(self, s0: int, k: int, i: int) -> bool:
        """Does token `k` follow the comma closing a prepositional phrase that opens the sentence, with only a
        title and a body set off between it and `i` ("At the signing, Ed Lo, CEO, Acme said"), so that a name
        there opens its clause as at the sentence's start? Not a place's parts or a list ("At a rally in Dover,
        N.H., on Monday, Senator Lo", "In France, Spain and Italy, Jews")."""
        tokens = self.tokens
        comma = k - 1
        if not (comma > s0 + 1 and tokens[comma] == "," and self._low(s0) in _PREPOSITIONS):
            return False
        if any(is_punct(t) or _lower(t) in _FINITE for t in tokens[s0 + 1 : comma]):
            return False
        titles = [m + 1 for m in range(k, i) if tokens[m] == ","]
        return all(self._low(m) not in _PREPOSITIONS for m in titles) and "and" not in tokens[k:i]

    def _name_in_place(self, s0: int, k: int, i: int, j: int) -> int | None:
        """Where a name starts when the phrase from `k` to the comma before `i` is a name, "in" and a city, and
        the words [i, j) after it a state, set off before the cue ("Judge Ana Ruiz in Fort Worth, Texas, said":
        the judge, not the state alone); None otherwise ("Officials in Fort Worth, Texas, said")."""
        tokens = self.tokens
        place = next((m for m in range(i - 2, k, -1) if self._low(m) in self.lang.place_prepositions), None)
        if place is None or not (self._is_name(place + 1, i - 1) and self._is_name(i, j)):
            return None
        start = self._chunk_back(s0, place)
        opens = start == s0 or tokens[start - 1] in _OPENERS or tokens[start - 1] == ","
        return start if start < place and opens and self._is_name(start, place) else None

    def _before_auxiliaries(self, s0: int, j: int) -> int:
        """Where the auxiliaries and -ly adverbs before token j begin ("officials have long said"); a
        contraction is its host and clitic ("Indiana hasn't said", "the White House won't say"). An auxiliary
        with a capital before a cue in lower case is a name ("Theresa May said", "Instead, Will called"),
        unless it opens a clause or follows a preposition ("Never thought …", "wrote to May urging")."""
        tokens, aux, steps = self.tokens, self.lang.auxiliaries, self.lang.before_cue_steps
        headline = not is_lower(tokens[j])  # "Trump Will Say": a title's capitals say nothing
        while j > s0:
            word = self._low(j - 1)
            if word not in steps and not word.endswith("ly"):
                break  # the subject's last word ("officials said"): no step below takes it, one test for six (p50)
            if word == "'t" and j - 1 > s0:
                j -= 2
            elif word in _TO_NOW and (span := self._span_to_now(s0, j)) < j:
                j = span  # "Ruiz so far has said", "who until now had declined": no part of the subject (u44)
            elif word in _AFTER_NEGATION and j - 2 > s0 and self._low(j - 2) in ("not", "'t"):
                j -= 1  # "delegates who have not yet announced": "yet" goes with the "not" (k46)
            elif word in _AFTER_SUBJECT and j - 2 >= s0 and is_lower(tokens[j - 1]) and not is_punct(tokens[j - 2]):
                j -= 1  # "Carter however said", "Lo further argued": no part of the name (k46)
            elif (
                j - 3 >= s0
                and word.removesuffix("s") in _STRETCHES
                and self._low(j - 2) == "for"
                and self._low(j - 3) in aux
            ):
                j -= 2  # "Russia has for months been warning"
            elif (
                word in aux
                and (headline or is_lower(tokens[j - 1]) or not self._name_word(s0, j - 1))
                and not (word in _FLOATING and self._opens_clause(s0, j - 1))  # "Both said", "and both vowed"
                or (word.endswith("ly") and is_lower(tokens[j - 1]) and word not in _LY_NOUNS)  # "the family said"
                or word in _DEGREE_WORDS
                and tokens[j].endswith("ly")
                and is_lower(tokens[j])
                and is_lower(tokens[j - 1])
                and j - 2 >= s0
                and not is_punct(tokens[j - 2])  # "…, more accurately predicted": no subject right before it
            ):
                j -= 1
            else:
                break
        return j

    def _span_to_now(self, s0: int, j: int) -> int:
        """Where a stretch up to now ("so far", "until now", "to date") ending right before token `j` (its last word,
        in `_TO_NOW`) starts, when a word that may end a subject stands before it ("Ruiz so far has said"); else `j`."""
        tokens, k = self.tokens, j - 2
        if k - 1 >= s0 and self._low(k) in _TO_NOW_OPENERS and tokens[k].islower() and not is_punct(tokens[k - 1]):
            return k
        return j

    def _after_opening_to_now(self, s0: int, i: int, j: int) -> int:
        """Where the subject starts when a stretch up to now with no comma opens the sentence before the phrase
        [i, j) read back ("So far Ruiz has said", "Until now the agency had declined"): after it; else `i`. The read
        may have stopped inside it, at "far" after the leader "so"."""
        tokens = self.tokens
        k = i - 1 if i - 1 == s0 and tokens[i] in _TO_NOW else i
        if k == s0 and k + 2 < j and self._low(k) in _TO_NOW_OPENERS and tokens[k + 1] in _TO_NOW:
            return k + 2
        return i

    def _opens_clause(self, s0: int, k: int) -> bool:
        """Does token `k` open its sentence or a clause (after punctuation or "and", "or", "but")?"""
        before = self.tokens[k - 1] if k > s0 else ""
        return k == s0 or is_punct(before) and before != ")" or _lower(before) in ("and", "or", "but")

    def _name_word(self, s0: int, k: int) -> bool:
        """Is the capitalised word at `k` a name's ("Theresa May", '"…," Long said', "Instead, Will called"),
        not a clause's first word ("Never thought …", "Farmers: Just say …") nor a preposition's object ("wrote
        to May urging")? A word in capitals is an acronym's wherever it stands ("WILL noted", the Wisconsin
        Institute for Law & Liberty, k47's blind set)."""
        if len(self.tokens[k]) > 1 and self.tokens[k].isupper():
            return True
        before = self._low(k - 1) if k > s0 else ":"
        return before not in _PREPOSITIONS and before not in _CLAUSE_OPENING_MARKS

    def _bracket_before(self, s0: int, j: int) -> int | None:
        """Where a short bracket that ends right before token `j` opens ("Ed Lo (D-Ore.) said")."""
        tokens = self.tokens
        if j <= s0 or tokens[j - 1] != ")":
            return None
        for k in range(j - 2, max(s0, j - 12) - 1, -1):
            if tokens[k] == "(":
                return k
        return None

    def _after_dateline(self, s0: int, cue: int) -> int:
        """Where a sentence starts after its dateline ("WASHINGTON, Dec. 8 (UPI) — …", "Washington
        (AFP) – …", "MEXICO CITY - …"): after a dash near the start that follows a bracket or a word in capitals."""
        tokens = self.tokens
        for k in range(s0 + 1, min(cue, s0 + 10)):
            double = tokens[k] == "-" == tokens[k + 1]  # "WASHINGTON -- …": a dash typed as two hyphens
            # "PARIS (Reuters) -", "MEXICO CITY - …": a hyphen after a bracket or a place in capitals alone (u53)
            hyphen = tokens[k] == "-" and (
                tokens[k - 1] == ")" or all(len(t) > 1 and t.isupper() for t in tokens[s0:k])
            )
            if tokens[k] in ("—", "–") or double or hyphen:
                head = tokens[s0:k]
                if ")" in head or len(tokens[s0]) > 1 and tokens[s0].isupper():
                    return k + 1 + double
                break
        return s0

    def _before_relative(self, s0: int, i: int) -> int | None:
        """When a relative clause stands right before the cue, where the source before it ends: at the
        comma ("The official, who asked not to be named, said", "Aides, two of whom …, said"; "Ed Lo, an oncologist
        who advised the mayor, said"), or after a people noun ("officials who spoke with the Times said")."""
        tokens = self.tokens
        if i < s0 + 2 or self._low(i - 1) not in RELATIVE_PRONOUNS:
            return None
        if (part := self._part_of_relative(s0, i - 1)) < i - 1 and self._part_speaks(i):
            return part - 1  # "Four officials, two of whom spoke on condition of anonymity, said": the officials
        if tokens[i - 2] == ",":
            return i - 2
        if (comma := self._appositive_comma(s0, i - 1)) is not None:
            return comma
        word = self._low(i - 2)
        return i - 1 if word in self.lang.person_nouns or word in self.lang.group_nouns else None

    def _part_speaks(self, i: int) -> bool:
        """Is the word `i` after "two of whom" the part's own verb, a word in lower case that is no subject of its own
        ("two of whom spoke on condition of anonymity", not "all of whom you insult" or "two of whom Lo named")?"""
        word = self.tokens[i]
        return word.islower() and word not in _PART_SUBJECTS and word not in self.lang.determiners

    def _long_relative(self, s0: int, j: int) -> int | None:
        """The comma before a relative clause too long to chunk that ends at the comma `j` before the
        cue ("Reid, who has long expressed his admiration for Warren and her work, recently ordered"):
        only when a name or a described subject opens the sentence before it. An appositive's relative clause too:
        "The clerk, a registered independent who spoke on the condition of anonymity for fear of …, said" (c56)."""
        tokens = self.tokens
        for k in range(j - 1, max(s0 + 1, j - 30), -1):
            if tokens[k] in _CLAUSE_END and tokens[k] != "," and not self._abbreviation(k):  # "Mr.", "U.S."
                return None
            if tokens[k - 1] == "," and tokens[k] in ("who", "which"):
                return self._after_opening_subject(s0, k - 1)
            if self._low(k) == "who" and (comma := self._appositive_comma(s0, k)) is not None:
                return comma if self._closes_opening_clause(s0, comma) else self._after_opening_subject(s0, comma)
        return None

    def _closes_opening_clause(self, s0: int, comma: int) -> bool:
        """Is `comma` the first of its sentence, after an opening adverbial clause ("After the meeting ended without a
        deal, a senior envoy who …"; "As the minister was flying to Geneva, an aide who …": "as" with a verb's word)?
        The noun phrase after it is the main clause's subject, no appositive of the clause's last noun; the clause has
        a verb ("Though Lo, a farmer who grows corn, said …, he voted no": Lo is the clause's subject) (c56)."""
        tokens, k = self.tokens, s0
        while k < comma and (tokens[k] in _OPENERS or self._low(k) in _LEADERS):
            k += 1
        if k >= comma or "," in tokens[k:comma] or self._low(k) not in _OPENING_CLAUSES | {"as"}:
            return False
        return any(
            _lower(t) in _FINITE_OR_BE or is_lower(t) and (t.endswith("ed") or t in self.lang.past_forms)
            for t in tokens[k + 1 : comma]
        )

    def _appositive_comma(self, s0: int, who: int) -> int | None:
        """The comma opening an appositive whose noun the relative pronoun at `who` follows (", an oncologist who",
        ", a registered independent who"): an article right after it, no other punctuation between, within seven
        words of the pronoun."""
        tokens, c = self.tokens, who - 2
        while c > s0 and who - c < 7 and not is_punct(tokens[c]):
            c -= 1
        if c > s0 and tokens[c] == "," and self._low(c + 1) in ("a", "an", "the"):
            return c
        return None

    def _aside(self, s0: int, j: int) -> int | None:
        """The comma opening a participle, a subordinate clause, an adverb or a prepositional phrase between a
        sentence-opening subject and the comma `j` before its cue ("Salceda, citing data from the State
        Department, said"; "Lo's office, when contacted by Reuters, said"; "The poll, released on Monday by
        Acme, showed"; "Lo, still stinging over the vote, agreed"; "Lo, in an essay in the Post, rebuked");
        None when there is none. Not an appositive ("Lo, chairman of …", "Lo, of the Acme Institute")."""
        tokens = self.tokens
        last = j
        if (bracket := self._bracket_before(s0, j)) is not None and self._party_at(bracket + 1):
            last = bracket  # "Several senators, including Ed Lo (D-Ore.), said": a party closes the aside (k43)
        for k in range(last - 1, max(s0 + 1, j - 20), -1):
            if tokens[k] in _CLAUSE_END and tokens[k] != "," and not self._abbreviation(k):  # "data from the U.S."
                return None
            if tokens[k - 1] == ",":
                word = tokens[k]
                if self._inserted_tag(k, last):
                    # "The aide, Lo recalled, asked" (c49); not "Rather, he said, continued struggles …"
                    comma = self._after_opening_subject(s0, k - 1)
                    if comma is None and self._relative_subject(s0, k - 1):
                        return k - 1  # "The woman who drove her home, Lo recalled, asked": the woman
                    return None if comma is None or self._low(comma - 1) in _DISCOURSE_ADVERBS else comma
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

    def _inserted_tag(self, k: int, j: int) -> bool:
        """Are the words [k, j) between two commas a tag of its own, a name or a subject pronoun and then a cue
        ("The aide who met her, Ms. Ode recalled, asked …", "The man, she said, told …")? The subject before it is the
        next cue's; the tag is read as a cue of its own."""
        tokens = self.tokens
        if not (1 <= j - 1 - k <= _TAG_NAME_WORDS and j - 1 in self.cue_tokens):
            return False
        if j - 1 - k == 1 and self._low(k) in _SUBJECT_PRONOUNS:
            return True
        return all(capitalised(tokens[t]) or self._abbreviation(t) for t in range(k, j - 1))

    def _relative_subject(self, s0: int, comma: int) -> bool:
        """Do the words [s0, comma) before a tag set off by commas open the sentence as a subject with a relative
        clause and no comma ("The woman who drove her home, Lo recalled, asked …")? An article opens them and "who"
        or "that" follows its noun within a few words; no verb stands before that word (c49)."""
        tokens = self.tokens
        first = self._low(s0)
        if not (comma - s0 >= 4 and (first in _ARTICLES or first in _POSSESSIVE_DETERMINERS)):
            return False
        if any(t == "," for t in tokens[s0:comma]) or not self._inserted_tag(comma + 1, self._inserted_tag_end(comma)):
            return False
        rel = next((m for m in range(s0 + 2, min(comma, s0 + 6)) if self._low(m) in ("who", "that")), None)
        return rel is not None and not any(_lower(t) in _FINITE_OR_BE for t in tokens[s0:rel])

    def _inserted_tag_end(self, comma: int) -> int:
        """The comma closing the words after `comma` within `_TAG_NAME_WORDS` + 1 words, or `comma` if none."""
        tokens = self.tokens
        for k in range(comma + 2, min(len(tokens), comma + _TAG_NAME_WORDS + 3)):
            if tokens[k] == ",":
                return k
        return comma

    def _after_opening_subject(self, s0: int, comma: int) -> int | None:
        """`comma`, when the words before it are a subject opening the sentence (after any opening
        quotes, brackets or dashes); else None."""
        tokens = self.tokens
        i = self._subject_before_comma(s0, comma)
        if any(_lower(t) in _FINITE_OR_BE for t in tokens[i:comma]):
            return None  # "The program is hardly formal, but …, said Ms. Gil": a clause, no subject
        if i < comma and i > s0 and self._low(i - 1) in _OPENING_CLAUSES and self._opens_sentence(s0, i - 1):
            return comma  # "Though most farmers, including the Ruiz family, said": the clause's own subject (u43)
        return comma if i < comma and (i == s0 or tokens[i - 1] in _OPENERS or self._opened_subject(s0, i)) else None

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

    def _opened_subject(self, s0: int, i: int) -> bool:
        """Does the subject at `i` open its clause after a leading conjunction ("But Ed Lo (D-Ore.), noting …,
        said"), after an opening phrase's comma ("Speaking on Sunday, Ed Lo, who …, said") or after a conjunction
        opening a clause inside the sentence ("…, as Lo, contradicting the mayor, said"; "two days after the Post,
        which …, said") (k67)? The aside after it is then no source of its own."""
        tokens = self.tokens
        word = self._low(i - 1)
        if self._opens_sentence(s0, i) or word in _OPENING_CLAUSES or word == "as" and tokens[i - 2] in (",", "—"):
            return True
        if tokens[i - 1] in _CLOSING_QUOTES and tokens[i - 2] == ",":
            return True  # '"…," Ruiz, after a long pause, said'
        if (
            tokens[i - 1] != ","
            or i - 1 <= s0
            or not (self._opening_phrase(tokens[s0]) or self._time_word(self._low(s0)))
        ):
            return False
        return not any(_lower(t) in _FINITE_OR_BE or t == "," for t in tokens[s0 + 1 : i - 1])

    def _subject_before_comma(self, s0: int, comma: int) -> int:
        """Where the subject ending at `comma` starts, back over a party bracket to its name ("Rep. Ed Lo
        (R-Texas), who chairs the panel, warned": the bracket stops a chunk, and the source was the clause, u33),
        or over another short bracket to the phrase it follows ("The group (Acme), which backs the plan, said", k44)."""
        i = self._past_word_limit(s0, self._chunk_back(s0, comma), comma)
        if i == comma and (bracket := self._bracket_before(s0, comma)) is not None:
            start = self._bracketed_names(s0, bracket)
            if start < bracket or self._party_at(bracket + 1):
                return start
        return i

    def _gerund_subject_past_limit(self, s0: int, i: int, end: int) -> int:
        """Where the subject [i, end) of a gerund cue starts when the phrase read back to the cue held its
        verb's words ("… of Ohio do it by proposing") and so was cut at `MAX_CHUNK_WORDS` inside the subject:
        read back again from the subject's end, past the limit as for other cues ("Senator Ed Lo of Ohio and
        Senator Ana Ruiz of Iowa"), when the words gained are a noun phrase's first words: no verb, pronoun or
        opening preposition or gerund ("From 2010 the party", "Following Lo's remarks"), no second noun phrase
        before the old start ("the pressure the agency faced"); `i` otherwise."""
        tokens = self.tokens
        k = self._past_word_limit(s0, self._chunk_back(s0, end), end)
        if k >= i or not self._opens_subject(k):
            return i
        first = self._low(k)
        if first in _PREPOSITIONS or first in self.lang.opening_prepositions or first.endswith("ing"):
            return i
        for m in range(k, i + 1):
            word = self._low(m)
            if m < i and (word in _SUBJECT_PRONOUNS or word in _FINITE_OR_BE or self._verb_like(m)):
                return i
            if m > k and word in _ARTICLES and is_lower(tokens[m - 1]) and tokens[m - 1] not in _PREPOSITIONS:
                return i
        return k

    def _opening_description(self, s0: int, i: int, j: int) -> bool:
        """Does the subject [i, j), cut at `MAX_CHUNK_WORDS` before a name's comma, open the sentence past the limit
        (`_opening_past_limit`) or after a lone article ("The head of the nurses union in the state, Ana Ruiz,")?"""
        if self._opening_past_limit(s0, i, j) < i:
            return True
        return i > s0 and self._low(i - 1) in _ARTICLES and self._opens_sentence(s0, i - 1)

    def _opening_past_limit(self, s0: int, i: int, j: int) -> int:
        """Where the subject [i, j) before an appositive's comma starts when its read was cut at `MAX_CHUNK_WORDS`
        ("A spokeswoman for Rep. K. Ed Lo of Ohio, the whip, said": not the appositive alone; c50): past the
        limit as `_past_word_limit` reads, when the words gained open the sentence with no preposition or dateline
        ("At a rally here last week, Mike Pence", "LIMA, Ohio - …"); `i` otherwise."""
        k = self._past_word_limit(s0, i, j)
        word = self.tokens[k]
        if (
            k == i
            or not self._opens_sentence(s0, k)
            or _lower(word) in _PREPOSITIONS
            or _lower(word) in self.lang.opening_prepositions
            or len(word) > 1
            and word.isupper()
        ):
            return i
        return k

    def _past_word_limit(self, s0: int, i: int, j: int) -> int:
        """Where a subject opening its clause starts when the phrase [i, j) read back was cut inside it at
        `MAX_CHUNK_WORDS` ("A report released by Republican senators on the Permanent Subcommittee on Investigation
        said": the report, not the senators; "The most recent projections from the Social Security Administration,
        issued last month, indicate"): one chunk further back, with no verb in it (k43), or two when the first
        was cut too ("A study published by researchers at the University of Michigan last year and reviewed by
        independent experts found", k46); `i` otherwise."""
        tokens = self.tokens
        k = end = i
        for _ in range(2):
            if (
                j - k < _MAX_CHUNK_WORDS
                or k <= s0
                or is_punct(tokens[k - 1])
                or self._low(k - 1) in self.back_stops
                or k - 1 in self.cue_tokens
            ):
                break
            end, k = k, self._chunk_back(s0, k)
            if k == end or end - k < _MAX_CHUNK_WORDS:
                break  # the chunk ended at the subject's start, or at a word no subject crosses
        if (
            k == i
            or not (
                self._clause_start(s0, k)
                and (self._opens_subject(k) or self._people_head(end - 1) or self._adjectives_of_title(k, end))
            )
            or self._low(k).endswith("ing")  # "Following Lo's remarks …"
            or any(_lower(t) in _FINITE_OR_BE or _lower(t) in _SUBJECT_PRONOUNS for t in tokens[k:j])
            or any(self._verb_like(m) for m in range(k + 1, min(j - 1, self._relative_at(k, j))))
        ):
            return i
        return k

    def _adjectives_of_title(self, k: int, end: int) -> bool:
        """Are the words [k, end) lower-case adjectives of the title that opens the cut phrase at `end`, a people noun
        before a name ("conservative commentator Jonah Lo of the anti-tax Weekly Ledger said": "conservative" is
        his, c57)?"""
        tokens = self.tokens
        return (
            end - k <= 2
            and end + 1 < len(tokens)
            and all(is_alpha(t) and is_lower(t) for t in tokens[k:end])
            and (tokens[end] in self.lang.person_nouns or self._agent_noun(end, plural=False))
            and self._title_before_name(end)
        )

    def _people_head(self, k: int) -> bool:
        """Is the word at `k` a noun for people, so that the chunk it ends is a subject however it opens ("But current
        and former officials in the agency and at the department have said": an adjective first, v26)?"""
        word = self._low(k)
        return word in self.lang.person_nouns or word in self.lang.group_nouns

    def _relative_at(self, k: int, j: int) -> int:
        """Where a relative pronoun opens a clause in [k, j) (its verbs are no verbs of the subject), else `j`."""
        return next((m for m in range(k, j) if self._low(m) in RELATIVE_PRONOUNS), j)

    def _verb_like(self, m: int) -> bool:
        """Is the lower-case word at `m` a verb of the clause rather than part of a noun phrase: an irregular past
        form, an "-ed" form not before a preposition ("searched the home", not "released by"), or an "-s" form
        before a word that neither joins nor modifies ("reflects her …", "lacks support"; not "polls conducted")?"""
        tokens = self.tokens
        word, after = tokens[m], tokens[m + 1]
        if not (is_alpha(word) and is_lower(word)):
            return False
        return (
            word in self.lang.past_forms
            or word.endswith("ed")
            and _lower(after) not in _PREPOSITIONS
            and _lower(after) not in _BARE_TIMES  # "a poll released Saturday"
            and _lower(after) not in _RELATIVE_TIMES  # "a poll conducted last week"
            or word.endswith("s")
            and not word.endswith("ss")
            and is_alpha(after)
            and _lower(after) not in _PREPOSITIONS
            and _lower(after) not in _JOINING
            and not after.endswith(("ed", "ing"))  # "polls conducted by", not "lacks support from"
        )

    def _closing_time(self, k: int, end: int) -> bool:
        """Does a time end the phrase at token `k`: a day after "on"/"at" or alone after a lower-case noun,
        before any time of day ("Peskov on Tuesday", "candidates for president Thursday", "Lo on Sunday
        evening", "Priebus later Thursday"), "this"/"last" and a period ("Bloomberg this week"), or a stretch of
        time or an occasion (`_closing_span`: "Twitter at the time")? Not after a participle or a
        determiner ("a report published Wednesday", "polls out Monday", "a Sunday"), nor a day in capitals
        ("USA TODAY", "NBC's Today show")."""
        tokens = self.tokens
        before = tokens[k - 1]
        if is_lower(before) and (before.endswith("ed") or before in _NOT_BEFORE_DAY):
            return False
        if tokens[k] in _SPAN_OPENERS and self._closing_span(k, end):
            return True
        if tokens[k] in _RELATIVE_TIMES:
            return k + 2 == end and self._relative_period(k + 1)  # "Lo last week said", "Lo last Thursday said"
        if self._low(end - 1) == "ago" and 3 <= end - k <= 5:  # "The ministry less than two weeks ago said"
            words = [_lower(t) for t in tokens[k : end - 2]]
            return (
                self._low(end - 2).removesuffix("s") in _PERIODS | {"day"}
                and (words[-1].isdigit() or words[-1] in _COUNTS)
                and all(w in _ROUGHLY for w in words[:-1])
            )
        if self._low(k) in _TIME_PREPOSITIONS and is_lower(tokens[k]) or tokens[k] in _SHIFTS:
            k += 1  # "Lo on Sunday said"; "Priebus later Thursday told", "Gowdy earlier Thursday said"
        elif not is_lower(before):
            return False  # "Super Tuesday", "Trump Tuesday": a name may go on with a day
        if k >= end or self._low(k) not in _BARE_TIMES or is_upper(tokens[k]):
            return False
        if is_upper(tokens[k][0]) and self._low(k) in _LOWER_TIMES:
            return False
        k += 1
        while k < end and self._low(k) in _TIMES_OF_DAY and is_lower(tokens[k]):
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
            return last in _PERIODS or last in _SPAN_MOMENTS and tokens[k] == "at" and len(words) == 2
        documents = self.lang.document_nouns
        return last in _UTTERANCES or (
            last in documents and last not in self.lang.survey_nouns and self._low(k - 1) not in documents
        )  # "An earlier report in a local paper said": a document in another is the source itself

    def _subject_end(self, i: int, end: int) -> int:
        """Where a source read back from its cue really ends when a verb stands between them:
        "he only hinted at ... by", "Mr. Wiley walked them through", "donors were upset after"."""
        tokens, lang = self.tokens, self.lang
        for k in range(i, end - 1):
            word = self._low(k)
            if word in _SUBJECT_PRONOUNS and self._low(k + 1) not in ("and", "or"):  # "he and Mr. Allen said"
                return k + 1 if k == i else end
            if k > i and self._closing_time(k, end):
                return k  # "Peskov on Tuesday accused", "The ministry yesterday said": the time is no part of it
            if k > i and word in _VERBS_AFTER_SUBJECT:
                return k
            upper = is_upper(tokens[k][0]) and (k > i or word not in lang.naming_words and word not in lang.determiners)
            if (
                upper
                and k + 2 < end
                and is_lower(tokens[k + 1])
                and tokens[k + 1].endswith("ed")
                and not (tokens[k + 1] in lang.source_tails and tokens[k + 2] in _TAIL_PREPOSITIONS)
                and not self._led_by_name(k + 1, end)
                and not self._paper_by_agent(k)
            ):  # "Mr. Wiley walked them", not "People briefed on the move said": the tail is the subject's
                return k + 1
        return end - 1 if end - 1 > i and self._closing_time(end - 1, end) else end  # "The ministry yesterday"

    def _paper_by_agent(self, k: int) -> bool:
        """Does the word at `k` name papers or findings that the participle after it gives to its agent ("Records
        obtained by the Gazette showed", "Emails reviewed by the paper reveal")? The agent is then part of the
        source, as in the tag after the content ("…, records obtained by the Gazette showed", k69)."""
        lang = self.lang
        word = self._low(k)
        return self._low(k + 2) == "by" and (
            word in lang.paper_nouns
            or word in lang.evidence_nouns
            or word.removesuffix("s") in lang.document_nouns
            or word.removesuffix("s") in lang.survey_nouns
        )

    def _led_by_name(self, k: int, end: int) -> bool:
        """Does "led by" and a capitalised word open at `k` ("Republicans led by Senator Ana Ruiz said")? The
        group's leader is part of its source (docs/source-kinds.md, k36), not a verb ending it."""
        return self._led_by(k, end) and self.tokens[k + 2][:1].isupper()
