"""HTTP fetching: one GET with size caps and honest headers, robots.txt rules, charset detection.

Fetching stays in our own httpx client (trafilatura's fetchers refuse loopback addresses);
`connect_to` lets real host names reach servers on 127.0.0.1, like curl's --connect-to.
"""
from __future__ import annotations

import asyncio
import codecs
import math
import re
import zlib
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone
from urllib.robotparser import RobotFileParser

import charset_normalizer
import httpx

from pipeline import USER_AGENT

RETRY_STATUSES = {429, 500, 502, 503, 504}
ROBOTS_AGENT = "noichinh"
_CRAWL_DELAY = re.compile(r"^(\s*crawl-delay\s*:\s*)(\d*\.\d+)\s*$", re.I)


@dataclass
class Response:
    url: str
    status: int
    reason: str
    http_version: str
    request_headers: list[tuple[str, str]]
    headers: list[tuple[str, str]]
    raw_body: bytes
    body: bytes  # content-encoding undone
    fetched_at: str

    def header(self, name: str) -> str | None:
        name = name.lower()
        for k, v in self.headers:
            if k.lower() == name:
                return v
        return None


class FetchError(Exception):
    """A fetch that failed; `retryable` says whether backing off and trying again can help."""

    def __init__(self, reason: str, *, retryable: bool, retry_after: float | None = None,
                 response: Response | None = None):
        super().__init__(reason)
        self.reason, self.retryable, self.retry_after, self.response = reason, retryable, retry_after, response


class ConnectToTransport(httpx.AsyncBaseTransport):
    """Send requests for mapped hosts to another address, keeping the Host header."""

    def __init__(self, mapping: dict[str, str], **kwargs):
        self.inner = httpx.AsyncHTTPTransport(**kwargs)
        self.mapping = {k.lower(): v for k, v in mapping.items()}

    def target(self, host: str) -> str | None:
        host = host.lower()
        if host in self.mapping:
            return self.mapping[host]
        for pattern, target in self.mapping.items():
            if pattern.startswith("*.") and host.endswith(pattern[1:]):
                return target
        return None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        target = self.target(request.url.host)
        if target:
            addr, _, port = target.rpartition(":")
            request.url = request.url.copy_with(host=addr or target, port=int(port) if port else None)
        return await self.inner.handle_async_request(request)

    async def aclose(self):
        await self.inner.aclose()


def make_client(*, timeout: float, connect_to: dict[str, str] | None = None,
                max_hosts: int = 16, user_agent: str = USER_AGENT) -> httpx.AsyncClient:
    limits = httpx.Limits(max_connections=max_hosts * 2, max_keepalive_connections=max_hosts)
    transport = ConnectToTransport(connect_to or {}, limits=limits)
    return httpx.AsyncClient(transport=transport, timeout=httpx.Timeout(timeout), follow_redirects=False,
                             headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate",
                                      "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                                      "Accept-Language": "vi,en;q=0.5"})


def _decode_content(raw: bytes, encoding: str | None) -> bytes:
    encoding = (encoding or "identity").lower().strip()
    if encoding in ("identity", ""):
        return raw
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompress(raw, 16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        try:
            return zlib.decompress(raw)
        except zlib.error:
            return zlib.decompress(raw, -zlib.MAX_WBITS)
    raise FetchError(f"unsupported Content-Encoding {encoding!r}", retryable=False)


def parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


async def get(client: httpx.AsyncClient, url: str, *, max_bytes: int, timeout: float,
              headers: dict[str, str] | None = None) -> Response:
    """One GET, no redirects followed; raises FetchError for network errors, caps and 429/5xx."""
    fetched_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    try:
        async with asyncio.timeout(timeout * 3):  # a server that drips bytes forever
            async with client.stream("GET", url, headers=headers or {}) as r:
                length = r.headers.get("content-length")
                if length and length.isdigit() and int(length) > max_bytes:
                    raise FetchError(f"body too large ({length} bytes > {max_bytes})", retryable=False)
                chunks, size = [], 0
                async for chunk in r.aiter_raw():
                    size += len(chunk)
                    if size > max_bytes:
                        raise FetchError(f"body too large (over {max_bytes} bytes)", retryable=False)
                    chunks.append(chunk)
                raw = b"".join(chunks)
                req_headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in r.request.headers.raw]
                resp_headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in r.headers.raw]
    except FetchError:
        raise
    except (TimeoutError, httpx.TimeoutException):
        raise FetchError("timeout", retryable=True) from None
    except httpx.TransportError as exc:
        raise FetchError(f"connection error: {exc.__class__.__name__}: {exc}".rstrip(": "), retryable=True) from None
    try:
        body = _decode_content(raw, r.headers.get("content-encoding"))
    except zlib.error as exc:
        raise FetchError(f"bad Content-Encoding: {exc}", retryable=False) from None
    response = Response(url=url, status=r.status_code, reason=r.reason_phrase, http_version=r.http_version,
                        request_headers=req_headers, headers=resp_headers, raw_body=raw, body=body,
                        fetched_at=fetched_at)
    if r.status_code in RETRY_STATUSES:
        raise FetchError(f"HTTP {r.status_code}", retryable=True,
                         retry_after=parse_retry_after(r.headers.get("retry-after")), response=response)
    return response


# --- robots.txt --------------------------------------------------------------------------------
@dataclass
class Robots:
    """The rules of one host; `allow_all`/`deny_all` stand for missing and unreachable files."""

    parser: RobotFileParser | None = None
    deny_all: bool = False
    sitemaps: list[str] = field(default_factory=list)
    why: str = "disallowed by robots.txt"

    @classmethod
    def parse(cls, text: str) -> "Robots":
        rp = RobotFileParser()
        # urllib ignores fractional Crawl-delay values; round them up rather than lose them
        lines = [_CRAWL_DELAY.sub(lambda m: f"{m.group(1)}{math.ceil(float(m.group(2)))}", line)
                 for line in text.splitlines()]
        rp.parse(lines)
        return cls(parser=rp, sitemaps=list(rp.site_maps() or []))

    def allowed(self, url: str) -> bool:
        if self.deny_all:
            return False
        return self.parser is None or self.parser.can_fetch(ROBOTS_AGENT, url)

    def crawl_delay(self) -> float | None:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(ROBOTS_AGENT)
        return float(delay) if delay is not None else None


# --- charsets ----------------------------------------------------------------------------------
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)""", re.I)
_LATIN_FAMILY = {"iso8859-1", "latin-1", "ascii", "cp1252", "iso8859-15"}


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def header_charset(content_type: str | None) -> str | None:
    m = re.search(r"charset\s*=\s*[\"']?([^\s;\"']+)", content_type or "", re.I)
    return _codec(m.group(1)) if m else None


def detect_charset(body: bytes, content_type: str | None = None) -> str:
    """The charset a Vietnamese page is really in, even when the HTTP header lies.

    Order: BOM; strict UTF-8 (multi-byte Vietnamese that decodes as UTF-8 is UTF-8 whatever the
    header claims); the page's own <meta>/XML declaration; the header unless it names a Western
    single-byte charset (the classic lie); statistical detection.
    """
    for bom, name in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if body.startswith(bom):
            return name
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    head = body[:4096]
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    declared = _codec(m.group(1).decode("ascii", "ignore")) if m else None
    if declared and declared != "utf-8":
        return declared
    from_header = header_charset(content_type)
    if from_header and from_header not in _LATIN_FAMILY and from_header != "utf-8":
        return from_header
    candidates = ["cp1258"]
    best = charset_normalizer.from_bytes(body[:200_000]).best()
    if best and best.encoding and _codec(best.encoding):
        candidates.append(_codec(best.encoding))
    if from_header:
        candidates.append(from_header)
    return max(candidates, key=lambda name: _vietnamese_score(body[:200_000], name))


_VI_LETTERS = set("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")


def _vietnamese_score(body: bytes, charset: str) -> float:
    """Share of non-ASCII letters that are Vietnamese once decoded: high for the right legacy codec."""
    import unicodedata

    try:
        text = unicodedata.normalize("NFC", body.decode(charset)).lower()
    except (UnicodeDecodeError, LookupError):
        return -1.0
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return 0.0
    return sum(c in _VI_LETTERS for c in non_ascii) / len(non_ascii)
