"""The crawl: discover candidate articles per source and fetch them politely into the corpus.

One asyncio task per host works through that host's queue in the state database, never faster
than the host's delay (sources.yml, or robots.txt Crawl-delay if longer), while different hosts
run concurrently. The queue lives in SQLite, so a killed crawl resumes where it stopped.
"""
from __future__ import annotations

import asyncio
import json
import logging
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import click

from pipeline import discovery
from pipeline.config import ConfigError, Source, SourcesConfig, load_sources
from pipeline.corpus import Corpus, CorpusLocked, Exchange, sha256
from pipeline.fetch import FetchError, Response, Robots, detect_charset, get, make_client

log = logging.getLogger("noichinh.crawl")

# queue order within a host: rules first, then seeds, then what they lead to
PRIORITY = {"robots": 0, "home": 1, "feed": 2, "sitemap": 2, "listing": 3, "article": 5}
SEED_KINDS = ("home", "feed", "sitemap", "listing")
MAX_RETRY_AFTER = 300.0


@dataclass
class SourceSummary:
    source_id: str
    discovered: int = 0
    fetched: int = 0
    unchanged: int = 0
    failed: int = 0
    skipped: int = 0

    def line(self) -> str:
        return (f"{self.source_id}: discovered {self.discovered}, fetched {self.fetched}, "
                f"unchanged {self.unchanged}, failed {self.failed}, skipped {self.skipped}")


@dataclass
class CrawlStats:
    """Counters a benchmark or test can read after a run."""

    requests: int = 0
    body_bytes: int = 0
    started: float = field(default_factory=time.monotonic)
    first_request: float | None = None
    last_request: float | None = None


class HostWorker:
    """Fetches one host's queue in order, keeping the host's politeness delay between requests."""

    def __init__(self, crawler: "Crawler", host: str):
        self.crawler, self.host = crawler, host
        self.robots: Robots | None = None
        self.last_start: float | None = None  # monotonic start of the previous request

    @property
    def delay(self) -> float:
        base = max((self.crawler.config.setting(s, "delay") for s in self.crawler.sources_on(self.host)),
                   default=self.crawler.config.defaults.delay)
        robots_delay = self.robots.crawl_delay() if self.robots else None
        return max(base, robots_delay or 0.0)

    async def wait_turn(self, at_least: float = 0.0):
        """Sleep until the host's delay since the previous request (read now: robots may have raised it)."""
        now = time.monotonic()
        start = now + at_least
        if self.last_start is not None:
            start = max(start, self.last_start + self.delay)
        if start > now:
            await asyncio.sleep(start - now)
        self.last_start = time.monotonic()

    async def run(self):
        c = self.crawler
        while True:
            row = c.corpus.next_pending(self.host, c.run_id)
            if row is None:
                return
            if c.limit_reached(row["source_id"]):
                c.corpus.mark(row["url"], c.run_id, "queued", error="max_pages reached; left for the next crawl")
                continue
            if row["kind"] != "robots" and self.robots is None:
                await self.load_robots(row["source_id"], urlsplit(row["url"]).scheme)
            await self.visit(row)

    async def load_robots(self, source_id: str, scheme: str):
        url = f"{scheme}://{self.host}/robots.txt"
        self.crawler.enqueue(url, self.crawler.config.by_id(source_id), "robots", None)
        row = self.crawler.corpus.page(url)
        await self.visit(row)
        if self.robots is None:
            self.robots = Robots()

    async def visit(self, row):
        c = self.crawler
        url, kind = row["url"], row["kind"]
        source = c.config.by_id(row["source_id"])
        if kind != "robots" and self.robots is not None and not self.robots.allowed(url):
            c.corpus.mark(url, c.run_id, "skipped", error=self.robots.why)
            log.info("skipped %s: %s", url, self.robots.why)
            return
        headers = {}
        if row["warc_file"]:
            if row["etag"]:
                headers["If-None-Match"] = row["etag"]
            if row["last_modified"]:
                headers["If-Modified-Since"] = row["last_modified"]
        try:
            response, attempts = await self.fetch_with_retries(url, source, headers)
        except FetchError as exc:
            self.fail(row, exc.reason, exc.response.status if exc.response else None, attempts=1)
            if kind == "robots":
                # RFC 9309: an unreachable robots.txt (5xx, network) means "assume complete disallow"
                self.robots = Robots(deny_all=True, why=f"robots.txt unreachable ({exc.reason}): host left alone")
            return
        await self.handle(row, source, response, attempts)

    async def fetch_with_retries(self, url: str, source: Source, headers: dict) -> tuple[Response, int]:
        c = self.crawler
        retries = c.config.setting(source, "retries")
        backoff = c.backoff
        attempt = 0
        wait = 0.0
        while True:
            attempt += 1
            await self.wait_turn(wait)
            c.note_request()
            try:
                response = await get(c.client, url, max_bytes=c.config.setting(source, "max_body_bytes"),
                                     timeout=c.config.setting(source, "timeout"), headers=headers)
                c.stats.body_bytes += len(response.raw_body)
                return response, attempt
            except FetchError as exc:
                if exc.response is not None:
                    c.stats.body_bytes += len(exc.response.raw_body)
                if not exc.retryable or attempt > retries:
                    if exc.retryable:
                        exc.reason = f"{exc.reason} (gave up after {attempt} attempts)"
                    raise
                if exc.retry_after is not None and exc.retry_after > MAX_RETRY_AFTER:
                    exc.reason = f"{exc.reason}: Retry-After {exc.retry_after:.0f}s is too long"
                    raise
                wait = max(exc.retry_after or 0.0, backoff * (2 ** (attempt - 1)))
                log.info("retrying %s in %.1fs after %s", url, wait, exc.reason)

    def fail(self, row, reason: str, http_status: int | None, attempts: int):
        c = self.crawler
        c.corpus.mark(row["url"], c.run_id, "failed", http_status=http_status, error=reason, attempts=attempts)
        c.log_failure(row["url"], reason)

    async def handle(self, row, source: Source, response: Response, attempts: int):
        c = self.crawler
        url, kind = row["url"], row["kind"]
        status = response.status
        if status == 304:
            c.corpus.mark(url, c.run_id, "unchanged", http_status=304, attempts=attempts)
            if kind == "robots" and self.robots is None and row["warc_file"]:
                self.robots = self.robots_from_store(row)
            return
        body_hash = sha256(response.body)
        same = bool(row["warc_file"]) and row["content_hash"] == body_hash and row["http_status"] == status
        if 300 <= status < 400 and response.header("location"):
            target = discovery.normalize(response.header("location"), url)
            if not same:
                self.store(row, response, attempts, body_hash=body_hash)
            hops = json.loads(row["meta"] or "{}").get("hops", 0) + 1
            if target is None:
                self.fail(row, f"redirect to an unusable location {response.header('location')!r}", status, 0)
            elif hops > c.config.setting(source, "max_redirects"):
                self.fail(row, f"too many redirects ({hops})", status, 0)
            elif target == url or c.corpus.page(target) and c.redirect_chain_has(target, url):
                self.fail(row, f"redirect loop via {target}", status, 0)
            elif not discovery.same_site(target, self.host):
                c.corpus.mark(url, c.run_id, "skipped", http_status=status, error=f"redirects off-site to {target}")
            else:
                c.corpus.mark(url, c.run_id, "redirected", http_status=status, redirect_to=target)
                c.enqueue(target, source, kind, url, anchor=row["anchor"], meta={**json.loads(row["meta"] or "{}"), "hops": hops})
            return
        if not same:
            self.store(row, response, attempts, body_hash=body_hash)
        if kind == "robots":
            if same:
                c.corpus.mark(url, c.run_id, "unchanged", http_status=status, attempts=attempts)
            if status >= 400:
                self.robots = Robots()  # 4xx: no rules, everything allowed
            else:
                self.robots = Robots.parse(response.body.decode("utf-8", "replace"))
                if source.discover:
                    for sm in self.robots.sitemaps:
                        sm_url = discovery.normalize(sm, url)
                        if sm_url and discovery.same_site(sm_url, self.host):
                            c.enqueue(sm_url, source, "sitemap", url)
            return
        if status >= 400:
            meta = json.loads(row["meta"] or "{}")
            if meta.get("guessed") and status == 404:
                c.corpus.mark(url, c.run_id, "skipped", http_status=404, error="not found (guessed location)")
            elif kind == "listing" and meta.get("page_url") and meta.get("page", 1) > 1 and status == 404:
                c.corpus.mark(url, c.run_id, "skipped", http_status=404, error="past the last listing page")
            else:
                self.fail(row, f"HTTP {status}", status, 0)
            return
        if same:
            c.corpus.mark(url, c.run_id, "unchanged", http_status=status, attempts=attempts)
            return
        try:
            self.discover(row, source, response)
        except Exception as exc:  # a malformed feed must not stop the crawl
            c.log_failure(url, f"could not parse {kind}: {exc}")

    def robots_from_store(self, row) -> Robots:
        from pipeline.corpus import read_record

        _, _, _, body = read_record(self.crawler.corpus.root, row["warc_file"], row["warc_offset"])
        return Robots.parse(body.decode("utf-8", "replace"))

    def store(self, row, response: Response, attempts: int, body_hash: str | None = None):
        c = self.crawler
        content_type = response.header("content-type")
        charset = detect_charset(response.body, content_type) if _is_text(content_type) else None
        ex = Exchange(url=row["url"], request_headers=response.request_headers, status=response.status,
                      reason=response.reason, http_version=response.http_version,
                      response_headers=response.headers, raw_body=response.raw_body,
                      fetched_at=response.fetched_at, source_id=row["source_id"], kind=row["kind"], charset=charset)
        c.corpus.store(ex, run_id=c.run_id, body_hash=body_hash or sha256(response.body),
                       etag=response.header("etag"), last_modified=response.header("last-modified"),
                       content_type=content_type, attempts=attempts)
        c.progress_tick()

    def discover(self, row, source: Source, response: Response):
        c = self.crawler
        url, kind = row["url"], row["kind"]
        body = response.body
        keywords = c.config.setting(source, "keywords")

        def candidate(link: discovery.Link, pattern: str | None = None):
            if not discovery.same_site(link.url, self.host):
                return
            if pattern and not _matches(pattern, link.url):
                return
            if discovery.is_relevant(link.url, link.anchor, keywords):
                c.enqueue(link.url, source, "article", url, anchor=link.anchor)

        if kind == "home":
            if source.discover:
                for feed in discovery.find_feeds(body, url):
                    if discovery.same_site(feed, self.host):
                        c.enqueue(feed, source, "feed", url)
            for link in discovery.page_links(body, url):
                if _looks_like_article(link.url):
                    candidate(link)
        elif kind == "feed":
            for link in discovery.parse_feed(body, url):
                candidate(link)
        elif kind == "sitemap":
            children, pages = discovery.parse_sitemap(body, url)
            for child in children:
                if discovery.same_site(child, self.host):
                    c.enqueue(child, source, "sitemap", url)
            for link in pages:
                candidate(link)
        elif kind == "listing":
            meta = json.loads(row["meta"] or "{}")
            pattern = meta.get("pattern")
            for link in discovery.page_links(body, url):
                if pattern or _looks_like_article(link.url):
                    candidate(link, pattern)
            page_no = meta.get("page", 1)
            if page_no < meta.get("max_pages", 1) and not meta.get("page_url"):
                nxt = discovery.next_page(body, url, page_no)
                if nxt and discovery.same_site(nxt, self.host) and nxt != url:
                    c.enqueue(nxt, source, "listing", url, meta={**meta, "page": page_no + 1})


def _is_text(content_type: str | None) -> bool:
    ct = (content_type or "text/html").lower()
    return ct.startswith("text/") or "xml" in ct or "html" in ct or "json" in ct


def _matches(pattern: str, url: str) -> bool:
    import re

    return re.search(pattern, url) is not None


def _looks_like_article(url: str) -> bool:
    """Home pages and listings link everything; article URLs end in a slug, usually with an id."""
    path = urlsplit(url).path.rstrip("/")
    last = path.rsplit("/", 1)[-1]
    return last.count("-") >= 3


class Crawler:
    def __init__(self, config: SourcesConfig, corpus: Corpus, *, source_ids: list[str] | None = None,
                 progress: bool = False, backoff: float = 1.0, connect_to: dict[str, str] | None = None):
        self.config, self.corpus = config, corpus
        self.sources = [s for s in config.sources if not source_ids or s.id in source_ids]
        self.progress_enabled = progress
        self.backoff = backoff
        self.connect_to = {**config.connect_to, **(connect_to or {})}
        self.stats = CrawlStats()
        self.run_id, self.resumed = corpus.begin_run()
        self.client = None
        self.bar = None
        self.failure_log = open(corpus.root / "failures.log", "a", encoding="utf-8")

    def sources_on(self, host: str) -> list[Source]:
        return [s for s in self.sources if s.host == host]

    def enqueue(self, url: str, source: Source, kind: str, found_on: str | None, *, anchor: str | None = None,
                meta: dict | None = None):
        self.corpus.add_url(url, source_id=source.id, host=urlsplit(url).hostname or "", kind=kind,
                            run_id=self.run_id, discovered_from=found_on, anchor=anchor, meta=meta,
                            priority=PRIORITY.get(kind, 5))

    def redirect_chain_has(self, start: str, url: str) -> bool:
        seen, cur = set(), start
        while cur and cur not in seen:
            if cur == url:
                return True
            seen.add(cur)
            row = self.corpus.page(cur)
            cur = row["redirect_to"] if row else None
        return False

    def seed(self):
        """Queue every source's entry points (again, on a new run: seeds change between crawls)."""
        for s in self.sources:
            home = discovery.normalize(s.home)
            self.enqueue(home, s, "home", None, meta={"seed": True})
            for f in s.feeds:
                self.enqueue(discovery.normalize(f), s, "feed", None, meta={"seed": True})
            for sm in s.sitemaps:
                self.enqueue(discovery.normalize(sm), s, "sitemap", None, meta={"seed": True})
            if s.discover and not s.sitemaps:
                self.enqueue(urljoin(home, "/sitemap.xml"), s, "sitemap", None, meta={"seed": True, "guessed": True})
            for i, listing in enumerate(s.listings):
                meta = {"seed": True, "pattern": listing.pattern, "max_pages": listing.max_pages, "page": 1,
                        "page_url": listing.page_url}
                self.enqueue(discovery.normalize(listing.url), s, "listing", None, meta=meta)
                if listing.page_url:
                    for n in range(2, listing.max_pages + 1):
                        self.enqueue(discovery.normalize(listing.page_url.format(n=n)), s, "listing", None,
                                     meta={**meta, "page": n})

    def limit_reached(self, source_id: str) -> bool:
        source = self.config.by_id(source_id)
        cap = self.config.setting(source, "max_pages")
        return self.corpus.count_visited(source_id, self.run_id, ("fetched",)) >= cap

    def note_request(self):
        now = time.monotonic()
        self.stats.requests += 1
        self.stats.first_request = self.stats.first_request or now
        self.stats.last_request = now

    def progress_tick(self):
        if self.bar is not None:
            self.bar.update(1)

    def log_failure(self, url: str, reason: str):
        log.warning("failed %s: %s", url, reason)
        self.failure_log.write(f"{time.strftime('%Y-%m-%dT%H:%M:%S')}\t{url}\t{reason}\n")
        self.failure_log.flush()

    async def run(self) -> list[SourceSummary]:
        self.seed()
        concurrency = self.config.defaults.concurrency
        if self.progress_enabled:
            from tqdm import tqdm

            self.bar = tqdm(desc="crawl", unit="page", file=sys.stderr)
        async with make_client(timeout=self.config.defaults.timeout, connect_to=self.connect_to,
                               max_hosts=concurrency, user_agent=self.config.defaults.user_agent) as client:
            self.client = client
            sem = asyncio.Semaphore(concurrency)
            workers: dict[str, HostWorker] = {}

            async def work(host: str):
                async with sem:
                    await workers[host].run()

            # hosts can gain work from each other only via redirects; loop until every queue is empty
            while True:
                hosts = [h for h in self.corpus.pending_hosts(self.run_id) if h]
                hosts = [h for h in hosts if self.sources_on(h) or self._host_of_known_source(h)]
                if not hosts:
                    break
                for h in hosts:
                    workers.setdefault(h, HostWorker(self, h))
                await asyncio.gather(*(work(h) for h in hosts))
        if self.bar is not None:
            self.bar.close()
        self.corpus.finish_run(self.run_id)
        self.failure_log.close()
        return self.summaries()

    def _host_of_known_source(self, host: str) -> bool:
        return any(discovery.same_site(f"http://{host}/", s.host) for s in self.sources)

    def summaries(self) -> list[SourceSummary]:
        out = []
        db = self.corpus.db
        for s in self.sources:
            summary = SourceSummary(s.id)
            summary.discovered = db.execute(
                "SELECT count(*) FROM pages WHERE source_id=? AND discovered_run=? AND kind='article'",
                (s.id, self.run_id)).fetchone()[0]
            for status, n in db.execute(
                    "SELECT status, count(*) FROM pages WHERE source_id=? AND visited_run=? GROUP BY status",
                    (s.id, self.run_id)):
                if status in ("fetched", "unchanged", "failed", "skipped"):
                    setattr(summary, status, getattr(summary, status) + n)
            out.append(summary)
        return out


def run_crawl(config: SourcesConfig, corpus_dir: str | Path, *, source_ids: list[str] | None = None,
              progress: bool = False, backoff: float = 1.0,
              connect_to: dict[str, str] | None = None) -> tuple[list[SourceSummary], CrawlStats]:
    """Crawl every (or the named) source into corpus_dir; resumes an interrupted crawl."""
    with Corpus(corpus_dir) as corpus:
        crawler = Crawler(config, corpus, source_ids=source_ids, progress=progress, backoff=backoff,
                          connect_to=connect_to)
        summaries = asyncio.run(crawler.run())
        return summaries, crawler.stats


def _parse_connect_to(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for v in values:
        host, sep, target = v.partition("=")
        if not sep or not host or not target:
            raise click.BadParameter(f"expected HOST=ADDRESS:PORT, got {v!r}", param_hint="--connect-to")
        out[host] = target
    return out


@click.command()
@click.option("--sources", "sources_path", default="sources.yml", show_default=True,
              type=click.Path(dir_okay=False, path_type=Path), help="The sources file.")
@click.option("--corpus", "corpus_dir", default="corpus", show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="Where WARC files and crawl state live.")
@click.option("--source", "source_ids", multiple=True, help="Crawl only this source id (repeatable).")
@click.option("--connect-to", multiple=True, help="HOST=ADDRESS:PORT: reach HOST at ADDRESS:PORT (repeatable).")
@click.option("--backoff", default=1.0, show_default=True, help="First retry wait in seconds; doubles each retry.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@click.option("-v", "--verbose", is_flag=True, help="Log every retry and skip.")
def command(sources_path, corpus_dir, source_ids, connect_to, backoff, progress, verbose):
    """Discover and fetch articles from the sources into the corpus (resumes an interrupted crawl)."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    try:
        config = load_sources(sources_path)
    except ConfigError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    unknown = set(source_ids) - {s.id for s in config.sources}
    if unknown:
        click.echo(f"error: {sources_path}: no source with id {', '.join(sorted(unknown))}", err=True)
        sys.exit(2)
    if progress is None:
        progress = sys.stderr.isatty()
    try:
        summaries, stats = run_crawl(config, corpus_dir, source_ids=list(source_ids) or None, progress=progress,
                                     backoff=backoff, connect_to=_parse_connect_to(connect_to))
    except CorpusLocked as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    for s in summaries:
        click.echo(s.line())
    failed = sum(s.failed for s in summaries)
    if failed:
        click.echo(f"{failed} failures; reasons in {Path(corpus_dir) / 'failures.log'}", err=True)
