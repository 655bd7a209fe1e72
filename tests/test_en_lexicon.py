"""The English cue lexicon reads British spellings of -ize verbs (issue #11: hidden BBC set)."""

from __future__ import annotations

import pytest

from sayso.lang.en.lexicon import lexicon


@pytest.mark.parametrize(("words", "stance"), [
    (["criticised"], "condemn"), (["criticises"], "condemn"), (["criticized"], "condemn"),
    (["emphasised"], None), (["recognising"], None),
    (["played", "down"], "deny"), (["deplored"], "condemn"),
])
def test_cue_forms(words: list[str], stance: str | None) -> None:
    match = lexicon().match_cue([*words, "it"], 0)
    assert match is not None and match[0] == len(words)
    if stance is not None:
        assert match[1].stance == stance


def test_short_stems_keep_their_z() -> None:
    assert lexicon().match_cue(["quises"], 0) is None
