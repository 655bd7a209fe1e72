"""Types of English names from evidence in `sayso/lang/en/entity_types.json` (issue #15: a
company is not a person). Names are from the entity corpus (evaldata/entities/tune)."""

from __future__ import annotations

import pytest

import sayso
from sayso.lang.en.coref import name_type


@pytest.mark.parametrize("name, kind", [
    ("Santa Fe Animal Shelter", "organization"),
    ("Home Depot", "organization"),
    ("Muslim Brotherhood", "organization"),
    ("The We Company", "organization"),
    ("the US military", "government"),
    ("South Dakota Department of Social Services", "government"),
    ("Senate Majority Leader Mitch McConnell", "person"),
    ("Secretary of State Mike Pompeo", "person"),
    ("Dmitry Peskov", "person"),
])
def test_name_types(name, kind):
    assert name_type(name.split()) == kind


def test_a_company_speaking_is_not_a_person():
    a = sayso.analyze('"We are seeing more animals than ever," the Santa Fe Animal Shelter said '
                      "in a statement on Monday.")
    [att] = a.attributions
    entity = next(e for e in a.entities if e.id == att.source.entity)
    assert entity.type == "organization"


def test_the_statement_is_the_body_that_issued_it():
    """evaldata/en-news/tune/en-aljazeera-1 (Al Jazeera, 2019): "the statement" speaks for the
    US military named two sentences before, not for a person."""
    text = ("Two United States service members have been killed in a helicopter crash in "
            "Afghanistan, the US military said in a statement on Wednesday.\n\n"
            '"The cause of the crash is under investigation, however preliminary reports do not '
            'indicate it was caused by enemy fire," the statement said.')
    a = sayso.analyze(text)
    by_source = {att.source.text: att.source.entity for att in a.attributions if att.source}
    assert by_source["the statement"] == by_source["the US military"]
