"""Bad input never crashes: `sayso analyze` succeeds, or exits non-zero with ONE stderr line.

Every damaged file is generated here (no big fixtures). Each case states what must happen:
"ok" (exit 0, valid records on stdout, nothing on stderr), "error" (exit 2, exactly one line
`sayso: <path>: <problem>` containing the expected words), "partial" (a corpus with bad
items: exit 1, good records on stdout, one stderr line per bad item) or "all-bad" (a corpus
whose every item is bad: exit 2, one stderr line per item, nothing on stdout).
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from sayso.cli import main
from sayso.model import Analysis, validate

ZH = ("正在基辅访问的土耳其外长卡乌索格鲁说，乌克兰希望土耳其成为担保人之一。"
      "他说：“俄罗斯对此没有异议。”")
ZH_HANT = "正在基輔訪問的土耳其外長卡烏索格魯說，烏克蘭希望土耳其成為擔保人之一。他說：「俄羅斯對此沒有異議。」"
EN = ('Kremlin spokesman Dmitry Peskov said the Financial Times report was "wrong", '
      "but talks continued on Thursday.")
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
       b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
       b"\x00\x00\x00\x00IEND\xaeB`\x82")


@dataclass
class Case:
    name: str
    make: Callable[[Path], Path]
    outcome: str  # ok | error | partial | all-bad
    problem: str = ""  # words the error line must contain
    language: str | None = "unchecked"  # expected document.language of the first record


def _file(name: str, data: bytes | str) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        p = tmp / name
        p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return p
    return make


def _zip(tmp: Path) -> Path:
    p = tmp / "article.zip"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("article.txt", ZH)
    return p


def _big(tmp: Path) -> Path:
    p = tmp / "huge.txt"
    with p.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # a sparse 50 MB file: refused by size before reading
    return p


def _long_line(tmp: Path) -> Path:
    p = tmp / "one-line.txt"
    p.write_bytes(b"Peskov said " + b"a" * (10 * 1024 * 1024) + b"\n")
    return p


def _directory(tmp: Path) -> Path:
    d = tmp / "folder"
    d.mkdir()
    (d / "a.txt").write_text(EN, encoding="utf-8")
    return d


def _jsonl(lines: list[str]) -> Callable[[Path], Path]:
    return _file("corpus.jsonl", "\n".join(lines) + "\n")


def _nested_quotes(depth: int) -> str:
    marks = ["“”", "「」", "『』", "‘’"]
    opening = "".join(f"他说{marks[i % 4][0]}" for i in range(depth))
    closing = "".join(marks[i % 4][1] for i in reversed(range(depth)))
    return "发言人说：" + opening + "没有异议" + closing + "。"


CASES: list[Case] = [
    Case("empty file", _file("empty.txt", b""), "error", "empty file"),
    Case("only whitespace", _file("blank.md", " \n\t\n\u3000\n  \r\n"), "error", "whitespace"),
    Case("PNG image", _file("photo.png", PNG), "error", "PNG image"),
    Case("PNG named .txt", _file("photo.txt", PNG), "error", "PNG image"),
    Case("ZIP archive", _zip, "error", "ZIP archive"),
    Case("gzip archive", _file("a.txt.gz", gzip.compress(ZH.encode())), "error", "gzip"),
    Case("PDF", _file("report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"),
         "error", "PDF"),
    Case("random binary", _file("blob.bin", bytes(range(256)) * 40), "error", "binary"),
    Case("GBK without BOM", _file("gbk.txt", ZH.encode("gbk")), "ok", language="zh"),
    Case("GB18030 short", _file("gb.txt", "新华社北京电".encode("gb18030")), "ok", language="zh"),
    Case("Big5 without BOM", _file("big5.txt", ZH_HANT.encode("big5")), "ok", language="zh"),
    Case("UTF-16 LE without BOM", _file("u16le.txt", ZH.encode("utf-16-le")), "ok",
         language="zh"),
    Case("UTF-16 BE without BOM", _file("u16be.txt", EN.encode("utf-16-be")), "ok",
         language="en"),
    Case("UTF-16 with BOM", _file("u16.txt", ZH.encode("utf-16")), "ok", language="zh"),
    Case("UTF-8 with BOM", _file("bom.md", "\ufeff# 标题\n\n" + ZH), "ok", language="zh"),
    Case("mixed UTF-8 and GBK lines", _file(
        "mixed.txt", (ZH + "\n").encode() + "新华社报道称，双方同意继续谈判。\n".encode("gbk")),
        "ok", language="zh"),
    Case("invalid UTF-8 bytes", _file("bad-utf8.txt", ZH.encode() + b"\xff\xfe\xc3(\n" +
                                      ZH.encode()), "ok", language="zh"),
    Case("truncated multibyte at end", _file("cut.txt", ZH.encode()[:-1]), "ok", language="zh"),
    Case("CESU-8 surrogates", _file("cesu.txt", EN.encode() + b"\xed\xa0\x80\xed\xb0\x80"),
         "ok", language="en"),
    Case("50 MB file", _big, "error", "over the limit"),
    Case("single 10 MB line", _long_line, "error", "--max-line"),
    Case("100,000 quotation marks", _file("quotes.txt", "“" * 50_000 + "”" * 50_000), "ok"),
    # (kept small: the Chinese extractor is quadratic here; bench_scaling measures the growth)
    Case("10,000 short quotes in one sentence", _file(
        "quotes2.txt", "他说：" + "“好”" * 3_300 + "。"), "ok", language="zh"),
    Case("only opening marks", _file("open.txt", ("他说：“" + "俄罗斯对此没有异议。") * 2000),
         "ok", language="zh"),
    Case("English only opening marks", _file("open-en.txt", ('He said "' + EN + " ") * 400),
         "ok", language="en"),
    Case("deeply nested quotes", _file("nested.txt", _nested_quotes(400)), "ok", language="zh"),
    Case("HTML without body", _file("nobody.html", "<html><head><title>Only a title</title>"
                                    "</head></html>"), "error", "no text"),
    Case("HTML mostly script", _file("script.html", "<html><body><script>" + "var x=1;" * 20000
                                     + "</script><p>" + EN + "</p></body></html>"), "ok",
         language="en"),
    Case("HTML only script", _file("onlyscript.htm", "<html><body><script>alert(1)</script>"
                                   "</body></html>"), "error", "no text"),
    Case("malformed HTML", _file("broken.html", "<html><body><p>" + EN + "<div><b><i>unclosed"
                                 "<p></table></span>" + ZH), "ok"),
    Case("deeply nested HTML", _file("deep.html", "<html><body>" + "<div>" * 5000 + EN
                                     + "</div>" * 5000 + "</body></html>"), "ok"),
    Case("Markdown with broken front matter", _file(
        "broken-fm.md", "---\ntitle: [unclosed\ndate: 2022-13-45\n: :\n---\n" + ZH), "ok",
        language="zh"),
    Case("Markdown front matter never closed", _file("open-fm.md", "---\ntitle: x\n" + ZH), "ok"),
    Case("Markdown only an image", _file("img.md", "![](https://x.org/a.jpg)\n"), "error",
         "no text"),
    Case("JSONL with a bad line in the middle", _jsonl([
        json.dumps({"id": "a", "text": ZH}, ensure_ascii=False), '{"id": "b", "text": ',
        json.dumps({"id": "c", "text": EN})]), "partial", "corpus.jsonl:2"),
    Case("JSONL with every line bad", _jsonl(["not json", "[1, 2]", '{"id": 3}']), "all-bad",
         "corpus.jsonl:"),
    Case("JSONL text is not a string", _jsonl([
        json.dumps({"id": "a", "text": None}), json.dumps({"id": "b", "text": EN})]),
        "partial", '"text"'),
    Case("path that does not exist", lambda tmp: tmp / "missing.txt", "error", "no such file"),
    Case("a directory", _directory, "error", "is a directory"),
    Case("zero-width characters", _file("zw.txt", "\u200b".join(ZH) + "\u200c\u200d\ufeff\u2060"),
         "ok", language="zh"),
    Case("bidi controls", _file("bidi.txt", "\u202e" + EN + "\u202c\u2066" + ZH + "\u2069\u200f"),
         "ok"),
    Case("emoji", _file("emoji.txt", "🇺🇦👨‍👩‍👧‍👦" + ZH + "😀🔥" * 200 + EN), "ok"),
    Case("NUL bytes", _file("nul.txt", ZH.replace("，", "\x00，") + "\x00" + EN), "ok"),
    Case("control characters", _file("ctrl.txt", "\x07\x1b[31m" + EN + "\x0c\x0b\x08" + ZH),
         "ok"),
    Case("right-to-left article", _file(
        "rtl.txt", "قال المتحدث باسم الكرملين دميتري بيسكوف إن التقرير خاطئ. "
        "ואמר כי השיחות נמשכות."), "ok", language=None),
    Case("unsupported language", _file(
        "ru.txt", "Пресс-секретарь Кремля Дмитрий Песков заявил, что доклад неверен."), "ok",
        language=None),
    Case("long run without punctuation", _file("run.txt", "俄罗斯外交部发言人说" * 300),
         "ok", language="zh"),
    Case("CR-only line endings", _file("cr.txt", EN + "\r" + ZH + "\r\r" + EN), "ok"),
    Case("file name with spaces and Han", _file("新 闻 稿 (1).txt", ZH), "ok", language="zh"),
]


def _records(stdout: str) -> list[Analysis]:
    """The sayso.analysis/1 records printed by `analyze --json` (indented, concatenated)."""
    decoder = json.JSONDecoder()
    records, pos = [], 0
    while pos < len(stdout):
        while pos < len(stdout) and stdout[pos].isspace():
            pos += 1
        if pos >= len(stdout):
            break
        obj, pos = decoder.raw_decode(stdout, pos)
        records.append(Analysis.from_json(obj))
    return records


def check_outcome(case: Case, path: Path, rc: int, out: str, err: str) -> None:
    assert "Traceback" not in err
    lines = err.splitlines()
    if case.outcome == "ok":
        assert rc == 0, err
        assert err == ""
    elif case.outcome == "error":
        assert rc == 2, (rc, err)
        assert len(lines) == 1, err
        assert lines[0].startswith(f"sayso: {path}"), lines[0]
        assert re.match(r"^sayso: .+: \S.*$", lines[0])
        assert case.problem in lines[0], lines[0]
        assert out == ""
    else:
        assert rc == (1 if case.outcome == "partial" else 2), (rc, err)
        assert lines and all(ln.startswith(f"sayso: {path}:") for ln in lines), err
        assert case.problem in err
    if case.outcome in ("ok", "partial"):
        records = _records(out)
        assert records
        for record in records:
            assert validate(record) == []
        if case.language != "unchecked":
            assert records[0].document.language == case.language


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_analyze_bad_input(case, tmp_path, capsys):
    path = case.make(tmp_path)
    rc = main(["analyze", str(path), "--json"])
    captured = capsys.readouterr()
    check_outcome(case, path, rc, captured.out, captured.err)


def test_at_least_thirty_kinds_of_damage():
    assert len(CASES) >= 30


def test_unreadable_file(tmp_path, capsys, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text(EN, encoding="utf-8")
    path.chmod(0)
    if os.geteuid() == 0:  # root reads anything: simulate the refusal the OS would give
        real_open = open

        def deny(file, *args, **kwargs):
            if str(file) == str(path):
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr("builtins.open", deny)
    rc = main(["analyze", str(path)])
    err = capsys.readouterr().err
    assert rc == 2
    assert err == f"sayso: {path}: Permission denied\n" or err == f"sayso: {path}: permission denied\n"


def test_empty_stdin(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    rc = main(["analyze", "-", "--json"])
    assert rc == 2
    assert capsys.readouterr().err == "sayso: -: empty file\n"


def test_stdin_gbk(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ZH.encode("gbk"))))
    assert main(["analyze", "-", "--json"]) == 0
    records = _records(capsys.readouterr().out)
    assert records[0].document.text == ZH


def test_limit_flags_raise_the_limits(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(EN * 20, encoding="utf-8")
    assert main(["analyze", str(path), "--max-bytes", "100"]) == 2
    assert "over the limit of 100 (raise it with --max-bytes)" in capsys.readouterr().err
    assert main(["analyze", str(path), "--json", "--max-bytes", "0", "--max-line", "0"]) == 0
    assert _records(capsys.readouterr().out)[0].document.text == EN * 20


def test_internal_error_is_one_line_exit_3(tmp_path, capsys, monkeypatch):
    from sayso import pipeline

    def boom(*args, **kwargs):
        raise RuntimeError("extractor exploded\non two lines")

    monkeypatch.setattr(pipeline, "run", boom)
    monkeypatch.delenv("SAYSO_DEBUG", raising=False)
    path = tmp_path / "a.txt"
    path.write_text(EN, encoding="utf-8")
    assert main(["analyze", str(path)]) == 3
    err = capsys.readouterr().err
    assert err == f"sayso: {path}: internal error: RuntimeError: extractor exploded on two lines\n"
    monkeypatch.setenv("SAYSO_DEBUG", "1")
    with pytest.raises(RuntimeError):
        main(["analyze", str(path)])


SUBPROCESS_CASES = [c for c in CASES if c.name in (
    "path that does not exist", "PNG image", "JSONL with a bad line in the middle",
    "GBK without BOM", "single 10 MB line")]


@pytest.mark.parametrize("case", SUBPROCESS_CASES, ids=[c.name for c in SUBPROCESS_CASES])
def test_real_subprocess(case, tmp_path):
    path = case.make(tmp_path)
    env = {k: v for k, v in os.environ.items() if k != "SAYSO_DEBUG"}
    proc = subprocess.run(
        [sys.executable, "-m", "sayso.cli", "analyze", str(path), "--json"],
        capture_output=True, text=True, timeout=120, env=env)
    check_outcome(case, path, proc.returncode, proc.stdout, proc.stderr)
