"""Round-two grammar on our own sentences (never the dev or held-out texts): agency names with "và",
title-ending verbs, the body of a post, district and Party blocs, TP.HCM, datelines, slogans, award lists."""
from __future__ import annotations

import pytest

from factkit import by_name


def test_agency_names_with_va_and_commas_stay_whole(ann):
    t = ("Sáng 9/3, Khối thi đua Nội chính tỉnh Yên Bái tổ chức hội nghị ký kết giao ước thi đua năm 2024. Dự hội nghị có "
         "ông Trần Quốc Bảo, Phó Giám đốc Sở Lao động - Thương binh và Xã hội; bà Đặng Thu Trang, Giám đốc Sở Văn hóa, "
         "Thể thao và Du lịch; ông Hà Minh Lợi, Giám đốc Sở Kế hoạch và Đầu tư, Trưởng khối phát biểu.")
    o = by_name(ann.annotate(t))
    assert (o["Trần Quốc Bảo"]["title"], o["Trần Quốc Bảo"]["org"]) == (
        "Phó Giám đốc Sở Lao động - Thương binh và Xã hội", "other:Sở Lao động - Thương binh và Xã hội")
    assert o["Đặng Thu Trang"]["org"] == "other:Sở Văn hóa, Thể thao và Du lịch"
    assert o["Hà Minh Lợi"]["title"] == "Giám đốc Sở Kế hoạch và Đầu tư, Trưởng khối"
    assert o["Hà Minh Lợi"]["org"] == "other:Sở Kế hoạch và Đầu tư"


def test_titles_end_before_the_verb_that_follows(ann):
    t = ("Ngày 2/2, đoàn Khối thi đua Nội chính tỉnh Hà Nam do Đại tá Trần Văn Long, Giám đốc Công an tỉnh, Khối trưởng "
         "Khối thi đua Nội chính dẫn đầu đã thăm xã Thanh Tân. Ông Phạm Văn Đông, Chủ tịch UBND xã Thanh Tân thông tin "
         "về tình hình địa phương. Ông Lò Văn Khánh, Phó Chủ tịch UBND huyện Kim Bảng nhận định kết quả tốt.")
    o = by_name(ann.annotate(t))
    assert o["Trần Văn Long"]["title"] == "Giám đốc Công an tỉnh, Khối trưởng Khối thi đua Nội chính"
    assert o["Trần Văn Long"]["org"] == "cong_an"
    assert (o["Phạm Văn Đông"]["title"], o["Phạm Văn Đông"]["org"]) == (
        "Chủ tịch UBND xã Thanh Tân", "other:UBND xã Thanh Tân")
    assert o["Lò Văn Khánh"]["org"] == "other:UBND huyện Kim Bảng"


def test_body_of_a_post(ann):
    t = ("Chiều 12/12, Khối thi đua Nội chính tỉnh Kiên Giang tổ chức hội nghị tổng kết năm 2023. Đồng chí Võ Minh Tâm, "
         "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dự. Đồng chí Lý Thị Hoa, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND "
         "tỉnh cũng tham dự. Trung tá Lê Thị Nga, Phó Trưởng phòng Công tác Đảng và công tác chính trị, Công an tỉnh cho "
         "rằng khối đã hoàn thành nhiệm vụ. Thiếu tá Danh Sơn, Trưởng Phòng PC08 phát biểu.")
    o = by_name(ann.annotate(t))
    assert o["Võ Minh Tâm"]["org"] == "ubnd"
    assert o["Lý Thị Hoa"]["org"] == "hdnd"
    assert o["Lê Thị Nga"]["title"] == "Phó Trưởng phòng Công tác Đảng và công tác chính trị, Công an tỉnh"
    assert (o["Lê Thị Nga"]["org"], o["Lê Thị Nga"]["rank"]) == ("cong_an", "Trung tá")
    assert o["Danh Sơn"]["org"] == "cong_an"


def test_city_leaders_before_their_names_and_tphcm_blocs(ann):
    t = ("Chiều 12/12, Khối thi đua các cơ quan Nội chính TP. Hồ Chí Minh tổ chức hội nghị tổng kết năm 2023. Chủ tịch "
         "UBND TP.HCM Phan Văn Hải dự. Phó Chủ tịch UBND thành phố Trần Thị Mai phát biểu chỉ đạo.")
    f = ann.annotate(t)
    assert (f["bloc_name"], f["province"], f["event_type"], f["is_bloc_event"]) == (
        "Khối thi đua các cơ quan Nội chính TP. Hồ Chí Minh", "Hồ Chí Minh", "tong_ket", True)
    o = by_name(f)
    assert (o["Phan Văn Hải"]["title"], o["Phan Văn Hải"]["org"]) == ("Chủ tịch UBND TP.HCM", "ubnd")
    assert (o["Trần Thị Mai"]["title"], o["Trần Thị Mai"]["org"]) == ("Phó Chủ tịch UBND thành phố", "ubnd")
    t2 = "Ngày 3/7, Khối thi đua Nội chính TP.HCM sơ kết 6 tháng đầu năm 2022."
    assert ann.annotate(t2)["bloc_name"] == "Khối thi đua Nội chính TP.HCM"


def test_district_bloc_keeps_its_district_and_is_no_provincial_bloc(ann):
    t = ("Thanh Hóa, 20/07/2023 - 09:10\n\nChiều qua, Khối thi đua Nội chính thị xã Nghi Sơn tổ chức sơ kết 6 tháng đầu "
         "năm 2023. Khối gồm 5 đơn vị: Công an thị xã (Khối trưởng), Viện KSND thị xã, TAND thị xã, Chi cục THADS thị xã "
         "và Phòng Tư pháp thị xã. Thượng tá Lý Văn Sơn, Trưởng Công an thị xã phát biểu.")
    f = ann.annotate(t, published="2023-07-20")
    assert f["bloc_name"] == "Khối thi đua Nội chính thị xã Nghi Sơn" and f["is_bloc_event"] is False
    assert f["members"] == ["other:Công an thị xã", "other:Viện KSND thị xã", "other:TAND thị xã",
                            "other:Chi cục THADS thị xã", "other:Phòng Tư pháp thị xã"]
    assert f["leader_unit"] == "other:Công an thị xã"
    assert f["event_date"] == "2023-07-19" and f["period"] == "H1-2023"
    assert by_name(f)["Lý Văn Sơn"]["org"] == "other:Công an thị xã"


def test_party_bloc_is_filled_but_not_a_bloc_event(ann):
    t = ("Sáng 5/1, Khối thi đua các cơ quan Đảng tỉnh Bắc Giang tổng kết công tác thi đua năm 2023. Khối gồm 6 đơn vị: "
         "Văn phòng Tỉnh ủy, các ban xây dựng Đảng của Tỉnh ủy, Đảng ủy Khối các cơ quan tỉnh và Báo Bắc Giang. Ban Tổ "
         "chức Tỉnh ủy là đơn vị Khối trưởng năm 2023.")
    f = ann.annotate(t)
    assert (f["is_bloc_event"], f["event_type"], f["period"], f["event_date"]) == (False, "tong_ket", "2023", "2024-01-05")
    assert f["members"] == ["tinh_uy", "other:Đảng ủy Khối các cơ quan tỉnh", "other:Báo Bắc Giang"]
    assert f["leader_unit"] == "tinh_uy" and f["member_count_stated"] == 6
    t2 = "Chiều 20/12, Khối các cơ quan Đảng tỉnh tổ chức hội nghị tổng kết thi đua năm 2022."
    f2 = ann.annotate(t2, published="2022-12-21")
    assert (f2["bloc_name"], f2["event_type"], f2["is_bloc_event"]) == ("Khối các cơ quan Đảng tỉnh", "tong_ket", False)


def test_members_with_long_names(ann):
    t = ("Ngày 29-12-2022, Khối thi đua Nội chính tỉnh Hòa Bình tổng kết công tác năm 2022. Khối gồm 5 đơn vị: Công an "
         "tỉnh, Sở Tư pháp, Đoàn Kinh tế - Quốc phòng 326, Công ty TNHH MTV Phát triển nhà ở Hòa Bình và Thanh tra tỉnh. "
         "Ông Bùi Văn Thành, Giám đốc Công ty TNHH MTV Phát triển nhà ở Hòa Bình phát biểu.")
    f = ann.annotate(t)
    assert f["members"] == ["cong_an", "tu_phap", "other:Đoàn Kinh tế - Quốc phòng 326",
                            "other:Công ty TNHH MTV Phát triển nhà ở Hòa Bình", "thanh_tra"]
    assert by_name(f)["Bùi Văn Thành"]["org"] == "other:Công ty TNHH MTV Phát triển nhà ở Hòa Bình"


@pytest.mark.parametrize("lead,published,date", [
    ("Sáng nay, Khối thi đua Nội chính tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2021.", "2021-07-15", "2021-07-15"),
    ("Chiều hôm qua, Khối thi đua Nội chính tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2021.", "2021-07-15", "2021-07-14"),
    ("(BTN) - Sáng 14.7, Khối thi đua Nội chính tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2021.", "2021-07-15", "2021-07-14"),
    ("Ngày 14 tháng 7, Khối thi đua Nội chính tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2021.", "2021-07-15", "2021-07-14"),
])
def test_dateline_dates(ann, lead, published, date):
    assert ann.annotate("Tin tỉnh nhà\n\n" + lead, published=published)["event_date"] == date


def test_place_led_slogans_and_emulation_drives_are_themes(ann):
    t = ("Sáng 4/3, Khối thi đua Nội chính tỉnh Ninh Thuận ký giao ước thi đua năm 2023. Các đơn vị góp phần xây dựng "
         "“Ninh Thuận - tỉnh an toàn, thân thiện” và mở đợt thi đua “Ba tháng cao điểm giữ vững an ninh”.")
    assert ann.annotate(t)["themes"] == ["Ninh Thuận - tỉnh an toàn, thân thiện", "Ba tháng cao điểm giữ vững an ninh"]


def test_award_subjects_joined_by_va_get_one_award_each(ann):
    t = ("Sáng 8/1, Khối thi đua Nội chính tỉnh Lào Cai tổng kết năm 2023. Qua bình xét, Cục THADS tỉnh và Thanh tra "
         "tỉnh được Khối suy tôn, đề nghị Chính phủ tặng Cờ thi đua.")
    aw = ann.annotate(t)["awards"]
    assert aw == [{"award": "Cờ thi đua", "recipient": "thi_hanh_an"}, {"award": "Cờ thi đua", "recipient": "thanh_tra"}]


def test_unrelated_news_has_no_province_even_from_its_outlet(ann):
    f = ann.annotate("Mưa lớn gây ngập nhiều tuyến phố ở thành phố Cà Mau.", url="https://baocamau.vn/a.html")
    assert f["province"] is None and f["province_new"] is None
    f2 = ann.annotate("Công an tỉnh Cà Mau phát động thi đua cao điểm bảo đảm an ninh Tết.", url="https://baocamau.vn/b.html")
    assert f2["province"] == "Cà Mau" and f2["is_bloc_event"] is False


def test_units_a_bloc_proposes_get_one_award_each(ann):
    t = ("Ngày 24/12/2020, Khối thi đua Nội chính tỉnh Quảng Nam tổng kết năm 2020. Khối đã bình xét, suy tôn Sở Tư "
         "pháp và Bộ Chỉ huy Quân sự tỉnh là 02 đơn vị dẫn đầu, đề nghị UBND tỉnh tặng Cờ thi đua. Kết quả hội thao, "
         "đội Thanh tra tỉnh giành giải Nhất.")
    aw = ann.annotate(t)["awards"]
    assert {"award": "Cờ thi đua", "recipient": "tu_phap"} in aw and {"award": "Cờ thi đua", "recipient": "quan_su"} in aw
    assert {"award": "giải Nhất", "recipient": "thanh_tra"} in aw


def test_post_before_the_name_and_bloc_role_after_it(ann):
    t = ("Sáng 10/1, Khối thi đua Nội chính tỉnh Sơn La tổng kết năm 2023. Khối có 3 thành viên là: Công an tỉnh, VKSND "
         "tỉnh và TAND tỉnh. Viện trưởng VKSND tỉnh Trần Văn Hòa, Trưởng khối năm 2023 phát biểu.")
    f = ann.annotate(t)
    assert f["member_count_stated"] == 3
    o = by_name(f)["Trần Văn Hòa"]
    assert (o["title"], o["org"]) == ("Viện trưởng VKSND tỉnh", "vien_kiem_sat")
    assert f["leader_unit"] == "vien_kiem_sat"


def test_a_person_given_an_award_and_vinh_du_is_not_attending(ann):
    t = ("Ngày 12/12, Khối thi đua Nội chính tỉnh Bắc Kạn tổng kết năm 2023. Dịp này, Thanh tra tỉnh vinh dự được Chủ "
         "tịch nước tặng Huân chương Lao động hạng Ba; ông Hoàng Văn Ba, Phó Chánh Thanh tra tỉnh được tặng Bằng khen "
         "của Thủ tướng Chính phủ.")
    f = ann.annotate(t)
    assert {"award": "Huân chương Lao động hạng Ba", "recipient": "thanh_tra"} in f["awards"]
    assert {"award": "Bằng khen của Thủ tướng Chính phủ", "recipient": "Hoàng Văn Ba"} in f["awards"]
    assert by_name(f)["Hoàng Văn Ba"]["role"] != "attended" and "thanh_tra" in f["members"]


def test_attending_heads_of_core_units_still_name_members(ann):
    t = ("Sáng 3/1, Khối thi đua Nội chính tỉnh Lâm Đồng tổng kết năm 2023. Dự hội nghị có Đại tá Trần Văn Hùng, Giám "
         "đốc Công an tỉnh; ông Lê Văn Tâm, Viện trưởng VKSND tỉnh và ông Ngô Văn Lực, Phó Giám đốc Sở Tài chính.")
    f = ann.annotate(t)
    assert "cong_an" in f["members"] and "vien_kiem_sat" in f["members"]
    assert not any(m.startswith("other:Sở Tài chính") for m in f["members"])
