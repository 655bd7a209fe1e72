"""Attributions nested inside another one's content (ANNOTATION.md `parent`).

The CRF tags one flat layer and the rules only fill gaps no content covers, so speech reported
inside a quotation (`"He told me, 'we are leaving,'" she said.`) or inside an indirect report
(`Afterward, Sondland said he had relayed ..., Morrison testified.`) was never found. Here the
sentence-level extractor runs again on the text of each content that holds a reporting cue, and
what it finds there is mapped back onto the article's tokens; `extract._nest` then points each
inner attribution's `parent` at the outer one. The search recurses (a report inside a report
inside a quotation), bounded by `MAX_DEPTH`. A frame that opens another content with a verb of
the lexicon in any tense and `that` (`said that Syria affirms that ...`) is read directly by
`opening_frames`, as the re-read tagger misses most of them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeAlias

from . import rules as en_rules
from .lexicon import Lexicon
from .noncue import non_cue_words
from .rules import Candidate
from .single_quotes import quote_view
from .tokens import QUOTES, Sentence, Token

Range: TypeAlias = tuple[int, int]
# `candidates()` of the extractor, passed in so that this module does not import its caller.
Extractor: TypeAlias = Callable[[str], tuple[list[Token], list[Sentence], list[Candidate]]]

MAX_DEPTH = 2  # en-news tune: the deepest gold nesting is two levels below the article's frame
MIN_TOKENS = 4  # `cue` + at least a word of source and of content inside the outer content


def inner_candidates(text: str, tokens: list[Token], found: list[Candidate], lex: Lexicon,
                     extract: Extractor, depth: int = 1,
                     lower: list[str] | None = None) -> list[Candidate]:
    """Candidates whose cue lies inside the content of one of `found`, in `tokens` indices.

    Each content range that holds a verb of saying is re-read as a text of its own with
    `extract`; a candidate found there is kept when it reports speech (`_reported_speech`),
    every range of it maps onto whole tokens of the article and its cue is not already a cue of
    `found` (nor of an earlier inner one). `lower`: the tokens lower-cased, when the caller has
    them already."""
    starts = {t.start: k for k, t in enumerate(tokens)}
    ends = {t.end: k + 1 for k, t in enumerate(tokens)}
    cue_tokens = {i for c in found for a, b in c.cue for i in range(a, b)}
    if lower is None:
        lower = [t.text.lower() for t in tokens]
    out: list[Candidate] = []
    for outer in found:
        if not any(lower[i][:1].isalpha() for r in outer.cue for i in range(*r)):
            continue  # no frame of words (a colon or a dash the tagger took for a cue)
        for a, b in outer.content:
            a, b = _inside_marks(lower, a, b)
            if b - a < MIN_TOKENS or not any(w in SPEECH_WORDS for w in lower[a:b]):
                continue  # nothing `_reported_speech` keeps (and re-reading costs a tagger run)
            base = tokens[a].start
            sub_text = text[base:tokens[b - 1].end]
            sub_tokens, _, sub_found = extract(sub_text)
            if depth < MAX_DEPTH:
                sub_found = sub_found + inner_candidates(sub_text, sub_tokens, sub_found, lex,
                                                         extract, depth + 1)
            requoted = quote_view(sub_text) != sub_text
            for cand in sub_found:
                mapped = _mapped(cand, sub_tokens, base, starts, ends)
                if mapped is None or not _reported_speech(mapped, tokens, lower, lex):
                    continue
                if any(i in cue_tokens for r in mapped.cue for i in range(*r)):
                    if requoted:
                        _requote(found, mapped, a, b)
                    continue
                out.append(mapped)
                cue_tokens.update(i for r in mapped.cue for i in range(*r))
    return out


def _requote(found: list[Candidate], mapped: Candidate, a: int, b: int) -> None:
    """A quotation inside a quotation (`"He told me 'I will resign', and then he left," the aide
    said`) is in single marks, which the first reading, over the whole sentence, took as the US
    nesting convention; re-read alone, the single marks quote, so the inner frame's content
    ends with them. The first reading's candidate with the same cue, inside the outer content,
    takes the re-read content (and source, when it had none)."""
    for cand in found:
        if cand.cue == mapped.cue and cand.content and a <= cand.content[0][0] \
                and cand.content[-1][1] <= b:
            cand.content = mapped.content
            cand.source = cand.source or mapped.source
            return


def weak_frames(found: list[Candidate], inner: list[Candidate], lex: Lexicon,
                lower: list[str]) -> list[Candidate]:
    """The candidates of `found` to drop beside `inner`: a frame whose verb is no cue of the
    lexicon (`the Chicago Police Department ... turned to`, `began taking calls`, `erased`) is
    the tagger's guess, and a report of speech found inside its content is the attribution it
    swallowed (PolNeAR dev: 4 such frames, each the worse match of the gold the inner one
    matches)."""
    return [outer for outer in found
            if outer.cue and not _headed_by_cue(outer, lex, lower)
            and any(a <= c.cue[0][0] < b for c in inner for a, b in outer.content)]


def _headed_by_cue(cand: Candidate, lex: Lexicon, lower: list[str]) -> bool:
    """Whether the frame's verb (its first word after auxiliaries) starts a cue of the lexicon
    (`posted on his Facebook page` does, `began taking calls` does not)."""
    a, b = cand.cue[0]
    while a < b - 1 and (lower[a] in CUE_PARTS or lower[a] in BE):
        a += 1
    return lex.match_cue(lower, a) is not None


# Inside another one's content only reports of speech count: a past-tense verb of saying (or
# the participle of a verb of saying that continues a frame, `adding that ...`). Attitudes and
# plans (`I think`, `we want`, `they believe`), habitual or hypothetical speech (`I would say`,
# `you say`) are what a speaker says, not whom they quote (ANNOTATION.md annotates the first,
# PolNeAR neither: 411 of 466 nested CRF finds on PolNeAR dev matched no gold).
# `claimed`, `insisted`, `recalled` are left out: inside a report they mostly restate a
# position (`Trump had claimed a loss of $916 million`, `she insisted the first lady go`,
# `she recalled thinking`; PolNeAR dev 4 finds, none in gold; en-news tune none).
SPEECH_PAST = frozenset({
    "said", "told", "asked", "added", "replied", "answered", "reported", "announced", "noted",
    "wrote", "alleged", "relayed", "reminded", "admitted", "testified", "warned", "explained",
    "denied", "confirmed", "stated", "declared", "tweeted", "responded", "complained"})
SPEECH_PARTICIPLES = frozenset({"adding", "telling"})
SPEECH_WORDS = SPEECH_PAST | SPEECH_PARTICIPLES
CUE_PARTS = frozenset({"had", "has", "have", "also", "then", "allegedly", "later", "reportedly",
                       "once", "first", "previously", "repeatedly"})
HYPOTHETICAL = frozenset({"would", "will", "could", "should", "must", "might", "may", "can",
                          "to", "not", "n't", "never", "'ll", "’ll", "'d", "’d"})
BE = frozenset({"is", "was", "are", "were", "be", "been", "being"})
ATTRIBUTIVE = frozenset({"his", "her", "its", "their", "our", "my", "your", "the", "a", "an"})


def _reported_speech(cand: Candidate, tokens: list[Token], lower: list[str], lex: Lexicon) -> bool:
    """Whether `cand`, found inside another attribution's content, reports someone's speech:
    a verb of saying with a speaker (tagged, or a noun phrase right before the cue)."""
    if not cand.cue or not cand.content:
        return False
    a, b = cand.cue[0]
    words = lower[a:b]
    if len(words) > 1 and words[-1] == "to":
        words = words[:-1]  # `had relayed to` (the addressee follows)
    if any(w not in CUE_PARTS for w in words[:-1]) or a > 0 and lower[a - 1] in HYPOTHETICAL:
        return False
    before = lower[a - 1] if a > 0 else ""
    if words[-1] in SPEECH_PARTICIPLES:
        # `, adding that ...` continues a frame; `by adding a few ...` is an action
        return before == "," or words[-1] != "adding"
    if words[-1] not in SPEECH_PAST or before in ATTRIBUTIVE or before.endswith(("'s", "’s")):
        return False  # `his announced plans`, `Flynn’s alleged request`: an adjective
    source = cand.source or en_rules.source_before(tokens, lower, max(0, a - 8), a, lex)
    if source is None:
        return False
    s = source[0]
    return not (s > 0 and lower[s - 1] == "as")  # `As we noted, ...` is a comment aside


def _inside_marks(lower: list[str], a: int, b: int) -> Range:
    """The range without the quotation marks that open it and as many that close it: read with
    its own marks, a quotation is one quoted content again, not the speech inside it."""
    opened = 0
    while a < b and lower[a] in QUOTES:
        a, opened = a + 1, opened + 1
    while opened and b > a and lower[b - 1] in QUOTES:
        b, opened = b - 1, opened - 1
    return a, b


def _mapped(cand: Candidate, sub_tokens: list[Token], base: int, starts: dict[int, int],
            ends: dict[int, int]) -> Candidate | None:
    """`cand` (indices into `sub_tokens`, a text that starts at character `base` of the
    article) in article token indices, or None when a range does not fall on token edges."""

    def move(r: Range) -> Range | None:
        a = starts.get(base + sub_tokens[r[0]].start)
        b = ends.get(base + sub_tokens[r[1] - 1].end)
        return (a, b) if a is not None and b is not None and b > a else None

    parts = [[move(r) for r in rs] for rs in (cand.cue, cand.content, cand.via)]
    source = move(cand.source) if cand.source is not None else None
    if any(r is None for rs in parts for r in rs) or (cand.source is not None and source is None):
        return None
    cue, content, via = ([r for r in rs if r is not None] for rs in parts)
    return Candidate(cue, content, source, cand.evidence or "nested", via)


# Adverbs that may stand between a subject and its verb of saying in an opening frame (`Putin
# clearly stated that ...`, `the ministry also insists that ...`).
FRAME_ADVERBS = frozenset({"clearly", "publicly", "firmly", "repeatedly", "still", "now", "again",
                           "further", "always", "privately", "explicitly", "strongly"})
MAX_SUBJECT = 10  # at most this many words between the clause's start and the inner cue
# Cue forms that are as often nouns: bare, they frame no clause here (`the American demand
# that ...`, `the claims that appeared ...`, `suggested in a CBS interview that ...` (PolNeAR
# train); `has claimed that` keeps its auxiliary).
NOUN_CUES = frozenset({"demand", "demands", "claim", "claims", "report", "reports", "call",
                       "calls", "pledge", "pledges", "promise", "promises", "warning", "warnings",
                       "view", "views", "fear", "fears", "hope", "hopes", "concern", "concerns",
                       "interview", "interviews", "comment", "comments"})
OPENING_FRAME = "nested-frame"  # the evidence of `opening_frames` candidates


def opening_frames(tokens: list[Token], lower: list[str], found: list[Candidate],
                   lex: Lexicon) -> list[Candidate]:
    """Reports that open the content of another attribution: `The paper said that Chinese
    officials believe that ...`, `It went on to say that Syria affirms that ...`, `The Washington
    Post reported ... that the U.S. National Security Agency has found that ...` (en-news G and F
    tune gold: `enG-sana-1`, `enF-jiji-1`).

    ANNOTATION.md: "Be exhaustive: every attribution in the article, including nested ones". The
    tagger reads such a sentence as one flat attribution, and re-reading the content alone
    (`inner_candidates`) keeps only past-tense verbs of saying (an inner `I think` or `you say`
    inside a quotation is mostly no report). Here the frame must be explicit: the outer content
    opens with a noun phrase (`source_before`), then a cue of the lexicon in any tense, then
    `that`; the inner content is that `that`-clause to the end of the outer content. PolNeAR
    never nests (no gold cue lies inside a gold content), so each find there costs precision;
    ANNOTATION.md is followed."""
    cue_tokens = {i for c in found for r in c.cue for i in range(*r)}
    out: list[Candidate] = []
    for outer in found:
        if not any(lower[i][:1].isalpha() for r in outer.cue for i in range(*r)) \
                or lower[outer.cue[0][0]] == "according":
            continue  # no frame of words (a colon, a dash), or a channel (`according to a blog
            # post, the institute predicts that ...`: the institute is the clause's source)
        for a, b in outer.content:
            if lower[a] in QUOTES:
                continue  # a quotation: the speaker's own words, read by `inner_candidates`
            s = a + (lower[a] == "that")
            inner = _opening_frame(tokens, lower, s, b, lex)
            if inner is not None and not any(i in cue_tokens for r in inner.cue for i in range(*r)):
                out.append(inner)
                cue_tokens.update(i for r in inner.cue for i in range(*r))
    return out


def _opening_frame(tokens: list[Token], lower: list[str], s: int, b: int,
                   lex: Lexicon) -> Candidate | None:
    """The frame `subject + cue + that` opening the clause `s:b`, or None."""
    for j in range(s + 1, min(b - 2, s + MAX_SUBJECT + 1)):
        if lower[j] in ("that", ",", ";", ":", "—", "-") or lower[j] in QUOTES:
            return None  # the subject ends before any cue: no frame opens the clause
        match = lex.match_cue(lower, j)
        if match is None:
            continue
        e = j + match[0]
        if e >= b - 1 or lower[e] != "that":
            return None  # `officials rejected the plan`: the verb's object, no reported clause
        k = j
        while k > s + 1 and (lower[k - 1] in CUE_PARTS or lower[k - 1] in FRAME_ADVERBS):
            k -= 1
        source = en_rules.source_before(tokens, lower, s, k, lex)
        if source is None or source[0] != s:
            return None  # the cue's subject is not the whole opening of the clause
        if source[1] - source[0] == 1 and lower[s] in lex.pronouns:
            return None  # `Reeves said he thought that ...`: the speaker's own view, one
            # attribution with the frame (en-news C tune gold)
        last = lower[source[1] - 1]
        if last in lex.determiners or last.endswith(("'s", "’s")) or last in ("'s", "’s") \
                or k == j and (lower[j] in NOUN_CUES or lower[j].endswith("ing")):
            return None  # a noun or a gerund, no finite verb: `said the claims that appeared
            # ...`, `the American demand that ...`, `Clinton's comment that ...` (PolNeAR
            # train), `Freddy claiming his father ...`
        if any(lower[i] in non_cue_words().intention_verbs for i in range(j, e)):
            return None  # `said Trump has decided that ...`: an act (noncue `intention`)
        return Candidate([(k, e)], [(e, b)], source, OPENING_FRAME, [])
    return None

