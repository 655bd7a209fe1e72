"""Nested reports the flat tagger reads as one attribution (ANNOTATION.md: "Be exhaustive: every
attribution in the article, including nested ones"): a report or claim named by a noun inside
another attribution (`report_noun_frames`), and a frame of saying around a tagged report that
follows its cue (`frames_tagged`: `The source added Syria stresses that ...`).

`Downing Street has denied reports that the Prime Minister is to take legal action`, `Pakistan
rejected "baseless" claims by the Indian media that Delhi Police had busted a terror module`,
`the firm denied reports it was withdrawing from Iraq`: the outer speaker denies (or rejects,
confirms) a report; the report is an attribution of its own, nested in the outer content, with
the noun as its cue and the `by`-phrase, when there is one, as its source (en-news E and G tune
gold: `enE-bbc-1`, `enG-thenational-1`, `enG-newsweekpk-1`, `enG-npr-1`; F tune `enF-inn-1`).
After a verb of denying the clause may follow the noun without `that` when a pronoun opens it
(`Amazon rejects claims it's been hacked`, N tune `enN-1news-1`; benchmarks/data/enclaim22).

The tagger reads such a sentence as one flat attribution, either with the noun in its cue
(`has denied reports` | the Prime Minister ...) or with the noun phrase opening its content
(`rejected` | "baseless" claims by ... that ...). Both give the outer attribution with the noun
phrase as content, and a nested one whose content is the clause after `that`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...model import Attribution, EntitySpan
from .lexicon import Lexicon
from .outlets import channel_words
from .rules import Candidate
from .tokens import QUOTES, Token

REPORT_NOUNS = frozenset({"report", "reports", "claim", "claims", "allegation", "allegations",
                          "accusation", "accusations", "rumours", "rumors", "suggestions",
                          # singulars and `speculation` (P tune gold enP-koreaherald-1: `also
                          # dismissed speculation that ...`, a nested row of its own; BBC:
                          # `rejects a suggestion that`, `rejected speculation that`)
                          "rumour", "rumor", "suggestion", "speculation"})
# Nouns read as a report only as a denial's object (`rejects a suggestion that`, `rejected
# speculation that`): elsewhere `the suggestion that` is as often the writer's own point (`take
# issue with the suggestion that`, `backed away from a suggestion that`: PolNeAR train).
DENIED_ONLY_NOUNS = frozenset({"suggestion", "speculation"})
# Words that may stand between the opening of the outer content and the noun (`the`, `media`,
# `"baseless"`, `a CNN`), at most `MAX_LEAD` of them.
MAX_LEAD = 4
REPORT_NOUN = "report-noun"  # the evidence of the nested claims read here
MAX_BY = 8  # at most this many words in the `by`-phrase naming the report's source
# After the noun, a verb or preposition says the noun is no report of a clause (`reports of`,
# `claims about`): only `that` (or, right after a cue, the clause itself) opens one.
# `that` followed by one of these opens a relative clause on the noun, not the reported clause.
RELATIVE_VERBS = frozenset({"said", "says", "claimed", "claims", "stated", "states", "suggested",
                            "suggests", "showed", "shows", "was", "is", "were", "are", "had", "has",
                            "have", "would", "will", "could", "appeared", "emerged", "surfaced"})
# Verbs of saying that frame a tagged report right after them (`The source added Syria stresses`;
# PolNeAR train and BBC: `suggests`, `thought` framed no speech there). Not an outlet's
# `reported` / `wrote`: `the paper claimed Johnson told ...` is Johnson's attribution with the
# paper as its via (ANNOTATION.md, 据X报道 and citing chains; enG-thenational-1 gold).
FRAME_VERBS = frozenset({"said", "says", "added", "adds", "told", "tells", "stated", "states",
                         "noted", "notes", "explained"})
DETERMINERS = frozenset({"the", "a", "an", "these", "those", "such", "recent", "new", "media",
                         "press", "news", "baseless", "false", "unfounded"})


def report_noun_frames(tokens: list[Token], lower: list[str], found: list[Candidate],
                       lex: Lexicon) -> list[Candidate]:
    """The nested report attributions of `found` (changing the outer candidates in place: the
    noun moves from the cue into the content)."""
    out: list[Candidate] = []
    for cand in found:
        if not cand.cue or not cand.content or len(cand.content) != 1:
            continue
        cue, content = list(cand.cue), list(cand.content)
        inner = _noun_in_cue(lower, cand, lex) or _noun_after_cue(lower, cand, lex) \
            or _noun_opening_content(tokens, lower, cand, lex) \
            or _noun_inside_content(tokens, lower, cand)
        if inner is not None and lower[inner.cue[0][0]] in DENIED_ONLY_NOUNS \
                and not _denial_cue(lower, cand, lex):
            cand.cue[:], cand.content[:] = cue, content  # put the outer candidate back
            continue
        if inner is not None:
            out.append(inner)
    return out


def _noun_in_cue(lower: list[str], cand: Candidate, lex: Lexicon) -> Candidate | None:
    """`has denied reports` | (that) CLAUSE: the noun leaves the cue for the content. Only after
    a verb of the cue lexicon (`opposition claims` | he was ...: the noun is the cue itself)."""
    ca, cb = cand.cue[-1]
    a, b = cand.content[0]
    k = cb - 1
    if cb - ca < 2 or lower[k] not in REPORT_NOUNS or not lower[ca][:1].isalpha():
        return None
    v = k - 1  # the verb, before at most two modifiers (`has denied a news report`)
    while v > ca and k - v <= 2 and lower[v] in DETERMINERS:
        v -= 1
    if not _verb_cue(lower[v], lex):
        return None
    if a < cb:
        return None
    source, between = _maker_phrase(lower, cb, a)
    if any(w != "that" for w in between):
        return None
    if v < k - 1 and "that" not in between and lower[a] != "that":
        return None  # `pushing a claim` | Clinton made ...: a relative clause on the noun
    start = a + 1 if lower[a] == "that" else a  # the tagger's content may open with `that`
    if b - start < 3 or lower[start] in RELATIVE_VERBS or lower[start].endswith("ed"):
        return None  # `has denied a report` | that said Seoul ...: a relative clause, its own frame
    cand.cue[-1] = (ca, v + 1)
    cand.content[0] = (v + 1, b)
    return Candidate([(k, k + 1)], [(start, b)], source, REPORT_NOUN)


# Words that end a maker's name in `allegation by Kakalu 'O Tonga newspaper last week that`: the
# time of the claim, not its maker (enS-kaniva-1 gold source `Kakalu 'O Tonga newspaper`).
MAKER_TIME_WORDS = frozenset({"last", "this", "earlier", "on", "in", "yesterday", "today", "recently"})


def _maker_phrase(lower: list[str], cb: int, a: int) -> tuple[tuple[int, int] | None, list[str]]:
    """The `by`/`from` phrase between a report noun in the cue and its clause (`has denied
    allegation by Kakalu 'O Tonga newspaper last week that ...`, S tune gold enS-kaniva-1: the
    nested row's source is the paper), and the words left between it and the clause. Without
    such a phrase: no source, and the words between the noun and the clause."""
    if a - cb < 2 or lower[cb] not in ("by", "from") or a - cb - 1 > MAX_BY:
        return None, lower[cb:a]
    stop = a - 1 if lower[a - 1] == "that" else a  # the content may open with `that` itself
    end = next((j for j in range(cb + 2, stop) if lower[j] in MAKER_TIME_WORDS), stop)
    if stop - end > 3:
        return None, lower[cb:a]  # the time phrase before `that`: at most three words
    return (cb + 1, end), []


def _verb_cue(word: str, lex: Lexicon) -> bool:
    """Whether `word` is a verb of the cue lexicon (`denied` before `reports`), not a noun cue
    (`opposition claims`, where the noun is the cue itself)."""
    cue = lex.cues.get((word,))
    return cue is not None and cue.pos == "verb"


def _noun_after_cue(lower: list[str], cand: Candidate, lex: Lexicon) -> Candidate | None:
    """`has denied` reports | that CLAUSE: a rule read the verb as the cue and the clause as the
    content, leaving the noun between them in neither. The noun joins the outer content (the
    denial is of the reports; A-D tune gold `enD-bbc-7`: content `reports that Gordon Brown is
    ...`) and is the cue of the nested report, whose content is the clause. The noun may have
    its determiner and, before `that`, the place where the claim was made (`is denying` a claim
    on social media that | CLAUSE; M tune gold `enM-rnz-1`: outer content `a claim on social
    media that ...`, README-m "is denying a claim on social media that ...")."""
    ca, cb = cand.cue[-1]
    a, b = cand.content[0]
    k = cb
    while k < min(a, cb + 2) and lower[k] in DETERMINERS:
        k += 1
    if k >= a or lower[k] not in REPORT_NOUNS or not _verb_cue(lower[cb - 1], lex):
        return None
    if a == k + 1:
        if not _opens_clause(lower, a, b):
            return None
        if lower[a] != "that" and not _denial_cue(lower, cand, lex):
            return None  # a bare clause after the noun only after a denial (`_denial_cue`)
        start = a + 1 if lower[a] == "that" else a
    else:
        that = claim_setting_end(lower, k + 1, a + 1)
        if that is None or lower[that] != "that" or a not in (that, that + 1):
            return None
        start = that + 1
    if b - start < 3:
        return None
    cand.content[0] = (cb, b)
    return Candidate([(k, k + 1)], [(start, b)], None, REPORT_NOUN)


# Where a claim was made, between its noun and `that` (`a claim on social media that`, `the
# reports on social media platforms that`, `claims online that`): a platform of
# channels.json's `platform_names` or one of these, after `on`/`in` (and `the`); the claim's
# maker is still unnamed (README-h: "claims on social media that ..." with source null).
CLAIM_PLACES = frozenset({"internet", "web", "media", "press", "net"})
PLACE_PLURALS = frozenset({"platforms", "handles", "pages", "accounts", "sites", "channels", "groups"})


def claim_setting_end(lower: list[str], t: int, b: int) -> int | None:
    """The index right after a place phrase opening at `t` (`on social media platforms`, `in
    the media`, `online`), when it ends before `b`; else None."""
    if t >= b:
        return None
    if lower[t] == "online":
        return t + 1 if t + 1 < b else None
    if lower[t] not in ("on", "in"):
        return None
    k = t + 1 + (t + 1 < b and lower[t + 1] == "the")
    names = channel_words().platform_names
    for n in (2, 1):
        if k + n <= b and (" ".join(lower[k:k + n]) in names
                           or n == 1 and lower[k] in CLAIM_PLACES):
            k += n
            break
    else:
        return None
    if k < b and lower[k] in PLACE_PLURALS:
        k += 1
    return k if k < b else None


# Subjects that open a clause right after a report noun without `that` (`rejects claims it's
# been hacked`, `cast doubt on Campbell's claims he had torn a hamstring`): a personal pronoun.
# A noun phrase there is as often the noun's own modifier (`claims Sunday`, `reports last week`).
CLAUSE_SUBJECTS = frozenset({"he", "she", "it", "they", "we", "i", "it's", "it’s", "he's", "he’s",
                             "she's", "she’s", "they're", "they’re", "there"})
# After such a pronoun, a verb that makes the pronoun the subject of a relative clause on the noun
# (`denied claims he made in an interview`, `rejected reports they had published`): the
# pronoun's own claims, not a reported clause.
RELATIVE_AFTER_PRONOUN = frozenset({"made", "make", "makes", "raised", "levelled", "leveled", "put",
                                    "published", "wrote", "heard", "read", "saw", "received",
                                    "repeated", "cited", "mentioned", "filed", "brought"})


def _opens_clause(lower: list[str], t: int, b: int) -> bool:
    """Whether the tokens from `t` (before `b`) open the clause a report noun names: `that`, or a
    personal pronoun subject not followed by a verb of making the claim (a relative clause)."""
    if t >= b:
        return False
    if lower[t] == "that":
        return True
    if lower[t] not in CLAUSE_SUBJECTS:
        return False
    v = t + 1
    while v < b and lower[v] in ("had", "has", "have", "also", "just", "'d", "’d"):
        v += 1
    return v < b and lower[v] not in RELATIVE_AFTER_PRONOUN


def _denial_cue(lower: list[str], cand: Candidate, lex: Lexicon) -> bool:
    """Whether the outer cue denies or doubts (`rejects`, `denied`, `had cast doubt on`;
    STANCE.md: deny): only a denial's object is read as a report without `that` before its
    clause (`confirmed reports he ...` is rare, `said reports ...` is the subject of a clause)."""
    words = [w for a, b in cand.cue for w in lower[a:b]]
    return "doubt" in words or any(
        (cue := lex.cues.get((w,))) is not None and cue.stance == "deny" for w in words)


def _noun_opening_content(tokens: list[Token], lower: list[str], cand: Candidate,
                          lex: Lexicon) -> Candidate | None:
    """`rejected` | "baseless" claims by the Indian media that CLAUSE, `pushing back on` | a CNN
    report that CLAUSE: the nested report's source is the `by`-phrase or a capitalised name
    before the noun. After a denial the clause may follow the noun without `that` when a
    pronoun opens it (`rejects` | claims it's been hacked; N tune gold `enN-1news-1`)."""
    a, b = cand.content[0]
    k = next((j for j in range(a, min(a + MAX_LEAD + 1, b))
              if lower[j] in REPORT_NOUNS), None)
    if k is None:
        return None
    marks = sum(tokens[j].text in QUOTES for j in range(a, k))
    if a > 0 and tokens[a - 1].text in QUOTES or marks % 2:
        return None  # inside a quotation: `"Reports that ... are completely false"`
    if not any(tokens[j].text not in QUOTES for j in range(a, k)) and tokens[k].text[:1].isupper():
        return None  # `Reports that X are false`: the clause is the subject's, not a report
    lead = [j for j in range(a, k) if tokens[j].text not in QUOTES]
    if lead and lead[0] == a and lower[a] == "to":
        lead = lead[1:]  # `has reacted` | to claims from the Ministry that ...
    names = [j for j in lead if tokens[j].text[:1].isupper() and lower[j] not in DETERMINERS]
    if any(lower[j] not in DETERMINERS and j not in names for j in lead):
        return None
    source = (names[0], names[-1] + 1) if names else None
    t = k + 1
    if t < b and lower[t] in ("by", "from"):
        that = next((j for j in range(t + 1, min(t + 1 + MAX_BY, b)) if lower[j] == "that"), None)
        if that is None or that == t + 1:
            return None
        source, t = (t + 1, that), that
    elif (place := claim_setting_end(lower, t, b)) is not None and lower[place] == "that":
        t = place  # `the reports on social media platforms that`: made there, by nobody named
    if t == k + 1 and t < b and lower[t] != "that":
        if b - t < 3 or not _opens_clause(lower, t, b) or not _denial_cue(lower, cand, lex):
            return None
        clause = t  # `claims it's been hacked`: the clause right after the noun
    elif t >= b or lower[t] != "that" or b - t < 4 or lower[t + 1] in RELATIVE_VERBS \
            or lower[t + 1].endswith("ed"):
        return None  # `a report that said Seoul ...`: a relative clause, its own frame
    else:
        clause = t + 1
    end = next((j for j in range(clause + 1, b - 1) if lower[j] == "and" and lower[j + 1] == "that"), b)
    if end < b and lower[end - 1] == ",":
        end -= 1
    return Candidate([(k, k + 1)], [(clause, end)], source, REPORT_NOUN)



def _noun_inside_content(tokens: list[Token], lower: list[str], cand: Candidate) -> Candidate | None:
    """`is admitting that it discussed with the FBI media | reports that CLAUSE`: a report noun
    further into the content, right after a determiner or modifier of `DETERMINERS` and right
    before `that` and a clause; no source (the outlet is not named)."""
    a, b = cand.content[0]
    for k in range(a + MAX_LEAD + 1, b - 4):
        if lower[k] not in REPORT_NOUNS or lower[k + 1] != "that" or lower[k - 1] not in DETERMINERS:
            continue
        if lower[k + 2] in RELATIVE_VERBS or lower[k + 2].endswith("ed") \
                or sum(tokens[j].text in QUOTES for j in range(a, k)) % 2:
            continue
        end = next((j for j in range(k + 3, b - 1) if lower[j] == "and" and lower[j + 1] == "that"), b)
        if end < b and lower[end - 1] == ",":
            end -= 1
        return Candidate([(k, k + 1)], [(k + 2, end)], None, REPORT_NOUN)
    return None


def frames_tagged(cand: Candidate, found: list[Candidate], taken: set[int],
                  lower: list[str]) -> Candidate | None:
    """The rule's `cand` as the outer frame of a tagged attribution that follows its cue (`The
    source added | Syria stresses that ...`): the tagger read only the inner report, the rule
    the frame (its content read past the inner cue); both are attributions (ANNOTATION.md:
    nested ones too). Only when the frame's source and cue are nobody's, the inner source
    starts right after the frame's cue (or after `that`), and every taken token from there to
    the end of the rule's content belongs to attributions wholly inside. The frame's content
    runs from the inner source to the later of the two ends."""
    if cand.source is None or not cand.cue or len(cand.content) != 1:
        return None
    if any(i in taken for r in (*cand.cue, cand.source) for i in range(*r)):
        return None
    if lower[cand.cue[-1][1] - 1] not in FRAME_VERBS:
        return None  # `the trip suggests`, `I never thought`: no report of speech
    start = cand.cue[-1][1]
    if start < len(lower) and lower[start] == "that":
        start += 1
    inner = next((c for c in found if c.source is not None and c.source[0] == start and c.cue
                  and c.content and c.content[0][0] > c.cue[-1][0]
                  and lower[start] not in ("a", "an")), None)  # `tweeted a video ... that showed`
    if inner is None:
        return None
    end = max(cand.content[0][1], inner.content[-1][1])
    inside = [c for c in found if c.content and all(
        start <= x and y <= end for x, y in (*_ranges(c.source), *c.cue, *c.content))]
    held = {i for c in inside for r in (*_ranges(c.source), *c.cue, *c.content)
            for i in range(*r)}
    if any(i in taken and i not in held for i in range(start, end)):
        return None
    return Candidate(cand.cue, [(start, end)], cand.source, cand.evidence, cand.via)


def _ranges(r: tuple[int, int] | None) -> list[tuple[int, int]]:
    return [] if r is None else [r]


# Nouns of a document or report whose participle reports what it says (`a German media report
# indicating that ...`, `research suggesting the cost ... was under-estimated`).
DOCUMENT_NOUNS = frozenset({"report", "reports", "story", "stories", "article", "articles",
                            "study", "studies", "research", "survey", "surveys", "poll", "polls",
                            "statement", "memo", "letter", "findings", "release", "affidavit"})
REPORTING_PARTICIPLES = frozenset({"alleging", "suggesting", "indicating", "stating", "claiming",
                                   "saying", "asserting", "arguing", "concluding", "showing"})
# Words of the noun phrase before a document noun (`the New York Times story`, `a German media
# report`); a capitalised word counts too.
_NP_WORDS = DETERMINERS | {"recent", "latest", "earlier", "local", "new", "its", "his", "her",
                           "their", "official", "written", "joint", "foreign"}
MAX_BETWEEN = 6  # words between the noun and its participle (`published by an Indian newspaper`)


def participle_reports(tokens: list[Token], lower: list[str], sentences: list, found: list[Candidate],
                       lex: Lexicon) -> list[Candidate]:
    """`denied a German media report indicating that CLAUSE`, `the New York Times story
    erroneously suggesting that CLAUSE`, `despite research suggesting CLAUSE`: a document noun
    with a reporting participle is an attribution of its own (ANNOTATION.md: a document is a
    source; every attribution, nested ones too; H tune gold `enH-bfirst-1`, `enH-etvbharat-1`,
    `enH-ekathimerini-1`; G tune `enG-neweuropean-1`; A-D tune `enD-bbc-6`). Source: the noun
    phrase, or the agent of `published by X`; content: the clause after the participle (and
    `that`), to the end of the sentence, a quotation mark, another frame's source or cue, or a
    comma before another participle of saying. Only where no cue holds the noun or the participle (a tagged `issued a statement
    saying` stays as it is)."""
    cue_tokens = {i for c in found for r in c.cue for i in range(*r)}
    # where another frame starts (`with polls showing X, | a story by the website says that`)
    frames = cue_tokens | {i for c in found if c.source for i in range(*c.source)}
    out: list[Candidate] = []
    for s in sentences:
        for k in range(s.first, s.last - 3):
            if lower[k] not in DOCUMENT_NOUNS or k in cue_tokens:
                continue
            p = next((j for j in range(k + 1, min(k + 2 + MAX_BETWEEN, s.last - 2))
                      if lower[j] in REPORTING_PARTICIPLES), None)
            if p is None or p in cue_tokens or any(
                    not lower[j][:1].isalnum() or lower[j] in DOCUMENT_NOUNS or j in cue_tokens
                    for j in range(k + 1, p)):
                continue
            between = lower[k + 1:p]
            if between and not (between[0] in ("by", "from", "published", "in", "on", "released", "issued")
                                or all(w.endswith("ly") or w in _DAYS for w in between)):
                continue  # `the report is showing`: a verb between, the tagger's finite frame
            a = p + 1 + (lower[p + 1] == "that")
            if lower[a] in ("as", "so"):
                continue  # `a White House memo saying as much after ...`: no clause reported
            end = a
            while end < s.last and tokens[end].text not in QUOTES and end not in frames and not (
                    lower[end] == "," and end + 1 < s.last and lower[end + 1].endswith("ing")
                    and lex.match_cue(lower, end + 1) is not None):
                end += 1
            while end > a and not lower[end - 1][:1].isalnum():
                end -= 1
            if sum(w[:1].isalnum() for w in lower[a:end]) < 4:
                continue
            out.append(Candidate([(p, p + 1)], [(a, end)], _document_source(tokens, lower, k, p, s.first),
                                 "report-participle"))
            cue_tokens.add(p)
    return out


_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                   "today", "yesterday"})


def _document_source(tokens: list[Token], lower: list[str], k: int, p: int, first: int) -> tuple[int, int]:
    """`published by an Indian newspaper` -> the newspaper; else the noun phrase ending at `k`."""
    by = next((j for j in range(k + 1, p) if lower[j] == "by"), None)
    if by is not None and by + 1 < p:
        return by + 1, p
    start = k
    while start > first and (lower[start - 1] in _NP_WORDS or tokens[start - 1].text[:1].isupper()
                             and tokens[start - 1].text[:1].isalpha()
                             or lower[start - 1] in ("’s", "'s")):
        start -= 1
    return start, k + 1


# Nouns of claims nobody is named as making (`has dismissed reports that ...`, `has refuted
# claims that ...`, `denied a press report that ...`), and the words of their noun phrase kept
# in the source (`media reports`, `press report`).
CLAIM_SOURCE_NOUNS = frozenset({"reports", "claims", "allegations", "accusations", "rumours", "rumors",
                                "report", "claim", "allegation", "accusation", "rumour", "rumor"})
CLAIM_MODIFIERS = frozenset({"media", "press", "news", "newspaper", "recent", "online"})
_THAT_AFTER = re.compile(r"[ \t\u00a0]+that\b")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t\u00a0]+$")


def unowned_claims_as_sources(result: list[Attribution], text: str,
                              resolve: Callable[[str, int], str | None], outlet_sourced: bool) -> None:
    """`Information Minister, Kojo Oppong-Nkrumah, has dismissed reports that a government
    official been arrested ...` (Adom Online, en-news part I tune), `has refuted claims that
    arrests were made` (FBC News), `dismissed as blatant lie, media reports that ...`
    (Vanguard, part N tune): a nested claim named by a report noun with no maker has the
    noun as its source and no cue (en-news README-i: "their source is the noun when no outlet
    is named in the phrase"; README-k: "Their source is the noun when the phrase names no
    maker"; README-l and README-n: the scored `no cue` rows are "claims named by a noun"). Where the article names an outlet as a source, the reports are taken for its
    own (README-g: "'reports that X' with source null and the paper as speaker when the text
    names it later"; an outlet, or a source the article calls `the paper`), and the
    attribution stays as `report_noun_frames` made it, unless the claims were made on a
    platform the phrase names (`the reports on social media platforms that`, O tune gold
    `enO-sabcnews-1`, the noun phrase as source; README-o: "their source is the noun when the
    phrase names no maker"). Run after
    the certainty passes, which read a source-less report cue as unnamed reports
    (`disputes.report_cued`): certainty stays theirs."""
    for a in result:
        if a.source is not None or len(a.cue) != 1 or not a.content:
            continue
        cue = a.cue[0]
        words = cue.text.lower().split()
        if words[:1] == ["to"] and words[-1].endswith("s"):
            # `in response to claims that ...` (BBC 2005, enM-bbc-2): the plural noun; a
            # singular after `to` is the verb (`went on to claim the title`, BBC sport)
            words = words[1:]
        if len(words) != 1 or words[0] not in CLAIM_SOURCE_NOUNS or cue.end > a.content[0].start:
            continue
        end = _place_end(text, cue.end, a.content[0].start)
        if not _THAT_AFTER.match(text, end) or outlet_sourced and end == cue.end:
            continue  # (claims made `on social media` are no outlet's own reports)
        start = cue.end - len(words[0])
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if before is not None and before.group(1).lower() in CLAIM_MODIFIERS:
            start = before.start(1)
        if end > cue.end and (before := _WORD_BEFORE.search(text, max(0, start - 30), start)) \
                is not None and before.group(1).lower() in ("the", "a", "an", "these", "those"):
            start = before.start(1)  # `the reports on social media platforms` (O tune gold)
        surface = text[start:end]
        a.source = EntitySpan(start, end, surface, resolve(surface, start))
        a.cue = []


_WORDS = re.compile(r"\S+")


def _place_end(text: str, at: int, limit: int) -> int:
    """Where a place phrase right after a claim noun ending at `at` ends (`claims | on social
    media platforms | that`; see `claim_setting_end`), or `at` when there is none."""
    words = [(m.group().lower(), m.end()) for m in _WORDS.finditer(text, at, min(limit, at + 60))]
    end = claim_setting_end([w for w, _ in words] + ["that"], 0, len(words) + 1)
    return at if end is None or end == 0 else words[end - 1][1]


# Words that may open a denial's cue before its verb (`have rubbished`, `also denied`).
DENIAL_AUXILIARIES = frozenset({"has", "have", "had", "also", "strongly", "categorically", "flatly"})
DENIED_REPORT = "denied-report"  # the evidence of the denials `denials_around_reports` made
MAX_NOUN_PHRASE = 4  # words of the claim's noun phrase before its `by` (`a recent press statement`)


def denials_around_reports(tokens: list[Token], lower: list[str], found: list[Candidate],
                           lex: Lexicon) -> list[Candidate]:
    """`have rubbished | a statement by the Democratic Alliance claiming that CLAUSE`, `rejected
    | media reports alleging CLAUSE`: the tagger read the report or statement's own attribution
    (its noun phrase or `by`-phrase as source, the participle as cue) but not the denial around
    it, or gave the denial only the article before the noun (`has rejected | an`). Both are
    attributions: the denial's content is the whole claim, noun phrase, participle and clause
    (ANNOTATION.md: nested ones too; README-h: "Denials of named reports, claims and charges are
    scored"; README-m: "have dismissed media reports ... alleging that ..."; L tune gold
    `enL-canindia-1`). An existing candidate on the denial verb whose content stops before the
    noun phrase gets the whole claim as content; else a new one is made, its source left to the
    sentence's subject before the verb (`_source_near_cue`). Only after a verb of denying
    (`_denial_verb`; STANCE.md: deny)."""
    out: list[Candidate] = []
    cue_at = {i: c for c in found for r in c.cue for i in range(*r)}
    for inner in found:
        if inner.source is None or len(inner.cue) != 1 or len(inner.content) != 1:
            continue
        p = inner.cue[0][0]
        s0, s1 = inner.source
        if inner.cue[0][1] != p + 1 or lower[p] not in REPORTING_PARTICIPLES or s1 != p \
                or inner.content[0][0] <= p:
            continue
        start = _claim_phrase_start(tokens, lower, s0)
        if start is None or start < 1:
            continue
        verb = start - 1
        if not _denial_verb(lower[verb], lex) or verb > 0 and lower[verb - 1] == "to":
            continue  # (`declined to deny`: the infinitive's frame is the tagger's to read)
        whole = (start, inner.content[0][1])
        outer = cue_at.get(verb)
        if outer is not None:
            if len(outer.content) == 1 and outer.cue[-1][1] == start \
                    and outer.content[0][0] >= start and outer.content[0][1] < p:
                outer.content = [whole]  # `has rejected | an` -> the whole claim
            continue
        first = verb
        while first > 0 and lower[first - 1] in DENIAL_AUXILIARIES:
            first -= 1
        out.append(Candidate([(first, verb + 1)], [whole], None, DENIED_REPORT))
    return out


def _denial_verb(word: str, lex: Lexicon) -> bool:
    """Whether `word` is a verb of the cue lexicon whose stance is `deny` (`rejected`,
    `rubbished`)."""
    cue = lex.cues.get((word,))
    return cue is not None and cue.pos == "verb" and cue.stance == "deny"


def _claim_phrase_start(tokens: list[Token], lower: list[str], s0: int) -> int | None:
    """Where the noun phrase of a claim whose maker or noun starts at `s0` starts: over its
    determiner (`an` | ITV report), or over the noun before a `by`-phrase (`a statement by` |
    the Democratic Alliance). None when the words there are no claim's noun phrase."""
    if s0 > 0 and lower[s0 - 1] == "by":
        k = s0 - 2
        if k < 0 or lower[k] not in DOCUMENT_NOUNS | REPORT_NOUNS:
            return None
        while k > 0 and s0 - 1 - k < MAX_NOUN_PHRASE and (
                lower[k - 1] in _NP_WORDS or tokens[k - 1].text[:1].isupper() and tokens[k - 1].text[:1].isalpha()):
            k -= 1
        return k
    k = s0
    while k > 0 and lower[k - 1] in DETERMINERS and lower[k - 1] not in REPORT_NOUNS:
        k -= 1
    return k


def channels_to_denials(result: list[Attribution]) -> None:
    """`Sirisena on Wednesday rejected media reports alleging ... during a telephone call with
    Prime Minister Narendra Modi`: a channel after a claim a denial of `denials_around_reports`
    holds is the denial's (the call is where he rejected them; L tune gold `enL-canindia-1`),
    not the claim's, which the sentence channels gave to the nearer cue."""
    for outer in result:
        if outer.evidence != DENIED_REPORT or outer.via or len(outer.content) != 1:
            continue
        part = outer.content[0]
        for inner in result:
            if inner is outer or not inner.via or not inner.cue \
                    or not part.start <= inner.cue[0].start < part.end:
                continue
            end = max(c.end for c in inner.content)
            if all(v.start >= end >= part.end for v in inner.via):
                outer.via, inner.via = inner.via, []
