"""Stage 1 of `extract`: one stored HTML page -> one article record (metadata + clean text).

Pure functions only: bytes and a URL in, an `Article` out (or `NotAnArticle` / `PageError`).
trafilatura finds the main text and the metadata; what Vietnamese CMSs leave in it (view
counters, rating widgets, player time codes, image file names, captions printed twice,
"Tin liên quan" lists, byline prefixes) is removed by the line filters below, because the
fact extractor reads every line and must not take a share box or an author for a fact.
trafilatura is never given a URL to fetch: it only ever sees the decoded HTML string.
"""
from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date as _date

import lxml.etree
import lxml.html
import trafilatura

from pipeline.dedup import simhash64

# Bump when the output of this module changes for the same page: every article is re-extracted.
STAGE1_VERSION = "stage1.1"
MIN_CHARS = 250  # a main text shorter than this is a listing, a stub or an error page, not an article


class NotAnArticle(Exception):
    """A page with no article in it (listing, stub, error page): counted and skipped, not a failure."""


class PageError(Exception):
    """A page that cannot be read at all (undecodable, binary, broken HTML): a failure to report."""


@dataclass
class Article:
    url: str
    title: str
    author: str | None
    sitename: str | None
    description: str | None
    published: str | None       # YYYY-MM-DD as printed on the page
    published_time: str | None  # YYYY-MM-DDTHH:MM:SS local time as printed, when the page gives a time
    main_text: str              # paragraphs separated by one blank line
    text: str                   # title, blank line, main text: the shape of a gold .txt
    simhash: str                # 16 hex digits, over the main text (not the title, which syndication rewrites)
    content_hash: str           # sha256 of the raw body: unchanged body + version = nothing to redo
    charset: str


# ---------------------------------------------------------------------------------------------
# decoding

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:\-]+)", re.I)
# letters only Vietnamese text produces (never a Western code page read of Vietnamese bytes)
_VIET_SPECIFIC = re.compile("[ăĂđĐơƠưƯĩĨũŨ\u1ea0-\u1ef9]")
_MOJIBAKE = re.compile("[ŒœŠšŸŽžƒ\u0080-\u009f\u0300-\u036f\ufffd]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
        name = "cp1252"  # what browsers do with these labels (WHATWG)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(body: bytes, charset: str | None = None, content_type: str | None = None) -> tuple[str, str]:
    """Decode a page to NFC text; returns (text, codec used).

    Valid UTF-8 is taken as UTF-8 whatever the headers claim (legacy bytes almost never form
    valid UTF-8, while lying headers are common). Otherwise every declared charset plus the
    two legacy code pages of Vietnamese sites (windows-1258, windows-1252) is tried, and the
    reading with the most Vietnamese-only letters wins: a windows-1258 page served as
    ISO-8859-1 still reads right. Bytes that no candidate decodes are a PageError.
    """
    if body.startswith(codecs.BOM_UTF8):
        return unicodedata.normalize("NFC", body[3:].decode("utf-8", "replace")), "utf-8"
    if body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return unicodedata.normalize("NFC", body.decode("utf-16", "replace")), "utf-16"
    if b"\x00" in body[:8192]:
        raise PageError("binary body (NUL bytes), not an HTML page")
    try:
        return unicodedata.normalize("NFC", body.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates: list[str] = []
    head = body[:8192]
    meta = _META_CHARSET.search(head)
    header = _HEADER_CHARSET.search(content_type or "")
    for name in (charset, header.group(1) if header else None, meta.group(1).decode("ascii", "ignore") if meta else None):
        c = _codec(name)
        if c and c != "utf-8" and c not in candidates:
            candidates.append(c)
    for name in ("cp1258", "cp1252"):  # what undeclared non-UTF-8 Vietnamese pages are written in
        c = _codec(name)
        if c and c != "utf-8" and c not in candidates:
            candidates.append(c)
    best: tuple[int, str, str] | None = None
    for c in candidates:
        try:
            text = unicodedata.normalize("NFC", body.decode(c))
        except (UnicodeDecodeError, LookupError):
            continue
        if len(_CONTROL.findall(text)) > max(20, len(text) // 200):
            continue  # decodes, but into control characters: not this charset
        score = len(_VIET_SPECIFIC.findall(text)) - 3 * len(_MOJIBAKE.findall(text))
        if best is None or score > best[0]:
            best = (score, text, c)
    if best is None:
        raise PageError(f"undecodable body: not UTF-8 and not any of {', '.join(candidates) or 'the declared charsets'}")
    return best[1], best[2]


# ---------------------------------------------------------------------------------------------
# line filters

def _fold(line: str) -> str:
    return " ".join(line.casefold().split())


_RELATED_HEADERS = {
    "tin liên quan", "bài liên quan", "bài viết liên quan", "tin bài liên quan", "tin cùng chuyên mục",
    "tin cùng chủ đề", "bài cùng chuyên mục", "bài cùng chủ đề", "tin khác", "các tin khác", "các bài khác",
    "tin bài khác", "các bài viết khác", "bài viết khác", "tin mới", "tin mới hơn", "tin cũ hơn", "tin mới nhất",
    "tin đã đưa", "các tin đã đưa", "tin trước", "đọc thêm", "xem thêm", "có thể bạn quan tâm", "đọc nhiều",
    "xem nhiều", "tin đọc nhiều", "tin xem nhiều", "bài đọc nhiều", "tin nổi bật", "tin tiêu điểm",
    "video liên quan", "tin ảnh", "tin cùng loại", "những tin mới hơn", "những tin cũ hơn", "những tin khác", "tin tức khác", "bài mới", "bài khác",
}
_COMMENT_HEADERS = re.compile(
    r"(?:ý kiến bạn đọc|ý kiến của bạn|gửi ý kiến(?: của bạn)?|ý kiến phản hồi|gửi phản hồi|bình luận"
    r"|gửi bình luận|viết bình luận|thêm bình luận|bình luận của bạn|bạn đọc bình luận|ý kiến)"
    r"\s*(?:\(\s*\d+\s*\))?\s*:?"
)
_RELATED_INLINE = re.compile(r"(?:đọc thêm|xem thêm|xem tiếp|tin liên quan|bài liên quan|xem chi tiết|mời xem)\s*(?::|>>|»|›|…|\.\.\.)", re.I)
_RATING = re.compile(
    r"(?:tổng số điểm của bài viết là|click để đánh giá|bấm để đánh giá|đánh giá bài viết|chưa có đánh giá"
    r"|bạn đánh giá bài viết)", re.I)
_TIMECODE = re.compile(r"(?:\d{1,2}:)?\d{1,2}:\d{2}\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2}")
_IMAGE_NAMES = re.compile(r"(?:\S+\.(?:jpe?g|png|gif|webp|bmp|tiff?|heic|jfif)\s*)+", re.I)
_SHARE_WORDS = {
    "chia", "sẻ", "facebook", "twitter", "zalo", "email", "e-mail", "in", "bài", "viết", "gửi", "lưu", "like",
    "share", "tweet", "print", "bản", "copy", "link", "messenger", "linkedin", "pinterest", "telegram", "google",
    "tin", "này", "sao", "chép", "liên", "kết", "quay", "lại", "trở", "về", "đầu", "trang", "lên", "top", "cỡ",
    "chữ", "a", "a-", "a+", "nghe", "đọc", "giọng", "nam", "nữ", "miền", "bắc", "trung", "tốc", "độ", "x",
}
_SHARE_NEEDS = {"facebook", "twitter", "zalo", "email", "e-mail", "print", "share", "tweet", "like", "chia",
                "in", "lưu", "copy", "chép", "quay", "đầu", "cỡ", "a+", "a-", "nghe", "giọng", "messenger", "top"}
_TAGS = re.compile(r"(?:từ khóa|từ khoá|tags?|thẻ|chủ đề liên quan)\s*:", re.I)
_FOLLOW = re.compile(r"theo dõi .{0,60}(?:google news|zalo|facebook|youtube|tiktok)", re.I)
_MEDIA = re.compile(
    r"(?:your browser does not support.*|trình duyệt của bạn không hỗ trợ.*|video:?|xem video|play|pause"
    r"|tắt tiếng|bật tiếng|toàn màn hình|phát lại|quảng cáo|advertisement)", re.I)
# portal chrome: SharePoint skip links, Liferay portlet titles, back-to-top links, upload forms, leaked JS
_CHROME = re.compile(
    r"(?:skip ribbon commands|skip to main content|xuất bản thông tin|chi tiết bài viết(?: \S+)?|chi tiết tin"
    r"|quay (?:lên|về|lại)(?: đầu)?(?: trang| trên)?|(?:lên|về|trở lại) đầu trang|back to top|in trang|đóng cửa sổ"
    r"|gửi file đính kèm.*|đính kèm file|[a-z_]\w*\s*=\s*[\w.\-]+;?)", re.I)
# a byline printed with the date: "Lan Anh 19/03/2024 17:01"
_NAME_STAMP = re.compile(r"(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s+){1,4}?(?=\d)", re.U)

# date stamps and counters printed around a title ("Thứ ba - 25/07/2023 16:57 204 0")
_DATE_TOKEN = r"\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|\d{4}-\d{2}-\d{2}(?:T[\d:]+(?:[+-]\d{2}:?\d{2}|Z)?)?"
_TIME_TOKEN = r"(?<![\d:])(?:[01]?\d|2[0-3])\s*(?::|h|giờ)\s*[0-5]\d(?:\s*:\s*[0-5]\d)?(?:\s*(?:AM|PM|SA|CH))?(?![\d:])"
_COUNTER = (r"(?:lượt xem|số lượt xem|lượt đọc|số lượt đọc|đã xem|lượt truy cập|lượt thích|views?|bình luận|ý kiến"
            r"|lượt chia sẻ)\s*:?\s*\(?\s*[\d.,]+\s*\)?|\(?[\d.,]+\)?\s*(?:lượt xem|lượt đọc|views?|bình luận|ý kiến)")
_STAMP_CUE = re.compile(rf"{_DATE_TOKEN}|{_TIME_TOKEN}|{_COUNTER}", re.I)
_STAMP_PIECES = re.compile(
    rf"{_DATE_TOKEN}|{_TIME_TOKEN}|{_COUNTER}|gmt\s*[+-]\s*\d{{1,2}}(?::?\d{{2}})?|utc|"
    r"(?:cập nhật|ngày đăng|đăng ngày|đăng lúc|ngày cập nhật|thời gian|xuất bản|ngày xuất bản|đăng tải|đăng"
    r"|posted|updated|published|lúc|ngày|tháng|năm)|"
    r"thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s*nhật|\bcn\b|\d+", re.I)


def _is_stamp(line: str) -> bool:
    """A line made only of dates, times, weekday names and view/comment counters."""
    if len(line) > 120 or not _STAMP_CUE.search(line):
        return False
    return not re.search(r"\w", _STAMP_PIECES.sub(" ", line))


def _is_share_box(folded: str) -> bool:
    words = [w for w in re.split(r"[\s|/•·,:()]+", folded) if w]
    return bool(words) and len(folded) <= 80 and set(words) <= _SHARE_WORDS and bool(set(words) & _SHARE_NEEDS)


def is_noise(line: str) -> bool:
    """True for a line that is page furniture, never article text."""
    folded = _fold(line)
    if not folded:
        return True
    if len(folded) > 200:  # prose: only the widgets that print long lines can match
        return bool(_RATING.match(folded) or _RELATED_INLINE.match(folded) or _TAGS.match(folded))
    if _RATING.match(folded) or _TAGS.match(folded) or _FOLLOW.match(folded):
        return True
    if _TIMECODE.fullmatch(folded) or _IMAGE_NAMES.fullmatch(folded) or _MEDIA.fullmatch(folded):
        return True
    if _CHROME.fullmatch(folded) or not re.search(r"\w", folded):
        return True
    if len(folded) <= 60:
        name = _NAME_STAMP.match(line)
        if name and _is_stamp(_fold(line[name.end():])):
            return True
    if _RELATED_INLINE.match(folded) or folded.rstrip(" :»>.") in _RELATED_HEADERS:
        return True
    return _is_share_box(folded) or _is_stamp(folded)


_LIFERAY_NULL = re.compile(r"^null\s+(?=[A-ZĐÀ-Ỹ])")  # a portal template printing an empty variable


def _link_title_like(line: str) -> bool:
    """A related-news entry: a short headline, not a sentence of the article."""
    return len(line) <= 180 and not line.rstrip().endswith((".", "!", "?", "…", ":", ";"))


def clean_lines(raw: str, title: str | None = None) -> str:
    """trafilatura's text -> the article's paragraphs, furniture removed, separated by blank lines."""
    lines = [_LIFERAY_NULL.sub("", " ".join(line.split())) for line in raw.splitlines()]
    lines = [line for line in lines if line]
    out: list[str] = []
    in_related = False
    for i, line in enumerate(lines):
        folded = _fold(line)
        if _COMMENT_HEADERS.fullmatch(folded):
            if i >= len(lines) / 2:
                break  # the comments section: always last, drop it whole
            continue
        if folded.rstrip(" :»>.") in _RELATED_HEADERS:
            in_related = True
            continue
        if in_related:
            if _link_title_like(line) or is_noise(line):
                continue
            in_related = False
        if is_noise(line):
            continue
        if out and _fold(out[-1]).strip(" .") == folded.strip(" ."):
            continue  # a caption the page prints twice (figcaption + paragraph, alt + caption)
        out.append(line)
    if title and out and _fold(out[0]).strip(" .") == _fold(title).strip(" ."):
        out = out[1:]
    return "\n\n".join(out)


# ---------------------------------------------------------------------------------------------
# author, dates

_BYLINE_PREFIX = re.compile(
    r"^\s*(?:(?:(?:bài|tin|ảnh|video|clip|đồ họa|thực hiện)(?:\s*(?:và|,|&|\+|-|/)\s*(?:bài|tin|ảnh|video|clip|đồ họa))*"
    r"|theo|nguồn|pv|nhóm pv|phóng viên|nhóm phóng viên|tác giả)\b\s*[:.\-–]?\s*)+",
    re.I,
)


def clean_author(author: str | None) -> str | None:
    """'Bài và ảnh: Hoàng Minh Thư' -> 'Hoàng Minh Thư'; a bare 'PV' (staff reporter) -> None."""
    if not author:
        return None
    author = " ".join(author.split())
    parts = []
    for part in re.split(r"\s*;\s*", author):
        part = _BYLINE_PREFIX.sub("", part).strip(" :-–,.")
        if part and part.casefold() not in ("pv", "ctv", "admin", "administrator", "quản trị viên"):
            parts.append(part)
    return "; ".join(parts) or None


_BYLINE_LINE = re.compile(
    r"(?:bài và ảnh|bài, ảnh|bài và ảnh|tin và ảnh|tin, ảnh|tin|bài|ảnh|nhóm pv|pv|theo)\s*:\s*(.{2,60})", re.I)


def byline_from_text(main_text: str) -> str | None:
    """The author from a closing byline line ('Tin, ảnh: Lan Anh') when the metadata has none."""
    for line in main_text.split("\n\n")[-3:][::-1]:
        m = _BYLINE_LINE.fullmatch(line.strip())
        if m:
            return clean_author(m.group(1))
    return None


_SCRIPT = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_TIME = re.compile(r"(?<![\d:])([01]?\d|2[0-3])\s*(?::|h|giờ)\s*([0-5]\d)(?:\s*:\s*([0-5]\d))?(?![\d:/])")
_ANY_DATE = re.compile(r"(?<!\d)(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})(?!\d)")


def visible_text(html: str) -> str:
    """The page with scripts and tags removed: where printed dates and times are looked for."""
    text = _TAG.sub(" ", _SCRIPT.sub(" ", html))
    return re.sub(r"\s+", " ", text.replace("&nbsp;", " "))


_DAY_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.I)


def find_time(html: str, day: str) -> str | None:
    """'HH:MM:SS' printed next to the page's publication day ('19/03/2024 - 17:01', '10:02, 24/02/2023').

    Works on raw HTML or plain text: only a window around each printed date is stripped of
    tags, which is much cheaper than stripping the whole page.
    """
    wanted = tuple(int(x) for x in day.split("-"))
    for pattern in (_ANY_DATE, _DAY_WORDS):
        for match in pattern.finditer(html):
            if tuple(int(x) for x in match.groups()[::-1]) != wanted:
                continue
            window = visible_text(html[max(0, match.start() - 300):match.end() + 300])
            here = pattern.search(window)
            while here and tuple(int(x) for x in here.groups()[::-1]) != wanted:
                here = pattern.search(window, here.end())
            if here is None:
                continue
            t = _time_near(window, *here.span())
            if t:
                return t
    return None


def _time_near(text: str, start: int, end: int) -> str | None:
    best = None
    for t in _TIME.finditer(text, max(0, start - 40), min(len(text), end + 40)):
        if text[t.end():t.end() + 3].lstrip().startswith("/") or text[max(0, t.start() - 3):t.start()].rstrip().endswith("/"):
            continue  # a media player's "0:00 / 3:25"
        distance = start - t.end() if t.end() <= start else t.start() - end
        if distance >= 0 and (best is None or distance < best[0]):
            best = (distance, t)
    if best is None:
        return None
    t = best[1]
    return f"{int(t.group(1)):02d}:{t.group(2)}:{t.group(3) or '00'}"


def find_printed_date(page_text: str, max_day: str | None) -> str | None:
    """The first plausible dd/mm/yyyy printed on the page (used when htmldate finds nothing)."""
    for m in _ANY_DATE.finditer(page_text):
        d, mo, y = (int(x) for x in m.groups())
        try:
            day = _date(y, mo, d).isoformat()
        except ValueError:
            continue
        if y >= 1995 and (max_day is None or day <= max_day):
            return day
    return None


# ---------------------------------------------------------------------------------------------
# title

_GENERIC_TITLE = re.compile(r"^(?:cổng thông tin|trang thông tin|cổng ttđt|trang ttđt|trang chủ|tin tức|chi tiết"
                            r"|portal|home|untitled)", re.I)
_TITLE_XPATH = ("//h1 | //*[contains(@class,'title') or contains(@class,'tieude') or contains(@class,'tieu-de')"
                " or contains(@class,'headline') or contains(@id,'title') or contains(@class,'TieuDe')]")


def _overlap(title: str, text: str) -> float:
    words = {w for w in re.findall(r"\w+", title.casefold()) if len(w) > 1}
    if not words:
        return 0.0
    return len(words & set(re.findall(r"\w+", text.casefold()))) / len(words)


def _parse(html: str):
    try:
        return lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None


def better_title(tree, title: str, sitename: str | None, main_text: str) -> str:
    """The headline, when trafilatura took the portal's name from <title> (common on .gov.vn portals)."""
    head = main_text[:2000]
    generic = (not title or _GENERIC_TITLE.match(title) or (sitename and _fold(title) == _fold(sitename))
               or _overlap(title, head) < 0.3)
    if not generic or tree is None:
        return title
    for el in tree.xpath(_TITLE_XPATH):
        if el.tag in ("head", "title", "meta", "body", "html", "a") or el.xpath(".//a"):
            continue  # headlines of other stories are links
        text = " ".join(el.text_content().split())
        if 15 <= len(text) <= 300 and (not sitename or _fold(text) != _fold(sitename)) and _overlap(text, head) >= 0.5:
            return text
    return title


_CLASS_OPEN = re.compile(r"""\bclass\s*=\s*(["'])""", re.I)
_LEAD_TOKEN = re.compile(r"(?:^|[\s_-])(?:sapo|hometext|summary|chapeau|tomtat|tom-tat|teaser|lead|intro|mota|mo-ta"
                         r"|trichyeu)(?:[\s_-]|$)", re.I)


def lead_paragraph(html: str, main_text: str) -> str | None:
    """The standfirst ('sapo') that CMSs print in its own box and trafilatura sometimes drops.

    It often holds the event's date and place ('Sáng 24/7, ...'), so losing it loses facts.
    Only the first standfirst-like box counts (lists of other stories print one per item,
    further down), and only when its words are the article's; just the few kilobytes after
    its opening tag are parsed, not the page.
    """
    for m in _CLASS_OPEN.finditer(html):  # every class attribute, then its value tested (one scan, no alternation)
        close = html.find(m.group(1), m.end())
        if close < 0:
            break
        value = html[m.end():close]
        if not _LEAD_TOKEN.search(value):
            continue
        tag_start = html.rfind("<", 0, m.start())
        try:
            holder = lxml.html.fragment_fromstring(html[tag_start:tag_start + 6000], create_parent="div")
        except (ValueError, lxml.etree.ParserError):
            continue
        if not len(holder):
            continue
        el = holder[0]
        if el.tag in ("html", "body", "meta", "ul", "ol", "nav", "script", "style", "a") or el.xpath(".//a"):
            continue
        text = " ".join(el.text_content().split())
        if len(text) < 40:
            continue
        if len(text) <= 1200 and _fold(text) not in _fold(main_text) and _overlap(text, main_text) >= 0.6:
            return text
        return None
    return None


# ---------------------------------------------------------------------------------------------
# the page

def url_id(url: str) -> str:
    """The article id of FORMATS.md: first 16 hex digits of sha1 of the URL."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def _is_article(main_text: str, min_chars: int) -> bool:
    """Long enough, and with real paragraphs: a listing of headlines is long but has no prose."""
    prose = sum(len(p) for p in main_text.split("\n\n") if len(p) >= 80)
    return len(main_text) >= min_chars and prose >= min(150, min_chars)


def _main_text(html: str, url: str, date_params: dict, *, fast: bool, min_chars: int):
    """(trafilatura document, title, cleaned main text) or (None, "", "") when there is no text."""
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True,
            include_images=False, favor_precision=False, fast=fast, date_extraction_params=date_params,
        )
    except Exception as exc:  # trafilatura raises on some broken trees; one page must not stop the run
        raise PageError(f"trafilatura failed: {type(exc).__name__}: {exc}") from None
    if doc is None or not (doc.text or "").strip():
        return None, "", ""
    title = " ".join((doc.title or "").split())
    main_text = clean_lines(doc.text, title)
    if _GENERIC_TITLE.match(title) or _overlap(title, main_text[:2000]) < 0.3:
        title = better_title(_parse(html), title, doc.sitename, main_text)
    lead = lead_paragraph(html, main_text)
    if lead:
        main_text = f"{lead}\n\n{main_text}"
    first, _, rest = main_text.partition("\n\n")
    if not title:
        title, main_text = first, rest
    elif _fold(first).strip(" .") == _fold(title).strip(" ."):
        main_text = rest
    return doc, title, main_text


def extract_article(body: bytes, url: str, *, charset: str | None = None, content_type: str | None = None,
                    fetched_at: str | None = None, min_chars: int = MIN_CHARS) -> Article:
    """Stored body + URL -> Article; raises NotAnArticle (skip) or PageError (failure)."""
    html, used = decode_html(body, charset, content_type)
    max_day = fetched_at[:10] if fetched_at else None
    date_params = {"extensive_search": True, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S"}
    if max_day:
        date_params["max_date"] = max_day  # a page cannot be published after it was fetched; keeps reruns identical
    # trafilatura's fast mode skips its readability/jusText comparison, a third of its time;
    # the full mode runs only when the fast one finds no article
    doc, title, main_text = _main_text(html, url, date_params, fast=True, min_chars=min_chars)
    if doc is None or not _is_article(main_text, min_chars):
        doc, title, main_text = _main_text(html, url, date_params, fast=False, min_chars=min_chars)
    if doc is None:
        raise NotAnArticle("no main text")
    if len(main_text) < min_chars:
        raise NotAnArticle(f"too short ({len(main_text)} chars)")
    if not _is_article(main_text, min_chars):
        raise NotAnArticle("no prose (only short lines: a listing or a menu)")
    published = published_time = None
    if doc.date:
        published = doc.date[:10]
        if len(doc.date) > 10 and doc.date[11:] != "00:00:00":
            published_time = doc.date[:19]
    else:
        published = find_printed_date(visible_text(html), max_day)
    if published and not published_time:
        t = find_time(html, published)
        published_time = f"{published}T{t}" if t else None

    author = clean_author(doc.author) or byline_from_text(main_text)
    return Article(
        url=url,
        title=title,
        author=author,
        sitename=(" ".join(doc.sitename.split()) or None) if doc.sitename else None,
        description=(" ".join(doc.description.split()) or None) if doc.description else None,
        published=published,
        published_time=published_time,
        main_text=main_text,
        text=f"{title}\n\n{main_text}",
        simhash=f"{simhash64(main_text):016x}",
        content_hash=hashlib.sha256(body).hexdigest(),
        charset=used,
    )
