"""The shipped sources file: valid, and covering every province."""
from pathlib import Path

import yaml

from pipeline.config import load_sources

ROOT = Path(__file__).resolve().parents[1]


def test_sources_yml_is_valid_and_covers_all_63_provinces():
    config = load_sources(ROOT / "sources.yml")
    provinces = {p["name"] for p in yaml.safe_load((ROOT / "pipeline/data/provinces.yml").read_text())["provinces"]}
    assert len(provinces) == 63
    covered = {s.province for s in config.sources}
    assert provinces <= covered
    assert covered - provinces <= {"national"}
    hosts = {s.host for s in config.sources}
    for needed in ("baovephapluat.vn", "baonghean.vn", "baophapluat.vn", "baotayninh.vn"):
        assert needed in hosts
    assert any(s.kind == "procuracy_portal" and s.province == "Đồng Tháp" for s in config.sources)
