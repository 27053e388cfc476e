"""A cue's source and content together: which side the source is on, and where the content ends.

`_source_and_content` and the content rules it asks (`_content_end`, `_cut_contents`, ...), over the clause
subjects (`clauses.ClauseRules`).
"""

from __future__ import annotations

from bisect import insort
from typing import Callable, Final, NamedTuple

from ..lexicon.grammar import GRAMMAR
from ..match import _TUPLE_NEW, Match
from ..text import find_token, holds, holds_any, index_after, is_alpha, is_lower, is_upper
from .clauses import ClauseRules, _CLAUSE_OPENERS, _POSSESSIVE_MARKS, _QUOTE_MARKS, _SUBORDINATORS
from .kinds import OBJECT_PRONOUNS
from .phrase import RELATIVE_PRONOUNS, capitalised, is_punct, ly_adverb
from .phrase import LEADERS as _LEADERS
from .phrase import lower as _lower
from .subjects import (
    _ARTICLES,
    _BE,
    _CIRCUMSTANCES,
    _CLOSING_QUOTES,
    _DASHES,
    _FINITE,
    _FINITE_OR_BE,
    _OPENERS,
    _POSSESSIVE_DETERMINERS,
    _PREPOSITIONS,
    _RELATIVE_OR_THAT,
    _BARE_TIMES,
    _SUBJECT_PRONOUNS,
    _TIME_PREPOSITIONS,
    _TIMES_OF_DAY,
    _gerund,
)


_OPENING_MARKS: Final = frozenset(("“", "‘", '"', "'", "''", "``", "«", "„"))  # "''" opens one in NYT style too
_VEHICLE_REACH: Final = 5  # an article and up to three words before a colon: "an unequivocal denial:"
_NO_CONTENT: Final = (0, 0)
_NON_FINITE: Final = GRAMMAR["non_finite_markers"]  # before a cue in the infinitive or the gerund
# after a relative clause's comma, the main clause goes on: "urged Ruiz, who vowed …, to reject it", "…, and"
_RELATIVE_LEAVES: Final = GRAMMAR["relative_leaves"]
_LONG_DASHES: Final = frozenset({"—", "–"})
_AS_OPENERS: Final = _LONG_DASHES | {","}  # before "as" + a source and its cue closing the sentence
_CONTRASTS: Final = GRAMMAR["contrasts"]
_CORRELATIVE_NOTS: Final = GRAMMAR["correlative_nots"]
# "more than just a road - … - but as a belt": the first half of a correlative with "more than" (v41)
_CORRELATIVE_ONLYS: Final = frozenset(("just", "simply", "merely", "only"))
_CONTRAST_ASIDE_WORDS: Final = 4  # "…, though it existed, was …": the words a contrast set inside a clause may hold
# the verbs of portrayal (reporting_verbs.toml, v34) by their first letters: "portray", "depicts", "painted as" (v41)
_PORTRAYAL_STEMS: Final = ("portray", "depict", "paint", "characteri", "describ", "present", "fram", "cast")
_JOINS: Final = GRAMMAR["joins"]
_NOT_CLITICS: Final = frozenset(("'t", "’t"))  # the tokenizer leaves "doesn't" as "doesn" + "'t"
_SET_OFF_RELATIVES: Final = frozenset(("which", "who"))  # "who wants to stay and will …": the cue's own clause goes on
# words that open a clause of a content's own ("who wants to know what is …"): its verb is no main verb (v41)
_WH_WORDS: Final = frozenset(("what", "who", "whom", "which", "where", "when", "why", "how", "whether"))
# before a "what" clause that opens a clause of the sentence ("and what Lo said was false"), not an object
_CLAUSE_CONTINUERS: Final = _CONTRASTS | _CLAUSE_OPENERS | GRAMMAR["clause_continuers"]
# after a dash these go on with what was said ("— or at least his version of", "— especially when", "— not just"):
# on PolNeAR's dev fold the annotated content ran on over the dash 16 times, ended there 3
_DASH_GOES_ON: Final = GRAMMAR["dash_goes_on"]
_ASIDE_NEW_CLAUSE: Final = GRAMMAR["aside_new_clause"]
# a finite verb before a pair of dashes: its clause has its verb, so a verb after the pair is another clause's
_TAG_CLOSERS: Final = frozenset({";", "—", "–", "-"})  # after a quotation's tag: the writer's next clause
_CONTENT_STOPS: Final = frozenset({",", ";", "—", "–"})  # a dash opens the writer's aside; a comma, before a contrast
# words after "to" that open a noun phrase, not an infinitive ("pledged to the crowd", "to them")
_NOT_VERBS: Final = GRAMMAR["not_verbs"]
_CLAUSE_MARKS: Final = frozenset({":", ";"})  # "…: a, b; doubts about …": a clause of its own, not an opening phrase
_CONTINUE_FORMS: Final = GRAMMAR["continue_forms"]  # "continued to" + a verb: no speech act
_SAY_FORMS: Final = GRAMMAR["say_forms"]  # "said to applause": no infinitive follows "said" in the active
# before a cue whose verb governs it, a cue of its own: "continued to claim", "responded by noting" (u47): its source
_GOVERNED: Final = frozenset({"to", "by"})
# open a sentence with a clause whose comma ends a content inside it ("While Lo said the plan was dead, the
# party …"): of 58 such contents on PolNeAR's dev fold the annotated one ends there 48 times, earlier 5, later 5;
# judged on outside news, 25 of 26 right. Not "as": "As Lo put it, …" opens the content
_OPENING_CLAUSES: Final = GRAMMAR["opening_clauses"]
# words that open a phrase of the writer's before the subject, besides prepositions, -ing and -ly words
_OPENING_WORDS: Final = _OPENING_CLAUSES | GRAMMAR["opening_words"]
# telling verbs in the passive: the subject is the hearer, and the teller goes unnamed ("we are told that",
# "residents were warned that")
_HEARER_PASSIVES: Final = GRAMMAR["hearer_passives"]
# telling verbs: a cue whose subject stands in what was told, before its first mark, is part of it (`writer_cues`)
_TELLING: Final = _HEARER_PASSIVES | GRAMMAR["telling"]
_ASKING: Final = GRAMMAR["asking"]  # '"…?" she asks the clerk.': the quotation was put to the hearer
# cues whose words after them are no object they report after an opening phrase: a hearer ("Last week, Lo told
# CNN."), an occasion's preposition ("In 2008, as Lo said in an interview with …")
_NO_OBJECT_CUES: Final = _TELLING | _PREPOSITIONS
# words that show a clause has begun before a subject pronoun after a telling verb's hearer
# ("told the story of how he …", "warned of the fight ahead: …", "told him to …": a topic or an order, no hearer)
_HEARER_REACH: Final = (
    16  # the words of a hearer and its setting: "a packed crowd in Windham, New Hampshire, on Monday"
)
_HEARER_STOPS: Final = GRAMMAR["hearer_stops"]
_HEARER_TIMES: Final = GRAMMAR["hearer_times"]  # "told CNN then", "told Hannity earlier this month" (u52)
_HEARER_HEADS: Final = GRAMMAR["hearer_heads"]  # "told members of the council that …": "of" inside the hearer (u53)
# a topic after a hearer ('"…," Lo told CNN of the talks.': the quotation's), or after the cue (`reader`)
_TOPIC_PREPOSITIONS: Final = GRAMMAR["topic_prepositions"]
_PERFECT: Final = GRAMMAR["perfect"]
_AGENT_CLAUSES: Final = GRAMMAR["agent_clauses"]  # open what a passive's agent said ("asked by Lo whether")
# adverbs between "be" and a participle cue besides those in "-ly" ("was first reported", "is often asked")
_PASSIVE_ADVERBS: Final = GRAMMAR["passive_adverbs"]
# one adverb between a comma and a participle cue: ", also seeking", ", later adding", ", first saying" (k35)
_PARTICIPLE_ADVERBS: Final = _LEADERS | GRAMMAR["participle_adverbs"]
_BE_CHAIN: Final = _BE | _PERFECT | _PASSIVE_ADVERBS  # "it has been widely reported by": back to its "it"
# the setting between a cue and its "that" ("told Politico on Tuesday that"): at most this many tokens
_SETTING_REACH: Final = 10
_SETTING_PREPOSITIONS: Final = GRAMMAR["setting_prepositions"]  # "said at the time that …" (u47)
_THAT_NOUNS: Final = GRAMMAR["that_nouns"]  # "at the suggestion that …": the noun's own clause
# words that open a clause's subject after its "that": "said at the time that it …", "… that the plan …"
_SUBJECT_OPENERS: Final = (
    _ARTICLES | _SUBJECT_PRONOUNS | _POSSESSIVE_DETERMINERS | GRAMMAR["personal_pronouns"] | GRAMMAR["expletives"]
)
# ", a move that could …": a noun phrase after a comma, summing up what precedes it with a relative clause;
# on PolNeAR's dev fold the annotated content ended there 19 times and ran on 2 (`_summing_appositives`)
_DAY_CONTENT_LINKS: Final = GRAMMAR["day_content_links"]  # "called Tuesday for …", "vowed on Monday to …" (u50)
_OCCASION_OPENERS: Final = GRAMMAR["occasion_openers"]  # "…," he said when asked about it
_SETTING_OPENERS: Final = _PREPOSITIONS | _OCCASION_OPENERS  # "said Sunday on NBC", "said Friday as"
_OCCASION_PREPOSITIONS: Final = GRAMMAR["occasion_prepositions"]  # "said in a note": the cue's "in" opens the occasion
# after the cue of an opening "as" clause, the words of an occasion: "As Lo noted in a column, …"
_AS_ASIDE_OPENERS: Final = _OCCASION_PREPOSITIONS | _OCCASION_OPENERS
_SUMMING: Final = GRAMMAR["summing"]
_SUMMING_RELATIVES: Final = GRAMMAR["summing_relatives"]
_SUMMING_REACH: Final = 6  # at most this many words between the determiner and its relative pronoun
_RELATIVE_CUE_REACH: Final = (
    4  # words between a relative's speaker and its cue: "which they had previously been assured"
)
_OBJECT_REACH: Final = 20  # a cue's object before "and" and the source's next verb is shorter than this
# -ing words after a cue's object and a comma that describe the object or are prepositions, not the source's act
_OBJECT_PARTICIPLES: Final = GRAMMAR["object_participles"]
# cues that take a bare clause ("say the report misleads, …"): what follows the comma may be that clause's own
_CLAUSE_CUES: Final = GRAMMAR["clause_cues"]
_LIST_LINKS: Final = frozenset({"and", "or", ","})
# words that link a sentence to the one before it ("Still,", "In contrast,"), as the writer writes them (v36)
_SENTENCE_LINKS: Final = GRAMMAR["sentence_links"]
_LINK_PRELUDES: Final = GRAMMAR["link_preludes"]  # the words before a link's last: "in contrast", "as a result"
_LINK_WORDS: Final = 3  # the longest link: "as a result"
_COMPLEMENTIZERS: Final = GRAMMAR["complementizers"]
_OBJECT_STOPS: Final = frozenset(".;!?")  # after "that" and one word: the clause ends ("rejected that idea.")
_ASIDE_MARKS: Final = frozenset({",", "—", "–", "-", "--"})
_THAT_LINKS: Final = frozenset({"and", "but", "only"})  # before a second "that" clause (v34)
_THAT_SUBJECTS: Final = _SUBJECT_PRONOUNS | _ARTICLES | _POSSESSIVE_DETERMINERS | {"it", "there", "you"}
_FINITE_AUXILIARIES: Final = GRAMMAR["finite_auxiliaries"]
_CLAUSE_AUXILIARIES: Final = _FINITE_AUXILIARIES | GRAMMAR["modals"] | {"will"}  # after a bare subject (u49)
_PARTICLES: Final = GRAMMAR["particles"]  # "put out a statement", "sent off a letter"
_PARTICLES_OR_BACK: Final = _PARTICLES | {"back"}  # "fired back a statement"
_PARTICLE_SENDERS: Final = GRAMMAR["particle_senders"]  # "blasted out an email": sending only with a particle
_ADDRESSING_VERBS: Final = GRAMMAR["addressing_verbs"]  # "emailed supporters saying": the addressee as object
_MESSAGE_REACH: Final = 8  # the message's noun and its tail before the cue: "a memo to the Post in April explaining"
_NAME_MARKS: Final = frozenset({"(", ")", "/", "&", "-"})  # inside a source's phrase: "a Reuters/Ipsos poll"
_SOURCE_TAIL_REACH: Final = 16  # the words of a source phrase read on to its comma after an opening "According to"


def _finite_looking(word: str) -> bool:
    """May `word` (lower case) be a finite verb: an auxiliary or modal, or a verb in "-ed" or "-s"?"""
    return word in _FINITE or word.endswith("ed") or word.endswith("s") and not word.endswith("ss")


def _finite_word(word: str) -> bool:
    """Is the token a finite verb or a negation's "'t" (`ContentRules._finite_before`)?"""
    return word in _NOT_CLITICS or _lower(word) in _FINITE


def _finite_verb(word: str) -> bool:
    """Is the token a finite verb (`ContentRules._subject_clause_end`)?"""
    return _lower(word) in _FINITE


def _opens_clause(word: str) -> bool:
    """Does the token open a clause an "according to" aside may sit in: a bracket or a relative pronoun
    (`ContentRules._aside_goes_on`)?"""
    return word == "(" or _lower(word) in RELATIVE_PRONOUNS


def _closes_opening(word: str) -> bool:
    """Is the token a quotation mark, a colon or a semicolon, which no opening phrase holds
    (`ContentRules._only_opening`)?"""
    return word in _OPENERS or word in _CLOSING_QUOTES or word in _CLAUSE_MARKS


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


_ATTRIBUTION: Final = Attribution


def with_content(a: Attribution, content: tuple[int, int]) -> Attribution:
    """`a._replace(content_tokens=content)` built as `speakers._new_attribution` builds a row: compiled, the named
    tuple's `_replace` is Python code the interpreter runs, a frame and a dict of keywords each time (round p57)."""
    return _TUPLE_NEW(_ATTRIBUTION, (a.sentence, a.kind, a.cue, a.cue_tokens, a.source_tokens, a.loaded, content))


def _bare_verb(word: str) -> bool:
    """Could `word` after "to" be an infinitive's verb ("vowed to veto"), not a noun phrase ("to a crowd",
    "to reporters": a plural in -s)?"""
    return (
        word.isalpha()
        and word.islower()
        and word not in _NOT_VERBS
        and not (word.endswith("s") and not word.endswith("ss"))
    )


_SPEAKING: Final = GRAMMAR["speaking_pronouns"]  # after a speaker's colon, the speaker talking ("LO: I think …")


class ContentRules(ClauseRules):
    """A cue's source and content, over the clause subjects."""

    # Set by the reader (`reader._Reader`), per document or per sentence: plain data, read here.
    content_stops: list[int] | None  # the sentence's stops of `_content_end`, found once per sentence
    # `_finite_before`'s reading per start: how far it read with no finite verb, and whether one ended it (r21)
    finite_scans: dict[int, tuple[int, bool]]
    # `_aside_goes_on`'s reading per start, for a bracket or a relative pronoun (r22)
    clause_scans: dict[int, tuple[int, bool]]
    # `_only_opening`'s reading per start, for a quotation mark, a colon or a semicolon (r22)
    opening_scans: dict[int, tuple[int, bool]]
    # `_subject_clause_end`'s reading per start, for a finite verb (r24)
    verb_scans: dict[int, tuple[int, bool]]
    # `_circumstance_after`'s last "that" or colon per sentence end (r24)
    thats_found: dict[int, int]
    # `_summing_appositives`'s commas per sentence span, found once: each cue asked them again (r24)
    summing_found: dict[tuple[int, int], list[int]]

    def _cut_contents(self, out: list[Attribution]) -> list[Attribution]:
        """A content ends at a comma that opens another attribution of its sentence ("Lo said the plan was
        dead, saying …", "… was over, he said, and …"): what follows is the other cue's. On PolNeAR's dev
        fold an annotated content ended at ", saying" 43 times and ran on over it 3 times. Sorted places
        and a bisection: a sentence of many cues stays linear. A cue inside another's source ("Officials who
        have backed the plan warned that …") has its content end with that source (v22)."""
        out = [self._inside_source(a, out) for a in out]
        opens = sorted(
            {
                k
                for b in out
                if b.cue_tokens[0] < b.cue_tokens[1] and not self._aside_inside(b)
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
                ends = [k for k in opens if not (k + 1 < c1 and self._low(k) in _SPEAKING)]
            k = index_after(ends, c0)
            # a content before its cue ('"…," Lo said') ends at the cue already
            if (
                c0 >= a.cue_tokens[1]
                and k < len(ends)
                and ends[k] < c1
                and not self._clause_after_opening(c0, ends[k], out)
            ):
                a = with_content(a, (c0, self._comma_before(ends[k])))
            cut.append(a)
        return cut

    def _clause_after_opening(self, c0: int, k: int, out: list[Attribution]) -> bool:
        """Does the attribution opening at `k` begin the main clause of a content that starts with an opening
        circumstance ("said that from May to June, a clerk reported …", "said that if the talks fail, the army will
        announce …"): only that phrase before the comma, and the other cue's content after it, not a tag? Not a
        pronoun's ("that while …, he argued …"): the speaker's next claim, a cue of its own (as PolNeAR marks it)."""
        tokens, comma = self.tokens, self._comma_before(k)
        that = c0 - 2 if tokens[c0 - 1] == "," else c0 - 1
        return (
            c0 < comma
            and tokens[comma] == ","
            and self._low(that) == "that"
            and "," not in tokens[c0:comma]
            and self._only_opening(c0, comma)
            and self._low(k) not in _SUBJECT_PRONOUNS
            and any(
                b.source_tokens[0] == k < b.source_tokens[1] <= b.cue_tokens[0] < b.cue_tokens[1] <= b.content_tokens[0]
                for b in out
            )
        )

    def _past_link(self, a: Attribution) -> Attribution:
        """`a` with its content past a linking word and its comma when the content stands before its cue, outside
        quotation marks ("Still, the plan may fail, Lo said", "In contrast, Lo has kept her lead, according to the
        poll"): the link ties the writer's sentence to the one before it, and what was said starts after it (v36;
        inside quotation marks it is the speaker's: '"Still, it may fail," Lo said')."""
        c0, c1 = a.content_tokens
        if c1 > a.cue_tokens[0]:
            return a  # most contents follow their cue
        tokens = self.tokens
        for m in range(c0 + 1, min(c0 + _LINK_WORDS + 1, c1 - 2)):
            if tokens[m] == ",":
                linked = self._low(m - 1) in _SENTENCE_LINKS and all(
                    _lower(t) in _LINK_PRELUDES for t in tokens[c0 : m - 1]
                )
                return with_content(a, (m + 1, c1)) if linked and not self.doc.in_quote(c0, c0 + 1) else a
        return a

    def _aside_inside(self, b: Attribution) -> bool:
        """Is `b` an "according to" aside inside the clause it credits ("Lo said the plan, according to two aides,
        would …"): no end of another content, which holds it (k48)?"""
        c0, c1 = b.content_tokens
        return self._low(b.cue_tokens[0]) == "according" and c0 < b.cue_tokens[0] < c1

    @staticmethod
    def _inside_source(a: Attribution, out: list[Attribution]) -> Attribution:
        """`a` with its content ending where the source phrase that holds its cue ends, when one of `out` does."""
        for b in out:
            s0, s1 = b.source_tokens
            if s0 <= a.cue_tokens[0] < s1 and a.content_tokens[0] < s1 < a.content_tokens[1]:
                return with_content(a, (a.content_tokens[0], s1))
        return a

    def _comma_before(self, k: int) -> int:
        """The comma before token `k`, perhaps with one adverb between ("…, also seeking")."""
        return k - 1 if self.tokens[k - 1] == "," else k - 2

    def _past_short_bracket(self, i: int, s1: int) -> int:
        """Past a short bracket at `i` after an agent, its acronym or a gloss ("urged by the World Health Organization
        (WHO) to prepare"), so that the clause after it is found (c45: the content was the passive's subject); `i`
        when none opens there."""
        tokens = self.tokens
        if i >= s1 or tokens[i] != "(":
            return i
        close = next((k for k in range(i + 1, min(s1 - 1, i + 5)) if tokens[k] == ")"), None)
        return i if close is None else close + 1

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
        word, tokens = self._low(i), self.tokens
        if word != "that":
            return i if word in _AGENT_CLAUSES else None
        if self._low(cue.first) not in _HEARER_PASSIVES and self._low(cue.last - 2) != "asked":
            k = cue.first - 1
            while k > 0 and (self._low(k) in _BE_CHAIN or ly_adverb(tokens[k])):
                k -= 1
            if self._low(k) != "it":
                return None
        told = self._low(i + 1) not in self.lang.auxiliaries and tokens[i + 1][:1] not in ("'", "’")
        return i + 1 if told else None

    def _asked_teller(self, s0: int, first: int, source: tuple[int, int]) -> tuple[int, int]:
        """ "Lo told CNN in an interview when asked about the race": the one asked is the teller before "told", not
        the hearer read back from "when" (k68); any other source as read."""
        k = source[0] - 1
        if not (self._low(first) == "when" and k > s0 and k in self.cue_tokens and self._low(k) in _TELLING):
            return source
        teller = self._backward(s0, k)
        return teller if teller[0] < teller[1] else source

    def _source_and_content(
        self, s0: int, s1: int, cue: Match, direction: str
    ) -> tuple[tuple[int, int], tuple[int, int]]:
        tokens = self.tokens
        if direction == "none":  # "Ruiz is expected to win": no source; the content follows the cue
            source = (cue.first, cue.first)
            if self._past_opening_clause(s0, s1, cue, cue.last):
                return source, _NO_CONTENT  # "If confirmed, the report would suggest …": the writer's clause
            return source, (
                cue.last,
                self._subject_verb_end(s0, source, cue, cue.last, self._content_end(cue.last, s1)),
            )
        # a group's reaction ("has angered party leaders"): the lexicon's only weak cues whose source follows them, not
        # an inverted one's ("said Lo") nor a passive's agent ("was backed by Lo"), whose last word is "by"
        reaction = direction == "after" and cue.weight < 1 and self._low(cue.last - 1) != "by"
        if direction == "either" and self._low(cue.first).endswith("ing"):
            clause = self._main_clause_end(s0, cue.first)
            if clause is not None:
                # ", saying ...", ',” adding', "…, before insisting": the sentence's subject speaks
                subject = self._aside_subject(s0, clause, cue)
                if subject is None:
                    subject = self._nearest_clause_subject(s0, clause, self._clause_subject(s0, clause, main=True))
                return subject, (self._past_hearer(cue, self._past_setting(self._past_that(cue.last, s1), s1), s1), s1)
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
            leading = cue.first == s0 or all(is_punct(t) for t in tokens[s0 : cue.first]) or self._only_leaders(s0, cue)
            closed = leading or self._opening_aside(s0, cue) or self._subject_aside(s0, s1, cue)
            source = self._forward(cue.last, s1, closed=closed)
            if leading and (comma := self._subject_past_source(source, s1)) is not None:
                source = (source[0], comma)  # "According to the report, Ana Ruiz, the mayor, approved …": the report
            if self._low(cue.first) == "when":  # "when asked by a reporter whether …": the question follows
                return source, (source[1], self._content_end(source[1], s1))
            by = self._low(cue.last - 1) == "by"
            told = self._after_agent(self._past_short_bracket(source[1], s1), s1, cue) if by else None
            if told is not None:  # "He was told by Ruiz that the plant would close": what Ruiz told, not "He was"
                return source, (told, self._content_end(told, s1))
            if not leading and self._aside_goes_on(cue, source, s1):
                # "The plan, according to two aides, would cut taxes": the clause around the aside is theirs; "Now,
                # according to the poll, some are swinging": what follows an opening phrase and the aside
                start = (
                    self._past_cues(s0, cue.first)
                    if self._main_verb_after(source[1], s1)
                    or self._present_verb_after_aside(s0, cue.first, source[1], s1)
                    else source[1] + 1
                )
                return source, (start, self._content_end(source[1] + 1, s1))
            if not leading:
                # "…for Sanders, whose rhetoric has struck a chord with younger voters": what the relative set off by
                # a comma says, not the clause before it (k77)
                start = self._comma_relative(s0, cue.first)
                if not reaction:
                    return source, (start, cue.first)
                # "has angered party leaders, who …": the leaders, their relative a clause of their own, and what
                # angered them without the auxiliary, which is the cue's (c57)
                return self._before_comma_relative(source), (start, max(start, self._before_auxiliaries(s0, cue.first)))
            # "According to Ruiz, the plant may close": the comma after the source is no part of the content, nor
            # does it open another cue's ("said the senator, adding that …": the quotation before was hers)
            start = self._past_source_tail(source[1], s1, cue)
            if start > source[1]:  # the source's phrase runs to its comma: "a study by economists at Yale"
                source = (source[0], start - 1)
            elif start + 1 < s1 and tokens[start] == "," and start + 1 not in self.cue_tokens:
                start += 1
            # what was said runs on over ", but" and dashes, but not past a quotation closed by a participle ("According
            # to Lo, Ed was “away,” sparking talk of …": the participle is the writer's, v40)
            closes = [k for k in self._quotation_closes(s0, s1) if k > start] if self.doc.quotes else []
            return source, (start, closes[0] if closes else s1)
        if quoted is not None:
            source = quoted
        elif (
            self.spoken
            and "," in tokens[max(s0, cue.first - 4) : cue.first]
            and (listed := self._listed_subject(s0, cue.first))
        ):
            source = listed  # "Ruiz defended the budget as a modest plan, mocked the council": Ruiz (c48)
        elif self._coordinated(s0, cue.first) or self._low(cue.first) in _PREPOSITIONS:
            # "Lo criticized Singer and challenged": not "Singer and"; "Lo said Monday in an interview
            # with": a cue that opens with a preposition has no subject of its own
            source = self._coordinated_subject(s0, cue.first)
        elif tokens[cue.first - 1] == "to" and (opening := self._opening_infinitive(s0, cue)) is not None:
            source = opening  # "Eager to explain the delay, the mayor blamed …": the mayor (c50)
        else:
            sender = self._sender(s0, cue.first) if _gerund(tokens[cue.first]) else None
            source = self._asked_teller(
                s0,
                cue.first,
                self._aside_after_clause(s0, self._backward(s0, cue.first if sender is None else sender), cue.first),
            )
            # "Ed Lo, who heads the agency (UKHSA), has said": the comma before the auxiliaries and adverbs;
            # not before a participle ("…, often citing"), whose subject the sentence's clause gives
            verb = cue.first if _gerund(tokens[cue.first]) else self._before_auxiliaries(s0, cue.first)
            if source[1] - source[0] > 1 and self._low(source[0]) == "with" and tokens[cue.first].endswith("ing"):
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
                and (opening := self._opening_name(self._after_closed_quotation(s0, verb - 1), verb - 1)) is not None
                and opening[0] < source[0] < opening[1]
                and "," in tokens[opening[0] : source[0]]
            ):
                source = opening  # "Ed Lo, a member of the House's Select Committee on Intelligence, said": all of it
            elif (
                source[0] > s0
                and self._fragment(tokens[source[0]])
                and not is_punct(tokens[source[0] - 1])
                and self._low(source[0] - 1) not in self.back_stops
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
        if source[1] <= c and c - 3 >= max(s0, source[0]) and self._low(c - 1) == "to":
            # "The announcement led some to speculate", "leaving many to wonder whether", "has caused many to
            # wonder if": the people moved to think it speak, the object of a `causative_verbs` word a few
            # words back, not the subject read before it
            for k in range(c - 3, max(s0, source[0], c - 7) - 1, -1):
                if self._low(k) in self.lang.causative_verbs:
                    if self._moved_people(k + 1, c - 1):  # not "left the hall to say": a place
                        source = (k + 1, c - 1)
                    break
                if is_punct(tokens[k]):
                    break
        if source[1] > source[0] and self._low(source[1] - 1) in _NON_FINITE:
            # "Lund hit back by accusing", "Ruiz took the stage to acknowledge": the sentence's subject
            # speaks, when it opens the sentence with a name or a pronoun
            subject = self._governing_subject(cue.first) if self._low(cue.first - 1) in _GOVERNED else None
            if subject is None:
                subject = self._raised_subject(s0, source, cue.first, self._clause_subject(s0, cue.first))
            source = subject if subject[0] < subject[1] else source  # '"…," Lo said, seeking to portray': Lo
        if source[0] > s0 and self._low(source[0] - 1) in ("what", "whatever"):
            if cue.last < s1 and tokens[cue.last][:1] in _QUOTE_MARKS:  # "what Lo called “a fraud”": Lo's words
                return source, (cue.last, self._content_end(cue.last, s1))
            if self._what_object(s0, source, cue, s1):  # "in what officials called a hate crime"
                return source, (cue.last, self._content_end(cue.last, s1))
            return source, _NO_CONTENT  # "what Baker said": the writer's words about it
        after = self._past_that(cue.last, s1)
        if (
            source[0] > s0 + 1
            and self._low(source[0] - 1) == "as"
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
            and self._low(source[0]) not in RELATIVE_PRONOUNS
        )
        # '"…," Lo said in a note': a cue's closing "in" opens its occasion, read with the tag's other words
        tag = (
            cue.last - 1 if cue.last - cue.first > 1 and self._low(cue.last - 1) in _OCCASION_PREPOSITIONS else cue.last
        )
        if before_source and self._object_after_opening(s0, source[0] - 1, cue.first, tag, s1):
            # "For months, Cruz praised Trump": what he praised follows; the opening phrase is the writer's
            before_source = False
        if before_source:
            tail = self._adverbial_end(tag, s1)  # 'she told reporters on Tuesday.'
            closer = self._adverbial_end(tag, s1, _TAG_CLOSERS) if tail is None else None
            if (
                closer is not None
                and closer < s1
                and (tokens[source[0] - 1] == "," or tokens[source[0] - 1] in _CLOSING_QUOTES)
                and self._tag_words(cue, closer)
            ):
                # "The port may close, its allies believe — allies she will need": a dash after the tag closes what
                # they said (from the dash opening an aside around it: "… is not whether — that won't happen, they
                # believe — but how"), and the writer goes on; not before "especially", "even", … ("…, Lo said —
                # especially if it rains"), nor after a semicolon, which may go on with her account: both sides
                dashes = [k for k in range(s0, source[0]) if tokens[k] in _TAG_CLOSERS and tokens[k] != ";"]
                start = dashes[-1] + 1 if len(dashes) % 2 and tokens[closer] != ";" else s0
                if tokens[closer] != ";" and closer + 1 < s1 and self._low(closer + 1) not in _DASH_GOES_ON:
                    return source, (start, source[0])
                return source, (start, self._content_end(closer + 1, s1))
            closed_quote = tokens[source[0] - 1] in _CLOSING_QUOTES
            if tail is None and (
                self._hearer_occasion_closes(cue, s1, closed_quote) or self._asked_hearer(cue, s1, closed_quote)
            ):
                return source, (s0, source[0])  # '"…," Lo told staff in a memo.': hers before, as "said in a note"
            if tail is not None and tail >= s1 and self._opening_before_quoted_paragraph(s0, source[0] - 1, s1):
                return source, (cue.last, cue.last)  # the quotation after it is carried as hers (v32)
            if tail is not None and (tail >= s1 or self._participle_after(tail + 1, s1)):
                # '"We will not yield," she said.'; '"…," she said, also seeking to …': her own act, not hers to quote
                return source, (s0, source[0])
            if tail is not None and tail < s1 and tail in self._summing_appositives(s0, s1):
                # "The port may close, Lo said, a move that would cost jobs": the writer's comment after her words
                # (not ", but …", which goes on with hers: "…, she said, but also the flow of drugs")
                return source, (s0, source[0])
            if tail is None and tokens[source[0] - 1] in _CLOSING_QUOTES and self._circumstance_clause(tag, s1):
                # '"It is dead," he said when asked about the plan': the quotation is his, the clause its occasion
                return source, (s0, source[0])
            if tail is not None and self._quoted_sentence_after(tail + 1, s1) and self._only_opening(s0, source[0] - 1):
                # 'After the vote, Lo said, "It may work."': a quoted sentence follows; the opening phrase before
                # the source is the writer's setting, not the first half of her words
                return source, (tail + 1, self._content_end(tail + 1, s1))
            if tail is not None:  # "If he wins, she said, the party will split": both sides are hers
                return source, (s0, self._content_end(tail + 1, s1))
            if self._circumstance_after(self._past_tag_day(tag, s1), s1) and not (
                (cue.last < s1 and self._low(cue.last) == "about" or tag < cue.last)
                and self._only_opening(s0, source[0])
            ):
                # '"It's nonsense," Lo said by telephone on NBC's "Meet the Press."': what precedes is hers; not
                # "Last week, Lo complained about the plan": the opening phrase is the writer's, the topic hers (nor
                # "In a statement, Lo said in an interview the plan …": what she said follows her occasion)
                return source, (s0, source[0])
        if (
            source[0] == s0 > 0
            and self.tokens[s0 - 1] in _CLOSING_QUOTES
            and self._circumstance_after(self._past_tag_day(tag, s1), s1)
        ):
            # '"Is it over?" Ruiz said on Sunday.': the quotation before is hers (it takes her as its speaker),
            # "on Sunday" is no part of it
            return source, (cue.last, cue.last)
        if tag < cue.last:  # "wrote in her book that …", "said in an interview the plan …": past the occasion
            after = self._past_occasion(tag, s1)
            if before_source and (after >= s1 or after == tag + 1 and tokens[source[0] - 1] in _CLOSING_QUOTES):
                # '"…," Lo said in that letter.', '"…," Lo said in response to a query on whether …': hers before
                return source, (s0, source[0])
        elif self._low(after - 1) != "that":
            after = self._past_hearer(cue, self._past_day(self._past_setting(after, s1), s1), s1)
        # "As the mayor announced …,": only a source right after "as" opens such a clause (a test before the call)
        clause_end = (
            self._opening_as_comma(s0, s1, source, cue) if source[0] > s0 and self._low(source[0] - 1) == "as" else None
        )
        if clause_end is not None and after <= clause_end and tokens[clause_end] == ",":
            if (
                after == clause_end
                or tag < cue.last
                or tokens[clause_end + 1] in _OPENING_MARKS
                or after == cue.last
                and self._low(cue.first) in _TELLING  # "As Lo told the Daily News,"
                or self._as_aside(after)
            ):
                # "As the Post reported on Tuesday, the inspector …", 'As Lo said, "…"': the main clause is theirs
                return source, (clause_end + 1, self._content_end(clause_end + 1, s1))
        if self._past_opening_clause(s0, s1, cue, after):
            return source, _NO_CONTENT  # "Although Lo was not charged, he has accused …": the main clause is no content
        after = self._past_named_vehicle(after, s1)
        end = self._content_end(after, s1)
        if clause_end is not None and after <= clause_end < end:
            end = clause_end  # "As the mayor announced a levy on boats, many residents left": the levy only
        end = self._participle_end(s0, cue, after, self._coordinated_end(s0, cue.first, after, end))
        end = self._subject_verb_end(s0, source, cue, after, self._relative_clause_end(source, after, end))
        return source, (after, end)

    def _past_source_tail(self, i: int, s1: int, cue: Match) -> int:
        """Where the content starts after an opening "According to" when the source read stops inside its phrase
        ("According to a study by economists at Yale, the …", "… poll conducted for the network by Ipsos, most …"):
        past the comma that closes the phrase, when no verb of a clause comes before it (one in a relative clause,
        "cables that were later released", is the phrase's). `i` itself when a comma, colon or mark follows the
        source, or when no such comma comes ("According to her the plan will fail": a clause of its own) (v33)."""
        tokens = self.tokens
        if i >= s1 or self._low(cue.first) != "according" or is_punct(tokens[i]) and tokens[i] not in _NAME_MARKS:
            return i
        relative = False
        for k in range(i, min(s1 - 1, i + _SOURCE_TAIL_REACH)):
            word = self._low(k)
            if word == ",":
                if not self._list_goes_on(k, s1):
                    return k + 1
            elif is_punct(tokens[k]) and tokens[k] not in _NAME_MARKS or k in self.cue_tokens:
                return i
            relative = relative or word in _RELATIVE_OR_THAT
            if not relative and (word in _FINITE or word in self.lang.auxiliaries or word in self.lang.past_forms):
                return i
        return i

    def _list_goes_on(self, k: int, s1: int) -> bool:
        """Does the comma at `k` part the members of a list in a source's phrase ("Cruz's friends, aides and
        allies, …"): a few words, "and" or "or" among them, then another comma?"""
        tokens = self.tokens
        for j in range(k + 1, min(s1, k + 6)):
            if is_punct(tokens[j]):
                return tokens[j] == "," and any(_lower(t) in ("and", "or") for t in tokens[k + 1 : j])
        return False

    def _opening_aside(self, s0: int, cue: Match) -> bool:
        """Is the cue an "according to" aside after only an opening phrase, one with no comma nor verb ("In May,
        according to the survey, …", "At the same time, according to Lo, …")? Its source then ends at the comma
        that closes it, as after an opening "According to": what follows is the clause it credits, no appositive of
        the source (v33)."""
        tokens, comma = self.tokens, cue.first - 1
        return (
            self._low(cue.first) == "according"
            and tokens[comma] == ","
            and self._only_opening(s0, comma)
            and not any(t == "," or _lower(t) in _FINITE for t in tokens[self._past_openers(s0, comma) : comma])
        )

    def _subject_aside(self, s0: int, s1: int, cue: Match) -> bool:
        """Is the cue an "according to" aside between a subject with no comma nor verb and its main verb ("The
        professor, according to the paper, failed him"): the first comma after the cue followed by that verb? The
        source ends at that comma, as for a verb the appositive test knows ("…, according to aides, would …") (v33)."""
        tokens = self.tokens
        if self._low(cue.first) != "according" or tokens[cue.first - 1] != "," or cue.first - 1 <= s0:
            return False
        if any(t == "," or _lower(t) in _FINITE for t in tokens[s0 : cue.first - 1]):
            return False
        comma = next((k for k in range(cue.last, min(s1 - 1, cue.last + _SOURCE_TAIL_REACH)) if tokens[k] == ","), None)
        return comma is not None and self._main_verb_after(comma, s1)

    def _only_leaders(self, s0: int, cue: Match) -> bool:
        """Do only leading words stand before the cue, each perhaps set off by a comma ("But according to the
        Navy, …", "Still, according to two aides, …")? They link the sentence to the one before: the writer's, not
        a phrase of the clause the source gives, which reads as after a cue opening the sentence (v33). Not a
        capitalised cue there ("Meanwhile, Said Ali and …": a name)."""
        return self.tokens[cue.first].islower() and self._past_openers(s0, cue.first) >= cue.first

    def _tag_words(self, cue: Match, end: int) -> bool:
        """Are the words after the cue, up to `end`, a tag's circumstances: lower-case words and days ("said on
        Tuesday"), and a hearer after a telling verb ("told Fox News")? Not a name after another verb, its object
        ("In 2010, Lo backed Ed Ruiz — a …", "Lo had said Ruiz — a …": no tag)."""
        tokens = self.tokens
        telling = self._low(cue.first) in _TELLING
        return all(telling or not tokens[k][0].isupper() or self._time_word(self._low(k)) for k in range(cue.last, end))

    def _aside_goes_on(self, cue: Match, source: tuple[int, int], s1: int) -> bool:
        """Is "according to" and its source an aside set off by commas between a subject and its main verb ("The
        plan, according to two aides, would …") or after an opening phrase ("Now, according to the poll, some
        …"), not before a relative or another cue? Not after a whole clause ("Lo leads by 15 points, according to
        the poll, and …": the clause before is the poll's, what follows the writer's). Not in
        a clause a relative pronoun or a bracket opens before it ("(after a god who, according to legend, …)"):
        the sentence's start is not that clause's."""
        tokens, j = self.tokens, source[1]
        s0 = self.doc.sentence_tokens[self.sentence_index][0]
        return (
            self._low(cue.first) == "according"
            and not self._read_from(self.clause_scans, s0, cue.first, _opens_clause)
            and tokens[cue.first - 1] == ","
            and j + 1 < s1 - 1
            and tokens[j] == ","
            and not is_punct(tokens[j + 1])
            and self._low(j + 1) not in RELATIVE_PRONOUNS
            and j + 1 not in self.cue_tokens
            and not self._figure_comment(j, s1)  # "…, according to Acme, the most of any candidate": the clause's (c49)
            and (
                self._main_verb_after(j, s1)
                or self._only_opening(s0, cue.first - 1)
                or self._present_verb_after_aside(s0, cue.first, j, s1)
            )
        )

    def _present_verb_after_aside(self, s0: int, cue: int, j: int, s1: int) -> bool:
        """Does a verb in the present follow the comma at `j` closing an "according to" aside that interrupts a
        plain subject ("The plan, according to officials, enables …"; "Other divisions, according to the poll,
        include …"), so that the clause around the aside is the source's (c58)? The subject: the words from the
        clause's start (past an earlier cue and its "that") to the aside's comma, with no punctuation and no verb.
        The verb: a lower-case word of no closed class before a word, in "-s" after a singular head
        (`_verb_like`) or bare after a plural one. Asked here only: the main-verb test the aside shares with other
        readers knows the past and the auxiliaries alone (a present "-s" there read "…, as the audience laughed
        and applauded" as a cue, u50)."""
        tokens = self.tokens
        start, comma = self._past_cues(s0, cue), cue - 1
        if not (start < comma and j + 2 < s1) or self._only_opening(s0, comma):
            return False
        subject, word, head = tokens[start:comma], self._low(j + 1), self._low(comma - 1)
        if any(is_punct(t) or _lower(t) in _FINITE_OR_BE for t in subject) or any(
            self._verb_like(m) for m in range(start + 1, comma)
        ):
            return False
        if (
            not (is_alpha(tokens[j + 1]) and is_lower(tokens[j + 1]) and is_alpha(tokens[j + 2]))
            or word.endswith(("ing", "ly", "ed"))
            or word in _PREPOSITIONS
            or word in _ARTICLES
            or word in self.lang.determiners
            or word in RELATIVE_PRONOUNS
            or word in _SUBJECT_PRONOUNS
            or word in _LIST_LINKS
            or word in _CLAUSE_CONTINUERS
        ):
            return False
        plural = head.endswith("s") and not head.endswith("ss")
        return self._verb_like(j + 1) if not plural else not word.endswith("s")

    def _past_cues(self, s0: int, aside: int) -> int:
        """Where the clause an aside interrupts starts: past the sentence's last cue before the aside and its
        "that" ("Lo said that the plan, according to two aides, would …": the aides' is "the plan … would …",
        inside what Lo said); `s0` when no cue comes before it."""
        k = next((k + 1 for k in range(aside - 1, s0 - 1, -1) if k in self.cue_tokens), s0)
        return k + 1 if s0 < k < aside - 1 and self._low(k) == "that" else k

    def _subject_clause_end(self, pronoun: int, i: int, end: int) -> int:
        """Where a content starting at `i` ends inside a relative clause with no comma that picks out the sentence's
        subject (k48): after a lone "so" right before the main verb ("Any official who says so is lying"). `end`
        otherwise: a verb after the cue's clause is not told from one inside it ("People who think the economy is
        booming are …" against "A woman who claims she was there says …", docs/quality-history.md, k48)."""
        s0 = self.doc.sentence_tokens[self.sentence_index][0]
        if self._read_from(self.verb_scans, s0, pronoun, _finite_verb):  # once per sentence, not per cue (r24)
            return end
        if i + 1 >= end:
            return end  # "… by those who know": no content, or one word
        after = self._low(i + 1)
        return i + 1 if self._low(i) == "so" and (after in _FINITE_OR_BE) else end

    def _subject_verb_end(self, s0: int, source: tuple[int, int], cue: Match, i: int, end: int) -> int:
        """Where a content ends when its cue stands in the sentence's subject and the content holds no verb of its
        own: an infinitive ("A donor who wants to give more could …") or a portrayal's object and kind ("Efforts to
        portray the mayor as a crook would …"). The first finite auxiliary or modal after it is the sentence's main
        verb (v41), unless a relative or "that" opens a clause first ("who wants to know what is …"). Only with a
        relative pronoun or an infinitive's noun as the source, and no finite verb before the cue. A cue inside a
        relative clause set off by commas in the subject, whatever its source ("That flyer, which echoes a widely
        mocked post, is misleading"), ends at the comma before the main verb. `end` otherwise."""
        tokens = self.tokens
        if i >= end:
            return end
        if self._subject_relative(s0, cue.first):
            comma = next((j for j in range(i + 1, end - 1) if tokens[j] == ","), None)
            closed = None if comma is None else self._closed_before_verb(comma, end)
            return end if closed is None else closed
        if source[0] >= source[1] or source[0] < s0:
            return end
        relative = source[1] - source[0] == 1 and self._low(source[0]) in _RELATIVE_OR_THAT
        if relative and self._low(s0) in ("a", "an") and (comma := self._fronted_appositive(s0, i, end)):
            return comma
        infinitive = cue.first > s0 and self._low(cue.first - 1) == "to" and cue.first - 1 == source[1]
        if not (relative or infinitive) or self._low(i) != "to" and not self._portrayal(cue, i, end):
            return end
        if any(t in _NOT_CLITICS or _lower(t) in _FINITE for t in tokens[s0 : cue.first]):
            return end
        for k in range(i + 1, end):
            word = self._low(k)
            if (
                word in _RELATIVE_OR_THAT
                or word in _COMPLEMENTIZERS
                or word in _WH_WORDS
                or is_punct(word)
                and word != ","
            ):
                return end
            if word in _FINITE or k + 1 < end and tokens[k + 1] in _NOT_CLITICS and word.isalpha():
                if self._low(k - 1) in _JOINS:
                    return end  # "who wants to stay and will …": the cue's own clause goes on
                return k - 1 if tokens[k - 1] == "," else k
        return end

    def _fronted_appositive(self, s0: int, i: int, end: int) -> int:
        """The comma that closes an appositive opening the sentence ("A farmer who backs Lo, Ruiz lost his barn"):
        the first comma after the content's start, a name after it; 0 when there is none (v41)."""
        tokens = self.tokens
        if any(t == "," or t in _NOT_CLITICS or _lower(t) in _FINITE for t in tokens[s0:i]):
            return 0
        comma = next((j for j in range(i + 1, end - 1) if tokens[j] == ","), 0)
        return comma if comma and capitalised(tokens[comma + 1]) and tokens[comma + 1] != "I" else 0

    def _subject_relative(self, s0: int, first: int) -> bool:
        """Does the cue at `first` stand in a relative clause set off by a comma inside the sentence's subject
        (", which echoes a widely mocked post", ", who was widely expected to"): ", which" or ", who" before it
        with no mark between, and no finite verb before that comma? Not when the relative pronoun is the cue's
        source: `_relative_clause_end` reads that clause."""
        tokens = self.tokens
        for k in range(first - 1, s0, -1):
            word = tokens[k]
            if word in _SET_OFF_RELATIVES:  # after a comma, in lower case
                return k + 1 < first and tokens[k - 1] == "," and not self._finite_before(s0, k - 1)
            if is_punct(word) or k in self.cue_tokens:
                return False
        return False

    def _finite_before(self, s0: int, limit: int) -> bool:
        """Is a finite verb or a negation's "'t" written in [s0, limit)? A sentence of many ", who says" clauses
        asked it once per cue, each from the sentence's start (r21)."""
        return self._read_from(self.finite_scans, s0, limit, _finite_word)

    def _read_from(self, scans: dict[int, tuple[int, bool]], s0: int, limit: int, stop: Callable[[str], bool]) -> bool:
        """Is a token `stop` holds for written in [s0, limit)? The reading from `s0` is kept in `scans` (how far it
        read, and whether a stop ended it there) and carried on by the next question, so the cues of a sentence
        read its tokens once, not once each (r21's `_finite_before`, shared by `_aside_goes_on` in r22 and
        `_subject_clause_end` in r24)."""
        end, found = scans.get(s0, (s0, False))
        if found:
            return end < limit
        tokens = self.tokens
        while end < limit:
            if stop(tokens[end]):
                scans[s0] = (end, True)
                return True
            end += 1
        scans[s0] = (end, False)
        return False

    def _portrayal(self, cue: Match, i: int, end: int) -> bool:
        """Is the content at `i` a portrayal's object and the kind it is given ("portray the mayor as a crook"): an
        "as" within a few words after the cue's object, the cue a verb of portrayal that takes it?"""
        return self._low(cue.first).startswith(_PORTRAYAL_STEMS) and any(
            self._low(k) == "as" for k in range(i + 1, min(end, i + 6))
        )

    def _relative_clause_end(self, source: tuple[int, int], i: int, end: int) -> int:
        """Where a content ends inside a relative clause set off by commas (", who said the plan was dead, has
        …", ", which friends described as grim, led to …"): at the comma before the sentence's main verb (a
        finite auxiliary or an -ed word, perhaps after an adverb) or, after a relative pronoun, before "to" or
        "and" ("urged Ruiz, who vowed to stay, to resign"), at a second relative clause ("who sued and who
        lost") or at the bracket that closes it ("(which declined to comment)"): the rest is the writer's
        sentence. `end` when the source opens no such clause."""
        tokens = self.tokens
        # "Beck, who has in the past described": a source read back past the pronoun holds the clause's opening
        # (not "Lo, who placed second, said": that clause closed before the cue)
        s0 = next(
            (
                k
                for k in range(source[0] + 2, source[1])
                if tokens[k - 1] == "," and self._low(k) in ("who", "which") and "," not in tokens[k : source[1] + 1]
            ),
            source[0],
        )
        pronoun = self._low(s0) in RELATIVE_PRONOUNS
        k = s0 - 1 if pronoun else s0 - 2  # ", who said"; ", which friends described"
        if pronoun and (s0 > source[0] or k >= 0 and not is_punct(tokens[k]) and self._low(s0) == "who"):
            # "People who believe the media lie, are unlikely to …": a clause that picks out its subject, whose
            # comma before the main verb closes it; so does a clause read past ("Lo's, who said X, and Y …": X
            # and Y may both be said)
            comma = next((j for j in range(i + 1, end - 1) if tokens[j] == ","), None)
            if comma is None and s0 == source[0] and k >= 0 and not is_punct(tokens[k]):
                return self._subject_clause_end(s0, i, end)
            closed = None if comma is None else self._closed_before_verb(comma, end)
            return end if closed is None else closed
        if k < 1 or tokens[k] not in (",", "(") or not pronoun and self._low(s0 - 1) not in RELATIVE_PRONOUNS:
            return end
        if tokens[i - 1] == "," and self._main_verb_after(i - 1, end):
            return i  # "Norton, which declined to comment, returned the rights": the clause closed at its cue
        for j in range(i + 1, end - 1):
            word = tokens[j]
            if word == ")" and tokens[k] == "(":
                return j
            if pronoun and _lower(word) == "and" and self._low(j + 1) in RELATIVE_PRONOUNS:
                return j
            if word != ",":
                continue
            closed = self._closed_before_verb(j, end)
            if closed is not None:
                return closed
            if pronoun and (
                self._low(j + 1) in _RELATIVE_LEAVES
                or tokens[j + 1] in self.lang.past_forms  # "Lo, who stood by her remarks, left the hall" (k30)
            ):
                return j
            return end
            # only the clause's first comma: a later one may close an aside of the content's own
        return end

    def _closed_before_verb(self, j: int, end: int) -> int | None:
        """Where a clause of the subject closes at the comma at `j` when the sentence's main verb follows it,
        past a quotation the comma closes ('described Trump as “a sociopath,” clearly intended …'); None when
        no main verb follows."""
        if self._main_verb_after(j, end):
            return j
        if j + 2 < end and self.tokens[j + 1] in _CLOSING_QUOTES and self._main_verb_after(j + 1, end):
            return j + 2
        return None

    def _subject_past_source(self, source: tuple[int, int], s1: int) -> int | None:
        """The first comma of a source read forward over appositives when the main verb follows the last ("According
        to the report, Ana Ruiz, the city's mayor, approved …"): what stands after that first comma is the subject of
        the clause credited, with its own appositive, no part of the source. None when no verb follows (c44)."""
        tokens = self.tokens
        a, b = source
        if b + 1 >= s1 or tokens[b] != "," or not self._main_verb_after(b, s1):
            return None
        return next((k for k in range(a + 1, b) if tokens[k] == ","), None)

    def _main_verb_after(self, j: int, end: int) -> bool:
        """Does the main verb of the sentence follow the comma at `j` (before `end`), closing a clause or a
        phrase set off inside its subject: a finite auxiliary, an -ed word or an irregular past ("…, grew by half"),
        perhaps after an -ly adverb ("…, recently ordered"), or a negated auxiliary ("…, doesn't pretend", "…, isn't
        ready": the tokenizer leaves "doesn" + "'t", v41)?"""
        tokens = self.tokens
        k = j + 1 + (tokens[j + 1].endswith("ly") and j + 2 < end)
        word = tokens[k]
        return (
            word in _FINITE
            or word.endswith("ed")
            and word.isalpha()
            and word.islower()
            or word in self.lang.past_forms
            or k + 1 < end
            and tokens[k + 1] in _NOT_CLITICS
            and word.islower()
        )

    def _past_that(self, i: int, s1: int) -> int:
        """Where a content starts past the punctuation and the "that" right after its cue ("said that …", ",
        saying that …" (u48): the "that" is the clause's mark, not what was said), not a demonstrative "that"."""
        tokens = self.tokens
        while i < s1 and (
            is_punct(tokens[i])
            and tokens[i] not in _OPENERS
            and tokens[i] not in _OPENING_MARKS  # "''" opens a quotation in NYT style
            or self._low(i) == "that"
            and not self._demonstrative_that(i, s1)
        ):
            i += 1
        return i

    def _past_setting(self, i: int, s1: int) -> int:
        """Where a content starts that the cue's setting opens before its "that" or "whether": a time, a place,
        an addressee or an aside set off by commas or dashes ("told Politico on Tuesday that", "said in a
        statement that", "claimed - falsely - that", "said, without evidence, that"): the setting is the
        writer's, PolNeAR's content starts at the "that". `i` when other words come first ("said the plan that
        failed …", "announced new measures that …"): a "that" after them may be a relative pronoun."""
        tokens, stops = self.tokens, self.lang.after_source_stops
        if i < s1 and self._low(i) in _SETTING_PREPOSITIONS:
            past = self._prepositional_setting(i, s1)
            if past > i:
                return past
        reach = min(s1 - 1, i + _SETTING_REACH)
        if not holds_any(tokens, _COMPLEMENTIZERS, i + 1, reach):
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
                and self._low(k - 1) not in _PREPOSITIONS  # "to that tweet": a demonstrative
                and tokens[k + 1][:1] not in ("'", "’")  # "and that’s it"
                and self._low(k + 1) not in self.lang.auxiliaries  # "for the Dispatch that was": a relative
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
                    is_upper(word[:1])
                    or word == "."
                    and is_upper(tokens[k - 1][:1])  # "told Mr. Lund", "asked U.S. officials"
                    or word[:1].isdigit()
                    or low in stops
                    or low in _CIRCUMSTANCES
                    or low in _PREPOSITIONS
                    or low in self.lang.naming_words
                    or low.endswith("ly")
                    or self._before_day(k, s1)  # "said late Monday that" (u52)
                )
            ):
                return i
        return i

    def _prepositional_setting(self, i: int, s1: int) -> int:
        """Where a content starts past a setting that the preposition at `i` opens before its "that" ("said at the
        time that", "said during the debate that", "noted in regular updates Wednesday that", "saying for instance
        that"): after the "that" when a clause's subject follows it (an article, a pronoun, a name, a number), not
        a relative's verb ("at a rally that drew …"); `i` when no such "that" comes first (u47)."""
        tokens = self.tokens
        for k in range(i + 1, min(s1 - 1, i + _SETTING_REACH)):
            word = tokens[k]
            low = _lower(word)
            if is_punct(word) or word in _OPENERS or k in self.cue_tokens or low in _SUBJECT_PRONOUNS:
                return i  # "said before he left that …": a clause of the setting's own
            if low in _COMPLEMENTIZERS:
                after = tokens[k + 1]
                subject = (
                    capitalised(after) or after[:1].isdigit() or _lower(after) in _SUBJECT_OPENERS
                ) or self._bare_plural_subject(k + 1, s1)
                own = self._low(k - 1) in _THAT_NOUNS  # "bristled at the suggestion that …"
                return k + 1 if low == "that" and k > i + 1 and subject and not own else i
        return i

    def _bare_plural_subject(self, k: int, s1: int) -> bool:
        """Do two words at `k` in lower case, the first no past form, open a clause before its auxiliary ("saying in
        a tweet that additional lawsuits will be filed", "at the hearing that new fees would …"): a subject with no
        article, not a relative's verb ("at a rally that drew crowds")? (u49)"""
        tokens = self.tokens
        return (
            k + 2 < s1
            and is_lower(tokens[k][:1])
            and is_lower(tokens[k + 1][:1])
            and not tokens[k].endswith("ed")
            and tokens[k] not in _LIST_LINKS
            and tokens[k + 1] not in self.lang.auxiliaries  # "more than that and will have to …"
            and self._low(k + 2) in _CLAUSE_AUXILIARIES
        )

    def _past_occasion(self, i: int, s1: int) -> int:
        """Where a content starts after the occasion a cue's closing "in" at `i` opens (k57): after a "that"
        within reach ("wrote in her book that …", "said in a statement sent to the paper that …"), not a relative
        one nor past another clause's subject or "whether"; else at an
        article, a pronoun or a capital that follows a word of the occasion's own, no preposition, determiner or
        name ("said in an interview the plan …", "said in an interview with CNN the bill …"), past its days ("said
        in a statement Thursday night they …"); the sentence's end when the occasion closes it ("said in a
        note."); `i + 1` when none of these is read."""
        tokens = self.tokens
        for k in range(i + 1, min(s1 - 1, i + _SETTING_REACH)):
            word = tokens[k]
            low = _lower(word)
            if is_punct(word) or word in _OPENERS or k in self.cue_tokens or low in _SUBJECT_PRONOUNS:
                break  # "in response to a query on whether he feared that …": a clause of the occasion's own
            if low in _COMPLEMENTIZERS and self._low(k - 1) not in _PREPOSITIONS:  # "in that letter": no clause
                after = tokens[k + 1]
                if low != "that" or _lower(after) in self.lang.auxiliaries or after.islower() and after.endswith("ed"):
                    return i + 1  # "in a post that was deleted", "in a film that showed …": where it ends is unread
                return k + 1
        for k in range(i + 1, min(s1, i + _SETTING_REACH)):
            word, low, before = tokens[k], self._low(k), self._low(k - 1)
            if is_punct(word) and word not in _OPENERS:
                return s1 if all(is_punct(t) for t in tokens[k:s1]) else i + 1
            if word in _OPENERS or k in self.cue_tokens or low in _COMPLEMENTIZERS:
                return i + 1
            if (
                self._time_word(low)
                or capitalised(word)
                and (capitalised(tokens[k - 1]) or before in _POSSESSIVE_MARKS)
            ):
                continue  # "in a statement Thursday", "with CNN's Gloria Borger": the occasion's day or name
            if (
                (low in _ARTICLES or low in _SUBJECT_PRONOUNS or capitalised(word))
                and before not in _PREPOSITIONS
                and before not in _ARTICLES
                and before not in _POSSESSIVE_DETERMINERS
                and not self._time_word(before)
            ):
                return k
        return i + 1

    def _past_named_vehicle(self, i: int, s1: int) -> int:
        """Where a content starts that opens on a short noun phrase naming its vehicle, then a colon or comma and a
        quotation ("said in a statement: "We …"", "added a caveat: "…"", "issued an unequivocal denial: "…""): at
        the quotation, which is what was said; the statement, caveat or denial is how (u52). `i` otherwise, as
        when a verb comes before the colon ("told me the Pope had said to me in Rome: "…"")."""
        tokens = self.tokens
        if i >= s1 or self._low(i) not in _ARTICLES:
            return i
        for k in range(i + 1, min(s1 - 1, i + _VEHICLE_REACH)):
            if tokens[k] in (":", ",") and k > i + 1:
                # a mark after the colon or comma opens a quotation when that comma is in none and no tag's cue
                # follows it ('as a nut job," Lo said': the mark closes one)
                opens = tokens[k + 1] in _OPENING_MARKS and not self.doc.in_quote(k, k + 1)
                return k + 1 if opens and not any(j in self.cue_tokens for j in range(k + 2, min(s1, k + 6))) else i
            if not is_lower(tokens[k][:1]) or self._low(k) in _FINITE or self._low(k) in self.lang.auxiliaries:
                return i
        return i

    def _past_tag_day(self, i: int, s1: int) -> int:
        """Past a bare day right after a tag's cue, with its part ('"…," Lo said Wednesday in an interview.', "said
        Tuesday night on NBC"): where the circumstances after it start, `i` when no day follows. The day is when it
        was said, as the circumstances are, so neither is what was said (u42)."""
        day = i + 1 if self._before_day(i, s1) else i  # "reported late Thursday" (u52)
        if day + 1 >= s1 or self._low(day) not in _BARE_TIMES:
            return i
        return day + 2 if self._low(day + 1) in _TIMES_OF_DAY else day + 1

    def _past_day(self, i: int, s1: int) -> int:
        """Where a content starts past a bare day right after its cue ("said Thursday he would run", k47's blind
        set), with its part ("said Tuesday night he"): when it was said, not the first word of it; not "said Monday's
        vote …" nor "said Monday.", nor before a setting ("said Sunday on NBC", "said Friday when asked"): a content
        of the setting alone is no better for losing its day. A day, bare or after "on", before the "to" or "for"
        that opens what was urged or vowed ("called Tuesday for lawmakers to …", "vowed on Monday to stay") is
        skipped too (u50): the content starts at that word."""
        tokens = self.tokens
        part = i + 1 if self._before_day(i, s1) else i  # "said late Monday that …" (u52)
        day = part + 1 if part + 2 < s1 and self._low(part) == "on" else part
        if day + 1 >= s1 or self._low(day) not in _BARE_TIMES:
            return i
        k = day + 2 if self._low(day + 1) in _TIMES_OF_DAY else day + 1
        if k + 1 < s1 and self._low(k) in _DAY_CONTENT_LINKS:
            return k
        if day > part or k >= s1 or not tokens[k][:1].isalnum() or self._low(k) in _SETTING_OPENERS:
            return i
        return k

    def _past_hearer(self, cue: Match, i: int, s1: int) -> int:
        """Where what a verb of telling reports starts past its hearer: after a "that" the setting words of
        `_past_setting` did not reach ("told a packed crowd in Windham, New Hampshire, that …"), at a subject
        pronoun ("told Fox News on Tuesday he thinks …", "told them they have lost …") or at a quotation opened
        after a comma or colon ('told his supporters, "Our nation …"'). The hearer is no part of what was said
        (PolNeAR's contents start past it). `i` when the content does not start right after the cue or a word
        before that point may be a verb or open a clause ("told CNN the plan failed because he …", "told the
        story of how he …")."""
        tokens = self.tokens
        if i != cue.last or self._low(cue.first) not in _TELLING:
            return i
        for k in range(i, min(s1 - 1, i + _HEARER_REACH)):
            word = tokens[k]
            low = _lower(word)
            if k > i and low in _SUBJECT_PRONOUNS:
                return k
            if k > i and low in _OCCASION_PREPOSITIONS and self._occasion_opens(k + 1):
                past = self._past_occasion(k, s1)  # "told staff in a memo the plan …": past the occasion (k58)
                if k + 1 < past < s1:
                    return past
            if k > i and low == "that":  # not a relative: "told a crowd that spilled out …"
                after = tokens[k + 1]
                relative = is_punct(after) or _lower(after) in self.lang.auxiliaries or after.endswith("ed")
                return i if relative else k + 1
            if word in (",", ":") and tokens[k + 1] in _OPENING_MARKS:
                return k + 1
            if word == "," and k > i:  # "told the board, according to the minutes, that …": an aside (k56)
                close = next((j for j in range(k + 2, min(s1 - 2, k + _HEARER_REACH)) if tokens[j] == ","), None)
                if close is not None and self._low(close + 1) == "that" and tokens[close + 2][:1].isalnum():
                    return close + 2
            if self._no_hearer_word(k):
                return i
        return i

    def _hearer_occasion_closes(self, cue: Match, s1: int, quoted: bool) -> bool:
        """Do a telling verb's hearer and an occasion its "in" opens close the sentence ('…, Lo told employees in a
        memo.'), or, after a quotation (`quoted`), the hearer and its setting alone ('"…," she told the paper in late
        May.')? Then neither is what was said: the words before the source are (k58)."""
        tokens, i = self.tokens, cue.last
        if self._low(cue.first) not in _TELLING:
            return False
        for k in range(i + 1, min(s1 - 1, i + _HEARER_REACH)):
            low = self._low(k)
            if low in _OCCASION_PREPOSITIONS and self._occasion_opens(k + 1):
                return self._past_occasion(k, s1) >= s1
            if quoted and low in _TOPIC_PREPOSITIONS:
                continue  # '"…," Lo told the AP of the prospects for peace.': the quotation's topic (u52)
            if quoted and self._writers_after_hearer(k, s1):
                return True  # '"…," Lo told the crowd, her voice drowned out by boos.': the writer's from the comma
            if self._no_hearer_word(k) or low in _SUBJECT_PRONOUNS or low in _COMPLEMENTIZERS:
                return False
        return quoted and i < s1 - 1 < i + _HEARER_REACH and is_punct(tokens[s1 - 1])

    def _writers_after_hearer(self, k: int, s1: int) -> bool:
        """After a quotation and its tag's hearer, do the writer's words start at `k`: a comma that sets off no
        place ("told the crowd, her voice drowned out by boos", "told a cheering crowd, then referred to …") or
        a clause of occasion ("told Reuters when asked if …", "told Fox after he was asked …"), with no quotation
        opening after it ('told the crowd, "…"': her words go on) (u52)?"""
        tokens, low = self.tokens, self._low(k)
        if any(t in _OPENING_MARKS for t in tokens[k + 1 : s1]):
            return False
        if tokens[k] == ",":
            return not (capitalised(tokens[k - 1]) or capitalised(tokens[k + 1]))
        return low in _OCCASION_OPENERS and not (
            low == "as" and (self._low(k + 1) == "to" or tokens[k + 1].endswith(("ed", "ing")))
        )

    def _asked_hearer(self, cue: Match, s1: int, quoted: bool) -> bool:
        """After a quotation (`quoted`), does the hearer of "asks" or "asked" alone close the sentence ('"Can you
        hurry?" he asks the operator.')? Then the quotation is what was asked, not the hearer (c45: the content was
        "the operator.")."""
        tokens, i = self.tokens, cue.last
        if not quoted or self._low(cue.first) not in _ASKING or not i < s1 - 1 < i + _HEARER_REACH:
            return False
        if not is_punct(tokens[s1 - 1]):
            return False
        return not any(
            self._no_hearer_word(k) or self._low(k) in _SUBJECT_PRONOUNS or self._low(k) in _COMPLEMENTIZERS
            for k in range(i, s1 - 1)
        )

    def _occasion_opens(self, k: int) -> bool:
        """Does an occasion start at `k` after a telling verb's hearer and "in": an article or a possessive ("in a
        memo", "in his filing"), not a place or a time ("in snowy Windham", "in late May")?"""
        low = self._low(k)
        return low in _ARTICLES or low in _POSSESSIVE_DETERMINERS

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
        verb = is_alpha(word) and is_lower(word) and word.endswith("ed") and _lower(before) not in _ARTICLES
        # "told Bloomberg in late May": the month (k58); "told CNN then": a time (u52)
        auxiliary = low in self.lang.auxiliaries and word != "May" and low not in _HEARER_TIMES
        member = low == "of" and _lower(before) in _HEARER_HEADS  # "told members of the council that" (u53)
        return verb or k in self.cue_tokens or auxiliary or low in _HEARER_STOPS and not member

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
        before, first, word = self._low(what - 1), self._low(source[0]), tokens[after]
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
        ("despite a letter from ICE saying"; a poll or a survey speaks for itself: "released a poll showing").
        c50: also a message with a tail ("a memo to the Post in April explaining"), a `sent_messages` noun ("ran an
        ad calling"), a verb that sends only with its particle ("blasted out"), and an addressee alone ("emailed
        supporters saying")."""
        tokens, lang = self.tokens, self.lang
        if (
            cue - 2 > s0
            and tokens[cue - 2] in _ADDRESSING_VERBS
            and (sender := self._addressed_sender(s0, cue)) is not None
        ):
            return sender
        # a document (not a poll or a survey, which speak for themselves) or a `sent_messages` word ("a robocall",
        # "an ad"), also in the plural ("letters", "ads"): `Words.sent_messages`
        messages, k = lang.sent_messages, cue - 1
        while k > s0 and cue - k <= _MESSAGE_REACH and self._low(k) not in messages:
            if is_punct(tokens[k]) or k in self.cue_tokens:  # "a text message to supporters"
                return None
            k -= 1
        if self._low(k) not in messages:
            return None
        noun = k
        # back to the article ("a fundraising email", "a press release") or to the verb ("ran national ads")
        while (
            k > s0
            and self._low(k) not in _ARTICLES
            and not (
                (tokens[k - 1] in lang.sending_verbs or tokens[k - 1] in _PARTICLES_OR_BACK)
                and self._sending_word(k - 1)
            )
        ):
            k -= 1
            if is_punct(tokens[k]) or self._low(k) in self.back_stops or noun - k > 4:
                return None
        k -= 1
        if k > s0 and tokens[k] == ",":  # "sent Ryan, R-Wis., a letter": past the addressee
            start = k
            while k > s0 and start - k < 8 and (tokens[k][:1].isupper() or tokens[k] in ",."):
                k -= 1
        elif k > s0 and (tokens[k][:1].isupper() or self._low(k) in OBJECT_PRONOUNS):
            k -= 1  # "sent Ruiz a letter", "sent them a letter"
        elif k > s0 and (addressee := self._addressee_start(s0, k)) is not None:
            k = addressee - 1  # "sent lawmakers a memo", "sent each member a letter"
        if k > s0 and self._low(k) in _PARTICLES_OR_BACK:
            k -= 1  # "put out", "sent out"; "blasted out", "fired back" (c50)
            if self._low(k) in _PARTICLE_SENDERS:
                return k
        return k if k > s0 and tokens[k] in lang.sending_verbs else None

    def _sending_word(self, k: int) -> bool:
        """Is the word at `k`, a sending verb or the particle after one right before a message with no article
        (the caller tests the word), no adjective after an article or a possessive ("the caucus's signed memo")?"""
        before = self._low(k - 1)
        return before not in _ARTICLES and before not in _POSSESSIVE_MARKS and before not in _POSSESSIVE_DETERMINERS

    def _addressed_sender(self, s0: int, cue: int) -> int | None:
        """The verb of "emailed supporters saying", "texted voters urging" (c50), an `addressing_verbs` word (lower
        case, as the caller tests: "Writes" may open a headline) two words before the gerund cue, when its object
        right before the cue is its addressee (people): the message speaks for its sender."""
        verb = cue - 2
        return verb if verb > s0 and self._addressee_start(s0, cue - 1) is not None else None

    def _addressee_start(self, s0: int, k: int) -> int | None:
        """Where the addressee ending at `k` starts when it is a lower-case noun for people between a sending verb
        and its message ("sent lawmakers a memo", "mailed each member a letter", "sent its donors an email"): with
        the word that determines it; None when the word names no people."""
        tokens, lang = self.tokens, self.lang
        word = tokens[k]
        if not (word.isalpha() and word.islower()) or word in lang.sending_verbs or word in lang.past_forms:
            return None  # "sent a letter": no addressee
        if not (
            word in lang.person_nouns
            or word in lang.group_nouns
            or word in lang.legislator_nouns
            or word in lang.kin_nouns
            or self._agent_noun(k, False)
            or self._agent_noun(k, True)
        ):
            return None
        before = self._low(k - 1) if k - 1 > s0 else ""
        determined = before in _POSSESSIVE_DETERMINERS or before in _ARTICLES or before in ("each", "every", "all")
        return k - 1 if determined else k

    def _moved_people(self, a: int, b: int) -> bool:
        """Is the object [a, b) of a `causative_verbs` word someone who could think or say ("some", "many
        cyber experts", "her", "the navy sailor", "Ana Ruiz"), not a place or a thing ("the hall", "the vote")?"""
        tokens, lang = self.tokens, self.lang
        head_at = self._head(a, b)
        word = self._low(head_at)
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
        infinitive = cue > s0 and self._low(cue - 1) == "to"
        if not (infinitive or _gerund(word)):
            return self._object_end(s0, cue, i, end)
        for k in range(i, end - 1):
            word = tokens[k]
            if (word == "to") if infinitive else _gerund(word):
                return end  # "to offer a mea culpa for setting up a server and passing": the content's own verb
            if k == i or _lower(word) != "and":
                continue
            j = k + 1
            if j + 1 < end and ly_adverb(tokens[j]):
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
        if not (first.endswith("ed") or present) or not is_lower(first) or cue > s0 and self._low(cue - 1) in _BE:
            return end  # "was criticized by": a passive
        reach = min(end - 1, i + _OBJECT_REACH)
        if not holds(tokens, "and", i, reach):
            return end  # most contents: one look, no word-by-word reading
        for k in range(i, reach):
            word = self._low(k)
            if word == "," or self._clause_sign(k, i):
                return end
            if word != "and" or k - i < 2 or k - i == 2 and self._low(i) == "as" or self.doc.in_quote(k, k + 1):
                continue  # "rejected as baseless and fabricated the report": a list of two adjectives
            j = k + 1
            if j + 1 < end and ly_adverb(tokens[j]):
                j += 1  # "and reportedly argued"
            verb = tokens[j]
            if not (is_lower(verb) and is_alpha(verb)):
                continue
            if present:  # "praises Lo and calls her …", "denies it and has said …"; not a plural ("and others")
                if verb.endswith("s") and j in self.cue_tokens or verb in _PERFECT:
                    return k
            elif (
                verb.endswith("ed")
                or verb in _FINITE
                or j in self.cue_tokens
                and self._low(i) != "to"
                and not _gerund(verb)
            ):
                # not "continued to love and believe in …" (one infinitive's two verbs), nor "blamed the levy for
                # raising rents and pushing up prices" (the object's two gerunds)
                return k
        return end

    def _clause_sign(self, k: int, i: int) -> bool:
        """Does the token at `k`, in a content opening at `i`, show that the content is a clause rather than a
        cue's object: an auxiliary, a relative or "that", a subject pronoun, a clause's mark, an -ed or negated
        verb, or a name's -s verb ("Lo opposes")?"""
        tokens = self.tokens
        word = self._low(k)
        return (
            word in _FINITE
            or word in _RELATIVE_OR_THAT
            or word in _SUBJECT_PRONOUNS
            or word in (";", ":")
            or word in _DASHES
            or word.endswith("ed")
            or word[-2:] in ("'t", "’t")
            or word.endswith("s")
            and is_lower(tokens[k])
            and k > i
            and capitalised(tokens[k - 1])
        )

    def _participle_end(self, s0: int, cue: Match, i: int, end: int) -> int:
        """Where a cue's object ends before a comma and a participle ("praised the plan, calling it bold",
        "opposed the levy, believing it unfair"): the participle's subject is the clause's, the source, so what
        follows is the writer's account of the source's act, not what was praised or opposed. Only when the
        content is an object, no clause (`_clause_sign`), outside a quotation, and the participle is no
        preposition or a word that describes the object ("including", "ranging", "dating": `object_participles`).
        On PolNeAR dev such a tail lay outside the annotated content 55 times of 80 after an object (v36)."""
        tokens = self.tokens
        reach = min(end - 3, i + _OBJECT_REACH)
        if i != cue.last or not holds(tokens, ",", i + 1, reach):
            return end  # most contents: no comma near, one look
        k = find_token(tokens, ",", i + 1, reach)
        j = k + 1 + (ly_adverb(tokens[k + 1]) and k + 2 < end)
        word = tokens[j]
        if (
            not _gerund(word)
            or word in _OBJECT_PARTICIPLES
            or self._low(j + 1) in _LIST_LINKS  # "a kind, loving and able man": adjectives
            or cue.first > s0
            and self._low(cue.first - 1) in _BE
            or self._low(i) in self.lang.source_stops
            or any(self._low(m) in _CLAUSE_CUES for m in range(cue.first, cue.last))
            or self.doc.in_quote(i, k)
        ):
            return end  # a passive's subject, a clause's opener or a cue that takes a bare clause
        for m in range(i, k):
            token = tokens[m]
            if (
                self._clause_sign(m, i)
                or self._object_gerund(m, i)
                or token in _OPENING_MARKS
                or token in _CLOSING_QUOTES
            ):
                return end
        return k

    def _object_gerund(self, k: int, i: int) -> bool:
        """Is the token at `k` a gerund that heads the content opening at `i` or follows a preposition in it
        ("supported eliminating caucuses, limiting …", "accused Lo of covering up, delaying …"): a participle
        after the comma is then the next of a list, not the source's act."""
        word = self.tokens[k]
        return _gerund(word) and word not in _OBJECT_PARTICIPLES and (k == i or self._low(k - 1) in _PREPOSITIONS)

    def _before_comma_relative(self, source: tuple[int, int]) -> tuple[int, int]:
        """The source read after a cue, cut before a relative clause set off by a comma ("angered party leaders, who
        have long backed the plan": the leaders)."""
        tokens = self.tokens
        for k in range(source[0] + 1, source[1] - 1):
            if tokens[k] == "," and self._low(k + 1) in RELATIVE_PRONOUNS:
                return (source[0], k)
        return source

    def _comma_relative(self, s0: int, cue: int) -> int:
        """The relative pronoun after the last comma before a cue, when no comma follows it and no auxiliary right
        after it (a passive's, "which was first reported by", read with its cue); else the sentence's start."""
        tokens = self.tokens
        for i in range(cue - 1, s0, -1):
            if tokens[i] == ",":
                relative = i + 2 < cue and self._low(i + 1) in RELATIVE_PRONOUNS
                return i + 1 if relative and self._low(i + 2) not in self.lang.auxiliaries else s0
        return s0

    def _after_comma(self, s0: int, cue: int) -> bool:
        """Does a comma, perhaps with one adverb after it, stand right before the cue (", saying", ", also
        seeking")?"""
        tokens = self.tokens
        k = cue - 1
        if k > s0 and (self._low(k) in _PARTICIPLE_ADVERBS or tokens[k].endswith("ly") and tokens[k].isalpha()):
            k -= 1
        return k > s0 and tokens[k] == ","

    def _last_that_or_colon(self, s1: int) -> int:
        """The last "that" or colon of the sentence ending at `s1`, else -1: found once per sentence
        (`thats_found`), where each cue of a sentence of many read on to its end (r24)."""
        last = self.thats_found.get(s1)
        if last is None:
            s0, tokens = self.doc.sentence_tokens[self.sentence_index][0], self.tokens
            last = next((k for k in range(s1 - 1, s0 - 1, -1) if tokens[k] == ":" or _lower(tokens[k]) == "that"), -1)
            self.thats_found[s1] = last
        return last

    def _circumstance_after(self, i: int, s1: int) -> bool:
        """Do only circumstances follow the cue to the sentence's end: a preposition opens them and no "that"
        or colon brings a content ("said by telephone on NBC's show", "proclaimed to a cheering crowd")? Not
        an infinitive after a cue other than "say" ("Last week, he vowed to veto the bill": what he vowed
        follows; the opening phrase is the writer's, "said to applause" is no infinitive); after "continued"
        only an infinitive that is a cue itself ("continued to insist", not "continued to test missiles")."""
        tokens = self.tokens
        return (
            i < s1
            and self._low(i) in _PREPOSITIONS
            and self._last_that_or_colon(s1) < i
            and not self._quotation_opens(i, s1)
            and not self._question_after(i, s1)
            and not (
                self._low(i) == "to"
                and i + 1 < s1
                and _bare_verb(tokens[i + 1])
                and self._low(i - 1) not in _SAY_FORMS
                and (self._low(i - 1) not in _CONTINUE_FORMS or i + 1 in self.cue_tokens)
            )
        )

    def _quotation_opens(self, i: int, s1: int) -> bool:
        """Does a quotation open among the words from `i` to `s1`, past the titles of the setting (`_title_at`)?"""
        tokens = self.tokens
        k = i
        while k < s1:
            if tokens[k] not in _OPENERS:
                k += 1
            elif self._title_at(i, k, s1):
                k = next((j for j in range(k + 1, s1) if tokens[j] in _CLOSING_QUOTES), s1) + 1
            else:
                return True
        return False

    def _title_at(self, i: int, k: int, s1: int) -> bool:
        """Does the mark at `k` open a title that a preposition of the setting after `i` governs, perhaps through an
        article or a possessive name ('on "This Week."', 'on NBC's "Meet the Press."', 'during a taping on the
        "Late Hour"', 'on PBS's the "Charlie Rose" show'), a capital next? The title names the occasion, it brings no
        content (u49); not a phrase a topic's or a verb's object quotes ('about the "Ebola situation"', 'chants of
        "…"', 'to include the "X-Agent" software'), nor a mark right after the cue ('wrote in "…"')."""
        tokens = self.tokens
        if not (tokens[k] in _OPENING_MARKS and k + 1 < s1 and capitalised(tokens[k + 1])):
            return False
        j = k - 1
        while (
            j > i
            and j >= k - 3
            and (self._low(j) in _ARTICLES or tokens[j] in _POSSESSIVE_MARKS or capitalised(tokens[j]))
        ):
            j -= 1
        return j >= i and j not in self.cue_tokens and self._low(j) in _SETTING_PREPOSITIONS

    def _question_after(self, i: int, s1: int) -> bool:
        """Does the preposition at `i` open the question the cue is about ("split on whether", "hedged as to
        whether")? That question is what the source holds, not a circumstance of the cue (v28)."""
        tokens = self.tokens
        return any(_lower(t) == "whether" for t in tokens[i + 1 : min(i + 3, s1)])

    def _only_opening(self, s0: int, end: int) -> bool:
        """Is all before the source's comma at `end` an opening phrase of the writer's ("Last week,", "Despite
        the dismal polls,", "While the interview was staged,"): no quotation, colon or semicolon, and a
        preposition, subordinator, adverb, participle or time word first? The marks are read once per start (r22)."""
        k = self._past_openers(s0, end)
        if k >= end or self._read_from(self.opening_scans, s0, end, _closes_opening):
            return False
        word = self._low(k)
        return self._opening_phrase(word) or word in _OPENING_WORDS or self._time_word(word)

    def _participle_after(self, i: int, s1: int) -> bool:
        """Does an -ing participle open the words at `i`, perhaps after one adverb ("adding", "also seeking")?"""
        tokens = self.tokens
        if i < s1 and (self._low(i) in _PARTICIPLE_ADVERBS or tokens[i].endswith("ly") and tokens[i].isalpha()):
            i += 1
        return i < s1 and tokens[i].islower() and tokens[i].endswith("ing") and len(tokens[i]) > 4

    def _right_after_cue(self, s0: int, cue: int) -> bool:
        """Does the participle cue at `cue` follow a cue's verb in the past or a form of "say", with no comma
        between, perhaps after "also" or an adverb ("he said adding that …", "Lo replied also noting …", "Lo denied
        asking …"): the speaker is that verb's (u45)? Not after a noun cue ("reports suggesting", "a statement
        saying", whose content stays as it was)."""
        tokens = self.tokens
        k = cue
        while k > s0 and (self._low(k - 1) == "also" or ly_adverb(tokens[k - 1])):
            k -= 1
        verb = tokens[k - 1]
        return (
            k - 1 > s0
            and k - 1 in self.cue_tokens
            and verb.islower()
            and (verb.endswith("ed") or verb in self.lang.past_forms or verb in _SAY_FORMS)
        )

    def _demonstrative_that(self, k: int, s1: int) -> bool:
        """Is the "that" at `k`, right after a cue, a demonstrative before one word that ends the sentence or clause
        ("has dismissed that option.", "rejected that idea; …"): part of the object, not the word opening a clause,
        which needs a subject and a verb (u47)? Not before a pronoun ("that she, too, …"), an adverb ("said that
        internationally, …"), a comma or a dash, after which an aside may split a clause ("on the assumption that
        terrorism, not taxes, …", "noted that abortion – a word … – is …")."""
        tokens = self.tokens
        if k + 1 >= s1:
            return False
        word = tokens[k + 1]
        return (
            word.isalpha()
            and word.islower()
            and not ly_adverb(word)
            and word not in _SUBJECT_OPENERS
            and (k + 2 >= s1 or tokens[k + 2] in _OBJECT_STOPS)
        )

    def _lone_dash(self, s0: int, k: int) -> bool:
        """Is token `k` a dash after a clause of four words or more, the sentence's only dash: set before a participle
        as a comma would be, not a pair around an aside (k67)?"""
        tokens = self.tokens
        return k > s0 + 3 and tokens[k] in _DASHES and not any(t in _DASHES for t in tokens[s0:k])

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
        if self._lone_dash(s0, k - 1):
            return k - 1  # "Lo changed his pick on the spot – saying …": a dash set as the comma
        if self._after_comma(s0, cue):  # ", also seeking to …"
            return self._comma_before(cue)
        if self._right_after_cue(s0, cue):  # "Lo said adding that …": the comma left out
            return cue
        k = cue
        while k > s0 and (self._low(k - 1) == "also" or ly_adverb(tokens[k - 1])):
            k -= 1
        if k > s0 + 1 and self._low(k - 1) in _SUBORDINATORS and not is_punct(tokens[k - 2]):
            return k - 1
        return k - 1 if k > s0 + 2 and self._low(k - 1) in _SUBORDINATORS and tokens[k - 2] == "," else None

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
                and (
                    tokens[k] in _CONTENT_STOPS
                    and (
                        self._low(k + 1) in _CONTRASTS
                        if tokens[k] == ","
                        else tokens[k] == ";" or self._low(k + 1) not in _DASH_GOES_ON
                    )
                    or tokens[k] == "-"
                    and self._hyphen_contrast(k, s0, s1)
                )
            ]
            if len(self.content_stops) > 1:
                interrupted = self._interrupting_dashes(s0, s1)
                if interrupted:
                    self.content_stops = [k for k in self.content_stops if k not in interrupted]
            if self.content_stops:
                self.content_stops = [
                    k
                    for k in self.content_stops
                    if not self._that_goes_on(k, s1)
                    and not self._correlative_but(k, s0, s1)
                    and not self._contrast_aside(k, s1)
                ]
            opening = self._opening_clause_end(s0, s1)
            if opening is not None:
                insort(self.content_stops, opening)
            for k in self._summing_appositives(s0, s1):
                insort(self.content_stops, k)
            for k in self._relative_cue_commas(s0, s1):
                insort(self.content_stops, k)
            if self.doc.quotes:
                for k in self._quotation_closes(s0, s1):
                    insort(self.content_stops, k)
        k = index_after(self.content_stops, i - 1)  # the first stop at or after i
        if k < len(self.content_stops):
            return self.content_stops[k]
        return s1 - 1 if s1 - 1 > i and self.tokens[s1 - 1] in ("?", "!") else s1

    def _hyphen_contrast(self, k: int, s0: int, s1: int) -> bool:
        """Is token `k` a dash typed as a spaced hyphen or two ("… with Americans -- but it clearly was …", "… in 2018
        - though it is unclear …") before a contrast: the writer takes the word back there, as after ", but" (v40).
        Only the dash's first hyphen, only before a contrast, and not when a dash follows: the contrast then opens an
        aside inside what was said ("her father had begun - but never finished - the process")."""
        tokens = self.tokens
        if k == s0 or tokens[k - 1] == "-":
            return False
        j = k + 1 + (tokens[k + 1] == "-")
        return j < s1 and self._low(j) in _CONTRASTS and not any(tokens[m] in _DASHES for m in range(j + 1, s1))

    def _correlative_but(self, k: int, s0: int, s1: int) -> bool:
        """Does the stop at `k` open the second half of a correlative ("… not only to defeat them, but also to …",
        "… if her life is in danger, but not for …"): a "but" followed by "not", or one after a "not only", "not
        just", "not for" … since the sentence's previous stop, or after a "more than just" ("… as more than just a
        road - … - but as a belt", v41). What was said goes on over it: on PolNeAR dev the annotated content ran on
        there 14 times of 15 it was marked (v40)."""
        tokens = self.tokens
        j = k + 1 + (tokens[k] == "-" and tokens[k + 1] == "-")
        if j + 1 >= s1 or self._low(j) != "but" or is_punct(tokens[j + 1]):
            return False  # no second half: the sentence ends on "but" (r19)
        if self._low(j + 1) == "not":
            return True
        start = s0  # the previous stop (the stops are in order), typed loops: no generator made per ", but" (p50)
        for m in self.content_stops or ():
            if start < m < k:
                start = m
        for m in range(start, k - 1):
            # length first: a token of any other length lowers to neither word, and most are words of other lengths
            size = len(tokens[m])
            if size == 3 and self._low(m) == "not" and self._low(m + 1) in _CORRELATIVE_NOTS:
                return True
            if (
                size == 4
                and m > s0
                and self._low(m) == "than"
                and self._low(m - 1) == "more"
                and self._low(m + 1) in _CORRELATIVE_ONLYS
            ):
                return True
        return False

    def _contrast_aside(self, k: int, s1: int) -> bool:
        """Does the comma at `k` open a short contrast set inside a clause that goes on after its closing comma
        ("economic inequality, though it existed, was not the flashpoint", "the email scandal, while troublesome,
        was dealt with"): a contrast word, at most a few words, a comma and the main verb (v41)? What was said
        goes on over the aside."""
        tokens = self.tokens
        if tokens[k] != "," or self._low(k + 1) not in _CONTRASTS:
            return False
        for j in range(k + 2, min(s1 - 1, k + 2 + _CONTRAST_ASIDE_WORDS)):
            if is_punct(tokens[j]):
                return tokens[j] == "," and self._main_verb_after(j, s1)
        return False

    def _that_goes_on(self, k: int, s1: int) -> bool:
        """Does the stop at `k` open a second "that" clause of the same report ("said the plan failed, but that the
        council …", "— and that …", "— only that …", "— that …"): what was said goes on over it (v34). Not a
        demonstrative "that" ("but that could change", "but that report was old"): a subject must follow it; nor
        after a semicolon ("…; that the pope lied": the writer's conclusion)."""
        tokens = self.tokens
        j = k + 1 + (k + 2 < s1 and self._low(k + 1) in _THAT_LINKS)
        if j + 1 >= s1 or tokens[k] == ";" or self._low(j) != "that":
            return False
        word = tokens[j + 1]
        return _lower(word) in _THAT_SUBJECTS or word in _OPENING_MARKS or capitalised(word) and word != "I"

    def _interrupting_dashes(self, s0: int, s1: int) -> set[int]:
        """The long dashes of a pair set inside a clause that goes on after the second ("an unborn baby – up
        until its birth – has no rights", "— 55 percent — of them said"): what was said runs on past the aside.
        Not when the word after the pair opens a clause of its own ("— a dream of many — while Lo …", "— it
        seems"), nor after "and" with one ("— and some aides were sent"), unless the pair follows "that" ("said
        that — in his view — the plan …": the clause after it is what was said); nor when a cue stands inside
        the pair ("— as Lo noted on Monday — promises", "— a man who many believe … — will"): that aside is an
        attribution of its own, and what follows it the writer's main clause; or right before it ("asked her to
        submit to questioning — before May — coincides with"): what follows it is no content; nor when the clause before the pair
        already has its finite verb, not a cue's ("what they are doing — … — is our right": the verb after the
        pair, "coincides", "is", "stressed", is the main clause's)."""
        tokens = self.tokens
        dashes = [k for k in range(s0, s1 - 1) if tokens[k] in _LONG_DASHES]
        out = set[int]()
        for a, b in zip(dashes[::2], dashes[1::2]):
            if not self.cue_tokens.isdisjoint(range(a - 1, b)):
                continue
            k = b + 1
            if self._low(k) == "and" and k + 1 < s1:
                k += 1
            word = tokens[k]
            if a > s0 and self._low(a - 1) in _COMPLEMENTIZERS:
                out.update((a, b))
            elif (
                word.isalpha()
                and word.islower()
                and word not in _ASIDE_NEW_CLAUSE
                and not (_finite_looking(word) and self._has_verb(s0, a))
            ):
                out.update((a, b))
        return out

    def _has_verb(self, s0: int, a: int) -> bool:
        """Does the clause that runs up to `a` (from the last cue, "that", relative or subordinator before it) hold
        a finite auxiliary or a modal?"""
        cues = self.cue_tokens
        for k in range(a - 1, s0 - 1, -1):
            word = self._low(k)
            if k in cues or word in _COMPLEMENTIZERS or word in _CLAUSE_OPENERS or word in RELATIVE_PRONOUNS:
                return False
            if word in _FINITE:
                return True
        return False

    def _quotation_closes(self, s0: int, s1: int) -> list[int]:
        """Where a quotation closes after its comma and the writer goes on with a participle ('called it
        “fantastic,” telling reporters …', '“incognito,” sparking …', '“…,” according to the report'): the
        content ends with the quotation. Not before "including", which goes on with what was said. Of 38
        PolNeAR dev contents it ends there, the annotated one ends with the quotation 35 times, runs on once."""
        tokens = self.tokens
        out = []
        for k in range(s0, s1 - 2):  # the participle may be the text's last word (r19)
            if tokens[k] != "," or tokens[k + 1] not in _CLOSING_QUOTES or not self.doc.in_quote(k, k + 1):
                continue  # a mark after a comma outside any quotation opens one: ', "keeping rates …
            adverb = k + 3 < s1 and tokens[k + 2].endswith("ly") and tokens[k + 2].isalpha()
            j = k + 3 if adverb else k + 2  # "presumably meaning"
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
        that may lose its ferry, is bracing": the phrase is inside the content's subject). Found once per sentence
        (`summing_found`): each cue after a comma asked it, reading the whole sentence (r24)."""
        out = self.summing_found.get((s0, s1))
        if out is not None:
            return out
        tokens, out = self.tokens, []
        self.summing_found[(s0, s1)] = out
        last_verb_comma: int | None = None  # `_last_main_verb_comma`, when a relative asks
        for k in range(s0 + 1, s1 - 3):
            if tokens[k] != "," or self._low(k + 1) not in _SUMMING or self.doc.in_quote(k, k + 1):
                continue
            reach = k + 3 if self._low(k + 1) == "one" else min(k + 2 + _SUMMING_REACH, s1)
            for j in range(k + 2, reach):
                word = self._low(j)
                if word in _SUMMING_RELATIVES:
                    if last_verb_comma is None:
                        last_verb_comma = self._last_main_verb_comma(s0, s1)
                    if last_verb_comma <= j:  # no comma and main verb after the relative
                        out.append(k)
                    break
                if is_punct(word) or j in self.cue_tokens:
                    break
        return out

    def _relative_cue_commas(self, s0: int, s1: int) -> list[int]:
        """The commas that open ", which he described as …", ", which Lo said would …": a relative whose own cue
        and speaker (a subject pronoun or a name, a few auxiliaries or adverbs between) give what someone said of
        the thing, a second attribution; PolNeAR dev ends the content before such a comma 8 of 10 times (v43). A
        title's period inside the speaker's name is passed over ("which Mr. Trump called", c63). Not
        inside a quotation, nor when a comma and the main verb follow the relative (it sits in the content's
        subject: "The plan, which Lo called fair, was passed")."""
        tokens, out = self.tokens, []
        last_verb_comma: int | None = None  # `_last_main_verb_comma`, when a relative asks
        for k in range(s0 + 1, s1 - 3):
            if tokens[k] != "," or _lower(tokens[k + 1]) != "which" or self.doc.in_quote(k, k + 1):
                continue
            speaker = tokens[k + 2]
            if _lower(speaker) not in _SUBJECT_PRONOUNS and not capitalised(speaker):
                continue
            for j in range(k + 3, min(k + 3 + _RELATIVE_CUE_REACH, s1 - 1)):
                if j in self.cue_tokens and _lower(tokens[j + 1]) != "to":  # not "which he appeared to run afoul of"
                    if last_verb_comma is None:
                        last_verb_comma = self._last_main_verb_comma(s0, s1)
                    if last_verb_comma <= j:  # no comma and main verb after the relative
                        out.append(k)
                    break
                if is_punct(tokens[j]) and not self._abbreviation(j):  # a title's period: "which Mr. Lo called" (c63)
                    break
        return out

    def _last_main_verb_comma(self, s0: int, s1: int) -> int:
        """The last comma of [s0, s1 - 1) that the main verb follows (`_main_verb_after`), else `s0 - 1`: asked once per
        sentence, read back from its end, where each relative clause of a sentence of many read on to the end (r24)."""
        tokens = self.tokens
        for c in range(s1 - 2, s0 - 1, -1):
            if tokens[c] == "," and self._main_verb_after(c, s1):
                return c
        return s0 - 1

    def _opening_clause_end(self, s0: int, s1: int) -> int | None:
        """The comma that closes a clause opening the sentence with a subordinator ("While Lo said …,", "But even
        though …,") or "Asked" ("Asked which …, 32 percent picked"), perhaps after quotation marks; None when the
        sentence opens otherwise or a colon comes first. A question asked may hold a relative between commas ("Asked
        whether the mill, which friends called a ruin, would reopen, Lo said"): the comma after it closes the clause."""
        tokens = self.tokens
        k = self._sentence_lead(s0, s1)
        if k >= s1 or self._low(k) not in _OPENING_CLAUSES:
            return None
        quoted = self.doc.in_quote(k, k + 1)
        asked = _lower(tokens[k]) in _ASKING
        past = k  # the last token of a relative passed over
        for j in range(k + 1, s1 - 1):
            if j <= past:
                continue
            if tokens[j] == ":":
                return None  # what follows is a quotation or a list: "When he says: 'Mom, look, …'"
            if tokens[j] == "," and tokens[j + 1] in _CLOSING_QUOTES:
                return j + 2  # 'While Lo called it "fair, if late," the council …': the quotation closes the clause
            if tokens[j] == "," and self.doc.in_quote(j, j + 1) == quoted:
                if asked and _lower(tokens[j + 1]) in RELATIVE_PRONOUNS:
                    past = next((c for c in range(j + 2, s1 - 1) if tokens[c] == ","), s1)
                    if past < s1:
                        continue
                if asked and j > k + 1 and self._question_goes_on(j, s1):
                    continue
                return j  # not a comma inside a quotation the clause quotes
        return None

    def _question_goes_on(self, comma: int, s1: int) -> bool:
        """Does an "Asked" question go on past its comma at `comma`, a later comma to close it: an aside or a clause of
        the question follows ("Asked why they ignored the demand, in the same bill, that …, Lo responded": "in",
        "that", a verb), or an appositive that a verb or a relative follows, not the answer's subject (round c60)?"""
        tokens = self.tokens
        after = _lower(tokens[comma + 1])
        later = next((c for c in range(comma + 2, s1 - 1) if tokens[c] == ","), None)
        if later is None:
            return False
        if after in _PREPOSITIONS or after == "that" or after in _FINITE_OR_BE:
            return True
        # "Asked whether the mill, a ruin, would reopen, Lo said": an appositive, then the question's verb or relative
        following = _lower(tokens[later + 1])
        return (after == "the" or after in self.lang.determiners) and (
            following in _FINITE_OR_BE or following in RELATIVE_PRONOUNS
        )

    def _past_opening_clause(self, s0: int, s1: int, cue: Match, start: int) -> bool:
        """Is the cue inside a clause opening the sentence with a subordinator and its content found past the comma
        closing that clause, no quotation opening there ("Although Lo was not charged, he has accused …", "After Lo
        testified, the panel shifted …", "If confirmed, the report would suggest …")? The main clause is the
        writer's, not what the clause's cue said; 'When he rose, he began by saying, "…"' keeps its quotation."""
        comma = self._opening_clause_end(s0, s1)
        return (
            comma is not None
            and cue.last <= comma <= start
            and comma + 1 < s1
            and self.tokens[comma + 1] not in _OPENING_MARKS
            # not a comma inside a dash's aside ("after his display - in which he seemed to confirm, before millions,
            # the critiques - the question …"): the aside's cue goes on past it
            and not any(t in _DASHES for t in self.tokens[s0:comma])
        )

    def _sentence_lead(self, s0: int, s1: int) -> int:
        """The first word of a sentence past its opening marks, a linking "and", "but", "yet" or "so" and an
        "even" ("But even though …", "And even as …"): where a clause that opens the sentence starts."""
        tokens = self.tokens
        k = s0
        while k < s1 and tokens[k] in _OPENERS:
            k += 1
        if k + 1 < s1 and self._low(k) in ("and", "but", "yet", "so"):
            k += 1
        if k + 1 < s1 and self._low(k) == "even":
            k += 1
        return k

    def _opening_as_comma(self, s0: int, s1: int, source: tuple[int, int], cue: Match) -> int | None:
        """The comma that closes a clause of time opening the sentence with "as" and the source ("As the mayor
        announced a levy, residents left", "Even as Lo has said that …, his aides …"): the writer's main clause
        follows it. None when the sentence opens otherwise or a colon comes first; a comma inside a quotation the
        clause quotes closes it with the quotation."""
        tokens = self.tokens
        k = self._sentence_lead(s0, s1)
        if k + 1 != source[0] or self._low(k) != "as":
            return None
        quoted = self.doc.in_quote(k, k + 1)
        for j in range(cue.last, s1 - 1):
            if tokens[j] == ":":
                return None
            if tokens[j] == "," and tokens[j + 1] in _CLOSING_QUOTES and not quoted and self.doc.in_quote(j, j + 1):
                return (
                    j + 2 if j + 2 < s1 else None
                )  # 'As Lo vowed to stop "the knife attacks," many …': the quotation closes the clause
            if tokens[j] == "," and self.doc.in_quote(j, j + 1) == quoted:
                return j
        return None

    def _as_aside(self, i: int) -> bool:
        """Does a time or an occasion follow the cue of an opening "as" clause at `i` ("As Lo noted in a column,",
        "As we reported last week,", "As she said when …,", "As we noted on Monday,"), so that the clause is an aside
        that credits the main clause, with no object of its own? Not "on" or "at" before other words ("As the
        White House hints at what …"): the cue's complement; "for" only before a name ("As Lo wrote for The Post,")."""
        tokens = self.tokens
        word = self._low(i)
        if (word == "just" or word.endswith("ly") and word.isalpha()) and i + 1 < len(tokens):
            i += 1  # "As the Post reported just today,", "As we noted recently,"
            word = self._low(i)
            if word == ",":
                return True
        if word in _TIME_PREPOSITIONS:
            return self._time_word(self._low(i + 1))
        if word == "for":  # "As Lo wrote for The Post,": the outlet she wrote for
            k = i + 2 if self._low(i + 1) in _ARTICLES else i + 1
            return capitalised(tokens[k])
        return word in _AS_ASIDE_OPENERS or self._time_word(word)

    def _circumstance_clause(self, i: int, s1: int) -> bool:
        """Does a clause of time or occasion follow the cue, perhaps after its time and place ("said when asked
        about it", "said Monday as he left"), with no second quotation after it ('said after the verdict, "…"':
        her words go on)? Not "as to why", "as reported by" nor "sees Lo as sharing it", which are no occasion."""
        tokens, stops = self.tokens, self.lang.after_source_stops
        for k in range(i, min(s1, i + 6)):
            word = self._low(k)
            if word in _OCCASION_OPENERS:
                if word == "as" and k + 1 < s1 and (self._low(k + 1) == "to" or tokens[k + 1].endswith(("ed", "ing"))):
                    return False  # "as to why", "as reported by", "sees Lo as sharing it": no occasion
                return not any(t in _OPENING_MARKS for t in tokens[k + 1 : s1])
            if not (tokens[k][0].isupper() or word in stops or word in _CIRCUMSTANCES):
                return False
        return False

    def _object_after_opening(self, s0: int, comma: int, cue: int, tag: int, s1: int) -> bool:
        """Is the source set off only by the writer's opening phrase (one comma, no clause, participle or quotation:
        "For months, Cruz praised Trump", "Instead, he talked about CNN.", "In May, a judge sided with Lo") and
        followed by words of the cue's own? A name, time or occasion after the cue reads as a tag's tail ('"…," Lo
        said on Sunday.') only when a clause stands before the source; after an opening phrase the words after the
        cue are what it reports (c43). Not a telling verb's hearer ("Last week, Lo told CNN.")."""
        tokens = self.tokens
        if tokens[comma] != "," or tag >= s1 or is_punct(tokens[tag]) or "," in tokens[s0:comma]:
            return False
        first = self._low(self._past_openers(s0, comma))
        if first in _OPENING_CLAUSES or first.endswith("ing") or self._low(cue) in _NO_OBJECT_CUES:
            return False
        after = next((k for k in range(tag, s1) if tokens[k] == ","), s1)
        # 'Lo said Thursday on Twitter, "We …"': the quoted sentence is the content (`_quoted_sentence_after`)
        return not self._quoted_sentence_after(after + 1, s1) and self._only_opening(s0, comma)

    def _opening_before_quoted_paragraph(self, s0: int, comma: int, s1: int) -> bool:
        """Does the tag end its line with no colon, after only the writer's opening phrase (one comma, no
        participle first), and a quoted sentence open the next ("In a statement, the council said" then a blank
        line and a quotation)? The quotation, carried on its own, is what was said; the phrase is the writer's."""
        tokens, doc = self.tokens, self.doc
        return (
            self._quoted_sentence_after(s1, len(tokens))
            and tokens[comma] == ","
            and "," not in tokens[s0:comma]
            and not tokens[s0].endswith("ing")
            and self._only_opening(s0, comma)
            and "\n" in doc.text[doc.offsets[s1 - 1][1] : doc.offsets[s1][0]]
        )

    def _quoted_sentence_after(self, i: int, s1: int) -> bool:
        """Does a quoted sentence open at `i`: a quotation mark, then a capitalised word ('"It may work."',
        "''We will not yield.''"; not a quoted phrase that goes on with the words before, '"the party will split"')?"""
        tokens = self.tokens
        return (
            i + 1 < s1 and tokens[i] in _OPENING_MARKS and is_upper(tokens[i + 1][:1]) and is_alpha(tokens[i + 1][:1])
        )
