"""From extracted articles to database rows: pure functions, no I/O.

`parse_extracted` turns one file into its own rows (`articles`, `facts`), which needs nothing
but that file, so it runs in parallel; `build_rows` turns the whole set of articles into the
rows of the tables built from all of them (events, blocs, people...) and corrects the links an
article could not decide alone. Keys are derived from content (normalised names, dates), so the
same input always gives the same rows and an article that changes moves only the rows it feeds.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

try:  # four times faster on the 100,000-article benchmark; the standard library otherwise
    import orjson
except ImportError:  # pragma: no cover
    orjson = None

from .normalise import bloc_key, fold, load_rules, person_key, person_name, slug, theme_key, words

ROLE_RANK = {"leader": 3, "deputy": 2, "member": 1}
APPEARANCE_ROLE_RANK = {"chaired": 4, "spoke": 3, "attended": 2, "guest": 1}
_YEAR = re.compile(r"(19|20)\d\d")

LIST_KEYS = ("members", "officials", "themes", "awards", "evidence")


class BadExtractedFile(ValueError):
    """An extracted JSON that cannot be loaded; the message names what is wrong."""


@dataclass(frozen=True, slots=True)
class Parsed:
    """One extracted article, ready for the database: its `articles` row and its `facts` rows.

    Everything that depends on this article alone is done with the parse (in a worker process):
    folding, facts, the row itself. The columns that tie it to other articles (LINK_COLUMNS: the
    event it reports, whether its canonical copy is loaded) are filled as if it were alone;
    `build_rows` checks them against the whole set, and the loader corrects the few that differ.
    `meta` holds only the keys `build_rows` reads, so that little but the rows crosses processes.
    """

    id: str
    meta: dict[str, Any]
    file_hash: str
    link: tuple  # province, bloc_id, event_id, canonical_id as guessed from this article alone
    row: tuple = ()  # ARTICLE_COLUMNS
    facts: tuple[tuple, ...] = ()  # FACT_COLUMNS

    def get(self, key: str, default=None):
        value = self.meta.get(key)
        return default if value is None else value


def _loads(raw: bytes):
    try:
        return orjson.loads(raw) if orjson else json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        try:  # the standard parser says where the file is broken
            return json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise BadExtractedFile("not UTF-8 text") from None
        except json.JSONDecodeError as exc:
            raise BadExtractedFile(f"not valid JSON (line {exc.lineno}: {exc.msg})") from None


_STRING_KEYS = ("text", "title", "url", "province", "bloc_name", "event_type", "event_date", "period",
                "published", "leader_unit", "deputy_unit", "canonical_id", "source_id")


def check_shape(data: Any) -> None:
    """Raise BadExtractedFile with a one-line reason unless `data` has the shape of FORMATS.md section 2."""
    if not isinstance(data, dict):
        raise BadExtractedFile("expected a JSON object")
    if not isinstance(data.get("id") or "", str):
        raise BadExtractedFile("key 'id' must be a string")
    if not isinstance(data.get("is_bloc_event"), bool):
        raise BadExtractedFile("key 'is_bloc_event' is missing or not true/false")
    for key in LIST_KEYS:
        value = data.get(key)
        if value is not None and not isinstance(value, list):
            raise BadExtractedFile(f"key {key!r} must be a list")
    for key in ("officials", "awards", "evidence"):
        for i, item in enumerate(data.get(key) or ()):
            if not isinstance(item, dict):
                raise BadExtractedFile(f"{key}[{i}] must be an object")
    for key in ("members", "themes"):
        for i, item in enumerate(data.get(key) or ()):
            if not isinstance(item, str):
                raise BadExtractedFile(f"{key}[{i}] must be a string")
    for key in _STRING_KEYS:
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            raise BadExtractedFile(f"key {key!r} must be a string or null")
    count = data.get("member_count_stated")
    if count is not None and (isinstance(count, bool) or not isinstance(count, int)):
        raise BadExtractedFile("key 'member_count_stated' must be an integer or null")


def parse_extracted(raw: bytes, stem: str, linker: Linker) -> Parsed:
    """Check an extracted file's shape and make its rows; raise BadExtractedFile with a one-line reason."""
    d = _loads(raw)
    check_shape(d)
    aid = d.get("id") or stem
    file_hash = hashlib.sha1(raw).hexdigest()
    g = d.get
    title, text = g("title"), g("text") or ""
    is_bloc = d["is_bloc_event"]
    province = linker.province(g("province"))
    etype, date, period = g("event_type"), g("event_date"), g("period")
    bid = linker.bloc_id(g("bloc_name"), province) if is_bloc else None
    eid = event_key(bid, etype, date, period, aid) if is_bloc else None
    canonical = g("canonical_id")
    offset = g("warc_offset")
    row = (aid, g("url"), g("outlet"), g("source_id"), title, g("author"), g("sitename"), g("description"),
           g("published"), g("published_time"), year_of(g("published"), g("published_time")), province,
           g("province_new"), int(is_bloc), etype, date, period, g("bloc_name"), bid, eid, canonical, text,
           fold(f"{title or ''}\n{text}"), g("fetched_at"), g("warc_file"),
           offset if isinstance(offset, int) else None, _fact_value(g("simhash")),
           _fact_value(g("extractor_version")), _fact_value(g("error")),
           link_hash(file_hash, bid, eid, canonical, province))
    meta = {k: d[k] for k in META_KEYS if d.get(k) is not None}
    meta["is_bloc_event"] = is_bloc
    return Parsed(aid, meta, file_hash, (province, bid, eid, canonical), row, tuple(_facts(aid, d, text, eid)))


# What `link` and the tables built from all articles read of each article.
META_KEYS = ("province", "is_bloc_event", "bloc_name", "event_type", "event_date", "period", "published",
             "province_new", "member_count_stated", "members", "leader_unit", "deputy_unit", "officials",
             "themes", "awards", "source_id", "outlet", "canonical_id")
# articles columns that depend on other articles, and where they are in a row
LINK_COLUMNS = ("province", "bloc_id", "event_id", "canonical_id", "content_hash")
ARTICLE_COLUMNS = ("id", "url", "outlet", "source_id", "title", "author", "sitename", "description", "published",
                   "published_time", "year", "province", "province_new", "is_bloc_event", "event_type",
                   "event_date", "period", "bloc_name", "bloc_id", "event_id", "canonical_id", "text", "folded",
                   "fetched_at", "warc_file", "warc_offset", "simhash", "extractor_version", "error",
                   "content_hash")
FACT_COLUMNS = ("article_id", "seq", "event_id", "field", "value", "sentence", "start", "end", "span",
                "from_evidence")
LINK_AT = tuple(ARTICLE_COLUMNS.index(c) for c in LINK_COLUMNS)
FACT_EVENT_AT = FACT_COLUMNS.index("event_id")


def link_hash(file_hash: str, bloc_id, event_id, canonical_id, province) -> str:
    """What decides whether a stored article row is still current: its file and its links."""
    return hashlib.sha1("\x1f".join(
        str(v) for v in (file_hash, bloc_id, event_id, canonical_id, province)).encode()).hexdigest()


def event_key(bloc_id: str, event_type, date, period, article_id: str) -> str:
    """The event an article reports: its bloc, type and date, else period, else the article alone."""
    return f"{bloc_id}--{event_type or 'unknown'}--{slug(date or period or f'article-{article_id}')}"


class Linker:
    """Province and bloc of articles as the gazetteer and names.yml name them (memoised per instance)."""

    def __init__(self, gaz: Gazetteer):
        self.gaz, self.rules = gaz, load_rules()
        self.province_names = gaz.all_province_names()
        self._provinces: dict[str | None, str | None] = {}
        self._blocs: dict[tuple, str] = {}

    def province(self, written: str | None) -> str | None:
        try:
            return self._provinces[written]
        except KeyError:
            name = self._provinces[written] = self.gaz.province(written)
            return name

    def bloc_id(self, bloc_name: str | None, province: str | None) -> str:
        try:
            return self._blocs[(bloc_name, province)]
        except KeyError:
            names = (province,) + self.province_names if province else self.province_names
            bid = self._blocs[(bloc_name, province)] = \
                f"{slug(province) or 'unknown'}--{bloc_key(bloc_name, names, self.rules)}"
            return bid


@dataclass(frozen=True)
class Gazetteer:
    """Provinces and units the database knows by name (pipeline/data/*.yml)."""

    provinces: dict[str, dict]  # name -> provinces row
    province_by_folded: dict[str, str]  # folded name or alias -> name
    units: dict[str, dict]  # code -> units row
    event_type_labels: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_data(cls, provinces: list[dict], units: list[dict], event_type_labels: dict[str, str] | None = None):
        prov_rows, by_folded = {}, {}
        for p in provinces:
            name = p["name"]
            aliases = list(p.get("aliases") or [])
            prov_rows[name] = {"name": name, "kind": p.get("kind"), "region": p.get("region"),
                               "latitude": p.get("lat", p.get("latitude")),
                               "longitude": p.get("lon", p.get("longitude")),
                               "new_province": p.get("new_province"),
                               "aliases": json.dumps(aliases, ensure_ascii=False),
                               "folded": " ".join([words(name)] + [words(a) for a in aliases]),
                               "in_gazetteer": 1}
            for n in [name, *aliases]:
                by_folded[words(n)] = name
        unit_rows = {u["code"]: {"code": u["code"], "name": u.get("name") or u["code"],
                                 "abbreviations": json.dumps(list(u.get("abbreviations") or []), ensure_ascii=False),
                                 "listed": 1} for u in units}
        return cls(prov_rows, by_folded, unit_rows, dict(event_type_labels or {}))

    def province(self, name: str | None) -> str | None:
        """The gazetteer's spelling of a province, or the name as written when it is unknown."""
        if not name or not name.strip():
            return None
        folded = words(name)
        for prefix in ("tinh ", "thanh pho ", "tp "):
            if folded.startswith(prefix) and folded[len(prefix):] in self.province_by_folded:
                folded = folded[len(prefix):]
        return self.province_by_folded.get(folded, name.strip())

    def all_province_names(self) -> tuple[str, ...]:
        return tuple(self.province_by_folded)


def year_of(*values: str | None) -> int | None:
    for v in values:
        if v:
            m = _YEAR.search(str(v))
            if m:
                return int(m.group(0))
    return None


def _most_common(values: list[str]) -> str | None:
    """The most frequent form; ties go to the longest (the fullest written form), then alphabetical."""
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return sorted(counts.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]


def _short_hash(*parts: Any) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:12]


def _fact_value(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


@lru_cache(maxsize=65536)
def _words(text: str) -> str:
    return words(text)


@lru_cache(maxsize=4096)
def _names_province(bloc_name: str, province: str) -> bool:
    return fold(province) in fold(bloc_name)


@lru_cache(maxsize=65536)
def _unit_code(value: str | None) -> str | None:
    """A recipient or org that is a unit code (listed or `other:`), else None."""
    if not value:
        return None
    return value if re.fullmatch(r"[a-z_]+|other:.+", value) else None


@dataclass
class Linked:
    """What the whole set of articles decides: rows of the tables built from all of them, and the
    link columns (LINK_COLUMNS) of the articles whose parse-time guess was wrong."""

    rows: dict[str, list[dict]]
    relinked: dict[str, tuple]  # article id -> province, bloc_id, event_id, canonical_id, content_hash


def build_rows(articles: list[Parsed], gaz: Gazetteer, sources: list[dict] | None = None) -> Linked:
    """Every row of every table built from the set of articles (events, blocs, people...: not the articles'
    own rows, which come with the parse), plus provinces/units/sources they mention."""
    articles = sorted(articles, key=lambda a: a.id)
    ids = {a.id for a in articles}
    linker = Linker(gaz)
    rules = linker.rules

    provinces = dict(gaz.provinces)
    units = dict(gaz.units)
    source_rows = {s["id"]: {"in_sources_file": 1, **s} for s in (sources or [])}

    def need_province(name: str | None) -> str | None:
        if name and name not in provinces:
            provinces[name] = {"name": name, "kind": None, "region": None, "latitude": None, "longitude": None,
                               "new_province": None, "aliases": "[]", "folded": words(name), "in_gazetteer": 0}
        return name

    def need_unit(code: str | None) -> str | None:
        if code and code not in units:
            name = code[len("other:"):] if code.startswith("other:") else code
            units[code] = {"code": code, "name": name, "abbreviations": "[]", "listed": 0}
        return code

    # 1. Which event each bloc article reports: bloc + type + date, else bloc + type + period.
    bloc_of: dict[str, str] = {}
    bloc_info: dict[str, dict] = {}
    raw_key: dict[str, tuple] = {}
    province_of: dict[str, str | None] = {}
    for a in articles:
        province = province_of[a.id] = need_province(linker.province(a.meta.get("province")))
        if not a.meta["is_bloc_event"]:
            continue
        bid = bloc_of[a.id] = linker.bloc_id(a.get("bloc_name"), province)
        info = bloc_info.get(bid)
        if info is None:
            info = bloc_info[bid] = {"province": province, "names": []}
        if a.meta.get("bloc_name"):
            info["names"].append(a.meta["bloc_name"].strip())
        raw_key[a.id] = (bid, a.get("event_type"), a.get("event_date"), a.get("period"))
    dated_by_period: dict[tuple, set] = defaultdict(set)
    for bid, etype, date, period in raw_key.values():
        if date and period:
            dated_by_period[(bid, etype, period)].add(date)
    event_of: dict[str, str] = {}
    for aid, (bid, etype, date, period) in raw_key.items():
        if not date and period and len(dated_by_period.get((bid, etype, period), ())) == 1:
            date = next(iter(dated_by_period[(bid, etype, period)]))  # a dateless report of a dated meeting
        event_of[aid] = event_key(bid, etype, date, period, aid)

    # 2. Each article's links, checked against its parse-time guess; per-event accumulation.
    out: dict[str, list[dict]] = defaultdict(list)
    relinked: dict[str, tuple] = {}
    ev_articles: dict[str, list[Parsed]] = defaultdict(list)
    for a in articles:
        d = a.meta
        if d.get("source_id") and d["source_id"] not in source_rows:
            source_rows[d["source_id"]] = {"id": d["source_id"], "name": d["source_id"], "home": None,
                                           "province": None, "kind": None, "host": d.get("outlet"),
                                           "in_sources_file": 0}
        canonical = d.get("canonical_id")
        link = (province_of[a.id], bloc_of.get(a.id), event_of.get(a.id), canonical if canonical in ids else None)
        if link != a.link:
            relinked[a.id] = (*link, link_hash(a.file_hash, link[1], link[2], link[3], link[0]))
        eid = event_of.get(a.id)
        if eid is not None:
            ev_articles[eid].append(a)

    # 3. Events and everything hanging off them.
    memberships: dict[tuple, dict] = {}
    people_mentions: dict[str, list[dict]] = defaultdict(list)
    appearances: dict[tuple, dict] = {}
    themes: dict[str, dict] = {}
    bloc_events: dict[str, list[dict]] = defaultdict(list)
    bloc_display = {bid: _most_common(info["names"]) or "Khối thi đua Nội chính" for bid, info in bloc_info.items()}
    for eid in sorted(ev_articles):
        arts = ev_articles[eid]  # sorted by id
        first = arts[0]
        bid = bloc_of[first.id]
        info = bloc_info[bid]
        province = info["province"]
        etype = first.meta.get("event_type")
        date = next((a.meta.get("event_date") for a in arts if a.meta.get("event_date")), None)
        period = next((a.meta.get("period") for a in arts if a.meta.get("period")), None)
        published = sorted(a.meta.get("published") for a in arts if a.meta.get("published"))
        year = year_of(date, period, published[0] if published else None)
        counts = [a.meta.get("member_count_stated") for a in arts if a.meta.get("member_count_stated") is not None]
        prow = provinces.get(province) or {}
        bloc_name = bloc_display[bid]
        label_type = gaz.event_type_labels.get(etype or "", etype or "Sự kiện")
        event = {
            "id": eid,
            "label": f"{label_type} {period or year or ''} · {bloc_name}{' ' + province if province and not _names_province(bloc_name, province) else ''}".replace("  ", " "),
            "bloc_id": bid, "province": province,
            "province_new": next((a.meta.get("province_new") for a in arts if a.meta.get("province_new")), None)
            or prow.get("new_province"),
            "region": prow.get("region"), "event_type": etype, "event_date": date, "period": period, "year": year,
            "period_year": year_of(period) or year,
            "member_count_stated": max(counts) if counts else None, "article_count": len(arts),
            "first_published": published[0] if published else None,
            "latitude": prow.get("latitude"), "longitude": prow.get("longitude"),
        }
        out["events"].append(event)
        bloc_events[bid].append(event)
        for a in arts:
            out["event_sources"].append({"event_id": eid, "article_id": a.id, "published": a.meta.get("published")})
        # memberships: the year the meeting reviews or launches
        m_year = year_of(period, date, published[0] if published else None)
        for a in arts:
            roles = [(c, "member") for c in (a.meta.get("members") or ())]
            roles += [(a.meta.get("leader_unit"), "leader"), (a.meta.get("deputy_unit"), "deputy")]
            for code, role in roles:
                if not code:
                    continue
                key = (bid, code, m_year)
                m = memberships.get(key)
                if m is None:
                    need_unit(code)
                    m = memberships[key] = {"bloc_id": bid, "unit_code": code, "year": m_year, "role": role,
                                            "province": province, "_articles": set()}
                elif ROLE_RANK[role] > ROLE_RANK[m["role"]]:
                    m["role"] = role
                m["_articles"].add(a.id)
        # people and appearances
        for a in arts:
            for o in (a.meta.get("officials") or ()):
                name = person_name(o.get("name") if isinstance(o.get("name"), str) else None, rules)
                if not name:
                    continue
                pid = person_key(name, province, rules)
                org = need_unit(_unit_code(o.get("org")))
                mention = {"person_id": pid, "event_id": eid, "article_id": a.id, "name": name,
                           "title": o.get("title"), "org": org, "rank": o.get("rank"), "role": o.get("role"),
                           "event_date": date, "province": province}
                people_mentions[pid].append({**mention, "_year": year})
                prev = appearances.get((pid, eid))
                if prev is None:
                    appearances[(pid, eid)] = mention
                else:
                    for k in ("title", "org", "rank"):
                        prev[k] = prev[k] or mention[k]
                    if APPEARANCE_ROLE_RANK.get(mention["role"], 0) > APPEARANCE_ROLE_RANK.get(prev["role"], 0):
                        prev["role"] = mention["role"]
        # themes
        seen_here: set[str] = set()
        for a in arts:
            for t in (a.meta.get("themes") or ()):
                tid = theme_key(t)
                if not tid:
                    continue
                th = themes.get(tid)
                if th is None:
                    th = themes[tid] = {"id": tid, "_variants": [], "_events": set(), "_years": set()}
                th["_variants"].append(t.strip())
                th["_events"].add(eid)
                if year:
                    th["_years"].add(year)
                if tid not in seen_here:
                    seen_here.add(tid)
                    out["event_themes"].append({"event_id": eid, "theme_id": tid, "name": t.strip()})
        # awards
        seen_awards: set[str] = set()
        for a in arts:
            for aw in (a.meta.get("awards") or ()):
                award = aw.get("award") if isinstance(aw.get("award"), str) else None
                recipient = aw.get("recipient") if isinstance(aw.get("recipient"), str) else None
                if not award:
                    continue
                aid = f"{eid}--{_short_hash(_words(award), recipient or '')}"
                if aid in seen_awards:
                    continue
                seen_awards.add(aid)
                out["awards"].append({"id": aid, "event_id": eid, "article_id": a.id, "award": award,
                                      "recipient": recipient, "recipient_unit": need_unit(_unit_code(recipient)),
                                      "year": year, "province": province})

    for m in memberships.values():
        m["article_count"] = len(m.pop("_articles"))
        out["memberships"].append(m)
    out["appearances"] = list(appearances.values())
    for pid, mentions in people_mentions.items():
        ordered = sorted(mentions, key=lambda m: (m["event_date"] or str(m["_year"] or ""), m["article_id"]))
        latest = ordered[-1]
        dates = [m["event_date"] for m in ordered if m["event_date"]]
        out["people"].append({
            "id": pid, "name": _most_common([m["name"] for m in ordered]), "province": latest["province"],
            "folded": fold(latest["name"]),
            "title": next((m["title"] for m in reversed(ordered) if m["title"]), None),
            "rank": next((m["rank"] for m in reversed(ordered) if m["rank"]), None),
            "org": next((m["org"] for m in reversed(ordered) if m["org"]), None),
            "titles": json.dumps(sorted({m["title"] for m in ordered if m["title"]}), ensure_ascii=False),
            "appearance_count": len({m["event_id"] for m in ordered}),
            "first_date": min(dates) if dates else None, "last_date": max(dates) if dates else None,
        })
    for th in themes.values():
        variants = sorted(set(th["_variants"]))
        out["themes"].append({"id": th["id"], "name": _most_common(th["_variants"]),
                              "variants": json.dumps(variants, ensure_ascii=False),
                              "folded": " ".join(words(v) for v in variants), "event_count": len(th["_events"]),
                              "first_year": min(th["_years"]) if th["_years"] else None,
                              "last_year": max(th["_years"]) if th["_years"] else None})
    for bid, info in bloc_info.items():
        evs = bloc_events.get(bid, [])
        years = [e["year"] for e in evs if e["year"]]
        key = bid.split("--", 1)[1]
        names = sorted(set(info["names"]))
        name = bloc_display[bid]
        out["blocs"].append({
            "id": bid, "province": info["province"], "key": key,
            "number": int(key[3:]) if re.fullmatch(r"so-\d+", key) else None,
            "name": name, "names": json.dumps(names, ensure_ascii=False),
            "folded": " ".join(sorted({words(n) for n in names})) or words(name),
            "event_count": len(evs), "article_count": sum(e["article_count"] for e in evs),
            "first_year": min(years) if years else None, "last_year": max(years) if years else None,
        })
    out["provinces"] = list(provinces.values())
    out["units"] = list(units.values())
    out["sources"] = list(source_rows.values())
    return Linked(dict(out), relinked)


# top-level keys whose values are facts (besides what `evidence` lists)
_FACT_KEYS = ("event_type", "event_date", "period", "province", "bloc_name", "member_count_stated",
              "leader_unit", "deputy_unit", "members", "officials", "themes", "awards")


def _facts(article_id: str, data: dict[str, Any], text: str, event_id: str | None) -> list[tuple]:
    """Every fact of an article (FACT_COLUMNS): its evidence entries, then the facts no evidence entry covers."""
    rows, covered = [], set()
    n = len(text)
    for ev in data.get("evidence") or ():
        fld = ev.get("field")
        if not isinstance(fld, str):
            fld = None
        raw = ev.get("value")
        value = _fact_value(raw)
        start, end = ev.get("start"), ev.get("end")
        sentence = ev.get("sentence")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= n:
            rows.append((article_id, len(rows), event_id, fld, value, sentence if isinstance(sentence, str) else None,
                         start, end, text[start:end], 1))
        else:
            rows.append((article_id, len(rows), event_id, fld, value, sentence if isinstance(sentence, str) else None,
                         None, None, None, 1))
        covered.add((_FIELD_HEAD.split(fld or "", 1)[0],
                     _fact_value(raw.get("award")) if isinstance(raw, dict) else value))
    for key in _FACT_KEYS:
        value = data.get(key)
        if value is None or value == "":
            continue
        for item in (value if isinstance(value, list) else (value,)):
            if item is None or item == "":
                continue
            if key == "officials":
                item = item.get("name")
            elif key == "awards":
                item = item.get("award")
            fv = item if isinstance(item, str) else _fact_value(item)
            if fv is None or (key, fv) in covered:
                continue
            covered.add((key, fv))
            rows.append((article_id, len(rows), event_id, key, fv, None, None, None, None, 0))
    return rows


_FIELD_HEAD = re.compile(r"[.\[]")
