"""The extractor on the real dev articles: no key field may fall below its pinned floor.

Floors are what the extractor reaches today; they may only be raised.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.evaluate import DEFAULT_GOLD, LISTS, SCALARS, FieldScore, Report, compare, score

FLOORS = {
    "is_bloc_event": 1.0, "event_type": 1.0, "event_date": 1.0, "period": 1.0, "province": 1.0,
    "bloc_name": 1.0, "member_count_stated": 1.0, "leader_unit": 1.0, "deputy_unit": 1.0,
    "members": 1.0, "officials.name": 1.0, "officials.title": 1.0, "officials.org": 1.0,
    "officials.rank": 1.0, "themes": 1.0, "awards": 0.91,
}


@pytest.fixture(scope="module")
def report() -> Report:
    if not DEFAULT_GOLD.is_dir():
        pytest.skip(f"{DEFAULT_GOLD} is absent (the shared evaluation set is not on this machine)")
    return score(DEFAULT_GOLD)


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_dev_floor(report, field):
    assert report.files >= 17
    assert report.value(field) >= FLOORS[field], f"{field}: {report.value(field):.3f} < {FLOORS[field]}"


def test_eval_command_prints_table_and_misses():
    if not DEFAULT_GOLD.is_dir():
        pytest.skip(f"{DEFAULT_GOLD} is absent")
    r = CliRunner().invoke(cli, ["eval", str(DEFAULT_GOLD)])
    assert r.exit_code == 0, r.output
    assert "officials.name" in r.output and "is_bloc_event" in r.output


def test_scoring_rules_on_own_fixtures(tmp_path):
    """score() on our own gold folder, and compare() counting a wrong member and a missed theme."""
    fix = Path(__file__).parent / "fixtures" / "facts"
    rep = score(fix)
    assert rep.files == 4 and rep.value("members") == 1.0
    rep = Report()
    gold = json.loads((fix / "tong_ket_dau_nam.json").read_text(encoding="utf-8"))
    got = dict(gold, members=gold["members"][:-1] + ["other:X"], themes=["A"], event_date="2025-01-14")
    for name in SCALARS + LISTS:
        rep.fields[name] = FieldScore()
    compare(rep, "t", gold, got)
    assert rep.fields["members"].tp == 6 and rep.fields["members"].fp == 1 and rep.fields["members"].fn == 1
    assert rep.fields["themes"].fp == 1
    assert rep.fields["event_date"].accuracy == 0.0
    assert any(m.field == "event_date" and m.expected == "2025-01-15" for m in rep.misses)
    r = CliRunner().invoke(cli, ["eval", str(tmp_path / "nothing")])
    assert r.exit_code != 0 and "no such folder" in r.output
    (tmp_path / "a.txt").write_text("Khối thi đua Nội chính tỉnh", encoding="utf-8")
    (tmp_path / "a.json").write_text("{broken", encoding="utf-8")
    r = CliRunner().invoke(cli, ["eval", str(tmp_path)])
    assert r.exit_code != 0 and "a.json:1: not valid JSON" in r.output and "Traceback" not in r.output
