"""A content cut after the subject of its clause, before an apposition (issue #11).

`The New European said its editor, | Matt Kelly, was called by a Number 10 press officer ...`,
`a report ... alleging that Pakistan's intelligence agency, | ISI, is working to reopen a ULFA
camp`, `Court papers ... showed that the suit, | with Number FHC/ABJ/03/095/2018, was filed by
...`: the tagger ends the content at the comma that opens an apposition, leaving a bare noun
phrase; the reported clause is the noun phrase, the apposition and the predicate after it (gold
`enG-thenational-1`, `enH-bfirst-1`, `enD-paradigm-1`, `enD-bbc-5`; PolNeAR dev `that states,
led by West Virginia, will allow ...`). ANNOTATION.md: the content is "the reported clause".

Only after a core verb of saying (or a content opening on `that`), an unquoted content of at
most `MAX_SUBJECT` words with no verb form in it, followed by `, APPOSITION ,` (at most
`MAX_APPOSITION` words, a capitalised one among them, no quotation mark or clause join) and a
finite verb (`is`, `was`, `will`, `has`, `said`, a form in `-ed`); the content then runs to the
end of the sentence. Not after a participle or noun cue (`One pastor supporting Mr. Cruz,
Darran Whiting ..., said`: PolNeAR train; there the apposition is the outer subject's).
"""

from __future__ import annotations

from .lexicon import Lexicon
from .rules import Candidate
from .tokens import QUOTES, TRAILING_PUNCT, Sentence, Token, sentence_ends

MAX_SUBJECT = 6
MAX_APPOSITION = 12
FINITE = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
                    "could", "may", "might", "must", "should", "does", "did", "said", "told"})
_NOT_VERBLESS = FINITE | {"be", "been", "being", "do", "to"}
_JOINS = frozenset({"and", "but", "or", "who", "which", "while", "as", ";", ":"})


def _verbless(words: list[str]) -> bool:
    return not any(w in _NOT_VERBLESS or w.endswith(("ed", "n't", "n’t")) for w in words)


def run_on_subjects(tokens: list[Token], lower: list[str], sentences: list[Sentence],
                    found: list[Candidate], lex: Lexicon) -> None:
    """Extend such contents to the end of their sentence (in place)."""
    last_of = sentence_ends(sentences)
    for cand in found:
        if len(cand.content) != 1 or not cand.cue:
            continue
        a, b = cand.content[0]
        verb = lex.cues.get((lower[cand.cue[-1][1] - 1],))
        if lower[a] != "that" and (verb is None or not verb.core):
            continue  # `a super PAC supporting Mrs. Clinton's candidacy, Priorities USA Action,
            # may start`: the apposition is the outer subject's, the content an object
        if a < cand.cue[-1][1] or b - a > MAX_SUBJECT or b not in last_of or lower[b] != "," \
                or any(tokens[i].text in QUOTES for i in range(max(0, a - 1), b)) \
                or not _verbless(lower[a + (lower[a] == "that"):b]):
            continue
        end = last_of[b]
        c2 = next((j for j in range(b + 2, min(end, b + 2 + MAX_APPOSITION)) if lower[j] == ","), None)
        if c2 is None or c2 + 1 >= end or any(lower[j] in _JOINS or tokens[j].text in QUOTES
                                              for j in range(b + 1, c2)) \
                or not any(tokens[j].text[:1].isupper() for j in range(b + 1, c2)):
            continue  # an apposition names something (`ISI`, `Matt Kelly`); `, too, should`
        verb = lower[c2 + 1]
        if verb not in FINITE and not verb.endswith("ed"):
            continue
        while end > c2 + 2 and (lower[end - 1] in TRAILING_PUNCT or tokens[end - 1].text in QUOTES
                                and sum(tokens[j].text in QUOTES for j in range(c2, end)) % 2):
            end -= 1
        cand.content = [(a, end)]
