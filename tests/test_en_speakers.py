"""English speakers (issue #11 item 5): who a source pronoun or description is, in real
articles of the en-news tune set (`evaldata/en-news/tune`, origins in its articles.tsv)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sayso import pipeline
from sayso.model import Analysis, Attribution, Document

TUNE = Path(__file__).resolve().parent.parent / "evaldata" / "en-news" / "tune"


def _run(text: str) -> Analysis:
    return pipeline.run(Document(text=text, language="en"))


def _speaker(a: Analysis, cue: str, source: str | None = None) -> str | None:
    """The entity name of the attribution whose cue is `cue` (and source text `source`).

    The cue may carry the adverbs, auxiliaries and negation before its verb (`instead told`,
    `didn't say`), as PolNeAR's cues do (`also said`, `did not mention`) and the tagger learnt."""
    for x in a.attributions:
        if _cue_is(x, cue) and (source is None or x.source is not None
                                                 and x.source.text == source):
            if x.source is None:
                return None
            e = a.entity(x.source.entity)
            return e.name if e else None
    raise AssertionError(f"no attribution with cue {cue!r}: "
                         f"{[[c.text for c in x.cue] for x in a.attributions]}")


def _cue_is(x: Attribution, cue: str) -> bool:
    text = " ".join(c.text for c in x.cue)
    return text == cue or text.endswith(" " + cue)


def _article(name: str) -> Analysis:
    return _run((TUNE / f"{name}.txt").read_text("utf-8"))


def test_pronoun_passes_over_embedded_names_to_the_last_subject() -> None:
    # en-sputnik-1 (Sputnik, 2019-11): between `Andrew claims ...` and `He instead told the BBC
    # interviewer` stand `Epstein's orgy mansion` (a possessor) and `he was photographed ...
    # with Epstein` (an object after the subject `he`): the pronoun continues Andrew's chain.
    assert _speaker(_article("en-sputnik-1"), "told", "He") == "Prince Andrew"


def test_possessor_in_the_pronouns_own_sentence_stays_its_antecedent() -> None:
    # en-ap-1 (AP, 2019-11-20): `about Trump's July 25 call when he asked Ukraine President
    # Volodymyr Zelenskiy for the political investigations`: the asking is Trump's.
    assert _speaker(_article("en-ap-1"), "asked", "he") == "Donald Trump"


def test_role_then_first_name_is_that_person_and_her_later_she() -> None:
    # en-buzzfeed-1 (BuzzFeed News, 2015-04-21): `her mother, Fiona, said` is Fiona; the
    # quotation paragraphs name the daughter Eloise, and `She added:` is still the mother;
    # `Fiona Parry issued a plea` later completes her name (the fullest is displayed).
    a = _article("en-buzzfeed-1")
    assert _speaker(a, "said", "her mother, Fiona") == "Fiona Parry"
    assert _speaker(a, "added", "She") == "Fiona Parry"


def test_name_and_his_collaborators_is_a_group_that_they_continues() -> None:
    # en-time-1 (Time, 2016-03): `according to Hansen and his collaborators. Governments will
    # have to impose carbon fees ..., they argue`: they are Hansen and his collaborators.
    a = _article("en-time-1")
    group = next(e for e in a.entities if e.name == "Hansen and his collaborators")
    assert group.type == "group"
    assert _speaker(a, "adding", "they") == "Hansen and his collaborators"


# ITV News, 2020-09-23, "Keir Starmer refuses to criticise Boris Johnson's latest coronavirus
# rules and says he supports all measures" (https://www.itv.com/news/2020-09-23/keir-starmer-
# refuses-to-criticise-boris-johnsons-latest-coronavirus-rules-and-says-he-supports-all-measures),
# opening paragraphs as stored by the search tool; real.
ITV = (
    "Sir Keir Starmer has told ITV News he supports the prime minister in his latest coronavirus "
    "restrictions - and any future measures - while declining to say if he thinks they should "
    "have been even more stringent.\n\n"
    "The Labour leader, in an interview with Robert Peston, repeatedly criticised the "
    "government's testing regime and economic support package, but he refused to attack the new "
    "rules.\n\n"
    "He praised Boris Johnson for implementing a 10pm curfew on hospitality venues but many have "
    "questioned why indoor household visits have not been banned, as they have in Scotland.\n\n"
    "Professor John Edmunds, a member of the government’s Scientific Advisory Group for "
    "Emergencies (Sage), said the new measures have not \"gone anywhere near far enough\".\n\n"
    "But Sir Keir, who was asked three times whether he thinks the new rules should have gone "
    "further, said: \"We'll wait and see, we agreed with the prime minister, we support the "
    "measures he's put in place.\"\n")


def test_knight_title_role_and_setting_phrase_all_name_one_person() -> None:
    a = _run(ITV)
    # `Sir` is a title (the display name drops it) and `Sir Keir` is the same man
    assert _speaker(a, "supports", "Sir Keir Starmer") == "Keir Starmer"
    # `, in an interview with Robert Peston,` is the setting, not the speaker; the role opening
    # the next sentence is the man just named; so are the pronouns after it
    assert _speaker(a, "repeatedly criticised", "The Labour leader") == "Keir Starmer"
    assert _speaker(a, "refused", "he") == "Keir Starmer"
    assert _speaker(a, "praised", "He") == "Keir Starmer"
    # `But Sir Keir, who was asked ..., said:` the relative clause closes before the cue, so the
    # name is the source (PolNeAR marks the name alone, as in `Zucker, who ..., told`)
    assert _speaker(a, "said", "Sir Keir") == "Keir Starmer"


def test_knight_named_by_title_and_given_name_after_a_print_style_lead() -> None:
    # Daily Express, 2021-02-04, "Labour leader admits calls to remain in EU jab-delay group"
    # (http://www.pressreader.com/uk/daily-express/20210204/281728387200061, as stored by the
    # search tool; shortened; real). The lead's `SIR` in capitals is no name word, and `Sir
    # Keir` has no surname: it is the man named Keir Starmer, not a person called `Sir Keir`.
    a = _run("SIR Keir Starmer was last night forced into a humiliating climbdown after a "
             "furious clash with Boris Johnson after PMQs.\n\n"
             "Mr Johnson said this would have slowed down the UK's response to the pandemic.\n\n"
             "But Sir Keir described the remarks as \"complete nonsense\" and claimed Mr Johnson "
             "knew that he had never said that, from the despatch box or anywhere else.\n")
    assert _speaker(a, "described", "Sir Keir") == "Keir Starmer"
    assert _speaker(a, "said", "Mr Johnson") == "Boris Johnson"


def test_possessive_lead_and_adverb_between_subject_and_cue() -> None:
    # The Journal, 2022-05-09, "'Keir is Mr Rules. This is mud-slinging'"
    # (https://www.pressreader.com/uk/the-journal-1216/20220509/281590949151545, as stored by
    # the search tool; shortened; real).
    a = _run("LABOUR'S Lisa Nandy has defended party leader Sir Keir Starmer over claims he "
             "broke coronavirus lockdown rules, saying: \"I'm absolutely confident that he hasn't "
             "broken the law.\"\n\n"
             "The Conservatives' Jacob Rees-Mogg, meanwhile, told Channel 4's Andrew Neil Show: "
             "\"The difficulty for Sir Keir is he said - before any result of any investigation - "
             "that the Prime Minister should resign.\"\n\n"
             "Ms Nandy told Sky News: \"He went on a work visit, he stopped to eat at various "
             "times during the day.\"\n")
    # a name after a possessive is the person (`LABOUR'S` is her party)
    assert _speaker(a, "has defended") == "Lisa Nandy"
    assert _speaker(a, "told", "Ms Nandy") == "Lisa Nandy"
    # `, meanwhile,` before the cue: the subject before it speaks, not the channel after it
    assert _speaker(a, "told", "Jacob Rees-Mogg") == "Jacob Rees-Mogg"


# AP, 2019-12-16, "McSally 'hasn't been convinced' Trump should be impeached" (as carried by
# https://highergroundtimes.com/higher-ground/2019/dec/16/mcsally-hasnt-been-convinced-trump-should-be-impea,
# stored by the search tool; shortened; real).
MCSALLY = (
    "PHOENIX (AP) - Republican Sen. Martha McSally has not been convinced that President Donald "
    "Trump should be removed from office, her campaign manager said Monday after a recording "
    "surfaced of her suggesting to GOP activists that the president hadn't abused his power.\n\n"
    "\"Senator McSally takes her role as a juror seriously but hasn't heard anything so far that "
    "would lead her to believe impeachment of the president is warranted,\" campaign manager "
    "Dylan Lefler said in a statement to The Associated Press.\n\n"
    "McSally, who's one of the most vulnerable Republicans in the U.S. Senate, has repeatedly "
    "avoided saying whether she thinks it was wrong for Trump to ask Ukraine's government to "
    "investigate his political rival.\n\n"
    "But she was much more candid when speaking to a supportive audience in Tucson on Saturday, "
    "saying only the Democrats have abused their power.\n")


def test_role_named_later_relative_clause_and_conjunction_opener() -> None:
    a = _run(MCSALLY)
    # `her campaign manager` (a person: a role noun heads it) is named in the next paragraph
    assert _speaker(a, "said", "her campaign manager") == "Dylan Lefler"
    # the relative clause closes before the verb: its antecedent is the source (PolNeAR marks
    # the name alone in `Zucker, who in the past ..., told`)
    assert _speaker(a, "has repeatedly avoided saying") == "Martha McSally"
    # `But she was ..., saying`: the conjunction needs no comma before the subject
    assert _speaker(a, "saying") == "Martha McSally"


def test_source_ends_before_a_contracted_auxiliary() -> None:
    # NPR, 2021-02-11 (https://www.wfae.org/politics/2021-02-11/much-ado-about-nothing-house-
    # managers-strike-claim-about-gop-senator-from-record, stored by the search tool; real)
    a = _run("Impeachment manager David Cicilline said former President Trump had called Lee "
             "during the Jan. 6 insurrection, meaning to reach Sen. Tommy Tuberville. Cicilline "
             "didn't say what his source was but some media outlets, including CNN, reported that "
             "Trump asked Tuberville to make additional objections.")
    assert _speaker(a, "say", "Cicilline") == "David Cicilline"


def test_dateline_is_no_part_of_the_source() -> None:
    # Reuters, 2014-08-17, "Germany's Steinmeier says leaders may agree to continue Ukraine
    # crisis talks" (http://www.reuters.com/article/us-ukraine-crisis-steinmeier-idUSKBN0GH0SN20140817,
    # stored by the search tool; real)
    a = _run("BERLIN (Reuters) - German Foreign Minister Frank-Walter Steinmeier said on Sunday "
             "after a meeting with his counterparts from Ukraine, Russia and France that they "
             "would report back to leaders in their capitals.\n\n"
             "A spokeswoman said he meant either Monday or Tuesday.\n")
    said = a.attributions[0]
    assert said.source is not None
    assert said.source.text == "German Foreign Minister Frank-Walter Steinmeier"
    assert a.entity(said.source.entity).name == "Frank-Walter Steinmeier"


def test_secretary_of_state_is_no_part_of_the_name_a_pronoun_finds() -> None:
    # Sputnik, 2016-10-16, as carried by https://www.theiranproject.com/en/news/235279/ (stored
    # by the search tool; real): `He` is John Kerry, not a person called `State John Kerry`.
    a = _run("Participants of the international ministerial meeting on Syrian settlement reached "
             "consensus on key issues including the necessity to restore the ceasefire, the US "
             "Secretary of State John Kerry said Saturday.\n\n"
             "He has not ruled out that different approaches could be formed as result of the "
             "talks adding that several ministers offered a number of ideas.\n")
    assert _speaker(a, "has not ruled out", "He") == "John Kerry"


def test_relative_pronoun_takes_the_noun_phrase_after_the_preposition() -> None:
    # en-cnet-1 (CNET, 2017-01-18): `a lawsuit with ZeniMax Media, which accuses Oculus`:
    # ZeniMax accuses, not the lawsuit.
    a = _run("Zuckerberg offered a primer on the strategies he and his company employ when they see "
             "an attractive target during testimony Tuesday in a lawsuit with ZeniMax Media, which "
             "accuses Oculus and Facebook of \"misappropriating\" trade secrets and copyright "
             "infringement.")
    assert _speaker(a, "accuses", "which") == "ZeniMax Media"


def test_description_with_relative_after_a_name_is_that_person() -> None:
    # en-vice-1 (Vice, 2019-08-21): the description and its relative clause are the apposition
    # of the name before them; the quotation closes before the name (the tagger ran on into it).
    # `tweeted about the smoke` is no attribution (a topic, no content), so the relative is part
    # of the source of `said`, as PolNeAR marks `Name, description who ...,`.
    a = _run("“Countryside residents started complaining about the wildfire smoke, because the air "
             "used to be clean there and now the city is full of smoke and ashes,” Alberto "
             "Shiguematsu, a São Paulo resident who tweeted about the smoke, said.")
    assert _speaker(a, "said") == "Alberto Shiguematsu"
    said = next(x for x in a.attributions if _cue_is(x, "said"))
    assert said.content[-1].text.endswith("smoke and ashes")


def test_polnear_source_keeps_the_comma_closing_an_apposition() -> None:
    # PolNeAR dev huff-post_2016-09-27 (real): `Brian Fallon, the campaign’s press secretary,
    # noted` is marked with the comma; a source without an inner comma leaves it out (`Trump,
    # meanwhile, said`: written for this test); so does a source after its cue.
    from sayso.eval.score import polnear_source
    from sayso.model import Attribution, EntitySpan, Span

    def attribution(text: str, source: str, cue: str) -> Attribution:
        s, c = text.index(source), text.index(cue)
        return Attribution("a1", EntitySpan.at(text, s, s + len(source)),
                           [Span.at(text, c, c + len(cue))], [Span.at(text, c + len(cue) + 1, len(text))])

    text = ("Brian Fallon, the campaign’s press secretary, noted that the campaign faced a "
            "crossroads back in May.")
    a = attribution(text, "Brian Fallon, the campaign’s press secretary", "noted")
    assert polnear_source(text, a).text == "Brian Fallon, the campaign’s press secretary,"
    text = "Trump, meanwhile, said the debate was rigged."
    assert polnear_source(text, attribution(text, "Trump", "said")).text == "Trump"


@pytest.mark.xfail(strict=True, reason=(
    "the word-class CRF no longer tags 'Mao Ning ... rebuked' (a cue the rules beside the tagger "
    "do not read: not a core verb) and hands the untagged clause after 'rebuked' to 'She urged' "
    "in the next sentence, so the spokeswoman has no attribution and 'She' resolves to Nicholas Burns"))
def test_she_after_initials_and_a_place_before_a_name() -> None:
    # Xinhua, 2024-06-26, as carried by http://en.chinadiplomacy.org.cn/2024-06/27/content_117275767.shtml
    # (stored by the search tool; real). `U.S. Ambassador` does not end the sentence at `U.S.`,
    # and `to China Nicholas Burns` names Nicholas Burns, not `China Nicholas Burns`: `She` is
    # the spokeswoman, the subject of the sentence before.
    a = _run("BEIJING, June 26 (Xinhua) -- Chinese foreign ministry spokesperson Mao Ning on "
             "Wednesday rebuked U.S. Ambassador to China Nicholas Burns for blaming China for "
             "blocking bilateral exchanges. She urged the U.S. side to take concrete actions to "
             "promote these exchanges.\n")
    assert _speaker(a, "urged", "She") == "Mao Ning"
    assert "China Nicholas Burns" not in {e.name for e in a.entities}


def test_family_name_first_names_the_person() -> None:
    # RT, 2020-07-16, "China urges US to return to reason in its policies, invites Pompeo to
    # visit Xinjiang" (https://www.rt.com/newsline/494823-china-us-reason-pompeo/, stored by the
    # search tool; real): `Hua` is Hua Chunying (family name first).
    a = _run("Beijing reiterated on Thursday that it does not seek to challenge or replace the "
             "United States.\n\nIf the US thinks that everything China does is a threat, that "
             "attitude would become self-fulfilling, Chinese Foreign Ministry spokeswoman Hua "
             "Chunying told reporters.\n\nHua also invited US Secretary of State Mike Pompeo to "
             "visit Xinjiang to see for himself that \"there are no human rights violations against "
             "the region's Uighur Muslim minority,\" Reuters reported.\n")
    assert _speaker(a, "also invited", "Hua") == "Hua Chunying"


def test_the_sources_are_the_unnamed_people_just_cited() -> None:
    # Reuters, 2026-05-10, Cerebras IPO (as quoted in a public repository found with the search
    # tool; real): `said the sources` is the two people familiar with the matter, one entity.
    a = _run("Cerebras Systems is set to raise the size and price of its initial public offering "
             "as soon as Monday, as demand for the artificial intelligence chipmaker’s shares "
             "continues to climb, two people familiar with the matter told Reuters on Sunday. The "
             "company is considering a new IPO price range of $150-$160 a share, up from $115-$125 "
             "a share, and raising the number of shares marketed to 30 million from 28 million, "
             "said the sources, who asked not to be identified because the information isn’t "
             "public yet.\n")
    told = next(x for x in a.attributions if [c.text for c in x.cue] == ["told"])
    said = next(x for x in a.attributions if [c.text for c in x.cue] == ["said"])
    assert told.source.entity == said.source.entity
    assert a.entity(said.source.entity).type == "unnamed"


def test_a_day_after_a_name_is_no_part_of_it() -> None:
    # FOX40 (KTXL), 2020-09, "Governor Newsom gives update on state's wildfires"
    # (https://fox40.com/news/california-connection/governor-newsom-gives-update-on-states-wildfires/,
    # stored by the search tool; real)
    a = _run("Governor Gavin Newsom Wednesday said 25 lives have been lost statewide while "
             "wildfires scorch 3.4 million acres and counting.\n\nNewsom said 4,200 structures have "
             "been destroyed and 38,000 people have been forced to flee their homes.\n")
    assert a.attributions[0].source.text == "Governor Gavin Newsom"
    assert _speaker(a, "said", "Newsom") == "Gavin Newsom"


def test_spokeswoman_for_a_person_is_not_that_person() -> None:
    # PolNeAR dev breitbart_2016-09-30_the-latest-trump-urges-supporter (AP copy; real): the
    # spokeswoman speaks for Hillary Clinton (one entity of her own, as the en-news gold reads
    # `A spokesperson for the British Foreign Office`), so that Clinton's own words and hers
    # are not one speaker.
    a = _run("A spokeswoman for Hillary Clinton says neither the Democratic presidential nominee "
             "nor her campaign helped a former Miss Universe get U.S. citizenship.")
    assert _speaker(a, "says") == "A spokeswoman for Hillary Clinton"


def test_the_company_after_a_lone_name_makes_it_an_organisation() -> None:
    # A product-management essay kept in a public repository found with the search tool
    # (real text about Klarna, 2024-25): `Klarna announced ... (the company said ...)`.
    a = _run("In February 2024, Klarna announced that its AI assistant was handling a large share "
             "of its customer service chats (the company said about two-thirds) and presented it "
             "as doing work equivalent to hundreds of human agents. In 2025, the company said it "
             "would put more emphasis on human customer service again.\n")
    klarna = next(e for e in a.entities if e.name == "Klarna")
    assert klarna.type == "organization"
    assert all(x.source.entity == klarna.id for x in a.attributions if x.source is not None)


POLNEAR_TRAIN = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "en-polnear" / "train" / "text"


def _polnear(name: str) -> Analysis:
    path = POLNEAR_TRAIN / name
    if not path.exists():
        pytest.skip("PolNeAR train not present")
    return _run(path.read_text("utf-8"))


def test_object_pronoun_after_according_to_is_the_person_named_before() -> None:
    # enC-tass-3 (TASS, 2024-12-26): `According to him, new opportunities ...` after
    # `Russian Ambassador to Havana Viktor Koronelli said`: `him` is `he`'s antecedent, not a
    # new entity named "him".
    assert _speaker(_article("enC-tass-3"), "According to", "him") == "Viktor Koronelli"


def test_role_in_apposition_after_a_name_is_that_person() -> None:
    # en-guardian-1 (The Guardian, 2020-01-20): `Chi Onwurah, the Labour MP for Newcastle
    # Central, who is supporting the report, said`: the role's head noun (MP) before its `for`
    # makes it a person's role, so the apposition is Onwurah.
    assert _speaker(_article("en-guardian-1"), "said", "the Labour MP for Newcastle Central") == "Chi Onwurah"


def test_pronoun_skips_a_name_inside_an_organisation_name() -> None:
    # en-guardian-1: `a spokesperson for the Universities and Colleges Employers’ Association
    # (UCEA) said ... “...,” he said.`: `Colleges Employers` (before `’ Association`) is part of
    # the body's name, no person for `he`; the spokesperson (a person: head noun before `for`) is.
    a = _article("en-guardian-1")
    assert _speaker(a, "said", "he") == _speaker(
        a, "said", "a spokesperson for the Universities and Colleges Employers’ Association (UCEA)")


def test_role_of_a_body_then_a_name_is_the_named_person() -> None:
    # PolNeAR train, wash-post_2015-12-10: `The leader of the Anti-Defamation League, Jonathan
    # Greenblatt, warned`: the entity is Greenblatt (not "Anti-Defamation League" as a person
    # after the title is stripped), and the next `He said` is him.
    a = _polnear("wash-post_2015-12-10_netanyahu-rejects-trump-s-remark.txt")
    assert _speaker(a, "warned") == "Jonathan Greenblatt"
    assert _speaker(a, "said", "He") == "Jonathan Greenblatt"


def test_a_persons_possessive_before_a_body_word_keeps_the_person() -> None:
    # PolNeAR train, politico_2016-07-29: `As Rep. Alan Grayson’s Senate campaign began falling
    # apart ..., he blasted out a new robocall`: a singular possessive before `Senate` is the
    # person's, so `he` is Alan Grayson (not his ex-wife Lolita Grayson, named later).
    a = _polnear("politico_2016-07-29_sex-lies-and-the-grayson-family-.txt")
    assert _speaker(a, "blasted out a new robocall touting", "he") == "Alan Grayson"


def test_general_role_noun_finds_a_person_named_with_a_fitting_title() -> None:
    # en-sputnik-1 (Sputnik, 2019-11): `Prince Andrew, ..., has reportedly told friends` (no
    # source found there) and later `In it, the British royal blankly denied ...`: `royal` is
    # a hypernym of `prince` (entity_types.json role_hypernyms), so the description is the
    # prince named in the text, not a new entity.
    assert _speaker(_article("en-sputnik-1"), "denied", "the British royal") == "Prince Andrew"


def test_role_hypernym_reads_the_title_before_a_name_in_running_text() -> None:
    # self-written, wire style: the ambassador is named in running text only (no source yet),
    # with `to Havana` between the title and the name.
    a = _run("Russian Ambassador to Havana Viktor Koronelli spoke at a forum on Monday. "
             "The Russian diplomat said the invitation reflected Cuba's prestige.")
    assert _speaker(a, "said", "The Russian diplomat") == "Viktor Koronelli"


def _polnear_dev(name: str) -> Analysis:
    path = POLNEAR_TRAIN.parent.parent / "dev" / "text" / name
    if not path.exists():
        pytest.skip("PolNeAR dev not present")
    return _run(path.read_text("utf-8"))


def test_honorific_surname_takes_the_person_of_its_gender() -> None:
    # PolNeAR dev, nyt_2016-09-08: `President Bill Clinton` is named shortly before `Mrs.
    # Clinton has embraced Mr. Obama's go-it-alone approach`: `Mrs.` asks for a woman, so the
    # surname is Hillary Clinton's (issue #15: two people who share a surname stay apart).
    # `has embraced` is a narrated act, no attribution since enprec14 (ANNOTATION.md): the
    # sentence is read with a verb of saying put in, so the mention is a speaker again.
    path = POLNEAR_TRAIN.parent.parent / "dev" / "text" / "nyt_2016-09-08_obama-on-climate-change-the-tren.txt"
    if not path.exists():
        pytest.skip("PolNeAR dev not present")
    text = path.read_text("utf-8")
    assert "Mrs. Clinton has embraced" in text
    a = _run(text.replace("Mrs. Clinton has embraced", "Mrs. Clinton has said she embraced"))
    assert _speaker(a, "has said", "Mrs. Clinton") == "Hillary Clinton"


def test_full_name_with_another_given_name_is_another_person() -> None:
    # PolNeAR dev, breitbart_2016-09-30: Libertarian Gary Johnson is a source early on;
    # `Homeland Security Secretary Jeh Johnson` later is someone else, and so is the `Johnson`
    # after him.
    a = _polnear_dev("breitbart_2016-09-30_the-latest-trump-urges-supporter.txt")
    names = {a.entity(x.source.entity).name for x in a.attributions
             if x.source is not None and x.source.text == "Homeland Security Secretary Jeh Johnson"}
    assert names == {"Jeh Johnson"}


def test_unisex_given_name_leaves_an_honorific_free() -> None:
    # self-written, wire style: `Lee` is borne by men and women, so `Ms. Epstein` may be Lee
    # Epstein (PolNeAR train nyt_2016-03-04 has exactly this woman).
    a = _run("Lee Epstein, a law professor, studied the court. Ms. Epstein said the data were clear.")
    assert _speaker(a, "said", "Ms. Epstein") == "Lee Epstein"


def test_both_men_are_the_last_two_men_named() -> None:
    # en-nypost-1 (New York Post, 2019-11-19): `American Kevin King and Australian Timothy
    # Weeks` were held hostage; `Both men claimed at the time ...` is the two of them as one
    # group, named without the nationalities before the names.
    assert _speaker(_article("en-nypost-1"), "claimed", "Both men") == "Kevin King and Timothy Weeks"


def test_both_women_skips_men_named_between() -> None:
    # PolNeAR train, nyt_2016-06-28 (Clinton and Warren team up): `Both women` is Elizabeth
    # Warren and Hillary Clinton, the last two women named.
    a = _polnear("nyt_2016-06-28_clinton-and-warren-team-up-on-tr.txt")
    names = {a.entity(x.source.entity).name for x in a.attributions
             if x.source is not None and x.source.text == "Both women"}
    assert names == {"Elizabeth Warren and Hillary Clinton"}


def test_both_with_a_role_noun_is_left_alone() -> None:
    # self-written: `both lawmakers` would need the role to agree, which recency alone does
    # not tell, so no pair is guessed.
    a = _run("Senator Ann Smith met John Brown on Monday. Both lawmakers said the bill would pass.")
    assert _speaker(a, "said", "Both lawmakers") == "Both lawmakers"


def test_acronym_after_a_modifier_is_the_body_it_spells() -> None:
    # enC-smithsonian-1 (Smithsonian, real): `the Chinese Center for Disease Control and
    # Prevention` is a source, later `the Chinese CDC`: the modifier opens the full name and
    # the acronym spells the words after it (one last word, `Prevention`, left out).
    a = _article("enC-smithsonian-1")
    names = {a.entity(x.source.entity).name for x in a.attributions
             if x.source is not None and x.source.text == "the Chinese CDC"}
    assert names == {"the Chinese Center for Disease Control and Prevention"}


def test_who_after_a_bare_surname_makes_it_a_person() -> None:
    # PolNeAR train, breitbart_2016-04-12 (shortened to its two sentences): `Ramos, who lives
    # in Miami, ...` then `according to him`: `who` (a body takes `which`) is person evidence,
    # so `him` has an antecedent.
    a = _run("Ramos, who lives in Miami, considers himself an immigrant even though he has acquired "
             "US citizenship.\n\nHe crossed the border more than 30 years ago after, according to "
             "him, Mexico’s powerful Televisa network censured his first report.")
    assert _speaker(a, "according to", "him") == "Ramos"


def test_a_source_in_an_earlier_sentence_loses_to_the_subject_before_the_cue() -> None:
    # Fresh page outside every split (branch enspk9): cbsnews.com/news/impeachment-hearings-key-
    # moments-from-kurt-volkers-and-tim-morrisons-testimony-2019-11-19/ (the tagger took the
    # previous sentence's coordinated subject for the source of `Volker said`).
    a = _run("Kurt Volker, the former special envoy to Ukraine, and Tim Morrison, a former National "
             "Security Council official, testified side-by-side before the House Intelligence "
             "Committee Tuesday about the events at the center of the impeachment inquiry. Volker "
             "said he had no knowledge of any efforts to urge Ukraine to investigate Joe and Hunter "
             "Biden.")
    assert _speaker(a, "said", "Volker") == "Kurt Volker"


# Round 10 (branch enspk10): error classes tallied on half A of the judged fresh pages
# `benchmarks/data/enspk10/` (origins in its SOURCES.tsv); each test is a real sentence.

def test_organisation_named_in_its_spokespersons_description_is_its_own_entity() -> None:
    # BBC News 2004 (tech/133 of the BBC dataset, bbc09): `A Delta spokesperson` holds `Delta`
    # as a premodifier; the airline speaking next is the airline, not its spokesperson.
    a = _run("A Delta spokesperson confirmed on Wednesday that Ms Simonetti was no longer an "
             "employee. Delta has repeatedly declined to elaborate on what it calls \"internal "
             "employee matters\".")
    assert _speaker(a, "confirmed") == "A Delta spokesperson"
    assert _speaker(a, "has repeatedly declined to elaborate on") == "Delta"


def test_a_premodifier_is_no_head_for_a_later_description() -> None:
    # CNN Business 2019 on Ren Zhengfei (web07): `The US government` is not the unnamed
    # `US government officials` (their head is `officials`; Vieira & Poesio's same-head rule).
    a = _run("US government officials say Beijing could use Huawei equipment to snoop on "
             "Americans. Meng has been released on bail. The US government alleges that Meng "
             "helped the company dodge sanctions on Iran.")
    assert _speaker(a, "say") == "US government officials"
    assert _speaker(a, "alleges") != "US government officials"


def test_a_government_noun_describes_no_company() -> None:
    # BBC News 2005 (business/291, bbc03): `The government had claimed` after `Altria Group
    # said` is the US government, not Altria.
    a = _run("Altria Group said, in a statement, the government now \"must not only prove that "
             "the companies have engaged in fraudulent behaviour in the past\".\n\nThe government "
             "had claimed tobacco firms lied about the dangers of smoking.")
    assert _speaker(a, "said") == "Altria Group"
    claimed = next(x for x in a.attributions if x.source is not None
                   and x.source.text == "The government")
    assert a.entity(claimed.source.entity).type == "government"


def test_role_closed_by_a_known_surname_is_that_person() -> None:
    # BBC Sport 2005 (sport/347, bbc15): `former England captain Moore` after `Brian Moore
    # believes` is Brian Moore, and so is the next `Moore`.
    a = _run("Brian Moore believes the England captain should not be a full-back.\n\nJason Robinson "
             "has led the team during their opening three defeats in the Six Nations tournament. And "
             "former England captain Moore told the BBC: \"Full-backs are too far away from the "
             "action.\" Moore says a lack of cohesion in the forwards is one of the reasons.")
    assert _speaker(a, "believes") == _speaker(a, "told") == _speaker(a, "says") == "Brian Moore"


def test_role_after_the_speakers_next_quotation_is_that_speaker() -> None:
    # BBC Sport 2005 (sport/399, bbc13): `"...," said the Warriors chief` right after
    # `Lindsay also said ...` is Lindsay (Wigan Warriors' chairman), not a new person.
    a = _run("Wigan chairman Maurice Lindsay says he does not expect a quick solution.\n\nLindsay "
             "also said he understood why rugby union was so interested in signing up Farrell. "
             "\"It'd be a great loss for us but a great boost for them,\" said the Warriors chief. "
             "\"This guy is an absolute sporting icon.\"")
    assert _speaker(a, "said", "the Warriors chief") == "Maurice Lindsay"


def test_she_skips_names_the_text_marks_as_men() -> None:
    # Rochester City Newspaper 2020 (web03): `She had said` after `the death of Daniel Prude`
    # (a man's given name, `his arrest`) is the mayor, the nearest person not marked a man.
    a = _run("Mayor Lovely Warren will make \"a major announcement\" on Saturday at 11 a.m., "
             "according to her administration.\n\nThe news conference will mark the first that "
             "Warren has spoken to the press corps since her administration released a 325-page "
             "report compiled by her deputy mayor, James Smith, on the city's handling of the death "
             "of Daniel Prude.\n\nShe had said at the outset of the report's release on Sept. 14 "
             "that she would give the media \"a few days to digest\" the report.")
    assert _speaker(a, "had said") in ("Lovely Warren", "Mayor Lovely Warren", "Warren")


def test_an_age_in_apposition_stands_between_the_name_and_its_verb() -> None:
    # CNN Business 2019 (web07): `Ren, 74, said he loved China` is Ren Zhengfei's.
    a = _run("Ren Zhengfei also praised President Donald Trump as a \"great president\".\n"
             "Speaking to foreign media for the first time in three years, Ren, 74, said he loved "
             "China and supported the Communist Party.")
    assert _speaker(a, "said") == "Ren Zhengfei"


def test_a_pronoun_subject_speaks_its_participial_cue() -> None:
    # BBC News 2005 (entertainment/291, bbc17): `But he also spoke of ..., adding that ...`.
    a = _run("Singer Bruce Springsteen has inducted Irish rock band U2 into the Rock and Roll Hall "
             "of Fame. Introducing the band, Springsteen mocked Bono as the man who \"single-handedly "
             "pioneered the Irish mullet\". But he also spoke of the group's enduring stature, adding "
             "that it was the only band of the last 20 years where he knew all four members' names.")
    assert _speaker(a, "adding") == "Bruce Springsteen"


def test_sport_and_arts_descriptions_point_back_to_the_person() -> None:
    # BBC Sport 2004 (sport/049, bbc19) and BBC News 2005 (entertainment/203, bbc24).
    a = _run("Marion Jones has filed a lawsuit for defamation against Balco boss Victor Conte "
             "following his allegations that he gave her performance-enhancing drugs.\n\nThe Sydney "
             "Olympic gold medallist says Conte damaged her reputation.")
    assert _speaker(a, "says") == "Marion Jones"
    b = _run("Germaine Greer has criticised Celebrity Big Brother's \"bullying\" of housemates.\n\n"
             "Nielsen had panicked that if she reacted badly it could harm her access to her "
             "children, Greer said. The feminist writer and broadcaster said Big Brother had "
             "behaved \"like a child rather than a parent\".")
    assert _speaker(b, "said", "The feminist writer and broadcaster") == "Germaine Greer"


def test_relative_after_a_parenthesised_acronym_is_the_named_body() -> None:
    # BBC News 2005 (business/015, bbc27).
    a = _run("Airlines have attacked the legislation. The European Commission is facing two legal "
             "challenges - one from the European Low-fare Airlines Association (ELAA) and the other "
             "from the International Air Transport Association (IATA), which has attacked the "
             "package as a \"bad piece of legislation\".")
    assert _speaker(a, "has attacked", "which") == "the International Air Transport Association"


FRESH = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "enspk10"


def _fresh(page: str) -> Analysis:
    return _run((FRESH / f"{page}.txt").read_text("utf-8"))


def test_a_new_subject_with_age_and_role_takes_the_pronoun_from_the_last_speaker() -> None:
    # BBC News 2005 (entertainment/022, judged page bbc23): `Hazel Gilbert, 23, an information
    # manager from Newcastle,` (a given name the list lacks) is the `she` of the quotation
    # after her, not the dance teacher quoted before.
    a = _fresh("bbc23")
    said = next(x for x in a.attributions if x.source is not None and x.source.text == "she"
                and x.content[0].text.startswith("It's not a very cool thing"))
    assert a.entity(said.source.entity).name == "Hazel Gilbert"


def test_description_restricted_by_its_relative_clause_is_its_own_referent() -> None:
    # PolNeAR train politico_2015-12-11_politico-new-york-s-culture-busi (real): `the British
    # playwright who wrote "Peter Pan"` (J.M. Barrie) is not the reporter named before.
    a = _polnear("politico_2015-12-11_politico-new-york-s-culture-busi.txt")
    # The span is the antecedent (ANNOTATION.md: the span naming the source), not `who`.
    who = next(x for x in a.attributions if x.source is not None
               and x.source.text == "the British playwright"
               and a.document.text[x.source.end:x.source.end + 4] == " who")
    assert a.entity(who.source.entity).name == "the British playwright"


def test_names_with_diacritics_are_names() -> None:
    # `Ilia Calderón` (PolNeAR train huff-post_2015-12-22_of-the-most-powerful-things-lati, real
    # name): a name with an accented letter is a name, so a later `She` finds it.
    a = _run("After a Univision host was fired over comments, the network's nightly news anchor Ilia "
             "Calderón reacted with a moving letter on preparing her daughter to face "
             "discrimination.\n\nShe said the comments had hurt her.")
    assert _speaker(a, "said") == "Ilia Calderón"


def test_name_with_a_bare_role_apposition_before_said() -> None:
    # BBC News 2005 (tech/062, judged page bbc26).
    a = _run("Ask Jeeves has bought the Bloglines website.\n\nJim Lanzone, vice president of search "
             "properties at Ask Jeeves in the US, said it did not acquire Bloglines just to get a "
             "foothold in the blog publishing world.")
    assert _speaker(a, "said") == "Jim Lanzone"


def test_a_place_in_a_participle_apposition_is_not_the_source() -> None:
    # BBC Sport 2004 (sport/049, judged page bbc19).
    a = _run("Marion Jones has filed a lawsuit for defamation against Victor Conte.\n\nHer lawsuit, "
             "filed in the US District Court in San Francisco, said the sprinter had passed a lie "
             "detector test.")
    assert _speaker(a, "said") != "San Francisco"


def test_it_is_the_body_opening_the_sentence_before() -> None:
    # BBC News 2004 (tech/133, judged page bbc09): `Delta has been hit recently by pressures of
    # rising fuel costs ... It has said it needs to cut ... jobs` is Delta, not the blog
    # postings an earlier paragraph made a source.
    a = _fresh("bbc09")
    said = next(x for x in a.attributions if x.source is not None and x.source.text == "It"
                and x.content[0].text.startswith("it needs to cut"))
    assert a.entity(said.source.entity).name == "Delta"


def test_body_glossed_with_its_acronym_is_one_entity() -> None:
    # BBC News 2005 (entertainment/022, judged page bbc23): `the Royal Academy of Dance (RAD)`,
    # `The organisation blames`, `The RAD found` are one body, shown by its full name.
    a = _fresh("bbc23")
    blames = _speaker(a, "blames")
    assert blames == "Royal Academy of Dance"
    assert _speaker(a, "found", "The RAD") == blames


_LAPORTE = (
    "France coach Bernard Laporte believes his team will be scared going into their game with "
    "England on Sunday, but claims it will work in their favour.\n\n"
    "The French turned in a stuttering performance as they limped to a 16-9 win against Scotland "
    "in the opening match of the Six Nations on Saturday. \"We will go to Twickenham with a little "
    "fear and it'll give us a boost,\" said the French coach.")


def test_a_coach_is_a_description_that_resolves_to_the_named_coach() -> None:
    # BBC News 2005, sport/296 of the Greene & Cunningham dataset (DokahlSoZoor/DieNeueKrone
    # 4abe2d2a, `data/bbc/sport/296.txt`, opening paragraphs): `said the French coach` was cut to
    # the source `the French` (a nationality, no speaker); `coach` is a role like `manager`.
    a = _run(_LAPORTE)
    said = next(x for x in a.attributions if x.content and x.content[0].text.startswith("We will go"))
    assert said.source is not None and said.source.text == "the French coach"
    assert a.entity(said.source.entity).name == "Bernard Laporte"


def test_the_head_coach_of_a_team_is_the_coach_named_before() -> None:
    # Judged fresh page web11 (benchmarks/data/enspk10, Iranian women's football, 2010s):
    # `The head coach of the national team` is Maryam Irandoost, named earlier.
    a = _fresh("web11")
    said = next(x for x in a.attributions if x.source is not None
                and x.source.text.startswith("The head coach of the national team"))
    assert a.entity(said.source.entity).name == "Maryam Irandoost"


# Round 11 (branch enspk11): speaker error classes tallied over the open material (en-news
# A-D tune, part E tune, test half A; table in benchmarks/data/enspk11/README.md). Each test is
# a real sentence, its article named (origins in evaldata/en-news/articles.tsv).

def _source_of(a: Analysis, content_part: str) -> Attribution:
    """The attribution whose content holds `content_part`."""
    found = [x for x in a.attributions if any(content_part in c.text for c in x.content)]
    assert found, [c.text for x in a.attributions for c in x.content]
    return found[0]


def test_relative_clause_run_into_the_cue_stays_in_the_source() -> None:
    # NBC News 2019 (en-nbc-2, test half A): the tagger cut the subject after `who` and took
    # `reported the call recalled` for the cue; the clause says which staff member.
    a = _run("The staff member who reported the call recalled that he said, \"I'll put a bullet in "
             "her (expletive) skull,\" the U.S. attorney's office said.")
    recalled = _source_of(a, "he said")
    assert recalled.source is not None and recalled.source.text == "The staff member who reported the call"
    assert [c.text for c in recalled.cue] == ["recalled"]


def test_bare_who_takes_its_antecedent_and_clause() -> None:
    # Kaieteur News (enC-kaieteur-1, tune): `The logger who stayed back claimed`.
    a = _run("The logger who stayed back claimed that Ramdehol bled to death in his care and he "
             "decided to leave the jungle too.")
    claimed = _source_of(a, "Ramdehol bled")
    assert claimed.source is not None and claimed.source.text == "The logger who stayed back"
    assert [c.text for c in claimed.cue] == ["claimed"]


def test_relative_clause_after_a_trailing_source_runs_to_the_sentence_end() -> None:
    # KGO-TV (enD-kgo-1, test half A): `according to county officials who spoke about the
    # project.` (the relative clause had been left out of every span).
    a = _run("The Napa County Board of Supervisors approved a move to enter into exclusive "
             "negotiations with local developer WhiTim Napa LLC who represents Camp Margaritaville "
             "Resorts. This would be a $95 million investment by the Margaritaville group according "
             "to county officials who spoke about the project.")
    according = next(x for x in a.attributions if [c.text for c in x.cue] == ["according to"])
    assert according.source is not None
    assert according.source.text == "county officials who spoke about the project"


def test_auxiliaries_and_adverbs_after_who_stay_in_the_cue() -> None:
    # BBC News 2005 (business/087 and business/423 of the Greene & Cunningham dataset): the cue
    # `have been arguing` / `often argued with` is not cut after `who` (no clause ran into it).
    a = _run("David Myers made the comments under questioning by defence lawyers who have been "
             "arguing that Mr Ebbers was not responsible for Worldcom's problems.")
    arguing = _source_of(a, "Mr Ebbers")
    assert [c.text for c in arguing.cue] == ["have been arguing"]


def test_name_before_its_apposition_is_the_speaker() -> None:
    # Polygraph.info 2019 (enC-polygraph-1, test half A): the tagger took the apposition alone.
    a = _run("Charles Simpson, program administrator for the Refugees in Towns Project at Tufts "
             "University’s Feinstein International Center, told Polygraph.info the Russian Defense "
             "Ministry’s allegations are false.")
    told = _source_of(a, "the Russian Defense")
    assert told.source is not None and told.source.text.startswith("Charles Simpson, program administrator")
    assert a.entity(told.source.entity).name == "Charles Simpson"


def test_surname_before_its_apposition_is_the_person_named_before() -> None:
    # Polygraph.info 2019 (enC-polygraph-1): `Robertson, the U.S. commander, said:` after `Sean
    # Robertson` is Sean Robertson, not a new `the U.S. commander`.
    a = _run("Sean Robertson leads the U.S. forces at al-Tanf.\n\nRobertson, the U.S. commander, "
             "said: “The United States does not support forced or coerced relocations.”")
    said = _source_of(a, "The United States")
    assert said.source is not None and said.source.text == "Robertson, the U.S. commander"
    assert a.entity(said.source.entity).name == "Sean Robertson"


def test_sentence_adverb_before_the_source_is_no_name() -> None:
    # BBC News 2005 (business/471): `Separately, the ILO said` stays the ILO's.
    a = _run("Separately, the International Labour Organisation (ILO) said that at least one "
             "million people have lost their livelihoods in Sri Lanka and Indonesia alone.")
    said = _source_of(a, "at least one million")
    assert said.source is not None and said.source.text == "the International Labour Organisation (ILO)"


def test_bare_surname_mentions_vote_for_the_gender_of_the_full_name() -> None:
    # BBC News 2019 (en-bbc-2, test half A): `Taylor Swift, her former record label` and
    # `Swift got high profile support ..., after accusing them of trying to stop her` mark her.
    from sayso.lang.en.gender import GenderIndex
    text = ("A row involving Taylor Swift, her former record label and a couple of big name US "
            "politicians looks like it's coming to an end.\n\nSwift got high profile support last "
            "week, after accusing them of trying to stop her performing her back catalogue.")
    assert GenderIndex(text).of("Taylor Swift") == "f"
    # two given names before one surname (a family): only the full name's own mentions vote
    family = ("Keith Scott said he was scared. Rakeyia Scott said she was not. Scott said she "
              "would sue. Scott said she had a lawyer.")
    assert GenderIndex(family).of("Keith Scott") != "f"


def test_chief_executive_is_a_title_not_part_of_the_name() -> None:
    # Vancouver Sun / Reuters 2020 (en-vancouversun-1, test half A): the entity was named
    # `Executive Satya Nadella`, so every `he` resolved to him missed the speaker `Satya Nadella`.
    a = _run("Speaking from a stage at Microsoft’s headquarters in Redmond, Washington, Chief "
             "Executive Satya Nadella said that corporations need to create profitable solutions "
             "for the problems of both people and planet.\n\n“If the last decade has taught us "
             "anything, it’s that technology built without these principles can do more harm than "
             "good,” he said.")
    assert _speaker(a, "said", "he") == "Satya Nadella"


def test_platform_after_the_verb_is_no_subject_of_the_participle() -> None:
    # BBC News 2019 (en-bbc-2, test half A): `Taylor Swift posted on Twitter accusing ...`:
    # Twitter was the source, and every later `they`/`it` resolved to it.
    a = _run("Then, last week, Taylor Swift posted on Twitter accusing Big Machine of trying to stop "
             "her performing tracks from her first six albums at the AMAs.")
    accusing = _source_of(a, "Big Machine of trying")
    assert accusing.source is not None and accusing.source.text == "Taylor Swift"


def test_participle_after_a_noun_and_its_place_is_not_the_sentence_subjects() -> None:
    # BBC News 2005 (business/102): `an unnamed agent in Benin claiming ties`: the -ing
    # phrase modifies the agent (a noun before the preposition), so the rule leaves it.
    a = _run("The SEC had accused Titan of illegally paying dollars 2.1m to an unnamed agent in "
             "Benin claiming ties with President Kerekou.")
    claiming = [x for x in a.attributions if [c.text for c in x.cue] == ["claiming"]]
    assert all(x.source is None or x.source.text != "The SEC" for x in claiming)


def test_introductory_prepositional_phrase_is_no_name_before_an_apposition() -> None:
    # PolNeAR train (Washington Post 2016-02-02): `Among Democrats, about two-thirds ...`.
    a = _run("Among Democrats, about two-thirds of caucus attendees described themselves as liberals "
             "with about three in 10 saying they are very liberal.")
    described = next(x for x in a.attributions if [c.text for c in x.cue] == ["described"])
    assert described.source is not None
    assert described.source.text == "about two-thirds of caucus attendees"


def test_name_with_an_apposition_holding_commas_is_the_source() -> None:
    # Sputnik 2019 (en-sputnik-1, tune): the apposition holds `, Charles,`; the cue had no source.
    a = _run("Prince Andrew, the nearly 60-year-old younger brother of heir to the British throne, "
             "Charles, has reportedly told friends and family that the interview aired at the "
             "weekend was a “great success”.")
    told = _source_of(a, "the interview aired")
    assert told.source is not None and told.source.text.startswith("Prince Andrew, the nearly")
    assert a.entity(told.source.entity).name == "Prince Andrew"


def test_a_setting_set_off_by_commas_is_no_apposition() -> None:
    # BBC News 2005 (business/291): `, in his ruling,` is no part of the judge's source.
    a = _run("Judge David Sentelle, in his ruling, said such laws were aimed at putting an end to "
             "illegal conduct going forward.")
    said = _source_of(a, "such laws")
    assert said.source is not None and said.source.text == "Judge David Sentelle"


def test_adverb_between_subject_and_verb_keeps_the_participles_subject() -> None:
    # The Statesman (enE-statesman-1, part E tune): `also` (a clause opener when it opens a
    # sentence) stood between the subject and its verb, so `, saying` had no source.
    a = _run("The Delhi Police also issued a clarification, saying there was no firing incident "
             "targeting Sirsa.")
    saying = _source_of(a, "there was no firing")
    assert saying.source is not None and saying.source.text == "The Delhi Police"


def test_adverb_after_an_expletive_there_makes_no_subject() -> None:
    # PolNeAR train (Politico 2016-05-31): `There's still time ..., calling` has no speaker there.
    a = _run("There’s still time for Cruz to build bridges with Republican senators, even after "
             "repeatedly dismissing them as part of the “Washington cartel” and calling Senate "
             "Majority Leader Mitch McConnell a liar.")
    assert all(x.source is None or not x.source.text.startswith("There") for x in a.attributions)


def test_fronted_participle_skips_a_with_phrase_before_its_subject() -> None:
    # Connecticut Post 2019 (enD-ctpost-1, tune): `Arguing that ..., with the first votes less
    # than 100 days away, Patrick has said`: `Arguing` had no source.
    a = _run("Deval Patrick entered the race last week.\n\nArguing that voters are just now beginning "
             "to tune in, with the first votes less than 100 days away, Patrick has said he will have "
             "visibility when the populace starts paying attention.")
    arguing = next(x for x in a.attributions if [c.text for c in x.cue] == ["Arguing"])
    assert arguing.source is not None and arguing.source.text == "Patrick"
    assert a.entity(arguing.source.entity).name == "Deval Patrick"


def test_singular_they_frames_a_quotation_after_a_spokesperson() -> None:
    # 1News (TVNZ) 2023-03-15, en-news part N tune enN-1news-1: `a spokesperson for Amazon has
    # told 1News that the claims are untrue.` then, in the next paragraph, `"We currently have
    # no indications ...," they said.`: singular `they` for the spokesperson (a role that
    # tells no gender), not `The attackers` named two paragraphs earlier.
    a = _article("enN-1news-1")
    assert _speaker(a, "said", "they") == "a spokesperson for Amazon"


def test_singular_they_after_a_quotation_of_several_sentences() -> None:
    # BBC 2019 (en-news tune en-bbc-2) wording with a spokesperson as the speaker before:
    # the quotation holds two sentences before its frame `they said`; the hackers, a group and
    # a source before, are not `they`.
    a = _run("The hackers said on Sunday that they held the data.\n\nA spokesperson for the company "
             "denied that anything had been sorted.\n\n\"Any final agreement on this matter needs "
             "to be made directly with the management team. We have no further comment,\" they said.")
    assert _speaker(a, "said", "they") == "A spokesperson for the company"


def test_plural_they_after_a_quotation_keeps_a_named_group() -> None:
    # the same shape with a plural group named before the quotation: `they` stays plural
    # (no neutral role there), so the group keeps it.
    a = _run("The attackers posted about the breach on Sunday.\n\n\"There's always an option to "
             "let us leak your data,\" they said.")
    assert _speaker(a, "said", "they") == "The attackers"


def test_he_after_a_quotation_is_the_unnamed_resident_just_named() -> None:
    # Gulf News 2020, en-news part N tune enN-gulfnews-1: `An Indian resident said he heard the
    # rumour ...` then `"Though it sounded absurd, ...," he told Gulf News.`: `he` is the
    # resident (a description that tells no gender), not a new unnamed person.
    a = _article("enN-gulfnews-1")
    assert _speaker(a, "told", "he") == "An Indian resident"


def test_he_keeps_a_named_person_after_a_plural_description() -> None:
    # self-written, wire style: a plural description (`Residents`) is no `he`; the named
    # minister before them keeps it.
    a = _run("Health Minister John Kariuki said the clinic would reopen.\n\nResidents said they "
             "had waited for months.\n\n\"We are doing all we can,\" he said.")
    assert _speaker(a, "said", "he") == "John Kariuki"
