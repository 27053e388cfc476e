"""Round p51: `_kind_of_phrase` reads a head's and a first word's sets as bits of `Words.word_marks`; the bits must
hold exactly the words of the sets they stand for, or a kind would change with no rule changed."""

from __future__ import annotations

from framing.lexicon.grammar import GRAMMAR
from framing.lexicon.schema import LanguageSpec
from framing.sourcing import phrase
from framing.sourcing.phrase import words_of

# each bit and the language field or grammar list it stands for
_LANGUAGE_BITS = {
    phrase.PERSON_NOUN: "person_nouns",
    phrase.GROUP_NOUN: "group_nouns",
    phrase.DETERMINER: "determiners",
    phrase.NAMING_WORD: "naming_words",
    phrase.KIN_NOUN: "kin_nouns",
    phrase.DOCUMENT_NOUN: "document_nouns",
    phrase.RECORDING_NOUN: "recording_nouns",
    phrase.PAPER_NOUN: "paper_nouns",
    phrase.LEGISLATOR_NOUN: "legislator_nouns",
    phrase.EXPERT_NOUN: "expert_nouns",
    phrase.EVIDENCE_NOUN: "evidence_nouns",
    phrase.CROWD_COUNT: "crowd_counts",
    phrase.BLOC_NOUN: "bloc_nouns",
}
_GRAMMAR_BITS = {
    phrase.INDEFINITE: "indefinite",
    phrase.NONE_OR_ALL: "none_or_all",
    phrase.WRITER: "writers",
    phrase.SPEAKER: "speaker_pronouns",
    phrase.SERVING_BODY: "serving_bodies",
    phrase.PRONOUN: "personal_pronouns",
    phrase.LOOSE_BODY: "loose_bodies",
    phrase.COUNTED: "counted",
    phrase.BARE_PERSON: "bare_persons",
    phrase.WHOLE: "whole_group",
    phrase.POSSESSIVE: "possessives",
    phrase.MEMBER_SHARE: "member_shares",
}


def test_each_bit_marks_exactly_the_words_of_its_set() -> None:
    spec = LanguageSpec(
        person_nouns=frozenset({"aide", "officials", "democrats"}),
        group_nouns=frozenset({"democrats", "voters"}),
        determiners=frozenset({"the", "some", "many"}),
        naming_words=frozenset({"mr."}),
        kin_nouns=frozenset({"mother"}),
        document_nouns=frozenset({"report", "letter"}),
        recording_nouns=frozenset({"footage"}),
        paper_nouns=frozenset({"records"}),
        legislator_nouns=frozenset({"senators"}),
        expert_nouns=frozenset({"researchers"}),
        evidence_nouns=frozenset({"evidence"}),
        crowd_counts=frozenset({"thousands"}),
        bloc_nouns=frozenset({"left"}),
        case_papers=frozenset({"court documents", "court filing"}),
    )
    words = words_of(spec)
    bits = [(bit, getattr(spec, name)) for bit, name in _LANGUAGE_BITS.items()]
    bits += [(bit, GRAMMAR[name]) for bit, name in _GRAMMAR_BITS.items()]
    bits.append((phrase.CASE_PAPER_HEAD, frozenset({"documents", "filing"})))
    assert len({bit for bit, _ in bits}) == len(bits)  # one bit a set
    for bit, expected in bits:
        assert {word for word, marks in words.word_marks.items() if marks & bit} == expected, bit
    # a word in several sets carries each one's bit, and a word in none is not in the table
    assert words.word_marks["democrats"] == phrase.PERSON_NOUN | phrase.GROUP_NOUN
    assert "trump" not in words.word_marks
