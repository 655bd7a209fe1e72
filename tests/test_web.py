"""The reading room over a store of the dev articles: every page and its JSON twin, security.

Datasette's in-process client (`datasette.client`) serves the requests; no socket is opened.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
from html import unescape
from urllib.parse import quote

import pytest
from conftest import REFERENCE
from web_support import build_store, dev_analyses

from sayso import analyze
from sayso.cli import main
from sayso.model import Repost
from sayso.web.serve import is_loopback, make_app

pytestmark = pytest.mark.skipif(not REFERENCE.exists(), reason="shared/eval not available")

XSS_TEXT = ('外交部发言人秦刚说：“中方坚决反对<script>window.__pwned=1</script>。”'
            '他又说，<img src=x onerror="window.__pwned=2">是错误的。')


def evil_analysis():
    """A real analysis of a hostile text, with hostile metadata and entity names on top."""
    a = analyze(XSS_TEXT, doc_id="evil-1", title="<script>window.__pwned=3</script>标题",
                url="javascript:window.__pwned=4")
    assert len(a.attributions) == 2, "the hostile text should still be analysed"
    a.document.provenance.reposted_from.append(
        Repost("<b onmouseover=alert(1)>Evil</b>", "javascript:alert(5)"))
    a.entities[0].name = '<img src=x onerror="window.__pwned=6">'
    return a


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "dev.db"
    analyses = dev_analyses()
    # The reference article cites a ZeroHedge URL: store an article under that URL, so that
    # its provenance chain links to the stored copy.
    analyses[-1].document.url = analyses[0].document.provenance.references[0].url
    return build_store(path, [*analyses, evil_analysis()])


@pytest.fixture(scope="module")
def get(store):
    ds = make_app(str(store))

    def fetch(url: str):
        return asyncio.run(ds.client.get(url))

    return fetch


def _ok(response, kind: str):
    assert response.status_code == 200, response.text[:300]
    assert response.headers["content-type"].startswith(kind)
    assert "content-security-policy" in response.headers
    return response


def test_home_and_json(get):
    html = _ok(get("/-/sayso"), "text/html").text
    data = _ok(get("/-/sayso.json"), "application/json").json()
    assert data["documents"] == 12 and data["attributions"] > 100
    assert {row["language"] for row in data["languages"]} == {"zh", "en"}
    assert data["speakers"][0]["name"] in html
    assert any(d["attribution_id"] == "a15" and d["target"] == "a14"
               and d["doc_id"] == "gnews-2181912" for d in data["denials"])
    assert any(r["certainty"] == "unconfirmed" for r in data["unconfirmed"])
    assert "Latest denials" in html and "Most cited outlets" in html


def test_document_page_and_json_twin(get):
    html = _ok(get("/-/sayso/doc/gnews-2181912"), "text/html").text
    record = _ok(get("/-/sayso/doc/gnews-2181912.json"), "application/json").json()
    assert record["schema"] == "sayso.analysis/1"
    assert record["document"]["id"] == "gnews-2181912"
    # Every attribution is marked in the text, has a card and a table row linking to it.
    for a in record["attributions"]:
        assert f'id="at-{a["id"]}"' in html and f'id="card-{a["id"]}"' in html
        assert f'<tr id="row-{a["id"]}"><td><a href="#at-{a["id"]}">' in html
    # The denial links to the report it denies, and back.
    card15 = html[html.index('id="card-a15"'):html.index('id="card-a16"')]
    assert 'href="#at-a14"' in card15
    card14 = html[html.index('id="card-a14"'):html.index('id="card-a15"')]
    assert 'class="to-denial" href="#at-a15"' in card14
    # Sections shaded and labelled, the provenance chain on top, entity pages linked.
    assert 'class="sec sec-commentary"' in html and 'class="sec sec-credits"' in html
    assert html.index('class="chain"') < html.index('<article')
    assert re.search(r'<a class="stored" href="/-/sayso/doc/[^"]+">stored copy</a>', html)
    assert 'href="/-/sayso/entity/Dmitry%20Peskov"' in html
    assert 'href="/-/sayso/outlet/Reuters"' in html
    assert get("/-/sayso/doc/no-such-doc").status_code == 404


def test_entity_page_and_json_twin(get):
    data = _ok(get("/-/sayso/entity/Dmitry%20Peskov.json"), "application/json").json()
    assert data["name"] == "Dmitry Peskov"
    assert {"佩斯科夫", "Peskov"} <= set(data["names"])
    assert "克里姆林宫发言人" in data["roles"]
    assert "deny" in data["said"] or "assert" in data["said"]
    # Found by any alias, in either script: 佩斯科夫 (simplified) and 佩斯科夫's traditional form.
    for alias in ("佩斯科夫", "Peskov"):
        again = _ok(get(f"/-/sayso/entity/{alias}.json"), "application/json").json()
        assert again["name"] == "Dmitry Peskov"
    html = _ok(get("/-/sayso/entity/Dmitry%20Peskov"), "text/html").text
    assert "What Dmitry Peskov said" in html and "/-/sayso/doc/gnews-2181912#at-" in html
    assert get("/-/sayso/entity/Nobody%20At%20All").status_code == 404


def test_outlet_page_with_graph_and_json_twin(get):
    data = _ok(get("/-/sayso/outlet/Central%20News%20Agency.json"), "application/json").json()
    assert data["reported"] and data["cited_by"]
    html = _ok(get("/-/sayso/outlet/Central%20News%20Agency"), "text/html").text
    svg = html[html.index("<svg"):html.index("</svg>")]
    assert "Central News Agency" in svg and "<path" in svg
    # 路透社报道…俄罗斯警告…: Reuters cites Russia through the reports nested in its own.
    reuters = _ok(get("/-/sayso/outlet/Reuters.json"), "application/json").json()
    assert {"name": "Russia", "times": 2, "resolved": 1} in reuters["cites"]
    assert 'href="/-/sayso/entity/Russia"' in get("/-/sayso/outlet/Reuters").text
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")  # no CDN


def test_search_page_filters_and_json_twin(get):
    data = _ok(get("/-/sayso/search.json?stance=deny"), "application/json").json()
    assert data["results"] and all(r["stance"] == "deny" for r in data["results"])
    # A 2-character Chinese query, found from traditional script too.
    simp = _ok(get("/-/sayso/search.json?q=乌克兰"), "application/json").json()["results"]
    trad = _ok(get("/-/sayso/search.json?q=烏克蘭"), "application/json").json()["results"]
    assert simp and {(r["doc_id"], r["attribution_id"]) for r in simp} == \
        {(r["doc_id"], r["attribution_id"]) for r in trad}
    speaker = _ok(get("/-/sayso/search.json?speaker=佩斯科夫&lang=zh"),
                  "application/json").json()["results"]
    assert speaker and {r["speaker"] for r in speaker} == {"Dmitry Peskov"}
    via = _ok(get("/-/sayso/search.json?via=Central%20News%20Agency"),
              "application/json").json()["results"]
    assert via and all("Central News Agency" in r["via"] for r in via)
    html = _ok(get("/-/sayso/search?q=错误&stance=deny"), "text/html").text
    assert "<mark>错误</mark>" in html
    # Results link into the document at the matching attribution.
    link = re.search(r'href="(/-/sayso/doc/gnews-2181912\?hl=[^"#]+#at-a\d+)"', html)
    assert link
    # ... where the matched words are lit.
    doc = _ok(get(unescape(link.group(1)).split("#")[0]), "text/html").text
    assert '<mark class="hl">错误</mark>' in doc


def test_static_assets_served_and_traversal_refused(get):
    assert _ok(get("/-/static-plugins/sayso.web/sayso.js"), "text/javascript").text
    for path in ("/-/static-plugins/sayso.web/../__init__.py",
                 "/-/static-plugins/sayso.web/..%2f__init__.py",
                 "/-/static-plugins/sayso.web/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                 "/-/static-plugins/sayso.web/../../../../../../etc/passwd",
                 "/-/sayso/doc/..%2f..%2fetc%2fpasswd"):
        r = get(path)
        assert r.status_code in (400, 403, 404), path
        assert "root:" not in r.text and "register_routes" not in r.text


def test_csp_on_sayso_and_datasette_pages(get, store):
    strict = get("/-/sayso/doc/gnews-2181912").headers["content-security-policy"]
    assert "script-src 'self'" in strict and "unsafe-inline" not in strict.split("style-src")[0]
    assert "default-src 'none'" in strict and "frame-ancestors 'none'" in strict
    table = get(f"/{store.stem}/documents")
    assert table.status_code == 200
    assert "object-src 'none'" in table.headers["content-security-policy"]


def test_write_sql_refused(get, store):
    before = hashlib.sha256(store.read_bytes()).hexdigest()
    for sql in ("DELETE FROM documents", "DROP TABLE documents",
                "INSERT INTO documents VALUES ('x', '{}')", "UPDATE documents SET id = 'y'"):
        r = get(f"/{store.stem}.json?sql={sql}")
        assert r.status_code == 400, sql
    assert _ok(get(f"/{store.stem}.json?sql=select+count(*)+as+n+from+documents&_shape=array"),
               "application/json").json() == [{"n": 12}]
    for sql in ("DELETE FROM sayso_attributions", "DROP TABLE sayso_via"):
        assert get(f"/sayso_index.json?sql={sql}").status_code == 400, sql
    # The reading room's flat tables are there for power users' SQL too.
    rows = _ok(get("/sayso_index.json?sql=select+count(*)+as+n+from+sayso_attributions"
                   "+where+stance='deny'&_shape=array"), "application/json").json()
    assert rows[0]["n"] >= 4
    assert hashlib.sha256(store.read_bytes()).hexdigest() == before


def test_hostile_text_is_shown_as_text(get):
    for url in ("/-/sayso/doc/evil-1", "/-/sayso", "/-/sayso/search?q=script",
                "/-/sayso/doc/evil-1?hl=" + quote("<script>window"),
                "/-/sayso/search?q=" + quote('"><script>window.__pwned=7</script>')):
        html = _ok(get(url), "text/html").text
        assert "<script>window" not in html and "<img src=x" not in html, url
        assert 'href="javascript:' not in html and "<b onmouseover" not in html, url
    entity = get("/-/sayso/entity/" + quote('<img src=x onerror="window.__pwned=6">', safe=""))
    assert _ok(entity, "text/html") and "<img src=x" not in entity.text
    assert "&lt;img src=x onerror=&#34;window.__pwned=6&#34;&gt;" in entity.text
    html = get("/-/sayso/doc/evil-1").text
    assert "&lt;script&gt;window.__pwned=3&lt;/script&gt;标题" in html
    assert "javascript:window.__pwned=4" in html  # shown as text, not as a link
    data = get("/-/sayso/doc/evil-1.json").json()
    assert data["document"]["title"].startswith("<script>")  # the JSON twin is verbatim


def test_serve_refuses_non_loopback_and_bad_stores(tmp_path, capsys, store):
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")
    assert main(["serve", "--db", str(store), "--host", "0.0.0.0"]) == 2
    assert "refusing to listen on a non-loopback address" in capsys.readouterr().err
    assert main(["serve", "--db", str(tmp_path / "missing.db")]) == 2
    assert "no such store file" in capsys.readouterr().err
    junk = tmp_path / "junk.db"
    junk.write_text("not sqlite at all " * 100)
    assert main(["serve", "--db", str(junk)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"sayso: {junk}: not a SQLite store") and "Traceback" not in err


def test_standalone_html_file(tmp_path, capsys):
    out = tmp_path / "page.html"
    assert main(["analyze", str(REFERENCE), "--html", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "<link" not in html and 'src="' not in html  # nothing to fetch: one file
    csp = unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1))
    style = re.search(r"<style>(.*?)</style>", html, re.S).group(1)
    script = re.search(r"<script>(.*?)</script>", html, re.S).group(1)
    import base64

    for block in (style, script):
        digest = base64.b64encode(hashlib.sha256(block.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert 'id="at-a15"' in html and 'href="#at-a14"' in html
    assert main(["analyze", str(REFERENCE), "--html", str(tmp_path / "no" / "p.html")]) == 2
    assert "cannot write the page" in capsys.readouterr().err


def test_json_twin_matches_the_stored_record(get, store):
    import sqlite3

    conn = sqlite3.connect(store)
    stored = conn.execute("SELECT analysis FROM documents WHERE id = 'gnews-2181912'").fetchone()[0]
    conn.close()
    assert get("/-/sayso/doc/gnews-2181912.json").text == stored
    assert json.loads(stored)["schema"] == "sayso.analysis/1"


def test_sayso_serve_command_end_to_end(store):
    """The real command in a subprocess: listens on loopback, serves, stops cleanly on Ctrl-C."""
    import signal
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "sayso.cli", "serve", "--db", str(store),
                             "--port", str(port)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/-/sayso.json") as r:
                    assert json.load(r)["documents"] == 12
                    assert "default-src 'none'" in r.headers["Content-Security-Policy"]
                    break
            except OSError:
                assert proc.poll() is None, proc.stderr.read()
                assert time.monotonic() < deadline, "sayso serve did not answer"
                time.sleep(0.2)
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    assert f"http://127.0.0.1:{port}/-/sayso" in out
    assert "Traceback" not in err


def test_other_store_layouts_are_read_by_the_contract_id(tmp_path):
    """The store may key its records by an integer and name the column differently: pages
    still use the contract's document id."""
    import sqlite3

    from sayso import analyze_file

    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE docs (id INTEGER PRIMARY KEY, analysis_json TEXT)")
    conn.execute("INSERT INTO docs (analysis_json) VALUES (?)",
                 (analyze_file(REFERENCE).to_json(indent=None),))
    conn.commit()
    conn.close()
    ds = make_app(str(path))
    r = asyncio.run(ds.client.get("/-/sayso/doc/gnews-2181912.json"))
    assert r.status_code == 200 and r.json()["document"]["id"] == "gnews-2181912"
    assert asyncio.run(ds.client.get("/-/sayso/doc/1")).status_code == 404


def test_live_mode_opens_read_only(store):
    """--live: read-only (mode=ro) instead of immutable, for a store still being written."""
    ds = make_app(str(store), live=True)
    db = next(d for name, d in ds.databases.items() if d.path == str(store))
    assert db.is_mutable
    assert asyncio.run(ds.client.get("/-/sayso/doc/gnews-2181912")).status_code == 200
    assert asyncio.run(ds.client.get(f"/{store.stem}.json?sql=DELETE+FROM+documents")
                       ).status_code == 400
    immutable = make_app(str(store))
    assert not next(d for d in immutable.databases.values() if d.path == str(store)).is_mutable
