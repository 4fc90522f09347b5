<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258" />
<title>
	Tòa án nhân dân tỉnh - Khối trưởng Khối thi đua Nội chính tổ chức ký kết giao ước thi đua năm 2021 - Chi tiết bài viết
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
<span class="news-title">Tòa án nhân dân tỉnh - Khối trưởng Khối thi đua Nội chính tổ chức ký kết giao ước thi đua năm 2021</span><br />
<span class="news-date">Cập nhật lúc: 08:15 03/03/2021</span>
</td></tr><tr><td class="news-content">
<p><strong>Sáng 2.3, tại hội trường Tòa án nhân dân tỉnh, Khối thi đua Nội chính tỉnh Sơn La tổ chức hội nghị phát động phong trào thi đua và ký kết giao ước thi đua năm 2021.</strong></p>
<p>Dự hội nghị có đồng chí Bạc Cầm Sơn, Chánh án Tòa án nhân dân tỉnh, Khối trưởng Khối thi đua Nội chính năm 2021 và đại diện lãnh đạo 8 đơn vị thành viên.</p>
<p>Năm 2021, các đơn vị trong Khối thống nhất phát động phong trào thi đua với chủ đề “Đoàn kết, kỷ cương, trách nhiệm, hoàn thành xuất sắc nhiệm vụ”, lập thành tích chào mừng Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và cuộc bầu cử đại biểu Quốc hội khóa XV, đại biểu HĐND các cấp nhiệm kỳ 2021-2026.</p>
<p>Tại hội nghị, Thượng tá Vì Văn Lả, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh thay mặt các đơn vị lực lượng vũ trang phát biểu hưởng ứng, cam kết thực hiện nghiêm nội dung giao ước.</p>
<table align="center" class="image-table"><tr><td align="center"><img src="/Uploads/2023/ky-giao-uoc-2021.jpg" border="0" /></td></tr><tr><td align="center"><em>Lãnh đạo các đơn vị ký kết giao ước thi đua năm 2021.</em></td></tr></table>
<p>Ngay sau đó, lãnh đạo các đơn vị đã ký kết giao ước thi đua năm 2021.</p>
<p align="right"><strong>Hà Văn Đông</strong></p>
</td></tr></table>
<table width="100%"><tr><td class="tools"><a href="javascript:window.print();">In trang</a> | <a href="/tim-kiem/gui-email.aspx">Gửi email</a> | <a href="javascript:history.back();">Quay lại</a></td></tr></table>
</td></tr></table>
<table width="100%" class="portlet"><tr><td class="portlet-title">Ý kiến bạn đọc</td></tr><tr><td><table><tr><td>Họ tên:</td><td><input name="ctl00$txtHoTen" type="text" /></td></tr><tr><td>Email:</td><td><input name="ctl00$txtEmail" type="text" /></td></tr><tr><td>Nội dung:</td><td><textarea name="ctl00$txtNoiDung" rows="4"></textarea></td></tr><tr><td></td><td><input type="submit" name="ctl00$btnGui" value="Gửi ý kiến" /></td></tr></table></td></tr></table>
<table width="100%" class="portlet"><tr><td class="portlet-title">Các tin bài khác</td></tr><tr><td>» <a href="/tin-tuc-su-kien/hoi-thi-bao-cao-vien-phap-luat-gioi-khoi-cac-co-quan-noi-chinh-tinh-nam-2023-4107.aspx">Hội thi Báo cáo viên pháp luật giỏi Khối các cơ quan Nội chính tỉnh năm 2023</a> (07/03/2023)</td></tr><tr><td>» <a href="/tin-tuc-su-kien/khoi-thi-dua-noi-chinh-tinh-tong-ket-nam-2020-3340.aspx">Khối thi đua Nội chính tỉnh tổng kết năm 2020</a> (23/12/2020)</td></tr><tr><td>» <a href="/tin-tuc-su-kien/khoi-thi-dua-cac-co-quan-noi-chinh-tinh-son-la-so-ket-cong-tac-thi-dua-6-thang-dau-nam-2019-2871.aspx">Khối thi đua các cơ quan Nội chính tỉnh Sơn La sơ kết công tác thi đua 6 tháng đầu năm 2019</a> (19/07/2019)</td></tr><tr><td>» <a href="/tin-dia-phuong/nong-dan-vung-cao-thu-hoach-man-som-4901.aspx">Nông dân vùng cao thu hoạch mận sớm</a> (09/01/2025)</td></tr><tr><td>» <a href="/tin-dia-phuong/chi-doan-vien-kiem-sat-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he-4688.aspx">Chi đoàn Viện kiểm sát ra quân chiến dịch thanh niên tình nguyện hè</a> (20/06/2024)</td></tr></table>
</td></tr></table>
<table width="100%" class="footer"><tr><td>VIỆN KIỂM SÁT NHÂN DÂN TỈNH SƠN LA (trang mẫu trình diễn)<br />Địa chỉ: Đường Mẫu, thành phố Sơn La · Điện thoại: 0212.000.000<br />Ghi rõ nguồn khi trích dẫn thông tin từ cổng thông tin này.</td></tr></table>
</td></tr></table>
</form>
</body>
</html>
