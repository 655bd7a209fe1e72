"""The ingest record path on real articles: rows built straight from `sayso.analysis/1` JSON,
worker processes, entity keys that stay unambiguous as a corpus grows, and generic government
bodies (外交部, the foreign ministry) that never merge across countries."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from conftest import EN_DEV, ZH_DEV

import sayso
from sayso.store import Store
from sayso.store.load import ingest

SAMPLE = Path(sayso.__file__).parent / "data" / "sample" / "gnews-2181912.md"
# every table a document writes; ingested_at (a clock) and row order aside
TABLES = {
    "documents": "SELECT id, content_hash, title, url, published, language, script, n_chars, "
                 "n_attributions, sayso_version, text, analysis FROM documents",
    "sections": "SELECT * FROM sections",
    "entities": "SELECT * FROM entities",
    "entity_keys": "SELECT * FROM entity_keys",
    "aliases": "SELECT * FROM aliases",
    "mentions": "SELECT * FROM mentions",
    "attributions": "SELECT * FROM attributions",
    "via": "SELECT * FROM via",
    "provenance": "SELECT * FROM provenance",
    "attribution_search": "SELECT rowid, terms FROM attribution_search",
    "document_search": "SELECT rowid, terms FROM document_search",
}


def _contents(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    out = {t: sorted(conn.execute(sql).fetchall(), key=repr) for t, sql in TABLES.items()}
    conn.close()
    return out


@pytest.fixture(scope="module")
def analyses() -> list[sayso.Analysis]:
    """Real articles in both languages: zh-dev and the first PolNeAR dev texts."""
    if not ZH_DEV.exists():
        pytest.skip("shared/eval not available")
    paths = sorted(ZH_DEV.glob("cnews-*.txt")) + sorted((EN_DEV / "text").glob("*.txt"))[:12]
    return [sayso.analyze_file(SAMPLE)] + [sayso.analyze_file(p) for p in paths]


@pytest.fixture(scope="module")
def records(tmp_path_factory, analyses) -> Path:
    """The records as `sayso batch` writes them, each twice under another id (a copy of the
    corpus), with a malformed line and a record of another schema among them."""
    path = tmp_path_factory.mktemp("records") / "corpus.jsonl"
    lines = []
    for copy in ("", "copy-"):
        for a in analyses:
            d = a.to_dict()
            d["document"]["id"] = copy + d["document"]["id"]
            lines.append(json.dumps(d, ensure_ascii=False))
    lines.insert(5, "{not json")
    lines.insert(9, json.dumps({"schema": "other/1", "document": {"text": "x"}}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _ingest(db: Path, records: Path, workers: int) -> tuple[dict[str, int], list[str]]:
    errors: list[str] = []
    with Store(db, batch=7) as s:  # batches that cut the corpus at odd places
        counts = ingest(s, [str(records)], workers=workers,
                        on_error=lambda e: errors.append(e.line()))
    return counts.as_dict(), errors


def test_workers_give_the_same_store_counts_and_bad_lines(tmp_path, records, analyses):
    one = _ingest(tmp_path / "one.db", records, workers=1)
    two = _ingest(tmp_path / "two.db", records, workers=2)
    assert one == two
    counts, errors = one
    assert counts == {"added": 2 * len(analyses), "unchanged": 0, "updated": 0, "skipped": 2}
    assert [e.split(": ")[1] for e in errors] == [f"{records}:6", f"{records}:10"]
    assert _contents(tmp_path / "one.db") == _contents(tmp_path / "two.db")
    # re-ingest with workers: nothing added, every document unchanged
    again, _ = _ingest(tmp_path / "two.db", records, workers=2)
    assert again == {"added": 0, "unchanged": 2 * len(analyses), "updated": 0, "skipped": 2}


def test_the_record_path_stores_what_the_analysis_path_stores(tmp_path, records, analyses):
    with Store(tmp_path / "api.db") as s:
        s.add(analyses)
    jsonl = tmp_path / "once.jsonl"
    jsonl.write_text("".join(a.to_json(indent=None) + "\n" for a in analyses), encoding="utf-8")
    with Store(tmp_path / "records.db") as s:
        ingest(s, [str(jsonl)])
    assert _contents(tmp_path / "api.db") == _contents(tmp_path / "records.db")
    # a record written with other white space and key order is the same record: unchanged
    with Store(tmp_path / "records.db") as s:
        assert s.add(analyses).unchanged == len(analyses)
        reordered = tmp_path / "reordered.jsonl"
        reordered.write_text(json.dumps(dict(reversed(analyses[0].to_dict().items())),
                                        ensure_ascii=False, indent=1).replace("\n", " ") + "\n",
                             encoding="utf-8")
        assert ingest(s, [str(reordered)]).unchanged == 1


def test_a_copy_of_the_corpus_adds_no_entity_and_no_key_is_shared(tmp_path, records, analyses):
    """Full names and ids stay with one entity each: a key shared by two entities made every
    later mention of either a new entity (3,490 'Donald Trump' entities in a 20k store)."""
    db = tmp_path / "c.db"
    _ingest(db, records, workers=1)
    conn = sqlite3.connect(db)
    shared = conn.execute("SELECT key, count(*) FROM entity_keys WHERE strength = 'strong' "
                          "GROUP BY key HAVING count(*) > 1").fetchall()
    assert shared == []
    # every linked mention of the copies went to the entity of its original
    pairs = conn.execute(
        "SELECT m.local_id, m.entity_id, c.entity_id FROM mentions m JOIN mentions c "
        "ON c.doc_id = 'copy-' || m.doc_id AND c.local_id = m.local_id "
        "WHERE m.entity_id IS NOT NULL").fetchall()
    assert pairs and sum(a == b for _, a, b in pairs) / len(pairs) > 0.9, pairs
    entities = conn.execute("SELECT count(*) FROM entities").fetchone()[0]
    conn.close()
    with Store(db) as s:  # the same records under a third set of ids
        third = tmp_path / "third.jsonl"
        third.write_text(records.read_text(encoding="utf-8").replace('"id": "copy-',
                                                                     '"id": "third-'),
                         encoding="utf-8")
        ingest(s, [str(third)])
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM entities").fetchone()[0] <= entities * 1.1
    conn.close()


# ---------------------------------------------------------------- generic government bodies

_BODIES = {
    "cn-1": "外交部表示，中国坚决反对有关做法，将采取必要措施。",
    "cn-2": "外交部称，中方已就此提出严正交涉。",
    "tw-1": "台湾外交部今天表示，对此深表遗憾。外交部说，将持续关注事态发展。",
    "none": "外交部表示，将持续关注事态发展。",
    "ru-en": 'The foreign ministry said Russia would respond. "We will not accept this," the '
             "foreign ministry said.",
    "fr-en": 'The foreign ministry said France was concerned. "The situation is serious," the '
             "foreign ministry said.",
}


def _body(s: Store, doc_id: str) -> tuple[int, str]:
    return s.conn.execute(
        "SELECT entity_id, evidence FROM mentions WHERE doc_id = ? AND entity_id IS NOT NULL "
        "AND name NOT LIKE '台湾%' ORDER BY local_id DESC", (doc_id,)).fetchone()


def test_a_generic_body_merges_only_within_its_country(tmp_path):
    with Store(tmp_path / "b.db") as s:
        s.add(sayso.analyze(text, doc_id=doc) for doc, text in _BODIES.items())
        body = {doc: _body(s, doc) for doc in _BODIES}
        # China's foreign ministry in two articles is one body, with the reason
        assert body["cn-1"][0] == body["cn-2"][0]
        assert "of China" in body["cn-2"][1]
        # Taiwan's is another: 台湾外交部 and the bare 外交部 after it are one body of that
        # article (zh in-article coreference, issue #15), never China's
        tw = s.conn.execute("SELECT DISTINCT entity_id FROM mentions WHERE doc_id = 'tw-1' "
                            "AND entity_id IS NOT NULL").fetchall()
        assert len(tw) == 1 and tw[0][0] != body["cn-1"][0]
        # without a country it is kept to its document
        assert body["none"][0] not in {body[d][0] for d in _BODIES if d not in ("none", "tw-1")}
        assert body["none"][0] != tw[0][0]
        assert "not merged across documents" in body["none"][1]
        # in English too: Russia's foreign ministry is not France's
        assert body["ru-en"][0] != body["fr-en"][0]
        profile = s.entity("外交部")
        assert profile is not None and any("generic body" in e for e in profile.evidence)


def test_entity_explain_shows_why_a_body_is_kept_apart(tmp_path):
    db = tmp_path / "b.db"
    with Store(db) as s:
        s.add([sayso.analyze(_BODIES["none"], doc_id="none")])
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "sayso.cli", "entity", "外交部", "--db", str(db),
                          "--explain"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "not merged across documents" in out.stdout


def test_the_same_id_twice_in_one_batch_is_added_then_updated(tmp_path, analyses):
    first, second = analyses[0].to_dict(), analyses[1].to_dict()
    second["document"]["id"] = first["document"]["id"]
    jsonl = tmp_path / "twice.jsonl"
    jsonl.write_text(json.dumps(first, ensure_ascii=False) + "\n"
                     + json.dumps(second, ensure_ascii=False) + "\n", encoding="utf-8")
    with Store(tmp_path / "t.db") as s:
        counts = ingest(s, [str(jsonl)])
        assert counts.as_dict() == {"added": 1, "unchanged": 0, "updated": 1, "skipped": 0}
        assert s.count("documents") == 1
        assert s.count("attributions") == len(second["attributions"])
        assert s.count("attribution_search") == len(second["attributions"])
        stored = s.document(first["document"]["id"])
        assert stored is not None and stored.document.text == second["document"]["text"]


def test_cli_reports_each_bad_line_on_one_line(tmp_path, records, analyses):
    import subprocess
    import sys

    db = tmp_path / "cli.db"
    out = subprocess.run([sys.executable, "-m", "sayso.cli", "ingest", str(records), "--db",
                          str(db), "--workers", "2", "--json"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {"added": 2 * len(analyses), "unchanged": 0, "updated": 0,
                                      "skipped": 2}
    lines = out.stderr.splitlines()
    assert len(lines) == 2 and "Traceback" not in out.stderr
    assert lines[0].startswith(f"sayso: {records}:6: not a valid sayso.analysis/1 record")
    assert lines[1].startswith(f"sayso: {records}:10: not a valid sayso.analysis/1 record")
