"""envia15: English channels (`via`) on real sentences of the BBC News corpus (business,
entertainment, sport, tech, 2004-05; never politics) and PolNeAR train, checked through the whole
pipeline. The part I tune rows of the same classes are in tests/golden/en_via15.json.

ANNOTATION.md "Citing chains" (the cited party speaks, the citing outlet is the via) and
"Channels" (the addressee or medium of speech is a via).
"""

from __future__ import annotations

import pytest

from sayso import pipeline
from sayso.lang.en.outlets import is_frequency, outlet_shaped
from sayso.lang.en.tokens import tokenize
from sayso.model import Document


def _attributions(text: str) -> list[tuple[str | None, list[str], list[str], str, str | None]]:
    analysis = pipeline.run(Document(text=text))
    return [(a.source.text if a.source else None, [c.text for c in a.cue], [v.text for v in a.via],
             " ".join(c.text for c in a.content), a.certainty) for a in analysis.attributions]


def _with_cue(text: str, cue: str) -> tuple[str | None, list[str], list[str], str, str | None]:
    found = [a for a in _attributions(text) if a[1] and a[1][0] == cue]
    assert found, _attributions(text)
    return found[0]


def test_active_quoting_frame_after_an_outlet_in_a_report() -> None:
    # BBC business 2005: `had quoted` after a report in an outlet; the tagger read `saying` alone
    text = ("A weekend report in the Telegraph had quoted an unnamed executive at Euronext as saying the "
            "group would make a cash bid to trump Deutsche Boerse's offer.")
    source, _, via, content, certainty = _with_cue(text, "quoted")
    assert (source, via, certainty) == ("an unnamed executive at Euronext", ["Telegraph"], "anonymous")
    assert content == "the group would make a cash bid to trump Deutsche Boerse's offer"


def test_closing_active_quoting_frame_takes_the_clause_before_it() -> None:
    # BBC business 2005: `..., Reuters quoted sources as saying.` (nothing was found before)
    text = ("The largest US telephone company Verizon has previously held preliminary merger discussions "
            "with MCI, Reuters quoted sources as saying.")
    source, _, via, content, certainty = _with_cue(text, "quoted")
    assert (source, via, certainty) == ("sources", ["Reuters"], "anonymous")
    assert content.startswith("The largest US telephone company Verizon") and content.endswith("with MCI")


def test_closing_active_quoting_frame_takes_the_quotation_before_it() -> None:
    # BBC business 2005: a quotation, then `Arab News quoted Prince Saud as saying.`
    text = ("\"Our educational reforms have created a new generation of highly-educated and professionally "
            "trained Saudi women who are acquiring their rightful position in Saudi society,\" Arab News "
            "quoted Prince Saud as saying.")
    source, _, via, content, _ = _with_cue(text, "quoted")
    assert (source, via) == ("Prince Saud", ["Arab News"])
    assert content.startswith("Our educational reforms")


def test_addressee_after_a_closing_frame_is_no_content() -> None:
    # BBC sport 2005: `"...," X confirmed to BBC Sport.` -> BBC Sport is the addressee
    text = "\"It's hard to put a date on it,\" a Premier League spokesman confirmed to BBC Sport."
    source, _, via, content, _ = _with_cue(text, "confirmed")
    assert (source, via, content) == ("a Premier League spokesman", ["BBC Sport"], "It's hard to put a date on it")


def test_meeting_spoken_at_is_the_channel() -> None:
    # PolNeAR train: `he said at a town-hall meeting in Plymouth` -> the meeting with its description
    text = ("\"I am passionate about many of the issues we face in America because I faced them in my own "
            "life,\" he said at a town-hall meeting in Plymouth, N.H., this week.")
    _, _, via, _, _ = _with_cue(text, "said")
    assert via == ["town-hall meeting"]


@pytest.mark.parametrize("text", [
    # a meeting merely mentioned, after no verb of saying (BBC business 2005 shape)
    "The two firms discussed the deal at a meeting in London last week, the company said.",
    # a meeting still to come
    "He said he would raise the issue at a meeting with the minister next month.",
])
def test_meeting_not_spoken_at_is_no_channel(text: str) -> None:
    assert all("meeting" not in " ".join(v) for _, _, v, _, _ in _attributions(text))


def test_a_places_outlet_before_an_outlet_noun_is_the_outlet() -> None:
    # BBC sport 2005: `Uefa's Champions magazine` -> Champions (as `Iran's Tasnim news agency`)
    text = "\"United made a mistake in selling me,\" Stam told Uefa's Champions magazine."
    _, _, via, _, _ = _with_cue(text, "told")
    assert via == ["Champions"]


def test_manner_according_to_a_law_is_no_source() -> None:
    # part I tune enI-bbc-6 (the golden row envia15-01 checks the whole frame)
    text = ("The foreign ownership issue will be dealt with according to Russia's competition law, natural "
            "resources minister Yuri Trutnev was quoted as saying by the Interfax news agency.")
    assert all(cue[:1] != ["according to"] for _, cue, _, _, _ in _attributions(text))


@pytest.mark.parametrize(("name", "shaped"), [
    # part I README: Ghanaian stations and papers the gazetteer does not know
    ("Skyy FM", True), ("Happy 98.9 FM", True), ("Joy FM 99.7", True), ("Daily Graphic", True),
    ("Radio Gold", True), ("the Daily Maverick", True),
    ("FM", False), ("Daily Monday", False), ("Happy fm", False),
])
def test_outlet_shapes_of_stations_and_dailies(name: str, shaped: bool) -> None:
    tokens = tokenize(name)
    assert outlet_shaped(tokens, [t.text.lower() for t in tokens], (0, len(tokens))) is shaped


def test_frequencies() -> None:
    assert is_frequency("98.9") and is_frequency("104.3")
    assert not is_frequency("2.5m") and not is_frequency("9.75") and not is_frequency("98")
