"""`load` names fetched pages that extraction never accounted for, and only those."""
import hashlib
import json

from pipeline.publish.load import missing_extractions


def test_pages_judged_not_articles_or_failed_are_not_reported_missing(tmp_path):
    pages = [{"url": f"http://bao.localhost/tin/{n}.html", "kind": "article", "status": "fetched"} for n in "abcd"]
    (tmp_path / "_failures.jsonl").write_text(json.dumps({"url": pages[0]["url"], "reason": "x"}) + "\n")
    (tmp_path / "_not_articles.jsonl").write_text(json.dumps({"url": pages[1]["url"], "reason": "listing"}) + "\n")
    extracted = hashlib.sha1(pages[2]["url"].encode()).hexdigest()[:16]
    (tmp_path / f"{extracted}.json").write_text("{}")
    missing = missing_extractions(pages, tmp_path, loaded_ids=set())
    assert len(missing) == 1 and pages[3]["url"] in missing[0]
