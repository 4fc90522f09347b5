import json, re, sys, glob, os
D = os.path.dirname(os.path.abspath(__file__))
KEYS = ["id","url","outlet","published","is_bloc_event","event_type","event_date","period","province",
        "bloc_name","member_count_stated","members","leader_unit","deputy_unit","officials","themes","awards"]
CODES = {"cong_an","vien_kiem_sat","toa_an","thi_hanh_an","quan_su","bien_phong","tu_phap","thanh_tra","noi_vu",
         "ngoai_vu","hoi_dong_tdkt","ubnd","hdnd","tinh_uy"}
TYPES = {"so_ket","tong_ket","ky_giao_uoc","hoi_thao","hoi_thi","other"}
errs = 0
def err(f, m):
    global errs; errs += 1; print(f"{f}: {m}")
def code_ok(c):
    return c in CODES or (isinstance(c, str) and c.startswith("other:") and len(c) > 6)
stats = {"pos":0,"neg":0}
for jf in sorted(glob.glob(os.path.join(D, "t*.json"))):
    stem = os.path.basename(jf)[:-5]
    txt = open(os.path.join(D, stem + ".txt"), encoding="utf-8").read()
    d = json.load(open(jf, encoding="utf-8"))
    f = stem
    if list(d) != KEYS: err(f, f"keys {list(d)}")
    if d["id"] != stem: err(f, "id")
    def verb(s, what):
        if s is not None and s not in txt: err(f, f"{what} not verbatim: {s!r}")
    if d["published"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["published"]): err(f, "published fmt")
    if not isinstance(d["is_bloc_event"], bool): err(f, "is_bloc_event")
    stats["pos" if d["is_bloc_event"] else "neg"] += 1
    if d["event_type"] is not None and d["event_type"] not in TYPES: err(f, "event_type")
    if d["event_date"] is not None and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", d["event_date"]): err(f, "event_date fmt")
    if d["period"] is not None and not re.fullmatch(r"(H1-)?\d{4}", d["period"]): err(f, "period fmt")
    if d["province"] is not None and d["province"] not in txt and d["province"] not in (d["url"] or ""):
        err(f, "province not in text/url")
    verb(d["bloc_name"], "bloc_name")
    if d["bloc_name"] and re.search(r"năm \d{4}$", d["bloc_name"]): err(f, "bloc_name has year")
    if d["member_count_stated"] is not None and not isinstance(d["member_count_stated"], int): err(f, "count type")
    if len(set(d["members"])) != len(d["members"]): err(f, "dup members")
    for c in d["members"] + [d["leader_unit"], d["deputy_unit"]]:
        if c is None: continue
        if not code_ok(c): err(f, f"bad code {c}")
        if c.startswith("other:"): verb(c[6:], "other unit")
    for o in d["officials"]:
        if list(o) != ["name","title","org","rank"]: err(f, f"official keys {list(o)}")
        verb(o["name"], "official name"); verb(o["title"], "title"); verb(o["rank"], "rank")
        if o["org"] is not None and not code_ok(o["org"]): err(f, f"bad org {o['org']}")
        if o["org"] and o["org"].startswith("other:"): verb(o["org"][6:], "org other")
        if o["rank"] and (o["rank"] + " " + o["name"]) not in txt: err(f, f"rank+name not adjacent {o['name']}")
    for t in d["themes"]:
        verb(t, "theme")
        if "“"+t+"”" not in txt and '"'+t+'"' not in txt and "chủ đề" not in txt: err(f, f"theme not quoted {t}")
    for a in d["awards"]:
        if list(a) != ["award","recipient"]: err(f, "award keys")
        verb(a["award"], "award")
        r = a["recipient"]
        if r.startswith("other:"): verb(r[6:], "recipient")
        elif r not in CODES: verb(r, "recipient")
    if d["is_bloc_event"] and d["event_type"] is None: err(f, "positive without type")
    if d["event_type"] in ("so_ket","tong_ket","ky_giao_uoc") and d["period"] is None: err(f, "period missing")
    if d["event_type"] == "so_ket" and d["period"] and not d["period"].startswith("H1-"): err(f, "so_ket period")
    n = len(txt)
    print(f"{f}: ok-ish len={n} pos={d['is_bloc_event']} type={d['event_type']} prov={d['province']}")
print(stats, "errors:", errs)
sys.exit(1 if errs else 0)
