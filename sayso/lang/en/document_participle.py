"""A document that says what its participle reports: `China has denounced a Hong Kong court
ruling declaring the government's mask ban unconstitutional` (en-express-1), `a Department of
Prisons notice posted on prison walls stating that all prisoners ... are not allowed any visit`
(enI-mmegi-1); issue #11 item 5.

An -ing reporting verb right after a noun phrase with no comma modifies that noun phrase (a
reduced relative clause: the ruling that declares); when its head is a document noun
(`entity_types.json` documents: ruling, report, notice, statement, letter ...) the document is
the source (ANNOTATION.md: a document or report may be the source; the en-news gold of both
articles), not the subject of the sentence's main verb, which the tagger picks.
The source span is the noun phrase from its determiner, with a reduced `-ed` relative after the
head (`posted on prison walls`) as the gold writes it.
"""

from __future__ import annotations

from .rules import Range
from .tokens import Token
from .via import ISSUING

# Verbs whose subject puts the document out (`The ministry issued a statement saying ...`,
# `He wrote a letter claiming ...`): the subject speaks through it, the document is the channel
# (ANNOTATION.md `via`), so the rule stays silent after them.
PRODUCING = ISSUING | {"issuing", "releasing", "publishing", "posting", "made", "make", "makes", "making",
                       "sent", "send", "sends", "sending", "wrote", "write", "writes", "writing",
                       "filed", "file", "files", "filing", "put", "puts", "putting", "gave", "give",
                       "gives", "giving", "delivered", "read", "reads", "shared", "tweeted", "signed",
                       "presented", "submitted", "produced", "prepared", "drafted", "unveiled",
                       "launched", "circulated", "distributed", "with", "in", "via", "through"}

# Prepositions after the participle of a reduced relative (`posted on prison walls`), not a
# clause of its own (`as the polls closed stating`).
RELATIVE_PREPOSITIONS = frozenset({"on", "in", "at", "to", "by", "from", "for", "with", "over", "last",
                                   "this", "earlier", "online", "outside", "across"})
# Determiners that open the document's noun phrase.
OPENERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "this", "that", "another"})


def document_source(tokens: list[Token], lower: list[str], lo: int, a: int,
                    documents: frozenset[str]) -> Range | None:
    """The document noun phrase an -ing cue at `a` modifies, or None: its head is a document
    noun right before the cue, or before a reduced `-ed` relative of at most six lower-case
    words (`notice posted on prison walls`); the phrase opens at a determiner at most six
    words before the head, over capitalised words, lower-case modifiers, `of` and `'s`."""
    if not lower[a].endswith("ing") or a - 2 < lo:
        return None
    head = a - 1
    if lower[head] not in documents:
        head = next((j for j in range(a - 2, max(lo, a - 8), -1)
                     if lower[j] in documents and lower[j + 1].endswith("ed")
                     and lower[j + 2] in RELATIVE_PREPOSITIONS), None)
        if head is None or not all(tokens[m].text.isalpha() and tokens[m].text.islower()
                                   for m in range(head + 1, a)):
            return None
    for j in range(head - 1, max(lo - 1, head - 8), -1):
        word = tokens[j].text
        if lower[j] in OPENERS:
            before = j - 1
            while before >= lo and (lower[before] in ("also", "then", "later", "out", "up")
                                    or lower[before].endswith("ly") and tokens[before].text.islower()):
                before -= 1  # `issued late on Friday a statement`, `put out a statement`
            if before >= lo and lower[before] in PRODUCING:
                return None
            return (j, a)
        if not (word.isalpha() or lower[j] in ("'s", "’s")) or lower[j].endswith("ed") and word.islower():
            return None
    return None
