"""Build pipeline/demo/sites and pipeline/demo/gold from build/articles/*.txt: `python pipeline/demo/build/build.py`."""
from __future__ import annotations

import html
import json
import re
import shutil
import sys
import unicodedata
from datetime import datetime
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from cp1258 import to_cp1258  # noqa: E402
import templates as T  # noqa: E402

HERE = Path(__file__).parent
REPO = Path(__file__).resolve().parents[3]
SITES = REPO / "pipeline/demo/sites"
GOLD = REPO / "pipeline/demo/gold"

KEYS = ["id", "url", "outlet", "published", "is_bloc_event", "event_type", "event_date", "period",
        "province", "bloc_name", "member_count_stated", "members", "leader_unit", "deputy_unit",
        "officials", "themes", "awards"]
CODES = {"cong_an", "vien_kiem_sat", "toa_an", "thi_hanh_an", "quan_su", "bien_phong", "tu_phap",
         "thanh_tra", "noi_vu", "ngoai_vu", "hoi_dong_tdkt", "ubnd", "hdnd", "tinh_uy"}
EVENTS = {"so_ket", "tong_ket", "ky_giao_uoc", "hoi_thao", "hoi_thi", "other"}
KEYWORDS = ["thi-dua", "noi-chinh", "giao-uoc", "so-ket", "tong-ket", "hoi-thao"]


GOLD_README = """# Gold facts of the demo sample sites

One pair per article page of `pipeline/demo/sites/` (bloc events, other blocs and unrelated news):
`<host>__<page stem>.json` (every key of `../shared/evaluation/SCHEMA.md`, in its order) and
`<host>__<page stem>.txt` (the article as a reader sees it). Score the extractor with
`python -m pipeline eval pipeline/demo/gold`.

Conventions on top of SCHEMA.md (the articles are invented; names of people are fictitious):
- `.txt`: title, blank line, lead paragraph, then body paragraphs and sub-headings, one per block,
  separated by blank lines. Not included: image captions, image file names, bylines, dates, share/
  rating/comment boxes, "Đọc thêm" boxes, related links, navigation, footers.
- `url`/`outlet`/`published`: the demo URL, the demo host, and the date printed on the page.
- Unrelated news: `is_bloc_event` false, every fact null/empty except officials and themes the text
  really holds (quoted movements); `province` is null for them (no bloc event to place), except an
  agency's news (court, procuracy, police), which is placed in its province as every independent annotator
  of the eval sets did.
- Other blocs (Party, tham mưu-tổng hợp, enterprise Cụm): `is_bloc_event` false, facts filled as for a bloc event.
- `hoi_thao`/`hoi_thi`: `period` is the year the event is named for ("Hội thao năm 2022" -> "2022"),
  as in the dev set; the number of units taking part counts as `member_count_stated`.
- One article is syndicated: the same text on congthongtin.localhost and baophapluat.localhost.
- vkstaybac.localhost pages are windows-1258 (declared in `<meta>`); one of them is sent with a lying
  `charset=iso-8859-1` HTTP header (see its `_headers.yml`). The `.txt` files are UTF-8 NFC.
"""


def slugify(text: str) -> str:
    t = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    t = "".join(c for c in t if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def valid_code(c) -> bool:
    return c is None or c in CODES or (isinstance(c, str) and c.startswith("other:") and len(c) > 6)


def parse_article(block: str, fname: str) -> dict:
    """One article: YAML header, '---', text (title, '> ' sapo, paragraphs, [img F | caption], '## ' heads), '---', gold YAML."""
    parts = re.split(r"^---\s*$", block.strip("\n"), flags=re.M)
    if len(parts) not in (2, 3):
        raise SystemExit(f"{fname}: article block needs header --- text [--- gold]: {block[:80]!r}")
    a = yaml.safe_load(parts[0]) or {}
    lines = [ln.strip() for ln in parts[1].strip().splitlines() if ln.strip()]
    if lines:
        a["title"] = lines[0]
        body = []
        for ln in lines[1:]:
            if ln.startswith("> "):
                a["sapo"] = ln[2:]
            elif ln.startswith("[img "):
                m = re.fullmatch(r"\[img (\S+) \| (.+)\]", ln)
                body.append({"img": m.group(1), "caption": m.group(2)})
            elif ln.startswith("## "):
                body.append({"h": ln[3:]})
            else:
                body.append(ln)
        a["body"] = body
    if len(parts) == 3 and parts[2].strip():
        a["gold"] = yaml.safe_load(parts[2])
    return a


def load_articles() -> list[dict]:
    arts: list[dict] = []
    for f in sorted((HERE / "articles").glob("*.txt")):
        for block in re.split(r"^=====+\s*$", f.read_text(encoding="utf-8"), flags=re.M):
            if block.strip():
                a = parse_article(block, f.name)
                a["_file"] = f.name
                arts.append(a)
    by_key = {a["key"]: a for a in arts if "key" in a}
    for a in arts:
        if "copy_of" in a:
            src = by_key[a["copy_of"]]
            for k in ("title", "sapo", "body", "gold"):
                a.setdefault(k, src.get(k))
    for a in arts:
        site = T.SITES[a["site"]]
        a["date"] = datetime.strptime(str(a["date"]), "%Y-%m-%d %H:%M")
        a["slug"] = a.get("slug") or slugify(a["title"])
        a["path"] = site.article_path(a)
        a["url"] = f"http://{a['site']}{a['path']}"
        a["stem"] = a["path"].rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
        a["paras"] = [p for p in a["body"]]
    return arts


def reader_text(a: dict) -> str:
    parts = [a["title"]]
    if a.get("sapo"):
        parts.append(a["sapo"])
    for item in a["body"]:
        if isinstance(item, str):
            parts.append(item)
        elif "h" in item:
            parts.append(item["h"])
    return "\n\n".join(parts) + "\n"


def gold_record(a: dict) -> dict:
    g = dict(a.get("gold") or {})
    rec = {k: None for k in KEYS}
    rec.update({"members": [], "officials": [], "themes": [], "awards": [], "is_bloc_event": False})
    rec.update(g)
    rec["id"] = f"{a['site']}__{a['stem']}"
    rec["url"] = a["url"]
    rec["outlet"] = a["site"]
    rec["published"] = a["date"].strftime("%Y-%m-%d")
    if isinstance(rec["event_date"], (datetime,)) or hasattr(rec["event_date"], "isoformat"):
        rec["event_date"] = rec["event_date"].isoformat()
    rec["officials"] = [{"name": o["name"], "title": o["title"], "org": o.get("org"), "rank": o.get("rank")}
                        for o in rec["officials"]]
    rec["awards"] = [{"award": w["award"], "recipient": w["recipient"]} for w in rec["awards"]]
    return {k: rec[k] for k in KEYS}


def check(a: dict, rec: dict, text: str) -> list[str]:
    errs = []
    extra = set((a.get("gold") or {})) - set(KEYS)
    if extra:
        errs.append(f"unknown gold keys {extra}")
    if rec["event_type"] not in EVENTS | {None}:
        errs.append(f"bad event_type {rec['event_type']}")
    for c in rec["members"] + [rec["leader_unit"], rec["deputy_unit"]] + [o["org"] for o in rec["officials"]]:
        if not valid_code(c):
            errs.append(f"bad code {c!r}")
    for m in rec["members"]:
        if m.startswith("other:") and m[6:] not in text:
            errs.append(f"member name not in text: {m}")
    for o in rec["officials"]:
        if o["name"] not in text:
            errs.append(f"official name not in text: {o['name']}")
        if o["title"] not in text:
            errs.append(f"official title not in text: {o['title']}")
        if o["rank"] and o["rank"] + " " + o["name"] not in text:
            errs.append(f"rank+name not in text: {o['rank']} {o['name']}")
    for t in rec["themes"]:
        if t not in text:
            errs.append(f"theme not in text: {t}")
    for w in rec["awards"]:
        if w["award"] not in text:
            errs.append(f"award not in text: {w['award']}")
    if rec["bloc_name"] and rec["bloc_name"] not in text:
        errs.append(f"bloc_name not in text: {rec['bloc_name']}")
    if rec["period"] and not re.fullmatch(r"(H1-)?\d{4}", rec["period"]):
        errs.append(f"bad period {rec['period']}")
    if rec["event_date"] and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", rec["event_date"]):
        errs.append(f"bad event_date {rec['event_date']}")
    if rec["is_bloc_event"]:
        if not any(k in a["slug"] for k in KEYWORDS):
            errs.append("bloc article slug lacks a relevance keyword")
    for o in rec["officials"]:
        for hon in ("Đồng chí", "đồng chí", "Ông ", "Bà ", "Đại tá", "Thượng tá"):
            if o["name"].startswith(hon):
                errs.append(f"honorific in name {o['name']}")
    return errs


def main():
    arts = load_articles()
    problems = 0
    seen_ids = set()
    for a in arts:
        if a["url"] in seen_ids:
            print("DUP URL", a["url"]); problems += 1
        seen_ids.add(a["url"])
    if SITES.exists():
        shutil.rmtree(SITES)
    if GOLD.exists():
        shutil.rmtree(GOLD)
    GOLD.mkdir(parents=True)
    for host, site in T.SITES.items():
        mine = sorted([a for a in arts if a["site"] == host], key=lambda a: a["date"], reverse=True)
        if not mine:
            continue
        files = site.build(mine, arts)
        for rel, content in files.items():
            p = SITES / host / rel.lstrip("/")
            p.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, str):
                enc = site.encoding_for(rel)
                content = to_cp1258(content) if enc == "windows-1258" else content.encode("utf-8")
            p.write_bytes(content)
    for a in arts:
        text = reader_text(a)
        rec = gold_record(a)
        errs = check(a, rec, text)
        for e in errs:
            print(f"{a['_file']}:{a['stem'][:60]}: {e}")
        problems += len(errs)
        (GOLD / f"{rec['id']}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        (GOLD / f"{rec['id']}.txt").write_text(text, encoding="utf-8")
    (GOLD / "README.md").write_text(GOLD_README, encoding="utf-8")
    n_bloc = sum(1 for a in arts if (a.get("gold") or {}).get("is_bloc_event"))
    print(f"{len(arts)} articles ({n_bloc} bloc events), {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
