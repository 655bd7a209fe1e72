"""English entity layer (issue #15): one person is one entity, a company is not a person, a
place is never a person, coordinated names are two entities, a heading lends no antecedent."""

from __future__ import annotations

from sayso import pipeline
from sayso.model import Analysis, Document


def _run(text: str) -> Analysis:
    return pipeline.run(Document(text=text, language="en"))


def _source_entities(a: Analysis) -> dict[str, tuple[str, str]]:
    out = {}
    for x in a.attributions:
        if x.source is not None:
            e = a.entity(x.source.entity)
            out[x.source.text] = (e.name, e.type) if e else ("-", "-")
    return out


def test_one_man_one_entity_with_the_fullest_proper_name() -> None:
    # The three forms of issue #15 (a BBC page); the sentences are written in its shape.
    a = _run("President Barack Obama said on Monday that the economy was strong. President "
             "Obama said the deal was done. Obama added that he would travel to Kenya.")
    got = _source_entities(a)
    assert set(got.values()) == {("Barack Obama", "person")}
    assert len({x.source.entity for x in a.attributions}) == 1


def test_coordinated_names_are_two_entities() -> None:
    a = _run("ABC News and Politifact reported that the claim was false.")
    names = {e.name: e.type for e in a.entities}
    assert "ABC News" in names and "Politifact" in names
    assert names["ABC News and Politifact"] == "group"  # the source: the two together


def test_company_forms_are_one_organisation() -> None:
    a = _run("Whole Foods Market said prices would fall. Amazon-owned Whole Foods said it "
             "would hire 2,000 people.")
    got = _source_entities(a)
    assert got["Whole Foods Market"] == got["Amazon-owned Whole Foods"] == ("Whole Foods Market",
                                                                           "organization")


def test_a_place_speaks_for_its_government_and_is_no_antecedent() -> None:
    a = _run("Russia said the talks had failed. Washington said it would respond.")
    assert {t for _, t in _source_entities(a).values()} == {"government"}
    # issue #15: "South Carolina" became a person through "he"
    b = _run("The race was won by Lindsey Graham in South Carolina. He said on Sunday that the "
             "result was a mandate.")
    (he,) = [x for x in b.attributions if x.source is not None and x.source.text == "He"]
    assert b.entity(he.source.entity).name == "Lindsey Graham"


def test_heading_and_caption_lend_no_antecedent() -> None:
    # entities/tune/en-nbcnews-omar-threat (NBC News, 2019): a photo credit line stood
    # between the name and "he".
    text = ("Rep. Ilhan Omar, D-Minn., speaks at the Capitol on July 25, 2019.J. Scott "
            "Applewhite / AP file\n\nDuring the call, he asked about the Muslim Brotherhood, "
            "called Omar a “terrorist” and said, “somebody ought to put a bullet in her "
            "skull,\" the prosecutor’s office said.")
    a = _run(text)
    names = {a.entity(x.source.entity).name for x in a.attributions
             if x.source is not None and x.source.text == "he"}
    assert names and not any("Applewhite" in n for n in names)
    # issue #15: "Kenya He" -- a mention never runs over a line break
    b = _run("Protests spread across Kenya\nHe said the police had fired on the crowd.")
    assert [x.source.text for x in b.attributions if x.source] == ["He"]
    assert all("Kenya" not in e.name for e in b.entities)


def test_description_then_name_is_the_named_person() -> None:
    # entities/tune/en-nbcnews-omar-threat: "Carlineo's attorney, Sonya Zoghlin" is Zoghlin
    a = _run("Patrick W. Carlineo Jr. was arrested on Friday. Carlineo's attorney, Sonya "
             "Zoghlin, said her client would plead not guilty.")
    got = _source_entities(a)
    assert got["Carlineo's attorney, Sonya Zoghlin"] == ("Sonya Zoghlin", "person")


def _line(path: str, number: int) -> str:
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "evaldata" / "en-news" / "tune"
    return (root / path).read_text("utf-8").splitlines()[number - 1]


def test_definite_description_joins_the_earlier_source_with_its_head_noun() -> None:
    # en-sputnik-1 (Sputnik, 2019), lines 9 and 11: "the expert" is "one legal expert".
    text = _line("en-sputnik-1.txt", 9) + "\n\n" + _line("en-sputnik-1.txt", 11)
    a = _run(text)
    ids = {x.source.text: x.source.entity for x in a.attributions if x.source is not None}
    assert ids["the expert"] == ids["one legal expert"]
    # en-rt-1 (RT, 2019): "the doctor" is "A doctor on the scene"
    text = ("A doctor on the scene told Ruptly that he tried to save one of the wounded "
            "demonstrators, but failed to do so.\n\n" + _line("en-rt-1.txt", 13))
    a = _run(text)
    ids = {x.source.text: x.source.entity for x in a.attributions if x.source is not None}
    assert ids["the doctor"] == ids["A doctor on the scene"]


def test_title_description_takes_the_person_with_that_title() -> None:
    # en-deccanherald-1 (Reuters, 2019) in shape: a coordination names two people, and "The
    # president" is the one with the title, not the latest one mentioned.
    a = _run("US President Donald Trump said on Monday the deal was close. Trump and US Trade "
             "Representative Robert Lighthizer said the talks would go on. The president said "
             "on Tuesday that China would have to make a deal he liked.")
    (pres,) = [x for x in a.attributions if x.source is not None and x.source.text == "The president"]
    assert a.entity(pres.source.entity).name == "Donald Trump"


def test_title_before_an_institution_word_is_no_person() -> None:
    from sayso.lang.en.coref import name_type

    assert name_type(["General", "Assembly"]) == "government"
    assert name_type(["South", "Dakota", "Department", "of", "Social", "Services"]) == "government"
    assert name_type(["Secretary", "of", "State", "Mike", "Pompeo"]) == "person"


def test_description_without_a_name_is_typed_by_its_head_noun() -> None:
    from sayso.lang.en.coref import common_type

    # entities/tune/en-thehill-meth: "The governor's office" is a government
    assert common_type(["governor's", "office"]) == "government"
    assert common_type(["office", "of", "the", "governor", "of", "south", "dakota"]) == "government"
    assert common_type(["company"]) == "organization"
    assert common_type(["protesters"]) == "group"


def test_a_social_platform_is_an_organisation() -> None:
    # entities/tune/en-thehill-meth (The Hill, 2019): Twitter is a company, as the gold has it
    a = _run("Twitter said on Monday that it had removed the posts.")
    (att,) = a.attributions
    assert a.entity(att.source.entity).type == "organization"


def test_role_description_named_later_is_that_person() -> None:
    # en-news/tune/en-nbc-1 (NBC News, 2019), lines 3 and 7: cataphora across paragraphs
    text = _line("en-nbc-1.txt", 3) + "\n\n" + _line("en-nbc-1.txt", 7)
    a = _run(text)
    ents = {x.source.text: a.entity(x.source.entity) for x in a.attributions if x.source}
    minister = ents["Austria's interior minister"]
    assert minister.name == "Wolfgang Peschorn" and minister.type == "person"
    assert ents["Interior Minister Wolfgang Peschorn, who serves in a provisional government of "
                "civil servants"].id == minister.id
    assert len({e.id for e in a.entities}) == len(a.entities)  # ids stay unique after merging
    # en-news/tune/en-express-1 (Daily Express, 2019), lines 7 and 13
    text = _line("en-express-1.txt", 7) + "\n\n" + _line("en-express-1.txt", 13)
    a = _run(text)
    names = {a.entity(x.source.entity).name for x in a.attributions
             if x.source is not None and x.source.text.startswith("China’s ambassador")}
    assert names == {"Liu Xiaming"}


def test_a_name_with_the_article_and_no_title_is_no_person() -> None:
    from sayso.lang.en.coref import name_type

    # entities/tune/en-aljazeera-helicopter: "The Afghan Taliban, however, claimed ..."
    assert name_type(["The", "Afghan", "Taliban"]) == "group"
    assert name_type(["The", "Wikileaks", "founder"]) == "person"


def test_a_text_speaks_for_the_body_that_issued_it() -> None:
    # en-news/tune/en-globaltimes-1 (Global Times, 2019), lines 3 and 9
    text = _line("en-globaltimes-1.txt", 3) + "\n\n" + _line("en-globaltimes-1.txt", 9)
    a = _run(text)
    names = {a.entity(x.source.entity).name for x in a.attributions
             if x.source is not None and "report" in x.source.text}
    assert names == {"JD.com"}


def test_a_place_name_is_no_antecedent_for_he() -> None:
    # en-news/tune/en-sputnik-1 (Sputnik, 2019), lines 19 and 21: "He" is not Central Park
    text = (_line("en-sputnik-1.txt", 19) + "\n\n" + _line("en-sputnik-1.txt", 21))
    a = _run(text)
    (he,) = [x for x in a.attributions if x.source is not None and x.source.text == "He"]
    assert a.entity(he.source.entity).name != "Central Park"


def test_subject_of_the_cue_s_own_clause() -> None:
    # en-news/tune/en-ap-1 (AP, 2019), line 9
    a = _run(_line("en-ap-1.txt", 9))
    assert [x.source.text for x in a.attributions if x.cue and x.cue[0].text == "has said"] \
        == ["Sondland"]


def test_a_relative_pronoun_source_is_the_noun_phrase_before_it() -> None:
    a = _run("The court heard from a retired judge who said the ruling was flawed.")
    (who,) = [x for x in a.attributions if x.source is not None]
    assert who.source.text == "who" and a.entity(who.source.entity).name == "a retired judge"


def test_head_before_the_prepositional_phrase_types_the_name() -> None:
    from sayso.lang.en.coref import name_type

    # entities/tune/en-nbcnews-omar-threat (NBC News, 2019)
    assert name_type("U.S. Attorney’s Office for the Western District of New York".split()) \
        == "government"
    assert name_type("Secretary of State Mike Pompeo".split()) == "person"


def test_a_description_with_a_capitalised_modifier_is_no_surname() -> None:
    # entities/tune/en-aljazeera-helicopter (Al Jazeera, 2019): "The Afghan government" is not
    # the person "Afghan woman politician" found by its capitalised word
    a = _run("An Afghan woman politician said the crash was tragic. The Afghan government has "
             "ruled out Taliban involvement in the latest incident.")
    got = _source_entities(a)
    assert got["The Afghan government"][1] == "government"


def test_a_lone_surname_is_an_antecedent_and_the_x_is_no_person() -> None:
    # en-news/tune/en-albawaba-1 (Al Bawaba, 2019), lines 1, 19 and 21 in shape
    a = _run("Israeli Prime Minister Benjamin Netanyahu welcomed the move.\n\nNetanyahu visited "
             "the Gush Etzion settlement bloc on Tuesday.\n\n\"Here we are on a historic day,\" "
             "he told settler leaders.")
    (he,) = [x for x in a.attributions if x.source is not None and x.source.text == "he"]
    assert a.entity(he.source.entity).name == "Benjamin Netanyahu"


def test_an_outlet_short_form_is_the_outlet_the_article_named() -> None:
    # wire style (Reuters 2017, en-reuters-2): "The Times" after "The New York Times" is the
    # New York Times, though the gazetteer knows a London paper by that name
    a = _run("The New York Times reported on Friday that the talks had stalled. The Times said "
             "officials were worried.")
    assert len({x.source.entity for x in a.attributions}) == 1
    a = _run("The Washington Post reported that the plan was dead. The Post said officials "
             "were worried.")
    assert len({x.source.entity for x in a.attributions}) == 1
    # alone, it is the paper of that name
    [att] = _run("The Times reported that the plan was dead.").attributions
    assert a.entity(a.attributions[0].source.entity).name != "The Times"
    assert att.source.text == "The Times"


def test_the_paper_is_the_newspaper_named_before() -> None:
    # en-yonhap-1 (Yonhap, 2019), shortened
    a = _run("North Korea's official Rodong Sinmun newspaper said on Sunday that talks were over. "
             "The paper said the South was to blame.")
    assert len({x.source.entity for x in a.attributions}) == 1


def test_an_outlet_the_gazetteer_does_not_list_is_still_an_outlet() -> None:
    # en-cbsnews-1 (CBS News, 2019): a network's local station; and an outlet noun before a name
    for text, name in (("CBS DFW reports the man who kidnapped the child was sentenced to life.",
                        "CBS DFW"),
                       ("Local broadcaster KTVU reported that the fire had spread.", "KTVU")):
        a = _run(text)
        [att] = a.attributions
        entity = a.entity(att.source.entity)
        assert (entity.name, entity.type, att.certainty) == (name, "outlet", "reported")
    # a person who reports is still a person
    [att] = _run("Smith reported that the fire had spread.").attributions
    assert att.certainty == "asserted"


def test_seats_of_government_and_parties_are_not_people() -> None:
    # UK copy (wire style): Downing Street speaks for the government, Labour is a party
    for text, kind in (("Downing Street said the prime minister had full confidence in him.",
                        "government"),
                       ("No 10 denied the report.", "government"),
                       ("Labour insists the economy is strong.", "organization")):
        a = _run(text)
        [att] = a.attributions
        assert a.entity(att.source.entity).type == kind, text


def test_a_person_named_with_where_they_work_is_that_person() -> None:
    # en-buzzfeed-1 (BuzzFeed News, 2015): the affiliation is no part of the name; a body with
    # `of` (the Bank of England) keeps its whole name
    for text, name, kind in (
            ("\"We advise the public not to take any tablets,\" said chief inspector Jennifer "
             "Mattinson from the West Mercia police.", "Jennifer Mattinson", "person"),
            ("The Bank of England said rates would rise.", "The Bank of England", "organization")):
        a = _run(text)
        [att] = a.attributions
        entity = a.entity(att.source.entity)
        assert (entity.name, entity.type) == (name, kind), text


def test_a_name_before_hospital_is_no_antecedent() -> None:
    # en-buzzfeed-1 (BuzzFeed News, 2015), shortened: `Royal Shrewsbury hospital` is a place
    a = _run("Eloise Parry, 21, was taken to Royal Shrewsbury hospital on 12 April. "
             "She said she felt unwell.")
    names = {e.name for e in a.entities}
    assert "Royal Shrewsbury" not in names


def test_a_description_then_a_name_after_a_comma_is_that_person() -> None:
    # en-ap-1 (AP, 2019) in shape, shortened: named after all, so not anonymous
    a = _run("The plan was dead, said another official, former adviser John Smith.")
    [att] = a.attributions
    entity = a.entity(att.source.entity)
    assert (entity.name, entity.type, att.certainty) == ("John Smith", "person", "asserted")


# Fresh pages read for issue #11 item 5 / #15 (branch enspk9), outside every split; pages of
# scrapinghub/article-extraction-benchmark (html/<key>.html.gz), sentences quoted as printed.
NYT_OPED = ("To start, it confirms recent polling on impeachment. A new ABC News poll shows majority "
            "support for impeachment and even removal. Fifty-one percent say that “President "
            "Trump’s actions were wrong and he should be impeached by the House and removed from "
            "office by the Senate.” And an overwhelming 70 percent of Americans say that the "
            "inciting offense — Trump’s attempt to coerce Ukraine into investigating a political "
            "rival — was wrong.")  # nytimes.com/2019/11/19/opinion/republicans-elections-impeachment.html


def test_a_document_speaks_for_the_issuer_it_names() -> None:
    got = _source_entities(_run(NYT_OPED))
    assert got["A new ABC News poll"] == ("ABC News", "outlet")
    # latimes.com/business/story/2019-11-19/gannett-gatehouse-merger-future-local-news
    a = _run("GateHouse hasn’t been known for such investment. According to a 2018 survey by "
             "Penelope Muse Abernathy of the University of North Carolina, the firm’s practice "
             "after acquiring a newspaper has been to “consolidate copy editing and page design” "
             "at a corporate center. “GateHouse-owned newsrooms are often half the size within a "
             "matter of months,” Abernathy reported.")
    people = {e.name: e for e in a.entities if e.type == "person"}
    assert "Penelope Muse Abernathy" in people
    assert "Abernathy" in people["Penelope Muse Abernathy"].aliases  # one person, not a survey
    # pv-magazine.com/2019/11/20/south-koreas-roadmap-to-drive-down-solar-costs/
    got = _source_entities(_run(
        "According to data released by MOTIE in August, newly installed capacity for the first "
        "seven months of the year reached 1.64 GW and Seoul plans to install 30.8 GW of solar by 2030."))
    assert [v for k, v in got.items() if k.startswith("data released")] == [("MOTIE", "organization")]


def test_document_phrases_that_name_no_issuer() -> None:
    from sayso.lang.en.coref import document_issuer
    # PolNeAR train sources: the noun is no head, a place, a sentence opener, a possessor
    assert document_issuer("a longtime GOP data expert") is None
    assert document_issuer("Exit polls from the New Hampshire primary") is None
    assert document_issuer("Early analysis") is None
    assert document_issuer("a report from the State Department's inspector general") is None
    assert document_issuer("Lukas Stefanko with ESET in a Monday analysis of the ransomware") is None
    assert document_issuer("data from the U.S. Department of Education") == ("U.S. Department of Education", 14)
    assert document_issuer("Wednesday's Quinnipiac poll")[0] == "Quinnipiac"


def test_a_quantified_part_of_a_population_is_a_group() -> None:
    got = _source_entities(_run(NYT_OPED))
    assert got["Fifty-one percent"][1] == "group"
    assert got["an overwhelming 70 percent of Americans"][1] == "group"
    # theguardian.com/commentisfree/2019/nov/18/the-guardian-view-on-hong-kong-a-city-on-the-brink
    got = _source_entities(_run("Though many remain peaceful, a radical minority of protesters "
                                "have responded with unacceptable violence. Many in Hong Kong will "
                                "deplore that decision and were rightly repelled when a man was "
                                "set on fire last week, apparently by a protester."))
    assert got["Many in Hong Kong"][1] == "group"


def test_a_described_company_is_its_name() -> None:
    # latimes.com (as above): the description, then the short name, are one organisation
    a = _run("The private equity firm Alden Capital, which owns the Orange County Register, has "
             "attracted much of the publicly expressed ire over wholesale plundering of local news "
             "resources. (Alden on Tuesday announced that it had become the largest shareholder of "
             "Tribune, the former owner of The Times.)")
    alden = [e for e in a.entities if e.name == "Alden Capital"]
    assert len(alden) == 1 and alden[0].type == "organization"
    assert {x.source.entity for x in a.attributions if x.source is not None
            and x.source.text in ("Alden", "The private equity firm Alden Capital")} == {alden[0].id}


def test_writer_i_and_reader_you_are_no_earlier_party() -> None:
    a = _run(NYT_OPED + "\n\nI don’t see the downside. A long inquiry keeps impeachment out of "
             "Mitch McConnell’s hands until there’s a comprehensive case against the president.")
    got = _source_entities(a)
    assert got["I"] == ("I", "person")  # the columnist, not `Fifty-one percent`
    # newsnation.in fact-check of an oxygen bar in Delhi
    a = _run("According to the website, the name of the oxygen bar is ‘Oxy Pure’.\n\nSo now you "
             "know that there IS an oxygen bar in Delhi. Are you planning to visit?")
    you = [x for x in a.attributions if x.source is not None and x.source.text == "you"]
    assert you and all(a.entity(x.source.entity).name == "you" for x in you)


def test_i_of_an_embedded_post_is_the_poster() -> None:
    # vox.com/science-and-health/2019/11/8/20948348/delhi-india-air-pollution-quality-cause
    # (an embedded tweet: the `I` is the Chief Minister's, not the writer's)
    a = _run("Delhi’s Chief Minister Arvind Kejriwal turned to Twitter last month to urge people "
             "to protect themselves.\n\nI urge all Delhiites to use them whenever needed "
             "pic.twitter.com/0fGhGcTrPE\n\n— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019")
    got = _source_entities(a)
    assert got.get("I", ("Arvind Kejriwal",))[0] == "Arvind Kejriwal"


def test_plural_they_is_no_one_person() -> None:
    # mysanantonio.com/sports/article/LeBron-sets-triple-double-mark-Lakers-hold-off-14848253.php
    a = _run("“Coach Vogel came in here and said, ‘Congratulations,’” LeBron James said.\n\nVogel "
             "has put the ball in James’ hands constantly on offense, and his playmaking acumen has "
             "grown along with his chemistry with Davis, as they demonstrated repeatedly against "
             "the Thunder.")
    they = [x for x in a.attributions if x.source is not None and x.source.text == "they"]
    assert all(a.entity(x.source.entity).name != "LeBron James" for x in they)


def test_an_occupation_description_is_the_person() -> None:
    # foxnews.com/entertainment/james-van-der-beek-eliminated-dancing-with-the-stars-...
    a = _run("“My wife Kimberly and I went through every expecting parent’s worst nightmare. We lost "
             "the baby,” Van Der Beek said.\n\n“You never know why these things happen, that’s what "
             "I’ve been telling my kids,” said the actor. “It makes you more human.”")
    got = _source_entities(a)
    assert got["the actor"] == ("Van Der Beek", "person")


def test_he_is_the_previous_subject_not_a_name_in_its_prepositional_phrase() -> None:
    # cbsnews.com/news/impeachment-hearings-key-moments-from-kurt-volkers-and-tim-morrisons-...
    a = _run("Kurt Volker, the former special envoy to Ukraine, and Tim Morrison, a former National "
             "Security Council official, testified side-by-side before the House Intelligence "
             "Committee Tuesday. Volker said he had no knowledge of any efforts to urge Ukraine to "
             "investigate Joe and Hunter Biden.\n\nMorrison was the third witness testifying Tuesday "
             "who listened in on President Trump's July 25 call with Ukrainian President Volodymyr "
             "Zelensky. He said he wasn't concerned about the content of the call.")
    he = [x for x in a.attributions if x.source is not None and x.source.text == "He"]
    assert he and a.entity(he[0].source.entity).name == "Tim Morrison"


def test_a_photo_credit_lends_no_antecedent() -> None:
    # msn.com/en-us/news/us/doctors-offer-to-give-free-flu-shots-to-detained-migrants-... (NBC)
    a = _run("A group of physicians is urging the Department of Homeland Security to accept its "
             "offer to provide free flu shots to California detainees.\n\n© John Brecher Needle "
             "poking skin during administration of flu shot at Mary's Center, a community health "
             "center in Washington.\n\nCustoms and Border Protection, part of Homeland Security, "
             "did not accept the offer.\n\n\"As a law enforcement agency and due to the short term "
             "nature of CBP holding and other logistical challenges, operating a vaccine program is "
             "not feasible,\" the spokesperson said.")
    got = _source_entities(a)
    assert "Brecher" not in got["the spokesperson"][0]
    assert got["A group of physicians"][1] == "group"  # a collective of people, no organisation


def test_a_noun_in_ly_ends_a_source() -> None:
    # usatoday.com/story/news/politics/2019/11/19/prison-guards-arrested-alleged-failure-check-...
    a = _run("Although representatives of Epstein's family suggested the disgraced financier may "
             "have been murdered, Hawk Sawyer told lawmakers no evidence supported that theory.")
    assert "representatives of Epstein's family" in _source_entities(a)


def test_an_outlet_name_cut_by_the_tagger_is_whole() -> None:
    # newsnation.in fact-check (as above): `News` opens no source for the tagger
    a = _run("So, is it true? Do we have an oxygen bar in Delhi?\n\nThe answer is YES! News Nation "
             "tried to find out about this initiative and landed up on the webpage of the mall "
             "located in Delhi’s Saket area that offers this unique service. According to the "
             "website, the name of the oxygen bar is ‘Oxy Pure’.")
    nation = [e for e in a.entities if e.name == "News Nation"]
    assert nation and nation[0].type == "outlet"


def test_a_body_description_names_the_recurring_body_before_it() -> None:
    # sciencealert.com/nasa-finds-water-plumes-above-the-surface-of-jupiter-s-icy-moon-europa
    a = _run("A team led by researchers out of NASA's Goddard Space Flight Center in Greenbelt, "
             "Maryland, has confirmed traces of water vapor above the surface of Jupiter's icy moon "
             "Europa.\n\nAnd that's a big deal as the tiny space rock is one of the highest priority "
             "targets in NASA's search for extraterrestrial life, according to the agency.")
    got = _source_entities(a)
    assert got["the agency"] == ("NASA", "government")
    assert got["A team led by researchers out of NASA's Goddard Space Flight Center in Greenbelt, "
               "Maryland"][1] == "group"  # a team of people, not the centre it works at


def test_subject_before_a_dash_parenthetical_and_a_participle_clause() -> None:
    # nytimes.com/2019/11/19/opinion/republicans-elections-impeachment.html
    a = _run("In Kentucky, the Democratic candidate, Andy Beshear — whose father, also as governor, "
             "implemented the Affordable Care Act in the state — promised to protect Medicaid and "
             "hammered Bevin on his plan for work requirements.")
    assert _source_entities(a).get("Andy Beshear") == ("Andy Beshear", "person")
    # msn.com (NBC News) doctors' flu-shot offer, as above
    a = _run("The doctors said they also have an established volunteer network of physicians.\n\n"
             "The doctors offering to operate the flu vaccination clinic noted findings of "
             "overcrowded and unsanitary conditions at detention facilities by the DHS Office of "
             "Inspector General.")
    got = _source_entities(a)
    assert got["The doctors offering to operate the flu vaccination clinic"] == ("The doctors", "group")


def test_an_outlet_printed_with_a_typographic_apostrophe_is_in_the_gazetteer() -> None:
    # theguardian.com/commentisfree/2019/nov/18/the-guardian-view-on-hong-kong-a-city-on-the-brink
    a = _run("The authorities continue to pour fuel on the fire. On Monday, the People’s Daily, the "
             "mouthpiece of the Communist party, warned that there is “absolutely no room for "
             "compromise”.")
    assert ("People's Daily", "outlet") in _source_entities(a).values()
