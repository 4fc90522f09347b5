"""The `eval` command and its scorer: the table and misses, scoring rules, outlet provinces from sources files."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.evaluate import DEFAULT_GOLD, LISTS, SCALARS, FieldScore, Report, compare, province_hints, score


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
