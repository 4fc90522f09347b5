"""`noichinh load`: extracted articles, crawl state and gazetteers -> one SQLite database.

Idempotent by construction: every row has a primary key derived from content, and each table
is brought to exactly the rows the current inputs give (insert new, update changed, delete
gone), so running twice changes nothing and a re-extracted article updates its rows in place.
A bad extracted file is reported by name and skipped; the rest still loads.

Everything that depends on one article alone (parsing, folding, its own rows) runs in worker
processes, one per core. A first load, into an empty database, streams: the workers write each
chunk's rows into a small SQLite file that the writer copies with `insert ... select`, and
another process links the articles to each other (events, blocs, people) while the writer builds
the indexes. A re-load collects every row first, then compares with the database.
"""
from __future__ import annotations

import collections
import contextlib
import functools
import gc
import hashlib
import itertools
import multiprocessing
import operator
import os
import pickle
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import click
import orjson
import sqlite_utils
import yaml

from .records import (FACT_EVENT_AT, LINK_AT, LINK_COLUMNS, BadExtractedFile, Gazetteer, Linker, Parsed,
                      build_rows, parse_extracted)
from .schema import BY_NAME, SCHEMA_VERSION, TABLES, bulk_fts, create_indexes, create_views, ensure_schema

# More changed rows than this in a table with a full-text index: rebuild the index once instead.
BULK_ROWS = 2000
# Extracted files per task of a parsing worker: big enough to ship cheaply, small enough to keep
# the writer busy from the first seconds.
CHUNK = 2500
# Page size of a new database file, and the page cache of the loading connection (KiB): articles of
# a few kilobytes fill 32 KiB pages with little slack and no overflow chains (a smaller file, fewer
# pages to write; Datasette's p95 stayed well under its 50 ms budget), and the load stays in memory.
PAGE_SIZE = 32768
CACHE_KB = 1_000_000
# Tables whose rows belong to one article each: rewritten only for articles that changed.
ARTICLE_CHILDREN = ("facts",)

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
NAMES_FILE = Path(__file__).with_name("names.yml")


@dataclass
class LoadSummary:
    """What a load did: row counts per table, changes per table, and the files it could not use."""

    db_path: Path
    counts: dict[str, int] = field(default_factory=dict)
    changes: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # inserted, updated, deleted
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    # seconds per phase. First load: read_write (parse in workers, copy), then index and link side by
    # side (both counted from the end of read_write), write, views. Re-load: read, link, write, views.
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def articles(self) -> int:
        return self.counts.get("articles", 0)

    @property
    def events(self) -> int:
        return self.counts.get("events", 0)


def read_gazetteer(data_dir: Path = DATA_DIR) -> tuple[Gazetteer, list[str]]:
    """Provinces and units from pipeline/data; a missing or unreadable file is a warning, not a stop."""
    warnings, provinces, units = [], [], []
    for name, key, sink in (("provinces.yml", "provinces", provinces), ("units.yml", "units", units)):
        path = data_dir / name
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            items = data.get(key) if isinstance(data, dict) else data
            sink.extend(i for i in items or [] if isinstance(i, dict) and (i.get("name") or i.get("code")))
        except (OSError, yaml.YAMLError, AttributeError) as exc:
            warnings.append(f"{path}: not used ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})")
    labels = (yaml.safe_load(NAMES_FILE.read_text(encoding="utf-8")) or {}).get("event_types") or {}
    return Gazetteer.from_data(provinces, units, labels), warnings


def _read_file(path: str) -> bytes:
    """A file's bytes with bare system calls: half the cost of `open().read()` for small files."""
    fd = os.open(path, os.O_RDONLY)
    try:
        data = os.read(fd, 1 << 16)
        if len(data) < 1 << 16:
            return data
        parts = [data]
        while more := os.read(fd, 1 << 20):
            parts.append(more)
        return b"".join(parts)
    finally:
        os.close(fd)


def read_chunk(extracted_dir: str, gaz: Gazetteer, names: list[str]) -> tuple[list[tuple[str, Parsed]], list[str]]:
    """Parse a run of extracted files (in a worker process); bad ones become one-line errors naming the file."""
    linker = Linker(gaz)
    parsed, errors = [], []
    for name in names:
        path = os.path.join(extracted_dir, name)
        try:
            raw = _read_file(path)
        except OSError as exc:
            errors.append(f"{path}: cannot read ({exc.strerror or exc})")
            continue
        try:
            parsed.append((name, parse_extracted(raw, name[:-5], linker)))
        except BadExtractedFile as exc:
            errors.append(f"{path}: {exc}")
    return parsed, errors


@dataclass
class Chunk:
    """A run of parsed files, as a worker sends it back.

    For a re-load, `articles` with their rows as tuples. For a first load, the rows written into a
    small SQLite file (`shard`, in memory-backed storage when there is some) and, as JSON in `metas`,
    what `build_rows` needs of each article: binding Python values row by row is the dearest part of
    writing, so the workers do it, and the writer copies a shard with one `insert ... select` per
    table, in C; the texts cross from worker to writer through the OS's page cache, not a pipe.
    """

    names: list[tuple[str, str]]  # (file name, article id) of every file parsed, in order
    errors: list[str]
    articles: list[Parsed] = field(default_factory=list)
    shard: str | None = None  # path of the SQLite file holding the chunk's rows
    metas: bytes | None = None  # [[id, meta, file_hash, link], ...]
    dropped: list[int] = field(default_factory=list)  # places of ids already loaded from an earlier file


SHARD_TABLES = {"articles": "", "facts": ", _n integer"}  # _n: the article's place in the chunk


def read_shard(extracted_dir: str, gaz: Gazetteer, names: list[str], shard_dir: str) -> Chunk:
    """`read_chunk` for a first load: rows written into a small SQLite file in `shard_dir`, metas as JSON."""
    parsed, errors = read_chunk(extracted_dir, gaz, names)
    shard = os.path.join(shard_dir, f"{names[0]}.db")
    conn = sqlite3.connect(shard)
    try:
        conn.execute("pragma journal_mode = off")
        conn.execute("pragma synchronous = off")
        for table, extra in SHARD_TABLES.items():
            conn.execute(f"create table [{table}] ({', '.join(f'[{c}]' for c in BY_NAME[table].columns)}{extra})")
        conn.executemany(_insert_sql("articles"), [a.row for _, a in parsed])
        # facts without evidence (most of them) bind 6 values instead of 11
        conn.executemany("insert into facts values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         [(*f, i) for i, (_, a) in enumerate(parsed) for f in a.facts if f[-1]])
        conn.executemany("insert into facts values (?, ?, ?, ?, ?, null, null, null, null, 0, ?)",
                         [(*f[:5], i) for i, (_, a) in enumerate(parsed) for f in a.facts if not f[-1]])
        conn.commit()
    finally:
        conn.close()
    metas = orjson.dumps([[a.id, a.meta, a.file_hash, a.link] for _, a in parsed])
    return Chunk([(name, a.id) for name, a in parsed], errors, shard=shard, metas=metas)


def read_full(extracted_dir: str, gaz: Gazetteer, names: list[str]) -> Chunk:
    """`read_chunk` for a re-load, which compares every row with the database."""
    parsed, errors = read_chunk(extracted_dir, gaz, names)
    return Chunk([(name, a.id) for name, a in parsed], errors, articles=[a for _, a in parsed])


def _pickled(read, extracted_dir: str, gaz: Gazetteer, names: list[str]) -> bytes:
    """Pickled by the worker: the pool's result thread then only moves bytes, and the unpickling
    happens in the writer's thread rather than competing with it for the GIL at every row."""
    return pickle.dumps(read(extracted_dir, gaz, names), protocol=pickle.HIGHEST_PROTOCOL)


def _can_fork() -> bool:
    """Worker processes are possible: `fork` exists here, and this is no daemon (which may have none)."""
    return "fork" in multiprocessing.get_all_start_methods() and not multiprocessing.current_process().daemon


def read_extracted(extracted_dir: Path, gaz: Gazetteer, jobs: int | None = None, chunk: int = CHUNK,
                   read=read_full) -> Iterator[Chunk]:
    """Every `<id>.json` in the directory, parsed by `jobs` worker processes, chunk by chunk in file order.

    Parsing, folding and making rows depend on one article each, so they run on every core while
    the caller writes the chunks already parsed; a few chunks at most wait for the caller. An id
    met again in a later file is reported, and its place put in `Chunk.dropped`.
    """
    # plain strings: sorting 100,000 Path objects costs more than reading the files' names
    names = sorted(e.name for e in os.scandir(extracted_dir)
                   if e.name.endswith(".json") and not e.name.startswith("_"))
    runs = iter([names[i:i + chunk] for i in range(0, len(names), chunk)])
    jobs = max(1, min(jobs or os.cpu_count() or 1, -(-len(names) // chunk)))
    if jobs > 1 and _can_fork():
        pool = multiprocessing.get_context("fork").Pool(jobs, initializer=gc.disable)
        task = functools.partial(_pickled, read, str(extracted_dir), gaz)
        waiting = collections.deque(pool.apply_async(task, (run,)) for run in itertools.islice(runs, 3 * jobs))

        def results():
            while waiting:
                data = waiting.popleft().get()
                waiting.extend(pool.apply_async(task, (run,)) for run in itertools.islice(runs, 1))
                yield pickle.loads(data)

        chunks = results()
    else:
        pool, chunks = None, map(functools.partial(read, str(extracted_dir), gaz), runs)
    seen: dict[str, str] = {}
    try:
        for c in chunks:
            for i, (name, aid) in enumerate(c.names):
                first = seen.setdefault(aid, name)
                if first != name:
                    c.dropped.append(i)
                    c.errors.append(f"{os.path.join(extracted_dir, name)}: id {aid!r} already loaded from {first}")
            if c.dropped and c.articles:
                c.articles = [a for i, a in enumerate(c.articles) if i not in set(c.dropped)]
            yield c
        if pool:
            pool.close()
            pool.join()  # the workers' CPU time then counts as the loader's children's
    finally:
        if pool:
            pool.terminate()


def parse_metas(data: bytes, dropped: list[int]) -> list[Parsed]:
    """A chunk's metas (`read_shard`) as slim articles, without those dropped as ids seen before."""
    skip = set(dropped)
    return [Parsed(aid, meta, file_hash, tuple(link))
            for i, (aid, meta, file_hash, link) in enumerate(orjson.loads(data)) if i not in skip]


def link_rows(articles: list[Parsed], gaz: Gazetteer, sources: list[dict],
              pages: list[dict] | None) -> tuple[bytes, dict[str, tuple]]:
    """`build_rows`, its rows (and the crawl's pages) written into a serialized in-memory database that
    the writer copies in C; also the links `build_rows` corrected."""
    linked = build_rows(articles, gaz, sources)
    rows = {**linked.rows, **({"pages": pages} if pages is not None else {})}
    conn = sqlite3.connect(":memory:")
    try:
        for name, table_rows in rows.items():
            conn.execute(f"create table [{name}] ({', '.join(f'[{c}]' for c in BY_NAME[name].columns)})")
            conn.executemany(_insert_sql(name), as_tuples(name, table_rows))
        conn.commit()
        return conn.serialize(), linked.relinked
    finally:
        conn.close()


class LinkProcess:
    """`link_rows` in a process of its own (when `fork` is True), fed each chunk's metas as the writer
    copies the chunk: the metas are parsed while the workers still parse files, and the linking runs
    while the writer builds the indexes."""

    def __init__(self, gaz: Gazetteer, fork: bool):
        self.gaz, self.articles, self.process = gaz, [], None
        if fork:
            ctx = multiprocessing.get_context("fork")
            self.conn, theirs = ctx.Pipe()
            self.process = ctx.Process(target=_serve_links, args=(theirs, gaz), daemon=True)
            self.process.start()
            theirs.close()

    def add(self, metas: bytes, dropped: list[int]) -> None:
        if self.process:
            self.conn.send(("metas", metas, dropped))
        else:
            self.articles += parse_metas(metas, dropped)

    def start(self, sources: list[dict], pages: list[dict] | None) -> None:
        if self.process:
            self.conn.send(("link", sources, pages))
        else:
            self.args = sources, pages

    def result(self) -> tuple[bytes, dict[str, tuple]]:
        if not self.process:
            return link_rows(self.articles, self.gaz, *self.args)
        try:
            status, value = self.conn.recv()
        except EOFError:
            raise RuntimeError(f"the linking process died (exit code {self.process.exitcode})") from None
        if status != "ok":
            raise RuntimeError(f"linking failed: {value}")
        return value

    def close(self) -> None:
        if self.process:
            self.conn.close()
            self.process.join(5)  # then its CPU time counts as the loader's children's
            if self.process.is_alive():
                self.process.terminate()
                self.process.join()


def _serve_links(conn, gaz: Gazetteer) -> None:
    gc.disable()
    articles: list[Parsed] = []
    try:
        while True:
            kind, *args = conn.recv()
            if kind == "metas":
                articles += parse_metas(*args)
            else:
                conn.send(("ok", link_rows(articles, gaz, *args)))
                return
    except EOFError:  # the writer stopped
        return
    except Exception as exc:  # reported by the writer
        conn.send(("error", f"{type(exc).__name__}: {exc}"))


def read_pages(corpus_dir: Path) -> list[dict] | None:
    """The crawl state's `pages` rows, or None when the corpus has no state database."""
    state = corpus_dir / "state.sqlite"
    if not state.is_file():
        return None
    cols = list(BY_NAME["pages"].columns)
    conn = sqlite3.connect(f"file:{state}?mode=ro", uri=True)
    try:
        have = [r[1] for r in conn.execute("pragma table_info(pages)")]
        use = [c for c in cols if c in have]
        rows = conn.execute(f"select {', '.join(use)} from pages").fetchall()
    finally:
        conn.close()
    return [{**dict.fromkeys(cols), **dict(zip(use, r))} for r in rows]


def missing_extractions(pages: list[dict], extracted_dir: Path, loaded_ids: set[str]) -> list[str]:
    """Fetched article pages with no extracted file, no failure and no not-an-article verdict from `extract`."""
    import json

    failed: set[str] = set()
    for accounted in ("_failures.jsonl", "_not_articles.jsonl"):
        path = extracted_dir / accounted
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                failed.add(json.loads(line).get("url"))
            except (ValueError, AttributeError):
                continue
    out = []
    for p in pages:
        if p["kind"] == "article" and p["status"] in ("fetched", "unchanged") and p["url"] not in failed:
            aid = hashlib.sha1(p["url"].encode()).hexdigest()[:16]
            if aid not in loaded_ids and not (extracted_dir / f"{aid}.json").exists():
                out.append(f"{extracted_dir / (aid + '.json')}: missing (page {p['url']} was fetched but not extracted)")
    return out


def _positions(table: str, cols) -> operator.itemgetter:
    """Row tuple -> tuple of the named columns."""
    order = list(BY_NAME[table].columns)
    at = [order.index(c) for c in cols]
    get = operator.itemgetter(*at)
    return get if len(at) > 1 else (lambda r: (get(r),))


def as_tuples(table: str, rows: list[dict]) -> list[tuple]:
    """Dict rows (carrying every column of their table) as tuples in column order."""
    get = operator.itemgetter(*BY_NAME[table].columns)
    return list(map(get, rows))


def _insert_sql(table: str) -> str:
    cols = list(BY_NAME[table].columns)
    return f"insert into [{table}] ({', '.join(f'[{c}]' for c in cols)}) values ({', '.join('?' for _ in cols)})"


@dataclass
class Diff:
    """What writing `rows` to a table changes: rows to insert or update, keys to delete."""

    table: str
    changed: list[tuple]
    inserted: int
    gone: list[tuple]

    @property
    def counts(self) -> tuple[int, int, int]:
        return self.inserted, len(self.changed) - self.inserted, len(self.gone)


def diff_table(db: sqlite_utils.Database, name: str, rows: list[tuple], hash_column: str | None = None) -> Diff:
    """Compare `rows` with the table by primary key (on `hash_column` alone when given, for long texts)."""
    t = BY_NAME[name]
    pk = list(t.pk)
    compare = [hash_column] if hash_column else [c for c in t.columns if c not in pk]
    existing = {tuple(r[: len(pk)]): tuple(r[len(pk):]) for r in db.execute(
        f"select {', '.join(f'[{c}]' for c in pk + compare)} from [{name}]")}
    key, values = _positions(name, pk), _positions(name, compare)
    new_keys, changed, inserted = set(), [], 0
    for r in rows:
        k = key(r)
        new_keys.add(k)
        old = existing.get(k)
        if old is None:
            inserted += 1
            changed.append(r)
        elif old != values(r):
            changed.append(r)
    return Diff(name, changed, inserted, [k for k in existing if k not in new_keys])


def apply_diff(db: sqlite_utils.Database, diff: Diff) -> None:
    """Delete gone keys, then insert-or-update changed rows (an upsert keeps rowids and fires triggers)."""
    t = BY_NAME[diff.table]
    cols, pk = list(t.columns), list(t.pk)
    if diff.gone:
        db.conn.executemany(f"delete from [{t.name}] where {' and '.join(f'[{c}] = ?' for c in pk)}", diff.gone)
    if diff.changed:
        updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in cols if c not in pk) or f"[{pk[0]}] = excluded.[{pk[0]}]"
        db.conn.executemany(f"{_insert_sql(t.name)} on conflict ({', '.join(f'[{c}]' for c in pk)}) "
                            f"do update set {updates}", diff.changed)


def sync_table(db: sqlite_utils.Database, name: str, rows: list[tuple], hash_column: str | None = None) -> Diff:
    """Make table `name` hold exactly `rows`: insert new keys, update changed rows, delete the rest."""
    diff = diff_table(db, name, rows, hash_column)
    if BY_NAME[name].fts and len(diff.changed) + len(diff.gone) > BULK_ROWS:
        with bulk_fts(db, name):
            apply_diff(db, diff)
    else:
        apply_diff(db, diff)
    return diff


def sync_article_children(db: sqlite_utils.Database, name: str, rows: list[tuple], articles: Diff) -> Diff:
    """Rows owned by one article (facts): delete and re-insert those of changed or gone articles only."""
    touched = {r[0] for r in articles.changed} | {k[0] for k in articles.gone}
    if not touched:
        return Diff(name, [], 0, [])
    deleted = db.conn.executemany(f"delete from [{name}] where article_id = ?", ([a] for a in touched)).rowcount
    new = [r for r in rows if r[0] in touched]
    db.conn.executemany(_insert_sql(name), new)
    return Diff(name, new, len(new), [()] * deleted)


def insert_rows(db: sqlite_utils.Database, name: str, rows: list[tuple]) -> Diff:
    """Plain inserts into an empty table: the first load has nothing to compare with."""
    db.conn.executemany(_insert_sql(name), rows)
    return Diff(name, rows, len(rows), [])


def _is_empty(db: sqlite_utils.Database) -> bool:
    return not any(db.execute(f"select 1 from [{t.name}] limit 1").fetchone() for t in TABLES)


def relink_row(row: tuple, link: tuple | None) -> tuple:
    """An article row with the link columns the whole set decided (None: its parse-time guess stands)."""
    if link is None:
        return row
    out = list(row)
    for at, value in zip(LINK_AT, link):
        out[at] = value
    return tuple(out)


def relink_facts(facts: tuple[tuple, ...], link: tuple | None) -> tuple[tuple, ...]:
    if link is None:
        return facts
    event_id = link[LINK_COLUMNS.index("event_id")]
    return tuple(f[:FACT_EVENT_AT] + (event_id,) + f[FACT_EVENT_AT + 1:] for f in facts)


def load_database(db_path, extracted_dir, corpus_dir=None, sources_path=None, data_dir: Path = DATA_DIR, *,
                  jobs: int | None = None, chunk: int = CHUNK) -> LoadSummary:
    """Load everything into `db_path`; raises FileNotFoundError / ConfigError for unusable inputs.

    `jobs` processes parse the extracted files, `chunk` files per task (default: one per core).
    """
    # Millions of small acyclic objects: the cyclic collector's passes over the growing heap
    # would cost a third of the load, and there is nothing for it to free.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load_database(db_path, extracted_dir, corpus_dir, sources_path, data_dir, jobs, chunk)
    finally:
        if collecting:
            gc.enable()


def _load_database(db_path, extracted_dir, corpus_dir, sources_path, data_dir: Path, jobs, chunk) -> LoadSummary:
    started = time.perf_counter()
    db_path, extracted_dir = Path(db_path), Path(extracted_dir)
    if not extracted_dir.is_dir():
        raise FileNotFoundError(f"{extracted_dir}: no such directory of extracted articles")
    summary = LoadSummary(db_path=db_path)
    sources = []
    if sources_path is not None:
        from pipeline.config import load_sources

        cfg = load_sources(sources_path)
        sources = [{"id": s.id, "name": s.name, "home": s.home, "province": s.province, "kind": s.kind,
                    "host": s.host, "in_sources_file": 1} for s in cfg.sources]
    gaz, summary.warnings = read_gazetteer(data_dir)
    pages = read_pages(Path(corpus_dir)) if corpus_dir is not None else None
    if pages is not None:
        known = {s["id"] for s in sources}
        sources += [{"id": sid, "name": sid, "home": None, "province": None, "kind": None, "host": None,
                     "in_sources_file": 0}
                    for sid in sorted({p["source_id"] for p in pages if p["source_id"]} - known)]
    db_path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(db_path)
    try:
        if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION and not db.table_names():
            db.execute(f"pragma page_size = {PAGE_SIZE}")  # a new file: fewer, fuller pages for long texts
        db.execute(f"pragma cache_size = -{CACHE_KB}")
        fresh = ensure_schema(db, indexes=False)
        load = _first_load if fresh and _is_empty(db) else functools.partial(_reload, fresh=fresh)
        ids = load(db, extracted_dir, gaz, sources, pages, jobs, chunk, summary)
        if pages is not None:
            summary.errors.extend(missing_extractions(pages, extracted_dir, ids))
        clock = time.perf_counter()
        with db.conn:
            create_indexes(db)
            create_views(db)
        db.execute(f"pragma user_version = {SCHEMA_VERSION}")
        summary.counts = {t.name: db.execute(f"select count(*) from [{t.name}]").fetchone()[0] for t in TABLES}
        if any(sum(c) for c in summary.changes.values()):
            db.execute("analyze")  # query plans for Datasette's facets and canned queries
        summary.timings["views"] = time.perf_counter() - clock
    finally:
        db.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _first_load(db: sqlite_utils.Database, extracted_dir: Path, gaz: Gazetteer, sources: list[dict],
                pages: list[dict] | None, jobs: int | None, chunk: int, summary: LoadSummary) -> set[str]:
    """Load into an empty database: copy the workers' shards as they come; then link the articles in
    another process while this one builds the indexes; then copy the linked tables.

    An empty database has nothing to lose if the first load dies half-way (its user_version stays
    0 until the end, so the next load starts again from nothing): no journal and no syncs, and each
    chunk's commit hands its pages to the OS while the workers still parse.
    """
    clock = time.perf_counter()
    db.execute("pragma user_version = 0")
    db.execute("pragma synchronous = off")
    db.execute("pragma journal_mode = off")
    with contextlib.ExitStack() as stack:
        shard_dir = stack.enter_context(tempfile.TemporaryDirectory(prefix="noichinh-load-", dir=_shard_dir()))
        linker = LinkProcess(gaz, fork=jobs != 1 and _can_fork())
        stack.callback(linker.close)
        chunks = read_extracted(extracted_dir, gaz, jobs, chunk,
                                read=functools.partial(read_shard, shard_dir=shard_dir))
        with db.conn, bulk_fts(db, "articles"):  # the full-text index is filled in one pass, on leaving
            ids = _copy_shards(db, chunks, linker, summary)
            summary.timings["read_write"] = time.perf_counter() - clock
            clock = time.perf_counter()
            linker.start(sources, pages)
        with db.conn:
            create_indexes(db)
        summary.timings["index"] = time.perf_counter() - clock
        shard, relinked = linker.result()
    summary.timings["link"] = time.perf_counter() - clock

    clock = time.perf_counter()
    db.execute("attach ':memory:' as shard")
    db.conn.deserialize(shard, name="shard")
    with db.conn:
        if relinked:  # articles whose parse-time guess of their links was wrong
            sets = ", ".join(f"[{c}] = ?" for c in LINK_COLUMNS)
            db.conn.executemany(f"update articles set {sets} where id = ?", [(*v, k) for k, v in relinked.items()])
            at = LINK_COLUMNS.index("event_id")
            db.conn.executemany("update facts set event_id = ? where article_id = ?",
                                [(v[at], k) for k, v in relinked.items()])
        built = {name for (name,) in db.execute("select name from shard.sqlite_master where type = 'table'")}
        for t in TABLES:
            if t.name in built:
                cols = ", ".join(f"[{c}]" for c in t.columns)
                n = db.conn.execute(f"insert into main.[{t.name}] ({cols}) "
                                    f"select {cols} from shard.[{t.name}]").rowcount
                summary.changes[t.name] = (n, 0, 0)
    db.execute("detach shard")
    summary.timings["write"] = time.perf_counter() - clock
    return ids


def _shard_dir(need: int = 2 << 30) -> str | None:
    """Memory-backed storage for the shards when it has room (a container's /dev/shm may have 64 MB),
    else the usual temporary directory."""
    try:
        st = os.statvfs("/dev/shm")
    except OSError:
        return None
    return "/dev/shm" if os.access("/dev/shm", os.W_OK) and st.f_bavail * st.f_frsize >= need else None


def _copy_shards(db: sqlite_utils.Database, chunks: Iterator[Chunk], linker: LinkProcess,
                 summary: LoadSummary) -> set[str]:
    """Copy each chunk's articles and facts into the database and hand its metas to the linker."""
    copy = {t: f"insert into main.[{t}] ({', '.join(f'[{c}]' for c in BY_NAME[t].columns)}) "
               f"select {', '.join(f'[{c}]' for c in BY_NAME[t].columns)} from shard.[{t}]" for t in SHARD_TABLES}
    ids: set[str] = set()
    for c in chunks:
        summary.errors.extend(c.errors)
        linker.add(c.metas, c.dropped)
        db.conn.commit()  # a database is attached and detached outside transactions
        db.execute("attach ? as shard", [c.shard])
        with db.conn:
            if c.dropped:
                db.conn.executemany("delete from shard.articles where rowid = ?", [(i + 1,) for i in c.dropped])
                db.conn.executemany("delete from shard.facts where _n = ?", [(i,) for i in c.dropped])
            db.conn.execute(copy["articles"])
            db.conn.execute(copy["facts"])
        db.execute("detach shard")
        os.unlink(c.shard)
        ids.update(aid for i, (_, aid) in enumerate(c.names) if i not in c.dropped)
    summary.changes.update({t: (db.execute(f"select count(*) from [{t}]").fetchone()[0], 0, 0) for t in SHARD_TABLES})
    return ids


def _reload(db: sqlite_utils.Database, extracted_dir: Path, gaz: Gazetteer, sources: list[dict],
            pages: list[dict] | None, jobs: int | None, chunk: int, summary: LoadSummary, fresh: bool) -> set[str]:
    """Bring every table to exactly the rows the inputs give: insert new, update changed, delete gone."""
    clock = time.perf_counter()
    articles: list[Parsed] = []
    for c in read_extracted(extracted_dir, gaz, jobs, chunk, read=read_full):
        summary.errors.extend(c.errors)
        articles += c.articles
    summary.timings["read"] = time.perf_counter() - clock
    clock = time.perf_counter()
    linked = build_rows(articles, gaz, sources)
    rows = {name: as_tuples(name, table_rows) for name, table_rows in linked.rows.items()}
    if pages is not None:
        rows["pages"] = as_tuples("pages", pages)
    articles.sort(key=lambda a: a.id)
    rows["articles"] = [relink_row(a.row, linked.relinked.get(a.id)) for a in articles]
    rows["facts"] = [f for a in articles for f in relink_facts(a.facts, linked.relinked.get(a.id))]
    summary.timings["link"] = time.perf_counter() - clock
    clock = time.perf_counter()
    db.execute("pragma synchronous = normal")
    with db.conn:
        articles_diff = None
        for t in sorted(TABLES, key=lambda t: t.name in ARTICLE_CHILDREN):
            if t.name == "pages" and pages is None:
                continue
            table_rows = rows.get(t.name, [])
            if t.name in ARTICLE_CHILDREN and not fresh:
                diff = sync_article_children(db, t.name, table_rows, articles_diff)
            else:
                diff = sync_table(db, t.name, table_rows, hash_column="content_hash" if t.name == "articles" else None)
            if t.name == "articles":
                articles_diff = diff
            summary.changes[t.name] = diff.counts
    summary.timings["write"] = time.perf_counter() - clock
    return {a.id for a in articles}


@click.command()
@click.option("--corpus", "corpus_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("corpus"),
              show_default=True, help="Crawl corpus (its state.sqlite fills `pages`; may be absent).")
@click.option("--extracted", "extracted_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("extracted"), show_default=True, help="Directory of extracted article JSON files.")
@click.option("--sources", "sources_path", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("sources.yml"), show_default=True, help="The outlets file (sources.yml).")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=Path("noichinh.db"),
              show_default=True, help="SQLite database to create or update.")
def command(corpus_dir: Path, extracted_dir: Path, sources_path: Path, db_path: Path):
    """Load extracted articles into a SQLite database for Datasette (safe to re-run)."""
    from pipeline.config import ConfigError

    try:
        summary = load_database(db_path, extracted_dir, corpus_dir=corpus_dir,
                                sources_path=sources_path if sources_path.exists() else None)
    except (ConfigError, FileNotFoundError) as exc:
        click.echo(f"load: {exc}", err=True)
        sys.exit(2)
    if not sources_path.exists():
        click.echo(f"load: warning: {sources_path}: not found; sources come from the articles only", err=True)
    for w in summary.warnings:
        click.echo(f"load: warning: {w}", err=True)
    for e in summary.errors:
        click.echo(f"load: skipped {e}", err=True)
    c = summary.counts
    changed = {k: v for k, v in summary.changes.items() if sum(v)}
    click.echo(
        f"{db_path}: {c.get('articles', 0)} articles, {c.get('events', 0)} events, {c.get('blocs', 0)} blocs, "
        f"{c.get('memberships', 0)} memberships, {c.get('people', 0)} people, {c.get('themes', 0)} themes, "
        f"{c.get('facts', 0)} facts, {c.get('pages', 0)} pages in {summary.seconds:.1f}s; "
        + ("changes: " + ", ".join(f"{k} +{i} ~{u} -{d}" for k, (i, u, d) in changed.items()) if changed
           else "no changes")
        + (f"; {len(summary.errors)} file(s) skipped" if summary.errors else ""))
