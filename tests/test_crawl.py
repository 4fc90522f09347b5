"""The crawler against real HTTP servers on loopback: discovery, politeness, failures, resumption."""
from __future__ import annotations

import gzip
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from warcio.archiveiterator import ArchiveIterator

from pipeline.config import load_sources
from pipeline.corpus import Corpus, iter_responses
from pipeline.crawl import run_crawl

ROOT = Path(__file__).resolve().parents[1]


def write_sources(tmp_path: Path, sites, sources: list[dict], **defaults) -> Path:
    hosts = {s["home"].split("/")[2] for s in sources}
    data = {
        "defaults": {"delay": 0.0, "retries": 2, "timeout": 5, **defaults},
        "connect_to": sites.connect_to(*hosts),
        "sources": [{"name": s["id"].upper(), "province": "Long An", "kind": "newspaper", **s} for s in sources],
    }
    path = tmp_path / "sources.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def crawl(path: Path, corpus: Path, **kw):
    return run_crawl(load_sources(path), corpus, backoff=0.05, **kw)


def page_rows(corpus: Path) -> dict[str, dict]:
    with Corpus(corpus, lock=False) as c:
        return {r["url"]: dict(r) for r in c.db.execute("SELECT * FROM pages")}


def warc_responses(corpus: Path) -> list[str]:
    """Target URI of every response record in every WARC file of the corpus."""
    uris = []
    for f in sorted((corpus / "warc").glob("*.warc.gz")):
        with open(f, "rb") as fh:
            for rec in ArchiveIterator(fh):
                if rec.rec_type == "response":
                    uris.append(rec.rec_headers.get_header("WARC-Target-URI"))
    return uris


def article(title: str) -> str:
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>Nội dung bài viết.</p></body></html>"


H = "bao.localhost"


def test_discovery_via_feed_sitemap_index_and_paginated_listing(sites, tmp_path):
    home = f'<html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head><body>' \
           f'<a href="/tin/khoi-thi-dua-noi-chinh-so-ket-6-thang-11.html">Sơ kết 6 tháng</a>' \
           f'<a href="/tin/gia-lua-tang-manh-trong-tuan-12.html">Giá lúa tăng</a></body></html>'
    sites.add(H, "/", home)
    sites.add(H, "/robots.txt", f"User-agent: *\nDisallow: /rieng/\nSitemap: http://{H}/sitemap-index.xml\n",
              content_type="text/plain")
    sites.add(H, "/rss", f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
        <item><title>Ký giao ước thi đua năm 2024</title><link>http://{H}/a/bai-viet-21.html</link></item>
        <item><title>Lễ hội hoa xuân</title><link>http://{H}/a/bai-viet-22.html</link></item>
        </channel></rss>""", content_type="application/rss+xml")
    sites.add(H, "/sitemap-index.xml", f"""<?xml version="1.0"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <sitemap><loc>http://{H}/sitemap-1.xml</loc></sitemap></sitemapindex>""", content_type="application/xml")
    sites.add(H, "/sitemap-1.xml", f"""<?xml version="1.0"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <url><loc>http://{H}/tin/tong-ket-cong-tac-thi-dua-khen-thuong-31.html</loc></url>
        <url><loc>http://{H}/rieng/tong-ket-thi-dua-noi-chinh-32.html</loc></url>
        <url><loc>http://{H}/tin/bong-da-san-co-33.html</loc></url></urlset>""", content_type="application/xml")
    for n in (1, 2, 3):
        nxt = f'<a rel="next" href="/chinh-tri/trang-{n + 1}.html">Trang sau</a>' if n < 4 else ""
        sites.add(H, "/chinh-tri/" if n == 1 else f"/chinh-tri/trang-{n}.html",
                  f'<html><body><a href="/tin/noi-chinh-tin-so-{n}-4{n}.html">Khối Nội chính tin số {n}</a>'
                  f'<a href="/tin/thoi-tiet-hom-nay-so-{n}-5{n}.html">Thời tiết</a>{nxt}</body></html>')
    for path in ["/tin/khoi-thi-dua-noi-chinh-so-ket-6-thang-11.html", "/a/bai-viet-21.html",
                 "/tin/tong-ket-cong-tac-thi-dua-khen-thuong-31.html", "/tin/noi-chinh-tin-so-1-41.html",
                 "/tin/noi-chinh-tin-so-2-42.html", "/tin/noi-chinh-tin-so-3-43.html"]:
        sites.add(H, path, article(path))
    src = write_sources(tmp_path, sites, [{"id": "bao", "home": f"http://{H}/",
                                           "listings": [{"url": f"http://{H}/chinh-tri/", "max_pages": 3,
                                                         "pattern": r"/tin/.+\.html$"}]}])
    summaries, stats = crawl(src, tmp_path / "corpus")
    rows = page_rows(tmp_path / "corpus")
    fetched = {u for u, r in rows.items() if r["kind"] == "article" and r["status"] == "fetched"}
    assert fetched == {f"http://{H}{p}" for p in [
        "/tin/khoi-thi-dua-noi-chinh-so-ket-6-thang-11.html",  # home page link, slug
        "/a/bai-viet-21.html",  # feed item title
        "/tin/tong-ket-cong-tac-thi-dua-khen-thuong-31.html",  # sitemap index -> sitemap
        "/tin/noi-chinh-tin-so-1-41.html", "/tin/noi-chinh-tin-so-2-42.html",  # listing pages 1..3
        "/tin/noi-chinh-tin-so-3-43.html"]}
    # irrelevant news is never queued; a Disallowed URL is queued but never requested
    assert f"http://{H}/tin/gia-lua-tang-manh-trong-tuan-12.html" not in rows
    assert rows[f"http://{H}/rieng/tong-ket-thi-dua-noi-chinh-32.html"]["status"] == "skipped"
    assert not sites.requests(H, "/rieng/tong-ket-thi-dua-noi-chinh-32.html")
    assert not sites.requests(H, "/chinh-tri/trang-4.html")  # max_pages: 3
    assert summaries[0].fetched >= 6 and summaries[0].failed == 0
    # what is stored is what the server sent
    bodies = {r.url: r.body for r in iter_responses(tmp_path / "corpus")}
    assert bodies[f"http://{H}/a/bai-viet-21.html"] == article("/a/bai-viet-21.html").encode()
    # every request says who we are
    assert all("noichinh" in r[3].get("User-Agent", "") for r in sites.log)


def test_robots_crawl_delay_is_kept_between_requests(sites, tmp_path):
    sites.add(H, "/robots.txt", "User-agent: *\nCrawl-delay: 1\n", content_type="text/plain")
    links = "".join(f'<a href="/tin/thi-dua-bai-so-{i}-{i}.html">Thi đua {i}</a>' for i in range(3))
    sites.add(H, "/", f"<html><body>{links}</body></html>")
    for i in range(3):
        sites.add(H, f"/tin/thi-dua-bai-so-{i}-{i}.html", article(str(i)))
    src = write_sources(tmp_path, sites, [{"id": "bao", "home": f"http://{H}/", "discover": False}], delay=0.0)
    crawl(src, tmp_path / "corpus")
    times = [t for t, host, path, _ in sites.requests(H)]
    assert len(times) == 5  # robots, home, 3 articles
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert min(gaps) >= 0.95, gaps


def test_429_with_retry_after_is_honoured(sites, tmp_path):
    from conftest import Page

    sites.add(H, "/", f'<html><body><a href="/tin/ky-giao-uoc-thi-dua-2024-7.html">Ký giao ước</a></body></html>')
    good = article("ok")
    sites.add(H, "/tin/ky-giao-uoc-thi-dua-2024-7.html",
              script=lambda n: Page(status=429, body=b"slow down", headers={"Retry-After": "1"}) if n == 1
              else Page(body=good.encode()))
    src = write_sources(tmp_path, sites, [{"id": "bao", "home": f"http://{H}/", "discover": False}])
    crawl(src, tmp_path / "corpus")
    hits = sites.requests(H, "/tin/ky-giao-uoc-thi-dua-2024-7.html")
    assert len(hits) == 2 and hits[1][0] - hits[0][0] >= 0.95
    row = page_rows(tmp_path / "corpus")[f"http://{H}/tin/ky-giao-uoc-thi-dua-2024-7.html"]
    assert row["status"] == "fetched" and row["attempts"] == 2


def test_500_then_success_and_persistent_500_fails_with_reason(sites, tmp_path):
    from conftest import Page

    sites.add(H, "/", '<html><body><a href="/tin/so-ket-thi-dua-1-1.html">a</a>'
                      '<a href="/tin/so-ket-thi-dua-2-2.html">b</a></body></html>')
    sites.add(H, "/tin/so-ket-thi-dua-1-1.html",
              script=lambda n: Page(status=500, body=b"oops") if n == 1 else Page(body=article("x").encode()))
    sites.add(H, "/tin/so-ket-thi-dua-2-2.html", status=503, body="down")
    src = write_sources(tmp_path, sites, [{"id": "bao", "home": f"http://{H}/", "discover": False}], retries=2)
    summaries, _ = crawl(src, tmp_path / "corpus")
    rows = page_rows(tmp_path / "corpus")
    assert rows[f"http://{H}/tin/so-ket-thi-dua-1-1.html"]["status"] == "fetched"
    bad = rows[f"http://{H}/tin/so-ket-thi-dua-2-2.html"]
    assert bad["status"] == "failed" and "HTTP 503" in bad["last_error"] and "3 attempts" in bad["last_error"]
    assert len(sites.requests(H, "/tin/so-ket-thi-dua-2-2.html")) == 3
    assert summaries[0].failed == 1
    log = (tmp_path / "corpus" / "failures.log").read_text()
    assert f"http://{H}/tin/so-ket-thi-dua-2-2.html" in log and "HTTP 503" in log


def test_timeout_is_retried_then_reported_and_the_crawl_goes_on(sites, tmp_path):
    sites.add(H, "/", '<html><body><a href="/tin/tong-ket-thi-dua-cham-9.html">a</a>'
                      '<a href="/tin/tong-ket-thi-dua-nhanh-10.html">b</a></body></html>')
    sites.add(H, "/tin/tong-ket-thi-dua-cham-9.html", article("slow"), delay=2.0)
    sites.add(H, "/tin/tong-ket-thi-dua-nhanh-10.html", article("fast"))
    src = write_sources(tmp_path, sites, [{"id": "bao", "home": f"http://{H}/", "discover": False}],
                        timeout=0.3, retries=1)
    crawl(src, tmp_path / "corpus")
    rows = page_rows(tmp_path / "corpus")
    slow = rows[f"http://{H}/tin/tong-ket-thi-dua-cham-9.html"]
    assert slow["status"] == "failed" and slow["last_error"].startswith("timeout")
    assert len(sites.requests(H, "/tin/tong-ket-thi-dua-cham-9.html")) == 2
    assert rows[f"http://{H}/tin/tong-ket-thi-dua-nhanh-10.html"]["status"] == "fetched"


def test_redirects_are_followed_and_loops_stop(sites, tmp_path):
    sites.add(H, "/", '<html><body><a href="/tin/thi-dua-chuyen-huong-1.html">a</a>'
                      '<a href="/tin/thi-dua-vong-lap-a-2.html">b</a></body></html>')
    sites.add(H, "/tin/thi-dua-chuyen-huong-1.html", status=301, body="",
              headers={"Location": f"http://{H}/tin/thi-dua-dich-den-3.html"})
    sites.add(H, "/tin/thi-dua-dich-den-3.html", article("đích"))
    sites.add(H, "/tin/thi-dua-vong-lap-a-2.html", status=302, headers={"Location": "/tin/thi-dua-vong-lap-b-4.html"})
    sites.add(H, "/tin/thi-dua-vong-lap-b-4.html", status=302, headers={"Location": "/tin/thi-dua-vong-lap-a-2.html"})
    src = write_sources(tmp_path, sites, [{"id": "bao", "home": f"http://{H}/", "discover": False}])
    crawl(src, tmp_path / "corpus")
    rows = page_rows(tmp_path / "corpus")
    assert rows[f"http://{H}/tin/thi-dua-chuyen-huong-1.html"]["redirect_to"] == f"http://{H}/tin/thi-dua-dich-den-3.html"
    assert rows[f"http://{H}/tin/thi-dua-dich-den-3.html"]["status"] == "fetched"
    loop = rows[f"http://{H}/tin/thi-dua-vong-lap-b-4.html"]
    assert loop["status"] == "failed" and "redirect loop" in loop["last_error"]
    assert len(sites.requests(H, "/tin/thi-dua-vong-lap-a-2.html")) == 1


def test_oversized_body_is_refused(sites, tmp_path):
    sites.add(H, "/", '<html><body><a href="/tin/thi-dua-qua-lon-5.html">a</a></body></html>')
    sites.add(H, "/tin/thi-dua-qua-lon-5.html", "x" * 50_000)
    src = write_sources(tmp_path, sites, [{"id": "bao", "home": f"http://{H}/", "discover": False}],
                        max_body_bytes=10_000)
    crawl(src, tmp_path / "corpus")
    row = page_rows(tmp_path / "corpus")[f"http://{H}/tin/thi-dua-qua-lon-5.html"]
    assert row["status"] == "failed" and "too large" in row["last_error"]
    assert f"http://{H}/tin/thi-dua-qua-lon-5.html" not in warc_responses(tmp_path / "corpus")


TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Windows-1258 keeps ô, ơ, ư... precomposed but writes tone marks as combining characters."""
    import unicodedata

    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
            out.append((base + "".join(c for c in d if c in TONES)).encode("cp1258"))
    return b"".join(out)


VIETNAMESE = "Khối thi đua Nội chính tỉnh tổ chức hội nghị sơ kết phong trào thi đua 6 tháng đầu năm."


@pytest.mark.parametrize("with_meta", [True, False])
def test_legacy_charset_page_decodes_when_the_header_lies(sites, tmp_path, with_meta):
    import unicodedata

    from pipeline.fetch import detect_charset

    meta = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">' if with_meta else ""
    page = f"<html><head>{meta}</head><body><p>{VIETNAMESE}</p></body></html>"
    body = to_cp1258(page)
    sites.add(H, "/", '<html><body><a href="/tin/so-ket-thi-dua-cu-8.html">a</a></body></html>')
    sites.add(H, "/tin/so-ket-thi-dua-cu-8.html", body, content_type="text/html; charset=iso-8859-1")
    src = write_sources(tmp_path, sites, [{"id": "bao", "home": f"http://{H}/", "discover": False}])
    crawl(src, tmp_path / "corpus")
    stored = {r.url: r for r in iter_responses(tmp_path / "corpus")}[f"http://{H}/tin/so-ket-thi-dua-cu-8.html"]
    assert stored.body == body  # verbatim
    assert stored.charset == "cp1258"
    assert VIETNAMESE in unicodedata.normalize("NFC", stored.body.decode(stored.charset))
    assert detect_charset(VIETNAMESE.encode("utf-8"), "text/html; charset=iso-8859-1") == "utf-8"


def test_unchanged_page_answers_304_and_adds_no_record(sites, tmp_path):
    sites.add(H, "/", '<html><body><a href="/tin/giao-uoc-thi-dua-6.html">a</a></body></html>')
    sites.add(H, "/tin/giao-uoc-thi-dua-6.html", article("giữ nguyên"))
    src = write_sources(tmp_path, sites, [{"id": "bao", "home": f"http://{H}/", "discover": False}])
    crawl(src, tmp_path / "corpus")
    first = warc_responses(tmp_path / "corpus")
    summaries, stats = crawl(src, tmp_path / "corpus")
    assert warc_responses(tmp_path / "corpus") == first
    second = sites.requests(H, "/tin/giao-uoc-thi-dua-6.html")[-1]
    assert second[3].get("If-None-Match")
    assert page_rows(tmp_path / "corpus")[f"http://{H}/tin/giao-uoc-thi-dua-6.html"]["status"] == "unchanged"
    assert summaries[0].unchanged >= 2 and summaries[0].fetched == 0
    assert stats.body_bytes < 100


def test_crawl_killed_with_sigkill_resumes_without_loss_or_duplicates(sites, tmp_path):
    n = 40
    links = "".join(f'<a href="/tin/thi-dua-bai-{i}-{i}.html">Thi đua {i}</a>' for i in range(n))
    sites.add(H, "/", f"<html><body>{links}</body></html>")
    for i in range(n):
        sites.add(H, f"/tin/thi-dua-bai-{i}-{i}.html", article(f"bài {i} " + "nội dung " * 200))
    src = write_sources(tmp_path, sites, [{"id": "bao", "home": f"http://{H}/", "discover": False}], delay=0.03)
    corpus = tmp_path / "corpus"
    cmd = [sys.executable, "-m", "pipeline", "crawl", "--sources", str(src), "--corpus", str(corpus), "--no-progress"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if (corpus / "state.sqlite").exists():
            with Corpus(corpus, lock=False) as c:
                done = c.db.execute("SELECT count(*) FROM pages WHERE kind='article' AND status='fetched'").fetchone()[0]
            if done >= 10:
                break
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    with Corpus(corpus, lock=False) as c:
        done_before = c.db.execute("SELECT count(*) FROM pages WHERE kind='article' AND status='fetched'").fetchone()[0]
    assert 10 <= done_before < n, "the crawl should have been killed midway"
    requested_before = {p for _, _, p, _ in sites.requests(H) if p.startswith("/tin/")}
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    stored = [u for u in warc_responses(corpus) if "/tin/" in u]
    assert sorted(stored) == sorted(f"http://{H}/tin/thi-dua-bai-{i}-{i}.html" for i in range(n))  # each exactly once
    # the resumed run did not start over: pages committed before the kill were not fetched again
    requested_after = [p for _, _, p, _ in sites.requests(H) if p.startswith("/tin/")]
    assert len(requested_after) <= n + 1
    assert len(requested_before) >= done_before


BAD_CASES = {
    "unknown key": ("    colour: red\n", "field 'colour': unknown key", 8),
    "missing url": ("", "field 'home': required key is missing", 2),
    "bad scheme": ("", "field 'home': URL must be http or https", 9),
    "duplicate id": ("", "field 'id': duplicate id 'a'", 7),
}


@pytest.mark.parametrize("case", list(BAD_CASES))
def test_invalid_sources_file_stops_with_exit_2_and_touches_nothing(tmp_path, case):
    extra, message, line = BAD_CASES[case]
    text = ("sources:\n"
            "  - id: a\n"
            "    name: A\n"
            "    home: https://a.example.vn/\n"
            "    province: Long An\n"
            "    kind: newspaper\n"
            "  - id: b\n" + extra +
            "    name: B\n"
            "    home: https://b.example.vn/\n"
            "    province: national\n"
            "    kind: newspaper\n")
    if case == "missing url":
        text = text.replace("    home: https://a.example.vn/\n", "")
    if case == "bad scheme":
        text = text.replace("https://b.example.vn/", "ftp://b.example.vn/")
    if case == "duplicate id":
        text = text.replace("  - id: b\n", "  - id: a\n")
    src = tmp_path / "sources.yml"
    src.write_text(text)
    corpus = tmp_path / "corpus"
    (corpus / "warc").mkdir(parents=True)
    keep = corpus / "warc" / "old.warc.gz"
    keep.write_bytes(gzip.compress(b"collected earlier"))
    before = {p: p.read_bytes() for p in corpus.rglob("*") if p.is_file()}
    out = subprocess.run([sys.executable, "-m", "pipeline", "crawl", "--sources", str(src), "--corpus", str(corpus)],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 2
    assert f"{src}:{line}:" in out.stderr and message in out.stderr
    assert "Traceback" not in out.stderr
    assert {p: p.read_bytes() for p in corpus.rglob("*") if p.is_file()} == before


def test_unreachable_robots_txt_leaves_the_host_alone(sites, tmp_path):
    sites.add(H, "/robots.txt", "down", status=503)
    sites.add(H, "/", '<html><body><a href="/tin/thi-dua-bai-1-1.html">a</a></body></html>')
    src = write_sources(tmp_path, sites, [{"id": "bao", "home": f"http://{H}/", "discover": False}], retries=1)
    crawl(src, tmp_path / "corpus")
    home = page_rows(tmp_path / "corpus")[f"http://{H}/"]
    assert home["status"] == "skipped" and "robots.txt unreachable (HTTP 503" in home["last_error"]
    assert not sites.requests(H, "/")  # RFC 9309: a 5xx robots.txt means complete disallow
