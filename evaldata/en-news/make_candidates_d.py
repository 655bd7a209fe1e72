"""Write `golden-candidates-d.json`: real sentences from the part D TUNE articles (`enD-*`), one
error class each (README-d.md, "Largest error classes"), with the gold attributions of the
sentence copied from the article's gold file by `make_candidates.row_for` (never retyped).

Run: python evaldata/en-news/make_candidates_d.py
"""

from __future__ import annotations

from make_candidates import write_part

# (article, class, pattern, the text: verbatim, or "BEGIN ... END" resolved in the article)
ROWS = [
    # stance left at assert
    ("enD-wsvn-1", "stance", "'Police are also asking parents to ...' -> urge", "Police are also asking parents to take the opportunity to talk to their children about responsible driving and the importance of obeying the speed limit, as well as wearing seat belts."),
    ("enD-chron-1", "stance", "'X announced that the U.S. will provide ...' -> promise", "As part of a long-term effort to forge closer relations with Vietnam, Esper announced that the U.S. will provide Vietnam's coast guard with a surplus American ship."),
    ("enD-tass-1", "stance", "'\"... we are strengthening efforts ... We remain committed ...,\" the statement said' -> promise", "\"In response to these incidents, we are strengthening efforts ... security of our critical infrastructure,\" the statement said."),
    ("enD-kxan-1", "stance", "'he said that more will need to be done' -> urge", "However, he said that more will need to be done in the future."),
    # speakers
    ("enD-chron-1", "speaker", "predicate nominal taken as the source ('X is one of the most vocal critics ... and has accused')", "Vietnam is one of the region's most vocal critics of China's sweeping territorial claims in the South China Sea and has accused Beijing of encroaching into its waters."),
    ("enD-ticotimes-1", "speaker", "relative clause 'who accused him' inside 'X apologized to Y ..., and pledged' (the pledge is X's)", "President-elect Rodrigo Chaves apologized to the two female World Bank employees who accused him for sexual harassment in that institution, and pledged to form a commission for the inclusion of women in all economic activities in Costa Rica."),
    ("enD-ctpost-1", "speaker", "fronted participle 'Arguing that ..., X has said' (two attributions of X)", "Arguing that voters are just now beginning to tune in, with the first votes less than 100 days away, Patrick has said he will have visibility when the populace is really paying attention."),
    ("enD-paradigm-1", "speaker", "'they are praying the court to ... direct' -> urge, the lawmakers, court as via", "Instead, they are praying the court to, among others, direct the defendants ... (Commissioner of Police).\u201d"),
    ("enD-wsvn-1", "speaker", "'said a dispatcher on <scanner feed>' (the feed is the via, not part of the source)", "\u201cComplainant calling about a suspicious incident. Their 14-year-old daughter was dropped off by that silver Audi,\u201d said a dispatcher on Broadcastify police scanner."),
    # missed
    ("enD-tass-2", "missed", "cue interrupting the clause: 'However, the Russian minister continued, ...'", "However, the Russian minister continued, the most crucial thing ... without resolving the initial issue."),
    ("enD-jis-1", "missed", "'<title>, Gary Scott, added that ...' (long source with titles)", "Chief Executive Officer (Acting) of the Jamaica Special Economic Zone Authority, Gary Scott, added that two particularly exciting events will be taking place on days one and four of the conference."),
    ("enD-wsvn-1", "missed", "one content with 'and' inside: 'Police said X was killed, and paramedics rushed ...'", "Police said the teenage driver was killed, and paramedics rushed the passenger to HCA Florida Kendall Hospital in critical condition."),
    # nesting
    ("enD-tass-2", "nesting", "'\"..., President [...] clearly stated during his ... press conference that ...,\" Lavrov said in an interview with <media>'", "\"Regarding the legitimacy of the so-called current Ukrainian government, ... Lavrov said in an interview with Russian and international media."),
    # certainty
    ("enD-wsvn-1", "certainty", "'Detectives believe' -> anonymous (bare unnamed officers)", "Detectives believe this appears to be a case of a teenager who took his mother's car without her permission."),
    ("enD-japantimes-1", "certainty", "'..., an official said' -> anonymous (mixed)", "The incident is \u201cregrettable\u201d although the hospital has enough masks for its staff, an official said."),
    ("enD-wsvn-1", "certainty", "'..., officials said' (content before the source) -> anonymous", "SOUTHWEST MIAMI-DADE, FLA. (WSVN) - An overnight crash ... in the passenger seat, officials said."),
    # via
    ("enD-chron-1", "via", "'X said in a speech to <institution>, a government university' -> warn, audience as via", "\u201cWe will not accept attempts to assert unlawful maritime claims at the expense of law-abiding nations,\u201d Esper said in a speech to the Diplomatic Academy of Vietnam, a government university."),
    ("enD-tass-1", "via", "'according to a joint statement by X' -> source X, via 'joint statement', threaten", "BRUSSELS, December 26. /TASS/. The European Union intends to impose new sanctions ... EU diplomacy chief Kaja Kallas."),
    ("enD-ticotimes-1", "via", "'X said in a three-minute video' (medium as via)", "\u201cI deeply regret the actions ... to file a harassment complaint against me,\u201d the future President said in a three-minute video released over the weekend."),
    ("enD-kxan-1", "via", "'X told <station> it's a win ...' (the broadcaster itself as via)", "The win at the ballot box marks a victory for the Texas Retired Teachers Association (TRTA), and association executive director Tim Lee told KXAN it's a win retirees worked toward for years."),
    # non-attributions
    ("enD-chron-1", "non-attribution", "'but he gave no details on ...' after a real 'He said'", "He said it would be provided next year, but he gave no details on payment or exact timing."),
    ("enD-ctpost-1", "non-attribution", "'is eager to get their attention' (attitude)", "But the black former Massachusetts governor is eager to get their attention \u2014 and their vote."),
    ("enD-wsvn-1", "non-attribution", "negated 'Police have not disclosed' beside a real 'confirmed that'", "Police have not disclosed the victims' identities, but Miami-Dade County Public Schools confirmed that both victims are students of their school system."),
    ("enD-paradigm-1", "non-attribution", "'failed to answer the invitation'", "The lawmakers, however, failed to answer the invitation."),
]


def main() -> None:
    write_part(ROWS, "D", "README-d.md", "golden-candidates-d.json")


if __name__ == "__main__":
    main()
