TR = "Donald Trump | President Donald Trump | Trump"
GR = "Stephanie Grisham | White House press secretary Stephanie Grisham | Grisham"
BO = "Harold Bornstein | Bornstein | Dr. Harold Bornstein"
A("the White House", "White House | the White House", "according to", ["President Donald Trump", 'made an unscheduled trip to Walter Reed hospital on Saturday for a "quick exam and labs" as the first stage of his annual physical'], k="m", note="the cue interrupts the reported clause")
g = A("CNN's chief medical correspondent Dr. Sanjay Gupta", "Sanjay Gupta | Dr. Sanjay Gupta", "noted", "Trump's heart disease meant that the President had a moderate risk of a heart attack in the following 3-5 years, according to guidance from the Mayo Clinic")
A("the Mayo Clinic", "Mayo Clinic | the Mayo Clinic", ["according to", "guidance"], "Trump's heart disease meant that the President had a moderate risk of a heart attack in the following 3-5 years", parent=g, optional=True)
A("Dr. Ronny Jackson, who was then serving as the President's physician", "Ronny Jackson | Dr. Ronny Jackson", "suggested", "the President change his diet and get on a regular exercise regimen", stance="urge")
A("Sources", "unnamed sources | Sources", "told", "a year later, Trump had made only minor changes to his food intake and exercise habits", via="CNN", certainty="anonymous")
h = A("Hogan Gidley, the principal deputy White House press secretary", "Hogan Gidley", "said", "The President received a diet and exercise plan last year after his annual physical, but the President admits he has not followed it religiously", k="d", note="source after the verb with an apposition")
A("the President", TR, "admits", "he has not followed it religiously", stance="confirm", parent=h)
A("White House press secretary Stephanie Grisham", GR, "said", "the trip was simply Trump getting a jump on his annual physical", certainty="disputed", note="contradicted in the same sentence")
A("Bornstein", BO, "wrote", ["His physical strength and stamina are extraordinary", "If elected, Mr. Trump, I can state unequivocally, will be the healthiest individual ever elected to the presidency"], k="d", stance="praise", certainty="disputed", note="Bornstein later says Trump dictated the letter")
A("Bornstein", BO, "told", 'Trump "dictated that whole letter. I didn\'t write that letter. I just made it up as I went along', k="m", via="CNN")
A("The Washington Post's Fact Checker", "The Washington Post's Fact Checker | The Washington Post", "according to", "Trump has made more than 13,000 false or misleading claims since taking office", certainty="reported")
q = A("Grisham", GR, "told", ["We're not going to get into security and movement protocols when it comes to the President, but as my statements said he's in good health and it was a routine checkup as part of his annual physical", "I've given plenty of on-the-record statements that were truthful and accurate -- actively trying to find and report conspiracy theories really needs to stop"], k="d", via="CNN")
A("my statements", GR, "said", "he's in good health and it was a routine checkup as part of his annual physical", parent=q)
A("Grisham", GR, "by her own accounting", 'has given "plenty of on-the-record statements that were truthful and accurate', k="m", optional=True, note="the writer re-quotes her")
