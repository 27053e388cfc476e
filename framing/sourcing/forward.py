"""The source phrase read forward from its cue: "according to X", "..., said X", a passive's agent.

`_forward`, `_inverted` and `_chunk_forward`, over the backward reading (`subjects.SubjectRules`).
"""

from __future__ import annotations

from typing import Final

from ..lexicon.grammar import GRAMMAR
from ..match import Match
from ..text import find_token, is_upper
from .kinds import OBJECT_PRONOUNS
from .phrase import RELATIVE_PRONOUNS, capitalised, is_punct
from .phrase import LEADERS as _LEADERS
from .phrase import MAX_CHUNK_WORDS as _MAX_CHUNK_WORDS
from .phrase import lower as _lower
from .subjects import (
    SubjectRules,
    _ARTICLES,
    _CLAUSE_END,
    _CLOSING,
    _CLOSING_QUOTES,
    _FINITE,
    _FINITE_OR_BE,
    _OPENERS,
    _OPENING_QUOTES,
    _PARTY,
    _POSSESSIVE_DETERMINERS,
    _PREPOSITIONS,
    _RELATIVE_OR_THAT,
    _SUBJECT_PRONOUNS,
    _TAIL_PREPOSITIONS,
    _TIME_PREPOSITIONS,
)


_SERVING_ROLES: Final = GRAMMAR["serving_roles"]
# participles that name what they follow ("a site called Crowdpac", "a group known as …"): an appositive's, no clause's
_NAMING_PARTICIPLES: Final = GRAMMAR["naming_participles"]
_JOINS: Final = GRAMMAR["joins"]
_INDEFINITE: Final = GRAMMAR["indefinite"]
_DEGREE_WORDS: Final = GRAMMAR["degree_words"]
_QUANTITY_LINKS: Final = frozenset(("of", "than", "since", "ever"))  # "the most of any", "the most since 2008"
_SUBORDINATORS: Final = GRAMMAR["subordinators"]  # "an aide to the governor": the one served follows
# "…, said the rain came too late", "…, said Lopez wants to": the content's finite verb, never a participle
_CONTENT_VERBS: Final = GRAMMAR["simple_pasts"] | GRAMMAR["simple_presents"]
_GOES_ON: Final = frozenset(("-", "%"))  # marks inside a forward phrase: "Coca-Cola - Europe", "34 % of voters"
# tokens no word of a phrase's length: a name's "&" ("Earth & Environment") and a possessive's "'s" ("a former spokesman
# for Lorvia's Foreign Ministry" is seven words, not a clause; round c56)
_NO_WORDS: Final = frozenset(("&", "/", "'s", "’s"))


class ForwardRules(SubjectRules):
    """The source phrase read forward from its cue, over the backward reading."""

    # Set by the reader (`reader._Reader`), per document or per sentence: plain data, read here.
    forward_stops: frozenset[str]
    strong_cue_tokens: set[int]  # the tokens of the sentence's cues of full weight (a weak cue's are not)

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
        first = self._low(i)
        if not (tokens[i][:1].isupper() or first in self.lang.determiners or first == "the"):
            return False
        return not any(
            tokens[k] == "," or self._low(k) in self.lang.auxiliaries or self._low(k) in _RELATIVE_OR_THAT
            for k in range(i, end)
        )

    def _inverted(self, s0: int, s1: int, cue: Match) -> bool:
        """'..., said Ruiz': a cue after punctuation whose next word can open a source."""
        tokens = self.tokens
        if not (cue.first == s0 or is_punct(tokens[cue.first - 1])) or tokens[cue.first - 1] == ")":
            return False  # "Ed Lo (D-Ore.) said": the bracket closes the subject's affiliation
        if self._subject_before_dash(s0, cue.first):
            return False  # "Ines Haddad - said it was cold": the name before the dash speaks, not "it was cold"
        if self._abbreviation(cue.first - 1) and tokens[cue.first].islower() and not self._tag_after_name(s0, cue, s1):
            return False  # "Acme Corp. said it expects": the period closes the subject's name ("… AM.\n\nStated Lo:")
        if self._scare_quoted(s0, cue.first) is not None:
            return False  # 'The group “Moms for Liberty” announced a boycott': the subject's words, no quotation
        if cue.last - cue.first > 1 and self._low(cue.last - 1) in _PREPOSITIONS:
            return False  # "..., said in an interview": the words after the cue are its circumstances
        if (
            tokens[cue.first - 1] == ","
            and cue.first - 2 >= s0
            and tokens[cue.first - 2] not in _CLOSING
            and self._low(cue.first) not in self.lang.inverted_cues
            and not (self._low(cue.first) in self.lang.closing_cues and self._closing_source(cue.last, s1))
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
        word = self._low(i)
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
                if _lower(t) in self.lang.auxiliaries or t in _CONTENT_VERBS:
                    return False
        j = self._chunk_forward(i, s1)
        if j - i - sum(t in _NO_WORDS for t in tokens[i:j]) >= _MAX_CHUNK_WORDS:
            return False  # "Edd, an official at …, said the burden of the new rules would …": a clause
        if (
            tokens[cue.first - 1] == ","
            and cue.first - 2 >= s0
            and tokens[cue.first - 2] not in "”’\"'?!"
            and j < s1
            and not is_punct(tokens[j])
            and j not in self.cue_tokens
            and self._low(j) not in self.lang.after_source_stops
            and self._low(j) not in RELATIVE_PRONOUNS  # "…, said an official who was briefed"
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

    def _tag_after_name(self, s0: int, cue: Match, s1: int) -> bool:
        """ "The man was born in the U.S. said his lawyer": a name ending in an abbreviation that a lower-case
        word governs ("in", "left") closes a clause, not a subject's name ("Acme Corp. said it expects"), when the
        words from the cue to the sentence's end are one short phrase headed by a person, a body or a name."""
        tokens = self.tokens
        k = cue.first - 2  # the abbreviation's word: "U.S", "D.C", "Corp"
        while k > s0 and (capitalised(tokens[k - 1]) or tokens[k - 1] == "," and capitalised(tokens[k - 2])):
            k -= 1  # "Washington, D.C."
        if k > s0 and self._low(k - 1) == "the":
            k -= 1
        before = tokens[k - 1] if k > s0 else ""
        if not (before.isalpha() and before.islower() and before not in self.lang.determiners and before != "and"):
            return False
        i, end = cue.last, s1
        while end > i and is_punct(tokens[end - 1]):
            end -= 1
        if not 0 < end - i <= 5 or self._chunk_forward(i, end) != end or self._low(i) in self.forward_stops:
            return False
        last = tokens[end - 1]
        lang = self.lang
        return capitalised(last) or _lower(last) in lang.collective_nouns or self._person_word(end - 1)

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
        j = self._past_forward_limit(i, self._chunk_forward(i, s1), s1)
        if j == i + 1 and self._low(i) in OBJECT_PRONOUNS:  # "according to him, the plan …"
            return (i, j)
        j = self._party_after(i, j, s1)  # "said Sen. Ann Lee (D-Ore.), who …": her party is part of her name
        chunk = j
        # appositives: "said Lisa Moreno, a former deputy attorney general, ..."; "said Ed Lo, head of ...";
        # "said Ana Lund, 34, a nurse from Tampa, Fla., who …" (an age or a place, then a description)
        for _ in range(3):
            if not (
                j + 1 < s1
                and tokens[j] == ","
                and self._low(j + 1) not in self.back_stops
                and (
                    self._low(j + 1) in ("a", "an", "the")
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
                and self._low(k) not in self.back_stops
                and k not in self.cue_tokens
            ):
                k += 1
            if k == j + 1 or closed and (k >= s1 or tokens[k] != ","):
                break
            if any(_lower(t) in _FINITE_OR_BE for t in tokens[j + 1 : min(k, j + 6)]):
                break  # "according to Lo, he was once …", "…, an email was sent": a clause, no appositive
            if self._clause_not_appositive(j, k, s1):
                break  # "according to Lo, she …", "according to the Post, the firm sold its …" (c49)
            if all(_lower(t) in _TIME_PREPOSITIONS or self._time_word(_lower(t)) for t in tokens[j + 1 : k]):
                break  # "According to the Post, on Friday, …": when, no appositive (k38)
            if closed and self._subordinate_after(k, s1):
                break  # "According to the report, the industry shrank in 2023, after growing …": the content (k59)
            j = k
        # a relative clause after the source is part of it: "said Lee Epstein, who teaches law at ..."
        k = j + 1 if j + 1 < s1 and tokens[j] == "," else j
        if i < j and k < s1 and self._low(k) in RELATIVE_PRONOUNS:
            end = self._relative_end(k, s1, within=k == j > chunk)
            if (end > k + 1 or tokens[k].isupper()) and not self._relative_of_cue(k, end, s1):
                # "said Lo, who noted …": a cue right after "who" has it for source, and this one ends with Lo (k68);
                # "by the WHO" is a body's acronym
                j = end
        # no appositive nor relative clause: a tail of the head may follow ("a source close to the campaign")
        return (i, self._tail_end(i, j, s1) if j == chunk else j)

    def _relative_end(self, k: int, s1: int, within: bool) -> int:
        """Where the relative clause opened by the pronoun at `k` ends after a source: at punctuation, or before a
        cue of full weight, which is another attribution's ("said Lo, who teaches law, adding"). `within`: the
        relative describes an appositive, no comma before it ("said Lo, a Republican who has not endorsed anyone");
        then its own cue right after the pronoun and its auxiliaries is read over unless it is a speech verb: PolNeAR
        dev keeps such a relative whole in the source, its verb unmarked, 92 of 97 times, and ends the source before
        "who" in the other 5, where it marks the verb ("who said", "who writes", "who has accused") (v42). A source
        that stops at a later cue drops the auxiliaries and the "and" or "but" before it ("… a candidate but has
        spoken against", "… for years and called him")."""
        tokens = self.tokens
        end = k + 1
        while end < s1 and end - k <= 20 and not (is_punct(tokens[end]) and not self._abbreviation(end)):
            if end in self.strong_cue_tokens:
                own = within and self._before_auxiliaries(k + 1, end) == k + 1
                if not own or self._low(end) in self.lang.inverted_cues:
                    stop = self._before_auxiliaries(k + 1, end)
                    if stop > k + 2 and self._low(stop - 1) in _JOINS:
                        stop -= 1
                    return stop if stop > k + 1 else end
                while end < s1 and end in self.strong_cue_tokens:
                    end += 1
                within = False
                continue
            end += 1
        return end

    def _relative_of_cue(self, k: int, end: int, s1: int) -> bool:
        """Is the relative pronoun at `k` the subject of the cue at `end`, only auxiliaries and adverbs between ("…,
        who have openly expressed concern", "…, who has since called on")? Then the relative is that cue's, whose
        source is "who", and the source before it ends at its comma, as after "who noted" (c57; PolNeAR dev marks
        the four of four so)."""
        return k + 1 < end < s1 and end in self.strong_cue_tokens and self._before_auxiliaries(k, end) == k + 1

    def _clause_not_appositive(self, j: int, k: int, s1: int) -> bool:
        """Are the words [j + 1, k) after the source's comma at `j` the next clause or a comment on a figure, no
        appositive? A subject pronoun opens them ("according to ABC News, he …"); a verb follows the quotation mark
        that ends them ("according to the office, the deficit ''is …''"); "the most of" opens them ("…, the most of
        any candidate"); or a past verb with its object follows their first word ("according to the Post, the firm
        made new demands", "…, Lee paid the fine": a past form ends in "-ed" or is in `past_forms`), not after "a",
        an article, a preposition or an adverb, nor before a preposition ("a publicly traded firm", "a firm founded
        in 1990")."""
        tokens = self.tokens
        if self._low(j + 1) in _SUBJECT_PRONOUNS:
            return True
        if k + 1 < s1 and tokens[k] in _OPENING_QUOTES and self._low(k + 1) in _FINITE:
            return True
        if self._figure_comment(j, k):
            return True  # "…, according to Acme, the most of any candidate": a comment on the figure, no appositive
        if self._low(j + 1) in _INDEFINITE:
            return False  # "a publicly traded boutique", "an editor at specialized website …": a description
        for m in range(j + 2, min(k - 1, j + 6)):
            word = self._low(m)
            if (word.endswith("ed") or word in self.lang.past_forms) and word not in _NAMING_PARTICIPLES:
                after, before = tokens[m + 1], self._low(m - 1)
                return (
                    after.islower()
                    and before not in _ARTICLES
                    and before not in _PREPOSITIONS
                    and not before.endswith("ly")
                    and after not in _PREPOSITIONS
                    and after not in _TIME_PREPOSITIONS
                    and after not in self.lang.opening_prepositions
                    and after not in _JOINS
                    and not after.endswith("ly")
                    and not self._time_word(after)
                )
        return False

    def _figure_comment(self, j: int, k: int) -> bool:
        """Do the words after the comma at `j` (before `k`) open with "the most of", "the most since" or the like ("…,
        according to Acme, the most of any candidate by far")? They comment on the figure the sentence gives: neither
        the source's appositive nor what the source says (c49)."""
        return (
            j + 3 < k
            and self._low(j + 1) in _ARTICLES
            and self._low(j + 2) in _DEGREE_WORDS
            and self._low(j + 3) in _QUANTITY_LINKS
        )

    def _subordinate_after(self, k: int, s1: int) -> bool:
        """Does a subordinate word follow the comma at `k` ("…, after growing in the past two years")? Then the
        words before that comma, after a source whose content follows it, are the content's clause, no
        appositive: an appositive closes before its clause ("According to Ruiz, the whip, the plan …")."""
        return k + 1 < s1 and self.tokens[k] == "," and self._low(k + 1) in _SUBORDINATORS

    def _past_forward_limit(self, i: int, j: int, s1: int) -> int:
        """Where a source [i, j) read forward and cut at `MAX_CHUNK_WORDS` after a preposition or an article ends:
        after the name that follows ("according to a separate sentencing memo by federal prosecutors in New York":
        not "… prosecutors in", k43); `j` when it was not cut there or no capitalised word follows."""
        tokens = self.tokens
        if (
            j - i < _MAX_CHUNK_WORDS
            or j >= s1
            or not (self._low(j - 1) in _PREPOSITIONS or self._low(j - 1) in _ARTICLES)
        ):
            return j
        k = j + 1 if self._low(j) in _ARTICLES else j
        end = k
        while (
            end < s1
            and end - k < 6
            and (
                capitalised(tokens[end])
                or end > k
                and (self._abbreviation(end) or tokens[end] == "of" and end + 1 < s1 and capitalised(tokens[end + 1]))
            )
        ):
            end += 1  # "the Southern District of New York"
        return end if end > k and not self.cue_tokens.intersection(range(j, end)) else j

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
        word = self._low(j)
        if word in _TAIL_PREPOSITIONS and self._low(j - 1) in tails:
            start = j + 1
        elif word == "with":
            k = j + 1 if self._low(j + 1) in tails else j + 2  # "with knowledge of", "with direct knowledge of"
            if k + 1 >= s1 or self._low(k) not in tails or self._low(k + 1) != "of":
                return j
            start = k + 2
        else:
            return j
        end = start
        while (
            end < s1
            and end - start < _MAX_CHUNK_WORDS
            and not (is_punct(tokens[end]) and not self._abbreviation(end))
            and self._low(end) not in self.forward_stops
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
            and self._low(k) not in self.forward_stops
            and (end == s1 or tokens[end] in ",)" or all(is_punct(t) for t in tokens[end:s1]))
        )

    def _chunk_forward(self, i: int, s1: int) -> int:
        tokens, j, count = self.tokens, i, 0  # `count`: the words of a "more than" read as one, as a number is
        while (
            j < s1
            and j - i - count < _MAX_CHUNK_WORDS
            and not (
                is_punct(tokens[j])
                and tokens[j] not in _GOES_ON
                and not self._abbreviation(j)
                and not self._joint(j, "&")
                and not self._joint(j, "/")
                and not self._plural_possessive(i, j, s1)
            )
            and (
                j == i
                or self._low(j) not in self.forward_stops
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
            count += tokens[j] in _NO_WORDS  # "Procter & Gamble": two words; "Lorvia's Foreign Ministry": three
            j += 1
        while j > i + 1 and tokens[j - 1] == "-":
            j -= 1  # "said Okafor -- and", "said Okafor -" at a text's end: a dash, no hyphen inside the name (r19)
        return j

    def _plural_possessive(self, i: int, j: int, s1: int) -> bool:
        """Is the apostrophe at `j` a plural's possessive inside the phrase from `i` ("the head of the teachers'
        union", "for the Democrats’ nomination", k58), not a closing quotation mark (a word follows in lower case)?"""
        tokens = self.tokens
        return (
            i < j < s1 - 1
            and tokens[j] in ("'", "’")
            and tokens[j - 1].endswith("s")
            and tokens[j + 1].isalpha()
            and tokens[j + 1].islower()
        )

    def _role_to(self, i: int, j: int, s1: int) -> bool:
        """Is the "to" at `j` the tie of a role noun to the one it serves ("according to an aide to Gov. Ana Ruiz",
        "said a top adviser to the president", k40)? The source goes on to that person, as PolNeAR marks "an aide
        to" read backwards; not "said a spokesman to reporters" nor "according to officials to their south"."""
        tokens = self.tokens
        if not (i < j < s1 - 1 and self._low(j) == "to" and self._low(j - 1) in _SERVING_ROLES):
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
            t = p + 2 if self._low(p + 1) == "on" else p + 1
            if j <= t < s1 - 1 and self._time_word(self._low(t)) and self._low(t + 1) == "by":
                return True
        return False

    def _paired_modifiers(self, i: int, j: int, s1: int) -> bool:
        """Does the "and"/"or" at `j` join two `paired_modifiers` of one noun ("according to the current and
        former department officials", "said past or present aides")? The source goes on past it."""
        pairs = self.lang.paired_modifiers
        return (
            i < j < s1 - 2 and self._low(j) in ("and", "or") and self._low(j - 1) in pairs and self._low(j + 1) in pairs
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
            self._low(j + 1) not in self.forward_stops
            and (k == s1 or is_punct(tokens[k]) or self._time_word(self._low(k)) or self._low(k) == "on")
            and k - i <= _MAX_CHUNK_WORDS  # the chunk takes the second name whole
        )

    def _names_a_place(self, j: int, s1: int) -> bool:
        """Does the preposition at `j` tie a name to the source's noun rather than open a circumstance:
        "a report in the Des Moines Register", "a broker in Tampa", "the Center for Public Integrity"
        (not "Ruiz in Paris", "a spokesman on Tuesday")?"""
        tokens = self.tokens
        word = self._low(j)
        if word not in ("in", "for", "at", "from", "with") or j + 1 >= s1:
            return False
        k = j + 2 if self._low(j + 1) == "the" and j + 2 < s1 else j + 1
        return (
            tokens[k][:1].isupper()
            and self._low(k) not in self.forward_stops
            and (word == "for" or tokens[j - 1].islower())
        )

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
        first = find_token(tokens, ",", i + 1, comma + 1)
        if first >= 0 and self._low(i) in _PREPOSITIONS and first < comma:
            # "In an interview with the Star, General Ivan Petrov, chief of …, said": past the opening phrase
            i, first = first + 1, find_token(tokens, ",", first + 2, comma + 1)
        if first < 0:
            return None
        word = self._low(i)
        if (
            first - i > 10
            or not self._is_name(i, first)
            and not all(is_upper(t[0]) or t in ("'s", "’s", "of") for t in tokens[i:first] if not is_punct(t))
            and not (described and self._described_name(i, first))
            or word in self.lang.sentence_starters
            or word in _PREPOSITIONS
            or comma - first > 30
            or any(t in ";:" for t in tokens[first:comma])
            or self._cue_before_relative(first, comma)
        ):
            return None
        end = comma
        while end > first:  # an aside ends the source before it: ", on Sunday,", ", for his part,"
            k = end - 1
            while tokens[k] != ",":
                k -= 1
            if self._low(k + 1) not in _PREPOSITIONS:
                break
            end = k
        return (i, end)

    def _cue_before_relative(self, first: int, comma: int) -> bool:
        """Is a cue written in [first, comma) before any relative pronoun? One inside a relative clause of the
        description is that clause's ("Lo, who argued …, said"). Asked last, once the description is known to be
        short: read before the length test, it read on to every later cue's comma (r22)."""
        for k in range(first, comma):
            if self._low(k) in RELATIVE_PRONOUNS:
                return False
            if k in self.cue_tokens:
                return True
        return False

    def _described_name(self, i: int, end: int) -> bool:
        """Is the phrase [i, end) a name after its description in lower case ("Harbour Gazette columnist Ana
        Ruiz", "Labour pollster Ed Lo"): two capitalised words at its end, a capital at its start and no
        verb?"""
        tokens = self.tokens
        return (
            end - i > 2
            and self._is_name(end - 2, end)
            and tokens[i][0].isupper()
            and not any(_lower(t) in _FINITE_OR_BE or t.endswith("ed") for t in tokens[i:end])
        )

    def _past_openers(self, k: int, end: int) -> int:
        """Where the words start after the opening marks and leading words ("“", "But", "And") at `k`, before `end`,
        and the comma that sets a leading word off ("Still, Tad Devine, …, said": the name, not ", Tad Devine", k44)."""
        tokens = self.tokens
        while k < end and (
            tokens[k] in _OPENERS or self._low(k) in _LEADERS or tokens[k] == "," and self._low(k - 1) in _LEADERS
        ):
            k += 1
        return k
