"""The manifest of a batch run: which shards are written, so that a rerun skips them.

One JSON line per finished shard, appended (and flushed to disk) only after all of the
shard's files were renamed into place: a shard is either in the manifest and complete, or
absent and redone. The first line holds the fingerprint of the plan; a manifest from a
different plan (other inputs, options or shard size) is not reused.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

MANIFEST = "_sayso_manifest.jsonl"


@dataclass
class ShardSummary:
    """What a worker reports for one shard: ids and languages of the documents it wrote (in
    input order), and the one-line messages of the items it skipped."""

    index: int
    key: str
    ids: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    failed: bool = False  # the whole shard failed (worker died too often): not in the manifest

    @property
    def analysed(self) -> int:
        return len(self.ids)


class Manifest:
    """Finished shards of the run whose plan has `fingerprint`, stored under `folder`."""

    def __init__(self, folder: str | Path, fingerprint: str) -> None:
        self.path = Path(folder) / MANIFEST
        self.fingerprint = fingerprint
        self.done: dict[int, ShardSummary] = {}

    def load(self) -> bool:
        """Read the finished shards of an earlier run of the same plan; False if none."""
        try:
            lines = self.path.read_text("utf-8").splitlines()
        except FileNotFoundError:
            return False
        if not lines or json.loads(lines[0]).get("fingerprint") != self.fingerprint:
            return False
        for line in lines[1:]:
            try:
                summary = ShardSummary(**json.loads(line))
            except (ValueError, TypeError):
                break  # a line cut by a crash: the shard is redone
            self.done[summary.index] = summary
        return True

    def start(self) -> None:
        """Begin a fresh manifest for this plan."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(json.dumps({"fingerprint": self.fingerprint}) + "\n", "utf-8")
        self.done.clear()

    def add(self, summary: ShardSummary) -> None:
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(asdict(summary), ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        self.done[summary.index] = summary

    def is_done(self, index: int, key: str) -> bool:
        summary = self.done.get(index)
        return summary is not None and summary.key == key
