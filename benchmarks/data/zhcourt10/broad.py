"""Every attribution over 250 court-related hkcnews articles, to read what a change does beyond
the judged pages (issue #15, branch zhcourt10).

Articles mentioning 法官/裁判官/被告/主控/判詞, shuffled with seed 2026, the first 250 taken and
those over 4,000 characters skipped; one row per cue: article, cue offset, source, speaker,
context. Run at two commits and diff (`cd /tmp; PYTHONPATH=<git archive of the commit>`);
broad_diff.tsv is main 73c9343 -> zhcourt10.

    .venv/bin/python benchmarks/data/zhcourt10/broad.py > after.tsv
"""

from __future__ import annotations

import importlib.util
import random
import subprocess
from pathlib import Path

import sayso

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("court_build", HERE / "build.py")
assert _spec and _spec.loader
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)
GIT = Path("/work/.mirror/hkarchivist+hkcnews-article-archive/repo")


def main() -> None:
    listed = subprocess.run(["git", f"--git-dir={GIT}", "grep", "-l", "-E", "法官|裁判官|被告|主控|判詞",
                             "HEAD", "--", "articles"], capture_output=True, text=True).stdout.split()
    paths = sorted(p.split(":", 1)[1] for p in listed)
    random.Random(2026).shuffle(paths)
    for p in paths[:250]:
        t = build.fresh2.hkcnews(build.fresh2.show(GIT, p))
        if len(t) > 4000:
            continue
        a = sayso.analyze(t, language="zh")
        for x in a.attributions:
            e = a.entity(x.source.entity) if x.source and x.source.entity else None
            c = x.cue[0].start if x.cue else -1
            print(f"{Path(p).stem}\t{c}\t{x.source.text if x.source else '-'}\t"
                  f"{e.name if e else '-'}\t{t[max(0, c - 25):c + 10]!r}")


if __name__ == "__main__":
    main()
