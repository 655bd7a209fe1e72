"""Census of English contents that charge a party with wrongdoing, praise, condemn or promise
by their words, over a breadth dump, and how the dumped code read them.

Reads the TSV of `en_stance_breadth.py --dump` (PolNeAR train + BBC 2004-05 business,
entertainment, sport, tech; never BBC politics) and counts, for each stem of a broad wrongdoing
vocabulary (legal, financial, sporting, political: `fraud`, `bribe`, `mislead`, `rig`, `doping`,
`failed to`, ...; any form: verb, noun, participle), the first sentences that hold it, by the
dumped stance; then the same for the content shapes of round 28's other classes (condemn and
praise by an evaluative predicate, promise by an own-side `will`). `--agent` keeps only the
sentences where a named party or a pronoun stands before the word in its clause (the look of a
charge laid, not a noun in a headline-like phrase); `--show STEM` prints the `assert` rows of one
stem (or `all`) to read by hand against STANCE.md.

    python benchmarks/en_accuse_census.py /work/tmp/enaccuse28/base.tsv [--agent] [--show mislead]
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter, defaultdict

# One stem per wrongdoing, written as a regex over lower-cased words (any inflection).
STEMS = {
    "fraud": r"fraud\w*|defraud\w*",
    "bribe": r"brib\w+",
    "corrupt": r"corrupt\w*",
    "embezzle": r"embezzl\w+",
    "launder": r"launder\w*",
    "collude": r"collu\w+",
    "cover up": r"cover(?:s|ed|ing)? ?-?up",
    "mislead": r"mislead\w*|misled",
    "deceive": r"deceiv\w+|deceit\w*|decept\w+",
    "cheat": r"cheat\w*",
    "smear": r"smear\w*",
    "harass": r"harass\w*",
    "abuse": r"abus\w+",
    "assault": r"assault\w*",
    "discriminate": r"discriminat\w+",
    "violate": r"violat\w+",
    "breach": r"breach\w*",
    "infringe": r"infring\w+",
    "flout": r"flout\w*",
    "exploit": r"exploit\w*",
    "steal": r"steal\w*|stole\w*|theft",
    "plagiarise": r"plagiar\w+",
    "defame": r"defam\w+",
    "intimidate": r"intimidat\w+",
    "manipulate": r"manipulat\w+",
    "rig": r"rig|rigs|rigged|rigging",
    "doping": r"doping|drugs? cheats?|performance-enhancing",
    "match-fixing": r"match-?fixing|fixed (?:the )?match\w*",
    "negligence": r"neglig\w+|reckless\w*",
    "failed to": r"fail(?:s|ed|ing)? to",
    "refused to": r"refus(?:es|ed|ing)? to",
    "ignored": r"ignor(?:es|ed|ing)",
    "betray": r"betray\w*",
    "lie": r"lied|lies|lying|liar\w*",
    "illegal": r"illegal\w*|unlawful\w*|illicit\w*",
    "wrongdoing": r"wrongdoing|misconduct|malpractice|impropriet\w+|irregularit\w+",
    "overcharge": r"overcharg\w+|rip(?:ped|ping)? off|ripoff|price-?fixing|cartel\w*",
    "inflate": r"inflat(?:ed|ing) (?:its |their |the )?(?:profits?|earnings|revenues?|figures|accounts|sales|numbers)"
               r"|overstat\w+|cook(?:ed|ing) the books|false accounting|accounting (?:fraud|scandal)",
    "conceal": r"conceal\w*|hid|hidden|hiding|withh[eo]ld\w*",
    "forge": r"forg(?:ed|ery|eries|ing) (?:documents?|signatures?|papers?|passports?)|counterfeit\w*",
    "piracy": r"pira(?:cy|ted|ting|te|tes)",
    "hack": r"hack(?:ed|ing|ers?)\b",
    "spam": r"spam\w*|phishing|scam\w*",
    "monopoly": r"monopol\w+|anti-?competitive|dominant position",
    "mis-sell": r"mis-?sell\w*|mis-?sold",
    "bully": r"bull(?:y|ied|ies|ying)",
    "racist": r"racis[tm]\w*|sexis[tm]\w*|homophob\w+",
    "blame": r"blam\w+|fault|responsib\w+|culpab\w+",
}
STEM_PATTERNS = {name: re.compile(rf"\b(?:{pattern})\b") for name, pattern in STEMS.items()}

# The shapes of round 28's other content classes (counts only: they point at what to read).
OTHER = {
    # condemn: copula + evaluative adjective of blame (`was disgraceful`, `is a scandal`)
    "condemn_predicate": r"\b(?:is|was|are|were|been|be) (?:\w+ly |absolutely |totally |completely )?(?:a )?"
                         r"(?:disgrace\w*|scandal\w*|shameful|outrage\w*|appalling|unacceptable|ridiculous|absurd|"
                         r"pathetic|shocking|deplorable|disappointing|terrible|awful|horrendous|farcical|a farce|"
                         r"a joke|wrong|unfair|unjust|a mistake|a shambles|a mess|embarrassing|a travesty)\b",
    # praise: copula + evaluative adjective of merit (`was fantastic`, `is a great achievement`)
    "praise_predicate": r"\b(?:is|was|are|were|been|be) (?:\w+ly |absolutely |really |very |truly )?(?:a |an )?"
                        r"(?:fantastic|brilliant|excellent|outstanding|superb|great|wonderful|magnificent|"
                        r"terrific|remarkable|exceptional|impressive|tremendous|amazing|phenomenal|world-class|"
                        r"superb|delighted|thrilled|proud|honoured|first-class|a credit)\b",
    # promise: own-side pronoun + will/would + an act
    "own_will": r"^(?:that )?(?:we|i|he|she|it|they)(?:'ll| will| would|'d| are going to| is going to) "
                r"(?!be\b|have\b|not\b|never\b)\w+",
}
OTHER_PATTERNS = {name: re.compile(p) for name, p in OTHER.items()}

# A party before the word in its clause: a capitalised name or a pronoun or a described party
AGENT = re.compile(r"(?:^|[,;:]\s*|\b(?:that|and|but)\s+)(?:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)*|he|she|they|it|"
                   r"the (?:company|firm|government|club|board|bank|group|minister|players?|club|management|"
                   r"authorities|council|agency|regulator|police|[a-z]+ers?))\b[^,;:]*$")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def first_sentence(content: str) -> str:
    return SENTENCE_END.split(content.strip(), maxsplit=1)[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dump")
    parser.add_argument("--agent", action="store_true", help="only sentences with a party before the word")
    parser.add_argument("--show", help="a stem (or `all`, or one of the other shapes): print its assert rows")
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rows = [line.rstrip("\n").split("\t") for line in open(args.dump, encoding="utf-8")]
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    shown: dict[str, list[list[str]]] = defaultdict(list)
    for row in rows:
        stance, content = row[4], row[6]
        first = first_sentence(content.replace("|", " "))
        lower = first.lower()
        any_stem = False
        for name, pattern in STEM_PATTERNS.items():
            m = pattern.search(lower)
            if m is None:
                continue
            if args.agent and AGENT.search(first[:m.start()]) is None:
                continue
            counts[name][stance] += 1
            any_stem = True
            if stance == "assert":
                shown[name].append(row)
        if any_stem:
            counts["(any stem)"][stance] += 1  # each content once
        for name, pattern in OTHER_PATTERNS.items():
            if pattern.search(lower):
                counts[name][stance] += 1
                if stance == "assert":
                    shown[name].append(row)
    print(f"{len(rows)} attributions")
    print(f"{'stem':<18}{'n':>6}{'assert':>8}{'accuse':>8}{'condemn':>8}{'deny':>6}  other")
    for name, c in sorted(counts.items(), key=lambda kv: -kv[1]["assert"]):
        rest = {k: v for k, v in c.items() if k not in ("assert", "accuse", "condemn", "deny")}
        print(f"{name:<18}{sum(c.values()):>6}{c['assert']:>8}{c['accuse']:>8}{c['condemn']:>8}{c['deny']:>6}  {rest}")
    if args.show:
        pool = [r for rows_ in shown.values() for r in rows_] if args.show == "all" else shown[args.show]
        pool = list({tuple(r): r for r in pool}.values())
        random.Random(args.seed).shuffle(pool)
        for r in pool[:args.sample]:
            print(f"\n[{r[0]}] {r[2]} / {r[3]}: {r[6]}")


if __name__ == "__main__":
    main()
