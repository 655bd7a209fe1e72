"""Count English sentence boundaries at abbreviations and initials (brief ensplit23).

For every period that closes an abbreviation, an initial or a dotted acronym (`U.S.`, `Inc.`,
`J.`), and every sentence boundary after a short capitalised word, print the class, whether the
splitter ends a sentence there, and what follows. A boundary is judged by what follows it: a
sentence starter (`The`, `He`, an opening quote ...) after an abbreviation that may end a
sentence means a real boundary; a capitalised name or a number after a title means none.

Usage: PYTHONPATH=. python benchmarks/data/ensplit23/count.py DIR ... [--show CLASS]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from sayso.lang.en.tokens import abbreviations, split_sentences, tokenize

STARTERS = {"The", "He", "She", "It", "They", "We", "I", "But", "A", "An", "In", "This", "That",
            "These", "Those", "His", "Her", "Its", "Their", "Our", "There", "If", "When", "While",
            "After", "Before", "And", "So", "Yet", "As", "At", "On", "For", "Some", "Many",
            "Most", "One", "Now", "However", "Meanwhile", "Last", "According", "Mr", "Mrs", "Ms"}


def classify(word: str, titles: frozenset[str]) -> str:
    low = word.lower().rstrip(".")
    if len(word) == 1 and word.isupper():
        return "initial"
    if "." in low:
        return low + "."  # dotted acronym token: u.s. / a.m.
    if low in titles:
        return "title"
    return low + "."


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = sys.argv[sys.argv.index("--show") + 1] if "--show" in sys.argv else None
    titles, abbrevs = abbreviations()
    counts: Counter[tuple[str, str, str]] = Counter()
    for folder in args:
        for path in sorted(Path(folder).glob("*.txt")):
            text = path.read_text("utf-8", errors="replace")
            tokens = tokenize(text)
            ends = {s.last for s in split_sentences(text, tokens)}
            for i, tok in enumerate(tokens[:-1]):
                dotted = tok.text.endswith(".") and len(tok.text) > 1
                period = tok.text == "." and i > 0 and tokens[i - 1].end == tok.start
                if not (dotted or period):
                    continue
                word = tok.text if dotted else tokens[i - 1].text
                nxt = tokens[i + 1]
                if "\n" in text[tok.end:nxt.start]:
                    continue
                low = word.lower().rstrip(".")
                known = low in abbrevs or (len(word) == 1 and word.isupper())
                if not known and not (word[:1].isupper() and len(word) <= 4 and word.isalpha()):
                    continue
                boundary = (i + 1) in ends
                if nxt.text in STARTERS or nxt.text in {"“", '"'}:
                    follows = "starter"
                elif nxt.text[:1].isdigit():
                    follows = "number"
                elif nxt.text[:1].isupper():
                    follows = "Capital"
                else:
                    follows = "other"
                cls = classify(word, titles) if known else "unlisted"
                counts[(cls, "split" if boundary else "kept", follows)] += 1
                if show and cls == show:
                    ctx = text[max(0, tok.start - 50):nxt.end + 40].replace("\n", " ")
                    print(f"{'SPLIT' if boundary else 'kept '} {follows:8} {path.name}: {ctx}")
    by_class: dict[str, Counter[str]] = {}
    for (cls, b, f), n in counts.items():
        by_class.setdefault(cls, Counter())[f"{b}+{f}"] += n
    for cls, c in sorted(by_class.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{cls:10} " + "  ".join(f"{k}={v}" for k, v in sorted(c.items())))


if __name__ == "__main__":
    main()
