"""Write `golden-candidates.json`: real sentences from the TUNE articles, one error class each, with
the gold attributions of that sentence taken from the article's gold file (never retyped).

Each row: id, class, pattern, script, text (verbatim sentence or paragraph), origin
("en-news/<id>, <outlet>, <date>"), exhaustive, expect. `expect` holds the scored gold
attributions whose content lies in the text (content clipped to it), in the gold format's
convention (content without quotation marks or the frame's comma/full stop; cue a list), plus
`speaker` (the resolved person) and `parent` as an index into `expect`. A row is `exhaustive`
unless an optional (borderline) gold item also falls in the text.

Run: python evaldata/en-news/make_candidates.py
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from build_gold import FOLD, find

HERE = Path(__file__).resolve().parent

# (article, class, pattern, the text: verbatim, or "BEGIN ... END" resolved in the article)
ROWS = [
    # non-attribution: action verbs and discourse words that are not speech
    ("en-cnn-1", "non-attribution", "discourse imperative 'Now consider'", "Now consider what we know about Trump's visit to Walter Reed on Saturday."),
    ("en-cnn-1", "non-attribution", "discourse imperative 'Remember'", "Remember what we already know about this President's health."),
    ("en-cnn-1", "non-attribution", "discourse 'is not to say'", "Which is not to say that whatever happened on Saturday wasn't minor or maybe even routine."),
    ("en-bbc-1", "non-attribution", "action verb 'rejected' (a court decision on an application)", "Last month, a judge rejected Assange's attempt ... Westminster Magistrate's Court in London in February."),
    ("en-bbc-1", "non-attribution", "action verb 'formally approved'", "In June, the then UK Home Secretary, Sajid Javid, formally approved an extradition request from the US."),
    ("en-sky-1", "non-attribution", "action verb 'has agreed a deal'", "Jose Mourinho has agreed a deal to replace Mauricio Pochettino as Tottenham's manager until the end of the 2022/23 season."),
    ("en-aljazeera-1", "non-attribution", "verification hedge is not an attribution", "It was not possible to independently verify the group's claim."),
    ("en-aljazeera-1", "non-attribution", "attitude 'has been eager' beside a real 'told X'", "US President Donald Trump has been eager to withdraw, but General Mark Milley, ... \"for several more years\"."),
    ("en-rt-1", "non-attribution", "event sentence with 'during protests against'", "Three people have died during protests in Bolivia against ... security forces."),
    ("en-deccanherald-1", "non-attribution", "'is balking at' and 'wants to let' (positions, not speech)", "But Beijing is balking at committing ... dictate deals instead."),
    # stance from content or a labelling verb
    ("en-ap-1", "stance", "labelling verb 'described X as Y' -> condemn", "Sondland’s appearance follows the testimony Tuesday ... described Trump’s call with Zelenskiy as “improper.”"),
    ("en-ap-1", "stance", "two cues, one subject: 'said' assert + 'slammed X as' condemn", "At the White House, Trump said he had watched part of the day’s testimony and slammed the ongoing impeachment hearings as a “disgrace.”"),
    ("en-albawaba-1", "stance", "'called it an X' -> condemn", "The Arab League called it an \"extremely adverse development\"."),
    ("en-albawaba-1", "stance", "'stressed' (rebuttal: deny) and 'condemned' in one sentence", "The United Nations and European Union stressed ... announced on Monday by US Secretary of State Mike Pompeo."),
    ("en-express-1", "stance", "'accused X of' + 'warned that' with quoted fragments", "China’s ambassador to Britain accused the UK and the US ... “becomes uncontrollable”."),
    ("en-reuters-1", "stance", "conditional sanction in the content -> threaten", "U.S. President Donald Trump said he would raise tariffs on Chinese imports if no deal is reached with Beijing to end the trade war."),
    ("en-cnn-1", "stance", "'suggested that X do' -> urge; source with a relative clause", "At the time of his 2018 physical, Dr. Ronny Jackson, ... get on a regular exercise regimen."),
    ("en-express-1", "stance", "'has urged an “...”' -> urge (mixed)", "The UK has urged an “end to the violence and for all sides to engage in meaningful political dialogue”."),
    ("en-rt-1", "stance", "'said' assert + 'called on X to' urge", "Public Ombudsman Nadia Cruz’s office said the deaths were caused by gunshot wounds and called on ... reduce the violence."),
    ("en-deccanherald-1", "stance", "quoted ultimatum -> threaten", "The president said on Tuesday that China \"is going to have to make a deal that I like. If they don't, that's it.\""),
    ("en-albawaba-1", "stance", "'viewed X as another measure contradicting' condemn + 'would heighten tensions' warn", "Russia's foreign ministry said it viewed Washington's move ... further heighten tensions on the ground."),
    # anonymity
    ("en-reuters-1", "anonymity", "'sources told Reuters' -> anonymous, via Reuters", "Oil fell after sources told Reuters that Russia is unlikely to agree to cut its oil output further at a meeting with fellow exporters next month."),
    ("en-deccanherald-1", "anonymity", "'people familiar with the talks say' after the content", "But it may morph into something bigger if ... people familiar with the talks say."),
    ("en-deccanherald-1", "anonymity", "'Two people briefed on the talks said'", "Two people briefed on the talks said Trump has decided ... requires deeper concessions from China."),
    ("en-deccanherald-1", "anonymity", "'a second person briefed on ... said' after the content, with a nested 'recognize'", "Trump and US Trade Representative Robert Lighthizer recognize ... a second person briefed on last weekend's trade phone call said."),
    ("en-deccanherald-1", "anonymity", "'White House advisers say' after the content", "Trump is the final decision-maker in the US on any deal, and hasn't committed to any specifics so far, White House advisers say."),
    ("en-nypost-1", "anonymity", "'an insurgent source told Agence France-Presse' after the content", "American Kevin King and Australian Timothy Weeks, ... an insurgent source told Agence France-Presse."),
    ("en-nypost-1", "anonymity", "'according to a local police source'", "The men were flown out of the region on US choppers, according to a local police source."),
    ("en-nypost-1", "anonymity", "'US officials said' (unnamed officials)", "US officials said American forces had launched a rescue mission to free the hostages at one point that failed to find the hostages."),
    ("en-cnn-1", "anonymity", "'Sources told CNN that'", "Sources told CNN that a year later, Trump had made only minor changes to his food intake and exercise habits."),
    ("en-sun-1", "anonymity", "'say officials' inverted, after the content", "The 55-year-old is the third Beijing resident to contract the medieval disease dubbed the Black Death, say officials."),
    ("en-sputnik-1", "anonymity", "'said one legal expert, as reported by the Independent newspaper'", "“Prince Andrew is not entitled to any form of immunity ... as reported by the Independent newspaper."),
    # denials and their targets
    ("en-aljazeera-1", "denial", "'has ruled out X' -> deny", "The Afghan government has ruled out Taliban involvement in the latest incident."),
    ("en-aljazeera-1", "denial", "the denied claim (ruled out later, unverifiable) -> disputed", "The Afghan Taliban, however, claimed responsibility for shooting down the helicopter, which it said crashed in Logar province south of the capital Kabul."),
    ("en-bbc-1", "denial", "denial in a relative clause 'who denies the accusation'", "Assange, who denies the accusation, has avoided extradition ... in London in 2012."),
    ("en-bbc-1", "denial", "'has always denied X, saying Y' (both deny)", "He has always denied the allegations, saying the sex was consensual."),
    ("en-express-1", "denial", "'deny accusations of X and say Y' after another speaker's clause", "China said it is committed to the “one country, two systems” formula granting Hong Kong autonomy, while the city’s police deny accusations of brutality and say they show utmost restraint."),
    ("en-sputnik-1", "denial", "passive denial 'was denied by X' + 'hinting that'", "A photo of the meeting was denied by Andrew, hinting that it was a fake."),
    ("en-sputnik-1", "denial", "'blankly denied having X'", "In it, the British royal blankly denied having sex with underage girls ... in a US prison."),
    # channels (via)
    ("en-aljazeera-1", "channel", "'said in a tweet' -> via 'a tweet'; disputed claim", "\"US Chinook helicopter shot down ... Taliban spokesman Zabihullah Mujahid said in a tweet."),
    ("en-aljazeera-1", "channel", "'told US media' -> via", "US President Donald Trump has been eager to withdraw, but General Mark Milley, ... \"for several more years\"."),
    ("en-rt-1", "channel", "'told Ruptly' (a video agency) -> via", "A doctor on the scene told Ruptly that he tried to save one of the wounded demonstrators, but failed to do so."),
    ("en-cnn-1", "channel", "'told CNN in 2018 that X \"...\"' -> via CNN, mixed", "If it seemed like Trump had written the letter himself, it's because he had! Bornstein told CNN in 2018 that Trump \"dictated ... as I went along.\""),
    ("en-cnn-1", "channel", "'Grisham told CNN' after a quote, nested 'my statements said'", "\"We're not going to get into security ... annual physical,\" Grisham told CNN."),
    ("en-cnbc-1", "channel", "'told reporters at a press conference' -> via both", "Emirates President Tim Clark, meanwhile, told reporters at a press conference that ... current period of consolidation."),
    ("en-albawaba-1", "channel", "'he told settler leaders, according to a statement' -> via the statement; pronoun", "\"Here we are on a historic day ... according to a statement."),
    ("en-cnn-1", "channel", "'according to The Washington Post's Fact Checker' in a dash aside", "Given that history -- and the fact that Trump has made more than 13,000 false ... doesn't paint the full picture."),
    ("en-ap-1", "channel", "'told investigators' -> via", "Former National Security Council official Timothy Morrison told investigators that ... a top aide to Zelenskiy."),
    ("en-sky-1", "channel", "'posted ... from its Twitter account ... with the caption' -> via Twitter", "Tottenham posted an image of Mourinho ... with the caption: \"Welcome Jose\"."),
    # pronoun and description coreference
    ("en-rt-1", "coreference", "description 'the doctor' resolves to 'A doctor on the scene'", "“It’s a shame to see a comrade die ... something like that,” the doctor said."),
    ("en-aljazeera-1", "coreference", "'It' = the US military's statement; 'did not reveal' is not an attribution", "It did not reveal the crash location and said it was withholding the names of those killed until next of kin could be told."),
    ("en-sky-1", "coreference", "description 'The 56-year-old' = Mourinho; cue 'said' not 'said after his appointment:'", "The 56-year-old said after his appointment: \"I am excited to be joining a club with such a great heritage and such passionate supporters."),
    ("en-nypost-1", "coreference", "'he' = Ashraf Ghani from the subordinate clause", "When Afghan President Ashraf Ghani first announced the potential exchange last week, he said Kabul had ensured that the freed militants would not return to the front line."),
    ("en-bbc-1", "coreference", "'it added' = the Swedish Prosecution Authority", "\"The reason for this decision is ... since the events in question,\" it added."),
    ("en-sun-1", "coreference", "'The man' = the hunter; addressee 'doctors' is not a channel", "The man told doctors he ate the rabbit meat in Inner Mongolia on November 5."),
    # apposition sources after the verb
    ("en-reuters-1", "apposition-after-verb", "indirect content, then 'said Name, title at Org'", "While the dollar was supported by recent U.S. economic data ... strategist at Tempus Inc."),
    ("en-deccanherald-1", "apposition-after-verb", "quote + narrator tail, then 'said Name, a China scholar with ...'", "\"The president wants the option of having a bigger deal with China. Bigger than just the little deal\" announced in October, said Derek Scissors, a China scholar with the American Enterprise Institute in Washington."),
    ("en-albawaba-1", "apposition-after-verb", "two-sentence quote, then 'said Name, senior fellow at ...'", "\"The illegality of settlements has always been ... said Avi Bell, senior fellow at the right-wing Kohelet Policy Forum in Israel."),
    ("en-nbc-1", "apposition-after-verb", "quote, then 'Title Name, who serves in ..., said in the statement'", "\"The house's future use by the police ... said in the statement."),
    ("en-nypost-1", "apposition-after-verb", "'said White House Press Secretary Stephanie Grisham' inverted", "“We pray for the full recovery of both men,” said White House Press Secretary Stephanie Grisham."),
    ("en-cnn-1", "apposition-after-verb", "'said Name, the principal deputy White House press secretary' with a nested 'admits'", "\"The President received a diet and exercise plan ... the principal deputy White House press secretary."),
    # nested speech inside quotations
    ("en-ap-1", "nested", "testimony quoting a question and an answer (split quote around 'Holmes testified')", "“I then heard President Trump ask, ... ‘do anything you ask him to.’”"),
    ("en-ap-1", "nested", "quote containing 'I asked' and 'he said'", "\"And I asked, well, on whose authority?” said Hill, who will testify Thursday. \"And he said, the President.\""),
    ("en-ap-1", "nested", "'said another witness, Name' with a nested 'telling others \"...\"'", "Sondland was known for telling others \"he was in charge of Ukraine\" ... former White House Russia adviser Fiona Hill."),
    ("en-ap-1", "nested", "three levels: Morrison testified > Sondland said > he had relayed", "Afterward, Sondland said he had relayed to the Ukrainian that U.S. aid might be freed if the country would announce the investigations, Morrison testified."),
    ("en-ap-1", "nested", "claim raised by another speaker inside a mixed quote, rejected in the same clause -> disputed", "Volker said meeting with Giuliani was just part of the dialogue, ... by money paid to his son.”"),
    # cue span padding
    ("en-bbc-1", "cue-padding", "cue 'said' before a colon and a quotation", "Ms Persson said: \"I would like to emphasise that the injured party has submitted a credible and reliable version of events."),
    ("en-sky-1", "cue-padding", "cue 'said', not 'said in a statement:'", "Tottenham said in a statement: \"Jose is one of the world's most accomplished managers having won 25 senior trophies."),
    ("en-nbc-1", "cue-padding", "cue 'said', not 'said in a statement'", "Having recently carried out a compulsory purchase ... the Interior Ministry said in a statement."),
    ("en-express-1", "cue-padding", "source with an apposition before 'said:'", "Cheuk Hau-yip, the commander of Kowloon West district, said: “These rioters, they are also criminals. They have to face the consequences of their acts."),
    ("en-aljazeera-1", "cue-padding", "cue 'said', not 'said in a statement on Wednesday'", "Two United States service members have been killed in a helicopter crash in Afghanistan, the US military said in a statement on Wednesday."),
    ("en-nbc-1", "cue-padding", "cue 'said', not 'said on Tuesday'; 'years of debate' is not a cue", "VIENNA — The house where Adolf Hitler was born ... a pilgrimage site for neo-Nazis."),
    # added with the 2017 Reuters articles
    ("en-reuters-2", "non-attribution", "'declined to comment' is not an attribution", "Mueller’s office declined to comment."),
    ("en-reuters-2", "non-attribution", "'did not immediately respond to requests by Reuters for comment'", "Lawyers for Papadopoulos did not immediately respond to requests by Reuters for comment."),
    ("en-reuters-2", "channel", "'according to the newspaper, which cited N officials' -> officials source, newspaper via, anonymous", "Two months after the meeting, Australian officials passed ... which cited four current and former U.S. and foreign officials."),
    ("en-reuters-2", "nested", "'X reported on Saturday' over 'Y told Z that ...' (outlet report containing speech)", "WASHINGTON (Reuters) - Trump campaign adviser George Papadopoulos told an Australian diplomat ... the New York Times reported on Saturday."),
    ("en-reuters-2", "denial", "'has played down X, saying ...' contradicted by the next report -> disputed", "The White House has played down the former aide’s campaign role, saying it was “extremely limited” and that any actions he took would have been on his own."),
    ("en-reuters-2", "denial", "two denials in one sentence ('has denied X', 'has said there was no Y')", "Russia has denied interfering in the U.S. election and Trump has said there was no collusion between his campaign and Moscow."),
    ("en-reuters-3", "denial", "'said there was no truth in reports that ...' -> deny", "BRUSSELS (Reuters) - U.S. Secretary of State Rex Tillerson said there was no truth in reports ... CIA chief Mike Pompeo."),
    ("en-reuters-3", "denial", "'dismissed X's reports' at a news conference -> deny, via", "Directly addressing the issue at a news conference at NATO, Tillerson dismissed last week’s reports ... U.S. foreign policy."),
    ("en-reuters-3", "channel", "'he told reporters when asked whether ...' -> via reporters, plus the reporters' question", "“This is a narrative that keeps coming up ... when asked whether the White House was pushing him out."),
    ("en-reuters-3", "channel", "three speech events; 'saying in a tweet on Friday:' -> via tweet", "While Trump said last week he was not leaving and Tillerson said the reports were “laughable”, ... “I call the final shots.”"),
    ("en-reuters-3", "anonymity", "the denied report: 'reported by Reuters and other media' (disputed) then 'officials said' (anonymous)", "Under the White House plan reported by Reuters ... would be tapped to replace Pompeo at the Central Intelligence Agency, officials said."),
    ("en-reuters-4", "stance", "inverted 'said Peskov' + 'calling the idea “absurd”' -> deny", "Flynn was not in a position to ask Kislyak, ... said Peskov, calling the idea “absurd.”"),
    ("en-reuters-4", "channel", "'told a conference call with reporters' -> via", "“Of course Putin took the decision, it was his decision,” Peskov told a conference call with reporters."),
    ("en-reuters-4", "denial", "'something Moscow denies' inside another speaker's content", "U.S. prosecutors said Flynn and Sergei Kislyak, ... something Moscow denies."),
    # --- part B (2015-2020 outlets), new tune articles ---
    # non-attribution: depiction, perception and action verbs
    ("en-cbsnews-1", "non-attribution", "depiction verb 'The video shows'", "The video shows the tense moments heavily armed officers rammed the door, and Webb eventually came out naked."),
    ("en-panarmenian-1", "non-attribution", "depiction verb 'Video footage shows'", "Video footage shows security forces using firearms, water cannons and tear gas to disperse protests and beating demonstrators with batons."),
    ("en-vice-1", "non-attribution", "'released satellite images showing' (depiction)", "Last week, NASA released satellite images showing the patchwork of fires and smoke in Brazil."),
    ("en-abcnews-1", "non-attribution", "action verb 'tried to stop'", "As Hicks tried to stop the comments from taking over her pages, others started to take notice and her picture went viral on social media sites."),
    ("en-cbsnews-1", "non-attribution", "action verb 'canvassed'", "Meanwhile, friends, volunteers, and law enforcement canvassed the city of Fort Worth looking for the missing girl."),
    ("en-cnet-1", "non-attribution", "idiom 'knows a thing or two about'", "Facebook CEO Mark Zuckerberg knows a thing or two about how to seal the deal on blockbuster buys."),
    ("en-france24-1", "non-attribution", "'wrote for <website>' (a byline, not a statement)", "Das wrote for ‘Mukto Mona’, or free mind, a website propagating rationalism and opposing fundamentalism that was founded by US-based blogger Avijit Roy."),
    ("en-threatpost-1", "non-attribution", "discovery verb 'have also spotted'", "Researchers have also spotted a mobile surveillance-ware remote access trojan for Android called Monokle, using novel techniques to exfiltrate data."),
    ("en-france24-1", "non-attribution", "'declared dead' inside the content of a final 'police and medics said'", "After the attackers fled, Das was rushed to hospital but declared dead on arrival, police and medics said."),
    # stance from content
    ("en-buzzfeed-1", "stance", "'We advise the public not to ...' -> urge", "“We advise the public not to take any tablets or powders containing DNP, as it is an industrial chemical and not fit for human consumption,” it said in a statement."),
    ("en-buzzfeed-1", "stance", "'issued a plea for X to' -> urge", "Fiona Parry issued a plea for people to stay away from pills containing the chemical."),
    ("en-panarmenian-1", "stance", "'The authorities must end ...' -> urge; source after the verb with an apposition", "“The authorities must end this brutal and deadly crackdown immediately and show respect for human life,” said Philip Luther, Research and Advocacy Director for the Middle East and North Africa at Amnesty International."),
    ("en-cbsnews-1", "stance", "'justice has been served ... thankful for and agree with the Judge's decision' -> praise", "\"We believe that justice has been served in this case. And we are thankful for ... harm another little child again,\" said U.S. Attorney Nealy Cox."),
    ("en-guardian-1", "stance", "'would be shocked by the levels of dehumanisation' -> condemn", "Jo Grady, the UCU general secretary, said students would be shocked by the levels of dehumanisation of staff at universities where they were studying."),
    ("en-france24-1", "stance", "'called X “a global act of terrorism”' -> condemn; 'In an interview with Reuters' -> via", "In an interview with Reuters in the United States published on Monday, Ahmed called her husband’s killing “a global act of terrorism”."),
    ("en-abcnews-1", "stance", "'she said she plans to give ...' -> promise", "After her story grabbed local headlines, Hicks has been inundated by requests for photos shoots, and she said she plans to give 15 percent of all profits related to these shoots to the USO."),
    # denial
    ("en-guardian-1", "denial", "'But a spokesperson ... said' rebutting a report -> deny; source with a parenthesised acronym", "But a spokesperson for the Universities and Colleges Employers’ Association (UCEA) said its members ... expanding the number of open-ended staff contracts."),
    ("en-abcnews-1", "denial", "'I didn't do anything that disrespected this flag' -> deny (split quote)", "“I have seen first-hand what is desecration of the flag,” Hicks said of her time in the military. “At the end of the day I didn’t do anything that disrespected this flag.”"),
    ("en-threatpost-1", "denial", "'there is nothing ... to support the claim' -> deny; nested 'as stated in the ransom note'", "“It is true that if the victim removes the app, ... said researchers. “Also, according to our analysis, ... lost after 72 hours.”"),
    # reported: outlets, reports, evidence and data as sources
    ("en-cbsnews-1", "reported", "'<outlet> reports <clause>' (present tense) -> reported", "CBS DFW reports the man who kidnapped the child, Michael Webb, was sentenced to life in federal prison."),
    ("en-vice-1", "reported", "inverted '..., reported Euro News' -> source Euro News, reported", "Earlier this month, Amazonas (the largest state in Brazil) declared a state of emergency over the rising number of forest fires, reported Euro News."),
    ("en-guardian-1", "reported", "'The report by X claims' -> the report is the source (reported), not X", "The report by the University and College Union claims institutions have created ... other academic qualifications."),
    ("en-panarmenian-1", "reported", "'according to credible reports received by Amnesty' -> reported", "At least 106 protesters in 21 cities have been killed, according to credible reports received by Amnesty."),
    ("en-cbsnews-1", "reported", "'According to evidence presented at trial' -> reported", "According to evidence presented at trial, Webb grabbed the little girl ... on Saturday, May 18."),
    # anonymity
    ("en-guardian-1", "anonymity", "'One academic told the authors' -> anonymous, via authors", "One academic told the authors how she had been plunged into ... leaving students unhappy."),
    ("en-panarmenian-1", "anonymity", "'According to eyewitness accounts corroborated by video footage' -> anonymous", "According to eyewitness accounts corroborated by video footage, snipers have also shot into crowds of people from rooftops and, in one case, a helicopter."),
    ("en-abcnews-1", "anonymity", "'an unidentified poster ... wrote' -> anonymous, condemn, via Facebook", "On one Facebook page an unidentified poster put up her picture writing and wrote they found it was “disrespectful, rude, tacky, disgusting, and against the U.S. Flag Code.”"),
    # channels
    ("en-cnet-1", "channel", "'he said according to a transcript reviewed by Business Insider' -> via Business Insider, transcript", "These deals don't just pop up over night, he said according to a transcript reviewed by Business Insider."),
    ("en-vice-1", "channel", "'Citing Y, X noted that' -> source Y, via X", "Citing the Global Fire Emissions Database, NASA noted that ... such as Amazonas and Rondônia."),
    ("en-vice-1", "channel", "'According to a blog post for X, Y predicts' -> source Y, via blog post", "According to a blog post for InfoAmazonia, Brazil’s National Institute for Space Research predicts that ... in the next three months."),
    ("en-cbsnews-1", "channel", "'In a ... interview with the FBI, X confessed ..., admitting that' -> via FBI, confirm", "In a three-hour recorded interview with the FBI, Webb confessed to the kidnapping, admitting that after successfully fighting off the child's mother, he drove to a church parking lot."),
    ("en-cbsnews-1", "channel", "'announced on their radios' -> via radios (quote resumes after the cue)", "\"We got her, we got her!\" officers announced on their radios. \"He's in custody; we have her.\""),
    # cues with a document as the subject (missed: no cue found)
    ("en-threatpost-1", "document-cue", "'The ransom note warns that' -> threaten, disputed (refuted later)", "The ransom note warns that data will be lost after 72 hours, and that the files will not be decrypted even if the app has been deleted."),
    ("en-vice-1", "document-cue", "'..., a 2014 study warned' -> warn, reported", "The humidity of the Amazon has, in the past, protected it against massive fires, ... a 2014 study warned."),
    # coreference and descriptions
    ("en-buzzfeed-1", "coreference", "description 'The mother of a woman who ...' = Fiona Parry", "The mother of a woman who took suspected diet pills bought online has described how her daughter was “literally burning up from within” moments before her death."),
    ("en-buzzfeed-1", "coreference", "'She added:' = Fiona Parry", "She added: “They never stood a chance of saving her. She burned and crashed.”"),
    ("en-cnet-1", "coreference", "relative 'which accuses' = ZeniMax Media, not the lawsuit", "Zuckerberg offered a primer on the strategies ... of \"misappropriating\" trade secrets and copyright infringement."),
    ("en-guardian-1", "coreference", "'he said' = the UCEA spokesperson of the previous paragraph", "“UCEA has over recent years worked with UCU and the other higher education trade unions to better understand employment across the HE sector,” he said."),
    # sources after the verb / with post-modifiers
    ("en-vice-1", "apposition-after-verb", "'X, a São Paulo resident who tweeted about the smoke, said' -> X", "“Countryside residents started complaining about the wildfire smoke, ... Alberto Shiguematsu, a São Paulo resident who tweeted about the smoke, said."),
    ("en-buzzfeed-1", "apposition-after-verb", "'said chief inspector X from the West Mercia police' -> X", "“We are undoubtedly concerned over the origin and sale of these pills ... said chief inspector Jennifer Mattinson from the West Mercia police."),
    # missed attributions where a cue was found
    ("en-abcnews-1", "missed", "'comments accusing her of X' -> accuse, disputed (the system takes 'she posted' instead)", "However, when she posted the image on her page, she started to get comments accusing her of desecrating the flag."),
    ("en-abcnews-1", "missed", "'many people ... told her they did not find ...' (the system takes 'Hicks found that')", "After that, Hicks found that many people, both military and civilian, told her they did not find the picture offensive."),
    ("en-cnet-1", "missed", "content before the cue; 'at the trial' is not the content", "A key Facebook approach is building a long-term relationship with your target, Zuckerberg said at the trial."),
    # --- part B2 (Yonhap 2019, TIME 2023), new tune articles ---
    ("en-time-1", "segmentation", "month abbreviation 'Nov.' ends the sentence early; passive 'are disputed by' + agent -> deny", "Those interpretations are disputed by Michael Mann, a well-known climate scientist at Pennsylvania State University, in a commentary published on Nov. 1."),
    ("en-yonhap-1", "segmentation", "dateline 'SEOUL, Aug. 20 (Yonhap) --' split at 'Aug.'; 'blasted X for' condemn + 'warning that' threaten", "SEOUL, Aug. 20 (Yonhap) -- North Korea's official newspaper blasted South Korea ... for such \"stupid\" acts."),
    ("en-yonhap-1", "denial", "two contradicting speakers in one sentence: 'Seoul has said ..., but Pyongyang has called it ...' (the first disputed)", "Seoul has said that it is part of its preparations to regain wartime operational control of its troops from Washington, but Pyongyang has called it a rehearsal for invasion."),
    ("en-yonhap-1", "missed", "second cue of one subject: 'blamed X for ..., saying ...' -> accuse + threaten", "The paper also blamed South Korea for raising tensions ... saying the South will pay a price for the \"stupid\" acts."),
    ("en-yonhap-1", "stance", "conditional 'won't resume unless' -> threaten", "Earlier last week, the North warned that inter-Korean dialogue won't resume unless the South offers a \"plausible excuse\" for its combined military exercise with the U.S."),
    ("en-time-1", "coreference", "inverted 'they argue, adding' = Hansen and his collaborators (not the paper)", "Governments will have to impose carbon fees to help rapidly draw down emissions, they argue, adding it will also be necessary to research and deploy techniques to reduce incoming solar radiation, also known as solar geoengineering."),
    ("en-time-1", "stance", "'calls X, “misguided policy advocacy”' -> condemn", "Mann calls Hansen’s arguments for the necessity of solar geoengineering, “misguided policy advocacy.”"),
    ("en-time-1", "channel", "'said in the webinar' -> via webinar", "“The 2°C warming limit is dead, unless we take purposeful actions to alter the earth’s energy imbalance,” Hansen said in the webinar."),
    ("en-time-1", "channel", "'in response to a question from TIME' -> via TIME; quote resumes after the cue", "“We have to recognize we're geoengineering the planet right now [with greenhouse gasses],” Hansen added later, ... out of the atmosphere.”"),
    ("en-time-1", "reported", "'as argued in the new paper' interrupting 'Few hold the position ... that' -> the paper, reported", "Few hold the position, as argued in the new paper, that geoengineering deployment will definitely be necessary."),
    ("en-time-1", "content-boundary", "'According to X,' governs two sentences", "According to Mann, the climate situation is still extremely dire. But it is a situation that concerted efforts to decarbonize our economy can address, without resorting to geoengineering."),
]


def load(article: str) -> tuple[str, dict, dict[str, str]]:
    with open(HERE / "articles.tsv", encoding="utf-8") as f:
        row = next(r for r in csv.DictReader(f, delimiter="\t") if r["id"] == article)
    if row["split"] != "tune":
        raise SystemExit(f"{article}: golden candidates come from tune articles only")
    folder = HERE / row["split"]
    text = (folder / f"{article}.txt").read_text(encoding="utf-8")
    gold = json.loads((folder / f"{article}.gold.json").read_text(encoding="utf-8"))
    return text, gold, row


def spans_of(text: str, parts: list[str], cursor: int) -> list[tuple[int, int]]:
    out, pos = [], cursor
    for p in parts:
        i = text.find(p, pos)
        if i < 0:
            i = text.find(p)
        out.append((i, i + len(p)))
        pos = i + len(p)
    return out


def row_for(n: int, article: str, cls: str, pattern: str, needle: str) -> dict:
    text, gold, meta = load(article)
    lo, hi = find(text, text.translate(FOLD), needle, 0)
    expect, index, exhaustive = [], {}, True
    cursor = 0
    for k, a in enumerate(gold["attributions"]):
        spans = spans_of(text, a["content"], cursor)
        cursor = spans[0][0]
        inside = [(s, e) for s, e in spans if s < hi and e > lo]
        if not inside:
            continue
        if a.get("optional"):
            exhaustive = False
            continue
        item = {"source": a["source"], "cue": a["cue"],
                "content": [text[max(s, lo):min(e, hi)] for s, e in inside],
                "kind": a["kind"], "stance": a["stance"], "certainty": a["certainty"],
                "speaker": a["speaker"][0]}
        if a["via"]:
            item["via"] = a["via"]
        if a.get("parent") in index:
            item["parent"] = index[a["parent"]]
        index[k] = len(expect)
        expect.append(item)
    return {"id": f"en-{n:03d}", "class": cls, "pattern": pattern, "script": "Latn",
            "text": text[lo:hi], "origin": f"en-news/{article}, {meta['outlet']}, {meta['date'].rstrip('~')}",
            "exhaustive": exhaustive, "expect": expect}


def write_part(specs: list[tuple], part: str, readme: str, filename: str) -> None:
    """Write the golden candidates of a later corpus part (C, D, ...): rows `en{part}-NNN` from
    `specs` (article, class, pattern, text), as `make_candidates_{c,d}.py` need."""
    rows = []
    for n, spec in enumerate(specs, 1):
        row = row_for(n, *spec)
        row["id"] = f"en{part}-{n:03d}"
        rows.append(row)
    doc = (f"Golden-rule candidates for English from en-news part {part} ({readme}): real sentences "
           f"from the en{part}-* TUNE articles only. Same row format as golden-candidates.json "
           "(`expect` copied from the article's gold; content without quotation marks and the "
           "frame's comma/full stop; `speaker` = the resolved person; `parent` = index into "
           "`expect`; an empty `expect` means no attribution). Built by "
           f"evaldata/en-news/make_candidates_{part.lower()}.py.")
    out = {"_doc": doc, "cases": rows}
    (HERE / filename).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n",
                                 encoding="utf-8")
    from collections import Counter
    print(len(rows), "rows", dict(Counter(r["class"] for r in rows)))


def main() -> None:
    rows = [row_for(n, *spec) for n, spec in enumerate(ROWS, 1)]
    doc = ("Golden-rule candidates for English (issue #11), real sentences from the en-news TUNE "
           "articles only. `expect` is copied from the article's gold (content without quotation "
           "marks and without the frame's comma/full stop, per the sayso.analysis/1 contract; "
           "`speaker` = the resolved person; `parent` = index into `expect`). `class` names the "
           "error class; an empty `expect` means the sentence holds no attribution. Built by "
           "evaldata/en-news/make_candidates.py.")
    out = {"_doc": doc, "cases": rows}
    (HERE / "golden-candidates.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
    from collections import Counter
    print(len(rows), "rows", dict(Counter(r["class"] for r in rows)))


if __name__ == "__main__":
    main()
