"""Round-17 Chinese speed work: pre-checks that must leave every answer as it was.

`relate.acting_subject` tags a clause with jieba only when one of the heads that can end a
speaking noun phrase (`Lexicon.acting_subject_heads`) occurs in it at all: the subject it returns
always ends in such a head inside the clause, so the cheap search may only skip clauses whose
answer was None anyway. The test compares, clause by clause, with a search that always passes.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sayso.context import Context
from sayso.lang.zh.doc import ChineseDoc
from sayso.lang.zh.relate import acting_subject
from sayso.model import Document

ZH_DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "zh-dev"

# zhG-yicai-1 and zhG-ktsf-1 (the clauses acting_subject was written for), a clause with no
# head at all, and a traditional one (hkcnews style)
SENTENCES = [
    "CNN还说，这些官员拒绝透露更为具体的身份信息，并表示此事仍在调查中。",
    "官员改变了讲法，现在承认当时的说法有误。",
    "他昨天下午在记者会上详细说明了有关情况，并表示会继续跟进。",
    "該組織發言人昨日拒絕回應，並表示會再作研究。",
]


def _texts() -> list[str]:
    texts = list(SENTENCES)
    if ZH_DEV.exists():
        texts += [p.read_text(encoding="utf-8") for p in sorted(ZH_DEV.iterdir())
                  if p.suffix in (".txt", ".md")]
    return texts


def _clauses(s: str) -> list[tuple[int, int]]:
    """Every stretch between two clause marks, and every pair of clauses, as the callers pass."""
    marks = [0] + [m.end() for m in re.finditer("[，,。；;：:！？!?\n]", s)]
    return [(marks[i], marks[j] - 1) for i in range(len(marks) - 1)
            for j in (i + 1, i + 2) if j < len(marks) and marks[j] - 1 > marks[i]]


@pytest.mark.parametrize("text", _texts(), ids=lambda t: t[:12])
def test_acting_subject_head_precheck_changes_no_answer(text: str, monkeypatch) -> None:
    doc = ChineseDoc(Document(text=text, language="zh"), Context())
    clauses = _clauses(doc.s)
    fast = [acting_subject(doc, a, b) for a, b in clauses]
    monkeypatch.setattr(doc.lex, "acting_subject_head_re", re.compile(""))  # always passes
    slow = [acting_subject(doc, a, b) for a, b in clauses]
    assert fast == slow
    if text == SENTENCES[0]:
        assert (6, 10) in fast  # 这些官员 speaks (zhG-yicai-1 gold)
