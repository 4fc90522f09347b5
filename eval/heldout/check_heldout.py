import json,glob,re,datetime
K=["id","url","outlet","published","is_bloc_event","event_type","event_date","period","province","bloc_name","member_count_stated","members","leader_unit","deputy_unit","officials","themes","awards"]
codes={"cong_an","vien_kiem_sat","toa_an","thi_hanh_an","quan_su","bien_phong","tu_phap","thanh_tra","noi_vu","ngoai_vu","hoi_dong_tdkt","ubnd","hdnd","tinh_uy"}
def okcode(c): return c is None or c in codes or c.startswith("other:")
for jf in sorted(glob.glob("h*.json")):
    d=json.load(open(jf)); t=open(jf[:-5]+".txt").read(); i=jf[:-5]
    errs=[]
    if list(d)!=K: errs.append("keys")
    if d["id"]!=i: errs.append("id")
    def V(s,what):
        if s not in t: errs.append(f"{what} not verbatim: {s}")
    if d["bloc_name"]: V(d["bloc_name"],"bloc")
    for m in d["members"]+[d["leader_unit"],d["deputy_unit"]]:
        if not okcode(m): errs.append(f"bad code {m}")
        if m and m.startswith("other:"): V(m[6:],"member")
    for u in (d["leader_unit"],d["deputy_unit"]):
        if u and u not in d["members"]: errs.append(f"lead/dep not in members {u}")
    if len(set(d["members"]))!=len(d["members"]): errs.append("dup members")
    for o in d["officials"]:
        assert set(o)=={"name","title","org","rank"}
        V(o["name"],"name"); V(o["title"],"title")
        if o["rank"]: V(o["rank"]+" "+o["name"],"rank+name")
        if not okcode(o["org"]): errs.append("org code")
    for th in d["themes"]: V(th,"theme")
    for a in d["awards"]:
        V(a["award"],"award")
        r=a["recipient"]
        if r not in codes and not r.startswith("other:"): V(r,"recipient")
        elif r.startswith("other:"): V(r[6:],"recipient")
    for k in ("published",):
        if d[k]: datetime.date.fromisoformat(d[k])
    if d["event_date"] and len(d["event_date"])==10: datetime.date.fromisoformat(d["event_date"])
    if d["period"] and not re.fullmatch(r"(H1-)?20\d\d",d["period"]): errs.append("period")
    if d["event_type"] not in (None,"so_ket","tong_ket","ky_giao_uoc","hoi_thao","hoi_thi","other"): errs.append("etype")
    if d["url"] and d["outlet"] and d["outlet"] not in d["url"]: errs.append("outlet/url")
    print(i, "OK" if not errs else errs)
