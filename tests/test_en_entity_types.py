"""Types of English names from evidence in `sayso/lang/en/entity_types.json` (issue #15: a
company is not a person). Names are from the entity corpus (evaldata/entities/tune)."""

from __future__ import annotations

import pytest

import sayso
from sayso.lang.en.extract import name_type


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
