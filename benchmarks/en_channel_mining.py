"""Mine English channel constructions from unlabeled news and measure the via pass on them.

Usage:
    .venv/bin/python benchmarks/en_channel_mining.py [FOLDER ...] [--top 60] [--examples 2]
        [--dump mined.jsonl] [--missed] [--labels benchmarks/en_channel_sample.tsv]

Default folders: the texts of PolNeAR train and dev (`../shared/eval/en-polnear/{train,dev}/text`,
used as raw text: PolNeAR has no channel labels) and en-news tune (`evaldata/en-news/tune`).
Every article is analysed; in every sentence holding a predicted cue, each *anchor* (a word
that can name a channel: an outlet of the gazetteer, a capitalised name ending in an outlet
head such as `Kyiv Post`, a social platform, a programme of `channels.json`, or a medium noun
after a determiner: `a statement`, `an interview`, `a tweet`, `a press conference`, `court
documents` ...) found outside the attribution's content and at most `GAP` tokens from its cue
gives one mined occurrence. Its *construction* is the words connecting cue and anchor, with
time words folded to `TIME` and the anchor to its class (`told OUTLET`, `said in an interview
with OUTLET`, `OUTLET 's PROGRAMME`). The counts rank the constructions of broad text (the
evidence the brief asks for instead of tune sentences); `via` counts how many occurrences the
current via pass turns into a channel of that attribution (any via overlapping the anchor),
so `via / n` is recall on the mined set. An anchor can be a topic rather than a channel
(`said in a report on Monday` is one; `said the Post was wrong` is content and excluded), so
read examples before trusting a row: `--dump` writes every occurrence for hand reading, and
`--labels` scores the hand-read sample `en_channel_sample.tsv` (recall on its true channels,
and how many of its non-channels got a via).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.progress import track

from sayso import pipeline
from sayso.gazetteer import default_gazetteer
from sayso.lang.en.outlets import CALENDAR, OUTLET_HEADS, channel_words
from sayso.lang.en.tokens import Token, split_sentences, tokenize
from sayso.model import Document

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT.parent / "shared/eval/en-polnear/train/text", ROOT.parent / "shared/eval/en-polnear/dev/text",
           ROOT / "evaldata/en-news/tune"]
GAP = 8  # most words between cue and anchor
# Medium nouns after a determiner (`in a statement`, `an interview with`), the brief's list.
MEDIA = {"statement", "statements", "letter", "interview", "interviews", "conference", "briefing",
         "post", "posts", "tweet", "tweets", "report", "memo", "filing", "documents", "op-ed",
         "podcast", "video", "email", "e-mail", "speech", "remarks", "comments", "blog", "column",
         "article", "editorial", "book", "memoir", "release", "message", "broadcast", "appearance",
         "testimony", "transcript", "call", "essay", "piece", "show", "programme", "program",
         "newsletter", "livestream", "address", "hearing", "rally", "town", "readout"}
DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "our", "my", "one"}
AUDIENCE = {"reporters", "journalists", "lawmakers", "investigators", "supporters", "senators"}
TIME = CALENDAR | {"today", "yesterday", "tonight", "morning", "afternoon", "evening", "night",
                   "earlier", "later", "last", "this", "week", "month", "year", "late", "early"}


@dataclass
class Mined:
    doc: str
    sentence: str
    construction: str
    anchor: str
    cls: str
    got: bool
    via: list[str]


def anchors(text: str, tokens: list[Token], lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Anchors in tokens [lo, hi) as (first token, end token, class)."""
    words = channel_words()
    lower = [t.text.lower() for t in tokens]
    out: list[tuple[int, int, str]] = []
    s, e = tokens[lo].start, tokens[hi - 1].end
    starts = {t.start: i for i, t in enumerate(tokens[lo:hi], lo)}
    ends = {t.end: i + 1 for i, t in enumerate(tokens[lo:hi], lo)}
    for a, b, outlet in default_gazetteer().find_all(text[s:e]):
        if a + s in starts and b + s in ends and outlet.kind != "platform":
            out.append((starts[a + s], ends[b + s], "OUTLET"))
    taken = {i for a, b, _ in out for i in range(a, b)}
    i = lo
    while i < hi:
        t = tokens[i]
        if i in taken:
            i += 1
            continue
        if t.text[:1].isupper() and lower[i] in words.platform_names:
            out.append((i, i + 1, "PLATFORM"))
        elif t.text[:1].isupper() and t.text.isalpha() and lower[i] not in CALENDAR:
            k = i
            while k < hi and k not in taken and (tokens[k].text[:1].isupper() or tokens[k].text.isdigit()):
                k += 1
            name = " ".join(x.text for x in tokens[i:k])
            if name in words.programmes or name.removeprefix("The ") in words.programmes:
                out.append((i, k, "PROGRAMME"))
            elif k - i >= 2 and lower[k - 1] in OUTLET_HEADS:
                out.append((i, k, "OUTLETSHAPE"))  # an outlet the gazetteer lacks (`Kyiv Post`)
            i = max(k, i + 1)
            continue
        elif lower[i] in MEDIA and i > lo and (lower[i - 1] in DETERMINERS or i - 2 >= lo
                                                and lower[i - 2] in DETERMINERS and tokens[i - 1].text.islower()):
            out.append((i, i + 1, "MEDIUM"))
        elif lower[i] in AUDIENCE:
            out.append((i, i + 1, "AUDIENCE"))
        i += 1
    return out


def construction(tokens: list[Token], lower: list[str], cue: tuple[int, int], anchor: tuple[int, int, str]) -> str:
    """`said in an interview with OUTLET`: the cue's last word, the connecting words (time words
    folded) and the anchor's class (a medium keeps its noun); anchor first when it precedes."""
    a, b, cls = anchor
    label = lower[a] if cls in ("MEDIUM", "AUDIENCE") else cls
    if a >= cue[1]:
        mid = [("TIME" if w in TIME else w) for w in lower[cue[1]:a]]
        out = [lower[cue[1] - 1], *mid, label]
        if b < len(lower) and lower[b] in ("'s", "’s", "'", "’"):
            out.append("'s")
    else:  # `in an interview with OUTLET , ... said`: the words leading to the anchor
        k = a
        while k > 0 and a - k < 5 and lower[k - 1] not in (",", ".", ";", ":", "(", "—", "-") \
                and tokens[k - 1].text not in "\"“”":
            k -= 1
        lead = [("TIME" if w in TIME else w) for w in lower[k:a]]
        out = [*lead, label, "...", lower[cue[0]]]
    folded: list[str] = []
    for w in out:  # runs of TIME collapse
        if not (w == "TIME" and folded and folded[-1] == "TIME"):
            folded.append(w)
    return " ".join(folded)


def mine_article(doc_id: str, text: str) -> list[Mined]:
    analysis = pipeline.run(Document(text=text, id=doc_id, language="en"))
    tokens = tokenize(text)
    lower = [t.text.lower() for t in tokens]
    sentences = split_sentences(text, tokens)
    at_char = {t.start: i for i, t in enumerate(tokens)}
    found: list[Mined] = []
    cache: dict[int, list[tuple[int, int, str]]] = {}
    # each anchor goes to the nearest attribution of its sentence (by tokens between its cue and
    # the anchor), so one channel is counted once, for the cue it most likely belongs to
    best: dict[tuple[int, int], tuple[int, Mined]] = {}
    for attr in analysis.attributions:
        if not attr.cue or attr.cue[0].start not in at_char:
            continue
        c0 = at_char[attr.cue[0].start]
        c1 = max(i for i, t in enumerate(tokens[c0:c0 + 12], c0) if t.end <= attr.cue[-1].end) + 1
        sent = next((s for s in sentences if s.first <= c0 < s.last), None)
        if sent is None:
            continue
        if sent.first not in cache:
            cache[sent.first] = anchors(text, tokens, sent.first, sent.last)
        inside = [(c.start, c.end) for c in attr.content]
        src = (attr.source.start, attr.source.end) if attr.source else None
        for anchor in cache[sent.first]:
            a, b, _ = anchor
            s, e = tokens[a].start, tokens[b - 1].end
            if a > 0 and b < len(tokens) and lower[a - 1] == "(" and lower[b] == ")":
                continue  # a dateline's agency: `WASHINGTON (Reuters) -`
            if any(x < e and s < y for x, y in inside) or src and src[0] < e and s < src[1]:
                continue  # a topic inside the content, or the speaker itself
            gap = a - c1 if a >= c1 else c0 - b
            if gap < 0 or gap > GAP or any(lower[m] in (".", ";") or tokens[m].text in "\"“”"
                                           for m in range(min(c1, b), max(a, c0))):
                continue
            got = any(v.start < e and s < v.end for v in attr.via)
            m = Mined(doc_id, text[tokens[sent.first].start:tokens[sent.last - 1].end],
                      construction(tokens, lower, (c0, c1), anchor), text[s:e], anchor[2],
                      got, [v.text for v in attr.via])
            if (a, b) not in best or gap < best[(a, b)][0]:
                best[(a, b)] = (gap, m)
    found = [m for _, m in best.values()]
    return found


def articles(folders: list[Path]) -> list[tuple[str, str]]:
    out = []
    for folder in folders:
        for path in sorted(folder.iterdir()):
            if path.suffix == ".txt" or path.suffix == "" and path.is_file():
                out.append((f"{folder.parent.name}/{path.name}", path.read_text("utf-8")))
    return out


def generalise(c: str) -> str:
    """The construction without its cue word (`told OUTLET` stays: the cue is the grammar)."""
    words = c.split()
    if words[0] in ("told", "tells", "tell"):
        return c
    if "..." in words:  # `in an interview with OUTLET ... said`
        return " ".join([*words[:words.index("...")], "... CUE"])
    return " ".join(["CUE", *words[1:]])


def score_labels(console: Console, mined: list[Mined], path: Path) -> None:
    """Recall of the via pass on the sample's true channels; vias given to its non-channels."""
    by_key = {(m.doc, m.anchor, m.sentence[:120]): m for m in mined}
    counts = Counter()
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        doc, anchor, label, start = line.split("\t")
        m = by_key.get((doc, anchor, start))
        counts["unmatched" if m is None else f"{label}:{int(m.got)}"] += 1
    right, wrong = counts["1:1"], counts["0:1"]
    console.print(f"hand-read sample: recall {right}/{right + counts['1:0']} on channels, "
                  f"via on {wrong}/{wrong + counts['0:0']} non-channels, {counts['unmatched']} not found")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--top", type=int, default=60)
    ap.add_argument("--examples", type=int, default=0, help="sentences shown per construction")
    ap.add_argument("--missed", action="store_true", help="examples only of occurrences without a via")
    ap.add_argument("--dump", type=Path, help="write every occurrence as JSON lines")
    ap.add_argument("--labels", type=Path, help="a hand-read sample (doc, anchor, channel, sentence start)")
    args = ap.parse_args(argv)
    docs = articles(args.folders or DEFAULT)
    mined: list[Mined] = []
    for doc_id, text in track(docs, description=f"mining {len(docs)} articles"):
        mined += mine_article(doc_id, text)
    by: dict[str, list[Mined]] = defaultdict(list)
    for m in mined:
        by[generalise(m.construction)].append(m)
    console = Console(width=250)
    console.print(f"{len(docs)} articles, {len(mined)} anchors near a cue, "
                  f"{sum(m.got for m in mined)} with a via ({sum(m.got for m in mined) / max(1, len(mined)):.1%})")
    classes = Counter(m.cls for m in mined)
    for cls, n in classes.most_common():
        got = sum(m.got for m in mined if m.cls == cls)
        console.print(f"  {cls:12s} {n:5d}  via {got:5d} ({got / n:.1%})")
    console.print(f"\n{'n':>5} {'via':>5}  construction")
    for key, items in sorted(by.items(), key=lambda kv: -len(kv[1]))[:args.top]:
        got = sum(m.got for m in items)
        console.print(f"{len(items):5d} {got:5d}  {key}", highlight=False, markup=False)
        shown = [m for m in items if not (args.missed and m.got)][:args.examples]
        for m in shown:
            console.print(f"        [{m.doc}] {m.sentence[:220]}  -> via {m.via}", highlight=False, markup=False)
    if args.labels:
        score_labels(console, mined, args.labels)
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as fh:
            for m in mined:
                fh.write(json.dumps(m.__dict__, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
