"""English outlet names for channels (`via`): which words name an outlet, a programme or a
body, and how a channel phrase splits into them (outlet, then programme, as
`shared/eval/ANNOTATION.md` lists channels: `Sky News's Sunday Morning programme` -> Sky News,
Sunday Morning programme). Recognition goes through the gazetteer (`is_outlet`, passed in), the
programmes of `channels.json`, and a generic shape rule (a capitalised name ending in an outlet
head: `Breitbart News`, `the Kyiv Post`, `Channel 12`). `via.py` finds the channel phrases.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .lexicon import Phrases, phrase_table
from .tokens import QUOTES, Token, tokenize

Range = tuple[int, int]
IsOutlet = Callable[[str], bool]  # is this name an outlet of the gazetteer?


@dataclass(frozen=True)
class ChannelWords:
    audiences: frozenset[str]
    channel_words: frozenset[str]
    platforms: Phrases
    platform_names: frozenset[str]
    events: Phrases
    written_in: frozenset[str]
    intermediaries: Phrases
    programmes: dict[str, str]
    citing: Phrases
    not_outlet_acronyms: frozenset[str]
    own_medium_verbs: frozenset[str]
    act_nouns: frozenset[str]
    not_written_media: frozenset[str]


@lru_cache(maxsize=1)
def channel_words() -> ChannelWords:
    """The bundled channel words (loaded once per process)."""
    data = json.loads(resources.files("sayso.lang.en").joinpath("channels.json").read_text("utf-8"))
    return ChannelWords(
        audiences=frozenset(data["audiences"]),
        channel_words=frozenset(data["channel_words"]),
        platforms=phrase_table(data["platforms"]),
        platform_names=frozenset(data["platform_names"]),
        events=phrase_table(data["events"]),
        written_in=frozenset(data["written_in"]),
        intermediaries=phrase_table(data["intermediaries"]),
        programmes=dict(data["programmes"]),
        citing=phrase_table(data["citing"]),
        not_outlet_acronyms=frozenset(data["not_outlet_acronyms"]),
        own_medium_verbs=frozenset(data["own_medium_verbs"]),
        act_nouns=frozenset(data["act_nouns"]),
        not_written_media=frozenset(data["not_written_media"]),
    )


OUTLET_NOUNS = frozenset({"newspaper", "paper", "daily", "tabloid", "website", "agency", "journal",
                          "broadcaster", "channel", "network", "magazine", "interviewer",
                          "reporter", "reporters", "correspondent", "journalist", "journalists"})
# Last words of an outlet's own name (`Breitbart News`, `The Jerusalem Post`, `Newsmax TV`,
# `Kyodo News Agency`): a capitalised name ending in one is an outlet even when the gazetteer
# does not know it.
OUTLET_HEADS = frozenset({"news", "times", "post", "journal", "herald", "tribune", "telegraph",
                          "gazette", "chronicle", "observer", "mail", "express", "mirror",
                          "standard", "examiner", "inquirer", "courier", "dispatch", "daily",
                          "weekly", "tv", "television", "radio", "agency", "press", "magazine",
                          "network", "channel", "broadcasting", "insider", "online", "wire",
                          "monitor", "bulletin", "review", "reporter", "sentinel",
                          # radio stations named by their band (`Skyy FM`, `Happy 98.9 FM`,
                          # `Joy FM 99.7`: Ghanaian radio, en-news part I)
                          "fm",
                          # papers' titles (`the Nairobi Star`, `the Jakarta Globe`, `the Kyiv
                          # Independent`, `the Des Moines Register`, `the Nigerian Guardian`,
                          # `the Village Voice`); not `Nation` (`Cherokee Nation` is a people)
                          "star", "sun", "globe", "guardian", "independent", "register", "voice",
                          # regional papers (`told the Gloucester Citizen`, BBC sport 2005;
                          # `the Liverpool Echo`, `the Adelaide Advertiser`, `the Brighton Argus`,
                          # `the Cincinnati Enquirer`, `the Hobart Mercury`)
                          "citizen", "echo", "advertiser", "argus", "enquirer", "mercury"})
NAME_JOINERS = frozenset({"&", "and", "-"})
# Particles inside outlets' names in other languages (`Corriere della Sera`, `Folha de S.Paulo`).
NAME_PARTICLES = frozenset({"della", "delle", "del", "de", "di", "da", "do", "dos", "das", "du", "des",
                            "la", "le", "el", "al", "van", "von"})
# Top-level domains of news sites named by their address (`according to huanqiu.com`).
WEB_DOMAINS = frozenset({"com", "net", "org", "cn", "ru", "info", "news", "tv"})


def split_possessive(tokens: list[Token], lower: list[str], m: int) -> bool:
    """`Radio 4's` tokenised as `4`, `'`, `s`: the apostrophe at `m` with `s` glued after it."""
    return lower[m] in ("'", "’") and m + 1 < len(tokens) and lower[m + 1] == "s" \
        and tokens[m + 1].start == tokens[m].end and m > 0 and tokens[m - 1].end == tokens[m].start


def bare_possessive(tokens: list[Token], lower: list[str], m: int) -> bool:
    """`CBS' Face the Nation`, `The Associated Press’ Twitter account`: a lone apostrophe at `m`
    glued to a name ending in `s` and followed by a space is that name's possessive."""
    return lower[m] in ("'", "’") and 0 < m < len(tokens) - 1 and tokens[m - 1].end == tokens[m].start \
        and tokens[m - 1].text[-1:] in ("s", "S") and tokens[m - 1].text[:1].isupper() \
        and tokens[m + 1].start > tokens[m].end


# First words of an outlet's own name (`Daily Graphic`, `Daily Nation`, `Weekly Standard`, `Radio
# Gold`): a capitalised name opening with one is an outlet even when the gazetteer does not know it.
OUTLET_OPENERS = frozenset({"daily", "weekly", "radio"})


def is_frequency(word: str) -> bool:
    """A radio dial frequency (`98.9`, `104.3`) in a station's name (`Happy 98.9 FM`)."""
    whole, dot, tenth = word.partition(".")
    return dot == "." and whole.isdigit() and 2 <= len(whole) <= 4 and len(tenth) == 1 and tenth.isdigit()


def outlet_shaped(tokens: list[Token], lower: list[str], r: Range) -> bool:
    """A proper name of two or more words ending in an outlet head (`OUTLET_HEADS`): `Breitbart
    News Daily`, `the Kyiv Post`; not a lone head (`News`) nor a name opening with a weekday."""
    j, k = r
    if j < len(tokens) and lower[j] == "the":
        j += 1
    while k - j > 1 and (lower[k - 1].isdigit() or is_frequency(lower[k - 1])):
        k -= 1  # `Channel 12`, `Radio 4`, `Joy FM 99.7`
    if k - j < 1:
        return False  # nothing but `the` (a range ending the text)
    if k - j == 3 and lower[j + 1] == "." and lower[k - 1] in WEB_DOMAINS \
            and tokens[j].end == tokens[j + 1].start and tokens[j + 1].end == tokens[j + 2].start:
        return tokens[j].text.replace("-", "").isalnum()  # `huanqiu.com`: a news site's address
    if 2 <= k - j <= 3 and lower[j] in OUTLET_OPENERS and tokens[j].text[:1].isupper() \
            and all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() and lower[m] not in CALENDAR
                    for m, t in enumerate(tokens[j + 1:k], j + 1)):
        return True  # `Ghana's Daily Graphic`, `the Daily Maverick`
    # `Pittsburgh Post-Gazette`: a hyphenated last word ends in its head
    weekday_paper = lower[j] == "sunday" and k - j == 2  # `the Sunday Telegraph`
    if lower[k - 1].rsplit("-", 1)[-1] not in OUTLET_HEADS \
            or lower[j] in CALENDAR and not weekday_paper or k - j < 2 and k == r[1]:
        return False
    return all(t.text[:1].isupper() or t.text[:1].isdigit() or lower[m] in NAME_JOINERS
               for m, t in enumerate(tokens[j:k], j)) and tokens[j].text[:1].isupper() \
        and (lower[k - 1] != "fm" or tokens[k - 1].text == "FM")


# Last words of broadcast programmes' titles (`Rugby Special`, `World Business Report`, `Vermont
# Edition`, `Fox News Special Report`): a capitalised name ending in one, told or spoken to,
# is a programme. Mined from the BBC news dataset's business/sport/tech/entertainment texts and
# PolNeAR train (`told|to|on|with <Name> <word>`); `Live` is left out (`Xbox Live`, `Facebook Live`).
def outlet_shaped_name(name: str) -> bool:
    """`outlet_shaped` over a name's own tokens (`The Fiji Times`): for passes that hold a
    mention's text, not the document's tokens."""
    toks = tokenize(name)
    return bool(toks) and outlet_shaped(toks, [t.text.lower() for t in toks], (0, len(toks)))


PROGRAMME_TITLE_WORDS = frozenset({"special", "report", "tonight", "edition", "newsnight",
                                   "newshour", "newsday", "hardtalk", "panorama", "dispatches"})


def programme_shaped(tokens: list[Token], lower: list[str], r: Range) -> bool:
    """A proper name of two to four capitalised words ending in `PROGRAMME_TITLE_WORDS`, not
    opening with a weekday or month (`Rugby Special`; not `Monday Tonight`)."""
    j, k = r
    return 2 <= k - j <= 4 and lower[k - 1] in PROGRAMME_TITLE_WORDS and lower[j] not in CALENDAR \
        and all(t.text[:1].isupper() and t.text.replace("'", "").isalpha() for t in tokens[j:k])


# Words naming the person of an outlet who took the statement (`Breitbart News Daily host Alex
# Marlow`): the outlet before them is the channel.
OUTLET_PEOPLE = frozenset({"host", "anchor", "presenter", "correspondent", "interviewer",
                           "reporter", "editor", "columnist", "journalist", "moderator",
                           "hosts", "anchors", "presenters"})  # `told the MSNBC hosts of "Morning Joe"`
PROGRAMME_HEADS = frozenset({"programme", "program", "show", "podcast", "series"})


# Words of who owns or backs an outlet, before its name (`the semi-official Tasnim news agency`).
OWNERSHIP = frozenset({"state", "state-run", "state-owned", "state-controlled", "state-backed",
                       "state-funded", "semi-official", "government-run", "government-owned",
                       "pro-government", "pro-kremlin", "privately-owned", "privately", "owned",
                       "independent", "opposition", "official"})
# Suffixes of a capitalised backer before an outlet (`Kremlin-backed RT`, `Qatar-based Al Jazeera`).
BACKED = ("-backed", "-funded", "-owned", "-based", "-run", "-controlled", "-affiliated", "-aligned")


def channel_parts(tokens: list[Token], lower: list[str], r: Range, hi: int,
                  is_outlet: IsOutlet, words: ChannelWords | None = None) -> list[Range]:
    """A channel told or spoken on, as ANNOTATION.md lists it (outlet, then programme): `Sky
    News's Sunday Morning programme` -> Sky News, Sunday Morning programme; `MSNBC's "Morning
    Joe"` -> MSNBC, Morning Joe; `CNN's Wolf Blitzer` and `Bill O'Reilly of Fox News` -> the
    outlet alone (a presenter is the outlet's person, not a channel of his own); `Breitbart
    News Daily host Alex Marlow` -> Breitbart News Daily. A possessive stays on the outlet's
    last token (the caller trims it from the text)."""
    words = words or channel_words()
    j, k = r
    m = first = j + (k - j > 2 and lower[j] == "the")
    while k - m > 1 and (lower[m].endswith(BACKED) and "-" in lower[m][1:] or lower[m] in OWNERSHIP):
        m += 1  # `UK-based Sky News programme`, `the Kremlin-backed RT channel`: who is behind it
        # or where it is based describes a name (`state media` stays whole)
    if m > first and tokens[m].text[:1].isupper() and not (k - m == 1 and lower[m] in ("tv", "television", "radio")):
        j = m  # (`state TV` stays whole)
    first = j + (lower[j] == "the")
    # whether an outlet noun follows the name (`Botswana's Mmegi newspaper`)
    noun_after = k < hi and lower[k] in NAMED_OUTLET_NOUNS and tokens[k].text.islower()
    if outlet_site(tokens, lower, first, k, is_outlet):
        return [(first, k)]  # `told the BBC News website` (enN-bbc-4 gold: `BBC News website`)
    if k - first >= 2 and tokens[k - 1].text.islower() and lower[k - 1] in NAMED_OUTLET_NOUNS \
            and all(t.text[:1].isupper() for t in tokens[first:k - 1]) \
            and not (first > 0 and lower[first - 1] in ("a", "an")):  # `a French newspaper` names none
        j, k = first, k - 1  # `the Sun newspaper` -> Sun, as the gold names `the Independent newspaper`
        noun_after = True
    r = (j, k)
    if k - j > 1 and is_outlet(surface(tokens, r)):
        return [r]  # `the People's Daily`: a possessive inside the outlet's own name
    if k < hi and bare_possessive(tokens, lower, k) and is_outletish(tokens, lower, r, is_outlet):
        quoted = quoted_name(tokens, k + 1, hi)  # `CBS' ''60 Minutes''`: the outlet, its programme
        if quoted is not None:
            return [r, quoted]
    for m in range(j, k):
        if lower[m] in OUTLET_PEOPLE and m > j:
            # `Breitbart News Daily SiriusXM host Matt Boyle`: the longest outlet before the
            # outlet's person (a network's name may stand between)
            e = next((e for e in range(m, max(j, m - 2), -1) if is_outletish(tokens, lower, (j, e), is_outlet)), None)
            if e is not None:
                # `told VOA Pentagon correspondent Carla Babb` -> VOA, Carla Babb (half A gold):
                # the person addressed is a channel too, after the outlet
                return [(j, e), (m + 1, k)] if _named_person(tokens, lower, m + 1, k) else [(j, e)]
        if lower[m] == "of" and m > j and is_outletish(tokens, lower, (m + 1, k), is_outlet) \
                and not is_outletish(tokens, lower, (j, k), is_outlet):
            return [(m + 1, k)]
    for m in range(j, k):
        if split_possessive(tokens, lower, m):
            owner, rest = (j, m), m + 2
        elif bare_possessive(tokens, lower, m):
            owner, rest = (j, m), m + 1
        elif lower[m] in ("'s", "’s"):
            owner, rest = (j, m), m + 1
        elif lower[m].endswith(("'s", "’s")) and len(lower[m]) > 2:
            owner, rest = (j, m + 1), m + 1
        else:
            continue
        if not is_outletish(tokens, lower, owner, is_outlet, possessive=owner[1] > m):
            if rest < k and _call_sign(tokens, rest, k) and all(w in DESCRIPTORS for w in lower[rest + 2:k]):
                return [(rest, rest + 2)]  # `Melbourne’s 3AW radio` -> 3AW
            if rest < k and (is_outletish(tokens, lower, (rest, k), is_outlet)
                             or tokens[rest].text[:1].isupper() and lower[k - 1] in NAMED_OUTLET_NOUNS):
                named = outlet_in_description(tokens, lower, rest, k, is_outlet)
                return [named or (rest, k)]  # `Iowa’s Cedar Rapids Gazette`, `Iran's Tasnim news agency`
            if rest < k and noun_after and all(t.text[:1].isupper() for t in tokens[rest:k]):
                return [(rest, k)]  # `Botswana's Mmegi newspaper` -> Mmegi (a place's outlet)
            continue
        quoted = quoted_name(tokens, rest, hi) if rest == k else None
        if quoted is not None:
            return [owner, quoted]
        if rest < k and _named_person(tokens, lower, rest, k):
            hosted = hosted_programme(tokens, lower, k, hi)
            if hosted is not None:
                return [owner, hosted]
        if rest < k and (lower[k - 1] in PROGRAMME_HEADS
                         or programme_outlet(surface(tokens, (rest, k)), words) is not None
                         or _programme_title(tokens, lower, rest, k)
                         # `told CNN's Jake Tapper`: the outlet, then the person addressed (as
                         # `Sui-Lee Wee of the New York Times` -> both, A-D tune gold)
                         or _named_person(tokens, lower, rest, k)):
            return [owner, (rest, k)]
        return [owner]
    split = named_programme_after_head(tokens, lower, (j, k), is_outlet)
    if split is not None:
        return list(split)  # `the BBC World Service programme Go Digital` -> BBC World Service, Go Digital
    if k - j >= 2 and lower[k - 1] in PROGRAMME_HEADS and is_outletish(tokens, lower, (j, k - 1), is_outlet):
        quoted = quoted_name(tokens, k, hi)  # `the MSNBC show "Morning Joe"` -> MSNBC, Morning Joe
        return [(j, k - 1), quoted] if quoted is not None else [(j, k - 1)]
    if k - j >= 3 and lower[k - 1] in PROGRAMME_HEADS \
            and all(t.text[:1].isupper() or t.text[:1].isdigit() for t in tokens[j:k - 1]):
        # `the BBC Today programme` (BBC 2005): the outlet, then its programme, as with a possessive
        owner = next((m for m in range(k - 2, j, -1) if is_outletish(tokens, lower, (j, m), is_outlet)), None)
        if owner is not None:
            return [(j, owner), (owner, k)]
    # `the official Xinhua news agency` -> Xinhua; a name's own capitalised words stay
    # (`BBC News`, `Al Arabiya TV`)
    described = any(tokens[m].text.islower() and lower[m] in DESCRIPTORS for m in range(j, k))
    named = outlet_in_description(tokens, lower, j, k, is_outlet) if described else None
    return [named or r]


TITLE_JOINERS = frozenset({"with", "the", "at", "and", "of", "on", "in", "&"})


def named_programme_after_head(tokens: list[Token], lower: list[str], r: Range,
                               is_outlet: IsOutlet) -> tuple[Range, Range] | None:
    """`told the BBC programme Go Digital how ...`, `the BBC World Service programme Go Digital`
    (BBC tech 2005): an outlet, a lower-case programme head and the programme's capitalised
    title -> (the outlet, the title), as `the MSNBC show "Morning Joe"` gives MSNBC, Morning Joe
    (ANNOTATION.md "Channels": outlet, then programme)."""
    j, k = r
    for m in range(j + 1, k - 1):
        if lower[m] in PROGRAMME_HEADS and tokens[m].text.islower():
            title = (m + 1, k)
            if k - (m + 1) <= 4 and all(t.text[:1].isupper() or t.text[:1].isdigit() for t in tokens[m + 1:k]) \
                    and lower[m + 1] not in CALENDAR and is_outletish(tokens, lower, (j, m), is_outlet):
                return (j, m), title
            return None
    return None


def hosted_programme(tokens: list[Token], lower: list[str], at: int, hi: int) -> Range | None:
    """`Happy 98.9 FM’s Samuel Eshun, host of the Happy Morning Show` (en-news part I tune): an
    apposition naming the programme the outlet's person hosts, at `at` -> the programme, which
    is the channel after the station (ANNOTATION.md "Channels": outlet, then programme; part I's
    gold lists `Happy 98.9 FM`, `Happy Morning Show`, not the host)."""
    if not (at + 3 < hi and lower[at] == "," and lower[at + 1] in OUTLET_PEOPLE and lower[at + 2] == "of"):
        return None
    j = at + 3 + (lower[at + 3] == "the")
    k = j
    while k < hi and k - j < 6 and (tokens[k].text[:1].isupper() or tokens[k].text[:1].isdigit()
                                     or k > j and lower[k] in TITLE_JOINERS - {"the"}):
        k += 1
    while k > j and lower[k - 1] in TITLE_JOINERS:
        k -= 1
    if k == j or lower[k - 1] not in PROGRAMME_HEADS and not programme_shaped(tokens, lower, (j, k)) \
            and programme_outlet(surface(tokens, (j, k))) is None:
        return None
    return (j, k)


# Lower-case words that may describe a programme head before its title (`radio show Joney's
# Jukebox`, `his weekly podcast Pod Save America`).
PROGRAMME_DESCRIBERS = frozenset({"the", "a", "his", "her", "their", "its", "radio", "tv",
                                  "television", "talk", "morning", "evening", "weekly", "daily",
                                  "nightly", "late-night", "popular", "own", "new"})


def _title_end(tokens: list[Token], lower: list[str], j: int, hi: int) -> int:
    """Where a capitalised title starting at `j` ends: up to five capitalised words, digits or
    possessives, with joiners (`of`, `the`, `&`) inside but not at its end."""
    k = j
    while k < hi and k - j < 5 and (tokens[k].text[:1].isupper() or tokens[k].text[:1].isdigit()
                                     or lower[k] in ("'s", "’s") and k > j
                                     or k > j and lower[k] in TITLE_JOINERS) \
            and not (k > j and lower[k] == "on" and k + 1 < hi and lower[k + 1] in CALENDAR):
        k += 1  # (`said on The Laura Ingraham Show on Tuesday`: the day is no part of the title)
    while k > j and lower[k - 1] in TITLE_JOINERS:
        k -= 1
    return k


# First words of places one may stand on rather than appear on (`appearing on Capitol Hill`).
PLACE_OPENERS = frozenset({"capitol", "main", "wall", "downing", "fifth", "broadway"})


def titled_programme(tokens: list[Token], lower: list[str], j: int, hi: int,
                     appearing: bool = False) -> Range | None:
    """A programme the gazetteer does not know, named by its title and a programme head, at `j`
    (after `said on`, `appearing on`, `speaking on`): `the Joe Rogan Experience podcast` ->
    Joe Rogan Experience podcast (the head kept, as part I/H gold writes `Today programme`,
    `Happy Morning Show`); `radio show Joney's Jukebox`, `the podcast Pod Save America` -> the
    title (the head before it is a description). With `appearing` (`appearing on`, `an
    appearance on`), any capitalised title is one: `an appearance on Good Day Sacramento`.
    ANNOTATION.md "Channels": said on X's programme is a via. A title may not open with a
    weekday or month (`on the Sunday show`)."""
    k = j + (j < hi and lower[j] in ("the", "his", "her", "their", "its"))
    end = _title_end(tokens, lower, k, hi)
    if end > k and lower[k] not in CALENDAR and end < hi and lower[end] in PROGRAMME_HEADS \
            and tokens[end].text.islower():
        return (k, end + 1)  # `the Joe Rogan Experience podcast`
    if end - k >= 2 and lower[end - 1] in PROGRAMME_HEADS and lower[k] not in CALENDAR:
        return (k, end)  # `the Happy Morning Show`: a capitalised head is the title's own
    if appearing and end > k and lower[k] not in CALENDAR and lower[k] not in PLACE_OPENERS:
        return (k, end)  # `an appearance on Good Day Sacramento`: one appears on a programme
    m = j
    while m < hi and m - j < 3 and lower[m] in PROGRAMME_DESCRIBERS \
            and (tokens[m].text.islower() or lower[m] == "tv"):
        m += 1
    if m < hi and lower[m] in PROGRAMME_HEADS and tokens[m].text.islower():
        end = _title_end(tokens, lower, m + 1, hi)
        if end > m + 1 and lower[m + 1] not in CALENDAR:
            return (m + 1, end)  # `radio show Joney's Jukebox`
    return None


def _call_sign(tokens: list[Token], j: int, k: int) -> bool:
    """A broadcaster's call sign opening with its dial number (`3AW`, `2GB`, Australian radio,
    tokenised `3` `AW`): a name like a capitalised word (`Melbourne’s 3AW radio` -> 3AW)."""
    return tokens[j].text.isdigit() and j + 1 < k and tokens[j + 1].text.isupper() \
        and tokens[j + 1].start == tokens[j].end


def _named_person(tokens: list[Token], lower: list[str], j: int, k: int) -> bool:
    """Two or three capitalised words of a personal name (`Jake Tapper`, `Greta Van Susteren`),
    none a calendar word, a title joiner or a word of a programme's title (`This Morning`,
    `World Business Report`)."""
    return 2 <= k - j <= 3 and all(
        t.text[:1].isupper() and t.text[1:].replace("-", "").isalpha() and not t.text.isupper()
        and lower[m] not in CALENDAR and lower[m] not in TITLE_JOINERS
        and lower[m] not in PROGRAMME_TITLE_WORDS and lower[m] not in ("this", "world", "news", "today")
        for m, t in enumerate(tokens[j:k], j))


def _programme_title(tokens: list[Token], lower: list[str], j: int, k: int) -> bool:
    """`Breakfast with Frost`: a title after an outlet's possessive joined by a
    small word (`with`, `at`, `the`) is a programme; a bare two-word name (`CNN's Wolf
    Blitzer`) is the outlet's person."""
    return k - j >= 3 and tokens[j].text[:1].isupper() and tokens[k - 1].text[:1].isupper() \
        and any(lower[m] in TITLE_JOINERS for m in range(j + 1, k - 1)) \
        and all(tokens[m].text[:1].isupper() or lower[m] in TITLE_JOINERS for m in range(j, k))


def is_acronym(word: str) -> bool:
    """An all-capital abbreviation of two to five letters (`BBC`, `VOA`, `WSJ`), a possessive
    `'s` allowed (`NBC's`); not a medium's or a role's (`TV`, `MP`: channels.json
    `not_outlet_acronyms`)."""
    bare = word.removesuffix("'s").removesuffix("’s")
    return 2 <= len(bare) <= 5 and bare.isalpha() and bare.isupper() \
        and bare not in channel_words().not_outlet_acronyms


def acronym_with_staff(tokens: list[Token], lower: list[str], r: Range,
                       possessive: bool = False) -> bool:
    """`told the BBC interviewer`, `told VOA Pentagon correspondent Carla Babb`, `on NBC's “Meet
    the Press”`, `speaking on ABC's Insiders program` (en-news parts A, C, F): an acronym whose
    journalist (`OUTLET_PEOPLE`, a capitalised beat may stand between) or programme (a quoted
    title, or up to four capitalised words and a programme head) follows is an outlet even when
    the gazetteer does not know it; `the FBI's director` names no programme."""
    j, k = r
    if k - j != 1 or not is_acronym(tokens[j].text):
        return False
    n = len(tokens)
    if possessive:
        if k < n and tokens[k].text in QUOTES:
            return True
        e = k
        while e < n and e - k < 4 and tokens[e].text[:1].isupper():
            e += 1
        return e > k and e < n and lower[e] in PROGRAMME_HEADS
    return k < n and (lower[k] in OUTLET_PEOPLE
                      or k + 1 < n and tokens[k].text[:1].isupper() and lower[k + 1] in OUTLET_PEOPLE)


def is_outletish(tokens: list[Token], lower: list[str], r: Range, is_outlet: IsOutlet,
                  possessive: bool = False) -> bool:
    if r[1] <= r[0]:
        return False
    if acronym_with_staff(tokens, lower, r, possessive):
        return True
    name = surface(tokens, r)
    if possessive:
        name = name[:-2]
    if possessive:  # `the NFL Network’s`: judge the name without its possessive
        head = lower[r[1] - 1][:-2]
        shaped = r[1] - r[0] >= 2 and head in OUTLET_HEADS and all(
            t.text[:1].isupper() or lower[m] in NAME_JOINERS or lower[m] == "the" or is_frequency(lower[m])
            for m, t in enumerate(tokens[r[0]:r[1]], r[0]))
        return shaped or is_outlet(name) or programme_outlet(name) is not None \
            or is_outlet(name.removeprefix("the ").removeprefix("The ")) or outlet_brand(tokens, r, is_outlet)
    return is_outlet(name) or programme_outlet(name) is not None or outlet_shaped(tokens, lower, r) \
        or outlet_brand(tokens, r, is_outlet)


# Words that name an outlet's networks and services after its name (`BBC Radio Five Live`).
BRAND_WORDS = frozenset({"radio", "tv", "television", "world", "service", "news", "one", "two",
                         "three", "four", "five", "live", "international", "online", "america",
                         "arabic", "persian", "politics", "business", "sport", "sports",
                         "scotland", "wales", "asia", "africa", "europe", "digital", "music", "arabia"})


def outlet_brand(tokens: list[Token], r: Range, is_outlet: IsOutlet) -> bool:
    """`BBC Radio Five Live`, `BBC World Service`, `Bloomberg Politics`: a known outlet's name
    followed by the capitalised words of a network or service names that network (not `NBC
    News Senior Investigative`: a title follows)."""
    j, k = r
    words = [t.text.lower().removesuffix("'s").removesuffix("’s") for t in tokens[j + 1:k]]
    return k - j > 1 and (is_outlet(tokens[j].text) or is_acronym(tokens[j].text)) and all(
        t.text[:1].isupper() or t.text[:1].isdigit() for t in tokens[j + 1:k]) \
        and all(w in BRAND_WORDS or w.isdigit() for w in words)


def quoted_name(tokens: list[Token], at: int, hi: int) -> Range | None:
    """A capitalised name in quotation marks at `at` (`"Face the Nation,"`), without the marks
    and the punctuation inside them."""
    if at >= hi or tokens[at].text not in QUOTES:
        return None
    k = at + 1
    while k < hi and k - at < 8 and tokens[k].text not in QUOTES:
        k += 1
    if k >= hi or k == at + 1:
        return None
    end = k
    while end > at + 1 and tokens[end - 1].text in (",", ".", "!", "?"):
        end -= 1
    if end == at + 1 or not tokens[at + 1].text[:1].isupper() and not tokens[at + 1].text[:1].isdigit():
        return None
    return (at + 1, end)


# Words that describe an outlet around its name: `the Interfax news agency`, `the state news
# agency RIA Novosti`, `the Independent newspaper`.
DESCRIPTORS = OUTLET_NOUNS | {"news", "tv", "television", "radio", "state", "official",
                               "state-run", "state-owned", "wire", "service", "public",
                               # `the RBC business daily`, `the opposition newspaper Novaya Gazeta`
                               "business", "financial", "economic", "regional", "opposition",
                               "independent", "pro-government", "pro-kremlin", "government-run"}


def outlet_in_description(tokens: list[Token], lower: list[str], j: int, k: int,
                           is_outlet: IsOutlet) -> Range | None:
    """The outlet's own name inside a described outlet [j, k): before trailing descriptors
    (`Interfax news agency` -> Interfax) or after leading ones (`state news agency RIA
    Novosti` -> RIA Novosti), when the gazetteer knows it or it is a capitalised name after an
    outlet noun."""
    if outlet_site(tokens, lower, j, k, is_outlet):
        return (j, k)  # `the BBC News website`
    end = k
    while end - j > 1 and lower[end - 1] in DESCRIPTORS:
        end -= 1
    start = j
    while start < k - 1 and (lower[start] in DESCRIPTORS and not (
            lower[start] in OUTLET_OPENERS and tokens[start].text[:1].isupper())  # `Daily Graphic`
                             or lower[start].endswith("-based")
                             or lower[start] in channel_words().channel_words
                             and lower[start + 1] in DESCRIPTORS):
        start += 1  # `the Russian newspaper Kommersant`, `the state news agency RIA Novosti`
    for r in ((j, end), (min(start, end - 1), end)):
        if r != (j, k) and is_outlet(surface(tokens, r)):
            return r
    low_end = k
    while low_end - j > 1 and lower[low_end - 1] in DESCRIPTORS and tokens[low_end - 1].text.islower():
        low_end -= 1
    if low_end < k and lower[k - 1] in NAMED_OUTLET_NOUNS and not (j > 0 and lower[j - 1] in ("a", "an")) \
            and low_end > j + (lower[j] == "the") \
            and all(t.text[:1].isupper() or t.text[:1].isdigit() for t in tokens[j:low_end]):
        # (`a Canadian newspaper`: an indefinite outlet is described, not named; `The
        # newspaper, citing ...` names none)
        return (j, low_end)  # `Kan public broadcaster`: a name the gazetteer lacks, described
    if start > j and lower[start - 1] in NAMED_OUTLET_NOUNS and (
            is_outlet(surface(tokens, (start, k)))
            or all(t.text[:1].isupper() and lower[m] not in CALENDAR
                   for m, t in enumerate(tokens[start:k], start))):
        return (start, k)
    return None


# Nouns that make a described phrase an outlet (`state media`, `a local newspaper`).
MEDIA_NOUNS = frozenset({"media", "newspaper", "newspapers", "paper", "agency", "broadcaster",
                          "channel", "magazine", "outlet", "outlets", "website", "daily",
                          "network", "station", "press"})
# An outlet's own website is a service of it, as a programme or `BBC Sport` is, so the channel
# keeps the word (`told the BBC News website in an interview`, enN-bbc-4 gold `BBC News
# website`; BBC 2005 copy writes `told the BBC News website` for its own online interviews),
# where a kind after a name only describes it (`the Interfax news agency` -> Interfax).
OUTLET_SITES = frozenset({"website", "site"})


def outlet_site(tokens: list[Token], lower: list[str], j: int, k: int, is_outlet: IsOutlet) -> bool:
    """Whether [j, k) is an outlet's name followed by its website (`BBC News website`): a
    lower-case `OUTLET_SITES` word after capitalised words the gazetteer knows as an outlet."""
    return k - j >= 2 and lower[k - 1] in OUTLET_SITES and tokens[k - 1].text.islower() \
        and all(t.text[:1].isupper() for t in tokens[j:k - 1]) and is_outlet(surface(tokens, (j, k - 1)))


# Outlet nouns a name can follow (`the news agency RIA Novosti`, `the journal Nature`: BBC tech
# 2005), unlike `reporters Friday`.
NAMED_OUTLET_NOUNS = frozenset({"agency", "newspaper", "paper", "daily", "weekly", "tabloid",
                                 "broadcaster", "channel", "network", "magazine", "website",
                                 "station", "outlet", "portal", "journal"})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday"})
CALENDAR = WEEKDAYS | {"january", "february", "march", "april", "may", "june", "july",
                         "august", "september", "october", "november", "december"}


# The Arabic article in transliterated names (`Asharq al-Awsat`, `Youm el-Sabea`).
ARABIC_ARTICLES = frozenset({"al-", "el-", "ad-", "ar-", "as-", "an-", "at-", "az-"})


def described_name(tokens: list[Token], lower: list[str], j: int, hi: int) -> Range | None:
    """`Russia’s propagandistic network RT`, `the pro-government daily Sabah`, `Cuban weekly
    Opciones`: an outlet noun after a place's possessive or a capitalised nationality and up
    to two describing words, then the outlet's capitalised name -> the name."""
    m = j + 1 if j < hi and lower[j].endswith(("'s", "’s")) and tokens[j].text[:1].isupper() else j
    if m == j and m + 2 < hi and tokens[m].text[:1].isupper() and tokens[m].text.isalpha() \
            and (tokens[m + 1].text.islower() or tokens[m + 1].text == "TV"):
        m += 1  # `Cuban weekly Opciones`: a capitalised nationality describes the outlet too
    start = m
    # describing words: lower-case (`pro-government`, `pan-Arab`) or `TV` (`the Lebanese TV
    # station LBCI`)
    while m < hi and m - start < 2 and (tokens[m].text[:1].islower() or tokens[m].text == "TV") \
            and tokens[m].text.replace("-", "").isalpha() and lower[m] not in NAMED_OUTLET_NOUNS:
        m += 1
    if m + 1 >= hi or lower[m] not in NAMED_OUTLET_NOUNS or m == j \
            or m > j and lower[j].endswith(("'s", "’s")) and not tokens[m].text.islower():
        return None  # `the BBC's Network Africa programme`: a capitalised word opens the title
    end = m + 1
    while end < hi and end - m <= 4 and lower[end] not in CALENDAR and (
            tokens[end].text[:1].isupper() or end > m + 1 and lower[end] in NAME_PARTICLES
            and end + 1 < hi and tokens[end + 1].text[:1].isupper()  # `Corriere della Sera`
            or lower[end][:3] in ARABIC_ARTICLES and tokens[end].text[3:4].isupper()):
        end += 1  # `Asharq al-Awsat`
    return (m + 1, end) if end > m + 1 else None


def programme_outlet(name: str, words: ChannelWords | None = None) -> str | None:
    """The outlet a programme belongs to (`Meet the Press` -> NBC), or None."""
    words = words or channel_words()
    for cand in (name, name.removeprefix("the ").removeprefix("The ")):
        if cand in words.programmes:
            return words.programmes[cand]
    return None


def outlet_name_of(name: str, lookup: Callable[[str], object | None]) -> str | None:
    """The gazetteer name behind a channel text: itself, the part before a possessive
    (`Sky News's Sunday Morning programme` -> Sky News), the outlet of its own website (`BBC
    News website` -> BBC News: one outlet, one entity, issue #15), or a programme's outlet."""
    if lookup(name) is not None:
        return name
    site = name.rsplit(" ", 1)
    if len(site) == 2 and site[1] in OUTLET_SITES and lookup(site[0]) is not None:
        return site[0]
    for mark in ("'s ", "’s "):
        if mark in name:
            head = name.split(mark, 1)[0]
            if lookup(head) is not None:
                return head
    owner = programme_outlet(name)
    if owner is None and " programme" in name:
        owner = programme_outlet(name.replace(" programme", ""))
    return owner


def surface(tokens: list[Token], r: Range) -> str:
    out = tokens[r[0]].text
    for t_prev, t in zip(tokens[r[0]:r[1] - 1], tokens[r[0] + 1:r[1]], strict=True):
        out += (" " if t.start > t_prev.end else "") + t.text
    return out
