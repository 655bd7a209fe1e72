"""English certainty: withheld identities, reports as sources, hedges that leave a claim
unconfirmed, and hedges in the next sentence that refer back to it.

Conventions of `shared/eval/ANNOTATION.md` and `evaldata/en-news/README.md`: `anonymous` for
withheld identities (sources, people familiar with / briefed on, unnamed officials, one legal
expert), while generic groups (analysts, critics, traders, people) are `asserted`; `reported`
when an outlet, report, study or data set is the source; `unconfirmed` for "reportedly",
"allegedly", "could not be independently verified", also when the next sentence says so of the
claim ("The claim could not be verified."). Words are data in `sayso/lang/en/certainty.json`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ...model import Attribution
from .lexicon import Phrases, find_phrases, phrase_table
from .outlets import channel_words
from .stance import REPORT_WORDS, nested, same_party, words_of

POST_MODIFIERS = frozenset({"familiar", "briefed", "close", "knowledgeable", "with", "on", "from",
                            "of", "in", "at", "who", "that", ",", "involved", "privy", "aware",
                            "for", "to", "close-to", "by",  # `a report by Human Rights Watch`
                            "within", "inside", "among"})  # `Sources within the party told the BBC`
# ... but an adjective after a determiner (`an inside source`, `One inside man`)
_PREPOSITION_ADJECTIVES = frozenset({"inside"})


@dataclass(frozen=True)
class CertaintyWords:
    withheld_heads: frozenset[str]
    withheld_if_bare: frozenset[str]
    withheld_if_indefinite: frozenset[str]
    withheld_if_marked: frozenset[str]
    withheld_groups: frozenset[str]
    insider_markers: frozenset[str]
    withheld_if_possessed: frozenset[str]
    report_heads: frozenset[str]
    unconfirming: Phrases
    refer_back_openers: frozenset[str]
    member_nouns: frozenset[str]
    members_if_indefinite: frozenset[str]
    rejected_proposals: frozenset[str]
    report_cue_nouns: frozenset[str]
    paper_name_heads: frozenset[str]
    verdicts: tuple[str, ...]
    charge_answers: frozenset[str]
    denial_verbs: frozenset[str]
    contested_reports: tuple[str, ...]
    falsity_adverbs: frozenset[str]
    falsity_adjectives: frozenset[str]
    unnamed_press_heads: frozenset[str]
    unnamed_press_modifiers: frozenset[str]
    party_cues: frozenset[str]
    party_openers: frozenset[str]
    reporting_predicates: frozenset[str]


@lru_cache(maxsize=1)
def certainty_words() -> CertaintyWords:
    """The bundled certainty words (loaded once per process)."""
    data = json.loads(resources.files("sayso.lang.en").joinpath("certainty.json").read_text("utf-8"))
    return CertaintyWords(
        withheld_heads=frozenset(data["withheld_heads"]),
        withheld_if_bare=frozenset(data["withheld_if_bare"]),
        withheld_if_indefinite=frozenset(data["withheld_if_indefinite"]),
        withheld_if_marked=frozenset(data["withheld_if_marked"]),
        withheld_groups=frozenset(data["withheld_groups"]),
        insider_markers=frozenset(data["insider_markers"]),
        withheld_if_possessed=frozenset(data["withheld_if_possessed"]),
        report_heads=frozenset(data["report_heads"]),
        unconfirming=phrase_table(data["unconfirming_words"]),
        refer_back_openers=frozenset(data["refer_back_openers"]),
        member_nouns=frozenset(data["member_nouns"]),
        members_if_indefinite=frozenset(data["members_if_indefinite"]),
        rejected_proposals=frozenset(data["rejected_proposals"]),
        report_cue_nouns=frozenset(data["report_cue_nouns"]),
        paper_name_heads=frozenset(data["paper_name_heads"]),
        verdicts=tuple(data["verdicts"]),
        charge_answers=frozenset(data["charge_answers"]),
        denial_verbs=frozenset(data["denial_verbs"]),
        contested_reports=tuple(data["contested_reports"]),
        falsity_adverbs=frozenset(data["falsity_adverbs"]),
        falsity_adjectives=frozenset(data["falsity_adjectives"]),
        unnamed_press_heads=frozenset(data["unnamed_press_heads"]),
        unnamed_press_modifiers=frozenset(data["unnamed_press_modifiers"]),
        party_cues=frozenset(data["party_cues"]),
        party_openers=frozenset(data["party_openers"]),
        reporting_predicates=frozenset(data["reporting_predicates"]),
    )


def source_head(surface_words: list[str]) -> int | None:
    """Index of the head noun of a source phrase: the last word before its post-modifier
    (`people familiar with the talks` -> people; `four current and former U.S. and foreign
    officials` -> officials), or None."""
    head = None
    for k, w in enumerate(surface_words):
        low = w.lower()
        if k > 0 and low in POST_MODIFIERS \
                and not (low in _PREPOSITION_ADJECTIVES and surface_words[k - 1].lower() in _DETERMINERS | {"one"}):
            break
        if k > 0 and w.isalpha() and w.islower() and low.endswith(("ed", "ing")) \
                and low not in _NOT_PARTICIPLES and surface_words[k - 1].lower() not in _DETERMINERS \
                and (low.endswith("ing") or k + 1 == len(surface_words)
                     or surface_words[k + 1].lower() in _AFTER_PARTICIPLE):
            break  # `a report highlighting …`, `credible reports received by Amnesty`
        if w[:1].isalnum():
            head = k
    return head


# `the leaked report`: a participle after a determiner modifies the head that follows.
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "his", "her",
                          "their", "our", "one", "two", "three", "several", "some", "many"})
# What follows a participle that post-modifies the head (`evidence presented at trial`, `a
# report highlighting the ...`), unlike one that modifies the next noun (`unnamed GOP official`).
_AFTER_PARTICIPLE = frozenset({"at", "in", "on", "by", "to", "from", "for", "with", "the", "a",
                               "an", "that", "this", "his", "her", "their", "its", "over",
                               "during", "last", "earlier", "into", "about", "as"})
# Words that end like participles but are nouns a source can end with.
_NOT_PARTICIPLES = frozenset({"red", "led", "bed", "shed", "seed", "need", "feed", "creed", "speed",
                              "king", "thing", "building", "ring", "wing", "spring", "string",
                              "meeting", "briefing", "hearing", "ruling", "finding", "polling",
                              "wording", "reporting", "funding", "offspring", "morning",
                              "evening", "ceiling", "bulletin"})


_NO_DOUBLE_QUOTES = str.maketrans("", "", "\"“”")


def withheld(surface: str) -> bool:
    """Whether a source phrase withholds who spoke (`US officials`, `an insurgent source`,
    `Two people briefed on the talks`), by its head noun: a name (a capitalised head) never
    does; a generic group (`analysts`, `people`) only with a marker of inside knowledge."""
    # `The "senior defense official" told journalists`: quote marks set off the label only
    words = surface.translate(_NO_DOUBLE_QUOTES).replace(",", " , ").split()
    if not words:
        return False
    if (rest := _partitive_rest(words)) is not None:
        # `one of the officials`: as withheld as the officials; `one of the occupants`: one
        # member, introduced as `one occupant` would be (not `two of the Republicans seeking
        # the presidency`, named later: a party's members stay as `members_if_indefinite` says)
        single = rest.split()[-1].lower().removesuffix("s")
        return withheld(rest) or words[0].lower() in INDEFINITE and len(rest.split()) == 2 \
            and single in certainty_words().withheld_if_indefinite
    if any(w in ("unnamed", "unidentified") for w in words[:3]) and not named_in_apposition(surface):
        return True  # `unnamed inside sources` (enH-globalnews-1): `inside` read as the post-modifier
    k = source_head(words)
    data = certainty_words()
    if k is None or words[k][:1].isupper() and k > 0 and words[k] not in data.member_nouns:
        return False  # a capitalised head is a name, unless it names a member (`One Tory`)
    if named_in_apposition(surface):
        return False  # `another official, former adviser John Smith`: named after all
    head = words[k].lower()
    if head in data.withheld_heads:
        return True
    if head in data.withheld_if_bare and [w.lower() for w in words] in ([head], ["the", head]):
        return True  # `Investigators said`, `Detectives believe`: unnamed, as bare `Officials said`
    if (head in data.withheld_if_indefinite or head in data.members_if_indefinite) and words[0].lower() in INDEFINITE:
        return True  # `One academic told the authors`, `Two loggers claimed`, `One Tory said`: not named
    if head in data.withheld_groups or " ".join(words[max(k - 1, 0):k + 1]).lower() in data.withheld_groups:
        return True  # `One relative said`, `loved ones say`: the victim's circle, unnamed
    if head in data.withheld_if_possessed and _possessed(words, k):
        return True  # `Allies of Mr Brown`, `friends of the prime minister`, `his confidants`
    return head in data.withheld_if_marked and any(w.lower() in data.insider_markers for w in words)


_APPOSITION = frozenset({",", "-", "–", "—"})


def named_in_apposition(surface: str) -> bool:
    """Whether a source phrase names its speaker beside a description: a name after a comma
    at its end (`A Republican senator from Kansas, Sam Brownbeck`) or before a comma or dash
    at its start (`Andrei Illarionov - then economic adviser to President Vladimir Putin -`):
    a name is two capitalised words."""
    words = surface.replace(",", " , ").split()
    if "," in words and len(words) >= 2 and words[-1][:1].isupper() and words[-2][:1].isupper():
        return True
    return len(words) > 2 and words[2] in _APPOSITION and all(
        w[:1].isupper() and w.lower() not in INDEFINITE | _DETERMINERS for w in words[:2])


# A part of a group (`one of the officials`, `two of the men`, `some of those briefed`): the
# group after `of` says whether the speakers are named.
_PARTS = frozenset({"one", "two", "three", "four", "five", "some", "several", "many", "most", "each",
                    "another", "none", "both", "all", "either", "neither"})


def _partitive_rest(words: list[str]) -> str | None:
    """The group of a partitive source (`one of the officials` -> `the officials`), or None."""
    if len(words) > 3 and words[0].lower() in _PARTS and words[1].lower() == "of" \
            and words[2].lower() in ("the", "those", "these"):
        return " ".join(words[2:])
    return None


_DEFINITE = frozenset({"the", "this", "that", "these", "those", "both"})
_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "who", "it", "we", "i"})


def unnamed_description(aliases: list[str]) -> bool:
    """Whether an entity is only ever described, never named: `The men` / `They` (taking up
    `Two loggers`), `the woman`: every mention is a pronoun or a lower-case definite
    description whose head would withhold an identity when introduced indefinitely."""
    described = False
    cw = certainty_words()
    for alias in aliases:
        words = alias.split()
        if not words:
            continue
        if len(words) == 1 and words[0].lower() in _PRONOUNS:
            continue
        if words[0].lower() not in _DEFINITE or any(w[:1].isupper() and w not in cw.member_nouns for w in words[1:]):
            return False  # `the MP` is a description, `the Foreign Office` a name
        rest = words[1:]
        k = source_head(rest)
        if k is not None and rest[k].lower() in cw.members_if_indefinite:
            return False  # `the minister`, `the MP`: mostly someone named before
        if not withheld("a " + " ".join(rest)) and not withheld(" ".join(rest)):
            return False
        described = True
    return described


POSSESSOR_TITLES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "lord",
                              "lady", "the", "president", "prime", "former"})


def _possessed(words: list[str], k: int) -> bool:
    """Whether the head at `k` names whose circle it is: `of` + a title or `the` after it, or
    his/her before it (`NATO allies`, `their allies` are parties, not unnamed people)."""
    after = [w.lower() for w in words[k + 1:k + 3]]
    return after[:1] == ["of"] and len(after) == 2 and after[1] in POSSESSOR_TITLES \
        or k > 0 and words[k - 1].lower() in ("his", "her")


# Introduces someone not named before: an article or a small number (`Two loggers`), not a
# population (`many residents`, `some users`).
INDEFINITE = frozenset({"a", "an", "one", "another", "two", "three", "four", "five"})


def cites_withheld(cue: str, content: str) -> bool:
    """`media outlets citing unnamed U.S. officials briefed on the incident had already
    revealed them`: when the cited party was read as the content of `citing`/`quoting`, the
    claim still rests on it; withheld, the attribution is `anonymous` (ANNOTATION.md: the
    cited party is the source, its certainty the attribution's)."""
    if cue.lower() not in ("citing", "quoting"):
        return False
    words = content.split(",")[0].split()  # `citing a senator, John Smith,`: named after all
    return "," not in content[:len(" ".join(words)) + 2] \
        and any(withheld(" ".join(words[:k])) for k in range(1, min(len(words), 8) + 1))


_QUOTING = frozenset({"quoted", "quotes", "quoting", "cited", "cites", "citing", "reported", "reports"})
_AS_SAYING = frozenset({"saying", "stating", "confirming", "telling", "denying", "warning", "describing"})


def cited_party(lower: list[str], cue: list[tuple[int, int]], hi: int) -> list[str] | None:
    """The party an outlet quotes in `AP quoted prosecutor Russell McGuire as saying`,
    `Reuters reported BaFin as saying`, `Al-Sumaria television station cited an IS source as
    confirming`: the words between the quoting verb and `as saying` (lower case), or None.
    The cited party is the source and the outlet its channel (ANNOTATION.md), so the claim's
    certainty is the cited party's, not `reported` (PolNeAR train: 4 such frames; BBC News
    2004-05 business/tech/sport/entertainment: 18)."""
    for a, b in cue:
        for k in range(a, b):
            if lower[k] not in _QUOTING or k + 1 < len(lower) and lower[k + 1] == "by":
                continue  # `was quoted by The Australian as saying`: the agent is the channel
            for m in range(k + 2, min(hi - 1, k + 14)):
                if lower[m] in (",", ";", ".", ":"):
                    break
                if lower[m] == "as" and lower[m + 1] in _AS_SAYING:
                    return lower[k + 1:m]
    return None


# `the Rhodium Group, a research firm that ...`, `the World Travel and Tourism Council, an
# industry body`: a body described by what it measures.
_RESEARCH_WORDS = frozenset({"research", "industry", "data", "analytics", "polling", "statistics",
                             "statistical", "market-research", "consulting", "consultancy", "forecasting"})
_BODY_HEADS = frozenset({"firm", "firms", "group", "body", "institute", "organisation", "organization",
                         "think-tank", "tank", "consultancy", "company", "agency", "association", "centre",
                         "center", "outfit", "service"})


def research_apposition(after: list[str]) -> bool:
    """Whether the words after a source (lower case) describe it, in apposition, as a research,
    data or industry body (`, a research firm that frequently crunches climate numbers`, `, an
    industry body`): its figures are a report's, `reported` (ANNOTATION.md: "reported when an
    outlet or report is the source"; open en-news gold: both such sources `reported`)."""
    if len(after) < 3 or after[0] != "," or after[1] not in ("a", "an"):
        return False
    for k in range(2, min(len(after), 6)):
        if after[k] in _BODY_HEADS:
            return any(w in _RESEARCH_WORDS for w in after[2:k])
        if after[k] in (",", ".", ";", "who", "that", "which") or after[k] in _ROLE_LINKS:
            return False  # `, an analyst at research firm RetailMetrics`: a person, the firm
            # only where they work (BBC 2004-05 business/406)
    return False


# Prepositions that tie a role to a body in an apposition (`an analyst at`, `a fellow with`).
_ROLE_LINKS = frozenset({"at", "with", "of", "for", "from", "in"})


def is_report(surface: str) -> bool:
    """Whether the source is a report, study, data set or described outlet (`JD.com's
    report`, `The study`, `Iranian state media`); a capitalised head after other words is a
    name (`ZeniMax Media`, a company)."""
    words = surface.replace(",", " , ").split()
    if _DESCRIBED_OUTLET.search(surface) or _NEWS_AGENCY.search(surface):
        return True  # `Iraqi news agency al-Sumaria News`, `Syrian state-run TV`
    k = source_head(words)
    if k is None or k > 0 and words[k][:1].isupper() and words[k].lower() in _MEDIA_HEADS:
        return False
    if k > 0 and words[k][:1].isupper() and words[k - 1][:1].isupper() and words[k].lower() in _SURNAME_HEADS:
        return False  # `Vincent Cable, for the Liberal Democrats`, `Mr Cable`: a surname
    return words[k].lower() in certainty_words().report_heads


# Report heads that are also surnames (`Vincent Cable`, BBC 2005, en-news half A enD-bbc-1):
# capitalised after a capitalised word they name a person, not a diplomatic cable. Polls and
# research firms typed as people keep their report heads (`Jupiter Research`, `New Poll Shows`:
# BBC 2004-05 tech and PolNeAR train, where a person-type exception broke 27 lines).
_SURNAME_HEADS = frozenset({"cable"})


# An outlet named by what it is: a lower-case outlet noun before its name (`Lebanese newspaper
# Al-Mustaqbal`, `news agency al-Sumaria News`), or an owner's adjective before a medium
# (`state-run TV`, `State television`, `local media`): not a company whose name ends in `TV`.
_DESCRIBED_OUTLET = re.compile(
    r"(?:\b(?:news agency|newspaper|daily|tabloid|broadcaster|news website|news site|magazine|"
    r"weekly|news channel|TV channel|television channel) (?:[a-z]{1,3}-)?[A-Z])"
    r"|(?:\b(?:[Ss]tate|[Ss]tate-run|[Ss]tate-owned|[Ss]tate-controlled|[Ll]ocal|[Pp]ro-government|"
    r"[Gg]overnment-run|[Nn]ational|[Pp]ublic) (?:TV|television|media|radio|broadcaster|news agency)(?=\s*$|\s*,|\s+[A-Z]))")


# A name that says it is a news agency (`the state-run Xinhua News Agency`, `Yonhap News
# Agency`, `the Press Association`'s `Press Agency`), unlike other capitalised agencies (`the
# Central Intelligence Agency`, `the Environment Agency`).
_NEWS_AGENCY = re.compile(r"\b(?:News|Press) Agency\b")


# Heads that, capitalised after other words, end a company's name rather than describe an
# outlet (`ZeniMax Media`, `Fox Television`); a capitalised data word still names a data set
# (`the Global Fire Emissions Database`).
_MEDIA_HEADS = frozenset({"media", "television", "tv", "radio", "channel", "channels", "network",
                          "networks", "daily", "weekly", "newspaper", "newspapers", "agency",
                          "agencies", "broadcaster", "broadcasters", "outlet", "outlets",
                          "station", "stations", "magazine", "magazines", "tabloid", "tabloids",
                          "website", "websites", "paper", "papers"})


_OF_OUTLET = re.compile(r"^[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3} (?:of|from|at) (?P<outlet>.+)$")
# `An Associated Press journalist in the area`, `a Reuters reporter`, `AFP correspondents`
_OUTLET_STAFF = re.compile(r"^(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree) )?(?P<outlet>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}) "
                           r"(?:journalist|reporter|correspondent|photographer|photojournalist|cameraman|"
                           r"videographer|stringer|crew|team)s?\b")
# `Journalists working for the AFP news agency`, `a reporter with Reuters`: the outlet's staff
_STAFF_OF = re.compile(r"^(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree) )?(?i:journalist|reporter|correspondent|"
                       r"photographer|cameraman|crew|team)s? (?:working |who work |who works )?(?:for|with|from) "
                       r"(?P<outlet>.+?)(?: news agency| newspaper| broadcaster)?$")
_OUTLET_S = re.compile(r"^(?P<outlet>(?:[Tt]he )?[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})[’']s [\w\s.-]+$")


def outlet_as_party(cue: str, content: str, via: list[str]) -> bool:
    """Whether an outlet source speaks as a party about itself, not as a reporter: `The paper
    said it stands by the truth of its piece`, `ABC said in a statement: "We respect ..."`. Its
    own word is `asserted` (ANNOTATION.md: `reported` "when an outlet or report is the source"
    relaying news; open en-news gold: enD-bbc-4, enG-thenational-1, enS-bbc-2 asserted). Only
    with a speech verb (`reported`, `according to` stay the outlet's reporting) and a content
    that takes the outlet up (`it`, `its`, `we`) or a statement as channel; `said it had seen
    documents` is still its reporting."""
    w = certainty_words()
    if not any(word in w.party_cues for word in cue.lower().split()):
        return False
    if any(v.lower().endswith("statement") for v in via):
        return True
    words = content.replace('"', " ").replace("“", " ").split()
    if not words or words[0] not in w.party_openers:
        return False
    # `it had seen`, `it has learned`: the outlet's reporting, whatever verb introduces it
    return not any(word.lower() in w.reporting_predicates for word in words[1:5])


def journalist_of(surface: str, is_outlet: Callable[[str], bool]) -> bool:
    """Whether a source names a person by their outlet (`Alex Horton of the Washington Post`,
    `Wee of the Times`, `An Associated Press journalist in the area`) or is the outlet's own
    (`The Washington Post's Fact Checker`): the
    outlet's reporting (`reported`), not the person's own word. `is_outlet` looks a name up
    in the outlet gazetteer."""
    text = surface.strip()
    m = _OF_OUTLET.match(text) or _OUTLET_S.match(text) or _OUTLET_STAFF.match(text) \
        or _STAFF_OF.match(text)
    if m is None:
        return False
    outlet = m.group("outlet")
    return is_outlet(outlet) or outlet.lower().startswith("the ") and is_outlet(outlet[4:])


# `It is understood that ...`, `It is thought the men ...`: knowledge in the passive with
# an empty `it` and no agent.
_KNOWN = frozenset({"understood", "thought", "believed", "learned", "learnt"})
_BE = frozenset({"is", "was", "'s", "’s"})


def impersonal_passive(lower: list[str], cue: list[tuple[int, int]]) -> bool:
    """Whether a cue is an agentless passive of knowing after an empty `it` (`It is understood
    that`, `it was thought`, `It is believed`): the article's own unnamed sources, `anonymous`
    (evaldata/en-news/README-d.md: "it is understood" is anonymous; BBC News 2004-05 business,
    tech, sport and entertainment: 33 `it is understood/thought/believed`), and `X is (are)
    understood to`, British reporting's word for what unnamed sources told the reporter.
    `X is believed/thought to` hedges a claim about X instead (hedges.json)."""
    if not cue:
        return False
    k = cue[0][1] - 1  # the cue's last word
    if lower[k] == "understood" and k >= 1 and lower[k - 1] in _BE | {"are", "were"} \
            and k + 1 < len(lower) and lower[k + 1] == "to":
        return True  # `Whitehall officials are understood to have warned`: British for `sources say`
    return lower[k] in _KNOWN and k >= 2 and lower[k - 1] in _BE and lower[k - 2] == "it"


# Words after which a hedge sits in a phrase of its own inside the claim (`arrested for
# allegedly running a brothel network`, `an app that supposedly uses ...`), not on the claim.
_EMBEDDING = frozenset({"for", "of", "over", "about", "after", "with", "by", "that", "which", "who",
                        "whom", "whose", "where"})


def embedded_hedge(lower: list[str], k: int, content: list[tuple[int, int]]) -> bool:
    """Whether a hedge at `k` inside a content qualifies a phrase within the claim: after a
    preposition or relative word that is not the content's first word (`Three people have been
    arrested for allegedly running the ... network`: the arrest is asserted, what it is for is
    the charge; ANNOTATION.md: `unconfirmed` when the text says the claim could not be
    verified). A hedge on the claim's own verb follows its subject (`The defendants allegedly
    operated ...`)."""
    return k > 0 and lower[k - 1] in _EMBEDDING and not any(a == k - 1 for a, _ in content)


# `We're told`, `I'm told`, `we've been told`, `we are told`: the outlet's unnamed informants.
_TOLD_PASSIVE = frozenset({"we're", "we’re", "i'm", "i’m", "we've been", "we’ve been",
                           "we are", "we were", "i am", "i was", "i have been", "i've been",
                           "i’ve been", "we have been"})


def told_unnamed(lower: list[str], cue: list[tuple[int, int]]) -> bool:
    """`We're told there is security footage ...` (TMZ): a reporter's passive `told` with no
    agent rests on informants the text does not name (ANNOTATION.md: `anonymous` when the source
    is unnamed), as `it is understood` does."""
    if len(cue) != 1 or lower[cue[0][1] - 1] != "told" or cue[0][1] - cue[0][0] > 2:
        return False
    k = cue[0][1] - 1
    before = [" ".join(lower[max(k - n, 0):k]) for n in (1, 2, 3)]
    return any(b in _TOLD_PASSIVE for b in before) and (k + 1 >= len(lower) or lower[k + 1] not in ("by", "to"))


def unconfirming(lower: list[str], lo: int, hi: int) -> list[tuple[int, int]]:
    """Hedges in [lo, hi) that leave a claim unconfirmed (`reportedly`, `allegedly`)."""
    return find_phrases(lower, certainty_words().unconfirming, lo, hi)


def earlier_clause(lower: list[str], hedge_end: int, first: int) -> bool:
    """Whether a hedge ending at `hedge_end` closes a clause of its own before an attribution
    that starts at `first`: `Reuters has not been able to independently verify the documents,
    and U.S. officials said some files appeared to be altered` (the note is on the documents,
    not on what the officials said). A hedge after a claim hedges it; one before a new clause
    with its own speaker does not."""
    between = lower[hedge_end:first]
    return ";" in between or any(w == "," and nxt in ("and", "but", "while", "whereas")
                                 for w, nxt in zip(between, between[1:], strict=False))


_CHECK_VERBS = ("verif", "confirm", "corroborat", "substantiat")
_NOT = frozenset({"not", "no", "n't", "cannot", "unable", "never"})


def says_unverified(lower: list[str], content: list[tuple[int, int]]) -> bool:
    """Whether a content itself says something is not verified (`Washington said it could not
    corroborate the death`): a verification note after it agrees with it, not hedges it."""
    for a, b in content:
        for k in range(a, b):
            if lower[k].startswith(_CHECK_VERBS) and any(w in _NOT for w in lower[max(a, k - 3):k]):
                return True
    return False


def refers_back(lower: list[str], lo: int) -> bool:
    """Whether the words at `lo` refer back (`The claim ...`, `It ...`, after a verification
    note `... verify his account`, `... verify Baghdadi's death`: a possessive takes up a
    party just named)."""
    if lo >= len(lower):
        return False
    if lower[lo] in certainty_words().refer_back_openers:
        return True
    # a possessive right after the verification verb, not opening a sentence (`Smith's office
    # declined to comment` takes up no claim)
    return lo > 0 and lower[lo - 1] in VERIFY_VERBS \
        and (lo + 1 < len(lower) and lower[lo + 1] in ("'s", "’s") or lower[lo].endswith(("'s", "’s")))


def verification_note(words: list[str]) -> bool:
    """Whether a hedge phrase says a claim is unverified or unsupported (`could not be
    verified`, `offered no evidence`), unlike a non-response (`declined to comment`, `did not
    respond`) or a hedge of its own sentence (`is said to`). Only a verification note in the
    next sentence takes up the claim before it (en-news tune, en-reuters-2: a claim followed by
    `... did not immediately respond` / `declined to comment` is asserted; BBC News 2004-05:
    `his son said. The quality is said to be ...` hedges the new sentence only)."""
    return any(w.startswith(_CHECK_VERBS) or w in ("evidence", "proof") for w in words)


VERIFY_VERBS = frozenset({"verify", "confirm", "corroborate", "substantiate", "verified", "confirmed"})


_BUT_BEFORE = re.compile(r"[,;]\s*but\s+$")
# Cues of a feeling or expectation, not of a statement: after `but` they answer no claim
# (BBC News 2004-05 tech/317: `Sony has said it wanted to launch ..., but gamers will now fear
# that the launch has been put back`).
_ATTITUDES = frozenset({"fear", "fears", "feared", "worry", "worries", "worried", "hope", "hopes",
                        "hoped", "expect", "expects", "expected", "think", "thinks", "thought",
                        "believe", "believes", "believed", "feel", "feels", "felt", "suspect",
                        "suspects", "suspected", "wonder", "wonders", "wondered"})
# Shares of a population answering a poll differ without disputing each other.
_SHARE = re.compile(r"\d|\bpercent\b|\bmajorit(?:y|ies)\b|\bin (?:10|ten)\b|\bhalf\b|\bthirds?\b",
                    re.IGNORECASE)
_TAKE_UP = frozenset({"he", "she", "they", "it", "we", "i", "who", "which", "his", "her", "their"})


_RUN_ON_CONTRAST = re.compile(
    r",\s*but (?:the |a )?(?P<party>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}) (?:has |have |had |also |has long |"
    r"has repeatedly )?(?:called|calls|denied|denies|rejected|rejects|disputed|disputes|dismissed|dismisses|"
    r"insisted|insists|says|said|maintains|maintained|claims|claimed|contends|argues|argued|accused|accuses)\b")


# `said it could not corroborate the death`, `had no information to confirm`: an answer that
# leaves the claim unverified rather than denying it.
_CANNOT_VERIFY = re.compile(
    r"\b(?:could not|cannot|can ?not|couldn[’']t|can[’']t|unable to|not able to|no (?:information|evidence|way|means) to|"
    r"not in a position to)\s+(?:\w+ly\s+){0,2}(?:verify|confirm|corroborate|substantiate)", re.IGNORECASE)


def answered(claim: Attribution, answer: str) -> None:
    """Mark a claim answered by another party: `unconfirmed` when the answer says it cannot be
    verified (`but Washington said it could not corroborate the death`: ANNOTATION.md
    "unconfirmed when the text says it could not be verified"), else `disputed`."""
    claim.certainty = "unconfirmed" if _CANNOT_VERIFY.search(answer) else "disputed"


def contradicted_by_contrast(attributions: list[Attribution], text: str) -> None:
    """`Seoul has said that the drill is routine, but Pyongyang has called it an invasion
    rehearsal`: a claim answered in the same sentence, after `but`, by another named party is
    `disputed` (ANNOTATION.md: "when the text reports it being denied or contradicted"). Only
    a named or described other source counts: a pronoun may take up the first speaker (`...,
    but he said ...`). `while` joins parallel statements (en-news tune: 2 of 2 `but` pairs
    disputed, 0 of 2 `while` pairs), so it does not count."""
    for a in attributions:
        # the tagger ran the content on over `, but Pyongyang has called it ...`: the other
        # party's answer is inside the content
        m = next((m for c in a.content if (m := _RUN_ON_CONTRAST.search(c.text))), None)
        if m and a.certainty in ("asserted", "reported", "anonymous") and a.stance not in ("ask", "deny") \
                and a.source is not None and m.group("party") not in a.source.text \
                and not _SHARE.search(a.source.text):
            answered(a, m.string[m.end():])
    spoken = sorted((a for a in attributions if a.content), key=lambda a: a.content[0].start)
    for a, b in zip(spoken, spoken[1:], strict=False):
        if a.certainty not in ("asserted", "reported", "anonymous") or a.stance == "ask" \
                or b.stance == "ask" or a.source is None or b.source is None:
            continue
        end = max(c.end for c in a.content)
        start = min(s.start for s in (b.source, *b.cue, *b.content))
        # the words right before the second source (a content that ran on over `, but X` ends
        # there: the tagger's cut is not the clause boundary)
        before = text[max(a.content[0].start, start - 12):start]
        if not a.content[0].start < start <= end + 60 or not _BUT_BEFORE.search(before) \
                or any(ch in text[a.content[0].start:start] for ch in "!?\n") \
                or re.search(r"\.\s+[A-Z]", text[a.content[0].start:start]):
            continue
        if any(w in _ATTITUDES for c in b.cue for w in c.text.lower().split()):
            continue  # `..., but gamers will now fear that ...`: a feeling answers nothing
        if b.source.text.lower() in _TAKE_UP or b.source.entity == a.source.entity \
                or b.source.text == a.source.text \
                or _SHARE.search(a.source.text) or _SHARE.search(b.source.text):
            continue  # `75 percent of Democrats say yes, but 55 percent of all voters ...`: a poll
        answered(a, " ".join(c.text for c in b.content))


def _content_words(a: Attribution) -> set[str]:
    return words_of(" ".join(c.text for c in a.content))


_NEGATED = re.compile(r"\b(?:no|not|never|none|nobody|nothing)\b|n[’']t\b", re.IGNORECASE)
# The end of a sentence between two parts (a full stop, ! or ? before a capital, past quote marks).
_SENTENCE_BREAK = re.compile(r"[.!?][”\"’']?\s+[“\"]?[A-Z]")


_NEXT_BUT = re.compile(r"^[\s\S]{0,40}?[.!?][”\"]?\s+But\s")
# A party's own office (`Pena Nieto's office`), beside the `intermediaries` of channels.json
# (`Trump's lawyer`, `her spokeswoman`).
_OWN_OFFICES = frozenset({"office", "offices", "camp", "campaign", "team"})
_OWNER = re.compile(r"^(?:the )?(?P<owner>(?:[\w.-]+ ){0,4}[\w.-]+)['’]s (?P<role>[\w -]+)$", re.IGNORECASE)


def speaks_for(speaker: str, party: str) -> bool:
    """Whether source `speaker` is someone speaking for `party` (another source's words): a
    party's office, spokesman, lawyer or aide (`Pena Nieto's office` for `Mexican President
    Enrique Pena Nieto`, enP-wtop-1; channels.json `intermediaries`), whose every name word is
    one of the party's. Such a speaker answers for the party, not against it (ANNOTATION.md:
    `disputed` is a claim denied or contradicted by another party)."""
    m = _OWNER.match(speaker.strip())
    if m is None:
        return False
    owner = {w for w in re.findall(r"\b[A-Z][\w.-]+", m.group("owner")) if w.lower() not in ("the", "mr", "mrs", "ms")}
    role = m.group("role").lower().split()
    if not owner or not owner <= set(re.findall(r"\b[A-Z][\w.-]+", party)):
        return False
    return role[-1] in _OWN_OFFICES \
        or bool(find_phrases(role, channel_words().intermediaries)) and len(role) <= 3


def contradicted_next(attributions: list[Attribution], text: str) -> None:
    """`A law enforcement official told The Associated Press a suspect was in custody. But the
    FBI said no arrests had been made.`: a sentence opening with `But` whose other source
    denies or negates answers the claim of the sentence before it (ANNOTATION.md `disputed`:
    "when the text reports it being denied or contradicted"). A pronoun may take up the first
    speaker (`But he said ...`), so only a different named or described source counts."""
    spoken = sorted((a for a in attributions if a.content and a.source is not None),
                    key=lambda a: a.content[0].start)
    for a, b in zip(spoken, spoken[1:], strict=False):
        if a.certainty not in ("asserted", "reported", "anonymous") or "ask" in (a.stance, b.stance):
            continue
        end = max(s.end for s in (*a.content, *a.cue, a.source))
        start = min(s.start for s in (b.source, *b.cue, *b.content))
        m = _NEXT_BUT.match(text[end:start + 1])
        if m is not None and _SENTENCE_BREAK.search(text, end + m.end(), start + 1):
            continue  # the answer must be in the `But` sentence, not one after it
        if start <= end or m is None \
                or b.source.text.lower() in _TAKE_UP or b.source.entity == a.source.entity \
                or b.source.text == a.source.text or speaks_for(b.source.text, a.source.text):
            continue
        # the answer negates from its start (`no arrests had been made`, `there was no
        # suspect`), or negates what the claim says (a shared content word), not a side issue
        opening = " ".join(b.content[0].text.split()[:3])
        negates = b.stance == "deny" or any(_NEGATED.search(c.text) for c in b.content)
        if negates and (_NEGATED.search(opening) or _content_words(a) & _content_words(b)):
            answered(a, " ".join(c.text for c in b.content))


# A verification note anywhere in the text: `The Hill has not independently verified the claims`,
# `Pentagon officials did not immediately confirm or deny the reports`, `CNN cannot
# independently confirm that ...`, `There was no independent confirmation of the claim`.
_NOTE = re.compile(
    r"\b(?:has|have|had|was|were|is|are) not (?:been )?(?:independently |immediately |yet )*(?:verified|confirmed|corroborated)"
    r"|\b(?:could|can)(?: not|not|n[’']t) (?:be )?(?:independently |immediately |yet )*(?:verif|confirm|corroborat)\w*"
    r"|\bdid not (?:immediately )?(?:confirm|verify|corroborate)"
    r"|\b(?:unable|not able) to (?:independently |immediately )*(?:verify|confirm|corroborate)"
    r"|\bno (?:independent )?(?:confirmation|verification|corroboration) of\b", re.IGNORECASE)
# What a note takes up when it names no content of its own: `the claims`, `those reports`, `it`.
_NOTE_ANAPHOR = re.compile(
    r"^\s*(?:or deny\s+)?(?:(?:the|this|that|these|those|such|its|their|his|her|any of the|either)\s+)?"
    r"(?:[\w-]+\s+)?(?:claims?|reports?|allegations?|accounts?|figures?|toll|numbers?|assertions?|"
    r"statements?|information)\b|^\s*(?:it|this|that|them)\s*(?:[.,;]|$)", re.IGNORECASE)
# `would not confirm however whether the new system will be built into ...`: a question left
# open, not a claim left unverified (BBC 2004-05 tech/369).
_NOTE_QUESTION = re.compile(r"^\s*(?:,?\s*however,?\s*)?(?:whether|if|when|how|who|what|where|why)\b",
                            re.IGNORECASE)
_NOTE_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+)(?:the|this|that|these|those|such|its|their|his|her|it)\b[\w\s-]{0,30}$", re.IGNORECASE)


# Every _NOTE phrase holds one of these stems. Under IGNORECASE `re` also reads `ı` and `İ` as `i`,
# where `str.lower` does not (the only two such letters among the stems' letters).
_NOTE_STEMS = ("verif", "confirm", "corroborat")


def may_hold_note(text: str) -> bool:
    """False when `text` holds no _NOTE for sure: none of its stems in the lower-cased text
    (speed only: a whole article's text searched case-insensitively costs as much as the rest
    of `unverified_by_note`)."""
    lowered = text.lower()
    return any(stem in lowered for stem in _NOTE_STEMS) or "ı" in text or "İ" in text


def unverified_by_note(attributions: list[Attribution], text: str, window: int = 700) -> None:
    """A verification note leaves the claim it takes up `unconfirmed` (ANNOTATION.md: "the text
    says it could not be verified"), wherever the note stands in the next few sentences: `Wagner
    Group fighters say they killed an American ... The group shared a photo ... The Hill has not
    independently verified the claims` (The Hill 2023), `... said ... "burned to death." ... CNN
    cannot independently confirm that the people were burned to death` (CNN 2015). A note that
    takes up `the claims` / `the reports` / `it` unconfirms the nearest claim before it and that
    speaker's other claims in reach; a note with words of its own unconfirms the claims within
    reach that share two content words with it. The note's own speaker asserts it."""
    if not may_hold_note(text):
        return
    spoken = [a for a in attributions if a.content and a.source is not None or a.content and a.cue]
    for m in _NOTE.finditer(text):
        end = text.find(". ", m.end())
        rest = text[m.end():len(text) if end < 0 else end]
        start = text.rfind(". ", 0, m.start())
        before = text[start + 2 if start >= 0 else 0:m.start()]
        own = [a for a in spoken if any(c.start <= m.start() < c.end for c in (*a.cue, *a.content))]
        owners = {a.source.entity for a in own if a.source is not None} - {None}
        before_note = [a for a in spoken if a not in own and 0 < m.start() - a.content[0].start <= window
                       and not (a.source is not None and a.source.entity in owners)]
        reach = [a for a in before_note
                 if a.certainty in ("asserted", "anonymous", "reported") and a.stance not in ("deny", "ask")]
        if not reach or _NOTE_QUESTION.match(rest):
            continue
        if _NOTE_ANAPHOR.match(rest) or _NOTE_SUBJECT.search(before):
            # the claim the note takes up is the nearest one, even when the sentence reader has
            # already left it `unconfirmed` (`Officials who declined to be named said ... The
            # claim could not be verified.`): the note passes on to that speaker's other claims
            # (`Wagner Group fighters say ... The group shared a photo ...`, The Hill 2023), not
            # to an earlier speaker's
            nearest = max(before_note, key=lambda a: a.content[0].start)
            who = nearest.source.entity if nearest.source is not None else None
            for a in reach:
                if a is nearest or who is not None and a.source is not None and a.source.entity == who:
                    a.certainty = "unconfirmed"
            continue
        words = words_of(rest)
        for a in reach:
            if len(words & _content_words(a)) >= 2:
                a.certainty = "unconfirmed"


def dispute_whole_statement(attributions: list[Attribution], text: str) -> None:
    """`One senior insider claimed that Michael Gove ... saw the chaos "as an opportunity",
    adding: "He thinks ..." A Government source dismissed the claim as "complete rubbish".`:
    a denial takes up a speaker's statement, and the parts of one statement (one source, one
    sentence: `claimed ..., adding ...`) stand or fall together, so a part of a disputed
    statement is disputed too. Only parts with no certainty of their own besides the
    speaker's (asserted, anonymous, reported) change, and only after a denial linked to the
    statement (its `target`): a dispute read from denial words elsewhere in the sentence is
    too weak to spread (en-news tune, en-express-1)."""
    denied = {a.target for a in attributions if a.target}
    for d in attributions:
        if d.certainty != "disputed" or d.id not in denied or d.source is None or not d.content:
            continue
        for a in attributions:
            if a is d or a.source is None or not a.content \
                    or a.source.start != d.source.start and (a.source.entity is None
                                                             or a.source.entity != d.source.entity) \
                    or a.certainty not in ("asserted", "anonymous", "reported") or a.stance in ("deny", "ask"):
                continue
            lo, hi = sorted((min(a.content[0].start, a.source.start), min(d.content[0].start, d.source.start)))
            if not _SENTENCE_BREAK.search(text, lo, hi) and "\n" not in text[lo:hi]:
                a.certainty = "disputed"


def denied_reports_ahead(attributions: list[Attribution], window: int = 800) -> None:
    """`Debbie Rowe has denied reports she was paid to give up parental rights to their two
    children. The New York Post reported that Rowe agreed to take about $4m to give up her
    rights to children ...`: a lead that denies reports comes before the report it denies.
    The outlet-sourced or anonymous claim after the denial (within `window` characters) that
    shares at least two content words with it is `disputed`; the backward link is
    `stance.link_denials`. A denial that takes the claim up by a noun (`saying the claim was a
    "product of imagination"`, enH-ekathimerini-1) shares no words with the report's restatement
    further on (`the report claimed that Erdogan had asked Turkey generals ... to sink a Greek
    ship`): three words shared with the claim it was linked to (its `target`, `a German media
    report indicating that ... Erdogan had sought to sink a Greek ship`) stand for them."""
    by_id = {a.id: a for a in attributions}
    for d in attributions:
        said = " ".join(c.text for c in d.content).lower()
        if d.stance != "deny" or not d.content or not REPORT_WORDS.search(said):
            continue
        start, words = d.content[0].start, _content_words(d)
        target = by_id.get(d.target) if d.target else None
        denied = _content_words(target) if target is not None and target.content else set()
        # a denial already answering a claim before it (`The prime minister said that allegation
        # was "total rubbish" before further details surfaced of how he is said to have paid for
        # expensive refurbishments`, enG-neweuropean-1: the content runs on past the denial)
        # reaches a report ahead only through that claim's words, not through its own
        if target is not None and target.content and target.content[0].start < start:
            words = set()
        for a in sorted(attributions, key=lambda x: x.content[0].start if x.content else 0):
            if a is d or not a.content or a.stance in ("deny", "ask") \
                    or not 0 < a.content[0].start - start <= window \
                    or a.certainty not in ("reported", "anonymous", "disputed") \
                    or same_party(a, d) or nested(a, d):
                continue
            if len(words & _content_words(a)) >= 2 or len(denied & _content_words(a)) >= 3:
                # the first report ahead sharing the words is the one denied, even when another
                # denial has disputed it already (`Japan denies report on Seoul's contact over
                # Moon visit ...`: not the Japanese official's own remark further on, enF-kbs-1)
                if a.certainty != "disputed":
                    a.certainty = "disputed"
                    d.target = d.target or a.id
                break


# What one claims as one's due rather than states (PolNeAR train, breitbart 2016-02-20:
# `Kasich's campaign is already claiming victory`).
_CLAIMED_THINGS = frozenset({"victory", "credit", "responsibility", "asylum", "ownership", "damages",
                             "compensation", "benefits", "expenses", "title", "win", "success"})
_CLAIMING = re.compile(r"^(?:claim|claims|claimed|claiming)$", re.IGNORECASE)


def _singular(words: set[str]) -> set[str]:
    """Words with a plural `s` dropped, so that `the numbers` a denial doubts meets `the total
    number` a claim gives (Yonhap 2022: "There is no way to verify (the numbers) ..." before
    `North Korea has claimed ... the total number of fever cases`)."""
    return {w[:-1] if w.endswith("s") and not w.endswith("ss") else w for w in words}


# How far from a `claimed` statement the denial that contests it may stand (about ten sentences).
CLAIM_DENIAL_REACH = 1500


def contested_claims(attributions: list[Attribution]) -> None:
    """`She claimed the label thought the performance would amount to a re-recording` in an
    article where the label denies it: the narrator's `claim` marks a contested statement, and a
    denial by another party after it, or sharing a content word with it, contradicts it
    (ANNOTATION.md `disputed`: "when the text reports it being denied or contradicted"; open
    en-news gold: 13 of the 15 `claim` attributions of a named source are disputed), within
    `CLAIM_DENIAL_REACH` characters of it. Only
    asserted claims (a one-word `claim` cue: `claimed responsibility for` is no statement of
    fact), and a denier other than the claim's source, neither nested in the other."""
    deniers = [d for d in attributions if d.stance == "deny" and d.source is not None]
    if not deniers:
        return
    for a in attributions:
        if a.certainty not in ("asserted", "reported") or len(a.cue) != 1 \
                or not _CLAIMING.match(a.cue[0].text.split()[-1]) or a.stance in ("deny", "ask") \
                or a.source is None and len(a.cue[0].text.split()) == 1:
            continue  # `has claimed`, `opposition claims` (a noun cue naming no source), `A report claimed`
        if a.content[0].text.split()[:1] and a.content[0].text.split()[0].lower() in _CLAIMED_THINGS:
            continue  # `is already claiming victory`: a thing claimed, not a statement of fact
        words = _content_words(a)
        who = a.source.entity if a.source is not None else None
        # a denial within about ten sentences: every open en-news mark lies within 726 characters;
        # beyond 1,500 roughly a third of the breadth marks were right (`Trump claimed he learned
        # this from Chinese business people` nine thousand characters before an unrelated
        # denial, PolNeAR train huff-post 2016-02-07; benchmarks/data/endisp20)
        others = [d for d in deniers if d is not a and (who is None or d.source.entity != who)
                  and not nested(d, a) and not nested(a, d)
                  and abs((d.cue or d.content)[0].start - a.cue[0].start) <= CLAIM_DENIAL_REACH
                  and (_singular(words) & _singular(_content_words(d))
                       or d.cue and d.cue[0].start > a.cue[0].start)]
        if others:
            a.certainty = "disputed"


# What takes up a claim at the end of a content before the denial of it (`..., which the
# ministry denied`, `..., a claim the army denied`, `..., allegations he denies`).
_TAKE_UP_CLAIM = frozenset({"which", "claim", "claims", "allegation", "allegations", "report",
                            "reports", "accusation", "accusations", "charge", "charges",
                            "something", "assertion", "account", "figure", "figures", "estimate",
                            "estimates", "number", "numbers", "toll", "version", "suggestion"})


def relative_denial(lower: list[str], content: list[tuple[int, int]], a: int) -> bool:
    """A denial inside the content that a relative or a summarising noun after a comma hands
    to another speaker (`Reuters reported that the talks had stalled, which the ministry
    denied`): the tagger ran the content on over it, but it disputes the claim."""
    last = max(b for _, b in content) if content else a
    if a >= last:
        return False
    for m in range(a - 1, max(a - 7, 0), -1):
        if lower[m] == "," and lower[m + 1] in _TAKE_UP_CLAIM | {"a", "an", "the"} \
                and (lower[m + 1] in _TAKE_UP_CLAIM or m + 2 < a and lower[m + 2] in _TAKE_UP_CLAIM):
            return True
        if lower[m] in (",", ";", ":"):
            return False
    return False


def participle_clause(lower: list[str], end: int, a: int) -> bool:
    """`He said the report was accurate, dismissing the statement as false`: a denial inside a
    participle clause after the attribution has the attribution's own subject."""
    for m in range(a - 1, end - 1, -1):
        if lower[m] == "," and m + 1 < len(lower) and lower[m + 1].endswith("ing") \
                and lower[m + 1].isalpha():
            return True
    return False


# Between a coordinator and the verb it joins: auxiliaries and adverbs (`but she has strongly
# denied`), and a subject pronoun that takes up the subject already named.
_AUX_ADVERBS = frozenset({"has", "have", "had", "also", "strongly", "flatly", "firmly", "later",
                          "repeatedly", "vehemently", "categorically", "always", "previously",
                          "swiftly", "quickly", "then", "again", "did", "does"})
_SUBJECT_TAKE_UP = frozenset({"he", "she", "they", "it", "we", "i"})


def coordinated_predicate(lower: list[str], end: int, a: int) -> bool:
    """`X said A and dismissed B`, `X said A, but she denied B`: a denial at `a` (after the
    attribution, which ends at `end`) joined to it as a second predicate of the same subject
    is that speaker's own denial of something else, not a dispute of A."""
    k = a - 1
    while k >= end and lower[k] in _AUX_ADVERBS:
        k -= 1
    if k >= end and lower[k] in _SUBJECT_TAKE_UP:
        k -= 1
    return k >= end - 1 and (lower[k] in ("and", "but", "while")
                             or lower[k] == "," and lower[a].endswith("ing"))  # `..., calling it`


def rejects_proposal(lower: list[str], a: int) -> bool:
    """`After Deonarine's amendment was rejected, the Senate considered Mitchell's amendment`
    (enC-newsdaytt-1), `the court rejected his appeal`, `MPs rejected the bill`: a denial verb
    whose object or passive subject is a proposal, a vote or a legal step turns that down; it
    denies nothing anyone said, so the claims of its sentence are not disputed by it
    (ANNOTATION.md: `disputed` "when the text reports it being denied or contradicted"). The
    proposal nouns are `rejected_proposals` in certainty.json. The noun is read within three
    words after the verb (past determiners, possessives and modifiers: `rejected separate
    amendments`) or before a passive `was rejected`."""
    nouns = certainty_words().rejected_proposals
    if not lower[a].startswith(("reject", "dismiss")):
        return False
    after = lower[a + 1:a + 4]
    for w in after:
        if w in nouns:
            return True
        if w in (",", ".", ";", "that", "as", "claims", "claim", "reports", "report", "allegations"):
            break
    if a >= 2 and lower[a - 1] in ("was", "were", "been", "be", "is", "are", "being"):
        return any(w in nouns for w in lower[max(0, a - 4):a - 1])
    return False


def modifier_participle(lower: list[str], a: int) -> bool:
    """`a disputed auction`, `the rejected bid`: a denial participle after a determiner
    modifies the noun after it; it reports no denial of anything said (BBC News 2004-05:
    `following what many thought was ... in a disputed auction` was disputed)."""
    return a > 0 and lower[a].endswith("ed") and lower[a - 1] in _DETERMINERS


def coordinated_after_denial(lower: list[str], a: int, cue_at: int) -> bool:
    """`Peskov ... dismissed the dossier as a "complete fabrication" and said the Kremlin "does
    not engage in ..."`: a cue right after `and` (past auxiliaries and adverbs) shares the
    subject of the denial at `a` before it; the speaker's own denial, not a dispute of what
    they go on to say (the mirror of `coordinated_predicate`)."""
    k = cue_at - 1
    while k > a and lower[k] in _AUX_ADVERBS:
        k -= 1
    return k > a and lower[k] == "and" and ";" not in lower[a:k]


# `..., though there is no indication she has shown any partisanship`: the narrator
# contradicts the claim it follows.
_CONCESSIVE = frozenset({"though", "although", "but", "yet"})
_NO_SUPPORT = frozenset({"evidence", "indication", "proof", "sign", "suggestion"})


def contradicted_after(lower: list[str], end: int, hi: int) -> bool:
    """Whether the sentence goes on after an attribution ending at `end` with a concessive
    clause that says nothing supports it (`though there is no indication ...`, `but there
    was no evidence ...`): the text contradicts the claim (ANNOTATION.md `disputed`)."""
    for m in range(end, min(hi - 2, end + 3)):
        if lower[m] not in _CONCESSIVE:
            continue
        k = m + 1
        if lower[k] == "there" and k + 1 < hi and lower[k + 1] in ("is", "was", "has", "have"):
            k += 2 + (lower[k + 1] in ("has", "have") and k + 2 < hi and lower[k + 2] == "been")
        return k + 1 < hi and lower[k] == "no" and lower[k + 1] in _NO_SUPPORT
    return False


def report_taken_up(attributions: list[Attribution]) -> None:
    """`The report by the University and College Union claims ... It calls on the Office for
    Students to ...`: `it` taking up a report goes on being the report (`reported`, ANNOTATION.md:
    an outlet or report as the source), not the body that wrote it, which the coreference often
    merges with the report. The attribution just before must be the report's, with the
    pronoun's entity: a company or agency named in between (`Surveys ... Microsoft ... It said
    its program`) is what `it` takes up (BBC tech 2004-05, read by hand)."""
    last: Attribution | None = None
    for a in sorted((a for a in attributions if a.source is not None and a.content),
                    key=lambda a: a.content[0].start):
        if last is not None and a.certainty == "asserted" and a.source.text.lower() == "it" \
                and a.source.entity is not None and last.source.entity == a.source.entity \
                and last.certainty == "reported":
            a.certainty = "reported"
        last = a



# What takes up an unnamed source in the next attribution: its statement, the source itself.
_WITHHELD_TAKE_UP = frozenset({"the statement", "the source", "the sources", "the official", "the officials",
                               "the same source", "the same official", "this source", "that source"})


def withheld_taken_up(attributions: list[Attribution], text: str) -> None:
    """`..., an official source at Foreign and Expatriates Ministry said in a statement. The
    statement added that ... The source added Syria stresses ... It went on to say that ...`
    (enG-sana-1): `the statement`, `the source`, `the official` right after an unnamed source's
    attribution go on being that source (ANNOTATION.md: `anonymous` when the source is unnamed),
    though the coreference often makes them entities of their own (open en-news gold: 10 of 10
    such attributions are anonymous); `the statement` and `it` only when the unnamed source's
    sentence gave a statement (`said in a statement`; not `read the statement, which was
    attributed to Miller` after an unrelated unnamed source, PolNeAR train)."""
    last: Attribution | None = None
    for a in sorted((a for a in attributions if a.source is not None and a.content),
                    key=lambda a: a.content[0].start):
        said = a.source.text.lower()
        if last is not None and last.certainty == "anonymous" and a.certainty in ("asserted", "reported") \
                and said in (*_WITHHELD_TAKE_UP, "it"):
            spans = (last.source, *last.cue, *last.content)
            lo, hi = min(x.start for x in spans), max(x.end for x in spans)
            stop = text.find(".", hi)
            statement = "statement" in text[lo:stop if stop >= 0 else len(text)].lower() \
                or last.source.text.lower() == "the statement"
            if (said in _WITHHELD_TAKE_UP and not said.endswith("statement")) or statement:
                a.certainty = "anonymous"
        last = a


def resting_on_withheld(attributions: list[Attribution]) -> None:
    """`Our sources say Lupita told cops it was taken from her room` (TMZ): what a speaker said,
    known only through unnamed sources, rests on them, so the nested attribution is `anonymous`
    too (ANNOTATION.md: "anonymous (rests on unnamed sources)"; open en-news gold: 5 of the 6
    attributions nested in an anonymous one are anonymous, the sixth unconfirmed by its own
    `allegedly`). Only a plain `asserted` child changes; its own hedge, dispute or report stands."""
    by_id = {a.id: a for a in attributions}
    for a in attributions:
        p = by_id.get(a.parent) if a.parent else None
        if p is not None and p.certainty == "anonymous" and a.certainty == "asserted":
            a.certainty = "anonymous"


def resting_on_disputed(attributions: list[Attribution]) -> None:
    """`The paper claimed Johnson told those in attendance he had "buyer's remorse"` in an
    article where Downing Street denies it: what a speaker is said to have said inside a
    disputed claim is the very thing denied, so the nested attribution is `disputed` too
    (ANNOTATION.md: `disputed` "when the text reports it being denied or contradicted"; open
    en-news gold: all 5 attributions nested in a disputed one are disputed). Only a plain
    `asserted` child changes, or one resting on reports (`The White House is admitting that it
    discussed with the FBI media reports that ...`, enG-npr-1: the reports are what is
    disputed; unnamed, they are `anonymous` with no source), and not a denial or a question of
    its own."""
    by_id = {a.id: a for a in attributions}
    for a in attributions:
        p = by_id.get(a.parent) if a.parent else None
        resting = a.certainty in ("asserted", "reported") or a.certainty == "anonymous" and a.source is None
        if p is not None and p.certainty == "disputed" and resting and a.stance not in ("deny", "ask"):
            a.certainty = "disputed"


# A sentence told on an unnamed source's word: it ends on `..., the official said.` or holds
# `according to the official`.
_TOLD_BY = re.compile(r"(?:,[”\"’']?|[?!][”\"’']?)\s+(?P<teller>(?:the|a|an|one|two|three|several|other) [\w -]{2,40}?) "
                      r"(?:said|says|added|told \w+)\s*\.?\s*$"
                      r"|^[\s“\"]*(?P<teller3>(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Oo]ther) [\w -]{2,40}?) (?:said|says|told \w+)\b"
                      r"|\baccording to (?P<teller2>(?:the|a|an|one|two|three|several|other) [\w -]{2,40}?)(?=[,.]|$)")


_SENTENCE_STOP = re.compile(r"[.!?][”\"’']?(?=\s+[A-Z“\"]|\s*$)|\n")
_OTHER_CLAUSE = re.compile(r",\s*(?:while|but|whereas|although|though|and)\s+(?!said\b|says\b|added\b)|;")


def told_by_withheld(attributions: list[Attribution], text: str) -> None:
    """`McCabe told Priebus the New York Times story was wrong, and then Priebus asked McCabe,
    "What can we do about this?" the official said.` (enG-npr-1): what a named party said, in a
    sentence whose teller is an unnamed source (`the official said` at its end, `according to
    the official` in it), rests on that source (ANNOTATION.md: "anonymous (rests on unnamed
    sources)"), as a nested attribution does (`resting_on_withheld`) when the extractor did not
    make the teller's own attribution its parent. Only a plain `asserted` attribution whose
    source is not the teller."""
    for a in attributions:
        if a.certainty != "asserted" or a.source is None or not a.content:
            continue
        lo = max(text.rfind(". ", 0, a.start), text.rfind("\n", 0, a.start)) + 1
        end = max(c.end for c in a.content)
        stop = _SENTENCE_STOP.search(text, end)
        hi = stop.end() if stop else end
        m = _TOLD_BY.search(text[lo:hi])
        teller = m and (m.group("teller") or m.group("teller2") or m.group("teller3"))
        if m and m.group("teller3") and (a.source.start < lo + m.end()
                                         or _OTHER_CLAUSE.search(text, lo + m.end(), a.source.start)):
            continue  # the teller's own statement, or a statement set beside it (`..., while Lavrov said`)
        if teller and withheld(teller) and teller not in a.source.text:
            a.certainty = "anonymous"


def unnamed_press(surface: str) -> bool:
    """Whether a source is the press as a class that names no outlet: `reports`, `media
    reports`, `local press reports`, `various newspapers`, `the local press`, `reports coming
    out of the region` (lower-case words only, after its first; the words before the head from
    `unnamed_press_modifiers`, `the` only before `press` or `media`). Not one report (`a
    report`, `the report`: a document, `reported`), a named outlet (`newspapers including El
    Watan`, `the Sunday Times`) or a nation's media (`Kenyan media`, `Russian media`)."""
    words = surface.replace(",", " , ").split()
    if not words or any(w[:1].isupper() for w in words[1:]):
        return False
    lower = [w.lower() for w in words]
    k = source_head(words)
    data = certainty_words()
    if k is None or lower[k] not in data.unnamed_press_heads:
        return False
    before = lower[:k]
    if before[:1] == ["the"] and lower[k] in ("press", "media"):
        before = before[1:]
    return all(w in data.unnamed_press_modifiers for w in before)


def unnamed_press_anonymous(attributions: list[Attribution]) -> None:
    """`According to local press reports, trouble flared up again on Saturday`, `according to
    various newspapers`, `according to reports` (enQ-bbc-2, enQ-bbc-3, enN-bbc-4): a claim
    resting on the press as a class, no outlet named, is `anonymous`, as the owners' bare
    据报道 (evaldata/en-news/README-k.md D2: "Unnamed reports named by a noun and not denied
    ... are `anonymous` too (the owners' bare 据报道), where part I/J gave `reported`";
    README-q.md: "Unnamed reports, press and eyewitnesses are `anonymous`"). Only a plain
    `reported` or `asserted` row changes; a denied or unverified one keeps its certainty. Run
    after the article-level passes, which read `reported` rows as an outlet's relaying."""
    for a in attributions:
        if a.certainty in ("reported", "asserted") and a.source is not None and unnamed_press(a.source.text):
            a.certainty = "anonymous"
