"""Score a candidate English CRF model file as `sayso eval` scores the shipped one.

For comparing tagger variants (issue #11 item 6) without copying them into `sayso/models/`: the
model given with --model replaces the shipped one for this process only, then PolNeAR dev and
en-news tune are scored by the official scorer (`sayso.eval.command.evaluate_path`) through the
whole pipeline. Prints one line per set (attribution F1, speaker F1, exact content F1, and the
articles per CPU second of the scored run) and, with --json, appends them to a JSON-lines file.

Usage: python benchmarks/eval_en_model.py --model /tmp/x.crfsuite [--name NAME] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = [ROOT.parent / "shared" / "eval" / "en-polnear" / "dev", ROOT / "evaldata" / "en-news" / "tune"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=None, help="model file (default: the shipped one)")
    ap.add_argument("--name", default=None, help="variant name for the output line")
    ap.add_argument("--json", default=None, help="append results to this JSON-lines file")
    ap.add_argument("sets", nargs="*", default=[str(s) for s in SETS])
    args = ap.parse_args()
    from sayso.eval.command import evaluate_path
    from sayso.lang.en import crf

    if args.model:
        tagger = crf.Tagger(args.model)
        crf.default_tagger = lambda: tagger  # this process only
    row: dict = {"name": args.name or (args.model or "shipped")}
    for path in args.sets:
        t0 = time.process_time()
        s = evaluate_path(path)
        cpu = time.process_time() - t0
        t = s.score.total()
        key = Path(path).name
        row[key] = {
            "f1": round(100 * t.attribution.f1, 1), "speaker": round(100 * t.speaker.f1, 1),
            "content": round(100 * t.spans["content"].f1, 1),
            "articles_per_cpu_s": round(len(s.score.docs) / cpu, 1),
            "errors": len(s.score.errors),
        }
        print(key, row[key], flush=True)
    if args.json:
        with open(args.json, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
