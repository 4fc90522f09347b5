"""Gazetteers (provinces, units, titles, awards, outlets) loaded from `pipeline/data/*.yml`.

Knowledge lives in data files so a new province alias or position is a one-line change, not code;
this module only compiles them into the regular expressions the rules use.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .text import prepare, strip_diacritics

DATA = Path(__file__).resolve().parent.parent / "data"
B = r"(?<![\w])"  # left word boundary
E = r"(?![\w])"  # right word boundary


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built in: every worker parses these at start


def _load(name: str) -> dict:
    return yaml.load((DATA / name).read_text(encoding="utf-8"), Loader=_LOADER)


def _n(s: str) -> str:
    """A gazetteer entry as rules will see it in text (tone-normalised)."""
    return prepare(s).norm


def phrase_regex(phrase: str) -> str:
    """A literal phrase -> regex tolerant of spacing and dash variants."""
    out = []
    for tok in re.split(r"(\s+|\s*[-–—]\s*)", _n(phrase).strip()):
        if not tok:
            continue
        if tok.isspace():
            out.append(r"\s+")
        elif tok.strip() in "-–—":
            out.append(r"\s*[-–—]\s*")
        else:
            out.append(re.escape(tok))
    return "".join(out)


@lru_cache(maxsize=65536)
def key(s: str) -> str:
    """Comparison key: case-folded, single-spaced, dashes unified (memoised: rules ask for the same few
    hundred unit and title surfaces on every article)."""
    s = re.sub(r"\s*[-–—]\s*", "-", _n(s).strip().lower())
    return re.sub(r"\s+", " ", s)


def alternation(phrases) -> str:
    uniq = sorted({_n(p) for p in phrases if p}, key=len, reverse=True)
    return "|".join(phrase_regex(p) for p in uniq)


@dataclass
class Gazetteer:
    provinces: list[dict]
    province_by_key: dict[str, str]
    province_re: re.Pattern
    new_province: dict[str, str]
    unit_code: dict[str, str]
    unit_re: re.Pattern
    unit_names: dict[str, str]
    title_heads_code: dict[str, str]
    other_head_re: re.Pattern
    title_head_re: re.Pattern
    party_re: re.Pattern
    stop_re: re.Pattern
    rank_re: re.Pattern
    ranks: dict[str, str]
    honorific_re: re.Pattern
    surnames: set[str]
    middle_names: set[str]
    not_officials: set[str]
    award_head_re: re.Pattern
    not_theme_re: re.Pattern
    hosts: dict[str, str | None]
    agency_re: re.Pattern | None = None
    departments: list[tuple[re.Pattern, str]] = field(default_factory=list)
    host_slugs: list[tuple[str, str]] = field(default_factory=list)

    def province_of(self, surface: str) -> str | None:
        return self.province_by_key.get(key(surface))

    def code_of(self, surface: str) -> str | None:
        k = key(surface)
        k = re.sub(r"\s+(tỉnh|thành phố|tp)$", "", k)
        return self.unit_code.get(k) or self.unit_code.get(key(surface))


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    prov = _load("provinces.yml")["provinces"]
    by_key: dict[str, str] = {}
    forms = []
    for p in prov:
        for s in [p["name"], *p.get("aliases", [])]:
            by_key[key(s)] = p["name"]
            forms.append(s)
    # province names are proper nouns: match them case-sensitively
    province_re = re.compile(B + "(" + alternation(forms) + ")" + E)

    units = _load("units.yml")
    unit_code: dict[str, str] = {}
    unit_forms = []
    heads_code: dict[str, str] = {}
    names = {}
    for u in units["units"]:
        names[u["code"]] = u["name"]
        for s in [*u["patterns"], *u.get("abbreviations", []), u["name"]]:
            unit_code.setdefault(key(s), u["code"])
            unit_forms.append(s)
        for h in u.get("title_heads", []):
            heads_code[key(h)] = u["code"]
    unit_re = re.compile(B + "(" + alternation(unit_forms) + ")" + E, re.I)
    other_head_re = re.compile(B + "(" + alternation(units["other_heads"]) + ")" + E, re.I)  # callers check case
    agency_re = re.compile(B + "(?:" + alternation(units.get("agency_names") or []) + ")" + E, re.I)
    departments = [(re.compile(rx), code) for code, rxs in (units.get("departments") or {}).items() for rx in rxs]

    t = _load("titles.yml")
    title_head_re = re.compile(B + "(" + alternation(t["heads"] + t["party_memberships"]) + ")" + E, re.I)
    party_re = re.compile(r"^\s*(" + alternation(t["party_memberships"]) + ")" + E, re.I)
    stop_re = re.compile(B + "(" + alternation(t["stop_words"]) + ")" + E, re.I)
    ranks = {key(r): r for r in t["ranks"]}
    rank_re = re.compile(B + "(" + alternation(t["ranks"]) + ")" + E, re.I)
    honorific_re = re.compile(B + "(" + alternation(t["honorifics"]) + ")" + E)
    surnames = {_n(s) for s in t["surnames"]}
    middle = {_n(s) for s in t.get("middle_names", [])}
    not_off = {key(s) for s in t["not_officials"]}

    a = _load("awards.yml")
    award_head_re = re.compile(B + "(" + alternation(a["heads"]) + ")" + E, re.I)
    not_theme_re = re.compile(r"^\s*(" + alternation(a["not_themes"]) + ")" + E, re.I)

    o = _load("outlets.yml")
    hosts = {h.lower(): v for h, v in (o.get("hosts") or {}).items()}
    slugs: dict[str, str] = {}
    for p in prov:
        for s in [p["name"], *p.get("aliases", [])]:
            slug = re.sub(r"[^a-z]", "", strip_diacritics(s).lower())
            if slug:
                slugs.setdefault(slug, p["name"])
    for s, name in (o.get("slugs") or {}).items():
        slugs[s] = name
    host_slugs = sorted(slugs.items(), key=lambda kv: -len(kv[0]))
    return Gazetteer(
        provinces=prov, province_by_key=by_key, province_re=province_re,
        new_province={p["name"]: p["new_province"] for p in prov},
        unit_code=unit_code, unit_re=unit_re, unit_names=names, title_heads_code=heads_code,
        other_head_re=other_head_re, title_head_re=title_head_re, party_re=party_re, stop_re=stop_re,
        rank_re=rank_re, ranks=ranks, honorific_re=honorific_re, surnames=surnames, middle_names=middle, not_officials=not_off,
        award_head_re=award_head_re, not_theme_re=not_theme_re, hosts=hosts, host_slugs=host_slugs,
        agency_re=agency_re, departments=departments,
    )


def province_from_host(host: str | None, gz: Gazetteer | None = None) -> str | None:
    """baonghean.vn -> Nghệ An; congan.hatinh.gov.vn -> Hà Tĩnh; national outlets -> None."""
    if not host:
        return None
    gz = gz or load()
    host = host.lower().split(":")[0].removeprefix("www.")
    if host in gz.hosts:
        return gz.hosts[host]
    labels = [lab for lab in host.split(".") if lab not in ("vn", "com", "gov", "org", "net", "edu", "info")]
    for lab in labels:
        for slug, name in gz.host_slugs:
            if lab == slug:
                return name
    for lab in labels:
        clean = lab.replace("-", "")
        for slug, name in gz.host_slugs:
            if (len(slug) >= 6 and slug in clean) or (len(slug) == 5 and (clean.startswith(slug) or clean.endswith(slug))):
                return name
    return None
