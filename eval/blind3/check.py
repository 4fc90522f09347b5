#!/usr/bin/env python3
"""Sanity checks for the blind3 set: key order, codes, formats, verbatim presence."""
import json, re, sys, glob, os

KEYS = ["id", "url", "outlet", "published", "is_bloc_event", "event_type", "event_date",
        "period", "province", "bloc_name", "member_count_stated", "members", "leader_unit",
        "deputy_unit", "officials", "themes", "awards"]
CODES = {"cong_an", "vien_kiem_sat", "toa_an", "thi_hanh_an", "quan_su", "bien_phong", "tu_phap",
         "thanh_tra", "noi_vu", "ngoai_vu", "hoi_dong_tdkt", "ubnd", "hdnd", "tinh_uy"}
TYPES = {"so_ket", "tong_ket", "ky_giao_uoc", "hoi_thao", "hoi_thi", "other", None}
RANKS = {None, "Thiếu úy", "Trung úy", "Thượng úy", "Đại úy", "Thiếu tá", "Trung tá", "Thượng tá",
         "Đại tá", "Thiếu tướng", "Trung tướng", "Thượng tướng", "Đại tướng"}

def unit_ok(c, text, errs, where):
    if c is None:
        return
    if c in CODES:
        return
    if c.startswith("other:") and len(c) > 6:
        if c[6:] not in text:
            errs.append(f"{where}: other unit not verbatim: {c[6:]!r}")
        return
    errs.append(f"{where}: bad unit code {c!r}")

def check(jpath):
    errs = []
    base = os.path.splitext(jpath)[0]
    d = json.load(open(jpath, encoding="utf-8"))
    text = open(base + ".txt", encoding="utf-8").read()
    if list(d.keys()) != KEYS:
        errs.append(f"keys/order: {list(d.keys())}")
    if d.get("id") != os.path.basename(base):
        errs.append("id != file stem")
    if d["published"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["published"]):
        errs.append("published format")
    if not isinstance(d["is_bloc_event"], bool):
        errs.append("is_bloc_event not bool")
    if d["event_type"] not in TYPES:
        errs.append("event_type")
    if d["event_date"] is not None and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", d["event_date"]):
        errs.append("event_date format")
    if d["period"] is not None and not re.fullmatch(r"(H[12]-)?\d{4}", d["period"]):
        errs.append("period format")
    if d["member_count_stated"] is not None and not isinstance(d["member_count_stated"], int):
        errs.append("member_count_stated")
    if d["bloc_name"] is not None and d["bloc_name"] not in text:
        errs.append(f"bloc_name not verbatim: {d['bloc_name']!r}")
    if d["province"] is not None and d["province"] not in text and d["province"] not in (d["outlet"] or ""):
        print(f"  note {d['id']}: province {d['province']!r} not in text (from outlet)")
    if len(set(d["members"])) != len(d["members"]):
        errs.append("duplicate members")
    for m in d["members"]:
        unit_ok(m, text, errs, "members")
    unit_ok(d["leader_unit"], text, errs, "leader_unit")
    unit_ok(d["deputy_unit"], text, errs, "deputy_unit")
    for o in d["officials"]:
        if list(o.keys()) != ["name", "title", "org", "rank"]:
            errs.append(f"official keys {list(o.keys())}")
        for k in ("name", "title"):
            if o[k] not in text:
                errs.append(f"official {k} not verbatim: {o[k]!r}")
        unit_ok(o["org"], text, errs, "official org")
        if o["rank"] not in RANKS:
            errs.append(f"rank {o['rank']!r}")
        if o["rank"] and (o["rank"] + " " + o["name"]) not in text:
            errs.append(f"rank+name not adjacent in text: {o['rank']} {o['name']}")
    for t in d["themes"]:
        if t not in text:
            errs.append(f"theme not verbatim: {t!r}")
    for a in d["awards"]:
        if list(a.keys()) != ["award", "recipient"]:
            errs.append("award keys")
        if a["award"] not in text:
            errs.append(f"award not verbatim: {a['award']!r}")
        r = a["recipient"]
        if r in CODES or r.startswith("other:"):
            unit_ok(r, text, errs, "award recipient")
        elif r not in text:
            errs.append(f"award recipient not verbatim: {r!r}")
    n = len(text)
    return errs, n

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    bad = 0
    for j in sorted(glob.glob(os.path.join(here, "d*.json"))):
        errs, n = check(j)
        print(f"{os.path.basename(j)}  chars={n}  {'OK' if not errs else 'FAIL'}")
        for e in errs:
            print("   -", e)
        bad += bool(errs)
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
