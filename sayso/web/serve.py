"""`sayso serve --db FILE`: Datasette with the sayso plugin, on the loopback interface.

The store is opened immutable (SQLite `?immutable=1`: no locks, no writes, no journal) unless
`--live` asks for read-only mode on a store that is still being written. A non-loopback address
is refused unless `--allow-remote` says the reading room is meant to be reachable from others.
"""

from __future__ import annotations

import argparse
import ipaddress
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

from ..errors import InputError

LOOPBACK_NAMES = ("localhost",)


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 and "localhost" are loopback; everything else (0.0.0.0 too) is not."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_store(path: str) -> None:
    """A one-line refusal for a missing file or a file that is not a sayso store."""
    from .corpus import find_source

    p = Path(path)
    if not p.is_file():
        raise InputError(path, "no such store file" if not p.exists() else "not a file")
    try:
        conn = sqlite3.connect(f"file:{p.resolve()}?mode=ro", uri=True)
        try:
            src = find_source(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise InputError(path, f"not a SQLite store ({exc})") from None
    if src is None:
        raise InputError(path, "not a sayso store: no table of sayso.analysis/1 records")


def make_app(path: str, *, live: bool = False,
             progress: Callable[[int, int], None] | None = None):
    """The Datasette instance serving `path` with the sayso plugin registered, and the
    reading room's index built (in memory) from the store's records."""
    from datasette.app import Datasette
    from datasette.database import Database
    from datasette.plugins import pm

    from .. import web
    from .corpus import build_index
    from .plugin import INDEX

    if not pm.is_registered(web):
        pm.register(web, name="sayso")
    files = {"files": [path]} if live else {"immutables": [path]}
    ds = Datasette(**files, settings={"default_page_size": 50, "sql_time_limit_ms": 3000})
    # A shared-cache memory database lives while one connection to it is open: this one,
    # kept on the instance. The name is unique so two apps in one process never share it.
    memory_name = f"sayso-index-{uuid.uuid4().hex}"
    keep = sqlite3.connect(f"file:{memory_name}?mode=memory&cache=shared", uri=True,
                           check_same_thread=False)
    build_index(str(Path(path).resolve()), keep, progress)
    ds.sayso_index_connection = keep
    ds.add_database(Database(ds, memory_name=memory_name), name=INDEX)
    return ds


def cmd_serve(args: argparse.Namespace) -> int:
    if not is_loopback(args.host) and not args.allow_remote:
        raise InputError(args.host, "refusing to listen on a non-loopback address; "
                         "pass --allow-remote if others should reach this reading room")
    check_store(args.db)
    import uvicorn
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(TextColumn("indexing the store"), BarColumn(), MofNCompleteColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("index", total=None)
        app = make_app(args.db, live=args.live,
                       progress=lambda done, total: bar.update(task, completed=done,
                                                               total=total)).app()
    print(f"sayso: serving {args.db} at http://{args.host}:{args.port}/-/sayso", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="the reading room: browse a store in a web browser")
    p.add_argument("--db", required=True, metavar="FILE", help="the store (sayso ingest --db)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8001, help="port (default 8001)")
    p.add_argument("--allow-remote", action="store_true",
                   help="allow a non-loopback --host (others on the network can read the store)")
    p.add_argument("--live", action="store_true",
                   help="open read-only instead of immutable, for a store still being written")
    p.set_defaults(func=cmd_serve)
