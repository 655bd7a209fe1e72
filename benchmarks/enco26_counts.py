"""Count English body descriptions used as sources (`the company`, `the firm`, `the bank`, ...)
in an `en_attr_breadth.py --entity` snapshot, and what entity each resolved to (round 26, enco26).

Usage: python benchmarks/enco26_counts.py SNAPSHOT.json [--show]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter

# the definite body descriptions of the brief (plus the common BBC business heads)
DESCRIPTION = re.compile(
    r"^(?:the|The) (?:[a-z-]+ ){0,2}(company|firm|bank|airline|group|carmaker|automaker|ministry|club|"
    r"giant|retailer|insurer|lender|chain|maker|operator|carrier|utility|manufacturer|publisher|"
    r"developer|corporation|studio|network|broadcaster|label|agency) \(= (.*)\)$")


def main() -> None:
    snap = json.loads(open(sys.argv[1], encoding="utf-8").read())
    heads: Counter[str] = Counter()
    same: Counter[str] = Counter()
    for path, rows in sorted(snap.items()):
        for row in rows:
            m = DESCRIPTION.match(row.split(" | ")[0])
            if m is None:
                continue
            heads[m.group(1)] += 1
            unlinked = m.group(2) == row.split(" | ")[0].split(" (= ")[0]
            same["unlinked" if unlinked else "linked"] += 1
            if "--show" in sys.argv:
                print(f"{path.split('/')[-3] if 'polnear' in path else path.split('/')[-2]}/{path.split('/')[-1]}"
                      f" | {row[:150]}")
    print(sum(heads.values()), "description sources:", dict(heads.most_common()), dict(same))


if __name__ == "__main__":
    main()
