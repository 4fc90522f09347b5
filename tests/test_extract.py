"""The extract stage over a real corpus (WARC + state DB written through pipeline.corpus)."""
from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from pipeline.article import STAGE1_VERSION, url_id
from pipeline.benchmarks.extract import build_corpus
from pipeline.config import load_sources
from pipeline.extract import EMPTY_FACTS, FAILURES, NOT_ARTICLES, ExtractError, extract_corpus

ROOT = Path(__file__).resolve().parents[1]
HTML = Path(__file__).parent / "fixtures" / "html"
SCHEMA_KEYS = {"id", "url", "outlet", "published", "is_bloc_event", "event_type", "event_date", "period", "province",
               "bloc_name", "member_count_stated", "members", "leader_unit", "deputy_unit", "officials", "themes",
               "awards"}
FORMAT_KEYS = {"source_id", "title", "author", "sitename", "description", "published_time", "text", "fetched_at",
               "warc_file", "warc_offset", "simhash", "canonical_id", "extractor_version", "province_new", "evidence"}


@dataclass
class Stored:
    url: str
    source_id: str
    body: bytes
    fetched_at: str = "2024-03-25T03:00:00+00:00"
    content_type: str = "text/html; charset=utf-8"
    charset: str | None = "utf-8"
    status: int = 200


SONGLAM = "https://baosonglam.vn/thoi-su/so-ket-6-thang-a12345.html"
PORTAL = "https://hason.gov.vn/tin-tuc/ky-giao-uoc-2023"
NUKEVIET = "https://stp.benhai.gov.vn/news/hoat-dong/so-ket-123.html"
COPY_A = "https://baosonglam.vn/the-thao/hoi-thao-2022-a777.html"
COPY_B = "https://congan.songlam.gov.vn/tin-tuc/hoi-thao-2022"
LISTING = "https://baosonglam.vn/thoi-su"
BROKEN = "https://hason.gov.vn/tin-tuc/trang-hong"
CORRUPT = "https://baosonglam.vn/thoi-su/bi-hong-a999.html"


def pages() -> list[Stored]:
    read = lambda name: (HTML / name).read_bytes()  # noqa: E731
    return [
        Stored(SONGLAM, "songlam", read("baosonglam_so_ket.html")),
        Stored(PORTAL, "hason", read("portal_ky_giao_uoc.html"), fetched_at="2023-03-08T03:00:00+00:00"),
        # the crawler believed the header: ISO-8859-1; the bytes are windows-1258
        Stored(NUKEVIET, "benhai", read("nukeviet_cp1258.html"), fetched_at="2023-08-01T03:00:00+00:00",
               content_type="text/html; charset=ISO-8859-1", charset="iso-8859-1"),
        Stored(COPY_B, "conganls", read("syndicated_b.html"), fetched_at="2022-11-20T03:00:00+00:00"),
        Stored(COPY_A, "songlam", read("syndicated_a.html"), fetched_at="2022-11-21T03:00:00+00:00"),
        Stored(LISTING, "songlam", read("listing.html")),
        Stored(CORRUPT, "songlam", read("baosonglam_so_ket.html").replace(b"a12345", b"a99999")),
        Stored(BROKEN, "hason", b"<html><body><p>" + bytes(range(0x80, 0xA0)) * 40 + b"</p></body></html>",
               content_type="text/html; charset=iso-8859-1", charset="iso-8859-1"),
    ]


def write_sources(path: Path) -> Path:
    src = [("songlam", "https://baosonglam.vn/", "Nghệ An"), ("hason", "https://hason.gov.vn/", "Hà Tĩnh"),
           ("benhai", "https://stp.benhai.gov.vn/", "Quảng Trị"), ("conganls", "https://congan.songlam.gov.vn/", "national")]
    data = {"sources": [{"id": i, "name": i.upper(), "home": h, "province": p, "kind": "newspaper"} for i, h, p in src]}
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def corrupt_record(corpus: Path, url: str) -> None:
    """Overwrite the middle of one stored response record, as a bad disk or a bad copy would."""
    import sqlite3

    db = sqlite3.connect(corpus / "state.sqlite")
    warc_file, offset, length = db.execute("SELECT warc_file, warc_offset, warc_length FROM pages WHERE url=?",
                                           (url,)).fetchone()
    db.close()
    with open(corpus / "warc" / warc_file, "r+b") as fh:
        fh.seek(offset + length // 3)
        fh.write(b"\xff\x00garbage" * 40)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    build_corpus(root / "corpus", pages())
    corrupt_record(root / "corpus", CORRUPT)
    return root / "corpus"


@pytest.fixture(scope="module")
def sources(tmp_path_factory):
    return load_sources(write_sources(tmp_path_factory.mktemp("src") / "sources.yml"))


@pytest.fixture(scope="module")
def first_run(corpus, sources, tmp_path_factory):
    out = tmp_path_factory.mktemp("out1") / "extracted"
    return out, extract_corpus(corpus, out, sources, jobs=1)


def load(out: Path, url: str) -> dict:
    return json.loads((out / f"{url_id(url)}.json").read_text(encoding="utf-8"))


def test_every_article_is_extracted_and_the_rest_accounted_for(first_run):
    out, summary = first_run
    assert summary.pages == 8
    assert summary.articles == 5 and summary.unchanged == 0
    assert sorted(p.stem for p in out.glob("*.json")) == sorted(url_id(u) for u in (SONGLAM, PORTAL, NUKEVIET, COPY_A, COPY_B))
    assert dict(summary.not_articles) == {"no prose": 1}
    assert [json.loads(line)["url"] for line in (out / NOT_ARTICLES).read_text().splitlines()] == [LISTING]


def test_failures_are_listed_with_reasons_and_do_not_stop_the_run(first_run):
    out, summary = first_run
    failures = [json.loads(line) for line in (out / FAILURES).read_text(encoding="utf-8").splitlines()]
    assert [f["url"] for f in failures] == sorted([BROKEN, CORRUPT])
    reasons = {f["url"]: f["reason"] for f in failures}
    assert reasons[CORRUPT].startswith("corrupt WARC record: ")
    assert reasons[BROKEN].startswith("undecodable body")
    assert not list(out.glob(".*.tmp"))


def test_record_shape_and_page_metadata(first_run):
    out, _ = first_run
    rec = load(out, SONGLAM)
    assert SCHEMA_KEYS | FORMAT_KEYS <= set(rec)
    assert rec["id"] == url_id(SONGLAM) and rec["url"] == SONGLAM and rec["source_id"] == "songlam"
    assert rec["outlet"] == "baosonglam.vn"
    assert (rec["published"], rec["published_time"]) == ("2024-03-19", "2024-03-19T17:01:00")
    assert rec["author"] == "Hoàng Minh Thư"
    assert rec["text"].startswith(rec["title"] + "\n\n")
    assert rec["warc_file"].endswith(".warc.gz") and isinstance(rec["warc_offset"], int)
    assert len(rec["simhash"]) == 16 and rec["extractor_version"].endswith("+" + STAGE1_VERSION)
    legacy = load(out, NUKEVIET)
    assert "Đỗ Văn Tùng, Giám đốc Sở Tư pháp" in legacy["text"] and legacy["published_time"] == "2023-07-25T16:57:00"


def test_syndicated_copy_points_at_the_earliest(first_run):
    out, summary = first_run
    a, b = load(out, COPY_A), load(out, COPY_B)
    assert a["canonical_id"] == a["id"] and b["canonical_id"] == a["id"]  # 16/11 before 17/11
    assert load(out, SONGLAM)["canonical_id"] == url_id(SONGLAM)
    assert summary.duplicates == 1 and summary.relinked == 1


def test_rerun_extracts_nothing_and_touches_no_file(first_run, corpus, sources):
    out, _ = first_run
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in out.glob("*.json")}
    again = extract_corpus(corpus, out, sources, jobs=1)
    assert again.articles == 0 and again.unchanged == 5 and again.relinked == 0
    assert dict(again.not_articles) == {"no prose": 1}  # remembered, not extracted again
    assert len(again.failures) == 2  # failures are tried again on every run
    assert {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in out.glob("*.json")} == before


def test_changed_page_or_version_is_extracted_again(corpus, sources, tmp_path):
    out = tmp_path / "extracted"
    extract_corpus(corpus, out, sources, jobs=1)
    path = out / f"{url_id(PORTAL)}.json"
    rec = json.loads(path.read_text(encoding="utf-8"))
    rec["extractor_version"] = "old"
    path.write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    (out / f"{url_id(SONGLAM)}.json").write_text("{half a fi", encoding="utf-8")  # as if a writer died mid-file
    (out / ".x.json.123.tmp").write_text("{", encoding="utf-8")
    again = extract_corpus(corpus, out, sources, jobs=1)
    assert again.articles == 2 and again.unchanged == 3
    assert json.loads(path.read_text(encoding="utf-8"))["extractor_version"] != "old"
    assert load(out, SONGLAM)["title"].startswith("Khối thi đua Nội chính")
    assert not list(out.glob(".*.tmp"))
    forced = extract_corpus(corpus, out, sources, jobs=1, force=True)
    assert forced.articles == 5 and forced.unchanged == 0


def test_two_jobs_give_the_same_files_as_one(first_run, corpus, sources, tmp_path):
    out1, _ = first_run
    out2 = tmp_path / "extracted"
    summary = extract_corpus(corpus, out2, sources, jobs=2)
    assert summary.articles == 5 and len(summary.failures) == 2
    names = sorted(p.name for p in out1.iterdir())
    assert names == sorted(p.name for p in out2.iterdir())
    for name in names:
        assert (out1 / name).read_bytes() == (out2 / name).read_bytes(), name


def test_missing_corpus_is_a_clear_error(tmp_path, sources):
    with pytest.raises(ExtractError, match="no crawl state"):
        extract_corpus(tmp_path / "nowhere", tmp_path / "out", sources)


def test_cli_summary_and_one_line_errors(corpus, tmp_path):
    src = write_sources(tmp_path / "sources.yml")
    out = tmp_path / "extracted"
    run = lambda *args: subprocess.run([sys.executable, "-m", "pipeline", "extract", *args],  # noqa: E731
                                       cwd=ROOT, capture_output=True, text=True, timeout=300)
    ok = run("--corpus", str(corpus), "--out", str(out), "--sources", str(src), "--jobs", "1")
    assert ok.returncode == 0, ok.stderr
    assert "pages read: 8" in ok.stdout and "articles extracted: 5" in ok.stdout
    assert "failures: 2" in ok.stdout and "corrupt WARC record: 1" in ok.stdout
    assert "\r" not in ok.stderr  # no progress bar when stderr is not a terminal
    missing = run("--corpus", str(tmp_path / "nope"), "--out", str(out), "--sources", str(src))
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    assert missing.stderr.strip().count("\n") == 0 and "no crawl state" in missing.stderr
    bad = tmp_path / "bad.yml"
    bad.write_text("sources:\n  - id: Bad Id\n", encoding="utf-8")
    config = run("--corpus", str(corpus), "--out", str(out), "--sources", str(bad))
    assert config.returncode == 2 and "Traceback" not in config.stderr and "bad.yml" in config.stderr


def test_without_fact_extractor_records_keep_their_shape(first_run):
    out, _ = first_run
    rec = load(out, PORTAL)
    if rec["extractor_version"].startswith("nofacts+"):
        assert {k: rec[k] for k in EMPTY_FACTS} == EMPTY_FACTS
    assert isinstance(rec["is_bloc_event"], bool)


def test_end_to_end_with_the_fact_extractor(first_run):
    facts = pytest.importorskip("pipeline.facts", reason="the fact extractor (pipeline.facts) is not installed yet")
    if not hasattr(facts, "Annotator"):
        pytest.skip("pipeline.facts has no Annotator yet")
    out, _ = first_run
    rec = load(out, PORTAL)
    assert rec["extractor_version"].startswith(str(facts.EXTRACTOR_VERSION))
    assert rec["is_bloc_event"] is True
    for ev in rec["evidence"]:
        assert rec["text"][ev["start"]:ev["end"]] and 0 <= ev["start"] < ev["end"] <= len(rec["text"])
    assert load(out, COPY_A)["is_bloc_event"] is True


def test_killed_run_leaves_only_whole_files_and_the_next_run_finishes(tmp_path):
    import signal
    import time

    from pipeline.benchmarks.extract import make_page, mix

    corpus = tmp_path / "corpus"
    build_corpus(corpus, [make_page(i, b) for i, b in mix(300)])
    src = write_sources(tmp_path / "sources.yml")
    out = tmp_path / "extracted"
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "extract", "--corpus", str(corpus), "--out", str(out),
                             "--sources", str(src), "--jobs", "1"], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline and len(list(out.glob("*.json"))) < 5:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    written = list(out.glob("*.json"))
    assert 5 <= len(written) < 300, f"the run should have been killed midway, not after {len(written)} files"
    for path in written:
        assert json.loads(path.read_text(encoding="utf-8"))["id"] == path.stem  # whole files only
    summary = extract_corpus(corpus, out, load_sources(src), jobs=1)
    assert (summary.unchanged, summary.articles) == (len(written), 300 - len(written)), summary.lines(out)
    assert not list(out.glob(".*.tmp"))


def test_unreadable_state_and_unwritable_output_are_clear_errors(tmp_path, sources):
    bad = tmp_path / "corpus"
    bad.mkdir()
    (bad / "state.sqlite").write_bytes(b"this is not a database" * 100)
    with pytest.raises(ExtractError, match="cannot read the crawl state"):
        extract_corpus(bad, tmp_path / "out", sources, jobs=1)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExtractError, match="cannot write there"):
        extract_corpus(bad, blocker / "extracted", sources, jobs=1)
