"""Themes (quoted movements, slogans, "chủ đề") and awards ({award, recipient}): a recipient is a unit code,
other:NAME, a person named as written, or a group as written ("2 tập thể và 3 cá nhân"); prizes are awards
(see pipeline/data/awards.yml)."""
from __future__ import annotations

import re

from .context import Ctx
from .text import LOWER, UPPER
from .people import parse_title
from .units import other_unit_at, known_unit_at, unit_at, _item_starts, _unit_before

I = re.I
_THEME_CUE = re.compile(
    r"phong\s+trào|cuộc\s+vận\s+động|chủ\s+đề|khẩu\s+hiệu|phương\s+châm|thông\s+điệp|chương\s+trình|"
    r"giao\s+ước\s+với|hưởng\s+ứng|đợt\s+thi\s+đua", I)
_NOT_THEME_CUE = re.compile(r"(?:danh\s+hiệu|viết\s+tắt\s+là|gọi\s+tắt\s+là|gọi\s+là|tên\s+gọi|giải)\s*$", I)
_PERSON = re.compile(r"(?:đồng\s+chí|ông|bà|cá\s+nhân)\s+((?:[" + UPPER + r"][\w']*)(?:\s[" + UPPER + r"][\w']*){1,4})")
_SPIRIT = re.compile(r"tinh\s+thần\s*:?\s*$", I)  # "đúng tinh thần “Đoàn kết - Trung thực - Cao thượng”"
_THEME_PLAIN = re.compile(r"chủ\s+đề\s*(?:là\s*)?:?\s*(?=[" + UPPER + r"])")
# a named programme the units organise: "tổ chức các hoạt động “Uống nước nhớ nguồn”"; not what they fight
# ("đấu tranh với các hoạt động “tín dụng đen”")
_ACTIVITY = re.compile(r"(?:tổ\s+chức|triển\s+khai|thực\s+hiện|duy\s+trì|hưởng\s+ứng)\s+(?:tốt\s+)?(?:các|những)\s+hoạt\s+động\s*$", I)
_OPEN = "“\"«"
_SPEECH = re.compile(r"[.!?]\s+[" + UPPER + r"]")  # a sentence ends and the next begins
_CLOSE = {"“": "”", "\"": "\"", "«": "»"}


def quotes(text: str) -> list[tuple[int, int, bool]]:
    """Quoted spans (inner start, inner end, closed). An unclosed quote runs to the paragraph end."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in _OPEN:
            close = _CLOSE[c]
            j = i + 1
            while j < n and text[j] != close and text[j] != "\n" and not (c == "“" and text[j] == "“"):
                j += 1
            closed = j < n and text[j] == close
            if c == "\"" and _SPEECH.search(text, i + 1, j) and len(text[i + 1:j].split()) > 25:
                i += 1  # a quoted speech of several sentences: its own quotes pair up inside it
                continue
            out.append((i + 1, j, closed))
            i = j + 1 if closed else j
            continue
        i += 1
    return out


def _place_slogan(ctx: Ctx, a: int, b: int) -> bool:
    """A quoted slogan led by a place: "Đà Nẵng - thành phố 4 an"."""
    m = ctx.gz.province_re.match(ctx.text, a)
    return bool(m and re.match(r"\s*[-–—]\s*\w", ctx.text[m.end():b]))


# "Nhiều mô hình, cách làm hay được duy trì như: “A”, B, “C”": the quoted items of a list of models
_MODEL = re.compile(r"(?:mô\s+hình|cách\s+làm\s+hay)(?!\w)[^.;:]{0,80}?(?:như|là|gồm)?\s*:", I)


_MODEL_BEFORE = re.compile(r"mô\s+hình(?:\s+[" + LOWER + r"]+){0,2}\s*$", I)  # mô hình (điểm) “X”


def _model_list(t: str, lo: int, hi: int) -> bool:
    m = None
    for m in _MODEL.finditer(t, lo, hi):
        pass
    return m is not None and "\n" not in t[m.end():hi]


def themes(ctx: Ctx) -> list[tuple[str, int, int]]:
    t = ctx.text
    out: list[tuple[str, int, int]] = []
    prev_end = None
    prev_ok = False
    for a, b, closed in quotes(t):
        s, _ = ctx.sentence_at(a - 1)
        before = t[max(s, a - 1 - 90):a - 1]
        chained = prev_end is not None and re.fullmatch(r"[\s;,.…]*(?:và|hoặc)?[\s;,]*", t[prev_end:a - 1] or "") is not None
        ok = (chained and prev_ok) or bool(_THEME_CUE.search(before)) or bool(_ACTIVITY.search(before)) \
            or _place_slogan(ctx, a, b) or _model_list(t, max(s, a - 1 - 240), a - 1) \
            or bool(_MODEL_BEFORE.search(before)) or bool(_SPIRIT.search(before))
        inner_s, inner_e = a, b
        while inner_s < inner_e and t[inner_s] in " \t":
            inner_s += 1
        while inner_e > inner_s and t[inner_e - 1] in " \t.…;,":
            inner_e -= 1
        value = ctx.orig(inner_s, inner_e)
        prev_end = b + (1 if closed else 0)
        prev_ok = ok
        if not ok or _NOT_THEME_CUE.search(before) or ctx.gz.not_theme_re.match(value):
            continue
        if len(value.split()) < 3 and not re.search(r"(?:phong\s+trào(?:\s+thi\s+đua)?|cuộc\s+vận\s+động|chủ\s+đề|khẩu\s+hiệu)\s*:?\s*$", before, I):
            continue
        if value not in [v for v, _, _ in out]:
            out.append((value, inner_s, inner_e))
    # "với chủ đề: <text>" without quotes
    for m in _THEME_PLAIN.finditer(t):
        s, e = ctx.sentence_at(m.end())
        end = e
        while end > m.end() and t[end - 1] in " .;…":
            end -= 1
        value = ctx.orig(m.end(), end)
        if 4 <= len(value.split()) <= 60 and not any(v[1] <= m.end() < v[2] + 2 for v in out):
            out.append((value, m.end(), end))
    return out


_AWARD_END = re.compile(
    r"\s*(?:[,;.”\"()\n:]|\s(?:cho|trong|đối\s+với|vì|năm|được|do|của\s+(?:các|nhiều)|và\s+(?=[A-ZĐa-zđ]))|$)", I)
_GIVE = re.compile(r"(?:tặng|trao|nhận|phong\s+tặng|truy\s+tặng|đạt|đề\s+nghị|đề\s+xuất|khen\s+thưởng|công\s+nhận|được|giành|đoạt|suy\s+tôn)", I)
# a group kept as written opens on a figure or on các/những/nhiều; "hai đơn vị" counts only with its names after it
_WRITABLE_GROUP = re.compile(r"(?:\d|các\s|những\s|nhiều\s)", I)
_NUM_WORD = r"(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
# "5 tập thể và 8 cá nhân thuộc các đơn vị trong Khối", "2 đơn vị của Khối": the group with what it belongs to
_AS_WRITTEN = re.compile(r"(?:" + _NUM_WORD + r"|các|những|nhiều)\s+(?:tập\s+thể|cá\s+nhân|đội|đơn\s+vị|thí\s+sinh)"
                         r"(?:\s*(?:và|,)\s*(?:\d+\s+)?(?:tập\s+thể|cá\s+nhân))?(?:\s+còn\s+lại)?"
                         r"(?:\s+(?:thuộc|của)\s+(?:các\s+đơn\s+vị\s+(?:trong|thuộc|của)\s+)?(?:[Kk]hối(?:\s+thi\s+đua)?|[" + UPPER
                         + r"][\w]*(?:\s+[\w]+){0,6}?\s+tỉnh))?", I)
_OWNED = re.compile(r"(?:\s+[" + LOWER + r"]+|\s+[" + UPPER + r"]?\d+){0,6}?\s*(?:đã\s+)?thuộc\s+về\s")  # "môn bắn súng K54 nam"
# "...; giải Ba cho A và 4 giải Khuyến khích cho B": a clause that opens on an award continues the giving
_CONTESTANT = re.compile(r"(?:[Aa]nh|[Cc]hị|[Ôô]ng|[Bb]à|[Ee]m|[Tt]hí\s+sinh|[Vv]ận\s+động\s+viên|VĐV)\s+"
                         r"([" + UPPER + r"][\w'’]*(?:\s[" + UPPER + r"][\w'’]*){1,4})(?:\s*\([^()\n]{0,80}\))?")
_EVENT_NAME = re.compile(r"(?:Hội\s+(?:thi|thao|diễn)|Giải\s+(?:bóng|thể|cầu|việt))(?!\w)")
_OWNED_LONG = re.compile(r"(?:\s+[" + LOWER + r"]+){0,12}?\s*(?:đã\s+)?thuộc\s+về\s")  # a prize named by a clause
_KIN_BEFORE = re.compile(r"(?<!\w)(?:[Cc]hị|[Aa]nh|[Ee]m|[Tt]hí\s+sinh|[Vv]ận\s+động\s+viên|VĐV)\s+$")
_GIVEN_TO = re.compile(r"(?:\s+[\w]+){0,6}?\s+(?:được\s+)?(?:trao|dành|tặng)\s+cho\s")  # "Cờ thi đua của Chính phủ được trao cho"
_CHAIN = re.compile(r"(?:;|,|\svà)\s*(?:(?:\d+|hai|ba|bốn|năm)\s+)?$")
# the recipient after the award: "cho ...", "thuộc về ...", "được trao cho ..."
_TO = re.compile(r"\s*(?:cho|(?:đã\s+)?thuộc\s+về|về\s+tay|(?:được\s+)?(?:trao|dành)\s+cho)\s+(?:(?:đội(?:\s+thi|(?:\s+[" + LOWER + r"]+){1,3}(?=\s+của\s))?|đoàn|thí\s+sinh|vận\s+động\s+viên|VĐV|chị|anh|em|tập\s+thể|đơn\s+vị)(?:\s+của)?\s+)?", I)


_NAMED_AFTER = re.compile(r"(?:\s+(?!là(?!\w)|gồm(?!\w))[" + LOWER + r"]+){0,4}\s*(?:là|gồm)\s*:?\s*(?=[" + UPPER + r"])|\s*:\s*"
                          # "cho 2 tập thể có thành tích xuất sắc trong đợt cao điểm, ...: A và B"
                          r"|(?:\s+[" + LOWER + r"]+,?){1,16}?\s*:\s*(?=[" + UPPER + r"])", I)
# an award followed by its recipients: "đề nghị tặng Bằng khen của UBND tỉnh là Sở Tư pháp, ..."
_CA_NHAN = re.compile(r"(?<!\w)[Cc]á\s+nhân\s+(?=[" + UPPER + r"])")
_IS = re.compile(r"\s+(?:là|gồm)\s*:?\s*(?=[" + UPPER + r"])")
_TEAM = re.compile(r"(?:(?:kết\s+quả|chung\s+cuộc)\s*,?\s*)?(?:đội|đoàn|tập\s+thể|đơn\s+vị)(?:\s+(?:thi\s+đấu|tuyển))?(?:\s+của)?\s+", I)


_GROUP = re.compile(r"(?:các|những|nhiều)\s+(?:tập\s+thể|cá\s+nhân|đội|đơn\s+vị|thí\s+sinh)(?:\s+còn\s+lại)?", I)
_APPOSITION_END = re.compile(r"\s+[-–—]\s+[^-–—,;:]{3,80}?\s*[-–—]$"
                             r"|\s+là\s+(?:hai|ba|bốn|năm|các|những|\d+)\s+đơn\s+vị\s+[^,;:]{0,80}$")  # "A và B là hai đơn vị dẫn đầu Khối"
_YEAR_AFTER = re.compile(r"\s+năm\s+(?:19|20)\d\d(?!\d)")
_LEADING = re.compile(r"\sdẫn\s+đầu\s", I)


def awards(ctx: Ctx) -> list[tuple[str, str, int, int]]:
    t = ctx.text
    out = []
    given: list[tuple[int, int]] = []  # (sentence start, award end) of awards already taken
    for m in ctx.gz.award_head_re.finditer(t):
        s, e = ctx.sentence_at(m.start())
        before = t[s:m.start()]
        # "trao giải Nhất cho A; giải Nhì cho B; ...": a clause that opens on an award continues the giving
        chained = bool(given) and given[-1][0] == s and _CHAIN.search(before) is not None
        # "giải Nhất (cá nhân) thuộc về đội X", "giải Nhất trao cho ông Y": the giving after the award
        owned = _OWNED.match(t, m.end()) is not None or _GIVEN_TO.match(t, m.end()) is not None or \
            (re.match(r"giải\s+thí\s+sinh", m.group(), I) is not None and _OWNED_LONG.match(t, m.end()) is not None)
        shared = re.search(r"(?<!\w)đồng\s*$", before) is not None  # "A và B đồng giải Ba"
        if not (chained or owned or shared or _GIVE.search(before[-120:])) or re.search(r"phấn\s+đấu|đăng\s+ký", before[-80:], I):
            continue
        # extend over the award's qualifiers ("của Chính phủ", "UBND tỉnh", "cấp bộ ngành")
        end = m.end()
        contestant_prize = re.match(r"giải\s+thí\s+sinh", m.group(), I) is not None
        medal = re.match(r"Hu[ây]\w*\s+chương", m.group(), I) is not None
        while True:
            w = re.compile(r"[ \t]+([^\s,;.”\"():]+)([,;.”\"():]?)").match(t, end)
            if not w or w.end() > e:
                break
            word = w.group(1)
            if medal and word.lower() == "của" and re.match(r"\s+của\s+Chủ\s+tịch\s+nước", t[w.start():w.start() + 30]):
                break  # "Huân chương ... hạng Nhì của Chủ tịch nước": the President confers every order
            if word.lower() == "có" and contestant_prize:
                end = w.end(1)  # "giải Thí sinh có phần thi ấn tượng nhất": the prize is named by a clause
                continue
            if re.match(r"(?:cho|trong|đối|vì|năm|được|do|và|tại|đã|nhằm|đến|về|theo|với|thuộc|có|khi|sau|là|gồm|trao|dành|tặng)$", word, I) or \
                    re.match(r"^\d", word) or _EVENT_NAME.match(t, w.start(1)):
                break  # "giải Nhất Hội thi tìm hiểu pháp luật": the prize, then the event it was won at
            end = w.start(2)
            if w.group(2):
                break
        my = _YEAR_AFTER.match(t, end)
        if my and _LEADING.search(t, m.start(), end):
            end = my.end()  # "Cờ thi đua dẫn đầu Khối thi đua Nội chính năm 2024": the year names the flag
        award = ctx.orig(m.start(), end)
        recipient, rspan = _recipient(ctx, s, e, m.start(), my.end() if my else end)
        if not recipient and given and given[-1][0] == s and re.match(r"\s*[,;]", t[given[-1][1]:m.start()]):
            # "Bộ CHQS tỉnh đoạt giải Nhất, CA tỉnh giải Nhì": the verb left out, the unit right before the prize
            u = _unit_before(ctx, m.start())
            if u and u.start > given[-1][1] and re.fullmatch(r"\s*[,;]\s*", t[given[-1][1]:u.start]) \
                    and not t[u.end:m.start()].strip():
                recipient = [u.code]
        if not recipient:
            continue
        given.append((s, end))
        for r in recipient:
            out.append((award, r, m.start(), end))
    # a photo caption repeating an award the text gives ("Ảnh: ... trao giải Nhất toàn đoàn cho đội X" beside
    # "trao giải Nhất cho X"): the text's wording counts
    body = [a for a in out if not _in_caption(t, a[2])]
    out = [a for a in out if not _in_caption(t, a[2]) or not any(
        b[1] == a[1] and (b[0].lower().startswith(a[0].lower()) or a[0].lower().startswith(b[0].lower())) for b in body)]
    # "Trao Cờ thi đua cho các đơn vị" (a caption) beside the sentence naming them: the group adds nothing
    named = {a[0].lower() for a in out if not _GROUP.match(a[1])}
    seen = set()
    uniq = []
    for a in out:
        k = (a[0].lower(), a[1])
        # "trao Cờ thi đua cho các đơn vị dẫn đầu" beside "A và B được tặng Cờ thi đua của UBND tỉnh"
        dropped = _GROUP.match(a[1]) and any(n == k[0] or n.startswith(k[0] + " ") for n in named)
        if k not in seen and not dropped:
            seen.add(k)
            uniq.append(a)
    return uniq


_NAME_WORD = r"[" + UPPER + r"][\w'’]*"
_PERSON_ITEM = re.compile(r"(?:(?:đồng\s+chí|ông|bà|Đồng\s+chí|Ông|Bà)\s+)?(" + _NAME_WORD + r"(?:\s" + _NAME_WORD + r"){1,4})"
                          r"(?:\s*\([^()\n]{0,80}\))?")
_AND_PERSONS = re.compile(r"\s*(?:,|và)\s*(?:\d+|các)\s+cá\s+nhân\s*(?:là|gồm)?\s*:?\s*", I)
_PERSON_LEAD = re.compile(r"(?<!\w)(?:[Đđ]ồng\s+chí|[Ôô]ng|[Bb]à)\s+(?=[" + UPPER + r"])")
_PERSON_SEP = re.compile(r"\s*(?:,|;)?\s*(?:và\s+)?")


def _people(ctx: Ctx, pos: int, end: int, cued: bool) -> tuple[list[str], int]:
    """"cho 2 cá nhân: Thượng tá Nguyễn Văn A (Công an tỉnh) và ông Trần Văn B": persons named as written,
    rank and honorific dropped. Without "cá nhân" before them, each needs a rank or an honorific."""
    t = ctx.text
    out: list[str] = []
    last = pos
    while pos < end and len(out) < 30:
        mr = ctx.gz.rank_re.match(t, pos)
        p = pos
        if mr:
            p = mr.end()
            while p < end and t[p] == " ":
                p += 1
        mh = ctx.gz.honorific_re.match(t, p) or _KIN_BEFORE.search(t, max(0, p - 20), p)  # "chị Ksor H'Nhi"
        m = _PERSON_ITEM.match(t, p)
        if not m or m.end() > end or not (cued or mr or mh):
            break
        first = m.group(1).split()[0]
        if unit_at(ctx, m.start(1)) or ctx.gz.title_head_re.match(t, m.start(1)) or \
                (first not in ctx.gz.surnames and first not in ("Y", "H") and not first.startswith(("H'", "H’"))
                 and not (mr or mh)):  # an unlisted family name needs a rank or an honorific before it
            break
        out.append(ctx.orig(m.start(1), m.end(1)))
        after = m.end()
        mt = re.compile(r"\s*,\s*").match(t, after)
        if mt and ctx.gz.title_head_re.match(t, mt.end()):  # "X, Phó Giám đốc Công an tỉnh và Y": the post is X's
            after = parse_title(ctx, mt.end(), end)
        last = after
        ms = _PERSON_SEP.match(t, after)
        if not ms or ms.end() == after:
            break
        pos = ms.end()
    return out, last


_SPACED_WORD = re.compile(r"(?<=\s)" + _NAME_WORD)
_LOWER_TAIL = re.compile(r"(?:\s+[" + LOWER + r"]+){0,3}\s*")  # "... Trần Văn A vinh dự được": words before the verb


_THERE_IS = re.compile(r"\s*(?:(?:[Nn]ăm|[Tt]rong\s+năm)\s+(?:\d{4}|qua|nay)\s*,?\s*)?có\s+(?=[" + UPPER + r"])")
_GIVER_GAP = re.compile(r"(?<!\w)(?:cho|tặng|trao|đề\s+nghị)(?!\w)", I)
_BARE_VERB = re.compile(r"\s*(?:(?:vinh\s+dự|đã|cũng|vừa|được|đón\s+nhận|nhận|giành|đạt|đoạt|tiếp\s+tục)\s*)*", I)
_APPOSED = re.compile(r"\s*(?:là\s+)?(?:hai\s+|các\s+)?đơn\s+vị\s+(?:dẫn\s+đầu|xuất\s+sắc|tiêu\s+biểu)", I)


def _clause_start(before: str) -> int:
    """Where the subject's clause starts in `before` (text up to the verb or the award): in "X, đơn vị dẫn đầu
    Khối năm 2024, đón nhận ..." it is X's, the apposition and a bare verb skipped."""
    end = len(before)
    while True:
        cut = max(before.rfind(",", 0, end), before.rfind(";", 0, end), before.rfind(":", 0, end))
        clause = before[cut + 1:end]
        if cut > 0 and before[cut] == "," and (_APPOSED.match(clause) or _BARE_VERB.fullmatch(clause)) \
                and end - cut < 120:
            end = cut  # "..., đơn vị dẫn đầu Khối năm 2024," or "..., vinh dự đón": look further back
            continue
        return cut + 1


def _in_caption(t: str, pos: int) -> bool:
    """A photo caption: a line opening on "Ảnh", or one that credits its photo ("(Ảnh: ...)", "... Ảnh: X")."""
    start = t.rfind("\n", 0, pos) + 1
    end = t.find("\n", pos)
    line = t[start:end if end >= 0 else len(t)].strip()
    return line.startswith(("Ảnh", "ảnh")) or re.search(r"\(\s*Ảnh|Ảnh\s*:\s*[^.]{2,40}$", line) is not None


def _name_after_title(ctx: Ctx, start: int, end: int) -> int:
    """Where the name starts in "<title> <Name>": the first surname-led run of capitalised words after the head."""
    t = ctx.text
    floor = start + 1
    for mp in ctx.gz.province_re.finditer(t, start, end):  # "tỉnh Lâm Đồng Trần Văn A": the place comes first
        floor = max(floor, mp.end())
    for m in _SPACED_WORD.finditer(t, floor, end):
        if m.group() not in ctx.gz.surnames:
            continue
        mp = _PERSON_ITEM.match(t, m.start())
        if mp and 2 <= len(mp.group(1).split()) <= 4 and _LOWER_TAIL.fullmatch(t, mp.end(1), end):
            return m.start()
    return end


def _more_teams(ctx: Ctx, items: list, end: int) -> list:
    """"cho đội A và đội B": a list whose later items are written as teams."""
    t = ctx.text
    while True:
        m = re.compile(r"\s*(?:,|\s+và)\s+(?:đội|đoàn)\s+(?:của\s+)?").match(t, items[-1].end)
        u = unit_at(ctx, m.end()) if m and m.end() < end else None
        if not u:
            return items
        items = items + [u]


def _recipient(ctx: Ctx, s: int, e: int, a_start: int, a_end: int):
    t = ctx.text
    m = _TO.match(t, a_end)
    if m and m.end() > a_end:
        mw = _AS_WRITTEN.match(t, m.end())
        # "cho 2 đơn vị dẫn đầu là A và B", "cho 3 đơn vị: A, B, C": the group is named after it
        ml = _NAMED_AFTER.match(t, mw.end()) if mw else None
        if mw and not ml:
            # "cho các đội TAND tỉnh, Sở Tư pháp, Thanh tra tỉnh": the group word, then its units
            after = mw.end() + 1 if t[mw.end():mw.end() + 1] == " " else -1
            items = _item_starts(ctx, after, e) if after > 0 else []
            if items and items[0].start == after:
                return [u.code for u in _more_teams(ctx, items, e)], None
            if _WRITABLE_GROUP.match(mw.group()):
                return [ctx.orig(mw.start(), mw.end())], None  # "2 tập thể và 4 cá nhân", "các đội còn lại"
        mc = re.compile(r"(?:(?:\d+|các|những)\s+)?(?:tập\s+thể|đơn\s+vị|cá\s+nhân|đồng\s+chí)?\s*:?\s*").match(t, m.end())
        start = ml.end() if ml else (mc.end() if mc else m.end())
        people, _ = _people(ctx, start, e, cued=bool(re.search(r"cá\s+nhân|đồng\s+chí|thí\s+sinh|vận\s+động\s+viên|VĐV|(?<!\w)(?:chị|anh|em)(?!\w)", t[a_end:start], I)))
        if people:
            return people, None
        items = _item_starts(ctx, start, e)
        if items:
            items = _more_teams(ctx, items, e)
            # "cho Sở Tư pháp và 2 cá nhân là ông X và bà Y": the units, then the persons
            mi = _AND_PERSONS.match(t, items[-1].end)
            return [u.code for u in items] + (_people(ctx, mi.end(), e, cued=True)[0] if mi else []), None
        u = known_unit_at(ctx, start) or other_unit_at(ctx, start)
        if u:
            return [u.code], None
        mp = _PERSON.match(t, m.end())  # "cho đồng chí Nguyễn Văn A": a person, named as written
        if mp:
            return [ctx.orig(mp.start(1), mp.end(1))], None
    mi = _IS.match(t, a_end)
    if mi and re.search(r"(?:\d+|các|những)\s+(?:tập\s+thể|đơn\s+vị)[^;:]{0,60}$", t[s:a_start], I):
        items = _item_starts(ctx, mi.end(), e)  # "3 đơn vị được đề nghị tặng Bằng khen ... là A, B, C"
        if items:
            return [u.code for u in items], None
    mo = re.search(r"đối\s+với\s+([^.;\n]+)", t[a_end:e])
    if mo:
        return [ctx.orig(a_end + mo.start(1), a_end + mo.end(1))], None
    before = t[s:a_start]
    # "<unit> giành/đạt/nhận <award>": the clause's subject
    mv = re.search(r"(?:giành|đạt|đoạt|nhận|(?<!\w)đồng)(?:\s+được)?\s*$", before, I)  # "A và B đồng giải Ba"
    if mv:
        clause_start = _clause_start(before)
        pos = s + clause_start
        while pos < a_start and t[pos] == " ":
            pos += 1
        mt = _TEAM.match(t, pos)  # "đội Công an tỉnh giành giải Nhất": the team is its unit
        pos = mt.end() if mt else pos
        mp = re.compile(r"(?:(?:" + ctx.gz.rank_re.pattern + r")|[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị)\s+(?P<pname>"
                        r"[" + UPPER + r"][\w'’]*(?:\s[" + UPPER + r"][\w'’]*){1,4})\s*,\s*$").search(t, s, pos)
        if mp and (known_unit_at(ctx, pos) or other_unit_at(ctx, pos)):
            # "Trung úy X, Bộ CHQS tỉnh đoạt giải Nhất": the person, with the unit in apposition
            return [ctx.orig(mp.start("pname"), mp.end("pname"))], None
        items = _item_starts(ctx, pos, s + mv.start())  # "A và B nhận Cờ thi đua": one award per unit
        items = _more_teams(ctx, items, s + mv.start()) if items else items  # "đội A và đội B đồng giải Ba"
        if len(items) >= 2 and _LOWER_TAIL.fullmatch(t, items[-1].end, s + mv.start()):
            return [u.code for u in items], None
        u = known_unit_at(ctx, pos) or other_unit_at(ctx, pos)
        if u and not _GIVER_GAP.search(t, u.end, s + mv.start()):  # not "Ban Tổ chức tặng ... cho đội đoạt giải"
            return [u.code], None
        u = _unit_before(ctx, s + mv.start())  # "Chủ nhà Cục THADS giành ...": the unit right before the verb
        if u and u.start >= pos and not t[u.end:s + mv.start()].strip():
            return [u.code], None
        mw = _AS_WRITTEN.match(t, pos)  # "các đội còn lại nhận giải Khuyến khích": the group as written
        if mw and _WRITABLE_GROUP.match(mw.group()) and _LOWER_TAIL.fullmatch(t, mw.end(), s + mv.start()):
            return [ctx.orig(mw.start(), mw.end())], None
        # "anh Nguyễn Văn A (Cục THADS tỉnh) giành giải Nhất": a contestant, named as written
        mh = _CONTESTANT.match(t, pos)
        if mh and _LOWER_TAIL.fullmatch(t, mh.end(), s + mv.start()):
            return [ctx.orig(mh.start(1), mh.end(1))], None
    # "suy tôn <unit> dẫn đầu ..., đề nghị tặng Cờ thi đua"
    semi = before.rfind(";") + 1  # a clause after ";" has its own subject
    ms = re.search(r"(?:suy\s+tôn|bình\s+chọn|bình\s+xét)\s+(?:(?:\d+|các)\s+(?:tập\s+thể|đơn\s+vị)[^;:]{0,80}?\s+là\s+)?", before[semi:], I)
    if ms:
        items = _item_starts(ctx, s + semi + ms.end(), a_start)  # "suy tôn A và B là 2 đơn vị dẫn đầu"
        if items:
            return [u.code for u in items], None
    mb = None
    for mm in re.finditer(r"được", before):
        mb = mm
    if mb:
        clause = max(before.rfind(";", 0, mb.start()), before.rfind(":", 0, mb.start())) + 1
        # "ông X, Phó Chánh Thanh tra tỉnh được tặng", "Thiếu tá X và ông Y được tặng": persons, named as written
        leads = [m.start() for m in _PERSON_LEAD.finditer(t, s + clause, s + mb.start())]
        leads += [m.start() for m in ctx.gz.rank_re.finditer(t, s + clause, s + mb.start())]
        # "Cá nhân Trần Văn A (Sở Tư pháp) được tặng": the person after the cue
        leads += [m.end() for m in _CA_NHAN.finditer(t, s + clause, s + mb.start())]
        if leads:
            people, pend = _people(ctx, min(leads), s + mb.start(), cued=True)
            if people and re.fullmatch(r"(?:\s+[" + LOWER + r"]+){0,3}\s*", t[pend:s + mb.start()]):
                return people, None
        subj = _APPOSITION_END.sub("", before[:mb.start()].rstrip())  # "A và B - hai đơn vị dẫn đầu Khối -"
        subj_start = s + _clause_start(subj)
        mx = _THERE_IS.match(t, subj_start)  # "năm 2023 có Công an tỉnh được tặng": the subject after "có"
        if mx and mx.end() < s + len(subj):
            subj_start = mx.end()
        while subj_start < s + len(subj) and t[subj_start] == " ":
            subj_start += 1
        phrase = t[subj_start:s + len(subj)].strip()
        subj_end = s + len(subj)
        if phrase and len(phrase.split()) <= 20 and ctx.gz.title_head_re.match(t, subj_start):
            # "Chánh án TAND tỉnh Trần Văn Út được tặng": the person the title leads to, named as written
            people, pend = _people(ctx, _name_after_title(ctx, subj_start, subj_end), subj_end, cued=True)
            if len(people) == 1 and _LOWER_TAIL.fullmatch(t, pend, subj_end):
                return people, None
        if phrase and len(phrase.split()) <= 16 and _AS_WRITTEN.match(t, subj_start):
            return [phrase], None  # "3 tập thể và 6 cá nhân thuộc Công an tỉnh được ... tặng": the group as written
        if phrase and len(phrase.split()) <= 30:
            items = _item_starts(ctx, subj_start, subj_end)  # "A và B được ... tặng": one award per unit
            if len(items) >= 2 and re.fullmatch(r"(?:\s+[" + LOWER + r"]+){0,3}\s*", t[items[-1].end:subj_end]):
                return [u.code for u in items], None
        if phrase and len(phrase.split()) <= 10:
            for u in (known_unit_at(ctx, subj_start), other_unit_at(ctx, subj_start)):
                # "Công an tỉnh vinh dự được ...": a few lower-case words may stand between subject and verb
                if u and re.fullmatch(r"(?:\s+[" + LOWER + r"]+){0,3}\s*", t[u.end:subj_end]):
                    return [u.code], None
            return [ctx.orig(subj_start, s + len(subj))], None
    return None, None
