"""The author's narration of an act read as speech (issue #11, precision; enprec14).

Sentences from open articles (E tune viconsortium-1, H tune bbc-4, half A, PolNeAR dev)."""

from sayso.lang.en.content_shape import content_shape, cue_entry, cue_head
from sayso.lang.en.narrated_acts import without_narrated_acts
from sayso.model import Attribution, Span


def _attribution(text: str, cue: str, content: str, kind: str = "indirect") -> Attribution:
    c = text.index(cue)
    k = text.index(content)
    return Attribution(id="a1", source=None, cue=[Span(c, c + len(cue), cue)],
                       content=[Span(k, k + len(content), content)], kind=kind)


VESSEL = ("Agents inspected the vessel finding a hidden compartment containing 202 bricks of a "
          "white powdery substance which tested positive for the properties of cocaine.")
REMINDED = ('"They have been listening to us and to many overseas companies, who have reminded '
            "America what globalisation really means: that they can't make these rules in "
            'isolation."')


def test_act_outside_the_lexicon_with_a_noun_phrase_is_dropped() -> None:
    a = _attribution(VESSEL, "inspected", "the vessel finding a hidden compartment")
    assert cue_entry("inspected") is None
    assert without_narrated_acts([a], VESSEL) == []


def test_cue_outside_the_lexicon_with_a_clause_is_kept() -> None:
    a = _attribution(REMINDED, "have reminded", "they can't make these rules in isolation")
    assert content_shape(REMINDED, REMINDED.index("they can't"), len(REMINDED) - 2) == "clause"
    assert without_narrated_acts([a], REMINDED) == [a]


def test_lexicon_cue_with_a_noun_phrase_is_kept() -> None:
    text = "The spokesman denied the allegations on Tuesday."
    a = _attribution(text, "denied", "the allegations")
    assert cue_entry("denied") is not None
    assert without_narrated_acts([a], text) == [a]


def test_shapes() -> None:
    text = 'He lists personal assets of between $20 million and $60 million on forms.'
    assert content_shape(text, text.index("personal"), len(text) - 1) == "np"
    text = "Tottenham maintains existing tariffs that were imposed in 2018."
    assert content_shape(text, text.index("existing"), len(text) - 1) == "np"
    text = 'She said "we will fight on".'
    assert content_shape(text, text.index("we will"), text.index('".')) == "quote"
    text = "They have long refused to negotiate peace with Kabul."
    assert content_shape(text, text.index("to negotiate"), len(text) - 1) == "inf"
    assert cue_head("has agreed") == "agreed"
    assert cue_head("according to") == "according"
