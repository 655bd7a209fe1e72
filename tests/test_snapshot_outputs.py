"""benchmarks/snapshot_outputs.py: the identity check a refactor runs, kept to named folders.

Helpers may not run the system on clean evaluation sets (README: `test/` is never looked at), so
the snapshot takes `--folders` and then reads those folders only (round 21 note)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _module():
    spec = importlib.util.spec_from_file_location("snapshot_outputs", ROOT / "benchmarks" / "snapshot_outputs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_named_folders_replace_the_default_ones(tmp_path: Path) -> None:
    snap = _module()
    folder = tmp_path / "sets" / "open"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text("外交部发言人汪文斌表示，中方反对。\n", encoding="utf-8")
    (folder / "a.gold.json").write_text("{}", encoding="utf-8")
    (folder / ".hidden.txt").write_text("x", encoding="utf-8")
    assert list(snap.articles([folder])) == [("sets/open/a.txt", folder / "a.txt")]
    assert all(f.name in ("tune", "test", "zh-dev", "text") for f in snap.default_folders())


def test_a_snapshot_of_one_folder_compares_equal_with_itself(tmp_path: Path, monkeypatch) -> None:
    snap = _module()
    # one golden sentence stands for the tables (all of them take seconds per snapshot)
    monkeypatch.setattr(snap, "_sentences", lambda: iter([("golden/en/1", "Mr Smith said the talks had stalled.")]))
    folder = tmp_path / "open"
    folder.mkdir()
    (folder / "a.txt").write_text("“We will never accept this,” said Dmitry Peskov, the Kremlin "
                                  "spokesman.\n", encoding="utf-8")
    n = snap.snapshot(tmp_path / "one", [folder])
    snap.snapshot(tmp_path / "two", [folder])
    assert n == 2  # the article and the golden sentence
    assert snap.compare(tmp_path / "two", tmp_path / "one") == []
    (tmp_path / "two" / next(p.name for p in (tmp_path / "two").glob("*.json"))).write_text("k\n{}")
    assert len(snap.compare(tmp_path / "two", tmp_path / "one")) == 1
