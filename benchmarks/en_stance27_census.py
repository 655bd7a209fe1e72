"""Census of the content shapes of round 27's English accuse/deny class over a breadth dump.

Counts, over the contents of an `en_stance_breadth.py --dump` TSV (PolNeAR train + BBC 2004-05
business/entertainment/sport/tech), how many contents hold each shape the misses of
`stance_confusion.py --show stance:accuse>assert` / `deny>assert` on the open pool were grouped
into, and how the dumped code read them (its stance column); `--show SHAPE` prints the rows.

    python benchmarks/en_stance27_census.py /work/tmp/enstance27/base.tsv [--show own_rejection]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter

SHAPES = {
    # deny: the speaker's side's own act of rejection of a claim, in the content
    "own_rejection": r"\b(?:dispute|disputes|reject|rejects|deny|denies|refute|refutes|rebut|rebuts)\b "
                     r"(?:the |these |those |such |all |any |both )?(?:[\w-]+ ){0,3}(?:allegations?|claims?|"
                     r"accusations?|declarations?|statements?|reports?|charges?|assertions?|suggestions?|insinuations?)\b",
    # deny: a report or charge called false by its adverb (`had been falsely reported missing`)
    "falsely_passive": r"\b(?:was|were|been|being|is|are) falsely [a-z]+ed\b",
    "falsely_any": r"\bfalsely [a-z]+\b",
    # deny: a wrong intent negated (`were not intended to be deceptive`)
    "intent_negated": r"\b(?:not|never|n't) (?:been )?(?:intended|meant|designed|aimed|trying) to (?:be )?"
                      r"(?:deceptive|misleading|mislead|deceive|harm|hurt|offend|insult|provoke|cheat|defraud)\b",
    # deny: a negated state or act `at any time` (`was not in police custody at any time`)
    "not_at_any_time": r"\b(?:not|never|n't)\b[^.;]{0,60}\bat any (?:time|point|stage)\b",
    # deny: a report said to hold no facts (`do not contain any real facts - only speculation`)
    "no_facts": r"\b(?:contain|contains|based on|backed by) (?:any |no )(?:real |hard )?facts\b"
                r"|\babsence of (?:any )?(?:real |hard )?facts\b|\bonly speculation\b|\bpure speculation\b",
    # accuse: a wrong in the progressive with an object (`they were misleading trade unions`)
    "progressive_wrong": r"\b(?:is|are|was|were|been|'re) (?:\w+ly )?(?:misleading|deceiving|lying to|cheating|"
                         r"undermining|sabotaging|exploiting|bullying|harassing|intimidating) "
                         r"(?!to\b|and\b|or\b|in\b|for\b|as\b)[\w'-]+",
    # accuse: a harm laid at a party's acts (`the loss ... was a result of the hospital's actions`)
    "result_of_party": r"\b(?:a|the) (?:direct )?(?:result|consequence) of (?:the )?[\w'-]+(?:'s|s') "
                       r"(?:actions?|negligence|failures?|failings|mistakes?|errors?|incompetence|policies|decisions?)\b",
    # accuse: a duty failed with a frequency adverb (`authorities often failing to protect citizens`)
    "failing_to_duty": r"\b(?:often|repeatedly|consistently|continually|routinely|always|still|again) "
                       r"(?:failed|fails|failing) to\b",
    # accuse: bad-faith nouns as the predicate (`the claims were an extortion attempt`)
    "bad_faith_noun": r"\b(?:is|are|was|were) (?:but |just |nothing but |merely |simply |an? |all )*(?:extortion|"
                      r"smear|witch[- ]?hunt|shakedown|cover[- ]?up|copycat|blackmail|plagiari)",
    # accuse: a wrong named as the predicate (`It's flat-out plagiarism`, `was akin to extortion`)
    "wrong_noun_predicate": r"(?:\b(?:is|was|are|were|akin to|tantamount to|amounts? to)|\b(?:it|that|this)'s) "
                            r"(?:[\w-]+,? ){0,4}?(?:plagiarism|copycat|extortion|blackmail|bribery|theft|cover-?up)\b",
    # accuse: an error made by a party (`referee Jonathan Kaplan had made a wrong decision`)
    "error_made": r"\bmade (?:a |an |two |three |several |many )?(?:[\w-]+ )?(?:wrong|bad|poor|terrible|serious|grave|"
                  r"huge|big|costly|fatal|basic|fundamental|glaring|major|strategic|crucial|tactical) "
                  r"(?:decisions?|calls?|mistakes?|errors?|blunders?)\b",
    # deny: a content opening on `contrary to`
    "contrary_opening": r"^(?:that,? |but |and )?contrary to\b",
    # accuse: records hidden or destroyed, a thing faked, doctored, tampered with
    "records_faked": r"\b(?:hid|destroyed) (?:the )?(?:records|evidence|documents)\b|\b(?:faked|faking|doctoring|"
                     r"tampered with|tampering with|cherry-picked|cherry-picking|forged)\b",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dump")
    parser.add_argument("--show")
    args = parser.parse_args()
    patterns = {k: re.compile(v, re.IGNORECASE) for k, v in SHAPES.items()}
    counts: dict[str, Counter[str]] = {k: Counter() for k in SHAPES}
    for line in open(args.dump, encoding="utf-8"):
        row = line.rstrip("\n").split("\t")
        if len(row) < 7:
            continue
        content = row[6].replace("’", "'")
        for name, pattern in patterns.items():
            if pattern.search(content):
                counts[name][row[4]] += 1
                if args.show == name:
                    print(f"{row[4]}\t{row[0]}\t{row[2]}\t{row[3]}\t{content[:220]}")
    for name, c in counts.items():
        print(f"{name:20} {sum(c.values()):4}  " + ", ".join(f"{k} {v}" for k, v in c.most_common()))


if __name__ == "__main__":
    main()
