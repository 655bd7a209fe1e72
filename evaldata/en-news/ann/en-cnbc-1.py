CL = "Tim Clark | Emirates President Tim Clark | Clark"
A("executives of both companies", "Emirates and Boeing executives | executives of both companies", "announced", "Dubai's flagship carrier Emirates Airline finalized a deal to purchase 30 of Boeing 's 787-9 Dreamliner jets", note="source after the content; 'at the Dubai Air Show' is a venue")
A("Emirates President Tim Clark", CL, "told", "the airline — the largest international carrier in the world — will recommence its expansion in the early 2020s, following its current period of consolidation", via=["a press conference", "reporters"])
A("Clark", CL, "revealed", "lofty plans to expand the Emirates fleet by 30% by the end of 2025", optional=True, note="content is a noun phrase")
A("it", "Emirates | it", "announced", "an order of 50 Airbus A350-900 jets on Monday", optional=True, note="content is a noun phrase")
A("the French manufacturer", "Airbus | the French manufacturer", "announce", "it would scrap its production")
A("Aviation analysts", "aviation analysts | Aviation analysts", "called", 'it the "end of an era', k="m")
