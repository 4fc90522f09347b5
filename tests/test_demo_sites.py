"""The offline sample sites, their loopback server and their gold facts.

Everything goes over real HTTP on 127.0.0.1 with the Host header choosing the site,
exactly as the crawler reaches them through `connect_to`.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx
import pytest
from lxml import etree, html as lhtml

from pipeline.config import load_sources
from click.testing import CliRunner

from pipeline.demo.server import DEFAULT_ROOT, command, header_overrides_for, resolve, start_sites

DEMO = Path(__file__).resolve().parents[1] / "pipeline" / "demo"
GOLD = DEMO / "gold"
HOSTS = ["baophapluat.localhost", "baodongnam.localhost", "vkstaybac.localhost", "congthongtin.localhost"]
SCHEMA_KEYS = ["id", "url", "outlet", "published", "is_bloc_event", "event_type", "event_date", "period",
               "province", "bloc_name", "member_count_stated", "members", "leader_unit", "deputy_unit",
               "officials", "themes", "awards"]
UNIT_CODES = {"cong_an", "vien_kiem_sat", "toa_an", "thi_hanh_an", "quan_su", "bien_phong", "tu_phap",
              "thanh_tra", "noi_vu", "ngoai_vu", "hoi_dong_tdkt", "ubnd", "hdnd", "tinh_uy"}
EVENT_TYPES = {"so_ket", "tong_ket", "ky_giao_uoc", "hoi_thao", "hoi_thi", "other"}
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
ATOM_NS = "{http://www.w3.org/2005/Atom}"
RELEVANT = ["thi-dua", "noi-chinh", "giao-uoc", "so-ket", "tong-ket", "hoi-thao", "thi đua", "nội chính",
            "giao ước", "sơ kết", "tổng kết", "hội thao"]


@pytest.fixture(scope="module")
def base():
    server, port = start_sites()
    yield f"http://127.0.0.1:{port}"
    server.shutdown()
    server.server_close()


def get(base: str, url: str, method: str = "GET", headers: dict | None = None) -> httpx.Response:
    """Fetch an absolute demo URL (http://<host>/path) through the loopback server."""
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return httpx.request(method, base + path, headers={"Host": parts.netloc, **(headers or {})}, timeout=10)


def page_text(resp: httpx.Response) -> str:
    """Decode by the page's own <meta> charset (what a browser trusts over a lying header)."""
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', resp.content[:2048])
    charset = m.group(1).decode() if m else "utf-8"
    return unicodedata.normalize("NFC", resp.content.decode(charset))


def feed_links(xml: bytes) -> list[str]:
    root = etree.fromstring(xml)
    if root.tag == "rss":
        return [el.text.strip() for el in root.iterfind("channel/item/link")]
    assert root.tag == ATOM_NS + "feed"
    return [el.get("href") for el in root.iterfind(f"{ATOM_NS}entry/{ATOM_NS}link")]


def sitemap_urls(base: str, url: str) -> list[str]:
    root = etree.fromstring(get(base, url).content)
    if root.tag == SITEMAP_NS + "sitemapindex":
        out = []
        for loc in root.iterfind(f"{SITEMAP_NS}sitemap/{SITEMAP_NS}loc"):
            out += sitemap_urls(base, loc.text.strip())
        return out
    assert root.tag == SITEMAP_NS + "urlset"
    return [loc.text.strip() for loc in root.iterfind(f"{SITEMAP_NS}url/{SITEMAP_NS}loc")]


def gold_records() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]


def listing_pages(base: str, start: str) -> list[str]:
    """Follow rel=next / 'Trang sau' from a section's first page."""
    pages, url = [], start
    while url and url not in pages and len(pages) < 20:
        pages.append(url)
        resp = get(base, url)
        assert resp.status_code == 200, url
        doc = lhtml.fromstring(resp.content)
        nxt = doc.xpath('//link[@rel="next"]/@href | //a[@rel="next"]/@href | //a[normalize-space()="Trang sau"]/@href'
                        ' | //a[@title="Trang sau"]/@href')
        url = urljoin(url, nxt[0]) if nxt else None
    return pages


# ---------------------------------------------------------------- server behaviour

def test_resolve_stays_inside_the_site_and_hides_private_files(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text("x")
    (tmp_path / "_headers.yml").write_text("{}")
    assert resolve(tmp_path, "/a/").file == tmp_path / "a" / "index.html"
    assert resolve(tmp_path, "/a").redirect == "/a/"
    assert resolve(tmp_path, "/../etc/passwd").file is None
    assert resolve(tmp_path, "/a/%2e%2e/_headers.yml").file is None
    assert resolve(tmp_path, "/_headers.yml").file is None


def test_header_overrides_exact_path_beats_glob():
    overrides = {"*.aspx": {"Content-Type": "text/html; charset=windows-1258"},
                 "/x/y.aspx": {"Content-Type": "text/html; charset=iso-8859-1"}}
    assert header_overrides_for(overrides, "/x/y.aspx")["Content-Type"].endswith("iso-8859-1")
    assert header_overrides_for(overrides, "/x/z.aspx")["Content-Type"].endswith("windows-1258")
    assert header_overrides_for(overrides, "/x/z.html") == {}


def test_broken_headers_file_is_a_one_line_500_not_a_dropped_connection(tmp_path):
    site = tmp_path / "x.localhost"
    site.mkdir()
    (site / "index.html").write_text("<p>x</p>")
    (site / "_headers.yml").write_text("- just\n- a list\n")
    server, port = start_sites(tmp_path)
    try:
        resp = httpx.get(f"http://127.0.0.1:{port}/", headers={"Host": "x.localhost:80"}, timeout=10)
    finally:
        server.shutdown()
        server.server_close()
    assert resp.status_code == 500
    assert "_headers.yml" in resp.text and "\n" not in resp.text


def test_command_reports_a_busy_port_in_one_line():
    server, port = start_sites()
    try:
        result = CliRunner().invoke(command, ["--port", str(port)])
    finally:
        server.shutdown()
        server.server_close()
    assert result.exit_code != 0
    assert "cannot serve" in result.output and "Traceback" not in result.output


def test_command_reports_a_missing_sites_folder(tmp_path):
    result = CliRunner().invoke(command, ["--root", str(tmp_path / "nope"), "--port", "0"])
    assert result.exit_code != 0 and "sites folder not found" in result.output


@pytest.mark.parametrize("host", HOSTS)
def test_home_links_its_feed_and_sections(base, host):
    resp = get(base, f"http://{host}/")
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("text/html")
    doc = lhtml.fromstring(resp.content)
    feeds = doc.xpath('//link[@rel="alternate"][contains(@type, "xml")]/@href')
    assert feeds, "home page must advertise its feed"
    assert get(base, urljoin(f"http://{host}/", feeds[0])).status_code == 200
    assert len(doc.xpath("//a/@href")) >= 5


@pytest.mark.parametrize("host", HOSTS)
def test_robots_lists_sitemaps_and_a_disallowed_path_that_pages_link_to(base, host):
    resp = get(base, f"http://{host}/robots.txt")
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/plain")
    lines = resp.text.splitlines()
    sitemaps = [ln.split(":", 1)[1].strip() for ln in lines if ln.lower().startswith("sitemap:")]
    disallowed = [ln.split(":", 1)[1].strip() for ln in lines if ln.lower().startswith("disallow:")]
    assert sitemaps and disallowed
    for sm in sitemaps:
        assert get(base, sm).status_code == 200
    home = lhtml.fromstring(get(base, f"http://{host}/").content)
    article = sitemap_urls(base, sitemaps[0])[-1]
    links = home.xpath("//a/@href | //form/@action") + lhtml.fromstring(get(base, article).content).xpath(
        "//a/@href | //form/@action")
    paths = {urlsplit(urljoin(f"http://{host}/", h)).path for h in links}
    assert any(p.startswith(d) for p in paths for d in disallowed), "no page links into a Disallow: path"


def test_one_site_asks_for_a_crawl_delay(base):
    delays = [h for h in HOSTS if "crawl-delay: 1" in get(base, f"http://{h}/robots.txt").text.lower()]
    assert delays


@pytest.mark.parametrize("host", HOSTS)
def test_feed_and_sitemap_articles_resolve(base, host):
    home = lhtml.fromstring(get(base, f"http://{host}/").content)
    feed_url = urljoin(f"http://{host}/", home.xpath('//link[@rel="alternate"][contains(@type, "xml")]/@href')[0])
    from_feed = feed_links(get(base, feed_url).content)
    from_sitemap = sitemap_urls(base, f"http://{host}/sitemap.xml")
    assert from_feed and from_sitemap
    assert set(from_feed) <= set(from_sitemap) | {f"http://{host}/"}
    for url in set(from_feed) | set(from_sitemap):
        assert urlsplit(url).netloc == host
        assert get(base, url, method="HEAD").status_code == 200, url


def test_feed_kinds_and_sitemap_index(base):
    roots = {h: etree.fromstring(get(base, f"http://{h}/sitemap.xml").content).tag for h in HOSTS}
    assert list(roots.values()).count(SITEMAP_NS + "sitemapindex") == 1
    assert etree.fromstring(get(base, "http://vkstaybac.localhost/atom.xml").content).tag == ATOM_NS + "feed"
    assert etree.fromstring(get(base, "http://baophapluat.localhost/rss.xml").content).get("version") == "2.0"


def test_listings_of_sources_file_paginate_and_link_articles_by_title(base):
    config = load_sources(DEMO / "sources.yml")
    longest = 0
    for source in config.sources:
        for listing in source.listings:
            pages = listing_pages(base, listing.url)
            longest = max(longest, len(pages))
            for page in pages:
                doc = lhtml.fromstring(get(base, page).content)
                titled = [a for a in doc.xpath("//a[@href]") if re.match(listing.pattern, urljoin(page, a.get("href")))
                          and a.text_content().strip()]
                assert titled, f"{page}: no article link with its title as text"
            if listing.page_url:
                assert get(base, listing.page_url.replace("{n}", "2")).status_code == 200
    assert longest >= 3


def test_conditional_requests_get_304(base):
    url = "http://baophapluat.localhost/rss.xml"
    first = get(base, url)
    assert first.status_code == 200 and first.headers["etag"] and first.headers["last-modified"]
    again = get(base, url, headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304 and again.content == b""
    since = get(base, url, headers={"If-Modified-Since": first.headers["last-modified"]})
    assert since.status_code == 304
    stale = get(base, url, headers={"If-None-Match": '"something-else"'})
    assert stale.status_code == 200 and stale.content == first.content


def test_head_has_headers_but_no_body(base):
    resp = get(base, "http://baodongnam.localhost/", method="HEAD")
    assert resp.status_code == 200 and resp.content == b""
    assert int(resp.headers["content-length"]) == len(get(base, "http://baodongnam.localhost/").content)


def test_missing_pages_unknown_hosts_and_private_files_are_404(base):
    assert get(base, "http://baophapluat.localhost/khong-co-trang-nay-1.html").status_code == 404
    assert get(base, "http://no-such-site.localhost/").status_code == 404
    assert get(base, "http://vkstaybac.localhost/_headers.yml").status_code == 404
    moved = get(base, "http://baophapluat.localhost/thoi-su")
    assert moved.status_code == 301 and moved.headers["location"] == "/thoi-su/"


def test_legacy_charset_site_sends_bytes_unchanged_and_one_lying_header(base):
    urls = sitemap_urls(base, "http://vkstaybac.localhost/sitemap.xml")
    charsets = {}
    for url in urls:
        resp = get(base, url)
        assert b'charset=windows-1258' in resp.content[:1024]
        with pytest.raises(UnicodeDecodeError):
            resp.content.decode("utf-8")
        charsets[url] = resp.headers["content-type"].split("charset=")[-1]
        text = page_text(resp)
        assert "Cập nhật lúc:" in text and "Chi tiết bài viết" in text
    assert set(charsets.values()) == {"windows-1258", "iso-8859-1"}
    assert list(charsets.values()).count("iso-8859-1") == 1


# ---------------------------------------------------------------- sources file

def test_demo_sources_file_validates_and_maps_every_host_to_loopback():
    config = load_sources(DEMO / "sources.yml")
    hosts = {s.host for s in config.sources}
    assert hosts == set(HOSTS)
    assert set(config.connect_to) == hosts
    assert all(v.startswith("127.0.0.1:") for v in config.connect_to.values())
    assert all((DEFAULT_ROOT / h / "index.html").is_file() for h in hosts)


# ---------------------------------------------------------------- gold facts

def test_gold_files_follow_the_schema():
    records = gold_records()
    assert len(records) >= 40
    for rec in records:
        where = rec.get("id")
        assert list(rec) == SCHEMA_KEYS, where
        assert (GOLD / f"{rec['id']}.txt").is_file(), where
        assert rec["outlet"] in HOSTS and urlsplit(rec["url"]).netloc == rec["outlet"], where
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", rec["published"]), where
        assert isinstance(rec["is_bloc_event"], bool)
        assert rec["event_type"] in EVENT_TYPES | {None}, where
        assert rec["event_date"] is None or re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", rec["event_date"]), where
        assert rec["period"] is None or re.fullmatch(r"(H1-)?\d{4}", rec["period"]), where
        codes = rec["members"] + [rec["leader_unit"], rec["deputy_unit"]] + [o["org"] for o in rec["officials"]]
        for code in codes:
            assert code is None or code in UNIT_CODES or (code.startswith("other:") and len(code) > 6), (where, code)
        for o in rec["officials"]:
            assert set(o) == {"name", "title", "org", "rank"}, where
        for w in rec["awards"]:
            assert set(w) == {"award", "recipient"}, where
        if rec["is_bloc_event"]:
            assert rec["event_type"] and rec["province"] and rec["bloc_name"], where


def test_gold_covers_every_event_type_and_the_negatives():
    records = gold_records()
    bloc = [r for r in records if r["is_bloc_event"]]
    assert {r["event_type"] for r in bloc} == EVENT_TYPES
    assert len(bloc) >= 18
    assert len({r["province"] for r in bloc}) >= 8
    assert {int(r["event_date"][:4]) for r in bloc} >= set(range(2019, 2026))
    other_blocs = [r for r in records if not r["is_bloc_event"] and r["bloc_name"]]
    assert len(other_blocs) >= 2
    assert len([r for r in records if not r["is_bloc_event"] and not r["bloc_name"]]) >= 20


def test_gold_texts_match_their_pages(base):
    for rec in gold_records():
        text = (GOLD / f"{rec['id']}.txt").read_text(encoding="utf-8")
        title, _, body = text.partition("\n\n")
        assert title and body.strip(), rec["id"]
        resp = get(base, rec["url"])
        assert resp.status_code == 200, rec["url"]
        page = lhtml.fromstring(page_text(resp)).text_content()
        page = re.sub(r"\s+", " ", page)
        for para in text.split("\n\n"):
            assert re.sub(r"\s+", " ", para.strip()) in page, (rec["id"], para[:60])
        for o in rec["officials"]:
            assert o["name"] in text and o["title"] in text, (rec["id"], o["name"])
        for theme in rec["themes"]:
            assert theme in text, (rec["id"], theme)


def test_bloc_articles_are_discoverable_and_look_relevant(base):
    found: dict[str, str] = {}
    for host in HOSTS:
        for url in sitemap_urls(base, f"http://{host}/sitemap.xml"):
            found.setdefault(url, "")
    for rec in gold_records():
        if not rec["is_bloc_event"]:
            continue
        assert rec["url"] in found, rec["url"]
        slug = urlsplit(rec["url"]).path.lower()
        title = (GOLD / f"{rec['id']}.txt").read_text(encoding="utf-8").split("\n", 1)[0].lower()
        assert any(k in slug or k in title for k in RELEVANT), rec["url"]


def test_one_article_is_syndicated_on_two_sites():
    texts: dict[str, list[str]] = {}
    for rec in gold_records():
        body = (GOLD / f"{rec['id']}.txt").read_text(encoding="utf-8")
        texts.setdefault(body, []).append(rec["outlet"])
    assert any(len(set(outlets)) == 2 for outlets in texts.values())
