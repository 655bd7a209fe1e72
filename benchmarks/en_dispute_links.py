"""Count the link classes between English denials and the claims they answer over a corpus.

Two counts of endisp26 (benchmarks/data/endisp26/README.md), over plain-text article folders:

- `orphans`: rows cued by a verb of denying (`disputes.denies_claim`) after which no claim of
  another party in the article is `disputed` (the pool of missed links), with a seeded sample of
  40 printed with the other parties' claims in the 1,500 characters before each;
- `accused`: claims not disputed whose content's subject (`stance.subject_names`) is all name
  words of a party with a verb-of-denying row within 1,500 characters, by the denial's kind
  (`ana`: takes the claim up, `denied the reports`; `charge`: denies a charge as a whole;
  `shN`: N content stems shared).

    PYTHONPATH=. python benchmarks/en_dispute_links.py orphans DIR ...
    PYTHONPATH=. python benchmarks/en_dispute_links.py accused DIR ...
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

from sayso import pipeline
from sayso.lang.en import disputes
from sayso.lang.en.stance import ANAPHORIC, nested, same_party, subject_names, unquoted
from sayso.model import Attribution, Document


def _plain(a: Attribution) -> str:
    return " ".join(c.text for c in a.content)


def orphans(paths: list[Path]) -> None:
    """Verb-of-denying rows with no other party's claim disputed in their article."""
    counts: Counter[str] = Counter()
    out = []
    for p in paths:
        atts = [a for a in pipeline.run(Document(text=p.read_text("utf-8", errors="replace"), language="en")).attributions
                if a.content]
        for d in atts:
            if d.source is None or not disputes.denies_claim(d):
                continue
            counts["denials"] += 1
            others = [a for a in atts if a is not d and not same_party(a, d) and not nested(a, d)
                      and a.stance not in ("deny", "ask")]
            if any(a.certainty == "disputed" for a in others):
                counts["with another party's claim disputed"] += 1
                continue
            near = [a for a in others if 0 < d.content[0].start - a.content[0].start <= 1500]
            counts["orphan"] += 1
            counts["orphan with a claim before"] += bool(near)
            out.append((p, d, near))
    print(dict(counts))
    random.seed(26)
    for p, d, near in random.sample(out, min(40, len(out))):
        print(f"== {p.parent.name}/{p.name}  DENY {d.source.text} [{' '.join(c.text for c in d.cue)}] {_plain(d)[:140]}")
        for a in near[-3:]:
            print(f"     {a.certainty} {a.stance} {a.source.text if a.source else None}: {_plain(a)[:140]}")


def accused(paths: list[Path]) -> None:
    """Claims whose subject is a party that denies something nearby, by the denial's kind."""
    counts: Counter[str] = Counter()
    for p in paths:
        analysis = pipeline.run(Document(text=p.read_text("utf-8", errors="replace"), language="en"))
        atts = [a for a in analysis.attributions if a.content]
        dens = [d for d in atts if d.source is not None and disputes.denies_claim(d)]
        for a in atts:
            if not dens or a.stance in ("deny", "ask") or a.certainty == "disputed" or a.source is None:
                continue
            subject = subject_names(a.content[0].text)
            for d in dens:
                if not subject or same_party(a, d) or nested(a, d) \
                        or abs(d.content[0].start - a.content[0].start) > 1500:
                    continue
                e = analysis.entity(d.source.entity) if d.source.entity else None
                said = [d.source.text, *([e.name, *e.aliases] if e else [])]
                if not subject <= {w for n in said for w in disputes.NAME_WORD.findall(n)}:
                    continue
                shared = disputes.content_stems(_plain(a)) & disputes.content_stems(_plain(d))
                kind = ("ana" if ANAPHORIC.match(unquoted(_plain(d)).strip().lower())
                        else "charge" if disputes.charge_answered(_plain(d)) else f"sh{min(len(shared), 2)}")
                counts[kind] += 1
                print(f"{kind}\t{p.parent.name}/{p.name[:45]}\t{d.content[0].start - a.content[0].start:+d}\t"
                      f"{a.certainty} {a.stance} {a.source.text}: {_plain(a)[:110]}\t<< {d.source.text} "
                      f"[{' '.join(c.text for c in d.cue)}] {_plain(d)[:90]}")
                break
    print(dict(counts))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("count", choices=("orphans", "accused"))
    ap.add_argument("folders", type=Path, nargs="+")
    args = ap.parse_args()
    paths = sorted(p for f in args.folders for p in f.glob("*.txt"))
    (orphans if args.count == "orphans" else accused)(paths)


if __name__ == "__main__":
    main()
