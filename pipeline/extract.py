"""`noichinh extract`: stored article pages -> one JSON of metadata, text and facts per article.

Stage 1 (`pipeline.article`) turns a page into clean text and metadata; the fact extractor
(`pipeline.facts.Annotator`) reads that text. Pages are spread over worker processes that each
build the Annotator once; each worker writes its files atomically, so a killed run leaves
only whole files and the next run redoes just what is missing. A page whose body and
extractor version are unchanged is not extracted again. Syndicated copies are linked at the
end, over every article in the folder, because a newly fetched copy can change which one is
canonical.
"""
from __future__ import annotations

import gc
import json
import multiprocessing
import os
import sqlite3
import sys
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field, replace
from hashlib import sha256
from pathlib import Path
from typing import Iterable, Iterator
from urllib.parse import urlsplit

import click

from pipeline.article import MIN_CHARS, STAGE1_VERSION, NotAnArticle, PageError, extract_article, url_id
from pipeline.dedup import DupKey, canonical_ids

FAILURES = "_failures.jsonl"
NOT_ARTICLES = "_not_articles.jsonl"  # pages seen and judged not articles: skipped again while unchanged

# SCHEMA.md keys when no fact extractor is installed: the record keeps its shape and says it holds no facts
EMPTY_FACTS = {
    "is_bloc_event": False, "event_type": None, "event_date": None, "period": None, "province": None,
    "province_new": None, "bloc_name": None, "member_count_stated": None, "members": [], "leader_unit": None,
    "deputy_unit": None, "officials": [], "themes": [], "awards": [], "evidence": [],
}


class ExtractError(Exception):
    """The run cannot proceed (no corpus, fact extractor cannot start); `str()` is the message for the user."""


# ---------------------------------------------------------------------------------------------
# reading the corpus

@dataclass(frozen=True)
class Task:
    """One stored page to extract, as the parent sends it: where the record is, not the body.

    Workers read their own WARC records, so bodies never cross process boundaries and the
    parent stays light. `skip_hash` is the body hash already extracted with this version;
    `skip_not_article` the body hash already judged not an article, with its reason.
    """

    url: str
    source_id: str
    charset: str | None
    content_type: str | None
    fetched_at: str | None
    warc_file: str
    warc_offset: int
    province_hint: str | None = None
    skip_hash: str | None = None
    skip_not_article: tuple[str, str] | None = None

    @property
    def id(self) -> str:
        return url_id(self.url)


@dataclass(frozen=True)
class Page:
    """One stored response with its body: what stage 1 reads."""

    url: str
    source_id: str
    status: int
    body: bytes
    charset: str | None
    content_type: str | None
    fetched_at: str | None
    warc_file: str
    warc_offset: int
    province_hint: str | None = None

    @property
    def id(self) -> str:
        return url_id(self.url)


class CorruptRecord(Exception):
    """A WARC record that cannot be read back; `str()` names the file and offset."""


def list_tasks(corpus_dir: Path, kinds: Iterable[str] = ("article",)) -> list[Task]:
    """Every stored page of these kinds, in crawl order."""
    from pipeline.corpus import stored_pages

    return [Task(url=r["url"], source_id=r["source_id"], charset=r["charset"], content_type=r["content_type"],
                 fetched_at=r["fetched_at"], warc_file=r["warc_file"], warc_offset=r["warc_offset"])
            for r in stored_pages(corpus_dir, kinds)]


def read_page(corpus_dir: Path, task: Task) -> Page:
    """The stored response of a task; CorruptRecord when the record is damaged.

    Per record, not `iter_responses`: one corrupt record must not end the iteration for every
    page after it.
    """
    from pipeline.corpus import read_record

    try:
        _, status, headers, body = read_record(corpus_dir, task.warc_file, task.warc_offset)
    except Exception as exc:  # warcio/zlib raise many kinds on a damaged record
        where = f"{task.warc_file}@{task.warc_offset}"
        raise CorruptRecord(f"corrupt WARC record: {where}: {type(exc).__name__}: {exc}".rstrip(": ")) from None
    content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), None)
    return Page(url=task.url, source_id=task.source_id, status=status, body=body, charset=task.charset,
                content_type=content_type or task.content_type, fetched_at=task.fetched_at,
                warc_file=task.warc_file, warc_offset=task.warc_offset, province_hint=task.province_hint)


# ---------------------------------------------------------------------------------------------
# one page

def facts_version() -> str:
    """The fact extractor's version, or 'nofacts' while `pipeline.facts` is not installed."""
    try:
        from pipeline.facts import EXTRACTOR_VERSION
    except ImportError:
        return "nofacts"
    return str(EXTRACTOR_VERSION)


def extractor_version() -> str:
    return f"{facts_version()}+{STAGE1_VERSION}"


def load_annotator():
    try:
        from pipeline.facts import Annotator
    except ImportError:
        return None
    return Annotator()


@dataclass
class Outcome:
    """What a worker reports back: small, so the bodies and texts stay in the worker."""

    url: str
    id: str
    status: str  # "article", "unchanged", "not_article", "failed", "fatal"
    reason: str | None = None
    simhash: str | None = None
    published: str | None = None
    is_bloc_event: bool = False
    content_hash: str | None = None


def write_json_atomic(path: Path, data) -> None:
    """Write next to the target, then rename: a reader or a killed run never sees half a file."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(data, ensure_ascii=False))  # no indent: the C encoder, 5x faster
        fh.write("\n")
    os.replace(tmp, path)


def outlet_of(url: str) -> str | None:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None


def build_record(page: Page, art, facts: dict | None, version: str) -> dict:
    """The `extracted/<id>.json` record: page metadata, then the facts, then provenance (FORMATS.md 2)."""
    record = {
        "id": page.id, "url": page.url, "source_id": page.source_id, "outlet": outlet_of(page.url),
        "published": art.published, "published_time": art.published_time, "title": art.title,
        "author": art.author, "sitename": art.sitename, "description": art.description,
    }
    for key, value in {**EMPTY_FACTS, **(facts or {})}.items():
        if key not in record and key != "text":
            record[key] = value
    record.update(
        text=art.text, simhash=art.simhash, canonical_id=page.id, content_hash=art.content_hash,
        extractor_version=version, fetched_at=page.fetched_at, warc_file=page.warc_file,
        warc_offset=page.warc_offset,
    )
    return record


class PageExtractor:
    """Stage 1 + facts for one page at a time; holds the Annotator so it is built once per process."""

    def __init__(self, corpus_dir: Path, out_dir: Path, annotator=None, version: str | None = None,
                 min_chars: int = MIN_CHARS):
        self.corpus_dir = Path(corpus_dir)
        self.out_dir = Path(out_dir)
        self.annotator = annotator
        self.version = version or extractor_version()
        self.min_chars = min_chars

    def __call__(self, task: Task) -> Outcome:
        try:
            page = read_page(self.corpus_dir, task)
        except CorruptRecord as exc:
            return Outcome(url=task.url, id=task.id, status="failed", reason=str(exc))
        content_hash = sha256(page.body).hexdigest()
        base = dict(url=page.url, id=page.id, content_hash=content_hash)
        if content_hash == task.skip_hash:
            return Outcome(**base, status="unchanged")
        if task.skip_not_article and task.skip_not_article[0] == content_hash:
            return Outcome(**base, status="not_article", reason=task.skip_not_article[1])
        return self.extract(page, base)

    def extract(self, page: Page, base: dict) -> Outcome:
        if not 200 <= page.status < 300:
            return Outcome(**base, status="not_article", reason=f"HTTP status {page.status}")
        ctype = (page.content_type or "").split(";")[0].strip().lower()
        if ctype and "html" not in ctype and not ctype.startswith("text/"):
            return Outcome(**base, status="not_article", reason=f"not HTML ({ctype})")
        try:
            art = extract_article(page.body, page.url, charset=page.charset, content_type=page.content_type,
                                  fetched_at=page.fetched_at, min_chars=self.min_chars)
        except NotAnArticle as exc:
            return Outcome(**base, status="not_article", reason=str(exc))
        except PageError as exc:
            return Outcome(**base, status="failed", reason=str(exc))
        except Exception as exc:  # a bug or a pathological page: report it, keep the run going
            return Outcome(**base, status="failed", reason=f"stage 1 error: {type(exc).__name__}: {exc}")
        facts = None
        if self.annotator is not None:
            try:
                facts = self.annotator.annotate(art.text, url=page.url, published=art.published,
                                                outlet=outlet_of(page.url), province_hint=page.province_hint)
            except Exception as exc:
                return Outcome(**base, status="failed", reason=f"fact extractor error: {type(exc).__name__}: {exc}")
        record = build_record(page, art, facts, self.version)
        try:
            write_json_atomic(self.out_dir / f"{page.id}.json", record)
        except (OSError, TypeError, ValueError) as exc:
            return Outcome(**base, status="failed", reason=f"cannot write record: {exc}")
        return Outcome(**base, status="article", simhash=art.simhash, published=art.published,
                       is_bloc_event=record.get("is_bloc_event") is True,
                       reason=f"fact extractor error: {record['error']}" if record.get("error") else None)


# One PageExtractor per worker process, built by the pool's initializer (the Annotator is too
# heavy to build per page and cannot be pickled to the workers).
_worker: PageExtractor | None = None
_worker_error: str | None = None


_preloaded = None  # the parent's Annotator, inherited by forked workers (copy-on-write) so none builds its own


def _init_worker(corpus_dir: str, out_dir: str, version: str, min_chars: int) -> None:
    global _worker, _worker_error
    try:
        annotator = _preloaded if _preloaded is not None else load_annotator()  # spawned workers build their own
        _worker = PageExtractor(Path(corpus_dir), Path(out_dir), annotator, version, min_chars)
    except Exception as exc:
        _worker_error = f"fact extractor cannot start: {type(exc).__name__}: {exc}"


def _work(task: Task) -> Outcome:
    if _worker is None:
        return Outcome(url=task.url, id=task.id, status="fatal", reason=_worker_error or "worker not initialised")
    return _worker(task)


# ---------------------------------------------------------------------------------------------
# the run

@dataclass
class Known:
    """What the folder already holds for one article: enough for incremental runs and dedup."""

    url: str
    content_hash: str | None
    version: str | None
    simhash: str | None
    published: str | None
    canonical_id: str | None
    is_bloc_event: bool


def read_known(out_dir: Path) -> dict[str, Known]:
    known = {}
    for path in out_dir.glob("*.json"):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            continue  # unreadable: treated as absent, so it is extracted again
        if not isinstance(data, dict) or not isinstance(data.get("url"), str):
            continue
        known[path.stem] = Known(url=data["url"], content_hash=data.get("content_hash"),
                                 version=data.get("extractor_version"), simhash=data.get("simhash"),
                                 published=data.get("published"), canonical_id=data.get("canonical_id"),
                                 is_bloc_event=data.get("is_bloc_event") is True)
    return known


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            item = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(item, dict):
            out.append(item)
    return out


def write_jsonl_atomic(path: Path, items: list[dict]) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


@dataclass
class Summary:
    pages: int = 0
    articles: int = 0
    unchanged: int = 0
    bloc_events: int = 0
    bloc_events_total: int = 0
    articles_total: int = 0
    not_articles: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)
    fact_errors: list[tuple[str, str]] = field(default_factory=list)
    duplicates: int = 0       # articles that point at another canonical copy
    relinked: int = 0         # files whose canonical_id changed in this run
    seconds: float = 0.0

    def lines(self, out_dir: Path) -> list[str]:
        rate = self.pages / self.seconds if self.seconds else 0.0
        out = [
            f"pages read: {self.pages} in {self.seconds:.1f}s ({rate:.1f}/s)",
            f"articles extracted: {self.articles} (bloc events: {self.bloc_events})",
            f"skipped as unchanged: {self.unchanged}",
            f"not articles: {sum(self.not_articles.values())}"
            + (f" ({', '.join(f'{k}: {v}' for k, v in self.not_articles.most_common())})" if self.not_articles else ""),
            f"in {out_dir}: {self.articles_total} articles, {self.bloc_events_total} bloc events,"
            f" {self.duplicates} syndicated copies linked to a canonical one",
            f"failures: {len(self.failures)}" + (f" (see {out_dir / FAILURES})" if self.failures else ""),
        ]
        kinds = Counter(_reason_kind(reason) for _, reason in self.failures)
        out += [f"  {kind}: {n}" for kind, n in kinds.most_common()]
        if self.fact_errors:
            out.append(f"articles written with a fact extractor error (key 'error' in the file): {len(self.fact_errors)}")
            out += [f"  {url}: {reason}" for url, reason in self.fact_errors[:5]]
        return out


def _reason_kind(reason: str) -> str:
    """'too short (120 chars)' -> 'too short': the summary counts kinds, the files keep details."""
    return reason.split(" (")[0].split(":")[0]


def _run_tasks(tasks: Iterable[Task], corpus_dir: Path, out_dir: Path, jobs: int, version: str, min_chars: int,
               annotator=None) -> Iterator[Outcome]:
    if jobs <= 1:
        if annotator is None:
            annotator = load_annotator()
        extractor = PageExtractor(corpus_dir, out_dir, annotator, version, min_chars)
        for task in tasks:
            yield extractor(task)
        return
    # tasks go out in small batches: one future per page costs the parent a wake-up and two pickles
    # per page, CPU taken from the workers on a box with as many cores as jobs
    batches = _batches(tasks, BATCH)
    window = jobs * 3  # batches in flight: every worker has the next one queued, memory stays bounded
    global _preloaded
    # one Annotator built here and shared by fork: the workers start at once instead of each spending ~2 s of
    # CPU on its own, and share its memory; frozen, so the collector never touches (and copies) its pages
    fork = "fork" in multiprocessing.get_all_start_methods()
    if fork:
        try:
            _preloaded = annotator if annotator is not None else load_annotator()
        except Exception:  # the workers try again and report why, as one clear error
            _preloaded = None
    gc.freeze()
    try:
        context = multiprocessing.get_context("fork" if fork else None)
        yield from _pool_outcomes(batches, corpus_dir, out_dir, jobs, version, min_chars, window, context)
    finally:
        _preloaded = None
        gc.unfreeze()


def _pool_outcomes(batches, corpus_dir: Path, out_dir: Path, jobs: int, version: str, min_chars: int,
                   window: int, context) -> Iterator[Outcome]:
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_worker,
                             initargs=(str(corpus_dir), str(out_dir), version, min_chars)) as pool:
        pending = set()
        for batch in batches:
            pending.add(pool.submit(_work_batch, batch))
            if len(pending) >= window:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for fut in done:
                    yield from fut.result()
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                yield from fut.result()


BATCH = 8  # pages per batch: ~0.1-0.2 s of work, small enough that both workers finish together


def _batches(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    batch: list[Task] = []
    for task in tasks:
        batch.append(task)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _work_batch(batch: list[Task]) -> list[Outcome]:
    return [_work(task) for task in batch]


def extract_corpus(corpus_dir: str | Path, out_dir: str | Path, sources=None, *, jobs: int | None = None,
                   force: bool = False, progress: bool = False, min_chars: int = MIN_CHARS,
                   annotator=None) -> Summary:
    """Extract every stored article page of the corpus into out_dir; returns the run's figures.

    `annotator`: an Annotator already built (repeated runs in one process skip its start-up); with
    jobs > 1 it is built here when not given and the forked workers share it.
    """
    from pipeline.corpus import STATE_FILE

    started = time.perf_counter()
    corpus_dir, out_dir = Path(corpus_dir), Path(out_dir)
    if not (corpus_dir / STATE_FILE).exists():
        raise ExtractError(f"{corpus_dir}: no crawl state ({corpus_dir / STATE_FILE} not found); run `crawl` first")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        for stale in out_dir.glob(".*.tmp"):  # left by a killed run
            stale.unlink(missing_ok=True)
    except OSError as exc:
        raise ExtractError(f"{out_dir}: cannot write there: {exc.strerror or exc}") from None
    jobs = jobs or len(os.sched_getaffinity(0)) or 1
    version = extractor_version()
    known = {} if force else read_known(out_dir)
    judged = {} if force else {i["url"]: (i.get("content_hash"), i.get("reason", ""))
                               for i in read_jsonl(out_dir / NOT_ARTICLES) if i.get("extractor_version") == version}
    hints: dict[str, str | None] = {}

    def hint(source_id: str) -> str | None:
        if source_id not in hints:
            try:
                province = sources.by_id(source_id).province if sources is not None else None
            except KeyError:
                province = None
            hints[source_id] = None if province in (None, "national") else province
        return hints[source_id]

    tasks = []
    try:
        listed = list_tasks(corpus_dir)
    except sqlite3.Error as exc:
        raise ExtractError(f"{corpus_dir / STATE_FILE}: cannot read the crawl state: {exc}") from None
    for t in listed:
        k = known.get(t.id)
        tasks.append(replace(t, province_hint=hint(t.source_id),
                             skip_hash=k.content_hash if k and k.version == version else None,
                             skip_not_article=judged.get(t.url)))
    summary = Summary(pages=len(tasks))
    not_articles: list[dict] = []
    new: dict[str, Outcome] = {}
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(tasks), unit="page", desc="extract", leave=False)
    try:
        for outcome in _run_tasks(tasks, corpus_dir, out_dir, jobs, version, min_chars, annotator):
            if outcome.status == "fatal":
                raise ExtractError(outcome.reason)
            if outcome.status == "article":
                summary.articles += 1
                if outcome.reason:  # the record is written, but its facts are incomplete
                    summary.fact_errors.append((outcome.url, outcome.reason))
                summary.bloc_events += outcome.is_bloc_event
                new[outcome.id] = outcome
            elif outcome.status == "unchanged":
                summary.unchanged += 1
            elif outcome.status == "not_article":
                summary.not_articles[_reason_kind(outcome.reason)] += 1
                not_articles.append({"url": outcome.url, "reason": outcome.reason,
                                     "content_hash": outcome.content_hash, "extractor_version": version})
            else:
                summary.failures.append((outcome.url, outcome.reason))
            if bar is not None:
                bar.update()
    finally:
        if bar is not None:
            bar.close()

    _link_copies(out_dir, read_known(out_dir) if force else known, new, summary)
    summary.failures.sort()
    write_jsonl_atomic(out_dir / FAILURES, [{"url": u, "reason": r} for u, r in summary.failures])
    write_jsonl_atomic(out_dir / NOT_ARTICLES, sorted(not_articles, key=lambda i: i["url"]))
    summary.seconds = time.perf_counter() - started
    return summary


def _link_copies(out_dir: Path, known: dict[str, Known], new: dict[str, Outcome], summary: Summary) -> None:
    """Point every article at its canonical copy; rewrite only the files whose link changed."""
    docs, current = [], {}
    bloc = 0
    for aid, k in known.items():
        if aid in new or not k.simhash:
            continue
        docs.append(DupKey(aid, int(k.simhash, 16), k.published, k.url))
        current[aid] = k.canonical_id
        bloc += k.is_bloc_event
    for aid, o in new.items():
        docs.append(DupKey(aid, int(o.simhash, 16), o.published, o.url))
        current[aid] = aid  # as the worker wrote it
        bloc += o.is_bloc_event
    canon = canonical_ids(docs)
    summary.articles_total = len(docs)
    summary.bloc_events_total = bloc
    summary.duplicates = sum(1 for aid, c in canon.items() if aid != c)
    for aid, c in sorted(canon.items()):
        if current.get(aid) == c:
            continue
        path = out_dir / f"{aid}.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            continue
        data["canonical_id"] = c
        write_json_atomic(path, data)
        summary.relinked += 1


@click.command()
@click.option("--corpus", "corpus_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("corpus"),
              show_default=True, help="Corpus folder written by `crawl`.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("extracted"),
              show_default=True, help="Folder of extracted article JSON files.")
@click.option("--sources", "sources_path", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("sources.yml"), show_default=True, help="sources.yml (province of each outlet).")
@click.option("--jobs", type=click.IntRange(min=1), default=None, help="Worker processes (default: all cores).")
@click.option("--force", is_flag=True, help="Extract every page again, even unchanged ones.")
def command(corpus_dir: Path, out_dir: Path, sources_path: Path, jobs: int | None, force: bool):
    """Extract article text, metadata and bloc facts from the corpus into one JSON per article."""
    from pipeline.config import ConfigError, load_sources

    try:
        sources = load_sources(sources_path)
        summary = extract_corpus(corpus_dir, out_dir, sources, jobs=jobs, force=force,
                                 progress=sys.stderr.isatty())
    except (ConfigError, ExtractError) as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(2)
    for line in summary.lines(out_dir):
        click.echo(line)
