"""Reporting frames whose speaker is the subject of a passive, with the agent moved.

`He was quoted by RIA Novosti as saying that the deal was off.`, `The minister was quoted as
saying by the Interfax news agency that prices would rise.`, `Putin is said to have told aides
that ...`, `She was reported by Kyodo to have said ...`, `He was heard saying ...`: the subject is
the speaker (ANNOTATION.md, citing chains: the cited party is the source, the citing outlet the
via), the `by` phrase names the channel, and the words come after the participle (and `that`).
The tagger learned from US text, where these frames are rare, and reads only `saying` as a cue
with no source; the passive rule of the extractor (the subject of a passive cue is no source)
would drop the subject too. The frame's grammar is fixed, so a pattern over tokens reads it.
"""

from __future__ import annotations

from ...gazetteer import default_gazetteer
from .lexicon import Lexicon
from .outlets import NAMED_OUTLET_NOUNS, IsOutlet
from .rules import Candidate, Range, determined_np, source_before
from .tokens import ENDERS, Sentence, Token
from .via import quoting_agent

BE = frozenset({"is", "was", "are", "were", "been"})
QUOTED = frozenset({"quoted", "cited"})
# `X is said to have told ...`: reported speech at second hand
HEARSAY = frozenset({"said", "reported", "understood", "believed", "thought", "alleged",
                     "rumoured", "rumored", "known"})
HEARD = frozenset({"heard", "overheard", "recorded", "filmed", "caught"})
SAYING = frozenset({"saying", "telling", "stating", "writing", "claiming", "warning", "asking"})
SPEECH_PERFECT = frozenset({"said", "told", "warned", "claimed", "stated", "written", "declared",
                            "remarked", "admitted", "confided", "boasted", "complained", "asked",
                            "suggested", "insisted", "described", "threatened", "promised"})
ADVERBS = frozenset({"also", "once", "later", "widely", "reportedly", "allegedly", "previously",
                     "repeatedly", "even", "then", "first"})
OPENING_QUOTES = frozenset({"“", '"', "‘", "'"})
CLOSING_QUOTES = frozenset({"”", '"', "’", "'"})
MAX_SUBJECT = 16  # tokens of a speaker with an apposition between a quotation and `was quoted`
MAX_AGENT = 8  # tokens of a `by` phrase (`by the state-run Interfax news agency`)
MAX_ADDRESSEE = 6  # tokens between `telling`/`told` and its `that` (`told a meeting of aides`)
# Words after an agent's name that belong to its description (`by the Interfax news agency`).
AGENT_TAIL = frozenset({"news", "agency", "newspaper", "daily", "website", "tv", "television",
                        "radio", "wire", "service", "channel", "broadcaster"})
# A relative pronoun as subject: the speaker is its antecedent, which the tagger reads
# (`The director, who was quoted as saying ..., resigned`).
RELATIVE_SUBJECTS = frozenset({"who", "which", "that"})


def moved_agent_frames(tokens: list[Token], lower: list[str], sentences: list[Sentence],
                       lex: Lexicon, is_outlet: IsOutlet | None = None) -> list[Candidate]:
    """Candidates for every passive reporting frame of `sentences` (see the module docstring).
    `is_outlet` tells a known outlet name (default: the gazetteer's outlets); an agent after
    `by` is the channel whether known or not, the callable only shapes its span."""
    if is_outlet is None:
        gazetteer = default_gazetteer()

        def is_outlet(name: str) -> bool:
            return gazetteer.lookup(name) is not None
    out: list[Candidate] = []
    para_first, paragraph = 0, -1
    for s in sentences:
        if s.paragraph != paragraph:
            para_first, paragraph = s.first, s.paragraph
        i = s.first
        while i < s.last:
            found = _frame_at(tokens, lower, s.first, s.last, i, lex, para_first, is_outlet) \
                if lower[i] in BE else None
            if found is not None:
                out.append(found)
                i = max(i + 1, found.content[-1][1])
            else:
                i += 1
    return out


def _frame_at(tokens: list[Token], lower: list[str], lo: int, hi: int, be: int,
              lex: Lexicon, para_first: int, is_outlet: IsOutlet) -> Candidate | None:
    """The frame whose form of *be* is token `be` of the sentence tokens[lo:hi], or None; a
    quotation before the speaker may start earlier in the paragraph (at `para_first`)."""
    j = be + 1
    while j < hi and (lower[j] in ADVERBS or lower[j].endswith("ly") and lower[j] != "only"):
        j += 1
    if j + 2 >= hi:
        return None
    verb = lower[j]
    via: list[Range] = []
    if verb in QUOTED:  # quoted [by Y] as saying [by Y] [that]
        k, agent = _agent(tokens, lower, j + 1, hi, is_outlet, ("by", "in"))  # `quoted in The Times`
        if lower[j + 1] == "in" and agent and not tokens[agent[0][0]].text[:1].isupper():
            agent = []  # `quoted in full`
        via += agent
        if not (k + 1 < hi and lower[k] == "as" and lower[k + 1] in SAYING):
            return None
        cue = [(j, j + 1), (k, k + 2)]
        m = k + 2
    elif verb in HEARSAY:  # said [by Y] to have told
        k, agent = _agent(tokens, lower, j + 1, hi, is_outlet)
        via += agent
        if not (k + 2 < hi and lower[k] == "to" and lower[k + 1] == "have"
                and lower[k + 2] in SPEECH_PERFECT):
            return None
        cue = [(j, j + 1), (k, k + 3)]
        m = k + 3
    elif verb in HEARD and lower[j + 1] in SAYING:  # heard saying
        cue = [(j, j + 2)]
        m = j + 2
    else:
        return None
    if lower[m - 1] in ("telling", "told", "asking", "asked", "warning", "warned"):
        m = _after_addressee(lower, m, hi)
        if m is None:
            return None
    m, agent = _agent(tokens, lower, m, hi, is_outlet)  # `as saying by the Interfax news agency that`
    via += agent
    subject_end = be - 1 if lower[be] == "been" else be
    quoted_before = _quotation_before(tokens, para_first, subject_end)
    if quoted_before is not None:  # the whole subject between the quotation and the verb
        first = quoted_before[1] + (tokens[quoted_before[1]].text == ",")
        source: Range | None = (first, subject_end - (lower[subject_end - 1] == ","))
    else:
        source = source_before(tokens, lower, lo, subject_end, lex) \
            or determined_np(tokens, lower, lo, subject_end, lex)
    if source is None or source[1] <= source[0] or lower[source[0]] in RELATIVE_SUBJECTS:
        return None
    if agent and m < hi and lower[m] == "," and _name_to_end(tokens, m + 1, hi):
        # `... as saying by the state news agency, KCNA.`: the name after the comma is the channel
        via[-1] = (m + 1, hi - (tokens[hi - 1].text in ENDERS))
        m = hi
    if m < hi and lower[m] in ("that", ",", ":"):
        m += 1
    tail = [t.text for t in tokens[m:hi] if t.text not in ENDERS]
    if not tail and quoted_before is None and lower[source[0] - 1] != ",":
        source = _described_after_comma(tokens, lower, lo, source)
    if quoted_before is not None and len(tail) <= 4 \
            and not any(t in OPENING_QUOTES or t.lower() == "that" for t in tail):
        content: Range | None = quoted_before  # `"...," Nadal was quoted as saying by X on Sunday.`
    elif not tail and source[0] - 2 > lo and lower[source[0] - 1] == ",":
        content = (lo, source[0] - 1)  # `The deal was off, he was quoted as saying.`
    else:
        content = _content(tokens, lower, m, hi)
    if content is None:
        return None
    return Candidate(cue, [content], source, "rule:passive-frame", via)


def _described_after_comma(tokens: list[Token], lower: list[str], lo: int, source: Range) -> Range:
    """`..., natural resources minister Yuri Trutnev was quoted as saying by the Interfax news
    agency.` (enI-bbc-6, gold source `natural resources minister Yuri Trutnev`): lower-case
    title words between the clause's comma and the name read as the speaker belong to the
    speaker, so the frame closes the clause before the comma."""
    c = source[0] - 1
    while c > lo and source[0] - c <= 4 and tokens[c].text.isalpha() and tokens[c].text.islower():
        c -= 1
    return (c + 1, source[1]) if c - 2 > lo and c < source[0] - 1 and lower[c] == "," else source


QUOTING = frozenset({"quoted", "quotes", "cited", "cites"})
# Words opening a short adjunct after a closing `as saying` (`in a statement`, `on Friday`).
CLOSING_ADJUNCTS = frozenset({"in", "on", "via", "at", "during", "late", "earlier", "last", "this",
                              "today", "yesterday", "monday", "tuesday", "wednesday", "thursday",
                              "friday", "saturday", "sunday"})
MAX_QUOTED = 12  # tokens of the quoted party (`two unnamed sources familiar with the matter`)


def active_quoting_frames(tokens: list[Token], lower: list[str], sentences: list[Sentence],
                          lex: Lexicon) -> list[Candidate]:
    """`Middle East Eye quoted two unnamed sources as saying that ...` (en-news part I README),
    `A weekend report in the Telegraph had quoted an unnamed executive at Euronext as saying
    the group would ...`, `"...," Arab News quoted Prince Saud as saying.` (BBC business 2005):
    the quoted party is the source and the quoting subject the channel (ANNOTATION.md, citing
    chains: 路透社引述不具名的美国官员 -> source the officials, via 路透社). The tagger finds such a
    frame only with a subject it knows as an outlet and otherwise keeps `saying` alone with no
    source, or nothing; the frame's grammar is fixed, so a pattern reads it. The words follow
    `as saying [that]`, or, when nothing does, are the quotation or clause closed by the comma
    before the subject. Candidates with cue `quoted ... as saying`, the quoted party as source
    and the subject as via."""
    out: list[Candidate] = []
    para_first, paragraph = 0, -1
    for s in sentences:
        if s.paragraph != paragraph:
            para_first, paragraph = s.first, s.paragraph
        for i in range(s.first + 1, s.last - 3):
            if lower[i] not in QUOTING:
                continue
            end = i - (lower[i - 1] in ("had", "has", "have"))  # `had quoted`: the subject ends before
            if end <= s.first or lower[end - 1] in BE or lower[end - 1] in ADVERBS \
                    or tokens[end - 1].text[:1].islower() and lower[end - 1] not in lex.pronouns \
                    and lower[end - 1] not in NAMED_OUTLET_NOUNS:
                continue  # (`was quoted as saying` is the passive frame; `the official quoted`:
                # a lower-case word before the verb is no outlet's name, but `the website` is)
            k = next((n for n in range(i + 2, min(s.last - 1, i + 2 + MAX_QUOTED))
                      if lower[n] == "as" and lower[n + 1] in SAYING), None)
            if k is None or any(lower[n] in (",", ";", ":", "that", "and") or tokens[n].text in OPENING_QUOTES
                                for n in range(i + 1, k)):
                continue
            subject = source_before(tokens, lower, s.first, end, lex)
            if subject is None:
                continue
            m = k + 2 + (k + 2 < s.last and lower[k + 2] in ("that", ":", ","))
            # `... quoted several lawmakers as saying in a statement.` (BBC business 2005): a
            # short adjunct closing the frame is no content
            adjunct = m < s.last and lower[m] in CLOSING_ADJUNCTS and s.last - m <= 7 \
                and not any(lower[n] == "that" or tokens[n].text in OPENING_QUOTES for n in range(m, s.last))
            content = None if adjunct else _content(tokens, lower, m, s.last)
            if content is None and (adjunct or all(t.text in ENDERS for t in tokens[m:s.last])):
                content = _quotation_before(tokens, para_first, subject[0])
                if content is None and subject[0] - 2 > s.first and lower[subject[0] - 1] == ",":
                    content = (s.first, subject[0] - 1)  # `Verizon has held talks with MCI,
                    # Reuters quoted sources as saying.`
            if content is None:
                continue
            out.append(Candidate([(i, i + 1), (k, k + 2)], [content], (i + 1, k), "rule:active-quoting",
                                 [subject]))
    return out


def _name_to_end(tokens: list[Token], k: int, hi: int) -> bool:
    """Whether tokens[k:hi] are at most four capitalised words and a final stop."""
    end = hi - (hi > k and tokens[hi - 1].text in ENDERS)
    return 0 < end - k <= 4 and all(t.text[:1].isupper() for t in tokens[k:end])


def _agent(tokens: list[Token], lower: list[str], k: int, hi: int, is_outlet: IsOutlet,
           preps: tuple[str, ...] = ("by",)) -> tuple[int, list[Range]]:
    """(index after the `by` phrase at `k`, [its noun phrase without the article]) or (k, []).
    A `by` agent is read by `via.quoting_agent` (`by the state news agency, KCNA,`, `by the
    website cricinfo.com`); else, and for `in`, the phrase ends before `as`/`to`/`that`,
    punctuation, `on`/`in` (`by SkySports on Sunday`) or the sentence end."""
    if k >= hi or lower[k] not in preps:
        return k, []
    named = quoting_agent(tokens, lower, k, hi, is_outlet) if lower[k] == "by" else None
    if named is not None and named[1] - k <= MAX_AGENT + 2:
        end = named[1]
        while end < hi and lower[end] in AGENT_TAIL:
            end += 1  # `by the Interfax news agency`: the channel is the name
        if end + 1 < hi and lower[end] == "," and lower[end + 1] in ("as", "that", "saying"):
            end += 1  # `by the state news agency, KCNA, as saying`
        if end >= hi or lower[end] in ("as", "to", "that", ",", ":", ".", "!", "on", "in"):
            return end, [named]
    end = k + 1
    stops = ("as", "to", "that", ",", ":", ".", "!", "on", "in", "saying")
    while end < hi and end - k <= MAX_AGENT and lower[end] not in stops:
        end += 1
    if end - k > MAX_AGENT or end < hi and lower[end] == "saying":
        return k, []
    start = k + 1 + (lower[k + 1] == "the")
    inner = end
    if start < inner and lower[start] in OPENING_QUOTES and lower[inner - 1] in CLOSING_QUOTES:
        start, inner = start + 1, inner - 1  # `by 'The Age'`
    return end, [(start, inner)] if inner > start else []


def _after_addressee(lower: list[str], m: int, hi: int) -> int | None:
    """The index of `that` (or `:`/a quote mark) after the addressee of `telling`/`told`."""
    for n in range(m, min(hi, m + MAX_ADDRESSEE + 1)):
        if lower[n] in ("that", ":", ",") or lower[n] in OPENING_QUOTES:
            return n
    return None


def _quotation_before(tokens: list[Token], lo: int, k0: int) -> Range | None:
    """`"...," Braynard is quoted as saying.`: the quotation that ends before the speaker, who
    ends at `k0` (a comma may close the quotation, inside or outside the marks)."""
    k = k0 - 1
    while k > lo and k0 - k <= MAX_SUBJECT and (tokens[k].text[:1].isalnum() or tokens[k].text in ",.-"):
        if tokens[k].text == "," and tokens[k - 1].text in CLOSING_QUOTES:
            break  # `"...", the minister was quoted`
        if tokens[k].text in CLOSING_QUOTES:
            break
        k -= 1  # `"...," Andrei Kurayev, a prominent deacon of ..., was quoted`: the speaker
    if k > lo and tokens[k].text == ",":
        k -= 1
    if k <= lo or tokens[k].text not in CLOSING_QUOTES or k0 - k > MAX_SUBJECT:
        return None
    start = next((n for n in range(k - 1, lo - 1, -1) if tokens[n].text in OPENING_QUOTES), None)
    return (start, k + 1) if start is not None and k - start > 1 else None


def _content(tokens: list[Token], lower: list[str], m: int, hi: int) -> Range | None:
    """What follows the frame: a quotation up to its closing mark, else the rest of the
    sentence without its final punctuation."""
    if m >= hi:
        return None
    if tokens[m].text in OPENING_QUOTES:
        close = next((n for n in range(m + 1, hi) if tokens[n].text in CLOSING_QUOTES), None)
        if close is not None:
            return (m, close + 1)
    end = hi
    while end > m and (tokens[end - 1].text in (".", ",", ";", ":") or tokens[end - 1].text in CLOSING_QUOTES
                       and not any(tokens[n].text in OPENING_QUOTES for n in range(m, end - 1))):
        end -= 1
    return (m, end) if end - m >= 2 else None
