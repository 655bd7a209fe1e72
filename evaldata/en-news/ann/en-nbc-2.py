CA = "Patrick W. Carlineo Jr. | Carlineo | he"
USAO = "U.S. Attorney’s Office for the Western District of New York | the U.S. attorney's office | the prosecutor’s office | prosecutors"
KE = "James P. Kennedy Jr. | Kennedy"
A("prosecutors", USAO, "said", "A New York man pleaded guilty Monday to threatening to kill U.S. Rep. Ilhan Omar, D-Minn., in March")
A("the U.S. Attorney’s Office for the Western District of New York", USAO, "said", "Patrick W. Carlineo Jr., 55, of Addison, ... being a felon in possession of firearms", note="'in a statement': own statement")
p = A("the prosecutor’s office", USAO, "said", "During the call, he asked about the Muslim Brotherhood, called Omar a “terrorist” and said, “somebody ought to put a bullet in her skull", k="m")
A("he", CA, "asked", "about the Muslim Brotherhood", stance="ask", parent=p, optional=True)
A("he", CA, "called", "Omar a “terrorist", k="m", stance="accuse", parent=p)
A("he", CA, "said", "somebody ought to put a bullet in her skull", k="d", stance="threaten", parent=p)
q = A("the U.S. attorney's office", USAO, "said", 'The staff member who reported the call recalled that he said, "I\'ll put a bullet in her (expletive) skull', k="m")
r = A("The staff member who reported the call", "unnamed staff member in Omar's office | The staff member who reported the call", "recalled", 'he said, "I\'ll put a bullet in her (expletive) skull', k="m", parent=q)
A("he", CA, "said", "I'll put a bullet in her (expletive) skull", k="d", stance="threaten", parent=r)
A("Carlineo's attorney, Sonya Zoghlin", "Sonya Zoghlin | Zoghlin", "said", "Carlineo never intended to harm Omar", stance="deny", via="The Associated Press", note="'in an email to The Associated Press'")
A("Zoghlin", "Sonya Zoghlin | Zoghlin", "said", "He has taken responsibility for using threatening and inappropriate language to express those beliefs in this instance", k="d", stance="confirm")
A("prosecutors", USAO, "said", "Carlineo is a convicted felon and possessed a loaded .45-caliber handgun, ... at his home")
A("James P. Kennedy Jr., the U.S. Attorney for the Western District of New York", KE, "said", "the case highlights that rights of free speech carry responsibilities")
A("Kennedy", KE, "said", ["The First Amendment right to freedom of speech carries with it the responsibility that individuals not make threats to harm lawmakers simply because they may disagree with them", "The Second Amendment right to bear arms carries with it the responsibility that individuals who desire to possess firearms not commit felony crimes"], k="d", note="'in a statement': own statement")
