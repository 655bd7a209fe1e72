MIL = "US military | the US military | It"
TAL = "Taliban | The Afghan Taliban | it"
MUJ = "Zabihullah Mujahid | Taliban spokesman Zabihullah Mujahid | Mujahid"
A("the US military", MIL, ["said"], "Two United States service members have been killed in a helicopter crash in Afghanistan", note="'in a statement': the speaker's own statement, not a channel")
A("the statement", MIL, "said", "The cause of the crash is under investigation, however preliminary reports do not indicate it was caused by enemy fire", k="d")
A("It", MIL, "said", "it was withholding the names of those killed until next of kin could be told", note="It = the statement")
A("The Afghan Taliban", TAL, "claimed responsibility for", "shooting down the helicopter", certainty="disputed", note="Afghan government rules out Taliban involvement; the claim could not be verified")
A("it", TAL, "said", "crashed in Logar province south of the capital Kabul", certainty="disputed")
A("Taliban spokesman Zabihullah Mujahid", MUJ, "said", "US Chinook helicopter shot down and completely destroyed last night while trying to raid Mujahideen (Taliban) position in Pangram area of Sarkh, Logar", k="d", via="a tweet", certainty="disputed")
A("Mujahid", MUJ, "said", "The Americans wanted to raid a mujahideen base, but their helicopter was shot down and caught fire. All on board were killed", k="d", certainty="disputed")
A("The Afghan government", "Afghan government | The Afghan government", "has ruled out", "Taliban involvement in the latest incident", stance="deny")
A("General Mark Milley, chairman of the Joint Chiefs of Staff", "Mark Milley | General Mark Milley | General Mark Milley, chairman of the Joint Chiefs of Staff", "told", 'its forces are likely to remain "for several more years', k="m", via="US media")
A("the United Nations", "United Nations | the United Nations", "according to", "More than 2,500 Afghan civilians have been killed in the fighting so far this year")
