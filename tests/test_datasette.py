"""`serve`: a real Datasette on loopback over a loaded database, read-only."""
from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from pipeline.publish.load import load_database
from pipeline.publish.plugins.noichinh_facets import drop_repeated_facets
from pipeline.publish.schema import TABLES
from pipeline.publish.serve import ServeError, command, start_background

FIXTURES = Path(__file__).parent / "fixtures" / "extracted"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("serve")
    db_path = root / "noichinh.db"
    load_database(db_path, FIXTURES)
    digest = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with start_background(db_path) as server:
        with httpx.Client(base_url=server.url, trust_env=False, timeout=30) as client:
            yield client, db_path
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == digest, "serving changed the database file"


def rows(client: httpx.Client, path: str, **params) -> list[dict]:
    r = client.get(path, params={**params, "_shape": "array"})
    assert r.status_code == 200, (path, r.text[:300])
    return r.json()


def test_every_table_and_view_answers_with_all_its_rows(site):
    client, db_path = site
    conn = sqlite3.connect(db_path)
    names = [r[0] for r in conn.execute("select name from sqlite_master where type in ('table', 'view') "
                                        "and name not like '%_fts%' and name not like 'sqlite_%'")]
    assert {t.name for t in TABLES} <= set(names)
    for name in names:
        expected = conn.execute(f"select count(*) from [{name}]").fetchone()[0]
        got = rows(client, f"/noichinh/{name}.json", _size="max")
        assert len(got) == expected, name
    assert {"bloc_history", "leadership", "leadership_by_year", "events_per_year"} <= set(names)


def test_database_is_served_immutable_with_inspected_counts(site):
    client, _ = site
    (db,) = client.get("/-/databases.json").json()
    assert db["name"] == "noichinh" and db["is_mutable"] is False
    tables = {t["name"]: t for t in client.get("/noichinh.json").json()["tables"]}
    assert tables["events"]["count"] == 5
    assert tables["articles_fts"]["hidden"] is True


def test_reviews_since_year_for_a_province_typed_without_diacritics(site):
    client, _ = site
    got = rows(client, "/noichinh/reviews_since.json", province="long an", since_year="2024", event_type="")
    assert [(r["event_date"], r["event_type"], r["articles"]) for r in got] == [("2024-07-12", "so_ket", 3)]
    assert rows(client, "/noichinh/reviews_since.json", province="Long An", since_year="2025", event_type="") == []
    got = rows(client, "/noichinh/reviews_since.json", province="Nghệ An", since_year="", event_type="tong_ket")
    assert [r["event_date"] for r in got] == ["2024-01-10"]


def test_leaders_by_year(site):
    client, _ = site
    got = rows(client, "/noichinh/leaders_by_year.json", province="")
    assert {(r["province"], r["year"], r["unit_code"]) for r in got} == {
        ("Gia Lai", 2023, "other:Trại giam Gia Trung"), ("Long An", 2024, "vien_kiem_sat"),
        ("Long An", 2025, "toa_an"), ("Nghệ An", 2023, "quan_su")}
    got = rows(client, "/noichinh/leaders_by_year.json", province="nghe an")
    assert [r["leader"] for r in got] == ["Bộ Chỉ huy Quân sự tỉnh"]
    table = {r["province"]: r for r in rows(client, "/noichinh/leadership_table.json")}
    assert table["Long An"]["2024"] == "Viện Kiểm sát nhân dân tỉnh" and table["Long An"]["2025"] == "Tòa án nhân dân tỉnh"


def test_official_appearances(site):
    client, _ = site
    got = rows(client, "/noichinh/official_appearances.json", name="nguyen van binh")
    assert [r["event_date"] for r in got] == ["2024-07-12", "2025-02-20"]
    assert {r["name"] for r in got} == {"Nguyễn Văn Bình"}
    assert rows(client, "/noichinh/official_appearances.json", name="Hồ Sỹ Long")[0]["rank"] == "Đại tá"
    assert rows(client, "/noichinh/official_appearances.json", name="") == []


def test_movements_launched_in_a_year(site):
    client, _ = site
    got = rows(client, "/noichinh/movements_launched.json", year="2025")
    assert {r["movement"] for r in got} == {"Phát huy truyền thống, đoàn kết lập công",
                                            "Thi đua xây dựng lực lượng trong sạch - vững mạnh"}
    assert rows(client, "/noichinh/movements_launched.json", year="2019") == []


def test_bloc_conference_history(site):
    client, _ = site
    got = rows(client, "/noichinh/bloc_conferences.json", province="Long An", bloc="noi chinh")
    assert [r["event_type"] for r in got] == ["so_ket", "ky_giao_uoc"]
    history = rows(client, "/noichinh/bloc_history.json", province="Gia Lai")
    assert [h["bloc"] for h in history] == ["Khối thi đua số 5"]


@pytest.mark.parametrize("query, expected", [("noi chinh", 7), ("Nội chính", 7), ("dai ta", 2), ("Đại tá", 2),
                                             ("ĐẠI TÁ", 2), ("thieu tuong", 1), ("Thiếu tướng", 1)])
def test_search_with_and_without_diacritics(site, query, expected):
    client, _ = site
    assert len(rows(client, "/noichinh/articles.json", _search=query)) == expected


def test_raw_search_keeps_its_operators(site):
    client, _ = site
    got = rows(client, "/noichinh/articles.json", _search='"Đại tá" OR "thiếu tướng"', _searchmode="raw")
    assert len(got) == 3


def test_people_and_blocs_are_searchable_too(site):
    client, _ = site
    assert [r["name"] for r in rows(client, "/noichinh/people.json", _search="le minh duc")] == ["Lê Minh Đức"]
    assert [r["name"] for r in rows(client, "/noichinh/people.json", _search="Lê Minh Đức")] == ["Lê Minh Đức"]
    assert len(rows(client, "/noichinh/themes.json", _search="trong sach vung manh")) == 1
    assert len(rows(client, "/noichinh/blocs.json", _search="luc luong vu trang")) == 1
    page = client.get("/-/search", params={"q": "noi chinh"})
    assert page.status_code == 200 and "articles" in page.text and "people" in page.text


def test_default_facets_sort_and_plugins(site):
    client, _ = site
    data = client.get("/noichinh/events.json").json()
    facets = data["facet_results"]
    facets = facets.get("results", facets)
    assert {"province", "year", "event_type"} <= set(facets)
    dates = [r["event_date"] for r in rows(client, "/noichinh/events.json")]
    assert dates == sorted(dates, reverse=True)  # metadata's default sort: latest first
    plugins = {p["name"] for p in client.get("/-/plugins.json").json()}
    assert {"datasette-cluster-map", "datasette-vega", "datasette-search-all", "noichinh_search.py"} <= plugins
    html = client.get("/noichinh/events").text
    assert "datasette-cluster-map.js" in html and "DATASETTE_CLUSTER_MAP_LATITUDE_COLUMN" in html
    assert "/assets/noichinh.js" in html


def test_a_facet_asked_for_twice_is_counted_once(site):
    client, _ = site
    plain = client.get("/noichinh/events.json").json()["facet_results"]
    asked = client.get("/noichinh/events.json", params=[("_facet", "province"), ("_facet", "region"),
                                                         ("_facet", "region")]).json()["facet_results"]
    plain, asked = plain.get("results", plain), asked.get("results", asked)
    assert set(asked) == set(plain) | {"region"}
    counts = lambda facet: [(r["value"], r["count"]) for r in facet["results"]]  # noqa: E731
    assert counts(asked["province"]) == counts(plain["province"]) and counts(asked["region"])
    assert drop_repeated_facets(b"_facet=province&_facet=region&_facet=region&_size=5", ["province", "year"]) \
        == b"_facet=region&_size=5"
    assert drop_repeated_facets(b"_search=x", ["province"]) == b"_search=x"


def test_serve_refuses_a_missing_or_foreign_file(tmp_path: Path):
    result = CliRunner().invoke(command, ["--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "none.db" in result.stderr and "Traceback" not in result.output
    (tmp_path / "text.db").write_text("not a database")
    with pytest.raises(ServeError, match="not a SQLite database"):
        start_background(tmp_path / "text.db")
