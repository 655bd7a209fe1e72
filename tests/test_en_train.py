"""The CRF training command runs end to end on a tiny brat corpus (real PolNeAR-style
sentences from tests/golden/en.json), and the tagger it writes finds attributions."""

from __future__ import annotations

import json
from pathlib import Path

from sayso.lang.en.brat import iter_articles, parse_ann
from sayso.lang.en.crf import Tagger
from sayso.lang.en.lexicon import lexicon
from sayso.lang.en.tokens import split_sentences, tokenize
from sayso.lang.en.train import label_tokens, main

GOLDEN = json.loads((Path(__file__).parent / "golden" / "en.json").read_text("utf-8"))["cases"]


def _write_corpus(root: Path, n_articles: int = 5) -> None:
    """Brat files built from the golden cases: each article is a run of golden sentences."""
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    cases = [c for c in GOLDEN
             if all(e["source"] and isinstance(e["content"], str) for e in c["expected"])]
    for k in range(n_articles):
        text, lines, t = "", [], 0
        for case in cases[k::n_articles]:
            base = len(text)
            for e, exp in enumerate(case["expected"]):
                ids = []
                for role in ("Source", "Cue", "Content"):
                    value = exp[role.lower()]
                    start = base + case["text"].index(value)
                    t += 1
                    lines.append(f"T{t}\t{role} {start} {start + len(value)}\t{value}")
                    ids.append(f"{role}:T{t}")
                lines.append(f"E{t}{e}\tAttribution:T{t} " + " ".join(ids))
            text += case["text"] + "\n\n"
        (root / "text" / f"art{k}.txt").write_text(text, encoding="utf-8")
        (root / "attributions" / f"art{k}_a1.ann").write_text("\n".join(lines) + "\n", "utf-8")


def test_brat_reader_handles_discontinuous_spans_and_content2() -> None:
    ann = ["T1\tSource 0 2\the", "T2\tCue 3 7\tsaid", "T3\tContent 8 12;20 25\tx y",
           "T4\tContent 30 35\tzzzzz", "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3 Content2:T4",
           "#1\tAnnotatorNotes T1\tnote", "broken line"]
    (gold,) = parse_ann(ann)
    assert gold.source == ((0, 2),) and gold.cue == ((3, 7),)
    assert gold.content == ((8, 12), (20, 25), (30, 35))


def test_labels_follow_gold_spans() -> None:
    from sayso.lang.en.brat import GoldArticle, GoldAttribution

    text = "“We are ready,” the governor said."
    art = GoldArticle("x", text, [GoldAttribution(((16, 28),), ((29, 33),), ((0, 15),))])
    tokens = tokenize(text)
    labels = label_tokens(art, [t.start for t in tokens], [t.end for t in tokens])
    assert labels == ["B-CON", "I-CON", "I-CON", "I-CON", "I-CON", "I-CON",
                      "B-SRC", "I-SRC", "B-CUE", "O"]


def test_training_command_writes_a_working_model(tmp_path: Path) -> None:
    _write_corpus(tmp_path / "train")
    assert len(list(iter_articles(tmp_path / "train"))) == 5
    model = tmp_path / "m.crfsuite"
    main(["--data", str(tmp_path / "train"), "--out", str(model), "--max-iterations", "30"])
    assert model.stat().st_size > 0
    # The model must at least reproduce attributions of a text it was trained on.
    article = next(iter_articles(tmp_path / "train"))
    text = article.text
    tokens = tokenize(text)
    found = Tagger(model).extract(tokens, [t.text.lower() for t in tokens],
                                  split_sentences(text, tokens), lexicon())
    gold_content = {text[g.content[0][0]:g.content[-1][1]] for g in article.attributions}
    predicted = {text[tokens[c.content[0][0]].start:tokens[c.content[-1][1] - 1].end]
                 for c in found}
    assert len(gold_content & predicted) >= len(gold_content) // 2


def test_training_on_a_folder_that_is_not_polnear_is_one_line(tmp_path: Path) -> None:
    import pytest

    with pytest.raises(SystemExit, match="not a PolNeAR split"):
        main(["--data", str(tmp_path), "--out", str(tmp_path / "m.crfsuite")])
