"""Census of English denials the stance rules leave `assert` (round 28, `endeny28`).

Reads an `en_stance_breadth.py --dump` TSV (PolNeAR train + BBC 2004-05 business,
entertainment, sport, tech: unlabeled breadth) and counts, by the stance the dumped code gave,
the rows that hold a shape of denial (STANCE.md row 2: negates a claim, report, charge or
accusation made or implied against the speaker or their side, or calls it false):

- `lexical:NAME`: a phrase of denial in the content or the cue (`nothing could be further from
  the truth`, `maintained his innocence`, `would plead not guilty`, `took issue with` ...);
- `echo`: a neutral row whose first clause is negated (of an event, not a view: the filters of
  `stance.deny_negated_reports`) and whose key words (two word roots or more, `stance.roots`)
  echo the content of an earlier row of another source within 1,500 characters;
  `echo+target`: the same, the earlier claim naming the speaker (a capitalised word of the
  speaker's source in the claim) or the negated clause's subject being the speaker (`he`,
  `she`, `we`, `I`, `it`, or the source's name): the speaker answers a claim about its side;
- `unlinked`: a denial row (any cue) with an earlier or later row of another source sharing
  two word roots or more of its first clause that is still `asserted`: a claim the denial
  answers that is not marked `disputed`.

`--show NAME` prints the rows of one class (with the echoed claim for `echo*`/`unlinked`) to read
by hand.

    python benchmarks/en_stance_breadth.py --dump /tmp/base.tsv \
        ../shared/eval/en-polnear/train/text /work/r28/breadth/bbc-{business,entertainment,sport,tech}
    python benchmarks/en_deny_census.py /tmp/base.tsv [--show echo+target] [--limit 60]
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter, defaultdict

from sayso.lang.en.stance import (
    NEGATED_CLAUSE,
    NEGATED_SUBJECT,
    NO_CHANCE,
    NOT_AN_EVENT,
    NOT_DENYING,
    SENTENCE_END,
    roots,
    unquoted,
    words_of,
)

LEXICAL = {
    "nothing_wrong": r"\b(?:done|did|do|doing) nothing (?:wrong|illegal|improper|untoward)\b",
    "broke_no_rules": r"\b(?:not|never|n't) (?:broken|breached|violated|broke|breach|break|violate) (?:any|the) "
                      r"(?:rules?|laws?|regulations?)\b|\bbroke no (?:rules?|laws?)\b",
    "no_agreement": r"^(?:that )?there (?:was|is|had been|has been) no (?:agreement|deal|offer|contact|bid|approach|talks)\b",
    "not_the_case": r"\b(?:simply|just|certainly|absolutely) not the case\b|\bthat is not the case\b",
    "further_from_truth": r"\b(?:further|farther) from the truth\b",
    "innocent": r"\b(?:is|was|am|are|were|been) (?:totally |completely |entirely )?innocent\b|\binnocence\b",
    "not_guilty": r"\bplead(?:ed)? not guilty\b|\bpleaded innocent\b",
    "untrue_shapes": r"\b(?:wide of the mark|without merit|no merit|wholly without|utterly untrue|pure fiction|"
                     r"complete fiction|total fiction|a myth|mischievous|speculative|pure speculation|misleading)\b",
    "rejection_cue": r"\b(?:refuted|pushed back|contested|disputed|took issue with|strongly rejects?|insisted|maintained)\b",
}
PRONOUNS = ("he", "she", "we", "i", "it", "they")
WINDOW = 1500


def first_clause(content: str) -> str:
    """The first sentence of a content, unquoted, `that` kept."""
    return SENTENCE_END.split(unquoted(content).strip(), maxsplit=1)[0]


def negated_event(clause: str) -> bool:
    """Whether a first clause negates an event (the filters of `stance.deny_negated_reports`)."""
    return bool(NEGATED_CLAUSE.match(clause) or NEGATED_SUBJECT.match(clause.lower())) \
        and not NOT_DENYING.search(clause) and not NOT_AN_EVENT.search(clause) and not NO_CHANCE.search(clause)


def names(text: str) -> set[str]:
    """The capitalised words (four letters or more) of a text."""
    return set(re.findall(r"\b[A-Z][\w'-]{3,}", text))


def speaker_targeted(row: tuple[str, ...], claim: tuple[str, ...], clause: str) -> bool:
    """Whether the claim names the speaker, or the negated clause opens on the speaker."""
    source = row[2]
    if names(source) & names(claim[6]):
        return True
    opener = clause.removeprefix("that ").split()[:1]
    return bool(opener) and (opener[0].lower() in PRONOUNS or opener[0] in names(source))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dump")
    parser.add_argument("--show")
    parser.add_argument("--limit", type=int, default=60)
    args = parser.parse_args()
    articles: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for line in open(args.dump, encoding="utf-8"):
        row = tuple(line.rstrip("\n").split("\t"))
        if len(row) >= 7:
            articles[row[0]].append(row)
    lexical = {k: re.compile(v, re.IGNORECASE) for k, v in LEXICAL.items()}
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    shown: list[str] = []
    for rows in articles.values():
        rows.sort(key=lambda r: int(r[1]))
        for i, row in enumerate(rows):
            content = row[6].replace("’", "'")
            for name, pattern in lexical.items():
                if pattern.search(content) or name == "rejection_cue" and pattern.search(row[3]):
                    counts["lexical:" + name][row[4]] += 1
                    if args.show == "lexical:" + name:
                        shown.append(f"{row[4]}\t{row[0]}\t{row[2]}\t{row[3]}\t{content[:200]}")
            clause = first_clause(content)
            key = roots(words_of(clause)) - roots(words_of(row[2]))
            if row[4] == "assert" and negated_event(clause):
                start = int(row[1])
                for claim in reversed(rows[:i]):
                    if start - int(claim[1]) > WINDOW:
                        break
                    if claim[2] == row[2] or claim[4] in ("deny", "ask") or claim[2].lower() in PRONOUNS:
                        continue
                    if len(key & roots(words_of(claim[6]))) >= 2:
                        name = "echo+target" if speaker_targeted(row, claim, clause) else "echo"
                        counts[name][row[4]] += 1
                        if args.show == name:
                            shown.append(f"{row[0]}\n  CLAIM {claim[2]} | {claim[3]} | {claim[6][:160]}\n"
                                         f"  DENY  {row[2]} | {row[3]} | {content[:160]}")
                        break
            if row[4] == "deny":
                start = int(row[1])
                for claim in rows:
                    if claim is row or abs(start - int(claim[1])) > WINDOW or claim[2] == row[2] \
                            or claim[4] in ("deny", "ask") or claim[2].lower() in PRONOUNS:
                        continue
                    if claim[5] == "asserted" and len(key & roots(words_of(claim[6]))) >= 2:
                        side = "before" if int(claim[1]) < start else "after"
                        counts["unlinked"][side] += 1
                        if args.show == "unlinked":
                            shown.append(f"{row[0]} ({side})\n  CLAIM {claim[2]} | {claim[3]} | {claim[5]} | "
                                         f"{claim[6][:160]}\n  DENY  {row[2]} | {row[3]} | {content[:160]}")
                        break
    for name in sorted(counts):
        c = counts[name]
        print(f"{name:28} {sum(c.values()):5}  " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    if shown:
        random.seed(28)
        for s in random.sample(shown, min(args.limit, len(shown))):
            print(s)


if __name__ == "__main__":
    main()
