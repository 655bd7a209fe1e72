"""Inputs at scale: what to read (folders, JSON Lines incl. `.gz`/`.zst`, WARC), cut into shards.

A run is planned before anything is analysed: `plan_shards` turns the inputs into a list of
small `Shard` descriptions (which file, which byte offset, how many lines or records), and a
worker reads its shard itself with `read_shard`. Shards name locations, never carry text, so
the plan of a million-article corpus is a few thousand tuples, workers on a cluster read their
own bytes, and the same plan (hence the same output files) comes out of every run, which is
what lets an interrupted run skip the shards it already wrote.

- Plain JSON Lines are cut at line boundaries and read with `seek` from the byte offset.
- Compressed JSON Lines (`.jsonl.gz`, `.jsonl.zst`) cannot seek: a shard skips the lines
  before it (decompressing is much cheaper than analysing).
- WARC / WARC.gz (Common Crawl CC-NEWS style) are cut at record boundaries; every record of a
  `.warc.gz` is its own gzip member, so a shard seeks to its first record's offset.
- Every other file is one article (or a `.json` list) and files are grouped `size` per shard.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import itertools
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..model import Document
from ..read import DEFAULT_LIMITS, Limits, iter_documents, read_bytes
from ..read.jsonl import iter_jsonl
from ..read.meta import iso_date
from .timeouts import internal_error

# Files a folder walk skips silently: hidden files and gold/annotation sidecars.
_SKIP_SUFFIXES = (".gold.json", ".ann", ".pyc")
_JSONL = (".jsonl", ".ndjson")
_COMPRESSED = (".gz", ".zst")
_WARC = (".warc", ".warc.gz")

Item = tuple[str, Document | InputError]  # (where, what): where names the item in messages


def iter_inputs(paths: Iterable[str]) -> Iterator[str]:
    """Every file named by `paths`: files as given, folders walked recursively in sorted order.

    A path that does not exist is passed on (the reader reports it as a bad item).
    """
    for path in paths:
        if path != "-" and os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or name.endswith(_SKIP_SUFFIXES):
                        continue
                    yield str(Path(root) / name)
        else:
            yield path


@dataclass(frozen=True)
class Shard:
    """One unit of work: `kind` "files" (whole files), "lines" (JSON Lines) or "warc".

    For "lines" and "warc", `offset` is the byte offset to seek to (0 for compressed JSON
    Lines), `first` the number of the first line or record in the file (1-based) and `count`
    how many lines or records to read. `stamp` holds each file's size and mtime, so that a
    changed input changes the shard's key and a rerun does not reuse stale output.
    """

    index: int
    kind: str
    paths: tuple[str, ...]
    offset: int = 0
    first: int = 1
    count: int = 0
    articles: int = 0
    stamp: tuple[tuple[int, int], ...] = ()

    @property
    def key(self) -> str:
        """Identity of the shard's input: equal keys read the same bytes."""
        spec = (self.index, self.kind, self.paths, self.offset, self.first, self.count,
                self.stamp)
        return hashlib.sha1(repr(spec).encode("utf-8")).hexdigest()[:16]

    @property
    def label(self) -> str:
        """The shard in messages: its file, and the lines or records it covers."""
        if self.kind == "files":
            extra = f" (+{len(self.paths) - 1} files)" if len(self.paths) > 1 else ""
            return self.paths[0] + extra
        unit = "lines" if self.kind == "lines" else "records"
        return f"{self.paths[0]} {unit} {self.first}-{self.first + self.count - 1}"


def stream_kind(path: str, format: str | None) -> str | None:
    """"lines" or "warc" for a file read as a stream of articles, else None."""
    name = path.lower()
    if name.endswith(_WARC):
        return "warc"
    if name.endswith(tuple(s + c for s in _JSONL for c in _COMPRESSED)):
        return "lines"
    suffix = Path(name).suffix
    if (format == "jsonl" and suffix != ".json") or (format is None and suffix in _JSONL):
        return "lines"
    return None


def _stamp(path: str) -> tuple[int, int]:
    try:
        st = os.stat(path)
    except OSError:
        return (-1, -1)
    return (st.st_size, st.st_mtime_ns)


def plan_shards(paths: Iterable[str], *, size: int = 100, format: str | None = None,
                ) -> Iterator[Shard]:
    """Shards covering every article of `paths` (files or folders), in input order.

    `size` is the number of articles (files, non-blank lines, HTML records) per shard.
    Streams are scanned once here (lines counted, record offsets noted); a file that cannot
    be opened becomes a one-file shard, so its reader reports the problem as a bad item.
    """
    index = itertools.count()
    group: list[str] = []

    def flush() -> Iterator[Shard]:
        if group:
            yield Shard(next(index), "files", tuple(group), articles=len(group),
                        stamp=tuple(_stamp(p) for p in group))
            group.clear()

    for path in iter_inputs(paths):
        kind = stream_kind(path, format) if path != "-" else None
        if kind is None:
            group.append(path)
            if len(group) >= size:
                yield from flush()
            continue
        yield from flush()
        try:
            scan = _scan_lines(path, size) if kind == "lines" else _scan_warc(path, size)
            pieces = list(scan)  # (offset, first, count, articles): a few per thousand articles
        except (OSError, EOFError, ValueError, InputError):
            yield Shard(next(index), "files", (path,), articles=1, stamp=(_stamp(path),))
            continue
        for offset, first, count, articles in pieces:
            yield Shard(next(index), kind, (path,), offset, first, count, articles,
                        (_stamp(path),))
    yield from flush()


def open_stream(path: str) -> BinaryIO:
    """`path` opened for reading bytes, decompressed when it ends in `.gz` or `.zst`."""
    if path.lower().endswith(".zst"):
        import zstandard

        raw = open(path, "rb")  # noqa: SIM115 - closed with the reader (closefd)
        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(raw, closefd=True))
    if path.lower().endswith(".gz") and not path.lower().endswith(".warc.gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")  # noqa: SIM115 - the caller closes it


def _seekable(path: str) -> bool:
    return not path.lower().endswith(_COMPRESSED)


def _scan_lines(path: str, size: int) -> Iterator[tuple[int, int, int, int]]:
    """(byte offset, first line, physical lines, non-blank lines) of each shard of a JSONL."""
    offset = start = 0
    first, lines, articles = 1, 0, 0
    lineno = 0
    with open_stream(path) as fh:
        for raw in fh:
            lineno += 1
            lines += 1
            if raw.strip():
                articles += 1
            offset += len(raw)
            if articles >= size:
                yield (start if _seekable(path) else 0, first, lines, articles)
                start, first, lines, articles = offset, lineno + 1, 0, 0
    if articles:
        yield (start if _seekable(path) else 0, first, lines, articles)


def _is_article(record) -> bool:  # noqa: ANN001 - a warcio ArcWarcRecord
    """An HTML page: a WARC response (or resource) with status 2xx and an HTML type."""
    if record.rec_type not in ("response", "resource"):
        return False
    if record.rec_type == "response":
        if record.http_headers is None:
            return False
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return False
        ctype = record.http_headers.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    return "html" in ctype.lower()


def _scan_warc(path: str, size: int) -> Iterator[tuple[int, int, int, int]]:
    """(byte offset, first record, records, HTML records) of each shard of a WARC file."""
    from warcio.archiveiterator import ArchiveIterator

    start, first, records, articles = 0, 1, 0, 0
    with open(path, "rb") as fh:
        it = ArchiveIterator(fh)
        for number, record in enumerate(it, 1):
            if records == 0:
                start, first = it.get_record_offset(), number
            records += 1
            if _is_article(record):
                articles += 1
            if articles >= size:
                yield (start, first, records, articles)
                records, articles = 0, 0
    if articles:
        yield (start, first, records, articles)


def stem_of(path: str) -> str:
    """Default id prefix of a file's articles: the name without its format suffixes."""
    name = Path(path).name
    for suffix in (".warc.gz", ".warc", *(s + c for s in _JSONL for c in _COMPRESSED)):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return Path(name).stem


def read_shard(shard: Shard, *, format: str | None = None,
               limits: Limits = DEFAULT_LIMITS) -> Iterator[Item]:
    """Each article of `shard` (a Document) or bad item (an InputError), with its place."""
    if shard.kind == "files":
        for path in shard.paths:
            try:
                for item in iter_documents(path, format=format, limits=limits):
                    yield (path, item)
            except InputError as err:
                yield (path, err)
            except Exception as exc:  # noqa: BLE001 - a reader crash costs one file, not the run
                if os.environ.get("SAYSO_DEBUG"):
                    raise
                yield (path, internal_error(path, exc))
    elif shard.kind == "lines":
        yield from _read_lines(shard, limits)
    else:
        yield from _read_warc(shard, limits)


def _read_lines(shard: Shard, limits: Limits) -> Iterator[Item]:
    path = shard.paths[0]
    with open_stream(path) as fh:
        if _seekable(path):
            fh.seek(shard.offset)
            lines: Iterable[bytes] = itertools.islice(fh, shard.count)
        else:
            lines = itertools.islice(fh, shard.first - 1, shard.first - 1 + shard.count)
        # iter_jsonl numbers lines from 1 and skips blank ones: blank padding gives it the
        # true line numbers (for ids and messages) without a second JSONL record reader.
        padded = itertools.chain(itertools.repeat(b"", shard.first - 1), lines)
        for item in iter_jsonl(padded, path, stem_of(path), limits):
            yield (path, item)


def _read_warc(shard: Shard, limits: Limits) -> Iterator[Item]:
    """HTML responses through the HTML reader, with the record's URL and date.

    The page's own date (from its meta tags) wins over the record's `WARC-Date`, which is
    when it was fetched; the record's date is kept when the page has none.
    """
    from warcio.archiveiterator import ArchiveIterator

    path = shard.paths[0]
    stem = stem_of(path)
    with open(path, "rb") as fh:
        fh.seek(shard.offset)
        records = itertools.islice(ArchiveIterator(fh), shard.count)
        for number, record in enumerate(records, shard.first):
            if not _is_article(record):
                continue
            where = f"{path}:{number}"
            url = record.rec_headers.get_header("WARC-Target-URI")
            try:
                raw = record.content_stream().read()
                doc = read_bytes(raw, where, format="html", limits=limits,
                                 doc_id=f"{stem}-{number}")
            except InputError as err:
                yield (where, err)
                continue
            doc.url = url or doc.url
            warc_date = record.rec_headers.get_header("WARC-Date")
            doc.published = doc.published or iso_date(warc_date)
            doc.meta["warc_date"] = warc_date
            doc.meta["warc_record_id"] = record.rec_headers.get_header("WARC-Record-ID")
            yield (where, doc)
