"""A document's attributions: each sentence read by the reader, then quotations given their speakers.

`find_attributions` runs `reader._Reader` over the sentences that may hold a source, then carries a
speaker to the quotations standing alone (`_carry_turns`: the sentence after, else the one before,
across a line that introduces them); `writer_cues` and `Spans` serve the pipeline's evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set as AbstractSet
from typing import Final

from ..lexicon.grammar import GRAMMAR
from ..lexicon.schema import LanguageSpec
from ..match import Match
from ..text import Doc, index_after, is_title, is_word, norm
from .contents import Attribution, _SPEAKING, _TELLING
from .lookback import Lookback
from .nesting import innermost_to_end
from .phrase import is_punct, ly_adverb
from .phrase import lower as _lower
from .reader import CUE_ROLES, _QUESTION_OPENERS, _QUOTING, _Reader, _TOLD_ENDS, _closing_tag
from .speakers import _carried, _cue_first, _opens_block, carried_quotations, drop_carried
from .subjects import _BE, _POSSESSIVE_DETERMINERS, _gerund


def find_attributions(
    doc: Doc,
    matches: list[Match],
    cue_direction: dict[str, dict[str, str]],
    language: LanguageSpec,
    roles: dict[str, str],
    quoted: AbstractSet[int] = frozenset(),
    direct: Sequence[tuple[int, int]] = (),
    labelled: dict[int, list[tuple[int, int]]] | None = None,
) -> list[Attribution]:
    """Attributions per sentence, in order. `cue_direction` maps a signal, then an entry, to its `source` option;
    `roles` maps a signal to its sourcing role (`LexiconSet.sourcing_roles`): other signals are ignored.
    `labelled` holds the cues a trained labeller found per sentence (`attribution.Labeller.label`).

    A sentence in `quoted` (it holds a direct quotation) without a cue of its own continues the
    quotation of the sentence after it when that one opens with its speaker ('"Is it over?" Ruiz
    said.'), else of the sentence before it: '"We will not yield," she said. "Not now, not ever."',
    across a line that introduces it ('Ruiz said: "…" Transcript as follows: "…"'). Where a reporter's cue closes
    that sentence after the quotation's tag ('"…," Lo said, according to aides. "…"'), the tag's speaker (k83).
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
    in_order = list(direct)
    # whose quotation runs on: the speaker a reporter's trailing cue swallowed ('"…," Lo said, according to X'), k83
    carried = sorted(quoted - set(per_sentence))
    speaking = _speakers_reported(doc, reader, per_sentence, by_sentence, labelled) if carried else per_sentence
    for sentence in carried:
        speaker = (
            _closing_tag(doc, in_order, speaking, sentence)
            or _speaker_after(doc, speaking.get(sentence + 1))
            or _speaker(doc, _before(doc, speaking, sentence))
            or _first(speaking.get(sentence + 1))
        )
        if speaker:
            per_sentence[sentence] = speaking[sentence] = carried_quotations(doc, speaker, sentence, in_order)
    if per_sentence and ":" in doc.text:
        opened = _carry_turns(doc, per_sentence)
        _quoted_after_blocks(doc, per_sentence, quoted)
        drop_carried(per_sentence, opened)
    # the cues spanned as annotated last: the rules above read a cue's verb at its first token; the sentence's
    # bounds passed one by one, so the compiled call is direct (`*bounds[...]` made it a Python call, p33)
    bounds = doc.sentence_tokens
    return [
        reader.marked_cue(a, bounds[a.sentence][0], bounds[a.sentence][1])
        for sentence in sorted(per_sentence)
        for a in per_sentence[sentence]
    ]


def _speakers_reported(
    doc: Doc,
    reader: _Reader,
    per_sentence: dict[int, list[Attribution]],
    by_sentence: dict[int, list[Match]],
    labelled: dict[int, list[tuple[int, int]]],
) -> dict[int, list[Attribution]]:
    """The attributions a quotation carried over sentences takes its speaker from: each sentence's own, but where a
    cue reading its source after it closes the sentence after a quotation's tag ('"…," Lo said, according to
    excerpts provided by the ministry.'), the tag's, read without that cue. The reporter's content holds the tag
    (PolNeAR's convention, kept for the sentence itself), but the quotation is Lo's, before and after (k83)."""
    speaking = per_sentence
    tokens = doc.tokens
    for sentence, found in per_sentence.items():
        reporter = next((a for a in found if _reports_a_tag(doc, a)), None)
        if reporter is None:
            continue
        cue = reporter.cue_tokens[0]
        close = max(k for k in range(*reporter.content_tokens) if tokens[k] in _CLOSING_MARKS)
        reread = reader.sentence(
            sentence,
            [m for m in by_sentence.get(sentence, []) if m.first != cue],
            [c for c in labelled[sentence] if c[0] != cue] if sentence in labelled else None,
        )
        # the tag's source ends at the reporter's comma ("…," lamented Lo, of Ohio, according to aides)
        tag = [
            a._replace(source_tokens=(a.source_tokens[0], min(a.source_tokens[1], cue - 1)))
            for a in reread
            if close < a.cue_tokens[0] < cue and a.source_tokens[0] < min(a.source_tokens[1], cue - 1)
        ]
        if tag:
            if speaking is per_sentence:
                speaking = dict(per_sentence)
            speaking[sentence] = tag
    return speaking


def _reports_a_tag(doc: Doc, a: Attribution) -> bool:
    """Does `a` read its source after a comma that closes its content, which ends on a quotation's tag after the
    closing mark ('"…," Lo said, according to X')?"""
    tokens = doc.tokens
    (c0, c1), cue = a.content_tokens, a.cue_tokens[0]
    return (
        c0 < c1 <= cue
        and a.cue_tokens[1] <= a.source_tokens[0]
        and tokens[cue - 1] == ","
        and _lower(tokens[cue]) not in _QUOTING  # "…," the Post reported, quoting an official: the official speaks
        and any(tokens[k] in _CLOSING_MARKS and tokens[k - 1] == "," for k in range(c0 + 1, c1 - 2))
    )


def _carry_turns(doc: Doc, per_sentence: dict[int, list[Attribution]]) -> list[tuple[int, Attribution]]:
    """What a colon opens runs on past its sentence. A transcript turn runs to the end of its line: the
    sentences after a speaker's colon on the same line ("FALLIN: I think he is trying. I think that has been
    part of his message.") are the speaker's too, up to the next speaker's colon; where another turn follows, over
    the lines before it too (an answer set a sentence a line, q20), the last turn to its line's end. A cue that ends its sentence
    with a colon and credits nothing after it ("In a speech last July, he said:", "Fox News reports:", "Lo
    argued that:") introduces the next paragraph, every sentence of it but a bracketed note ("[emphasis added]"),
    over line ends inside it where blank lines part paragraphs (a block set line by line); the words before such a
    cue are the writer's. Each sentence carried is credited to the speaker as a whole, beside any attribution of its
    own (a turn's "I think" is part of the turn: `writer_cues`). Returns the cues `_opens_block` gave content."""
    bounds, tokens = doc.sentence_tokens, doc.tokens
    opened: list[tuple[int, Attribution]] = []
    lines = _LineEnds(doc)
    turns = [s for s in sorted(per_sentence) if any(_opens_turn(tokens, a, *bounds[s]) for a in per_sentence[s])]
    for sentence in sorted(per_sentence):
        s0, s1 = bounds[sentence]
        own = per_sentence[sentence]
        speaker = next((a for a in own if _opens_turn(tokens, a, s0, s1)), None)
        # a turn followed by another runs on to it over line ends: an interview's answer set a sentence a line (q20)
        next_turn = turns[index_after(turns, sentence)] if speaker and index_after(turns, sentence) < len(turns) else 0
        block = speaker is None and tokens[s1 - 1] == ":" and sentence + 1 < len(bounds)
        if block:
            speaker = max(own, key=_cue_first)
            if not _introduces_block(tokens, speaker, s1) or not lines.before(sentence + 1):
                continue  # "… he said: the plan …" on one line is no block
            c1, (a, b) = speaker.content_tokens[1], speaker.source_tokens
            if 0 < c1 <= a < b <= speaker.cue_tokens[0] and tokens[a - 1] == ",":
                # "In a speech last July, he said:" ("…, as the website notes:" credits the clause before)
                emptied = speaker._replace(content_tokens=(s1, s1))
                own[own.index(speaker)] = emptied
                speaker = emptied  # its content is given by `_opens_block` below
        if speaker is None:
            continue
        k = sentence + 1
        while k < len(bounds) and (block and k == sentence + 1 or k < next_turn or not lines.before(k, block)):
            here = per_sentence.get(k, [])
            if any(a.cue == ":" for a in here) or k < next_turn and _labelled(tokens, bounds[k]):
                break  # the next speaker ("John Lo: …", a label a turn's capitals do not find)
            if k < next_turn and tokens[bounds[k][1] - 1] not in _LINE_ENDS:
                k += 1  # a heading or a note inside the answer ("Like Webb"): no one's words
                continue
            if block and k == sentence + 1 and (cue := _opens_block(own, speaker, here, bounds[k])) is not None:
                opened.append((k, cue))
            if tokens[bounds[k][0]] not in _NOTE_OPENERS and not any(
                a.cue_tokens == (0, 0) and a.content_tokens == bounds[k] for a in here
            ):
                per_sentence[k] = [_carried(doc, speaker, k), *here]
            k += 1
    return opened


def _quoted_after_blocks(doc: Doc, per_sentence: dict[int, list[Attribution]], quoted: AbstractSet[int]) -> None:
    """A quotation over paragraphs after a colon's block ('Lo stated:', '"…' paragraphs each reopened): it runs on
    from the block's last sentence, which was unattributed when quotations were given their speakers (v31)."""
    for sentence in sorted(quoted - set(per_sentence)):
        speaker = _speaker(doc, _before(doc, per_sentence, sentence))
        if speaker:
            per_sentence[sentence] = [_carried(doc, speaker, sentence)]


def _labelled(tokens: list[str], sentence: tuple[int, int]) -> bool:
    """Does the sentence open on a label of one to three capitalised words and a colon ("John Lo: I …")?"""
    s0, s1 = sentence
    colon = next((i for i in range(s0 + 1, min(s0 + 4, s1)) if tokens[i] == ":"), 0)
    return colon > 0 and all(is_title(t) for t in tokens[s0:colon])


def _opens_turn(tokens: list[str], a: Attribution, s0: int, s1: int) -> bool:
    """Is `a` a transcript speaker's colon ("FALLIN: …", in capitals, not a headline's "Ruiz: Plant Will
    Close") whose content runs to its sentence's end?"""
    return (
        a.cue == ":"
        and a.cue_tokens[0] < s0 + 7
        and a.content_tokens[1] >= s1 - 1
        and all(t.isupper() for t in tokens[a.source_tokens[0] : a.source_tokens[1]] if is_word(t))
    )


def _introduces_block(tokens: list[str], a: Attribution, s1: int) -> bool:
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

    def before(self, k: int, paragraph: bool = False) -> bool:
        """Is there a line end between sentence `k - 1`'s last token and sentence `k`'s first? With `paragraph`, a
        paragraph's end: where blank lines part paragraphs, a lone line end is a line inside one (v31)."""
        tokens, text = self.doc.tokens, self.doc.text
        first = self.doc.sentence_tokens[k][0]  # the sentences part the tokens: k - 1 ends just before it
        if self.token > first:  # asked about an earlier place: found again from the start
            self.token = self.end = 0
        while self.token < first:
            self.end = text.find(tokens[self.token], self.end) + len(tokens[self.token])
            self.token += 1
        gap = text[self.end : text.find(tokens[first], self.end)]
        return _BLANK_LINE.search(gap) is not None if paragraph and _BLANK_LINE.search(text) else "\n" in gap


def _first(attributions: list[Attribution] | None) -> Attribution | None:
    return attributions[0] if attributions else None


def _speaker(doc: Doc, attributions: list[Attribution] | None) -> Attribution | None:
    """Whose quotation runs on from the sentence before: of its attributions whose source is not quoted inside
    another's content, the innermost whose content reaches the sentence's end (the open quotation), else the first
    ("Commenting on it, Lo said: “…" has a cue without one first), else the first of all."""
    if not attributions or len(attributions) == 1:  # the usual case: no choice to make
        return _first(attributions)
    end = doc.sentence_tokens[attributions[0].sentence][1]
    # "The video showed Lo telling supporters.": what the content reports is Lo speaking; the quotation after is hers
    shown = next((a for a in attributions if _shown_speaking(doc.tokens, a, attributions, end)), None)
    if shown is not None:
        return shown
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
    return innermost_to_end(doc.tokens, sourced, end) or _first(sourced or attributions)


def _shown_speaking(tokens: list[str], a: Attribution, attributions: list[Attribution], end: int) -> bool:
    """Is `a` a speaker whose name and speaking participle open another's content and whose own content runs to the
    sentence's end ("showed Lo telling supporters.", "captured Lo saying"), k83?"""
    (s0, s1), (c0, c1) = a.source_tokens, a.content_tokens
    return (
        s0 < s1 == a.cue_tokens[0]
        and s1 - s0 <= 4  # a name or a pronoun, not a clause misread as a source
        and not any(is_punct(t) for t in tokens[s0:s1])
        and tokens[s1].endswith("ing")
        and c0 < c1 >= end - 1
        and any(b is not a and b.content_tokens[0] == s0 and b.cue_tokens[1] <= s0 for b in attributions)
    )


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
_BLANK_LINE: Final = re.compile(r"\n[ \t\r\xa0]*\n")
_LINE_ENDS: Final = frozenset([".", "!", "?", "…", "”", '"', "’"])  # how a sentence of an answer ends (`_carry_turns`)
_NOTE_OPENERS: Final = frozenset("([")  # "[emphasis added]" after a quoted block is the writer's note
_CLOSING_MARKS: Final = frozenset(["”", '"', "''"])  # a quotation closed before its tag (`_reports_a_tag`)


_WRITER_PRONOUNS: Final = GRAMMAR["speaker_pronouns"]  # "I", "we": outside a quotation, the writer
# a line opening with a speaker's label, "Q:", "A:" or a name in capitals ("TAPPER:"): an interview's turns, whose
# "I" and "we" are the speakers'
_TURN_LABEL: Final = re.compile(r"^[ \t]*(?:Q|A|[A-Z][A-Z.'’ -]{1,30}):", re.MULTILINE)
# quotation marks that no apostrophe is written as: one near a first person shows someone quoted
_MARKS: Final = frozenset(["“", "”", "«", "»", "„", "‘", '"', "''", "``"])
_QUOTED_LINES: Final = 5  # the lines back that a quotation set one sentence a line may have opened in


def reported_contents(doc: Doc, attributions: list[Attribution]) -> list[tuple[int, int]]:
    """The contents put in a voice other than the writer's: all but those whose source is the writer's own
    "I" or "we" ("We know it is a scam", "I believe the plan failed"). PolNeAR marks such a belief as an
    attribution (28 of 37 dev uses outside a quotation), so the reader keeps it, but its words are the writer's
    claim, in the author's voice (k41). The pronoun is someone else's inside a quotation, in a sentence that
    holds a quotation mark or a paragraph that opens with one (a quotation over several paragraphs), and in an
    interview's turns; a content that another source's covers ("Lo said we know …") stays reported through
    that one."""
    tokens = doc.tokens
    writers = [
        a
        for a in attributions
        if a.source_tokens[1] - a.source_tokens[0] == 1 and _lower(tokens[a.source_tokens[0]]) in _WRITER_PRONOUNS
    ]
    if not writers or _TURN_LABEL.search(doc.text):
        return [a.content_tokens for a in attributions]
    own = {id(a) for a in _writers_own(doc, writers)}
    return [a.content_tokens for a in attributions if id(a) not in own]


def _writers_own(doc: Doc, writers: list[Attribution]) -> list[Attribution]:
    """Those of `writers` (lone "I" or "we" sources) that are the writer's, with no quotation about them
    (`reported_contents`). The text is read forward once, up to the last pronoun asked about: where each pronoun
    stands (`Doc.offsets`, a span made for every token of the text, cost 2% of `analyze` on real news), and its
    line and paragraph behind it (`Lookback`); a search from the text's start, or the line's, for each pronoun
    is quadratic in a first-person text (rounds p31, p32, r10). A sentence is searched for marks once."""
    tokens, text = doc.tokens, doc.text
    own: list[Attribution] = []
    token = end = 0  # the next token to find, and where the token before it ends
    behind = Lookback(text, _QUOTED_LINES)
    marked: dict[int, bool] = {}  # sentence -> holds a quotation mark
    for a in sorted(writers, key=_source_start):
        k = a.source_tokens[0]
        if a.sentence not in marked:
            s0, s1 = doc.sentence_tokens[a.sentence]
            marked[a.sentence] = any(t in _MARKS for t in tokens[s0:s1])
        if doc.in_quote(k, k + 1) or marked[a.sentence]:
            continue
        while token < k:
            end = text.find(tokens[token], end) + len(tokens[token])
            token += 1
        start = text.find(tokens[k], end)
        # a line opening with a mark, or a quotation opened in the paragraph a few lines back that runs on (a
        # quotation set one sentence a line, PTC, has lines with no mark between its first and its last, k43)
        if behind.line_opener(start) not in _MARKS and not behind.quotation_open(start):
            own.append(a)
    return own


def _nobodys_view(tokens: list[str], cue: tuple[int, int]) -> bool:
    """Is a cue with no source, inside a content someone is credited with, part of what was said: a passive ("are
    seen as") or a verb or noun whose subject is no speaker ("the logs suggested", "a system that seems rigged",
    "express doubts"), as PolNeAR annotates them (round v44: on its dev fold such a cue's match lay inside the
    annotated content 15 times, outside 6, where the passive alone was read so before). Not a participle ("he said,
    not even suggesting …": the speaker's next act, told by the writer) nor an adverb ("the letter reportedly
    was …": the writer's own hedge), which go wrong in most of their uses on outside news."""
    if norm(tokens[cue[0]]) in _BE:
        return True
    last = tokens[cue[1] - 1]
    return not _gerund(last) and not ly_adverb(last)


def _source_start(a: Attribution) -> int:
    return a.source_tokens[0]


def writer_cues(tokens: list[str], attributions: list[Attribution], spec: LanguageSpec) -> list[tuple[int, int]]:
    """The cues that are the writer's words for a speech act, so a signal match on one is the author's
    ("Ryan said he was not ready and suggested …": "suggested"). Not a cue whose own subject (its source,
    before it) stands inside the clause that a speech verb of `inverted_cues` reports ("Lo said Ruiz believes
    …", "Lo said the deal failed because Ruiz rejected it"), that "if" or "whether" opens ("asked if he thought
    …"), that a verb of telling or a "that" reports before its first mark ("Lo told CNN she believes …", "Lo
    argues that the deal never brought the savings economists expect"; round v17), or that is "I", "we" or "you"
    anywhere in a speaker's turn after a colon ("LO: I think …", "LO: Honestly, I mean, I just believe …"; round
    c34): that cue is part of what the outer source said, as PolNeAR annotates it (its dev fold marks no cue
    inside a content). After an object
    ("blamed Russia and Kyiv blamed …") or a headline's colon ("Exposed: Aide Reveals …") a later subject is
    no part of anything said; nor is the outer source's own second verb ("said … and suggested"). (A subject
    right after "said that" or a lone "said he" needs none of this: `_Reader._nested` drops its cue.) One
    pass and two `Spans`: linear in attributions."""
    if len(attributions) < 2:
        return [a.cue_tokens for a in attributions]  # one attribution has no other to lie inside
    spoken: list[tuple[int, int]] = []  # contents that are clauses of a speech verb: any subject inside is nested
    turns: list[tuple[int, int]] = []  # contents after a speaker's colon: a subject "I", "we", "you" is nested
    for a in attributions:
        c0, c1 = a.content_tokens
        if a.cue_tokens == (0, 0) and c0 > 0:  # a sentence that goes on with a turn or a quotation: as a colon's
            turns.append((c0, c1))
            continue
        if c0 >= c1 or c0 < a.cue_tokens[1]:
            continue
        # "According to Ruiz, Lee said …": a cue, its source, a comma and the content, all of it Ruiz's
        reported = a.cue_tokens[0] < a.cue_tokens[1] <= a.source_tokens[0] < a.source_tokens[1] == c0 - 1
        if not (reported or tokens[c0 - 1] == ":" or not is_punct(tokens[c0 - 1])):
            continue
        if a.cue == ":":
            turns.append((c0, c1))
        elif reported or a.cue in spec.inverted_cues or _lower(tokens[c0]) in _QUESTION_OPENERS:
            spoken.append((c0, c1))
        elif _lower(tokens[a.cue_tokens[0]]) in _TELLING or _lower(tokens[c0 - 1]) == "that":
            # "Lo told CNN she believes …", "Lo argues that … the savings economists expect": what was told or
            # argued, up to its first mark (the outer content may run on into the writer's ", even though …")
            spoken.append((c0, next((k for k in range(c0 + 1, c1) if tokens[k] in _TOLD_ENDS), c1)))
    # what a named speaker is credited with (a source-less "it appears that" is the writer's own hedge)
    credited = Spans([a.content_tokens for a in attributions if a.source_tokens[0] < a.source_tokens[1]])
    inside = Spans(spoken)
    in_turn = Spans(turns)
    out = []
    for a in attributions:
        s0, s1 = a.source_tokens
        if s0 == s1 and credited.covers(*a.cue_tokens) and _nobodys_view(tokens, a.cue_tokens):
            continue  # "The rules are seen as unfair, Lo said", "Lo said the logs suggested a break-in"
        if (
            s0 < s1 <= a.cue_tokens[0]
            and (inside.covers(s0, s1) or in_turn.covers(s0, s1) and _lower(tokens[s1 - 1]) in _SPEAKING)
            and _clause_verb(tokens, a)
        ):
            continue
        out.append(a.cue_tokens)
    return out


def _clause_verb(tokens: list[str], a: Attribution) -> bool:
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
