"""Benchmark `load` and `serve` on a synthetic archive: 100,000 articles reporting 10,000 events.

Figures: `load.articles_per_s` (whole load: read JSON, build rows, write SQLite with full-text
indexes; `load.cpu_seconds` counts the loader's worker processes too) and `serve.p95_ms` over
every canned query and the facetted events page, requested through the running server on loopback.
"""
from __future__ import annotations

import json
import random
import resource
import statistics
import time
from pathlib import Path

import httpx
import yaml

from pipeline.publish.load import DATA_DIR, load_database
from pipeline.publish.serve import METADATA, start_background

N_ARTICLES = 100_000
N_EVENTS = 10_000
ARTICLES_PER_EVENT = 4  # 40,000 bloc articles; the rest are other news
REQUESTS_PER_URL = 15

UNITS = ["cong_an", "vien_kiem_sat", "toa_an", "thi_hanh_an", "quan_su", "bien_phong", "tu_phap", "thanh_tra"]
TYPES = ["so_ket", "tong_ket", "ky_giao_uoc", "hoi_thao", "hoi_thi"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
MIDDLE = ["Văn", "Thị", "Minh", "Quốc", "Hữu", "Đức", "Thanh"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Lan", "Long", "Nam", "Phong", "Quang", "Sơn", "Tâm",
         "Thắng", "Trung", "Tuấn", "Việt"]
RANKS = [None, None, "Đại tá", "Thượng tá", "Thiếu tướng"]
FILLER = ("Các đơn vị trong khối đã bám sát nhiệm vụ chính trị, phối hợp chặt chẽ trong công tác đấu tranh phòng, "
          "chống tội phạm, giải quyết án và thi hành án, bảo đảm an ninh chính trị, trật tự an toàn xã hội trên địa "
          "bàn. Phong trào thi đua được triển khai sâu rộng, có nhiều cách làm hay, mô hình hiệu quả. ")


def _provinces() -> list[str]:
    data = yaml.safe_load((DATA_DIR / "provinces.yml").read_text(encoding="utf-8"))
    return [p["name"] for p in data["provinces"]]


def generate(out: Path, seed: int = 7) -> int:
    """Write the synthetic extracted/ set; returns the number of files."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    provinces = _provinces()
    themes = [f"Thi đua {w} lập công số {i}" for i, w in enumerate(["đoàn kết", "kỷ cương", "sáng tạo", "vì dân"] * 50)]
    people = {p: [f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}" for _ in range(40)]
              for p in provinces}
    events, seen = [], set()
    while len(events) < N_EVENTS:
        province = rng.choice(provinces)
        bloc = rng.choice(["Khối thi đua Nội chính tỉnh {p}", "Khối Nội chính {p}", "Khối thi đua số 6"])
        year = rng.randint(2012, 2025)
        etype = rng.choice(TYPES)
        date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        key = (province, bloc.startswith("Khối thi đua số"), etype, date)
        if key not in seen:
            seen.add(key)
            events.append((province, bloc.format(p=province), etype, date, year))
    n = 0
    for i in range(N_ARTICLES):
        bloc_event = i < N_EVENTS * ARTICLES_PER_EVENT
        province, bloc, etype, date, year = events[i % N_EVENTS] if bloc_event else (
            rng.choice(provinces), None, None, None, rng.randint(2012, 2025))
        url = f"https://bao{i % 97}.example.vn/tin/{i}.html"
        aid = f"{i:016x}"
        title = f"{bloc or 'Tin địa phương'} {etype or 'hoạt động'} năm {year}"
        text = f"{title}\n\n" + FILLER * rng.randint(3, 8)
        officials = [{"name": rng.choice(people[province]), "title": "Phó Giám đốc Công an tỉnh", "org": "cong_an",
                      "rank": rng.choice(RANKS), "role": rng.choice(["chaired", "spoke", "attended"])}
                     for _ in range(3)] if bloc_event else []
        members = rng.sample(UNITS, 6) if bloc_event else []
        doc = {
            "id": aid, "url": url, "outlet": f"bao{i % 97}.example.vn", "published": date or f"{year}-06-01",
            "is_bloc_event": bloc_event, "event_type": etype, "event_date": date,
            "period": (f"H1-{year}" if etype == "so_ket" else str(year)) if bloc_event else None,
            "province": province, "bloc_name": bloc, "member_count_stated": 8 if bloc_event else None,
            "members": members, "leader_unit": members[0] if members else None,
            "deputy_unit": members[1] if members else None, "officials": officials,
            "themes": rng.sample(themes, 2) if bloc_event else [],
            "awards": [{"award": "Cờ thi đua của UBND tỉnh", "recipient": members[2]}] if bloc_event else [],
            "source_id": f"bao{i % 97}", "title": title, "author": None, "sitename": None, "description": None,
            "published_time": None, "text": text, "fetched_at": "2026-11-20T00:00:00Z",
            "warc_file": "bench.warc.gz", "warc_offset": i * 1000, "simhash": f"{i:016x}", "canonical_id": aid,
            "extractor_version": "bench", "province_new": None,
            "evidence": [{"field": "event_type", "value": etype, "sentence": title, "start": 0, "end": len(title)}]
            if bloc_event else [],
        }
        (out / f"{aid}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        n += 1
    return n


def _urls(db: str) -> list[str]:
    """Every canned query (with parameters that find rows) and the facetted events page."""
    queries = yaml.safe_load(METADATA.read_text(encoding="utf-8"))["databases"]["noichinh"]["queries"]
    params = {"reviews_since": "province=long+an&since_year=2018&event_type=",
              "leaders_by_year": "province=Nghệ+An", "official_appearances": "name=nguyen+van+an",
              "movements_launched": "year=2024", "bloc_conferences": "province=Hà+Nội&bloc=noi+chinh",
              "leadership_table": ""}
    missing = set(queries) - set(params)
    assert not missing, f"benchmark has no parameters for {missing}"
    urls = [f"/{db}/{name}.json?{params[name]}" for name in queries]
    urls.append(f"/{db}/events.json?_facet=province&_facet=year&_facet=event_type")
    urls.append(f"/{db}/events")  # the HTML page researchers open, default facets and map script included
    return urls


def _cpu_seconds() -> float:
    """CPU seconds of this process and of its children that have ended (the loader's workers)."""
    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                  resource.getrusage(resource.RUSAGE_CHILDREN)))


def run(workdir: Path) -> dict:
    started = time.perf_counter()
    extracted = workdir / "extracted"
    generate(extracted)
    gen_s = time.perf_counter() - started
    db_path = workdir / "noichinh.db"
    cpu = _cpu_seconds()
    summary = load_database(db_path, extracted)
    # the loader's own and its worker processes' (SQLite runs in-process): the load's whole CPU cost
    cpu = _cpu_seconds() - cpu
    assert summary.counts["articles"] == N_ARTICLES and not summary.errors, summary.errors[:3]
    timings: dict[str, list[float]] = {}
    with start_background(db_path) as server, httpx.Client(base_url=server.url, trust_env=False, timeout=60) as client:
        for url in _urls(server.database):
            assert client.get(url).status_code == 200, url  # warm-up, and a check the URL works
            for _ in range(REQUESTS_PER_URL):
                t0 = time.perf_counter()
                r = client.get(url)
                timings.setdefault(url, []).append((time.perf_counter() - t0) * 1000)
                assert r.status_code == 200, url
    all_ms = sorted(ms for v in timings.values() for ms in v)
    p95 = all_ms[int(0.95 * (len(all_ms) - 1))]
    slowest = max(timings, key=lambda u: statistics.median(timings[u]))
    return {
        "load.articles": N_ARTICLES,
        "load.events": summary.counts["events"],
        "load.seconds": round(summary.seconds, 2),
        "load.articles_per_s": round(N_ARTICLES / summary.seconds),
        # wall time depends on what else the machine runs; CPU time shows the load's own cost
        "load.cpu_seconds": round(cpu, 2),
        "load.articles_per_cpu_s": round(N_ARTICLES / cpu),
        **{f"load.{phase}_seconds": round(sec, 2) for phase, sec in summary.timings.items()},
        "load.generate_seconds": round(gen_s, 2),
        "load.db_mb": round(db_path.stat().st_size / 1e6, 1),
        "serve.requests": len(all_ms),
        "serve.p95_ms": round(p95, 1),
        "serve.median_ms": round(statistics.median(all_ms), 1),
        "serve.slowest_url": slowest,
        "serve.slowest_median_ms": round(statistics.median(timings[slowest]), 1),
    }
