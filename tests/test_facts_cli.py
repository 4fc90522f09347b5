"""`annotate` and `show` commands on real files."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import cli

FIX = Path(__file__).parent / "fixtures" / "facts"


def test_annotate_folder_to_out_dir(tmp_path):
    r = CliRunner().invoke(cli, ["annotate", str(FIX), "--out", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    files = sorted(p.name for p in (tmp_path / "out").glob("*.json"))
    assert files == ["congan_portal_so_ket.json", "khoi_kinh_te.json", "quangbinh_giao_uoc.json", "tong_ket_dau_nam.json"]
    d = json.loads((tmp_path / "out" / "quangbinh_giao_uoc.json").read_text(encoding="utf-8"))
    assert d["is_bloc_event"] is True and d["id"] == "quangbinh_giao_uoc"


def test_annotate_prints_json_lines_with_metadata(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Sáng 2.3, Khối cơ quan Nội chính tỉnh tổ chức hội nghị ký giao ước thi đua.", encoding="utf-8")
    r = CliRunner().invoke(cli, ["annotate", str(f), "--published", "2023-03-03", "--url", "https://baohaiduong.vn/x"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.output.strip().splitlines()[-1])
    assert (d["event_date"], d["province"], d["period"]) == ("2023-03-02", "Hải Dương", "2023")


def test_annotate_user_errors_are_one_line(tmp_path):
    r = CliRunner().invoke(cli, ["annotate", str(tmp_path / "missing.txt")])
    assert r.exit_code != 0 and "missing.txt: no such file" in r.output and "Traceback" not in r.output
    r = CliRunner().invoke(cli, ["annotate", str(FIX), "--published", "03/03/2023"])
    assert r.exit_code != 0 and "YYYY-MM-DD" in r.output


def test_show_writes_highlighted_html(tmp_path):
    src = tmp_path / "art.txt"
    src.write_text((FIX / "quangbinh_giao_uoc.txt").read_text(encoding="utf-8"), encoding="utf-8")
    r = CliRunner().invoke(cli, ["show", str(src)])
    assert r.exit_code == 0, r.output
    html = (tmp_path / "art.html").read_text(encoding="utf-8")
    assert "Hoàng Minh Tuấn" in html and "officials.name" in html and "<mark" in html
    # an extracted JSON with a `text` key works too, and --out is honoured
    j = tmp_path / "x.json"
    j.write_text(json.dumps({"text": src.read_text(encoding="utf-8"), "url": None}), encoding="utf-8")
    r = CliRunner().invoke(cli, ["show", str(j), "--out", str(tmp_path / "v.html")])
    assert r.exit_code == 0 and (tmp_path / "v.html").exists()
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    r = CliRunner().invoke(cli, ["show", str(bad)])
    assert r.exit_code != 0 and "bad.json:1: not valid JSON" in r.output
