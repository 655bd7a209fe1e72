PE = "Wolfgang Peschorn | Interior Minister Wolfgang Peschorn"
MI = "Austrian Interior Ministry | the Interior Ministry"
A("Austria's interior minister", PE, "said", "The house where Adolf Hitler was born will be turned into a police station")
A("the Interior Ministry", MI, "said", "It will house the local police force's offices", note="'in a statement': the ministry's own statement")
A("Interior Minister Wolfgang Peschorn, who serves in a provisional government of civil servants", PE, "said", "The house's future use by the police should send an unmistakable signal that this building will never again evoke the memory of National Socialism", k="d", note="source after the verb with a relative clause")
A("the Interior Ministry", MI, "said", "Architects from across the European Union will be invited ... in the first half of next year")
A("Austria", "Austria", "argued", "it was the first victim of National Socialism")
A("Recent governments", "recent Austrian governments | Recent governments", "have, however, recognized", "Austrians were also perpetrators of Nazi crimes and that there was little resistance to Hitler's rule", stance="confirm")
