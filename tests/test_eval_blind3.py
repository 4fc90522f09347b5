"""The extractor on eval/blind3 (20 articles written blind to it): no field may fall below its floor.

The set's one blind score is in eval/blind3/README.md; round 4 tuned on its misses (fixing the grammar behind
each, checked on our own sentences in test_facts_round4.py), so these are regression floors, not blind figures.
Awards stay below 1.0 by a convention, not a bug: this set's annotator left contest prizes out, while the
project counts them as awards (pipeline/data/awards.yml) as the other sets' annotators do.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluate import score

BLIND3 = Path(__file__).resolve().parent.parent / "eval" / "blind3"
FLOORS = {
    "is_bloc_event": 1.0, "event_type": 1.0, "event_date": 1.0, "period": 1.0, "province": 1.0,
    "bloc_name": 1.0, "member_count_stated": 1.0, "leader_unit": 1.0, "deputy_unit": 1.0,
    "members": 1.0, "officials.name": 1.0, "officials.title": 1.0, "officials.org": 1.0,
    "officials.rank": 1.0, "themes": 1.0, "awards": 0.81,
}


@pytest.fixture(scope="module")
def report():
    if not BLIND3.is_dir():
        pytest.skip(f"{BLIND3} is absent")
    return score(BLIND3)


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_blind3_floor(report, field):
    assert report.files >= 20
    assert report.value(field) >= FLOORS[field], f"{field}: {report.value(field):.3f} < {FLOORS[field]}"


def test_prize_misses_are_only_the_convention(report):
    """Every awards miss left is a contest prize ("giải ...") the annotator did not count; nothing expected is lost."""
    misses = [m for m in report.misses if m.field == "awards"]
    assert misses
    for m in misses:
        assert m.expected == [], m
        assert all(x.startswith("('giải") for x in m.got), m
