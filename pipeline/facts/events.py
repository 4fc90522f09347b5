"""What happened, when and where: bloc name, internal-affairs test, event type, period, date, province."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .context import Ctx
from .text import LOWER, UPPER

I = re.I

# ---------------------------------------------------------------- bloc names
_BLOC_START = re.compile(r"(?<!\w)(Khối|khối|KHỐI|Cụm|cụm)\s+")
_GENERIC_BLOC = re.compile(r"khối\s+thi\s+đua\s+(?:thuộc|trực\s+thuộc|trên\s+địa\s+bàn)\s")
_GENERIC_BEFORE = re.compile(r"(?:cụm|Cụm)\s*,\s*$")
_TD = re.compile(r"(thi\s+đua)(?!\w)", I)
_NUM = re.compile(r"(?:số\s+)?(\d{1,2})(?!\w|/)", I)
_NOICHINH = re.compile(
    r"(?:(?:các\s+)?(?:cơ\s+quan\s+)?|các\s+đơn\s+vị\s+)nội\s+chính(?:\s*[-–—,]\s*lực\s+lượng\s+vũ\s+trang|\s+và\s+lực\s+lượng\s+vũ\s+trang|\s*[-–—]\s*tư\s+pháp"
    r"|\s*[-–—,]\s*quốc\s+phòng\s*[-–—]\s*an\s+ninh)?(?!\w)",
    I,
)
_LOC = re.compile(r"\s+(tỉnh|thành\s+phố|TP\.?)(?!\w)", I)
# words that end a bloc's generic descriptor ("Khối thi đua các cơ quan tham mưu, tổng hợp gồm ...")
_FRONT = re.compile(r"Mặt\s+trận\s+Tổ\s+quốc(?:\s+Việt\s+Nam)?")
_AND_MASS_ORGS = re.compile(r"\s+(?:các\s+)?(?:tổ\s+chức\s+)?đoàn\s+thể(?:\s+chính\s+trị\s*[-–]\s*xã\s+hội)?", I)
_DESC_STOP = set(
    "tổ gồm có ký đã năm tại và được là phát thực trong của với hiện đơn sơ tiến cùng luôn tiếp triển "
    "quyết sẽ phải đạt nhận do theo về cho khen vừa bắt thống thi hội lễ đến dự nhằm trao tặng chủ họp "
    "đăng xếp bình chấm bao hoàn ra này đó nay".split()
)
_DESC_WORD = re.compile(r"(\s+|\s*,\s*|\s[-–]\s)(\w+)")
_DESC_DASH = re.compile(r"\s+[" + LOWER + r"]+(?!\w)(?!\s*:)")  # "- Xã hội", not "- Ảnh: ..."
_OTHER_KINDS = re.compile(
    r"tham\s+mưu|tổng\s+hợp|kinh\s+tế|doanh\s+nghiệp|đảng|văn\s+hóa|xã\s+hội|giáo\s+dục|trường|huyện|"
    r"thị\s+xã|quận|y\s+tế|nông\s+nghiệp|tài\s+chính|ngân\s+hàng|mặt\s+trận|đoàn\s+thể|dân\s+vận|sở,?\s+ngành",
    I,
)


@dataclass
class BlocMention:
    start: int
    end: int
    name: str
    score: float
    internal: bool  # descriptor names internal-affairs agencies
    emulation: bool  # "Khối thi đua ..." / "Cụm thi đua ...", not just the sector "khối nội chính"
    other_kind: bool  # descriptor names another kind of bloc
    province: str | None
    district: bool = False  # a district's bloc, not a province's
    party: bool = False  # a bloc of the Party's own bodies ("Khối các cơ quan Đảng tỉnh")


_SPACES = re.compile(r"\s*")
_PARTY_BLOC = re.compile(r"(?:các\s+)?cơ\s+quan\s+Đảng(?!\w)", I)
_DISTRICT = re.compile(r"\s+(?:huyện|quận|thị\s+xã|thị\s+trấn|xã|phường)(?!\w)", I)
_CAP = re.compile(r" ([" + UPPER + r"][\w']*)")


def bloc_mentions(ctx: Ctx) -> list[BlocMention]:
    """Every "Khối/Cụm [thi đua] [số N] [descriptor] [tỉnh X]" with a fullness score for choosing the name."""
    t = ctx.text
    out = []
    for m in _BLOC_START.finditer(t):
        if _GENERIC_BLOC.match(t, m.start()) or _GENERIC_BEFORE.search(t, max(0, m.start() - 12), m.start()):
            continue  # "quy định về tổ chức của cụm, khối thi đua thuộc tỉnh": blocs in general, not one
        pos = m.end()
        score = 0.0
        has_td = has_num = internal = other = party = False
        md = _TD.match(t, pos)
        if md:
            has_td = True
            score += 1
            pos = md.end()
        p2 = _SPACES.match(t, pos).end()
        mnum = _NUM.match(t, p2) if p2 > pos else None
        if mnum and has_td:
            has_num = True
            score += 1
            pos = mnum.end()
        p2 = _SPACES.match(t, pos).end()
        mi = _NOICHINH.match(t, p2) if p2 > pos or pos == m.end() else None
        if mi and mi.end() > mi.start():
            internal = True
            score += 1 + (0.5 if re.search("lực", mi.group(), I) else 0) + (0.2 if "cơ quan" in mi.group().lower() else 0)
            pos = mi.end()
        elif not has_td and _PARTY_BLOC.match(t, p2) and not re.search(r"Đảng\s+(?:ủy|bộ)\s+$", t[max(0, m.start() - 10):m.start()]):
            mpb = _PARTY_BLOC.match(t, p2)  # the Party's own bodies: a bloc, though not an internal-affairs one
            party = other = True
            score += 0.5
            pos = mpb.end()
        elif has_td and not has_num:
            # generic descriptor: words up to a stop word, e.g. "các cơ quan tham mưu, tổng hợp"
            words_end = pos
            while True:
                w = _DESC_WORD.match(t, words_end)
                if not w:
                    break
                word = w.group(2)
                if (word.lower() == "tham" and re.match(r"\s+(?:dự|gia)(?!\w)", t[w.end():])) or \
                        (word.lower() == "tổng" and re.match(r"\s+kết(?!\w)", t[w.end():])):
                    break
                mf = _FRONT.match(t, w.start(2))
                if mf:
                    words_end = mf.end()  # "Mặt trận Tổ quốc (Việt Nam)": "Tổ" is not the verb "tổ chức"
                    continue
                if word.lower() == "và" and _AND_MASS_ORGS.match(t, w.end()):
                    words_end = _AND_MASS_ORGS.match(t, w.end()).end()  # "Mặt trận và các đoàn thể": one name
                    continue
                if word.lower() in _DESC_STOP or word.isdigit() or re.match(r"(?:tỉnh|thành|TP)$", word):
                    break
                if w.group(1).strip() == "," and not (word.islower() and word.lower() not in _DESC_STOP) \
                        and not re.match(r"Mặt\s+trận", t[w.start(2):w.start(2) + 12]):
                    break  # "các cơ quan Đảng, Mặt trận và đoàn thể": the Front continues the name
                if w.group(1).strip() in "-–" and w.group(1).strip() and word.islower() \
                        and t[words_end - 1:words_end].isalpha() and word not in _DESC_STOP:
                    words_end = w.end()  # "các cơ quan kinh tế - tài chính": two sectors joined by a dash
                    continue
                if w.group(1).strip() in "-–" and w.group(1).strip() and not (
                        word[:1].isupper() and t[words_end - 1:words_end].isalpha() and _DESC_DASH.match(t, w.end())):
                    break  # "Văn hóa - Xã hội": a dash inside a sector name joins two capitalised words
                if w.group(1).strip() in "-–" and w.group(1).strip():
                    words_end = _DESC_DASH.match(t, w.end()).end()
                    continue
                words_end = w.end()
                if words_end - pos > 80:
                    break
            desc = t[pos:words_end]
            if desc.strip():
                if _OTHER_KINDS.search(desc):
                    other = True
                score += 0.5
                pos = words_end
        if not (has_td or internal or party):
            continue
        if has_td and re.search(r"đảng", t[m.end():pos], I):
            party = True
        prov = None
        mg = _NAME_GLOSS.match(t, pos) if has_num else None
        if mg and _LOC.match(t, mg.end()):
            pos = mg.end()  # "Khối thi đua số 2 (Khối Nội chính) tỉnh Bạc Liêu": the gloss sits inside the name
        ml = _LOC.match(t, pos)
        mdirect = ctx.gz.province_re.match(t, pos + 1) if t[pos:pos + 1] == " " else None
        if mdirect and (internal or has_td) and ctx.gz.province_of(mdirect.group(1)):
            prov = ctx.gz.province_of(mdirect.group(1))  # "... Nội chính TP.HCM": an alias that starts with TP
            pos = mdirect.end()
            score += 1
            ml = None
        elif ml:
            pos = ml.end()
            score += 0.5
            mp = ctx.gz.province_re.match(t, pos + 1) if t[pos:pos + 1] == " " else None
            if mp:
                prov = ctx.gz.province_of(mp.group(1))
                pos = mp.end()
                score += 1
        else:
            mp = ctx.gz.province_re.match(t, pos + 1) if t[pos:pos + 1] == " " else None
            if mp and (internal or has_td):
                prov = ctx.gz.province_of(mp.group(1))
                pos = mp.end()
                score += 1
        # a district's bloc ("Khối Nội chính huyện Đức Trọng", "thành phố Vinh") is not a province's
        md = _DISTRICT.match(t, pos) if not prov else None
        district = False
        if md:
            pos = md.end()  # the district stays in the name: "Khối Nội chính huyện Bảo Thắng"
            for _ in range(3):
                w = _CAP.match(t, pos)
                if not w:
                    break
                pos = w.end()
        if md or (ml and re.match(r"\s+(?:thành\s+phố|TP)", ml.group(), I) and not prov and
                  t[pos:pos + 3].strip()[:1].isupper()):
            district = True
        name = ctx.orig(m.start(), pos).strip(" ,-–")
        out.append(BlocMention(m.start(), m.start() + len(t[m.start():pos].rstrip(" ,-–")), name, score, internal,
                               has_td, other, prov, district, party))
    # "Khối thi đua số 5 (Khối các cơ quan Nội chính tỉnh X)": the parenthesis glosses the name before it;
    # the gloss is never the bloc's name
    ends = {m.end for m in out}
    for m in out:
        mg = _GLOSS_OPEN.search(t, max(0, m.start - 3), m.start)
        if mg and mg.end() == m.start and any(e == mg.start() for e in ends):
            m.score = -1.0
    return out


_NAME_GLOSS = re.compile(r"[ \t]*\((?:Khối|khối|Cụm|cụm)\s[^()\n]{3,60}\)")
_GLOSS_OPEN = re.compile(r"[ \t]*\([ \t]*")


def best_bloc(mentions: list[BlocMention]) -> BlocMention | None:
    if not mentions:
        return None
    top = max(m.score for m in mentions)
    best = next(m for m in mentions if m.score == top)
    for m in mentions:  # the fullest form: a headline's "Khối ... huyện" completed in the lead "... huyện Thanh Miện"
        if m.score == top and len(m.name) > len(best.name) and m.name.lower().startswith(best.name.lower() + " "):
            best = m
    return best


# ---------------------------------------------------------------- event type
_TYPES = [
    ("tong_ket", re.compile(r"tổng\s+kết", I)),
    ("so_ket", re.compile(r"sơ\s+kết", I)),
    ("hoi_thao", re.compile(r"hội\s+thao|giải\s+(?:thể\s+thao|bóng\s+\w+|cầu\s+lông|quần\s+vợt|việt\s+dã)|giao\s+lưu\s+thể\s+thao|thi\s+đấu\s+thể\s+thao", I)),
    ("hoi_thi", re.compile(r"hội\s+thi(?!\s*đua)|cuộc\s+thi", I)),
    ("ky_giao_uoc", re.compile(r"giao\s+ước|phát\s+động\s+(?:phong\s+trào\s+)?thi\s+đua", I)),
    ("other", re.compile(r"hội\s+nghị|hội\s+thảo|tọa\s+đàm|gặp\s+mặt|kiểm\s+tra|chấm\s+điểm", I)),
]
_EVENT_CUE = re.compile(r"tổ\s+chức|diễn\s+ra|hội\s+nghị|lễ\s|tiến\s+hành|khai\s+mạc|sôi\s+nổi|ký", I)


TRAINING = re.compile(r"(?<!\w)(?:(?:lớp|khóa)\s+)?(?:tập\s+huấn|bồi\s+dưỡng)(?:\s+nghiệp\s+vụ)?(?!\w)", I)
_BLOC_OF = re.compile(r"(?:khối|cụm)\s+(?:thi\s+đua|nội\s+chính|các\s+cơ\s+quan)", I)


def event_type(ctx: Ctx, lead: list[tuple[int, int]]) -> tuple[str | None, tuple[int, int] | None]:
    """Type from the title and the first sentence that reports the event, read together (a review beats
    a signing: "tổng kết năm 2023 và ký giao ước năm 2024" is tong_ket); later lead sentences if silent."""
    lead = list(dict.fromkeys(lead))
    groups = [lead[:2]] + [[sp] for sp in lead[2:]]
    for types in (_TYPES[:-1], _TYPES[-1:]):  # a named kind anywhere in the lead before a generic "hội nghị"
        for group in groups:
            for code, rx in types:
                for s, e in group:
                    m = rx.search(ctx.text, s, e)
                    if m:
                        return code, (m.start(), m.end())
    # the bloc's own training course ("Lớp tập huấn nghiệp vụ ... cho Khối thi đua Nội chính"): an event of the
    # bloc whoever runs it
    for s, e in lead[:2]:
        mt = TRAINING.search(ctx.text, s, e)
        if mt and _BLOC_OF.search(ctx.text, s, e):
            return "other", (mt.start(), mt.end())
    # a bloc doing something else (charity, visits, pilgrimages): the bloc itself acts in the title or lead,
    # not a person who merely holds a bloc role ("..., Khối trưởng Khối thi đua Nội chính dự lễ")
    for s, e in lead[:2]:
        seg = ctx.text[s:e]
        acts = _EVENT_CUE.search(seg) or re.search(r"(?<!\w)(?:trao|thăm|tặng|hỗ\s+trợ|về\s+nguồn)(?!\w)", seg, I)
        if not acts:
            continue
        for m in re.finditer(r"(?:khối|cụm)\s+(?:thi\s+đua|nội\s+chính|các\s+cơ\s+quan)", seg, I):
            before = seg[max(0, m.start() - 30):m.start()]
            if not re.search(r"(?:trưởng|phó|thành\s+viên|của|thuộc|trong|cho)\s*$", before, I):
                return "other", (s + m.start(), s + m.end())
    return None, None


def lead_sentences(ctx: Ctx) -> list[tuple[int, int]]:
    """Title plus the first sentences that say a bloc held something (the event's own sentence)."""
    out = []
    for s, e in ctx.sents[:40]:
        seg = ctx.text[s:e]
        if len(seg) < 15:
            continue
        if re.search(r"khối|cụm\s+thi\s+đua", seg, I) and (_EVENT_CUE.search(seg) or any(rx.search(seg) for _, rx in _TYPES[:5]) or TRAINING.search(seg)):
            out.append((s, min(e, s + 1500)))  # a "sentence" of a page without punctuation is not a lead
        if len(out) >= 3:
            break
    return out


# ---------------------------------------------------------------- period
_H1 = re.compile(r"(?:6|sáu|06)\s+tháng(?!\s+(?:cuối|còn\s+lại))(?:\s+đầu)?(?:\s+năm)?(?:\s+(\d{4}))?|"
                 r"(?:nửa\s+đầu|nửa\s+năm\s+đầu)\s+năm(?:\s+(\d{4}))?", I)
_YEAR = re.compile(r"năm\s+(\d{4})(?!\d)", I)
_YEAR_ANY = re.compile(r"(?<!\d)(20[0-4]\d|199\d)(?!\d)")


def period(ctx: Ctx, etype: str | None, lead: list[tuple[int, int]]) -> tuple[str | None, tuple[int, int] | None, int | None]:
    """Normalised period and its year (None when the text gives none): the year written after the type's
    own keyword first ("tổng kết ... năm 2023, ký giao ước năm 2024" reviews 2023), else the lead's years."""
    kw = dict(_TYPES).get(etype)
    if kw is not None and etype != "so_ket":
        for s, e in list(dict.fromkeys(lead)):
            for mk in kw.finditer(ctx.text, s, e):
                my = _YEAR.search(ctx.text, mk.end(), min(e, mk.end() + 90))
                if my:
                    return my.group(1), (my.start(), my.end()), int(my.group(1))
    for s, e in lead:
        seg = ctx.text[s:e]
        if etype == "so_ket":
            m = _H1.search(seg)
            if m:
                y = m.group(1) or m.group(2)
                return ("H1-" + y if y else "H1"), (s + m.start(), s + m.end()), int(y) if y else None
        years = [(int(m.group(1)), s + m.start(), s + m.end()) for m in _YEAR.finditer(seg)]
        if years:
            if etype == "ky_giao_uoc":
                y, a, b = max(years)
            elif etype == "tong_ket":
                y, a, b = years[0]
            else:
                y, a, b = years[0]
            return str(y), (a, b), y
    if etype == "so_ket":
        return "H1", None, None
    return None, None, None


# ---------------------------------------------------------------- dates
_TOD = (r"(?:(?:sáng|chiều|tối|trưa)(?:\s+(?:hôm\s+)?(?:nay|qua))?(?:\s+ngày)?|ngày|hôm\s+(?:nay|qua)|hôm|"
        r"vào\s+(?:sáng\s+|chiều\s+)?ngày|vào)")
_DATE = re.compile(
    r"(?<!\w)(?P<cue>" + _TOD + r")\s*(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*)?(?:\(\s*)?"
    r"(?P<d>\d{1,2})\s*(?:(?:[-–]|và|đến)\s*\d{1,2}\s*(?=[/.-]\s*\d{1,2}))?(?:(?P<sep>[/.-])\s*(?P<m>\d{1,2})(?:\s*(?P=sep)\s*(?P<y>\d{4}))?|\s+tháng\s+(?P<m2>\d{1,2})(?:\s+năm\s+(?P<y2>\d{4}))?)(?![\d/])",
    I,
)
_STAMP = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?:\s*[-|,]?\s*\d{1,2}:\d{2})?|(?<!\d)\d{1,2}:\d{2}(?::\d{2})?\s*[,|-]?\s*(\d{1,2})[/-](\d{1,2})[/-](\d{4})")


_DOCREF = re.compile(r"(?:\d+/[\w.-]*[A-ZĐ][\w.-]*|(?:Quyết\s+định|Kế\s+hoạch|Công\s+văn|Thông\s+báo|Nghị\s+quyết|"
                     r"Chỉ\s+thị|Hướng\s+dẫn|Văn\s+bản|Thông\s+tư|Nghị\s+định)(?:\s+số)?)[^,.;:]{0,25}$")


def _mkdate(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def page_date(ctx: Ctx) -> dt.date | None:
    """A dateline on the page ("07/03/2023 15:28", "Cập nhật: 17-11-2022") when metadata has none;
    a date inside the article's sentences (a decision's date) is not one."""
    head = ctx.text[:600]
    for m in _STAMP.finditer(head):
        line_start = head.rfind("\n", 0, m.start()) + 1
        before = head[line_start:m.start()]
        timed = re.search(r"\d{1,2}:\d{2}", m.group())
        dateline = not before.strip() or re.search(
            r"(?:cập\s+nhật|đăng|ngày\s+đăng|xuất\s+bản|thứ\s+\w+|chủ\s+nhật)[^\n]{0,12}$|\|\s*$|^[^\n]{0,40}\s$", before, I)
        if not (timed or dateline) or _DOCREF.search(before[-70:]) or re.search(r"(?:ngày|sáng|chiều)\s*$", before, I):
            continue
        if m.group(1):
            d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        else:
            d, mo, y = int(m.group(4)), int(m.group(5)), int(m.group(6))
        got = _mkdate(y, mo, d)
        if got:
            return got
    m = re.search(r"(?:^|\n)[^\n]{0,30}?(?<!\d)(\d{1,2})-(\d{1,2})-(\d{4})(?!\d)", head)
    if m:
        return _mkdate(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None


def event_date(ctx: Ctx, lead, etype, period_year, published) -> tuple[str | None, tuple[int, int] | None]:
    """First cued date in the lead ("Chiều 27/2", "Sáng 2.3", "ngày 27 tháng 02 năm 2023"), year inferred."""
    spans = list(lead) + [(s, e) for s, e in ctx.sents[:12] if (s, e) not in lead]
    for s, e in spans:
        for m in _DATE.finditer(ctx.text, s, e):
            d = int(m.group("d"))
            mo = int(m.group("m") or m.group("m2"))
            y = m.group("y") or m.group("y2")
            if m.group("sep") == "." and not re.match(r"sáng|chiều|tối|trưa|ngày", m.group("cue"), I):
                continue
            if _DOCREF.search(ctx.text[max(s, m.start() - 70):m.start()]):
                continue  # the date of a decision or plan ("Quyết định số 157/QĐ-UBND ngày 22/3/2022")
            if not (1 <= d <= 31 and 1 <= mo <= 12):
                continue
            if y:
                got = _mkdate(int(y), mo, d)
            else:
                year = infer_year(mo, d, etype, period_year, published) or _text_year(ctx)
                if year is None:
                    continue
                got = _mkdate(year, mo, d)
            if got and (published is None or got <= published + dt.timedelta(days=1) or y):
                return got.isoformat(), (m.start(), m.end())
        mr = _RELATIVE.search(ctx.text, s, e) if published else None
        if mr and not _DATE.match(ctx.text, mr.start()):  # "Sáng nay," in a page dated 18/07/2017
            back = 1 if (mr.group("a") or mr.group("b") or "").lower() == "qua" else 0
            return (published - dt.timedelta(days=back)).isoformat(), (mr.start(), mr.end())
    return None, None


_RELATIVE = re.compile(r"(?<!\w)(?:(?:sáng|chiều|tối|trưa)\s+(?:hôm\s+)?(?P<a>nay|qua)|hôm\s+(?P<b>nay|qua))(?!\w)", I)


def infer_year(month: int, day: int, etype: str | None, period_year: int | None, published: dt.date | None) -> int | None:
    """Year of a day/month: never after publication; else from the period the meeting covers."""
    if published:
        y = published.year
        if (month, day) > (published.month, published.day):
            y -= 1
        return y
    if period_year:
        if etype == "tong_ket" and month <= 6:
            return period_year + 1
        if etype == "ky_giao_uoc" and month >= 11:
            return period_year - 1
        return period_year
    return None


def _text_year(ctx: Ctx) -> int | None:
    """The year the text speaks of most ("năm 2023"), when nothing better anchors a day/month."""
    years = [int(m.group(1)) for m in _YEAR.finditer(ctx.text[:5000])]
    return max(set(years), key=years.count) if years else None


# ---------------------------------------------------------------- province
_TINH = re.compile(r"(?<!\w)(?:tỉnh|thành\s+phố|TP\.?)\s+", I)


def province(ctx: Ctx, bloc: BlocMention | None, host_province: str | None,
             use_hint: bool = True) -> tuple[str | None, tuple[int, int] | None]:
    """Bloc's own province, else the outlet's, else the province the text names most."""
    if bloc and bloc.province:
        return bloc.province, (bloc.start, bloc.end)
    if use_hint and ctx.province_hint and ctx.gz.province_of(ctx.province_hint):
        return ctx.gz.province_of(ctx.province_hint), None
    if host_province:
        return host_province, None
    counts: dict[str, list] = {}
    t = ctx.text
    for m in ctx.gz.province_re.finditer(t):
        name = ctx.gz.province_of(m.group(1))
        if not name:
            continue
        before = t[max(0, m.start() - 12):m.start()]
        w = 2 if _TINH.search(before + " ") or m.start() < 200 else 1
        if re.search(r"(?:^|\n)\s*$", t[max(0, m.start() - 3):m.start()]) and re.match(r"\s*[-–]", t[m.end():m.end() + 3]):
            w = 3  # dateline "TTH - Chiều 6/12"
        counts.setdefault(name, [0, m.start(), m.end()])
        counts[name][0] += w
    if counts:
        name, (c, a, b) = max(counts.items(), key=lambda kv: (kv[1][0], -kv[1][1]))
        return name, (a, b)
    return None, None
