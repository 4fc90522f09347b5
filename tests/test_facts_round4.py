"""Round-four grammar on our own sentences (never the dev, held-out or blind texts): unit abbreviations ("Sở TP",
"TT tỉnh"), roles held "với vai trò / giữ vai trò / đảm nhiệm", posts joined by commas, a dash before a name,
a unit with a dash inside ("Đoàn Kinh tế - Quốc phòng"), a giver's post before "cho", awards to a group named
after it, "Cá nhân X (unit)", a bloc's training course, Party-agencies blocs, themes in a list of models,
agency news without a bloc, a gloss in parentheses after a numbered bloc, per-team counts, members declared
in their own sentence."""
from __future__ import annotations

import pytest

from factkit import by_name, pairs


LEAD = "Sáng 9/1, Khối thi đua Nội chính tỉnh Hà Giang tổ chức hội nghị tổng kết công tác thi đua năm 2022. "


def test_abbreviated_justice_and_inspection_units(ann):
    t = LEAD + "Khối có 6 đơn vị: CA tỉnh, Viện KSND tỉnh, TAND tỉnh, Cục THADS tỉnh, Sở TP, TT tỉnh."
    f = ann.annotate(t)
    assert set(f["members"]) == {"cong_an", "vien_kiem_sat", "toa_an", "thi_hanh_an", "tu_phap", "thanh_tra"}


@pytest.mark.parametrize("sentence, leader, deputy", [
    ("Sở Tư pháp được các thành viên nhất trí giữ vai trò Khối trưởng; Cục Thuế tỉnh Hà Giang giữ vai "
     "trò Khối phó.", "tu_phap", "other:Cục Thuế tỉnh Hà Giang"),
    ("Tại hội nghị, Thanh tra tỉnh với vai trò Khối trưởng và Công an tỉnh với vai trò Khối phó đã báo cáo kết quả.",
     "thanh_tra", "cong_an"),
    ("Theo kết quả bầu chọn, Tòa án nhân dân tỉnh đảm nhiệm Khối trưởng; Sở Tư pháp là Khối phó.", "toa_an", "tu_phap"),
])
def test_roles_in_other_sentence_shapes(ann, sentence, leader, deputy):
    f = ann.annotate(LEAD + sentence)
    assert (f["leader_unit"], f["deputy_unit"]) == (leader, deputy)
    assert not any("vai trò" in m for m in f["members"])


def test_comma_joined_posts_of_one_unit(ann):
    t = LEAD + "Dự hội nghị có Thượng tá Hoàng Văn Dũng, Phó Chỉ huy trưởng, Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh."
    o = by_name(ann.annotate(t))["Hoàng Văn Dũng"]
    assert o["title"] == "Phó Chỉ huy trưởng, Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh"
    assert o["org"] == "quan_su"


def test_dash_between_post_and_name_is_dropped(ann):
    t = LEAD + "Tham dự có Phó Chủ tịch UBND tỉnh - Lê Minh Tâm; Giám đốc Sở Nội vụ - Đỗ Thị Lan."
    f = by_name(ann.annotate(t))
    assert f["Lê Minh Tâm"]["title"] == "Phó Chủ tịch UBND tỉnh"
    assert f["Đỗ Thị Lan"]["title"] == "Giám đốc Sở Nội vụ"


def test_a_unit_with_a_dash_is_not_a_person(ann):
    t = LEAD + "Trung tá Ksor Nhơn, Phó Chính ủy Đoàn Kinh tế - Quốc phòng 24 phát biểu ý kiến."
    f = by_name(ann.annotate(t))
    assert "Đoàn Kinh" not in f
    assert f["Ksor Nhơn"]["title"] == "Phó Chính ủy Đoàn Kinh tế - Quốc phòng 24"
    assert f["Ksor Nhơn"]["org"] == "other:Đoàn Kinh tế - Quốc phòng 24"


def test_the_givers_post_is_not_the_recipients(ann):
    t = LEAD + "Đại tá Vũ Văn Long trao Bằng khen của Chủ tịch UBND tỉnh cho đồng chí Trần Thị Hoa (Sở Tư pháp)."
    f = ann.annotate(t)
    assert not any(o["title"] and o["title"].endswith("cho") for o in f["officials"])
    assert ("Bằng khen của Chủ tịch UBND tỉnh", "Trần Thị Hoa") in pairs(f)


def test_award_to_a_group_named_after_it(ann):
    t = LEAD + ("Khối đề nghị UBND tỉnh tặng Cờ thi đua cho 2 đơn vị xuất sắc là Viện KSND tỉnh và Cục THADS tỉnh; "
                "4 đơn vị được đề nghị tặng Bằng khen của UBND tỉnh là Công an tỉnh, Sở Tư pháp, Thanh tra tỉnh, "
                "TAND tỉnh.")
    assert pairs(ann.annotate(t)) == {
        ("Cờ thi đua", "vien_kiem_sat"), ("Cờ thi đua", "thi_hanh_an"),
        ("Bằng khen của UBND tỉnh", "cong_an"), ("Bằng khen của UBND tỉnh", "tu_phap"),
        ("Bằng khen của UBND tỉnh", "thanh_tra"), ("Bằng khen của UBND tỉnh", "toa_an")}


def test_a_group_with_a_colon_list(ann):
    t = LEAD + "Giám đốc Sở Nội vụ trao Giấy khen cho 2 tập thể: Công an tỉnh và Bộ CHQS tỉnh."
    assert pairs(ann.annotate(t)) == {("Giấy khen", "cong_an"), ("Giấy khen", "quan_su")}


def test_honoured_units_named_after_suy_ton(ann):
    t = LEAD + ("Hội nghị suy tôn 2 đơn vị tiêu biểu năm 2022 là Thanh tra tỉnh và Sở Tư pháp, đề nghị UBND tỉnh "
                "tặng Cờ thi đua.")
    assert pairs(ann.annotate(t)) == {("Cờ thi đua", "thanh_tra"), ("Cờ thi đua", "tu_phap")}


def test_an_individual_cued_by_ca_nhan(ann):
    t = LEAD + "Cá nhân Phạm Quốc Hưng (Thanh tra tỉnh) được đề nghị tặng Bằng khen của Tổng Thanh tra Chính phủ."
    assert pairs(ann.annotate(t)) == {("Bằng khen của Tổng Thanh tra Chính phủ", "Phạm Quốc Hưng")}


def test_prize_winner_right_before_the_verb(ann):
    t = ("Chiều 3/8, Khối thi đua Nội chính tỉnh Hà Giang tổ chức hội thao năm 2022. Đơn vị đăng cai Sở Tư pháp "
         "giành giải nhất môn cờ tướng.")
    assert pairs(ann.annotate(t)) == {("giải nhất môn cờ tướng", "tu_phap")}


def test_a_blocs_training_course_is_an_event(ann):
    t = ("Bồi dưỡng nghiệp vụ thi đua cho Khối thi đua Nội chính tỉnh\n\n"
         "Ngày 12/9, Thanh tra tỉnh – Khối trưởng Khối thi đua Nội chính tỉnh Yên Bái năm 2021 mở lớp bồi dưỡng "
         "nghiệp vụ công tác thi đua, khen thưởng năm 2021 cho 40 cán bộ của 9 đơn vị thành viên.")
    f = ann.annotate(t)
    assert f["is_bloc_event"] is True
    assert (f["event_type"], f["event_date"], f["period"]) == ("other", "2021-09-12", "2021")


def test_a_party_agencies_bloc_is_never_internal_affairs(ann):
    t = ("Khối thi đua các cơ quan Đảng tỉnh ký giao ước thi đua năm 2023\n\n"
         "Chiều 2/3, Khối thi đua các cơ quan Đảng tỉnh Yên Bái tổ chức hội nghị ký kết giao ước thi đua năm 2023. "
         "Khối gồm: Văn phòng Tỉnh ủy (Trưởng khối), Ban Nội chính Tỉnh ủy (Khối phó), Ban Tổ chức Tỉnh ủy và "
         "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh. Ban Nội chính Tỉnh ủy phối hợp với Khối thi đua Nội chính "
         "tỉnh theo dõi các vụ án.")
    f = ann.annotate(t)
    assert f["is_bloc_event"] is False
    assert "other:Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh" in f["members"]


def test_quoted_items_in_a_list_of_models(ann):
    t = LEAD + ("Nhiều mô hình hiệu quả được nhân rộng như: “Camera giám sát vì bình yên thôn bản”, tổ hòa giải "
                "cơ sở, “Mỗi tuần một buổi cùng dân”. Công an tỉnh duy trì mô hình “Khu dân cư không ma túy”.")
    th = ann.annotate(t)["themes"]
    assert {"Camera giám sát vì bình yên thôn bản", "Mỗi tuần một buổi cùng dân",
            "Khu dân cư không ma túy"} <= set(th)


def test_agency_news_without_a_bloc_keeps_its_official_and_portal_province(ann):
    t = ("Triệt phá ổ nhóm trộm cắp tài sản\n\nNgày 4/6, Công an huyện Bảo Yên đã bắt giữ 2 đối tượng trộm cắp "
         "tài sản. Theo Thiếu tá Lương Văn Quý, Phó Trưởng Công an huyện Bảo Yên, vụ việc đang được mở rộng điều tra.")
    f = ann.annotate(t, outlet="congan.laocai.gov.vn")
    assert f["is_bloc_event"] is False
    assert f["province"] == "Lào Cai"
    o = by_name(f)["Lương Văn Quý"]
    assert (o["title"], o["org"], o["rank"]) == ("Phó Trưởng Công an huyện Bảo Yên", "other:Công an huyện Bảo Yên",
                                                 "Thiếu tá")


def test_news_without_any_agency_stays_empty(ann):
    f = ann.annotate("Giá rau xanh tăng mạnh\n\nNgày 4/6, giá rau tại chợ Bắc Hà tăng gấp đôi do mưa lớn.",
                     outlet="congan.laocai.gov.vn")
    assert f["province"] is None and f["officials"] == []


def test_a_parenthesis_after_a_numbered_bloc_glosses_it(ann):
    t = ("Ngày 6/3/2023, Khối thi đua số 7 (Khối các cơ quan Nội chính tỉnh Kon Tum) tổ chức hội nghị ký kết giao "
         "ước thi đua năm 2023. Khối thi đua số 7 gồm 8 đơn vị.")
    assert ann.annotate(t)["bloc_name"] == "Khối thi đua số 7"


def test_the_descriptive_name_before_a_numbered_gloss_stays(ann):
    t = ("Ngày 6/3/2023, Khối thi đua Nội chính tỉnh Kon Tum (Khối thi đua số 7) tổ chức hội nghị ký kết giao "
         "ước thi đua năm 2023.")
    assert ann.annotate(t)["bloc_name"] == "Khối thi đua Nội chính tỉnh Kon Tum"


def test_teams_from_units_count_and_per_team_sizes_do_not(ann):
    t = ("Sáng 5/11, Khối thi đua Nội chính tỉnh Hà Giang tổ chức hội thi hòa giải viên giỏi năm 2022. Hội thi có "
         "6 đội thi đến từ Công an tỉnh, Viện KSND tỉnh, TAND tỉnh, Cục THADS tỉnh, Sở Tư pháp và Thanh tra tỉnh. "
         "Mỗi đội gồm 4 thành viên.")
    assert ann.annotate(t)["member_count_stated"] == 6


def test_members_declared_in_their_own_sentence(ann):
    t = LEAD + ("Khối gồm Công an tỉnh, Viện KSND tỉnh, TAND tỉnh. Trại giam Số 9 (Cục C10) đóng chân trên địa bàn "
                "huyện Vị Xuyên cũng là thành viên của Khối. Ở môn bóng chuyền, Sở Tư pháp xếp sau đội Trung đoàn "
                "Cảnh sát cơ động Tây Bắc - đơn vị tham gia với tư cách thành viên của Khối.")
    m = ann.annotate(t)["members"]
    assert "other:Trại giam Số 9" in m
    assert "other:Trung đoàn Cảnh sát cơ động Tây Bắc" in m


def test_unit_represented_as_the_leader(ann):
    t = LEAD + ("Phát biểu khai mạc, Thượng tá Đinh Công Lực – Phó Giám đốc Công an tỉnh, đại diện đơn vị Khối trưởng "
                "nêu rõ nhiệm vụ năm tới.")
    f = ann.annotate(t)
    assert f["leader_unit"] == "cong_an"
    assert by_name(f)["Đinh Công Lực"]["title"] == "Phó Giám đốc Công an tỉnh"


def test_a_units_role_tail_leaves_the_title_before_a_name(ann):
    t = LEAD + "Dự hội nghị có Giám đốc Công an tỉnh - đơn vị Khối phó - Đại tá Lê Văn Bình."
    f = ann.annotate(t)
    o = by_name(f)["Lê Văn Bình"]
    assert (o["title"], o["org"], o["rank"]) == ("Giám đốc Công an tỉnh", "cong_an", "Đại tá")
    assert f["deputy_unit"] == "cong_an"
