"""The corpus store on real articles: ingest, idempotence, search across scripts and languages,
entities across articles, denials, migrations, bad input, and a run killed with SIGKILL."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import opencc
import pytest
from conftest import EN_DEV, ZH_DEV

import sayso
from sayso.errors import InputError
from sayso.model import Analysis
from sayso.store import Store, schema
from sayso.store.fold import match_query, terms

SAMPLE = Path(sayso.__file__).parent / "data" / "sample" / "gnews-2181912.md"
S2T = opencc.OpenCC("s2t")


def _zh_dev() -> list[Path]:
    if not ZH_DEV.exists():
        pytest.skip("shared/eval not available")
    return sorted(ZH_DEV.glob("cnews-*.txt"))


@pytest.fixture(scope="module")
def reference() -> Analysis:
    return sayso.analyze_file(SAMPLE)


@pytest.fixture
def store(tmp_path, reference) -> Store:
    s = Store(tmp_path / "corpus.db")
    s.add([reference])
    yield s
    s.close()


def _traditional_copy(analysis: Analysis, doc_id: str) -> Analysis:
    """The same article converted to traditional script and analysed again: a repost."""
    return sayso.analyze(S2T.convert(analysis.document.text), doc_id=doc_id,
                         title=S2T.convert(analysis.document.title or ""))


# ---------------------------------------------------------------- terms


def test_terms_are_folded_cjk_bigrams_and_latin_words():
    assert terms("王毅說 Peskov") == ["王毅", "毅说", "peskov"]
    assert terms("否") == ["否"]
    assert match_query('駁回 "Kremlin spokesman"') == '"驳回" AND "kremlin spokesman"'
    assert match_query("，。") is None


# ---------------------------------------------------------------- ingest


def test_ingest_stores_every_table_and_keeps_the_record_verbatim(store, reference):
    assert store.count("documents") == 1
    assert store.count("attributions") == len(reference.attributions)
    assert store.document(reference.document.id).to_json() == reference.to_json()
    vias = store.conn.execute("SELECT count(*) FROM via").fetchone()[0]
    assert vias == sum(len(a.via) for a in reference.attributions)
    relations = {r[0] for r in store.conn.execute("SELECT relation FROM provenance")}
    assert {"reposted_from", "reference", "compiled_by"} <= relations


def test_reingest_is_idempotent_and_a_changed_record_is_updated(store, reference):
    before = {t: store.count(t) for t in ("documents", "attributions", "via", "mentions",
                                           "entities", "attribution_search")}
    counts = store.add([reference])
    assert counts.as_dict() == {"added": 0, "unchanged": 1, "updated": 0, "skipped": 0}
    assert {t: store.count(t) for t in before} == before
    changed = Analysis.from_json(reference.to_json())
    changed.attributions = changed.attributions[:3]
    assert store.add([changed]).updated == 1
    assert store.count("attributions") == 3
    assert store.count("attribution_search") == 3


def _index(path) -> dict[str, list[tuple]]:
    """Every (term, row, offset) of both search indexes: what FTS5 holds, stale rows included
    (a search joins its hits to live rows, so it would not show them). Rows are numbered by
    rank, as an updated record's attributions get new ids."""
    conn = sqlite3.connect(path)
    out = {}
    for table in ("document_search", "attribution_search"):
        conn.execute(f"CREATE VIRTUAL TABLE temp.v_{table} USING fts5vocab(main, {table}, "
                     "instance)")
        found = conn.execute(f"SELECT term, doc, offset FROM v_{table}").fetchall()
        rank = {doc: i for i, doc in enumerate(sorted({doc for _, doc, _ in found}))}
        out[table] = sorted((term, rank[doc], offset) for term, doc, offset in found)
    conn.close()
    return out


def test_an_updated_record_leaves_no_stale_terms(tmp_path, store, reference):
    changed = Analysis.from_json(reference.to_json())
    changed.attributions = changed.attributions[2:5]
    changed.document.text = changed.document.text.replace("普京", "普丁")  # new text terms too
    assert store.add([changed]).updated == 1
    fresh = Store(tmp_path / "fresh.db")
    fresh.add([changed])
    fresh.close()
    got, want = _index(store.path), _index(fresh.path)
    assert got == want
    assert any(term == "普丁" for term, *_ in got["document_search"])


def test_a_store_of_schema_2_is_migrated_with_its_search_terms(tmp_path, reference):
    """A v2 store kept a copy of its terms in the search tables; v3 keeps none and re-indexes
    from the records, because v2 did not record which term rules wrote them."""
    from sayso.store.rows import prepare

    source = tmp_path / "v3.db"
    with Store(source) as s:
        s.add([reference])
    old = tmp_path / "v2.db"
    conn = sqlite3.connect(old, isolation_level=None)
    conn.execute("CREATE TABLE sayso_schema (version INTEGER PRIMARY KEY, applied_at TEXT)")
    for step in (1, 2):
        for statement in schema.MIGRATIONS[step].split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute("INSERT INTO sayso_schema VALUES (?, 'then')", (step,))
    conn.execute("ATTACH ? AS src", (str(source),))
    for table in ("documents", "sections", "entities", "entity_keys", "aliases", "mentions",
                  "attributions", "via", "provenance", "reposts", "shingles"):
        conn.execute(f"INSERT INTO main.{table} SELECT * FROM src.{table}")
    record = conn.execute("SELECT analysis FROM documents").fetchone()[0]
    rows = prepare(json.loads(record), record)
    conn.execute("INSERT INTO document_search (rowid, terms) VALUES (1, ?)", (rows.terms,))
    ids = [i for (i,) in conn.execute("SELECT id FROM attributions ORDER BY id")]
    conn.executemany("INSERT INTO attribution_search (rowid, terms) VALUES (?, ?)",
                     zip(ids, rows.search, strict=True))
    conn.close()
    with Store(old) as s:
        assert schema.version(s.conn) == 3
        assert [h.attr_id for h in s.search("普京")] == \
            [h.attr_id for h in Store(source).search("普京")]
        changed = Analysis.from_json(reference.to_json())
        changed.attributions = changed.attributions[:1]
        assert s.add([changed]).updated == 1
    fresh = tmp_path / "fresh.db"
    with Store(fresh) as s:
        s.add([changed])
    assert _index(old) == _index(fresh)


def test_new_term_rules_reindex_the_store(tmp_path, reference, monkeypatch):
    from sayso.store import api

    path = tmp_path / "corpus.db"
    with Store(path) as s:
        s.add([reference])
    before = _index(path)
    conn = sqlite3.connect(path)  # terms as other rules would have cut them
    conn.execute("INSERT INTO attribution_search (attribution_search) VALUES ('delete-all')")
    conn.execute("INSERT INTO attribution_search (rowid, terms) VALUES (1, 'other rules')")
    conn.commit()
    conn.close()
    # an upgrade that changed the term rules: the store is re-indexed when opened for writing
    monkeypatch.setattr(api, "TERMS_VERSION", "2/test")
    with Store(path) as s:
        assert s.conn.execute("SELECT value FROM sayso_meta").fetchone() == ("2/test",)
    assert _index(path) == before


def test_the_same_store_opens_in_plain_sqlite_with_its_views(store):
    conn = sqlite3.connect(store.path)
    rows = conn.execute("SELECT speaker, stance FROM attribution_view WHERE stance = 'deny'")
    assert ("Dmitry Peskov", "deny") in rows.fetchall()
    conn.close()


# ---------------------------------------------------------------- search


def test_two_character_chinese_queries_are_found(store):
    hits = store.search("驳回")
    assert [h.attr_id for h in hits] == ["a15"]
    assert store.search("普京") and all("普京" in h.content + h.cue + (h.source or "")
                                        or "普京" in (h.speaker or "")
                                        for h in store.search("普京"))


def test_traditional_query_finds_simplified_text_and_the_reverse(store, reference):
    assert [h.attr_id for h in store.search("駁回")] == ["a15"]
    store.add([_traditional_copy(reference, "gnews-hant")])
    found = {h.doc_id for h in store.search("驳回")}
    assert found == {reference.document.id, "gnews-hant"}


def test_speaker_search_in_any_script_and_language(store, reference):
    by_latin = {(h.doc_id, h.attr_id) for h in store.search(speaker="Peskov", limit=100)}
    by_han = {(h.doc_id, h.attr_id) for h in store.search(speaker="佩斯科夫", limit=100)}
    assert by_latin and by_latin == by_han
    english = sayso.analyze('"We have never accepted this," Kremlin spokesman Dmitry Peskov '
                            "told reporters on Thursday.", doc_id="en-peskov")
    store.add([english])
    docs = {h.doc_id for h in store.search(speaker="佩斯科夫", limit=100)}
    assert docs == {reference.document.id, "en-peskov"}


def test_denials_are_found_with_the_report_they_deny(store):
    denials = store.search(stance="deny", speaker="Peskov")
    assert denials
    a15 = next(h for h in denials if h.attr_id == "a15")
    target = store.conn.execute(
        "SELECT a.certainty, a.content FROM attributions a JOIN attributions d "
        "ON d.doc_id = a.doc_id AND d.target = a.attr_id WHERE d.attr_id = ?",
        (a15.attr_id,)).fetchone()
    assert target[0] == "disputed"


def test_filters_combine(store, reference):
    body = store.search(section="body", limit=500)
    commentary = store.search(section="commentary", limit=500)
    assert len(body) + len(commentary) <= len(reference.attributions)
    assert all(h.certainty == "anonymous" for h in store.search(certainty="anonymous"))
    assert store.search(lang="en") == []
    assert store.search("驳回", stance="assert") == []
    via = store.search(via="国家媒体")
    assert via and all("国家媒体" in h.via for h in via)


def test_dates_filter(tmp_path):
    s = Store(tmp_path / "d.db")
    old = sayso.analyze("外交部发言人秦刚说：“中方坚决反对。”", doc_id="old")
    old.document.published = "2009-05-01"
    new = sayso.analyze("外交部发言人毛宁说：“中方坚决反对。”", doc_id="new")
    new.document.published = "2023-05-01"
    s.add([old, new])
    assert [h.doc_id for h in s.search("反对", since="2020-01-01")] == ["new"]
    assert [h.doc_id for h in s.search("反对", until="2010-12-31")] == ["old"]
    s.close()


# ---------------------------------------------------------------- entities


def test_entity_profile_names_every_script_and_explains_its_merges(store, reference):
    store.add([_traditional_copy(reference, "gnews-hant")])
    profile = store.entity("佩斯科夫")
    assert profile is not None and profile.name == "Dmitry Peskov"
    assert profile.documents == 2
    assert {"佩斯科夫", "Dmitry Peskov"} <= set(profile.aliases)
    assert "deny" in profile.said
    assert any("gnews-hant" in line for line in profile.evidence)
    assert store.entity("Dmitry Peskov").id == profile.id


def test_regional_transliterations_are_one_person(tmp_path):
    s = Store(tmp_path / "t.db")
    s.add([sayso.analyze("特朗普说：“我们会赢。”", doc_id="cn"),
           sayso.analyze("川普表示：「我們會贏。」", doc_id="tw"),
           sayso.analyze('"We will win," Trump said.', doc_id="us")])
    ids = {h.speaker_id for h in s.search(speaker="Trump", limit=10)}
    docs = {h.doc_id for h in s.search(speaker="川普", limit=10)}
    assert len(ids) == 1 and docs == {"cn", "tw", "us"}
    s.close()


def test_pronouns_titles_and_shared_surnames_never_merge(tmp_path):
    s = Store(tmp_path / "n.db")
    s.add([sayso.analyze('"Prices will rise," said John Smith, an economist.', doc_id="a"),
           sayso.analyze('"Prices will fall," said Jane Smith, a trader.', doc_id="b")])
    speakers = {h.doc_id: h.speaker_id for h in s.search(limit=10)}
    assert speakers["a"] != speakers["b"]
    keys = {r[0] for r in s.conn.execute("SELECT key FROM entity_keys")}
    assert not any(k.endswith((":he", ":他", ":发言人", ":spokesman")) for k in keys)
    s.close()


# ---------------------------------------------------------------- inputs


def test_batch_output_is_loaded_not_reanalysed(tmp_path, reference, monkeypatch):
    jsonl = tmp_path / "batch.jsonl"
    other = Analysis.from_json(reference.to_json())
    other.document.id = "copy"
    jsonl.write_text(reference.to_json(indent=None) + "\n{not json\n"
                     + other.to_json(indent=None) + "\n", encoding="utf-8")
    from sayso import pipeline
    monkeypatch.setattr(pipeline, "run", lambda *a, **k: pytest.fail("re-analysed"))
    from sayso.store.ingest import iter_analyses

    items = list(iter_analyses([str(jsonl)]))
    assert [type(i).__name__ for i in items] == ["Analysis", "InputError", "Analysis"]
    assert "batch.jsonl:2" in items[1].line()


def test_parquet_batch_output_is_loaded(tmp_path, reference):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    folder = tmp_path / "out" / "documents" / "language=zh"
    folder.mkdir(parents=True)
    table = pa.table({"doc_id": [reference.document.id],
                      "analysis": [reference.to_json(indent=None)]})
    pq.write_table(table, folder / "part-0.parquet")
    from sayso.store.ingest import iter_analyses

    [item] = list(iter_analyses([str(tmp_path / "out")]))
    assert item.to_json() == reference.to_json()


# ---------------------------------------------------------------- schema and bad input


def test_a_previous_schema_is_migrated_forward(tmp_path, reference):
    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE sayso_schema (version INTEGER PRIMARY KEY, applied_at TEXT)")
    for statement in schema.MIGRATIONS[1].split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("INSERT INTO sayso_schema VALUES (1, 'then')")
    conn.close()
    with Store(path) as s:
        assert schema.version(s.conn) == schema.SCHEMA_VERSION
        s.add([reference])
        assert s.count("reposts") == 0 and s.count("documents") == 1


@pytest.mark.parametrize("make, problem", [
    (lambda p: p.write_bytes(b"\x89PNG\r\n" + bytes(200)), "not a SQLite database"),
    (lambda p: sqlite3.connect(p).execute("CREATE TABLE t (x)").connection.commit(),
     "not a sayso store"),
])
def test_foreign_or_damaged_files_are_refused(tmp_path, make, problem):
    path = tmp_path / "x.db"
    make(path)
    before = path.read_bytes()
    with pytest.raises(InputError, match=problem):
        Store(path)
    assert path.read_bytes() == before


def test_a_newer_store_is_refused(tmp_path):
    path = tmp_path / "new.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO sayso_schema (version) VALUES (99)")
    conn.commit()
    conn.close()
    with pytest.raises(InputError, match="newer sayso"):
        Store(path)


def test_a_store_locked_by_another_writer(tmp_path, reference):
    path = tmp_path / "l.db"
    Store(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    s = Store(path, timeout=0.2)
    with pytest.raises(InputError, match="locked by another writer"):
        s.add([reference])
    other.execute("ROLLBACK")
    assert s.add([reference]).added == 1
    s.close()


def test_a_full_disk_keeps_what_was_stored(tmp_path, reference):
    s = Store(tmp_path / "f.db")
    s.add([reference])
    pages = s.conn.execute("PRAGMA page_count").fetchone()[0]
    s.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    big = [_traditional_copy(reference, f"copy-{i}") for i in range(3)]
    with pytest.raises(InputError, match="disk is full"):
        s.add(big)
    assert s.count("documents") == 1
    assert s.document(reference.document.id).to_json() == reference.to_json()
    s.close()


def test_a_missing_folder_is_one_line(tmp_path):
    with pytest.raises(InputError, match="cannot open the store"):
        Store(tmp_path / "no" / "such" / "x.db")


def _run(*args, **kw):
    return subprocess.run([sys.executable, "-m", "sayso.cli", *args], capture_output=True,
                          text=True, **kw)


def test_cli_ingest_search_entity(tmp_path):
    db = str(tmp_path / "c.db")
    first = _run("ingest", str(SAMPLE), "--db", db, "--json")
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout) == {"added": 1, "unchanged": 0, "updated": 0, "skipped": 0}
    again = _run("ingest", str(SAMPLE), "--db", db, "--json")
    assert json.loads(again.stdout)["unchanged"] == 1
    hits = json.loads(_run("search", "駁回", "--db", db, "--json").stdout)
    assert [h["attr_id"] for h in hits] == ["a15"]
    profile = json.loads(_run("entity", "Peskov", "--db", db, "--json").stdout)
    assert profile["name"] == "Dmitry Peskov"
    explained = _run("entity", "佩斯科夫", "--db", db, "--explain")
    assert "why these are one entity" in explained.stdout
    bad = _run("search", "x", "--db", str(tmp_path / "none.db"))
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "none.db" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_killed_ingest_loses_and_duplicates_nothing(tmp_path, reference):
    """SIGKILL at random moments of an ingest of pre-analysed records (worker processes
    preparing them); rerun until done; the store then equals a clean run's (in one process),
    row for row, and no worker outlives its killed parent."""
    records = tmp_path / "records.jsonl"
    with records.open("w", encoding="utf-8") as f:
        for i in range(2000):
            a = Analysis.from_json(reference.to_json())
            a.document.id = f"doc-{i:04d}"
            f.write(a.to_json(indent=None) + "\n")
    clean = str(tmp_path / "clean.db")
    assert _run("ingest", str(records), "--db", clean, "--batch-size", "20", "--workers", "1",
                "-q").returncode == 0
    killed = str(tmp_path / "killed.db")
    rng = random.Random(7)
    env = dict(os.environ, PYTHONPATH=str(Path(sayso.__file__).parent.parent))

    def stored() -> int:
        if not Path(killed).exists():
            return 0
        conn = sqlite3.connect(killed)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        except sqlite3.OperationalError:  # the schema is not there yet
            return 0
        finally:
            conn.close()

    def alive(pid: int) -> bool:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            return False
        return "\nState:\tZ" not in status  # a zombie has exited

    partial, children = [], []
    for _ in range(4):
        before = stored()
        proc = subprocess.Popen([sys.executable, "-m", "sayso.cli", "ingest", str(records),
                                 "--db", killed, "--batch-size", "20", "--workers", "2", "-q"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        deadline = time.monotonic() + 60
        while stored() <= before and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)  # the run is writing: kill it at a random moment from here
        time.sleep(rng.uniform(0.0, 0.3))
        children += [int(p) for p in subprocess.run(["pgrep", "-P", str(proc.pid)],
                                                    capture_output=True, text=True).stdout.split()]
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        partial.append(stored())
    # the kills landed mid-run: the store held some documents, not all, at least once
    assert any(0 < n < 2000 for n in partial), partial
    assert _run("ingest", str(records), "--db", killed, "--batch-size", "20",
                "-q").returncode == 0
    assert children  # the killed runs had worker processes
    time.sleep(1.5)  # a worker notices its parent's death within 0.5 s
    assert not [pid for pid in children if alive(pid)]

    def content(path):
        conn = sqlite3.connect(path)
        out = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
               for t in ("documents", "attributions", "via", "mentions", "entities",
                         "attribution_search", "document_search")}
        out["records"] = conn.execute(
            "SELECT group_concat(id || analysis, '') FROM (SELECT * FROM documents "
            "ORDER BY id)").fetchone()[0]
        conn.close()
        return out

    assert content(killed) == content(clean)


def test_dev_articles_in_both_languages(tmp_path):
    paths = _zh_dev()
    with Store(tmp_path / "dev.db") as s:
        s.add(sayso.analyze_file(p) for p in paths)
        en = sorted((EN_DEV / "text").glob("*.txt"))[:5]
        s.add(sayso.analyze_file(p) for p in en)
        assert s.count("documents") == len(paths) + len(en)
        assert s.search(lang="en", limit=5) and s.search(lang="zh", limit=5)
        assert all(h.language == "en" for h in s.search("said", lang="en"))


def test_locate_maps_folded_offsets_back_to_the_text():
    from sayso.store.fold import locate

    assert locate("外長王毅說", "外长") == (0, 2)
    text = "㈱ＡＢＣ公司，普京說"  # NFKC lengthens ㈱ to (株): offsets still point into `text`
    start, end = locate(text, "普京说")
    assert text[start:end] == "普京說"
    assert locate(text, '"abc公司"') == (1, 6)
    assert locate(text, "Obama") is None


def test_document_search_finds_narrative_text_in_either_script(store, reference):
    text = reference.document.text
    # 伊朗 is in the narrative, in no attribution: only the document index holds it
    assert store.search("伊朗") == []
    [hit] = store.search_documents("伊朗")
    assert hit.doc_id == reference.document.id and text[hit.start:hit.end] == "伊朗"
    assert "伊朗" in hit.context
    # the repost line is written in traditional script (轉載自GNews): a simplified query finds it
    [hit] = store.search_documents("转载")
    assert text[hit.start:hit.end] == "轉載"
    assert store.search_documents("伊朗 Cavusoglu")[0].doc_id == reference.document.id
    assert store.search_documents("伊朗 Kuleba Obama") == []  # every part must occur


def test_document_search_filters_by_language_and_date(tmp_path, reference):
    [en] = sorted((EN_DEV / "text").glob("*.txt"))[:1]
    with Store(tmp_path / "two.db") as s:
        s.add([reference, sayso.analyze_file(en)])
        hits = s.search_documents('"Hillary Clinton" emergency')
        assert [h.language for h in hits] == ["en"]
        assert s.search_documents("Hillary", lang="zh") == []
        assert s.search_documents("普京", lang="zh") and not s.search_documents("普京", lang="en")
        assert s.search_documents("Hillary", since="2100-01-01") == []


def test_cli_document_search(tmp_path):
    db = tmp_path / "c.db"
    assert _run("ingest", str(SAMPLE), "--db", str(db), "-q").returncode == 0
    out = _run("search", "伊朗", "--documents", "--db", str(db), "--json")
    [hit] = json.loads(out.stdout)
    assert hit["doc_id"] and hit["end"] - hit["start"] == 2
    bad = _run("search", "伊朗", "--documents", "--speaker", "Peskov", "--db", str(db))
    assert bad.returncode != 0 and "--speaker filters attributions" in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1


def test_a_read_only_store_refuses_writes_in_one_line(tmp_path, reference):
    path = tmp_path / "ro.db"
    with Store(path) as s:
        s.add([reference])
    with Store(path, readonly=True) as s, pytest.raises(InputError, match="cannot be written"):
        s.add([_traditional_copy(reference, "other")])
    with Store(path, readonly=True) as s:
        assert s.count("documents") == 1


def test_filtered_text_search_falls_back_when_the_ranked_window_is_too_small(store, monkeypatch):
    from sayso.store import api

    everything = store.search("普京", limit=100)
    wanted = everything[-1].certainty  # a certainty the best match does not have
    assert everything[0].certainty != wanted
    expected = [h.attr_id for h in everything if h.certainty == wanted]
    monkeypatch.setattr(api, "WINDOW", 1)  # the best match alone is filtered first
    assert [h.attr_id for h in store.search("普京", certainty=wanted, limit=100)] == expected
    assert len(store.search("普京", limit=3)) == min(3, len(everything))
