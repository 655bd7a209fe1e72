"""Write `golden-candidates-c.json`: real sentences from the part C TUNE articles (`enC-*`), one
error class each (README-c.md, "Largest error classes"), with the gold attributions of the
sentence copied from the article's gold file by `make_candidates.row_for` (never retyped).

Run: python evaldata/en-news/make_candidates_c.py
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from make_candidates import row_for

HERE = Path(__file__).resolve().parent

# (article, class, pattern, the text: verbatim, or "BEGIN ... END" resolved in the article)
ROWS = [
    # channels (via) inside citing chains
    ("enC-cbssports-1", "via", "'X, via <outlet>, said that ...' (mixed, multi-sentence quote)", "Richardson, via USA Today, said that Rudolph \"can't antagonize ... Just leave it at that.\""),
    ("enC-cbssports-1", "via", "'X said, via <reporter> of <paper>.' between two quote parts", "\"The most important thing is we lost that game,\" Heyward said, via Brian Batko ... I'm not going to hide away from that.\""),
    ("enC-smithsonian-1", "via", "'X said ..., according to <reporter> of <paper>': X is the source, not the reporter", "The ailing couple was quarantined, and the Chinese Center ... according to Sui-Lee Wee of the New York Times."),
    ("enC-smithsonian-1", "via", "'according to <outlet>'s <reporter>, Y ... wrote in a blog post that': Y is the source", "The first two illnesses were confirmed on November 12. But according to NPR ’s Feng, Li Jifeng, ... raising questions about the reason for the delay."),
    ("enC-smithsonian-1", "via", "'one Weibo commenter said, per <reporter>': unnamed poster, two vias", "“Don't hide things like this,” one Weibo commenter said, per Feng. “Let’s face whatever it is together.”"),
    ("enC-smithsonian-1", "via", "'..., X said, according to Reuters' (whole attribution missed)", "As yet, there is no epidemiological evidence linking the third plague case to the earlier two, the Inner Mongolia health commission said, according to Reuters."),
    ("enC-smithsonian-1", "via", "'assured the public on Weibo, a ... site, that' (platform as via)", "The CDC assured the public on Weibo, a Twitter-like social media site, that the risks of transmission were “extremely low.”"),
    # stance left at assert
    ("enC-nytimes-1", "stance", "'said he was \"appalled\" that' -> condemn; source with an apposition", "Eric Reeves, one of the leading American academic voices on Sudan, said he was “appalled” that the American government was lifting sanctions."),
    ("enC-nytimes-1", "stance", "'have argued for years that it was time to help' -> urge", "American officials have argued for years that it was time to help Sudan dig itself out of the hole it had created."),
    ("enC-hollywoodreporter-1", "stance", "'sees X as its \"Achilles heel\"' labelling -> condemn", "Lewis Ward, research director of gaming VR/AR at tech market research firm IDC, sees Stadia's lineup as its \"Achilles heel.\""),
    ("enC-hollywoodreporter-1", "stance", "'he says, boasting that' -> praise (second cue)", "\"We have one of the largest private networks in the world,\" he says, boasting that Google's servers can \"deliver extremely high fidelity content all over the world.\""),
    ("enC-wapo-1", "stance", "'vowed that the country would be \"merciless\"' -> threaten", "He vowed that the country would be “merciless” in defending itself."),
    ("enC-wapo-1", "stance", "'condemned the attack and said X was willing to assist' -> promise (second cue)", "In Washington, White House press secretary Josh Earnest condemned the attack and said the U.S. government was willing to assist Tunisian authorities in the investigation."),
    ("enC-newsweek-1", "stance", "quoted 'should coincide with ... should be informed' -> urge", "\"Given our findings on problematic use across age groups, ... to make informed decisions,\" Martins said."),
    ("enC-heraldsun-1", "stance", "'cannot be addressed effectively short of exempting' -> urge", "“These legitimate concerns cannot be addressed effectively short of exempting journalists and media organisations,” says president David Weisbrot."),
    ("enC-wapo-1", "stance", "quoted blame 'X is responsible for ..., because they were careless' -> accuse", "“Ennahda is responsible for the current deterioration of the situation, because they were careless with the extremists” while they were in power, Azzouz said."),
    # certainty
    ("enC-smithsonian-1", "certainty", "'..., reports <reporter>' -> reported", "All “relevant sites” were also disinfected, reports Wee."),
    ("enC-smithsonian-1", "certainty", "'He had, according to <reporter> of <paper>, killed ...' -> reported; the cue interrupts the clause", "He had, according to Alex Horton of the Washington Post, killed and eaten a wild rabbit before he was taken to a hospital around 185 miles northwest of Beijing."),
    ("enC-wapo-1", "certainty", "'according to <council>, an industry body' data source -> reported", "Tourism is critical to Tunisia’s economy, accounting for 15 percent of its gross domestic product in 2013, according to the World Travel and Tourism Council, an industry body."),
    ("enC-nytimes-1", "certainty", "'They said' = unnamed officials of the previous sentence -> anonymous", "They said that Sudan had a long way to go in terms of respecting human rights, but that better relations could help increase American leverage."),
    ("enC-heraldsun-1", "certainty", "'according to the explanatory notes of the British Bill' interrupting a mixed content -> reported", "There would be a code including — according to the explanatory notes of the British Bill — “provision to protect the public interest in the confidentiality of journalistic sources”."),
    # missed: no cue found
    ("enC-heraldsun-1", "missed", "'X is adamant Y must be ...' (insist)", "The media union is adamant journalists’ metadata must be exempted from the law."),
    ("enC-smithsonian-1", "missed", "'Y, per the WHO, is ...' (cue 'per' inside the clause)", "Yersinia pestis, per the WHO, is often found in small mammals and their fleas."),
    ("enC-wapo-1", "missed", "'Many Tunisians accuse X of Y' (present-tense accuse) and the next sentence's source", "Many Tunisians accuse the country’s political Islamists, who held power ... won the freedom to preach freely in mosques."),
    # speakers
    ("enC-cbssports-1", "speaker", "'X, however, decided to weigh in ..., saying that' -> source X (urge)", "Browns DL Sheldon Richardson, however, decided to weigh in on Thursday's fight on Monday, saying that Rudolph should be disciplined by the league for his role in the fight."),
    ("enC-smithsonian-1", "speaker", "'According to WHO' resolved to another organisation", "According to WHO, there were 3,248 cases reported worldwide between 2010 and 2015, with 584 deaths."),
    # non-attributions
    ("enC-cbssports-1", "non-attribution", "action verb 'responded by hitting'", "Rudolph then tried to remove Garrett's helmet before Garrett responded by hitting Rudolph in the head with his own helmet."),
    ("enC-nytimes-1", "non-attribution", "action verb 'ordered a cruise missile strike'", "In retaliation, Mr. Clinton ordered a cruise missile strike against a pharmaceutical factory in Khartoum."),
    ("enC-heraldsun-1", "non-attribution", "hypothetical 'Few would argue against'", "Few would argue against the use of such material to catch criminals or terrorists."),
    ("enC-smithsonian-1", "non-attribution", "'sparking widespread fears about' beside a real 'officials say'", "Three cases of plague have been diagnosed in China, sparking widespread fears about the spread of the disease, though officials say the risk of an outbreak is low."),
    ("enC-wapo-1", "non-attribution", "negated 'no group claimed responsibility' and 'raised fears that'", "Although no group claimed responsibility, the bloodshed raised fears that militants linked to the Islamic State were expanding their operations."),
    ("enC-sportsnet-1", "non-attribution", "'kept Spain's hopes alive' (sport narration)", "MADRID — Rafael Nadal kept Spain’s hopes alive, then Marcel Granollers and Feliciano Lopez completed the comeback in the decisive doubles match to give the hosts a 2-1 win over Russia in the inaugural Davis Cup Finals."),
    ("enC-newsweek-1", "non-attribution", "research method 'looked at data on ... and noted if'", "The team looked at data on states where cannabis had been legalized by 2016— ... before and after the laws were enacted."),
    # nesting and boundaries
    ("enC-newsweek-1", "nesting", "'told Newsweek: \"Although the researchers found that ...\"' (nested finding, outlet via)", "Ian Hamilton, an expert in drug use ... which services would be unlikely to have the capacity to support.\""),
    ("enC-smithsonian-1", "nesting", "'As X reports for NPR, ..., when authorities announced that' (reporter source, nested announcement)", "As Emily Feng reports for NPR, the first cases came to light last week, when authorities in Beijing announced that two infected individuals sought treatment at a hospital in the capital."),
]


def main() -> None:
    rows = []
    for n, spec in enumerate(ROWS, 1):
        row = row_for(n, *spec)
        row["id"] = f"enC-{n:03d}"
        rows.append(row)
    doc = ("Golden-rule candidates for English from en-news part C (README-c.md): real sentences "
           "from the enC-* TUNE articles only. Same row format as golden-candidates.json (`expect` "
           "copied from the article's gold; content without quotation marks and the frame's "
           "comma/full stop; `speaker` = the resolved person; `parent` = index into `expect`; an "
           "empty `expect` means no attribution). Built by evaldata/en-news/make_candidates_c.py.")
    out = {"_doc": doc, "cases": rows}
    (HERE / "golden-candidates-c.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(rows), "rows", dict(Counter(r["class"] for r in rows)))


if __name__ == "__main__":
    main()
