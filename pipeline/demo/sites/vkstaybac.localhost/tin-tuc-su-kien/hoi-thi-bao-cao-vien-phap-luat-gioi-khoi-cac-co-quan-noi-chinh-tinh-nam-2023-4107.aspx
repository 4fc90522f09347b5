<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258" />
<title>
	Hội thi Báo cáo viên pháp luật giỏi Khối các cơ quan Nội chính tỉnh năm 2023 - Chi tiết bài viết
</title>
<link rel="alternate" type="application/atom+xml" title="Tin tức" href="/atom.xml" />
<link href="/Portal_Themes/vks/css/portal.css" rel="stylesheet" type="text/css" />
</head>
<body>
<form name="aspnetForm" method="post" action="./Default.aspx" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkZmVhY2JlZGQ=" />
<table width="1000" border="0" cellpadding="0" cellspacing="0" align="center" class="portal-layout"><tr><td>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="banner"><img src="/Portal_Themes/vks/images/banner.jpg" alt="VKSND tỉnh Sơn La" /></td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0" class="menu"><tr><td class="menu-item"><a href="/">Trang chủ</a></td><td class="menu-item"><a href="/tin-tuc-su-kien/">Tin tức - Sự kiện</a></td><td class="menu-item"><a href="/hoat-dong-nganh/">Hoạt động của ngành</a></td><td class="menu-item"><a href="/tin-dia-phuong/">Tin địa phương</a></td><td class="menu-item"><a href="/van-ban/">Văn bản</a></td><td class="menu-item"><a href="/tim-kiem/">Tìm kiếm</a></td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td valign="top" width="220" class="left-col">
<table class="portlet" width="100%"><tr><td class="portlet-title">Liên kết website</td></tr><tr><td><a href="https://vksndtc.gov.vn" rel="nofollow">VKSND tối cao</a><br /><a href="/lien-ket/">Các VKSND huyện</a></td></tr></table>
</td><td valign="top" class="main-col">
<table width="100%" class="breadcrumb"><tr><td><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc-su-kien/">Tin tức - Sự kiện</a> &gt; Chi tiết bài viết</td></tr></table>
<table width="100%" class="portlet"><tr><td class="portlet-title">Chi tiết bài viết</td></tr><tr><td>
<table width="100%" cellpadding="4"><tr><td>
<span class="news-title">Hội thi Báo cáo viên pháp luật giỏi Khối các cơ quan Nội chính tỉnh năm 2023</span><br />
<span class="news-date">Cập nhật lúc: 15:28 07/03/2023</span>
</td></tr><tr><td class="news-content">
<p><strong>Trong ngày 6/3/2023, Khối các cơ quan Nội chính tỉnh Sơn La tổ chức Hội thi Báo cáo viên pháp luật giỏi năm 2023 tại hội trường Viện kiểm sát nhân dân tỉnh.</strong></p>
<p>Hội thi có 14 thí sinh là báo cáo viên pháp luật đến từ 7 đơn vị trong Khối: Công an tỉnh, VKSND tỉnh, TAND tỉnh, Cục THADS tỉnh, Bộ CHQS tỉnh, BĐBP tỉnh và Sở Tư pháp. Đây là hoạt động nằm trong chương trình công tác năm 2023 của Khối, do VKSND tỉnh - đơn vị Khối trưởng chủ trì.</p>
<p>Phát biểu khai mạc, bà Điêu Thị Hằng, Phó Viện trưởng VKSND tỉnh, Trưởng ban tổ chức hội thi nhấn mạnh, hội thi nhằm nâng cao kỹ năng tuyên truyền, phổ biến pháp luật của đội ngũ báo cáo viên, góp phần đưa pháp luật vào cuộc sống.</p>
<table align="center" class="image-table"><tr><td align="center"><img src="/Uploads/2023/IMG_7781.JPG" border="0" /></td></tr><tr><td align="center"><em>Một thí sinh trình bày phần thi thuyết trình.</em></td></tr></table>
<p>Các thí sinh trải qua hai phần thi: thuyết trình một chủ đề pháp luật tự chọn và trả lời câu hỏi của Ban giám khảo. Nhiều bài dự thi được đầu tư công phu, sử dụng hình ảnh, video minh họa sinh động.</p>
<p>Kết quả, Ban tổ chức trao giải Nhất cho thí sinh của Sở Tư pháp, giải Nhì cho thí sinh của Công an tỉnh, giải Ba cho thí sinh của VKSND tỉnh.</p>
<p align="right"><strong>Lường Thị Hoa</strong></p>
</td></tr></table>
<table width="100%"><tr><td class="tools"><a href="javascript:window.print();">In trang</a> | <a href="/tim-kiem/gui-email.aspx">Gửi email</a> | <a href="javascript:history.back();">Quay lại</a></td></tr></table>
</td></tr></table>
<table width="100%" class="portlet"><tr><td class="portlet-title">Ý kiến bạn đọc</td></tr><tr><td><table><tr><td>Họ tên:</td><td><input name="ctl00$txtHoTen" type="text" /></td></tr><tr><td>Email:</td><td><input name="ctl00$txtEmail" type="text" /></td></tr><tr><td>Nội dung:</td><td><textarea name="ctl00$txtNoiDung" rows="4"></textarea></td></tr><tr><td></td><td><input type="submit" name="ctl00$btnGui" value="Gửi ý kiến" /></td></tr></table></td></tr></table>
<table width="100%" class="portlet"><tr><td class="portlet-title">Các tin bài khác</td></tr><tr><td>» <a href="/tin-tuc-su-kien/toa-an-nhan-dan-tinh-khoi-truong-khoi-thi-dua-noi-chinh-to-chuc-ky-ket-giao-uoc-thi-dua-nam-2021-3512.aspx">Tòa án nhân dân tỉnh - Khối trưởng Khối thi đua Nội chính tổ chức ký kết giao ước thi đua năm 2021</a> (03/03/2021)</td></tr><tr><td>» <a href="/tin-tuc-su-kien/khoi-thi-dua-noi-chinh-tinh-tong-ket-nam-2020-3340.aspx">Khối thi đua Nội chính tỉnh tổng kết năm 2020</a> (23/12/2020)</td></tr><tr><td>» <a href="/tin-tuc-su-kien/khoi-thi-dua-cac-co-quan-noi-chinh-tinh-son-la-so-ket-cong-tac-thi-dua-6-thang-dau-nam-2019-2871.aspx">Khối thi đua các cơ quan Nội chính tỉnh Sơn La sơ kết công tác thi đua 6 tháng đầu năm 2019</a> (19/07/2019)</td></tr><tr><td>» <a href="/tin-dia-phuong/nong-dan-vung-cao-thu-hoach-man-som-4901.aspx">Nông dân vùng cao thu hoạch mận sớm</a> (09/01/2025)</td></tr><tr><td>» <a href="/tin-dia-phuong/chi-doan-vien-kiem-sat-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he-4688.aspx">Chi đoàn Viện kiểm sát ra quân chiến dịch thanh niên tình nguyện hè</a> (20/06/2024)</td></tr></table>
</td></tr></table>
<table width="100%" class="footer"><tr><td>VIỆN KIỂM SÁT NHÂN DÂN TỈNH SƠN LA (trang mẫu trình diễn)<br />Địa chỉ: Đường Mẫu, thành phố Sơn La · Điện thoại: 0212.000.000<br />Ghi rõ nguồn khi trích dẫn thông tin từ cổng thông tin này.</td></tr></table>
</td></tr></table>
</form>
</body>
</html>
