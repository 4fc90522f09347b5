"""From extracted articles to database rows: pure functions, no I/O.

`build_rows` turns the whole set of articles into the rows of every derived table. Keys are
derived from content (normalised names, dates), so the same input always gives the same rows
and an article that changes moves only the rows it feeds.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
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


@dataclass(frozen=True)
class Extracted:
    """One `extracted/<id>.json`, checked for shape (docs/FORMATS.md section 2).

    `folded` and `facts` depend on this article alone, so they are computed with the parse
    (possibly in a worker process) rather than in the single-threaded `build_rows`.
    """

    id: str
    data: dict[str, Any]
    file_hash: str
    folded: str = ""
    facts: tuple[dict, ...] = ()

    def get(self, key: str, default=None):
        value = self.data.get(key)
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


def parse_extracted(raw: bytes, stem: str) -> Extracted:
    """Check an extracted file's shape; raise BadExtractedFile with a one-line reason."""
    data = _loads(raw)
    if not isinstance(data, dict):
        raise BadExtractedFile("expected a JSON object")
    article_id = data.get("id") or stem
    if not isinstance(article_id, str):
        raise BadExtractedFile("key 'id' must be a string")
    if not isinstance(data.get("is_bloc_event"), bool):
        raise BadExtractedFile("key 'is_bloc_event' is missing or not true/false")
    for key in LIST_KEYS:
        value = data.get(key)
        if value is not None and not isinstance(value, list):
            raise BadExtractedFile(f"key {key!r} must be a list")
    for key in ("officials", "awards", "evidence"):
        for i, item in enumerate(data.get(key) or []):
            if not isinstance(item, dict):
                raise BadExtractedFile(f"{key}[{i}] must be an object")
    for key in ("members", "themes"):
        for i, item in enumerate(data.get(key) or []):
            if not isinstance(item, str):
                raise BadExtractedFile(f"{key}[{i}] must be a string")
    for key in ("text", "title", "url", "province", "bloc_name", "event_type", "event_date", "period",
                "published", "leader_unit", "deputy_unit", "canonical_id", "source_id"):
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            raise BadExtractedFile(f"key {key!r} must be a string or null")
    count = data.get("member_count_stated")
    if count is not None and (isinstance(count, bool) or not isinstance(count, int)):
        raise BadExtractedFile("key 'member_count_stated' must be an integer or null")
    return Extracted(article_id, data, hashlib.sha1(raw).hexdigest(),
                     folded=fold(f"{data.get('title') or ''}\n{data.get('text') or ''}"),
                     facts=tuple(_facts(article_id, data)))


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


def _unit_code(value: str | None) -> str | None:
    """A recipient or org that is a unit code (listed or `other:`), else None."""
    if not value:
        return None
    return value if re.fullmatch(r"[a-z_]+|other:.+", value) else None


def build_rows(articles: list[Extracted], gaz: Gazetteer, sources: list[dict] | None = None) -> dict[str, list[dict]]:
    """Every row of every table fed by extracted articles (plus provinces/units/sources they mention)."""
    rules = load_rules()
    province_names = gaz.all_province_names()
    articles = sorted(articles, key=lambda a: a.id)
    ids = {a.id for a in articles}

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
    province_of: dict[str | None, str | None] = {}  # as written -> gazetteer name (memo)
    bloc_ids: dict[tuple, str] = {}  # (bloc name, province) -> bloc id (memo)
    for a in articles:
        written = a.data.get("province")
        if written not in province_of:
            province_of[written] = need_province(gaz.province(written))
        if not a.data["is_bloc_event"]:
            continue
        province = province_of[written]
        bid = bloc_ids.get((a.get("bloc_name"), province))
        if bid is None:
            names = (province,) + province_names if province else province_names
            bid = bloc_ids[(a.get("bloc_name"), province)] = \
                f"{slug(province) or 'unknown'}--{bloc_key(a.get('bloc_name'), names, rules)}"
        bloc_of[a.id] = bid
        bloc_info.setdefault(bid, {"province": province, "names": []})
        if a.get("bloc_name"):
            bloc_info[bid]["names"].append(a.get("bloc_name").strip())
        raw_key[a.id] = (bid, a.get("event_type"), a.get("event_date"), a.get("period"))
    dated_by_period: dict[tuple, set] = defaultdict(set)
    for bid, etype, date, period in raw_key.values():
        if date and period:
            dated_by_period[(bid, etype, period)].add(date)
    event_of: dict[str, str] = {}
    for aid, (bid, etype, date, period) in raw_key.items():
        if not date and period and len(dated_by_period.get((bid, etype, period), ())) == 1:
            date = next(iter(dated_by_period[(bid, etype, period)]))  # a dateless report of a dated meeting
        when = date or period or f"article-{aid}"
        event_of[aid] = f"{bid}--{etype or 'unknown'}--{slug(when)}"

    # 2. Articles, and per-event accumulation.
    out: dict[str, list[dict]] = defaultdict(list)
    ev_articles: dict[str, list[Extracted]] = defaultdict(list)
    for a in articles:
        d = a.data
        province = province_of[d.get("province")]
        if d.get("source_id") and d["source_id"] not in source_rows:
            source_rows[d["source_id"]] = {"id": d["source_id"], "name": d["source_id"], "home": None,
                                           "province": None, "kind": None, "host": d.get("outlet"),
                                           "in_sources_file": 0}
        canonical = d.get("canonical_id")
        title, text = d.get("title"), d.get("text") or ""
        row = {
            "id": a.id, "url": d.get("url"), "outlet": d.get("outlet"), "source_id": d.get("source_id"),
            "title": title, "author": d.get("author"), "sitename": d.get("sitename"),
            "description": d.get("description"), "published": d.get("published"),
            "published_time": d.get("published_time"), "year": year_of(d.get("published"), d.get("published_time")),
            "province": province, "province_new": d.get("province_new"),
            "is_bloc_event": int(d["is_bloc_event"]), "event_type": d.get("event_type"),
            "event_date": d.get("event_date"), "period": d.get("period"), "bloc_name": d.get("bloc_name"),
            "bloc_id": bloc_of.get(a.id), "event_id": event_of.get(a.id),
            "canonical_id": canonical if canonical in ids else None,
            "text": text, "folded": a.folded,
            "fetched_at": d.get("fetched_at"), "warc_file": d.get("warc_file"),
            "warc_offset": d.get("warc_offset") if isinstance(d.get("warc_offset"), int) else None,
            "simhash": _fact_value(d.get("simhash")), "extractor_version": _fact_value(d.get("extractor_version")),
            "error": _fact_value(d.get("error")),
        }
        row["content_hash"] = hashlib.sha1("\x1f".join(
            str(v) for v in (a.file_hash, row["bloc_id"], row["event_id"], row["canonical_id"], row["province"])
        ).encode()).hexdigest()
        out["articles"].append(row)
        if a.id in event_of:
            ev_articles[event_of[a.id]].append(a)
        eid = event_of.get(a.id)
        if eid is not None:
            for f in a.facts:
                f["event_id"] = eid  # the article's own rows, made by parse_extracted
        out["facts"].extend(a.facts)

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
        etype = first.get("event_type")
        date = next((a.get("event_date") for a in arts if a.get("event_date")), None)
        period = next((a.get("period") for a in arts if a.get("period")), None)
        published = sorted(a.get("published") for a in arts if a.get("published"))
        year = year_of(date, period, published[0] if published else None)
        counts = [a.get("member_count_stated") for a in arts if a.get("member_count_stated") is not None]
        prow = provinces.get(province) or {}
        bloc_name = bloc_display[bid]
        label_type = gaz.event_type_labels.get(etype or "", etype or "Sự kiện")
        event = {
            "id": eid,
            "label": f"{label_type} {period or year or ''} · {bloc_name}{' ' + province if province and fold(province) not in fold(bloc_name) else ''}".replace("  ", " "),
            "bloc_id": bid, "province": province,
            "province_new": next((a.get("province_new") for a in arts if a.get("province_new")), None)
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
            out["event_sources"].append({"event_id": eid, "article_id": a.id, "published": a.get("published")})
        # memberships: the year the meeting reviews or launches
        m_year = year_of(period, date, published[0] if published else None)
        for a in arts:
            roles = [(c, "member") for c in a.get("members", [])]
            roles += [(a.get("leader_unit"), "leader"), (a.get("deputy_unit"), "deputy")]
            for code, role in roles:
                if not code:
                    continue
                need_unit(code)
                key = (bid, code, m_year)
                m = memberships.setdefault(key, {"bloc_id": bid, "unit_code": code, "year": m_year, "role": role,
                                                 "province": province, "_articles": set()})
                if ROLE_RANK[role] > ROLE_RANK[m["role"]]:
                    m["role"] = role
                m["_articles"].add(a.id)
        # people and appearances
        for a in arts:
            for o in a.get("officials", []):
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
            for t in a.get("themes", []):
                tid = theme_key(t)
                if not tid:
                    continue
                th = themes.setdefault(tid, {"id": tid, "_variants": [], "_events": set(), "_years": set()})
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
            for aw in a.get("awards", []):
                award = aw.get("award") if isinstance(aw.get("award"), str) else None
                recipient = aw.get("recipient") if isinstance(aw.get("recipient"), str) else None
                if not award:
                    continue
                aid = f"{eid}--{_short_hash(words(award), recipient or '')}"
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
    return dict(out)


# top-level keys whose values are facts (besides what `evidence` lists)
_FACT_KEYS = ("event_type", "event_date", "period", "province", "bloc_name", "member_count_stated",
              "leader_unit", "deputy_unit", "members", "officials", "themes", "awards")


def _facts(article_id: str, data: dict[str, Any], event_id: str | None = None) -> list[dict]:
    """Every fact of an article: its evidence entries, then the facts no evidence entry covers."""
    text = data.get("text") or ""
    rows, covered = [], set()
    for ev in data.get("evidence") or ():
        fld = ev.get("field") if isinstance(ev.get("field"), str) else None
        value = _fact_value(ev.get("value"))
        start, end = ev.get("start"), ev.get("end")
        ok = isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)
        rows.append({"article_id": article_id, "seq": len(rows), "event_id": event_id, "field": fld,
                     "value": value, "sentence": ev.get("sentence") if isinstance(ev.get("sentence"), str) else None,
                     "start": start if ok else None, "end": end if ok else None,
                     "span": text[start:end] if ok else None, "from_evidence": 1})
        raw = ev.get("value")
        covered.add((re.split(r"[.\[]", fld or "")[0], _fact_value(raw.get("award")) if isinstance(raw, dict) else value))
    for key in _FACT_KEYS:
        value = data.get(key)
        items = value if isinstance(value, list) else [value]
        for item in items:
            if item is None or item == "":
                continue
            if key == "officials":
                item = item.get("name")
            elif key == "awards":
                item = item.get("award")
            fv = _fact_value(item)
            if fv is None or (key, fv) in covered:
                continue
            covered.add((key, fv))
            rows.append({"article_id": article_id, "seq": len(rows), "event_id": event_id, "field": key,
                         "value": fv, "sentence": None, "start": None, "end": None, "span": None,
                         "from_evidence": 0})
    return rows
