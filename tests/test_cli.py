"""The command line: analyze output forms and the `batch` corpus run."""

from __future__ import annotations

import json

from sayso.cli import main
from sayso.model import Analysis, validate

ZH = "正在基辅访问的土耳其外长卡乌索格鲁说，乌克兰希望土耳其成为担保人之一。"
EN = 'Kremlin spokesman Dmitry Peskov said the Financial Times report was "wrong".'


def _corpus(tmp_path):
    root = tmp_path / "corpus"
    (root / "zh" / "deeper").mkdir(parents=True)
    (root / "en").mkdir()
    (root / "zh" / "a.txt").write_text(ZH, encoding="utf-8")
    (root / "zh" / "deeper" / "b.md").write_text("---\ntitle: 标题\n---\n" + ZH, encoding="utf-8")
    (root / "zh" / "gbk.txt").write_bytes(ZH.encode("gbk"))
    (root / "en" / "c.html").write_text(f"<html><body><p>{EN}</p></body></html>", encoding="utf-8")
    (root / "en" / "empty.txt").write_bytes(b"")
    (root / "en" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (root / ".hidden.txt").write_text(EN, encoding="utf-8")  # hidden files are not articles
    (root / "a.gold.json").write_text("{}", encoding="utf-8")  # gold sidecars are skipped too
    lines = [json.dumps({"id": "j1", "text": ZH}, ensure_ascii=False), "{broken",
             json.dumps({"id": "j2", "text": EN}), json.dumps({"id": "j3"})]
    (root / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def test_batch_folder_with_good_and_bad_items(tmp_path, capsys):
    root = _corpus(tmp_path)
    out = tmp_path / "out.jsonl"
    rc = main(["batch", str(root), "-o", str(out)])
    err = capsys.readouterr().err.splitlines()
    assert rc == 0
    records = [Analysis.from_json(line) for line in out.read_text("utf-8").splitlines()]
    assert all(validate(r) == [] for r in records)
    ids = sorted(r.document.id for r in records)
    assert ids == ["a", "b", "c", "gbk", "j1", "j2"]
    by_id = {r.document.id: r for r in records}
    assert by_id["gbk"].document.text == ZH
    assert by_id["b"].document.title == "标题"
    bad = [line for line in err if not line.startswith("sayso: analysed")]
    assert len(bad) == 4
    assert any("empty.txt: empty file" in line for line in bad)
    assert any("photo.png: a PNG image" in line for line in bad)
    assert any("news.jsonl:2: not valid JSON" in line for line in bad)
    assert any("news.jsonl:4: no \"text\"" in line for line in bad)
    assert err[-1] == f"sayso: analysed 6, skipped 4 (output: {out})"


def test_batch_strict_and_stdout(tmp_path, capsys):
    root = _corpus(tmp_path)
    assert main(["batch", str(root), "--strict"]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 6
    assert captured.err.splitlines()[-1] == "sayso: analysed 6, skipped 4"


def test_batch_nothing_analysed_fails(tmp_path, capsys):
    rc = main(["batch", str(tmp_path / "missing"), str(tmp_path / "also-missing.md")])
    err = capsys.readouterr().err.splitlines()
    assert rc == 1
    assert err[0].endswith("missing: no such file")
    assert err[-1] == "sayso: analysed 0, skipped 2"


def test_batch_internal_error_skips_the_item(tmp_path, capsys, monkeypatch):
    from sayso import pipeline

    original = pipeline.run

    def flaky(doc, *args, **kwargs):
        if doc.id == "b":
            raise ValueError("cannot segment")
        return original(doc, *args, **kwargs)

    monkeypatch.setattr(pipeline, "run", flaky)
    for name, text in (("a.txt", ZH), ("b.txt", EN), ("c.txt", EN)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert main(["batch", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 2
    assert f"sayso: {tmp_path / 'b.txt'} [b]: internal error: ValueError: cannot segment" \
        in captured.err


def test_analyze_json_and_report(tmp_path, capsys):
    path = tmp_path / "zh.txt"
    path.write_text(ZH, encoding="utf-8")
    assert main(["analyze", str(path), "--json"]) == 0
    record = Analysis.from_json(capsys.readouterr().out)
    assert record.document.text == ZH and record.document.language == "zh"
    assert main(["analyze", str(path)]) == 0
    assert "language zh-Hans" in capsys.readouterr().out


def test_analyze_sample(capsys):
    assert main(["analyze", "--sample", "--json"]) == 0
    record = Analysis.from_json(capsys.readouterr().out)
    assert record.document.id == "gnews-2181912"
    assert "**" not in record.document.text


def test_analyze_without_input(capsys):
    assert main(["analyze"]) == 2
    assert capsys.readouterr().err.startswith("sayso: -: no input")


def test_unknown_format_rejected_by_parser(capsys):
    import pytest

    with pytest.raises(SystemExit):
        main(["analyze", "x.txt", "--format", "docx"])


def _spin_on(doc_id, monkeypatch):
    """Make the pipeline loop forever on the document `doc_id` (a pathological input)."""
    from sayso import pipeline

    original = pipeline.run

    def slow(doc, *args, **kwargs):
        while doc.id == doc_id:
            pass
        return original(doc, *args, **kwargs)

    monkeypatch.setattr(pipeline, "run", slow)


def test_batch_timeout_skips_a_hanging_item(tmp_path, capsys, monkeypatch):
    _spin_on("slow", monkeypatch)
    (tmp_path / "slow.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "fast.txt").write_text(ZH, encoding="utf-8")
    assert main(["batch", str(tmp_path), "--timeout", "0.3"]) == 0
    captured = capsys.readouterr()
    assert [Analysis.from_json(x).document.id for x in captured.out.splitlines()] == ["fast"]
    assert (f"sayso: {tmp_path / 'slow.txt'} [slow]: analysis took longer than 0.3 s, stopped "
            "(raise the limit with --timeout)") in captured.err


def test_analyze_timeout_is_one_line(tmp_path, capsys, monkeypatch):
    _spin_on("slow", monkeypatch)
    path = tmp_path / "slow.txt"
    path.write_text(EN, encoding="utf-8")
    assert main(["analyze", str(path), "--timeout", "0.2"]) == 2
    err = capsys.readouterr().err
    assert err == (f"sayso: {path}: analysis took longer than 0.2 s, stopped "
                   "(raise the limit with --timeout)\n")


def test_batch_unwritable_output_is_one_line(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    target = tmp_path / "no-such-dir" / "out.jsonl"
    assert main(["batch", str(tmp_path / "a.txt"), "-o", str(target)]) == 2
    assert capsys.readouterr().err == (
        f"sayso: {target}: cannot write the output: No such file or directory\n")


def test_batch_real_subprocess(tmp_path):
    import os
    import subprocess
    import sys

    root = _corpus(tmp_path)
    out = tmp_path / "out.jsonl"
    env = {k: v for k, v in os.environ.items() if k != "SAYSO_DEBUG"}
    proc = subprocess.run([sys.executable, "-m", "sayso.cli", "batch", str(root), "-o", str(out)],
                          capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 0
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 5 and all(line.startswith("sayso: ") for line in lines)
    assert lines[-1] == f"sayso: analysed 6, skipped 4 (output: {out})"
    assert len(out.read_text("utf-8").splitlines()) == 6


def test_batch_ids_stay_unique(tmp_path, capsys):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_text(EN, encoding="utf-8")
    assert main(["batch", str(tmp_path)]) == 0
    ids = [Analysis.from_json(x).document.id for x in capsys.readouterr().out.splitlines()]
    assert ids == ["x", "x-2"]
