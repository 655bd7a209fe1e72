"""English channels (`via`): what carried a statement to the public, read over one sentence.

Conventions of `shared/eval/ANNOTATION.md` ("Conventions for hard cases"): the channel is an
outlet told or cited (`told Reuters`, `in an interview with CNN`, `speaking to Sky News's Sunday
Morning programme`, `writing in the Guardian`), a platform (`in a tweet`, `in a post on
Facebook`, `on Twitter`), an event (`at a news conference`) or a body receiving testimony
(`told lawmakers`); a person told is not one. Channels are listed in reading order, which puts
the outer channel first (`the newspaper, which cited ...`). A citing chain (`X reported, citing
Y`; `according to the newspaper, which cited officials`) makes the cited party the source and
the citing outlet a channel: `cited_party` finds it. Which words name an outlet or a programme,
and how a channel phrase splits into them, is `outlets.py`. Words are data in
`sayso/lang/en/channels.json`.
"""

from __future__ import annotations

from collections.abc import Callable

from .coref import PLACES
from .lexicon import find_phrases
from .outlets import (
    BACKED,
    CALENDAR,
    MEDIA_NOUNS,
    NAME_PARTICLES,
    NAMED_OUTLET_NOUNS,
    OUTLET_HEADS,
    OUTLET_PEOPLE,
    OWNERSHIP,
    PLACE_OPENERS,
    PROGRAMME_HEADS,
    TITLE_JOINERS,
    WEB_DOMAINS,
    WEEKDAYS,
    ChannelWords,
    IsOutlet,
    Range,
    bare_possessive,
    channel_parts,
    channel_words,
    described_name,
    is_acronym,
    is_outletish,
    named_programme_after_head,
    outlet_brand,
    outlet_in_description,
    outlet_name_of,
    outlet_shaped,
    programme_outlet,
    programme_shaped,
    quoted_name,
    split_possessive,
    surface,
    titled_programme,
)
from .titles import ARTICLES
from .tokens import QUOTES, Token

__all__ = ["TELL", "account_in_source", "addressee_in_cue", "addressee_opening_content", "medium_before_relative", "quoting_party", "journalist_of_source", "before_citing", "hearing_body", "medium_in_source", "closing_adjunct", "document_author", "quoting_agent", "channel_parts", "channel_phrase", "cited_party", "closing_credit", "closing_outlet", "document_in",
           "opens_with_channel", "outlet_name_of", "relaying_agent", "platform_of_source", "platform_owner", "relay_parts", "scan_sentence",
           "sentence_channels", "with_address", "written_medium"]

TELL = frozenset({"told", "tells", "tell", "telling"})
# Verbs whose object is the addressee as with `told` (`reminded senators that`, `assured trust
# members that`): their audience or outlet object is a channel too.
ADDRESSING = TELL | {"reminded", "reminds", "assured", "assures", "informed", "informs"}
BROADCAST_MEDIA = frozenset({"television", "tv", "radio"})
# `speaking to X`, `in a statement to X`, `in an interview with X`, `writing in X`, `on X's show`.
INTRODUCERS: dict[tuple[str, ...], str] = {
    ("speaking", "to"): "addressee", ("speaking", "with"): "addressee", ("spoke", "to"): "addressee",
    ("spoke", "with"): "addressee", ("interview", "with"): "party",
    ("conversation", "with"): "party", ("surveyed", "by"): "party", ("polled", "by"): "party",
    ("seen", "by"): "outlet", ("obtained", "by"): "outlet", ("reviewed", "by"): "outlet",
    ("testimony", "to"): "addressee", ("testified", "to"): "addressee",
    ("testified", "before"): "addressee", ("testifying", "before"): "addressee",
    ("statement", "to"): "addressee", ("comments", "to"): "addressee", ("remarks", "to"): "addressee",
    ("comment", "to"): "addressee", ("air", "of"): "outlet",  # `on the air of the Rossiya-1 TV channel`
    ("writing", "in"): "outlet", ("wrote", "in"): "outlet", ("interview", "on"): "outlet",
    ("appearing", "on"): "outlet", ("appearance", "on"): "outlet", ("speaking", "on"): "outlet",
    ("appeared", "on"): "outlet", ("appears", "on"): "outlet",
    ("said", "on"): "outlet", ("told", "on"): "outlet", ("op-ed", "in"): "outlet",
    ("article", "in"): "outlet", ("column", "in"): "outlet", ("interview", "in"): "outlet",
    ("reported", "by"): "outlet", ("quoted", "by"): "outlet", ("cited", "by"): "outlet",
    # `in remarks carried by state news agency KCNA`, `in a video published by the ministry`
    ("carried", "by"): "outlet", ("published", "by"): "outlet", ("published", "in"): "outlet",
    ("broadcast", "by"): "outlet", ("broadcast", "on"): "outlet", ("aired", "on"): "outlet",
    ("aired", "by"): "outlet", ("released", "by"): "outlet",
    # `in an op-ed for the Washington Post`: the outlet that ran the piece
    ("op-ed", "for"): "outlet", ("column", "for"): "outlet", ("article", "for"): "outlet",
    ("piece", "for"): "outlet", ("essay", "for"): "outlet", ("editorial", "for"): "outlet",
    # `In an article from Politico, Eli Stoklos says` (PolNeAR train): the outlet that ran it
    ("article", "from"): "outlet",
    # `in response to a question from TIME`: the outlet that asked carried the answer
    ("question", "from"): "outlet", ("questions", "from"): "outlet", ("query", "from"): "outlet",
    # `in a speech to the CBI`: the body addressed, outer to the speech (as `statement to`)
    ("speech", "to"): "party", ("address", "to"): "party",
    # Mined from PolNeAR train+dev and en-news tune (benchmarks/en_channel_mining.py): a writer's
    # outlet (`writes in The Atlantic`, `noted in The Intercept`, `a report in The New York
    # Times`, `an essay in Time magazine`), an outlet that reached the speaker (`Reached by
    # POLITICO, ...`, `when contacted by Reuters`), found or received a document (`a video
    # uncovered by Fox News`, `an email provided to The Post`), or took several interviews.
    ("writes", "in"): "outlet", ("write", "in"): "outlet", ("noted", "in"): "outlet",
    ("notes", "in"): "outlet", ("argued", "in"): "outlet", ("argues", "in"): "outlet",
    ("said", "in"): "outlet", ("says", "in"): "outlet", ("appearing", "in"): "outlet",
    ("report", "in"): "outlet", ("essay", "in"): "outlet", ("piece", "in"): "outlet",
    ("editorial", "in"): "outlet", ("commentary", "in"): "outlet", ("letter", "in"): "outlet",
    ("reached", "by"): "outlet", ("contacted", "by"): "outlet", ("uncovered", "by"): "outlet",
    ("provided", "to"): "outlet", ("interviews", "with"): "outlet", ("interviewed", "by"): "outlet",
    ("told", "to"): "outlet", ("interview", "to"): "outlet",
    ("letter", "to"): "outlet",  # `in a letter to the Times`: the paper that printed it
    ("went", "on"): "outlet", ("joked", "with"): "addressee", ("chatted", "with"): "addressee",
    ("talking", "with"): "addressee", ("talked", "with"): "addressee",
    # `Asked by reporters whether ..., he said`, `Talking to the BBC, the minister said`: whoever
    # asked or was talked to took the answer
    ("asked", "by"): "addressee", ("talking", "to"): "addressee", ("talked", "to"): "addressee",
    ("talks", "to"): "addressee",
    # `Speaking in the Commons, the MP said` (Evening Standard 2020): the chamber addressed
    # (an audience word; `speaking in Beijing` names none)
    ("speaking", "in"): "addressee", ("spoke", "in"): "addressee",
    # `in a meeting with reporters` (Yonhap): an audience met took the words (a person is none)
    ("meeting", "with"): "addressee",
    # `a statement by Bayraktar, transmitted by Anadolu Agency` (KUNA 2023)
    ("transmitted", "by"): "outlet", ("relayed", "by"): "outlet",
    # `Anelka was quoted in a French newspaper as saying` (BBC 2005)
    ("quoted", "in"): "outlet",
    # `Ilya Shapiro argues at The Federalist that`, `From Andrea Peyser writing at The New York
    # Post:` (PolNeAR train): an online outlet that ran the writer's piece, as `writing in`
    ("writing", "at"): "outlet", ("wrote", "at"): "outlet", ("writes", "at"): "outlet",
    ("argues", "at"): "outlet", ("argued", "at"): "outlet",
    # `he said during an interview for CBS network's 60 Minutes show` (BBC 2005)
    ("interview", "for"): "outlet",
    # `Emily Feng, reporting for NPR, said`, `As Emily Feng reports for NPR, ...`, `John Smith,
    # writing for the Guardian, argued`: the outlet a writer or correspondent works for ran the
    # words (ANNOTATION.md "Channels": the medium of speech), as `writing in` gives it
    ("reporting", "for"): "outlet", ("reports", "for"): "outlet", ("reported", "for"): "outlet",
    ("writing", "for"): "outlet", ("writes", "for"): "outlet", ("wrote", "for"): "outlet",
    # `On Sunday's edition of Face the Nation, X said`: the programme whose edition carried it
    ("edition", "of"): "outlet", ("episode", "of"): "outlet",
}
# Time words that may stand between an introducer's head and its preposition (`an interview
# published Monday by the New York Daily News`, `a round-table interview Tuesday with Bloomberg`).
INTRODUCER_TIME = WEEKDAYS | {"january", "february", "march", "april", "june", "july", "august",
                              "september", "october", "november", "december", "last", "this",
                              "earlier", "later", "today", "yesterday", "morning", "afternoon",
                              "evening", "night", "week", "month", "year", "online", "recently",
                              "on"}


def introducer_at(lower: list[str], i: int, hi: int) -> tuple[str, int] | None:
    """The role of an introducer whose head is at `i` and the index of its preposition, past up
    to three time words between them (`interview last October on CBS`), or None."""
    if i + 1 >= hi:
        return None
    role = INTRODUCERS.get((lower[i], lower[i + 1]))
    if role is not None and (lower[i], lower[i + 1]) == ("asked", "by") and i > 0 \
            and lower[i - 1] not in (",", "when", "after", "if", "once", "—"):
        return None  # `he was asked by police to leave`: a passive, no question answered
    dated = lower[i + 1] == "on" and i + 2 < hi and lower[i + 2] in INTRODUCER_TIME
    if role is not None and not dated:  # `broadcast on Sunday by NBC` reads past the date
        return role, i + 1
    if lower[i] not in _INTRODUCER_HEADS:
        return None
    k = i + 1
    if k + 1 < hi and lower[k] in _AIRING and lower[i] in BARE_MEDIA:
        k += 1  # `an interview airing Sunday on NBC's "Meet the Press"`: the outlet that ran it
    while k < hi and k - i <= 4 and (lower[k] in INTRODUCER_TIME or lower[k].isdigit()) \
            and not ((lower[i], lower[k]) in INTRODUCERS  # `aired Sunday on NBC`, but
                     and not (k + 1 < hi and lower[k + 1] in INTRODUCER_TIME)):  # `on Sunday by`
        k += 1
    role = INTRODUCERS.get((lower[i], lower[k])) if k > i + 1 and k < hi else None
    return (role, k) if role is not None else None


_INTRODUCER_HEADS = frozenset(head for head, _ in INTRODUCERS)
# Heads of `X on NAME` where NAME can only be a programme or an outlet (`appearing on Good Day
# Sacramento`): any capitalised title after them is a channel.
APPEARING = frozenset({"appearing", "appearance", "appeared", "appears"})
# Participles of running a piece, between an interview and the outlet that ran it.
_AIRING = frozenset({"airing", "aired", "broadcast", "published", "televised", "posted", "printed"})


TIME_WORDS = frozenset({"this", "last", "next", "today", "yesterday", "tonight", "earlier",
                        "later", "recently", "previously", "again", "also", "then", "now"})
# Words that open the reported clause right after an addressee (`told Reuters the talks had
# stalled`): the capitalised word before them is a name, not a modifier.
CLAUSE_OPENERS = frozenset({"the", "a", "an", "he", "she", "they", "it", "we", "i", "you", "his",
                            "her", "their", "its", "there", "these", "those", "no", "some", "all",
                            "why", "how", "what", "whether", "where", "if"})
# Prepositions that may follow an addressee's name (`told Reuters by telephone`, `told CNN
# from Kyiv`): the name ends there, it does not modify a noun.
AFTER_NAME = frozenset({"by", "via", "over", "from", "during", "ahead", "shortly", "just", "late",
                        "early", "outside", "inside", "near", "upon", "following",
                        # `Speaking to Reuters between the G20 sessions` (Anadolu/A News, 2020)
                        "between", "amid", "among", "across", "against", "through", "throughout",
                        "since", "until", "despite", "within", "without", "alongside", "under",
                        # `Trump told The Associated Press of the prospects for peace` (PolNeAR train)
                        "of",
                        # `in an interview with CCTV broadcast Monday` (AFP, 2013)
                        "broadcast", "aired", "published", "televised"})
# Heads of the bodies a phrase of lower-case words can lead to (`the Commons home affairs
# committee`, `the Senate armed services panel`).
BODY_HEADS = frozenset({"committee", "subcommittee", "panel", "inquiry", "commission", "caucus",
                        "conference", "briefing",
                        # gatherings addressed (`told a No 10 staff meeting`, Mail on Sunday 2019)
                        "meeting", "gathering", "rally", "forum", "summit", "convention", "session",
                        # a trial addressed by its case (`has told the Michael Jackson child abuse
                        # trial that ...`, BBC entertainment 2005), as `told the court`
                        "trial"})
# Words describing a state outlet between its country's possessive and its name (`China's state
# CCTV`, `Iran's state-run Press TV`): the name is the channel.
STATE_DESCRIPTORS = frozenset({"state", "state-run", "state-owned", "state-controlled", "official",
                               "semi-official", "government-run", "public", "national", "main"})
# Words closing a name told or spoken to (`told BBC Breakfast that ...`).
NAME_CLOSERS = frozenset({"that", ",", ".", ":", ";", "on", "in", "last", "this", "earlier", "late",
                          "early", "during", "at", "by", "from", "when", "as", "about", "after",
                          "before", "while", "he", "she", "they", "it", "we", "i", "the", "there"})


def _person_follows(lower: list[str], k: int, hi: int) -> bool:
    """`the Business Insider politics editor Oliver Darcy`: an outlet's person within two
    words after its name (the outlet is the channel, `channel_parts` drops the person)."""
    return any(lower[m] in OUTLET_PEOPLE for m in range(k, min(hi, k + 2)))


def _runs_to_body(tokens: list[Token], lower: list[str], k: int, hi: int) -> bool:
    """Whether lower-case words from `k` lead within three words to a body's head."""
    for m in range(k, min(hi, k + 4)):
        if lower[m] in BODY_HEADS:
            return True
        if not (tokens[m].text.isalpha() and tokens[m].text.islower()) or lower[m] in STOPS:
            return False
    return False


def _reaches_audience(lower: list[str], j: int, hi: int, words: ChannelWords) -> bool:
    """`cabinet`, `monthly press conference`: an audience head after at most three describing
    words of `channel_words` (after a possessive determiner)."""
    for m in range(j, min(hi, j + 4)):
        if lower[m] in words.audiences:
            return True
        if lower[m] not in words.channel_words:
            return False
    return False


# Lower-case words that end an outlet's name rather than being modified by it (`speaking to Fox
# News said`, `appearing on Fox News right after the speech`; `an Australian diplomat` stays a
# diplomat though `The Australian` is a paper).
# Finite verbs whose subject opens a content clause right after an outlet told (`told BBC News
# schools had been crying out for ...`, BBC 2005): the lower-case word is that subject.
CLAUSE_VERBS = frozenset({"had", "has", "have", "was", "were", "is", "are", "would", "will",
                          "could", "should", "might", "must", "can", "did", "do", "does"})
NAME_ENDERS = frozenset({"said", "says", "say", "told", "tells", "reported", "reports", "wrote",
                         "writes", "added", "right", "just", "shortly", "soon", "directly"})
STOPS = frozenset({",", ".", ";", ":", "that", "this", "last", "on", "in", "at", "when", "while",
                   "as", "after", "before", "about", "for", "if", "who", "which", "and", "but",
                   "(", ")", "—", "–", "--"})


HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "rev"})


# Outlets named by their kind, whose possessive stays with the person told (`telling the
# paper's editor via text`, enG-thenational-1 gold: via `paper’s editor`).
OUTLET_KINDS = frozenset({"paper", "newspaper", "magazine", "channel", "station", "broadcaster",
                          "outlet", "agency", "website"})


def channel_phrase(tokens: list[Token], lower: list[str], j: int, hi: int, is_outlet: IsOutlet,
                   words: ChannelWords | None = None, outlet_only: bool = False,
                   any_name: bool = False) -> Range | None:
    """`_channel_phrase`, with a leading `this` kept: `told this newspaper`, `received by this
    media house` name the article's own outlet, and the gold keeps the phrase whole."""
    if j + 1 < hi and lower[j] == "this":
        r = _channel_phrase(tokens, lower, j + 1, hi, is_outlet, words, outlet_only, any_name)
        return (j, r[1]) if r is not None and r[0] == j + 1 else r
    return _channel_phrase(tokens, lower, j, hi, is_outlet, words, outlet_only, any_name)


def _channel_phrase(tokens: list[Token], lower: list[str], j: int, hi: int, is_outlet: IsOutlet,
                    words: ChannelWords | None = None, outlet_only: bool = False,
                    any_name: bool = False) -> Range | None:
    """The channel named from token `j` (an addressee or an outlet), without its article:
    capitalised words and the lower-case words of `channel_words`, at most eight tokens. It is a
    channel when it is an outlet of the gazetteer, a programme, (unless `outlet_only`) ends
    with an audience word (`reporters`, `a conference call with reporters`, `US media`), or
    (with `any_name`: the other party of an interview or a survey) is a proper name of any
    kind (`an interview with the FBI`, `analysts surveyed by Refinitiv`)."""
    words = words or channel_words()
    while j < hi and tokens[j].text in ("the", "a", "an"):  # `The Associated Press` keeps it
        j += 1
    if j + 1 < hi and (lower[j] in ("his", "her", "their", "its", "our")
                       or lower[j].endswith(("'s", "’s")) and tokens[j].text.islower()) \
            and _reaches_audience(lower, j + 1, hi, words):
        j += 1  # `told his cabinet`, `told his monthly press conference`: a body addressed (a
        # person told, `his wife`, is none)
    if j + 1 < hi and lower[j].endswith(("'s", "’s")) and lower[j][:-2] in OUTLET_KINDS \
            and lower[j + 1] in OUTLET_PEOPLE:
        return (j, j + 2)  # `telling the paper's editor via text`: the outlet's person told
    state = _state_outlet(tokens, lower, j, hi, is_outlet)
    if state is not None:
        return state
    known = _known_long_name(tokens, lower, j, hi, is_outlet)
    if known is not None:
        return known
    m = _after_ownership(tokens, lower, j, hi)
    if m > j:  # `the semi-official Tasnim news agency`, `Kremlin-backed RT`: the outlet after
        named = _channel_phrase(tokens, lower, m, hi, is_outlet, words, outlet_only, any_name)
        if named is not None and named[0] == m:
            return named
    quoted = quoted_name(tokens, j, hi)
    if quoted is not None and (programme_outlet(surface(tokens, quoted), words) is not None
                               or is_outletish(tokens, lower, quoted, is_outlet)
                               # `On Tuesday’s episode of “The Steve Harvey Morning Show,”`
                               # (PolNeAR dev): a quoted title headed as programmes are
                               or lower[quoted[1] - 1] in PROGRAMME_HEADS):
        return quoted  # `Speaking to “CBS This Morning” Monday`
    k = j
    # a capitalised stop word inside a name (`CBS This Morning`) is part of it; an honorific
    # after an outlet opens the told clause's subject (`Sources told the BBC Mr Howard had
    # always been in favour`, BBC 2005), as does a name after an outlet's description (`told
    # the Associated Press news agency Contrack's withdrawal was ...`, BBC 2005); an article
    # after an audience head opens the told clause (`told reporters the police had ...`)
    while k < hi and k - j < 8 and not (k > j and lower[k].rstrip(".") in HONORIFICS
                                        and is_outlet(surface(tokens, (j, k)))) \
            and not (k > j + 1 and tokens[k].text[:1].isupper() and tokens[k - 1].text.islower()
                     and lower[k - 1] in ("agency", "website", "newspaper")) \
            and not (k > j and lower[k] in ("the", "a", "an") and lower[k - 1] in words.audiences) \
            and (split_possessive(tokens, lower, k)
                                    or _title_joiner(tokens, lower, j, k, hi)
                                    or k > j and split_possessive(tokens, lower, k - 1)
                                    or k > j and bare_possessive(tokens, lower, k)
                                    or (lower[k] not in STOPS or k > j and tokens[k].text[:1].isupper()
                                        and tokens[k].text.isalpha()) and tokens[k].text not in QUOTES
            and not (lower[k] in CALENDAR and not tokens[min(k + 1, hi - 1)].text[:1].isupper()
                     and lower[min(k + 1, hi - 1)] not in PROGRAMME_HEADS)  # `GMTV's Sunday programme`
            and (
            tokens[k].text[:1].isupper()
            # a number inside a name (`Radio 4`, `BBC 6 Music`), not a content's (`told Reuters
            # the 10 had agreed`, BBC business 2005)
            or tokens[k].text[:1].isdigit() and (k == j or tokens[k - 1].text[:1].isupper()
                                                 or tokens[k - 1].text[:1].isdigit())
            or lower[k] in words.channel_words or lower[k] in words.audiences
            # `Corriere della Sera`, `Folha de S.Paulo`, `El Mercurio`: a particle inside a name
            or lower[k] in NAME_PARTICLES and k > j and k + 1 < hi and tokens[k + 1].text[:1].isupper()
            or lower[k] in words.platform_names or lower[k] in OUTLET_PEOPLE
            # `told trust members`, `told board members`: a noun modifying an audience head
            or k == j and k + 1 < hi and lower[k + 1] in words.audiences and tokens[k].text.isalpha()
            # `told the Commons home affairs committee`: lower-case words up to a body's head
            or k > j and _runs_to_body(tokens, lower, k, hi))):
        k += 1
    if k - j == 1 and k + 2 < hi and lower[k] == "and" and tokens[j].text.isalpha() \
            and tokens[k + 1].text.islower() and _reaches_audience(lower, k + 1, hi, words):
        # `an interview with Russian and international media` (TASS): coordinated describing
        # words before one audience head are one channel
        k = next(m for m in range(k + 1, hi) if lower[m] in words.audiences) + 1
    if k > j and k + 1 < hi and lower[k] == "." and lower[k + 1] in WEB_DOMAINS \
            and tokens[k - 1].end == tokens[k].start and tokens[k].end == tokens[k + 1].start:
        k += 2  # `told Polygraph.info`: a site named by its address (tokenised `Polygraph . info`)
    if k < hi - 1 and lower[k] == "on" and lower[k + 1] == "sunday" and tokens[k + 1].text[:1].isupper() \
            and is_outlet(surface(tokens, (j, k + 2))):
        k += 2  # `the Mail on Sunday`: the paper's own name (the gazetteer knows it; else a date)
    gathered = _gathering_of(tokens, lower, j, k, hi)
    if gathered is not None:
        return gathered
    if k - j > 2 and split_possessive(tokens, lower, k - 2):
        k -= 2  # a trailing `'` `s` belongs to what follows the name
    elif k - j > 1 and bare_possessive(tokens, lower, k - 1):
        k -= 1  # `CBS'` before a quoted programme
    while k > j and lower[k - 1] in ("of", "with", "'s", "’s", "a", "an", "the"):
        k -= 1
    if k > j and lower[k - 1].endswith(("'s", "’s")) \
            and is_outletish(tokens, lower, (j, k), is_outlet, possessive=len(lower[k - 1]) > 2):
        return (j, k)  # `the BBC's political editor Laura Kuenssberg`: the outlet's person
    described = described_name(tokens, lower, j, hi)
    if described is not None:
        return described
    if k - j > 1 and lower[j].endswith(("'s", "’s")) and tokens[j].text[:1].isupper() \
            and not is_outletish(tokens, lower, (j, j + 1), is_outlet, possessive=True) \
            and is_outletish(tokens, lower, (j + 1, k), is_outlet):
        return (j + 1, k)  # `Israel's Channel 12`: a place owns no outlet
    if k == j:
        return None
    if k < hi and tokens[k - 1].text[:1].isupper() and tokens[k].text.isalpha() \
            and tokens[k].text[:1].islower() and lower[k] not in STOPS \
            and lower[k] not in TIME_WORDS and lower[k] not in words.audiences \
            and lower[k] not in CLAUSE_OPENERS and not lower[k].endswith("ly") \
            and lower[k] not in AFTER_NAME \
            and not ((lower[k] in NAME_ENDERS or _person_follows(lower, k, hi)
                      or k + 1 < hi and lower[k + 1] in CLAUSE_VERBS)
                     and is_outletish(tokens, lower, (j, k), is_outlet)):
        # `an Australian diplomat`: the capitalised word modifies another noun; an outlet's name
        # ends where it ends (`told Reuters investigators ...`, `appearing on Fox News right
        # after the speech`, `speaking to Fox News said`)
        return None
    if k - j == 1 and j > 0 and lower[j - 1] == "the" and lower[j] in OUTLET_HEADS \
            and tokens[j].text[:1].isupper():
        return (j, k)  # `told the Post`, `writing in the Times`: a paper named by its head
    if k - j == 1 and hyphenated_outlet(tokens[j].text) \
            and (k >= hi or not tokens[k].text.isalpha() or lower[k] in ("that", "on", "in")):
        return (j, k)  # `told the Herald-Mail.`, `wrote in the Post-Gazette`
    if k - j == 2 and tokens[j].text == "The" and lower[j + 1] in OUTLET_HEADS \
            and tokens[j + 1].text[:1].isupper():
        return (j + 1, k)  # `told The Post`
    if k - j >= 2 and lower[k - 1] in PROGRAMME_HEADS and is_outletish(tokens, lower, (j, k - 1), is_outlet):
        return (j, k)  # `on the MSNBC show "Morning Joe"` (`channel_parts` splits it)
    if named_programme_after_head(tokens, lower, (j, k), is_outlet) is not None:
        return (j, k)  # `told the BBC programme Go Digital how ...` (`channel_parts` splits it)
    if is_outlet(surface(tokens, (j, k))) or programme_outlet(surface(tokens, (j, k)), words) is not None \
            or outlet_shaped(tokens, lower, (j, k)):
        return (j, k)
    if 1 < k - j <= 3 and is_outlet(tokens[j].text) and (k >= hi or lower[k] in NAME_CLOSERS) \
            and all(t.text[:1].isupper() and lower[m] not in CALENDAR for m, t in enumerate(tokens[j + 1:k], j + 1)):
        return (j, k)  # `told BBC Breakfast that`: a known outlet's own service or programme
    if outlet_brand(tokens, (j, k), is_outlet):
        return (j, k)  # `BBC Radio Five Live`, `BBC World Service`: an outlet's own network
    if not outlet_only and programme_shaped(tokens, lower, (j, k)):
        return (j, k)  # `told Rugby Special he would be fit` (BBC, 2005): a programme addressed
    name = outlet_in_description(tokens, lower, j, k, is_outlet)
    if name is not None:
        return name
    noun_follows = k < hi and tokens[k].text.isalpha() and tokens[k].text.islower() \
        and lower[k] not in STOPS | CLAUSE_OPENERS | TIME_WORDS | AFTER_NAME
    if not outlet_only and lower[k - 1] in words.audiences \
            or outlet_only and not noun_follows \
            and (lower[k - 1] in BROADCAST_MEDIA  # `said on state television`
                 or lower[k - 1] in MEDIA_NOUNS and k - j > 1):  # `by state media`, not `a
        return (j, k)                                         # different media appearance`
    if any_name and all(t.text[:1].isupper() or t.text[:1].isdigit() or lower[m] in ("of", "'s", "’s")
                        for m, t in enumerate(tokens[j:k], j)):
        return (j, k)
    # `Sky News's Sunday Morning programme`: an outlet's own programme; `Bill O'Reilly of Fox
    # News`: its presenter (`channel_parts` keeps the outlet).
    if k - j in (3, 4) and lower[j + 1] == "of" and hyphenated_outlet(tokens[j].text) \
            and all(t.text[:1].isupper() for t in tokens[j + 2:k]):
        return (j, j + 1)  # `told WKOW-TV of Madison`: the station, not the town it is in
    for m in range(j, k):
        if lower[m] == "of" and m > j and is_outletish(tokens, lower, (m + 1, k), is_outlet) \
                or lower[m] in OUTLET_PEOPLE and m > j and any(
                    is_outletish(tokens, lower, (j, e), is_outlet) for e in range(m, max(j, m - 2), -1)):
            return (j, k)  # (`VOA Pentagon correspondent Carla Babb`: a beat may stand between)
        if (lower[m] in ("'s", "’s") or split_possessive(tokens, lower, m)
                or bare_possessive(tokens, lower, m)) and m > j \
                and is_outletish(tokens, lower, (j, m), is_outlet):
            return (j, k)  # `Radio 4's Today programme` (`4`, `'`, `s`)
        if lower[m].endswith(("'s", "’s")) and len(lower[m]) > 2 \
                and is_outletish(tokens, lower, (j, m + 1), is_outlet, possessive=True):
            return (j, k)  # `NBC's` is one token
    return None


def hyphenated_outlet(word: str) -> bool:
    """`Herald-Mail`, `Post-Gazette`, `Times-Picayune`, `WKOW-TV`: one hyphenated word of
    capitalised parts whose last part is an outlet head (`OUTLET_HEADS`) names a paper or a
    station the gazetteer may not know (BBC 2005 business 113: `told the Herald-Mail of
    Hagerstown`; PolNeAR train usa-today_2016-06-09: `told WKOW-TV of Madison`; envia27);
    `outlet_shaped` wants two words, so the one-word name was lost, the more so before `of PLACE`."""
    parts = word.split("-")
    return len(parts) >= 2 and all(p[:1].isupper() and p.isalpha() for p in parts) \
        and parts[-1].lower() in OUTLET_HEADS


# Tokens inside a known outlet's name that end the word-by-word reading of a channel phrase.
def _title_joiner(tokens: list[Token], lower: list[str], j: int, k: int, hi: int) -> bool:
    """`the BBC's Focus on Africa programme` (BBC 2005): a small word between capitalised words
    of a title that runs on to a programme head is inside the channel's name."""
    if not (j < k < hi - 2 and lower[k] in TITLE_JOINERS and tokens[k - 1].text[:1].isupper()
            and tokens[k + 1].text[:1].isupper()):
        return False
    m = k + 1
    while m < min(hi, k + 5) and tokens[m].text[:1].isupper():
        m += 1
    return m < hi and lower[m] in PROGRAMME_HEADS


NAME_INNER = frozenset({"and", "&", ".", "/", "de", "of", "-"})


# Heads of gatherings addressed whose `of` phrase names who gathered (`told a meeting of EU
# foreign ministers`, `a plenary session of the Hungarian Parliament`).
GATHERINGS = frozenset({"meeting", "session", "conference", "gathering", "summit", "audience",
                        "convention", "rally", "assembly", "congress", "forum", "plenary"})
_OF_STOPS = frozenset({",", ".", ";", ":", "that", "on", "at", "in", "last", "this", "when", "while",
                       "as", "after", "before", "about", "who", "which", "(", ")", "—", "–", "--",
                       "he", "she", "they", "it", "we", "i", "there"})


def _gathering_of(tokens: list[Token], lower: list[str], j: int, k: int, hi: int) -> Range | None:
    """`a meeting of EU foreign ministers` from `j` (the word-by-word reading ended at `k`):
    a gathering's head, `of`, and who gathered, up to a clause or a time word (at most eight
    words); None when the phrase has no such `of`."""
    of = next((m for m in range(j + 1, min(k + 1, hi - 1)) if lower[m] == "of" and lower[m - 1] in GATHERINGS), None)
    if of is None:
        return None
    e = of + 1
    while e < hi and e - of <= 8 and lower[e] not in _OF_STOPS and lower[e] not in CALENDAR \
            and (tokens[e].text[:1].isalnum() or lower[e] in ("-", "&")):
        e += 1
    return (j, e) if e > of + 1 and (e >= hi or lower[e] in _OF_STOPS or lower[e] in CALENDAR) else None


def _known_long_name(tokens: list[Token], lower: list[str], j: int, hi: int,
                     is_outlet: IsOutlet) -> Range | None:
    """A gazetteer outlet of three to eight tokens from `j` with a small word or a mark inside
    (`the Globe and Mail`, `Folha de S.Paulo`, `Radio Free Europe/Radio Liberty`), which the
    word-by-word reading would cut; the longest, when no capitalised word or possessive follows."""
    if j >= hi or not tokens[j].text[:1].isupper():
        return None
    for e in range(min(hi, j + 8), j + 2, -1):
        if not any(lower[m] in NAME_INNER for m in range(j + 1, e - 1)):
            continue
        if e < hi and (tokens[e].text[:1].isupper() or lower[e] in ("'s", "’s", "'")) \
                or not tokens[e - 1].text[-1:].isalnum():
            continue  # the name runs on, or the span ends in a mark (`the Globe and Mail.`)
        if is_outlet(surface(tokens, (j, e))) or _joined_title(tokens, lower, (j, e), is_outlet):
            return (j, e)
    return None


def _joined_title(tokens: list[Token], lower: list[str], r: Range, is_outlet: IsOutlet) -> bool:
    """`the Globe and Mail`, `Tyne & Wear Gazette`: one or two capitalised words, `and` or `&`,
    then capitalised words ending in an outlet head (`outlet_shaped`) make one paper's title
    even when the gazetteer does not know it; not two outlets coordinated (`CNN and Fox News`,
    the first an outlet of its own)."""
    j, k = r
    joiner = next((m for m in range(j + 1, k - 1) if lower[m] in ("and", "&")), None)
    return joiner is not None and joiner - j <= 2 and outlet_shaped(tokens, lower, r) \
        and not is_outletish(tokens, lower, (j, joiner), is_outlet)


def _after_ownership(tokens: list[Token], lower: list[str], j: int, hi: int) -> int:
    """The index after up to three words of who owns, backs or hosts an outlet, when a
    capitalised name follows them; else `j`."""
    m = j
    while m < hi and m - j < 3 and (lower[m] in OWNERSHIP or lower[m].endswith(BACKED) and "-" in lower[m][1:]):
        m += 1
    if m == j or m >= hi or not tokens[m].text[:1].isupper():
        return j
    if lower[m] in BROADCAST_MEDIA and not (m + 1 < hi and tokens[m + 1].text[:1].isupper()):
        return j  # `on state TV` names a medium, not an outlet
    return m


def _state_outlet(tokens: list[Token], lower: list[str], j: int, hi: int,
                  is_outlet: IsOutlet) -> Range | None:
    """`China's state CCTV`, `Iran's state-run Press TV`: a country's possessive, up to two
    words of `STATE_DESCRIPTORS`, then a gazetteer outlet of up to four capitalised words -> the
    outlet (AFP via Hurriyet, 2013: `in an interview with China's state CCTV`)."""
    if not (j < hi and lower[j].endswith(("'s", "’s")) and len(lower[j]) > 2 and tokens[j].text[:1].isupper()):
        return None
    n = j + 1
    while n < hi and n - j <= 2 and lower[n] in STATE_DESCRIPTORS:
        n += 1
    if n == j + 1:
        return None
    for e in range(min(hi, n + 4), n, -1):
        if all(t.text[:1].isupper() for t in tokens[n:e]) \
                and (is_outlet(surface(tokens, (n, e))) or outlet_shaped(tokens, lower, (n, e))):
            return (n, e)  # (`Turkey's state-run Anadolu Agency`, eKathimerini 2020: a name
            # ending in an outlet head, which the gazetteer need not know)
    return None


def coordinated(tokens: list[Token], lower: list[str], r: Range, hi: int, is_outlet: IsOutlet,
                words: ChannelWords) -> list[Range]:
    """`interviews with ABC News, MSNBC and CNN`, `told CNN and Fox News`: outlets coordinated
    after a channel found at `r` (only outlets: `told reporters and his wife` adds nothing)."""
    out: list[Range] = []
    k = r[1]
    if k + 2 < hi and tokens[k].text.islower() and lower[k] in NAMED_OUTLET_NOUNS and lower[k + 1] == "and":
        k += 1  # `an interview with Newsweek magazine and The Washington Post` (Asia-Plus, 2008)
    while k + 1 < hi and (lower[k] in (",", "and") or lower[k] == "," and lower[k + 1] == "and"):
        j = k + 1 + (lower[k] == "," and lower[k + 1] == "and")
        nxt = channel_phrase(tokens, lower, j, hi, is_outlet, words, outlet_only=True)
        if nxt is None or not is_outletish(tokens, lower, nxt, is_outlet):
            break
        out.append(nxt)
        k = nxt[1]
    return out


def sentence_channels(tokens: list[Token], lower: list[str], lo: int, hi: int,
                      cue: list[Range], content: list[Range], is_outlet: IsOutlet,
                      scanned: list[Range] | None = None,
                      is_person: Callable[[str], bool] | None = None,
                      other_cues: list[Range] | None = None) -> list[Range]:
    """Channels of one attribution in its sentence [lo, hi), outside its content, in reading
    order: the addressee of a `tell` cue (even where a tagger took it for content), and the
    sentence's introduced channels, platforms and events (`scan_sentence`, which the caller
    may pass in, computed once per sentence) that belong to this cue's clause: with the cues
    of the sentence's other attributions (`other_cues`), a channel goes to the nearest cue on
    its side (`While Trump said ... and Tillerson said ..., Trump has also said ..., saying
    in a tweet: ...` gives the tweet to `saying` alone)."""
    words = channel_words()
    inside = {i for a, b in content for i in range(a, b)}
    told: list[Range] = []
    for a, b in cue:
        for m in range(a, b):
            if lower[m] in ADDRESSING:
                r = channel_phrase(tokens, lower, b if m == b - 1 else m + 1, hi, is_outlet, words)
                if r is None and is_person is not None:
                    r = _unknown_agency(tokens, lower, b if m == b - 1 else m + 1, hi, is_person)
                if r is None and lower[m] in TELL:
                    r = _titled_name(tokens, lower, b if m == b - 1 else m + 1, hi)
                if r is None and is_person is not None and lower[m] in TELL:
                    r = _person_told(tokens, lower, b if m == b - 1 else m + 1, hi, is_person)
                if r is None and lower[m] in TELL:
                    r = _those_present(lower, b if m == b - 1 else m + 1, hi)
                if r is None and lower[m] in TELL:
                    r = described_audience(tokens, lower, b if m == b - 1 else m + 1, hi, words)
                if r is None and lower[m] in TELL:
                    r = _media_person(tokens, lower, b if m == b - 1 else m + 1, hi)
                if r is not None:
                    told.append(r)
                    told.extend(coordinated(tokens, lower, r, hi, is_outlet, words))
        r = _addressed_to(tokens, lower, b, hi, inside, is_outlet, words)
        if r is not None:
            told.append(r)
    told += _governing_addressees(tokens, lower, lo, cue, inside, is_outlet, words)
    for a, b in content:
        # only the object of a verb of telling something (`revealed X to investigators`), which
        # the content starts right after; a `to` deeper in a clause is its own (`could leak
        # details to reporters`, `take the case to the Supreme Court`)
        if any(e == a and lower[e - 1] in OBJECT_TELLING for _, e in cue):
            r = trailing_addressee(tokens, lower, a, b, is_outlet, words)
            if r is None and lower[a] == "to" and a + 1 < b:
                # `confessed to the FBI that ...` (en-cbsnews-1 gold: `FBI`): the tagger's
                # content opened on the addressee
                r = channel_phrase(tokens, lower, a + 1, b, is_outlet, words)
                r = r if r is not None and r[1] < b and lower[r[1]] == "that" else None
            if r is not None:
                told.append(r)
    if scanned is None:
        scanned = scan_sentence(tokens, lower, lo, hi, is_outlet)
    # A channel opening a content piece (`said on | X that ...`, the tagger's cut) is the
    # channel; the caller trims it off the content.
    starts = {a for a, _ in content}
    # past an addressee opening the content, a medium may open it too (`telling the paper's
    # editor | via text: "..."`, enG-thenational-1)
    starts |= {r[1] for r in told if r[0] in starts or any(opens_with_channel(lower, a, r) for a in starts)}
    found = sorted({*told, *(r for r in scanned
                             if r[0] in starts or any(opens_with_channel(lower, a, r) for a in starts)
                             or any(closing_adjunct(lower, r, b, a) is not None for a, b in content)
                             or not any(x in inside for x in range(*r))
                             and _in_clause_of(tokens, lower, lo, cue, r, other_cues or []))})
    if cue and _opened_quote_before(tokens, lo, cue[0][0]):
        # a cue inside a quotation (`told Newsweek: "Although the researchers found ..."`,
        # enC-newsweek-1 gold) has none of the channels outside it: they carried the quote
        found = [r for r in found if r in told or not any(
            tokens[m].text in _DOUBLE_QUOTES for m in range(min(r[1], cue[0][0]), max(r[0], cue[0][0])))]
    for k in range(len(found) - 1):
        (a, b), (c, _) = found[k], found[k + 1]
        if c == b + 1 and lower[b] in ("to", "for") or c == b + 2 and lower[b] in ("to", "for") \
                and lower[b + 1] in ("the", "a", "an", "his", "her", "their", "its"):
            # `in an email to The Associated Press`: the addressee carried the document to the
            # public, so it is the outer channel (as 发给路透社的声明 gives 路透社, then 声明)
            found[k], found[k + 1] = found[k + 1], found[k]
        elif c - b in (2, 3) and lower[b] in HELD_BY and lower[b + 1] == "by":
            # `a transcript reviewed by Business Insider`: the outlet published the document
            found[k], found[k + 1] = found[k + 1], found[k]
        elif lower[b:c] in (["of"], ["of", "the"]) and is_outletish(tokens, lower, (c, found[k + 1][1]), is_outlet):
            # `via Brian Batko of the Pittsburgh Post-Gazette`: the outlet, then its reporter
            found[k], found[k + 1] = found[k + 1], found[k]
    if len(found) > 1:  # a bare interview only when no one who took it is named (scan_sentence)
        found = [r for r in found if lower[r[1] - 1] not in BARE_MEDIA
                 or told_in_interview(lower, found, r)] or found
    return found


_DOUBLE_QUOTES = frozenset({"“", "”", '"', "«", "»", "''"})


def date_describer_end(tokens: list[Token], lower: list[str], k: int, hi: int) -> int:
    """Past the date that may describe a medium or an event after its determiner (`in a 2014
    interview`, `in his 1990 autobiography`, `in a June 2012 email`, `in a September 16, 2012
    email`, `in a Sunday tweet`, `In a 1963 speech`: BBC 2005 and PolNeAR train text): a
    capitalised month or weekday, a year (four digits from 1900) and a month's day, at most five
    tokens. The index after them, `k` when there is none. The date is when the words were put
    out, not a part of the medium's name (ANNOTATION.md "Channels": the medium of speech is the
    via, as `_described_from` drops `later` and `recent`)."""
    m = k
    while m < hi and m - k < 5:
        t = tokens[m].text
        if lower[m] in CALENDAR and t[:1].isupper() \
                or t.isdigit() and len(t) == 4 and t[:2] in ("19", "20") \
                or t.isdigit() and len(t) <= 2 and m > k and lower[m - 1] in CALENDAR \
                or t == "," and k < m and tokens[m - 1].text.isdigit() and m + 1 < hi \
                and tokens[m + 1].text.isdigit() and len(tokens[m + 1].text) == 4:
            m += 1
            continue
        break
    return m


def _opened_quote_before(tokens: list[Token], lo: int, k: int) -> bool:
    """Whether a double quotation opened in [lo, k) is still open at token `k`."""
    depth = straight = 0
    for m in range(lo, k):
        t = tokens[m].text
        if t in ("“", "«"):
            depth += 1
        elif t in ("”", "»") and depth:
            depth -= 1
        elif t in ('"', "''"):
            straight ^= 1
    return depth > 0 or straight == 1


# Words that may follow a channel closing a content (`in an interview with CNN broadcast on
# Sunday`, `... published Monday evening`): participles of airing and time words.
_AIRED = frozenset({"broadcast", "aired", "published", "released", "posted", "televised", "on",
                    "last", "this", "late", "early", "earlier", "morning", "afternoon", "evening",
                    "night", "week", "weekend", "month", "year", "today", "yesterday", "tonight"})


def closing_adjunct(lower: list[str], r: Range, end: int, start: int | None = None) -> int | None:
    """`criticized the plan | in an interview with CNN on Sunday`: a channel introduced by `in an
    interview with`, `in a post on`, `in comments to` (a medium noun and its preposition) that,
    with only airing words and time after it, closes a content the tagger ran on over it: the
    channel of the attribution, not a part of what was said. The index of its `in`, or None.
    With the content's `start`, also a bare medium closing a noun-phrase content (`bare_medium_adjunct`)."""
    if start is not None and (bare := bare_medium_adjunct(lower, r, start, end)) is not None:
        return bare
    if r[1] > end or r[0] < 4 or lower[r[0] - 1] not in ("with", "on", "to"):
        return None
    k = r[0] - 2
    if lower[k] not in MEDIUM_HEADS:
        return None
    while k > 0 and lower[k - 1] not in ("in", "during") and r[0] - k < 5:
        k -= 1
    if k == 0 or lower[k - 1] not in ("in", "during"):
        return None
    if not all(w in _AIRED or w in CALENDAR or w.isdigit() for w in lower[r[1]:end]):
        return None
    return k - 1


# Determiners of a medium the speaker used (`in a statement`, `in its statement`).
_MEDIUM_DETERMINERS = frozenset({"a", "an", "his", "her", "its", "their"})
MAX_NOUN_CONTENT = 6  # tokens of a noun-phrase content before its closing medium


def bare_medium_adjunct(lower: list[str], r: Range, start: int, end: int) -> int | None:
    """`praised Obama’s presidency | in an interview published Saturday` (PolNeAR train
    politico_2015-12-26_british-diplomat-praises-obama-s), `denied the allegations | in a
    statement`: a medium [r] of one word after `in` and a determiner, with only airing words and
    time after it, closing a short content with no verb (a noun phrase, at most
    `MAX_NOUN_CONTENT` tokens), is where the words were said, not part of them (`said the firm
    had lied in a statement` keeps its clause's medium). The index of its `in`, or None."""
    k = r[0] - 2
    if r[1] - r[0] != 1 or r[1] > end or k <= start or lower[k] not in ("in", "during") \
            or lower[k + 1] not in _MEDIUM_DETERMINERS or lower[r[0]] not in MEDIUM_WORDS \
            or k - start > MAX_NOUN_CONTENT:
        return None
    if any(w in CLAUSE_VERBS or w in ("that", ",", "to") or w.endswith("ed") for w in lower[start:k]):
        return None
    if not all(w in _AIRED or w in CALENDAR or w.isdigit() for w in lower[r[1]:end]):
        return None
    return k


# One-word media a speaker puts words in (`in a statement`, `in an interview`, `in a tweet`).
MEDIUM_WORDS = frozenset({"statement", "interview", "tweet", "post", "letter", "speech", "video",
                          "email", "e-mail", "op-ed", "column", "podcast", "broadcast"})


# Medium nouns whose preposition introduces the outlet or platform that carried them.
MEDIUM_HEADS = frozenset({"interview", "interviews", "post", "posts", "comments", "remarks",
                          "statement", "appearance", "op-ed", "column", "article", "essay",
                          "letter", "video", "podcast", "broadcast", "conversation"})


# Conjunctions opening a clause with its own subject (a pronoun or a name right after them).
CLAUSE_SUBORDINATORS = frozenset({"after", "before", "when", "while", "because", "although", "though",
                                  "since", "until", "whereas", "if", "once", "as"})
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "it"})


def _in_clause_of(tokens: list[Token], lower: list[str], lo: int, cue: list[Range], r: Range,
                  other_cues: list[Range]) -> bool:
    """Whether no other attribution's cue stands between this cue and the channel `r` (the
    channel then belongs to the nearer attribution: PolNeAR and en-news attach a channel to
    the clause that holds it, not to every attribution of the sentence). A channel phrase
    fronted at the sentence start [`lo`] (`At the forum, Clinton called ..., but she noted`,
    `At a press conference announcing her appointment, a reporter asked`) holds every clause
    after it, and a participle continuing a statement after a comma (`In an interview
    with the FBI, Webb confessed ..., admitting that`) shares the channels of the verb it
    continues."""
    if not cue:
        return True
    head = _finite_writer_head(lower, r)
    if head is not None and not any(x <= head < y for x, y in cue):
        return False  # `As Emily Feng reports for NPR, ... when authorities announced`: the
        # outlet a writer works for carries that writer's words only
    a, b = min(x for x, _ in cue), max(y for _, y in cue)
    others = [c for c in other_cues if not any(c[0] < y and x < c[1] for x, y in cue)]
    between = (b, r[0]) if r[0] >= b else (r[1], a)
    # `Big Machine issued a statement ... after Swift publicly scolded her former label, accusing
    # ...` (BBC/Fox 2019): a participle after a comma continues the subordinate clause nearest
    # it, so a channel before that clause is not its own
    continuing_sub = r[1] <= a and a > 0 and lower[a - 1] == "," and lower[a] in CONTINUING
    comma_free = "," not in lower[between[0]:between[1]]
    if (comma_free or continuing_sub) and any(
            lower[m] in CLAUSE_SUBORDINATORS and m + 1 < len(lower)
            and (lower[m + 1] in SUBJECT_PRONOUNS
                 or tokens[m + 1].text[:1].isupper() and lower[m + 1] not in CALENDAR)
            # (past a comma, only a clause with its own verb: not `went after Bush, calling`)
            and (comma_free or "," not in lower[m:m + 4])
            for m in range(*between)):
        # `Chaffetz said after Pagliano failed to show up at the hearing`, `Palmieri spoke to
        # reporters Friday after Trump unleashed a series of tweets`: the channel is in
        # another clause than the cue (PolNeAR dev)
        return False
    if r[0] >= b:
        return not any(b <= c[0] and c[1] <= r[0] for c in others)
    if r[1] <= a:
        comma = next((m for m in range(r[1], a) if lower[m] == ","), r[1])
        if lo <= r[0] <= lo + 3 and comma < r[1] + 6 and lower[comma] == ",":
            return True  # `At the forum, Clinton called ..., but she noted ...`: a fronted
            # setting holds every clause of its sentence
        between = [c for c in others if comma <= c[0] and c[1] <= a]
        continuing = a > 0 and lower[a - 1] == "," and lower[a] in CONTINUING
        # `In a Tumblr post she described this as ... and accused him of ...` (BBC 2019): a verb
        # coordinated with the one before it shares its subject and its channel
        coordinated = a > 0 and lower[a - 1] == "and" and len(between) == 1 \
            and ";" not in lower[between[0][1]:a]
        return len(between) <= (1 if continuing or coordinated else 0)
    return True


# Finite verbs of a writer's own report before the outlet worked for (`reports for NPR`).
_WRITER_VERBS = frozenset({"reports", "reported", "writes", "wrote"})


def _finite_writer_head(lower: list[str], r: Range) -> int | None:
    """The index of `reports`/`writes` in `X reports for <r>` (past `the`), or None."""
    k = r[0] - 1 - (r[0] > 0 and lower[r[0] - 1] == "the")
    return k - 1 if k > 0 and lower[k] == "for" and lower[k - 1] in _WRITER_VERBS else None


# Participles continuing a statement after a comma (`told CBS on Sunday, saying ...`).
CONTINUING = frozenset({"saying", "adding", "writing", "noting", "arguing", "insisting", "warning",
                        "stressing", "explaining", "declaring", "claiming", "calling", "suggesting",
                        "admitting", "acknowledging", "asserting", "recalling", "describing"})


def _governing_addressees(tokens: list[Token], lower: list[str], lo: int, cue: list[Range],
                          inside: set[int], is_outlet: IsOutlet, words: ChannelWords) -> list[Range]:
    """`revealed one of those interactions to impeachment investigators, saying he recalled it`,
    `told CBS' Face the Nation on Sunday, saying that ...`: a participle continuing a statement
    after a comma was said to the same addressee as the verb it continues (the nearest telling
    verb before the comma, in the same clause run)."""
    if not cue or lower[cue[0][0]] not in CONTINUING or cue[0][0] - 1 <= lo or lower[cue[0][0] - 1] != ",":
        return []
    at = cue[0][0] - 1
    for m in range(at - 1, max(lo - 1, at - 16), -1):
        if lower[m] in (";", ".") or tokens[m].text in QUOTES and tokens[m].text not in ("'", "’"):
            return []  # (an apostrophe may be a possessive: `CBS' Face the Nation`)
        if lower[m] in ADDRESSING:
            r = channel_phrase(tokens, lower, m + 1, at, is_outlet, words)
            return [r] if r is not None else []
        if lower[m] in OBJECT_TELLING:
            r = _addressed_to(tokens, lower, m + 1, at, inside, is_outlet, words)
            return [r] if r is not None else []
    return []


# Words that may come before a channel at the start of a content the tagger cut too early
# (`said | on her Telegram channel that ...`).
CHANNEL_LEAD = frozenset({"on", "in", "via", "through", "at", "to", "his", "her", "their", "its", "the", "a",
                          "an", "our", "my",
                          # `said on | its official Twitter account that ...` (the tagger's cut;
                          # `_platform` reads past the same words)
                          "official", "verified", "personal"})


# ... and words of the phrase that introduces a channel (`in comments published by state media`).
# (`comment` is no such word: `declined to comment on the New York Times report`)
_INTRODUCING = CHANNEL_LEAD | {w for pair in INTRODUCERS for w in pair} - {"comment"} | {
    "comments", "remarks", "statement", "post", "video", "message", "interview", "an", "air",
    "during", "recent", "latest"}  # (`said | during a recent meeting with X that`, enI-radiofarda-1)


def opens_with_channel(lower: list[str], start: int, r: Range) -> bool:
    """Whether a content starting at `start` opens with the channel `r` after at most five
    prepositions, determiners or channel-introducing words (`on her Telegram channel that
    ...`, `in comments published by state media that ...`), the first a preposition."""
    if start < r[0] <= start + 3 and all(lower[m] in CHANNEL_LEAD or _event_date(lower, m)
                                         for m in range(start, r[0])):
        return True  # (`said at a | Tuesday news conference that`: the tagger's cut at the date)
    if start > 0 and lower[start - 1] in ("interview", "interviews", "conversation") \
            and lower[start] == "with" and start < r[0] <= start + 2:
        return True  # `said in an interview | with Bloomberg TV, "..."`: the tagger's cut
    return start < r[0] <= start + 5 and (lower[start] in ("on", "in", "via", "through", "at", "to", "during")
                                          or lower[start:start + 2] == ["the", "air"]
                                          # `As Emily Feng reports | for NPR, ...`: the outlet
                                          # an introducer's `for` names (`writing for`)
                                          or lower[start] == "for" and start > 0
                                          and (lower[start - 1], "for") in INTRODUCERS) \
        and all(lower[m] in _INTRODUCING or _event_date(lower, m) for m in range(start, r[0]))


def _event_date(lower: list[str], m: int) -> bool:
    """Whether the word at `m` is a weekday, a month or a year dating the channel after it
    (`said at a Monday press conference in Washington that`, `at a 2012 news conference`:
    BBC 2005 / PolNeAR shapes), which `scan_sentence` reads past as `date_describer_end` does."""
    return lower[m] in CALENDAR or len(lower[m]) == 4 and lower[m].isdigit() and lower[m][:2] in ("19", "20")


def _addressed_to(tokens: list[Token], lower: list[str], b: int, hi: int, inside: set[int],
                  is_outlet: IsOutlet, words: ChannelWords) -> Range | None:
    """`revealed one of those interactions to impeachment investigators`, `said to reporters`:
    an audience or outlet after `to` in the cue's clause (up to a comma or quotation), outside
    the content. Only audiences and outlets: `said to be`, `spoke to Smith` are not channels."""
    for m in range(b, min(hi, b + 10)):
        if lower[m] in (",", ";", ":", ".") or tokens[m].text in QUOTES:
            return None
        if lower[m] == "to" and m not in inside and m + 1 < hi:
            r = channel_phrase(tokens, lower, m + 1, hi, is_outlet, words)
            if r is not None and not any(x in inside for x in range(*r)) \
                    and not _bare_verb(tokens, lower, r, m + 1):
                return r
    return None


# Verbs whose object is what is told and whose `to` phrase is its addressee.
OBJECT_TELLING = frozenset({"revealed", "reveals", "explained", "explains", "described",
                            "describes", "disclosed", "discloses", "confessed", "admitted",
                            "repeated", "recounted", "relayed", "conveyed", "outlined",
                            "detailed", "presented", "expressed", "read"})


# Verbs whose `to` phrase is the addressee of what they state (`has denied to Reuters that`,
# `confirmed to the BBC that`, `insisted to reporters that`).
STATING_TO = frozenset({"denied", "denies", "deny", "denying", "confirmed", "confirms", "confirm",
                        "confirming", "admitted", "admits", "insisted", "insists", "complained",
                        "complains", "explained", "explains", "conceded", "concedes", "stressed",
                        "stresses", "indicated", "indicates", "suggested", "suggests", "hinted",
                        "hints", "signalled", "signaled", "confided", "confides", "declared",
                        "declares", "announced", "announces", "boasted", "boasts", "pledged",
                        "pledges", "promised", "promises", "vowed", "vows", "claimed", "claims",
                        "maintained", "maintains", "argued", "argues", "mentioned", "mentions"})


def addressee_in_cue(tokens: list[Token], lower: list[str], cue: list[Range], content: list[Range],
                     hi: int, is_outlet: IsOutlet) -> tuple[Range, list[Range], list[Range]] | None:
    """`Ironhorse Oil and Gas has denied to Reuters that ...` (en-news part I README), `The company
    denied to the BBC that ...`: the tagger ran the cue over the addressee (`has denied to
    Reuters`) or over its `to` with the addressee opening the content (`denied to | the BBC that`).
    The outlet or audience told is the channel (ANNOTATION.md "Channels": the addressee of speech;
    part I's gold `has denied to Reuters` -> `Reuters`), the cue ends at its verb and the content
    starts after `that`. (the channel, the cue, the content), or None."""
    if not cue:
        return None
    c0, c1 = cue[-1]
    for m in range(c0 + 1, c1):
        if lower[m] == "to" and lower[m - 1] in STATING_TO:
            r = channel_phrase(tokens, lower, m + 1, hi, is_outlet)
            if r is not None and r[1] == c1:
                return r, [*cue[:-1], (c0, m)], content
    if content and content[0][0] == c1 and c1 - c0 >= 2 and lower[c1 - 1] == "to" \
            and lower[c1 - 2] in STATING_TO:
        a, b = content[0]
        r = channel_phrase(tokens, lower, c1, b, is_outlet)
        if r is not None and r[1] + 1 < b and lower[r[1]] == "that":
            return r, [*cue[:-1], (c0, c1 - 1)], [(r[1] + 1, b), *content[1:]]
    told = addressee_opening_content(tokens, lower, cue, content, is_outlet)
    if told is not None:
        return told, cue, [(told[1] + 1, content[0][1]), *content[1:]]
    for n, (a, b) in enumerate(content):
        # `"...," a Premier League spokesman confirmed to BBC Sport.` (BBC sport): a piece after
        # the cue that is nothing but `to` and the addressee
        if a == c1 and lower[c0] in STATING_TO and lower[a] == "to" and a + 1 < b and len(content) > 1:
            end = b
            while end > a + 1 and lower[end - 1] in (".", ",", ";"):
                end -= 1
            r = channel_phrase(tokens, lower, a + 1, end, is_outlet)
            if r is not None and r[1] == end:
                return r, cue, content[:n] + content[n + 1:]
    return None


def addressee_opening_content(tokens: list[Token], lower: list[str], cue: list[Range],
                              content: list[Range], is_outlet: IsOutlet) -> Range | None:
    """`The minister’s spokesperson also denied | to Geo Fact Check that ...` (enO-geotv-1),
    `confirmed | to Gulf News that ...` (enN-gulfnews-1): the tagger opened the content at the
    `to` of a stating verb (`STATING_TO`), so the party told sits between it and `that`. That
    party is the channel (ANNOTATION.md "Channels": "the addressee or medium of speech is a
    `via`") whether or not the gazetteer knows it: an outlet, an audience, or any proper name
    (a fact-checking desk, a person), as the other party of an interview is. The range told, or
    None; the content then starts after `that`."""
    if not cue or not content:
        return None
    c1, (a, b) = cue[-1][1], content[0]
    if a != c1 or lower[a] != "to" or lower[c1 - 1] not in STATING_TO or a + 2 >= b:
        return None
    r = channel_phrase(tokens, lower, a + 1, b, is_outlet, any_name=True)
    if r is None or r[1] + 1 >= b or lower[r[1]] != "that":
        return None
    return r


def trailing_addressee(tokens: list[Token], lower: list[str], a: int, b: int, is_outlet: IsOutlet,
                       words: ChannelWords | None = None) -> Range | None:
    """`revealed one of those interactions to impeachment investigators`: a content piece
    [a, b) that the tagger ran on over `to <audience or outlet>` at its end holds the
    addressee (the content keeps it: PolNeAR's spans run on over it too)."""
    words = words or channel_words()
    end = b
    while end > a and lower[end - 1] in (",", ".", ";", ":"):
        end -= 1
    for m in range(max(a + 1, end - 6), end - 1):
        if lower[m] != "to":
            continue
        r = channel_phrase(tokens, lower, m + 1, end, is_outlet, words)
        if r is not None and r[1] == end and not _bare_verb(tokens, lower, r, m + 1):
            return r
    return None


def _bare_verb(tokens: list[Token], lower: list[str], r: Range, after_to: int) -> bool:
    """`failed to show up`, `to call`, `to press`: one bare lower-case word right after `to`
    is a verb unless it is a plural or a collective audience (`to reporters`, `to police`)."""
    return r == (after_to, after_to + 1) and tokens[after_to].text.islower() \
        and not lower[after_to].endswith("s") and lower[after_to] not in _COLLECTIVES


_COLLECTIVES = frozenset({"police", "media", "congress", "parliament", "jury"})


# What may follow a lone addressee name: the reported clause or a time or place phrase.
AFTER_ADDRESSEE = frozenset({"that", ",", ".", "on", "in", "last", "this", "earlier", "late",
                             "early", "during", "at", ":"})


# Participles and verbs of speaking to someone, whose unknown acronym object is an outlet or a
# body addressed (`Speaking to MUTV, Smith said`).
SPEAKING_TO = frozenset({"speaking", "spoke", "talking", "talked", "talks"})
# Words that may follow the acronym spoken to (`speaking to CNN after the senator spoke`).
_AFTER_SPOKEN_TO = frozenset({"after", "before", "about", "when", "while", "ahead", "following"})


def _acronym_spoken_to(tokens: list[Token], lower: list[str], j: int, hi: int) -> Range | None:
    """`Speaking to KZRN on Monday, X said`: an acronym no gazetteer knows, spoken to, is an
    outlet or a body addressed (ANNOTATION.md "Channels": the addressee of speech is a via, as
    `told KZRN` is read by `_unknown_agency`); an acronym is no person's name, and a role
    (`MP`) is no acronym (`is_acronym`)."""
    k = j + (j + 1 < hi and lower[j] == "the")
    if k < hi and is_acronym(tokens[k].text) and not lower[k].endswith(("'s", "’s")) \
            and (k + 1 >= hi or lower[k + 1] in AFTER_ADDRESSEE | _AFTER_SPOKEN_TO):
        return (k, k + 1)
    return None


def _unknown_agency(tokens: list[Token], lower: list[str], j: int, hi: int,
                    is_person: Callable[[str], bool]) -> Range | None:
    """`A doctor on the scene told Ruptly that ...`, `told CNN-IBN,` (an acronym, hyphenated or
    not; `told African-Americans` is a population): a single capitalised word told, which the
    article never uses as (part of) a person's name, is an organisation the gazetteer does not
    know (a video agency, a local paper); a person told (`told Smith`) is no channel. An
    acronym may take `the` (`a Lufthansa spokesman told the BBC.`, BBC 2005: a person's name
    takes no article), and the told clause may open right after the name (`told Reuters the 10
    had agreed`, `told the BBC Mr Howard had always been in favour`, BBC 2005)."""
    if j + 1 < hi and lower[j] == "the" and is_acronym(tokens[j + 1].text) \
            and not lower[j + 1].endswith("'s"):
        j += 1  # (`told the MP that` names a person: `is_acronym` leaves roles out)
    numbered = _numbered_name(tokens, lower, j, hi)
    if numbered is not None:
        return numbered
    if j >= hi or not tokens[j].text[:1].isupper() \
            or not (tokens[j].text.isalpha() or tokens[j].text.replace("-", "").isalpha()
                    and tokens[j].text.isupper()) \
            or j + 1 < hi and lower[j + 1] not in AFTER_ADDRESSEE \
            and not (lower[j + 1] in ("the", "a", "an") or lower[j + 1].rstrip(".") in HONORIFICS) \
            or is_person(tokens[j].text):
        return None
    return (j, j + 1)


def _numbered_name(tokens: list[Token], lower: list[str], j: int, hi: int) -> Range | None:
    """`a spokesperson for Amazon has told 1News that the claims are untrue` (enN-1news-1 gold:
    `1News`), `told 7NEWS`, `told 2GB`: a broadcaster named by its channel number written
    together with a capitalised word (the tokenizer splits `1News` in two). No person's name
    opens with a digit, so the name told is an outlet the gazetteer does not know; it must be
    followed by what may follow an addressee (`AFTER_ADDRESSEE`) or the told clause."""
    if j + 1 >= hi or not (tokens[j].text.isdigit() and len(tokens[j].text) <= 2) \
            or tokens[j].end != tokens[j + 1].start or not tokens[j + 1].text[:1].isupper() \
            or not tokens[j + 1].text.isalpha():
        return None
    if j + 2 < hi and lower[j + 2] not in AFTER_ADDRESSEE and lower[j + 2] not in CLAUSE_OPENERS:
        return None
    return (j, j + 2)


def _titled_name(tokens: list[Token], lower: list[str], j: int, hi: int) -> Range | None:
    """`One dinner guest allegedly told The New European: "..."` (part G tune), `told The
    Star-Ledger`: a capitalised `The` inside a sentence opens a publication's title (a person's
    name takes no article), so the name after it is the outlet told, even one the gazetteer
    does not know. The name without `The`, as the gold writes `New European`."""
    if not (j < hi - 1 and tokens[j].text == "The"):
        return None
    k = j + 1
    while k < hi and k - j <= 4 and tokens[k].text[:1].isupper() \
            and tokens[k].text.replace("-", "").replace(".", "").isalpha():
        k += 1
    if k == j + 1 or k < hi and lower[k] not in NAME_CLOSERS and tokens[k].text not in QUOTES \
            and lower[k] not in WEEKDAYS and lower[k] not in TIME_WORDS:
        return None
    return (j + 1, k)


def _person_told(tokens: list[Token], lower: list[str], j: int, hi: int,
                 is_person: Callable[[str], bool]) -> Range | None:
    """`McCabe told Priebus the New York Times story was wrong`, `told Ms Alexander that`: a
    named person told is the addressee, so a channel (ANNOTATION.md: "the addressee or medium
    of speech is a via"; en-news part G gold, annotated from that text). Only a name the
    article uses for a person, of one to three capitalised words (an honorific kept), followed
    by the reported clause, a quotation or a time phrase; a pronoun (`told him`) or a common
    noun (`told doctors`) names no one the reader can place, and the older gold leaves them."""
    k = j
    while k < hi and k - j < 3 and tokens[k].text[:1].isupper() \
            and (tokens[k].text.isalpha() or lower[k].rstrip(".") in HONORIFICS
                 or tokens[k].text.replace("-", "").isalpha()):
        k += 1
    if k == j or k >= hi or not is_person(tokens[k - 1].text) or lower[j] in CLAUSE_OPENERS \
            or not (lower[k] in AFTER_ADDRESSEE or lower[k] in CLAUSE_OPENERS
                    or tokens[k].text in QUOTES):
        return None
    return (j, k)


# People of the media who take a statement (`OUTLET_PEOPLE` and the like).
MEDIA_ROLES = OUTLET_PEOPLE | {"podcaster", "podcasters", "broadcaster", "vlogger", "youtuber",
                               "blogger", "newsman", "newswoman", "commentator", "pundit"}


def _media_person(tokens: list[Token], lower: list[str], j: int, hi: int) -> Range | None:
    """`told host John Mwangi that`, `in an interview with podcaster Joe Rogan,`: a person named
    after a media role (no outlet before it: `told CNN's Jake Tapper` is `channel_parts`'s) took
    the words, so the name is the channel, as the part A gold gives `Carla Babb` for `told VOA
    Pentagon correspondent Carla Babb` (ANNOTATION.md: the addressee of speech is a via). Up to
    two describing words before the role (`veteran radio host`); the name of one to three
    capitalised words closes on the reported clause, a comma, a time phrase or a quotation."""
    k = j + (j < hi and lower[j] in ("the", "a"))
    m = k
    while m < hi and m - k < 3 and tokens[m].text.replace("-", "").isalpha() and tokens[m].text.islower() \
            and lower[m] not in MEDIA_ROLES:
        m += 1
    if m >= hi or lower[m] not in MEDIA_ROLES or not tokens[m].text.islower():
        return None
    n = e = m + 1
    while e < hi and e - n < 3 and tokens[e].text[:1].isupper() and tokens[e].text.replace("-", "").isalpha() \
            and lower[e] not in CALENDAR:
        e += 1
    if e - n < 2 and not (e == n + 1 and lower[n].rstrip(".") not in HONORIFICS):
        return None
    if e == n or e < hi and not (lower[e] in AFTER_ADDRESSEE or lower[e] in CLAUSE_OPENERS
                                 or tokens[e].text in QUOTES):
        return None
    return (n, e)


# Phrases after `those` naming the people present at a gathering (`told those in attendance`).
_PRESENT = (("in", "attendance"), ("present",), ("gathered",), ("attending",), ("assembled",))


def _those_present(lower: list[str], j: int, hi: int) -> Range | None:
    """`told those in attendance he had regrets`, `told those present that`: the audience of a
    gathering addressed, as `told the meeting` (ANNOTATION.md: the addressee is a via)."""
    if j >= hi or lower[j] != "those":
        return None
    for words in _PRESENT:
        if tuple(lower[j + 1:j + 1 + len(words)]) == words:
            return (j, j + 1 + len(words))
    return None


# Words counting the people of an audience before it (`told hundreds of supporters`).
CROWD_COUNTS = frozenset({"hundreds", "thousands", "dozens", "scores", "tens", "millions"})
_AUDIENCE_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our"})


def described_audience(tokens: list[Token], lower: list[str], j: int, hi: int,
                       words: ChannelWords) -> Range | None:
    """`told the largely female audience that`, `told hundreds of screaming supporters`, `told
    the 300-strong audience at`, `told Cruz backers Saturday night that` (PolNeAR train, BBC 2005):
    an audience head of channels.json (`audiences`) after a count and up to three describing
    words that `channel_phrase` does not read (its `channel_words` are a closed list), the head
    closing the phrase. The via is the audience as the text names it, with its describing words
    but no determiner, count or adverb (as an event's, `_described_from`; ANNOTATION.md
    "Channels": the addressee of speech is a via). A person told stays none (`told his wife`)."""
    k = j
    if k < hi and lower[k] in _AUDIENCE_DETERMINERS:
        k += 1
    if k + 1 < hi and lower[k] in CROWD_COUNTS and lower[k + 1] == "of":
        k += 2  # `hundreds of screaming supporters`
    elif k + 2 < hi and tokens[k].text.isdigit() and lower[k + 1] == "-" and tokens[k + 2].text.isalpha():
        k += 3  # a measure, tokenised in three: `the 300-strong audience`
    elif k < hi and tokens[k].text.replace(",", "").isdigit():
        k += 1  # `told 2,267 people gathered at ...` counts; the head must still be an audience
    start = k
    while k < hi and k - start < 4 and lower[k] not in words.audiences:
        t = tokens[k].text
        describing = t.replace("-", "").isalpha() and t.islower() and lower[k] not in STOPS \
            and lower[k] not in CLAUSE_OPENERS and lower[k] not in AFTER_NAME \
            or t[:1].isupper() and t.isalpha() and k == start and k > j  # `Cruz backers`
        if not describing:
            return None
        k += 1
    if k >= hi or lower[k] not in words.audiences:
        return None
    if k + 1 < hi and not (lower[k + 1] in AFTER_ADDRESSEE or tokens[k + 1].text in QUOTES
                           or lower[k + 1] in TIME_WORDS or lower[k + 1] in WEEKDAYS
                           or lower[k + 1] in (";", "who", "gathered", "assembled", "attending")):
        return None  # `told the crowd members ...`: the head runs on into a clause
    return (_described_from(lower, start, k), k + 1)


# Participles after a document naming the outlet that holds and published it.
HELD_BY = frozenset({"reviewed", "seen", "obtained", "published", "released", "leaked"})
# Pieces of research whose journal carried them (`a paper published in Oxford Open Climate
# Change`, `a study published in Nature`): any capitalised name is the journal.
RESEARCH_NOUNS = frozenset({"paper", "study", "article", "report", "research", "analysis",
                            "letter", "commentary", "review", "findings"})

# Documents that carry someone's words without being a source of their own.
STATEMENT_NOUNS = frozenset({"statement", "transcript", "readout", "communique", "communiqué",
                             "email", "letter", "memo", "press release", "release"})


# The speaker's own document or speech is the medium of the words, so it is their channel
# (ANNOTATION.md: "the addressee or medium of speech is a via", "a book"): `said in a
# statement` -> statement, `in a televised address` -> televised address, as `在声明中表示` ->
# 声明 in Chinese (zh-news gold: 声明/聲明 19 times, 信 4, 记者会 8) and in part E, annotated
# from the text alone. Parts A-D of en-news follow an older convention (README-c.md: `in a
# statement` no channel), so their via precision counts these as extra. The addressee or
# outlet of such a document is the channel instead when named (`in a statement to Rolling
# Stone` -> Rolling Stone, `in a letter to the Times` -> Times).


# Words governing a report that is spoken about (a topic), not spoken through.
TOPIC_GOVERNORS = frozenset({"regarding", "about", "concerning", "on", "over", "to", "denied", "referring",
                             "dismissed", "rejected", "refuted", "disputed", "questioned",
                             "criticised", "criticized", "slammed", "denying", "dismissing",
                             "rejecting", "refuting"})
_TOPIC_HEADS = frozenset({"report", "reports", "article", "story", "piece", "editorial", "column"})
_TOPIC_PARTICIPLES = frozenset({"published", "carried", "aired", "broadcast", "released", "run"})
# Words a speaker uses of a report it rejects (`a fake report`, `the false story`).
_DISCREDITING = frozenset({"fake", "false", "untrue", "baseless", "unfounded", "misleading",
                           "erroneous", "inaccurate", "fabricated", "so-called"})


def _topic_object(lower: list[str], lo: int, i: int) -> bool:
    """Whether the report-like noun at `i` (`report in`, `article in`) is the object of a topic
    word (`regarding the report in a Canadian newspaper`, `denied the report in ...`); `according
    to a report in X` stays a channel. A participle after the noun reads from the noun
    (`Referring to a fake report published by Reuters, X said`: enE-mehr-1)."""
    if i > lo and lower[i] in _TOPIC_PARTICIPLES and lower[i - 1] in _TOPIC_HEADS:
        i -= 1
    if lower[i] not in _TOPIC_HEADS:
        return False
    m = i - 1
    while m > lo and i - m <= 4 and (lower[m] in ("a", "an", "the", "this", "that", "these", "those", "recent",
                                                    "latest", "new", "earlier", "media", "news", "newspaper")
                                     or lower[m] in _DISCREDITING
                                     or lower[m].endswith(("'s", "’s"))):
        m -= 1
    return m >= lo and lower[m] in TOPIC_GOVERNORS and not (m > lo and lower[m - 1] == "according")


# Words by which the text says a source may not speak (`restrictions on talking to the media`,
# `not authorized to speak to reporters`): the reason for anonymity names no channel.
_FORBIDDING = frozenset({"restrictions", "restriction", "authorized", "authorised", "allowed",
                         "permitted", "permission", "authority", "authorization", "authorisation",
                         "cleared", "ban", "barred", "forbidden", "prohibited", "rules", "policy",
                         "empowered"})


def _not_to_speak(lower: list[str], lo: int, i: int) -> bool:
    """Whether the speaking verb at `i` is one the source is barred from (`restrictions on
    talking to the media`, `not authorized to talk to reporters`, TRT World 2018)."""
    return lower[i] in ("talking", "speaking", "talk", "speak", "talks", "speaks") \
        and any(lower[k] in _FORBIDDING for k in range(max(lo, i - 3), i))


# Participles of holding a document, whose `by` names who holds it (`a letter seen by Reuters`).
DOCUMENT_HOLDING = frozenset({"seen", "obtained", "reviewed"})
QUESTION_NOUNS = frozenset({"question", "questions", "query", "queries"})
_ANSWERING = frozenset({"responding", "response", "replying", "answering", "answered"})


def _answered(lower: list[str], lo: int, i: int) -> bool:
    """Whether the question word at `i` follows, within four words, a word of answering it
    (`Responding to questions from reporters`, `in response to a question from ...`), not
    after a refusal (`will refuse to answer any questions from the oversight panel`)."""
    return any(lower[m] in _ANSWERING for m in range(max(lo, i - 4), i)) \
        and not any(lower[m] in ("refuse", "refused", "refuses", "declined", "not") for m in range(max(lo, i - 6), i))


# Verbs of speech whose `on NAME that` names where the words were said (`admitted on Gormley
# that`, part P tune, a Saskatoon radio show); `on` after other verbs is a topic (`reflected on
# Obama that` does not occur, `worked on Apollo that` is no speech).
ON_AIR_VERBS = frozenset({"said", "says", "told", "admitted", "conceded", "claimed", "insisted",
                          "stated", "argued", "revealed", "confirmed", "denied", "explained",
                          "declared", "warned", "suggested", "acknowledged", "announced"})
# Capitalised words after `said on` that name a day, a place or a vehicle, not a channel.
NOT_ON_AIR = CALENDAR | PLACE_OPENERS | {"christmas", "easter", "thanksgiving", "halloween", "election",
                                         "independence", "memorial", "labor", "labour", "boxing",
                                         "new", "air", "board", "behalf", "camera", "record", "oath"}


# Words before `on NAME` that make NAME a station, show or site when the name closes the
# clause (`said on Capital Download.`, `speaking on WOR710,`, `in an interview on Fox,`,
# `in a post on Gettr`, `wrote on Young Conservatives.`: BBC 2005 + PolNeAR train, envia27).
ON_AIR_AT_END = ON_AIR_VERBS | {"speaking", "spoke", "interview", "interviews", "post", "posts",
                                "video", "videos", "livestream", "wrote", "writing", "posted"}
# Words after the name that still close its clause: time words (`said on Newsline on Tuesday`).
_CLAUSE_CLOSERS = frozenset({".", ",", ";", ":", "!", "?", "on", "this", "last", "earlier", "today",
                             "yesterday", "tonight"})


def station_at_clause_end(tokens: list[Token], lower: list[str], j: int, hi: int,
                          is_outlet: IsOutlet) -> Range | None:
    """`Khizr Khan, 66, said on Capital Download.`, `De Blasio, speaking on WOR710, called`,
    `Cruz said in an interview on Fox,` (PolNeAR train): one to three capitalised words after a
    speech word's (or a posted piece's) `on` that close the clause name the station, show or
    site the words were said on (ANNOTATION.md "Channels": said on X's programme; in a post on
    X), whether the gazetteer knows the name or not; as `station_before_clause`, never a day,
    a holiday, a place or a known outlet or platform (those are read as such already)."""
    k = j
    while k < hi and k - j < 3 and tokens[k].text[:1].isupper() \
            and tokens[k].text.replace("-", "").replace(".", "").isalnum():
        k += 1
    if k == j or lower[j] in NOT_ON_AIR or any(lower[m] in CALENDAR for m in range(j, k)):
        return None
    if k < hi and lower[k] not in _CLAUSE_CLOSERS and lower[k] not in CALENDAR:
        return None
    if k + 1 < hi and lower[k] == "." and (tokens[k + 1].text[:1].isupper() or lower[k + 1][:1].isdigit()):
        return None  # an abbreviation, not the clause's end: `said on Nov. 9`, `on Mr. Cruz's behalf`
    name = surface(tokens, (j, k))
    # a place names where (`said on Merseyside.`) or a topic (`spoke on Iraq,`), never a channel
    if name.lower() in PLACES or is_outlet(name) \
            or " ".join(lower[j:k]) in channel_words().platform_names:
        return None
    return (j, k)


def station_before_clause(tokens: list[Token], lower: list[str], j: int, hi: int,
                          is_outlet: IsOutlet) -> Range | None:
    """`Scott Doherty ... admitted on Gormley that some of the people ... are Brock employees`
    (part P tune gold: via `Gormley`, a radio show the gazetteer does not know): one to three
    capitalised words between a speech verb's `on` and the `that` opening its clause name the
    programme or station the words were said on (ANNOTATION.md "Channels": said on X's
    programme); only where no other reading applies (a gazetteer outlet or a platform is read
    as one already), never a day, a holiday or a place (`said on Capitol Hill that`)."""
    k = j
    while k < hi and k - j < 3 and tokens[k].text[:1].isupper() \
            and tokens[k].text.replace("-", "").replace(".", "").isalnum():
        k += 1
    if k == j or k >= hi or lower[k] != "that" or lower[j] in NOT_ON_AIR \
            or any(lower[m] in CALENDAR for m in range(j, k)):
        return None
    name = surface(tokens, (j, k))
    if is_outlet(name) or " ".join(lower[j:k]) in channel_words().platform_names:
        return None
    return (j, k)


def cue_without_channel(lower: list[str], cue: list[Range], via: list[Range]) -> list[Range]:
    """A cue read on over its channel (`admitted on Gormley` as one cue, part P tune;
    `confirmed on Facebook Friday`, PolNeAR train) ends before the channel's preposition: the
    channel is the `via`, the cue the speech verb (ANNOTATION.md: `told Reuters` -> cue `told`,
    via `Reuters`; en-news gold: `wrote` + via `Facebook`). PolNeAR's own cue spans keep the
    platform (`posted on Facebook`): a convention of that corpus, not of ANNOTATION.md. Only
    a channel that ends the cue or is followed by time words alone: a cue that reads on past
    it (`opened up on Twitter, reminding`, `in talking to reporters to praise`, PolNeAR train)
    is left whole, as the cut would leave no speech verb."""
    out = []
    for a, b in cue:
        cut = next((v0 - 1 for v0, v1 in via
                    if a < v0 - 1 and v1 <= b and lower[v0 - 1] in ("on", "to", "with")
                    and all(lower[m] in _TIME or lower[m] in CALENDAR for m in range(v1, b))), None)
        out.append((a, cut) if cut is not None else (a, b))
    return out


def scan_sentence(tokens: list[Token], lower: list[str], lo: int, hi: int,
                  is_outlet: IsOutlet) -> list[Range]:
    """Introduced channels (`in an interview with X`), platforms (`in a tweet`, `on Twitter`)
    and events (`at a news conference`) anywhere in the sentence [lo, hi)."""
    words = channel_words()
    found: list[Range] = []
    i = lo
    while i < hi:
        if lower[i] not in _SCAN_WORDS:
            i += 1  # nothing starts at this word: no pattern below is tried
            continue
        # a word that heads no introducer has none (`introducer_at`), asked without a call
        found_at = introducer_at(lower, i, hi) if lower[i] in _INTRODUCER_HEADS else None
        role, prep = found_at if found_at is not None else (None, i + 1)
        if role is not None and prep == i + 1 and lower[i] in STATEMENT_WORDS:
            r = _statement_addressee(tokens, lower, i, hi, is_outlet, words)
            if r is not None:
                found.append(r)
                i = r[1]
                continue
        if role is not None and _not_to_speak(lower, lo, i):
            i = prep + 1  # `due to restrictions on talking to the media, the sources said`:
            continue      # the speaking forbidden is the reason for anonymity, not a channel
        if role is not None and _topic_object(lower, lo, i):
            i = prep + 1  # `Responding to media queries regarding the report in a Canadian
            continue      # newspaper, X said`: a report spoken about is a topic, not a channel
        if role is not None:
            any_name = (lower[i], lower[i + 1]) == ("published", "in") and i > lo \
                and lower[i - 1] in RESEARCH_NOUNS
            # `in response to a question from TIME`: whoever asked took the answer (any name:
            # `TIME` is no gazetteer alias, the word being ambiguous)
            any_name = any_name or lower[i] == "question" and lower[max(lo, i - 2):i] == ["to", "a"]
            # `The statement, which was obtained by Variety, claimed` (en-news part C): a
            # document seen or obtained by a bare name (no article: a body takes one, `the FBI`)
            any_name = any_name or lower[i] in DOCUMENT_HOLDING and lower[prep] == "by" \
                and prep + 1 < hi and tokens[prep + 1].text[:1].isupper() and lower[prep + 1] != "the"
            # `Responding to questions from reporters, X said`: an audience whose questions were
            # answered took the answer (not `will refuse to answer any questions from the panel`)
            asked_by = lower[i] in QUESTION_NOUNS and _answered(lower, lo, i)
            r = channel_phrase(tokens, lower, prep + 1, hi, is_outlet, words,
                               role == "outlet" and not asked_by, any_name=role == "party" or any_name)
            if r is None and role == "addressee" and lower[prep] == "to" and lower[i] in SPEAKING_TO \
                    and not (i > lo and lower[i - 1] in ("from", "after", "before")):  # `From talking to
                # BT in Belfast, I believe`: what was learnt from a talk, not said in it
                r = _acronym_spoken_to(tokens, lower, prep + 1, hi)
            if r is None and role in ("addressee", "party"):
                r = _media_person(tokens, lower, prep + 1, hi)  # `speaking to presenter X`
            if r is None and lower[prep] == "on":
                r = titled_programme(tokens, lower, prep + 1, hi, lower[i] in APPEARING)  # `said on the Joe Rogan
                # Experience podcast`: a programme no gazetteer knows, by its head
            if r is not None and not (lower[prep] == "to" and (_bare_verb(tokens, lower, r, prep + 1)
                                                               or lower[prep + 1].endswith("ly"))):
                found.append(r)  # (`speech to call for ...` is a purpose, not an addressee)
                found.extend(more := coordinated(tokens, lower, r, hi, is_outlet, words))
                i = max([r[1], *(m[1] for m in more)])
                continue
        if lower[i] == "according" and i + 4 < hi and lower[i + 1] == "to" \
                and lower[i + 2] in ("a", "an", "the") and lower[i + 3] in ("joint", "written", "separate") \
                and lower[i + 4] in STATEMENT_NOUNS:
            found.append((i + 3, i + 5))  # `according to a joint statement` (enD-tass-1)
            i += 5
            continue
        if lower[i] == "according" and i + 3 < hi and lower[i + 1] == "to" \
                and lower[i + 2] in ("a", "an", "the") and lower[i + 3] in STATEMENT_NOUNS \
                and (i + 4 >= hi or not lower[i + 4].isalpha() or lower[i + 4] in ("on", "from")
                     or lower[i + 4] in HELD_BY and i + 5 < hi and lower[i + 5] == "by"):
            # `he told settler leaders, according to a statement`: the statement carried it;
            # `according to a transcript reviewed by Business Insider`: the outlet holding it
            # published it, so it is the outer channel
            if i + 5 < hi and lower[i + 4] in HELD_BY:
                holder = channel_phrase(tokens, lower, i + 6, hi, is_outlet, words, outlet_only=True)
                if holder is not None:
                    found.append(holder)
            found.append((i + 3, i + 4))
            i += 4
            continue
        if lower[i] == "on" and i > lo and lower[i - 1] in ON_AIR_VERBS:
            r = station_before_clause(tokens, lower, i + 1, hi, is_outlet)
            if r is not None:
                found.append(r)  # `admitted on Gormley that`, `said on CKOM that`
                i = r[1]
                continue
        if lower[i] == "on" and i > lo and lower[i - 1] in ON_AIR_AT_END:
            r = station_at_clause_end(tokens, lower, i + 1, hi, is_outlet)
            if r is not None:
                found.append(r)  # `said on Capital Download.`, `in a post on Gettr,`
                i = r[1]
                continue
        if (lower[i] in ("in", "via", "on") or lower[i] == "to" and i > lo
                and lower[i - 1] in ("posted", "uploaded", "published", "took", "taking", "takes",
                                     "take", "went", "turned", "turning")) and i + 1 < hi:
            r = _platform(tokens, lower, i + 1, hi, words) if i == lo or lower[i - 1] not in SPREAD_ON else None
            if r is None:
                r = _document_channel(tokens, lower, i + 1, hi, is_outlet, words)
                if r is not None:
                    found.extend(r[:-1])  # `in a Baltimore Sun op-ed`: the outlet, outer first
                    r = r[-1]
            if r is None and lower[i] == "in" and i > lo and lower[i - 1] in WRITING:
                r = written_medium(tokens, lower, i + 1, hi, words)  # `wrote in her opinion`
            if r is not None and lower[r[1] - 1] in BARE_MEDIA:
                found.append(r)  # `in an interview last October on CBS`: read on from its head
                i = r[1] - 1     # for an introducer past time words (`introducer_at`)
                if introducer_at(lower, i, hi) is None:
                    i += 1
                continue
            if r is not None and r[1] + 1 < hi and (lower[r[1] - 1], lower[r[1]]) in INTRODUCERS:
                # `in a statement to Rolling Stone`, `in an op-ed in the Gazette`: the addressee
                # or the outlet is the outer channel (read at the introducer on the next step),
                # the document the inner one (as 发给路透社的声明 -> 路透社, 声明)
                found.append(r)
                i = r[1] - 1
                continue
            if r is not None:
                found.append(r)
                i = r[1]
                continue
        if lower[i] in ISSUING and i + 2 < hi and (i == lo or lower[i - 1] not in ("to", "be", "been")):
            # `issued a clarification, saying ...`, `released a statement saying ...`: the
            # document issued is the medium of speech (enE-statesman-1 gold: `clarification`)
            k = i + 1
            while k < hi and k - i <= 3 and (lower[k] in ("a", "an", "the", "its", "his", "her", "their")
                                             or lower[k].endswith("ly") or lower[k] in ("joint", "written", "brief", "short", "separate", "new", "fresh")):
                k += 1
            doc = next((r for r in find_phrases(lower, words.platforms, k, min(hi, k + 3)) if r[0] == k), None)
            if doc is None and k < hi and lower[k] in ISSUED_MEDIA:
                doc = (k, k + 1)
            if doc is not None and lower[doc[1] - 1] in ISSUED_MEDIA and k > i + 1:
                found.append(doc)
                # `issued a statement | to the Stock Exchange`: the addressee is read at the
                # document's own introducer on the next step
                i = doc[1] - 1 if doc[1] < hi and lower[doc[1]] == "to" else doc[1]
                continue
        if lower[i] in ("briefing", "briefed", "addressing", "addressed") and i + 1 < hi:
            # `Briefing the reporters after the meeting, Gokhale said`, `Addressing reporters`:
            # an audience addressed took the words (an outlet or a body; a person is none)
            r = channel_phrase(tokens, lower, i + 1, hi, is_outlet, words)
            if r is not None and lower[r[1] - 1] in words.audiences:
                found.append(r)
                i = r[1]
                continue
        if lower[i] in ("through", "via") and i > lo:
            r = _through_intermediary(tokens, lower, lo, i, hi, words)
            if r is not None:
                found.append(r)  # `The hospital, through its lawyers, stated that ...`
                i = r[1]
                continue
        if lower[i] in ("by", "via") and i + 1 < hi and lower[i + 1] in MEDIA_OF_SPEECH and i > lo \
                and lower[i - 1] not in ("replaced", "followed", "hit", "overtaken"):
            found.append((i + 1, i + 2))  # `told Reuters by telephone`: the medium of speech
            i += 2
            continue
        if lower[i] in ("via", "per") and i + 1 < hi:
            parts = _intermediary(tokens, lower, i + 1, hi, is_outlet, words)
            if parts:
                found.extend(parts)
                i = max(r[1] for r in parts)
                continue
        if lower[i] == "on" and i + 1 < hi:
            # `said Thursday morning on Fox News's "Fox and Friends"`, `appeared on MSNBC`; a
            # programme is a channel after any verb (`defended the policy on BBC One's
            # Breakfast programme`)
            r = channel_phrase(tokens, lower, i + 1, hi, is_outlet, words, outlet_only=True)
            if r is not None and not _spoken_before(lower, lo, i) and not _fronted(lower, lo, i, r, hi) \
                    and not _asked_on(lower, lo, i, r, hi) \
                    and lower[r[1] - 1] not in PROGRAMME_HEADS \
                    and programme_outlet(surface(tokens, r), words) is None:
                r = None
            if r is None and _spoken_before(lower, lo, i):
                r = _programme_spoken_on(tokens, lower, i + 1, hi)
            if r is not None and lower[r[1] - 1] not in BROADCAST_MEDIA:
                found.append(r)
                i = r[1]
                continue
        # `in a televised address`; `Addressing a press conference in Islamabad, Nisar said`
        # (South Asian and African wire copy: speaking at it)
        if lower[i] in ("at", "during", "in", "on", "addressing", "addressed", "addresses") and i + 1 < hi:
            j = i + 1
            while j < hi and lower[j] in ("a", "an", "the", "his", "her", "their", "its") \
                    or j < hi and tokens[j].text[:1].isupper() and j - i < 4:
                j += 1
            if j > i + 1 and lower[j - 1] in ("a", "an", "the", "his", "her", "their", "its"):
                j = date_describer_end(tokens, lower, j, hi)  # `In a 1963 speech, he declared`
            host = _hosting_outlet(tokens, lower, i + 1, hi, is_outlet)
            if host is not None and lower[i] != "on":
                # `at a Fox News town hall`, `during a CNN panel`, `at the POLITICO event`: the
                # outlet that staged it carried the words (outer, before any event named)
                found.append(host)
            named = _named_event(tokens, lower, i + 1, hi, words) \
                if host is None and lower[i] != "on" else None
            if named is not None and lower[named[1] - 1] in SPOKEN_AT_ONLY \
                    and _gathering_no_channel(lower, lo, i):
                named = None  # `with whom he clashed at Saturday's GOP debate`: talked about
            if named is not None:
                found.append(named)
                i = named[1]
                continue
            met = _meeting_spoken_at(lower, lo, i, hi)
            if met is not None:
                found.append(met)
                i = met[1]
                continue
            ev = find_phrases(lower, words.events, j, min(hi, j + 6))
            # `In his 2004 convention speech, ... Mr. Obama decried` (PolNeAR train): a
            # gathering describing the event named after it is read with that event
            ev = [e for e in ev if lower[e[1] - 1] not in SPOKEN_AT_ONLY
                  or not any(f[0] == e[1] for f in ev)] if len(ev) > 1 else ev
            # `at a regular press briefing`, `at a joint news conference`: up to two
            # lower-case words may describe the event before its name
            if ev and lower[i] == "on" and lower[ev[0][1] - 1] != "call" \
                    and "call" not in lower[ev[0][0]:ev[0][1]]:
                ev = []  # `on` takes only a call (`said on a call with reporters`)
            if ev and _modifies_noun(tokens, lower, ev[0][1], hi):
                ev = []
            if ev and lower[ev[0][1] - 1] in SPOKEN_AT_ONLY and _gathering_no_channel(lower, lo, i):
                ev = []  # `in the debate over tariffs`, `his performance at Saturday's debate`
            if ev and lower[ev[0][1] - 1] in _DIALOGUES and lower[i + 1] == "their":
                ev = []  # `During their phone call Tuesday, Obama and Hollande "reaffirmed
                # ...," the White House said` (PolNeAR train): the call of the parties in the
                # content, which the reporting speaker was not on
            if ev and any(lower[m] in _NOT_YET_HELD for m in range(i + 1, ev[0][0])):
                ev = []  # `whether he would address it in an upcoming briefing` (part F): an
                # event still to come carried nothing said so far
            if ev and (ev[0][0] == j or ev[0][0] - j <= 2 + _plural_possessives(lower, j, ev[0][0]) and all(
                    tokens[m].text.replace("-", "").isalpha() and tokens[m].text.islower()
                    or _plural_possessive(lower, m) for m in range(j, ev[0][0]))):
                # (`his year-end press conference`, enD-tass-2; `an elite coaches' conference`)
                # the via is the event as the text names it, with its describing words
                # (`regular press briefing`, `parliamentary confirmation hearing`: part E/F gold,
                # ANNOTATION.md "the medium of speech"), but no determiner or date
                found.append((_described_from(lower, j, ev[0][0]), ev[0][1]))
                i = ev[0][1]
                if (lower[i - 1], lower[i] if i < hi else "") in INTRODUCERS and lower[i] == "to":
                    party = channel_phrase(tokens, lower, i + 1, hi, is_outlet, words, any_name=True)
                    if party is not None and not _bare_verb(tokens, lower, party, i + 1):
                        # `in a speech to the CBI`: outer (sentence_channels); `his speech to
                        # call for ...` is a purpose
                        found.append(party)
                        i = party[1]
                continue
        i += 1
    if len(found) > 1:
        # a bare interview is the medium only when nothing names who took it (`told Cuban
        # weekly Opciones in an interview` -> Opciones, as the gold has it)
        found = [r for r in found if lower[r[1] - 1] not in BARE_MEDIA
                 or told_in_interview(lower, found, r)] or found
    return found


# Platform names that are no common English word, so a lower-case spelling is still the platform.
UNAMBIGUOUS_PLATFORMS = frozenset({"twitter", "facebook", "instagram", "youtube", "weibo", "wechat",
                                   "tiktok", "linkedin", "whatsapp", "reddit", "snapchat", "douyin"})


# Verbs of putting out a document, and the documents whose issuing is a medium of speech.
ISSUING = frozenset({"issued", "issues", "issue", "released", "releases", "published", "publishes",
                     "posted", "posts"})
# The words at which `scan_sentence` tries its patterns: an introducer's head (`introducer_at`),
# the verbs of ISSUING and the first word of each of its other patterns (`according to`, `in`,
# `via`, `through`, `on`, `to`, `at`, `during`, `by`, `per`, `briefing`, `addressing`...). At any
# other word every test of its loop fails, so the scan steps past it at once (speed only): a new
# pattern in the loop must add its first word here.
_SCAN_WORDS = _INTRODUCER_HEADS | ISSUING | frozenset({
    "according", "in", "via", "through", "on", "to", "by", "per", "at", "during", "briefing",
    "briefed", "addressing", "addressed", "addresses"})
ISSUED_MEDIA = frozenset({"statement", "statements", "clarification", "communique", "communiqué",
                          "release", "declaration", "letter", "notice", "note", "video", "message",
                          "rebuttal", "denial", "response", "reply", "tweet", "post", "bulletin"})


# Media of speech that are a channel only when the sentence names no outlet or addressee
# (`said in an interview` -> interview; ANNOTATION.md: "the addressee or medium of speech").
BARE_MEDIA = frozenset({"interview", "interviews"})


def told_in_interview(lower: list[str], found: list[Range], r: Range) -> bool:
    """`recently told the BBC News website in an interview that ...` (enN-bbc-4 gold: `BBC News
    website`, then `interview`): a bare interview right after the addressee of a telling verb is
    a medium of its own beside that addressee, and both are channels (ANNOTATION.md "Channels":
    "the addressee or medium of speech is a `via`"). `in an interview with X` names the party
    that took it and stays X alone (the open gold: `In an interview with the BBC` -> `BBC`)."""
    if r[1] - r[0] != 1 or r[0] < 3 or lower[r[0] - 2:r[0]] not in (["in", "an"], ["in", "a"]) \
            or r[1] < len(lower) and lower[r[1]] == "with":
        return False
    told = next((t for t in found if t[1] == r[0] - 2), None)
    if told is None:
        return False
    for k in range(told[0] - 1, max(-1, told[0] - 5), -1):  # past `the`, `Cuban weekly`
        if lower[k] in TELL:
            return True
        if not lower[k].isalnum():
            return False
    return False


def _described_from(lower: list[str], j: int, at: int) -> int:
    """Where an event's span starts: at the first of the describing words right before the
    event noun at `at` (after `j`), read back over content words only (`at his weekly news
    conference` keeps `weekly`; `at a later news conference`, `at a hastily called briefing`,
    `in that speech` do not keep their time word, adverb or determiner)."""
    k = at
    while k > j + 1 and _plural_possessive(lower, k - 1):
        k -= 1  # `an elite coaches' conference`: the possessive describes it too
    while k > j and lower[k - 1].replace("-", "").isalpha() and lower[k - 1] not in _NOT_DESCRIBING \
            and (lower[k - 1] in EVENT_RHYTHMS and not _dated_rhythm(lower, k - 1)
                 or lower[k - 1] not in INTRODUCER_TIME and lower[k - 1] not in TIME_WORDS
                 and not lower[k - 1].split("-")[0].endswith("ly")):  # (`hastily-called`)
        k -= 1
    return k


def _dated_rhythm(lower: list[str], m: int) -> bool:
    """Whether the time of day at `m` belongs to a date before it (`a Tuesday morning news
    conference`, `the Monday evening rally`: the date's, dropped with it), not to the event
    (`his morning press briefing`, enT-panoramahispano-1 gold `morning press briefing`)."""
    return lower[m] in DAY_PARTS and m > 0 and lower[m - 1] in INTRODUCER_TIME


def _plural_possessive(lower: list[str], m: int) -> bool:
    """Whether `m` is the apostrophe of a plural possessive (`coaches'`, `farmers’`), which the
    tokenizer splits off its noun."""
    return m > 0 and lower[m] in ("'", "’") and lower[m - 1].isalpha() and lower[m - 1].endswith("s")


def _plural_possessives(lower: list[str], j: int, k: int) -> int:
    """How many plural-possessive apostrophes stand in [j, k)."""
    return sum(_plural_possessive(lower, m) for m in range(j, k))


# Closed-class words that never describe an event (determiners, prepositions, quantifiers).
_NOT_DESCRIBING = frozenset({"a", "an", "the", "at", "in", "on", "during", "to", "of", "for", "with",
                             "by", "from", "after", "before", "that", "this", "these", "those",
                             "recent", "latest",
                             "every", "each", "almost", "another", "same", "his", "her", "their",
                             "its", "our", "my", "your", "one", "and", "or", "but", "called",
                             "upcoming", "forthcoming", "next", "planned", "scheduled"})


# Events that are talks between parties (`a telephone call with Prime Minister Narendra Modi`).
_DIALOGUES = frozenset({"call", "conversation"})


# Words of an event still to come (`an upcoming briefing`, `the next summit`).
# Events that carried words only when spoken at or during them (`At the debate, Sanders said`,
# `argued during a government debate` -> government debate, part G gold; ANNOTATION.md
# "Channels": the medium of speech); `in the debate over tariffs` names a topic.
# Conventions, events and launches are talked about as often as spoken at (`67 percent of voters
# say the convention ...`, `citing a leg injury [at the event]`: round 28's breadth check, 18 of
# 40 wrong without this guard): they too carry words only when spoken at (`Speaking at a BMW
# event, he said`, `said at the Republican convention`; ANNOTATION.md "Channels", README-d
# "Audiences and media of a named speaker are vias").
SPOKEN_AT_ONLY = frozenset({"debate", "debates", "convention", "conventions", "event", "launch"})


def _debate_spoken_at(lower: list[str], lo: int, i: int) -> bool:
    """Whether `at`/`during` at `i` opens a debate that the sentence's words were spoken at: the
    phrase opens the sentence (`At the debate, Sanders said`; after `And`), stands between
    commas (`Clinton, during a town hall meeting, said`) or follows a speaking word (`argued
    during`, `said Saturday night at`). Elsewhere a debate is talked about (`his performance
    at Saturday's debate`, `with whom he clashed at the GOP debate`: PolNeAR train, where these
    were most of the wrong debates of the breadth check)."""
    if lower[i] not in ("at", "during"):
        return False
    return i == lo or i == lo + 1 and lower[lo] in ("and", "but") \
        or lower[i - 1] == "," or _spoken_before(lower, lo, i)


def _gathering_no_channel(lower: list[str], lo: int, i: int) -> bool:
    """Whether a gathering (`SPOKEN_AT_ONLY`) after `at`/`during` at `i` is no channel: it is not
    spoken at (`_debate_spoken_at`) or it is where an interview was given (`_interview_place`)."""
    return not _debate_spoken_at(lower, lo, i) or _interview_place(lower, lo, i)


def _interview_place(lower: list[str], lo: int, i: int) -> bool:
    """Whether `at`/`during` at `i` follows an interview closely (`told The Huffington Post in
    an interview Thursday at the Democratic National Convention`, PolNeAR train): the gathering
    is where the interview was given, and the interview (or whoever took it) the channel."""
    return any(lower[k] in BARE_MEDIA for k in range(max(lo, i - 3), i))


_NOT_YET_HELD = frozenset({"upcoming", "forthcoming", "next", "planned", "scheduled", "future"})


# Describing words that name the kind of event, not when it happened (`the police weekly media
# briefing`, enU-monitor-1 gold; `_described_from` once dropped every -ly word, these too). The
# parts of the day among them name it when no date precedes them (`his morning press briefing`).
DAY_PARTS = frozenset({"morning", "evening", "afternoon"})
EVENT_RHYTHMS = frozenset({"weekly", "daily", "monthly", "quarterly", "yearly", "early"}) | DAY_PARTS


# Meetings spoken at (`said during a recent meeting with Japan's Prime Minister`), and what may
# follow one: its party, its body, or the end of the phrase.
MEETING_NOUNS = frozenset({"meeting", "meetings", "talks"})
_AFTER_MEETING = frozenset({"with", "of", ",", "that", ".", "on", "in", "at", "held", "between"})


def _meeting_spoken_at(lower: list[str], lo: int, i: int, hi: int) -> Range | None:
    """`He said during a recent meeting with Japan's Prime Minister Shinzo Abe that ...`
    (en-news part I tune, gold `meeting`, as part H's `news briefing`; ANNOTATION.md "Channels":
    the medium of speech), `Speaking at a meeting of party officials, X said`: a meeting right
    after a speaking word (`_spoken_before`) is where the words were said. A meeting merely
    mentioned (`the two discussed trade at a meeting in Tokyo, officials said`, `he will raise
    it at a meeting next month`) follows no speaking word, so it is no channel. The via is the
    noun with its describing words, without a time word (`recent`)."""
    if lower[i] not in ("at", "during", "in") or not _spoken_before(lower, lo, i):
        return None
    j = i + 1
    if j < hi and lower[j] in ("a", "an", "the", "his", "her", "their", "its", "that"):
        j += 1
    k = j
    while k < hi and k - j < 2 and lower[k] not in MEETING_NOUNS and lower[k].replace("-", "").isalpha() \
            and (lower[k] not in _NOT_DESCRIBING or lower[k] in ("recent", "latest")):
        k += 1
    if k >= hi or lower[k] not in MEETING_NOUNS or k + 1 < hi and lower[k + 1] not in _AFTER_MEETING \
            or any(lower[m] in _NOT_YET_HELD for m in range(j, k)):
        return None
    return (_described_from(lower, j, k), k + 1)


def _modifies_noun(tokens: list[Token], lower: list[str], k: int, hi: int) -> bool:
    """`in the Pentagon briefing room`: a lower-case noun at `k` right after an event noun makes
    the event a modifier (of a place), not the event spoken at."""
    return k < hi and lower[k] in EVENT_PLACES


# Nouns an event noun modifies (`the briefing room`, `the conference hall`).
EVENT_PLACES = frozenset({"room", "rooms", "hall", "halls", "venue", "venues", "centre", "center",
                          "circuit", "stage", "podium", "floor", "organisers", "organizers", "season",
                          "schedule", "tour", "ticket", "tickets", "site", "grounds", "table"})


def _named_event(tokens: list[Token], lower: list[str], j: int, hi: int,
                 words: ChannelWords) -> Range | None:
    """`at the World Economic Forum`, `during a Westminster briefing`, `at the Vox Media's Code
    Media conference`: an event whose capitalised name runs into its event noun is the channel
    with its name (the gold's `Albanian-Turkish Agricultural Business Forum`, `Westminster
    briefing`, `Code Media conference`), without the article or an owner's possessive."""
    while j < hi and lower[j] in ("a", "an", "the", "his", "her", "their", "its"):
        j += 1
    m = j
    while m < hi and m - j < 4 and tokens[m].text[:1].isupper() and not lower[m].endswith(("'s", "’s")):
        m += 1
    if m > j and m < hi and (lower[m] in ("'s", "’s") or split_possessive(tokens, lower, m)):
        j = m + (2 if split_possessive(tokens, lower, m) else 1)  # `the Vox Media's`: its owner
    elif m < hi and lower[m].endswith(("'s", "’s")) and tokens[m].text[:1].isupper():
        j = m + 1
    while j < hi and lower[j] in CALENDAR:
        j += 1  # `at a Sunday news conference`: a date, not the event's name
    k = j
    while k < hi and k - j < 8 and (tokens[k].text[:1].isupper() and tokens[k].text.replace("-", "").isalpha()
                                    and lower[k] not in CALENDAR and (k - j < 5 or k > j and lower[k - 1] in _NAME_JOINS)
                                    or k > j and lower[k] in _NAME_JOINS and k + 1 < hi
                                    and tokens[k + 1].text[:1].isupper()):
        k += 1  # `at the Association of Garda Sergeants & Inspectors conference` (part M): a
        # body's name joined by `of`, `&`, `and` is one name, longer than a plain run
    if k == j:
        return None
    ev = next((e for e in find_phrases(lower, words.events, j, min(hi, k + 3)) if j < e[0] <= k), None)
    if ev is None or ev[1] < hi and tokens[ev[1]].text.isalpha() and tokens[ev[1]].text[:1].isupper() \
            or _modifies_noun(tokens, lower, ev[1], hi):
        return None
    return (j, ev[1])


# Words joining the parts of an event's organiser's name (`Association of Garda Sergeants &
# Inspectors`).
_NAME_JOINS = frozenset({"of", "&", "and", "for"})


# Nouns of what an outlet stages or airs (`a MSNBC town hall`, `the CNN debate`, `a CNN panel`).
OUTLET_EVENTS = frozenset({"town", "debate", "forum", "event", "panel", "interview", "summit",
                           "conference", "broadcast", "show", "programme", "program", "podcast",
                           "documentary", "segment", "breakfast", "luncheon"})


def _hosting_outlet(tokens: list[Token], lower: list[str], a: int, hi: int,
                    is_outlet: IsOutlet) -> Range | None:
    """The outlet among the capitalised words after a determiner at `a` (and at most one
    describing word) when a staged or aired thing follows it within two words (`a MSNBC town hall`, `the CNN Democratic presidential
    debate`)."""
    c0 = a
    while c0 < hi and lower[c0] in ("a", "an", "the", "his", "her", "their", "its"):
        c0 += 1
    if c0 == a:
        return None
    if c0 + 1 < hi and tokens[c0].text.isalpha() and tokens[c0].text.islower() \
            and tokens[c0 + 1].text[:1].isupper():
        c0 += 1  # `at a recent POLITICO event`: one describing word
    j = c0
    while j < hi and j - c0 < 4 and (tokens[j].text[:1].isupper() or tokens[j].text[:1].isdigit()):
        j += 1
    for c1 in range(j, c0, -1):
        if is_outletish(tokens, lower, (c0, c1), is_outlet):
            follow = [lower[m] for m in range(c1, min(hi, j + 3))]
            return (c0, c1) if any(w in OUTLET_EVENTS for w in follow) else None
    return None


# Words before `on <platform>` that make the platform where something travelled, not the channel
# of a statement (`a link spread on Reddit, Stefanko said`).
SPREAD_ON = frozenset({"spread", "spreading", "circulated", "circulating", "shared", "viral",
                       "trending", "banned", "blocked", "suspended", "sold", "advertised"})

# Words after which `through X` is the route of speech (`said through a spokesman`), past time
# words (`denied on Monday through her lawyer`); after a comma it is set off next to its subject.
SPOKEN_THROUGH = frozenset({"said", "says", "saying", "told", "tells", "spoke", "speaking",
                            "added", "adding", "argued", "insisted", "insists", "warned", "warns",
                            "claimed", "claims", "declared", "acknowledged", "conceded",
                            "admitted", "stated", "states", "denied", "denies", "denying",
                            "responded", "replied", "confirmed", "confirms", "confirming",
                            "announced", "announces", "commented", "declined", "apologised",
                            "apologized", "statement", ","})
# What may follow the intermediary: the reported clause, a time, an aside or the sentence end.
_AFTER_INTERMEDIARY = frozenset({",", ".", ";", ":", "that", "on", "in", "last", "this", "earlier",
                                 "today", "yesterday", "—", "–", "--", "(", "to", "as", "said",
                                 "says", "stated", "denied", "and", "the", "he", "she", "it",
                                 "they", "we", "i", "there"})


def _through_intermediary(tokens: list[Token], lower: list[str], lo: int, i: int, hi: int,
                          words: ChannelWords) -> Range | None:
    """`stated, through its lawyers, that` (enL-ghstandard-1 gold: via `lawyers`), `said through
    a spokesman that`: the person a statement is passed through, an `intermediaries` word of
    channels.json after `through`/`via` at `i` (ANNOTATION.md: a via is an outlet, channel or
    intermediary the words pass through), up to two describing words after the determiner
    (`through a company spokesman`). Only after a speaking word or a comma, so that a route of
    money or goods (`paid through a lawyer`) is none; the phrase ends the clause or a name
    follows (`through his lawyer John Smith`)."""
    k = i - 1
    while k > lo and (lower[k] in _TIME or lower[k] in TIME_WORDS):
        k -= 1
    if lower[k] not in SPOKEN_THROUGH:
        return None
    j = i + 1
    if j < hi and lower[j] in _POSSESSIVE_DETERMINERS:
        j += 1
    m = j
    while m < hi and m - j <= 2:
        found = find_phrases(lower, words.intermediaries, m, min(hi, m + 2))
        if found and found[0][0] == m:
            r = found[0]
            after = lower[r[1]] if r[1] < hi else "."
            if after in _AFTER_INTERMEDIARY or tokens[r[1]].text in QUOTES \
                    or tokens[r[1]].text[:1].isupper():
                return r
            return None
        if not (tokens[m].text.isalpha() and tokens[m].text.islower()):
            return None
        m += 1
    return None


# Media a statement is made by (`told Reuters by telephone`; ANNOTATION.md: the addressee or
# medium of speech is a channel).
MEDIA_OF_SPEECH = frozenset({"telephone", "phone", "videolink", "video-link",
                             # `telling the paper's editor via text` (enG-thenational-1)
                             "text"})

# Pieces of speech given to someone (`in a statement to Wired`, `in comments to Reuters`).
STATEMENT_WORDS = frozenset({"statement", "comments", "remarks"})


def _statement_addressee(tokens: list[Token], lower: list[str], at: int, hi: int,
                         is_outlet: IsOutlet, words: ChannelWords) -> Range | None:
    """The addressee after `statement to` at `at` (`in a statement to Rolling Stone`): a
    channel phrase, or a short capitalised name the gazetteer lacks, closed by the reported
    clause, a comma or the sentence end (`in a statement to Wired that ...`): what a statement
    is given to is a news outlet or a body, not a person in the street."""
    if lower[at] not in STATEMENT_WORDS or at + 2 >= hi or lower[at + 1] != "to":
        return None
    j = at + 2
    r = channel_phrase(tokens, lower, j, hi, is_outlet, words)
    if r is not None:
        return r
    j += j < hi and lower[j] == "the"
    k = j
    while k < hi and k - j < 3 and tokens[k].text[:1].isupper() and tokens[k].text.isalpha() \
            and lower[k] not in CALENDAR:
        k += 1
    if k == j or k < hi and lower[k] not in AFTER_ADDRESSEE and tokens[k].text not in QUOTES \
            and not (lower[k].endswith("ing") and tokens[k].text.islower() and len(lower[k]) > 5):
        return None  # (a participle opens the statement's words: `issued a statement to the
        # Stock Exchange distancing himself from a new bid`, BBC business 2005)
    return (j, k)


OUTLET_REPORTING = frozenset({"reported", "reports", "said", "says", "added"})


def closing_outlet(tokens: list[Token], lower: list[str], end: int, hi: int,
                   is_outlet: IsOutlet) -> Range | None:
    """`Kim said the weapons would stay, state news agency KCNA reported.`: an outlet closing
    a sentence whose speaker is already named relays that speaker's words, the outer channel
    (ANNOTATION.md, 据国家媒体报道，佩斯科夫说 -> source 佩斯科夫, via 国家媒体). `end` is where
    the speaker's content ends; only `, <outlet> reported.` to the sentence end."""
    credit = closing_credit(tokens, lower, end, hi, is_outlet)
    return credit[0] if credit else None


# Words by which a closing credit names the outlet it took the words from (`APA reported
# citing Daily Sabah`, `Trend reports referring to ISNA`).
_CREDIT_CITING = {("citing",): 1, ("quoting",): 1, ("referring", "to"): 2}


def closing_credit(tokens: list[Token], lower: list[str], end: int, hi: int,
                   is_outlet: IsOutlet) -> list[Range]:
    """The closing outlet of `closing_outlet`, then the outlet it cites when the credit names
    one (`..., APA reported citing Daily Sabah.` -> APA, Daily Sabah: a citing chain, outer
    first, ANNOTATION.md); [] when the sentence has no closing credit after `end`."""
    j = end
    while j < hi and (lower[j] in (",", "—") or tokens[j].text in QUOTES and lower[j - 1] == ","):
        j += 1
    # the content may end after the comma and closing quote (`are “made up,” Turkey’s state-run
    # Anadolu Agency reported.`, eKathimerini 2020)
    set_off = j > end or end >= 2 and tokens[end - 1].text in QUOTES and lower[end - 2] == ","
    if not set_off or j >= hi:
        return []
    if lower[j] == "according" and j + 2 < hi and lower[j + 1] == "to":
        # `X called the about-face "heartbreaking," according to the Bronx Times.` (Gothamist
        # 2025): a named speaker's words as an outlet carried them; the outlet is the channel
        r = channel_phrase(tokens, lower, j + 2, hi, is_outlet, outlet_only=True)
        if r is not None and all(lower[m] in (".", "!") or tokens[m].text in QUOTES
                                 or lower[m] in _TIME | CALENDAR for m in range(r[1], hi)):
            return [r]
        return []
    if lower[j] in ("reported", "reports", "added") and j + 1 < hi:
        # inverted: `..., reported the Saudi Press Agency, SPA.` (Gulf and South Asian copy)
        r = channel_phrase(tokens, lower, j + 1, hi, is_outlet, outlet_only=True)
        if r is None and lower[j] in ("reported", "reports"):
            r = _reported_by_name(tokens, lower, j + 1, hi)  # `..., reports Efe.` (part P tune)
        if r is not None and all(lower[m] in (".", "!", ",") or tokens[m].text in QUOTES
                                 or lower[m] in _TIME | CALENDAR or tokens[m].text.isupper()
                                 for m in range(r[1], hi)):
            return [r]
        return []
    reports = _media_reports(lower, j, hi)
    if reports is not None:
        return [reports]
    v = next((m for m in range(j + 1, min(hi, j + 8)) if lower[m] in OUTLET_REPORTING), None)
    if v is None:
        return []
    cited = _credit_cited(tokens, lower, v + 1, hi)
    rest = cited[1] if cited else v + 1
    if any(lower[m] not in (".", "!") and tokens[m].text not in QUOTES
           and lower[m] not in _TIME | CALENDAR  # `, Geo News reported Saturday.`
           for m in range(rest, hi)):
        return []
    r = channel_phrase(tokens, lower, j, v, is_outlet, outlet_only=True)
    if r is None and lower[v] in ("reported", "reports"):
        r = _reporting_name(tokens, lower, j, v)
    # the whole phrase up to the verb, or an outlet's name before its description
    # (`the Interfax news agency reported` -> Interfax)
    if r is None or not all(tokens[m].text.islower() for m in range(r[1], v)):
        return []
    return [r, cited] if cited else [r]


def _reporting_name(tokens: list[Token], lower: list[str], j: int, v: int) -> Range | None:
    """`..., Faruk Celik said Tuesday, Anadolu reported.` (News.az 2017, en-news part E): a
    name of one or two capitalised words (`the` left out) that closes a sentence with
    `reported` after a speaker's words is the outlet that relayed them, even one the gazetteer
    does not know (ANNOTATION.md, 据国家媒体报道，佩斯科夫说 -> via 国家媒体); a news story closes
    with a person's `said`, not `reported`. Not a weekday or a month (`, Monday reported`)."""
    a = j + (lower[j] == "the")
    if not 1 <= v - a <= 2 or lower[a].rstrip(".") in HONORIFICS:
        return None
    if all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() and lower[m] not in CALENDAR
           for m, t in enumerate(tokens[a:v], a)):
        return (a, v)
    return None


def _reported_by_name(tokens: list[Token], lower: list[str], j: int, hi: int) -> Range | None:
    """`It regretted the dissemination of "malicious" rumours ..., reports Efe.` (part P tune
    gold: via `Efe`, the Spanish agency the gazetteer does not know): the inverted form of
    `_reporting_name`, one or two capitalised words after a closing `reports`/`reported`, up
    to the sentence's end (the caller checks what follows)."""
    v = j + (j < hi and lower[j] == "the")
    while v < hi and v - j < 3 and tokens[v].text[:1].isupper() and tokens[v].text.replace("-", "").isalpha():
        v += 1
    return _reporting_name(tokens, lower, j, v) if v > j else None


# `media reports said`, `local news reports say`: reports of the press named by what they are.
_PRESS_WORDS = frozenset({"media", "news", "press"})
_REPORTS_SAY = frozenset({"said", "say", "says", "suggested", "suggest", "indicated", "claimed", "stated"})


def _media_reports(lower: list[str], j: int, hi: int) -> Range | None:
    """A closing `, media reports said [on Sunday].` (ETV Bharat 2020): the reports are the
    channel (ANNOTATION.md: 据国家媒体报道，佩斯科夫说 -> via 国家媒体; etvbharat gold `media
    reports`), at most two words before `reports`, one a press word, to the sentence end."""
    k = next((m for m in range(j + 1, min(hi - 1, j + 3)) if lower[m] in ("reports", "report")), None)
    if k is None or lower[k + 1] not in _REPORTS_SAY or not _PRESS_WORDS & set(lower[j:k]):
        return None
    times = _TIME | CALENDAR
    if any(lower[m] not in (".", "!") and lower[m] not in times for m in range(k + 2, hi)):
        return None
    return (j, k + 1)


def _credit_cited(tokens: list[Token], lower: list[str], k: int, hi: int) -> Range | None:
    """`citing Daily Sabah` / `referring to ISNA` right after a closing credit's verb: the
    capitalised name cited (up to five words, `the` left out), or None."""
    for words, n in _CREDIT_CITING.items():
        if tuple(lower[k:k + n]) == words:
            a = k + n + (k + n < hi and lower[k + n] == "the")
            b = a
            while b < min(hi, a + 5) and tokens[b].text[:1].isupper():
                b += 1
            return (a, b) if b > a else None
    return None


def _intermediary(tokens: list[Token], lower: list[str], j: int, hi: int, is_outlet: IsOutlet,
                  words: ChannelWords) -> list[Range]:
    """`said, via USA Today`, `said, via Brian Batko of the Pittsburgh Post-Gazette`, `said,
    per Feng`: the outlet or reporter that relayed the words (an outlet, an outlet's reporter,
    or a name set off by commas after `via` or `per`; `per cent`, `via the highway`, `via
    Turkey and Iran` are none). A reporter of an outlet gives both, the
    outlet first (listed so by `sentence_channels`)."""
    k = j + (j < hi and lower[j] == "the")
    if k >= hi or not tokens[k].text[:1].isupper() or not tokens[k].text[:1].isalpha():
        return []
    r = channel_phrase(tokens, lower, j, hi, is_outlet, words, any_name=True)
    if r is None:
        return []
    parts = relay_parts(tokens, lower, r, is_outlet)
    if len(parts) == 2 or is_outletish(tokens, lower, r, is_outlet):
        return parts
    # any other name only as an aside set off after a frame (`said, per Feng.`), not a route
    # (`came via Turkey and Iran`)
    set_off = j >= 2 and lower[j - 2] in (",", "—", "(") \
        and (r[1] >= hi or lower[r[1]] in (",", ".", ";", ")", "—") or tokens[r[1]].text in QUOTES)
    return parts if set_off else []


def relay_parts(tokens: list[Token], lower: list[str], r: Range, is_outlet: IsOutlet) -> list[Range]:
    """A relaying reporter of an outlet (`Brian Batko of the Pittsburgh Post-Gazette`,
    `Sui-Lee Wee of the New York Times`) -> the outlet, then the reporter (outer first; a
    reporter who relays the words is an intermediary, unlike a presenter told, whom `told`
    drops); anything else -> itself."""
    for m in range(r[0] + 1, r[1] - 1):
        if lower[m] == "of" and tokens[m - 1].text[:1].isupper():
            n = m + 1 + (lower[m + 1] == "the")
            if n < r[1] and is_outletish(tokens, lower, (n, r[1]), is_outlet):
                return [(n, r[1]), (r[0], m)]
    return [r]


# Words of speaking or appearing that `on X` can follow (after a time phrase): the outlet
# then carried the words (`said on Sunday on NBC's "Meet the Press"`).
SPOKEN_ON = frozenset({"said", "says", "saying", "told", "tells", "speaking", "spoke",
                       "appeared", "appearing", "appearance", "interview", "interviewed",
                       "remarks", "comments", "added", "argued", "insisted", "warned",
                       "claimed", "declared", "acknowledged", "conceded", "admitted"})


def _programme_spoken_on(tokens: list[Token], lower: list[str], j: int, hi: int) -> Range | None:
    """`Palmieri said on the show.` (PolNeAR train): a programme named by its head alone after a
    speaking word and `on` carried the words, as `told the programme` gives `programme`; the
    head closes the clause (`on the show that`, not `on the show's future`)."""
    if j + 1 < hi and lower[j] in ("the", "his", "her", "their", "its") and lower[j + 1] in PROGRAMME_HEADS \
            and (j + 2 >= hi or lower[j + 2] in AFTER_ADDRESSEE or tokens[j + 2].text in QUOTES):
        return (j + 1, j + 2)
    return None


def _spoken_before(lower: list[str], lo: int, at: int) -> bool:
    """Whether a speaking word precedes `on` at `at`, past at most four time words or manner
    adverbs (`said happily on MSNBC as returns came in`: PolNeAR train)."""
    k = at - 1
    while k >= lo and at - k <= 5 and (lower[k] in _TIME | TIME_WORDS
                                       or lower[k].endswith("ly") and lower[k].isalpha() and len(lower[k]) > 4):
        k -= 1
    return k >= lo and lower[k] in SPOKEN_ON


def _fronted(lower: list[str], lo: int, at: int, r: Range, hi: int) -> bool:
    """`On CNN Tuesday, his wife said ...`, `On Dec. 7 on MSNBC, Bush said`, `Sunday on CNN’s
    “Fareed Zakaria GPS,” ... Obama said`: an `on <outlet>` phrase opening the sentence (after at
    most a date), perhaps with the outlet's quoted programme (`On ABC’s “Good Morning America”
    Tuesday, he said`, PolNeAR train; ANNOTATION.md "Channels": said on X's programme), and
    closed by a comma frames every statement of the sentence as said on that outlet."""
    k = _past_quoted_programme(lower, r[1], hi) \
        if lower[r[1] - 1].endswith(("'s", "’s", "'", "’")) else r[1]
    if k > r[1] and lower[k - 2] == ",":
        return at - lo <= 4 and all(lower[m] in ("on", ".") or lower[m].isdigit() or lower[m] in _TIME
                                    or lower[m][:3] in _MONTH_ABBREVIATIONS for m in range(lo, at))
    named = k
    while k < hi and k - named < 3 and lower[k] in _TIME | TIME_WORDS:
        k += 1
    return at - lo <= 4 and k < hi and lower[k] == "," \
        and all(lower[m] in ("on", ".") or lower[m].isdigit() or lower[m] in _TIME
                or lower[m][:3] in _MONTH_ABBREVIATIONS for m in range(lo, at))


def _past_quoted_programme(lower: list[str], k: int, hi: int) -> int:
    """After a possessive outlet (`ABC’s`), past the programme's name in quotation marks at `k`
    (`“Good Morning America”`, `“Fareed Zakaria GPS,”`): the index after the closing mark, `k`
    when no quoted name stands there (`channel_parts` splits outlet and programme)."""
    if k >= hi or lower[k] not in QUOTES:
        return k
    m = k + 1
    while m < hi and m - k < 8 and lower[m] not in QUOTES:
        m += 1
    return m + 1 if m < hi and lower[m] in QUOTES and m > k + 1 else k


def _asked_on(lower: list[str], lo: int, at: int, r: Range, hi: int) -> bool:
    """`Asked about the deal on CNN, Sanders said ...`, `Asked on Fox News who leads the party
    in his view, he said Ryan.` (PolNeAR train): a fronted `Asked` clause names the outlet on which the question was put and answered
    (ANNOTATION.md "Channels": said on X's programme), when its `on <outlet>` closes the clause at
    its comma (past time words) and is no place of earlier words (`Asked about his comments on
    CNN, ...`: what he said on CNN before is the topic, not this answer's channel)."""
    if lower[lo] != "asked" or at - lo > 12 or "," in lower[lo:at] or lower[at - 1] in MEDIUM_HEADS:
        return False
    if at == lo + 1:
        return True  # `Asked on Fox News who leads the party in his view, he said Ryan.`
    k = r[1]
    while k < hi and k - r[1] < 3 and lower[k] in _TIME | TIME_WORDS:
        k += 1
    return k < hi and lower[k] == ","


_MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                                  "oct", "nov", "dec"})


# Pieces an outlet publishes or broadcasts (`a Baltimore Sun op-ed`, `the Global Times piece`, `a
# CNN interview`): the outlet is the channel.
OUTLET_PIECES = frozenset({"op-ed", "interview", "column", "article", "editorial", "piece",
                           "essay", "commentary", "report", "story", "documentary", "podcast",
                           "broadcast", "opinion"})
# Determiners opening a medium, piece or posted document (`through a spokesman`, `in an early
# morning tweet`, `a message posted on the group's blog`): one set for the three readers.
_POSSESSIVE_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our"})


def _document_channel(tokens: list[Token], lower: list[str], j: int, hi: int,
                      is_outlet: IsOutlet, words: ChannelWords) -> list[Range] | None:
    """After `in`/`via`: an outlet's piece (`a Baltimore Sun op-ed` -> Baltimore Sun, op-ed) or
    a platform after up to two describing words (`an early morning tweet`, `a fundraising
    email`, `a late-evening email`) -> the platform. The last range is the platform or piece
    word (None when it is no platform), any before it the outlet."""
    k = j
    if k < hi and lower[k] in _POSSESSIVE_DETERMINERS:
        k += 1
    m = k
    while m < hi and m - k < 5 and tokens[m].text[:1].isupper():
        m += 1
    if m > k and m < hi and lower[m] in OUTLET_PIECES and is_outletish(tokens, lower, (k, m), is_outlet):
        piece = find_phrases(lower, words.platforms, m, min(hi, m + 2))
        return [(k, m), piece[0]] if piece and piece[0][0] == m else [(k, m)]
    if k == j:
        return None  # a describing word needs its article: `in fundraising email` is no channel
    m = dated = date_describer_end(tokens, lower, k, hi)  # `in a Sunday tweet`, `in his 2012 book`
    if m + 3 < hi and lower[m].isdigit() and lower[m + 1] == "-" and tokens[m + 2].text.isalpha() \
            and tokens[m + 2].text.islower():
        m += 3  # a measure, tokenised in three: `In his 60-page ruling, Reeves wrote` (PolNeAR train)
    while m < hi and m - dated < 2 and tokens[m].text.islower() and tokens[m].text.replace("-", "").isalpha() \
            and not find_phrases(lower, words.platforms, m, min(hi, m + 1)) \
            and not (dated > k and any(f[0] == m for f in find_phrases(lower, words.platforms, m, min(hi, m + 3)))):
        m += 1  # (after a date, a platform of two words is read whole: `a November 2006 press release`)
    if m == k or m >= hi:
        return None
    found = find_phrases(lower, words.platforms, m, min(hi, m + 2))
    if not found or found[0][0] != m or lower[m] in words.platform_names \
            or not _written_in(tokens, lower, j, found[0], hi):
        return None
    event = find_phrases(lower, words.events, m, min(hi, m + 3))
    if event and event[0][0] == m and event[0][1] > found[0][1]:
        return None  # `his nightly video address`: an event, read as one below
    return [found[0]]


_AFTER_WRITTEN = frozenset({"to", "on", "at", "that", "from", "for", "with", "last",
                            "this", "earlier", "published", "released", "issued", "posted",
                            "sent", "filed", "seen", "obtained", "compiled", "today", "yesterday"})


def _written_in(tokens: list[Token], lower: list[str], j: int, r: Range, hi: int) -> bool:
    """`said in a report`, `in a note to investors`: a piece of `written_in` (channels.json:
    written or spoken pieces that carry words only after `in`, `said in a notice`; elsewhere they
    are what is talked about, `the text of the bill`) after `in` (at `j - 1`) not followed by a
    noun it modifies (a participle describes it: `in a live television broadcast announcing`);
    not `on the report in the Sunday Express` (a topic), `in a Q&A on the e-mail controversy`
    (a modifier) nor `in a report in The New York Times` (the outlet carried it). Any other
    platform word passes."""
    words = channel_words()
    if lower[r[1] - 1] not in words.written_in:
        return True
    if r[1] - r[0] == 1 and lower[r[0]] in words.act_nouns and lower[j] not in ("a", "an", "the", "its"):
        return False  # `help in their release`: what was done to them, not a document of theirs
    return j > 0 and lower[j - 1] == "in" and not (
        r[1] < hi and tokens[r[1]].text.isalpha() and tokens[r[1]].text.islower()
        and not lower[r[1]].endswith("ing")
        and lower[r[1]] not in _AFTER_WRITTEN)


WRITING = frozenset({"wrote", "writes", "write", "writing"})
_WRITTEN_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "this", "that",
                                  "our", "my", "one"})
# Words after which a written piece's name has ended (`wrote in a court file that`, `in a note
# to investors`, `in a paper entitled Games and Learning`, `in her opinion.`).
_WRITTEN_ENDS = frozenset({",", ".", ";", ":", "!", "?", "that", "to", "for", "of", "entitled",
                           "titled", "called", "published", "posted", "on", "about", "last", "this",
                           "earlier", "when", "after", "before", "which", "sent", "filed", "released",
                           "dated", "with", "at", "in", "from", "by", "and", "—", "–", "(", '"', "”", "''"})


def written_medium(tokens: list[Token], lower: list[str], j: int, hi: int,
                   words: ChannelWords) -> Range | None:
    """The piece written after `wrote in` (`in` at `j - 1`): a determiner, then one to three
    lower-case words closing the phrase, the last one the piece (`Chief Judge Mary Schroeder
    wrote in her opinion`, `wrote in an analysis`, `wrote in a court file that`, `wrote in a
    paper entitled ...`, `wrote in the auction description of`: BBC 2005, PolNeAR train). The
    verb of writing says the noun is what was written, so no list of documents is needed; the
    pieces `platforms` lists are read before. Not a noun of `not_written_media` (`wrote in the
    margins`, `in the past`, `in the same vein`) nor a capitalised name (an outlet: read as one
    by the introducer `wrote in`); a date describing the piece is dropped (`date_describer_end`)
    as are describers of `not_written_media` and adverbs (`in the same letter` -> letter)."""
    if j >= hi or lower[j] not in _WRITTEN_DETERMINERS:
        return None
    k = date_describer_end(tokens, lower, j + 1, hi)
    m = k
    while m < hi and m - k < 3 and tokens[m].text.replace("-", "").isalpha() \
            and tokens[m].text.islower() and lower[m] not in _WRITTEN_ENDS:
        m += 1
    if m == k or m < hi and lower[m] not in _WRITTEN_ENDS or lower[m - 1] in words.not_written_media \
            or lower[m - 1].endswith("ly") or lower[m - 1] in TIME_WORDS:
        return None
    start = k
    while start < m - 1 and (lower[start] in words.not_written_media or lower[start] in TIME_WORDS
                             or lower[start].endswith("ly")):
        start += 1
    return (start, m)


def _platform(tokens: list[Token], lower: list[str], j: int, hi: int,
              words: ChannelWords) -> Range | None:
    """`a tweet` -> tweet; `a post on Facebook` -> Facebook; `Twitter` -> Twitter."""
    k = j
    while k < hi and lower[k] in ("a", "an", "the", "his", "her", "their", "its", "her", "one",
                                  "several", "series", "of", "separate", "later", "video",
                                  # `on its verified Facebook page` (BFirst 2024)
                                  "verified", "official", "personal"):
        k += 1
    found = find_phrases(lower, words.platforms, k - 1, min(hi, k + 3)) \
        if k > j and lower[k - 1] == "video" else []  # `a video message`: one medium
    if found and found[0][0] == k - 1 and found[0][1] > k:
        k -= 1
    else:
        found = find_phrases(lower, words.platforms, k, min(hi, k + 3))
    if (not found or found[0][0] != k) and k > j and lower[k - 1] == "video":
        k -= 1  # `in a video post on X` reads the post; `in a video message` is one medium
        found = find_phrases(lower, words.platforms, k, min(hi, k + 3))
    if not found or found[0][0] != k:
        return None
    r = found[0]
    if not _written_in(tokens, lower, j, r, hi):
        return None
    if r[1] < hi and tokens[r[0]].text[:1].isupper() and tokens[r[1]].text[:1].isdigit():
        return None  # `on Radio 4's Today programme`: a broadcaster's name, read as an outlet
    if k == j and " ".join(lower[r[0]:r[1]]) not in words.platform_names \
            and r[1] - r[0] < 2 and lower[k] not in BROADCAST_MEDIA:
        return None  # `in tweets`, `on state TV` are fine, a bare `in post` is not a channel
    after = r[1] + 1 + (r[1] + 2 < hi and lower[r[1] + 1] in ("his", "her", "their", "its"))
    if after < hi and lower[r[1]] == "on":
        name = find_phrases(lower, words.platforms, after, min(hi, after + 2))
        if name and name[0][0] == after and " ".join(lower[slice(*name[0])]) in words.platform_names:
            return name[0]  # a post on (his) Facebook (page): the platform
        if lower[r[1] - 1] in ON_AIR_AT_END and (
                site := station_at_clause_end(tokens, lower, after, hi, lambda _name: None)) is not None:
            return site  # `in a post on Gettr,`: a site no list knows, by the frame (envia27)
    if lower[r[0]] in words.platform_names and not tokens[r[0]].text[:1].isupper() \
            and lower[r[0]] not in UNAMBIGUOUS_PLATFORMS:
        return None  # `on x`: a lower-case word, not the platform (`on twitter` is one: telesur)
    if r[1] - r[0] > 1 and lower[r[0]] in words.platform_names:
        return (r[0], r[0] + 1)  # `in a Facebook post`: the platform carried it
    return r


def cited_party(tokens: list[Token], lower: list[str], source: Range, cue_end: int | None,
                hi: int, is_outlet: IsOutlet) -> Range | None:
    """The party an outlet source cites right after it (`the newspaper, which cited four current
    and former officials`; `huanqiu.com, citing data from Tmall`): the noun phrase after the
    marker (right after the source or after the cue: `Reuters reported, citing ...`), up to the
    next comma or clause end. Only for a source that is an outlet or a channel word."""
    words = channel_words()
    starts = {source[1], cue_end, _after_time(lower, cue_end, hi)} - {None}
    found = [r for at in starts
             for r in find_phrases(lower, words.citing, at, min(hi, at + 6))[:1] if r[0] == at]
    if not found and cue_end is not None and cue_end < hi and lower[cue_end] in ("citing", "quoting"):
        found = [(cue_end, cue_end + 1)]  # `Anadolu Agency reported quoting unnamed sources`
    if not found or not (lower[source[1] - 1] in words.audiences
                         or is_outlet(surface(tokens, source)) or outlet_shaped(tokens, lower, source)
                         or _reporting_name_cites(tokens, lower, source, cue_end)
                         or _outlet_by_head(tokens, lower, source)
                         # `The news organization, citing an anonymous government source,
                         # reported` (CNN 2019): a news body named by its kind
                         or source[1] - source[0] >= 2 and lower[source[1] - 2] == "news"
                         # `Seoul-based news agency Yonhap`, `a Seoul daily` (fresh wire copy)
                         or any(lower[m] in NAMED_OUTLET_NOUNS and tokens[m].text.islower()
                                for m in range(*source))):
        return None
    j = found[0][1]
    k = j
    while k < hi and k - j < 15 and lower[k] not in (",", ".", ";", ":", "that", "who") \
            and tokens[k].text not in QUOTES:
        k += 1
    return (j, k) if k > j else None


def _reporting_name_cites(tokens: list[Token], lower: list[str], source: Range,
                          cue_end: int | None) -> bool:
    """`Meduza reported, citing two sources close to the Kremlin, that ...`: a capitalised name
    of one to four words that `reported` and cites a party is an outlet even when the gazetteer
    does not know it (ANNOTATION.md, Citing chains: "X, citing Y" -> source Y, via X). Only
    with `reported`/`reports` as the cue (a person `said, citing data` stays the source); an
    acronym cites as an outlet whatever the cue (`According to the WSJ, which cites people
    familiar to the case`, BBC 2005)."""
    j, k = source
    j += lower[j] == "the"
    if k - j == 1 and is_acronym(tokens[j].text):
        return True
    return cue_end is not None and 0 < cue_end <= len(lower) and lower[cue_end - 1] in ("reported", "reports") \
        and 1 <= k - j <= 4 and all(t.text[:1].isupper() and t.text.replace("-", "").isalnum()
                                    for t in tokens[j:k]) \
        and lower[j].rstrip(".") not in HONORIFICS


_TIME = WEEKDAYS | {"on", "late", "early", "earlier", "later", "this", "last", "today",
                     "yesterday", "tonight", "morning", "afternoon", "evening", "night", "week",
                     "month", "year"}


def _outlet_by_head(tokens: list[Token], lower: list[str], r: Range) -> bool:
    """`the Post`, `The Journal`: an outlet named by its capitalised head alone."""
    return r[1] - r[0] == 2 and lower[r[0]] == "the" and tokens[r[0] + 1].text[:1].isupper() \
        and lower[r[0] + 1] in OUTLET_HEADS


def _after_time(lower: list[str], at: int | None, hi: int) -> int | None:
    """Past a time phrase right after the cue (`Reuters reported on Monday, citing ...`)."""
    if at is None:
        return None
    k = at
    while k < hi and k - at < 4 and lower[k] in _TIME:
        k += 1
    return k if k > at else None


# People known by the platform they post on (`one Weibo commenter`, `Twitter users`).
PLATFORM_USERS = frozenset({"commenter", "commenters", "user", "users", "blogger", "bloggers",
                            "poster", "posters", "netizen", "netizens", "influencer"})


DOCUMENT_WORDS = frozenset({"blog", "post", "tweet", "statement", "transcript", "letter", "memo",
                            "email", "newsletter", "video", "filing", "readout", "communique"})


def document_in(tokens: list[Token], lower: list[str], source: Range) -> Range | None:
    """The document or post that an `according to` source names (`a blog post for
    InfoAmazonia` -> blog post; `a statement from the ministry` -> statement): the platform
    phrase right after the source's article; for information an outlet received, that outlet
    (`information received by this media house`); or None."""
    j = source[0] + (lower[source[0]] in ("a", "an", "the", "his", "her", "its", "their"))
    found = find_phrases(lower, channel_words().platforms, j, min(source[1], j + 3))
    if found and found[0][0] == j and lower[found[0][1] - 1] in DOCUMENT_WORDS:
        return found[0]
    if j + 3 < source[1] and lower[j] in ("information", "reports", "documents") \
            and lower[j + 1] in HELD_BY | {"received"} and lower[j + 2] == "by":
        # `information received by this media house`: the outlet that received it
        r = channel_phrase(tokens, lower, j + 3, source[1], lambda _: False)
        if r is not None and r[1] == source[1]:
            return r
    return None


SOURCE_NOUNS = frozenset({"source", "sources"})


def journalist_of_source(tokens: list[Token], lower: list[str], source: Range) -> Range | None:
    """`A VOA Extremism Watch Desk reporter Nisan Ahmado's source inside the Rukban camp said`
    (enC-polygraph-1 gold: the whole phrase the source, `Nisan Ahmado` the via): the reporter or
    outlet whose source spoke carried the words on (ANNOTATION.md citing chains: the outer party
    relaying another's words is the `via`). The possessor must be a name after a journalist's
    noun (`reporter`, `correspondent`): `Trump's sources` names no channel, and an outlet's own
    sources are its sources, not a channel (enH-globalnews-1 gold: `according to the Globe’s
    sources`, no via). The possessor's range (its `'s` is cut where spans are made), or None."""
    for m in range(source[0] + 1, source[1]):
        if lower[m] not in SOURCE_NOUNS or not lower[m - 1].endswith(("'s", "’s")) \
                or not tokens[m - 1].text[:1].isupper():
            continue
        k = m - 1
        while k - 1 >= source[0] and tokens[k - 1].text[:1].isupper() and m - k < 4:
            k -= 1
        if k > source[0] and lower[k - 1] in OUTLET_PEOPLE:
            return k, m
    return None


# Pieces put up on a platform that a source may name after it (`a social media post`).
PLATFORM_PIECES = frozenset({"post", "posts", "video", "videos", "message", "messages", "clip", "clips"})


def platform_of_source(tokens: list[Token], lower: list[str], source: Range) -> Range | None:
    """`one Weibo commenter said`: a source named as a platform's user spoke on that platform,
    which is the channel (ANNOTATION.md: `在微博上称`, `in a post on Telegram`); so did a piece
    put up there (`a social media post claiming he had written to ...`, part P tune gold: the
    post the source, `social media` the via; `A Facebook post claimed`)."""
    words = channel_words()
    for m in range(source[0], source[1] - 1):
        if lower[m] in words.platform_names and tokens[m].text[:1].isupper() \
                and lower[m + 1] in PLATFORM_USERS:
            return (m, m + 1)
    j = source[0] + (lower[source[0]] in ("a", "an", "the", "one", "this", "that"))
    name = 2 if lower[j:j + 2] == ["social", "media"] else \
        1 if j < source[1] and lower[j] in words.platform_names and tokens[j].text[:1].isupper() else 0
    if name and j + name == source[1] - 1 and lower[j + name] in PLATFORM_PIECES:
        return (j, j + name)
    return None


# Heads of a medium a speaker is heard on (`a dispatcher on Broadcastify police scanner`, WSVN
# 2024; `a caller on LBC`).
SPEAKING_MEDIA = frozenset({"scanner", "radio", "podcast", "show", "programme", "program", "channel",
                            "broadcast", "livestream", "stream", "feed", "radios", "television", "tv"})


# Relative pronouns after which the antecedent is what the clause's words were put in.
_RELATIVE_IN = (("in", "which"), ("during", "which"))
# What may open the noun phrase of such an antecedent (a medium is a thing with an article).
_MEDIUM_OPENERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "this", "that"})


def medium_before_relative(lower: list[str], lo: int, cue: list[Range]) -> Range | None:
    """`after a live TV interview in which he accused Souness of lying` (enO-bbc-3), `a
    supposed news bulletin in which he claims ...` (enN-citinewsroom-1): a speaker opening a
    relative clause `in which` / `during which` right before the cue speaks in its antecedent,
    and an antecedent whose head is a platform or event of channels.json (interview, bulletin,
    statement, speech, press conference) is the medium of speech, a `via` (ANNOTATION.md
    "Channels": "the addressee or medium of speech is a `via`"). The phrase keeps its channel
    words (`live TV interview`, `news bulletin`, as both golds) and not a describing word
    outside them (`supposed`); an article or a possessive must open it, at most two describing
    words before it (a medium is a thing: `Twitter in which` is none). The range, or None."""
    if not cue:
        return None
    c0 = cue[0][0]
    k = next((k for k in range(c0 - 1, max(lo + 2, c0 - 6) - 1, -1)
              if (lower[k - 2], lower[k - 1]) in _RELATIVE_IN), None)
    if k is None or any(not lower[m].replace("-", "").replace("'", "").isalnum() for m in range(k, c0)):
        return None  # (the speaker between the relative and the cue: no comma, no quotation)
    end = k - 2
    words = channel_words()
    start = min((r[0] for table in (words.platforms, words.events)
                 for r in find_phrases(lower, table, max(lo, end - 3), end) if r[1] == end),
                default=None)
    if start is None or lower[end - 1] in words.platform_names:
        return None
    while start - 1 > lo and lower[start - 1] in words.channel_words \
            and lower[start - 1] not in _MEDIUM_OPENERS | {"of", "with", "'s", "’s"}:
        start -= 1
    opener = next((m for m in range(start - 1, max(lo, start - 3) - 1, -1) if lower[m] in _MEDIUM_OPENERS), None)
    if opener is None or not all(lower[m].isalpha() for m in range(opener + 1, start)):
        return None
    return start, end


def medium_in_source(tokens: list[Token], lower: list[str], source: Range,
                     is_outlet: IsOutlet) -> tuple[Range, Range] | None:
    """`said a dispatcher on Broadcastify police scanner`: a lower-case person noun followed by
    `on` and a medium (a platform, an outlet, or a name ending in a medium noun) is the speaker,
    heard on that medium, the channel. (speaker range, channel range), or None; a platform's
    user keeps the whole phrase as the speaker (en-express-2: `one user on Weibo`, via Weibo)."""
    words = channel_words()
    for m in range(source[0] + 1, source[1] - 1):
        if lower[m] in (",", "who", "which", "whose"):
            return None  # `Cuban, who is also a host on the TV show`: a description, not speech
        if lower[m] != "on" or not (tokens[m - 1].text.isalpha() and tokens[m - 1].text.islower()):
            continue
        posted = _posted_on(tokens, lower, source[0], m, source[1], words)
        if posted is not None:
            return source, posted
        j = m + 1 + (lower[m + 1] in ("the", "a", "an", "his", "her", "their", "its"))
        r = (j, source[1])
        if j >= source[1] or not tokens[j].text[:1].isupper():
            return None
        name = " ".join(lower[j:source[1]])
        if name in words.platform_names:
            return source, r  # `one user on Weibo`: the gold keeps the user's whole description
        if is_outlet(surface(tokens, r)) or lower[source[1] - 1] in SPEAKING_MEDIA:
            return (source[0], m), r
        return None
    return None


PLATFORM_ACCOUNTS = frozenset({"channel", "account", "page", "feed", "profile", "handle", "site",
                               "website"})
# Verbs of putting a document up somewhere (`a message posted on the group's blog`).
POSTING = frozenset({"posted", "published", "shared", "uploaded", "put"})
# Where a document is put up, named by its kind alone (`blog`, `website`, `page`).
POSTED_PLACES = PLATFORM_ACCOUNTS | {"blog", "forum", "site", "board"}


def _posted_on(tokens: list[Token], lower: list[str], start: int, m: int, end: int,
               words: ChannelWords) -> Range | None:
    """`a message posted on the ransomware group’s blog` (enN-1news-1 gold: source the whole
    phrase, via `blog`), `A statement posted on the ministry's website`: a source that is a
    document (a `platforms` word of channels.json right after its article: message, statement,
    post, video ...) put up (`POSTING`) `on` [m] a place speaks from that place, the channel:
    the platform's name when the place names one (`its Telegram channel` -> Telegram), else the
    place's kind (`blog`, `website`). The source keeps its words (the document spoke); the
    place must close within four words after `on`. The channel's range, or None."""
    first = start + (lower[start] in _POSSESSIVE_DETERMINERS)
    if first >= m - 1 or lower[m - 1] not in POSTING \
            or not find_phrases(lower, words.platforms, first, m - 1):
        return None
    for n in range(m + 1, min(end, m + 6)):
        if lower[n] in words.platform_names and tokens[n].text[:1].isupper():
            return (n, n + 1)
        if lower[n] in POSTED_PLACES:
            named = n + 1 < end and tokens[n + 1].text[:1].isupper() and all(
                tokens[i].text[:1].isupper() or lower[i] == "." or lower[i] in WEB_DOMAINS
                for i in range(n + 1, end))
            # `A statement posted on the website GunBroker.com said` (PolNeAR train): the
            # site's own name after its kind is the channel
            return (n + 1, end) if named else (n, n + 1)
        if not tokens[n].text.replace("'", "").replace("’", "").replace("-", "").isalpha():
            return None  # a mark or a number ends the place (`the group's | blog`, one token)
    return None


_ACCOUNT_PREPOSITIONS = frozenset({"from", "on", "via", "through"})


def account_in_source(tokens: list[Token], lower: list[str], source: Range) -> tuple[Range, Range] | None:
    """`PIB Fact Check from its official Twitter handle tweeted ...` (en-news part M), `The
    ministry, on its Facebook page, said ...`: a source that closes with the speaker's own
    account on a platform is the speaker, the platform its channel (ANNOTATION.md: `in a post on
    Telegram`, `在微博上称`). (speaker range, platform range), or None."""
    words = channel_words()
    j, k = source
    while k > j and lower[k - 1] == ",":
        k -= 1
    for m in range(j + 1, k - 2):
        if lower[m] not in _ACCOUNT_PREPOSITIONS or lower[m + 1] not in ("its", "his", "her", "their"):
            continue
        n = m + 2
        while n < k and lower[n] in ("official", "verified", "personal"):
            n += 1
        if n >= k or lower[n] not in words.platform_names or not tokens[n].text[:1].isupper():
            return None
        end = n + 1 + (n + 1 < k and lower[n + 1] in PLATFORM_ACCOUNTS)
        if end != k:
            return None
        speaker_end = m - (lower[m - 1] == ",")
        return ((j, speaker_end), (n, n + 1)) if speaker_end > j else None
    return None


def platform_owner(tokens: list[Token], lower: list[str], source: Range) -> tuple[Range, Range] | None:
    """`according to the Telegram channel of the Russian-installed administration`: a source
    that is a platform account of someone is that someone speaking, the platform its channel
    (ANNOTATION.md: `in a post on Telegram`). (platform, owner), or None."""
    words = channel_words()
    j, k = source
    if j < k and lower[j] in ("the", "a", "an", "its", "his", "her", "their"):
        j += 1
    m = j
    while m < k and m - j < 2 and tokens[m].text[:1].isupper():
        m += 1
    if m == j or " ".join(lower[j:m]) not in words.platform_names:
        return None
    n = m
    if n < k and lower[n] == "official":
        n += 1
    if n + 2 > k or lower[n] not in PLATFORM_ACCOUNTS or lower[n + 1] != "of":
        return None
    return (j, m), (n + 2, k)


def before_citing(lower: list[str], source: Range) -> Range:
    """A source that ran on over a citing marker (`one legal expert, as reported by the
    Independent`) or a relaying outlet set off by commas (`Richardson, via USA Today, said`)
    ends before it: what follows is the channel."""
    found = find_phrases(lower, channel_words().citing, source[0] + 1, source[1])
    marks = [r[0] for r in found[:1]] + [m for m in range(source[0] + 1, source[1] - 1)
                                         if lower[m] in ("via", "per") and lower[m - 1] == ","]
    if not marks:
        return source
    end = min(marks)
    while end > source[0] + 1 and lower[end - 1] in (",", "—", "–"):
        end -= 1
    return (source[0], end)


def with_address(tokens: list[Token], lower: list[str], source: Range) -> Range:
    """A source cut at a web address's dot (`according to huanqiu` `.` `com`) gets the rest
    of the address back: the site is the outlet named."""
    k = source[1]
    if k + 1 < len(tokens) and lower[k] == "." and outlet_shaped(tokens, lower, (k - 1, k + 2)):
        return (source[0], k + 2)
    return source


# Who issued a document named as a source (`a joint statement by the European Commission`).
_ISSUED = frozenset({"by", "from", "of", "issued", "released", "signed", "published"})


def document_author(tokens: list[Token], lower: list[str], source: Range) -> tuple[Range, Range] | None:
    """`according to a joint statement by the European Commission and Kaja Kallas` (TASS): the
    document carried the words of whoever issued it, who is the source; the document is the
    channel (en-news gold, `according to a (joint) statement` 2 of 2). (document, party) or
    None; only the document words of `DOCUMENT_WORDS` (a report stays a source of its own)."""
    doc = document_in(tokens, lower, source)
    if doc is None or doc[1] >= source[1] - 1 or lower[doc[1] - 1] not in DOCUMENT_WORDS:
        return None
    k = doc[1]
    while k < source[1] and lower[k] in _ISSUED and k - doc[1] < 2:
        k += 1
    if k == doc[1] or k >= source[1] or lower[k - 1] not in ("by", "from", "of"):
        return None
    return doc, (k, source[1])


def quoting_agent(tokens: list[Token], lower: list[str], by: int, hi: int,
                  is_outlet: IsOutlet) -> Range | None:
    """The agent after `by` at `by` of a passive quoting verb (`was quoted as saying by the
    Foreign Office`, `by the state news agency, KCNA`, `by the website cricinfo.com`): whoever
    quoted the speaker carried the words, an outlet or not (the passive leaves no other
    reading). An outlet described before a comma is named after it."""
    if by + 1 >= hi or lower[by] != "by":
        return None
    j = by + 1 + (lower[by + 1] in ("the", "a", "an"))
    k = j
    while k < hi and tokens[k].text.islower() and lower[k] in DESCRIPTORS_BEFORE_NAME and k - j < 4:
        k += 1
    if k > j and k + 1 < hi and lower[k] == "," and tokens[k + 1].text[:1].isupper():
        m = k + 1  # `the state news agency, KCNA`
        while m < hi and tokens[m].text[:1].isupper() and m - k < 5:
            m += 1
        return (k + 1, m)
    if k > j and k + 2 < hi and lower[k - 1] in MEDIA_NOUNS and lower[k + 1] == "." \
            and lower[k + 2] in WEB_DOMAINS and tokens[k].end == tokens[k + 1].start:
        return (k, k + 3)  # `the website cricinfo.com`
    return channel_phrase(tokens, lower, by + 1, hi, is_outlet, any_name=True)


# Words after which an article opens a new noun phrase inside the same one (`the office of the
# president`, `a report by the agency`): no clause boundary there.
_PHRASE_JOINERS = frozenset({"of", "for", "by", "from", "at", "in", "on", "with", "and", "'s", "’s"})


def quoting_party(tokens: list[Token], lower: list[str], lo: int, r: Range) -> Range:
    """The noun phrase of the party that quoted a speaker (`X quoted Y as saying`, `X quoting
    Y as saying`), which is the outer channel (ANNOTATION.md citing chains: "X, quoting Y": X
    goes into `via`), without its article as every via (`a Geo News report quoting the defense
    minister as saying` -> `Geo News report`, the enO-geotv-1 gold). A span that ran back over
    a clause (`graphic showed a CNN report`) starts at its last article after a verb; a span
    that lost capitalised words of its name (`a Geo | News report`) gets them back up to its
    article; a platform keeps no describing word outside the channel words (`An early tweet
    quoted ...` -> tweet, as `_document_channel` reads `an early morning tweet`)."""
    a, b = r
    for m in range(b - 2, a, -1):
        if lower[m] in ARTICLES and tokens[m - 1].text.islower() and lower[m - 1] not in _PHRASE_JOINERS:
            a = m
            break
    while a - 1 > lo and tokens[a - 1].text[:1].isupper() and lower[a - 1] not in ARTICLES \
            and tokens[a - 2].text.islower():
        if lower[a - 2] not in ARTICLES:
            break
        a -= 1
    if a + 1 < b and lower[a] in ARTICLES:
        a += 1
    words = channel_words()
    piece = find_phrases(lower, words.platforms, a, b)
    if piece and piece[-1][1] == b:  # `An early tweet quoted ...` -> tweet, as `_document_channel`
        while a < piece[-1][0] and tokens[a].text.islower() and lower[a] not in words.channel_words:
            a += 1
    return a, b


# Participles of a reduced relative naming who relayed the noun before them (`a spokesman
# quoted by Reuters`, `an official cited by the paper`).
RELAYING_PARTICIPLES = frozenset({"quoted", "cited", "interviewed"})


def relaying_agent(tokens: list[Token], lower: list[str], lo: int, source: Range,
                   is_outlet: IsOutlet) -> tuple[Range, int] | None:
    """`A police spokesman quoted by Reuters said ...`, `An official quoted by Ghana's Graphic
    Online said ...`: a source read right after `quoted by` is the agent of a reduced relative
    on the noun before it; that noun speaks and the agent relayed the words, a channel
    (ANNOTATION.md, Citing chains: "X, quoting Y" -> source Y, via X). (the agent as a channel,
    the index of the participle, before which the speaker ends), or None."""
    by = source[0] - 1
    if by - 1 <= lo or lower[by] != "by" or lower[by - 1] not in RELAYING_PARTICIPLES \
            or lower[by - 2] in ("was", "were", "is", "are", "been", "be", "being", ","):
        return None
    agent = quoting_agent(tokens, lower, by, source[1], is_outlet) or source
    return agent, by - 1


# Lower-case words describing an outlet before its name (`the state news agency, KCNA`).
DESCRIPTORS_BEFORE_NAME = frozenset({"state", "state-run", "state-owned", "official", "news", "agency",
                                     "website", "newspaper", "daily", "broadcaster", "television",
                                     "tv", "radio", "channel", "semi-official", "local", "national"})


# Bodies that hear testimony (`the court was told`, `the inquest heard`, `an Election Court has
# heard`): in British court and inquiry reporting the body is the channel and the speaker is left
# unnamed (enD-bbc-8: via `court`, `hearing`, `Election Court`).
HEARING_BODIES = frozenset({"court", "hearing", "jury", "inquiry", "tribunal", "inquest", "trial",
                            "committee", "panel", "commission", "mps", "senators", "lawmakers",
                            "councillors", "magistrates", "judge", "coroner"})
_PASSIVE_AUX = frozenset({"was", "were", "been", "is", "are", "being"})
_HEARD = frozenset({"heard", "hears", "hear"})


def hearing_body(tokens: list[Token], lower: list[str], lo: int, cue: list[Range],
                 source: Range | None) -> Range | None:
    """The body of `the court was told ...` / `the court heard (how|that) ...`: the subject of a
    passive `told` or of an active `heard` when its head is a hearing body. The channel (its
    capitalised name words and head, without the article: `an Election Court` gives
    `Election Court`), or None."""
    if not cue:
        return None
    a, b = cue[0][0], cue[-1][1]
    verb = next((m for m in range(a, b) if lower[m] in TELL or lower[m] in _HEARD), None)
    if verb is None:
        return None
    k = verb
    while k > lo and lower[k - 1] in _PASSIVE_AUX | {"has", "have", "had"}:
        k -= 1
    if lower[verb] in TELL and not any(lower[m] in _PASSIVE_AUX for m in range(k, verb)):
        return None  # `told the court` is `sentence_channels`' addressee
    if source is not None and source[1] != k:
        return None
    if k == lo or lower[k - 1] not in HEARING_BODIES:
        return None
    start = k - 1
    while start > lo and tokens[start - 1].text[:1].isupper() and tokens[start - 1].text.isalpha() \
            and tokens[k - 1].text[:1].isupper() and k - start < 4:
        start -= 1  # `Election Court`: a body's capitalised name
    if tokens[start].text in ("The", "An", "A"):
        start += 1
    return (start, k)

