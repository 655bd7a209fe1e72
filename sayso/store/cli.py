"""The store's commands (registered by `sayso.cli`): ingest, reanalyse, search, entity, outlet,
reposts, trace."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..errors import InputError
from .api import BATCH, Hit, IngestCounts, Store

STANCES = ["assert", "deny", "accuse", "warn", "urge", "confirm", "ask", "condemn", "praise",
           "promise", "threaten"]
CERTAINTIES = ["asserted", "reported", "unconfirmed", "disputed", "anonymous"]


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def _progress(quiet: bool) -> Progress:
    return Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                    TextColumn("{task.completed} documents"), TimeElapsedColumn(),
                    console=Console(stderr=True), transient=True,
                    disable=quiet or not sys.stderr.isatty())


def cmd_ingest(args: argparse.Namespace) -> int:
    from .load import default_workers, ingest

    args.current_path = args.db
    counts = IngestCounts()
    workers = args.workers if args.workers is not None else default_workers()
    with Store(args.db, batch=args.batch_size) as store, _progress(args.quiet) as bar:
        task = bar.add_task("ingesting", total=None)
        ingest(store, args.paths, analyse=not args.no_analyse, workers=workers, counts=counts,
                     on_error=lambda e: bar.console.print(e.line(), markup=False,
                                                          highlight=False, soft_wrap=True),
                     on_document=lambda r, s: bar.advance(task))
    return _report_counts(args, counts)


def _report_counts(args: argparse.Namespace, counts: IngestCounts) -> int:
    if args.json:
        print(json.dumps(counts.as_dict()))
    else:
        _say(f"sayso: {args.db}: added {counts.added}, unchanged {counts.unchanged}, "
             f"updated {counts.updated}, skipped {counts.skipped}")
    done = counts.added + counts.unchanged + counts.updated
    return 0 if done or not counts.skipped else 1


def cmd_reanalyse(args: argparse.Namespace) -> int:
    from .. import pipeline
    from ..model import Document

    args.current_path = args.db
    counts = IngestCounts()
    with Store(args.db) as store, _progress(args.quiet) as bar:
        task = bar.add_task("re-analysing", total=store.count("documents"))
        old = list(store.documents())  # records are small; the writes need the connection

        def fresh():
            for a in old:
                d = a.document
                doc = Document(text=d.text, id=d.id, title=d.title, url=d.url,
                               published=d.published, links=d.links)
                yield pipeline.run(doc)

        store.add(fresh(), counts, on_document=lambda a, s: bar.advance(task))
    return _report_counts(args, counts)


def cmd_search(args: argparse.Namespace) -> int:
    args.current_path = args.db
    if args.documents:
        return _search_documents(args)
    with Store(args.db, readonly=True) as store:
        hits = store.search(args.query, speaker=args.speaker, via=args.via, stance=args.stance,
                            certainty=args.certainty, section=args.section, lang=args.lang,
                            since=args.since, until=args.until, limit=args.limit)
    if args.json:
        print(json.dumps([h.as_dict() for h in hits], ensure_ascii=False, indent=1))
    else:
        _hits_table(hits, Console(), f"{len(hits)} attributions")
    return 0


def _search_documents(args: argparse.Namespace) -> int:
    only_attributions = [f"--{name}" for name in ("speaker", "via", "stance", "certainty",
                                                  "section") if getattr(args, name)]
    if only_attributions:
        raise InputError(args.db, f"{', '.join(only_attributions)} filters attributions, "
                         "not --documents")
    if not args.query:
        raise InputError(args.db, "--documents needs a query")
    with Store(args.db, readonly=True) as store:
        hits = store.search_documents(args.query, lang=args.lang, since=args.since,
                                      until=args.until, limit=args.limit)
    if args.json:
        print(json.dumps([h.as_dict() for h in hits], ensure_ascii=False, indent=1))
        return 0
    console = Console()
    console.print(f"[bold]{len(hits)} documents[/]")
    for h in hits:
        console.print(f"{h.doc_id}  {h.published or 'undated'}  {h.language or ''}  "
                      f"{h.title or ''}", markup=False, highlight=False)
        console.print("    " + " ".join(h.context.split()), markup=False, highlight=False)
    return 0


def _hits_table(hits: list[Hit], console: Console, title: str) -> None:
    """A table where it fits (120 columns or more), else one block per attribution."""
    console.print(f"[bold]{title}[/]")
    if console.width >= 120:
        table = Table(show_lines=False, expand=False)
        for col in ("document", "speaker", "cue", "content", "stance", "certainty", "via",
                    "published"):
            table.add_column(col, overflow="fold")
        for h in hits:
            table.add_row(f"{h.doc_id}#{h.attr_id}", h.speaker or h.source or "—", h.cue,
                          h.content[:200], h.stance or "", h.certainty or "",
                          " > ".join(h.via), h.published or "")
        console.print(table)
        return
    for h in hits:
        console.print(f"{h.doc_id}#{h.attr_id}  {h.speaker or h.source or '—'}  [{h.cue}]",
                      markup=False, highlight=False)
        console.print("    " + " ".join(h.content[:300].split()), markup=False, highlight=False)
        facts = [h.stance or "", h.certainty or "", h.published or "undated"]
        if h.via:
            facts.append("via " + " > ".join(h.via))
        console.print("    " + " · ".join(f for f in facts if f), style="dim", markup=False,
                      highlight=False)


def _look_up(args: argparse.Namespace, fetch: Callable[[Store], Any], missing: str) -> Any:
    """What `fetch` finds in the store (printed as JSON with --json, then None), or a one-line
    refusal naming what is missing."""
    args.current_path = args.db
    with Store(args.db, readonly=True) as store:
        found = fetch(store)
    if found is None:
        raise InputError(args.name, f"{missing} in {args.db}")
    if args.json:
        print(json.dumps(found.as_dict(), ensure_ascii=False, indent=1))
        return None
    return found


def cmd_entity(args: argparse.Namespace) -> int:
    profile = _look_up(args, lambda s: s.entity(args.name), "no entity of that name")
    if profile is None:
        return 0
    console = Console()
    console.print(f"[bold]{profile.name}[/] ({profile.type}"
                  + (f", {profile.wikidata}" if profile.wikidata else "") + ")")
    console.print("names: " + " · ".join(profile.aliases), markup=False)
    if profile.roles:
        console.print("roles: " + " · ".join(profile.roles), markup=False)
    console.print(f"in {profile.documents} documents, first {profile.first_seen or '?'}, "
                  f"last {profile.last_seen or '?'}", markup=False)
    if profile.reported_by:
        console.print("reported by: " + ", ".join(f"{k} ×{v}" for k, v in
                                                   profile.reported_by.items()), markup=False)
    for stance, hits in profile.said.items():
        _hits_table(hits, console, f"{stance} ({len(hits)})")
    if args.explain:
        console.print("[bold]why these are one entity[/]")
        for line in profile.evidence:
            console.print("  " + line, markup=False)
    return 0


def cmd_outlet(args: argparse.Namespace) -> int:
    profile = _look_up(args, lambda s: s.outlet(args.name), "no outlet or entity of that name")
    if profile is None:
        return 0
    console = Console()
    console.print(f"[bold]{profile.name}[/]")
    for label, counts in (("whom it carries (speakers of reports it passed on)", profile.cites),
                          ("through whom its reports reached others", profile.cited_by)):
        if counts:
            console.print(f"{label}: " + ", ".join(f"{k} ×{v}" for k, v in counts.items()),
                          markup=False)
    if profile.referenced_by:
        console.print("referenced by documents: " + ", ".join(profile.referenced_by),
                      markup=False)
    _hits_table(profile.reported, console, f"what it reported ({len(profile.reported)})")
    return 0


def cmd_reposts(args: argparse.Namespace) -> int:
    args.current_path = args.db
    with Store(args.db) as store:
        clusters = store.reposts(args.threshold)
    if args.json:
        print(json.dumps([c.as_dict() for c in clusters], ensure_ascii=False, indent=1))
        return 0
    console = Console()
    console.print(f"[bold]{len(clusters)} stories with more than one copy[/]")
    for c in clusters:
        console.print(f"cluster {c.id}: earliest {c.earliest}", markup=False)
        for d in c.documents:
            console.print(f"    {d['doc_id']}  {d['published'] or 'undated'}  "
                          f"{d['language'] or ''}-{d['script'] or ''}  {d['title'] or ''}",
                          markup=False, highlight=False)
        for st in c.stated:
            target = f" → stored as {st['target_doc']}" if st["target_doc"] else ""
            console.print(f"      {st['doc_id']} states {st['relation']}: "
                          f"{st['name'] or ''} {st['url'] or ''}{target}", style="dim",
                          markup=False, highlight=False)
    return 0


def cmd_trace(args: argparse.Namespace) -> int:
    args.current_path = args.db
    with Store(args.db, readonly=True) as store:
        found = store.trace(args.doc)
    if found is None:
        raise InputError(args.doc, f"no document with that id in {args.db}")
    if args.json:
        print(json.dumps(found, ensure_ascii=False, indent=1))
        return 0
    console = Console()
    console.print(f"[bold]{found['doc_id']}[/] {found['title'] or ''}", highlight=False)
    for st in found["stated"]:
        target = f" → stored as {st['target_doc']}" if st["target_doc"] else ""
        console.print(f"  states {st['relation']}: {st['name'] or ''} {st['url'] or ''}{target}",
                      markup=False, highlight=False)
    if found["same_story"]:
        console.print("  same story (earliest first): " + ", ".join(
            f"{d['doc_id']} ({d['published'] or 'undated'})" for d in found["same_story"]),
            markup=False, highlight=False)
    else:
        console.print("  no stored copy of this story (run `sayso reposts` after ingesting)",
                      style="dim")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="analyse articles (or load analysed records) into a store")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="files, folders, JSON Lines (articles or sayso records), Parquet "
                        "output of `sayso batch`, or - for standard input")
    p.add_argument("--db", required=True, metavar="FILE", help="the store (created if missing)")
    p.add_argument("--no-analyse", action="store_true",
                   help="only load records already analysed; articles are reported and skipped")
    p.add_argument("--batch-size", type=int, default=BATCH, metavar="N",
                   help="documents per transaction (a killed run keeps every finished batch)")
    p.add_argument("--workers", type=int, metavar="N",
                   help="processes that decode and prepare records (default: one per CPU; "
                        "1: all in this process); one writer stores them in input order")
    p.add_argument("--json", action="store_true", help="print the counts as a JSON object")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("reanalyse", help="re-run the current analyser over a store's texts")
    p.add_argument("--db", required=True, metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the counts as a JSON object")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_reanalyse)

    p = sub.add_parser("search", help="attributions in a store, by words and filters")
    p.add_argument("query", nargs="?", help="words in the content or speaker (any script)")
    p.add_argument("--db", required=True, metavar="FILE")
    p.add_argument("--speaker", metavar="NAME", help="any alias of the speaker, any script")
    p.add_argument("--via", metavar="NAME", help="an outlet or channel it passed through")
    p.add_argument("--stance", choices=STANCES)
    p.add_argument("--certainty", choices=CERTAINTIES)
    p.add_argument("--section", choices=["body", "commentary", "headline", "caption"])
    p.add_argument("--lang", choices=["zh", "en"])
    p.add_argument("--since", metavar="DATE", help="published on or after (YYYY-MM-DD)")
    p.add_argument("--until", metavar="DATE", help="published on or before (YYYY-MM-DD)")
    p.add_argument("--documents", action="store_true",
                   help="find documents by words anywhere in their title or text (narrative "
                        "too), with --lang, --since, --until")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("entity", help="one person, body or outlet across the corpus")
    p.add_argument("name", help="any alias, any script")
    p.add_argument("--db", required=True, metavar="FILE")
    p.add_argument("--explain", action="store_true", help="show why its names are one entity")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_entity)

    p = sub.add_parser("outlet", help="what an outlet reported, whom it cites, who cites it")
    p.add_argument("name", help="any name of the outlet")
    p.add_argument("--db", required=True, metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_outlet)

    p = sub.add_parser("reposts", help="clusters of stored articles that are the same story")
    p.add_argument("--db", required=True, metavar="FILE")
    p.add_argument("--threshold", type=float, metavar="J",
                   help="estimated Jaccard similarity of shingles to join a cluster (0.5)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_reposts)

    p = sub.add_parser("trace", help="where a stored text came from")
    p.add_argument("doc", metavar="DOC", help="a document id")
    p.add_argument("--db", required=True, metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_trace)
