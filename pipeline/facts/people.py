"""Officials: Vietnamese personal names in title, rank and honorific contexts.

A name is a family name from the gazetteer plus 1-3 capitalised syllables; it becomes an official only
when a position is attached ("đồng chí X, <title>", "X - <title>", "<title> X"), so bylines, photo
credits and people merely mentioned never count.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .context import Ctx
from .gazetteer import key
from .text import LOWER, UPPER
from .units import ROLE_RE, Unit, known_unit_at, local_unit_at, other_unit_at

I = re.I
_WORD = re.compile(r"[\w']+")
_PROTECTED = re.compile(
    r"thi\s+đua\s*[-–—]\s*khen\s+thưởng|nội\s+chính\s*[-–—]\s*lực\s+lượng\s+vũ\s+trang|kinh\s+tế\s*[-–—]\s*xã\s+hội"
    r"|quốc\s+phòng\s*[-–—]\s*an\s+ninh|bà\s+rịa\s*[-–—]\s*vũng\s+tàu|thừa\s+thiên\s*[-–—]\s*huế|lao\s+động\s*[-–—]\s*thương\s+binh"
    r"|sở\s*,\s*ngành|tham\s+mưu\s*,\s*tổng\s+hợp|cán\s+bộ\s*,\s*chiến\s+sĩ",
    I,
)
_SEP = re.compile(r"\s*(?:,|;|\s[-–—]|[-–—]\s)\s*")
_POSITION_NOTE = re.compile(r"\s*\((?:thứ|bên|đứng|ngồi|giữa|hàng|người)[^()\n]{0,40}\)", re.I)
_CREDIT = re.compile(r"(?:ảnh|tác\s+giả|bài|tin|nguồn|theo|phóng\s+viên|PV|BTV)\s*[:,]?\s*(?:và\s+ảnh\s*)?:?\s*$", I)


@dataclass
class Official:
    name: str
    title: str | None
    org: str | None
    rank: str | None
    role: str | None
    name_span: tuple[int, int]
    title_span: tuple[int, int] | None
    rank_span: tuple[int, int] | None
    bloc_role: str | None = None  # a bloc role written after a name whose post came before it


# Ê Đê and Jarai names open on a gender prefix: "H' Bình Niê Kdăm", "H Mai Êban", "Y Ngọc Niê"
_MINORITY = {"H'", "H’", "H", "Y"}


def _is_cap(w: str) -> bool:
    return w[:1].isupper() and not w.isupper() or (len(w) == 1 and w.isupper()) or w in _MINORITY


def name_candidates(ctx: Ctx):
    """(start, end) of surname-led runs of 2-4 capitalised syllables joined by single spaces."""
    t = ctx.text
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(t)]
    i = 0
    n = len(words)
    while i < n:
        s, e, w = words[i]
        # capitalisation first: the context look-behind is the costly test and most words are lower case
        if _is_cap(w) and (w in ctx.gz.surnames or w in _MINORITY or (w[:2] in ("H'", "H’") and len(w) > 2)
                           or _strong_context(ctx, s)):
            j = i + 1
            while j < n and j - i < 5 and t[words[j - 1][1]:words[j][0]] == " " and _is_cap(words[j][2]):
                if ctx.gz.title_head_re.match(t, words[j][0]) or ctx.gz.rank_re.match(t, words[j][0]):
                    break
                j += 1
            if j - i >= 3:  # "Viện trưởng VKSND tỉnh Bạc Liêu Trần Văn Quang", "tỉnh Lạng Sơn Lê Văn A": a province ends the title
                for mp in ctx.gz.province_re.finditer(t, max(0, s - 25), words[j - 1][1]):
                    if not mp.start() <= s < mp.end():
                        continue
                    i2 = next((x for x in range(i, j) if words[x][0] >= mp.end()), j)
                    if words[i2 - 1][1] == mp.end() and j - i2 >= 2 and (words[i2][2] in ctx.gz.surnames or words[i2][2] in _MINORITY):
                        i = i2
                        s, e, w = words[i]
                        while j < n and j - i < 5 and t[words[j - 1][1]:words[j][0]] == " " and _is_cap(words[j][2]) \
                                and not ctx.gz.title_head_re.match(t, words[j][0]) and not ctx.gz.rank_re.match(t, words[j][0]):
                            j += 1
                    break
            # "Y Thuận" alone is a name only between a rank or honorific and a post: "Đại tá Y Thuận, Chỉ huy trưởng"
            short_minority = w in _MINORITY and j - i < 3 and not (
                _strong_context(ctx, s) and _POST_AFTER.match(t, words[j - 1][1]) and
                ctx.gz.title_head_re.match(t, _POST_AFTER.match(t, words[j - 1][1]).end()))
            if j - i >= 2 and not short_minority:
                k = i
                # "Tòng Văn Hải": an unlisted family name before a listed middle name
                if i > 0 and j - i <= 3 and words[i][2] in ctx.gz.middle_names \
                        and t[words[i - 1][1]:words[i][0]] == " " and _is_cap(words[i - 1][2]) \
                        and not ctx.gz.title_head_re.match(t, words[i - 1][0]) \
                        and not re.search(r"(?:" + ctx.gz.rank_re.pattern + r"|" + ctx.gz.honorific_re.pattern + r")$", t[max(0, words[i - 1][0] - 12):words[i - 1][1]]) \
                        and not _ends_place(ctx, words[i - 1][1]) and words[i - 1][2] not in _NOT_NAME:
                    k = i - 1
                yield words[k][0], words[j - 1][1]
                i = j
                continue
        i += 1


_RUN = re.compile(r"(?<![\w])([" + UPPER + r"][\w']*(?: [" + UPPER + r"][\w']*){1,3})(?=\s*(?:,|[-–—])\s*)")


def ner_candidates(ctx: Ctx, taken: list[tuple[int, int]]):
    """Names with a family name outside the gazetteer ("Kha Văn Tám, Giám đốc ..."): a capitalised run right
    before a title, confirmed as a person by underthesea's NER on that sentence only (one signal, not the answer)."""
    t = ctx.text
    checked: dict[tuple[int, int], list[str]] = {}
    for m in _RUN.finditer(t):
        s, e = m.span(1)
        if any(a <= s < b or s <= a < e for a, b in taken):
            continue
        after = re.compile(r"\s*(?:,|[-–—])\s*").match(t, e)
        if not after or not ctx.gz.title_head_re.match(t, after.end()):
            continue
        first = m.group(1).split()[0]
        if first in _NOT_NAME or first in ctx.gz.surnames or ctx.gz.title_head_re.match(t, s) or \
                ctx.gz.rank_re.match(t, s) or ctx.gz.unit_re.match(t, s) or ctx.gz.other_head_re.match(t, s) or \
                ctx.gz.province_of(m.group(1)) or ctx.gz.province_re.search(m.group(1)):
            continue
        words = m.group(1).split()
        if len(words) >= 3 and words[1] in ctx.gz.middle_names:
            yield s, e
            continue
        ss, se = ctx.sentence_at(s)
        # a window of a few words around the run is context enough, and NER costs ~3 ms a word
        a = t.rfind(" ", ss, max(ss, s - 60)) + 1 if s - 60 > ss else ss
        b = t.find(" ", min(se, e + 60), se) if e + 60 < se else se
        win = (a, b if b > 0 else se)
        if win not in checked:
            checked[win] = _ner_people(t[win[0]:win[1]])
        if m.group(1) in checked[win]:
            yield s, e


def _ner_people(sentence: str) -> list[str]:
    try:
        from underthesea import ner

        tags = ner(sentence[:1000])
    except Exception:  # NER is a hint; without it the name is simply not taken
        return []
    out, cur = [], []
    for tok in tags:
        word, label = tok[0], tok[-1]
        if label == "B-PER":
            if cur:
                out.append(" ".join(cur))
            cur = [word]
        elif label == "I-PER" and cur:
            cur.append(word)
        else:
            if cur:
                out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


_NOT_NAME = {"Khối", "Cụm", "Sở", "Ban", "Phòng", "Cục", "Viện", "Tòa", "Công", "Bộ", "Đảng", "Nhà", "Hội", "Trại",
             "Đội", "Tổ", "Đoàn", "Thanh", "Ủy", "Văn", "Trung", "Tỉnh", "Thành", "Huyện", "Quân", "Biên", "Nội", "Tư",
             "Giải", "Cờ", "Bằng", "Huân", "Chiều", "Sáng", "Ngày", "Tối", "Theo", "Tại", "Trong", "Với", "Và"}


def _ends_place(ctx: Ctx, end: int) -> bool:
    for m in ctx.gz.province_re.finditer(ctx.text, max(0, end - 30), end):
        if m.end() == end:
            return True
    return False


_POST_AFTER = re.compile(r"\s*[,–-]\s*")
_STRONG = re.compile(r"(?:đồng\s+chí|ông|bà|Ông|Bà|Đồng\s+chí|đ/c|Đ/c|tướng|tá|úy|Đô\s+đốc)\s+$")


def _strong_context(ctx: Ctx, pos: int) -> bool:
    return _STRONG.search(ctx.text[max(0, pos - 20):pos]) is not None


def _protected(ctx: Ctx, start: int, end: int) -> list[tuple[int, int]]:
    """Spans whose commas, dashes and "và" belong to a name ("Sở Kế hoạch và Đầu tư")."""
    out = [(m.start(), m.end()) for m in _PROTECTED.finditer(ctx.text, start, end)]
    lo = max(0, start - 60)  # an agency name may start before the span ("Sở " + "Kế hoạch và Đầu tư")
    out += [(m.start(), m.end()) for m in ctx.gz.agency_re.finditer(ctx.text, lo, min(len(ctx.text), end + 60))]
    return out


def parse_title(ctx: Ctx, pos: int, limit: int) -> int:
    """End of a title starting at pos: items "<head> <unit...>" joined by , ; - while the next is a head."""
    t = ctx.text
    protected = _protected(ctx, pos, min(limit, pos + 260))
    end = pos
    i = pos
    last_item = pos
    hard = min(limit, pos + 260)
    while i < hard:
        c = t[i]
        if c in "\n.:(“\"!?" and not (c == "." and re.match(r"\.\s*(?:HCM|Hồ)", t[i:i + 6])):
            break
        inprot = any(a <= i < b for a, b in protected)
        if not inprot:
            m = _SEP.match(t, i)
            if m and m.end() > i and (t[i] in ",;" or m.group().strip() in "-–—"):
                nxt = m.end()
                item_start = last_item
                last_item = nxt
                if ctx.gz.title_head_re.match(t, nxt) and not ctx.gz.party_re.match(t[nxt:nxt + 60]) or \
                        (ROLE_RE.match(t, nxt) and nxt > pos and t[i] not in ",;") or \
                        (ctx.gz.party_re.match(t[nxt:nxt + 60]) and t[i] in ",;") or \
                        (t[i] == "," and (_unit_qualifier(ctx, nxt) or _department_of(ctx, item_start, i, nxt))):
                    i = nxt
                    continue
                break
            if (i == pos or not t[i - 1].isalnum()) and t[i].isalpha():
                mh = ctx.gz.title_head_re.match(t, i)
                if mh:  # "Thư ký" is a position, not the verb "ký"
                    end = mh.end()
                    i = mh.end()
                    continue
                ms = ctx.gz.stop_re.match(t, i)
                if ms and i > pos and t[i].islower():
                    break
                if i > pos and t[i].islower() and _after_place(ctx, pos, i):
                    break
                if t.startswith("và ", i) and re.match(r"và\s+[" + LOWER + r"]", t[i:i + 6]):
                    break
                if i > pos and _name_starts(ctx, i):
                    break
        if not c.isspace():
            end = i + 1
        i += 1
    return end


_LOCAL_PLACE = re.compile(r"(?<!\w)(?:xã|huyện|phường|quận|thị\s+xã|thị\s+trấn)(?:\s+[" + UPPER + r"][\w']*){1,3}$")


def _after_place(ctx: Ctx, pos: int, i: int) -> bool:
    """The word before i closes a unit phrase ("... tỉnh", "... tỉnh Sơn La", "... năm 2021")."""
    before = ctx.text[pos:i].rstrip()
    if re.match(r"[uủ]ỷ?y?(?!\w)", ctx.text[i:i + 3]):  # "Tỉnh ủy" is a body, not the end of one
        return False
    if re.search(r"(?:tỉnh|thành\s+phố|Tỉnh|TP)$", before) or re.search(r"năm\s+\d{4}$", before):
        return True
    if _LOCAL_PLACE.search(before):  # "Chủ tịch UBND xã Thạch Bình" + a verb
        return True
    return _ends_place(ctx, pos + len(before))


def _unit_qualifier(ctx: Ctx, pos: int) -> bool:
    """", Sở Nội vụ tỉnh Sơn La" after a position names the body it belongs to."""
    m = ctx.gz.unit_re.match(ctx.text, pos)
    if not m or not m.group(1)[0].isupper():
        return False
    rest = ctx.text[m.end():m.end() + 40]
    return not re.match(r"\s+(?:tỉnh\s+)?\w*\s*(?:phát|chủ|đề|cho|ghi|nhấn|tham|dự)", rest)


def _department_of(ctx: Ctx, item_start: int, item_end: int, nxt: int) -> bool:
    """", Công an tỉnh" after a post in a department ("Phó Trưởng phòng Tham mưu") that names no unit of
    its own: the unit the department belongs to, whatever verb follows."""
    if not re.search(r"(?:phòng|ban|đội|trung\s+tâm|cục|vụ)(?!\w)", ctx.text[item_start:item_end], I):
        return False
    if any(known_unit_at(ctx, m.start(), allow_lower=True) for m in ctx.gz.unit_re.finditer(ctx.text, item_start, item_end)):
        return False
    return known_unit_at(ctx, nxt) is not None


_STATION = re.compile(r"(?<!\w)(?:Đồn(?:\s+Biên\s+phòng|\s+BP)?|Trạm(?:\s+Kiểm\s+soát\s+Biên\s+phòng)?|[Cc]ửa\s+khẩu(?:\s+Quốc\s+tế)?"
                      r"|Hải\s+đội|Trại\s+giam|Phân\s+trại)\s+$")


def _name_starts(ctx: Ctx, i: int) -> bool:
    m = _WORD.match(ctx.text, i)
    if not m or m.group() not in ctx.gz.surnames or ctx.gz.title_head_re.match(ctx.text, i):
        return False
    if ctx.gz.agency_re.match(ctx.text, m.end() + 1):  # "Đoàn Kinh tế - Quốc phòng 15" is a unit, not Mr Đoàn
        return False
    if re.search(r"(?:huyện|xã|tỉnh|phố|quận|phường|thị\s+xã|thị\s+trấn|đường|(?:Huyện|Quận|Thị)\s+ủy)\s+$", ctx.text[max(0, i - 10):i], I):
        return False  # a place name: "Công an huyện Kim Bảng", "Phó Bí thư Huyện ủy Châu Thành"
    if _STATION.search(ctx.text, max(0, i - 30), i):
        return False  # a post's place: "Đồn Biên phòng Sa Loong", "Trại giam Nam Hà", "Cửa khẩu Lao Bảo"
    m2 = re.compile(r" ([\w]+)").match(ctx.text, m.end())
    return bool(m2 and _is_cap(m2.group(1)) and not ctx.gz.province_re.match(ctx.text, i))


def _title_before(ctx: Ctx, name_start: int) -> int | None:
    """Start of a title chain that ends right before the name ("Phó Chủ tịch UBND tỉnh X Nguyễn Văn A",
    "Giám đốc Công an tỉnh, Đại tá Nguyễn Văn A")."""
    t = ctx.text
    s, _ = ctx.sentence_at(name_start)
    lo = max(s, name_start - 200)
    if name_start == 0 or t[name_start - 1] != " ":
        return None
    mj = re.compile(r"(?:,\s*|\s+)(?:(?:đồng\s+chí|ông|bà)\s+)?(?:(?:" + ctx.gz.rank_re.pattern + r")\s+)?$", I).search(
        t, max(lo, name_start - 40), name_start)
    if mj and mj.start() < name_start - 1 and ("," in mj.group() or re.search(r"\w", mj.group())):
        name_start = mj.start() + 1  # the title ends before ", đồng chí" / the rank
    if re.search(r"(?<!\w)(?:cho|của|với|từ|tới|đến|tặng|trao|và)\s*$", t[lo:name_start]):
        return None  # "Bằng khen của Bộ trưởng Bộ Công an cho đồng chí X": the post is the giver's
    heads = [m.start() for m in ctx.gz.title_head_re.finditer(t, lo, name_start)]
    best = None
    for h in reversed(heads):
        seg = t[h:name_start - 1]
        if re.search(r"[;:.()“”\"\n]", re.sub(r"(?<!\w)(?:TP|Tp)\.", "TP ", seg)) or ctx.gz.stop_re.search(seg) and any(
                mm.group()[0].islower() for mm in ctx.gz.stop_re.finditer(seg)):
            break
        mn = _NAME_THEN_VA.search(seg)
        if mn and mn.group(1).split()[0] in ctx.gz.surnames:
            break  # "Phó Chủ tịch UBND tỉnh Trần Đình Phong và Trưởng Ban ... Nguyễn Thị B": another person's post
        parts = re.split(r",\s*", seg)
        if all(ctx.gz.title_head_re.match(p) for p in parts if p):
            if parse_title(ctx, h, name_start) >= name_start - 1 or not re.search(r",", seg):
                best = h
        elif best is not None:
            break
    return best


_NAME_THEN_VA = re.compile(r"((?:[" + UPPER + r"][\w'’]*\s){1,3}[" + UPPER + r"][\w'’]*)\s+và\s+")
_PARTY_LEAD = re.compile(r"\s*(?:Phó\s+)?Bí\s+thư(?:\s+Thường\s+trực)?\s+(?:Tỉnh|Thành|Quận|Huyện|Thị)\s+ủy(?!\s*viên)", I)
_NATIONAL = "national"


def _item_org(ctx: Ctx, a: int, b: int) -> str | None:
    """The body one title item names: a provincial unit code, other:NAME for any other body, or _NATIONAL."""
    t = ctx.text
    for rx, code in ctx.gz.departments:  # "Trưởng Phòng PC10": a police department
        if rx.search(t, a, b):
            return code
    for m in ctx.gz.unit_re.finditer(t, a, b):
        u = known_unit_at(ctx, m.start(), allow_lower=True)
        if u:
            return u.code
        if re.match(r"\s*(?:tối\s+cao|cấp\s+cao)", t[m.end():m.end() + 10]) or \
                re.search(r"(?:Tổng\s+cục|Bộ)\s+$", t[max(a, m.start() - 10):m.start()]):
            return _NATIONAL  # a national body: not a provincial unit code
        lu = local_unit_at(ctx, m.start())
        if lu:
            return lu.code
    mh = ctx.gz.title_head_re.match(t, a)
    for m in ctx.gz.other_head_re.finditer(t, mh.end() if mh else a, b):
        if t[m.start()].isupper():
            u = other_unit_at(ctx, m.start())
            if u and u.end > b:  # the body ends with the title: "Bí thư Huyện ủy Nguyễn Văn A" names no "Huyện ủy Nguyễn..."
                name = ctx.orig(m.start(), b)
                u = Unit("other:" + name, m.start(), b) if len(name.split()) >= 2 else None
            if u:
                return u.code
    if mh:
        return ctx.gz.title_heads_code.get(key(mh.group(1)))
    return None


def _before_end(ctx: Ctx, tb: int, s: int) -> int:
    """End of a title written before the name at s: before ", đồng chí" / the rank."""
    mj = re.compile(r"(?:,\s*|\s*[-–—]\s*|\s+)(?:(?:đồng\s+chí|ông|bà)\s+)?(?:(?:" + ctx.gz.rank_re.pattern + r")\s+)?$", I).search(
        ctx.text, max(0, s - 40), s)
    return mj.start() if mj and mj.start() >= tb else s - 1


def _org(ctx: Ctx, title_start: int, title_end: int) -> str | None:
    """Body of the first post that is not a Party-committee membership or a bloc role."""
    t = ctx.text
    protected = _protected(ctx, title_start, title_end)
    cuts = [title_start]
    for m in _SEP.finditer(t, title_start, title_end):
        if not any(a <= m.start() < b for a, b in protected):
            cuts.append(m.end())
    cuts.append(title_end)
    items = [(a, b) for a, b in zip(cuts, cuts[1:]) if t[a:b].strip()]
    for n, (a, b) in enumerate(items):
        item = t[a:b]
        if ctx.gz.party_re.match(item) or ROLE_RE.match(item.strip()):
            continue  # Party memberships and bloc roles ("Khối trưởng ...") are not the person's body
        if _PARTY_LEAD.match(item) and n + 1 < len(items) and ctx.gz.title_head_re.match(t, items[n + 1][0]) \
                and not ROLE_RE.match(t[items[n + 1][0]:items[n + 1][1]].strip()):
            continue  # "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh": the Party post, then the state post
        code = _item_org(ctx, a, b)
        if code == _NATIONAL:
            return None
        if code is None and n + 1 < len(items) and not ctx.gz.title_head_re.match(t, items[n + 1][0]):
            u = known_unit_at(ctx, items[n + 1][0])  # "Phó Trưởng phòng X, Công an tỉnh": the unit it sits in
            if u:
                return u.code
        return code
    return None


_REPRESENTS = re.compile(r"(?:Đại\s+diện|Thay\s+mặt)\s+(?:cho\s+)?", I)


def _represented(ctx: Ctx, sent_start: int, name_start: int) -> str | None:
    """"Đại diện Bộ CHQS tỉnh, đồng chí X, Phó Chủ nhiệm Chính trị": a bare post belongs to the unit the
    person speaks for, when that unit opens the clause right before the name."""
    t = ctx.text
    for m in _REPRESENTS.finditer(t, sent_start, name_start):
        u = known_unit_at(ctx, m.end()) or other_unit_at(ctx, m.end())
        if u and re.fullmatch(r"\s*,?\s*(?:(?:đồng\s+chí|ông|bà)\s+)?(?:(?:" + ctx.gz.rank_re.pattern + r")\s+)?",
                              t[u.end:name_start], I):
            return u.code
    return None


_ATTEND = re.compile(r"(?<!\w)(?<!vinh\s)(?<!can\s)dự(?!\w)(?!\s+(?:án|kiến|thảo|báo|toán|phòng|thi(?!\s+đua)|bị|định|trữ|tính|đoán)(?!\w))", re.I)


def _role(sentence: str) -> str | None:
    s = sentence.lower()
    if "chủ trì" in s:
        return "chaired"
    if "khách mời" in s:
        return "guest"
    if re.search(r"phát\s+biểu|nhấn\s+mạnh|kết\s+luận|đề\s+nghị|ghi\s+nhận|cho\s+biết|yêu\s+cầu|khẳng\s+định|biểu\s+dương", s):
        return "spoke"
    if _ATTEND.search(s):
        return "attended"
    return None


_REPRESENTS_ROLE = re.compile(r"\s*,\s*(?:là\s+)?đại\s+diện\s+(?:cho\s+)?đơn\s+vị\s+(?=(" + ROLE_RE.pattern + r"))", I)
_UNIT_ROLE_TAIL = re.compile(r"\s*[-–—,]\s*(?:là\s+)?(?:đại\s+diện\s+(?:cho\s+)?)?đơn\s+vị\s+(?=" + ROLE_RE.pattern + r")", I)


def officials(ctx: Ctx) -> list[Official]:
    t = ctx.text
    by_name: dict[str, Official] = {}
    order: list[str] = []
    cands = list(name_candidates(ctx))
    cands = sorted(cands + list(ner_candidates(ctx, cands)))
    for s, e in cands:
        name = t[s:e]
        k = key(name)
        if k in ctx.gz.not_officials or ctx.gz.province_of(name):
            continue
        if re.search(r"(?:huyện|xã|phường|đường|(?<!thành\s)phố|quận|Trại\s+giam|Trường|Bến|cầu|Đại\s+học|Cao\s+đẳng)\s+$", t[max(0, s - 12):s], I):
            continue
        ls, _ = ctx.sentence_at(s)
        if _CREDIT.search(t[max(ls, s - 20):s]):
            continue
        if any(o.title_span and o.title_span[0] < s < o.title_span[1] for o in by_name.values()):
            continue  # a place inside a title already read ("Huyện ủy Châu Thành"), not a person
        rank = rank_span = bloc_role = None
        mr = re.compile(r"(" + ctx.gz.rank_re.pattern + r")\s+$", I).search(t, max(0, s - 25), s)
        if mr:
            rank = ctx.gz.ranks.get(key(mr.group(1)))
            rank_span = (mr.start(1), mr.end(1))
        title_span = None
        mpos = _POSITION_NOTE.match(t, e)  # "(thứ 2 từ trái sang)" in a photo caption
        e2 = mpos.end() if mpos else e
        m = re.compile(r"\s*(?:,|[-–—]|:)\s*(?:(" + ctx.gz.rank_re.pattern + r")\s*,?\s*)?").match(t, e2)
        if m and m.end() > e2 and ctx.gz.title_head_re.match(t, m.end()):
            if m.group(1) and not rank:
                rank = ctx.gz.ranks.get(key(m.group(1)))
                rank_span = (m.start(1), m.end(1))
            te = parse_title(ctx, m.end(), len(t))
            title_span = (m.start() + len(m.group()) , te)
            if ROLE_RE.match(t, m.end()):  # "Viện trưởng VKSND tỉnh X, Trưởng khối": the post before the name
                tb = _title_before(ctx, s)
                if tb is not None and not ROLE_RE.match(t, tb):
                    bloc_role = ctx.orig(m.end(), te)
                    title_span = (tb, _before_end(ctx, tb, s))
        elif re.match(r"\s*\(\s*", t[e:e + 3]) and ctx.gz.title_head_re.match(t, e + len(re.match(r"\s*\(\s*", t[e:]).group())):
            a = e + len(re.match(r"\s*\(\s*", t[e:]).group())
            close = t.find(")", a, a + 200)
            if close > a:
                title_span = (a, close)  # "bà X (Phó Trưởng Ban ...)"
        else:
            tb = _title_before(ctx, s)
            if tb is not None:
                title_span = (tb, _before_end(ctx, tb, s))
                mrole = _REPRESENTS_ROLE.match(t, e)  # "Viện trưởng VKSND tỉnh X, đại diện đơn vị Khối trưởng"
                if mrole:
                    bloc_role = ctx.orig(mrole.start(1), parse_title(ctx, mrole.start(1), len(t)))
                mr2 = re.compile(r"(" + ctx.gz.rank_re.pattern + r")\s+$", I).search(t, max(0, tb - 25), tb)
                if mr2 and not rank:
                    rank = ctx.gz.ranks.get(key(mr2.group(1)))
                    rank_span = (mr2.start(1), mr2.end(1))
        if title_span:
            mu = _UNIT_ROLE_TAIL.search(t, *title_span)  # "Giám đốc Công an tỉnh - đơn vị Khối phó": the unit's role
            if mu:
                title_span = (title_span[0], mu.start())
        if title_span and title_span[1] <= title_span[0]:
            title_span = None
        if k in by_name:
            o = by_name[k]
            if o.title is None and title_span:
                o.title = ctx.orig(*title_span)
                o.title_span = title_span
                o.org = _org(ctx, *title_span)
            if o.rank is None and rank:
                o.rank, o.rank_span = rank, rank_span
            continue
        ss, se = ctx.sentence_at(s)
        org = _org(ctx, *title_span) if title_span else None
        if title_span and org is None:
            org = _represented(ctx, ss, s)
        o = Official(
            name=ctx.orig(s, e), title=ctx.orig(*title_span) if title_span else None,
            org=org, rank=rank, role=_role(t[ss:se]),
            name_span=(s, e), title_span=title_span, rank_span=rank_span, bloc_role=bloc_role,
        )
        by_name[k] = o
        order.append(k)
    return [by_name[k] for k in order if by_name[k].title]
