"""The database layout, as data: tables, keys, foreign keys, full-text indexes and views.

Kept apart from the loader so the layout can be read in one place; `metadata.yml`
describes every column listed here (a test checks the two agree).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import sqlite_utils

# Bump when a table changes shape: `load` then rebuilds the database instead of migrating it.
SCHEMA_VERSION = 8

# Full-text indexes cover folded columns (lower case, no diacritics, đ -> d); `serve` folds search
# terms the same way (plugins/noichinh_search.py). The tokenizer strips any mark that is left.
FTS_TOKENIZE = "unicode61 remove_diacritics 2"


@dataclass(frozen=True)
class Table:
    name: str
    columns: dict[str, type]
    pk: tuple[str, ...]
    foreign_keys: tuple[tuple[str, str, str], ...] = ()  # (column, other table, other column)
    fts: tuple[str, ...] = ()  # columns of the full-text index
    indexes: tuple[tuple[str, ...], ...] = field(default=())  # extra indexes beyond the foreign keys
    derived: bool = True  # rebuilt from extracted/ on every load (else loaded from its own input)


TABLES: tuple[Table, ...] = (
    Table("sources", {"id": str, "name": str, "home": str, "province": str, "kind": str, "host": str,
                      "in_sources_file": int}, ("id",), derived=False),
    Table("pages", {"url": str, "source_id": str, "host": str, "kind": str, "status": str, "http_status": int,
                    "etag": str, "last_modified": str, "content_hash": str, "content_type": str, "charset": str,
                    "warc_file": str, "warc_offset": int, "warc_length": int, "fetched_at": str,
                    "last_error": str, "attempts": int, "discovered_at": str, "discovered_from": str,
                    "anchor": str}, ("url",), (("source_id", "sources", "id"),), indexes=(("status",), ("kind",)),
          derived=False),
    Table("provinces", {"name": str, "kind": str, "region": str, "latitude": float, "longitude": float,
                        "new_province": str, "aliases": str, "folded": str, "in_gazetteer": int},
          ("name",), derived=False),
    Table("units", {"code": str, "name": str, "abbreviations": str, "listed": int}, ("code",), derived=False),
    Table("blocs", {"id": str, "province": str, "key": str, "number": int, "name": str, "names": str,
                    "folded": str, "event_count": int, "article_count": int, "first_year": int, "last_year": int},
          ("id",), (("province", "provinces", "name"),), fts=("folded",)),
    Table("events", {"id": str, "label": str, "bloc_id": str, "province": str, "province_new": str,
                     "region": str, "event_type": str, "event_date": str, "period": str, "year": int,
                     "period_year": int, "member_count_stated": int, "article_count": int, "first_published": str,
                     "latitude": float, "longitude": float},
          ("id",), (("bloc_id", "blocs", "id"), ("province", "provinces", "name")),
          indexes=(("year",), ("period_year",), ("event_type", "period_year"), ("event_date",))),
    Table("articles", {"id": str, "url": str, "outlet": str, "source_id": str, "title": str, "author": str,
                       "sitename": str, "description": str, "published": str, "published_time": str,
                       "year": int, "province": str, "province_new": str, "is_bloc_event": int,
                       "event_type": str, "event_date": str, "period": str, "bloc_name": str, "bloc_id": str,
                       "event_id": str, "canonical_id": str, "text": str, "folded": str, "fetched_at": str,
                       "warc_file": str, "warc_offset": int, "simhash": str, "extractor_version": str,
                       "error": str, "content_hash": str},
          ("id",), (("source_id", "sources", "id"), ("province", "provinces", "name"), ("bloc_id", "blocs", "id"),
                    ("event_id", "events", "id"), ("canonical_id", "articles", "id")),
          fts=("folded",), indexes=(("url",), ("published",), ("year",))),
    Table("event_sources", {"event_id": str, "article_id": str, "published": str},
          ("event_id", "article_id"), (("event_id", "events", "id"), ("article_id", "articles", "id"))),
    Table("memberships", {"bloc_id": str, "unit_code": str, "year": int, "role": str, "province": str,
                          "article_count": int},
          ("bloc_id", "unit_code", "year"), (("bloc_id", "blocs", "id"), ("unit_code", "units", "code"),
                                             ("province", "provinces", "name")), indexes=(("year",), ("role",))),
    Table("people", {"id": str, "name": str, "province": str, "folded": str, "title": str, "rank": str,
                     "org": str, "titles": str, "appearance_count": int, "first_date": str, "last_date": str},
          ("id",), (("province", "provinces", "name"), ("org", "units", "code")), fts=("folded",)),
    Table("appearances", {"person_id": str, "event_id": str, "article_id": str, "name": str, "title": str,
                          "org": str, "rank": str, "role": str, "event_date": str, "province": str},
          ("person_id", "event_id"), (("person_id", "people", "id"), ("event_id", "events", "id"),
                                      ("article_id", "articles", "id"), ("org", "units", "code"),
                                      ("province", "provinces", "name"))),
    Table("themes", {"id": str, "name": str, "variants": str, "folded": str, "event_count": int,
                     "first_year": int, "last_year": int}, ("id",), fts=("folded",)),
    Table("event_themes", {"event_id": str, "theme_id": str, "name": str},
          ("event_id", "theme_id"), (("event_id", "events", "id"), ("theme_id", "themes", "id"))),
    Table("awards", {"id": str, "event_id": str, "article_id": str, "award": str, "recipient": str,
                     "recipient_unit": str, "year": int, "province": str},
          ("id",), (("event_id", "events", "id"), ("article_id", "articles", "id"),
                    ("recipient_unit", "units", "code"), ("province", "provinces", "name"))),
    Table("facts", {"article_id": str, "seq": int, "event_id": str, "field": str, "value": str, "sentence": str,
                    "start": int, "end": int, "span": str, "from_evidence": int},
          ("article_id", "seq"), (("article_id", "articles", "id"), ("event_id", "events", "id"))),
)

BY_NAME = {t.name: t for t in TABLES}


def ensure_schema(db: sqlite_utils.Database, indexes: bool = True) -> bool:
    """Create missing tables (and, with `indexes`, their indexes and full-text indexes).

    A database of another schema version is rebuilt from nothing. Returns True when the tables
    were created now: the loader then fills them first and indexes them after (`create_indexes`),
    which is several times faster than maintaining indexes row by row.
    """
    fresh = False
    if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
        for view in db.view_names():
            db[view].drop()
        for name in [*SUMMARIES, "leadership_by_year"]:
            _drop(db, name)
        for name in [t.name for t in reversed(TABLES)]:
            if db[name].exists():
                if db[name].detect_fts():
                    db[name].disable_fts()
                db[name].drop()
    for t in TABLES:
        if not db[t.name].exists():
            fresh = True
            db[t.name].create(t.columns, pk=t.pk[0] if len(t.pk) == 1 else list(t.pk),
                              foreign_keys=list(t.foreign_keys), not_null=set(t.pk))
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    if indexes:
        create_indexes(db)
    return fresh


def create_indexes(db: sqlite_utils.Database) -> None:
    """An index on every foreign key and listed column; the full-text indexes, kept current by triggers."""
    for t in TABLES:
        for col, _, _ in t.foreign_keys:
            if col != t.pk[0]:  # the primary key's index already leads with it
                db[t.name].create_index([col], if_not_exists=True)
        for cols in t.indexes:
            db[t.name].create_index(list(cols), if_not_exists=True)
        if t.fts and not db[t.name].detect_fts():
            db[t.name].enable_fts(list(t.fts), tokenize=FTS_TOKENIZE, create_triggers=True)


class bulk_fts:
    """Within the block, a table's full-text index exists (it is created if need be) but its triggers
    are off; on leaving, the index is rebuilt in one pass and the triggers restored.

    For loads that write many rows: one rebuild is much faster than a trigger per row.
    """

    def __init__(self, db: sqlite_utils.Database, table: str):
        self.db, self.table = db, table
        self.triggers: list[str] = []

    def __enter__(self):
        t = BY_NAME[self.table]
        if t.fts and not self.db[self.table].detect_fts():
            self.db[self.table].enable_fts(list(t.fts), tokenize=FTS_TOKENIZE, create_triggers=True)
        self.fts = self.db[self.table].detect_fts()
        if self.fts:
            found = self.db.execute("select name, sql from sqlite_master where type = 'trigger' and tbl_name = ? "
                                    "and sql like ?", [self.table, f"%{self.fts}%"]).fetchall()
            self.triggers = [sql for _, sql in found]
            for name, _ in found:
                self.db.execute(f"drop trigger [{name}]")
        return self

    def __exit__(self, exc_type, *exc):
        if self.fts and exc_type is None:
            self.db.execute(f"insert into [{self.fts}]([{self.fts}]) values ('rebuild')")
        for sql in self.triggers:
            self.db.execute(sql)


VIEWS = {
    "bloc_history": """
select b.province, b.name as bloc, e.event_date, e.period, e.event_type, e.label as event,
       e.article_count as articles, e.id as event_id, b.id as bloc_id
from events e join blocs b on b.id = e.bloc_id
order by b.province, b.name, coalesce(e.event_date, e.period)""",
}

# Aggregates researchers open often: stored as tables, rebuilt by every load, so that a page of
# them costs a read instead of a GROUP BY over all memberships or events.
SUMMARIES = {
    "leadership": """
select m.province, m.year, b.name as bloc,
       group_concat(case when m.role = 'leader' then coalesce(u.name, m.unit_code) end, '; ') as leader,
       group_concat(case when m.role = 'deputy' then coalesce(u.name, m.unit_code) end, '; ') as deputy,
       count(*) as units_named,
       b.id as bloc_id
from memberships m join blocs b on b.id = m.bloc_id left join units u on u.code = m.unit_code
group by m.bloc_id, m.year
order by m.province, b.name, m.year""",
    "events_per_year": """
select year, count(*) as events,
       sum(event_type = 'so_ket') as so_ket, sum(event_type = 'tong_ket') as tong_ket,
       sum(event_type = 'ky_giao_uoc') as ky_giao_uoc, sum(event_type = 'hoi_thao') as hoi_thao,
       sum(event_type = 'hoi_thi') as hoi_thi, count(distinct province) as provinces
from events where year is not null group by year order by year""",
}


def _drop(db: sqlite_utils.Database, name: str) -> None:
    row = db.execute("select type from sqlite_master where name = ?", [name]).fetchone()
    if row:
        db.execute(f"drop {row[0]} [{name}]")


def _replace_summary(db: sqlite_utils.Database, name: str, sql: str) -> None:
    _drop(db, name)
    db.execute(f"create table [{name}] as {sql.strip()}")


def create_views(db: sqlite_utils.Database) -> None:
    """(Re)create the views and summary tables; the wide leadership table gets one column per year present."""
    for name, sql in VIEWS.items():
        _drop(db, name)
        db.execute(f"create view [{name}] as {sql.strip()}")
    for name, sql in SUMMARIES.items():
        _replace_summary(db, name, sql)
    years = [r[0] for r in db.execute(
        "select distinct year from memberships where role = 'leader' and year is not null order by year")]
    cols = ",\n       ".join(
        f"group_concat(case when m.year = {int(y)} then coalesce(u.name, m.unit_code) end, '; ') as [{int(y)}]"
        for y in years)
    _replace_summary(db, "leadership_by_year", f"""
select m.province, b.name as bloc{', ' + cols if cols else ''}, b.id as bloc_id
from memberships m join blocs b on b.id = m.bloc_id left join units u on u.code = m.unit_code
where m.role = 'leader'
group by m.bloc_id order by m.province, b.name""")
