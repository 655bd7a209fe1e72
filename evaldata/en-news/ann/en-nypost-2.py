XH = "Xinhua News Agency | the state-run Xinhua News Agency | Xinhua"
A("the state-run Xinhua News Agency", XH, "according to", "The new patient from Xilingol in Inner Mongolia hunted and ate a wild rabbit on Nov. 5", certainty="reported")
A("the regional health commission", "Inner Mongolia regional health commission | the regional health commission", ["said", "citing"], "The person, who was not identified, was hospitalized in the county of Huade in north China’s Inner Mongolia Autonomous Region", via="the news agency", note="X said, citing Y: Y is the source, X the via")
A("the commission", "Inner Mongolia regional health commission | the regional health commission", "said", "No one has shown symptoms such as fever, so far")
A("Authorities", "Chinese authorities | Authorities", "say", "the cases appear to be unrelated")
