"""Content per cue: what a cue reports, from the text after it (a quotation standing as the
clause, or the clause or sentence that follows), with its kind (direct, indirect, mixed)."""

from __future__ import annotations

import bisect

from ...extract.quotes import OPENERS
from .doc import SPACES, Candidate, ChineseDoc


def content_after(doc: ChineseDoc, cand: Candidate, p: int, limit: int, scope: str) -> bool:
    """Fill `cand.content`/`kind` from the text after the cue ending at `p`."""
    s = doc.s
    while p < limit and s[p] in SPACES:
        p += 1
    punct = False
    if p < limit and s[p] in "，,：:﹕":
        p += 1
        punct = True
        while p < limit and s[p] in SPACES:
            p += 1
    cand.direct_follow = not punct
    k = bisect.bisect_right(doc.section_bounds, p)
    if k < len(doc.section_bounds):
        limit = min(limit, doc.section_bounds[k])  # a headline never runs into the body
    if p >= limit:
        if punct and s[p - 1] in "：:﹕":
            return _quote_in_next_paragraph(doc, cand, p)
        return False
    q = doc.qi.starting_at(p) if (s[p] in OPENERS or s[p] == '"') else None
    if q is not None and q.close <= limit and doc.quote_ends_clause(q, limit) \
            and not _quote_as_topic(s, q.close + 1, limit):
        cand.content = doc.quote_parts(q)
        cand.kind = "direct"
        return True
    if not punct and cand.stance in ("confirm", "deny") and doc.lex.report_ref_re.match(s, p):
        scope = "clause"  # 证实了这一消息，但…: the confirmed report is the whole object
    end = doc.content_end(p, limit, "sentence" if punct else scope)
    if not punct:
        m = doc.lex.resume_narration_re.search(s, p, end)
        if m is not None:
            end = m.start()  # 辩称自己无辜，并一直在…争取…: the object clause ends, narration resumes
    a, b = doc.trim(p, end)
    if b < 120:
        tail = doc.lex.lead_dateline_re.search(s, a, b)
        if tail is not None and tail.start() > a:
            b = tail.start()  # 孙海平称目标是伦敦奥运新浪体育讯: a glued headline and dateline
    if not punct and cand.stance in doc.lex.addressee_stances:
        k = s.find("，", a, min(b, a + 6))
        if k > a and not doc.cue_between(a, k):
            a = doc.trim(k + 1, b)[0]  # 警告美国，莫斯科有能力…: 美国 is the addressee
    if b <= a:
        return False
    # 彭博社报道，在人们……的猜测中，“……” / 详细介绍了战场情况，“……”: a quotation that
    # closes the sentence after a comma and carries most of it is the content.
    inner = doc.qi.inside(a, b + 1)
    for q2 in inner:
        rest = doc.trim(q2.close + 1, b)
        if rest[1] <= rest[0] and s[q2.open - 1] in "，,：: " \
                and (q2.inner_end - q2.inner_start) >= 0.6 * (b - a) \
                and not doc.cue_between(a, q2.open):
            cand.content = [(q2.inner_start, q2.inner_end)]
            cand.kind = "direct"
            return True
    cand.content = [(a, b)]
    cand.kind = doc.kind_of(inner)  # the quotations of (a, b), found just above
    return True


# 认为「以国内大循环为主体」，就意味着…: after the comma the clause goes on about the quoted
# words; the quotation is its topic, not the whole of what is said.
_TOPIC_GOES_ON = ("就意味", "就是", "就等于", "便意味", "即意味", "则意味", "就会", "便会", "就要")


def _quote_as_topic(s: str, j: int, limit: int) -> bool:
    return j < limit and s[j] in "，," and s.startswith(_TOPIC_GOES_ON, j + 1)


def _quote_in_next_paragraph(doc: ChineseDoc, cand: Candidate, p: int) -> bool:
    """他说：⏎“……”: a colon at a line end introduces the quotation that opens the next line;
    徐正源表示：⏎比起赢球，…… (press-conference and interview reports): without quote marks,
    the whole next paragraph is the named speaker's words."""
    s = doc.s
    j = p
    while j < len(s) and j < p + 4 and s[j] in SPACES + "\n":
        j += 1
    if j >= len(s) or "\n" not in s[p:j]:
        return False
    q = doc.qi.starting_at(j)
    if q is not None:
        cand.content = doc.quote_parts(q)
        cand.kind = "direct"
        return True
    if cand.src is None:
        return False  # 问：⏎… / 如下：⏎…: a heading or a question label, not a speaker's words
    end = s.find("\n", j)
    end = len(s) if end < 0 else end
    a, b = doc.trim(j, end)
    if b <= a or b - a > _MAX_PARAGRAPH or s[b - 1] in "：:" \
            or doc.doc.section_at(a) != doc.doc.section_at(p - 1):
        return False  # an empty line, a long document, another label, or a new section
    cand.content = [(a, b)]
    cand.kind = doc.kind_of(doc.qi.inside(a, b + 1))
    return True


_MAX_PARAGRAPH = 600  # longer "paragraphs" after a colon are documents (全文如下：), not speech
