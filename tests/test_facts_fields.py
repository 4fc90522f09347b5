"""Field rules on our own sentences (never the dev texts): names, titles, ranks, dates, provinces,
members, leader/deputy, themes, awards, non-internal blocs and bylines."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.facts import EXTRACTOR_VERSION
from pipeline.facts.gazetteer import load, province_from_host

FIX = Path(__file__).parent / "fixtures" / "facts"
KEYS = ["id", "url", "outlet", "published", "is_bloc_event", "event_type", "event_date", "period", "province",
        "bloc_name", "member_count_stated", "members", "leader_unit", "deputy_unit", "officials", "themes", "awards"]


def facts(ann, text, **kw):
    return ann.annotate(text, **kw)


def test_version_and_schema_keys(ann):
    assert EXTRACTOR_VERSION
    got = facts(ann, "Khối thi đua Nội chính tỉnh Nam Định tổ chức hội nghị sơ kết 6 tháng đầu năm 2023.")
    assert set(KEYS) <= set(got)
    assert "province_new" in got and "evidence" in got


def test_gazetteers_complete():
    gz = load()
    assert len(gz.provinces) == 63
    assert len({p["new_province"] for p in gz.provinces}) == 34
    assert gz.new_province["Thừa Thiên Huế"] == "Huế"
    assert gz.new_province["Bà Rịa - Vũng Tàu"] == "Hồ Chí Minh"
    assert gz.province_of("BR-VT") == "Bà Rịa - Vũng Tàu"
    assert gz.province_of("TP.HCM") == "Hồ Chí Minh"
    assert gz.province_of("Khánh Hoà") == "Khánh Hòa"  # old tone placement
    assert gz.code_of("Bộ CHQS tỉnh") == "quan_su"
    assert gz.code_of("VKSND") == "vien_kiem_sat"


@pytest.mark.parametrize("host,province", [
    ("baonghean.vn", "Nghệ An"), ("baothuathienhue.vn", "Thừa Thiên Huế"), ("congan.hatinh.gov.vn", "Hà Tĩnh"),
    ("www.baoquangninh.vn", "Quảng Ninh"), ("sotuphap.camau.gov.vn", "Cà Mau"), ("baovephapluat.vn", None),
    ("vnexpress.net", None), ("cucthue.gov.vn", None), ("baocamau.vn", "Cà Mau"), ("hanoimoi.com.vn", "Hà Nội"),
    ("baosonla.org.vn", "Sơn La"), ("thanhnien.vn", None), ("baotintuc.vn", None),
])
def test_province_from_host(host, province):
    assert province_from_host(host) == province


def test_officials_title_rank_org_and_honorifics(ann):
    text = ("Khối thi đua Nội chính tỉnh Phú Yên tổ chức hội nghị ký kết giao ước thi đua năm 2022.\n"
            "Dự hội nghị có Đại tá Huỳnh Văn Thái, Giám đốc Công an tỉnh và đồng chí Võ Thị Hồng Nhung - "
            "Tỉnh ủy viên, Viện trưởng VKSND tỉnh, Trưởng khối năm 2022. Phó Chủ tịch Thường trực UBND tỉnh "
            "Cao Minh Đức phát biểu chỉ đạo.")
    got = facts(ann, text)
    by = {o["name"]: o for o in got["officials"]}
    assert set(by) == {"Huỳnh Văn Thái", "Võ Thị Hồng Nhung", "Cao Minh Đức"}
    assert by["Huỳnh Văn Thái"]["rank"] == "Đại tá"
    assert by["Huỳnh Văn Thái"]["org"] == "cong_an"
    assert by["Võ Thị Hồng Nhung"]["title"] == "Tỉnh ủy viên, Viện trưởng VKSND tỉnh, Trưởng khối năm 2022"
    assert by["Võ Thị Hồng Nhung"]["org"] == "vien_kiem_sat"  # Party membership is skipped for org
    assert by["Cao Minh Đức"]["title"] == "Phó Chủ tịch Thường trực UBND tỉnh"
    assert by["Cao Minh Đức"]["org"] == "ubnd"
    assert by["Cao Minh Đức"]["role"] == "spoke"
    assert got["leader_unit"] == "vien_kiem_sat"


def test_minority_family_names_and_parenthetical_title(ann):
    text = ("Khối thi đua Nội chính tỉnh Lai Châu tổng kết năm 2023.\n"
            "Thượng tá Tòng Văn Khánh, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh cho rằng các đơn vị đã làm tốt. "
            "Bà Lò Thị Hoa (Chánh Thanh tra tỉnh) chủ trì phần thảo luận.")
    by = {o["name"]: o for o in facts(ann, text)["officials"]}
    assert by["Tòng Văn Khánh"]["title"] == "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"
    assert by["Tòng Văn Khánh"]["rank"] == "Thượng tá"
    assert by["Lò Thị Hoa"]["title"] == "Chánh Thanh tra tỉnh"
    assert by["Lò Thị Hoa"]["org"] == "thanh_tra"
    assert by["Lò Thị Hoa"]["role"] == "chaired"


def test_bylines_and_photo_credits_are_not_officials(ann):
    text = ("Khối thi đua Nội chính tỉnh Bến Tre sơ kết 6 tháng đầu năm 2022.\n"
            "Ảnh: Nguyễn Văn Tâm\nTin, ảnh: Trần Thị Lan\nTheo báo cáo, các đơn vị đạt nhiều kết quả.\n"
            "Chủ tịch Hồ Chí Minh ra lời kêu gọi thi đua ái quốc.\nPhạm Quốc Việt")
    assert facts(ann, text)["officials"] == []


@pytest.mark.parametrize("text,published,date,period,etype", [
    ("Chiều 27/2, Khối thi đua Nội chính tỉnh tổ chức ký giao ước thi đua năm 2020.", None, "2020-02-27", "2020", "ky_giao_uoc"),
    # day/month only: the year comes from the publication date, never after it
    ("Ngày 12/9, Khối thi đua Nội chính tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm.", "2024-09-14", "2024-09-12", "H1-2024", "so_ket"),
    ("Sáng 3.1, Khối thi đua Nội chính tỉnh tổng kết công tác thi đua.", "2025-01-05", "2025-01-03", "2024", "tong_ket"),
    # a year-end review held early the next year keeps the reviewed year
    ("Sáng 11.3, Khối thi đua Nội chính tỉnh tổ chức hội nghị tổng kết phong trào thi đua năm 2024.", None, "2025-03-11", "2024", "tong_ket"),
    ("Chiều ngày 27 tháng 02 năm 2023, Khối thi đua số 3 (Khối nội chính) đã tổ chức Lễ ký giao ước.", None, "2023-02-27", "2023", "ky_giao_uoc"),
    ("Ngày 20-12, Khối thi đua Nội chính tỉnh tổ chức hội nghị tổng kết năm 2023 và ký kết giao ước thi đua năm 2024.", "2023-12-21", "2023-12-20", "2023", "tong_ket"),
    ("Vừa qua, Khối thi đua Nội chính tỉnh tổ chức hội thao năm 2022 cho cán bộ, chiến sĩ.", None, None, "2022", "hoi_thao"),
    ("Chiều qua (15/1), Khối thi đua Nội chính tỉnh tổng kết công tác thi đua năm 2023.", "2024-01-16", "2024-01-15", "2023", "tong_ket"),
    ("Sáng thứ Hai (15/1), Khối thi đua Nội chính tỉnh tổng kết năm 2023.", "2024-01-17", "2024-01-15", "2023", "tong_ket"),
    ("Trong 2 ngày 25-26/4, Khối thi đua Nội chính tỉnh tổ chức hội thao năm 2023.", None, "2023-04-25", "2023", "hoi_thao"),
])
def test_dates_periods_and_types(ann, text, published, date, period, etype):
    got = facts(ann, "Tin hoạt động\n\n" + text, published=published)
    assert (got["event_type"], got["event_date"], got["period"]) == (etype, date, period)


def test_province_by_abbreviation_hint_and_url(ann):
    t = "TTH - Chiều 6/12, Khối thi đua Nội chính tổ chức hội nghị tổng kết năm 2019."
    assert facts(ann, t)["province"] == "Thừa Thiên Huế"
    t2 = "Chiều 8/7, Khối cơ quan Nội chính tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2022."
    assert facts(ann, t2, province_hint="Bà Rịa - Vũng Tàu")["province"] == "Bà Rịa - Vũng Tàu"
    got = facts(ann, t2, url="https://baocantho.com.vn/a-1.html")
    assert got["province"] == "Cần Thơ" and got["province_new"] == "Cần Thơ"
    got = facts(ann, "Khối thi đua Nội chính TP.HCM tổ chức hội nghị sơ kết 6 tháng đầu năm 2023.")
    assert got["province"] == "Hồ Chí Minh"


def test_members_with_other_units_leader_and_deputy(ann):
    text = ("Khối thi đua Nội chính tỉnh Kon Tum tổ chức hội nghị ký kết giao ước thi đua năm 2023.\n"
            "Khối có 10 đơn vị gồm: Công an tỉnh, VKSND tỉnh, TAND tỉnh, Cục THADS tỉnh, Bộ CHQS tỉnh, "
            "Bộ Chỉ huy BĐBP tỉnh, Sở Tư pháp, Thanh tra tỉnh, Trại giam Kon Tum và Sư đoàn 10, Quân đoàn 3. "
            "Năm 2023, Cục THADS tỉnh làm Khối trưởng, Thanh tra tỉnh làm Khối phó. Đại diện Ban Thi đua - Khen "
            "thưởng tỉnh dự hội nghị.")
    got = facts(ann, text)
    assert got["member_count_stated"] == 10
    assert got["members"][:8] == ["cong_an", "vien_kiem_sat", "toa_an", "thi_hanh_an", "quan_su", "bien_phong",
                                  "tu_phap", "thanh_tra"]
    assert "other:Trại giam Kon Tum" in got["members"]
    assert "hoi_dong_tdkt" not in got["members"]  # a guest, not a member
    assert got["leader_unit"] == "thi_hanh_an" and got["deputy_unit"] == "thanh_tra"


def test_semicolon_lists_keep_commas_inside_names(ann):
    text = ("Khối thi đua số 4 tỉnh Bình Định gồm 4 đơn vị: Sở Lao động, Thương binh và Xã hội - đơn vị Trưởng "
            "khối; Sở Văn hóa, Thể thao và Du lịch; Sở Kế hoạch và Đầu tư; Ban Dân tộc tỉnh ký giao ước năm 2023.")
    got = facts(ann, text)
    assert got["members"] == ["other:Sở Lao động, Thương binh và Xã hội", "other:Sở Văn hóa, Thể thao và Du lịch",
                              "other:Sở Kế hoạch và Đầu tư", "other:Ban Dân tộc tỉnh"]
    assert got["leader_unit"] == "other:Sở Lao động, Thương binh và Xã hội"
    assert got["is_bloc_event"] is False  # a numbered bloc of other agencies


@pytest.mark.parametrize("text", [
    "Ngày 24/2, Khối thi đua các cơ quan tham mưu, tổng hợp tỉnh ký kết giao ước thi đua năm 2023.",
    "Chiều 5/3, Khối thi đua các cơ quan Đảng tỉnh tổ chức hội nghị ký giao ước thi đua năm 2024.",
    "Cụm thi đua các huyện miền núi tổng kết phong trào thi đua năm 2022.",
    "Giá vàng hôm nay tăng mạnh, khối lượng giao dịch lớn.",
    "",
])
def test_not_internal_affairs_blocs(ann, text):
    assert facts(ann, text)["is_bloc_event"] is False


def test_themes_quotes_chains_and_cut_off_quote(ann):
    text = ("Khối thi đua Nội chính tỉnh Vĩnh Long ký giao ước thi đua năm 2023.\n"
            "Các đơn vị đẩy mạnh phong trào thi đua “Vì an ninh Tổ quốc”; “Dân vận khéo” và danh hiệu "
            "“Đơn vị quyết thắng”. Khối chọn chủ đề: Kỷ cương, trách nhiệm, hiệu quả vì nhân dân phục vụ.\n"
            "Tiếp tục hưởng ứng phong trào “Cả nước chung tay vì người nghèo, không để ai")
    got = facts(ann, text)
    assert got["themes"] == ["Vì an ninh Tổ quốc", "Dân vận khéo", "Cả nước chung tay vì người nghèo, không để ai",
                             "Kỷ cương, trách nhiệm, hiệu quả vì nhân dân phục vụ"]


def test_awards_with_unit_and_written_recipients(ann):
    text = ("Khối thi đua Nội chính tỉnh An Giang tổng kết năm 2022.\n"
            "Tại hội nghị, Tòa án nhân dân tỉnh được Chính phủ tặng Cờ thi đua của Chính phủ. "
            "UBND tỉnh tặng Bằng khen cho 4 tập thể và 7 cá nhân. Kết thúc hội thao, Công an tỉnh giành giải Nhất, "
            "Trại giam Định Thành đạt giải Nhì.")
    got = facts(ann, text)
    assert {(a["award"], a["recipient"]) for a in got["awards"]} == {
        ("Cờ thi đua của Chính phủ", "toa_an"), ("Bằng khen", "4 tập thể và 7 cá nhân"),
        ("giải Nhất", "cong_an"), ("giải Nhì", "other:Trại giam Định Thành"),
    }
    assert got["themes"] == []  # award titles are not themes


def test_tone_mark_variants_read_alike(ann):
    a = facts(ann, "Khối thi đua Nội chính tỉnh Khánh Hoà ký giao ước năm 2022. Đại tá Lê Văn Hùng, Chính uỷ Bộ Chỉ huy Quân sự tỉnh phát biểu.")
    assert a["province"] == "Khánh Hòa"
    assert a["officials"][0]["title"] == "Chính uỷ Bộ Chỉ huy Quân sự tỉnh"  # as written
    assert a["officials"][0]["org"] == "quan_su"


@pytest.mark.parametrize("stem", ["quangbinh_giao_uoc", "tong_ket_dau_nam", "khoi_kinh_te", "congan_portal_so_ket"])
def test_fixture_articles(ann, stem):
    gold = json.loads((FIX / f"{stem}.json").read_text(encoding="utf-8"))
    got = ann.annotate((FIX / f"{stem}.txt").read_text(encoding="utf-8"), url=gold["url"], outlet=gold["outlet"],
                       published=gold["published"], id=stem)
    for key in KEYS:
        if key == "officials":
            assert [{k: o[k] for k in ("name", "title", "org", "rank")} for o in got[key]] == gold[key]
        elif key in ("members", "themes"):
            assert sorted(got[key]) == sorted(gold[key]), key
        elif key == "awards":
            assert sorted(map(str, got[key])) == sorted(map(str, gold[key]))
        else:
            assert got[key] == gold[key], key


def test_sector_meeting_of_the_party_commission_is_not_a_bloc_event(ann):
    text = ("Sáng 5/4, Ban Nội chính Tỉnh ủy tổ chức hội nghị giao ban công tác khối nội chính quý I/2024. "
            "Dự hội nghị có lãnh đạo Công an tỉnh, VKSND tỉnh, TAND tỉnh.")
    assert facts(ann, text)["is_bloc_event"] is False


def test_bloc_name_variants_and_sports(ann):
    got = facts(ann, "Ngày 10/1/2024, Khối thi đua các cơ quan Nội chính - Tư pháp tỉnh Thanh Hóa tổng kết năm 2023.")
    assert got["bloc_name"] == "Khối thi đua các cơ quan Nội chính - Tư pháp tỉnh Thanh Hóa"
    assert "tu_phap" not in got["members"]  # part of the bloc's name, not a member named
    got = facts(ann, "Chiều 20/8, Khối thi đua Nội chính tỉnh Kiên Giang khai mạc Giải bóng đá mini năm 2023.",
                published="2023-08-21")
    assert (got["event_type"], got["is_bloc_event"], got["province_new"]) == ("hoi_thao", True, "An Giang")


def test_related_news_block_is_ignored(ann):
    text = ("Khối thi đua Nội chính tỉnh tổng kết năm 2023\n\nSáng 9/1, Khối thi đua Nội chính tỉnh tổ chức hội "
            "nghị tổng kết năm 2023.\nCác đơn vị thống nhất nhiều giải pháp.\nNội dung khác của hội nghị.\n"
            "Tin liên quan\nKhối thi đua Nội chính tỉnh Cà Mau sơ kết 6 tháng đầu năm 2022\n"
            "Đại tá Trần Văn Tư, Giám đốc Công an tỉnh Cà Mau phát biểu")
    got = facts(ann, text, url="https://baobaclieu.vn/x.html", published="2024-01-10")
    assert got["bloc_name"] == "Khối thi đua Nội chính tỉnh"
    assert got["province"] == "Bạc Liêu" and got["officials"] == []


@pytest.mark.parametrize("text,expected", [
    ("Sáng 3/3, Khối Nội chính huyện Đức Trọng tổ chức ký giao ước thi đua năm 2023.", False),
    ("Chiều 5/1, Khối thi đua Nội chính thành phố Vinh tổng kết công tác thi đua năm 2023.", False),
    ("Chiều 5/1, Khối thi đua Nội chính thành phố Cần Thơ tổng kết công tác thi đua năm 2023.", True),
])
def test_district_blocs_are_not_provincial(ann, text, expected):
    assert facts(ann, text)["is_bloc_event"] is expected


def test_leader_named_after_the_role_and_next_years_roles_skipped(ann):
    got = facts(ann, "Ngày 9/2, Khối thi đua Nội chính tỉnh Bình Thuận ký giao ước thi đua năm 2024. "
                     "Đơn vị Trưởng khối năm 2024 là Công an tỉnh.")
    assert got["leader_unit"] == "cong_an"
    got = facts(ann, "Sáng 30/12/2022, Khối thi đua Nội chính tỉnh Yên Bái tổng kết năm 2022. Năm 2023, Cục Thi hành "
                     "án dân sự tỉnh được bầu làm Khối trưởng, Thanh tra tỉnh làm Khối phó.")
    assert got["period"] == "2022" and got["leader_unit"] is None and got["deputy_unit"] is None


def test_a_person_holding_a_bloc_role_is_not_a_bloc_event(ann):
    t = ("Sáng 3/9, đồng chí Lê Văn Tám, Chánh án TAND tỉnh, Khối trưởng Khối thi đua Nội chính dự lễ khánh "
         "thành cầu dân sinh tại xã Phú Mỹ.")
    assert facts(ann, t, published="2023-09-04")["is_bloc_event"] is False
    t = ("Khối thi đua Nội chính tỉnh Sóc Trăng trao nhà tình nghĩa\n\nNgày 26/4, Khối thi đua Nội chính tỉnh "
         "trao nhà tình nghĩa cho gia đình chính sách.")
    got = facts(ann, t, published="2023-04-27")
    assert (got["is_bloc_event"], got["event_type"], got["event_date"], got["period"]) == (True, "other", "2023-04-26", None)


def test_titles_of_national_bodies_have_no_unit_code_district_bodies_are_other(ann):
    t = ("Khối thi đua Nội chính tỉnh Hà Nam ký giao ước năm 2024. Đồng chí Lê Văn Hòa, Phó Tổng cục trưởng Tổng cục "
         "Thi hành án dân sự dự. Ông Trần Văn Cường, Trưởng Công an huyện Kim Bảng; bà Lê Thị Hà, Phó Chánh án TAND "
         "tối cao. Phát biểu tại hội nghị, Giám đốc Công an tỉnh, Đại tá Nguyễn Văn Thắng nhấn mạnh nhiều nội dung.")
    by = {o["name"]: o for o in facts(ann, t)["officials"]}
    assert by["Lê Văn Hòa"]["org"] is None
    assert (by["Trần Văn Cường"]["title"], by["Trần Văn Cường"]["org"]) == \
        ("Trưởng Công an huyện Kim Bảng", "other:Công an huyện Kim Bảng")
    assert by["Lê Thị Hà"]["org"] is None
    assert (by["Nguyễn Văn Thắng"]["title"], by["Nguyễn Văn Thắng"]["rank"], by["Nguyễn Văn Thắng"]["org"]) == \
        ("Giám đốc Công an tỉnh", "Đại tá", "cong_an")


def test_member_list_one_per_line_and_decision_dates(ann):
    t = ("Thực hiện Kế hoạch số 12/KH-KTĐ ngày 5/1/2024 của Khối, sáng 5/3, Khối thi đua Nội chính tỉnh Phú Thọ ký "
         "giao ước thi đua năm 2024.\nKhối gồm 5 đơn vị:\n- Công an tỉnh (Khối trưởng);\n- Viện KSND tỉnh;\n"
         "- TAND tỉnh;\n- Trại giam Phú Sơn 4;\n- Sở Tư pháp.\nCác đơn vị đã ký giao ước.")
    got = facts(ann, t)
    assert got["members"] == ["cong_an", "vien_kiem_sat", "toa_an", "other:Trại giam Phú Sơn 4", "tu_phap"]
    assert (got["member_count_stated"], got["leader_unit"]) == (5, "cong_an")
    assert got["event_date"] == "2024-03-05"  # not the plan's date


def test_rare_family_names_before_a_title(ann):
    t = ("Sáng 5/3, Khối thi đua Nội chính tỉnh Phú Thọ ký giao ước thi đua năm 2024. Dự hội nghị có ông Kha Văn "
         "Tám, Giám đốc Sở Tư pháp; Mẫn Thị Hoa, Chánh Thanh tra tỉnh và Công an tỉnh, Khối trưởng.")
    got = facts(ann, t)
    assert [(o["name"], o["org"]) for o in got["officials"]] == [("Kha Văn Tám", "tu_phap"), ("Mẫn Thị Hoa", "thanh_tra")]
    assert got["leader_unit"] == "cong_an"


def test_review_in_the_lead_beats_signing_in_the_title(ann):
    t = ("Khối thi đua Nội chính tỉnh Lào Cai ký giao ước thi đua năm 2024\n\nSáng 10/1, Khối thi đua Nội chính tỉnh "
         "tổ chức hội nghị tổng kết công tác thi đua năm 2023, ký giao ước thi đua năm 2024.")
    got = facts(ann, t)
    assert (got["event_type"], got["period"], got["event_date"]) == ("tong_ket", "2023", "2024-01-10")


def test_units_in_a_guest_title_are_not_members(ann):
    t = ("Chiều 6/12, Khối thi đua Nội chính tỉnh Bình Định tổng kết năm 2022. Dự có ông Lê Văn Hải, Phó Giám đốc Sở "
         "Nội vụ, Trưởng Ban Thi đua - Khen thưởng tỉnh. Năm qua, Công an tỉnh, VKSND tỉnh và TAND tỉnh đạt nhiều "
         "thành tích.")
    assert facts(ann, t)["members"] == ["cong_an", "vien_kiem_sat", "toa_an"]


def test_award_subjects_with_adverbs_and_orders(ann):
    t = ("Khối thi đua Nội chính tỉnh Nam Định tổng kết năm 2022. Dịp này, Công an tỉnh vinh dự được Chủ tịch nước "
         "tặng thưởng Huân chương Bảo vệ Tổ quốc hạng Ba; Trại giam Nam Hà được tặng Bằng khen của Bộ trưởng Bộ Công an.")
    assert facts(ann, t)["awards"] == [
        {"award": "Huân chương Bảo vệ Tổ quốc hạng Ba", "recipient": "cong_an"},
        {"award": "Bằng khen của Bộ trưởng Bộ Công an", "recipient": "other:Trại giam Nam Hà"},
    ]


def test_caption_position_notes_and_five_syllable_names(ann):
    t = ("Khối thi đua Nội chính tỉnh Quảng Nam tổng kết năm 2023. Đồng chí Tôn Nữ Thị Ngọc Hà (thứ 2 từ trái sang) - "
         "Phó Chủ tịch HĐND tỉnh trao Cờ thi đua cho Công an tỉnh.")
    got = facts(ann, t)
    assert [(o["name"], o["title"], o["org"]) for o in got["officials"]] == [
        ("Tôn Nữ Thị Ngọc Hà", "Phó Chủ tịch HĐND tỉnh", "hdnd")]
    assert got["awards"] == [{"award": "Cờ thi đua", "recipient": "cong_an"}]


def test_leader_from_an_officials_title(ann):
    t = ("Sáng 2/3, Khối thi đua Nội chính tỉnh Nghệ An ký giao ước năm 2024. Phát biểu tại hội nghị, Khối trưởng Khối "
         "thi đua Nội chính, Giám đốc Sở Tư pháp Nguyễn Văn Hùng đề nghị các đơn vị nỗ lực.")
    got = facts(ann, t)
    assert got["leader_unit"] == "tu_phap" and "tu_phap" in got["members"]
    assert got["officials"][0]["org"] == "tu_phap"  # the bloc role is not the person's body


def test_roles_in_parentheses_inside_a_list(ann):
    t = ("Sáng 2/3, Khối thi đua Nội chính tỉnh Nghệ An ký giao ước năm 2024. Khối gồm 5 đơn vị: Công an tỉnh (Khối "
         "trưởng, năm 2024), VKSND tỉnh (Khối phó), TAND tỉnh, Sở Tư pháp và Thanh tra tỉnh.")
    got = facts(ann, t)
    assert got["members"] == ["cong_an", "vien_kiem_sat", "toa_an", "tu_phap", "thanh_tra"]
    assert (got["leader_unit"], got["deputy_unit"]) == ("cong_an", "vien_kiem_sat")


def test_awards_to_a_person_and_to_a_listed_group(ann):
    t = ("Khối thi đua Nội chính tỉnh Nam Định tổng kết năm 2022. UBND tỉnh tặng Bằng khen cho đồng chí Nguyễn Văn "
         "Bình và tặng Giấy khen cho các tập thể: Công an tỉnh, TAND tỉnh.")
    assert facts(ann, t)["awards"] == [{"award": "Bằng khen", "recipient": "Nguyễn Văn Bình"},
                                       {"award": "Giấy khen", "recipient": "cong_an"},
                                       {"award": "Giấy khen", "recipient": "toa_an"}]


@pytest.mark.parametrize("members,expected", [
    ("Công an tỉnh, TAND tỉnh, Sở Tư pháp và Thanh tra tỉnh", True),
    ("Sở Tư pháp, Thanh tra tỉnh, Sở Nội vụ, Sở Ngoại vụ và Văn phòng UBND tỉnh", False),
])
def test_numbered_bloc_judged_by_its_members(ann, members, expected):
    t = f"Ngày 5/3, Khối thi đua số 2 tỉnh Hà Giang ký giao ước thi đua năm 2024. Khối gồm các đơn vị: {members}."
    assert facts(ann, t)["is_bloc_event"] is expected
