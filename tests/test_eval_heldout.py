"""The extractor on eval/heldout (24 articles written blind to it): no field may fall below its floor.

Floors are what the extractor reaches today; they may only be raised. The set was tuned on once (round 2),
so these are regression floors, not held-out figures.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.evaluate import province_hints, score

HELDOUT = Path(__file__).resolve().parent.parent / "eval" / "heldout"
FLOORS = {
    "is_bloc_event": 1.0, "event_type": 1.0, "event_date": 1.0, "period": 1.0, "province": 1.0,
    "bloc_name": 1.0, "member_count_stated": 1.0, "leader_unit": 1.0, "deputy_unit": 1.0,
    "members": 1.0, "officials.name": 1.0, "officials.title": 1.0, "officials.org": 1.0,
    "officials.rank": 1.0, "themes": 1.0, "awards": 1.0,
}


@pytest.fixture(scope="module")
def report():
    if not HELDOUT.is_dir():
        pytest.skip(f"{HELDOUT} is absent")
    return score(HELDOUT)


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_heldout_floor(report, field):
    assert report.files >= 24
    assert report.value(field) >= FLOORS[field], f"{field}: {report.value(field):.3f} < {FLOORS[field]}"


def test_sources_give_outlet_provinces(tmp_path):
    """`eval --sources`: an outlet's province comes from the sources file, as in `extract`."""
    src = tmp_path / "sources.yml"
    src.write_text(
        "sources:\n"
        "  - {id: tinbacgiang, name: Tin Bắc Giang, home: 'http://tin-bg.localhost/', province: Bắc Giang, kind: newspaper}\n"
        "  - {id: toanquoc, name: Toàn quốc, home: 'http://tq.localhost/', province: national, kind: newspaper}\n",
        encoding="utf-8")
    assert province_hints([src]) == {"tin-bg.localhost": "Bắc Giang"}
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.txt").write_text("Khối thi đua Nội chính tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.\n",
                                encoding="utf-8")
    (gold / "a.json").write_text(json.dumps({"url": "http://tin-bg.localhost/a.html", "outlet": "tin-bg.localhost",
                                             "published": "2024-07-10", "province": "Bắc Giang"}), encoding="utf-8")
    assert score(gold, hints=province_hints([src])).value("province") == 1.0
    assert score(gold, hints={}).value("province") == 0.0
    r = CliRunner().invoke(cli, ["eval", str(gold), "--sources", str(src)])
    assert r.exit_code == 0 and "province" in r.output, r.output
    bad = tmp_path / "bad.yml"
    bad.write_text("sources: [", encoding="utf-8")
    r = CliRunner().invoke(cli, ["eval", str(gold), "--sources", str(bad)])
    assert r.exit_code != 0 and "bad.yml" in r.output and "Traceback" not in r.output
