"""Member units of the bloc, the stated member count, and the leader/deputy units."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .context import Ctx
from .text import LOWER, UPPER

I = re.I
GUESTS = {"hoi_dong_tdkt", "tinh_uy", "ubnd", "hdnd"}
CORE = {"cong_an", "vien_kiem_sat", "toa_an", "thi_hanh_an", "quan_su", "bien_phong"}

_LEADER = r"(?:khối\s+trưởng|trưởng\s+khối|thường\s+trực\s+khối|cụm\s+trưởng|trưởng\s+cụm)"
_DEPUTY = r"(?:phó\s+trưởng\s+khối|khối\s+phó|cụm\s+phó|phó\s+khối\s+trưởng|phó\s+trưởng\s+cụm|phó\s+(?:khối|cụm)(?!\s+(?:trưởng|thi\s+đua))(?!\w))"
ROLE_RE = re.compile(r"(?<!\w)(?P<dep>" + _DEPUTY + r")|(?<!\w)(?<!phó\s)(?P<lead>" + _LEADER + r")(?!\w)", I)
_NAME_STOP = set(
    "tổ gồm có ký đã tại được là phát thực trong với hiện sơ tổng tiến cùng luôn tiếp triển quyết sẽ "
    "phải đạt nhận do theo về cho khen vừa bắt thống dự tham nhằm trao tặng chủ đăng đều cũng "
    "đơn hai ba các những này đó giữ làm đảm thuộc trực phối quản hoàn tuần luân".split()
)


_CAP_LATER = re.compile(r"(?:[" + LOWER + r"]+ ){1,3}[" + UPPER + r"]")  # lower-case words, then a capital
_COMPANY_STOP = _NAME_STOP - {"phát", "triển", "tổng", "thống", "tiến", "hiện", "đơn", "các", "những"}


@dataclass
class Unit:
    code: str
    start: int
    end: int


def known_unit_at(ctx: Ctx, pos: int, allow_lower: bool = False) -> Unit | None:
    """A provincial unit of the gazetteer starting exactly at pos (with its "tỉnh X" tail); national
    and district bodies ("Bộ Công an", "Tổng cục THADS", "Công an huyện", "VKSND tối cao") are not."""
    t = ctx.text
    m = ctx.gz.unit_re.match(t, pos)
    if not m or not (m.group(1)[0].isupper() or (allow_lower and len(m.group(1)) >= 10)):
        return None
    code = ctx.gz.code_of(m.group(1))
    if not code:
        return None
    end = m.end()
    tail = _LOC_TAIL.match(t, end)
    if tail:
        end = tail.end()
    mp = ctx.gz.province_re.match(t, end + 1) if t[end:end + 1] == " " else None
    if mp:
        end = mp.end()
    after = t[end:end + 12].lower().lstrip()
    if after.startswith(("tối cao", "huyện", "xã", "cấp cao", "khu vực", "quận", "phường", "thị xã", "thị trấn")):
        return None
    if re.search(r"(?<!\w)(?:Bộ|Tổng)\s+$", t[max(0, pos - 6):pos]) and code in ("cong_an", "tu_phap", "noi_vu", "ngoai_vu"):
        return None
    if re.search(r"(?<!\w)(?:Tổng|Bộ)\s+$", t[max(0, pos - 10):pos]) and code not in ("quan_su", "bien_phong"):
        return None
    return Unit(code, pos, end)


_LOC_TAIL = re.compile(r"\s+(?:tỉnh|Tỉnh|thành\s+phố|TP\.?)(?!\w)")
_WORD_AFTER = re.compile(r"([ \t]+|,[ \t]*)([\w]+(?:[.'’][\w]+)*)")
_DASH_WORD = re.compile(r"[ \t]+[-–][ \t]+([" + UPPER + r"][\w']*)")
_BRAND = re.compile(r"[ \t]*\([A-Z][A-Za-z0-9]*(?:\s[A-Z][A-Za-z0-9]*){0,3}\)")  # "(Becamex IDC)", "(Dorubco)"
_GROUP_TAIL = re.compile(r"[ \t]*[-–][ \t]*([A-ZĐ]{2,}[A-Z0-9]*)(?!\w)")


_FULL_NAME_REST = re.compile(r"(?: [" + UPPER + r"][\w'’]*){2,3}(?![ \t]+[" + UPPER + r"])")


def other_unit_at(ctx: Ctx, pos: int, allow_comma: bool = False) -> Unit | None:
    """A unit outside the code list ("Trại giam X", "Hải đoàn 18 BĐBP") -> other:NAME as written."""
    t = ctx.text
    m = ctx.gz.other_head_re.match(t, pos)
    if not m or not t[pos].isupper():
        return None
    end = m.end()
    agencies = [(a.start(), a.end()) for a in ctx.gz.agency_re.finditer(t, pos, min(len(t), pos + 160))]
    company = re.match(r"(?:Tổng\s+)?[Cc]ông\s+ty", m.group(1)) is not None
    while True:
        md = _GROUP_TAIL.match(t, end) if company else None
        if md and not known_unit_at(ctx, md.start(1)):
            end = md.end()  # "Công ty TNHH MTV Than X - VVMI": the parent group's acronym is part of a firm's name
            continue
        md = _DASH_WORD.match(t, end) if company else None
        if md and not known_unit_at(ctx, md.start(1)) and not ctx.gz.other_head_re.match(t, md.start(1)) \
                and not ctx.gz.title_head_re.match(t, md.start(1)) and not ROLE_RE.match(t, md.start(1)):
            end = md.end()  # "Công ty Cổ phần Nước - Môi trường Bình Dương": a dash inside a firm's name
            continue
        md = _BRAND.match(t, end) if company else None
        if md:
            end = md.end()  # "Tổng công ty ... - CTCP (Becamex IDC)": the brand the firm is known by
            continue
        inside = [b for a, b in agencies if a <= end + 1 and b > end]
        if inside:  # "Sở Văn hóa, Thể thao và Du lịch", "Sở Lao động - Thương binh và Xã hội"
            end = max(inside)
            continue
        w = _WORD_AFTER.match(t, end)
        if not w:
            break
        sep, word = w.group(1), w.group(2)
        wstart = w.start(2)
        if word.islower() and ctx.gz.stop_re.match(t, wstart):
            break  # the verb of the clause: "Công ty X phát biểu"
        if sep.isspace() and (word in ctx.gz.surnames or word in ("Y", "H")) and _FULL_NAME_REST.match(t, w.end()) \
                and (ku := known_unit_at(ctx, pos)) is not None and ku.end == end:
            break  # "Giám đốc Sở Tư pháp Y Hiếu Niê": the person after a listed unit (not "Trại giam Tống Lê Chân")
        if company and word.islower() and word not in _COMPANY_STOP and word != "và" and sep.isspace() \
                and _CAP_LATER.match(t, wstart):
            end = w.end()  # "Công ty CP Đầu tư Phát triển nhà X": lower-case words inside a firm's name
            continue
        if sep.startswith(","):
            if not allow_comma or not word[0].isupper() or known_unit_at(ctx, wstart) or ctx.gz.other_head_re.match(t, wstart):
                break
        if (word.islower() and word in _NAME_STOP) or ROLE_RE.match(t, wstart):
            break
        if word == "và":
            # "Sở Kế hoạch và Đầu tư" continues; "X và đại diện ...", "X và Công an tỉnh" end the name,
            # except the joint office "Văn phòng Đoàn ĐBQH và HĐND tỉnh"
            nw = re.compile(r"\s+(\w+)").match(t, w.end())
            nxt_unit = known_unit_at(ctx, w.end() + 1) or local_unit_at(ctx, w.end() + 1)
            joint = nxt_unit and nxt_unit.code in ("hdnd", "ubnd") and t.startswith("Văn phòng", pos)
            if not nw or not nw.group(1)[0].isupper() or (nxt_unit and not joint) \
                    or (ctx.gz.other_head_re.match(t, w.end() + 1) and t[w.end() + 1:w.end() + 2].isupper()) \
                    or ctx.gz.award_head_re.match(t, w.end() + 1):
                break
        end = w.end()
    # a parenthetical naming only the parent ministry is part of the name: "(Bộ Công an)"
    mp = re.compile(r"[ \t]*\((Bộ\s+[\w\s]{2,30}?)\)").match(t, end)
    if mp and not re.search(r"\d", mp.group(1)):
        end = mp.end()
    name = ctx.orig(pos, end)
    if len(name.split()) < 2:
        return None
    return Unit("other:" + name, pos, end)


_LOCAL = re.compile(r"\s+(?:huyện|quận|thị\s+xã|thị\s+trấn|xã|phường)(?!\w)")
_CAP_WORD = re.compile(r" ([" + UPPER + r"][\w']*)")


def local_unit_at(ctx: Ctx, pos: int) -> Unit | None:
    """A district or commune body ("Công an huyện", "UBND xã Thạch Bình") -> other:NAME as written."""
    t = ctx.text
    m = ctx.gz.unit_re.match(t, pos)
    if not m or not m.group(1)[0].isupper():
        return None
    md = _LOCAL.match(t, m.end())
    if not md:
        return None
    end = md.end()
    for _ in range(3):  # the place's name, when written
        w = _CAP_WORD.match(t, end)
        if not w or ctx.gz.title_head_re.match(t, w.start(1)) or ctx.gz.unit_re.match(t, w.start(1)) \
                or ctx.gz.rank_re.match(t, w.start(1)):
            break
        end = w.end()
    return Unit("other:" + ctx.orig(pos, end), pos, end)


def unit_at(ctx: Ctx, pos: int, allow_comma: bool = False) -> Unit | None:
    return known_unit_at(ctx, pos) or local_unit_at(ctx, pos) or other_unit_at(ctx, pos, allow_comma)


# ---------------------------------------------------------------- member lists
_LIST_CUE = re.compile(
    r"(?:gồm(?:\s+có)?|bao\s+gồm)(?:\s+(?:các|những))?(?:\s+(?P<n1>\d{1,2}))?(?:\s+(?:cơ\s+quan|đơn\s+vị|doanh\s+nghiệp|sở\s*,\s*ngành|thành\s+viên)(?:\s*,\s*đơn\s+vị)?(?:\s+thành\s+viên)?)?\s*(?::|là)?\s*"
    r"|(?:có|của|với|cho|đến\s+từ)\s+(?P<n2>\d{1,2})\s+(?:cơ\s+quan\s*,\s*đơn\s+vị|cơ\s+quan|đơn\s+vị|tập\s+thể)(?:\s+thành\s+viên)?[^:.;\n]{0,60}?(?::|\s+là\s+|\s+gồm\s*:?)\s*"
    r"|(?:các\s+)?(?:cơ\s+quan\s*,\s*)?đơn\s+vị\s+(?:thành\s+viên\s+)?(?:trong|thuộc|của)\s+(?:Khối|Cụm)[^:.;\n]{0,80}?:\s*"
    r"|sự\s+tham\s+gia\s+của\s+(?:(?P<n3>\d{1,2})|các|những)\s+(?:cơ\s+quan\s*,\s*)?(?:đơn\s+vị|cơ\s+quan)(?:\s+thành\s+viên)?\s*:?\s*",
    I,
)
_COUNT = re.compile(
    r"(?:gồm|có|của|với|đến\s+từ)\s+(?P<n>\d{1,2})\s+(?:cơ\s+quan\s*,\s*đơn\s+vị|cơ\s+quan|đơn\s+vị|thành\s+viên)(?!\s+(?:khác|được))"
    r"|(?<![\d/])(?P<n2>\d{1,2})\s+(?:cơ\s+quan\s*,\s*đơn\s+vị|cơ\s+quan|đơn\s+vị)(?:\s+thành\s+viên)?\s+(?:trong\s+|thuộc\s+|của\s+)?(?:Khối|khối|Cụm)"
    r"|(?<!\d)\d{1,2}/(?P<n3>\d{1,2})\s+(?:cơ\s+quan\s*,\s*)?đơn\s+vị"
    r"|(?:gồm|có)\s+(?P<n4>\d{1,2})\s+(?:doanh\s+nghiệp|sở\s*,\s*ngành|cơ\s+quan\s*,\s*đơn\s+vị)"
    r"|(?<![\d/])(?P<n5>\d{1,2})\s+(?:cơ\s+quan\s*,\s*)?đơn\s+vị\s+thành\s+viên"
    # "7 đội thi đến từ Công an tỉnh, ...": one team per member unit
    r"|(?<![\d/])(?P<n6>\d{1,2})\s+đội(?:\s+thi)?\s+(?:đến\s+từ|của)\s+(?:các\s+)?(?=[" + UPPER + r"])",
    I,
)
_EACH = re.compile(r"(?:mỗi|từng)(?:\s+\w+){1,2}\s*$", I)  # "Mỗi đội gồm 3 thành viên" counts a team's people


@dataclass
class MemberResult:
    members: list[str]
    count: int | None
    leader: str | None
    deputy: str | None
    spans: list[tuple[str, str, int, int]]  # field, value, start, end


def _collective_at(ctx: Ctx, pos: int, semi: bool) -> Unit | None:
    """"các ban đảng Tỉnh ủy": a list item naming several bodies of one unit, head noun in lower case."""
    mc = _COLLECTIVE.match(ctx.text, pos)
    return unit_at(ctx, mc.end(), semi) if mc else None


def _item_starts(ctx: Ctx, start: int, end: int) -> list[Unit]:
    """Parse "A, B; C và D" from start; stop at the first item that is not a unit."""
    t = ctx.text
    seg = t[start:end]
    semi = False
    first = seg.find(";")
    if first >= 0:
        # ";" separates the items unless a "," before the first ";" already starts a new unit
        semi = not any(unit_at(ctx, start + m.end()) for m in re.finditer(r",\s*", seg[:first]))
    out: list[Unit] = []
    pos = start
    end = min(end, start + 3000)  # a list longer than this is page noise, not a bloc's members
    last_va = False  # the item just read came after "và": in a comma list it was the last one
    while pos < end and len(out) < 60:
        while pos < end and t[pos] in " \t“\"":
            pos += 1
        u = unit_at(ctx, pos, semi) or (_collective_at(ctx, pos, semi) if out else None)
        if not u:
            break
        out.append(u)
        # find the next separator followed by a unit
        nxt = None
        mp = _PAREN.match(t, u.end)  # "(Khối trưởng, năm 2024)" belongs to the item
        after = mp.end() if mp else u.end
        for m in re.compile(r";\s*(?:và\s+)?|,\s*(?:và\s+)?|\s+và\s+").finditer(t, after, end):
            sep = m.group()
            if ";" not in sep and semi and "và" not in sep:
                continue
            if ";" in sep and last_va:
                break  # "là A và B; C được tặng ...": a new clause
            if ";" in sep:
                nxt_semi = t.find(";", m.end(), end)
                if _CLAUSE_VERB.search(t, m.end(), nxt_semi if nxt_semi >= 0 else end):
                    break  # "cho A; B và C được UBND tỉnh tặng ...": the next clause has its own verb
            cand = m.end()
            if unit_at(ctx, cand) or _collective_at(ctx, cand, semi):
                # "Lữ đoàn 198, Bộ Tư lệnh Đặc công": a command after a formation is its parent
                if (out[-1].code.startswith("other:") and re.match(r"other:(Lữ|Sư|Trung|Tiểu|Hải)\s+đoàn", out[-1].code)
                        and t.startswith("Bộ Tư lệnh", cand) and "," in sep):
                    pu = other_unit_at(ctx, cand)
                    if pu:
                        out[-1] = Unit(out[-1].code + ", " + pu.code[6:], out[-1].start, pu.end)
                        u = out[-1]
                        continue
                nxt = cand
                break
            break
        if nxt is None:
            break
        last_va = "và" in t[after:nxt] and ";" not in t[after:nxt]
        pos = nxt
    return out


_CLAUSE_VERB = re.compile(r"(?<!\w)(?:được|nhận|giành|đạt|đoạt|đón)(?!\w)")
_PAREN = re.compile(r"\s*\([^()\n]{0,80}\)")
_COLLECTIVE = re.compile(r"(?:các|những)(?:\s+(?:[" + LOWER + r"]+|Đảng)){1,5}\s+(?=[" + UPPER + r"])")
_BULLET = re.compile(r"\n[ \t]*(?:[-–+•*]|\d{1,2}[.)/])?[ \t]*")


def _bullets(ctx: Ctx, pos: int) -> list[Unit]:
    """A list written one unit per line ("- Công an tỉnh;" / "1. Sở Tư pháp")."""
    t = ctx.text
    out: list[Unit] = []
    nl = t.find("\n", pos - 1)
    while nl >= 0 and len(out) < 40:
        m = _BULLET.match(t, nl)
        if not m:
            break
        u = unit_at(ctx, m.end(), True)
        if not u:
            break
        out.append(u)
        nl = t.find("\n", u.end)
    return out


def _role_after(ctx: Ctx, u: Unit) -> str | None:
    """"X (Trưởng khối năm 2022)", "X, Phó Trưởng Khối thi đua", "X - đơn vị trưởng khối", "X là Khối trưởng"."""
    t = ctx.text[u.end:u.end + 40]
    m = re.match(r"\s*(?:\(|,|[-–]|là)?\s*(?:đơn\s+vị\s+)?(?:là\s+)?(?:đơn\s+vị\s+)?", t, I)
    m2 = ROLE_RE.match(t, m.end())
    if m2:
        return "deputy" if m2.group("dep") else "leader"
    return None


def members(ctx: Ctx, bloc_spans: list[tuple[int, int]], year: int | None = None,
            guest_titles: list[tuple[int, int]] = (), guests: set[str] = GUESTS) -> MemberResult:
    """Members from a stated list, else the units the text names; `guests` are bodies that attend, not
    members (a Party bloc's members are Party boards, so there tinh_uy is no guest)."""
    t = ctx.text
    found: list[Unit] = []
    spans = []
    leader = deputy = None
    count = None
    list_end = 0
    partial = False
    for m in _COUNT.finditer(t):
        n = int(next(g for g in m.group("n", "n2", "n3", "n4", "n5", "n6") if g))
        if _EACH.search(t, max(0, m.start() - 25), m.start()):
            continue
        if 2 <= n <= 40:
            count = n
            spans.append(("member_count_stated", n, m.start(), m.end()))
            break
    for m in _LIST_CUE.finditer(t):
        s, e = ctx.sentence_at(m.start())
        items = _item_starts(ctx, m.end(), e)
        if not items:
            nl = t.find("\n", m.start(), m.end() + 3)
            if nl >= 0 and not t[m.end():nl].strip(" \t:"):
                items = _bullets(ctx, nl + 1)
        if len(items) >= 2:
            list_end = max(list_end, e)
            # "Các cơ quan tư pháp gồm A, B, C", "Lực lượng biên phòng gồm D và E": a group within the bloc
            partial = partial or _SUBGROUP.search(t, max(s, m.start() - 50), m.start()) is not None
            for u in items:
                if u.code in guests:
                    continue
                if u.code not in [f.code for f in found]:
                    found.append(u)
                role = _role_after(ctx, u)
                if role == "leader" and leader is None:
                    leader = u.code
                    spans.append(("leader_unit", u.code, u.start, u.end))
                elif role == "deputy" and deputy is None:
                    deputy = u.code
                    spans.append(("deputy_unit", u.code, u.start, u.end))
            if count is None and "tập thể" not in m.group().lower():
                n = m.group("n1") or m.group("n2") or m.group("n3")
                if n:
                    count = int(n)
    if count and 0 < len(found) < count and list_end:
        # "... gồm A, B, C. Lực lượng vũ trang có D. Ba thành viên còn lại là E, F và G": a stated count
        # not yet reached, the list goes on in the next sentences
        pos = list_end
        for _ in range(3):
            if len(found) >= count or pos >= len(t):
                break
            s, e = ctx.sentence_at(pos)
            for m in _MORE_CUE.finditer(t, s, e):
                items = _item_starts(ctx, m.end(), e)
                if items and items[0].start == m.end():
                    found += [u for u in items if u.code not in guests and u.code not in [f.code for f in found]]
                    break
            pos = e + 1
    lead2, dep2, rspans = roles(ctx, year, guests)
    leader = leader or lead2
    deputy = deputy or dep2
    spans += [sp for sp in rspans if (sp[0] == "leader_unit" and sp[1] == leader) or (sp[0] == "deputy_unit" and sp[1] == deputy)]
    codes = [u.code for u in found]
    if not codes or partial:
        # no list, or lists of groups only: the units the text names as acting in the bloc
        for m in ctx.gz.unit_re.finditer(t):
            u = known_unit_at(ctx, m.start())
            if not u or u.code in guests or u.code in codes or any(a <= u.start < b for a, b in bloc_spans) \
                    or any(a <= u.start < b for a, b in guest_titles) or _glosses_guest(ctx, u, guests):
                continue
            before = t[max(0, m.start() - 12):m.start()].lower()
            if re.search(r"(?:bộ|tổng|đại diện|của)\s*$", before) and "tổng" in before:
                pass
            codes.append(u.code)
            found.append(u)
        # a prison, a naval squadron or the customs reported among the members' results ("...; Trại giam X
        # quản lý chặt chẽ phạm nhân"), as the subject of its clause
        for m in _MEMBER_LIKE.finditer(t):
            if not _CLAUSE_START.search(t, max(0, m.start() - 8), m.start()) or \
                    any(a <= m.start() < b for a, b in guest_titles):
                continue
            u = Unit("other:" + ctx.orig(m.start(), m.end()), m.start(), m.end())
            if not any(c == u.code or c.startswith(u.code + " ") for c in codes):
                codes.append(u.code)
                found.append(u)
    for u in declared_members(ctx):
        if u.code not in codes and u.code not in guests:
            codes.append(u.code)
            found.append(u)
    for c in (leader, deputy):
        if c and c not in codes and c not in guests:
            codes.append(c)
    # a ministry is a member's parent ("Trại giam X thuộc Cục C10, Bộ Công an"), never a provincial bloc's member
    found = [u for u in found if not _MINISTRY.match(u.code)]
    codes = [c for c in codes if not _MINISTRY.match(c)]
    for u in found:
        spans.append(("members", u.code, u.start, u.end))
    return MemberResult(codes, count, leader, deputy, spans)


def _glosses_guest(ctx: Ctx, u: Unit, guests: set[str]) -> bool:
    """"Ban Thi đua - Khen thưởng (Sở Nội vụ)": a body in parentheses after a guest names the guest's parent."""
    mo = re.compile(r"\(\s*$").search(ctx.text, max(0, u.start - 3), u.start)
    g = _unit_before(ctx, mo.start()) if mo else None
    return g is not None and g.code in guests and not ctx.text[g.end:mo.start()].strip()


_MINISTRY = re.compile(r"other:Bộ\s+(?:Công\s+an|Quốc\s+phòng|Tư\s+pháp)$")
_SUBGROUP = re.compile(r"(?:cơ\s+quan\s+(?:tư\s+pháp|tố\s+tụng|tiến\s+hành\s+tố\s+tụng)|lực\s+lượng\s+(?:vũ\s+trang|biên\s+phòng)"
                       r"|(?<!\w)nhóm(?!\w)|khối\s+(?:các\s+)?(?:cơ\s+quan\s+)?(?:tư\s+pháp|tố\s+tụng|lực\s+lượng))[^.;:\n]{0,30}$", I)
_NAME_TAIL = r"(?:\s+(?:(?:tỉnh|số|thành\s+phố)\s+)?(?:[" + UPPER + r"][\w'’]*|\d+))+"
_MEMBER_LIKE = re.compile(r"(?:Trại\s+giam|Trại\s+tạm\s+giam|Hải\s+đoàn(?:\s+Biên\s+phòng)?|Cục\s+Hải\s+quan)"
                          r"(?:" + _NAME_TAIL + r"|\s+tỉnh(?!\s+[" + UPPER + r"]))(?:\s+Cảnh\s+sát\s+biển|\s+Hải\s+quân)?")
_CLAUSE_START = re.compile(r"(?:^|[.;:]\s*|\n\s*|,\s+|\svà\s+)$")
_MEMBERS_ARE = re.compile(r"(?:đơn\s+vị|cơ\s+quan)\s+thành\s+viên\s+(?:của|trong|thuộc)\s+(?:Khối|Cụm)(?:\s+[^\s,.;:]+){0,6}?\s+là\s+", I)
_MORE_CUE = re.compile(r"(?<!\w)(?:có|là|gồm|thêm)\s+(?:các\s+|những\s+)?", I)
_MEMBER_OF = re.compile(r"(?:(?:là|với\s+tư\s+cách(?:\s+là)?)\s+(?:đơn\s+vị\s+)?thành\s+viên|gia\s+nhập)\s+(?:của\s+|trong\s+)?(?:Khối|Cụm)(?!\w)", I)
_APPOSITION = re.compile(r"[ \t]*[-–,][ \t]*(?:là\s+)?đơn\s+vị(?!\w)")


def declared_members(ctx: Ctx) -> list[Unit]:
    """Units a sentence declares members: "Trại giam Số 3 (...) đóng trên địa bàn ... cũng là thành viên của
    Khối", "đội Trung đoàn X - đơn vị lần đầu tham gia với tư cách thành viên của Khối": the unit in
    apposition ("X - đơn vị ...") first, else the clause's subject."""
    t = ctx.text
    out: list[Unit] = []
    for m in _MEMBERS_ARE.finditer(t):  # "Hai đơn vị thành viên của Khối là A và B đã phối hợp ...": some members
        out += _item_starts(ctx, m.end(), ctx.sentence_at(m.start())[1])
    for m in _MEMBER_OF.finditer(t):
        s, _ = ctx.sentence_at(m.start())
        lo = max(s, t.rfind(";", s, m.start()) + 1)
        u = None
        for ma in _APPOSITION.finditer(t, lo, m.start()):
            for h in ctx.gz.other_head_re.finditer(t, max(lo, ma.start() - 120), ma.start()):
                cand = known_unit_at(ctx, h.start()) or other_unit_at(ctx, h.start())
                if cand and cand.end == ma.start():
                    u = cand
                    break
            if u is None:
                cand = _unit_before(ctx, ma.start())
                if cand and cand.end == ma.start():
                    u = cand
        if u is None:
            pos = lo
            while pos < m.start() and t[pos] in " \t\n":
                pos += 1
            u = known_unit_at(ctx, pos) or other_unit_at(ctx, pos)
        if u and u.end <= m.start():
            out.append(u)
    return out


def _role_year(ctx: Ctx, end: int) -> int | None:
    """ "Khối phó năm 2020": the year a role is held for, when the clause says it."""
    s, e = ctx.sentence_at(end)
    m = re.compile(r"(?:\s+(?:Khối\s+thi\s+đua|khối|Khối)[^,;.]{0,40}?)?\s+năm\s+(\d{4})").match(ctx.text, end)
    if m:
        return int(m.group(1))
    rest = ctx.text[end:e]
    m = re.match(r"[^.;]*?(?:khối\s+phó|khối\s+trưởng|trưởng\s+khối)\s+năm\s+(\d{4})", rest, I)
    return int(m.group(1)) if m else None


def roles(ctx: Ctx, year: int | None = None, guests: set[str] = GUESTS):
    """Leader/deputy from "<unit> - Khối trưởng", "<unit> là đơn vị Trưởng khối", "Khối trưởng là <unit>"."""
    t = ctx.text
    leader = deputy = None
    spans = []
    for m in ROLE_RE.finditer(t):
        kind = "deputy" if m.group("dep") else "leader"
        ry = _role_year(ctx, m.end())
        if ry is None:  # "Năm 2023, <unit> được bầu làm Khối trưởng"
            ss, _ = ctx.sentence_at(m.start())
            my = re.search(r"(?:^|[,;]\s*)(?:trong\s+|sang\s+)?năm\s+(\d{4})\s*,", t[ss:m.start()], I)
            ry = int(my.group(1)) if my else None
        if year and ry and ry != year:
            continue  # the unit holds the role for another year than the one reported
        if kind == "leader" and re.search(r"phó\s*$", t[max(0, m.start() - 5):m.start()], I):
            continue
        u = _unit_before(ctx, m.start())
        if u is None:
            mf = re.compile(r"(?:\s+(?:Khối|khối)(?:\s+thi\s+đua)?)?(?:\s+năm\s+\d{4})?\s*(?:là|:|do|\()\s*(?:đơn\s+vị\s+)?").match(t, m.end())
            if mf:
                u = unit_at(ctx, mf.end())
        if u is None or u.code in guests - {"hoi_dong_tdkt"}:
            continue
        if kind == "leader" and leader is None:
            leader = u.code
            spans.append(("leader_unit", u.code, u.start, u.end))
        elif kind == "deputy" and deputy is None:
            deputy = u.code
            spans.append(("deputy_unit", u.code, u.start, u.end))
    return leader, deputy, spans


def _unit_before(ctx: Ctx, pos: int) -> Unit | None:
    """The unit whose mention ends just before a role word (separators, "là", "đơn vị" allowed)."""
    t = ctx.text
    s, _ = ctx.sentence_at(pos)
    lo = max(s, pos - 140)
    best = None
    for m in ctx.gz.unit_re.finditer(t, lo, pos):
        u = known_unit_at(ctx, m.start())
        if u and u.end <= pos and _gap_ok(t[u.end:pos]):
            best = u
    for m in ctx.gz.other_head_re.finditer(t, lo, pos):
        u = other_unit_at(ctx, m.start())
        if u and u.end <= pos + 1 and _gap_ok(t[u.end:pos]):
            if best is not None and best.start <= u.start and u.end <= best.end:
                continue  # a head inside a name already read: "Công ty Viễn thông X"
            if best is None or u.start > best.start or u.end > best.end:
                best = u
    return best


def _gap_ok(gap: str) -> bool:
    return re.fullmatch(
        r"\s*(?:\(|,|[-–—]|là)?\s*(?:là\s+)?(?:đại\s+diện\s+(?:cho\s+)?)?(?:đơn\s+vị\s+)?"
        # "được (các đơn vị thống nhất) giữ vai trò", "đảm nhiệm", "với vai trò"
        r"(?:(?:tiếp\s+tục\s+|luân\s+phiên\s+)?(?:được\s+(?:[" + LOWER + r"]+\s+){0,9}?)?(?:làm|giữ|đảm\s+nhiệm|đảm\s+nhận|với|là)\s+(?:vai\s+trò\s+(?:là\s+)?|chức\s+|nhiệm\s+vụ\s+)?)?"
        r"(?:đơn\s+vị\s+)?", gap, I) is not None
