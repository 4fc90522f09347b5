<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258" />
<title>
	Nông dân vùng cao thu hoạch mận sớm - Chi tiết bài viết
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
<table width="100%" class="breadcrumb"><tr><td><a href="/">Trang chủ</a> &gt; <a href="/tin-dia-phuong/">Tin địa phương</a> &gt; Chi tiết bài viết</td></tr></table>
<table width="100%" class="portlet"><tr><td class="portlet-title">Chi tiết bài viết</td></tr><tr><td>
<table width="100%" cellpadding="4"><tr><td>
<span class="news-title">Nông dân vùng cao thu hoạch mận sớm</span><br />
<span class="news-date">Cập nhật lúc: 09:30 09/01/2025</span>
</td></tr><tr><td class="news-content">
<p><strong>Những ngày này, nhiều hộ dân ở các xã vùng cao đang tất bật thu hoạch mận sớm để kịp đưa ra thị trường.</strong></p>
<p>Mận sớm có giá bán cao gấp đôi so với chính vụ, nhiều hộ thu về hàng chục triệu đồng mỗi tuần.</p>
<p>Chính quyền địa phương đang hỗ trợ người dân đăng ký mã số vùng trồng, hướng tới đưa sản phẩm vào các chuỗi siêu thị lớn.</p>
<p align="right"><strong>Cổng thông tin</strong></p>
</td></tr></table>
<table width="100%"><tr><td class="tools"><a href="javascript:window.print();">In trang</a> | <a href="/tim-kiem/gui-email.aspx">Gửi email</a> | <a href="javascript:history.back();">Quay lại</a></td></tr></table>
</td></tr></table>
<table width="100%" class="portlet"><tr><td class="portlet-title">Ý kiến bạn đọc</td></tr><tr><td><table><tr><td>Họ tên:</td><td><input name="ctl00$txtHoTen" type="text" /></td></tr><tr><td>Email:</td><td><input name="ctl00$txtEmail" type="text" /></td></tr><tr><td>Nội dung:</td><td><textarea name="ctl00$txtNoiDung" rows="4"></textarea></td></tr><tr><td></td><td><input type="submit" name="ctl00$btnGui" value="Gửi ý kiến" /></td></tr></table></td></tr></table>
<table width="100%" class="portlet"><tr><td class="portlet-title">Các tin bài khác</td></tr><tr><td>» <a href="/tin-dia-phuong/chi-doan-vien-kiem-sat-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he-4688.aspx">Chi đoàn Viện kiểm sát ra quân chiến dịch thanh niên tình nguyện hè</a> (20/06/2024)</td></tr><tr><td>» <a href="/hoat-dong-nganh/kiem-sat-truc-tiep-viec-tam-giu-tam-giam-tai-nha-tam-giu-cong-an-huyen-4420.aspx">Kiểm sát trực tiếp việc tạm giữ, tạm giam tại nhà tạm giữ Công an huyện</a> (26/10/2023)</td></tr><tr><td>» <a href="/tin-tuc-su-kien/hoi-thi-bao-cao-vien-phap-luat-gioi-khoi-cac-co-quan-noi-chinh-tinh-nam-2023-4107.aspx">Hội thi Báo cáo viên pháp luật giỏi Khối các cơ quan Nội chính tỉnh năm 2023</a> (07/03/2023)</td></tr><tr><td>» <a href="/hoat-dong-nganh/truy-to-bi-can-van-chuyen-trai-phep-chat-ma-tuy-qua-bien-gioi-3905.aspx">Truy tố bị can vận chuyển trái phép chất ma túy qua biên giới</a> (11/08/2022)</td></tr><tr><td>» <a href="/tin-tuc-su-kien/toa-an-nhan-dan-tinh-khoi-truong-khoi-thi-dua-noi-chinh-to-chuc-ky-ket-giao-uoc-thi-dua-nam-2021-3512.aspx">Tòa án nhân dân tỉnh - Khối trưởng Khối thi đua Nội chính tổ chức ký kết giao ước thi đua năm 2021</a> (03/03/2021)</td></tr></table>
</td></tr></table>
<table width="100%" class="footer"><tr><td>VIỆN KIỂM SÁT NHÂN DÂN TỈNH SƠN LA (trang mẫu trình diễn)<br />Địa chỉ: Đường Mẫu, thành phố Sơn La · Điện thoại: 0212.000.000<br />Ghi rõ nguồn khi trích dẫn thông tin từ cổng thông tin này.</td></tr></table>
</td></tr></table>
</form>
</body>
</html>
