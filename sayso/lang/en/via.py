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

from .lexicon import find_phrases
from .outlets import (
    CALENDAR,
    MEDIA_NOUNS,
    OUTLET_HEADS,
    OUTLET_PEOPLE,
    PROGRAMME_HEADS,
    WEEKDAYS,
    ChannelWords,
    IsOutlet,
    Range,
    channel_parts,
    channel_words,
    described_name,
    is_outletish,
    outlet_in_description,
    outlet_name_of,
    outlet_shaped,
    programme_outlet,
    quoted_name,
    split_possessive,
    surface,
)
from .tokens import QUOTES, Token

__all__ = ["TELL", "before_citing", "channel_parts", "channel_phrase", "cited_party",
           "opens_with_channel", "outlet_name_of", "platform_owner", "scan_sentence",
           "sentence_channels"]

TELL = frozenset({"told", "tells", "tell", "telling"})
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
    ("writing", "in"): "outlet", ("wrote", "in"): "outlet", ("interview", "on"): "outlet",
    ("appearing", "on"): "outlet", ("appearance", "on"): "outlet", ("speaking", "on"): "outlet",
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
    # `in response to a question from TIME`: the outlet that asked carried the answer
    ("question", "from"): "outlet", ("questions", "from"): "outlet", ("query", "from"): "outlet",
}


TIME_WORDS = frozenset({"this", "last", "next", "today", "yesterday", "tonight", "earlier",
                        "later", "recently", "previously", "again", "also", "then", "now"})
# Words that open the reported clause right after an addressee (`told Reuters the talks had
# stalled`): the capitalised word before them is a name, not a modifier.
CLAUSE_OPENERS = frozenset({"the", "a", "an", "he", "she", "they", "it", "we", "i", "you", "his",
                            "her", "their", "its", "there", "these", "those", "no", "some", "all"})
STOPS = frozenset({",", ".", ";", ":", "that", "this", "last", "on", "in", "at", "when", "while",
                   "as", "after", "before", "about", "for", "if", "who", "which", "and", "but",
                   "(", ")", "—", "–", "--"})


def channel_phrase(tokens: list[Token], lower: list[str], j: int, hi: int, is_outlet: IsOutlet,
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
    if j + 1 < hi and lower[j] in ("his", "her", "their", "its", "our") \
            and lower[j + 1] in words.audiences:
        j += 1  # `told his cabinet`: a body addressed (a person told, `his wife`, is none)
    quoted = quoted_name(tokens, j, hi)
    if quoted is not None and (programme_outlet(surface(tokens, quoted), words) is not None
                               or is_outletish(tokens, lower, quoted, is_outlet)):
        return quoted  # `Speaking to “CBS This Morning” Monday`
    k = j
    # a capitalised stop word inside a name (`CBS This Morning`) is part of it
    while k < hi and k - j < 8 and (split_possessive(tokens, lower, k)
                                    or k > j and split_possessive(tokens, lower, k - 1)
                                    or (lower[k] not in STOPS or k > j and tokens[k].text[:1].isupper()
                                        and tokens[k].text.isalpha()) and tokens[k].text not in QUOTES
            and not (lower[k] in CALENDAR and not tokens[min(k + 1, hi - 1)].text[:1].isupper())
            and (
            tokens[k].text[:1].isupper() or tokens[k].text[:1].isdigit()
            or lower[k] in words.channel_words or lower[k] in words.audiences
            or lower[k] in words.platform_names or lower[k] in OUTLET_PEOPLE)):
        k += 1
    if k - j > 2 and split_possessive(tokens, lower, k - 2):
        k -= 2  # a trailing `'` `s` belongs to what follows the name
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
    if k == j or k < hi and tokens[k - 1].text[:1].isupper() and tokens[k].text.isalpha() \
            and tokens[k].text[:1].islower() and lower[k] not in STOPS \
            and lower[k] not in TIME_WORDS and lower[k] not in words.audiences \
            and lower[k] not in CLAUSE_OPENERS and not lower[k].endswith("ly"):
        return None  # `an Australian diplomat`: the capitalised word modifies another noun
    if is_outlet(surface(tokens, (j, k))) or programme_outlet(surface(tokens, (j, k)), words) is not None \
            or outlet_shaped(tokens, lower, (j, k)):
        return (j, k)
    name = outlet_in_description(tokens, lower, j, k, is_outlet)
    if name is not None:
        return name
    if not outlet_only and lower[k - 1] in words.audiences \
            or outlet_only and (lower[k - 1] in BROADCAST_MEDIA  # `said on state television`
                                or lower[k - 1] in MEDIA_NOUNS and k - j > 1):  # `by state media`
        return (j, k)
    if any_name and all(t.text[:1].isupper() or t.text[:1].isdigit() or lower[m] in ("of", "'s", "’s")
                        for m, t in enumerate(tokens[j:k], j)):
        return (j, k)
    # `Sky News's Sunday Morning programme`: an outlet's own programme; `Bill O'Reilly of Fox
    # News`: its presenter (`channel_parts` keeps the outlet).
    for m in range(j, k):
        if lower[m] == "of" and m > j and is_outletish(tokens, lower, (m + 1, k), is_outlet) \
                or lower[m] in OUTLET_PEOPLE and m > j and is_outletish(tokens, lower, (j, m), is_outlet):
            return (j, k)
        if lower[m] in ("'s", "’s") and m > j and is_outletish(tokens, lower, (j, m), is_outlet):
            return (j, k)
        if lower[m].endswith(("'s", "’s")) and len(lower[m]) > 2 \
                and is_outletish(tokens, lower, (j, m + 1), is_outlet, possessive=True):
            return (j, k)  # `NBC's` is one token
    return None


def sentence_channels(tokens: list[Token], lower: list[str], lo: int, hi: int,
                      cue: list[Range], content: list[Range], is_outlet: IsOutlet,
                      scanned: list[Range] | None = None,
                      is_person: Callable[[str], bool] | None = None) -> list[Range]:
    """Channels of one attribution in its sentence [lo, hi), outside its content, in reading
    order: the addressee of a `tell` cue (even where a tagger took it for content), and the
    sentence's introduced channels, platforms and events (`scan_sentence`, which the caller
    may pass in, computed once per sentence)."""
    words = channel_words()
    inside = {i for a, b in content for i in range(a, b)}
    told: list[Range] = []
    for a, b in cue:
        for m in range(a, b):
            if lower[m] in TELL:
                r = channel_phrase(tokens, lower, b if m == b - 1 else m + 1, hi, is_outlet, words)
                if r is None and is_person is not None:
                    r = _unknown_agency(tokens, lower, b if m == b - 1 else m + 1, hi, is_person)
                if r is not None:
                    told.append(r)
        r = _addressed_to(tokens, lower, b, hi, inside, is_outlet, words)
        if r is not None:
            told.append(r)
    for a, b in content:
        # only the object of a verb of telling something (`revealed X to investigators`), which
        # the content starts right after; a `to` deeper in a clause is its own (`could leak
        # details to reporters`, `take the case to the Supreme Court`)
        if any(e == a and lower[e - 1] in OBJECT_TELLING for _, e in cue):
            r = trailing_addressee(tokens, lower, a, b, is_outlet, words)
            if r is not None:
                told.append(r)
    if scanned is None:
        scanned = scan_sentence(tokens, lower, lo, hi, is_outlet)
    # A channel opening a content piece (`said on | X that ...`, the tagger's cut) is the
    # channel; the caller trims it off the content.
    starts = {a for a, _ in content}
    found = sorted({*told, *(r for r in scanned
                             if r[0] in starts or not any(x in inside for x in range(*r))
                             or any(opens_with_channel(lower, a, r) for a in starts))})
    for k in range(len(found) - 1):
        (a, b), (c, _) = found[k], found[k + 1]
        if c == b + 1 and lower[b] in ("to", "for") or c == b + 2 and lower[b] in ("to", "for") \
                and lower[b + 1] in ("the", "a", "an", "his", "her", "their", "its"):
            # `in an email to The Associated Press`: the addressee carried the document to the
            # public, so it is the outer channel (as 发给路透社的声明 gives 路透社, then 声明)
            found[k], found[k + 1] = found[k + 1], found[k]
    return found


# Words that may come before a channel at the start of a content the tagger cut too early
# (`said | on her Telegram channel that ...`).
CHANNEL_LEAD = frozenset({"on", "in", "via", "at", "to", "his", "her", "their", "its", "the", "a",
                          "an", "our", "my"})


# ... and words of the phrase that introduces a channel (`in comments published by state media`).
_INTRODUCING = CHANNEL_LEAD | {w for pair in INTRODUCERS for w in pair} | {
    "comments", "remarks", "statement", "post", "video", "message", "interview", "an"}


def opens_with_channel(lower: list[str], start: int, r: Range) -> bool:
    """Whether a content starting at `start` opens with the channel `r` after at most five
    prepositions, determiners or channel-introducing words (`on her Telegram channel that
    ...`, `in comments published by state media that ...`), the first a preposition."""
    if start < r[0] <= start + 3 and all(lower[m] in CHANNEL_LEAD for m in range(start, r[0])):
        return True
    return start < r[0] <= start + 5 and lower[start] in ("on", "in", "via", "at", "to") \
        and all(lower[m] in _INTRODUCING for m in range(start, r[0]))


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


def _unknown_agency(tokens: list[Token], lower: list[str], j: int, hi: int,
                    is_person: Callable[[str], bool]) -> Range | None:
    """`A doctor on the scene told Ruptly that ...`: a single capitalised word told, which the
    article never uses as (part of) a person's name, is an organisation the gazetteer does not
    know (a video agency, a local paper); a person told (`told Smith`) is no channel."""
    if j >= hi or not tokens[j].text[:1].isupper() or not tokens[j].text.isalpha() \
            or j + 1 < hi and lower[j + 1] not in AFTER_ADDRESSEE or is_person(tokens[j].text):
        return None
    return (j, j + 1)


# Documents that carry someone's words without being a source of their own.
STATEMENT_NOUNS = frozenset({"statement", "transcript", "readout", "communique", "communiqué",
                             "email", "letter", "memo", "press release", "release"})


def scan_sentence(tokens: list[Token], lower: list[str], lo: int, hi: int,
                  is_outlet: IsOutlet) -> list[Range]:
    """Introduced channels (`in an interview with X`), platforms (`in a tweet`, `on Twitter`)
    and events (`at a news conference`) anywhere in the sentence [lo, hi)."""
    words = channel_words()
    found: list[Range] = []
    i = lo
    while i < hi:
        role = INTRODUCERS.get((lower[i], lower[i + 1])) if i + 1 < hi else None
        if role is not None:
            r = channel_phrase(tokens, lower, i + 2, hi, is_outlet, words, role == "outlet",
                               any_name=role == "party")
            if r is not None:
                found.append(r)
                i = r[1]
                continue
        if lower[i] == "according" and i + 3 < hi and lower[i + 1] == "to" \
                and lower[i + 2] in ("a", "an", "the") and lower[i + 3] in STATEMENT_NOUNS \
                and (i + 4 >= hi or not lower[i + 4].isalpha() or lower[i + 4] in ("on", "from")):
            # `he told settler leaders, according to a statement`: the statement carried it
            found.append((i + 3, i + 4))
            i += 4
            continue
        if (lower[i] in ("in", "via", "on") or lower[i] == "to" and i > lo
                and lower[i - 1] in ("posted", "uploaded", "published")) and i + 1 < hi:
            r = _platform(tokens, lower, i + 1, hi, words)
            if r is None:
                r = _document_channel(tokens, lower, i + 1, hi, is_outlet, words)
                if r is not None:
                    found.extend(r[:-1])  # `in a Baltimore Sun op-ed`: the outlet, outer first
                    r = r[-1]
            if r is not None and r[1] + 1 < hi and (lower[r[1] - 1], lower[r[1]]) in INTRODUCERS \
                    and channel_phrase(tokens, lower, r[1] + 1, hi, is_outlet, words) is not None:
                r = None  # `in a statement to Rolling Stone`: the addressee is the channel
            if r is not None:
                found.append(r)
                i = r[1]
                continue
        if lower[i] == "on" and i + 1 < hi:
            # `said Thursday morning on Fox News's "Fox and Friends"`, `appeared on MSNBC`; a
            # programme is a channel after any verb (`defended the policy on BBC One's
            # Breakfast programme`)
            r = channel_phrase(tokens, lower, i + 1, hi, is_outlet, words, outlet_only=True)
            if r is not None and not _spoken_before(lower, lo, i) \
                    and lower[r[1] - 1] not in PROGRAMME_HEADS \
                    and programme_outlet(surface(tokens, r), words) is None:
                r = None
            if r is not None and lower[r[1] - 1] not in BROADCAST_MEDIA:
                found.append(r)
                i = r[1]
                continue
        if lower[i] in ("at", "during", "in") and i + 1 < hi:  # `in a televised address`
            j = i + 1
            while j < hi and lower[j] in ("a", "an", "the", "his", "her", "their", "its") \
                    or j < hi and tokens[j].text[:1].isupper() and j - i < 4:
                j += 1
            ev = find_phrases(lower, words.events, j, min(hi, j + 6))
            # `at a regular press briefing`, `at a joint news conference`: up to two
            # lower-case words may describe the event before its name
            if ev and (ev[0][0] == j or ev[0][0] - j <= 2 and all(
                    tokens[m].text.isalpha() and tokens[m].text.islower()
                    for m in range(j, ev[0][0]))):
                found.append(ev[0])
                i = ev[0][1]
                continue
        i += 1
    return found


# Words of speaking or appearing that `on X` can follow (after a time phrase): the outlet
# then carried the words (`said on Sunday on NBC's "Meet the Press"`).
SPOKEN_ON = frozenset({"said", "says", "saying", "told", "tells", "speaking", "spoke",
                       "appeared", "appearing", "appearance", "interview", "interviewed",
                       "remarks", "comments", "added", "argued", "insisted", "warned",
                       "claimed", "declared", "acknowledged", "conceded", "admitted"})


def _spoken_before(lower: list[str], lo: int, at: int) -> bool:
    """Whether a speaking word precedes `on` at `at`, past at most four time words."""
    k = at - 1
    while k >= lo and at - k <= 5 and lower[k] in _TIME | TIME_WORDS:
        k -= 1
    return k >= lo and lower[k] in SPOKEN_ON


# Pieces an outlet publishes or broadcasts (`a Baltimore Sun op-ed`, `the Global Times piece`, `a
# CNN interview`): the outlet is the channel.
OUTLET_PIECES = frozenset({"op-ed", "interview", "column", "article", "editorial", "piece",
                           "essay", "commentary", "report", "story", "documentary", "podcast",
                           "broadcast", "opinion"})
_POSSESSIVE_DETERMINERS = ("a", "an", "the", "his", "her", "their", "its", "one")


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
    m = k
    while m < hi and m - k < 2 and tokens[m].text.islower() and tokens[m].text.replace("-", "").isalpha() \
            and not find_phrases(lower, words.platforms, m, min(hi, m + 1)):
        m += 1
    if m == k or m >= hi:
        return None
    found = find_phrases(lower, words.platforms, m, min(hi, m + 2))
    if not found or found[0][0] != m or lower[m] in words.platform_names:
        return None
    event = find_phrases(lower, words.events, m, min(hi, m + 3))
    if event and event[0][0] == m and event[0][1] > found[0][1]:
        return None  # `his nightly video address`: an event, read as one below
    return [found[0]]


def _platform(tokens: list[Token], lower: list[str], j: int, hi: int,
              words: ChannelWords) -> Range | None:
    """`a tweet` -> tweet; `a post on Facebook` -> Facebook; `Twitter` -> Twitter."""
    k = j
    while k < hi and lower[k] in ("a", "an", "the", "his", "her", "their", "its", "her", "one",
                                  "several", "series", "of", "separate", "later", "video"):
        k += 1
    found = find_phrases(lower, words.platforms, k, min(hi, k + 3))
    if not found or found[0][0] != k:
        return None
    r = found[0]
    if k == j and " ".join(lower[r[0]:r[1]]) not in words.platform_names \
            and r[1] - r[0] < 2 and lower[k] not in BROADCAST_MEDIA:
        return None  # `in tweets`, `on state TV` are fine, a bare `in post` is not a channel
    after = r[1] + 1 + (r[1] + 2 < hi and lower[r[1] + 1] in ("his", "her", "their", "its"))
    if after < hi and lower[r[1]] == "on":
        name = find_phrases(lower, words.platforms, after, min(hi, after + 2))
        if name and name[0][0] == after and " ".join(lower[slice(*name[0])]) in words.platform_names:
            return name[0]  # a post on (his) Facebook (page): the platform
    if lower[r[0]] in words.platform_names and not tokens[r[0]].text[:1].isupper():
        return None  # `on x`: a lower-case word, not the platform
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
    if not found or not (lower[source[1] - 1] in words.audiences
                         or is_outlet(surface(tokens, source)) or outlet_shaped(tokens, lower, source)
                         or _outlet_by_head(tokens, lower, source)):
        return None
    j = found[0][1]
    k = j
    while k < hi and k - j < 15 and lower[k] not in (",", ".", ";", ":", "that", "who") \
            and tokens[k].text not in QUOTES:
        k += 1
    return (j, k) if k > j else None


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


PLATFORM_ACCOUNTS = frozenset({"channel", "account", "page", "feed", "profile", "handle", "site",
                               "website"})


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
    Independent`) ends before it: what follows is the channel."""
    found = find_phrases(lower, channel_words().citing, source[0] + 1, source[1])
    if not found:
        return source
    end = found[0][0]
    while end > source[0] + 1 and lower[end - 1] in (",", "—", "–"):
        end -= 1
    return (source[0], end)
