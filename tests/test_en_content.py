"""English content spans, exactly (the contract's convention: no quote marks, no frame comma).

Real sentences from PolNeAR dev (US political news, 2016) and the en-news tune set; each test
names its origin. The span rules are in `sayso/lang/en/content.py`; how they were measured is in
`benchmarks/content_diff.py`.
"""

from __future__ import annotations

import pytest

from sayso import pipeline
from sayso.model import Attribution, Document


def _content(text: str, cue: str) -> list[str]:
    """The content parts of the attribution whose cue is `cue`."""
    analysis = pipeline.run(Document(text=text, language="en"))
    found: list[Attribution] = [a for a in analysis.attributions
                                if " ".join(c.text for c in a.cue) == cue]
    assert found, f"no attribution with cue {cue!r}: {analysis.attributions}"
    return [c.text for c in found[0].content]


MEDIAL_FRAMES = [
    pytest.param(  # PolNeAR dev: nyt_2016-09-25_obama-says-african-american-muse
        "The museum, Mr. Bush said, celebrated several of his heroes, including the musician "
        "Chuck Berry, the baseball player Willie Mays and the Supreme Court justice Thurgood "
        "Marshall.", "said",
        ["The museum", "celebrated several of his heroes, including the musician Chuck Berry, the "
         "baseball player Willie Mays and the Supreme Court justice Thurgood Marshall"],
        id="polnear-dev-nyt-museum"),
    pytest.param(  # PolNeAR dev: nyt_2016-10-02_a-curious-plan-to-fight-climate- (a
        # subordinate clause before the frame is part of the claim)
        "Even if Mr. Clarke's venture proves short-lived, Mr. Morgan said, he has already "
        "completed a good deal of reclamation work.", "said",
        ["Even if Mr. Clarke's venture proves short-lived",
         "he has already completed a good deal of reclamation work"],
        id="polnear-dev-nyt-even-if"),
    pytest.param(  # PolNeAR dev: nyt_2016-09-08_obama-on-climate-change-the-tren (the clause
        # starts after `but`: what comes before it is the writer's)
        "China has historically resisted such agreements, but the air pollution there had "
        "become so bad, Mr. Obama noted, that the most-visited Twitter page in China was the "
        "daily air-quality monitor maintained by the United States Embassy in Beijing.", "noted",
        ["the air pollution there had become so bad",
         "the most-visited Twitter page in China was the daily air-quality monitor maintained by "
         "the United States Embassy in Beijing"],
        id="polnear-dev-nyt-but"),
    pytest.param(  # PolNeAR dev: wash-post_2016-09-26_charlotte-struggles-to-return-to (a
        # relative pronoun before the frame is the first part, as PolNeAR marks it)
        "The park, where demonstrators have sometimes gathered while marching in the city, is "
        "near the football stadium, which, Tompkins said, is usually full of activities, "
        "including bounce houses and face painting, on game days.", "said",
        ["which", "is usually full of activities, including bounce houses and face painting, on "
                  "game days"],
        id="polnear-dev-wapo-which"),
    pytest.param(  # en-news tune: en-dw-1 (DW, 2019)
        "This, according to Della, does nothing to diminish Germany's crimes.", "according to",
        ["This", "does nothing to diminish Germany's crimes"],
        id="en-news-tune-dw-according-to"),
]


@pytest.mark.parametrize(("text", "cue", "parts"), MEDIAL_FRAMES)
def test_a_frame_inside_the_clause_gives_two_parts(text: str, cue: str, parts: list[str]) -> None:
    assert _content(text, cue) == parts


def test_a_short_clause_opening_before_a_frame_is_the_first_part_of_a_quotation() -> None:
    # PolNeAR dev: nyt_2016-09-25_obama-says-african-american-muse
    text = ("It was, the president said, ''a stone where day after day for years, men and women "
            "were torn from their spouse or their child, shackled and bound, and bought and sold, "
            "and bid like cattle, on a stone worn down by the tragedy of over a thousand bare "
            "feet.''")
    assert _content(text, "said") == [
        "It was", "a stone where day after day for years, men and women were torn from their "
        "spouse or their child, shackled and bound, and bought and sold, and bid like cattle, on "
        "a stone worn down by the tragedy of over a thousand bare feet"]


def test_a_quotation_after_a_set_off_frame_keeps_one_part() -> None:
    # PolNeAR dev: breitbart_2016-09-30_the-latest-trump-urges-supporter: the clause before the
    # frame is narration, the quotation is the content
    text = ("As a phone rang, the announcer said, “It’s 3 a.m., and your children are safe and "
            "asleep. Who do you want answering the phone?”")
    assert _content(text, "said") == [
        "It’s 3 a.m., and your children are safe and asleep. Who do you want answering the phone?"]


def test_a_frame_after_an_introductory_phrase_is_not_medial() -> None:
    # PolNeAR dev: west-journal_2016-09-21_chris-christie-calls-hillary-cli: the content follows
    # the cue without a comma, so the phrase before the source is the writer's setting
    text = "On Wednesday, he told a crowd in Cleveland that he was “troubled” by the situation in Tulsa."
    assert _content(text, "told") == ["he was “troubled” by the situation in Tulsa"]


# PolNeAR dev: huff-post_2016-09-16_black-lawmakers-rip-donald-trump (PolNeAR gives a quotation
# of several sentences one part per sentence, each with its full stop)
BUTTERFIELD = ("“This is a disgusting day,” said Rep. G.K. Butterfield (D-N.C.), head of the "
               "Congressional Black Caucus. “Donald Trump is a disgusting fraud. By any definition, "
               "Donald Trump is a disgusting fraud! He started this silliness years ago.”")


@pytest.mark.parametrize(("contract", "polnear"), [
    # a sentence of a quotation that runs on keeps its full stop in PolNeAR's convention
    ("Donald Trump is a disgusting fraud", "“Donald Trump is a disgusting fraud."),
    # the quotation closes inside the part: the full stop after it is the frame's
    ("This is a disgusting day", "“This is a disgusting day,”"),
    # indirect content: the full stop stays out
    ("head of the Congressional Black Caucus", "head of the Congressional Black Caucus"),
])
def test_polnear_mapping_of_a_running_quotation(contract: str, polnear: str) -> None:
    from sayso.eval.score import polnear_content
    from sayso.model import Span

    start = BUTTERFIELD.index(contract)
    widened = polnear_content(BUTTERFIELD, Span.at(BUTTERFIELD, start, start + len(contract)))
    assert widened.text == polnear


def _attribution(text: str) -> Attribution:
    analysis = pipeline.run(Document(text=text, language="en"))
    assert len(analysis.attributions) == 1, analysis.attributions
    return analysis.attributions[0]


@pytest.mark.parametrize(("text", "cue", "content"), [
    # PolNeAR dev: nyt_2016-09-12_visa-program-up-for-renewal-amid
    ("Mr. Quiros was accused of using $50 million for personal expenses including a luxury "
     "condominium at Trump Place in New York.", "was accused of",
     "using $50 million for personal expenses including a luxury condominium at Trump Place in "
     "New York"),
    # PolNeAR dev: wash-post_2016-09-16_burma-leader-s-visit-to-washingt
    ("For her part, Suu Kyi has faced sharp criticism for failing to address ethnic violence "
     "against the Rohingya Muslim minority and sectarian warfare that has prevented a fully "
     "representative government.", "sharp criticism for",
     "failing to address ethnic violence against the Rohingya Muslim minority and sectarian "
     "warfare that has prevented a fully representative government"),
])
def test_the_cue_preposition_is_the_cues(text: str, cue: str, content: str) -> None:
    got = _attribution(text)
    assert " ".join(c.text for c in got.cue) == cue
    assert [c.text for c in got.content] == [content]


def test_a_preposition_opening_a_time_phrase_is_not_the_cues() -> None:
    # en-news tune: en-nbc-1 (NBC News, 2019): `argued for decades` is the frame's time
    text = ("Although Hitler was born in Braunau in 1889, Austria argued for decades that it was "
            "the first victim of National Socialism, having been annexed by Hitler's Germany in "
            "1938.")
    got = _attribution(text)
    assert [c.text for c in got.cue] == ["argued"]


@pytest.mark.parametrize(("text", "content"), [
    # PolNeAR dev: nyt_2016-09-16_clinton-plan-for-taxes-is-expans: the rest of the source's
    # apposition (`on tax and budget issues and an associate professor ...`) is not content
    ("David Kamin, an outside adviser to the campaign on tax and budget issues and an associate "
     "professor at New York University School of Law, said that the campaign was ''taking a "
     "close look'' at provisions benefiting people like Mr. Trump, and that her proposals did "
     "not purport to cover every loophole she might seek to close or change as president.",
     ["the campaign was ''taking a close look'' at provisions benefiting people like Mr. Trump, "
      "and that her proposals did not purport to cover every loophole she might seek to close "
      "or change as president"]),
])
def test_the_sources_description_is_not_content(text: str, content: list[str]) -> None:
    assert _content(text, "said") == content


def test_a_frame_adjunct_before_that_is_not_content() -> None:
    # PolNeAR dev: breitbart_2016-10-03_the-latest-trump-s-leaked-taxes-
    text = ("Clinton says at a campaign stop in Toledo, Ohio, that it means Trump never contributed "
            "to Pell Grants to help kids attend college or federal veterans or military programs.")
    assert _content(text, "says") == [
        "it means Trump never contributed to Pell Grants to help kids attend college or federal "
        "veterans or military programs"]


@pytest.mark.parametrize(("text", "cue", "content"), [
    # PolNeAR dev: breitbart_2016-09-30_the-latest-trump-urges-supporter
    ("Merrill says Machado promised to continue supporting Clinton and said she would stand up "
     "to the attacks.", "says", "Machado promised to continue supporting Clinton"),
    # PolNeAR dev: west-journal_2016-09-21_chris-christie-calls-hillary-cli (the closing mark and
    # comma at the end go to the frame, as in the en-news gold: `the reports were “laughable`)
    ("Demonstrators said they want “justice for Terrence,” but pledged to remain civil.", "said",
     "they want “justice for Terrence"),
])
def test_content_ends_before_a_coordinated_reporting_verb(text: str, cue: str, content: str) -> None:
    assert _content(text, cue) == [content]


def test_but_without_a_comma_stays_inside_the_claim() -> None:
    # PolNeAR dev: wash-post_2016-09-25_phone-video-is-first-public-look (PolNeAR keeps it whole)
    text = ('Charlotte Mayor Jennifer Roberts said Friday that she thinks the video should be '
            'released but said "the question is the timing."')
    got = _content(text, "said")
    assert got[0].startswith("she thinks the video should be released but said")


def test_a_quotation_after_a_speech_participle_is_its_own_attribution() -> None:
    # PolNeAR dev: huff-post_2016-09-10_trump-s-east-european-achilles-h
    text = ("“We certainly can’t afford to do this anymore,” Trump said, adding later, “NATO is "
            "costing us a fortune, and yes, we’re protecting Europe with NATO, but we’re spending "
            "a lot of money.”")
    analysis = pipeline.run(Document(text=text, language="en"))
    got = {" ".join(c.text for c in a.cue): ([c.text for c in a.content], a.source.text if a.source else None)
           for a in analysis.attributions}
    assert got == {
        "said": (["We certainly can’t afford to do this anymore"], "Trump"),
        "adding": (["NATO is costing us a fortune, and yes, we’re protecting Europe with NATO, but "
                    "we’re spending a lot of money"], "Trump"),
    }


@pytest.mark.parametrize(("text", "cue", "content"), [
    # issue #11's example (written for the issue, wire style): the writer's comment on the claim
    # is neither content nor dropped (it makes the attribution unconfirmed)
    ("According to the Financial Times, citing people familiar with the matter, Russia lost 7,000 "
     "troops, a figure that could not be independently verified.", "According to",
     "Russia lost 7,000 troops"),
    # PolNeAR train: the same construction, as PolNeAR marks it
    ("Podliska further alleges that he was fired for taking time off to fulfill his military "
     "duties, a claim that Gowdy’s office strongly disputes.", "further alleges",
     "he was fired for taking time off to fulfill his military duties"),
])
def test_the_writers_comment_on_the_claim_is_not_content(text: str, cue: str, content: str) -> None:
    assert _content(text, cue) == [content]


def test_a_contrasting_clause_with_its_own_subject_ends_the_content() -> None:
    # en-news tune: en-albawaba-1 (Al Bawaba, 2019)
    text = ("The United Nations and European Union stressed the decision would not change the "
            "reality that the settlements were illegal, while the Arab League condemned the "
            "unilateral move announced on Monday by US Secretary of State Mike Pompeo.")
    assert _content(text, "stressed") == [
        "the decision would not change the reality that the settlements were illegal"]


@pytest.mark.parametrize(("text", "cue", "content"), [
    # PolNeAR dev: nyt_2016-10-02_a-curious-plan-to-fight-climate-
    ("Ultimately, Mr. Clarke hopes to offset all of the expected emissions from the coal he is "
     "producing with pollution credits. But right now, he is offsetting only 10 percent. That "
     "worries environmentalists. \"It's all I can afford,\" he said.", "said",
     ["It's all I can afford"]),
    # PolNeAR dev: wash-post_2016-09-26_ah-friends-once-more-ted-cruz-en
    ("The two men spent months lobbing pointed insults at one another. Cruz called Trump a "
     "\"pathological liar\" who is \"utterly amoral,\" a \"serial philanderer,\" a \"bully\" and a "
     "\"narcissist at a level I don't think this country has ever seen.\"", "called",
     ["Trump a \"pathological liar\" who is \"utterly amoral,\" a \"serial philanderer,\" a "
      "\"bully\" and a \"narcissist at a level I don't think this country has ever seen"]),
])
def test_narration_in_an_earlier_sentence_is_not_content(text: str, cue: str, content: list[str]) -> None:
    assert _content(text, cue) == content


@pytest.mark.parametrize(("text", "cue", "content"), [
    # en-news tune: en-abcnews-1 (ABC News, 2019)
    ("Hicks, a Navy veteran herself and the wife of an active-duty Navy member, said her intention "
     "was to honor the flag as well as her clients, who wanted to incorporate their military "
     "service in the photo shoot.", "said",
     "her intention was to honor the flag as well as her clients, who wanted to incorporate their "
     "military service in the photo shoot"),
    # en-news tune: en-cbsnews-1 (CBS News, 2019)
    ("Later that evening, he admitted that he took the child to Forest Hill's WoodSpring Suites "
     "hotel, where he carried the her into a room and held her captive.", "admitted",
     "he took the child to Forest Hill's WoodSpring Suites hotel, where he carried the her into a "
     "room and held her captive"),
])
def test_a_relative_clause_on_the_claims_last_noun_is_content(text: str, cue: str, content: str) -> None:
    assert _content(text, cue) == [content]


def test_a_semicolon_ends_an_unquoted_content() -> None:
    # PolNeAR dev: politico_2016-09-23_partisan-fireworks-over-clinton- (PolNeAR's content ends
    # at the semicolon; the clause after it is the writer's)
    text = ("Republicans said the timing of the immunity news was not intentional; they only learned "
            "on Friday of the arrangements with Mills, Samuelson and Bentel and almost immediately "
            "disclosed them to the AP, which first reported the story.")
    assert _content(text, "said") == ["the timing of the immunity news was not intentional"]


def test_a_semicolon_inside_a_quotation_stays() -> None:
    # PolNeAR dev: west-journal_2016-09-14_clinton-hid-past-health-problems
    text = ("“Hillary was back on the campaign trail within days … very few people knew of "
            "Hillary’s blood clot at the time; she wrote about it after she left the White House,” "
            "the book said.")
    assert _content(text, "said") == [
        "Hillary was back on the campaign trail within days … very few people knew of Hillary’s "
        "blood clot at the time; she wrote about it after she left the White House"]


@pytest.mark.parametrize(("text", "cue", "content"), [
    # PolNeAR dev: politico_2016-09-12_former-dnc-chairman-calls-for-cl
    ("But just as Trump’s late-summer swoon had Republicans wondering about his ability to "
     "continue his campaign, Clinton’s sudden health care scare has skittish Democrats "
     "contemplating contingencies as well.", "wondering about",
     "his ability to continue his campaign"),
    # PolNeAR dev: wash-post_2016-09-29_the-real-trump-showed-up-at-deba
    ("But what became evident as the debate moved along is that Trump has a genuine substantive "
     "interest in few policies and once he has said his piece, he is ready to move on.",
     "has said", "his piece"),
])
def test_a_fronted_subordinate_clause_ends_the_content_at_its_comma(text: str, cue: str,
                                                                   content: str) -> None:
    assert _content(text, cue) == [content]


@pytest.mark.parametrize(("text", "cue", "content"), [
    # PolNeAR dev: politico_2016-09-30_flight-attendants-union-endorses
    ("In a statement announcing the pick, the Association of Flight Attendants called Clinton a "
     "“champion” for its constituency.", "announcing", "the pick"),
    # PolNeAR dev: wash-post_2016-09-29_the-real-trump-showed-up-at-deba
    ("He needs more voters to judge him ready for the Oval Office, more support in particular "
     "from women, especially college-educated women.", "to judge", "him ready for the Oval Office"),
    # PolNeAR dev: wash-post_2016-10-05_international-monetary-fund-slas
    ("Meanwhile, in the United States, both presidential candidates have opposed an expansive new "
     "trade deal with countries bordering the Pacific Rim, known as the Trans- Pacific "
     "Partnership.", "have opposed",
     "an expansive new trade deal with countries bordering the Pacific Rim"),
])
def test_a_nominal_content_ends_at_the_comma_of_a_new_clause(text: str, cue: str, content: str) -> None:
    assert _content(text, cue) == [content]


def test_an_apposition_inside_a_nominal_content_stays() -> None:
    # en-news tune: en-guardian-1 (The Guardian, 2019)
    text = ("It calls on the Office for Students, the higher education regulator in England, to "
            "require each university to publish figures showing their use of casual teaching "
            "staff, and and for research councils to insist their grant-holders employ staff on "
            "improved contracts.")
    assert _content(text, "calls on")[0].startswith(
        "the Office for Students, the higher education regulator in England, to require")


def test_a_fronted_as_frame_keeps_the_main_clause_as_content() -> None:
    # PolNeAR train: huff-post_2016-03-16_hillary-clinton-wins-missouri-de (`As X reported, ...`:
    # the fronted clause is the frame; the content runs on past its own subordinate clause's comma)
    text = ("As The Washington Post reported, even if Sanders managed to split delegates with "
            "Clinton in Tuesday’s contests, he would then need to win 55 percent of the remaining "
            "delegates in order to tie the front-runner.")
    assert _content(text, "reported") == [
        "even if Sanders managed to split delegates with Clinton in Tuesday’s contests, he would "
        "then need to win 55 percent of the remaining delegates in order to tie the front-runner"]


@pytest.mark.parametrize(("text", "cue", "content"), [
    # PolNeAR dev: wash-post_2016-09-14_a-lesson-from-loretta-lynch-be-t
    ("She said she speaks more frequently about race because \"you talk about the issues that are "
     "presented by the matters in front of you,\" though she noted she has also pushed for "
     "vigorous prosecution of human trafficking cases, which mostly affect women.", "said",
     "she speaks more frequently about race because \"you talk about the issues that are "
     "presented by the matters in front of you"),
    # PolNeAR dev: politico_2016-09-25_poll-clinton-and-trump-in-dead-h
    ("Only 52 percent of registered voters agreed that Clinton is in \"good enough overall health "
     "to serve as president,\" while 73 percent said the same of Trump.", "agreed",
     "Clinton is in \"good enough overall health to serve as president"),
])
def test_a_quotation_closed_by_its_comma_ends_the_content(text: str, cue: str, content: str) -> None:
    assert _content(text, cue) == [content]


def test_a_subordinate_clause_ending_in_a_quotation_keeps_its_main_clause() -> None:
    # en-news tune: enC-newsweek-1 (Newsweek, 2019)
    text = ("The authors of the research published in the journal JAMA Psychiatry argued that while "
            "the policies have provided \"important social benefits, particularly around issues of "
            "equity in criminal justice,\" the climb in conditions like cannabis use disorder are "
            "\"a potential public health concern.\"")
    assert _content(text, "argued")[0].endswith("the climb in conditions like cannabis use "
                                                "disorder are \"a potential public health concern")


def test_a_conditional_clause_takes_its_main_clause() -> None:
    # PolNeAR dev: wash-post_2016-09-18_e-u-leaders-weigh-plans-for-grea
    text = ("E.U. leaders warn that if the bloc fails to ensure security for its citizens, "
            "it could rapidly fall apart.")
    assert _content(text, "warn") == [
        "if the bloc fails to ensure security for its citizens, it could rapidly fall apart"]


def test_a_conditional_clause_before_another_frame_stays_short() -> None:
    # PolNeAR dev: nyt_2016-10-02_a-curious-plan-to-fight-climate- (the main clause has a
    # reporting verb of its own: `Patriot could threaten`)
    text = ("Regulators and environmental groups worried that if the state held up the deal, Patriot "
            "could threaten to liquidate its properties, leaving no money for reclamations.")
    assert _content(text, "worried") == ["if the state held up the deal"]


FRAME_DAYS = [
    pytest.param(  # PolNeAR train: breitbart_2016-04-01_hillary-clinton-gets-testy-on-ca
        "The Sanders campaign responded Friday, saying industry lobbyists and fundraisers have "
        "donated to a super PAC supporting Clinton, and that the criticism, which is outlined in "
        "a report from Greenpeace, is fair game.", "responded",
        ["industry lobbyists and fundraisers have donated to a super PAC supporting Clinton, and "
         "that the criticism, which is outlined in a report from Greenpeace, is fair game"],
        id="polnear-train-breitbart-responded-friday-saying"),
    pytest.param(  # PolNeAR train: huff-post_2016-05-19_ferguson-is-not-among-the-most-d
        "The Democratic National Convention released a statement Wednesday evening, saying "
        "Trump’s comments are “another example of his dangerous and divisive race-baiting.”",
        "released a statement",
        ["Trump’s comments are “another example of his dangerous and divisive race-baiting"],
        id="polnear-train-huffpost-wednesday-evening"),
    pytest.param(  # PolNeAR train: the day is the reported clause's possessor, so it stays
        # (shortened from breitbart_2016-02-20_the-latest-hillary-clinton-tells)
        "The billionaire said Thursday's speeches have led her to count Trump and Carson out.",
        "said", ["Thursday's speeches have led her to count Trump and Carson out"],
        id="polnear-train-possessive-day-stays"),
]


@pytest.mark.parametrize(("text", "cue", "parts"), FRAME_DAYS)
def test_a_day_after_the_cue_dates_the_frame(text: str, cue: str, parts: list[str]) -> None:
    assert _content(text, cue) == parts
