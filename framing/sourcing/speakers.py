"""Speakers named otherwise than as a cue's subject: before a colon, in a quotation's tag, a passive's agent.

A headline's "Ruiz: ...", a transcript's "RUIZ:", '"...," Ruiz said.', "was criticized by X", a labelled cue
(`_speaker_colon`, `_quotation_tag`, `_agent`, `_labelled`), over the content rules (`contents.ContentRules`).
"""

from __future__ import annotations

import re
from typing import Final

from ..lexicon.grammar import GRAMMAR
from ..match import _TUPLE_NEW, Match
from ..text import TURN, Doc, find_token, is_lower, is_upper, is_word, last_starting, norm
from .clauses import _CLAUSE_OPENERS, _NOUN_STOPS, _POSSESSIVE_MARKS, _QUOTE_MARKS, _SUBORDINATORS
from .contents import (
    _ATTRIBUTION,
    Attribution,
    ContentRules,
    _CLAUSE_CONTINUERS,
    _NO_CONTENT,
    _PASSIVE_ADVERBS,
    with_content,
)
from .phrase import RELATIVE_PRONOUNS, agent_word, capitalised, is_punct
from .phrase import lower as _lower
from .subjects import (
    _ARTICLES,
    _BE,
    _BEFORE_NOUN,
    _CLAUSE_END,
    _CLOSING_QUOTES,
    _DASHES,
    _FINITE,
    _FINITE_OR_BE,
    _LY_NOUNS,
    _PREPOSITIONS,
    _RELATIVE_OR_THAT,
    _SUBJECT_PRONOUNS,
    _gerund,
)


_DIRECT_QUOTE_MIN_WORDS: Final = 4  # shorter quoted stretches are scare quotes ('fatal'), not quotations
_SPANS_OF_TIME: Final = GRAMMAR["spans_of_time"]  # "from years of …"
# the subject pronouns of a quotation's tag ('"…," it read', '"…," she went on')
_TAG_PRONOUNS: Final = GRAMMAR["tag_pronouns"]
_TAG_PARTICLES: Final = GRAMMAR["tag_particles"]  # after a tag's verb: "went on", "shot back"
# subjects that name nobody: "There's a catch: …", "This is the point: …", "It was simple: …"
_EXPLETIVES: Final = GRAMMAR["expletives"]
# the tokens after a speaker's colon searched for its three words: a quotation's marks and commas take places (c41:
# "Reid: 'Never, ever, ever underestimate Trump.'" has two words in its first five tokens)
_AFTER_COLON_TOKENS: Final = 8
# a sentence ending inside a line, the next one after it: a paragraph, not a headline alone on its line
_LINE_GOES_ON: Final = re.compile(r"[a-z0-9][.!?][\"”’)]?[ \t]+[A-Z“\"‘]")
_INTRODUCING_WORDS: Final = 12  # at most this many tokens from a subject to the colon that opens its quotation
_LABEL_JOINS: Final = GRAMMAR["prepositions"] | {"and", "&"}  # end a label's first noun phrase ("X of Y: …")
_AGENT_MARKS: Final = GRAMMAR["agent_marks"]  # in a clause before a colon, they name another speaker
# the pronouns that stand for someone who can hold a position ("it" and "this" stand for things as often)
_HOLDER_PRONOUNS: Final = _SUBJECT_PRONOUNS | GRAMMAR["holder_pronouns"]
_SHARES: Final = GRAMMAR["shares"]  # "34% of", "42 percent of": a poll's share as a passive's agent
_AGENT_GAP: Final = 6  # at most this many tokens between a passive cue and the "by" of its agent
# a passive's complement holds none of these before its agent's "by" ("was labeled as a 'hoax' by"): past
# them, "by" belongs to another clause ("was criticized after a vote backed by Ruiz")
_AGENT_GAP_STOPS: Final = (
    _CLAUSE_END | RELATIVE_PRONOUNS | _CLAUSE_OPENERS | _SUBORDINATORS | GRAMMAR["agent_gap_links"]
)


def _new_attribution(
    fields: tuple[int, str, str, tuple[int, int], tuple[int, int], bool, tuple[int, int]],
) -> Attribution:
    """Attribution(*fields) as `match._new_match` builds a match: all seven fields given at every place."""
    return _TUPLE_NEW(_ATTRIBUTION, fields)


def _carried(doc: Doc, speaker: Attribution, sentence: int, content: tuple[int, int] | None = None) -> Attribution:
    """`sentence` credited to `speaker`'s source, with no cue of its own: a quotation or block run on, as a whole or
    (`content`) one quotation in it."""
    span = doc.sentence_tokens[sentence] if content is None else content
    return _new_attribution((sentence, speaker.kind, "", (0, 0), speaker.source_tokens, False, span))


def _opens_block(
    own: list[Attribution], speaker: Attribution, here: list[Attribution], first: tuple[int, int]
) -> Attribution | None:
    """Give a colon cue that credits nothing on its own line ("He concludes:", "Fox News reports:") the first
    sentence of the block it introduces as its content (or the quotation carried to its source there), as a cue
    whose quotation follows on its line has (c52): the cue read alone says what was said. Returns the cue so read,
    whose content's carried row `drop_carried` takes out once the blocks are carried: listed once in the evidence,
    the sentence still counts as attributed through the cue's content (`score.summarize_sourcing`, d9)."""
    if speaker.cue_tokens == (0, 0) or speaker.content_tokens[0] < speaker.content_tokens[1]:
        return None
    carried = next((a for a in here if a.cue_tokens == (0, 0) and a.source_tokens == speaker.source_tokens), None)
    opened = with_content(speaker, first if carried is None else carried.content_tokens)
    own[own.index(speaker)] = opened
    return opened


def drop_carried(per_sentence: dict[int, list[Attribution]], opened: list[tuple[int, Attribution]]) -> None:
    """Take out, in each block's first sentence `k`, the cue-less row that carries the words an opened colon cue
    (`_opens_block`) holds to the same source: the same sentence listed twice in the evidence (d9)."""
    for k, cue in opened:
        rows = per_sentence[k]
        for n, a in enumerate(rows):
            if (
                a.cue_tokens == (0, 0)
                and a.content_tokens == cue.content_tokens
                and a.source_tokens == cue.source_tokens
                and a.kind == cue.kind
            ):
                del rows[n]
                break
        if not rows:
            del per_sentence[k]


def carried_quotations(
    doc: Doc, speaker: Attribution, sentence: int, direct: list[tuple[int, int]]
) -> list[Attribution]:
    """A sentence with no cue of its own that holds a quotation (`direct`, in order), credited to `speaker`: as a
    whole when it opens with the quotation or inside one ('"Not now, not ever."'), else its quotations alone, marks
    included. A sentence that opens in the writer's words and takes up a few quoted ones ("At the infamous “we
    will fix it later” line, the room went quiet") is the writer's around them (v37)."""
    s0, s1 = doc.sentence_tokens[sentence]
    quotes = doc.quotes  # of any length: a short one opening the sentence opens it too
    k = last_starting(quotes, s0)
    if k >= 0 and quotes[k][1] > s0 or k + 1 < len(quotes) and quotes[k + 1][0] <= s0 + 2:
        return [_carried(doc, speaker, sentence)]  # the mark first, perhaps after a dash or a bracket
    inside = []
    for n in range(max(last_starting(direct, s0), 0), len(direct)):  # no slice copied
        q0, q1 = direct[n]
        if q0 >= s1:
            break
        if q1 > s0:
            inside.append(_carried(doc, speaker, sentence, (q0 - 1, min(q1 + 1, s1))))
    return inside or [_carried(doc, speaker, sentence)]


def _cue_first(a: Attribution) -> int:
    return a.cue_tokens[0]


class SpeakerRules(ContentRules):
    """Speakers before a colon, in a quotation's tag or as a passive's agent, over the content rules."""

    # Set by the reader (`reader._Reader`), per document or per sentence: plain data, read here.
    discourse: dict[str, list[tuple[tuple[str, ...], int]]]
    labels: frozenset[str]
    transcript: bool | None  # does the text hold two capitals speakers' turns? Found once, when first asked

    def marked_cue(self, a: Attribution, s0: int, s1: int) -> Attribution:
        """The attribution with its cue spanned as PolNeAR marks cues (v23): with the auxiliaries and adverbs before
        its verb ("has said", "also told", "did not say", "is expected"), a colon right after it ("said:"), and
        without a closing "that" ("warned that": the content's). Run once a document's attributions are read,
        so the rules that look at a cue's first word ("told") read the verb; `s0`, `s1`: its sentence."""
        first, last = a.cue_tokens
        if first >= last or not is_word(self.tokens[first]):
            return a
        floor = s0  # the source's or the content's end before the cue, if later: a loop, no list (p33)
        for start, end in (a.source_tokens, a.content_tokens):
            if start < end <= first and end > floor:
                floor = end
        start = max(self._before_auxiliaries(floor, first), floor)
        while start < first and self._low(start) in _LY_NOUNS:
            start += 1  # "the family suggested", "at the rally said": a noun, no adverb of the verb
        if (
            last - first > 1
            and (
                self._low(last - 1) == "that"
                or self._low(last - 1) in self.lang.place_prepositions
                and last < s1
                and (
                    self._low(last) in _BEFORE_NOUN
                    or self.tokens[last][:1].isupper()  # "said in April", "wrote in Politico"
                    or self.tokens[last][:1].isdigit()  # "said in 2015"
                )
            )
        ):
            last -= 1  # "said in a statement": the occasion is no part of the cue
        if last < s1 and self.tokens[last] == ":" and not a.content_tokens[0] <= last < a.content_tokens[1]:
            last += 1
        if (start, last) == a.cue_tokens:
            return a
        # built as every attribution is: the named tuple's `_replace` runs in the interpreter (~8,800 instructions, p44)
        return _new_attribution((a.sentence, a.kind, a.cue, (start, last), a.source_tokens, a.loaded, a.content_tokens))

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
            word = self._low(t)
            if word == "that":
                after = self._low(t + 1) if t + 1 < s1 else "."
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

    def _agent(self, m: Match, s1: int, gap: bool, viewed: bool = False) -> int:
        """Where "by" opens the agent of the full-weight passive cue `m`, or -1: "by" and a name, a number, a
        determiner or a people noun right after the cue ("was criticized by Ruiz", "was endorsed by the
        union"), or with `gap` (a passive for certain) after a short complement with no verb, clause word or
        comma of its own ("was labeled as a 'witch hunt' by Democrats", "was criticized for the vote by
        colleagues"; there a number is a time: "was promised by 2030"). A weak cue's passive ("was backed
        by") is support, not a statement, more often than not; `viewed` marks a view credited to nobody whose "be"
        stands before it ("was seen as", `_viewed`), read as one that holds its "be"."""
        tokens, lang = self.tokens, self.lang
        viewed = viewed or m.weight < 1 and self._low(m.first) in _BE  # "was described as …" holds its "be"
        share = m.weight < 1 and self._share_agent(m.last, s1)  # a poll's share holds the stance: no holder check
        if m.weight < 1 and not self._reduced_participle(m) and not viewed and not share:
            return -1
        i = m.last
        while gap and i < s1 and i - m.last <= _AGENT_GAP and self._low(i) != "by":
            word = self._low(i)
            if word in _AGENT_GAP_STOPS or word.endswith(("ed", "ing")):
                return -1
            i += 1
        if i + 1 >= s1 or self._low(i) != "by":
            return -1
        if (
            m.weight < 1
            and not share
            and not self._holder(
                i + 1, self._agent_end(i + 1, self._chunk_forward(i + 1, s1), tokens[m.first - 1] == ","), []
            )
        ):
            return -1  # "authorities worried by the increase": a cause, not who holds the stance
        word = self._low(i + 1)
        if viewed:  # a view's holder is people or a name ("by critics", "by most economists"), not a manner
            held = [_lower(t) for t in tokens[i + 1 : min(i + 3, s1)]]  # ("by the narrowest of margins")
            people = any(w in lang.person_nouns or w in lang.group_nouns for w in held)
            people = people or self._person_word(self._head(i + 1, self._chunk_forward(i + 1, s1)))  # "the mayor"
            return i if tokens[i + 1][0].isupper() or people or self._office_of_body(i + 1, s1) else -1
        agent = (
            share
            or tokens[i + 1][0].isupper()
            or word[0].isdigit()
            and i == m.last
            or word in lang.determiners
            or word == "the"
            or word in lang.person_nouns
            or word in lang.group_nouns
            or self._people_agent(i + 1, s1)
            or self._titled_agent(i + 1, s1)
        )
        return i if agent else -1

    def _titled_agent(self, k: int, s1: int) -> bool:
        """Is the agent at `k` a name after its title in lower case ("was asked by host Ana Ruiz", "was praised by
        moderator Ed Lo", k67): one lower-case word, no time nor link word, then two capitalised words?"""
        tokens = self.tokens
        if k + 2 >= s1 or not (tokens[k].isalpha() and tokens[k].islower()) or tokens[k] in _AGENT_GAP_STOPS:
            return False
        if self._time_word(tokens[k]) or _gerund(tokens[k]):
            return False
        return all(
            capitalised(tokens[n]) and tokens[n].isalpha() and not self._time_word(self._low(n)) for n in (k + 1, k + 2)
        )

    def _people_agent(self, k: int, s1: int) -> bool:
        """Is the agent at `k` people after one or two words in lower case that describe them ("was praised by
        local officials", "was hotly criticized by left-leaning economists", c40)? Its first word alone (a name, a
        determiner, a people noun) decides the other agents; a modifier first hid these."""
        tokens = self.tokens
        for j in range(k + 1, min(k + 3, s1)):
            word = tokens[j - 1]
            if not word.islower() or not is_word(word) or word in _AGENT_GAP_STOPS or _gerund(word):
                return False  # "by 2030 officials", "by and large"; a means, "concluded by admonishing reporters"
            if tokens[j].islower() and self._person_word(j):
                return True
        return False

    def _share_agent(self, i: int, s1: int) -> bool:
        """Is the agent at `i` a poll's share of a population, "by", at most two words of degree, a number and
        "percent of" ("is backed by 34% of GOP voters", "was supported by just 42 percent of those polled")? A weak
        cue's passive is support credited to those polled then (c40), not the cause "was backed by" often names."""
        tokens = self.tokens
        if i >= s1 or self._low(i) != "by":
            return False
        k = i + 1
        while k < min(i + 3, s1) and tokens[k].isalpha() and tokens[k].islower():
            k += 1  # "by just", "by more than"
        return k + 2 < s1 and tokens[k][0].isdigit() and self._low(k + 1) in _SHARES and tokens[k + 2] == "of"

    def _office_of_body(self, i: int, s1: int) -> bool:
        """Is the phrase at `i` one office of a body, "the" and a noun and "of" a body ("the head of the union",
        "the leader of the opposition", k58)? A view's holder past its first preposition, not a manner ("by the
        narrowest of margins")."""
        tokens, lang = self.tokens, self.lang
        if i + 3 >= s1 or self._low(i) != "the" or tokens[i + 2] != "of":
            return False
        body = self._chunk_forward(i + 3, s1) - 1  # the body's last word: "the teachers' union"
        return capitalised(tokens[body]) or self._low(body) in lang.collective_nouns

    def _agent_content(self, s0: int, m: Match, agent: int, content: tuple[int, int]) -> tuple[int, int]:
        """The content of the passive cue `m` whose agent's "by" is at `agent`: its "as" complement when one stands
        between the cue and the agent ("It is labeled as hazardous by the agency": "hazardous", as "was described
        as … by" reads), else its subject without the auxiliaries and adverbs after it ("The plan was criticized by
        Ruiz": "The plan", PolNeAR's content; "The bill, opposed by …": "The bill")."""
        tokens = self.tokens
        if agent > m.last + 1 and self._low(m.last) == "as":
            return (m.last + 1, agent)
        if content[0] != s0 or content[1] != m.first:
            return content
        end = self._before_auxiliaries(s0, m.first)
        while end > s0 and (tokens[end - 1] == "," or tokens[end - 1] in _DASHES):  # "The bill, opposed by …"
            end -= 1
        return (s0, end) if end > s0 else content

    def _viewed(self, m: Match) -> bool:
        """Is the weak cue `m` in the passive, its "be" inside it ("was described as …") or right before it,
        perhaps past one adverb ("was seen as …", "is widely viewed as …": v25's cues that ask for the "be"
        before them, k57)? For a view credited to nobody, its agent after the complement holds the view."""
        tokens, i = self.tokens, m.first
        if m.weight >= 1 or self._low(i) in _BE:
            return m.weight < 1
        if i > 1 and (self._low(i - 1) in _PASSIVE_ADVERBS or tokens[i - 1].endswith("ly") and tokens[i - 1].islower()):
            i -= 1
        return i > 0 and self._low(i - 1) in _BE

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
                    and self._low(k + 1) in RELATIVE_PRONOUNS  # "the bill backed by Mr. Trump, which …"
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
            before = self._low(k - 1)
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
        if m.last - m.first != 1 or k < 0 or not tokens[m.first].endswith("ed") or not is_lower(tokens[m.first]):
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

    def _speaker_colon(self, s0: int, s1: int, found: list[Match]) -> int | None:
        """The colon after a speaker that opens the sentence, when the sentence is the text's first (a
        headline left in the text: "Ruiz: Plant Will Close") or the speaker is written in capitals (a
        transcript: "RUIZ: We will not yield"); None otherwise, and for a label ("Breaking: …"), a time
        ("11:35"), a verb or a cue before the colon ("Here is the list: …", "Ruiz said: …") or fewer than three
        words after it, unless a transcript's turn ("ANDERSON: Good evening.")."""
        tokens = self.tokens
        colon = find_token(tokens, ":", s0 + 1, min(s1, s0 + 7))
        if colon < 0:
            return self._named_colon(s0, s1, found)
        words = [t for t in tokens[s0:colon] if not is_punct(t) or t == "."]
        if (
            not words
            or not is_upper(words[0][0])
            or tokens[colon - 1][0].isdigit()
            or "(" in tokens[s0:colon]
            and ")" not in tokens[s0:colon]  # "Acme (NYSE: ACM) said": a colon inside a bracket (k46)
            or any(m.first < colon for m in found)
            or any(_lower(t) in _FINITE_OR_BE for t in words)  # "Here is the list: …"
            or "".join(_lower(t) for t in words) in self.labels
            or self._phrase_in_capitals(words)
            or self._quoted_label(s0, colon)
        ):
            return None
        said = sum(is_word(t) for t in tokens[colon + 1 : min(s1, colon + 1 + _AFTER_COLON_TOKENS)])
        if said >= 3 and self._dateline(s1, colon, words):
            return None
        capitals = len(words) <= 3 and all(is_upper(t) and len(t) > 1 for t in words if t != ".")
        if said >= 3 and (s0 == 0 and self._may_head(words) or self._names_before_quotation(s0, colon, words)):
            return None if self._topic_label(words) and self._label_verb(s0, colon) is None else colon
        return colon if capitals and (said >= 3 or said and self._transcript()) else None

    def _quoted_label(self, s0: int, colon: int) -> bool:
        """Does a quotation mark open or close what stands before the colon ("‘Totally Absurd’: Town Drops Its Plan",
        "Welcome to ‘Chaos Town’: …")? A headline's quoted label, not a speaker: nobody's name is set in quotation
        marks, and the words after the colon are the writer's."""
        return self.tokens[s0] in _QUOTE_MARKS or self.tokens[colon - 1] in _CLOSING_QUOTES

    def _dateline(self, s1: int, colon: int, words: list[str]) -> bool:
        """Is the colon a dateline's, a place before the writer's first sentence ("Lagos: Ahead of the vote, there
        has been …"), not a speaker's (c45: a named source "New Delhi")? So when one to three capitalised words, none
        a noun for people, a group or a document, stand before it, no quotation opens after it, the sentence is
        written in lower case and ends with a full stop as a headline does not, its line goes on past it (a
        paragraph, not a headline alone on its line) and the text holds no turns of speakers. Words in capitals
        stay a speaker, as a transcript's turn shown alone ("LUND: …"), so "RIYADH: …" does too (left)."""
        tokens, lang = self.tokens, self.lang
        if not 0 < len(words) <= 3 or tokens[colon + 1] in _QUOTE_MARKS or tokens[s1 - 1] != ".":
            return False
        nouns = (lang.person_nouns, lang.group_nouns, lang.document_nouns, lang.collective_nouns)
        for t in words:
            word = _lower(t)
            if not t[0].isupper() or any(w in kind for kind in nouns for w in (word, word.removesuffix("s"))):
                return False
        capitals = all(t.isupper() for t in words if t.isalpha())
        if capitals and " ".join(map(_lower, words)) not in lang.dateline_places:
            return False  # "RIYADH: …" is a dateline's place (k69), "LUND: …" a turn of speech
        after = [t for t in tokens[colon + 2 : s1] if t.isalpha()]
        if 2 * sum(t[0].isupper() for t in after) > len(after):
            return False  # "Ruiz: Plant Will Close Next Year.": a headline in title case
        # a listed place in capitals is a dateline wherever its line is (u50: "BEIJING: The US embassy …" after a
        # photo's caption, one sentence a line as PTC stores it); a place in title case must open a paragraph
        if not capitals and not _LINE_GOES_ON.search(self.doc.text, 0, self._first_line_end()):
            return False  # "Ortiz: Bridge will close.": a headline on a line of its own, not a paragraph's opening
        return not self._transcript()

    def _phrase_in_capitals(self, words: list[str]) -> bool:
        """Are the words before the colon a phrase in capitals, not a speaker's name or title: one holds a preposition
        but "of" or a determiner ("NO MORE AIR TRAVEL: …", "FOR THE FIRST TIME ONLINE: …", k69)? "SECRETARY OF
        STATE: …" and "THE PRESIDENT: …" stay turns of speech."""
        lang = self.lang
        return (
            len(words) > 1
            and all(t.isupper() for t in words if t.isalpha())
            and any(
                w != "of" and (w in _LABEL_JOINS or w in lang.opening_prepositions or w in lang.determiners)
                for w in map(_lower, words)
            )
        )

    def _first_line_end(self) -> int:
        """Where the text's first line ends."""
        end = self.doc.text.find("\n")
        return len(self.doc.text) if end < 0 else end

    def _transcript(self) -> bool:
        """Does the text open lines with the turns of two speakers or more in capitals ("ANDERSON: …", "LO: …"),
        so that a short turn ("ANDERSON: Good evening.") is one too and not a label of the line?"""
        if self.transcript is None:  # one pass over the text, not one per short turn of a long transcript
            speakers = {turn.group(1) for turn in TURN.finditer(self.doc.text)}
            self.transcript = len({s for s in speakers if _lower(s).replace(" ", "") not in self.labels}) > 1
        return self.transcript

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
                particle = v + 1 < s1 and self._low(v + 1) in _TAG_PARTICLES
                return self._tag_end((i, v), (v, v + 2 if particle else v + 1), close, s1)
        return None

    def _tag_subject_end(self, i: int, end: int) -> int:
        """Where the subject of a quotation's tag that starts at `i` ends, looking no further than `end`: one
        pronoun, "the"/"a" and up to three words, or up to four capitalised words and abbreviations; `i`
        when none starts there."""
        tokens = self.tokens
        word = self._low(i)
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
        if b - a == 1 and self._low(a) in _SUBJECT_PRONOUNS:
            return self._low(a) != "i"  # the writer's "I called up: …" quotes the writer's own memory
        head = self._head(a, b)
        word = self._low(head)
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

    def _topic_label(self, words: list[str]) -> bool:
        """Does a headline's label in title case name a topic, not a speaker (v30)? So when the head of its first
        noun phrase (its last word before "of", "for", "and", ...) is a common word the text writes in lower case
        elsewhere and no noun for a person, group or document: "The Downing of Flight 17: …" ("the downing of"),
        "Ukraine War: …", "Desperation and Diplomacy: …"; not "Bill Clinton: …", "Poll: …", "Historians: …"."""
        phrase: list[str] = []
        for t in words:
            if _lower(t) in _LABEL_JOINS:
                break
            phrase.append(t)
        if not phrase or not phrase[-1][:1].isupper() or phrase[-1].isupper():
            return False
        word = _lower(phrase[-1])
        lang = self.lang
        nouns = (lang.person_nouns, lang.group_nouns, lang.document_nouns, lang.collective_nouns)
        if any(w in kind for kind in nouns for w in (word, word.removesuffix("s"))):
            return False
        return not agent_word(word, word.endswith("s"), lang.document_nouns) and self._spaced(word)  # "President"

    def _label_verb(self, s0: int, colon: int) -> int | None:
        """Where the verb of a headline's label that is a clause with its speaker first stands (c41: "Ed Lo Addresses
        Rally: '…'", "Lo Weighs In On Tax: '…'"), so that the words before it are the source and the verb to the
        colon the cue: a title-case word in "-s" that the text never writes in lower case (a plural noun it does:
        "Port Hospitals On Alert: '…'" beside "the hospitals") after a name the text repeats with no such word after
        it ("Ed Lo" in the text, "Ed Lo Addresses" not), before a quotation. None otherwise: a name in "-s" ("Bernie
        Sanders: '…'", repeated whole), a label before no quotation."""
        tokens, text = self.tokens, self.doc.text
        if s0 != 0 or tokens[colon + 1] not in _QUOTE_MARKS:
            return None
        for i in range(s0 + 1, colon):
            word = tokens[i]
            if not word.isalpha() or not word[:1].isupper():
                return None
            if word.endswith("s") and not word.endswith("ss") and len(word) > 3 and not word.isupper():
                name = " ".join(tokens[s0:i])
                repeated = text.count(name) > 1 and text.count(f"{name} {word}") == 1
                return i if repeated and not self._spaced(_lower(word)) else None
        return None

    def _label_hearer(self, s0: int, colon: int) -> int | None:
        """Where a headline's speaker before its colon ends when a hearer or a topic follows it after "to" or "on"
        and a capital (c41: "Cardinal Ruiz to Ed Lo: '…'", "Lo on Tax Plan: '…'": the speaker is "Cardinal Ruiz",
        "Lo"); None when the label holds no such word, opens with it or is written in capitals ("FRAUD ON VOTERS: …",
        a shout with no speaker)."""
        tokens = self.tokens
        if s0 != 0:
            return None
        for i in range(s0 + 1, colon - 1):
            word = tokens[i]
            if (
                _lower(word) in ("to", "on")
                and not word.isupper()
                and tokens[i + 1][:1].isupper()
                and tokens[i - 1][:1].isupper()
            ):
                return i
        return None

    def _named_colon(self, s0: int, s1: int, found: list[Match]) -> int | None:
        """A colon later in the sentence that opens a quotation after a name ('… - Ed Lo and Ana Ruiz: “…”',
        'doesn't surprise pollster Ed Lo: “…”'); None when a cue comes before it (the cue's attribution: "Lo
        told Fox News: “…”") or the name is the object of a preposition ("a message to Lo: “…”")."""
        tokens = self.tokens
        colon = next((k for k in range(s0 + 7, s1 - 1) if tokens[k] == ":" and tokens[k + 1] in _QUOTE_MARKS), None)
        if colon is None or any(m.first < colon for m in found):
            return None
        start = self._name_start_before_colon(s0, colon)
        before = self._low(start - 1)
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
        word, lang = self._low(h), self.lang
        if word in _HOLDER_PRONOUNS or word in lang.group_nouns or self._person_word(h) or self._bodies(h):
            return True  # "the mayor", "lobbyists", "some groups"
        if h + 2 < b and self.tokens[h + 1] == "of" and self._low(a) == "the" and self._office_of_body(a, b):
            return True  # "the head of the union": one office of a body, past the head's "of" (k58)
        if self._low(a) == "those" and a < h and (word.endswith("ed") or word in lang.source_tails):
            return True  # "those polled", "those close to him": people, by what was done to them (k39)
        return word in lang.collective_nouns or (
            self.tokens[h][0].isupper() and word not in lang.naming_words and word not in lang.determiners
        )

    def _discourse(self, cue: int, s0: int, s1: int) -> bool:
        """Is the cue word part of one of the writer's discourse phrases ("all that said, ...")?"""
        word = self.tokens[cue]
        if word not in self.discourse:
            word = word.lower()
            if word not in self.discourse:
                return False
        before = self._low(cue - 1) if cue > s0 else None  # once, not once per phrase
        for phrase, k in self.discourse[word]:
            if k and before != phrase[k - 1]:
                continue  # the word before settles most: "that said", "having said"
            start = cue - k
            if (
                start >= s0
                and start + len(phrase) <= s1
                and all(self._low(start + x) == w for x, w in enumerate(phrase))
            ):
                return True
        return False
