"""Benchmark of `extract`: synthetic Vietnamese news pages stored through the corpus, then extracted.

Pages are generated from our own sentence templates in four CMS layouts (menus, sidebars,
scripts, related lists, comments), about the size of real provincial news pages, so
trafilatura's cost is realistic. The mix is 90% unrelated news and 10% bloc articles. Every
stage run is a real `python -m pipeline extract` subprocess (imports, fact-extractor start-up
and all), its peak memory summed over the process tree by polling /proc.
"""
from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from hashlib import sha256
from pathlib import Path

import yaml

MIX_PAGES = 10_000       # the peak-memory run
SAMPLE_PAGES = 1_000     # pages for the speed comparisons (the first pages of the same mix)
BLOC_PAGES = 300
BLOC_SHARE = 0.10

PROVINCES = ["Sông Lam", "Hà Sơn", "Bến Hải", "Trà Giang", "Cửu Long", "Tây Nguyên", "Đông Hải", "Bắc Sơn"]
OUTLETS = [("baosonglam.example", "Báo Sông Lam"), ("hasonnews.example", "Báo Hà Sơn"),
           ("benhai.example", "Cổng thông tin điện tử tỉnh Bến Hải"), ("tragiang.example", "Báo Trà Giang")]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
MIDDLES = ["Văn", "Thị", "Hữu", "Minh", "Quốc", "Thanh", "Ngọc", "Đức", "Hoài", "Xuân"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hạnh", "Khánh", "Lan", "Minh", "Nam", "Phúc", "Quân", "Sơn",
         "Tâm", "Thảo", "Trung", "Vinh", "Yến"]
UNITS = ["Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh", "Cục Thi hành án dân sự tỉnh",
         "Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Sở Tư pháp", "Thanh tra tỉnh"]
TOPICS = ["giao thông", "y tế", "giáo dục", "nông nghiệp", "du lịch", "đầu tư", "môi trường", "văn hóa", "thể thao",
          "xây dựng", "thủy sản", "lâm nghiệp", "chuyển đổi số", "an sinh xã hội"]
PLACES = ["huyện Hòa Bình", "thị xã Bến Cát", "xã Tân Phú", "phường Đông Xuyên", "huyện Sơn Hà", "xã Phước Lộc",
          "thành phố Vĩnh Yên", "huyện Cẩm Thủy", "xã Hải Ninh", "thị trấn Phú Mỹ"]

NEWS_SENTENCES = [
    "Theo Sở {topic}, trong {n} tháng qua toàn tỉnh đã triển khai {m} dự án lớn nhỏ, nhiều công trình về đích sớm hơn kế hoạch.",
    "Ông {name}, Chủ tịch UBND {place}, cho biết địa phương đang tập trung tháo gỡ vướng mắc về mặt bằng để đẩy nhanh tiến độ.",
    "Người dân {place} phấn khởi khi tuyến đường mới dài {n} km được đưa vào sử dụng, rút ngắn đáng kể thời gian đi lại.",
    "Năm nay, sản lượng lúa của {place} ước đạt {m} tấn, tăng khoảng {n} phần trăm so với cùng kỳ năm trước.",
    "Ngành {topic} đặt mục tiêu đến cuối năm nâng tỷ lệ hộ dân được tiếp cận dịch vụ lên trên {n}0 phần trăm.",
    "Tại buổi làm việc, lãnh đạo tỉnh đề nghị các sở, ngành phối hợp chặt chẽ, không để tình trạng đùn đẩy trách nhiệm.",
    "Bà {name}, một hộ kinh doanh ở {place}, chia sẻ rằng nhờ nguồn vốn vay ưu đãi, gia đình đã mở rộng được quy mô sản xuất.",
    "Dự báo trong {n} ngày tới, khu vực ven biển có mưa rào và dông rải rác, người dân cần đề phòng lốc sét và gió giật mạnh.",
    "Hội chợ năm nay thu hút {m} gian hàng của doanh nghiệp trong và ngoài tỉnh, giới thiệu nhiều sản phẩm đặc trưng của địa phương.",
    "Các trường học trên địa bàn {place} đã hoàn tất công tác chuẩn bị cơ sở vật chất cho năm học mới với {m} học sinh.",
    "Trung tâm Y tế {place} tổ chức khám sàng lọc miễn phí cho {m} người cao tuổi, phát hiện sớm nhiều trường hợp bệnh mạn tính.",
    "Theo kế hoạch, công trình cầu qua sông sẽ được khởi công vào quý {q} với tổng mức đầu tư khoảng {m} tỷ đồng.",
    "Đoàn công tác đã kiểm tra thực tế tại {n} điểm sạt lở, yêu cầu địa phương khẩn trương di dời các hộ dân ở vùng nguy hiểm.",
    "Nhiều hợp tác xã tại {place} đã chuyển sang sản xuất theo chuỗi giá trị, giúp giá bán nông sản ổn định hơn trước.",
    "Lượng khách du lịch đến tỉnh trong dịp nghỉ lễ ước đạt {m} lượt, doanh thu từ dịch vụ lưu trú tăng mạnh.",
    "Chương trình chuyển đổi số cấp xã được triển khai tại {n} đơn vị, người dân có thể nộp hồ sơ trực tuyến ở mọi nơi.",
    "Lực lượng chức năng đã tổ chức ra quân dọn dẹp vệ sinh môi trường, thu gom hàng chục tấn rác thải dọc các tuyến kênh.",
    "Giải chạy việt dã truyền thống năm nay có {m} vận động viên tham gia, trải dài qua các tuyến phố trung tâm.",
    "Ông {name} cho biết, thời gian tới ngành {topic} sẽ tiếp tục rà soát quy hoạch, ưu tiên nguồn lực cho các xã khó khăn.",
    "Tỉnh đã hỗ trợ {m} hộ nghèo sửa chữa nhà ở, bảo đảm các gia đình có nơi ở an toàn trước mùa mưa bão.",
]
BLOC_SENTENCES = [
    "Khối thi đua Nội chính tỉnh {province} gồm {k} đơn vị: {units}.",
    "Năm {year}, {leader} giữ vai trò Trưởng khối, {deputy} là Phó Trưởng khối.",
    "Phát biểu tại hội nghị, đồng chí {name}, {title}, Trưởng khối, đánh giá các đơn vị đã hoàn thành tốt chỉ tiêu thi đua đề ra.",
    "Các đơn vị trong Khối đã tổ chức nhiều đợt thi đua cao điểm, gắn với việc thực hiện nhiệm vụ chính trị được giao.",
    "Công tác phối hợp giữa các cơ quan tiến hành tố tụng tiếp tục được giữ vững, không để xảy ra oan sai.",
    "Hội nghị thống nhất đề nghị tặng Cờ thi đua của UBND tỉnh cho {leader} và Bằng khen cho {n} tập thể.",
    "Dịp này, các đơn vị đã ký kết giao ước thi đua năm {year} với phong trào \"Vì công lý, vì bình yên cuộc sống\".",
    "Đồng chí {name2}, Phó Giám đốc Sở Nội vụ, Trưởng Ban Thi đua - Khen thưởng tỉnh, dự và phát biểu chỉ đạo hội nghị.",
    "Khối đề ra {n} nhóm giải pháp trọng tâm, trong đó chú trọng phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến.",
    "Hội thao của Khối diễn ra trong {n} ngày với các môn bóng chuyền, kéo co và cầu lông, thu hút hàng trăm vận động viên.",
]
BLOC_TITLES = [
    "Khối thi đua Nội chính tỉnh {province} sơ kết công tác 6 tháng đầu năm {year}",
    "Khối thi đua Nội chính tỉnh {province} tổng kết phong trào thi đua năm {year}",
    "Khối Nội chính tỉnh {province} ký giao ước thi đua năm {year}",
    "Sôi nổi Hội thao Khối thi đua Nội chính tỉnh {province} năm {year}",
]
NEWS_TITLES = [
    "{place} đẩy mạnh phát triển {topic} trong năm {year}",
    "Ngành {topic} tỉnh {province} hoàn thành {n} chỉ tiêu quan trọng",
    "Tháo gỡ khó khăn cho các dự án {topic} tại {place}",
    "Người dân {place} hưởng lợi từ chương trình {topic}",
    "Tỉnh {province} tổng kết năm {topic} {year}",
]
MENU = ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Pháp luật", "Văn hóa", "Thể thao", "Giáo dục",
        "Y tế", "Quốc phòng - An ninh", "Nông nghiệp", "Du lịch", "Bạn đọc", "Video", "Ảnh", "Podcast", "English"]


def _name(r: random.Random) -> str:
    return f"{r.choice(SURNAMES)} {r.choice(MIDDLES)} {r.choice(GIVEN)}"


def _fill(r: random.Random, template: str, ctx: dict) -> str:
    values = dict(ctx, name=_name(r), name2=_name(r), place=r.choice(PLACES), topic=r.choice(TOPICS),
                  n=r.randint(2, 12), m=r.randint(100, 9000), q=r.randint(1, 4))
    return template.format(**values)


def _headline_list(r: random.Random, k: int) -> str:
    return "".join(f'<li><a href="/tin/{r.randint(1, 10**6)}.html">{_fill(r, r.choice(NEWS_TITLES), {"year": 2024, "province": r.choice(PROVINCES)})}</a></li>'
                   for _ in range(k))


@dataclass(frozen=True)
class SyntheticPage:
    url: str
    source_id: str
    body: bytes
    bloc: bool
    fetched_at: str


def make_page(i: int, bloc: bool, seed: int = 7) -> SyntheticPage:
    """Page number i of the synthetic corpus (deterministic)."""
    r = random.Random(seed * 1_000_003 + i)
    host, site = OUTLETS[i % len(OUTLETS)]
    province = PROVINCES[i % len(PROVINCES)]
    year = r.choice([2021, 2022, 2023, 2024])
    published = datetime(year, r.randint(1, 12), r.randint(1, 28), r.randint(6, 21), r.randint(0, 59))
    units = r.sample(UNITS, r.randint(5, 8))
    ctx = {"province": province, "year": year, "k": len(units), "units": ", ".join(units), "leader": units[0],
           "deputy": units[1], "title": f"Giám đốc {units[0]}"}
    if bloc:  # like a real report: each bloc statement once, about 2,000-3,000 characters
        title = BLOC_TITLES[i % len(BLOC_TITLES)].format(**ctx)
        sentences = r.sample(BLOC_SENTENCES, r.randint(6, len(BLOC_SENTENCES))) + r.sample(NEWS_SENTENCES, r.randint(2, 5))
        pool = BLOC_SENTENCES
    else:
        title = _fill(r, r.choice(NEWS_TITLES), ctx)
        sentences = r.choices(NEWS_SENTENCES, k=r.randint(10, 36))
        pool = NEWS_SENTENCES
    paragraphs = []
    while sentences:
        k = r.randint(1, 3)
        paragraphs.append(" ".join(_fill(r, t, ctx) for t in sentences[:k]))
        sentences = sentences[k:]
    sapo = _fill(r, r.choice(pool), ctx)
    author = _name(r)
    layout = i % 4
    body_html = []
    for j, p in enumerate(paragraphs):
        body_html.append(f"<p>{p}</p>")
        if j == 2:
            cap = f"Quang cảnh {r.choice(['hội nghị', 'buổi làm việc', 'công trình', 'lễ ra quân'])} tại {r.choice(PLACES)}."
            body_html.append(f'<figure><img src="/uploads/{year}/IMG_{r.randint(1000, 9999)}.JPG" alt="">'
                             f"<figcaption>{cap}</figcaption></figure><p><em>{cap}</em></p>")
    body_html.append(f'<p class="author">{r.choice(["Tin, ảnh", "Bài và ảnh", "Bài, ảnh"])}: {author}</p>')
    menu = "".join(f'<li><a href="/{k}">{m}</a></li>' for k, m in enumerate(MENU))
    # real provincial news pages weigh 40-150 kB: mega menus, sidebars, inline scripts and styles
    sub_menus = "".join(f'<div class="mega"><ul class="sub">{_headline_list(r, 8)}</ul></div>' for _ in range(8))
    script = "var _cfg = {" + ",".join(f'"k{k}": "{r.randint(0, 10**9)}"' for k in range(600)) + "};"
    date_text = published.strftime("%d/%m/%Y %H:%M")
    article_head = {
        0: f'<h1 class="title">{title}</h1><div class="meta">Thứ Hai, {date_text} | Lượt xem: {r.randint(10, 9999)}</div>',
        1: f'<div class="title-news">{title}</div><div class="date-news">Cập nhật lúc: {published:%H:%M %d/%m/%Y}</div>',
        2: f'<h1>{title}</h1><span class="h5 text-muted">Thứ ba - {date_text}</span> {r.randint(1, 900)} 0',
        3: f'<h1 class="detail-title">{title}</h1><time datetime="{published:%Y-%m-%dT%H:%M:00}+07:00">{date_text}</time>',
    }[layout]
    meta = (f'<meta property="og:title" content="{title}"><meta property="og:site_name" content="{site}">'
            if layout != 1 else "")
    html = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} - {site}</title>
{meta}<meta name="description" content="{sapo}"><script>{script}</script>
<style>.menu li{{display:inline}} .sub{{display:none}} .title{{font-size:2em}}</style></head>
<body><header><div class="logo">{site}</div><nav class="menu"><ul>{menu}</ul>{sub_menus}</nav></header>
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/thoi-su">Thời sự</a></div>
<main><article>{article_head}
<div class="share"><a>Facebook</a> <a>Zalo</a> <a>In bài viết</a></div>
<div class="sapo">{sapo}</div>
<div class="content">{''.join(body_html)}</div>
<div class="rating">Tổng số điểm của bài viết là: {r.randint(5, 50)} trong {r.randint(1, 10)} đánh giá</div>
<div class="related"><h3>Tin liên quan</h3><ul>{_headline_list(r, 5)}</ul></div>
<section class="comments"><h3>Ý kiến bạn đọc</h3><p>Chưa có bình luận nào.</p></section>
</article></main>
<aside><h3>Đọc nhiều</h3><ul>{_headline_list(r, 15)}</ul><h3>Tin mới</h3><ul>{_headline_list(r, 15)}</ul>
<h3>Video</h3><ul>{_headline_list(r, 6)}</ul></aside>
<footer><p>{site}. Giấy phép số {r.randint(10, 999)}/GP-BTTTT.</p><p>Địa chỉ: {r.randint(1, 200)} đường Trần Phú, {r.choice(PLACES)}.</p></footer>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"page":"{i}"}});</script></body></html>"""
    fetched = (published + timedelta(days=r.randint(0, 30))).replace(tzinfo=timezone.utc)
    kind = "bloc" if bloc else "news"
    return SyntheticPage(url=f"https://{host}/{kind}/{i}-{year}.html", source_id=host.split(".")[0],
                         body=html.encode("utf-8"), bloc=bloc, fetched_at=fetched.isoformat(timespec="seconds"))


def mix(n: int, bloc_share: float = BLOC_SHARE) -> list[tuple[int, bool]]:
    """(page number, is bloc) for a corpus of n pages: every 1/bloc_share-th page is a bloc article."""
    step = round(1 / bloc_share)
    return [(i, i % step == step - 1) for i in range(n)]


def write_sources(path: Path) -> Path:
    data = {"sources": [{"id": host.split(".")[0], "name": site, "home": f"https://{host}/",
                         "province": PROVINCES[k], "kind": "newspaper"} for k, (host, site) in enumerate(OUTLETS)]}
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def build_corpus(corpus_dir: Path, pages, content_type: str = "text/html; charset=utf-8") -> int:
    """Store pages through the corpus API, as the crawler would; returns how many were stored.

    `pages` yields objects with url, source_id, body, fetched_at and optionally content_type / charset / status.
    """
    from pipeline.corpus import Corpus, Exchange

    n = 0
    with Corpus(corpus_dir) as c:
        run_id, _ = c.begin_run()
        for p in pages:
            ctype = getattr(p, "content_type", None) or content_type
            host = p.url.split("/")[2]
            c.add_url(p.url, source_id=p.source_id, host=host, kind=getattr(p, "kind", "article"), run_id=run_id)
            ex = Exchange(url=p.url, request_headers=[("User-Agent", "noichinh-bench")],
                          status=getattr(p, "status", 200), reason="OK", http_version="HTTP/1.1",
                          response_headers=[("Content-Type", ctype), ("Content-Length", str(len(p.body)))],
                          raw_body=p.body, fetched_at=p.fetched_at, source_id=p.source_id,
                          kind=getattr(p, "kind", "article"), charset=getattr(p, "charset", None) or "utf-8")
            c.store(ex, run_id=run_id, body_hash=sha256(p.body).hexdigest(), etag=None, last_modified=None,
                    content_type=ctype)
            n += 1
        c.finish_run(run_id)
    return n


def _tree_memory_kb(root: int) -> tuple[int, int, int]:
    """(summed RSS, summed PSS, largest RSS) in kB over a process and all its descendants.

    RSS counts the pages the workers share (libraries, copy-on-write) once per process;
    PSS splits them among the sharers, so its sum is the memory the run really holds.
    """
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    rss = pss = biggest = 0
    stack = [root]
    while stack:
        pid = stack.pop()
        stack.extend(children.get(pid, []))
        try:
            with open(f"/proc/{pid}/smaps_rollup") as fh:
                for line in fh:
                    if line.startswith("Rss:"):
                        kb = int(line.split()[1])
                        rss += kb
                        biggest = max(biggest, kb)
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
        except OSError:
            continue
    return rss, pss, biggest


def run_extract(corpus: Path, out: Path, sources: Path, jobs: int) -> dict:
    """One real `python -m pipeline extract` run: wall time and peak memory of its process tree."""
    cmd = [sys.executable, "-m", "pipeline", "extract", "--corpus", str(corpus), "--out", str(out),
           "--sources", str(sources), "--jobs", str(jobs)]
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0, 0, 0]
    while proc.poll() is None:
        peak = [max(p, now) for p, now in zip(peak, _tree_memory_kb(proc.pid))]
        time.sleep(0.1)
    seconds = time.perf_counter() - started
    out_text, err_text = proc.communicate()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the workers, waited for by the command, count too
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        raise RuntimeError(f"extract failed ({proc.returncode}): {err_text.strip()[-500:]}")
    return {"seconds": seconds, "cpu_seconds": cpu, "rss_sum_mb": peak[0] / 1024, "pss_sum_mb": peak[1] / 1024,
            "rss_one_mb": peak[2] / 1024, "summary": out_text}


def trafilatura_alone(pages, fast: bool = False) -> float:
    """Pages per CPU second of trafilatura by itself (decode + bare_extraction with metadata), one process.

    CPU seconds, not wall seconds: on a shared box the two sides of the comparison would
    otherwise be timed under different loads.
    """
    import trafilatura

    started = time.process_time()
    n = 0
    for p in pages:
        trafilatura.bare_extraction(p.body.decode("utf-8"), url=p.url, with_metadata=True, fast=fast)
        n += 1
    return n / (time.process_time() - started)


def in_process(corpus: Path, out: Path, sources: Path, annotator) -> tuple[float, object]:
    """(CPU seconds, summary) of the whole stage with one job in this process, the Annotator already built."""
    from pipeline.config import load_sources
    from pipeline.extract import extract_corpus

    started = time.process_time()
    summary = extract_corpus(corpus, out, load_sources(sources), jobs=1, annotator=annotator)
    return time.process_time() - started, summary


def run(workdir: Path) -> dict:
    from pipeline.extract import load_annotator

    workdir = Path(workdir)
    sources = write_sources(workdir / "sources.yml")
    plan = mix(MIX_PAGES)
    sample = [make_page(i, b) for i, b in plan[:SAMPLE_PAGES]]
    bloc_pages = [make_page(i, True) for i, b in plan if b][:BLOC_PAGES]
    build_corpus(workdir / "sample", sample)
    build_corpus(workdir / "bloc", bloc_pages)
    build_corpus(workdir / "mix", (make_page(i, b) for i, b in plan))

    started = time.perf_counter()
    annotator = load_annotator()
    startup = time.perf_counter() - started
    # steady state, one process: trafilatura alone vs the whole stage on the same pages
    traf = trafilatura_alone(sample)
    traf_fast = trafilatura_alone(sample, fast=True)
    stage_s, stage = in_process(workdir / "sample", workdir / "out-sample", sources, annotator)
    # bloc articles alone: the faster of two runs (fresh output folders, so neither skips a page)
    (bloc_s, bloc), _ = sorted((in_process(workdir / "bloc", workdir / f"out-bloc-{k}", sources, annotator)
                                for k in range(2)), key=lambda r: r[0])
    assert stage.articles == len(sample) and bloc.articles == len(bloc_pages), (stage.lines(workdir), bloc.lines(workdir))
    del annotator
    # real command runs (imports and fact-extractor start-up included), 1 and 2 jobs alternating, the
    # faster of two runs each: one run is one sample of a shared box's load, and the two sides alternate
    # so a burst of other work hits both
    runs = {1: [], 2: []}
    for k in range(2):
        for jobs in (1, 2):
            runs[jobs].append(run_extract(workdir / "sample", workdir / f"out-sample-{jobs}-{k}", sources, jobs=jobs))
    one, two = (min(runs[j], key=lambda r: r["seconds"]) for j in (1, 2))
    big = run_extract(workdir / "mix", workdir / "out-mix", sources, jobs=2)

    pages_per_s = len(sample) / stage_s
    return {
        # trafilatura as a user would call it (default settings, with metadata), and its fast
        # mode, which the stage tries first; one process, same 1,000 pages (90% news, 10% bloc)
        "extract.trafilatura_pages_per_s": round(traf, 1),
        "extract.trafilatura_fast_pages_per_s": round(traf_fast, 1),
        # the whole stage (WARC read, stage 1, facts, JSON write, dedup), one process, Annotator built;
        # these four rates are per CPU second of one core, so other work on the box does not skew them
        "extract.pages_per_s": round(pages_per_s, 1),
        "extract.vs_trafilatura_ratio": round(pages_per_s / traf, 3),
        "extract.bloc_articles_per_s": round(len(bloc_pages) / bloc_s, 1),
        "extract.annotator_startup_s": round(startup, 2),
        # `python -m pipeline extract` on the same 1,000 pages, start-up included (best of two runs each)
        "extract.command_pages_per_s_1job": round(len(sample) / one["seconds"], 1),
        "extract.command_pages_per_s_2jobs": round(len(sample) / two["seconds"], 1),
        "extract.parallel_speedup": round(one["seconds"] / two["seconds"], 2),
        # CPU the 2-job run got per job and wall second: near 1.0 on an idle box; far below it,
        # other work held the cores and the speed-up above says more about the box than the code
        "extract.cpu_share_2jobs": round(two["cpu_seconds"] / (2 * two["seconds"]), 2),
        "extract.cpu_share_1job": round(one["cpu_seconds"] / one["seconds"], 2),
        # 10,000 pages, 2 jobs: largest single process (what RUSAGE_CHILDREN reports), and the
        # whole tree (parent + workers) as summed PSS and as summed RSS (shared pages counted twice)
        "extract.peak_rss_mb": round(big["rss_one_mb"], 1),
        "extract.peak_tree_pss_mb": round(big["pss_sum_mb"], 1),
        "extract.peak_tree_rss_mb": round(big["rss_sum_mb"], 1),
        "extract.mix_pages": MIX_PAGES,
        "extract.mix_pages_per_s_2jobs": round(MIX_PAGES / big["seconds"], 1),
        "extract.load_average_1min": round(os.getloadavg()[0], 2),  # other work on the box skews every rate
    }
