"""Golden speakers of round 29 (`enorg29`; benchmarks/data/enorg29/README.md): `the club` is the
sports club named last before it (`coref._club_named_before`), by a club's closing word
(`Manchester City`, `Manchester United`) or a name the text writes after `club`, not the body
that spoke last nor a new unnamed entity (ANNOTATION.md: a description resolves to the
organisation it refers to; issue #15: one speaker, one entity)."""

from __future__ import annotations

import sayso


def _speakers(text: str, source: str) -> list[str]:
    """Entity names of the attributions whose source text is `source`, in order."""
    analysis = sayso.analyze(text, language="en")
    names = []
    for a in analysis.attributions:
        if a.source is not None and a.source.text == source:
            entity = analysis.entity(a.source.entity)
            names.append(entity.name if entity else "-")
    assert names, f"no attribution with source {source!r}"
    return names


# open pool enT-leadersgb-1 (Leaders GB 2020), cut to the lines that matter: UEFA and the CFCB
# speak between the club's name and `The club said`
_CITY = (
    "UEFA, European football’s governing body, announced last week that the reigning Premier "
    "League champions would be banned from all UEFA-run competitions for two years and fined the "
    "sum of 30 million euros [£25 million].\n\nThe CFCB verdict also accused City of “failing to "
    "cooperate in the investigation” into its financial dealings.\n\nManchester City have fallen "
    "foul of UEFA rules before, having been fined £49 million in 2014 for a previous breach of "
    "regulations.\n\nThe club said in a statement following the latest verdict that it was "
    "“disappointed but not surprised” by what it called a “prejudicial” decision, and confirmed "
    "that it would lodge an appeal with the Court of Arbitration for Sport [CAS].\n"
)

# breadth bbc-business/224 (BBC 2005): a rival club named a paragraph before; the club meant is
# the one the statement's own sentence names
_UNITED = (
    "Rival local club Manchester City has pleaded with visiting fans not to protest inside its "
    "ground when the two teams play a televised match on Sunday.\n\nManchester United's response "
    'comes as little surprise, as the board made clear. "Any board has a responsibility to '
    'consider a bona fide offer proposal," the club said in its statement.\n'
)

# breadth bbc-sport/124 (BBC 2005): the club is named in the lead, a player speaks in between
_FERDINAND = (
    "Rio Ferdinand has said he is unsure of Malcolm Glazer's motives after the American "
    "billionaire launched a new offer to buy Manchester United.\n\nThe club have confirmed that "
    "the Glazer Family Partnership have submitted proposals of a third bid.\n"
)


def test_the_club_is_the_club_named_before_not_a_body_that_spoke() -> None:
    assert _speakers(_CITY, "The club") == ["Manchester City", "Manchester City"]


def test_the_club_is_the_latest_club_named_not_an_earlier_rival() -> None:
    assert _speakers(_UNITED, "the club") == ["Manchester United"]


def test_the_club_after_a_person_speaks_is_still_the_club() -> None:
    assert _speakers(_FERDINAND, "The club") == ["Manchester United"]
