DOC = "doctor on the scene | A doctor on the scene"
OMB = "Bolivia's Ombudsman's office | Bolivia’s public defender’s office | Public Ombudsman Nadia Cruz’s office"
A(None, DOC, [], "He died in my hands", k="d", note="headline quote of the doctor's words in the body")
A("Bolivia’s public defender’s office", OMB, "said", "another 30 people had been injured in the skirmishes")
A("Bolivia’s public defender’s office", OMB, "added", "the exact circumstances of the deaths and injuries remained unclear")
A("Public Ombudsman Nadia Cruz’s office", OMB, "said", "the deaths were caused by gunshot wounds")
A("Public Ombudsman Nadia Cruz’s office", OMB, "called on", "the “interim” government to withdraw military units from all policing operations in order to reduce the violence", stance="urge")
A("An Associated Press journalist in the area", "Associated Press journalist | An Associated Press journalist in the area", "reported", "hearing gunfire near the fuel facility in Senkata, ... flying over the plant", certainty="reported", note="a reporter of another outlet reports what he heard and saw")
A("A doctor on the scene", DOC, "told", "he tried to save one of the wounded demonstrators, but failed to do so", via="Ruptly")
A("the doctor", DOC, "said", "It's a shame to see a comrade die in this way, ... something like that", k="d")
