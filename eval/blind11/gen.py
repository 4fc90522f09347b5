# Builds r*.json from the annotator's hand-written facts below (kept for transparency).
import json, os
D = os.path.dirname(os.path.abspath(__file__))
def O(name, title, org, rank=None): return {"name": name, "title": title, "org": org, "rank": rank}
def A(award, rec): return {"award": award, "recipient": rec}
items = {}
def item(id, url, outlet, published, is_bloc, etype, edate, period, province, bloc, count, members, leader, deputy, officials, themes, awards):
    items[id] = dict(id=id, url=url, outlet=outlet, published=published, is_bloc_event=is_bloc, event_type=etype,
        event_date=edate, period=period, province=province, bloc_name=bloc, member_count_stated=count, members=members,
        leader_unit=leader, deputy_unit=deputy, officials=officials, themes=themes, awards=awards)

item("r01", "https://baoquangninh.vn/khoi-thi-dua-noi-chinh-tinh-tong-ket-nam-2019-2456781.html", "baoquangninh.vn", "2020-01-08",
     True, "tong_ket", "2020-01-08", "2019", "Quảng Ninh", "Khối thi đua Nội chính tỉnh Quảng Ninh", 7,
     ["cong_an","quan_su","bien_phong","vien_kiem_sat","toa_an","thi_hanh_an","tu_phap"], "cong_an", "thi_hanh_an",
     [O("Đặng Huy Hậu","Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh","ubnd"),
      O("Trần Văn Phúc","Giám đốc Công an tỉnh, Trưởng khối","cong_an","Thiếu tướng")],
     ["Vì an ninh Tổ quốc","Quyết thắng","Phát huy truyền thống, cống hiến tài năng, xứng danh Bộ đội Cụ Hồ",
      "Nâng cao hiệu quả thực thi pháp luật, giữ vững kỷ cương, phát triển bền vững"],
     [A("Cờ thi đua","cong_an"),A("Cờ thi đua","vien_kiem_sat"),A("Cờ thi đua của Chính phủ","cong_an")])

item("r02", "https://hatinhtv.vn/tin-tuc/khoi-noi-chinh-luc-luong-vu-trang-ky-ket-giao-uoc-thi-dua-nam-2016-18234.html", "hatinhtv.vn", "2016-02-26",
     True, "ky_giao_uoc", "2016-02-26", "2016", "Hà Tĩnh", "Khối Nội chính - Lực lượng vũ trang tỉnh Hà Tĩnh", 6,
     ["quan_su","bien_phong","cong_an","vien_kiem_sat","toa_an","thi_hanh_an"], "bien_phong", "thi_hanh_an",
     [O("Nguyễn Văn Hòa","Chỉ huy trưởng BĐBP tỉnh","bien_phong","Đại tá")],
     ["Hà Tĩnh chung sức xây dựng nông thôn mới"], [])

item("r03", "https://thads.moj.gov.vn/daklak/noidung/tintuc/Lists/TinTucSuKien/View_Detail.aspx?ItemID=1876", "thads.moj.gov.vn", "2021-07-19",
     True, "so_ket", "2021-07-16", "H1-2021", "Đắk Lắk", "Khối thi đua các cơ quan nội chính tỉnh Đắk Lắk", 7,
     ["cong_an","quan_su","vien_kiem_sat","toa_an","thi_hanh_an","tu_phap","thanh_tra"], "thi_hanh_an", "thanh_tra",
     [O("Lê Văn Thắng","Phó Trưởng Ban Thi đua - Khen thưởng tỉnh","hoi_dong_tdkt"),
      O("Trương Công Thái","Cục trưởng Cục THADS tỉnh, Khối trưởng","thi_hanh_an")],
     ["Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở",
      "Đắk Lắk chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"],
     [A("Huân chương Bảo vệ Tổ quốc hạng Ba","Phòng Cảnh sát hình sự Công an tỉnh"),
      A("Bằng khen","12 tập thể, 27 cá nhân thuộc các đơn vị trong Khối")])

item("r04", "https://baobaclieu.vn/the-thao/soi-noi-hoi-thao-khoi-thi-dua-so-4-chao-mung-43-nam-giai-phong-mien-nam-51327.html", "baobaclieu.vn", "2018-04-21",
     True, "hoi_thao", "2018-04-20", None, "Bạc Liêu", "Khối thi đua số 4 tỉnh Bạc Liêu", None,
     ["quan_su","cong_an","bien_phong","vien_kiem_sat","toa_an","thi_hanh_an"], "toa_an", None,
     [O("Lê Minh Chiến","Phó Chủ tịch UBND tỉnh","ubnd"),
      O("Nguyễn Thị Bích Ngọc","Trưởng Ban Thi đua - Khen thưởng tỉnh","hoi_dong_tdkt"),
      O("Huỳnh Thanh Sơn","Chánh án TAND tỉnh","toa_an")],
     ["Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại"],
     [A("giải Nhất","bien_phong"),A("giải Nhì","cong_an"),A("giải Ba","quan_su"),
      A("giải Nhất","thi_hanh_an"),A("giải Nhì","vien_kiem_sat"),A("giải Nhất","quan_su"),
      A("giải Nhất","Trần Quốc Khởi"),A("giải Nhất","Lâm Văn Tới"),
      A("giải Nhất toàn đoàn","quan_su"),A("giải Nhì toàn đoàn","bien_phong"),A("giải Ba toàn đoàn","cong_an")])

item("r05", "https://baolaocai.vn/thi-dua-phai-do-bang-ket-qua-nhiem-vu-khong-do-bang-bao-cao-post361245.html", "baolaocai.vn", "2022-12-22",
     True, "tong_ket", "2022-12-20", "2022", "Lào Cai", "Khối thi đua Nội chính tỉnh Lào Cai", 8,
     ["quan_su","cong_an","bien_phong","vien_kiem_sat","toa_an","thi_hanh_an","tu_phap","thanh_tra"], "quan_su", None,
     [O("Hoàng Văn Luận","Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ CHQS tỉnh, Khối trưởng Khối thi đua Nội chính tỉnh","quan_su","Đại tá"),
      O("Nguyễn Trọng Hài","Phó Chủ tịch UBND tỉnh","ubnd")],
     ["Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau",
      "Năm nâng cao hiệu quả thực thi công vụ, tăng cường kỷ luật, kỷ cương"],
     [A("Cờ thi đua của Chính phủ","cong_an"),A("Cờ thi đua","bien_phong"),A("Cờ thi đua","toa_an"),
      A("Bằng khen của Chủ tịch UBND tỉnh","vien_kiem_sat"),A("Bằng khen của Chủ tịch UBND tỉnh","thi_hanh_an")])

item("r06", "https://baobinhdinh.vn/viewer.asp?bID=10&pID=3&aID=284512", "baobinhdinh.vn", "2023-09-16",
     True, "hoi_thi", "2023-09-15", None, "Bình Định", "Khối thi đua các cơ quan nội chính tỉnh Bình Định", 7,
     ["cong_an","quan_su","bien_phong","vien_kiem_sat","toa_an","thi_hanh_an","other:Trại giam Kim Sơn"], "cong_an", None,
     [O("Nguyễn Đức Hoàng","Phó Giám đốc Công an tỉnh, Trưởng ban tổ chức","cong_an","Thượng tá"),
      O("Lâm Hải Giang","Phó Chủ tịch UBND tỉnh","ubnd")],
     ["Cán bộ nội chính với văn hóa pháp luật","Vì an ninh Tổ quốc"],
     [A("giải Nhất","vien_kiem_sat"),A("giải Nhì","cong_an"),A("giải Ba","toa_an"),A("giải Ba","other:Trại giam Kim Sơn"),
      A("giải Khuyến khích","các đội còn lại"),A("Giải thí sinh xuất sắc nhất","Phan Thị Mỹ Duyên")])

item("r07", "https://camautv.vn/thoi-su/khoi-thi-dua-noi-chinh-so-ket-6-thang-dau-nam-2014-8812.html", "camautv.vn", "2014-07-18",
     True, "so_ket", "2014-07-17", "H1-2014", "Cà Mau", "Khối thi đua Nội chính tỉnh Cà Mau", None,
     ["bien_phong","other:Hải đoàn 42 Cảnh sát biển","vien_kiem_sat","thi_hanh_an","toa_an"], "toa_an", None,
     [O("Nguyễn Văn Thắng","Phó Chánh án Tòa án nhân dân tỉnh","toa_an")],
     [],
     [A("Bằng khen","vien_kiem_sat"),A("Bằng khen","thi_hanh_an")])

item("r08", "https://baokontum.com.vn/chinh-tri/kon-tum-soi-noi-khoi-dong-phong-trao-thi-dua-nam-2024-21873.html", "baokontum.com.vn", "2024-03-16",
     True, "ky_giao_uoc", "2024-03-07", "2024", "Kon Tum", "Khối thi đua Nội chính tỉnh Kon Tum", 8,
     ["vien_kiem_sat","bien_phong","cong_an","quan_su","toa_an","thi_hanh_an","tu_phap","thanh_tra"], "vien_kiem_sat", "bien_phong",
     [O("Lê Ngọc Tuấn","Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh","ubnd"),
      O("Nguyễn Đức Hòa","Viện trưởng VKSND tỉnh, Khối trưởng","vien_kiem_sat"),
      O("Y Thịnh","Chỉ huy trưởng BĐBP tỉnh, Khối phó","bien_phong","Đại tá"),
      O("Trần Thị Thu Hà","Phó Trưởng Ban Thi đua - Khen thưởng","hoi_dong_tdkt")],
     ["Đoàn kết, kỷ cương, đổi mới, tăng tốc, hiệu quả","Kon Tum chung tay xây dựng nông thôn mới"],
     [A("Cờ thi đua","cong_an")])

item("r09", "https://baothanhhoa.vn/thoi-su/khoi-thi-dua-cac-co-quan-noi-chinh-tong-ket-cong-tac-nam-2012-18845.htm", "baothanhhoa.vn", "2012-12-27",
     True, "tong_ket", "2012-12-26", "2012", "Thanh Hóa", "Khối thi đua các cơ quan nội chính tỉnh Thanh Hóa", 7,
     ["quan_su","cong_an","bien_phong","vien_kiem_sat","toa_an","thi_hanh_an","thanh_tra"], "quan_su", None,
     [O("Trịnh Văn Chiến","Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh","ubnd"),
      O("Lê Văn Tuấn","Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh - Trưởng khối thi đua","quan_su","Đại tá")],
     ["Học tập và làm theo tấm gương đạo đức Hồ Chí Minh"],
     [A("Cờ thi đua của Chính phủ","cong_an"),A("Cờ thi đua","bien_phong"),A("Cờ thi đua","vien_kiem_sat"),
      A("Huân chương Bảo vệ Tổ quốc hạng Nhì","quan_su"),
      A("Bằng khen","6 tập thể và 11 cá nhân thuộc các đơn vị trong khối")])

item("r10", "https://kiengiang.gov.vn/Trang/TinTuc/TinChiDaoDieuHanh/khoi-thi-dua-noi-chinh-tinh-tong-ket-phong-trao-thi-dua-nam-2017.aspx", "kiengiang.gov.vn", "2017-12-25",
     True, "tong_ket", "2017-12-22", "2017", "Kiên Giang", "Khối thi đua Nội chính tỉnh Kiên Giang", 9,
     ["cong_an","quan_su","bien_phong","vien_kiem_sat","toa_an","thi_hanh_an","other:Cục Hải quan Kiên Giang",
      "other:Hải đoàn Biên phòng 28","other:Trại giam Kênh 5"], "other:Cục Hải quan Kiên Giang", "other:Hải đoàn Biên phòng 28",
     [O("Mai Văn Huỳnh","Phó Chủ tịch UBND tỉnh, Phó Chủ tịch Thường trực Hội đồng Thi đua - Khen thưởng tỉnh","ubnd"),
      O("Nguyễn Văn Hiền","Cục trưởng Cục Hải quan Kiên Giang, Trưởng khối","other:Cục Hải quan Kiên Giang")],
     ["Vì an ninh Tổ quốc","Quyết thắng","Hải quan Việt Nam chuyên nghiệp, minh bạch, hiệu quả",
      "Năm đẩy mạnh cải cách hành chính, nâng cao hiệu quả chỉ đạo điều hành"],
     [A("Bằng khen","5 tập thể và 8 cá nhân thuộc các đơn vị trong khối"),
      A("Cờ thi đua","cong_an"),A("Cờ thi đua","other:Hải đoàn Biên phòng 28")])

item("r11", "https://baonamdinh.vn/channel/5085/202007/cum-thi-dua-cac-co-quan-noi-chinh-tri-an-gia-dinh-chinh-sach-2551873/", "baonamdinh.vn", "2020-07-25",
     True, "other", "2020-07-24", None, "Nam Định", "Cụm thi đua các cơ quan nội chính tỉnh Nam Định", None,
     ["cong_an","vien_kiem_sat","toa_an","thi_hanh_an","quan_su"], "cong_an", None,
     [O("Nguyễn Văn Thức","Phó Giám đốc Công an tỉnh","cong_an","Đại tá")],
     ["Đền ơn đáp nghĩa"], [])

item("r12", "https://lamdong.gov.vn/HOME/news/hotnews/SitePages/khoi-thi-dua-cac-co-quan-noi-chinh-tinh-so-ket-6-thang-dau-nam-2025.aspx", "lamdong.gov.vn", "2025-06-25",
     True, "so_ket", "2025-06-24", "H1-2025", "Lâm Đồng", "Khối thi đua các cơ quan Nội chính tỉnh Lâm Đồng", 8,
     ["cong_an","quan_su","vien_kiem_sat","toa_an","thi_hanh_an","tu_phap","thanh_tra","other:Trại giam Đại Bình"], "cong_an", "toa_an",
     [O("Trần Văn Hưng","Giám đốc Công an tỉnh, Khối trưởng Khối thi đua các cơ quan Nội chính tỉnh năm 2025","cong_an","Thiếu tướng"),
      O("Nguyễn Thị Hồng Vân","Chánh án TAND tỉnh Lâm Đồng","toa_an"),
      O("Phạm Thị Phúc","Trưởng Ban Thi đua - Khen thưởng, Sở Nội vụ tỉnh","hoi_dong_tdkt")],
     ["Cả nước thi đua đổi mới sáng tạo, chuyển đổi số",
      "Thi đua hoàn thành sắp xếp tổ chức bộ máy, chào mừng Đại hội Đảng bộ các cấp"],
     [A("Bằng khen","4 tập thể, 9 cá nhân thuộc Công an tỉnh"),A("Bằng khen","thi_hanh_an")])

item("r13", "https://baoapbac.vn/chinh-tri/202201/khoi-thi-dua-cac-co-quan-dang-tinh-tong-ket-nam-2021-1011245/", "baoapbac.vn", "2022-01-15",
     False, "tong_ket", "2022-01-14", "2021", "Tiền Giang", "Khối thi đua các cơ quan Đảng tỉnh Tiền Giang", 8,
     ["tinh_uy","other:Đảng ủy Khối các cơ quan tỉnh","other:Báo Ấp Bắc"], "tinh_uy", "tinh_uy",
     [O("Nguyễn Văn Thành","Trưởng Ban Nội chính Tỉnh ủy, Khối trưởng","tinh_uy"),
      O("Lê Thị Mỹ Hạnh","Phó Trưởng Ban Thi đua - Khen thưởng tỉnh","hoi_dong_tdkt")],
     ["Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở"],
     [A("Cờ thi đua","tinh_uy"),A("Cờ thi đua","tinh_uy"),A("Bằng khen","tinh_uy"),A("Bằng khen","other:Báo Ấp Bắc")])

item("r14", "https://baohaiduong.vn/kinh-te/khoi-thi-dua-cac-doanh-nghiep-ky-giao-uoc-thi-dua-nam-2018-83214", "baohaiduong.vn", "2018-03-06",
     False, "ky_giao_uoc", "2018-03-06", "2018", "Hải Dương", "Khối thi đua các doanh nghiệp tỉnh Hải Dương", 9,
     ["other:Công ty TNHH MTV Khai thác công trình thủy lợi Hải Dương","other:Công ty cổ phần Kinh doanh nước sạch Hải Dương",
      "other:Công ty Điện lực Hải Dương","other:Công ty TNHH MTV Môi trường đô thị Hải Dương",
      "other:Công ty cổ phần Xây dựng và phát triển đô thị Hải Dương","other:Công ty Xổ số kiến thiết Hải Dương",
      "other:Công ty cổ phần Dược vật tư y tế Hải Dương","other:Quỹ Đầu tư phát triển tỉnh","other:Công ty cổ phần Vận tải ô tô Hải Dương"],
     "other:Công ty Điện lực Hải Dương", "other:Công ty Xổ số kiến thiết Hải Dương",
     [O("Nguyễn Anh Cương","Phó Chủ tịch UBND tỉnh","ubnd"),
      O("Trần Văn Bình","Giám đốc Công ty Điện lực Hải Dương, Khối trưởng","other:Công ty Điện lực Hải Dương")],
     ["Doanh nghiệp đổi mới, sáng tạo, phát triển bền vững","Lao động giỏi, lao động sáng tạo"],
     [A("Cờ thi đua","other:Công ty cổ phần Kinh doanh nước sạch Hải Dương"),A("Cờ thi đua","other:Công ty Điện lực Hải Dương")])

item("r15", "https://baogialai.com.vn/krong-pa-khoi-thi-dua-noi-chinh-huyen-so-ket-6-thang-dau-nam-post98215.html", "baogialai.com.vn", "2019-07-10",
     False, "so_ket", "2019-07-09", "H1-2019", "Gia Lai", "Khối thi đua Nội chính huyện Krông Pa", 6,
     ["other:Công an huyện","other:Ban Chỉ huy Quân sự huyện","other:Viện Kiểm sát nhân dân huyện","other:Tòa án nhân dân huyện",
      "other:Chi cục Thi hành án dân sự huyện","other:Phòng Tư pháp huyện"], "other:Công an huyện", None,
     [O("Ksor Bơ Lâm","Trưởng Công an huyện, Khối trưởng","other:Công an huyện","Thiếu tá")],
     ["Toàn dân bảo vệ an ninh Tổ quốc"],
     [A("Giấy khen","3 tập thể và 5 cá nhân thuộc khối")])

item("r16", "https://baosonla.org.vn/phap-luat/triet-pha-duong-day-van-chuyen-30-banh-heroin-xuyen-bien-gioi-LfDdkSgnR.html", "baosonla.org.vn", "2016-10-18",
     False, None, None, None, "Sơn La", None, None, [], None, None,
     [O("Nguyễn Văn Minh","Phó Giám đốc Công an tỉnh","cong_an","Đại tá")],
     ["Toàn dân bảo vệ an ninh Tổ quốc"],
     [A("Bằng khen","Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh"),A("Bằng khen","Đồn Biên phòng Mường Lạn")])

for k, v in items.items():
    with open(os.path.join(D, k + ".json"), "w", encoding="utf-8") as f:
        json.dump(v, f, ensure_ascii=False, indent=2); f.write("\n")
print(len(items), "written")
