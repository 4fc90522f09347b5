"""Discovery: pure functions from a fetched feed, sitemap or HTML page to candidate links.

No per-site code: feeds are found from `<link rel="alternate">`, sitemaps from robots.txt
and sitemap indexes, listing pages by their links plus rel="next"/"Trang sau" pagination.
"""
from __future__ import annotations

import gzip
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import courlan
from lxml import etree, html

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json",
              "application/xml", "text/xml")
NEXT_TEXTS = {"sau", "trang sau", "tiếp", "tiếp theo", "xem tiếp", "next", "»", "›", ">", ">>", "trang tiếp"}


@dataclass(frozen=True)
class Link:
    url: str
    anchor: str | None = None


def fold(text: str) -> str:
    """Lower-case ASCII folding: 'Nội chính' and 'noi-chinh' both become 'noi chinh'."""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def is_relevant(url: str, anchor: str | None, keywords: list[str]) -> bool:
    """Keep a candidate when its URL slug or link text mentions one of the keywords."""
    path = urlsplit(url).path + " " + urlsplit(url).query
    haystack = f" {fold(path)} {fold(anchor or '')} "
    return any(f" {fold(k)} " in haystack for k in keywords if fold(k))


def normalize(url: str, base: str | None = None) -> str | None:
    """Absolute, normalised http(s) URL without fragment, or None for anything else."""
    if not url:
        return None
    url = url.strip()
    if base:
        url = urljoin(base, url)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    try:
        url = courlan.normalize_url(url, strict=False)
    except Exception:  # courlan rejects some odd hosts; fall back to a plain clean-up
        url = urlunsplit((parts.scheme, parts.netloc.lower(), parts.path or "/", parts.query, ""))
    return url.split("#", 1)[0]


def same_site(url: str, host: str) -> bool:
    h = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    return h == host.lower().removeprefix("www.")


def _xml_root(body: bytes):
    if body[:2] == b"\x1f\x8b":
        body = gzip.decompress(body)
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    return etree.fromstring(body.lstrip(), parser=parser)


def _local(tag) -> str:
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def parse_feed(body: bytes, base: str) -> list[Link]:
    """Item links of an RSS 2.0, RSS 1.0/RDF or Atom feed, with their titles."""
    root = _xml_root(body)
    if root is None:
        return []
    links: list[Link] = []
    for item in root.iter():
        name = _local(item.tag)
        if name not in ("item", "entry"):
            continue
        href, title = None, None
        for child in item:
            cname = _local(child.tag)
            if cname == "link":
                href = child.get("href") if child.get("href") and child.get("rel", "alternate") == "alternate" else (
                    href or (child.text or "").strip() or child.get("href"))
            elif cname == "title":
                title = " ".join("".join(child.itertext()).split())
            elif cname == "guid" and not href and (child.get("isPermaLink", "true") == "true"):
                href = (child.text or "").strip()
        url = normalize(href or "", base)
        if url:
            links.append(Link(url, title))
    return links


def parse_sitemap(body: bytes, base: str) -> tuple[list[str], list[Link]]:
    """(child sitemaps, page links) of a sitemap or sitemap index; a plain-text sitemap works too."""
    stripped = body.lstrip()
    if stripped[:2] != b"\x1f\x8b" and not stripped.startswith(b"<"):
        urls = [normalize(line.decode("utf-8", "replace"), base) for line in stripped.splitlines()]
        return [], [Link(u) for u in urls if u]
    root = _xml_root(body)
    if root is None:
        return [], []
    children, pages = [], []
    kind = _local(root.tag)
    for loc_parent in root:
        loc, title = None, None
        for el in loc_parent.iter():
            n = _local(el.tag)
            if n == "loc" and loc is None:
                loc = (el.text or "").strip()
            elif n == "title":  # news sitemap
                title = " ".join((el.text or "").split())
        url = normalize(loc or "", base)
        if not url:
            continue
        if kind == "sitemapindex":
            children.append(url)
        else:
            pages.append(Link(url, title))
    return children, pages


def _html_doc(body: bytes | str, base: str):
    try:
        doc = html.fromstring(body)
    except (etree.ParserError, ValueError):
        return None
    return doc


def find_feeds(body: bytes | str, base: str) -> list[str]:
    """Feed URLs announced by `<link rel="alternate" type="application/rss+xml">`."""
    doc = _html_doc(body, base)
    if doc is None:
        return []
    out = []
    for el in doc.iter("link"):
        rel = (el.get("rel") or "").lower()
        typ = (el.get("type") or "").lower()
        if "alternate" in rel and typ in FEED_TYPES:
            url = normalize(el.get("href") or "", base)
            if url and url not in out:
                out.append(url)
    return out


def page_links(body: bytes | str, base: str) -> list[Link]:
    """Every `<a href>` of an HTML page, absolute and normalised, with its text."""
    doc = _html_doc(body, base)
    if doc is None:
        return []
    base_el = doc.find(".//base[@href]")
    if base_el is not None:
        base = urljoin(base, base_el.get("href"))
    seen, out = set(), []
    for a in doc.iter("a"):
        url = normalize(a.get("href") or "", base)
        if not url or url in seen:
            continue
        seen.add(url)
        text = " ".join(a.text_content().split()) or a.get("title")
        out.append(Link(url, text or None))
    return out


def next_page(body: bytes | str, base: str, current_page: int) -> str | None:
    """The listing's next page: rel="next", a "Trang sau"/"»" link, or the link numbered current+1."""
    doc = _html_doc(body, base)
    if doc is None:
        return None
    for el in list(doc.iter("link")) + list(doc.iter("a")):
        if "next" in (el.get("rel") or "").lower().split():
            url = normalize(el.get("href") or "", base)
            if url:
                return url
    numbered = None
    for a in doc.iter("a"):
        text = " ".join(a.text_content().split()).lower()
        label = (a.get("title") or a.get("aria-label") or "").lower()
        if text in NEXT_TEXTS or label in NEXT_TEXTS or label.startswith("trang sau") or label == "next page":
            url = normalize(a.get("href") or "", base)
            if url:
                return url
        if text == str(current_page + 1) and numbered is None:
            numbered = normalize(a.get("href") or "", base)
    return numbered
