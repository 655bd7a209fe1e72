"""Chinese speakers of cues whose subject is left out, on real news text (zh-news tune).

The golden table needs every label of a sentence right; these tests check the speaker (and
nesting) only, where the gold stance of the passage is beyond the extractor (an accusation
carried by the whole statement).
"""

from __future__ import annotations

import sayso

# zh-news tune zhC-sinchew-1 (星洲日报 Sin Chew Daily, Malaysia, 2019-01-28), paragraph 3.
SINCHEW = ("他表示,外交部副部长拿督马祖基昨晚在中国驻马大使馆的乙亥年新春招待会致词时,表示马中双边"
           "贸易额“首次”突破1000亿美元门槛。")


def test_titled_name_of_the_previous_clause_speaks_the_inner_cue():
    """他表示，<role><honorific><name>…致词时，表示…: the inner 表示 is the deputy minister's,
    nested in what 他 says, though the name is unknown to the name finder."""
    atts = sayso.analyze(SINCHEW, language="zh").attributions
    inner = next(a for a in atts if a.source and a.source.text == "外交部副部长拿督马祖基")
    outer = next(a for a in atts if a.source and a.source.text == "他")
    assert [c.text for c in inner.cue] == ["表示"]
    assert inner.parent == outer.id
