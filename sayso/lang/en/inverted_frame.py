"""`The key to Stadia's success, says Buser, is Google's built-in infrastructure`
(enC-hollywoodreporter-1; issue #11 item 5): a frame of verb-then-speaker set inside the
reported clause by commas. The tagger reads the cue and runs the content on from the speaker's
name (`Buser, is Google's ...`), leaving the attribution with no source. The name between the
cue and the next comma is the source, and the content is the clause around the frame, in two
parts (ANNOTATION.md: "content: the exact text of what was said"; the en-news gold of that
article: source `Buser`, content `The key to Stadia's success` + `is Google's built-in
infrastructure`).

Only a sourceless candidate with one cue of saying (`says`, `said`, `added`, ...) right after a
comma, a content that starts right after the cue with a capitalised name or a personal pronoun
and a comma after it, and at least two words of the clause before the frame's comma.
"""

from __future__ import annotations

from .lexicon import Lexicon
from .modified_subject import finite_verb
from .rules import Candidate
from .tokens import ENDERS, QUOTES, Token

SAYING = frozenset({"says", "said", "adds", "added", "argues", "argued", "explains", "explained",
                    "notes", "noted", "insists", "insisted", "writes", "wrote"})
PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def repair(tokens: list[Token], lower: list[str], cand: Candidate, lo: int, lex: Lexicon) -> None:
    """Give `cand` its speaker and the two content parts around the frame, in place; nothing
    when the shape above does not hold."""
    if cand.source is not None or len(cand.cue) != 1 or len(cand.content) != 1:
        return
    a, b = cand.cue[0]
    c0, c1 = cand.content[0]
    if b - a != 1 or lower[a] not in SAYING or c0 != b or a - 3 < lo or lower[a - 1] != ",":
        return
    end = c0
    while end < c1 and end - c0 < 4 and tokens[end].text[:1].isupper() and tokens[end].text.isalpha():
        end += 1
    if end == c0 and lower[c0] in PRONOUNS:
        end = c0 + 1
    if end == c0 or end + 2 >= c1 or lower[end] != ",":
        return
    start = lo
    while start < a - 1 and tokens[start].text in QUOTES:
        start += 1
    if a - 1 - start < 2 or any(tokens[m].text in QUOTES for m in range(start, a - 1)):
        return
    after = end + 1
    if lower[after] in ("a", "an") or lower[after] in lex.descriptions or lower[after] in lex.title_words:
        # `, said Shailendra Jain, head of MMS firm Adamind, is educating people ...`: an
        # apposition after the name closes at the next comma (BBC tech 2005); not after `the`,
        # which opens the content as often (`By contrast, said Mr Hogan, the code for viruses
        # such as Gaobot, Spybot and Randex were commonly held`, BBC tech 2005)
        close = next((m for m in range(after + 1, min(c1, after + 10)) if lower[m] == ","), None)
        if close is None or close + 2 >= c1:
            return
        after = close + 1
    cand.source = (c0, end)
    cand.content = [(start, a - 1), (after, c1)]


# The verbs of a sentence-final inverted frame: `..., say industry experts.` (BBC tech 2005).
FINAL_SAYING = SAYING | frozenset({"say", "add", "argue", "explain", "note", "insist", "warn",
                                   "warns", "warned", "claim", "claims", "claimed", "state",
                                   "states", "stated"})
# Words that make the phrase after the cue a clause rather than the speaker's noun phrase
# (`, said the WEF is to establish ...`): forms of be/have, modals, `that`, and cue verbs.
CLAUSE_WORDS = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
                          "would", "can", "could", "should", "may", "might", "must", "shall",
                          "that", "did", "does", "do", "not"})
# What may open the part after the speaker's first comma: a relative clause or an apposition
# (`, said the former official, who spoke on condition of anonymity`, `, said one of their
# lawyers, Michalis Dimitrakopoulos`, `, says Tom Smith, 55, of Leeds`).
APPOSITION_OPENERS = frozenset({"who", "a", "an", "the", "his", "her", "their", "its"})
# After these a past form is an adjective of the noun phrase (`a spokesman for the embattled
# firm`), not the verb of a clause.
BEFORE_ADJECTIVE = frozenset({"the", "a", "an", "of", "for", "in", "at", "with", "by", "from", "and",
                              "its", "his", "her", "their"})
MAX_FINAL_SPEAKER = 12  # tokens of the speaker's noun phrase before its first comma


def repair_final(tokens: list[Token], lower: list[str], cand: Candidate, lo: int, hi: int) -> None:
    """`Building batteries from new chemical mixes could boost power significantly, say industry
    experts.`, `UK economy grew by an estimated 3.1% in 2004 ..., says the Office for National
    Statistics (ONS).` (BBC tech and business 2005): the frame closes the sentence and the tagger
    took its speaker for the content, with no source. The noun phrase after the cue (with its
    relative clause or apposition: ANNOTATION.md "the exact text span naming the source") is the
    source; the clause before the frame's comma is the content (without its quotation marks).
    Two variants of the tagger's reading are mended the same way: the quotation and the speaker
    as two content parts (`"A decision is now expected by around mid-March," said one of their
    lawyers, Michalis Dimitrakopoulos.`, BBC sport 2005: the quotation stays the content), and
    the speaker's phrase split at its apposition (`..., said another witness in the impeachment
    probe, former White House Russia adviser Fiona Hill.`, en-ap-1: the first half taken for the
    content, the second for the source).

    Only a candidate with one one-word cue of saying right after a comma (or a comma and a
    closing quotation mark) and a content part that starts right after the cue and runs to the
    end of the sentence tokens[lo:hi], when the words up to that part's first comma hold no verb
    of a clause (`is`, `has`, `would`, `that`, a past form) and at least two words stand before
    the frame, not a name set off by a comma (`_named_subject_set_off`)."""
    if len(cand.cue) != 1 or not 1 <= len(cand.content) <= 2:
        return
    a, b = cand.cue[0]
    c0, c1 = cand.content[-1]
    quoted = cand.content[0] if len(cand.content) == 2 else None
    if quoted is not None and (cand.source is not None or quoted[1] > a):
        return
    if cand.source is not None:
        if not (cand.source[0] == c1 + 1 and c1 < len(lower) and lower[c1] == ","):
            return
        c1 = cand.source[1]
    if b - a != 1 or lower[a] not in FINAL_SAYING or c0 != b or a - 3 < lo:
        return
    end = hi
    while end > c0 and (tokens[end - 1].text in ENDERS or tokens[end - 1].text in QUOTES):
        end -= 1
    if c1 < end or end - c0 < 1 or not tokens[c0].text[:1].isalnum():
        return
    comma = next((m for m in range(c0, end) if lower[m] == ","), end)
    if comma - c0 > MAX_FINAL_SPEAKER or any(w in CLAUSE_WORDS or w in QUOTES for w in lower[c0:comma]):
        return
    if any(finite_verb(tokens, lower, m) and lower[m - 1] not in BEFORE_ADJECTIVE for m in range(c0, comma)):
        return  # `, claims the American sprinter regularly used drugs`: a clause, not a speaker
    if comma < end and cand.source is None and not (
            lower[comma + 1] in APPOSITION_OPENERS or tokens[comma + 1].text[:1].isupper()
            or tokens[comma + 1].text[:1].isdigit()):
        return
    if quoted is not None:
        cand.source = (c0, end)
        cand.content = [quoted]
        return
    k = a - 1
    if tokens[k].text in QUOTES:
        k -= 1  # `"...," said X.` with the comma inside the marks
    if lower[k] != ",":
        return
    start = lo
    if tokens[start].text in QUOTES:
        start += 1
    elif k + 1 < a:
        return  # a quotation opened in an earlier sentence: the continued quote is not this frame's
    if k - start < 2 or sum(tokens[m].text in QUOTES for m in range(start, k)) % 2:
        return  # a quoted fragment inside the clause is fine (`telling others "he was in charge"`)
    if _named_subject_set_off(tokens, lower, start, k):
        return
    cand.source = (c0, end)
    cand.content = [(start, k)]


def _named_subject_set_off(tokens: list[Token], lower: list[str], start: int, k: int) -> bool:
    """Whether the words before the frame's comma at `k` open with a name set off by a comma
    (`Stephen Schechter, a UK investment banker who ..., said the club needs ...`, `The LSE,
    which saw its shares rise 25%, said the bid ...`, `Victor Conte, of Balco Laboratories,
    claims the American sprinter ...`: BBC business and sport 2005): the sentence's subject with
    its apposition, so the cue's frame is a plain one and what follows it is the content."""
    first = next((m for m in range(start, k) if lower[m] == ","), None)
    if first is None or first == start or first - start > 5:
        return False
    return all(tokens[m].text[:1].isupper() or lower[m] in ("the", "of", "de", "van", "von", ".", "&")
               for m in range(start, first))
