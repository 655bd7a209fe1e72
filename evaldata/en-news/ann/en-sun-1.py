WHO = "World Health Organization | the World Health Organization | WHO"
A("officials", "unnamed officials | officials", "say", "The 55-year-old is the third Beijing resident to contract the medieval disease dubbed the Black Death", certainty="anonymous", note="bare 'officials', neither named nor an institution")
A("Health bosses", "Beijing health authorities | Health bosses", "said", "28 people in close contact with the hunter were initially quarantined to stop it being transmitted further")
A("The man", "the hunter", "told", "he ate the rabbit meat in Inner Mongolia on November 5", note="addressee 'doctors' is not a channel")
A("Inner Mongolia health authority", "Inner Mongolia health authority", "reported", "its third case of bubonic plague", optional=True, note="content is a noun phrase")
A("China's health chiefs", "China's health chiefs", "declaration", "the risk of an outbreak of the killer disease was minimal", note="nominal cue 'an earlier declaration by X that ...'")
A("the World Health Organization", WHO, "says", "Those infected with Y. pestis often develop symptoms after an incubaction period of one-to-seven days", note="source after the verb")
A("WHO", WHO, "says", 'Untreated pneumonic plague is "always fatal', k="m")
