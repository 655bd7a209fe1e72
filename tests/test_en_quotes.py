"""Single quotation marks, quotations nested in quotations, and passive reporting frames.

Sentences are real unless marked: fresh pages outside every split (origin given per test),
PolNeAR dev/train articles (shared/eval/en-polnear) and en-news tune articles."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from sayso import pipeline
from sayso.lang.en.single_quotes import quotation_pairs, quote_view
from sayso.model import Analysis, Attribution, Document

ROOT = Path(__file__).parents[1]
POLNEAR_DEV = ROOT.parent / "shared" / "eval" / "en-polnear" / "dev" / "text"
if not POLNEAR_DEV.exists():
    POLNEAR_DEV = Path("/work/shared/eval/en-polnear/dev/text")


def run(text: str) -> Analysis:
    return pipeline.run(Document(text=text, language="en"))


def with_cue(analysis: Analysis, cue: str) -> list[Attribution]:
    return [a for a in analysis.attributions if " ".join(c.text for c in a.cue) == cue]


def quoted(text: str) -> list[str]:
    """The single-mark quotations `quote_view` finds in `text` (with their marks)."""
    view = quote_view(text)
    out, start = [], None
    for i, (a, b) in enumerate(zip(text, view, strict=True)):
        if a == b or b not in "“”\"":
            continue
        if start is None:
            start = i
        else:
            out.append(text[start:i + 1])
            start = None
    return out


# --- which single marks quote ------------------------------------------------------------

def test_apostrophes_elisions_and_possessives_stay() -> None:
    for text in ("He said he doesn't know O'Brien's plan.",
                 "They played rock 'n' roll in the '90s.",
                 "The Joneses' house and the players' union were sold.",
                 "Class of '08 members say 'em all were there."):
        assert quote_view(text) == text, text


def test_a_paired_quotation_reads_as_double_marks() -> None:
    text = "'We will not back down,' Mr Smith said."
    assert quote_view(text) == '"We will not back down," Mr Smith said.'
    assert quoted("‘We are ready to fight,’ the general told reporters.") == [
        "‘We are ready to fight,’"]


def test_plural_possessive_inside_a_quotation_does_not_close_it() -> None:
    text = "'The players' union is strong,' he said."
    assert quoted(text) == ["'The players' union is strong,'"]


def test_rock_n_roll_inside_a_quotation() -> None:
    assert quoted("The PM told MPs: 'This is not the time for rock 'n' roll.'") == [
        "'This is not the time for rock 'n' roll.'"]


def test_double_marks_inside_a_single_quotation_become_single() -> None:
    # Irish Daily Mail, 2018-04-19 (pressreader.com/ireland/irish-daily-mail/20180419/281522226682115)
    text = ("‘And the Minister confirmed that to the House today. And when he was pushed on that "
            "he said, “Well, all I was doing was expressing a personal opinion”. That’s fine.’")
    view = quote_view(text)
    assert view[0] == "“" and view[-1] == "”"
    assert "‘Well, all I was doing was expressing a personal opinion’" in view
    assert "That’s" in view  # the apostrophe stays


def test_single_marks_nested_in_double_ones_stay() -> None:
    text = '"He told me \'I will resign tomorrow\', and then he left," the aide said.'
    assert quote_view(text) == text
    nyt = "''Barbara Bush said, 'You weren't in line,''' Ms. Compton recalled."  # NYT's ''
    assert quote_view(nyt) == nyt


def test_a_quotation_running_over_paragraphs_opens_without_closing() -> None:
    text = "He said: 'The first part.\n\n'The second part,' he added."
    assert quote_view(text) == 'He said: "The first part.\n\n"The second part," he added.'
    lone = "He said: 'The first part.\n\nThe narration goes on."
    assert quote_view(lone) == lone


def test_a_title_case_quotation_paragraph_is_a_heading() -> None:
    # PolNeAR dev nyt_2016-10-02 (a sub-heading between quoted paragraphs)
    assert quotation_pairs("'Legend in the Coal Fields.'") == []
    assert quotation_pairs("'We lost everything.'") == [(0, 20)]


@given(st.text(alphabet="ab '‘’\"“”.,\n", max_size=60))
def test_the_view_keeps_length_and_every_other_character(text: str) -> None:
    view = quote_view(text)
    assert len(view) == len(text)
    assert all(a == b or {a, b} <= set("'‘’\"“”") for a, b in zip(text, view, strict=True))


# --- single-quoted speech through the pipeline -----------------------------------------------

def test_split_and_quote_first_frames_in_single_marks() -> None:
    # Pick Me Up (UK magazine), 2016 (plingno.zinioapps.com/publications/pick-me-up/3483/issues/416207)
    text = ("‘Don’t worry, babe,’ my mate Bianca, 24, said. ‘I’ll find you a new bloke.’\n"
            "‘He didn’t deserve you anyway,’ another friend, Ash, 28, said.")
    a = run(text)
    said = with_cue(a, "said")
    assert [x.source.text for x in said if x.source] == ["my mate Bianca, 24", "another friend, Ash, 28"]
    assert [c.text for c in said[0].content] == ["Don’t worry, babe", "I’ll find you a new bloke"]
    assert said[0].kind == said[1].kind == "direct"


def test_colon_frame_and_running_quotation_in_single_marks() -> None:
    # Irish Daily Mail, 2018-04-19 (as above); the quotation runs over three paragraphs
    text = ("However, he called on the Taoiseach to shed light on the situation, telling RTÉ’s Six "
            "One News yesterday: ‘The simple questions that I think were on everybody’s lips this "
            "morning: did a minister take a call from a PR official?\n\n"
            "‘And the Minister confirmed that to the House today. And when he was pushed on that he "
            "said, “Well, all I was doing was expressing a personal opinion”. That’s fine.\n\n"
            "‘He was expressing his opinion about a matter he has responsibility for.’")
    a = run(text)
    telling = with_cue(a, "telling")[0]
    assert telling.source is not None and telling.source.text == "he"
    assert [v.text for v in telling.via] == ["Six One News"]
    assert telling.content[0].text.startswith("The simple questions")
    # the quotation goes on in the next two paragraphs
    assert telling.content[-1].text.startswith("He was expressing his opinion")
    inner = [x for x in with_cue(a, "said") if x.content[0].text.startswith("Well, all I")]
    assert len(inner) == 1 and inner[0].parent == telling.id and inner[0].kind == "direct"


def test_headline_quotation_in_single_marks() -> None:
    # GB News, 2023-11-21 (gbnews.com/politics/sod-off-lib-dems-tory-mp-centrist-video)
    a = run("‘Sod off to the Lib Dems’ Tory MP tells centrist colleagues")
    (tells,) = with_cue(a, "tells")
    assert tells.source is not None and tells.source.text == "Tory MP"
    assert tells.content[0].text == "Sod off to the Lib Dems" and tells.kind == "direct"


# --- speech nested in a quotation -------------------------------------------------------------

def test_speech_quoted_inside_a_quotation_has_its_own_frame() -> None:
    # PolNeAR dev wash-post_2016-09-16_burma-leader-s-visit-to-washingt (Washington Post)
    para = next(p for p in (POLNEAR_DEV / "wash-post_2016-09-16_burma-leader-s-visit-to-washingt.txt")
                .read_text("utf-8").split("\n") if "In my first meeting" in p)
    a = run(para)
    (outer,) = with_cue(a, "recalled in an interview")
    inner = {x.source.text: x for x in with_cue(a, "said") if x.source and x.parent == outer.id}
    assert inner["he"].content[0].text == "Our approach hasn't worked; we want to work with you"
    assert inner["His people"].content[0].text == (
        "There are many political issues in Washington; this will not be one of them")
    assert inner["he"].kind == inner["His people"].kind == "direct"


def test_a_nested_quotation_ends_before_the_narration_after_it() -> None:
    # the brief's example (self-written)
    a = run('"He told me \'I will resign tomorrow\', and then he left," the aide said.')
    (told,) = with_cue(a, "told")
    (said,) = with_cue(a, "said")
    assert told.content[0].text == "I will resign tomorrow" and told.parent == said.id


# --- passive reporting frames -----------------------------------------------------------------

def test_quoted_as_saying_with_the_agent_before_or_after_saying() -> None:
    # self-written (the brief's examples)
    a = run("He was quoted by RIA Novosti as saying that the deal was off.")
    (x,) = a.attributions
    assert x.source is not None and x.source.text == "He"
    assert [v.text for v in x.via] == ["RIA Novosti"] and x.content[0].text == "the deal was off"
    b = run("The minister was quoted as saying by the Interfax news agency that prices would rise.")
    (y,) = b.attributions
    assert y.source is not None and y.source.text == "The minister"
    assert y.content[0].text == "prices would rise" and y.via and "Interfax" in y.via[0].text


def test_quote_first_passive_frames_from_wire_copy() -> None:
    # Xinhua-style copy of a CCTV report (text kept in a public repository, found with the search
    # tool: "Xi was quoted as saying by Chinese state broadcaster CCTV")
    a = run("“We should work together to resist external interference … and firmly grasp our own "
            "future and destiny in our own hands,” Xi was quoted as saying by Chinese state "
            "broadcaster CCTV.")
    (x,) = a.attributions
    assert x.source is not None and x.source.text == "Xi" and x.kind == "direct"
    assert [v.text for v in x.via] == ["CCTV"]
    # Reuters, 2017-09 (North Korea missile; as kept in a public repository, as above)
    b = run("“Our final goal is to establish the equilibrium of real force with the U.S.,” North "
            "Korean leader Kim Jong Un was quoted as saying by the state news agency, KCNA.")
    (y,) = b.attributions
    assert y.source is not None and y.source.text == "North Korean leader Kim Jong Un"
    assert [v.text for v in y.via] == ["KCNA"]
    # PolNeAR train politico_2016-01-05_trump-quietly-builds-a-data-jugg (Politico)
    c = run('"We have a balanced universe," Braynard is quoted as saying.')
    (z,) = c.attributions
    assert z.source is not None and z.source.text == "Braynard"
    assert z.content[0].text == "We have a balanced universe"


def test_said_to_have_and_heard_saying() -> None:
    # The Guardian, 2015-11 (Paris attacks; kept in a public repository as reference GRD1)
    a = run("Abaaoud is said to have told the young Frenchman that he had managed to find 25kg of "
            "explosives in Belgium, but that it was too difficult for him to return home.")
    (x,) = a.attributions
    assert x.source is not None and x.source.text == "Abaaoud"
    assert x.content[0].text.startswith("he had managed to find 25kg")
    b = run('The striker was heard saying: "I want to leave this club."')  # self-written
    (y,) = b.attributions
    assert y.source is not None and y.source.text == "The striker" and y.kind == "direct"
    # not speech: `is said to have fled`
    c = run("He is said to have fled the country in 2019.")
    assert all(x.evidence != "rule:passive-frame" for x in c.attributions)


def test_spans_keep_the_documents_marks() -> None:
    # Metro, 2018-04-05 (metro.co.uk/2018/04/05/producer-digital-farm-animals-rubbishes-little-mix-
    # split-rumours-reveals-new-music-says-band-best-friends-7443980/): the extractor reads the
    # view, every span still quotes the document
    text = ("Nick told us: ‘I’m in [the studio] with them at the moment, we’re working on a few "
            "projects.’\n\nFor those cynical about their friendships he added: ‘The girls are "
            "amazing and the nicest people.\n\n‘They spend their time off together.’")
    a = run(text)
    spans = [s for x in a.attributions
             for s in (x.source, *x.cue, *x.content, *x.via, *x.hedges) if s is not None]
    assert spans and all(s.text == text[s.start:s.end] for s in spans)
    added = with_cue(a, "added")[0]
    assert added.kind == "direct" and added.content[-1].text == "They spend their time off together"


def test_quoted_in_a_paper_as_saying() -> None:
    # self-written, UK style: `in` names the paper only when it is a name
    (x,) = run("Mr Hunt was quoted in The Times as saying that the NHS needed more money.").attributions
    assert x.source is not None and x.source.text == "Mr Hunt" and [v.text for v in x.via] == ["Times"]
    (y,) = run("He was quoted in full as saying he would go.").attributions
    assert y.source is not None and y.source.text == "He" and y.via == []


def test_a_second_quotation_after_the_frame_runs_on() -> None:
    # self-written, British style: `'X,' he said. 'Y ... / 'Z.'`
    text = ("‘We are ready,’ he said. ‘We have trained for months.\n\n‘Nobody will stop us now.’"
            "\n\nThe narration goes on.")
    (said,) = run(text).attributions
    assert [c.text for c in said.content][-1] == "Nobody will stop us now"
    assert len(said.content) == 3 and said.kind == "direct"


def test_indirect_content_before_a_passive_frame() -> None:
    # self-written, wire style
    (x,) = run("The deal was off, he was quoted by RIA Novosti as saying.").attributions
    assert x.source is not None and x.source.text == "he" and x.content[0].text == "The deal was off"
    assert [v.text for v in x.via] == ["RIA Novosti"]
    assert run("He was quoted as saying.").attributions == []
