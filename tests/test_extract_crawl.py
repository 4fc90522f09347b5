"""Crawl real pages from a loopback server, then extract them: the two stages through the corpus contract."""
from __future__ import annotations

import json
from pathlib import Path

import yaml

from pipeline.article import url_id
from pipeline.config import load_sources
from pipeline.crawl import run_crawl
from pipeline.extract import FAILURES, extract_corpus

HTML = Path(__file__).parent / "fixtures" / "html"
H = "baosonglam.localhost"
P = "stp.benhai.localhost"


def test_crawled_pages_are_extracted(sites, tmp_path):
    songlam = "/thoi-su/khoi-thi-dua-noi-chinh-so-ket-6-thang-a12345.html"
    legacy = "/news/khoi-thi-dua-noi-chinh-so-ket-cong-tac-123.html"
    sites.add(H, "/", f'<html><body><a href="{songlam}">Khối thi đua Nội chính sơ kết</a></body></html>')
    sites.add(H, songlam, (HTML / "baosonglam_so_ket.html").read_bytes())
    sites.add(P, "/", f'<html><body><a href="{legacy}">Khối thi đua Nội chính sơ kết</a></body></html>')
    # served with a header that lies about the charset, as some old portals do
    sites.add(P, legacy, (HTML / "nukeviet_cp1258.html").read_bytes(), content_type="text/html; charset=ISO-8859-1")
    data = {
        "defaults": {"delay": 0.0, "retries": 1, "timeout": 5},
        "connect_to": sites.connect_to(H, P),
        "sources": [
            {"id": "songlam", "name": "Báo Sông Lam", "home": f"http://{H}/", "province": "Nghệ An",
             "kind": "newspaper", "discover": False},
            {"id": "benhai", "name": "Sở Tư pháp Bến Hải", "home": f"http://{P}/", "province": "Quảng Trị",
             "kind": "department_portal", "discover": False},
        ],
    }
    src = tmp_path / "sources.yml"
    src.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    sources = load_sources(src)
    run_crawl(sources, tmp_path / "corpus", backoff=0.05)

    out = tmp_path / "extracted"
    summary = extract_corpus(tmp_path / "corpus", out, sources, jobs=1)
    assert summary.articles == 2 and not summary.failures
    a = json.loads((out / f"{url_id(f'http://{H}{songlam}')}.json").read_text(encoding="utf-8"))
    b = json.loads((out / f"{url_id(f'http://{P}{legacy}')}.json").read_text(encoding="utf-8"))
    assert a["source_id"] == "songlam" and a["published_time"] == "2024-03-19T17:01:00"
    assert "Hoàng Minh Thư" == a["author"] and "IMG_0528" not in a["text"]
    assert b["source_id"] == "benhai" and "Đỗ Văn Tùng, Giám đốc Sở Tư pháp" in b["text"]
    assert (out / FAILURES).read_text() == ""
