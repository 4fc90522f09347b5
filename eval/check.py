#!/usr/bin/env python3
"""Validate a gold set of eval/: keys/order, types, codes, date formats, and verbatim presence of every
extracted string in the paired .txt file. One checker for every set, so a fix to it reaches them all.
Usage: python3 eval/check.py [DIR ...]   (default: every set folder under eval/)"""
import json, os, re, sys
from urllib.parse import urlparse

KEYS = ["id", "url", "outlet", "published", "is_bloc_event", "event_type", "event_date",
        "period", "province", "bloc_name", "member_count_stated", "members", "leader_unit",
        "deputy_unit", "officials", "themes", "awards"]
CODES = {"cong_an", "vien_kiem_sat", "toa_an", "thi_hanh_an", "quan_su", "bien_phong", "tu_phap",
         "thanh_tra", "noi_vu", "ngoai_vu", "hoi_dong_tdkt", "ubnd", "hdnd", "tinh_uy"}
EVENT_TYPES = {"so_ket", "tong_ket", "ky_giao_uoc", "hoi_thao", "hoi_thi", "other"}
OFF_KEYS = ["name", "title", "org", "rank"]
AW_KEYS = ["award", "recipient"]
RANKS = {"Thiếu úy", "Trung úy", "Thượng úy", "Đại úy", "Thiếu tá", "Trung tá", "Thượng tá",
         "Đại tá", "Thiếu tướng", "Trung tướng", "Thượng tướng", "Đại tướng"}
DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
PERIOD = re.compile(r"^(H1-)?(20\d\d)$")


def is_code(v):
    return isinstance(v, str) and (v in CODES or (v.startswith("other:") and len(v) > 6))


def check(d, stem):
    errs = []
    jp, tp = os.path.join(d, stem + ".json"), os.path.join(d, stem + ".txt")
    if not os.path.exists(tp):
        return [f"missing {stem}.txt"]
    text = open(tp, encoding="utf-8").read()
    try:
        j = json.load(open(jp, encoding="utf-8"))
    except Exception as e:
        return [f"bad json: {e}"]
    if list(j.keys()) != KEYS:
        errs.append(f"keys/order differ: {list(j.keys())}")
        return errs

    def verb(s, what):
        if not isinstance(s, str) or not s:
            errs.append(f"{what}: not a non-empty string: {s!r}")
        elif s not in text:
            errs.append(f"{what} not verbatim in text: {s!r}")

    def unit(v, what, nullable=True):
        if v is None:
            if not nullable:
                errs.append(f"{what} is null")
            return
        if not is_code(v):
            errs.append(f"{what}: bad unit code {v!r}")
        elif v.startswith("other:"):
            verb(v[6:], what + " (other: name)")

    if j["id"] != stem:
        errs.append(f"id {j['id']!r} != stem {stem!r}")
    if j["url"] is not None:
        host = urlparse(j["url"]).netloc
        if host.startswith("www."):
            host = host[4:]
        if j["outlet"] != host:
            errs.append(f"outlet {j['outlet']!r} != url host {host!r}")
    if j["published"] is not None and not DATE.match(j["published"]):
        errs.append(f"published bad format {j['published']!r}")
    if not isinstance(j["is_bloc_event"], bool):
        errs.append("is_bloc_event not bool")
    if j["event_type"] is not None and j["event_type"] not in EVENT_TYPES:
        errs.append(f"event_type {j['event_type']!r}")
    ed = j["event_date"]
    if ed is not None and not (DATE.match(ed) or MONTH.match(ed)):
        errs.append(f"event_date bad format {ed!r}")
    per = j["period"]
    if per is not None:
        m = PERIOD.match(per)
        if not m:
            errs.append(f"period bad format {per!r}")
        elif ed and j["event_type"] in ("so_ket", "tong_ket", "ky_giao_uoc"):
            y, ey = int(m.group(2)), int(ed[:4])
            if not (ey == y or ey == y + 1):
                errs.append(f"event year {ey} far from period {per}")
    if j["province"] is not None:
        p = j["province"]
        if not isinstance(p, str) or p.lower().startswith(("tỉnh", "thành phố")):
            errs.append(f"province {p!r} should be bare name")
    if j["bloc_name"] is not None:
        verb(j["bloc_name"], "bloc_name")
        if re.search(r"năm \d{4}$", j["bloc_name"]):
            errs.append("bloc_name keeps the year")
    mc = j["member_count_stated"]
    if mc is not None and (not isinstance(mc, int) or isinstance(mc, bool) or mc <= 0):
        errs.append(f"member_count_stated {mc!r}")
    if not isinstance(j["members"], list):
        errs.append("members not list")
    else:
        if len(set(j["members"])) != len(j["members"]):
            errs.append("duplicate members")
        for m_ in j["members"]:
            unit(m_, "member", nullable=False)
        for k in ("leader_unit", "deputy_unit"):
            if j[k] is not None and j["members"] and j[k] not in j["members"]:
                errs.append(f"{k} {j[k]!r} not among members")
    unit(j["leader_unit"], "leader_unit")
    unit(j["deputy_unit"], "deputy_unit")
    if not isinstance(j["officials"], list):
        errs.append("officials not list")
    else:
        for o in j["officials"]:
            if list(o.keys()) != OFF_KEYS:
                errs.append(f"official keys {list(o.keys())}")
                continue
            verb(o["name"], "official name")
            verb(o["title"], f"title of {o['name']}")
            unit(o["org"], f"org of {o['name']}")
            if o["rank"] is not None:
                if o["rank"] not in RANKS:
                    errs.append(f"rank {o['rank']!r}")
                elif (o["rank"] + " " + o["name"]) not in text:
                    errs.append(f"'{o['rank']} {o['name']}' not in text")
            if re.match(r"^(Đồng chí|đồng chí|Ông|ông|Bà|bà)\s", o["name"] or ""):
                errs.append(f"honorific left in name {o['name']!r}")
    if not isinstance(j["themes"], list):
        errs.append("themes not list")
    else:
        for t in j["themes"]:
            verb(t, "theme")
            if t and t[0] in "“\"" or t and t[-1] in "”\"":
                errs.append(f"theme keeps quotes {t!r}")
    if not isinstance(j["awards"], list):
        errs.append("awards not list")
    else:
        for a in j["awards"]:
            if list(a.keys()) != AW_KEYS:
                errs.append(f"award keys {list(a.keys())}")
                continue
            verb(a["award"], "award")
            r = a["recipient"]
            if is_code(r):
                unit(r, "award recipient")
            else:
                verb(r, "award recipient (name)")
    return errs


def check_set(d):
    """Print one line per item of the set in folder d; the number of items with errors."""
    stems = sorted({f[:-5] for f in os.listdir(d) if f.endswith(".json")} |
                   {f[:-4] for f in os.listdir(d) if f.endswith(".txt")})
    bad = 0
    for s in stems:
        if not os.path.exists(os.path.join(d, s + ".json")):
            print(f"{s}: missing .json"); bad += 1; continue
        e = check(d, s)
        n = len(open(os.path.join(d, s + ".txt"), encoding="utf-8").read()) if os.path.exists(os.path.join(d, s + ".txt")) else 0
        size = "short" if n < 2000 else "medium" if n < 4000 else "long"
        j = json.load(open(os.path.join(d, s + ".json"), encoding="utf-8"))
        print(f"{s}: {n:5d} chars ({size}) bloc={j['is_bloc_event']!s:5} {j['event_type']!s:11} "
              f"{j['province']!s:12} {'OK' if not e else 'FAIL'}")
        for x in e:
            print("    -", x)
        bad += bool(e)
    print(f"{d}: {len(stems)} items, {bad} with errors")
    return bad


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    dirs = sys.argv[1:] or sorted(os.path.join(here, n) for n in os.listdir(here) if os.path.isdir(os.path.join(here, n)))
    bad = sum(check_set(d) for d in dirs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
