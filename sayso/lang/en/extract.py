"""English attribution extraction: rules plus a CRF tagger trained on PolNeAR.

Steps: tokens and quote-aware sentences (`en_tokens`), candidate attributions from the CRF tagger
(`en_crf`, when its model ships) and from the patterns (`en_rules`) for cues the tagger left
alone, paragraphs framed by a lead-in (`en_leadin`) and speech nested inside contents
(`en_nesting`, re-read with the same extractor), then the attribute layer here: kind from quote marks, stance from the cue lexicon,
certainty (reported / anonymous / unconfirmed / disputed), via channels (told Reuters, in an
interview with CNN, citing Y), hedges, and source entities through `coref.Coreference` (types,
pronouns, descriptions, names) into `ctx.registry`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from ...dateline import find_dateline
from ...gazetteer import Outlet
from ...model import Analysis, Attribution, EntitySpan, Span
from . import addressee as en_addressee
from . import agentless as en_agentless
from . import apposition as en_apposition
from . import certainty as en_certainty
from . import charged_answers as en_charged_answers
from . import content as en_content
from . import continued_quotes as en_continued_quotes
from . import coordinated_after as en_coordinated_after
from . import coordinated_channels as en_coordinated_channels
from . import denied_charges as en_denied_charges
from . import disputes as en_disputes
from . import document_participle as en_document_participle
from . import echoed_claims as en_echoed_claims
from . import elegant_variation as en_elegant_variation
from . import fronted_clause as en_fronted_clause
from . import fronted_medium as en_fronted_medium
from . import inverted_frame as en_inverted_frame
from . import leadin as en_leadin
from . import modified_subject as en_modified_subject
from . import narrated_acts as en_narrated_acts
from . import nested_reports as en_nested_reports
from . import nesting as en_nesting
from . import noncue as en_noncue
from . import outlet_frames as en_outlet_frames
from . import outlets as en_outlets
from . import passive_agent as en_passive_agent
from . import passive_frames as en_passive
from . import relative_that as en_relative_that
from . import rules as en_rules
from . import self_described as en_self_described
from . import shared_subject as en_shared_subject
from . import source_opening as en_source_opening
from . import source_tail as en_source_tail
from . import stance as en_stance
from . import subject_apposition as en_subject_apposition
from . import titles as en_titles
from . import via as en_via
from .apposition import (
    NO_SOURCE_WORDS,
    OPENING_PREPOSITIONS,
    PREPOSITIONS,
    RELATIVE_CLAUSE,
    SUBORDINATORS,
    WEEKDAYS,
)
from .coref import (
    DOCUMENTS,
    NAME_OPENERS,
    Coreference,
    Memo,
    channel_person,
    is_place,
    name_descriptions,
    restricted_description,
)
from .lexicon import Cue, Lexicon, find_phrases, lexicon
from .rules import Candidate
from .single_quotes import quote_view
from .tokens import ENDERS, QUOTES, Sentence, Token, in_quotation, split_sentences, tokenize

if TYPE_CHECKING:
    from ...context import Context
    from ...model import Entity

STRONG_RULES = frozenset({"rule:according-to", "rule:citing", "rule:transcript",
                          "rule:hearing-body"})


def candidates(text: str, mode: str = "combined") -> tuple[list[Token], list[Sentence], list[Candidate]]:
    """Tokens, sentences and candidate attributions of `text`.

    `mode` is "rules", "crf" or "combined": tagged attributions first; the patterns the rules
    read reliably (according to, citing, transcript turns) replace tagged ones they overlap;
    other rule matches (core reporting verbs only) fill the gaps no tagged cue or content
    covers, and may complete a tagged content cut in the middle of its clause.

    Everything reads the quotation view of `text` (`single_quotes.quote_view`: single marks
    that quote read as double ones), so the returned tokens carry the view's marks."""
    text = quote_view(text)
    tokens = tokenize(text)
    lower = [t.text.lower() for t in tokens]
    sentences = split_sentences(text, tokens)
    lex = lexicon()
    found: list[Candidate] = []
    tagged = False
    if mode in ("crf", "combined"):
        from . import crf as en_crf

        tagger = en_crf.default_tagger()
        if tagger is not None:
            found = tagger.extract(tokens, lower, sentences, lex)
            tagged = True
    if found:
        found = _without_anonymity_phrases(found, lower, lex)
        found = _own_paragraph(tokens, sentences, found)
    if mode in ("rules", "combined"):
        # Beside the tagger, the rules only fill gaps, so they trust core reporting verbs only.
        rules = en_rules.extract(tokens, lower, sentences, lex, core_only=tagged)
        if mode == "combined":
            # Patterns the rules read reliably replace what the tagger found there.
            strong = [c for c in rules if c.evidence in STRONG_RULES]
            owned = {i for c in strong for r in (*c.cue, *c.content) for i in range(*r)}
            found = [c for c in found
                     if not any(i in owned for r in (*c.cue, *c.content) for i in range(*r))]
            found.extend(strong)
            rules = [c for c in rules if c.evidence not in STRONG_RULES]
            found, rules = _prefer_inverted_said(found, rules, tokens, lower, lex)
            found, rules = _inner_frames(found, rules, tokens, lower)
            _extend_cut_contents(found, rules, lower)
            _end_fronted_questions(found, rules, lower, lex)
            _join_interrupted_contents(found, rules, tokens, lower, lex)
            en_apposition.name_before_apposition(found, rules, tokens, lower)
        found = _yield_bare_contents(found, rules, lower, lex)
        if phrase_tokens := _anonymity_tokens(lower, lex):
            rules = [c for c in rules if not _speaks_in_phrase(c, phrase_tokens)]
        taken = {i for c in found for r in (*c.cue, *c.content) for i in range(*r)}
        for cand in rules:
            if _reduced_passive(cand, lower):
                continue
            if not any(i in taken for r in (*cand.cue, *cand.content) for i in range(*r)):
                found.append(cand)
            elif (cut := _cut_before_taken(cand, taken, lower, found)) is not None:
                found.append(cut)
                taken.update(i for r in (*cut.cue, *cut.content) for i in range(*r))
            elif (outer := en_nested_reports.frames_tagged(cand, found, taken, lower)) is not None:
                found.append(outer)
        # `has denied these allegations`, `deny conspiring to ...`: denials of a charge that
        # neither the tagger nor the three-word rules read (denied_charges.py)
        found.extend(en_denied_charges.denial_frames(tokens, lower, sentences, found, lex))
    _sign_quotes(text, tokens, found, lex)
    found.extend(_split_coordinated_cues(tokens, lower, found, lex))
    found.extend(en_coordinated_after.after_content(tokens, lower, sentences, found, lex))
    found.extend(en_coordinated_after.after_clause(tokens, lower, sentences, found, lex))
    found.extend(en_content.split_at_participle_cue(lower, found, lex))
    found.extend(_close_dashed_relatives(tokens, lower, found, lex))
    # before quotations continue the last frame: a possessed subject frames nothing
    found = [c for c in found if not en_noncue.possessed_subject(lower, c.cue, c.content, c.source)]
    found = fold_restrictive_clauses(found, lower, lex)
    _continue_quotes(tokens, sentences, found)
    en_continued_quotes.give_back(tokens, lower, sentences, found)
    _end_at_closing_quote(tokens, lower, found)
    en_subject_apposition.run_on_subjects(tokens, lower, sentences, found, lex)
    found = _with_passive_frames(found, en_passive.moved_agent_frames(tokens, lower, sentences, lex))
    found = _with_active_quoting(found, en_passive.active_quoting_frames(tokens, lower, sentences, lex))
    found = [c for c in found if c.content]
    source_ends = {c.source[1] for c in found if c.source}
    found = _fronted_citing(tokens, lower, sentences, found)
    found = _cited_participle(tokens, lower, found)
    return tokens, sentences, [c for c in found if not _citing_marker(lower, c, source_ends)]


def _close_dashed_relatives(tokens: list[Token], lower: list[str], found: list[Candidate],
                            lex: Lexicon) -> list[Candidate]:
    """`with Hillary Clinton — who’s called for big tax hikes on the rich — lambasting Trump’s
    plan`: a relative clause opened by a dash closes at the next dash, so the content of its cue
    ends there; a reporting participle after that dash is the antecedent's own attribution
    (the rules read no such frame beside the tagger). Returns the new candidates."""
    out = []
    for cand in found:
        if cand.source is None or len(cand.content) != 1 or not cand.cue:
            continue
        sa, sb = cand.source
        (a, b), c0 = cand.content[0], cand.cue[0][0]
        if sb - sa != 1 or sa < 2 or lower[sa - 1] not in DASHES \
                or lower[sa].removesuffix("’s").removesuffix("'s") not in RELATIVES or a < c0:
            continue
        dash = next((k for k in range(a + 1, b - 1) if lower[k] in DASHES), None)
        if dash is None:
            continue
        cand.content = [(a, dash)]
        m = lex.match_cue(lower, dash + 1) if lower[dash + 1].endswith("ing") else None
        named = en_rules.source_before(tokens, lower, 0, sa - 1, lex)
        if m is not None and named is not None and dash + 1 + m[0] < b:
            out.append(Candidate([(dash + 1, dash + 1 + m[0])], [(dash + 1 + m[0], b)], named,
                                 "rule:participle-after-relative"))
    return out


_SETTING_OPENERS = frozenset({"by", "on", "in", "at", "last", "this", "earlier", "late", "early"})


def _reduced_passive(cand: Candidate, lower: list[str]) -> bool:
    """A rule's `NP announced on Monday by X`: a participle modifying the noun before it (a
    passive with its agent), not a speaker's cue and content. The content opens with `by` or with
    a short setting (`on Monday`, `last week`) then `by`."""
    if len(cand.content) != 1 or cand.source is None:
        return False
    a, b = cand.content[0]
    if lower[a] not in _SETTING_OPENERS:
        return False
    head = lower[a:min(b, a + 5)]
    return "by" in head and not any(w in (",", ";", "that") for w in head[:head.index("by")])


_CLAUSE_JOINS = frozenset({"and", "but", "while", "whereas", ";"})


def _cut_before_taken(cand: Candidate, taken: set[int], lower: list[str],
                      found: list[Candidate]) -> Candidate | None:
    """A rule's attribution whose content runs on into a tagged attribution of the next clause,
    its content ended at that clause (`Russia has denied interfering in the U.S. election and
    Trump has said there was no collusion`: the tagger read the second, the rule the first but
    ran its content on over it). Only a single content range, a cue and source nobody took, and a
    cut at a clause join (`and`, `but`, `while`, `;`, a comma before them) with two words left."""
    if len(cand.content) != 1 or any(i in taken for r in (*cand.cue, *([cand.source] if cand.source else []))
                                      for i in range(*r)):
        return None
    a, b = cand.content[0]
    k = next(i for i in range(a, b) if i in taken)
    k = min([k, *(c.source[0] for c in found if c.source and a < c.source[0] < k <= c.source[1] + 2)])
    if k - a < 3 or lower[k - 1] not in _CLAUSE_JOINS:
        return None
    end = k - 1
    while end > a and lower[end - 1] in (",", ";"):
        end -= 1
    if sum(w[:1].isalnum() for w in lower[a:end]) < 2:
        return None
    return en_rules.Candidate(cand.cue, [(a, end)], cand.source, cand.evidence, cand.via)


def _fronted_citing(tokens: list[Token], lower: list[str], sentences: list[Sentence],
                    found: list[Candidate]) -> list[Candidate]:
    """`Citing unnamed sources, the newspaper said ...`, `Quoting a senior official, Reuters
    reported ...`: the cited party is the source and the citing one its channel (ANNOTATION.md,
    citing chains), as for `X reported, citing Y`; the participle is then no attribution of its
    own. Only before a verb that passes words on (`_RELAYING_VERBS`)."""
    for sent in sentences:
        f = sent.first
        if lower[f] == "according" and f + 2 < sent.last and lower[f + 1] == "to":
            found = _fronted_according(lower, sent, found)
        elif f + 4 < sent.last and lower[f + 1] == "," and lower[f + 2] == "according" \
                and lower[f + 3] == "to" and lower[f].isalpha():
            # `Later, according to the official, Comey told Priebus ...` (part G tune): one
            # opening word before the frame
            found = _fronted_according(lower, sent, found, f + 2)
            continue
        if lower[f] not in ("citing", "quoting"):
            # `Titled “Erdogan’s calculated war” and citing Turkish military sources, the report
            # claimed ...` (eKathimerini 2020): the participle after a fronted one
            f = next((k for k in range(f + 2, min(sent.last, f + 12)) if lower[k] in ("citing", "quoting")
                      and lower[k - 1] == "and" and "," not in lower[sent.first:k]), None)
            if f is None:
                continue
        comma = next((k for k in range(f + 2, min(sent.last, f + 16)) if lower[k] == ","), None)
        if comma is None:
            continue
        cited = (f + 1, comma)
        if "as" in lower[f + 1:comma]:
            # `Citing the energy sector as one of TT's main earners, Manning said`: what is
            # named as a reason is neither a cited party nor a claim of its own
            found = [c for c in found if not (c.cue and c.cue[0][0] == f)]
            continue
        relayed = [c for c in found if c.source is not None and c.cue
                   and comma < c.source[0] < sent.last and c.cue[0][0] > comma
                   and lower[c.cue[0][0]] in _RELAYING_VERBS]
        for c in relayed:
            outer = c.source
            while outer[0] > comma + 1 and (tokens[outer[0] - 1].text[:1].isupper()
                                            or lower[outer[0] - 1] in ("and", "of", "&")):
                outer = (outer[0] - 1, outer[1])  # `The Globe and Mail`: the tagger's `Mail`
            c.via = [outer, *[v for v in c.via if v != c.source]]
            c.source = cited
        if relayed:
            found = [c for c in found if not (c.cue and c.cue[0][0] == f)]
    return found


# Participles that open the words of a party an outlet quoted or cited (`The Times quoted a
# Taliban spokesman denying that ...`).
_CITED_PARTICIPLES = frozenset({"saying", "claiming", "denying", "suggesting", "indicating",
                                "warning", "accusing", "alleging", "insisting", "arguing",
                                "confirming", "stating"})
_CITING_VERBS = frozenset({"cited", "quoted", "cites", "quotes"})


def _cited_participle(tokens: list[Token], lower: list[str], found: list[Candidate]) -> list[Candidate]:
    """`The Star cited a source claiming that ...`, `The Times quoted a Taliban spokesman
    denying that ...` (EWN, ETV Bharat 2020): the party cited speaks (cue: the citing verb and
    the participle) and the citing one is its channel (ANNOTATION.md, citing chains); the
    citing verb read alone (`The Star cited` + `a source`) is no attribution of its own."""
    dropped: set[int] = set()
    for c in found:
        if len(c.cue) != 1 or c.cue[0][1] - c.cue[0][0] != 1 or lower[c.cue[0][0]] not in _CITED_PARTICIPLES:
            continue
        p = c.cue[0][0]
        q = next((k for k in range(p - 2, max(-1, p - 12), -1) if lower[k] in _CITING_VERBS), None)
        if q is None or any(lower[k] in (",", ";", ":", ".", "that", "as", "who", "which") or tokens[k].text in QUOTES
                            for k in range(q + 1, p)):
            continue
        citing = next((d for d in found if d is not c and d.cue and d.cue[0] == (q, q + 1)), None)
        outer = citing.source if citing is not None else c.source
        if outer is None or outer[1] > q or q - outer[1] > 1:
            outer = None
            k = q
            while k > 0 and q - k < 6 and (tokens[k - 1].text[:1].isupper() or lower[k - 1] == "the"):
                k -= 1
            if k < q and tokens[k].text[:1].isupper():
                outer = (k, q)
        if outer is None:
            continue
        c.source, c.cue = (q + 1, p), [(q, q + 1), (p, p + 1)]
        c.via = [outer, *[v for v in c.via if v != outer]]
        if citing is not None:
            dropped.add(id(citing))
    return [c for c in found if id(c) not in dropped]


def _fronted_according(lower: list[str], sent: Sentence, found: list[Candidate],
                       at: int | None = None) -> list[Candidate]:
    """`According to state media, Peskov said ...`: when the reported clause names its speaker,
    the speaker is the source and the party it is according to the channel (ANNOTATION.md,
    据X报道: "when it names one (据国家媒体报道，佩斯科夫说…), that speaker is the source and X
    the via"); the `according to` frame (at `at`, the sentence start by default) is then no
    attribution of its own."""
    f = sent.first if at is None else at
    comma = next((k for k in range(f + 3, min(sent.last, f + 14)) if lower[k] == ","), None)
    if comma is None or any(lower[k] in ("citing", "quoting", "which", "who") for k in range(f + 2, comma)):
        return found
    relayed = [c for c in found if c.cue and comma + 1 < c.cue[0][0] <= comma + 7
               and (c.source[0] == comma + 1 if c.source is not None
                    else all(lower[k].isalpha() or lower[k] == "." for k in range(comma + 1, c.cue[0][0])))
               and lower[c.cue[0][0]] in _RELAYING_VERBS]
    party = (f + 2 + (lower[f + 2] in ("a", "an") and comma > f + 3), comma)  # `a senior official`
    head = next((m for m in range(f + 3, min(comma, f + 6)) if lower[m] in en_via.DOCUMENT_WORDS
                 and lower[f + 2] in ("a", "an", "the") and m + 1 < comma and lower[m + 1] == "of"), None)
    if head is not None:  # `According to a transcript of the call, Trump said`: the document
        party = (head, head + 1)  # (en-cnet-1 gold: `transcript`)
    for c in relayed:
        c.via = [party, *[v for v in c.via if v != party]]
    if relayed:
        return [c for c in found if not (c.cue and c.cue[0][0] == f)]
    for c in found:  # the tagger left the inner frame inside the `according to` content
        if not c.cue or c.cue[0][0] != f or len(c.content) != 1 or c.content[0][0] != comma + 1:
            continue
        verb = next((k for k in range(comma + 2, min(c.content[0][1], comma + 7))
                     if lower[k] in _RELAYING_VERBS), None)
        if verb is None or not all(lower[k].isalpha() or lower[k] == "." for k in range(comma + 1, verb)):
            continue
        start = verb + 1 + (verb + 1 < c.content[0][1] and lower[verb + 1] == "that")
        if start < c.content[0][1]:
            c.cue, c.source, c.content = [(verb, verb + 1)], (comma + 1, verb), [(start, c.content[0][1])]
            c.via = [party]
    return found


# Verbs that pass on what the cited party said (`Citing X, the paper said/reported/noted`); with
# another verb the cited thing is the subject's evidence (`Citing a theory, the senator accused`).
_RELAYING_VERBS = frozenset({"said", "says", "reported", "reports", "noted", "notes", "wrote",
                             "writes", "stated", "states", "added", "adds", "told", "tells",
                             "claimed", "claims"})


# Cues that mark a channel (`according to X`, `X, quoting Y, said`): what they carry may be
# an attribution with its own source and cue, read by the rules.
_CHANNEL_MARKERS = frozenset({"according", "citing", "quoting", "cited", "quoted"})


def _inner_frames(found: list[Candidate], rules: list[Candidate], tokens: list[Token],
                  lower: list[str]) -> tuple[list[Candidate], list[Candidate]]:
    """`"The talks have stalled," the minister told lawmakers, according to the Financial
    Times.`, `Xinhua, quoting local officials, said 12 people had died.`: the tagger gave a
    channel marker a content holding a whole attribution (a source and a core reporting verb
    the rules read). That attribution is the one the sentence makes; the marker is its channel
    (`en_via`, ANNOTATION.md: the cited party is the source, the citing outlet the via)."""
    framed = [r for r in rules if r.source is not None and r.cue and r.content]
    if not framed:
        return found, rules
    used: list[Candidate] = []
    kept: list[Candidate] = []
    for c in found:
        if c.cue and lower[c.cue[0][0]] in _CHANNEL_MARKERS and c.content \
                and not (lower[c.cue[0][0]] == "according" and c.cue[0][0] < c.content[0][0]
                         and c.source is not None
                         and (en_outlets.outlet_shaped(tokens, lower, c.source)
                              or en_via.document_in(tokens, lower, c.source) is not None)):
            # `According to Yahoo News, Clinton spokesman Jesse Lehrich said ...`, `According
            # to a blog post for InfoAmazonia, Brazil's ... Institute ... predicts` stay whole:
            # `_according_names_speaker` makes the speaker the source and the outlet or
            # document the via
            inside = {i for a, b in c.content for i in range(a, b)}
            inner = [r for r in framed if all(i in inside for a, b in (*r.cue, *r.content)
                                              for i in range(a, b))
                     and not (lower[r.cue[0][0]] in CITED_SAYING | QUOTED_AS
                              and lower[c.cue[0][0]] in QUOTING_CUES)
                     and not _relative_pronoun_source(lower, r.source)]
            # `Bloomberg cited anonymous sources in Moscow suggesting ...`: the participle opens
            # the cited party's words; `_quoted_as_saying` reads the whole chain
            if inner:
                used.extend(r for r in inner if r not in used)
                continue
        kept.append(c)
    return kept + used, [r for r in rules if not any(r is u for u in used)]


def _relative_pronoun_source(lower: list[str], source: tuple[int, int] | None) -> bool:
    """A relative pronoun as source (`..., including Walmart Stores v. Dukes, which denied
    class-action status ...`): a claim about one thing the content names, not the frame of the
    whole sentence, so the channel marker's attribution stands (PolNeAR train, NYT 2016)."""
    return source is not None and source[1] - source[0] == 1 \
        and lower[source[0]] in ("which", "who", "that", "whom")


def _yield_bare_contents(found: list[Candidate], rules: list[Candidate], lower: list[str],
                         lex: Lexicon) -> list[Candidate]:
    """A content the tagger marked with neither cue nor source (dropped at the end anyway) gives
    way to a rule match with both a source and a core reporting verb over the same words
    (`Prince Andrew, the younger brother of …, has reportedly told friends that …`), or whose
    source and cue it swallowed (`The Bank of England said rates would rise.` tagged whole as
    content from its first word: a content never opens with its own frame)."""
    bare = [c for c in found if not c.cue and c.source is None and c.content]
    if not bare:
        return found
    # (`told reporters` is a lexicon phrase that is not core; its `told` is a core verb)
    strong = [r for r in rules if r.source is not None and r.cue and r.content and any(
        (m := lex.match_cue(lower, i)) is not None and m[1].core
        or (one := lex.cues.get((lower[i],))) is not None and one.core and one.pos == "verb"
        for a, b in r.cue for i in range(a, b))]
    gone = set()
    for c in bare:
        want = {i for a, b in c.content for i in range(a, b)}
        for r in strong:
            got = {i for a, b in r.content for i in range(a, b)}
            frame = {i for a, b in (*r.cue, r.source) for i in range(a, b)}
            if 2 * len(want & got) >= len(want) or frame <= want and min(want) == r.source[0]:
                gone.add(id(c))
                break
    return [c for c in found if id(c) not in gone]


def _citing_marker(lower: list[str], cand: Candidate, source_ends: set[int]) -> bool:
    """`the newspaper, which cited Y` / `Xinhua, quoting Y, said`: the citing verb marks a
    channel (read with the main cue, `en_via.cited_party`), not an attribution of its own. (`X reported, citing Y` stays: PolNeAR
    marks that participle as a cue of its own, and dropping it costs dev F1.)"""
    if not cand.cue or lower[cand.cue[0][0]] not in ("citing", "cited", "quoting", "quoted"):
        return False
    a = cand.cue[0][0]
    if a > 0 and lower[a - 1] == "," and a - 1 in source_ends:
        return True  # `Xinhua, quoting local officials, said ...`: the source of the main cue
    return a > 1 and lower[a - 1] == "which" and lower[a - 2] == ","


def _prefer_inverted_said(found: list[Candidate], rules: list[Candidate], tokens: list[Token],
                          lower: list[str], lex: Lexicon) -> tuple[list[Candidate], list[Candidate]]:
    """`..., the greenback may be in for some weakness, said Juan Perez, senior trader at ...`,
    `..., people familiar with the talks say.`: a sentence closed by a core reporting verb and
    its source (rule:content-cue) is that speaker's, even where the tagger took another verb of the content
    (`was supported`, `announced`) for the cue; tagged candidates it covers without a core cue
    give way to it."""
    def core(c: Candidate) -> bool:
        return any((m := lex.match_cue(lower, i)) is not None and m[1].core
                   for a, b in c.cue for i in range(a, b))

    inverted = [r for r in rules if r.source is not None and r.cue and r.content and (
        r.evidence == "rule:content-cue"
        or r.evidence == "rule:quote-cue" and r.source[0] >= r.cue[-1][1])]
    if not inverted:
        return found, rules
    # Candidates by the tokens they cover: each inverted sentence looks up its own tokens
    # only (a scan of every candidate per sentence was quadratic on long texts).
    at: dict[int, list[int]] = {}
    for n, c in enumerate(found):
        for x in (*c.cue, *c.content):
            for i in range(*x):
                at.setdefault(i, []).append(n)
    dropped: set[int] = set()
    taken: list[Candidate] = []
    for r in inverted:
        rivals = sorted({n for i in range(r.content[0][0], r.source[1]) for n in at.get(i, ())
                         if n not in dropped})
        if any(found[n].content and found[n].content[0][0] < r.content[0][0]
               and tokens[found[n].content[0][0]].text in QUOTES
               and not _swallows_frame(found[n], r) for n in rivals):
            # `"No country should tolerate terrorism. We will not ...," Al-Jubeir told a news
            # conference, reported the Saudi Press Agency.`: a tagged quotation opening before
            # the frame's content means the frame lost the quotation's start at a sentence
            # break inside it; the quoted speaker keeps the words (the outlet is its channel)
            continue
        relayed = [found[n] for n in rivals if _closes_own_content(found[n], r, lower)]
        if relayed:
            # `..., Rahmani added, Trend reports.`: the frame closes a speaker's inverted
            # frame; the speaker keeps the words and the relaying outlet is its channel
            for c in relayed:
                if r.source not in c.via:
                    c.via.insert(0, r.source)
            continue
        if rivals and (not any(core(found[n]) for n in rivals)
                       or all(_flipped(found[n], r) or _nested(found[n], r, tokens, lower, lex)
                               or _swallows_frame(found[n], r) or _split_speaker(found[n], r) or found[n].source is None
                               for n in rivals)):
            dropped.update(rivals)
            taken.append(r)
        elif rivals and en_certainty.is_report(" ".join(lower[r.source[0]:r.source[1]])):
            # `Kim Jong Un said ..., state media reported Wednesday`: the speaker named in the
            # reported clause stays the source, the reporting outlet is its channel
            lo, hi = r.content[0][0], r.content[-1][1]
            for n in rivals:
                c = found[n]
                if c.source is not None and c.cue and lo <= c.cue[0][0] < hi and r.source not in c.via:
                    c.via.append(r.source)
    taken_ids = {id(r) for r in taken}
    return ([c for n, c in enumerate(found) if n not in dropped] + taken,
            [r for r in rules if id(r) not in taken_ids])


def _swallows_frame(tagged: Candidate, rule: Candidate) -> bool:
    """Whether `tagged`'s content runs over `rule`'s whole frame (cue and source): `"I ... a few
    months ago. "Now it's bring it on!" said the giant winger. "The match ...," said Lomu. "I
    have ...`: with a quotation's closing mark missing at a paragraph break, the tagger read
    several quotations and the frames between them as one content of a later verb; a frame
    inside a content is not part of it, so the frame's attribution wins."""
    if rule.source is None or not tagged.content or rule.evidence != "rule:quote-cue" \
            or rule.cue[0][0] - rule.content[-1][1] > 1:
        return False  # only a frame right after its quotation (`"...!" said X`), not `'...',
        # Tillerson says of reports he will be fired`
    inside = [r for r in (*rule.cue, rule.source)]
    return all(any(a <= x and y <= b for a, b in tagged.content) for x, y in inside)


def _closes_own_content(tagged: Candidate, rule: Candidate, lower: list[str] | None = None) -> bool:
    """Whether `rule`'s reported clause is `tagged`'s whole inverted attribution (its content,
    then its source and cue, ending where the rule's content ends): `CONTENT, X said, Y
    reported.` relays X's words through Y."""
    if tagged.source is None or not tagged.cue or not tagged.content or rule.source is None:
        return False
    end = max(tagged.cue[-1][1], tagged.source[1])
    # (`..., X said Tuesday, Y reported.`: a date may close the inner frame)
    return tagged.content[-1][1] <= min(tagged.cue[0][0], tagged.source[0]) \
        and rule.content[0][0] <= tagged.content[0][0] \
        and (end == rule.content[-1][1] or 0 < rule.content[-1][1] - end <= 3 and lower is not None
             and all(lower[i] in DATE_WORDS for i in range(end, rule.content[-1][1])))


def _nested(tagged: Candidate, rule: Candidate, tokens: list[Token], lower: list[str],
            lex: Lexicon) -> bool:
    """`Papadopoulos told a diplomat that ..., the New York Times reported.`: the tagged cue and
    its source lie inside the content the closing frame reports, so the frame's speaker owns the
    sentence (the inner report is part of what the outer source says). The frame's source must
    open like a noun phrase (a name, a determiner, a source word), not `down 0.2 points from the
    IMF's last [estimate]`."""
    if rule.source is None or not tagged.cue:
        return False
    head = lower[rule.source[0]]
    if not (tokens[rule.source[0]].text[:1].isupper() or head in lex.determiners
            or head in lex.pronouns or head in lex.anonymous or head in lex.descriptions):
        return False
    lo, hi = rule.content[0][0], rule.content[-1][1]
    return all(lo <= a and b <= hi for a, b in tagged.cue) \
        and (tagged.source is None or lo <= tagged.source[0] and tagged.source[1] <= hi)


def _split_speaker(tagged: Candidate, rule: Candidate) -> bool:
    """`..., said another witness in the impeachment probe, former White House Russia adviser
    Fiona Hill.`: the tagger cut the speaker's apposition into a content of its own; the rule
    reads the whole phrase after the cue as the source."""
    return tagged.cue == rule.cue and rule.source is not None and bool(tagged.content) and all(
        rule.source[0] <= a and b <= rule.source[1] for a, b in tagged.content)


def _flipped(tagged: Candidate, rule: Candidate) -> bool:
    """The tagger read `..., say officials.` backwards: same cue, its source inside the rule's
    content and its content the rule's source."""
    return tagged.cue == rule.cue and tagged.source is not None and rule.source is not None \
        and rule.content[0][0] <= tagged.source[0] < rule.content[-1][1] \
        and any(a < rule.source[1] and rule.source[0] < b for a, b in tagged.content)


def _sign_quotes(text: str, tokens: list[Token], found: list[Candidate], lex: Lexicon) -> None:
    """A quotation signed with a dash and a name at the end of its line (`“He represents our
    greatest shame.” ― Sonya Herridge`: reader responses, epigraphs) is that person's; the dash
    is the cue, as PolNeAR marks it. Only for candidates with neither cue nor source."""
    n = len(tokens)
    for cand in found:
        if cand.cue or cand.source is not None or not cand.content:
            continue
        i = cand.content[-1][1]
        if i < n and tokens[i].text in QUOTES:
            i += 1
        if i >= n or tokens[i].text not in lex.signature_dashes \
                or tokens[i - 1].text not in QUOTES:
            continue
        name = _signature(text, tokens, i + 1)
        if name is not None:
            cand.cue, cand.source, cand.evidence = [(i, i + 1)], name, "rule:signed-quote"


def _tense(word: str) -> str:
    if word in en_rules.IRREGULAR_PAST or word.endswith("ed"):
        return "past"
    return "s" if word.endswith("s") and not word.endswith("ss") else "base"


def _split_coordinated_cues(tokens: list[Token], lower: list[str], found: list[Candidate],
                            lex: Lexicon) -> list[Candidate]:
    """`Nadia Cruz's office said the deaths were caused by gunshot wounds and called on the
    government to withdraw`: a reporting verb of the same tense as the cue, right after `and`
    inside the content, is a second attribution of the same speaker; the first content ends
    before `and`. Only for a single content part that is no quotation, with its source before
    the cue; an `and` inside a quoted fragment does not count. `but` coordinates the same way
    with a core verb of saying only (`The Tory leader said his team had reached a "collective
    view", but admitted it was "not an easy issue"`)."""
    out = []
    cue_starts = {c.cue[0][0] for c in found if c.cue}
    for cand in found:
        if len(cand.cue) != 1 or len(cand.content) != 1 or cand.source is None \
                or cand.source[1] > cand.cue[0][0]:
            continue
        (a, b), cb = cand.content[0], cand.cue[0][1]
        if a < cb or tokens[a].text in QUOTES:
            continue
        tense = _tense(lower[cb - 1])
        if tense == "base":
            continue  # `supply and demand`: a base form after `and` is too often a noun
        inside_quote = False
        for j in range(a, b - 2):
            if tokens[j].text in QUOTES:
                inside_quote = not inside_quote
            if lower[j] not in ("and", "but") or inside_quote or j < a + 3:
                continue
            k = j + 1
            while k < b and (lower[k] in ("also", "then", "later") or lower[k].endswith("ly")):
                k += 1
            m = lex.match_cue(lower, k)
            if m is None or m[1].pos != "verb" or _tense(lower[k]) != tense \
                    or k + m[0] >= b or lower[j] == "but" and not m[1].core:
                continue  # after `but` only a core verb of saying: `... were aware of it but
                # continued to lend`, `... but decided to proceed` go on the reported clause
            cand.content = [(a, j - 1 if lower[j - 1] == "," else j)]
            if k not in cue_starts:  # else the tagger has that attribution already
                out.append(Candidate([(k, k + m[0])], [(k + m[0], b)],
                                     en_rules.coordinated_source(lower, cand.source, lower[j - 1] == ","),
                                     "rule:coordinated-cue"))
            break
    return out


def _continue_quotes(tokens: list[Token], sentences: list[Sentence],
                     found: list[Candidate]) -> None:
    """A paragraph that is only a quotation, with neither cue nor source (`Ms Persson said:
    "I would like ... / "Her statements have been coherent ..."`), goes on quoting the speaker
    of the attribution just before it, whose words end in this paragraph or the previous one:
    news style lets a quote run over paragraphs or follow its indirect introduction without a
    new `said`."""
    if not found:
        return
    firsts = [s.first for s in sentences]

    def paragraph(i: int) -> int:
        return sentences[max(0, bisect_right(firsts, i) - 1)].paragraph

    starts = {s.first for k, s in enumerate(sentences)
              if k == 0 or sentences[k - 1].paragraph != s.paragraph}
    previous: Candidate | None = None
    for cand in sorted(found, key=_first):
        if cand.cue or cand.source is not None or not cand.content:
            if cand.source is not None:
                previous = cand
            continue
        a = cand.content[0][0]
        if previous is None or a not in starts or tokens[a].text not in QUOTES:
            continue
        # measured from the speaker's last part, so a quotation may run on over several
        # paragraphs (`“... \n\n“... \n\n“She was literally burning up from within.”`)
        last = max([_first(previous), *(r[1] - 1 for r in previous.content)])
        if paragraph(a) - paragraph(last) <= 1:
            previous.content.extend(cand.content)  # one attribution, as the gold has it
            cand.content = []


def _with_passive_frames(found: list[Candidate], frames: list[Candidate]) -> list[Candidate]:
    """`found` with each passive reporting frame (`X was quoted by Y as saying ...`) in place
    of the candidates whose cue lies within it (the tagger's `saying` with no source)."""
    if not frames:
        return found
    spans = [(min(r[0] for r in (*f.cue, *f.content, *([f.source] if f.source else []))),
              max(r[1] for r in (*f.cue, *f.content))) for f in frames]
    kept = [c for c in found
            if not (c.cue and any(a <= c.cue[0][0] < b for a, b in spans))
            and not any(a <= r[0] < b for r in c.content for a, b in spans if not c.cue)]
    for c in kept:
        # `The agency said "...". The foreign ownership issue will be dealt with ..., minister X
        # was quoted as saying by Interfax.` (BBC business 2005): a piece another candidate took
        # on as its continuation is the frame's words
        c.content = [r for r in c.content if not any(a <= r[0] and r[1] <= b + 1 for a, b in spans)] \
            or c.content
    return kept + frames


def _with_active_quoting(found: list[Candidate], frames: list[Candidate]) -> list[Candidate]:
    """`found` with each active quoting frame (`Middle East Eye quoted two unnamed sources as
    saying ...`) whose quoting verb no candidate took as its cue, in place of the candidates
    whose cue lies within the frame (the tagger's `saying` with no source). Where the tagger
    read the frame (`Reuters quoted ...`), `_quoted_as_saying` completes it and it stays."""
    out = found
    for f in frames:
        verb = f.cue[0][0]
        if any(c.cue and any(a <= verb < b for a, b in c.cue) for c in out):
            continue
        lo, hi = min(verb, f.content[0][0]), max(f.cue[-1][1], f.content[-1][1])
        out = [c for c in out if not (c.cue and all(lo <= a < hi for a, _ in c.cue))
               and not (not c.cue and any(lo <= a < hi for a, _ in c.content))]
        for c in out:
            # `The newspaper said ... "..." Arab News quoted Prince Saud as saying. "..."` (BBC
            # business 2005): a piece the tagger ran on over the frame is the frame's, and the
            # quoted speaker takes over from there (ANNOTATION.md "Boundaries")
            if any(lo <= r[0] and r[1] <= hi + 1 for r in c.content):
                c.content = [r for r in c.content if r[1] <= lo] or c.content
        out.append(f)
    return out


NARRATION = frozenset({"and", "but", "then", "before", "after", "while", "as", "so"})


def _end_at_closing_quote(tokens: list[Token], lower: list[str], found: list[Candidate]) -> None:
    """A content that opens with a quotation and runs past its closing mark into narration
    ends with the quotation: `He told me "I will resign", and then he left` (`, and`/`, but`
    and a clause after the close), `His people said, "There are ... them." We had ...` (a new
    sentence after it). What follows the close is the writer's, not the quoted speaker's."""
    for cand in found:
        for n, (a, b) in enumerate(cand.content):
            if tokens[a].text not in ("“", '"'):
                continue
            k = next((j for j in range(a + 1, b) if tokens[j].text in ("”", '"')), None)
            if k is None or k + 2 >= b:
                continue
            after_stop = lower[k - 1] in ENDERS and tokens[k + 1].text[:1].isupper()
            narration = lower[k + 1] == "," and lower[k + 2] in NARRATION \
                and k + 3 < b and lower[k + 3] != "that"
            if after_stop or narration:
                cand.content[n] = (a, k + 1)


def _signature(text: str, tokens: list[Token], begin: int) -> tuple[int, int] | None:
    """The name of at most six capitalised words or initials that starts at `begin` and ends
    its line (a period may close it), or None."""
    n, j = len(tokens), begin
    while j < n and j - begin < 6 and "\n" not in text[tokens[j - 1].end:tokens[j].start] \
            and (tokens[j].text[:1].isupper() and tokens[j].text[:1].isalpha()
                 or tokens[j].text == "." and j > begin and len(tokens[j - 1].text) == 1):
        j += 1
    if j == begin:
        return None
    end = j
    if j < n and tokens[j].text == "." and "\n" not in text[tokens[j - 1].end:tokens[j].start]:
        j += 1
    if j < n and "\n" not in text[tokens[j - 1].end:tokens[j].start]:
        return None
    return (begin, end)


class _PhraseIndex:
    """Matches of the hedge, unconfirmed, denial and anonymity phrases over a whole document,
    found once and then queried per sentence."""

    def __init__(self, lower: list[str], lex: Lexicon) -> None:
        tables = {name: getattr(lex, name) for name in ("hedges", "unconfirmed", "denial",
                                                        "anonymity_phrases")}
        unconfirming = en_certainty.certainty_words().unconfirming
        # one scan of the document for the words opening a phrase of any table, not one per table
        first_words = set(unconfirming).union(*tables.values())
        opens = [i for i, w in enumerate(lower) if w in first_words]
        self._found = {name: find_phrases(lower, table, opens=opens) for name, table in tables.items()}
        # `did not deny`, `has never disputed`: a negated denial denies nothing (issue #11)
        self._found["denial"] = [(a, b) for a, b in self._found["denial"]
                                 if not any(w in lex.negation for w in lower[max(0, a - 2):a])
                                 and not en_certainty.rejects_proposal(lower, a)]  # `the bill was rejected`
        self._found["unconfirming"] = find_phrases(lower, unconfirming, opens=opens)
        # Matches come in order of their first token: a sentence's are found by bisection.
        self._starts = {name: [a for a, _ in found] for name, found in self._found.items()}

    def within(self, name: str, lo: int, hi: int) -> list[tuple[int, int]]:
        found = self._found[name]
        out = []
        for k in range(bisect_left(self._starts[name], lo), len(found)):
            a, b = found[k]
            if a >= hi:
                break
            if b <= hi:
                out.append((a, b))
        return out


def _without_anonymity_phrases(found: list[Candidate], lower: list[str],
                               lex: Lexicon) -> list[Candidate]:
    """`officials said on condition of anonymity`: the phrase is neither cue nor content (it
    makes the attribution anonymous), so tagged parts inside it are dropped."""
    phrase_tokens = _anonymity_tokens(lower, lex)
    if not phrase_tokens:
        return found
    kept = []
    for cand in found:
        if _speaks_in_phrase(cand, phrase_tokens) and not _frame_after_phrase(cand, lower, lex, phrase_tokens):
            cand.content = cand.content[1:]  # a quotation after it is still the speaker's
            if not cand.content:
                continue
        if cand.source is not None and lower[cand.source[1] - 1] == "who" and cand.source[1] - 1 in phrase_tokens:
            # `A senior official, who asked not to be identified, said`: the relative pronoun
            # belongs to the phrase; the source is the noun phrase before it
            end = cand.source[1] - 1 - (lower[cand.source[1] - 2] == "," if cand.source[1] - 2 >= cand.source[0] else 0)
            if end > cand.source[0]:
                cand.source = (cand.source[0], end)
            elif (head := _before_comma(lower, cand.source[0])) is not None:
                cand.source = head
        cand.content = [r for r in cand.content if not all(i in phrase_tokens for i in range(*r))]
        cand.cue = [(a, b) for a, b in ((a, next((i for i in range(a, b) if i in phrase_tokens), b))
                                         for a, b in cand.cue) if b > a]
        if cand.content:
            kept.append(cand)
    return kept


def _anonymity_tokens(lower: list[str], lex: Lexicon) -> set[int]:
    return {i for a, b in find_phrases(lower, lex.anonymity_phrases) for i in range(a, b)}


def _before_comma(lower: list[str], who: int) -> tuple[int, int] | None:
    """The noun phrase that ends at the comma before `who` (up to eight words back to a
    punctuation mark or the sentence start), or None."""
    end = who - 1
    if end < 1 or lower[end] != ",":
        return None
    start = end
    while start > 0 and end - start < 8 and lower[start - 1] not in (",", ";", ":", "(", "—", "–", "-", "\"", "“", "”") \
            and lower[start - 1] not in ENDERS:
        start -= 1
    return (start, end) if start < end and end - start < 8 else None


def _frame_after_phrase(cand: Candidate, lower: list[str], lex: Lexicon, phrase_tokens: set[int]) -> bool:
    """`Two diplomats who asked not to be named said the talks had stalled`: the tagger read
    the phrase as the content; when a core cue follows the phrase inside that content, the cue
    and what follows it become the attribution's cue and content. Whether it did so."""
    a, b = cand.content[0]
    k = a
    while k < b and k in phrase_tokens:
        k += 1
    if k < b and lower[k] == ",":
        k += 1
    found = lex.match_cue(lower, k) if k < b - 1 else None
    if found is None or not found[1].core:
        return False
    n = found[0]
    start = k + n + (lower[k + n] == "that" if k + n < b - 1 else 0)
    if start >= b:
        return False
    cand.cue = [(k, k + n)]
    cand.content = [(start, b), *cand.content[1:]]
    return True


def _speaks_in_phrase(cand: Candidate, phrase_tokens: set[int]) -> bool:
    """`The former official, who asked not to be named, added that ...`: a content that opens
    inside an anonymity phrase reads the phrase as speech (`asked` + `not to be named`,
    `requested` + `anonymity to speak candidly`); the frame after the phrase is the
    attribution."""
    return bool(cand.content) and cand.content[0][0] in phrase_tokens




def _extend_cut_contents(found: list[Candidate], rules: list[Candidate], lower: list[str]) -> None:
    """A tagged content that stops in the middle of a clause (`warned that the storm | could
    knock out power`) or before a relative clause (`her clients, | who wanted ...`) takes the
    rule's content for the same cue when that one contains it."""
    by_cue = {c.cue[0]: c for c in rules if c.cue and len(c.content) == 1}
    for cand in found:
        rule = by_cue.get(cand.cue[0]) if cand.cue else None
        if rule is None or len(cand.content) != 1:
            continue
        (a, b), (ra, rb) = cand.content[0], rule.content[0]
        if ra <= a and b < rb and b < len(lower) and (
                lower[b][:1].isalnum() or lower[b] == "," and b + 1 < len(lower) and lower[b + 1] in RELATIVE_CLAUSE):
            # `her clients, | who wanted to ...`: a relative clause on the claim's last noun is
            # part of the claim (en-news tune: 3 contents cut there, none ending there)
            cand.content = [(a, rb)]
        elif ra <= a and b < rb and lower[b] == "," and en_apposition.apposition_then_verb(lower, b, rb):
            # `depots of the retailer Wildberries, | often called the Russian Amazon, were also
            # struck ...`: the phrase set off by commas describes the subject; the clause goes on
            # to its verb, up to a semicolon (what follows one is another clause)
            end = next((k for k in range(b, rb) if lower[k] == ";"), rb)
            cand.content = [(a, end)]


def _join_interrupted_contents(found: list[Candidate], rules: list[Candidate], tokens: list[Token],
                               lower: list[str], lex: Lexicon) -> None:
    """`Disney's tech teams isolated the problem, Mayer said, and "patched" the software ...`,
    `The Central Bank, he continued, intervenes on a fortnightly basis ...`: a frame set inside
    the reported clause by commas. The tagger read the part before the frame, the rules the part
    after it (same cue and source); the clause goes on after the frame when that part opens
    with `and`/`but` and a lower-case word, or when the part before is a bare subject (no more
    than six words) and the part after it no participle or verb of its own (`, Cruz explained,
    recalling the time ...`). Quotations are left to the quote rules."""
    by_cue = {(c.cue[0], c.source): c for c in rules
              if c.cue and c.source is not None and len(c.content) == 1}
    for cand in found:
        if len(cand.cue) != 1 or cand.source is None or len(cand.content) != 1:
            continue
        rule = by_cue.get((cand.cue[0], cand.source))
        (a, b), frame = cand.content[0], min(cand.cue[0][0], cand.source[0])
        if rule is None or b != frame - 1 or lower[b] != "," or tokens[a].text in QUOTES:
            continue
        ra, rb = rule.content[0]
        end = max(cand.cue[0][1], cand.source[1])
        if ra != end + 1 or lower[end] != "," or rb - ra < 3 or tokens[ra].text in QUOTES:
            continue
        opens = lower[ra] in ("and", "but") and tokens[ra + 1].text[:1].islower() \
            or b - a <= 6 and tokens[ra].text.isalpha() and tokens[ra].text.islower() \
            and lower[ra] not in RELATIVE_CLAUSE and not lower[ra].endswith("ing") \
            and lex.match_cue(lower, ra) is None  # not `, Cruz explained, recalling the time ...`
        if opens:
            cand.content = [(a, b), (ra, rb)]


def _end_fronted_questions(found: list[Candidate], rules: list[Candidate], lower: list[str],
                           lex: Lexicon) -> None:
    """`Asked if the shooting was connected to another incident, Supt Peters said there was no
    evidence ...`: a fronted `Asked ...` participle without a source is the reporter's question;
    the tagger ran its content over the answer's frame. The question ends at the comma before
    the answer's source (a rule with a core cue); the answer is then the rule's to fill."""
    frames = {r.source[0]: r for r in rules if r.source is not None and r.cue
              and r.source[1] <= r.cue[0][0] and any(
                  (m := lex.match_cue(lower, i)) is not None and m[1].core for i in range(*r.cue[0]))}
    for cand in found:
        if cand.source is not None or len(cand.cue) != 1 or len(cand.content) != 1 \
                or lower[cand.cue[0][0]] != "asked":
            continue
        a, b = cand.content[0]
        comma = next((k for k in range(a, b) if lower[k] == "," and k + 1 in frames
                      and frames[k + 1].cue[0][1] <= b), None)
        if comma is not None and comma > a:
            cand.content = [(a, comma)]


def extract(analysis: Analysis, ctx: Context, mode: str = "combined") -> list[Attribution]:
    """Attributions of an English document, with entities registered in `ctx.registry`.

    `mode` ("rules", "crf", "combined") exists to measure each part alone. The extractors read
    the quotation view of the text (`single_quotes.quote_view`, same offsets); the spans
    returned take their text from the document."""
    original = analysis.document.text
    text = quote_view(original)
    tokens, sentences, found = candidates(text, mode)
    lower = [t.text.lower() for t in tokens]
    lex = lexicon()
    found += en_leadin.lead_in_candidates(tokens, sentences, found, lex, lower)
    inner = en_nesting.inner_candidates(text, tokens, found, lex, lambda t: candidates(t, mode),
                                        lower=lower)
    weak = {id(c) for c in en_nesting.weak_frames(found, inner, lex, lower)}
    found = [c for c in found if id(c) not in weak] + inner
    found += en_nesting.opening_frames(tokens, lower, found, lex)
    found += en_nested_reports.report_noun_frames(tokens, lower, found, lex)
    found += en_nested_reports.participle_reports(tokens, lower, sentences, found, lex)
    found += en_nested_reports.denials_around_reports(tokens, lower, found, lex)
    sent_of = [0] * len(tokens)
    for k, s in enumerate(sentences):
        sent_of[s.first:s.last] = [k] * (s.last - s.first)
    found_dateline = find_dateline(text, ctx.gazetteer)
    memo = Memo(ctx, found_dateline.outlet_surface if found_dateline and found_dateline.outlet is None
                else None)
    resolver = Coreference(ctx, text, memo)
    phrases = _PhraseIndex(lower, lex)
    # every candidate's cue, so that a sentence's channel goes to the clause holding it (`en_via`)
    memo.once(("cues",), lambda: sorted({r for c in found for r in c.cue}))
    result = []
    for n, cand in enumerate(sorted(found, key=lambda c: _first(c)), 1):
        attribution = _attribution(text, tokens, lower, sentences, sent_of, cand, lex, ctx,
                                   resolver, n, phrases, memo)
        if attribution is not None:
            result.append(attribution)
    result = _without_duplicates(result)
    result = _without_credit_lines(result)
    result = _without_nested_events(result, lex)
    result = en_narrated_acts.without_narrated_acts(result, text)
    _end_before_coordinated_frames(result, text)
    # `Xinhua, quoting local officials, said ...`: once the main attribution has the cited
    # party as its source, the participle is its channel marker, not an attribution.
    cited = {(b.source.start, b.source.end) for b in result if b.source is not None and b.via}
    result = [a for a in result if not (
        a.cue and a.cue[0].text.lower() in ("quoting", "citing")
        and len(a.content) == 1 and (a.content[0].start, a.content[0].end) in cited)]
    # Content the tagger marked with neither cue nor source (and no speaker to continue, see
    # `_continue_quotes`) is no attribution: a claim needs someone making it (PolNeAR dev: 26
    # such spans match gold, 56 do not; en-news tune: 2 and 16).
    result = [a for a in result if a.cue or a.source is not None]
    name_descriptions(text, result, ctx)
    en_elegant_variation.join(text, result, ctx, resolver)
    # `two people in the room told The Associated Press ... according to the two people. They
    # ... spoke to AP on condition of anonymity`: a source once withheld stays withheld
    withheld = {a.source.entity for a in result if a.certainty == "anonymous" and a.source is not None}
    for a in result:
        if a.certainty == "asserted" and a.source is not None and a.source.entity in withheld:
            a.certainty = "anonymous"
    _channels_said_after(result, text, tokens, lower, sentences, ctx, memo)
    en_nested_reports.channels_to_denials(result)
    en_coordinated_channels.share_coordinated_channels(result, text)
    en_certainty.report_taken_up(result)
    en_disputes.reports_as_sources(result)
    en_certainty.withheld_taken_up(result, text)
    answers_lede = en_stance.deny_negated_reports(result, text)
    en_charged_answers.deny_charged_parties(
        result, text, lambda i: i is not None and (e := ctx.registry.get(i)) is not None and e.type == "person")

    def entity_names(i: str) -> list[str]:
        """An entity id's name and aliases: the passes below read a party's names in them."""
        return [e.name, *e.aliases] if (e := ctx.registry.get(i)) else []

    en_stance.link_denials(result, skip=answers_lede, names=entity_names)
    en_disputes.answer_taken_up_claims(result)
    en_disputes.plural_charges_answered(result, text)
    en_stance.deny_contradicting_replies(result, text)
    en_stance.dispute_answered_accusations(result)
    # the plain answer of the party a claim is about, echoing its key words (echoed_claims.py)
    en_echoed_claims.deny_echoing_answers(result, entity_names, is_place)
    en_echoed_claims.dispute_echoed_claims(result, entity_names, is_place)
    en_certainty.contradicted_by_contrast(result, text)
    en_certainty.contradicted_next(result, text)
    en_certainty.denied_reports_ahead(result)
    en_disputes.claims_after_denials(result)
    en_disputes.reports_denied_next(result, text)
    en_disputes.claims_denied_next(result, text)
    en_certainty.contested_claims(result)
    en_disputes.answer_verdicts(result)
    en_disputes.accused_answering(result, entity_names, is_place)
    en_stance.dispute_reports_inside_denials(result)
    en_disputes.claims_inside_denials(result)
    en_disputes.demonstrative_denials(result)
    en_certainty.dispute_whole_statement(result, text)
    en_certainty.unverified_by_note(result, text)
    en_disputes.denied_over_hedged(result, text)
    en_disputes.contested_reports_answered(result, text)
    en_disputes.said_falsely(result)
    en_stance.dispute_named_party(result, entity_names, is_place, skip=answers_lede)
    # the outlet rows come last, as in Chinese (`zh.nesting.restore_outlet_frames`): the passes
    # above judge what the speakers said, not the outlet's relaying of it
    en_outlet_frames.restore_outlet_frames(
        result, text, tokens, lower, sentences, lambda name: memo.outlet(name) is not None,
        lambda r: en_outlets.outlet_shaped(tokens, lower, r),
        lambda surface, at: resolver.resolve(surface, surface.lower().split(), lex, at).id)
    _nest(result, ctx)
    en_certainty.resting_on_withheld(result)
    en_certainty.told_by_withheld(result, text)
    en_certainty.unnamed_press_anonymous(result)
    en_certainty.resting_on_disputed(result)
    en_nested_reports.unowned_claims_as_sources(
        result, text, lambda surface, at: resolver.resolve(surface, surface.lower().split(), lex, at).id,
        any(a.source is not None and (_names_paper(a.source.text) or (e := ctx.registry.get(a.source.entity))
                                      is not None and e.type == "outlet") for a in result))
    if text is not original:
        _spans_from(original, result)
    return result


# `He was speaking at ...`, `Wardle made the comments in ...`, `This came in a statement by
# Bayraktar, transmitted by Anadolu Agency`: a sentence whose only business is where the words
# before it were said.
_SPEAKING = frozenset({"speaking", "talking", "writing"})
_REMARKS = frozenset({"remarks", "comments", "statement", "statements", "remark", "comment", "view",
                      "views", "assessment"})


def _channel_sentence(lower: list[str], first: int, last: int) -> int | None:
    """Where the channel phrase of a follow-up sentence starts (`He was speaking | at the
    club's annual meeting.`, `This came | in a statement by ...`, `Kim, named to lead the
    service, presented the view | during his confirmation hearing`), or None. The subject is a
    pronoun, `This`/`It`, up to four words of a name, or a name with an apposition between
    commas."""
    k = first
    while k < last and k - first < 4 and lower[k] not in _FOLLOW_UP_VERBS:
        k += 1
    if k < last and lower[k] not in _FOLLOW_UP_VERBS and k - first == 4 or k == last:
        # `Kim Kyou-hyun, named to lead the National Intelligence Service, presented ...`
        commas = [m for m in range(first, min(last, first + 16)) if lower[m] == ","]
        k = commas[1] + 1 if len(commas) >= 2 and commas[0] - first <= 4 else last
    if k == first or k + 1 >= last or lower[k] not in _FOLLOW_UP_VERBS:
        return None
    if lower[k] in ("was", "were") and lower[k + 1] in _SPEAKING:
        return k + 2
    if lower[k] in ("had", "has") and k + 2 < last and lower[k + 1] == "been" and lower[k + 2] in _SPEAKING:
        return k + 3
    if lower[k] in _GAVE and k + 2 < last and lower[k + 1] in ("the", "these", "those", "his", "her", "their") \
            and lower[k + 2] in _REMARKS:
        return k + 3
    if lower[k] == "came" and k - first == 1 and lower[first] in ("this", "it", "that") \
            and lower[k + 1] in ("in", "during", "at"):
        return k + 1
    return None


_GAVE = frozenset({"made", "presented", "expressed", "gave", "offered", "delivered", "voiced"})
_FOLLOW_UP_VERBS = _GAVE | {"was", "were", "came", "had", "has"}


def _occasion(tokens: list[Token], lower: list[str], at: int, last: int) -> tuple[int, int] | None:
    """`at the club's annual general meeting`: the gathering a follow-up sentence names (its
    lower-case words ending in an audience or gathering noun, after the determiner and an
    owner's possessive), or None."""
    if lower[at] not in ("at", "to", "during"):
        return None
    j = at + 1
    while j < last and (lower[j] in ("a", "an", "the", "his", "her", "their", "its")
                        or tokens[j].text[:1].isupper() or lower[j].endswith(("'s", "’s"))
                        or j + 1 < last and lower[j + 1] in ("'s", "’s")):
        j += 1  # `the club's`: the owner is no part of the gathering's name
    if j - at > 6:
        return None
    m = j
    while m < last and m - j < 4 and tokens[m].text.isalpha() and tokens[m].text.islower():
        m += 1
    if m > j and lower[m - 1] in en_outlets.channel_words().audiences:
        return (j, m)
    return None


def _channels_said_after(result: list[Attribution], text: str, tokens: list[Token], lower: list[str],
                         sentences: list[Sentence], ctx: Context, memo: Memo) -> None:
    """Channels named by a follow-up sentence go to the attributions of the sentence before it
    that have none: `"...," said Wardle. | Wardle was speaking at the club's annual general
    meeting.` (ANNOTATION.md: "the addressee or medium of speech is a via"; enE-kuna-1 gold:
    `This came in a statement by Bayraktar, transmitted by Anadolu Agency` gives the minister's
    words before it `Anadolu Agency`, `statement`). Only when no cue of the follow-up comes
    before its channel phrase, for the speaker its subject names (a pronoun: the last speaker)
    in the previous sentence's paragraph, and only to attributions without a channel."""
    def is_outlet(name: str) -> bool:
        return memo.outlet(name) is not None or (name[:1].isupper() and memo.outlet("The " + name) is not None)

    starts = [s.first for s in sentences]
    for k, sent in enumerate(sentences):
        if k == 0 or sent.last - sent.first < 4:
            continue
        at = _channel_sentence(lower, sent.first, sent.last)
        if at is None:
            continue
        lo = tokens[sent.first].start
        # `presented the view during | his parliamentary confirmation hearing`: a tagger's
        # reading of the follow-up's verb as a cue with the channel phrase as its content
        spurious = [a for a in result if a.cue and lo <= a.cue[0].start < tokens[at].start
                    and a.content and a.content[0].start >= tokens[at - 1].start
                    and a.content[-1].end <= tokens[sent.last - 1].end]
        for a in spurious:
            result.remove(a)
        if any(lo <= c.start < tokens[at].start for a in result for c in a.cue):
            continue  # the sentence's own verb frames words (a cue after the channel phrase, in
            # `..., where he also confirmed ...`, is a relative clause's)
        # the words before it: the previous sentence, or its paragraph back to the paragraph start
        par = text.rfind("\n\n", 0, tokens[starts[k - 1]].start) + 1
        before = [a for a in result if a.cue and par <= a.cue[0].start < lo]
        if not before:
            continue
        subject = lower[sent.first]
        if subject in ("he", "she", "they", "this", "it", "that"):
            speaker = before[-1].source.entity if before[-1].source is not None else None
            speakers = {speaker} if speaker else set()
        else:  # a named subject: every speaker there it names
            names = {tokens[m].text for m in range(sent.first, at) if tokens[m].text[:1].isupper()}
            speakers = {a.source.entity for a in before if a.source is not None and a.source.entity
                        and (e := ctx.registry.get(a.source.entity)) is not None
                        and names & {w for n in (e.name, *e.aliases) for w in n.split()}}
            last = before[-1].source
            if not speakers and last is not None and last.entity \
                    and re.split(r"['’]s\s", last.text)[-1].islower():
                # `South Korea's state intelligence chief nominee said ... | Kim Kyou-hyun,
                # named to lead the National Intelligence Service, presented the view ...`: the
                # name the article gives next to a description just heard (Yonhap 2022)
                speakers = {last.entity}
        if not speakers:
            continue
        ranges = en_via.scan_sentence(tokens, lower, at, sent.last, is_outlet)
        parts = [p for r in ranges for p in en_via.channel_parts(tokens, lower, r, sent.last, is_outlet)]
        if not parts and (occasion := _occasion(tokens, lower, at, sent.last)) is not None:
            parts = [occasion]
        if not parts:
            continue
        # `a statement by X, transmitted by Anadolu Agency`: the relaying outlet is outer
        relayed = [p for p in parts if p[0] >= 2 and lower[p[0] - 1] == "by"
                   and lower[p[0] - 2] in ("transmitted", "relayed", "reported")]
        parts = relayed + [p for p in parts if p not in relayed]
        for a in before:
            if a.via or a.source is None or a.source.entity not in speakers:
                continue
            for p in parts:
                a0, b0 = p[0] + (p[1] - p[0] > 1 and lower[p[0]] == "the"), p[1]
                end = tokens[b0 - 1].end
                if text[end - 2:end] in ("'s", "’s"):
                    end -= 2
                vt = text[tokens[a0].start:end]
                outlet = memo.outlet(vt) or memo.outlet("The " + vt) if vt[:1].isupper() else None
                ent = ctx.registry.add_outlet(outlet, vt).id if outlet else None
                a.via.append(EntitySpan.at(text, tokens[a0].start, end, ent))


def _spans_from(text: str, result: list[Attribution]) -> None:
    """Every span of `result` with its text taken from `text` (the document, not its view)."""
    for a in result:
        for span in (a.source, *a.cue, *a.content, *a.via, *a.hedges):
            if span is not None:
                span.text = text[span.start:span.end]


def _without_duplicates(result: list[Attribution]) -> list[Attribution]:
    """One attribution per (cue, content): a report nested in an `according to X` frame is
    read again by `en_nesting` after the frame made its speaker the source (`..., the CDC
    said it had ..., according to Sui-Lee Wee of the New York Times`); the reading that kept
    the channel stays."""
    best: dict[tuple, Attribution] = {}
    for a in result:
        key = (tuple((c.start, c.end) for c in a.cue), tuple((c.start, c.end) for c in a.content))
        if not a.cue or key not in best or len(a.via) > len(best[key].via):
            best[key if a.cue else (id(a),)] = a
    kept = {id(a) for a in best.values()}
    return [a for a in result if id(a) in kept]


def _without_credit_lines(result: list[Attribution]) -> list[Attribution]:
    """`Erdogan said that ..., Reuters reported citing Daily Sabah.`: once the speaker's
    attribution has the closing credit's outlets as channels (`en_via.closing_credit`), the
    credit read as an attribution of its own (source Reuters, content `Daily Sabah`) says
    nothing: its source and its whole content are channels of another attribution."""
    def within(span: Span, vias: list[EntitySpan]) -> bool:
        return any(v.start <= span.start and span.end <= v.end for v in vias)

    # only attributions with channels can hold a credit line (a quadratic scan over all of
    # them cost ~1% of English run time)
    def relays(a: Attribution, b: Attribution) -> bool:
        # `CONTENT, X said Tuesday, Anadolu reported.` (News.az 2017): the outlet channelling
        # b's inverted frame, read as a speaker of the same words (its content holds b's), is
        # no second attribution; `X told reporters that ..., TASS reported` keeps both, the
        # report of the telling its parent (en-reuters-2 gold)
        # (a quotation of the outlet's own text, `"..., people familiar told Bloomberg
        # Politics," Bloomberg reported`, stays its attribution)
        return a.source is not None and a.kind == "indirect" and b.cue and b.content \
            and b.content[0].start < b.cue[0].start \
            and any((v.start, v.end) == (a.source.start, a.source.end) for v in b.via) \
            and any(c.start <= d.start and d.end <= c.end for c in a.content for d in b.content)

    def credits(a: Attribution, b: Attribution) -> bool:
        # `Aksoy said the claims are “made up,” Turkey’s state-run Anadolu Agency reported.`
        # (eKathimerini 2020): the closing outlet, read with b's words alone as its content
        # (not b's frame), is b's channel, no speaker of its own
        return a.source is not None and bool(b.cue) and bool(b.content) \
            and b.cue[0].end <= b.content[0].start and bool(a.cue) and a.cue[0].start >= b.content[-1].end \
            and any(a.source.start <= v.start and v.end <= a.source.end for v in b.via) \
            and all(b.content[0].start <= c.start and c.end <= b.content[-1].end + 3 for c in a.content)

    with_via = [b for b in result if b.via]
    return [a for a in result if not (
        a.source is not None and a.content and any(
            b is not a and (within(a.source, b.via) and all(within(c, b.via) for c in a.content)
                            or relays(a, b) or credits(a, b))
            for b in with_via))]


# Adverbs that attribute on their own (`The investigation will reportedly focus on ...`).
REPORT_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})


def _without_nested_events(result: list[Attribution], lex: Lexicon) -> list[Attribution]:
    """Without a candidate whose cue stands inside another attribution's reported clause
    (not a quotation) and has no verb of saying or thinking (no `core` cue word, none of
    `en_nesting.SPEECH_WORDS`) nor a quotation of its own: `Erekat said
    they would take measures, including calling for a UN debate`, `... the "Never Trumpers"
    who oppose his presidency`. The verb is part of what was reported; as a second attribution
    it only duplicates the frame (issue #11: spurious duplicates). A frame
    `en_nesting.opening_frames` found (`said that Syria affirms that ...`) has its `that`-clause
    and stays."""
    def core(a: Attribution) -> bool:
        if a.evidence in (en_nesting.OPENING_FRAME, en_nested_reports.REPORT_NOUN):
            return True  # a claim noun with its clause is an attribution (`allegations ... that`)
        words = [w for span in a.cue for w in span.text.lower().split()]
        return any(w in en_nesting.SPEECH_WORDS or w in REPORT_ADVERBS for w in words) or any(
            c.core for w in words if (c := lex.cues.get((w,))) is not None)

    frames = [a for a in result if a.cue and a.content and a.kind != "direct" and core(a)]
    return [a for a in result if not (
        a.cue and a.kind != "direct" and not core(a) and any(
            f is not a and any(p.start <= a.cue[0].start < p.end for p in f.content)
            for f in frames))]


COORDINATOR_AT_END = re.compile(r",?\s+(?:and|but)\s+$")


def _end_before_coordinated_frames(result: list[Attribution], text: str) -> None:
    """`Russia has denied interfering in the U.S. election and Trump has said there was no
    collusion`, `The Pentagon rejected these accusations as "patently false," and both
    independent analysts and sources in the Rukban camp told Polygraph.info ...`: a content that
    runs over `and`/`but` into a clause with a source and cue of its own ends before the
    coordinator; that clause is another attribution beside it, not nested in it."""
    for outer in result:
        if len(outer.content) != 1 or not outer.cue or outer.content[0].start < outer.cue[-1].end:
            continue
        part = outer.content[0]
        for other in sorted(result, key=lambda a: a.source.start if a.source else 0):
            if other is outer or other.source is None or not other.cue \
                    or not part.start < other.source.start < other.cue[0].start < part.end:
                continue
            head = text[part.start:other.source.start]
            if _open_quotation(text[max(0, part.start - 1):other.source.start]):
                break  # `"I said to Steven that ... and he said 'I do'"`: a quotation goes on
            m = COORDINATOR_AT_END.search(head)
            if m is not None and m.start() > 0:
                keep = head[:m.start()].rstrip()
                outer.content[0] = contract_edges(text, Span(part.start, part.start + len(keep), keep))
                outer.kind = kind_of([outer.content[0].text])
                break


def _open_quotation(piece: str) -> bool:
    """Whether a quotation opened in `piece` is still open at its end (curly or straight marks)."""
    return piece.count("“") > piece.count("”") or piece.count('"') % 2 == 1


def _untangle_frames(result: list[Attribution]) -> None:
    """`Lavrov told reporters that the West was to blame, TASS reported`: when two contents
    hold each other's cues, the longer is the outer frame, and the inner content ends before
    the frame's source (`, TASS reported` is not what Lavrov said)."""
    for inner in result:
        if not inner.content or not inner.cue:
            continue
        last = inner.content[-1]
        for outer in result:
            if outer is inner or not outer.content or not outer.cue or outer.source is None:
                continue
            if last.start <= outer.cue[0].start < last.end \
                    and outer.content[0].start <= inner.cue[0].start < outer.content[-1].end \
                    and last.start < outer.source.start:
                keep = inner.content[-1].text[:outer.source.start - last.start].rstrip(" ,;—–-")
                if keep:
                    inner.content[-1] = Span(last.start, last.start + len(keep), keep)
                break


# Pronouns that, inside a quotation, cannot stand for the quoted speaker.
THIRD_PERSON = frozenset({"he", "she", "him", "her"})


def _nest(result: list[Attribution], ctx: Context) -> None:
    """Each attribution's parent is the innermost other one whose content holds its cue
    (ANNOTATION.md `parent`); a reporting outlet around it (`The Kremlin said ..., RIA Novosti
    reported`) is its channel, outer first, as 据X报道 is in Chinese."""
    _untangle_frames(result)
    spans = [(a, a.content[0].start, a.content[-1].end) for a in result if a.content]
    for b in result:
        if not b.cue:
            continue
        at = b.cue[0].start
        holders = [(e - s, a) for a, s, e in spans if a is not b and s <= at < e
                   and not (b.content and a.content[0].start >= b.content[0].start
                            and a.content[-1].end <= b.content[-1].end)]
        if not holders:
            continue
        parent = min(holders, key=lambda h: h[0])[1]
        b.parent = parent.id
        src = parent.source
        if b.source is not None and src is not None and b.source.entity \
                and b.source.entity == src.entity and parent.kind == "direct" \
                and b.source.text.lower() in THIRD_PERSON:
            # `Deyal said: "He left ... and he said that he going and hunt"`: inside a
            # quotation the speaker is `I`/`we`; a `he`/`she` there is someone else
            b.source = EntitySpan(b.source.start, b.source.end, b.source.text, None)
        outlet = ctx.registry.get(src.entity) if src is not None and src.entity else None
        paper = src is not None and (outlet is None or outlet.type != "outlet") and _names_paper(src.text)
        if paper and parent.certainty in ("reported", "disputed") and b.source is not None \
                and not _names_paper(b.source.text) and all(v.text != src.text[4:] for v in b.via):
            # `the paper` that coreference took for a person or body (`The paper claimed
            # Johnson told ...` linked to Johnson): the outlet by its kind, no entity
            b.via.insert(0, EntitySpan(src.start + 4, src.end, src.text[4:], None))
        elif outlet is not None and outlet.type == "outlet" and parent.certainty in ("reported", "disputed") \
                and (b.source is None or b.source.entity != outlet.id) \
                and all(v.entity != outlet.id for v in b.via):
            # without its article, as every channel (`the New York Times reported` -> New York Times)
            cut = len(src.text) - len(src.text.removeprefix("the ").removeprefix("The "))
            b.via.insert(0, EntitySpan(src.start + cut, src.end, src.text[cut:], src.entity))
        elif src is not None and (outlet is None or outlet.type != "outlet") \
                and parent.certainty in ("reported", "disputed") and b.source is not None \
                and (b.source.entity is None or b.source.entity != src.entity) \
                and en_outlets.outlet_shaped_name(src.text):
            # `The Fiji Times reported the minister told ...` (enM-rnz-1 gold: via `Fiji
            # Times`): a paper the gazetteer lacks, named as papers are (`outlet_shaped`), that
            # coreference typed as another kind of body
            cut = len(src.text) - len(src.text.removeprefix("the ").removeprefix("The "))
            if not any(v.start < src.end and src.start < v.end for v in b.via):
                b.via.insert(0, EntitySpan(src.start + cut, src.end, src.text[cut:], src.entity))
        elif _cited_document(parent) and not b.via and b.source is not None \
                and (src is None or b.source.entity is None or b.source.entity != src.entity):
            # `According to a statement by its spokesman, Nnamdi Omoni, the command said ...`
            # (enO-channelstv-1 gold: source `the command`, via `statement`): the clause cited
            # names its own speaker, who spoke through the document cited (ANNOTATION.md, 据X报道:
            # "when it names one ..., that speaker is the source and X the via")
            b.via = list(parent.via)


def _cited_document(a: Attribution) -> bool:
    """An `according to` attribution whose channel is a document or medium (`According to a
    statement by its spokesman`): its source wrote it, its via carried it."""
    return bool(a.cue) and a.cue[0].text.lower() == "according to" and bool(a.via) \
        and all(v.entity is None for v in a.via)


# Heads of an outlet named by what it is (`the paper claimed Johnson told ...`): whatever
# entity type the article's coreference gave the phrase, it names the outlet that relays.
_PAPER_HEADS = frozenset({"paper", "newspaper", "tabloid", "magazine", "outlet", "broadcaster"})


def _names_paper(text: str) -> bool:
    """`the paper`, `The newspaper`: an outlet named by its kind (en-news part G gold: `the
    paper claimed Johnson told those in attendance` gives the telling the channel `paper`,
    outer first, as ANNOTATION.md's citing chains do)."""
    words = text.lower().split()
    return len(words) == 2 and words[0] == "the" and words[1] in _PAPER_HEADS


def _first(c: Candidate) -> int:
    return min(r[0] for r in c.ranges())


def _span(text: str, tokens: list[Token], r: tuple[int, int]) -> Span:
    return Span.at(text, tokens[r[0]].start, tokens[r[1] - 1].end)


def cue_stance(lower: list[str], cue: list[tuple[int, int]], lex: Lexicon) -> str:
    """Stance of the first lexicon verb inside the cue spans (`has denied` -> deny,
    `rejected claims` -> deny), else of the first cue phrase."""
    matches = [m for a, b in cue for i in range(a, b) if (m := _cue_within(lower, i, b, lex)) is not None]
    verbs = [c for c in matches if c.pos == "verb"]
    stance = (verbs or matches)[0].stance if matches else "assert"
    if stance == "deny" and any(lower[i] in ("not", "n't", "never") for a, b in cue for i in range(a, b)):
        return "assert"  # `The White House did not dispute the remark` denies nothing
    return stance


def _cue_within(lower: list[str], i: int, b: int, lex: Lexicon) -> Cue | None:
    """The lexicon cue at token `i` that ends by `b`: the longest phrase there, or the word
    alone when the phrase runs past the cue (`asked` tagged alone where `asked whether` is a
    phrase of the lexicon)."""
    m = lex.match_cue(lower, i)
    if m is not None and m[0] <= b - i:
        return m[1]
    return lex.cues.get((lower[i],)) if m is not None else None


def kind_of(pieces: list[str]) -> str:
    """direct: every content part is a quotation; mixed: quoted fragments; indirect: no marks."""
    kinds = {_kind_of_piece(p) for p in pieces}
    if kinds == {"direct"}:
        return "direct"
    return "indirect" if kinds == {"indirect"} else "mixed"


# Quote marks that count for the kind: single characters, apostrophes left out (’s, don't).
_MARKS = tuple(sorted(q for q in QUOTES if len(q) == 1 and q not in ("’", "'")))


def _kind_of_piece(content_text: str) -> str:
    stripped = content_text.replace("''", '"').strip()
    if not stripped:
        return "indirect"
    marks = sum(stripped.count(mark) for mark in _MARKS)
    if stripped[0] in '“"' and stripped.rstrip(".,;:!?")[-1:] in '”"' and marks <= 2:
        return "direct"
    if stripped[0] in '“"' and marks <= 1:
        return "direct"  # a quote running on into the next paragraph
    return "mixed" if marks else "indirect"


def _attribution(text, tokens, lower, sentences, sent_of, cand: Candidate, lex: Lexicon,
                 ctx: Context, resolver: Coreference, n: int,
                 phrases: _PhraseIndex, memo: Memo) -> Attribution | None:
    # Empty token ranges never make spans (a defensive guard for every producer).
    cand.content = [r for r in cand.content if r[1] > r[0]]
    cand.cue = [r for r in cand.cue if r[1] > r[0]]
    if cand.source is not None and cand.source[1] <= cand.source[0]:
        cand.source = None
    if cand.cue:
        frame_sentence = sentences[sent_of[cand.cue[0][0]]]
        if cand.source is None:
            en_inverted_frame.repair(tokens, lower, cand, frame_sentence.first, lex)
        en_inverted_frame.repair_final(tokens, lower, cand, frame_sentence.first, frame_sentence.last)
        en_passive_agent.agent_source(tokens, lower, cand)
    if cand.source is None:
        _tail_source(tokens, lower, cand, lex)
    if not cand.content:
        return None
    content = _merge_pieces(text, [_span(text, tokens, r) for r in sorted(cand.content)])
    cand.cue = en_noncue.trim_cue(lower, cand.cue)
    cand.content = en_noncue.content_after_time(lower, sorted(cand.content))
    _according_names_speaker(tokens, lower, cand, lex,
                             lambda n: memo.outlet(n) is not None or memo.outlet("The " + n) is not None)
    anchor = cand.cue[0][0] if cand.cue else cand.content[0][0]
    sent = sentences[sent_of[anchor]]
    lo, hi = sent.first, sent.last
    _according_after_claim(tokens, lower, cand, lex, lo,
                           lambda n: memo.outlet(n) is not None or memo.outlet("The " + n) is not None)
    cue = [_span(text, tokens, r) for r in sorted(cand.cue)]
    stance = cue_stance(lower, cand.cue, lex)
    if stance == "assert" and _continues_denial(lower, cand, lo, phrases) \
            and en_stance.refine(stance, [lower[i] for a, b in cand.cue for i in range(a, b)],
                                 " ".join(c.text for c in content)) != "accuse":
        # `He has always denied the allegations, saying the sex was consensual`; not a charge of
        # its own (`has categorically denied the untrue news ..., affirming that the forces that
        # stand behind these lies are ...`, enG-sana-1: STANCE.md row 8)
        stance = "deny"
    source_range = _source_after_content(lower, cand.source, cand.content)
    if source_range is not None and cand.cue and source_range[1] <= lo < cand.cue[0][0]:
        # `Kurt Volker ... and Tim Morrison ... testified .... Volker said`: a source the tagger
        # found in an earlier sentence loses to the subject right before the cue in its own
        k = cand.cue[0][0]
        while k > lo and lower[k - 1] in PRE_VERB:
            k -= 1
        own = en_rules.source_before(tokens, lower, lo, k, lex)
        if own is not None and own[1] == k:
            source_range = own
    if source_range is not None and source_range[1] - source_range[0] == 1 \
            and (lower[source_range[0]] in NAME_OPENERS or lower[source_range[0]] in NO_SOURCE_WORDS
                 or lower[source_range[0]] in en_fronted_clause.CONNECTIVES) \
            or source_range is not None and en_source_opening.names_nobody(lower, source_range):
        source_range = None  # a tagged `After`, `perhaps` or `Days after` names nobody: look again
    if source_range is not None and source_range[1] - source_range[0] > 1 \
            and lower[source_range[0]] in PERSONAL_PRONOUNS and lower[source_range[0] + 1] != "and" \
            and tokens[source_range[0] + 1].text[:1].islower():
        # `He released a letter from his doctor Friday afternoon that says`: a pronoun takes
        # no words after it; the tagger ran on into its clause
        source_range = (source_range[0], source_range[0] + 1)
    if source_range is not None and cand.cue:
        source_range, cand.cue = _relative_clause_source(tokens, lower, cand.cue, source_range,
                                                         cand.content, lo, hi, lex)
        cue = [_span(text, tokens, r) for r in sorted(cand.cue)]
    if source_range is None and cand.cue and cand.cue[0][1] - cand.cue[0][0] > 1 \
            and (lower[cand.cue[0][0]] in lex.pronouns or lower[cand.cue[0][0]] in ("all", "each", "both")) \
            and lower[cand.cue[0][0]] not in ("you", "we") \
            and lower[min(cand.cue[0][0] + 2, len(lower) - 1)] != "to":  # not `it is to say`
        # `it attacked`, `all agreed` tagged as one cue: the first word is its subject
        c0, c1 = cand.cue[0]
        source_range, cand.cue = (c0, c0 + 1), [(c0 + 1, c1), *cand.cue[1:]]
        cue = [_span(text, tokens, r) for r in sorted(cand.cue)]
    if source_range is not None and cand.cue and source_range[1] <= cand.cue[0][0] \
            and source_range[0] - 1 > lo and lower[source_range[0] - 1] in SETTING_PREPOSITIONS:
        # `The Labour leader, in an interview with Robert Peston, repeatedly criticised`: a
        # noun phrase after a preposition is the setting (a channel), not the speaker; the
        # subject is before the phrase's opening comma
        k = source_range[0] - 1
        source_range = None
        if k - 1 > lo and lower[k - 1] == ",":
            source_range = en_rules.source_before(tokens, lower, lo, k - 1, lex) \
                or en_rules.determined_np(tokens, lower, lo, k - 1, lex)
            if source_range is not None and en_source_opening.names_nobody(lower, source_range):
                source_range = None  # `Furthermore, in its report Cyble said`: no subject before
    if source_range is not None and cand.cue and source_range[1] <= cand.cue[0][0] \
            and lower[source_range[0]].removesuffix("'s").removesuffix("’s") in RELATIVES \
            and source_range[0] - 1 > lo and lower[source_range[0] - 1] in SET_OFF \
            and _comma_before_verb(lower, source_range[0] + 1, cand.cue[0][0]):
        # `McSally, who's one of the most vulnerable Republicans ..., has repeatedly avoided`:
        # the relative clause closes before the cue; its antecedent is the subject
        source_range = en_rules.source_before(tokens, lower, lo, source_range[0] - 1, lex) or source_range
    if source_range is not None and cand.cue \
            and (opening := en_shared_subject.subject_of_run_on(tokens, lower, source_range,
                                                                cand.cue[0][0], lex)) is not None:
        source_range = opening  # `Sir Michael quit as defence secretary after admitting`
    if source_range is not None and cand.cue \
            and (antecedent := en_shared_subject.relative_antecedent(tokens, lower, lo, source_range,
                                                                     cand.cue[0][0], lex)) is not None:
        source_range = antecedent  # `Mr Galloway, who ... won damages from the Daily Telegraph said`
    if source_range is None and cand.cue:
        source_range = _source_near_cue(tokens, lower, cand, lo, hi, lex)
        if source_range is not None and cand.evidence == en_nested_reports.REPORT_NOUN \
                and all(w in en_nested_reports.DETERMINERS for w in lower[slice(*source_range)]):
            source_range = None  # `is denying a | claim on social media that`: the noun's article
    if source_range is not None and cand.cue and source_range[1] <= cand.cue[0][0]:
        source_range = _opening_conjunct(tokens, lower, lo, source_range, lex)
        source_range = en_shared_subject.relative_clause_source(
            tokens, lower, lo, source_range, cand.cue[0][0], lex) or source_range
    elif source_range is not None and cand.cue and source_range[1] - source_range[0] == 1 \
            and lower[source_range[0]] in lex.pronouns and source_range[1] <= cand.cue[0][0]:
        # `Officials, speaking on condition of anonymity because they were not authorised ...,
        # said`: the pronoun belongs to the clause set off before the cue, not its subject
        outer = en_rules.source_before_clause(tokens, lower, lo, cand.cue[0][0], lex)
        if outer is not None and outer[1] < source_range[0]:
            source_range = outer
    if source_range is not None and cand.cue and cand.content \
            and source_range[1] <= cand.content[0][0] < cand.cue[0][0]:
        # `The administration of ... has "corrected ...", Netanyahu said.`: the tagger took the
        # sentence's subject, which opens the content, for the source; the name between the
        # content's closing comma and the cue is the speaker
        named = en_rules.source_before(tokens, lower, lo, cand.cue[0][0], lex)
        if named and named[0] > cand.content[-1][1] - 1 and named[0] - 1 >= lo \
                and tokens[named[0] - 1].text in (",", "”", '"', "''"):
            source_range = named
    if source_range is not None and cand.cue and source_range[1] <= cand.cue[0][0]:
        # `Trump has recently tried to suggest ..., but Sondland has said ...`: a subject in
        # the cue's own clause wins over one before a clause break
        brk = max((j for j in range(source_range[1], cand.cue[0][0]) if lower[j] in CLAUSE_BREAKS),
                  default=None)
        if brk is not None and not any(r[0] <= brk < r[1] for r in cand.content):
            k = cand.cue[0][0]
            while k > brk + 1 and lower[k - 1] in PRE_VERB:
                k -= 1
            near = en_rules.source_before(tokens, lower, brk + 1, k, lex)
            if near is not None:
                source_range = near
    if cand.cue and (document := en_document_participle.document_source(
            tokens, lower, lo, cand.cue[0][0], DOCUMENTS)) is not None \
            and (source_range is None or source_range[1] <= document[0]) \
            and not any(r[0] < document[1] and document[0] < r[1] for r in cand.content):
        source_range = document  # `a Hong Kong court ruling declaring ...`: the ruling declares
    if cand.cue and (shared := en_shared_subject.shared_subject(
            tokens, lower, lo, cand.cue[0][0], source_range,
            {i for r in cand.content for i in range(*r)}, lex)) is not None:
        # `McCabe called Priebus and told him`: the verb after `and` shares the first verb's subject
        source_range = shared
    if cand.cue and cand.cue[0][0] > lo and lower[cand.cue[0][0] - 1] in SUBORDINATORS \
            and lower[cand.cue[0][0]] in ("asked", "pressed", "questioned", "told"):
        # `he told reporters when asked whether ...`: a reduced passive clause; whoever asked
        # is its source (`when pressed by Holt`), else nobody named
        source_range = en_rules.passive_agent(tokens, lower, cand.cue[-1][1], hi)
    elif cand.cue and (source_range is None or source_range[1] <= cand.cue[0][0]) \
            and en_rules.passive_cue(lower, cand.cue, lex) and not _passive_quoted_as(lower, cand):
        # The subject of a passive cue is not its source; its agent (`by X`) is.
        source_range = en_rules.passive_agent(tokens, lower, cand.cue[-1][1], hi)
        if source_range and any(r[0] < source_range[1] and source_range[0] < r[1] for r in cand.content):
            source_range = None
    if cand.cue and (fronted := en_fronted_clause.fronted_clause_subject(
            tokens, lower, lo, hi, cand.cue, lex)) is not None \
            and (source_range is None or source_range[1] <= fronted[0]):
        # `After blasting the Drudge Report ..., Beck turned`: the opener or the asker inside
        # the fronted clause names nobody; the main clause's subject does the act
        source_range = fronted
    if source_range is not None and all(lower[i] in lex.time_words for i in range(*source_range)):
        source_range = _before_date(tokens, lower, source_range, lo, lex)
    if source_range is not None:
        source_range = en_self_described.with_antecedent(tokens, lower, lo, source_range, lex)
        source_range = en_rules.whole_name(tokens, lower, source_range, lo, lex)
        floor = max([lo] + [r[1] for r in (*cand.cue, *cand.content) if r[1] <= source_range[0]])
        source_range = en_titles.with_title(tokens, lower, source_range, floor, lex)
        source_range = en_titles.with_role_apposition(tokens, lower, source_range, floor, lex)
        if source_range[0] == lo:  # `BERLIN (Reuters) - German Foreign Minister ...`
            source_range = (en_rules.after_dateline(tokens, lo, source_range[1]), source_range[1])
    if source_range is not None and cand.cue and source_range[1] <= cand.cue[0][0]:
        source_range = en_apposition.named_before_apposition(tokens, lower, source_range, cand.cue[0][0], lo, lex,
                                                resolver.is_person_word)
    if source_range is not None and cand.cue and source_range[0] >= cand.cue[-1][1] \
            and all(r[1] <= cand.cue[0][0] or r[0] >= hi for r in cand.content):
        source_range = en_rules.with_apposition(tokens, lower, source_range, hi, lex)
    def outlet_named(name: str) -> Outlet | None:  # `the Independent` names The Independent
        return memo.outlet(name) or (memo.outlet("The " + name) if name[:1].isupper() else None)

    def is_outlet(name: str) -> bool:
        return outlet_named(name) is not None

    if source_range is not None:
        # `In court papers, prosecutors said`: the subject after a fronted medium phrase speaks
        source_range = en_fronted_medium.subject_after_fronted(tokens, lower, lo, source_range, cand.cue)
        # `Furthermore, in its report Cyble said`: the phrase has no closing comma
        source_range = en_fronted_medium.name_after_unclosed(tokens, lower, lo, source_range) or source_range
    inserted = en_fronted_medium.inserted_medium(tokens, lower, lo, cand.cue) if source_range is not None else None
    if inserted is not None and source_range is not None:
        # `Jeb Bush in a Medium post said`: the subject before the phrase speaks, in the post
        m = inserted[0]
        subject = (source_range[0], m) if source_range[0] < m < source_range[1] \
            else en_rules.source_before(tokens, lower, lo, m, lex) if source_range[1] < m else None
        if subject is not None and tokens[subject[0]].text[:1].isupper():
            source_range = subject
            phrase = (m, cand.cue[0][0])
            cand.via = [*cand.via, *(en_via.scan_sentence(tokens, lower, *phrase, is_outlet) or [inserted[1]])]
    if source_range is not None:
        source_range = en_via.with_address(tokens, lower, en_via.before_citing(lower, source_range))
    issued = en_via.document_author(tokens, lower, source_range) \
        if source_range is not None and cand.cue and lower[cand.cue[0][0]] == "according" else None
    if issued is not None:  # `according to a joint statement by the Commission`: it spoke
        cand.via = [issued[0], *cand.via]
        source_range = issued[1]
    owned = en_via.platform_owner(tokens, lower, source_range) if source_range is not None else None
    if owned is not None:  # `the Telegram channel of X`: X speaks, on Telegram
        cand.via = [owned[0], *cand.via]
        source_range = owned[1]
    if source_range is not None and cand.cue and source_range[0] == cand.cue[-1][1] \
            and lower[cand.cue[-1][1] - 1] in en_via.TELL and cand.cue[0][0] > lo:
        # `Mladenov, the official leading ..., told the UN Security Council that ...`: whoever
        # comes right after `told` is its addressee (a channel or a person), never the speaker
        k = cand.cue[0][0]
        before = en_rules.source_before(tokens, lower, lo, k, lex) \
            or en_rules.source_before_clause(tokens, lower, lo, k, lex) \
            or en_apposition.name_with_apposition(tokens, lower, lo, k, lex)
        if before is not None:
            source_range = before

    relayed = en_via.relaying_agent(tokens, lower, lo, source_range, is_outlet) \
        if source_range is not None and cand.cue and source_range[1] == cand.cue[0][0] else None
    if relayed is not None:  # `A police spokesman quoted by Reuters said`: the spokesman speaks
        speaker = en_rules.source_before(tokens, lower, lo, relayed[1], lex)
        if speaker is not None:
            cand.via = [relayed[0], *cand.via]
            source_range = speaker
    if source_range is not None and cand.cue and source_range[1] == cand.cue[0][0] \
            and source_range[0] >= lo + 2 and lower[source_range[0] - 1] == "on" \
            and lower[cand.cue[0][0]].endswith("ing") \
            and " ".join(lower[source_range[0]:source_range[1]]) in en_outlets.channel_words().platform_names:
        # `Taylor Swift posted on Twitter accusing Big Machine of ...` (BBC 2019): the platform
        # is where the verb before it put the words; its subject speaks (the channel is read
        # from the sentence)
        k = source_range[0] - 2
        before = en_rules.source_before(tokens, lower, lo, k, lex) if k > lo else None
        if before is not None:
            source_range = before
    if source_range is not None and cand.cue and len(cand.content) == 1 \
            and cand.content[0][0] == cand.cue[-1][1] and lower[cand.content[0][0]] in ("citing", "quoting") \
            and source_range[1] == cand.cue[0][0] and source_range[0] - 1 > lo + 2 \
            and lower[source_range[0] - 1] == ",":
        # `..., Anadolu Agency reported quoting unnamed sources.` (TRT World 2018): the tagger
        # took the citing phrase for the content; the words are the clause before the outlet
        # (the cited party is read as the source below, `en_via.cited_party`)
        cand.content = [(lo, source_range[0] - 1)]
    quoting = _quoted_as_saying(lower, cand, source_range)
    if quoting is not None:  # `Interfax quoted a Kremlin official as saying ...`
        source_range, cand.content = quoting[0], [quoting[1]]
        cand.via = [en_via.quoting_party(tokens, lower, lo, cand.source or quoting[2]), *cand.via]
    elif (quoted := _closing_quoted_as(lower, cand, source_range, hi)) is not None:
        # `"...," the paper quoted Mr Chernin as saying.`: the quoted party speaks, the paper relays
        cand.via = [source_range, *cand.via]
        source_range = quoted
    told_in_cue = en_via.addressee_in_cue(tokens, lower, cand.cue, cand.content, hi, is_outlet)
    if told_in_cue is not None:  # `has denied to Reuters that ...`: the addressee is the channel
        cand.cue, cand.content = told_in_cue[1], told_in_cue[2]
        cand.via = [*cand.via, told_in_cue[0]]
    via: list[tuple[int, int]] = list(cand.via)
    scanned = memo.once(("channels", lo, hi),
                        lambda: en_via.scan_sentence(tokens, lower, lo, hi, is_outlet))
    sentence_cues = [r for r in memo.once(("cues",), list) if lo <= r[0] < hi]
    via += [r for r in en_via.sentence_channels(tokens, lower, lo, hi, cand.cue, cand.content,
                                                is_outlet, scanned, resolver.is_person_word,
                                                sentence_cues)
            if r not in via]
    framed_by = _according_after_frame(tokens, lower, cand, lo, hi, lex)
    if framed_by is not None and not any(v[0] < framed_by[1] and framed_by[0] < v[1] for v in via):
        via.insert(0, framed_by)  # the outer channel first
    elif cand.cue and cand.content and cand.cue[0][0] < cand.content[0][0]:
        # `X said ..., state news agency KCNA reported.`, `..., APA reported citing Daily Sabah.`
        credit = en_via.closing_credit(tokens, lower, max(b for _, b in cand.content), hi, is_outlet)
        if not credit and not in_quotation(text, tokens[cand.cue[0][0]].start):
            # the tagger ran the content over it (`..., according to the Times.`, `were
            # “useful,” the Interfax news agency reported.`): the content ends at its comma
            # (a cue inside a quotation is not the frame the credit closes: `"... Albright
            # asked ...," Conason writes in his book, according to the Times`)
            m, credit = next(((m, c) for m in range(cand.cue[-1][1], hi - 3) if lower[m] == ","
                              and (c := en_via.closing_credit(tokens, lower, m, hi, is_outlet))), (hi, []))
            if credit:
                cand.content = [(a, min(b, m)) for a, b in cand.content if a < m] or cand.content
        via[:0] = [r for r in credit if r not in via]  # the outer channel first
    elif cand.cue and cand.content and cand.content[0][0] < cand.cue[0][0] \
            and not in_quotation(text, tokens[cand.cue[0][0]].start):
        # `"...," X told a news conference in London, reported the Saudi Press Agency.`,
        # `"...," Khan said, Geo News reported.`: a comma's clause running to the sentence end
        credit = next((c for m in range(hi - 2, cand.cue[-1][1] - 1, -1) if lower[m] == ","
                       and (c := en_via.closing_credit(tokens, lower, m, hi, is_outlet))), [])
        via[:0] = [r for r in credit if r not in via]
    if source_range is not None:
        source_range = _before_medium(lower, source_range, via, cand.cue)
    if source_range is not None:  # a channel is never the source itself
        via = [v for v in via if not (v[0] < source_range[1] and source_range[0] < v[1])]
        medium = en_via.medium_in_source(tokens, lower, source_range, is_outlet)
        if medium is not None:  # `said a dispatcher on Broadcastify police scanner`
            source_range = medium[0]
            via.append(medium[1])
        account = en_via.account_in_source(tokens, lower, source_range)
        if account is not None:  # `PIB Fact Check from its official Twitter handle tweeted`
            source_range = account[0]
            via.append(account[1])
        relayer = en_via.journalist_of_source(tokens, lower, source_range)
        if relayer is not None:  # `reporter Nisan Ahmado's source inside the camp said`
            via.append(relayer)
        platform = en_via.platform_of_source(tokens, lower, source_range)
        if platform is not None:  # ... but `one Weibo commenter` spoke on Weibo
            via.append(platform)
    body = en_via.hearing_body(tokens, lower, lo, cand.cue, source_range)
    if body is not None:  # `the court heard how ...`: the court took the words, nobody named
        via.insert(0, body)
        source_range = None
    en_addressee.drop_addressee(cand, via, lower)
    via = list(dict.fromkeys(p for r in via
                             for p in en_via.channel_parts(tokens, lower, r, hi, is_outlet)))
    cand.cue = en_via.cue_without_channel(lower, cand.cue, via)
    relative = en_via.medium_before_relative(lower, lo, cand.cue)
    if relative is not None and relative not in via:  # `a live TV interview in which he accused`
        via.insert(0, relative)
    # Y reported, citing Z / according to the newspaper, which cited Z: Z is the source, the
    # outlet Y the channel, outer first.
    cited = en_via.cited_party(tokens, lower, source_range, cand.cue[-1][1] if cand.cue else None,
                               hi, is_outlet) if source_range else None
    if cited is not None and source_range is not None:
        outer = en_via.channel_parts(tokens, lower, source_range, hi, is_outlet)
        via = [*outer, *[v for v in via if v != cited]]
        source_range = cited
        # `According to the newspaper, which cited two people familiar with the matter, the
        # deal was signed`: a content opening on the citing clause starts after it
        cand.content = [(cited[1] + 1, b) if a <= cited[0] and cited[1] + 1 < b and lower[cited[1]] == ","
                        and cited[0] - a <= 3 else (a, b) for a, b in cand.content]
        cand.content = [r for r in cand.content if not (r[0] < cited[1] and cited[0] < r[1])] \
            or cand.content
    cand.content = _without_fragments(tokens, cand.content, source_range)
    cand.content = _without_distant_lead(tokens, lower, cand, source_range)
    cand.content = en_content.medial_frame_lead(tokens, lower, cand.content, cand.cue,
                                                source_range, lo)
    cand.content = en_content.without_source_description(tokens, lower, cand.content, cand.cue,
                                                         source_range)
    cand.content = en_content.after_frame_adjunct(tokens, lower, cand.content, cand.cue)
    cand.content = en_content.before_coordinated_cue(tokens, lower, cand.content, lex)
    cand.content = en_content.before_claim_comment(tokens, lower, cand.content)
    cand.content = en_content.before_contrast_clause(tokens, lower, cand.content)
    cand.content = en_content.before_other_speaker(tokens, lower, cand.content, source_range)
    cand.content = en_content.before_semicolon(tokens, lower, cand.content)
    cand.content = en_content.before_main_clause(tokens, lower, cand.content, cand.cue, lo)
    cand.content = en_content.nominal_object_before_comma(tokens, lower, cand.content, cand.cue)
    cand.content = en_content.before_closed_quote_comma(tokens, lower, cand.content)
    cand.content = en_content.through_main_clause(tokens, lower, cand.content, cand.cue, hi, lex)
    cand.content = en_content.without_earlier_sentences(tokens, cand.content, lo)
    cand.content, cand.cue = en_content.preposition_to_cue(lower, sorted(cand.content), cand.cue,
                                                           lex.time_words)
    cand.content = en_content.without_frame_day(tokens, lower, cand.content, cand.cue)
    cue = [_span(text, tokens, r) for r in sorted(cand.cue)]
    content = _merge_pieces(text, [_span(text, tokens, r) for r in sorted(cand.content)])
    if en_noncue.is_non_attribution(lower, cand.cue, cand.content, source_range is not None, lo,
                                    source_range, in_quotation(text, tokens[anchor].start)):
        return None
    source = None
    entity = None
    while source_range and source_range[1] - source_range[0] > 1 and lower[source_range[1] - 1] in (",", ";", ":", "—"):
        source_range = (source_range[0], source_range[1] - 1)
    if source_range and cand.cue and source_range[0] >= cand.cue[-1][1] \
            and lower[source_range[1] - 1] in RELATIVES and "," in lower[source_range[0]:source_range[1]]:
        # `..., said a spokesman for the coup leaders, Col. Maj. Amadou Abdramane, with the
        # exception of Mali ..., which have ...`: a source after its cue that the tagger ran on
        # to a relative pronoun is the noun phrase after the cue and the name set off after it
        after = en_rules.source_after(tokens, lower, source_range[0], hi, lex)
        if after is not None:
            end = en_rules.name_apposition(tokens, after[1] + 1, hi) \
                if after[1] < hi and lower[after[1]] == "," else None
            source_range = (after[0], end or after[1])
    if source_range:
        source_range = _relative_source(tokens, lower, source_range)
        source_range = _after_subordinator(tokens, lower, source_range)
        source_range = en_source_opening.without_sentence_adverb(lower, source_range)
        source_range = _finish_dangling(tokens, lower, source_range, hi, cand)
        source_range = _one_line(text, tokens, source_range, cand.cue)
        if cand.cue:
            source_range = en_source_tail.tidy_after_cue(tokens, lower, source_range, cand.cue[-1][1], lex)
    while source_range and source_range[1] - source_range[0] > 1 \
            and _trailing_adverb(tokens[source_range[1] - 1].text, lower[source_range[1] - 1], lex) \
            and lower[source_range[1] - 2] not in lex.determiners and lower[source_range[1] - 2] not in ("of", "for"):
        source_range = (source_range[0], source_range[1] - 1)
    if source_range is not None:
        source_range = _without_trailing_time(
            lower, source_range, lex, source_range[1] - 2 >= 0 and tokens[source_range[1] - 2].text[:1].isupper())
    if source_range is not None and en_source_opening.names_nobody(lower, source_range):
        source_range = None  # whatever repair led here, `Hence` or `Days after` names nobody
    if source_range is not None:
        named = source_range
        a0 = source_range[0]
        if source_range[1] - a0 == 1 and lower[a0].removesuffix("’s").removesuffix("'s") in ("who", "which"):
            # `a career Army officer who described ...`: the relative pronoun is the source
            # span (PolNeAR's way); its entity is the noun phrase it follows
            end = a0 - 1 if a0 > lo and lower[a0 - 1] in SET_OFF else a0
            ante = en_rules.source_before(tokens, lower, lo, end, lex) or _possessed_np(tokens, lower, lo, end)
            if ante is not None and lower[ante[0]] not in lex.pronouns:
                named = (_np_start(tokens, lower, lo, ante[0], lex), ante[1])
        elif source_range[1] - a0 == 1 and cand.cue and cand.cue[0][0] == a0 + 1 \
                and (ante := en_relative_that.antecedent(tokens, lower, lo, a0, lex)) is not None:
            named = ante  # `social media reports that said` (en_relative_that)
        elif source_range[1] - a0 > 2 and lower[source_range[1] - 1] in RELATIVES \
                and lower[a0] in ("a", "an", "the") and a0 - 1 > lo and lower[a0 - 1] == ",":
            # `..., Alberto Shiguematsu, a São Paulo resident who tweeted`: the source ends with
            # the relative after the apposition; the name before it is who it is
            person = en_rules.source_before(tokens, lower, lo, a0 - 1, lex)
            if person is not None and tokens[person[0]].text[:1].isupper() \
                    and lower[person[0]] not in lex.determiners:
                named = (person[0], source_range[1] - 1)
        source_text, words = _text(text, tokens, named), lower[named[0]:named[1]]
        end = tokens[source_range[1] - 1].end
        if source_range[1] - source_range[0] == 1 and (m := CONTRACTED.match(lower[source_range[0]])):
            end = tokens[source_range[0]].start + m.end(1)  # `He’s` -> He (not a possessive)
            if named == source_range:
                source_text, words = text[tokens[named[0]].start:end], [m.group(1)]
        if named != source_range and source_range[1] - a0 == 1 and lower[a0] in RELATIVE_SOURCES \
                and lower[a0 - 1] not in SET_OFF and restricted_description(source_text):
            entity = resolver.introduce(source_text)  # `the British playwright who wrote`
        else:
            entity = resolver.resolve(source_text, words, lex, tokens[named[0]].start)
        if named != source_range and source_range[1] - a0 == 1 and lower[a0] in RELATIVE_SOURCES \
                and named[1] in (a0, a0 - 1) \
                and (lower[a0] == "that" or not (named[0] > lo and _modifies_np(tokens, lower, named[0]))):
            # ANNOTATION.md: the source is "the exact text span naming the source"; a relative
            # pronoun names nobody, its antecedent does (`a career Army officer who described`,
            # en-ap-1 gold). PolNeAR's pronoun span is restored when scoring (`polnear_source`).
            first = named[0] + (lower[named[0]] in PREPOSITIONS or lower[named[0]] in OPENING_PREPOSITIONS)
            start, end = tokens[first].start, tokens[named[1] - 1].end  # not `Among` of `Among those who`
        else:
            start = tokens[source_range[0]].start
        source = EntitySpan.at(text, start, end, entity.id if entity else None)
    via_spans = []
    for v in via:
        if v[1] - v[0] > 1 and lower[v[0]] == "the":  # told the BBC: the channel is "BBC"
            v = (v[0] + 1, v[1])
        end = tokens[v[1] - 1].end
        if text[end - 2:end] in ("'s", "’s") and end - 2 > tokens[v[0]].start:
            end -= 2  # `MSNBC's "Morning Joe"`: the outlet without its possessive
        if any(span.start == tokens[v[0]].start and span.end == end for span in via_spans):
            continue  # two frames named one channel (`was quoted as saying by The Times of India`)
        vt = text[tokens[v[0]].start:end]
        owner = en_via.outlet_name_of(vt, outlet_named)
        outlet = outlet_named(owner) if owner else None
        if not outlet and vt.islower():
            # a medium or an audience (`statement`, `press conference`, `tweet`, `reporters`)
            # is no real-world source: the channel names no entity (like 声明 would not)
            via_spans.append(EntitySpan.at(text, tokens[v[0]].start, end))
            continue
        if outlet:
            ent = ctx.registry.add_outlet(outlet, vt)
        else:
            # `according to Sui-Lee Wee of the New York Times`: a name with its outlet after it
            # is that outlet's journalist, a person
            tail = _OUTLET_AFTER.match(text, end)
            journalist = tail is not None and en_certainty.journalist_of(vt + tail.group(0), is_outlet)
            # `told Sean Hannity`: an interviewer or host named as the channel is a person
            person = journalist or channel_person(vt, text)
            ent = ctx.registry.add("person" if person else "organization", vt)
        via_spans.append(EntitySpan.at(text, tokens[v[0]].start, end, ent.id))
    hedge_ranges = phrases.within("hedges", lo, hi)
    k = sent_of[anchor] + 1
    later = []  # `The claim could not be independently verified.` right after the claim
    if k < len(sentences):
        # the hedge is the sentence's predicate (`The claim could not be verified`, `Reuters
        # could not independently verify the accounts`), not a clause of a statement of its own
        nxt = sentences[k]
        near = [r for r in phrases.within("unconfirmed", nxt.first, nxt.last)
                if r[0] - nxt.first <= 4 and en_certainty.verification_note(lower[r[0]:r[1]])]
        if (en_certainty.refers_back(lower, nxt.first)
                or any(en_certainty.refers_back(lower, r[1]) for r in near)) \
                and not en_certainty.says_unverified(lower, [c for c in cand.content if c[0] < nxt.first]):
            # (a content run on into the note's sentence does not make the note the speaker's)
            later = near
    hedges = [Span.at(text, tokens[a].start, tokens[b - 1].end)
              for a, b in sorted({*hedge_ranges, *later})]
    certainty = _certainty(lower, lo, hi, cand, entity, source, phrases, bool(later),
                           denies=stance == "deny")
    if certainty == "asserted" and source is not None and entity is not None \
            and entity.type in ("person", "organization", "group", "government") \
            and any(en_certainty.journalist_of(alias, is_outlet) for alias in {source.text, *entity.aliases}):
        # `according to Alex Horton of the Washington Post`, `reports Wee of the Times` (and
        # `Wee` later): another outlet's reporter is the outlet reporting (README-c.md)
        certainty = "reported"
    if certainty == "reported" and entity is not None and entity.type == "outlet" \
            and en_certainty.outlet_as_party(" ".join(lower[i] for x, y in cand.cue for i in range(x, y)),
                                             " ".join(c.text for c in content), [v.text for v in via_spans]):
        # `The paper said it stands by its story`: the outlet speaks for itself, not reporting
        certainty = "asserted"
    if certainty == "asserted" and source is not None and k < len(sentences) \
            and _takes_up_source(lower, sentences[k].first, source.text) \
            and phrases.within("anonymity_phrases", sentences[k].first, sentences[k].last) \
            and not (entity is not None and entity.type in ("person", "outlet") and entity.name[:1].isupper()):
        # `..., two people in the room told The Associated Press. They ... spoke to AP on
        # condition of anonymity.`: the next sentence withholds the source's identity
        certainty = "anonymous"
    # read with the quote marks, then cut; alone, a quotation nested in single marks quotes
    kind = kind_of([quote_view(c.text) for c in content])
    refined = en_stance.refine(stance, [lower[i] for a, b in cand.cue for i in range(a, b)],
                               " ".join(c.text for c in content))
    if refined == "deny" != stance and certainty in ("disputed", "unconfirmed") \
            or refined == "ask" and certainty == "disputed":
        # A denial read from the content (`there was no collusion`) is asserted like one read
        # from the cue: the denial words beside it deny the same claim, they do not dispute it;
        # its own `no evidence` (`the allegations were simply false and the newspaper provided
        # no evidence`, enH-ewn-1) qualifies the denied claim, not the denial.
        # A question, like a denial, states no claim of its own: the denial words of its
        # sentence answer what it asks about (`"That is completely untrue," ... said ... when
        # asked whether the recent media report is true`, enP-koreaherald-1), they do not
        # dispute the asking (ANNOTATION.md: `disputed` "when the text reports it being
        # denied"; no question of the open en-news gold is disputed: 19 rows, 11 anonymous, 8
        # asserted). Only the refined stance: `asked their governments to help` is a request
        # (urge), whose hedge (`it's impossible to know whether`, en-nypost-1) still counts.
        certainty = _certainty(lower, lo, hi, cand, entity, source, phrases, bool(later), denies=True)
    stance = refined
    content = [contract_edges(text, c) for c in content]
    if content:
        content[-1] = without_closing_stop(text, content[-1])
    return Attribution(
        id=f"t{n}", source=source, cue=cue, content=content, kind=kind, via=via_spans,
        stance=stance, certainty=certainty, hedges=hedges, evidence=cand.evidence,
    )


def without_closing_stop(text: str, span: Span) -> Span:
    """The last content part of an attribution without the full stop of a quotation that runs
    to the end of its paragraph with no closing mark (`said: “... going again.` + new line).
    `contract_edges` keeps that stop, as a paragraph continued by the same speaker has it
    (en-bbc-1); on the attribution's last part nothing continues, so the stop closes the frame:
    "Content never ends with the frame's full stop (the checker)" (evaldata/en-news/README-c.md,
    `check_gold.py`)."""
    start, end = span.start, span.end
    if end - start > 1 and text[end - 1] == "." and text[end:end + 1] in ("\n", "") \
            and text[start - 1:start] in ("“", '"') and text[end - 2:end] != ".." \
            and not any(mark in span.text for mark in ("”", '"')):
        return Span.at(text, start, end - 1)
    return span


def _modifies_np(tokens: list[Token], lower: list[str], k: int) -> bool:
    """Whether the word before token `k` shows the noun phrase from `k` on is only part of a
    larger one: the object of a preposition (`nervous Democrats on Capitol Hill who`, `a tech
    staffer at the State Department who`), a word of the phrase left out (`a well-connected
    source who`, `the State Department who`), or a coordination (`Democrats and Republicans,
    who`); a past verb before it takes it as a whole object (`thanked the officers who`)."""
    prev = lower[k - 1]
    if prev in PREPOSITIONS:  # after a verb's preposition the phrase is whole (`apologized to`)
        return not (k >= 2 and lower[k - 2].endswith("ed"))
    if prev in ("and", "or", "around"):
        return True
    return prev.replace("-", "").isalpha() and prev not in ("including", "as") \
        and not (prev.endswith("ed") and tokens[k - 1].text[:1].islower() and "-" not in prev
                 and not (k >= 2 and lower[k - 2] in ("-", "‐")))


def _trim_piece(text: str, span: Span) -> Span:
    """Content without the clause punctuation around it (PolNeAR leaves a final comma
    outside indirect content; a quote keeps the punctuation inside its marks)."""
    start, end = span.start, span.end
    while end - start > 1 and text[end - 1] in ",;:—– ":
        end -= 1
    while end - start > 1 and text[start] in ",;:—– ":
        start += 1
    return Span.at(text, start, end)


def _merge_pieces(text: str, pieces: list[Span]) -> list[Span]:
    """Content parts separated only by white space are one part (a tagger restarting a span)."""
    merged: list[Span] = []
    for p in map(lambda piece: _trim_piece(text, piece), pieces):
        if merged and not text[merged[-1].end:p.start].strip():
            merged[-1] = Span.at(text, merged[-1].start, p.end)
        else:
            merged.append(p)
    return merged


# Marks a content part never starts or ends with under the contract (`spec/analysis-json.md`:
# quote marks excluded), and the frame's punctuation (`"X," he said.` -> `X`).
EDGE_QUOTES = frozenset('"“”‘’«»')
FRAME_PUNCT = frozenset(",.;:")


def contract_edges(text: str, span: Span) -> Span:
    """A content part without the quotation marks around it, without the comma or full stop
    that closes the frame (`"We will never accept this," said Peskov` -> `We will never accept
    this`) and without a leading complementiser `that`, as the contract, the en-news gold and the
    Chinese extractor have it (an opening mark goes even when it closes inside the part; a mark
    closing inside stays: `baseless” claims by ...`); PolNeAR spans keep them, and the
    scorer widens predictions back for PolNeAR gold (`sayso.eval.score.polnear_content`). A `?`
    or `!` is the speaker's and stays; an apostrophe ending a word (`the Joneses’`) stays unless a
    single quote opened the part."""
    start, end = span.start, span.end
    single_open = text[start] in "‘'" and text[start:start + 2] != "''"
    stop = end + 1 if text[end:end + 1] == "." else end  # the full stop, inside the span or not
    if text[start] in "“\"" and text[stop - 1] == "." and text[stop:stop + 1] in ("\n", "") \
            and "”" not in (inner := text[start + 1:stop]) and '"' not in inner:
        # a quotation running on into the next paragraph keeps its full stop: no closing mark
        # follows, so the stop is the speaker's, not the frame's
        return Span.at(text, start + 1, stop)
    end = _quotation_end(text, start, end)
    while end - start > 1:
        if text[end - 2:end] in ("''", "``"):
            end -= 2
            continue
        ch = text[end - 1]
        if ch.isspace() or ch in FRAME_PUNCT or ch in EDGE_QUOTES and ch not in "’'" \
                or ch in "’'" and (single_open or not text[end - 2].isalpha()):
            end -= 1
        else:
            break
    if text[start:start + 5] == "that " and end - start > 5:
        start += 5  # `said that X`: the complementiser is the frame's (evaldata/en-news/README.md)
    while end - start > 1:
        # a mark opening the part goes even when it closes inside (`“baseless” claims by the
        # Indian media that ...` -> `baseless” claims ...`): no en-news gold content part starts
        # with a mark (0 of 2,644 on the open pool), and the scorer puts it back for PolNeAR
        if text[start:start + 2] in ("''", "``"):
            start += 2
        elif text[start] in EDGE_QUOTES or text[start] in "'" or text[start].isspace():
            start += 1
        else:
            break
    return Span.at(text, start, end) if end > start else span


# Fewer words than this before a closing `,"` make a quoted term (`"birtherism," the notion`,
# `'Hope,' help for Afghan women`: PolNeAR train), not a quotation that a frame follows.
_QUOTED_SENTENCE_WORDS = 4
# A word after the closing mark that joins more of what was said to the quotation (en-news
# enI-radiofarda-1: `... honesty," and that there will be no negotiation`).
_CONTENT_GOES_ON = frozenset({"and", "but", "or", "nor"})


def _quotation_end(text: str, start: int, end: int) -> int:
    """The end of a content part that opens a quotation (`"X` or right after `"`) and runs on
    past the quotation's closing mark into unquoted words: the closing mark, when the quotation
    ends there on its own punctuation (`"... the only thing I want." Thanou`, `"... in
    dividends," Mr Faraj continued`); else `end`. A mark closing on a word (`"extraordinary
    circumstances" may not include ...`), a quoted term of fewer than four words (`"birtherism,"
    the notion that ...`) or one followed by a further quotation is left alone."""
    if text[start:start + 1] in ('"', "“"):
        inner = start + 1
    elif start > 0 and text[start - 1] in ('"', "“"):
        inner = start
    else:
        return end
    close = next((i for i in range(inner, end) if text[i] in ('"', "”")), None)
    if close is None or text[close - 1] not in ",.?!" or not text[close + 1:close + 2].isspace():
        return end
    rest = text[close + 1:end]
    if any(mark in rest for mark in ('"', "“", "”")) or not any(ch.isalnum() for ch in rest):
        return end
    if rest.split()[0].lower() in _CONTENT_GOES_ON:
        return end  # `"The United States lacks honesty," and that there will be no ...`
    if len(text[inner:close].split()) < _QUOTED_SENTENCE_WORDS:
        return end  # a quoted term, US style (`"birtherism," the notion that ...`), not speech
    return close + 1


def _tail_source(tokens, lower, cand: Candidate, lex: Lexicon) -> None:
    """`"...," says Paul Rieckhoff, founder and CEO of ...`: a content piece right after a cue
    that follows a quotation or a comma is the speaker the tagger took for more content; it
    becomes the source when it reads as a noun phrase (names, determiners, descriptions), or
    when it is a short determiner phrase closing the sentence (`," said the ruling.`)."""
    if len(cand.content) < 2 or not cand.cue:
        return
    a, b = cand.cue[0][0], cand.cue[-1][1]
    tail = next((r for r in cand.content if r[0] == b), None)
    if tail is None or a == 0 or tokens[a - 1].text not in QUOTES and lower[a - 1] != ",":
        return
    if en_rules.source_after(tokens, lower, b, tail[1], lex) is None and not (
            tail[1] - b <= 3 and lower[b] in lex.determiners
            and (tail[1] == len(tokens) or tokens[tail[1]].text == ".")):
        return
    cand.source = tail
    cand.content = [r for r in cand.content if r != tail]


def _source_after_content(lower: list[str], source: tuple[int, int] | None,
                          content: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A tagged source that starts inside the content and runs past it keeps only its part after
    the content (`Large projects such as the Belgrade-Budapest Railway, which links Serbia and
    Hungary, benefit people in both countries, Mao added.`, enF-ecns-1: the tagger ran the source
    from `which` to `Mao`): ANNOTATION.md's source names the speaker, the content is the words,
    and no span is both."""
    if source is None:
        return None
    inner = [r for r in content if r[0] <= source[0] < r[1]]
    if not inner or inner[-1][1] >= source[1]:
        return source
    start = inner[-1][1]
    while start < source[1] and lower[start] in (",", ";", ":", "—", "--", "-"):
        start += 1
    return (start, source[1]) if start < source[1] else source


def fold_restrictive_clauses(found: list[Candidate], lower: list[str], lex: Lexicon) -> list[Candidate]:
    """`according to county officials who spoke about the project.` (enD-kgo-1): a `spoke
    about/of` frame whose source is a bare `who`/`that` glued (no comma) to the source that
    trails another frame's cue is a restrictive relative clause saying which officials: it
    belongs to that source, it is no attribution of its own (Quirk et al. 1985, 17.9; PolNeAR
    train agrees: `according to a senior administration official who spoke on the condition of
    anonymity` has no gold row). The frame is dropped and the trailing source takes the relative
    pronoun, so that `_relative_clause_source` runs it to the clause end. Only the subject-matter
    cue `speak of`: a relative clause that reports a statement (`..., said Lionel Sosa, ... who
    said he would not vote for Mr. Cruz`, PolNeAR train) is an attribution of its own."""
    trailing = {c.source[1]: c for c in found
                if c.source is not None and c.cue and c.cue[0][1] <= c.source[0]}
    out = []
    for cand in found:
        src = cand.source
        topic = bool(cand.cue) and (m := lex.match_cue(lower, cand.cue[0][0])) is not None \
            and m[1].lemma == "speak of"
        owner = trailing.get(src[0]) if topic and src is not None and src[1] - src[0] == 1 \
            and lower[src[0]] in ("who", "that") else None
        if owner is None or owner is cand:
            out.append(cand)
            continue
        owner.source = (owner.source[0], src[1])
    return out


def _relative_clause_source(tokens: list[Token], lower: list[str], cues: list[tuple[int, int]],
                            source: tuple[int, int], content: list[tuple[int, int]], lo: int,
                            hi: int, lex: Lexicon) -> tuple[tuple[int, int], list[tuple[int, int]]]:
    """(source, cues) with a restrictive relative clause that ends a source kept in it.

    The tagger cuts a subject such as `The staff member who reported the call recalled` after
    its relative pronoun, and runs the clause into the cue (`reported the call recalled`), or
    leaves it out after a trailing source (`according to county officials who spoke about the
    project.`). The clause belongs to the noun phrase (it says which staff member; Quirk et al.
    1985, 17.9), so the source runs to the speech verb closing the cue, or to the clause end.
    A bare `who` (`The logger who stayed back claimed`) takes its antecedent too."""
    s0, s1 = source
    if lower[s1 - 1] not in ("who", "that") or len(cues) != 1:
        return source, cues
    c0, c1 = cues[0]
    start = s0
    if s1 - s0 == 1:
        antecedent = en_rules.source_before(tokens, lower, lo, s0, lex) \
            or en_rules.determined_np(tokens, lower, lo, s0, lex)
        if antecedent is None or antecedent[1] != s0 or lower[antecedent[0]] in lex.pronouns:
            return source, cues
        start = antecedent[0]
    if c0 == s1 and c1 - c0 > 1:
        # the speech verb closing the run-on cue: `recalled` of `reported the call recalled`
        verb = next((j for j in range(c0 + 1, c1) if (m := lex.match_cue(lower, j)) is not None
                     and j + m[0] == c1 and m[1].core and m[1].pos == "verb"), None)
        if verb is None or any(t.text in QUOTES or t.text == "," for t in tokens[c0:verb]) \
                or lower[verb - 1] in ("to", "by") \
                or all(w in en_rules.AUXILIARIES or w in PRE_VERB or w.endswith("ly")
                       for w in lower[c0:verb]):
            return source, cues  # `who have been arguing`, `who often argued`: all the cue's
        return (start, verb), [(verb, c1)]
    if s0 >= c1 and s1 - s0 > 1 and "," not in lower[s0:s1]:
        # only a restrictive clause (no comma): `Kerlikowske, the commissioner, who conceded
        # ...` adds to a named source (PolNeAR's spans stop before it), `officials who spoke
        # about the project` says which officials
        end = s1
        while end < hi and end - s1 < 12 and (tokens[end].text[:1].isalnum()
                                               or tokens[end].text == "." and lower[end - 1] in TITLE_STOPS) \
                and not any(r[0] <= end < r[1] for r in content):
            end += 1  # `who echoed Mr. Ryan`: the stop of a title ends no clause
        if end > s1 + 1 and (end >= hi or lower[end] in (".", ",", ";", ":", "?", "!")):
            return (s0, end), cues
    return source, cues


# Participles of a passive frame whose subject does the -ing act after `of`/`for` (`has been
# accused of telling`, `was known for telling`): the verbs of blame and repute.
FRAME_PARTICIPLES = frozenset({"accused", "known", "criticised", "criticized", "blamed", "praised",
                               "condemned", "famous", "noted", "faulted", "slammed", "attacked"})


def _passive_frame_subject(tokens, lower, lo: int, a: int, lex: Lexicon) -> tuple[int, int] | None:
    """`Boris Johnson has been accused of telling aides he would rather let coronavirus "rip"`
    (G tune gold `enG-neweuropean-1`), `Sondland was known for telling others "he was in charge
    of Ukraine"` (A-D tune `en-ap-1`): the -ing cue after `of`/`for` and a passive participle
    of blame or repute is the act of the passive's subject, who is the speaker of what is told
    (ANNOTATION.md: the source is who says it; the accuser is not named)."""
    if a - 3 < lo or not lower[a].endswith("ing") or lower[a - 1] not in ("of", "for") \
            or lower[a - 2] not in FRAME_PARTICIPLES:
        return None
    k = a - 2
    while k - 1 > lo and (lower[k - 1] in lex.passive_be or lower[k - 1] in ("has", "have", "had")
                          or lower[k - 1].endswith("ly") and tokens[k - 1].text[:1].islower()):
        k -= 1
    if k == a - 2 or lower[k] in ("has", "have", "had") and lower[k + 1] != "been":
        return None  # no `be` before the participle: an active verb (`accused Trump of saying`)
    if not any(lower[i] in lex.passive_be for i in range(k, a - 2)):
        return None
    subject = en_rules.source_before(tokens, lower, lo, k, lex)
    if subject is None or lower[subject[0]] in lex.pronouns and subject[1] - subject[0] == 1 \
            and lower[subject[0]] == "it":
        return None
    return subject


def _opening_conjunct(tokens, lower, lo: int, source: tuple[int, int], lex: Lexicon) -> tuple[int, int]:
    """`The Presidency and the SABC have rubbished ...`: a subject found right before the cue
    that is the second of two noun phrases joined by `and`, the first opening the sentence, is
    the pair: the en-news gold gives coordinated speakers one source span (A-D tune
    `en-albawaba-1` "Egypt and Jordan", C tune `enC-detroitnews-1`, O tune `enO-timeslive-1`). Only from the sentence's first word, so that an object
    before `and` (`met the minister and officials said`) is never taken in."""
    j = source[0] - 1
    if j <= lo or lower[j] != "and":
        return source
    first = en_rules.source_before(tokens, lower, lo, j, lex)
    if first is None or first[0] != lo or lower[first[0]] in lex.pronouns:
        return source
    return (first[0], source[1])


def _source_near_cue(tokens, lower, cand: Candidate, lo: int, hi: int,
                     lex: Lexicon) -> tuple[int, int] | None:
    """A source the tagger left out: the noun phrase right before the cue (X said), right
    after it when the cue follows the content ("...," said X), or the sentence subject of a
    participial cue (X spoke to ..., promising ...)."""
    inside = {i for r in cand.content for i in range(*r)}
    a, b = cand.cue[0][0], cand.cue[-1][1]
    if (subject := _passive_frame_subject(tokens, lower, lo, a, lex)) is not None \
            and not any(i in inside for i in range(*subject)):
        return subject
    if a - 1 > lo and en_relative_that.antecedent(tokens, lower, lo, a - 1, lex) is not None \
            and a - 1 not in inside:
        return (a - 1, a)  # `rumors that said`: the relative pronoun, its antecedent the speaker
    before = en_rules.source_before(tokens, lower, lo, a, lex) \
        or en_rules.source_before_clause(tokens, lower, lo, a, lex) \
        or en_rules.description_then_name(tokens, lower, lo, a, lex)
    if before and all(lower[i] in lex.time_words for i in range(*before)):
        before = None  # `Kato in a briefing on Tuesday said`: a date, the subject is further back
    if before and lower[a].endswith("ing") and before[0] - 2 > lo \
            and lower[before[0] - 1] in SETTING_PREPOSITIONS and lower[a] not in lex.participle_not_cues \
            and (lower[before[0] - 2].endswith("ed") or lex.match_cue(lower, before[0] - 2) is not None):
        # `Taylor Swift posted on Twitter accusing Big Machine of ...`: the noun phrase before
        # an -ing cue is the object of a setting preposition after the verb (a platform, a
        # place), not the participle's subject; that is the subject of the sentence's clause
        # (after a noun the -ing phrase modifies it: `an agent in Benin claiming ties`)
        subject = en_rules.clause_subject(tokens, lower, lo, before[0] - 1, lex)
        if subject and not any(i in inside for i in range(*subject)):
            return subject
    if before and before[0] - 1 > lo and lower[before[0] - 1] in en_modified_subject.MODIFIER_PREPOSITIONS:
        # `The trust spending ... on a ... line in South Dade refused`: a name after a
        # preposition ends the subject's modifier; the subject is the whole noun phrase
        k = a
        while k > lo and lower[k - 1] in PRE_VERB:
            k -= 1
        subject = en_modified_subject.modified_subject(tokens, lower, lo, k, lex)
        if subject and not any(i in inside for i in range(*subject)):
            return subject
    if before and not any(i in inside for i in range(*before)):
        return before
    if a - 3 >= lo and lower[a - 1] == "," and lower[a - 3] == "," and lower[a - 2].isalpha() \
            and tokens[a - 2].text[:1].islower():
        # `Jacob Rees-Mogg, meanwhile, told Channel 4's Andrew Neil Show: "..."`: the subject
        # is before the adverb set off by commas, not the channel after the cue
        before = en_rules.source_before(tokens, lower, lo, a - 3, lex)
        if before and not any(i in inside for i in range(*before)):
            return before
    if a > lo and (lower[a - 1] in (",", "”", '"', "''") or (a - 1) in inside) \
            and any(r[1] <= a for r in cand.content):  # `"...," said X`: the content first
        after = en_rules.source_after(tokens, lower, b, hi, lex)
        if after and not any(i in inside for i in range(*after)):
            return after
    if a - 2 > lo and lower[a - 1] == "," and lower[a].endswith("ing"):
        # `..., said Peskov, calling the idea "absurd"`: the speaker just named
        named = en_rules.source_before(tokens, lower, lo, a - 1, lex)
        if named and named[0] - 1 >= lo and (m := lex.match_cue(lower, named[0] - 1)) is not None \
                and m[1].core and not any(i in inside for i in range(*named)):
            return named
        if named and named[0] - 3 >= lo and lower[named[0] - 1] == "by" \
                and lower[named[0] - 2].endswith("ed") and lower[named[0] - 3] in lex.passive_be \
                and not any(i in inside for i in range(*named)):
            # `A photo of the meeting was denied by Andrew, hinting that it was a fake`: the
            # agent of the passive clause does the -ing (not after a reduced relative: `the
            # town hall hosted by CNN, predicting` is Sanders's)
            return named
    subject = en_rules.participle_subject(tokens, lower, lo, a, lex) if a > lo \
        else en_rules.fronted_participle_subject(tokens, lower, a, hi, lex)
    if subject is None and a > lo and (clause := en_rules.participle_clause(tokens, lower, lo, a, lex)) \
            and (verb := en_modified_subject.main_verb(tokens, lower, *clause)) is not None:
        # `A family in Kerala's Ernakulam district has levelled allegations ..., saying`
        subject = en_modified_subject.modified_subject(tokens, lower, clause[0], verb, lex)
    if subject and not any(i in inside for i in range(*subject)):
        return subject
    near = en_rules.apposition_before(tokens, lower, lo, a, lex) \
        or en_apposition.opening_name_apposition(tokens, lower, lo, a, lex) \
        or en_modified_subject.apposition_subject(tokens, lower, lo, a, lex) \
        or en_apposition.relative_clause_subject(tokens, lower, lo, a, lex) \
        or en_apposition.restrictive_relative_subject(tokens, lower, lo, a, lex)
    if near and not any(i in inside for i in range(*near)):
        return near
    k = a
    while k > lo and a - k < 6:
        if lower[k - 1] in PRE_VERB or lower[k - 1].endswith("ly") and tokens[k - 1].text[:1].islower():
            k -= 1
        elif k - 2 >= lo and lower[k - 1] in lex.time_words and lower[k - 2] in TIME_LEADS:
            k -= 2  # `The European Union's top court last week ruled`
        elif k - 3 >= lo and lower[k - 1] == "," and lower[k - 3] == "," \
                and (tokens[k - 2].text[:1].islower() or tokens[k - 2].text.isdigit()):
            # `Recent governments have, however, recognized`; an age in apposition (`Ren, 74,
            # said`: CNN 2019), the news convention for a person's age
            k -= 3
        elif lower[k - 1] == "," and (j := _setting_opening(tokens, lower, lo, k - 1)) is not None:
            k = j  # `The Labour leader, in an interview with Robert Peston, repeatedly criticised`
        elif lower[k - 1] in ("earlier", "separately", "meanwhile") and k - 1 > lo:
            k -= 1  # `The Sankei Shimbun earlier on Tuesday quoted` (KBS 2021)
        elif (j := _bare_setting(tokens, lower, lo, k)) is not None:
            k = j  # `Kato in a briefing on Tuesday said` (KBS 2021): no commas in wire copy
        elif lower[k - 1] in DASHES and (j := _dash_opening(lower, lo, k - 1)) is not None:
            k = j  # `Andy Beshear — whose father ... implemented the Act — promised`
        else:
            break
    if k < a:  # `Gingrich cynically dismissed`
        before = en_rules.source_before(tokens, lower, lo, k, lex)
        if before and not any(i in inside for i in range(*before)):
            return before
    before = en_rules.determined_np(tokens, lower, lo, k, lex)  # `Scott's family has called on`
    if before and not any(i in inside for i in range(*before)):
        return before
    modified = _participle_modified_np(tokens, lower, lo, k, lex) \
        or en_modified_subject.modified_subject(tokens, lower, lo, k, lex)
    if modified and not any(i in inside for i in range(*modified)):
        return modified
    if k > lo + 1 and lower[k - 1] in ("and", "but"):
        # `Scott beamed and asked the crowd ...`: the second verb shares the first one's subject,
        # that of its own clause (`China said ..., while the city's police deny ... and say`)
        end = k - 1 if lower[k - 2] != "," else k - 2
        opener = next((j for j in range(end - 1, lo, -1) if lower[j] in CLAUSE_BREAKS), None)
        subject = en_rules.clause_subject(tokens, lower, opener + 1, end, lex) if opener is not None \
            else en_rules.clause_subject(tokens, lower, lo, end, lex)
        if subject and not any(i in inside for i in range(*subject)):
            return subject
    return None


# Words before a time word in a date phrase between a subject and its verb.
TIME_LEADS = frozenset({"last", "this", "next", "on", "early", "late", "earlier", "later"})
# Words that open a clause with a subject of its own inside a sentence.
CLAUSE_BREAKS = frozenset({"while", "whereas", "although", "though", "because", "but", ";"})
PRE_VERB = en_rules.PRE_VERB


RELATIVES = frozenset({"who", "which", "whom"})
# Relative pronouns a source span may be, whose antecedent names the speaker (`that` only right
# before its cue: en_relative_that).
RELATIVE_SOURCES = RELATIVES | {"that"}
# Prepositions of a setting set off before the verb (`, in an interview with X,`, `, via USA
# Today,`).
SETTING_PREPOSITIONS = frozenset({"in", "during", "at", "on", "via"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})
DASHES = frozenset({"--", "-", "—", "–"})
SET_OFF = DASHES | {","}  # marks that set off an apposition or a relative clause


def _dash_opening(lower: list[str], lo: int, close: int) -> int | None:
    """The dash that opens the parenthetical closed by the dash at `close` (`Andy Beshear —
    whose father ... — promised`), within the sentence and with words between; None without
    one."""
    for j in range(close - 2, lo, -1):
        if lower[j] in DASHES:
            return j
        if lower[j] in (";", ":") or lower[j] in ('"', "“", "”"):
            return None
    return None


def _participle_modified_np(tokens: list[Token], lower: list[str], lo: int, k: int,
                            lex: Lexicon) -> tuple[int, int] | None:
    """A subject noun phrase with a participle clause after its head, ending right before the
    verb at `k` (`The doctors offering to operate the flu vaccination clinic noted`, PolNeAR's
    `a federal judge handling a Freedom of Information Act lawsuit`): the determined phrase at
    the start of the sentence, its -ing participle, and no comma, quotation or verb cue
    between; the whole phrase is the source, as PolNeAR annotates it."""
    for j in range(lo + 2, min(k, lo + 6)):
        word = lower[j]
        if not (word.endswith("ing") and len(word) > 5 and tokens[j].text[:1].islower()):
            continue
        head = en_rules.determined_np(tokens, lower, lo, j, lex)
        if head is None or head[0] != lo or lex.match_cue(lower, j) is not None:
            return None
        if any(lower[i] in (",", ";", ":", '"', "“", "”") or lower[i] in DASHES for i in range(j, k)):
            return None
        return (lo, k)
    return None


def _bare_setting(tokens: list[Token], lower: list[str], lo: int, k: int) -> int | None:
    """Where a setting phrase ending at `k` starts when no comma sets it off (`Kato in a
    briefing on Tuesday said`, `Kim later in the day told`): a setting preposition and a
    determiner, then lower-case words, a time word or a weekday, right after a capitalised word
    (the subject's last word). At most eight tokens; else None."""
    for j in range(k - 2, max(lo, k - 9), -1):
        if lower[j] in SETTING_PREPOSITIONS and lower[j + 1] in ("a", "an", "the", "his", "her", "its", "their") \
                and j > lo and tokens[j - 1].text[:1].isupper() and tokens[j - 1].text.isalpha() \
                and all(tokens[m].text.isalpha() and (tokens[m].text.islower() or lower[m] in WEEKDAYS)
                        for m in range(j + 2, k)):
            return j
        if not tokens[j].text.isalpha():
            return None
    return None


def _setting_opening(tokens: list[Token], lower: list[str], lo: int, comma: int) -> int | None:
    """The comma that opens a setting phrase closed by the comma at `comma` (`, in an interview
    with Robert Peston,`, `, during a visit to Kyiv,`): the phrase tells where the words were
    said, so the subject stands before it (at most 12 tokens, no quotation inside)."""
    for j in range(comma - 2, max(lo, comma - 13) - 1, -1):
        if tokens[j].text in en_rules.QUOTE_TOKENS:
            return None
        if lower[j] == ",":
            return j if (lower[j + 1] in SETTING_PREPOSITIONS or lower[j + 1] == "through") and j > lo else None
    return None


def _comma_before_verb(lower: list[str], start: int, cue: int) -> bool:
    """Whether a comma or a dash closes the phrase between `start` and the cue at `cue`, right
    before the cue's auxiliaries and adverbs (`..., has repeatedly avoided`, `- previously
    revealed`)."""
    k = cue
    while k > start and (lower[k - 1] in PRE_VERB or lower[k - 1] in en_rules.AUXILIARIES
                         or lower[k - 1].endswith("ly")):
        k -= 1
    return k > start and lower[k - 1] in SET_OFF


def _relative_source(tokens: list[Token], lower: list[str], r: tuple[int, int]) -> tuple[int, int]:
    """PolNeAR marks a relative pronoun as the source of its clause (`McConnell, ..., who in
    2010 said`; `the study -- which notes`): a source ending in one after a dash starts after
    the dash, and one opening with it ends with it unless a name follows (`which Apple's chief
    executive, Tim Cook, called`: the pronoun is the object there)."""
    a, b = r
    if lower[a] in RELATIVES and b - a > 1 and not tokens[a + 1].text[:1].isupper():
        return (a, a + 1)
    if lower[b - 1] in RELATIVES:
        dash = next((k for k in range(b - 2, a - 1, -1) if lower[k] in DASHES or lower[k] == ","), None)
        if dash is not None:
            return (dash + 1, b)
    return r


def _without_distant_lead(tokens: list[Token], lower: list[str], cand: Candidate,
                          source: tuple[int, int] | None) -> list[tuple[int, int]]:
    """`Trump has record low support from black voters, ... telling them that their lives are
    as terrible as can be`: an unquoted part before the cue, separated from it by more than its
    source and commas, is narration the tagger swept in when the claim follows the cue (a
    claim split around its frame, `The economy, he said, is strong`, stays whole)."""
    if len(cand.content) < 2 or not cand.cue:
        return cand.content
    a, b = cand.cue[0][0], cand.cue[-1][1]
    after = [r for r in cand.content if r[0] >= b]
    if not after:
        return cand.content
    quoted = any(t.text in QUOTES for r in cand.content for t in tokens[r[0]:r[1]])
    lex = lexicon()
    kept = []
    for r in cand.content:
        if r[1] <= a:
            gap = [i for i in range(r[1], a) if lower[i] != ","
                   and not (source is not None and source[0] <= i < source[1])]
            # quoted: only when another reporting verb frames the earlier part (`"A," Blige
            # sings to Clinton before asking her, "B"`)
            other_cue = any((m := lex.match_cue(lower, i)) is not None and m[1].pos == "verb" for i in gap)
            if len(gap) > 2 and (not quoted or other_cue):
                continue
        kept.append(r)
    return kept or cand.content


def _own_paragraph(tokens: list[Token], sentences: list[Sentence],
                   found: list[Candidate]) -> list[Candidate]:
    """`..., Xu added.` then a new paragraph `A Chinese foreign ministry spokesperson ...
    refuted ...`: a tagged content piece in a later paragraph than its cue, not opening with a
    quote mark (a quotation running on, see `_continue_quotes`), belongs to someone else; a
    candidate left without content goes, so that the patterns may read its cue."""
    para_of: dict[int, int] = {}
    para_end: dict[int, int] = {}
    for s in sentences:
        for i in range(s.first, s.last):
            para_of[i] = s.paragraph
        para_end[s.paragraph] = s.last
    kept = []
    for cand in found:
        if cand.cue and cand.cue[0][0] in para_of:
            a, b = cand.cue[0][0], cand.cue[-1][1]
            para = para_of[a]
            # only after a frame that closes its paragraph (`, Xu added.`): `He said:` and a
            # quotation in the next paragraph stay together
            closing = para_end[para] - b <= 5 and any(tokens[k].text == "," for k in range(max(0, a - 6), a))
            if closing:
                cand.content = [r for r in cand.content if para_of.get(r[0], para) <= para
                                or tokens[r[0]].text in QUOTES
                                or r[0] > 0 and tokens[r[0] - 1].text in QUOTES]
        if cand.content:
            kept.append(cand)
    return kept


def _possessed_np(tokens: list[Token], lower: list[str], lo: int, end: int) -> tuple[int, int] | None:
    """`Niger's military junta, which says ...`: a possessive name or `the` and at most three
    lower-case words right before `end`, the antecedent of a relative pronoun that
    `source_before` (names and source words only) does not read."""
    k = end
    while k > lo and end - k < 3 and lower[k - 1].isalpha() and tokens[k - 1].text[:1].islower() \
            and lower[k - 1] not in en_rules.ARTICLES and lower[k - 1] not in en_rules.AUXILIARIES \
            and lower[k - 1] not in en_rules.STOP_BEFORE_SOURCE and lower[k - 1] not in DANGLING:
        k -= 1
    if k == end or k <= lo:
        return None
    if lower[k - 1] == "the" or lower[k - 1].endswith(("’s", "'s")) and tokens[k - 1].text[:1].isupper():
        return (k - 1, end)
    return None


def _np_start(tokens: list[Token], lower: list[str], lo: int, start: int, lex: Lexicon) -> int:
    """The start of the noun phrase whose head begins at `start`, over at most three lower-case
    modifiers and an article (`a career Army officer`, `a retired judge`); `start` when no
    article opens it."""
    k = start
    while k > lo and start - k < 3 and lower[k - 1].isalpha() and tokens[k - 1].text[:1].islower() \
            and lower[k - 1] not in en_rules.ARTICLES and lower[k - 1] not in en_rules.AUXILIARIES \
            and lower[k - 1] not in en_rules.STOP_BEFORE_SOURCE and lower[k - 1] not in PREPOSITIONS \
            and lex.match_cue(lower, k - 1) is None:
        k -= 1  # not over a preposition: `a lawsuit with ZeniMax Media, which` is ZeniMax's
    return k - 1 if k > lo and lower[k - 1] in en_rules.ARTICLES else start


def _without_fragments(tokens: list[Token], content: list[tuple[int, int]],
                       source: tuple[int, int] | None) -> list[tuple[int, int]]:
    """Content parts of at most three words without a quotation mark (`criticism`, `that`,
    `Donald Trump`), or overlapping the source, beside a longer part: pieces a tagger restarts
    on, not the claim (gold contents of several parts are quotations split by their frame)."""
    if len(content) < 2:
        return content

    def fragment(r: tuple[int, int]) -> bool:
        if source is not None and r[0] < source[1] and source[0] < r[1]:
            return True
        words = [t for t in tokens[r[0]:r[1]] if t.text[:1].isalnum()]
        return len(words) <= 2 and not any(t.text in QUOTES for t in tokens[r[0]:r[1]])

    kept = [r for r in content if not fragment(r)]
    return kept or content




def _after_subordinator(tokens: list[Token], lower: list[str], r: tuple[int, int]) -> tuple[int, int]:
    """`Kevin was drifting off again, and as Trump went on about ...`: a source holding a
    subordinate clause's opener is only the noun phrase after it (a name or pronoun); an opener
    the source starts with is cut too (`After campaign aides`, `that Mayor Bill de Blasio`)."""
    a, b = r
    for k in range(b - 2, a, -1):
        if lower[k] in SUBORDINATORS and (tokens[k + 1].text[:1].isupper() or lower[k + 1] in PRONOUN_SUBJECTS):
            return (k + 1, b)
    if b - a > 1 and (lower[a] in SUBORDINATORS or lower[a] in ("that", "how", "why", "whether")):
        return (a + 1, b)  # `After campaign aides`, `that Mayor Bill de Blasio`, `how experts`
    return r


PRONOUN_SUBJECTS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
DANGLING = frozenset({"of", "at", "for", "with", "in", "from", "to", "on", "over", "about", "against"})


def _finish_dangling(tokens: list[Token], lower: list[str], r: tuple[int, int], hi: int,
                     cand: Candidate) -> tuple[int, int]:
    """`David Gorski, an associate professor of`: a source cut after a preposition runs on to
    the next comma or the sentence end (never into the content or the cue)."""
    a, b = r
    if b >= hi or lower[b - 1] not in DANGLING:
        return r
    stop = min([x[0] for x in (*cand.cue, *cand.content) if x[0] >= b] + [hi])
    k = b
    while k < stop and tokens[k].text not in (",", ".", ";", ":") and tokens[k].text not in QUOTES:
        k += 1
    return (a, k) if k > b else r


def _one_line(text: str, tokens: list[Token], r: tuple[int, int],
              cue: list[tuple[int, int]]) -> tuple[int, int]:
    """A source never runs over a line break (`Kenya\nHe said`: a heading glued to the body,
    issue #15): the part on the cue's side of the break is kept."""
    a, b = r
    breaks = [k for k in range(a + 1, b) if "\n" in text[tokens[k - 1].end:tokens[k].start]]
    if not breaks:
        return r
    if cue and cue[0][0] >= b:
        return (breaks[-1], b)
    return (a, breaks[0])


def _before_date(tokens, lower, r: tuple[int, int], lo: int, lex: Lexicon) -> tuple[int, int] | None:
    """A source that is only a date (`David Axelrod on Wednesday called on ...`, `European
    leaders gathered Friday`): the noun phrase before `on`/`last`/`this` and the date, or none."""
    a = r[0]
    if a - 1 >= lo and lower[a - 1] in ("on", "last", "this", "next"):
        a -= 1
    return en_rules.source_before(tokens, lower, lo, a, lex)


# A pronoun with a contracted auxiliary in one token (`He’s`, `I've`, `who’s`).
CONTRACTED = re.compile(r"(he|she|it|i|we|they|you|who)['’](?:s|ve|re|ll|d|m)$")
# Words that open a time phrase ending a source (`the Supreme Court this month`).
TIME_OPENERS = frozenset({"this", "last", "next", "on", "in", "early", "late", "earlier", "later"})
# Days a name may run on into without `on` (not months: `April`, `May` and `June` are names).
DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                       "today", "yesterday", "tonight"})


def _without_trailing_time(lower: list[str], r: tuple[int, int], lex: Lexicon,
                          named_before: bool = False) -> tuple[int, int]:
    """A source without the time phrase the tagger ran on into (`Wells Fargo just this month`,
    `A group of doctors in 2015`, `The Times on Saturday`, `Governor Gavin Newsom Wednesday`): a
    time word or year closing it, after `this`/`last`/`on`/`in`... (or a day alone), and a
    `just` before them."""
    a, b = r
    last = lower[b - 1]
    if b - a >= 2 and last in DAY_WORDS and lower[b - 2] not in TIME_OPENERS and named_before:
        return (a, b - 1)  # `Governor Gavin Newsom Wednesday said`, not `a poll released Friday`
    if b - a < 3 or not (last in lex.time_words or last.isdigit() and len(last) == 4) \
            or lower[b - 2] not in TIME_OPENERS \
            or any(w in (",", "who", "which", "that") for w in lower[a:b]):
        return r  # `Mrs Beckett, who was first elected to Parliament in 1974`: the clause's
    b -= 2
    while b - a > 1 and lower[b - 1] in ("just", "only", "as", "early"):
        b -= 1
    return (a, b)


# Nouns ending in -ly that end sources (PolNeAR train: `a longtime ally`, `the rally`, `an AP
# tally`, `Epstein's family`; 23 gold sources), not adverbs.
LY_NOUNS = frozenset({"ally", "rally", "tally", "family", "reply", "assembly", "supply", "monopoly",
                      "daily", "weekly", "monthly", "quarterly", "anomaly", "bully", "homily"})


def _trailing_adverb(word: str, low: str, lex: Lexicon) -> bool:
    """A lower-case adverb or auxiliary (or a contracted one) ending a source: not part of it
    (`researchers have said`; the caller checks that no determiner makes it a noun: `the
    family`)."""
    return word[:1].islower() and (low.endswith("ly") and low not in LY_NOUNS or low in lex.trailing_adverbs
                                   or low in en_rules.AUXILIARIES or low.endswith(("n't", "n’t"))) \
        or low in lex.trailing_adverbs and low[:1] in "'’"


def _text(text: str, tokens: list[Token], r: tuple[int, int]) -> str:
    return text[tokens[r[0]].start:tokens[r[1] - 1].end]


def _according_after_frame(tokens: list[Token], lower: list[str], cand: Candidate, lo: int,
                           hi: int, lex: Lexicon) -> tuple[int, int] | None:
    """`"...," a spokesman said, according to Reuters`: after a quotation and its own frame,
    `according to X` names the channel that carried the framed attribution (the rules make no
    attribution of it then, `en_rules.framed`), not a second source."""
    if not cand.cue:
        return None
    b = cand.cue[-1][1]
    for k in range(b, hi - 2):
        if lower[k] == "according" and lower[k + 1] == "to" and lower[k - 1] == "," \
                and en_rules.framed(tokens, lower, lo, k - 1, lex):
            j = k + 2
            end = j
            while end < hi and tokens[end].text not in (",", ".", ";", ":", "--", "—", "–") \
                    and tokens[end].text not in QUOTES:
                end += 1
            return (j, end) if end > j else None
    return None


# ` of the New York Times` after a channel's name: the outlet it works for.
_OUTLET_AFTER = re.compile(r" (?:of|from|at) (?:[Tt]he )?[A-Z][\w.’'&-]*(?: [A-Z][\w.’'&-]*){0,4}")

# Reporting verbs that name the speaker inside what an outlet is cited for.
SPEAKING = frozenset({"said", "says", "told", "tells", "added", "stated", "claimed", "insisted",
                      "argued", "warned", "wrote", "announced", "declared", "noted", "explained",
                      "acknowledged", "admitted", "denied", "confirmed", "suggested", "vowed"})


def _according_names_speaker(tokens: list[Token], lower: list[str], cand: Candidate,
                             lex: Lexicon, is_outlet: en_outlets.IsOutlet) -> None:
    """`According to Yahoo News, Clinton spokesman Jesse Lehrich said Friday that ...`: when
    the clause an outlet is cited for names its own speaker, that speaker is the source and
    the outlet the channel (ANNOTATION.md, 据X报道 ... 佩斯科夫说), one attribution, as the
    Chinese extractor reads 据X报道. The clause must open with the speaker's noun phrase and
    its reporting verb; its complement (after `that`, an addressee or a time) is the content."""
    if cand.source is None or len(cand.content) != 1 or not cand.cue \
            or lower[cand.cue[0][0]:cand.cue[0][0] + 2] != ["according", "to"]:
        return
    name = _text_tokens(tokens, cand.source)
    # `According to a blog post for InfoAmazonia, Brazil's National Institute for Space
    # Research predicts that ...`: a document or post carried the speaker's words
    document = en_via.document_in(tokens, lower, cand.source)
    if not (is_outlet(name) or is_outlet(name.removeprefix("the ").removeprefix("The "))
            or en_outlets.outlet_shaped(tokens, lower, cand.source) or en_certainty.is_report(name)
            or document is not None):
        return  # `according to attorneys for the family, police have said ...`: not a report
    a, b = cand.content[0]
    k = next((m for m in range(a + 1, min(b - 1, a + 10)) if lower[m] in SPEAKING
              or document is not None and _core_verb(lower, m, lex)), None)
    if k is None:
        return
    v = k
    while v > a and lower[v - 1] in en_rules.PRE_VERB:
        v -= 1
    speaker = en_rules.source_before(tokens, lower, a, v, lex)
    if speaker is None and document is not None:  # `the loggers`: any plain noun phrase
        speaker = _named_speaker_before(tokens, lower, a, v)
    if speaker is None or speaker[0] != a or lower[a] in lex.pronouns and lower[a] != "he" and lower[a] != "she":
        return
    start = k + 1
    for m in range(k + 1, min(b - 1, k + 6)):  # past an addressee or a time: `told aides that`
        if lower[m] == "that":
            start = m + 1
            break
        if lower[m] in (",", ":") or tokens[m].text in QUOTES \
                or lower[k] not in ("told", "tells") and lower[m] not in lex.time_words:
            break
    if start >= b:
        return
    cand.via = [document or cand.source, *cand.via]
    # the cue is discontinuous, as 据…报道: `According to` ... `predicts`
    cue = [cand.cue[0], (k, k + 1)] if cand.cue[0][1] - cand.cue[0][0] == 2 else [(k, k + 1)]
    cand.source, cand.cue, cand.content = speaker, cue, [(start, b)]


def _core_verb(lower: list[str], m: int, lex: Lexicon) -> bool:
    """A one-word core reporting verb of the lexicon at `m` (`predicts`, `warns`)."""
    found = lex.match_cue(lower, m)
    return found is not None and found[0] == 1 and found[1].core and found[1].pos == "verb"


def _according_after_claim(tokens: list[Token], lower: list[str], cand: Candidate, lex: Lexicon,
                           lo: int, is_outlet: en_outlets.IsOutlet) -> None:
    """`..., the health commission said, according to Reuters` and `..., and the CDC said it
    had ..., according to Sui-Lee Wee of the New York Times`: a trailing `according to` an
    outlet (or an outlet's reporter) after a clause that names its own speaker relays that
    speaker's words. The speaker is the source, the outlet (then its reporter) the channel
    (ANNOTATION.md, 据X报道 ... 佩斯科夫说); the content is what the speaker said: the
    complement after the verb, or the claim before a closing `<speaker> said,`."""
    if cand.source is None or len(cand.content) != 1 or not cand.cue \
            or lower[cand.cue[0][0]:cand.cue[0][0] + 2] != ["according", "to"]:
        return
    a, b = cand.content[0]
    if b > cand.cue[0][0]:
        return
    relay = en_via.relay_parts(tokens, lower, cand.source, is_outlet)
    if not (len(relay) == 2 or is_outlet(_text_tokens(tokens, cand.source))
            or is_outlet(_text_tokens(tokens, cand.source).removeprefix("the ").removeprefix("The "))
            or en_outlets.outlet_shaped(tokens, lower, cand.source)):
        return
    end = b
    while end > a and lower[end - 1] in (",", ";"):
        end -= 1
    k = next((m for m in range(end - 1, a, -1) if lower[m] in SPEAKING), None)
    if k is None or any(tokens[m].text in QUOTES for m in range(k, end)):
        return
    v = k
    while v > a and lower[v - 1] in en_rules.PRE_VERB:
        v -= 1
    speaker = _named_speaker_before(tokens, lower, lo, v)
    if speaker is None or speaker[0] < a and lower[speaker[0]] not in ("the", "a", "an"):
        return
    if k == end - 1:  # `<claim>, the commission said,`: the claim before the speaker
        start, stop = lo, speaker[0]
        while stop > start and lower[stop - 1] in (",", "and"):
            stop -= 1
    else:  # `the CDC said (that) it had ...`
        start, stop = k + 1 + (lower[k + 1] == "that"), end
    if stop - start < 3:
        return
    cand.via = [*relay, *cand.via]
    cand.source, cand.cue, cand.content = speaker, [(k, k + 1)], [(start, stop)]


def _named_speaker_before(tokens: list[Token], lower: list[str], lo: int, v: int) -> tuple[int, int] | None:
    """The subject right before the verb at `v` of a clause closed by `according to X`: a
    determiner or capitalised name, its capitalised words (joined by `of`, `for`, `and`:
    `the Chinese Center for Disease Control and Prevention`) and up to three lower-case head
    nouns (`the Inner Mongolia health commission`); None when it is no such phrase."""
    i, start, capitals = v - 1, None, False
    while i >= lo and v - i <= 12:
        t, w = tokens[i].text, lower[i]
        if w in ("the", "a", "an"):
            start = i
            break
        if t[:1].isupper() and t.replace("-", "").replace(".", "").isalnum():
            start, capitals = i, True
        elif w in ("of", "for", "and", "&") and capitals and i > lo and tokens[i - 1].text[:1].isupper():
            pass
        elif not capitals and t.isalpha() and t.islower() and v - i <= 3 and w not in _NOT_HEADS:
            pass
        else:
            break
        i -= 1
    if start is None or not capitals and lower[start] not in ("the", "a", "an") \
            or lower[start] in ("the", "a", "an") and start + 1 >= v:
        return None
    return (start, v)


_NOT_HEADS = frozenset({"and", "or", "but", "that", "which", "who", "it", "they", "he", "she", "we",
                        "has", "have", "had", "was", "were", "is", "are", "also", "not", "then"})


QUOTED_AS = frozenset({"saying", "telling", "stating", "writing"})
QUOTING_CUES = frozenset({"quoted", "quotes", "quoting", "quote", "cited", "cites", "citing"})
# Participles that open a cited party's words without `as` (`cited sources suggesting ...`).
CITED_SAYING = frozenset({"suggesting", "claiming", "indicating", "warning", "saying"})


def _quoted_as_saying(lower: list[str], cand: Candidate, source: tuple[int, int] | None
                      ) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]] | None:
    """`The Interfax news agency quoted a Kremlin official as saying that the talks were over`:
    the person quoted is the source and the quoting outlet its channel (ANNOTATION.md, citing
    chains). (quoted party, content after `as saying [that]`, the quoting party), or None."""
    if source is None or not cand.cue or len(cand.content) != 1 \
            or lower[cand.cue[-1][1] - 1] not in QUOTING_CUES:
        return None
    a, b = cand.content[0]
    k = next((j for j in range(a + 1, min(b - 2, a + 16)) if lower[j] == "as"
              and lower[j + 1] in QUOTED_AS), None)
    if k is None:
        # `Bloomberg cited anonymous sources in Moscow suggesting Russia might ...`: the
        # participle after the cited party opens what they said
        k = next((j - 1 for j in range(a + 1, min(b - 1, a + 16))
                  if lower[j] in QUOTED_AS | CITED_SAYING and lower[j - 1] != ","), None)
        if k is not None and lower[k + 1] in ("as",):
            k = None
    if k is None or any(lower[j] in (";", "that", "said", "says") for j in range(a, k)):
        return None
    start = k + 2 + (lower[k + 2] == "that")
    return ((a, k if lower[k] == "as" else k + 1), (start, b), source) if start < b else None


# (`on` stays: `said one user on Weibo` names a platform's user, `platform_of_source`)
_MEDIUM_PREPOSITIONS = frozenset({"in", "at", "during", "via"})
_MEDIUM_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our"})


def _before_medium(lower: list[str], source: tuple[int, int], via: list[tuple[int, int]],
                   cue: list[tuple[int, int]]) -> tuple[int, int]:
    """`"...," said the group in a statement.` (BBC 2005), `Corey Lewandowski, in a statement
    released by the campaign, said`: a source span the tagger ran over a prepositional phrase
    naming the medium ends before the preposition (the medium is a channel, ANNOTATION.md).
    Only after the cue or set off by a comma: before the cue the phrase may be the source's own
    (`a statement on her website said`, `voters who have listened ..., on television`)."""
    if cue and lower[cue[0][0]] == "according":
        return source  # `according to a new article in Politico`: the document is the source
    after_cue = bool(cue) and source[0] >= cue[-1][1]
    for v in via:
        if not source[0] < v[0] < source[1]:
            continue
        m = v[0] - 1
        while m > source[0] and lower[m] in _MEDIUM_DETERMINERS:
            m -= 1
        if not (m > source[0] and lower[m] in _MEDIUM_PREPOSITIONS):
            continue
        set_off = lower[m - 1] == ","
        if not (after_cue or set_off) or lower[m - 1].endswith("ed") \
                or any(w in ("who", "which", "that", "whose") for w in lower[source[0]:m]):
            continue
        end = m - set_off
        if end > source[0]:
            return (source[0], end)
    return source


# What may follow a closing `as saying` before the sentence ends (`as saying via his lawyers`,
# `as saying on Friday`, `as saying in a statement`).
_AFTER_QUOTED_AS = frozenset({".", ",", ";", "via", "in", "on", "at", "during", "late", "earlier",
                              "last", "this", "today", "yesterday", "monday", "tuesday",
                              "wednesday", "thursday", "friday", "saturday", "sunday"})


def _closing_quoted_as(lower: list[str], cand: Candidate, source: tuple[int, int] | None,
                       hi: int) -> tuple[int, int] | None:
    """`"Video games are big business," the paper quoted Mr Chernin as saying.` (BBC 2005): a
    frame after its quotation whose subject quotes someone: the party between `quoted` and `as
    saying` is the source, the quoting subject a channel (ANNOTATION.md, citing chains: "X,
    quoting Y: the words are Y's"). The quoted party's range, or None."""
    a = cand.cue[-1][1] if cand.cue else 0
    if source is None or not cand.cue or lower[a - 1] not in QUOTING_CUES \
            or not any(b <= cand.cue[0][0] for _, b in cand.content) \
            or any(x < a < y or cand.cue[0][0] < y <= a for x, y in cand.content):
        return None
    k = next((j for j in range(a + 1, min(hi - 1, a + 16)) if lower[j] == "as"
              and lower[j + 1] in QUOTED_AS), None)
    if k is None or any(lower[j] in (";", ".", "that", "said", "says", ":") for j in range(a, k)):
        return None
    after = lower[k + 2] if k + 2 < hi else "."
    if after not in _AFTER_QUOTED_AS:
        return None
    # the tagger may read the quoted party as content: the words are the quotation before
    cand.content = [r for r in cand.content if r[1] <= cand.cue[0][0]]
    return (a, k)


# Title abbreviations whose stop ends no clause (`Mr.`, `Sen.`).
TITLE_STOPS = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "st", "jr", "sr", "lt",
                         "col", "sgt", "prof", "rev", "capt", "maj"})
# Words of a date closing a frame (`X said Tuesday`, `on Monday`, `last week`).
DATE_WORDS = WEEKDAYS | {"on", "last", "this", "week", "today", "yesterday", "earlier", "later", "morning",
                         "afternoon", "evening", "night"}


def _passive_quoted_as(lower: list[str], cand: Candidate) -> bool:
    """`Peskov was quoted (by Interfax) as saying`: the subject of this passive is the speaker
    (and the agent the channel that quoted him), unlike `was accused by X of`."""
    if cand.evidence == "rule:passive-frame":  # `X is said to have told`, `X was heard saying`
        return True
    a, b = cand.cue[0][0], cand.cue[-1][1]
    words = lower[a:min(len(lower), b + 6)]
    return any(w in ("quoted", "cited") for w in words) and any(
        w == "as" and nxt in ("saying", "telling", "stating", "writing")
        for w, nxt in zip(words, words[1:], strict=False))


def _text_tokens(tokens: list[Token], r: tuple[int, int]) -> str:
    return " ".join(t.text for t in tokens[r[0]:r[1]])


_STATEMENT_SOURCE = re.compile(r"^(?:the|a|its|his|her|their) (?:joint |written |press |official )?"
                               r"(?:statement|release|communiqu[eé])$", re.IGNORECASE)


def _certainty(lower: list[str], lo: int, hi: int, cand: Candidate, entity: Entity | None,
               source: EntitySpan | None, phrases: _PhraseIndex, unverified_later: bool,
               denies: bool = False) -> str:
    """unconfirmed (a hedge says so, here or in the next sentence) > disputed (a denial in
    the sentence, outside the attribution) > anonymous (a withheld identity) > reported (an
    outlet, report or study). A denial itself is asserted: what it denies is disputed, and a
    hedge inside a denial's content (`denied speculation that Putin arrived to allegedly
    make a statement`) qualifies the denied claim, not the denial."""
    content = {i for a, b in cand.content for i in range(a, b)}
    inside = content if denies else set()
    first = min((a for a, _ in (*cand.cue, *cand.content, *([cand.source] if cand.source else []))), default=lo)
    cue_at = min((a for a, _ in cand.cue), default=hi)
    # `"We cannot confirm the reports," the spokesman said`: a speaker's own inability to
    # confirm is what they assert, not a hedge on their statement; nor is their non-response
    # before the cue (`Akamai declined to comment, saying it could not ...`)
    cue_words = {i for a, b in cand.cue for i in range(a, b)}  # `CNN cannot independently confirm that`
    # `Tautou is said to be ...`, `The attackers were reportedly threatening ...` with no sayer:
    # the frame is the attribution's own cue, not a hedge on it (`en_agentless.reporting_passive`,
    # `en_agentless.reporting_adverb`)
    frame = en_agentless.reporting_passive(lower, cand.cue) or en_agentless.reporting_adverb(cand.cue, lower) \
        if source is None else None
    own = range(*frame) if frame is not None else range(0)
    hedged = [r for name in ("unconfirmed", "unconfirming") for r in phrases.within(name, lo, hi)
              if r[0] not in inside and r[0] not in own
              and not (r[0] in cue_words and en_certainty.verification_note(lower[r[0]:r[1]]))
              and not (r[1] <= cue_at and name == "unconfirmed"
                       and not en_certainty.verification_note(lower[r[0]:r[1]])
                       and not any(a in _SAID_TO for a in lower[r[0]:r[1]]))
              and not (r[0] in content and r[0] > 0 and lower[r[0] - 1] in ("we", "i", "he", "she", "they"))
              and not (r[0] in content and en_certainty.embedded_hedge(lower, r[0], cand.content))
              # `said the report was a hoax doctored by a leak "which has yet to be verified"`:
              # the speaker's own note on someone else's claim is what they assert
              and not (r[0] in content and name == "unconfirmed" and _quoted_in(lower, cand.content, r[0])
                       and en_certainty.verification_note(lower[r[0]:r[1]]))
              and not en_certainty.earlier_clause(lower, r[1], first)]
    if hedged and not unverified_later and source is not None \
            and (entity is not None and entity.type == "outlet" or en_certainty.is_report(source.text)) \
            and all(r[1] - r[0] == 1 and r[0] in content for r in hedged):
        # `according to a new report by E! News, Scooter Braun is allegedly unhappy`: the
        # outlet's or document's own hedge; the claim rests on the report (ANNOTATION.md:
        # `reported` when an outlet or report is the source)
        return "reported"
    if hedged or unverified_later:
        return "unconfirmed"
    if not denies and _denied_elsewhere(lo, hi, cand, phrases, lower) \
            and not _continues_denial(lower, cand, lo, phrases):
        return "disputed"  # a denial is not disputed by its own sentence's denial words
    end = max((b for _, b in (*cand.cue, *cand.content)), default=lo)
    if end < hi and lower[end] in RELATIVES:
        # `assailed Williams as part of the "Never Trumpers" | who oppose his presidency, though
        # there is no indication ...`: a relative clause on the content's last noun (tagged as
        # an attribution of its own) closes at the next comma; the concessive follows it
        end = next((k for k in range(end + 1, min(hi, end + 16)) if lower[k] == ","), end)
    if not denies and en_certainty.contradicted_after(lower, end + (end < hi and lower[end] == ","), hi):
        return "disputed"
    if (cited := en_certainty.cited_party(lower, cand.cue, hi)) is not None:
        # `AP quoted prosecutor Russell McGuire as saying`: the quoted party's word
        said = " ".join(cited)
        return "anonymous" if en_certainty.withheld(said) or phrases.within("anonymity_phrases", lo, hi) \
            else "reported" if en_certainty.is_report(said) else "asserted"
    if phrases.within("anonymity_phrases", lo, hi) \
            or source is None and en_certainty.impersonal_passive(lower, cand.cue) \
            or source is None and en_agentless.agentless_cue(lower, cand.cue) \
            or frame is not None \
            or cand.source is not None and en_agentless.unnamed_questioner(lower, cand.source, cand.cue) \
            or en_certainty.told_unnamed(lower, cand.cue) \
            or len(cand.cue) == 1 and cand.content and en_certainty.cites_withheld(
                " ".join(lower[slice(*cand.cue[0])]), " ".join(lower[slice(*cand.content[0])])):
        return "anonymous"
    if entity is not None and entity.type == "unnamed" \
            and not (source is not None and en_certainty.named_in_apposition(source.text)):
        return "anonymous"
    if entity is not None and entity.type in ("group", "person") \
            and en_certainty.unnamed_description([entity.name, *entity.aliases]):
        return "anonymous"  # `The men ... They said`: described, never named
    if source is not None and en_certainty.withheld(source.text) \
            and not (entity is not None and entity.type in ("person", "outlet")
                     and entity.name[:1].isupper()):
        return "anonymous"  # `a second person briefed on the call`, however the entity was typed
    if source is not None and _STATEMENT_SOURCE.match(source.text) and not en_certainty.is_report(source.text):
        # `"... this article lacks substantiation ...," the statement read` (enH-bfirst-1): a
        # party's own statement, whatever entity the coreference merged it into (here the report
        # it answers), is neither an outlet nor a report (ANNOTATION.md `reported`; open en-news
        # gold: 10 of 12 `the statement` sources asserted, none reported)
        return "asserted"
    if entity is not None and entity.type == "outlet" \
            or source is not None and en_certainty.is_report(source.text) \
            or cand.source is not None and en_certainty.research_apposition(lower[_apposed(lower, cand.source):cand.source[1] + 8]):
        return "reported"
    return "asserted"


def _apposed(lower: list[str], source: tuple[int, int]) -> int:
    """Where the words describing a source start: its own comma when the source holds its
    apposition (`according to the World Travel and Tourism Council, an industry body`, whose
    rule keeps the apposition in the source), else its end."""
    return next((k for k in range(source[0], source[1]) if lower[k] == ","), source[1])


def _quoted_in(lower: list[str], content: list[tuple[int, int]], k: int) -> bool:
    """Whether token `k` of a content stands inside a quotation opened in that content (the
    speaker's own words), not in a content cut on past the quote (`Reports it will be released
    ... have yet to be confirmed`, BBC 2004-05 entertainment/362)."""
    for a, b in content:
        if a <= k < b:
            marks = [w for w in lower[a:k] if w in ('"', "“", "”")]
            return bool(marks) and (marks[-1] == "“" or marks[-1] == '"' and len([m for m in marks if m == '"']) % 2 == 1)
    return False


_SAID_TO = frozenset({"said", "rumoured", "rumored"})  # `X is said to ...`: a hedge wherever it stands


def _takes_up_source(lower: list[str], first: int, source: str) -> bool:
    """Whether a sentence opening at `first` takes up the source just named: a pronoun, or
    `the` + the source's head noun (`A law enforcement official ... The official who spoke to
    AP did so on condition of anonymity`; not `the FBI ...` before that sentence)."""
    opener = lower[first]
    if opener in ("they", "he", "she", "both"):
        return True
    words = source.replace(",", " , ").split()
    k = en_certainty.source_head(words)
    return opener == "the" and k is not None and words[k].lower() in lower[first + 1:first + 4]


def _continues_denial(lower: list[str], cand: Candidate, lo: int, phrases: _PhraseIndex) -> bool:
    """A participle cue after a comma that goes on from a denial in its sentence (`denied the
    allegations, saying ...`): the same speaker's denial, not a claim someone disputes."""
    if not cand.cue:
        return False
    a = cand.cue[0][0]
    # not `..., according to a report in The Australian` (enH-thenewdaily-1): a source named
    # after the claim, not the denier going on (`reportedly rejected a proposition ...`)
    return a > lo and lower[a - 1] == "," and lower[a].endswith("ing") and lower[a] != "according" \
        and any(b <= a for _, b in phrases.within("denial", lo, a))


def _denied_elsewhere(lo: int, hi: int, cand: Candidate, phrases: _PhraseIndex,
                      lower: list[str]) -> bool:
    """A denial phrase in the sentence outside the attribution's own cue and content, not its
    own speaker's earlier clause (`Wes Streeting has denied ... and called for ...`: the source
    comes before both) and not inside the claim a closing frame reports."""
    inside = {i for r in (*cand.cue, *cand.content) for i in range(*r)}
    cue_at = cand.cue[0][0] if cand.cue else hi
    own = cand.source is not None and cand.source[1] <= cue_at
    # `A White House official dismissed ..., saying ..., two people told the AP`: a denial in
    # the claim before a closing frame is part of what is reported
    closing = bool(cand.content) and cand.content[0][0] < cue_at
    end = max((b for _, b in (*cand.cue, *cand.content)), default=lo)
    return any((a not in inside or en_certainty.relative_denial(lower, cand.content, a))
               and not en_certainty.modifier_participle(lower, a)
               and not (own and cand.source[1] <= a < cue_at)
               and not (closing and a < cue_at)
               and not (a >= end and ";" in lower[end:a])  # another clause's claim
               and not (own and a >= end and (en_certainty.coordinated_predicate(lower, end, a)
                                              or en_certainty.participle_clause(lower, end, a)))
               and not (a < cue_at and (cand.source is None or cand.source[1] <= a)
                        and en_certainty.coordinated_after_denial(lower, a, cue_at))
               for a, _ in phrases.within("denial", lo, hi))



