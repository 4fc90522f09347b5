"""The whole job on the shipped sample sites: real crawler over loopback, extraction, database.

Checked against the sample sites' own gold facts (pipeline/demo/gold), so a stage that silently
drops pages or garbles facts on the way to the database fails here.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from pipeline.demo import run_demo

GOLD = Path(__file__).resolve().parents[1] / "pipeline" / "demo" / "gold"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    lines: list[str] = []
    db_path = run_demo(out, jobs=1, echo=lambda msg, err=False: lines.append(msg))
    return out, db_path, lines


def gold_items() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]


def extracted_by_url(out: Path) -> dict[str, dict]:
    items = {}
    for p in (out / "extracted").glob("*.json"):
        data = json.loads(p.read_text(encoding="utf-8"))
        items[data["url"]] = data
    return items


def test_every_bloc_article_is_crawled_and_extracted(demo):
    out, _, lines = demo
    got = extracted_by_url(out)
    bloc_urls = {g["url"] for g in gold_items() if g["is_bloc_event"]}
    assert len(bloc_urls) >= 15
    assert bloc_urls <= set(got), sorted(bloc_urls - set(got))
    assert not any("failed" in line and "failed 0" not in line for line in lines if line.startswith("crawl"))


def test_irrelevant_news_is_mostly_not_fetched(demo):
    out, _, _ = demo
    got = extracted_by_url(out)
    unrelated = [g["url"] for g in gold_items() if not g["is_bloc_event"] and g["bloc_name"] is None]
    fetched = [u for u in unrelated if u in got]
    assert len(fetched) <= len(unrelated) // 4  # the relevance filter keeps the crawl on topic


def test_extracted_facts_agree_with_gold(demo):
    out, _, _ = demo
    got = extracted_by_url(out)
    fields = ["is_bloc_event", "event_type", "event_date", "period", "province", "leader_unit"]
    agree = {f: 0 for f in fields}
    members_hit = members_total = 0
    compared = 0
    for g in gold_items():
        e = got.get(g["url"])
        if e is None or not g["is_bloc_event"]:
            continue
        compared += 1
        for f in fields:
            agree[f] += e.get(f) == g[f]
        members_hit += len(set(e.get("members") or []) & set(g["members"]))
        members_total += len(set(g["members"]))
    assert compared >= 15
    for f in fields:
        assert agree[f] / compared >= 0.85, (f, agree[f], compared)
    assert members_hit / members_total >= 0.85
    # every extracted fact carries evidence that points into the article text
    for e in got.values():
        for ev in e.get("evidence", []):
            assert e["text"][ev["start"]:ev["end"]], ev
            assert ev["sentence"] and e["text"][ev["start"]:ev["end"]] in ev["sentence"]


def test_database_holds_one_event_per_meeting(demo):
    out, db_path, _ = demo
    db = sqlite3.connect(db_path)
    gold = gold_items()
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == len(extracted_by_url(out))
    meetings = {(g["province"], g["event_type"], g["event_date"]) for g in gold
                if g["is_bloc_event"] and g["url"] in extracted_by_url(out)}
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] == len(meetings)
    # the syndicated report: two articles, one event
    shared = db.execute("SELECT event_id, count(*) FROM event_sources GROUP BY event_id HAVING count(*) > 1").fetchall()
    assert len(shared) == 1 and shared[0][1] == 2
