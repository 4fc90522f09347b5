"""Stage 1 on hand-written pages in the styles of Vietnamese CMSs: text, metadata, charsets, near-duplicates."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from pipeline.article import (NotAnArticle, PageError, clean_author, clean_lines, decode_html, extract_article,
                              find_time)
from pipeline.dedup import MAX_DISTANCE, DupKey, canonical_ids, distance, simhash64

HTML = Path(__file__).parent / "fixtures" / "html"


def page(name: str) -> bytes:
    return (HTML / name).read_bytes()


@pytest.fixture(scope="module")
def songlam():
    return extract_article(page("baosonglam_so_ket.html"), "https://baosonglam.vn/thoi-su/so-ket-a12345.html",
                           fetched_at="2024-03-20T02:00:00+00:00")


@pytest.fixture(scope="module")
def portal():
    return extract_article(page("portal_ky_giao_uoc.html"), "https://hason.gov.vn/tin-tuc/ky-giao-uoc-2023",
                           fetched_at="2023-03-08T02:00:00+00:00")


@pytest.fixture(scope="module")
def nukeviet():
    return extract_article(page("nukeviet_cp1258.html"), "https://stp.benhai.gov.vn/news/hoat-dong/so-ket-123.html",
                           charset="windows-1258", content_type="text/html; charset=windows-1258",
                           fetched_at="2023-08-01T02:00:00+00:00")


# --- boilerplate -------------------------------------------------------------------------------

@pytest.mark.parametrize("furniture", [
    "Lượt xem", "1.204", "Facebook", "Zalo", "In bài viết", "Tin liên quan", "ra quân bảo đảm trật tự giao thông",
    "phiên tòa rút kinh nghiệm", "Ý kiến bạn đọc", "Bài viết rất hay", "Gửi bình luận", "Tổng số điểm",
    "IMG_0528.JPG", "_n.jpg", "Từ khóa", "Xem thêm", "ký giao ước thi đua năm 2024", "Giá xăng dầu",
    "Giấy phép số", "Thời sự", "Trang chủ", "Quảng cáo", "Đọc nhiều",
])
def test_newspaper_furniture_is_removed(songlam, furniture):
    assert furniture not in songlam.text


@pytest.mark.parametrize("furniture", [
    "0:00 / 0:00", "Đọc thêm", "Thanh tra tỉnh tổng kết công tác năm 2022", "Tổng số điểm của bài viết là",
    "Click để đánh giá", "Chia sẻ", "Facebook", "Tin liên quan", "trấn áp tội phạm", "tập huấn nghiệp vụ hộ tịch",
    "sơ kết công tác quý I", "Lượt xem", "Skip Ribbon", "Dịch vụ công", "Cơ quan chủ quản",
])
def test_portal_furniture_is_removed(portal, furniture):
    assert furniture not in portal.text


@pytest.mark.parametrize("furniture", ["0:00 / 0:00", "17555421_", ".jpg", "Tổng số điểm", "tin mới hơn",
                                       "tin cũ hơn", "204", "Trang nhất", "VINADES"])
def test_nukeviet_furniture_is_removed(nukeviet, furniture):
    assert furniture not in nukeviet.text


def test_article_sentences_are_kept(songlam, portal, nukeviet):
    assert "Sáng 19/3, Khối thi đua Nội chính tỉnh Sông Lam họp sơ kết" in songlam.text  # the standfirst
    assert '"Vì công lý, vì bình yên cuộc sống"' in songlam.text
    assert songlam.text.rstrip().endswith("có thành tích xuất sắc trong đợt thi đua.")
    assert "Năm 2023, Công an tỉnh giữ vai trò Trưởng khối" in portal.text
    assert "đề nghị Chính phủ tặng Cờ thi đua" in portal.text
    # NukeViet prints the standfirst in its own box, which trafilatura drops: it is put back first
    assert nukeviet.main_text.startswith("Sáng 24/7, Khối thi đua Nội chính tỉnh Bến Hải tổ chức hội nghị")


def test_captions_printed_twice_are_kept_once(songlam, portal, nukeviet):
    assert songlam.text.count("Đồng chí Lê Thị Hạnh, Viện trưởng VKSND tỉnh, phát biểu khai mạc hội nghị.") == 1
    assert portal.text.count("Đại tá Phạm Quốc Khánh, Giám đốc Công an tỉnh, Trưởng khối, phát biểu") == 1
    assert nukeviet.text.count("Quang cảnh hội nghị sơ kết Khối thi đua Nội chính.") == 1


def test_text_is_title_blank_line_main_text(songlam, portal):
    for art in (songlam, portal):
        assert art.text == f"{art.title}\n\n{art.main_text}"
        assert art.title not in art.main_text.split("\n\n")[0]
        assert "\n\n\n" not in art.text and all(p.strip() == p for p in art.text.split("\n\n"))


# --- metadata ----------------------------------------------------------------------------------

def test_newspaper_metadata(songlam):
    assert songlam.title == "Khối thi đua Nội chính tỉnh Sông Lam sơ kết 6 tháng đầu năm 2024"
    assert songlam.author == "Hoàng Minh Thư"  # meta author "Bài và ảnh: Hoàng Minh Thư"
    assert songlam.sitename == "Báo Sông Lam điện tử"
    assert songlam.description.startswith("Sáng 19/3, Khối thi đua")
    assert songlam.published == "2024-03-19"
    assert songlam.published_time == "2024-03-19T17:01:00"


def test_portal_headline_replaces_portal_name(portal):
    # <title> is the portal's name; the headline is a div with a "title" class
    assert portal.title == "Khối Nội chính tỉnh Hà Sơn ký giao ước thi đua năm 2023"
    assert portal.author == "Trần Thu Hà"  # closing byline "Bài, ảnh: Trần Thu Hà"
    assert portal.published_time == "2023-03-07T15:28:00"  # "Cập nhật lúc: 15:28 07/03/2023"


def test_legacy_charset_page_decodes_right(nukeviet):
    assert nukeviet.charset == "cp1258"
    assert nukeviet.title == "Khối thi đua Nội chính tỉnh Bến Hải sơ kết công tác 6 tháng đầu năm 2023"
    assert "Đỗ Văn Tùng, Giám đốc Sở Tư pháp, Trưởng khối năm 2023" in nukeviet.text
    assert nukeviet.text == unicodedata.normalize("NFC", nukeviet.text)  # cp1258 tones are combining marks
    assert nukeviet.author == "Lan Chi"  # "Tin và ảnh: Lan Chi"
    assert nukeviet.published_time == "2023-07-25T16:57:00"  # "Thứ ba - 25/07/2023 16:57"


@pytest.mark.parametrize("declared", [None, "utf-8", "iso-8859-1", "windows-1252"])
def test_legacy_page_whose_headers_lie(nukeviet, declared):
    art = extract_article(page("nukeviet_cp1258.html"), nukeviet.url, charset=declared,
                          content_type=f"text/html; charset={declared}" if declared else "text/html",
                          fetched_at="2023-08-01T02:00:00+00:00")
    assert art.text == nukeviet.text and art.charset == "cp1258"


def test_utf8_page_whose_headers_say_western(songlam):
    art = extract_article(page("baosonglam_so_ket.html"), songlam.url, charset="windows-1252",
                          content_type="text/html; charset=ISO-8859-1", fetched_at="2024-03-20T02:00:00+00:00")
    assert art.charset == "utf-8" and art.text == songlam.text


def test_undecodable_and_binary_bodies_are_page_errors():
    with pytest.raises(PageError, match="undecodable"):
        decode_html(b"<html><body>" + bytes(range(0x80, 0xA0)) * 50 + b"</body></html>", "iso-8859-1")
    with pytest.raises(PageError, match="binary"):
        decode_html(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 100)


@pytest.mark.parametrize("raw, author", [
    ("Bài và ảnh: Nguyễn Thu Trang", "Nguyễn Thu Trang"),
    ("Bài và ảnh Nguyễn Thu Trang", "Nguyễn Thu Trang"),  # trafilatura drops the colon
    ("Tin, ảnh: Lê Hoàng", "Lê Hoàng"),
    ("Tin và ảnh: Lê Hoàng", "Lê Hoàng"),
    ("Bài, ảnh: Đặng Minh", "Đặng Minh"),
    ("Theo Báo Hà Sơn", "Báo Hà Sơn"),
    ("PV Quốc Tuấn", "Quốc Tuấn"),
    ("PV", None),
    ("Nhóm PV", None),
    ("Trần Bảo Ngọc", "Trần Bảo Ngọc"),
    ("Thanh Tâm; Bài, ảnh: Kim Oanh", "Thanh Tâm; Kim Oanh"),
    (None, None),
])
def test_byline_prefixes_are_stripped(raw, author):
    assert clean_author(raw) == author


@pytest.mark.parametrize("printed, day, time", [
    ("Thứ Ba, 19/03/2024 - 17:01 | Lượt xem: 12", "2024-03-19", "17:01:00"),
    ("Chính trị 10:02, 24/02/2023 Chia sẻ", "2023-02-24", "10:02:00"),
    ("Cập nhật: 17-11-2022 | 08:56:50", "2022-11-17", "08:56:50"),
    ("06/12/2019 - 22:07", "2019-12-06", "22:07:00"),
    ("Thứ sáu, 5/7/2024, 7h30 (GMT+7)", "2024-07-05", "07:30:00"),
    ("Ngày 12/9/2024 hội nghị khai mạc. Lượt xem 0:00 / 0:00", "2024-09-12", None),
    ("Đăng lúc 09:15 ngày 3 tháng 4 năm 2021", "2021-04-03", "09:15:00"),
])
def test_time_printed_next_to_the_date(printed, day, time):
    assert find_time(printed, day) == time


# --- line filters, one rule at a time ----------------------------------------------------------

PROSE = ("Hội nghị đã đánh giá kết quả thực hiện phong trào thi đua của các đơn vị trong Khối, "
         "xem thêm các giải pháp cụ thể cho những tháng cuối năm.")


@pytest.mark.parametrize("furniture", [
    "Lượt xem: 2.345", "345 lượt xem", "Tổng số điểm của bài viết là: 30 trong 6 đánh giá", "Click để đánh giá bài viết",
    "0:00 / 0:00", "01:15 / 04:02", "IMG_0528.JPG", "17555421_1901234567890123_4567890123456789012_n.jpg",
    "DSC_0012.jpg anh2.png", "Chia sẻ", "Facebook Twitter Zalo", "In bài viết", "Xem thêm: Một bài khác về thi đua",
    "Đọc thêm >> Công an tỉnh ra quân", "Thứ Hai, 19/03/2024 - 17:01", "Thứ ba - 25/07/2023 16:57 204 0",
    "Cập nhật lúc: 15:28 07/03/2023", "Từ khóa: thi đua, nội chính", "Theo dõi Báo Sông Lam trên Google News",
    "Skip Ribbon Commands", "Skip to main content", "Xuất bản thông tin", "Chi tiết bài viết TIN_NOICHINH",
    "Quay lên trên", "Về đầu trang", "(3) Bình luận", "totalViews=1532", "Minh Châu 05/04/2024 08:15", ".", "* * *",
])
def test_each_furniture_line_is_dropped(furniture):
    assert clean_lines(f"{PROSE}\n{furniture}\n{PROSE[:-1]} tiếp theo.") == f"{PROSE}\n\n{PROSE[:-1]} tiếp theo."


def test_related_list_is_dropped_up_to_the_next_paragraph():
    raw = "\n".join([PROSE, "Tin liên quan", "Công an tỉnh ra quân đầu năm", "Tòa án tỉnh xét xử lưu động",
                     "Sau đó, các đơn vị đã ký kết giao ước thi đua năm 2024 với nhiều chỉ tiêu cụ thể."])
    assert clean_lines(raw).split("\n\n") == [PROSE, "Sau đó, các đơn vị đã ký kết giao ước thi đua năm 2024 với nhiều chỉ tiêu cụ thể."]


def test_comments_section_at_the_end_is_dropped_whole():
    raw = "\n".join([PROSE, PROSE + " Hai.", PROSE + " Ba.", "Ý kiến bạn đọc", "Bài viết hay quá.", "Nguyễn Văn B"])
    assert clean_lines(raw).split("\n\n") == [PROSE, PROSE + " Hai.", PROSE + " Ba."]
    # a "Bình luận (0)" counter in a toolbar above the text costs only that line
    raw = "\n".join(["Bình luận (0)", PROSE, PROSE + " Hai.", PROSE + " Ba."])
    assert clean_lines(raw).split("\n\n") == [PROSE, PROSE + " Hai.", PROSE + " Ba."]


def test_repeated_caption_kept_once_but_distinct_lines_kept():
    raw = "Toàn cảnh hội nghị.\nToàn cảnh hội nghị.\nToàn cảnh hội nghị sơ kết.\n" + PROSE
    assert clean_lines(raw).split("\n\n") == ["Toàn cảnh hội nghị.", "Toàn cảnh hội nghị sơ kết.", PROSE]


def test_portal_null_prefix_is_dropped():
    assert clean_lines("null Khối Nội chính tỉnh họp sơ kết\n" + PROSE).startswith("Khối Nội chính tỉnh họp sơ kết\n\n")


def test_prose_with_dates_and_numbers_is_kept():
    lines = ["Ngày 12/9/2024, tại Hội trường Công an tỉnh, Khối tổ chức hội nghị lúc 8:00.",
             "Khối có 8 đơn vị, 2 đơn vị được đề nghị tặng Cờ thi đua.", "Chia sẻ kinh nghiệm về công tác thi đua.",
             "Tin, ảnh: Minh Châu", "Năm 2024 có 3 đơn vị", "Công an tỉnh 5 năm liền dẫn đầu"]
    assert clean_lines("\n".join(lines)).split("\n\n") == lines


# --- not articles ------------------------------------------------------------------------------

def test_listing_and_stub_pages_are_not_articles():
    with pytest.raises(NotAnArticle, match="no prose"):
        extract_article(page("listing.html"), "https://baosonglam.vn/thoi-su", fetched_at="2024-03-20")
    with pytest.raises(NotAnArticle):
        extract_article("<html><body><h1>Lỗi 404</h1><p>Không tìm thấy trang.</p></body></html>".encode(),
                        "https://baosonglam.vn/x", fetched_at="2024-03-20")


# --- near duplicates ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def copies():
    a = extract_article(page("syndicated_a.html"), "https://baosonglam.vn/the-thao/hoi-thao-2022-a777.html",
                        fetched_at="2022-11-20T00:00:00+00:00")
    b = extract_article(page("syndicated_b.html"), "https://congan.songlam.gov.vn/tin-tuc/hoi-thao-2022",
                        fetched_at="2022-11-20T00:00:00+00:00")
    return a, b


def test_syndicated_copies_are_near_duplicates(copies, songlam, portal):
    a, b = copies
    assert a.title != b.title and a.text != b.text  # different boilerplate, title and closing line
    assert distance(int(a.simhash, 16), int(b.simhash, 16)) <= MAX_DISTANCE
    for other in (songlam, portal):
        assert distance(int(a.simhash, 16), int(other.simhash, 16)) > 3 * MAX_DISTANCE


def test_canonical_is_earliest_published_then_url(copies, songlam):
    a, b = copies
    assert (a.published, b.published) == ("2022-11-16", "2022-11-17")
    docs = [DupKey("b", int(b.simhash, 16), b.published, b.url), DupKey("a", int(a.simhash, 16), a.published, a.url),
            DupKey("s", int(songlam.simhash, 16), songlam.published, songlam.url)]
    assert canonical_ids(docs) == {"a": "a", "b": "a", "s": "s"}
    same_day = [DupKey("b", 1, "2022-11-16", "https://b.vn/1"), DupKey("a", 3, "2022-11-16", "https://a.vn/1"),
                DupKey("n", 1, None, "https://0.vn/1")]
    assert canonical_ids(same_day) == {"a": "a", "b": "a", "n": "a"}


def test_simhash_is_stable_and_word_based():
    text = "Khối thi đua Nội chính tỉnh tổ chức hội nghị sơ kết phong trào thi đua sáu tháng đầu năm."
    assert simhash64(text) == simhash64(text.upper()) == simhash64("  " + text.replace(" ", "\n") + " ")
    assert 0 <= simhash64(text) < 1 << 64 and simhash64(text) != simhash64(text.replace("sơ kết", "tổng kết"))


def test_odd_bodies_are_skipped_or_read_not_crashed():
    for body in (b"", b"  \n", b'<html><frameset><frame src="a.html"></frameset></html>', b'{"ok": true}'):
        with pytest.raises(NotAnArticle):
            extract_article(body, "https://baosonglam.vn/x", fetched_at="2024-03-20")
    # an XHTML page whose XML declaration names a legacy charset
    art = extract_article(b'<?xml version="1.0" encoding="windows-1258"?>\n' + page("nukeviet_cp1258.html"),
                          "https://stp.benhai.gov.vn/news/x.html", fetched_at="2023-08-01")
    assert "Đỗ Văn Tùng" in art.text and art.charset == "cp1258"


def test_chained_near_duplicates_link_only_to_a_near_canonical():
    a, b, c = 0, (1 << 5) - 1, (1 << 10) - 1  # a~b (5 bits), b~c (5 bits), a and c 10 bits apart
    docs = [DupKey("a", a, "2024-01-01", "https://a.vn/1"), DupKey("b", b, "2024-01-02", "https://b.vn/1"),
            DupKey("c", c, "2024-01-03", "https://c.vn/1")]
    assert canonical_ids(docs) == {"a": "a", "b": "a", "c": "c"}


def test_standfirst_of_another_story_is_not_taken():
    from pipeline.article import lead_paragraph

    body = ("Hội nghị do Viện Kiểm sát nhân dân tỉnh chủ trì, các đơn vị trong Khối thi đua Nội chính báo cáo "
            "kết quả thi đua sáu tháng đầu năm và thống nhất phương hướng cho sáu tháng cuối năm.")
    own = "Sáng 3/7, Khối thi đua Nội chính tỉnh họp sơ kết sáu tháng đầu năm tại Viện Kiểm sát nhân dân tỉnh."
    other = "Giá lúa tại các huyện ven biển tăng mạnh trong tuần, nông dân phấn khởi bước vào vụ thu hoạch mới."
    sidebar = f'<div class="list"><p class="sapo">{other}</p></div>'
    assert lead_paragraph(f'<div class="sapo">{own}</div><div>{body}</div>{sidebar}', body) == own
    assert lead_paragraph(f"<div>{body}</div>{sidebar}", body) is None  # no standfirst of its own
    assert lead_paragraph(f'<div class="sapo">{own}</div>{sidebar}', f"{own}\n\n{body}") is None  # already there
