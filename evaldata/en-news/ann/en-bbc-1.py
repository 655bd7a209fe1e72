AS = "Julian Assange | Assange | He"
SPA = "Swedish Prosecution Authority | the Swedish Prosecution Authority | it"
PER = "Eva-Marie Persson | Ms Persson"
A("Assange, who denies the accusation", AS, "denies", "the accusation", stance="deny", note="source is the relative clause's antecedent Assange")
A("the Swedish Prosecution Authority", SPA, "said", 'Deputy Director of Public Prosecution Eva-Marie Persson took the decision to "discontinue the investigation regarding Julian Assange', k="m")
A("it", SPA, "added", "The reason for this decision is that the evidence has weakened ... the events in question", k="d")
A("Ms Persson", PER, "said", ["I would like to emphasise that the injured party has submitted a credible and reliable version of events.", "Her statements have been coherent, extensive and detailed; ... no longer any reason to continue the investigation"], k="d", note="one quotation across two paragraphs")
A("Prosecutors", "Swedish prosecutors | Prosecutors", "told", "the decision to drop the inquiry had been taken after interviews with seven witnesses in the case", via="reporters")
A("The Wikileaks founder", AS, "always argued", "his fear of being extradited from Sweden to the US was why he had taken refuge in the Ecuadorean embassy in London", section="commentary", note="analysis box by the BBC's Caroline Hawley")
A("a woman", "a woman", "was accused of", "rape", stance="accuse", optional=True, note="passive accusation; content is a noun")
A("He", AS, "has always denied", "the allegations", stance="deny")
A("He", AS, "saying", "the sex was consensual", stance="deny", note="stance from content: the claim rebuts the rape allegation")
A("Wikileaks", "Wikileaks", "welcomed", "the Swedish move to drop the investigation", stance="praise", optional=True, note="reaction")
k = A("Wikileaks editor-in-chief Kristinn Hrafnsson", "Kristinn Hrafnsson | Wikileaks editor-in-chief Kristinn Hrafnsson", "said", "Let us now focus on the threat ... the First Amendment", k="d", stance="urge")
A("Mr Assange", AS, "has been warning about", "the threat", stance="warn", parent=k, optional=True)
A(None, "US prosecutors", "is accused of", "participating in one of the largest ever leaks of government secrets", stance="accuse", optional=True, note="passive, no source")
A("a judge", "a judge", "ruled", 'Assange should remain in jail until his extradition hearing because of his "history of absconding', k="m")
