"""`noichinh load`: extracted articles, crawl state and gazetteers -> one SQLite database.

Idempotent by construction: every row has a primary key derived from content, and each table
is brought to exactly the rows the current inputs give (insert new, update changed, delete
gone), so running twice changes nothing and a re-extracted article updates its rows in place.
A bad extracted file is reported by name and skipped; the rest still loads.
"""
from __future__ import annotations

import gc
import hashlib
import operator
import os
import sqlite3
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import click
import sqlite_utils
import yaml

from .records import BadExtractedFile, Extracted, Gazetteer, build_rows, parse_extracted
from .schema import BY_NAME, SCHEMA_VERSION, TABLES, bulk_fts, create_indexes, create_views, ensure_schema

# More changed rows than this in a table with a full-text index: rebuild the index once instead.
BULK_ROWS = 2000
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
    timings: dict[str, float] = field(default_factory=dict)  # seconds per phase: read, build, write, index

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


def read_extracted(extracted_dir: Path) -> tuple[list[Extracted], list[str]]:
    """Every `<id>.json` in the directory; bad ones become one-line errors naming the file.

    (Parsing in worker processes was tried: shipping the parsed articles back costs more
    than the parse itself.)
    """
    articles, errors, seen = [], [], {}
    # plain strings: sorting 100,000 Path objects costs more than reading the files' names
    names = sorted(e.name for e in os.scandir(extracted_dir)
                   if e.name.endswith(".json") and not e.name.startswith("_"))
    for name in names:
        path = os.path.join(extracted_dir, name)
        try:
            with open(path, "rb") as fh:
                raw = fh.read()
        except OSError as exc:
            errors.append(f"{path}: cannot read ({exc.strerror or exc})")
            continue
        try:
            article = parse_extracted(raw, name[:-5])
        except BadExtractedFile as exc:
            errors.append(f"{path}: {exc}")
            continue
        if article.id in seen:
            errors.append(f"{path}: id {article.id!r} already loaded from {seen[article.id]}")
            continue
        seen[article.id] = name
        articles.append(article)
    return articles, errors


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


def _getter(cols: list[str]):
    """Row dict -> tuple of `cols` (rows always carry every column of their table)."""
    get = operator.itemgetter(*cols)
    return get if len(cols) > 1 else (lambda r: (get(r),))


@dataclass
class Diff:
    """What writing `rows` to a table changes: rows to insert or update, keys to delete."""

    table: str
    changed: list[dict]
    inserted: int
    gone: list[tuple]

    @property
    def counts(self) -> tuple[int, int, int]:
        return self.inserted, len(self.changed) - self.inserted, len(self.gone)


def diff_table(db: sqlite_utils.Database, name: str, rows: list[dict], hash_column: str | None = None) -> Diff:
    """Compare `rows` with the table by primary key (on `hash_column` alone when given, for long texts)."""
    t = BY_NAME[name]
    pk = list(t.pk)
    compare = [hash_column] if hash_column else [c for c in t.columns if c not in pk]
    existing = {tuple(r[: len(pk)]): tuple(r[len(pk):]) for r in db.execute(
        f"select {', '.join(f'[{c}]' for c in pk + compare)} from [{name}]")}
    key, values = _getter(pk), _getter(compare)
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
        sql = (f"insert into [{t.name}] ({', '.join(f'[{c}]' for c in cols)}) values ({', '.join('?' for _ in cols)}) "
               f"on conflict ({', '.join(f'[{c}]' for c in pk)}) do update set {updates}")
        db.conn.executemany(sql, map(_getter(cols), diff.changed))


def sync_table(db: sqlite_utils.Database, name: str, rows: list[dict], hash_column: str | None = None) -> Diff:
    """Make table `name` hold exactly `rows`: insert new keys, update changed rows, delete the rest."""
    diff = diff_table(db, name, rows, hash_column)
    if BY_NAME[name].fts and len(diff.changed) + len(diff.gone) > BULK_ROWS:
        with bulk_fts(db, name):
            apply_diff(db, diff)
    else:
        apply_diff(db, diff)
    return diff


def sync_article_children(db: sqlite_utils.Database, name: str, rows: list[dict], articles: Diff) -> Diff:
    """Rows owned by one article (facts): delete and re-insert those of changed or gone articles only."""
    touched = {r["id"] for r in articles.changed} | {k[0] for k in articles.gone}
    if not touched:
        return Diff(name, [], 0, [])
    deleted = db.conn.executemany(f"delete from [{name}] where article_id = ?", ([a] for a in touched)).rowcount
    new = [r for r in rows if r["article_id"] in touched]
    cols = list(BY_NAME[name].columns)
    db.conn.executemany(f"insert into [{name}] ({', '.join(f'[{c}]' for c in cols)}) "
                        f"values ({', '.join('?' for _ in cols)})", map(_getter(cols), new))
    return Diff(name, new, len(new), [()] * deleted)


def insert_rows(db: sqlite_utils.Database, name: str, rows: list[dict]) -> Diff:
    """Plain inserts into an empty table: the first load has nothing to compare with."""
    cols = list(BY_NAME[name].columns)
    db.conn.executemany(f"insert into [{name}] ({', '.join(f'[{c}]' for c in cols)}) "
                        f"values ({', '.join('?' for _ in cols)})", map(_getter(cols), rows))
    return Diff(name, rows, len(rows), [])


def _is_empty(db: sqlite_utils.Database) -> bool:
    return not any(db.execute(f"select 1 from [{t.name}] limit 1").fetchone() for t in TABLES)


def load_database(db_path, extracted_dir, corpus_dir=None, sources_path=None, data_dir: Path = DATA_DIR) -> LoadSummary:
    """Load everything into `db_path`; raises FileNotFoundError / ConfigError for unusable inputs."""
    # Millions of small acyclic objects: the cyclic collector's passes over the growing heap
    # would cost a third of the load, and there is nothing for it to free.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load_database(db_path, extracted_dir, corpus_dir, sources_path, data_dir)
    finally:
        if collecting:
            gc.enable()


def _load_database(db_path, extracted_dir, corpus_dir, sources_path, data_dir: Path) -> LoadSummary:
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
    clock = time.perf_counter()
    articles, summary.errors = read_extracted(extracted_dir)
    summary.timings["read"] = time.perf_counter() - clock
    pages = read_pages(Path(corpus_dir)) if corpus_dir is not None else None
    if pages is not None:
        summary.errors.extend(missing_extractions(pages, extracted_dir, {a.id for a in articles}))
        known = {s["id"] for s in sources}
        sources += [{"id": sid, "name": sid, "home": None, "province": None, "kind": None, "host": None,
                     "in_sources_file": 0}
                    for sid in sorted({p["source_id"] for p in pages if p["source_id"]} - known)]
    clock = time.perf_counter()
    rows = build_rows(articles, gaz, sources)
    summary.timings["build"] = time.perf_counter() - clock
    clock = time.perf_counter()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(db_path)
    try:
        db.execute("pragma cache_size = -200000")
        fresh = ensure_schema(db, indexes=False)
        empty = fresh and _is_empty(db)
        # An empty database has nothing to lose if the first load dies half-way (the next load
        # starts again from nothing), so it is written without a journal or syncs.
        db.execute(f"pragma synchronous = {'off' if empty else 'normal'}")
        if empty:
            db.execute("pragma journal_mode = off")
            db.execute("pragma user_version = 0")  # until committed: a failed first load is redone from nothing
        with db.conn:
            articles_diff = None
            for t in sorted(TABLES, key=lambda t: t.name in ARTICLE_CHILDREN):
                if t.name == "pages" and pages is None:
                    continue
                table_rows = pages if t.name == "pages" else rows.get(t.name, [])
                if empty:
                    diff = insert_rows(db, t.name, table_rows)
                elif t.name in ARTICLE_CHILDREN and not fresh:
                    diff = sync_article_children(db, t.name, table_rows, articles_diff)
                else:
                    diff = sync_table(db, t.name, table_rows,
                                      hash_column="content_hash" if t.name == "articles" else None)
                if t.name == "articles":
                    articles_diff = diff
                summary.changes[t.name] = diff.counts
            summary.timings["write"] = time.perf_counter() - clock
            clock = time.perf_counter()
            create_indexes(db)
            create_views(db)
        if empty:
            db.execute(f"pragma user_version = {SCHEMA_VERSION}")
        summary.timings["index"] = time.perf_counter() - clock  # with the commit
        summary.counts = {t.name: db.execute(f"select count(*) from [{t.name}]").fetchone()[0] for t in TABLES}
        if any(sum(c) for c in summary.changes.values()):
            db.execute("analyze")  # query plans for Datasette's facets and canned queries
    finally:
        db.close()
    summary.seconds = time.perf_counter() - started
    return summary


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
