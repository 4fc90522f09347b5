"""The corpus: raw HTTP exchanges in WARC files plus the crawl state in SQLite.

Crash safety without fsync games: a record is appended and flushed to its WARC file first,
then one SQLite transaction points the page at it *and* moves the file's committed size.
On open, any WARC bytes beyond the committed size (a record written by a crawl killed between
the two steps) are cut off, so the page is fetched again and stored exactly once.
"""
from __future__ import annotations

import fcntl
import hashlib
import io
import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

STATE_FILE = "state.sqlite"
WARC_DIR = "warc"
MAX_WARC_BYTES = 1 << 30  # start a new file after 1 GiB

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT
);
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY,
    source_id TEXT NOT NULL,
    host TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'queued',
    http_status INTEGER,
    etag TEXT,
    last_modified TEXT,
    content_hash TEXT,
    content_type TEXT,
    charset TEXT,
    warc_file TEXT,
    warc_offset INTEGER,
    warc_length INTEGER,
    fetched_at TEXT,
    last_error TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    discovered_at TEXT NOT NULL,
    discovered_from TEXT,
    discovered_run INTEGER,
    anchor TEXT,
    meta TEXT,
    priority INTEGER NOT NULL DEFAULT 5,
    visited_run INTEGER,
    checked_at TEXT,
    redirect_to TEXT
);
CREATE INDEX IF NOT EXISTS pages_pending ON pages (host, visited_run, priority);
CREATE INDEX IF NOT EXISTS pages_source ON pages (source_id);
CREATE TABLE IF NOT EXISTS warc_files (
    name TEXT PRIMARY KEY,
    committed_size INTEGER NOT NULL
);
"""


def utcnow() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class CorpusLocked(Exception):
    """Another crawl holds the corpus; two writers would interleave WARC records."""


@dataclass(frozen=True)
class StoredResponse:
    url: str
    source_id: str
    kind: str
    status: int
    headers: dict[str, str]
    body: bytes
    charset: str | None
    fetched_at: str
    warc_file: str
    warc_offset: int


@dataclass(frozen=True)
class Exchange:
    """One HTTP exchange as the crawler saw it, ready to be stored verbatim."""

    url: str
    request_headers: list[tuple[str, str]]
    status: int
    reason: str
    http_version: str
    response_headers: list[tuple[str, str]]
    raw_body: bytes  # as received (content-encoding not undone)
    fetched_at: str
    source_id: str
    kind: str
    charset: str | None = None


class Corpus:
    """State database + WARC writer for one corpus folder; use as a context manager."""

    def __init__(self, root: str | Path, *, lock: bool = True):
        self.root = Path(root)
        (self.root / WARC_DIR).mkdir(parents=True, exist_ok=True)
        self._lock_fh = None
        if lock:
            self._lock_fh = open(self.root / ".lock", "w")
            try:
                fcntl.flock(self._lock_fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                self._lock_fh.close()
                raise CorpusLocked(f"{self.root}: another crawl is using this corpus") from None
        self.db = sqlite3.connect(self.root / STATE_FILE, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)
        self._add_missing_columns()
        self._warc_name: str | None = None
        self._warc_fh = None
        if lock:
            self.recover()

    def _add_missing_columns(self):
        """Corpora written by an older version gain the columns added since."""
        have = {r[1] for r in self.db.execute("PRAGMA table_info(pages)")}
        for col in ("checked_at TEXT", "redirect_to TEXT", "visited_run INTEGER", "discovered_run INTEGER"):
            if col.split()[0] not in have:
                self.db.execute(f"ALTER TABLE pages ADD COLUMN {col}")

    # --- lifecycle -------------------------------------------------------------------------
    def close(self):
        if self._warc_fh:
            self._warc_fh.close()
            self._warc_fh = None
        self.db.close()
        if self._lock_fh:
            self._lock_fh.close()
            self._lock_fh = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def recover(self) -> list[str]:
        """Cut WARC tails that no committed state points to; returns the files it trimmed."""
        trimmed = []
        committed = {r["name"]: r["committed_size"] for r in self.db.execute("SELECT * FROM warc_files")}
        for path in sorted((self.root / WARC_DIR).glob("*.warc.gz")):
            size = committed.get(path.name, 0)
            if path.stat().st_size > size:
                with open(path, "r+b") as fh:
                    fh.truncate(size)
                trimmed.append(path.name)
            if size == 0 and path.name not in committed:
                path.unlink()
        return trimmed

    # --- runs -------------------------------------------------------------------------------
    def begin_run(self) -> tuple[int, bool]:
        """The run to work in: the last one if it never finished (resume), else a new one."""
        row = self.db.execute("SELECT id, finished_at FROM runs ORDER BY id DESC LIMIT 1").fetchone()
        if row and row["finished_at"] is None:
            return row["id"], True
        cur = self.db.execute("INSERT INTO runs (started_at) VALUES (?)", (utcnow(),))
        return cur.lastrowid, False

    def finish_run(self, run_id: int):
        self.db.execute("UPDATE runs SET finished_at=? WHERE id=?", (utcnow(), run_id))

    # --- frontier ---------------------------------------------------------------------------
    def add_url(self, url: str, *, source_id: str, host: str, kind: str, run_id: int,
                discovered_from: str | None = None, anchor: str | None = None,
                meta: dict | None = None, priority: int = 5) -> bool:
        """Queue a URL unless known; returns True when it is new."""
        cur = self.db.execute(
            "INSERT OR IGNORE INTO pages (url, source_id, host, kind, discovered_at, discovered_from,"
            " discovered_run, anchor, meta, priority) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (url, source_id, host, kind, utcnow(), discovered_from, run_id, anchor,
             json.dumps(meta, ensure_ascii=False) if meta else None, priority),
        )
        if cur.rowcount == 0 and meta is not None:
            # a seed's settings (listing pattern, page number) follow the config
            self.db.execute("UPDATE pages SET meta=?, kind=?, priority=? WHERE url=?",
                            (json.dumps(meta, ensure_ascii=False), kind, priority, url))
        return cur.rowcount > 0

    def next_pending(self, host: str, run_id: int) -> sqlite3.Row | None:
        return self.db.execute(
            "SELECT * FROM pages WHERE host=? AND (visited_run IS NULL OR visited_run < ?)"
            " ORDER BY priority, rowid LIMIT 1",
            (host, run_id),
        ).fetchone()

    def pending_hosts(self, run_id: int) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT DISTINCT host FROM pages WHERE visited_run IS NULL OR visited_run < ?", (run_id,))]

    def page(self, url: str) -> sqlite3.Row | None:
        return self.db.execute("SELECT * FROM pages WHERE url=?", (url,)).fetchone()

    def count_visited(self, source_id: str, run_id: int, statuses: Iterable[str]) -> int:
        statuses = list(statuses)
        q = ",".join("?" * len(statuses))
        return self.db.execute(
            f"SELECT count(*) FROM pages WHERE source_id=? AND visited_run=? AND status IN ({q})",
            (source_id, run_id, *statuses)).fetchone()[0]

    def mark(self, url: str, run_id: int, status: str, *, http_status: int | None = None,
             error: str | None = None, redirect_to: str | None = None, attempts: int = 0):
        self.db.execute(
            "UPDATE pages SET status=?, http_status=coalesce(?, http_status), last_error=?, visited_run=?,"
            " redirect_to=coalesce(?, redirect_to), attempts=attempts+?, checked_at=? WHERE url=?",
            (status, http_status, error, run_id, redirect_to, attempts, utcnow(), url),
        )

    # --- storing ----------------------------------------------------------------------------
    def _warc(self):
        if self._warc_fh and self._warc_fh.tell() < MAX_WARC_BYTES:
            return self._warc_fh
        if self._warc_fh:
            self._warc_fh.close()
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
        self._warc_name = f"noichinh-{stamp}-{os.getpid()}.warc.gz"
        self._warc_fh = open(self.root / WARC_DIR / self._warc_name, "ab")
        self._warc_fh.seek(0, io.SEEK_END)
        self.db.execute("INSERT OR IGNORE INTO warc_files (name, committed_size) VALUES (?, 0)",
                        (self._warc_name,))
        return self._warc_fh

    def store(self, ex: Exchange, *, run_id: int, body_hash: str, etag: str | None,
              last_modified: str | None, content_type: str | None, attempts: int = 1) -> tuple[str, int, int]:
        """Append request+response records, then commit state; returns (file, offset, length)."""
        fh = self._warc()
        writer = WARCWriter(fh, gzip=True, warc_version="WARC/1.1")
        offset = fh.tell()
        headers = [(k, v) for k, v in ex.response_headers if k.lower() != "transfer-encoding"]
        http_headers = StatusAndHeaders(f"{ex.status} {ex.reason}".strip(), headers,
                                        protocol=ex.http_version or "HTTP/1.1")
        warc_headers = {
            "WARC-Date": ex.fetched_at.replace("+00:00", "Z"),
            "X-Noichinh-Source": ex.source_id,
            "X-Noichinh-Kind": ex.kind,
        }
        if ex.charset:
            warc_headers["X-Noichinh-Charset"] = ex.charset
        response = writer.create_warc_record(ex.url, "response", payload=io.BytesIO(ex.raw_body),
                                             http_headers=http_headers, warc_headers_dict=warc_headers)
        writer.write_record(response)
        length = fh.tell() - offset
        req_headers = StatusAndHeaders(f"GET {_path(ex.url)} HTTP/1.1", ex.request_headers, is_http_request=True)
        request = writer.create_warc_record(ex.url, "request", http_headers=req_headers,
                                            warc_headers_dict={"WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID"),
                                                               "WARC-Date": warc_headers["WARC-Date"]})
        writer.write_record(request)
        fh.flush()
        end = fh.tell()
        with self.db:
            self.db.execute("BEGIN")
            self.db.execute(
                "UPDATE pages SET status='fetched', http_status=?, etag=?, last_modified=?, content_hash=?,"
                " content_type=?, charset=?, warc_file=?, warc_offset=?, warc_length=?, fetched_at=?,"
                " last_error=NULL, visited_run=?, attempts=attempts+?, checked_at=? WHERE url=?",
                (ex.status, etag, last_modified, body_hash, content_type, ex.charset, self._warc_name, offset,
                 length, ex.fetched_at, run_id, attempts, ex.fetched_at, ex.url),
            )
            self.db.execute("UPDATE warc_files SET committed_size=? WHERE name=?", (end, self._warc_name))
        return self._warc_name, offset, length


def _path(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_record(corpus_dir: str | Path, warc_file: str, offset: int) -> tuple[dict[str, str], int, dict[str, str], bytes]:
    """(WARC headers, HTTP status, HTTP headers, decoded body) of the record at offset."""
    with open(Path(corpus_dir) / WARC_DIR / warc_file, "rb") as fh:
        fh.seek(offset)
        for record in ArchiveIterator(fh):
            warc_headers = dict(record.rec_headers.headers)
            http = record.http_headers
            body = record.content_stream().read()
            return warc_headers, int(http.get_statuscode()), dict(http.headers), body
    raise ValueError(f"{warc_file}@{offset}: no WARC record")


def stored_pages(corpus_dir: str | Path, kinds: Iterable[str] = ("article",)) -> list[sqlite3.Row]:
    """State rows (url, source_id, kind, charset, content_type, fetched_at, warc_file, warc_offset) of every page
    of these kinds with a stored response, in crawl order; read-only, so a running crawl is not disturbed."""
    state = Path(corpus_dir) / STATE_FILE
    kinds = list(kinds)
    db = sqlite3.connect(f"file:{state}?mode=ro", uri=True)
    db.row_factory = sqlite3.Row
    try:
        q = ",".join("?" * len(kinds))
        return db.execute(
            f"SELECT url, source_id, kind, charset, content_type, fetched_at, warc_file, warc_offset FROM pages"
            f" WHERE warc_file IS NOT NULL AND kind IN ({q}) ORDER BY rowid", kinds).fetchall()
    finally:
        db.close()


def iter_responses(corpus_dir: str | Path, kinds: Iterable[str] = ("article",)) -> Iterator[StoredResponse]:
    """The latest stored response of every page of these kinds (in state order)."""
    corpus_dir = Path(corpus_dir)
    if not (corpus_dir / STATE_FILE).exists():
        return
    rows = stored_pages(corpus_dir, kinds)
    for r in rows:
        warc_headers, status, headers, body = read_record(corpus_dir, r["warc_file"], r["warc_offset"])
        yield StoredResponse(url=r["url"], source_id=r["source_id"], kind=r["kind"], status=status,
                             headers=headers, body=body, charset=r["charset"], fetched_at=r["fetched_at"],
                             warc_file=r["warc_file"], warc_offset=r["warc_offset"])
