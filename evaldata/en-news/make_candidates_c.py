"""Write `golden-candidates-c.json`: real sentences from the part C TUNE articles (`enC-*`), one
error class each (README-c.md, "Largest error classes"), with the gold attributions of the
sentence copied from the article's gold file by `make_candidates.row_for` (never retyped).

Run: python evaldata/en-news/make_candidates_c.py
"""

from __future__ import annotations

from make_candidates import write_part

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
    # part C2 (tune): unnamed eyewitnesses and relatives, addressees as vias, parliament
    ("enC-kaieteur-1", "certainty", "'Two loggers have since claimed that' -> anonymous (unnamed eyewitnesses)", "Two loggers have since claimed that they had heard when the hunter, ... because they were a fair distance away from him."),
    ("enC-kaieteur-1", "certainty", "'The men alleged that' -> anonymous", "The men alleged that around 23:00hrs they heard Ramdehol fired his gun but had also heard him scream."),
    ("enC-tribune242-1", "certainty", "'loved ones say' after 'police have not officially identified' -> anonymous", "While police have not officially identified the Gamble Heights victim, loved ones say the deceased is Kevin Andrews."),
    ("enC-tribune242-1", "stance", "'admitted that' -> confirm; unnamed described speaker -> anonymous", "A woman who identified herself as the mother of the Gamble Heights victim admitted that the man had some challenges and had been to prison before."),
    ("enC-tribune242-1", "stance", "'She said he never ...' -> deny; 'but told reporters' second cue missed", "She said he never robbed or killed anyone, but told reporters the deceased had a scheduled court appearance next month."),
    ("enC-kaieteur-1", "via", "'Speaking with <outlet> on Thursday, X said that'", "The two men are presently in police custody assisting with investigations. Speaking with Kaieteur News on Thursday, Ramdehol’s sister, Inderdai Deyal said that he had left his home at Maria Lodge, Essequibo Coast around 20:00hrs on Thursday last to go hunting with his tractor and shotgun."),
    ("enC-kaieteur-1", "via", "'according to information received by this media house, the loggers alleged that' (source = loggers; nested request)", "Relatives said that he is very much acquainted with the two men and according to information ... fetching out “wild meat”."),
    ("enC-miamitoday-1", "via", "'X told trust members they would ...' -> promise, addressee body as via", "Mr. Cueto told trust members they would get the answers and the video presentation in their in-boxes the next morning."),
    ("enC-newsdaytt-1", "via", "'X reminded senators that' (lawmakers addressed)", "Manning reminded senators that the ministry has added value added tax (VAT) on luxury food items to reduce the demand for those imported items."),
    ("enC-miamitoday-1", "certainty", "'While X assured ... that Y, ... Z acknowledged ... that not-Y' -> X disputed", "While an earlier county presentation assured trust members that operations had been geared to the Gold Standard, under questioning Josenrique Cueto, ... about what was required to achieve it."),
    ("enC-newsdaytt-1", "certainty", "no 'disputed' from a vote result elsewhere in the paragraph ('rejected', 'defeated')", "As she concluded the debate, Deonarine proposed an amendment ... because policy measures are always subject to revision.\""),
    ("enC-newsdaytt-1", "stance", "a motion 'calling on government to' -> urge (document source)", "A PRIVATE motion brought by Independent Senator Amrita Deonarine calling on government to bring to Parliament a foreign-exchange (forex) policy within six months was defeated in the Senate on Tuesday."),
    ("enC-newsdaytt-1", "stance", "'reiterated that X was not a solution' + next-paragraph quotation -> deny, one attribution", "He reiterated that devaluation of the TT dollar was not a solution ... in line with the normal supply.\""),
    ("enC-miamitoday-1", "stance", "'unanimously urged X to ensure that it \"...\"' -> urge; 'gave the county an extra month' is no cue", "The trust gave the county an extra month to do the job and then unanimously urged ... ‘Gold Standard BRT’ project.”"),
    ("enC-timesofisrael-1", "stance", "'a reporter asked X, \"...?\"' -> ask, unnamed reporter, press conference as via", "At a press conference announcing her appointment, a reporter asked Montoya-Lewis, “What do you see as the biggest problem with implicit bias in the courts right now?”"),
    ("enC-miamitoday-1", "speaker", "subject with a relative clause holding another agent ('who is now suspended by the mayor for ...')", "Transportation chief Eulois Cleckley, who is now suspended by the mayor ... was sufficient."),
    ("enC-newsdaytt-1", "speaker", "'Citing <topic>, X said' (the cited thing is not the source)", "Citing the energy sector as one of TT's main forex earners, Manning said between January to March 11, the sector's contribution to the domestic forex market was 71 per cent, compared to a 72 per cent contribution last year."),
    ("enC-miamitoday-1", "speaker", "'Mr. X last week said' (time adverb absorbed into the source)", "Mr. Ruano last week said signal preemption remains his major issue."),
    ("enC-timesofisrael-1", "nesting", "nested quotation in a quotation ('as my father reminded me often ‘we survived,’')", "“I was raised to remember that I come from those who survived. ... what is just.”"),
    ("enC-miamitoday-1", "nesting", "quoted question with a nested 'the staff said', answered by 'X responded that \"...\"'", "After trust member Peggy Bell asked last week “Why has this taken four months ... how this project would rate.”"),
    ("enC-newsdaytt-1", "non-attribution", "votes are not speech ('voted against', 'voted for')", "When the sitting resumed, all 15 government senators voted against Deonarine's amendment. The six opposition senators and the nine independent senators voted for it."),
    ("enC-tribune242-1", "non-attribution", "'pronounced him dead' (a formal act, not a report)", "Responding officers found a man lying on the ground unresponsive with gunshot wounds. Emergency Medical Services pronounced him dead at the scene."),
    # part C3 (tune): TASS, state media
    ("enC-tass-1", "missed", "list of a leader's statements after 'Below are Putin’s key statements that TASS put together.' (no cue per paragraph)", "Strikes on Russian territory will never go unanswered. \"We always respond in kind. Whenever they use certain weapons against us, we use similar weapons.\""),
    ("enC-tass-1", "stance", "'By ending the transit, Ukraine is punishing Europe, ..., he said' -> accuse; 'he' = Putin", "By ending the transit, Ukraine is punishing Europe, although Kiev relies on its support to continue to fight, and even exist, he said."),
    ("enC-tass-1", "stance", "'X is ready to continue to supply ..., according to the president' -> promise; 'Kiev announced that'", "Russia is ready to continue to supply gas to Europe, according to the president, but Kiev announced that it will not renew the contract."),
    ("enC-tass-3", "via", "'the Russian diplomat told Cuban weekly Opciones in an interview' (outlet after a descriptor)", "\"The invitation to join the BRICS family as a partner state, which will take effect in January 2025, reflects Cuba’s prestige among countries in the Global South,\" the Russian diplomat told Cuban weekly Opciones in an interview."),
    ("enC-tass-3", "speaker", "'According to him' -> the ambassador of the previous sentences", "According to him, new opportunities will now open up ... mutual respect and understanding.\""),
    ("enC-tass-3", "missed", "'Among other things, it would provide \"...,\" the ambassador argued' (mixed, cue after the quote)", "Among other things, it would provide \"access to cooperation and trade mechanisms in one of the most influential centers of the new world that we currently see taking shape,\" the ambassador argued."),
    ("enC-tass-3", "missed", "quotation with straight marks before a misspelt name: '\"...,\" Koronolli emphasized'", "\"We coincide in the opinion that Cuba could become a bridge between the Latin American region and the EAEU,\" Koronolli emphasized."),
]


def main() -> None:
    write_part(ROWS, "C", "README-c.md", "golden-candidates-c.json")


if __name__ == "__main__":
    main()
