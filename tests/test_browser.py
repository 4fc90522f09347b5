"""What a researcher sees: pages rendered by headless Chromium against a real Datasette on loopback."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from pipeline.publish.load import load_database
from pipeline.publish.serve import start_background

FIXTURES = Path(__file__).parent / "fixtures" / "extracted"
ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _chromium() -> str:
    found = shutil.which("chromium") or (os.path.exists("/usr/bin/chromium") and "/usr/bin/chromium")
    if found:
        return found
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        pytest.skip("chromium is not installed and cannot be installed here (not root or no apt-get)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for cmd in (["apt-get", "update"], ["apt-get", "install", "-y", "chromium"]):
        if subprocess.run(cmd, capture_output=True, env=env, timeout=900).returncode != 0:
            pytest.skip(f"chromium could not be installed ({' '.join(cmd)} failed)")
    return shutil.which("chromium") or pytest.skip("chromium still missing after apt-get install")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    chromium = _chromium()
    root = tmp_path_factory.mktemp("browser")
    load_database(root / "noichinh.db", FIXTURES)
    ARTIFACTS.mkdir(exist_ok=True)
    with start_background(root / "noichinh.db") as server:

        def render(path: str, screenshot: str | None = None) -> str:
            """The DOM after scripts ran; optionally also a screenshot in tests/artifacts/."""
            with tempfile.TemporaryDirectory() as profile:
                base = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=5000"]
                dom = subprocess.run([*base, "--dump-dom", server.url + path], capture_output=True, text=True,
                                     timeout=120)
                assert dom.returncode == 0, dom.stderr[-500:]
                if screenshot:
                    shot = ARTIFACTS / screenshot
                    shot.unlink(missing_ok=True)
                    subprocess.run([*base, f"--screenshot={shot}", "--window-size=1280,900", server.url + path],
                                   capture_output=True, timeout=120)
                    assert shot.is_file() and shot.stat().st_size > 10_000, f"no screenshot {shot}"
                return dom.stdout

        yield render


def test_home_page_offers_the_questions(browser):
    dom = browser("/", screenshot="home.png")
    assert "Khối thi đua Nội chính — provincial internal-affairs emulation blocs" in dom
    for question in ("Every sơ kết of a province's bloc since a year", "Which unit led the bloc each year",
                     "Where has this official appeared", "Which movements were launched in a year"):
        assert question in dom
    assert 'href="/noichinh/reviews_since"' in dom


def test_event_page_shows_the_meeting_and_its_reports(browser):
    dom = browser("/noichinh/events/long-an--noi-chinh--so_ket--2024-07-12", screenshot="event.png")
    assert "Sơ kết H1-2024 · Khối thi đua Nội chính tỉnh Long An" in dom
    assert "Links from other tables" in dom
    assert "3 rows" in dom and "from event_id in event_sources" in dom
    # the page script lists the reports and the officials under the row
    assert "Reported by" in dom and "Bản tin: các cơ quan nội chính Long An nhìn lại nửa đầu năm" in dom
    assert "Officials present" in dom and "Lê Minh Đức</a> (Đại tá), Phó Giám đốc Công an tỉnh — attended" in dom


def test_canned_query_page_renders_its_answer(browser):
    dom = browser("/noichinh/official_appearances?name=nguyen+van+binh", screenshot="query.png")
    assert "Where has this official appeared" in dom
    assert dom.count("Nguyễn Văn Bình") >= 2
    assert "Ký giao ước 2025 · Khối thi đua Nội chính tỉnh Long An" in dom
    # our script turned the ids into links to the row pages
    assert 'href="/noichinh/events/long-an--noi-chinh--ky_giao_uoc--2025-02-20"' in dom


def test_event_map_shows_markers_without_internet(browser):
    dom = browser("/noichinh/events?_size=50", screenshot="events-map.png")
    assert "leaflet-container" in dom
    assert "leaflet-marker-icon" in dom  # markers come from the plugin's own files; only tiles need the net


def test_events_per_year_chart_renders(browser):
    chart = "#g.mark=bar&g.x_column=year&g.x_type=ordinal&g.y_column=events&g.y_type=quantitative"
    dom = browser("/noichinh/events_per_year" + chart, screenshot="events-per-year.png")
    assert "Charting options" in dom
    assert 'class="marks"' in dom  # datasette-vega drew the chart (bundled, no network)
