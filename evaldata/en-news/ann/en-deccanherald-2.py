TR = "Donald Trump | US President Donald Trump | Trump"
GR = "Stephanie Grisham | White House Press Secretary Stephanie Grisham | Grisham | she"
WI = "Jennifer Williams | Williams | she"
VO = "Kurt Volker | Volker | Ambassador Volker"
VI = "Alexander Vindman | Vindman"
A("White House", "White House", [], "Impeachment sham completely debunked", stance="deny")
A("US President Donald Trump", TR, "has claimed", "victory", optional=True)
A("The Democrats", "Democrats | The Democrats", "are alleging", "Trump's call with his Ukrainian counterpart was irregular and inappropriate and abuse of his office for political gain", stance="accuse", certainty="disputed", note="the White House denies it")
A("Trump", TR, "tweeted", "A great day for Republicans, a great day for our Country! In the end, we will win and save our Country from certain destruction", k="d")
A("The White House", "White House | The White House", "called", "the impeachment process a sham", stance="condemn")
A("White House Press Secretary Stephanie Grisham", GR, "said", "Today's second hearing is over, and the Democrats’ central allegation in this impeachment sham has again been completely debunked", k="d", stance="deny")
s = A("she", GR, "said", "Specifically, Ambassador Volker confirmed under oath that he had no indication whatsoever of anything that resembled a quid-pro-quo, corroborating his previous deposition testimony that ‘there was no linkage like that", k="d", stance="deny")
A("Ambassador Volker", VO, "confirmed", "he had no indication whatsoever of anything that resembled a quid-pro-quo", stance="confirm", parent=s)
A("his previous deposition testimony", VO, "testimony", "there was no linkage like that", k="d", parent=s, optional=True)
A("Grisham", GR, "urged", "the American public not to tolerate the pretense of the Democrats", stance="urge")
A("Grisham", GR, "said", "With the Democrats’ poll-tested ‘quid-pro-quo’ and ‘bribery’ narratives in shambles, the American public should not be forced to endure this charade for one more second", k="d", stance="condemn")
t = A("she", GR, "added", "We have learned nothing new in today's illegitimate ‘impeachment’ proceedings. ... amounts to ‘bribery’ or any other crime", k="d", stance="deny")
A("both witnesses", "Kurt Volker and Tim Morrison", "testified", "the July 25 transcript was ‘accurate’ and nothing President Trump has done or said amounts to ‘bribery’ or any other crime", k="m", parent=t)
A("Grisham", GR, "also accused", "the Democrats of being blinded by their hatred for President Trump", stance="accuse")
A("Grisham", GR, "said", "Today's hearing only further exposes that Chairman Schiff and the Democrats are simply blinded ... a free and fair election", k="d", stance="accuse")
A("both Vindman and Williams", "Alexander Vindman and Jennifer Williams | both Vindman and Williams", "told", "Trump’s request to Ukrainian president to investigate Democratic rivals was inappropriate", stance="condemn", via="lawmakers")
A("Volker and Morrison", "Kurt Volker and Tim Morrison | Volker and Morrison", "said", "the call with Zelensky was not in line with American national security goals")
A("Vindman", VI, "said", "Frankly I couldn't believe what I was hearing. ... significant implications for US national security", k="d")
A("Williams", WI, "said", "the phone call was unusual and inappropriate", stance="condemn")
A("she", WI, "said", "I believe what I found unusual or different about this call was the president's reference to specific investigations. That struck me as different than other calls I had listened to", k="d")
A("Williams", WI, "said", "I thought that the references to specific individuals ... a political opponent of the president", k="d")
A("she", WI, "said", "I can't speak to what the president's motivation was in referencing it, but I just noted that the reference to Biden sounded political to me", k="d")
A("Volker", VO, "said", "he does not think that raising 2016 elections or Vice President Biden ... as part of the national security strategy with Ukraine")
A("Volker", VO, "said", "We should be supporting Ukraine's democracy, ... I don't think pursuing these things serves a national interest", k="d", stance="urge")
