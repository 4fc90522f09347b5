"""The extractor on every gold set: no field may fall below its pinned floor (floors are raised as it improves).

dev holds real articles; pipeline/demo/gold is not listed (test_end_to_end checks it through the whole job).
heldout and blind2-13 were written blind to the extractor and later tuned on (their one blind score is in their
README), so these are regression floors, not blind figures. blind5, blind6 and blind9's awards floors were
lowered once (facts-1.12), on purpose: a group of recipients now keeps what it belongs to ("5 tập thể và 8 cá
nhân thuộc các đơn vị trong Khối"), as dev writes "5/7 đơn vị của Khối thi đua" and blind6 and blind11's
annotators do, while those three annotators cut it. Awards floors below 1.0 are conventions, not bugs: dev's s11
writes a grantor outside the award name; blind3's annotator left contest prizes out, while the project counts
them as awards (pipeline/data/awards.yml) as the other sets' annotators do.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from pipeline.evaluate import DEFAULT_GOLD, score

EVAL = Path(__file__).resolve().parent.parent / "eval"
FIELDS = ["is_bloc_event", "event_type", "event_date", "period", "province", "bloc_name", "member_count_stated",
          "leader_unit", "deputy_unit", "members", "officials.name", "officials.title", "officials.org",
          "officials.rank", "themes", "awards"]
# set -> (folder, at least this many files, floors below 1.0)
SETS = {
    "dev": (DEFAULT_GOLD, 17, {"awards": 0.91}),
    "heldout": (EVAL / "heldout", 24, {}),
    "blind2": (EVAL / "blind2", 24, {}),
    "blind3": (EVAL / "blind3", 20, {"awards": 0.81}),
    "blind4": (EVAL / "blind4", 16, {}),
    # period/member_count on contests (its annotator leaves them null; dev and the demo give the year and the
    # teams), other-bloc negatives' members, sub-units as award recipients written without "other:"
    "blind5": (EVAL / "blind5", 18, {"period": 0.88, "member_count_stated": 0.94, "deputy_unit": 0.94,
                                     "members": 0.98, "awards": 0.89}),
    # contests' period again; "Huế" for the 2025 city (we keep the 63 pre-2025 names); a prison named after a
    # person ("Trại giam Tống Lê Chân") read as a post + name; other-bloc negatives
    "blind6": (EVAL / "blind6", 18, {"period": 0.88, "province": 0.94, "deputy_unit": 0.94, "members": 0.95,
                                     "officials.title": 0.96, "officials.org": 0.94, "awards": 0.90}),
    # contests' period; a member that sent no team; a sports slogan not quoted; awards on a no-bloc police page
    # (this annotator leaves them out, blind6's keeps them)
    "blind7": (EVAL / "blind7", 18, {"period": 0.83, "members": 0.98, "themes": 0.98, "awards": 0.96}),
    # contests' period again; a national court and the coast guard as members; a list slogan not quoted as one
    "blind8": (EVAL / "blind8", 16, {"period": 0.87, "members": 0.97, "officials.org": 0.96, "themes": 0.98,
                                     "awards": 0.98}),
    # contests' period; a roundup of ten blocs (date, count); a guest team; titles in firms' dashed names;
    # quoted contest and programme names as themes; a prize named in quotes
    "blind9": (EVAL / "blind9", 16, {"event_date": 0.93, "period": 0.87, "member_count_stated": 0.93,
                                     "members": 0.97, "officials.title": 0.94, "officials.org": 0.94, "themes": 0.96,
                                     "awards": 0.92}),
    # contests' period; a cross-inspection typed as a review; an interview's date; two formations read as one
    # (a squadron and its command); district bodies as recipients without "other:"
    "blind10": (EVAL / "blind10", 16, {"event_type": 0.93, "event_date": 0.93, "period": 0.81, "members": 0.98,
                                       "officials.title": 0.97, "officials.org": 0.97, "awards": 0.93}),
    # contests' period; a roundup's date and count; a pair of players joined by a dash; sub-units as recipients
    # written without "other:"
    "blind11": (EVAL / "blind11", 16, {"event_date": 0.93, "period": 0.87, "member_count_stated": 0.93,
                                       "members": 0.97, "officials.title": 0.96, "awards": 0.89}),
    # contests' period; a district bloc's leader; a district procuracy read as the province's; unquoted slogans and a
    # contest's title as themes; a prize to "the team that won"
    "blind12": (EVAL / "blind12", 16, {"period": 0.87, "leader_unit": 0.93, "members": 0.98, "officials.org": 0.97,
                                       "themes": 0.96, "awards": 0.91}),
    # contests' period; the Party bloc's boards (SCHEMA's tinh_uy, where this annotator wrote each board); a firm's
    # brand in brackets; awards on a no-bloc police page (left out here, kept by blind6's annotator)
    "blind13": (EVAL / "blind13", 16, {"period": 0.87, "member_count_stated": 0.93, "leader_unit": 0.87,
                                       "deputy_unit": 0.93, "members": 0.93, "officials.name": 0.98,
                                       "officials.title": 0.94, "officials.org": 0.94, "officials.rank": 0.95,
                                       "themes": 0.98, "awards": 0.84}),
}


@cache
def report_of(name: str):
    folder, _, _ = SETS[name]
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent (the shared evaluation set is not on this machine)")
    return score(folder)


@pytest.mark.parametrize("name,field", [(s, f) for s in SETS for f in FIELDS])
def test_floor(name, field):
    report = report_of(name)
    _, min_files, low = SETS[name]
    floor = low.get(field, 1.0)
    assert report.files >= min_files
    assert report.value(field) >= floor, f"{name} {field}: {report.value(field):.3f} < {floor}"


def test_blind3_awards_misses_are_only_the_prize_convention():
    """Every awards miss left on blind3 is a contest prize ("giải ...") its annotator did not count."""
    misses = [m for m in report_of("blind3").misses if m.field == "awards"]
    assert misses
    for m in misses:
        assert m.expected == [], m
        assert all(x.startswith("('giải") for x in m.got), m


def test_no_rule_fails_on_any_gold_text(ann):
    """A rule that raises is caught (the article keeps its page facts and an `error` key), so the floors alone
    would not show it: every text of every set must go through every rule."""
    folders = [EVAL / name for name in sorted(p.name for p in EVAL.iterdir() if p.is_dir())]
    folders += [Path(__file__).resolve().parent.parent / "pipeline" / "demo" / "gold"]
    texts = [p for folder in folders for p in sorted(folder.glob("*.txt"))]
    assert len(texts) > 200
    failed = {p.name: r["error"] for p in texts
              if (r := ann.annotate(p.read_text(encoding="utf-8"), url="https://baolongan.vn/x.html")).get("error")}
    assert failed == {}


def test_every_gold_set_is_well_formed():
    """Keys, codes, formats and verbatim strings of every set (eval/check.py), so a gold file edited by hand
    cannot quietly drift from SCHEMA.md."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, str(EVAL / "check.py")], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-2000:]
    assert done.stdout.count("items, 0 with errors") == sum(1 for p in EVAL.iterdir() if p.is_dir())
