"""`load`: extracted JSON + crawl state + sources.yml -> one SQLite database, idempotently."""
from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
import yaml
from click.testing import CliRunner

from pipeline.publish.load import command, load_database
from pipeline.publish.normalise import bloc_key, fold, person_key, theme_key
from pipeline.publish.schema import TABLES

FIXTURES = Path(__file__).parent / "fixtures" / "extracted"
METADATA = Path(__file__).parents[1] / "pipeline" / "publish" / "metadata.yml"
DEV = Path(__file__).resolve().parents[2] / "shared" / "evaluation" / "dev"

SOURCES_YML = """\
sources:
  - id: baolongan
    name: Báo Long An (example)
    home: https://baolongan.example.vn/
    province: Long An
    kind: newspaper
  - id: baonghean
    name: Báo Nghệ An (example)
    home: https://baonghean.example.vn/
    province: Nghệ An
    kind: newspaper
"""

STRAY_URL = "https://baolongan.example.vn/thoi-su/bai-chua-trich-xuat.html"


def _article(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _by_title(extracted: Path, start: str) -> Path:
    for p in sorted(extracted.glob("*.json")):
        if _article(p)["title"].startswith(start):
            return p
    raise AssertionError(start)


def _make_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    conn = sqlite3.connect(corpus / "state.sqlite")
    conn.execute("""create table pages (url text primary key, source_id text, host text, kind text, status text,
        http_status integer, etag text, last_modified text, content_hash text, content_type text, charset text,
        warc_file text, warc_offset integer, warc_length integer, fetched_at text, last_error text,
        attempts integer, discovered_at text, discovered_from text, anchor text)""")
    rows = [(_article(p)["url"], _article(p)["source_id"], "x", "article", "fetched", 200)
            for p in sorted(FIXTURES.glob("*.json"))]
    rows.append((STRAY_URL, "baolongan", "baolongan.example.vn", "article", "fetched", 200))
    rows.append(("https://baolongan.example.vn/rss", "baolongan", "baolongan.example.vn", "feed", "fetched", 200))
    rows.append(("https://old.example.vn/", "retired-source", "old.example.vn", "home", "failed", 500))
    conn.executemany("insert into pages (url, source_id, host, kind, status, http_status) values (?,?,?,?,?,?)", rows)
    conn.commit()
    conn.close()
    return corpus


@pytest.fixture()
def workdir(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES, tmp_path / "extracted")
    (tmp_path / "sources.yml").write_text(SOURCES_YML, encoding="utf-8")
    _make_corpus(tmp_path)
    return tmp_path


def _load(w: Path):
    return load_database(w / "noichinh.db", w / "extracted", corpus_dir=w / "corpus", sources_path=w / "sources.yml")


def _dump(db_path: Path) -> dict[str, list]:
    conn = sqlite3.connect(db_path)
    try:
        return {t.name: sorted(conn.execute(f"select * from [{t.name}]").fetchall(), key=repr) for t in TABLES}
    finally:
        conn.close()


# --- normalisers -------------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Khối thi đua Nội chính tỉnh Bạc Liêu", "Khối Nội chính Bạc Liêu"),
    ("KHỐI THI ĐUA CÁC CƠ QUAN NỘI CHÍNH TỈNH BẠC LIÊU", "khoi noi chinh"),
    ("Khối thi đua Nội chính tỉnh năm 2023", "Khối cơ quan Nội chính tỉnh"),
    ("Khối NC - LLVT tỉnh Bạc Liêu", "Khối thi đua Nội chính và Lực lượng vũ trang"),
])
def test_bloc_names_written_differently_are_one_bloc(a, b):
    provinces = ("Bạc Liêu",)
    assert bloc_key(a, provinces) == bloc_key(b, provinces)


def test_numbered_blocs_keep_their_number_and_differ_from_the_named_bloc():
    assert bloc_key("Khối thi đua số 6") == "so-6"
    assert bloc_key("Khối Thi đua số 6 tỉnh Bình Phước", ("Bình Phước",)) == "so-6"
    assert bloc_key("Khối thi đua số 3") != bloc_key("Khối thi đua số 6")
    assert bloc_key("Khối thi đua số 6") != bloc_key("Khối thi đua Nội chính")
    assert bloc_key("Khối Nội chính - LLVT") != bloc_key("Khối Nội chính")


def test_folding_and_person_and_theme_keys():
    assert fold("ĐẠI TÁ Nội Chính") == "dai ta noi chinh"
    assert person_key("Đồng chí Đại tá Trịnh Văn Tâm", "Bạc Liêu") == person_key("trinh van tam", "Bạc Liêu")
    assert person_key("Trịnh Văn Tâm", "Bạc Liêu") != person_key("Trịnh Văn Tâm", "Cà Mau")
    assert theme_key("“Đoàn kết, kỷ cương”") == theme_key("đoàn kết - kỷ cương")


# --- the database -----------------------------------------------------------------------------------

def test_load_builds_linked_tables(workdir: Path):
    summary = _load(workdir)
    assert summary.errors == [f"{workdir / 'extracted' / (hashlib.sha1(STRAY_URL.encode()).hexdigest()[:16] + '.json')}: "
                              f"missing (page {STRAY_URL} was fetched but not extracted)"]
    db = sqlite_utils.Database(workdir / "noichinh.db")
    assert db["articles"].count == 8  # the non-bloc article is an article too
    assert db["events"].count == 5
    assert db.execute("select count(*) from articles where event_id is null").fetchone()[0] == 1

    # three reports of the Long An interim review (one without a date) make one event
    (eid, n), = db.execute("select id, article_count from events where province = 'Long An' and event_type = 'so_ket'")
    assert n == 3 and eid == "long-an--noi-chinh--so_ket--2024-07-12"
    assert db.execute("select count(*) from event_sources where event_id = ?", [eid]).fetchone()[0] == 3

    # differently written names make one bloc; the numbered bloc keeps its number
    bloc = db["blocs"].get("long-an--noi-chinh")
    assert bloc["name"] == "Khối thi đua Nội chính tỉnh Long An"
    assert len(json.loads(bloc["names"])) == 3 and bloc["event_count"] == 2
    assert db["blocs"].get("gia-lai--so-5")["number"] == 5

    # leadership by year
    leaders = {(r["province"], r["year"]): r["unit_code"] for r in db.query(
        "select province, year, unit_code from memberships where role = 'leader'")}
    assert leaders == {("Long An", 2024): "vien_kiem_sat", ("Long An", 2025): "toa_an",
                       ("Nghệ An", 2023): "quan_su", ("Gia Lai", 2023): "other:Trại giam Gia Trung"}
    assert db["units"].get("other:Trại giam Gia Trung")["listed"] == 0
    # one person across articles, with an honorific in one of them
    binh = db["people"].get("long-an--nguyen-van-binh")
    assert binh["name"] == "Nguyễn Văn Bình" and binh["appearance_count"] == 2
    assert db.execute("select role from appearances where person_id = ? and event_id = ?",
                      [binh["id"], eid]).fetchone()[0] == "chaired"
    # three spellings of one movement are one theme
    (theme,) = db.query("select * from themes where id = 'thi-dua-xay-dung-luc-luong-trong-sach-vung-manh'")
    assert len(json.loads(theme["variants"])) == 3 and theme["event_count"] == 2
    # province gazetteer: 63 provinces with centroids; events carry them for the map
    assert db.execute("select count(*) from provinces where in_gazetteer = 1").fetchone()[0] == 63
    lat, lon = db.execute("select latitude, longitude from events where id = ?", [eid]).fetchone()
    assert 8 < lat < 24 and 102 < lon < 110
    # crawl state and sources, including a source only the corpus names
    assert db["pages"].count == 11
    assert db["sources"].get("baolongan")["in_sources_file"] == 1
    assert db["sources"].get("retired-source")["in_sources_file"] == 0
    # every fact points at its article; evidence spans are the text they claim
    for f in db.query("select f.span, f.start, f.end, a.text from facts f join articles a on a.id = f.article_id "
                      "where f.from_evidence = 1"):
        assert f["text"][f["start"]:f["end"]] == f["span"]
    assert db.execute("select count(*) from facts where from_evidence = 0 and field = 'members'").fetchone()[0] >= 10
    # an award with evidence (its value an object, as the extractor writes it) is not listed twice
    awards = db.execute("select from_evidence, value from facts where field = 'awards' and value like '%UBND tỉnh%'"
                        " and value not like '%Chủ tịch%'").fetchall()
    assert len(awards) == 1 and awards[0][0] == 1 and json.loads(awards[0][1])["recipient"] == "cong_an"


def test_every_foreign_key_resolves_and_is_indexed(workdir: Path):
    _load(workdir)
    conn = sqlite3.connect(workdir / "noichinh.db")
    assert conn.execute("pragma foreign_key_check").fetchall() == []
    for t in TABLES:
        indexed = {row[2] for idx in conn.execute(f"pragma index_list([{t.name}])")
                   for row in conn.execute(f"pragma index_info([{idx[1]}])")}
        for col, _, _ in t.foreign_keys:
            assert col in indexed, (t.name, col)


def test_loading_twice_gives_the_same_database(workdir: Path):
    first = _load(workdir)
    before = _dump(workdir / "noichinh.db")
    second = _load(workdir)
    assert _dump(workdir / "noichinh.db") == before
    assert first.counts == second.counts
    assert all(c == (0, 0, 0) for c in second.changes.values()), second.changes


def test_changed_extraction_updates_rows_in_place(workdir: Path):
    _load(workdir)
    path = _by_title(workdir / "extracted", "Khối thi đua Nội chính tỉnh ký kết")
    data = _article(path)
    data["leader_unit"] = "tu_phap"
    data["deputy_unit"] = "toa_an"
    data["title"] = "Khối thi đua Nội chính tỉnh ký kết giao ước (cập nhật)"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    summary = _load(workdir)
    db = sqlite_utils.Database(workdir / "noichinh.db")
    assert db["articles"].count == 8
    assert db["articles"].get(data["id"])["title"].endswith("(cập nhật)")
    roles = dict(db.execute("select unit_code, role from memberships where bloc_id = 'long-an--noi-chinh' and year = 2025"))
    assert roles["tu_phap"] == "leader" and roles["toa_an"] == "deputy"
    assert summary.changes["articles"] == (0, 1, 0)
    # full-text index follows the update
    assert db.execute("select count(*) from articles_fts where articles_fts match 'cap nhat'").fetchone()[0] == 1

    # an article whose file is gone leaves with its event and child rows
    hn = _by_title(workdir / "extracted", "Sôi nổi hội thao")
    hn.unlink()
    _load(workdir)
    assert db["articles"].count == 7
    assert db.execute("select count(*) from events where province = 'Hà Nội'").fetchone()[0] == 0
    assert db.execute("select count(*) from appearances where province = 'Hà Nội'").fetchone()[0] == 0
    assert sqlite3.connect(workdir / "noichinh.db").execute("pragma foreign_key_check").fetchall() == []


def test_full_text_index_holds_folded_text(workdir: Path):
    _load(workdir)
    db = sqlite_utils.Database(workdir / "noichinh.db")

    def hits(q: str) -> int:
        return db.execute("select count(*) from articles_fts where articles_fts match ?", [q]).fetchone()[0]

    assert hits('"noi chinh"') == hits('"Nội chính"') == hits(f'"{fold("NỘI CHÍNH")}"') >= 6
    # the tokenizer keeps đ apart from d, so queries are folded first (the server does it for Datasette)
    assert hits('"dai ta"') == hits(f'"{fold("Đại tá")}"') == 2
    assert hits('"thieu tuong"') == 1
    folded = db.execute("select folded from articles where title like 'Sôi nổi%'").fetchone()[0]
    assert "thieu tuong do van thanh" in folded and "đ" not in folded


def test_bad_and_missing_files_are_named_and_the_rest_loads(workdir: Path):
    ex = workdir / "extracted"
    (ex / "broken.json").write_text('{"id": "broken", "is_bloc_event": tru', encoding="utf-8")
    (ex / "wrongtype.json").write_text(json.dumps({"id": "wrongtype", "is_bloc_event": True, "members": "cong_an"}),
                                       encoding="utf-8")
    (ex / "dangling.json").symlink_to(workdir / "nowhere.json")
    (ex / "_failures.jsonl").write_text(json.dumps({"url": "https://x.example/", "reason": "boom"}) + "\n")
    result = CliRunner().invoke(command, ["--corpus", str(workdir / "corpus"), "--extracted", str(ex),
                                          "--sources", str(workdir / "sources.yml"),
                                          "--db", str(workdir / "noichinh.db")])
    assert result.exit_code == 0, result.output
    err = result.stderr.splitlines()
    assert any(str(ex / "broken.json") in line and "not valid JSON" in line for line in err)
    assert any(str(ex / "wrongtype.json") in line and "'members' must be a list" in line for line in err)
    assert any(str(ex / "dangling.json") in line and "cannot read" in line for line in err)
    assert any(STRAY_URL in line and "missing" in line for line in err)
    assert "Traceback" not in result.output
    assert "8 articles" in result.stdout
    assert sqlite_utils.Database(workdir / "noichinh.db")["articles"].count == 8


def test_cli_unusable_inputs_give_one_line_and_status_2(workdir: Path):
    bad = workdir / "bad.yml"
    bad.write_text("sources:\n  - id: x\n    name: X\n", encoding="utf-8")
    result = CliRunner().invoke(command, ["--extracted", str(workdir / "extracted"), "--sources", str(bad),
                                          "--db", str(workdir / "x.db")])
    assert result.exit_code == 2 and str(bad) in result.stderr and len(result.stderr.strip().splitlines()) == 1
    result = CliRunner().invoke(command, ["--extracted", str(workdir / "nope"), "--db", str(workdir / "x.db")])
    assert result.exit_code == 2 and "nope" in result.stderr and "Traceback" not in result.output


def test_metadata_describes_every_table_and_column(workdir: Path):
    _load(workdir)
    meta = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    tables = meta["databases"]["noichinh"]["tables"]
    db = sqlite_utils.Database(workdir / "noichinh.db")
    for name in [n for n in db.table_names() if "_fts" not in n and not n.startswith("sqlite_")] + db.view_names():
        assert tables.get(name, {}).get("description") or tables.get(name, {}).get("description_html"), name
        for col in db[name].columns_dict:
            if name == "leadership_by_year" and col.isdigit():
                continue  # one column per year, described when served
            assert tables[name].get("columns", {}).get(col), f"{name}.{col} has no description"


def test_gold_dev_articles_load(tmp_path: Path):
    if not DEV.is_dir():
        pytest.skip(f"{DEV} not present (shared evaluation set is outside the repository)")
    ex = tmp_path / "extracted"
    ex.mkdir()
    for p in DEV.glob("*.json"):
        shutil.copy(p, ex / p.name)
    summary = load_database(tmp_path / "gold.db", ex)
    assert summary.errors == []
    gold = [json.loads(p.read_text(encoding="utf-8")) for p in DEV.glob("*.json")]
    db = sqlite_utils.Database(tmp_path / "gold.db")
    assert db["articles"].count == len(gold)
    assert db.execute("select count(distinct article_id) from event_sources").fetchone()[0] == \
        sum(1 for g in gold if g["is_bloc_event"])
    assert sqlite3.connect(tmp_path / "gold.db").execute("pragma foreign_key_check").fetchall() == []


# --- the parallel loader: worker processes, shards, links checked across chunks ----------------------

def test_column_order_of_parsed_rows_is_the_schema_order():
    from pipeline.publish.records import ARTICLE_COLUMNS, FACT_COLUMNS
    from pipeline.publish.schema import BY_NAME

    assert ARTICLE_COLUMNS == tuple(BY_NAME["articles"].columns)
    assert FACT_COLUMNS == tuple(BY_NAME["facts"].columns)


def _search(db_path: Path, q: str) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("select count(*) from articles_fts where articles_fts match ?", [q]).fetchone()[0]
    finally:
        conn.close()


def test_workers_and_one_article_per_chunk_give_the_same_database(workdir: Path, tmp_path: Path):
    serial = load_database(tmp_path / "serial.db", workdir / "extracted", corpus_dir=workdir / "corpus",
                           sources_path=workdir / "sources.yml", jobs=1)
    # one file per chunk: every link (a dateless report joining its dated meeting) is decided across chunks
    parallel = load_database(tmp_path / "parallel.db", workdir / "extracted", corpus_dir=workdir / "corpus",
                             sources_path=workdir / "sources.yml", jobs=2, chunk=1)
    assert parallel.counts == serial.counts and parallel.errors == serial.errors
    assert _dump(tmp_path / "parallel.db") == _dump(tmp_path / "serial.db")
    for q in ('"noi chinh"', '"dai ta"', "thieu tuong"):
        assert _search(tmp_path / "parallel.db", q) == _search(tmp_path / "serial.db", q) > 0
    db = sqlite_utils.Database(tmp_path / "parallel.db")
    dateless = db.execute("select id, event_id from articles where province = 'Long An' and event_type = 'so_ket' "
                          "and event_date is null").fetchall()
    assert [e for _, e in dateless] == ["long-an--noi-chinh--so_ket--2024-07-12"]
    assert {e for (e,) in db.execute("select distinct event_id from facts where article_id = ?", [dateless[0][0]])} \
        == {"long-an--noi-chinh--so_ket--2024-07-12"}
    # a re-load by the workers finds nothing to change
    again = load_database(tmp_path / "parallel.db", workdir / "extracted", corpus_dir=workdir / "corpus",
                          sources_path=workdir / "sources.yml", jobs=2, chunk=3)
    assert all(c == (0, 0, 0) for c in again.changes.values()), again.changes


def test_an_id_seen_again_in_a_later_chunk_is_named_and_skipped(workdir: Path, tmp_path: Path):
    ex = workdir / "extracted"
    clean = load_database(tmp_path / "clean.db", ex, jobs=1)
    first = sorted(ex.glob("*.json"))[0]
    (ex / "zz-copy.json").write_bytes(first.read_bytes())  # sorts last: its own chunk
    summary = load_database(workdir / "noichinh.db", ex, jobs=2, chunk=2)
    assert [e for e in summary.errors if "already loaded" in e] == \
        [f"{ex / 'zz-copy.json'}: id {_article(first)['id']!r} already loaded from {first.name}"]
    assert summary.counts == clean.counts  # the copy's article and facts rows were left out
    assert _dump(workdir / "noichinh.db") == _dump(tmp_path / "clean.db")


def test_changed_extraction_reloaded_by_workers_updates_in_place(workdir: Path):
    load_database(workdir / "noichinh.db", workdir / "extracted", jobs=2, chunk=2)
    path = _by_title(workdir / "extracted", "Sôi nổi hội thao")
    data = _article(path)
    data["title"] += " (bản sửa)"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    summary = load_database(workdir / "noichinh.db", workdir / "extracted", jobs=2, chunk=2)
    assert summary.changes["articles"] == (0, 1, 0)
    assert _search(workdir / "noichinh.db", '"ban sua"') == 1


def test_a_long_article_is_read_whole(workdir: Path):
    path = _by_title(workdir / "extracted", "Sôi nổi hội thao")
    data = _article(path)
    data["text"] += "\n\n" + "Các đơn vị tiếp tục phối hợp chặt chẽ trong khối. " * 3000  # some 150 kB
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert path.stat().st_size > 1 << 17
    load_database(workdir / "noichinh.db", workdir / "extracted", jobs=2, chunk=4)
    db = sqlite_utils.Database(workdir / "noichinh.db")
    assert db["articles"].get(data["id"])["text"] == data["text"]
