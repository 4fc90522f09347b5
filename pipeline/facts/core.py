"""Article text -> SCHEMA.md facts: runs the field rules in order over one `Ctx`."""
from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from . import events, people, quotes, units
from .context import Ctx
from .gazetteer import load, province_from_host
from .text import prepare

MAX_CHARS = 120_000  # bloc reports are a few thousand characters; the rest of a huge page is noise
# bloc words, or an internal-affairs agency (its officials and province are facts even without a bloc)
_BLOC_WORDS = re.compile(r"khối|thi\s+đua|nội\s+chính|giao\s+ước", re.I)
_PRECHECK = re.compile(_BLOC_WORDS.pattern + r"|công\s+an|viện\s+kiểm\s+sát|tòa\s+án|VKSND|TAND", re.I)
_GUEST_TITLE = re.compile(r"thi\s+đua\s*[-–]?\s*khen\s+thưởng|TĐKT|UBND|Ủy\s+ban\s+nhân\s+dân|HĐND|Tỉnh\s+ủy|Thành\s+ủy", re.I)
_EMULATION = re.compile(r"thi\s+đua|giao\s+ước|khen\s+thưởng|hội\s+thao|hội\s+thi", re.I)
KEYS = ["id", "url", "outlet", "published", "is_bloc_event", "event_type", "event_date", "period", "province",
        "bloc_name", "member_count_stated", "members", "leader_unit", "deputy_unit", "officials", "themes", "awards"]


def empty(id=None, url=None, outlet=None, published=None) -> dict:
    return {
        "id": id, "url": url, "outlet": outlet, "published": published, "is_bloc_event": False,
        "event_type": None, "event_date": None, "period": None, "province": None, "province_new": None,
        "bloc_name": None, "member_count_stated": None, "members": [], "leader_unit": None, "deputy_unit": None,
        "officials": [], "themes": [], "awards": [], "evidence": [],
    }


def parse_date(value) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
    return None


def host_of(url: str | None, outlet: str | None) -> str | None:
    if outlet:
        return outlet.lower()
    if url:
        try:
            return (urlsplit(url).hostname or "").lower() or None
        except ValueError:
            return None
    return None


def precheck(text: str) -> bool:
    """Cheap keyword test so unrelated news never reaches the rules."""
    return bool(_PRECHECK.search(text[:MAX_CHARS]))


# page furniture after the article: related headlines there name other blocs, people and dates
_TAIL = re.compile(r"\n\s*(?:Tin\s+liên\s+quan|Bài\s+liên\s+quan|Tin\s+khác|Các\s+tin\s+khác|Tin\s+cùng\s+chuyên\s+mục|"
                   r"Cùng\s+chuyên\s+mục|Xem\s+thêm|Đọc\s+thêm|Tin\s+mới\s+nhất|Tin\s+đã\s+đưa|Bình\s+luận|"
                   r"Ý\s+kiến\s+bạn\s+đọc|Gửi\s+bình\s+luận)\s*:?\s*\n", re.I)


def article_part(text: str) -> str:
    """The text up to a "related news" block, when one starts after the first third."""
    text = text[:MAX_CHARS]
    m = _TAIL.search(text, len(text) // 3)
    return text[:m.start()] if m else text


def make_ctx(text: str, published=None, province_hint=None, host=None) -> Ctx:
    return Ctx(prepare(article_part(text)), load(), parse_date(published), province_hint, host)


# One step per field group; the spaCy pipeline runs each as its own component (pipeline.facts.nlp),
# `extract` runs them in a row. A step reads the article (ctx), what earlier steps found (st) and
# writes SCHEMA.md fields into f, evidence into ctx.evidence.

_ROLE_BEFORE = re.compile(r"(?:" + units.ROLE_RE.pattern + r")\s*$", re.I)


_BY_THE_BLOC = re.compile(r"(?<!\w)được\s+$")  # "Công an tỉnh được Khối thi đua ... suy tôn": the bloc acting on a unit


def in_passing(ctx: Ctx, mentions) -> bool:
    """Every mention names the bloc only as a unit's role ("Công an tỉnh, đơn vị Khối trưởng Khối thi đua
    Nội chính ...") or as acting on a unit ("được Khối thi đua ... suy tôn"), and neither the headline nor the
    sentence reporting the meeting names the bloc: the article reports the unit's own meeting ("Công an tỉnh -
    đơn vị Khối trưởng ... tổ chức hội nghị" stays the bloc's)."""
    if not mentions or not all(_ROLE_BEFORE.search(ctx.text, max(0, m.start - 30), m.start) or
                               _BY_THE_BLOC.search(ctx.text, max(0, m.start - 8), m.start) for m in mentions):
        return False
    spans = _headline_and_event_sentence(ctx)
    return not any(s <= m.start < e for m in mentions for s, e in spans)


_DISTRICT_WORD = re.compile(r"(?<!\w)(?:huyện|quận|thị\s+xã)(?!\w)", re.I)


def _headline_and_event_sentence(ctx: Ctx) -> list[tuple[int, int]]:
    """The title and the first sentence that reports something being held: where an article names its subject."""
    t = ctx.text
    lead = next(((s, e) for s, e in ctx.sents[1:40] if e - s >= 15 and events._EVENT_CUE.search(t, s, e)), None)
    return ctx.sents[:1] + ([lead] if lead else [])


def step_bloc(ctx: Ctx, f: dict, st: dict) -> None:
    """Bloc mentions, the bloc's name (fullest form, first full appearance)."""
    mentions = events.bloc_mentions(ctx)
    st["mentions"] = mentions = [] if in_passing(ctx, mentions) else mentions
    bloc = events.best_bloc(mentions)
    spans = _headline_and_event_sentence(ctx)
    local = [m for m in mentions if m.district and _DISTRICT_WORD.search(m.name) and any(a <= m.start < b for a, b in spans)]
    if bloc is not None and not bloc.district and local and not any(a <= bloc.start < b for a, b in spans):
        # the headline and the event's sentence report a district's bloc; the province's is named in passing
        bloc = events.best_bloc(local)
    st["bloc"] = bloc
    f["bloc_name"] = bloc.name if bloc else None
    if bloc:
        ctx.add("bloc_name", bloc.name, bloc.start, bloc.end)


def step_event(ctx: Ctx, f: dict, st: dict) -> None:
    """Event type, period and date (years inferred from the period or the publication date)."""
    mentions = st["mentions"]
    st["lead"] = lead = events.lead_sentences(ctx)
    st["title"] = title = ctx.sents[:1]
    etype, tspan = events.event_type(ctx, title + lead) if mentions else (None, None)
    f["event_type"] = st["etype"] = etype
    if tspan:
        ctx.add("event_type", etype, *tspan)
    per, pspan, pyear = events.period(ctx, etype, title + lead) if etype else (None, None, None)
    published = ctx.published or events.page_date(ctx)
    date, dspan = events.event_date(ctx, lead, etype, pyear, published) if etype else (None, None)
    if per == "H1":
        y = (date or (published.isoformat() if published else ""))[:4]
        per = "H1-" + y if y else None
    if etype == "other" and not (tspan and events.TRAINING.match(ctx.text, tspan[0])):
        per, pspan = None, None  # an outing or a charity visit reviews no period; a training course has its year
    if per is None and etype and etype != "other" and date:
        y = int(date[:4])
        per = str(y - 1 if etype == "tong_ket" and int(date[5:7]) <= 6 else y)
    f["period"], f["event_date"] = per, date
    if pspan and per:
        ctx.add("period", per, *pspan)
    if dspan:
        ctx.add("event_date", date, *dspan)


_AGENCY_NEWS = re.compile(r"(?<!\w)(?:khối|cụm)(?!\w)|giao\s+ước", re.I)


def step_province(ctx: Ctx, f: dict, st: dict) -> None:
    """The bloc's province (then the outlet's, then the text's) and its post-2025 province. Without a bloc
    only the text can place what it reports: an outlet's province places no event."""
    if st["mentions"]:
        prov, prspan = events.province(ctx, st["bloc"], province_from_host(ctx.host, ctx.gz))
    elif _AGENCY_NEWS.search(ctx.text) or any(units.known_unit_at(ctx, m.start()) or units.local_unit_at(ctx, m.start())
                                              for m in ctx.gz.unit_re.finditer(ctx.text)):
        # an agency's own portal (congan.longan.gov.vn) places the agency's news; a newspaper's province does not
        own = province_from_host(ctx.host, ctx.gz) if ctx.host and ctx.host.endswith(".gov.vn") else None
        if own or _BLOC_WORDS.search(ctx.text):
            prov, prspan = events.province(ctx, None, own, use_hint=False)
        else:  # agency news elsewhere: placed by an agency named with its province ("TAND tỉnh Tây Ninh mở
            # phiên tòa"), else by the outlet, not by the provinces a crime report passes through
            prov, prspan = _agency_province(ctx)
            if prov is None:
                prov = ctx.province_hint and ctx.gz.province_of(ctx.province_hint) or province_from_host(ctx.host, ctx.gz)
    else:  # a school's or a village's "thi đua": no agency's event to place
        prov, prspan = None, None
    f["province"] = prov
    f["province_new"] = ctx.gz.new_province.get(prov) if prov else None
    if prspan:
        ctx.add("province", prov, *prspan)


_PROVINCE_OF_UNIT = re.compile(r"\s*(?:tỉnh|thành\s+phố|TP\.?)?\s*")  # always matches, possibly empty


def _agency_province(ctx: Ctx) -> tuple[str | None, tuple[int, int] | None]:
    """The province written right after the first provincial agency that carries one."""
    t = ctx.text
    for m in ctx.gz.unit_re.finditer(t):
        u = units.known_unit_at(ctx, m.start())
        if not u:
            continue
        sep = _PROVINCE_OF_UNIT.match(t, u.end)  # the unit's span may hold its province, or stop before it
        mp = ctx.gz.province_re.search(t, u.start, sep.end() + 40)
        if mp and mp.start() <= sep.end() and ctx.gz.province_of(mp.group(1)):
            return ctx.gz.province_of(mp.group(1)), (mp.start(), mp.end())
    return None, None


def step_units(ctx: Ctx, f: dict, st: dict) -> None:
    """Members, stated member count, leader and deputy units."""
    mentions, per = st["mentions"], f.get("period")
    year = int(per[-4:]) if per and per[-4:].isdigit() else None
    bloc = st.get("bloc")
    guests = units.GUESTS - {"tinh_uy"} if bloc and bloc.party else units.GUESTS
    mr = units.members(ctx, [(m.start, m.end) for m in mentions], year, st.get("guest_titles", []), guests) if mentions else None
    leader = mr.leader if mr else None
    deputy = mr.deputy if mr else None
    if mentions and (leader is None or deputy is None):
        # "Khối trưởng Khối thi đua Nội chính, Giám đốc Sở Tư pháp Nguyễn Văn A": the role in a title
        held = [(o.get("title") or "", o.get("org")) for o in f.get("officials", [])] + st.get("bloc_roles", [])
        for title, org in held:
            roles = [(m, "deputy" if m.group("dep") else "leader") for m in units.ROLE_RE.finditer(title)]
            my = re.search(r"năm\s+(\d{4})", title)
            if not org or (year and my and int(my.group(1)) != year):
                continue
            for _, kind in roles:
                if kind == "leader" and leader is None:
                    leader = org
                elif kind == "deputy" and deputy is None:
                    deputy = org
    f["members"] = list(mr.members) if mr else []
    for code in (leader, deputy):
        if code and code not in f["members"]:
            f["members"].append(code)
    f["member_count_stated"] = mr.count if mr else None
    f["leader_unit"], f["deputy_unit"] = leader, deputy
    if mr:
        for fld, val, a, b in mr.spans:
            ctx.add(fld, val, a, b)


# "dự" as attending, not "vinh dự", "dự án", "dự kiến"...
_ATTEND = re.compile(r"(?<!\w)(?<!vinh\s)(?<!can\s)dự(?!\w)(?!\s+(?:án|kiến|thảo|báo|toán|phòng|thi(?!\s+đua)|bị|định|trữ|tính|đoán)(?!\w))", re.I)


def _attends(ctx: Ctx, pos: int) -> bool:
    """The person's sentence says they attended ("X, Phó Giám đốc Sở Nội vụ dự và phát biểu"): a body
    outside the internal-affairs core is then a guest, unless the text names it elsewhere."""
    s, e = ctx.sentence_at(pos)
    return bool(_ATTEND.search(ctx.text, s, e))


def step_officials(ctx: Ctx, f: dict, st: dict) -> None:
    """Officials: name, title as first written, org, rank, role at the event."""
    f["officials"] = []
    st["guest_titles"] = []
    for o in people.officials(ctx):
        if o.title_span and _GUEST_TITLE.search(ctx.text, *o.title_span):
            st["guest_titles"].append(o.title_span)  # units inside a guest's title are not members
        elif o.title_span and _attends(ctx, o.name_span[0]) and o.org not in units.CORE | {"tu_phap", "thanh_tra"}:
            st["guest_titles"].append(o.title_span)  # nor a body outside the justice/security core whose head attends
        f["officials"].append({"name": o.name, "title": o.title, "org": o.org, "rank": o.rank, "role": o.role})
        if o.bloc_role:
            st.setdefault("bloc_roles", []).append((o.bloc_role, o.org))
        ctx.add("officials.name", o.name, *o.name_span)
        if o.title_span:
            ctx.add("officials.title", o.title, *o.title_span)
        if o.rank_span:
            ctx.add("officials.rank", o.rank, *o.rank_span)


def step_quotes(ctx: Ctx, f: dict, st: dict) -> None:
    """Themes (quoted movements, slogans, "chủ đề") and awards."""
    th = quotes.themes(ctx)
    f["themes"] = [v for v, _, _ in th]
    for v, a, b in th:
        ctx.add("themes", v, a, b)
    aw = quotes.awards(ctx)
    f["awards"] = [{"award": a, "recipient": r} for a, r, _, _ in aw]
    for a, r, s, e in aw:
        ctx.add("awards", {"award": a, "recipient": r}, s, e)


def step_decide(ctx: Ctx, f: dict, st: dict) -> None:
    """is_bloc_event: an emulation bloc of internal-affairs agencies (by its name or its members) holding an
    event; not Party, advisory, economic, enterprise, school or district blocs, nor the sector's meetings."""
    mentions, bloc = st["mentions"], st["bloc"]
    got = set(f.get("members") or [])
    # a numbered bloc is internal-affairs by its members: three of the justice/security agencies, one armed or police
    justice = got & (units.CORE | {"tu_phap", "thanh_tra"})
    core = justice if got & units.CORE else set()
    internal = any(m.internal for m in mentions)
    # a Party-agencies bloc is never the internal-affairs one, even with Ban Nội chính among its members or the
    # internal-affairs bloc named in passing
    other_kind = bloc is not None and (bloc.party or (bloc.other_kind and not internal))
    lead_text = " ".join(ctx.text[s:e] for s, e in st["title"] + st["lead"])
    emulation = any(m.emulation for m in mentions) or bool(_EMULATION.search(lead_text))
    district = bloc is not None and bloc.district
    f["is_bloc_event"] = (bool(mentions) and not other_kind and not district and (internal or len(core) >= 3)
                          and st["etype"] is not None and emulation)


STEPS = [
    ("noichinh_bloc", step_bloc), ("noichinh_event", step_event), ("noichinh_province", step_province),
    ("noichinh_officials", step_officials), ("noichinh_units", step_units), ("noichinh_quotes", step_quotes),
    ("noichinh_decide", step_decide),
]


def extract(ctx: Ctx) -> dict:
    """All fields in one call (the same steps the spaCy components run)."""
    f: dict = {}
    st: dict = {}
    for _, step in STEPS:
        step(ctx, f, st)
    return f
