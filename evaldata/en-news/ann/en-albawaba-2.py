PE = "Eva-Marie Persson | Persson | She"
A("Sweden’s deputy director of public prosecutions, Eva-Marie Persson", PE, "said", "After conducting a comprehensive assessment ... the basis for filing an indictment", k="d", note="source after the content, description then name")
A("Persson", PE, "explained", "the complainant’s evidence had initially been deemed credible and reliable, but after additional investigations, ... faded for natural reasons")
A("She", PE, "added", "an appeal against the decision could be made to the office of Sweden’s attorney general")
A("the United States", "United States | the United States", "accuses", "him of publishing secret documents related to his WikiLeaks work", stance="accuse", note="relative clause 'which accuses'")
A("a lawyer for the woman involved in the case", "lawyer for the complainant | a lawyer for the woman involved in the case", "asked", "for the investigation to be resumed", stance="urge")
A("Assange", "Julian Assange | Assange", "has denied", "both allegations", stance="deny")
A("The US", "United States | The US", "wants", "the UK to extradite Assange, 47, over his alleged role in the release of classified military and diplomatic material in 2010", stance="urge", optional=True)
A("The US Justice Department", "US Justice Department | The US Justice Department", "has charged", "Assange with espionage by publishing hundreds of thousands of secret military and diplomatic files about the wars in Afghanistan and Iraq", stance="accuse", note="formal charge")
