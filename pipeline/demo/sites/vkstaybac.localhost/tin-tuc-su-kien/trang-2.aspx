<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258" />
<title>
	Tin tức - Sự kiện
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
<table width="100%" class="portlet"><tr><td class="portlet-title">Tin tức - Sự kiện</td></tr><tr><td>
<table width="100%"><tr><td valign="top" width="130"><a href="/tin-tuc-su-kien/khoi-thi-dua-cac-co-quan-noi-chinh-tinh-son-la-so-ket-cong-tac-thi-dua-6-thang-dau-nam-2019-2871.aspx"><img src="/Uploads/thumbs/2871.jpg" width="120" border="0" /></a></td><td valign="top"><a class="list-title" href="/tin-tuc-su-kien/khoi-thi-dua-cac-co-quan-noi-chinh-tinh-son-la-so-ket-cong-tac-thi-dua-6-thang-dau-nam-2019-2871.aspx">Khối thi đua các cơ quan Nội chính tỉnh Sơn La sơ kết công tác thi đua 6 tháng đầu năm 2019</a><br /><span class="news-date">19/07/2019</span><br />Ngày 18/7/2019, Viện kiểm sát nhân dân tỉnh Sơn La - đơn vị Khối trưởng Khối thi đua các cơ quan Nội chính tỉnh Sơn La đã tổ chức hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2019.</td></tr>
</table>
<div class="pagination"><a href="/tin-tuc-su-kien/" rel="prev">Trang trước</a> <a href="/tin-tuc-su-kien/">1</a> <strong>2</strong></div></td></tr></table>
</td></tr></table>
<table width="100%" class="footer"><tr><td>VIỆN KIỂM SÁT NHÂN DÂN TỈNH SƠN LA (trang mẫu trình diễn)<br />Địa chỉ: Đường Mẫu, thành phố Sơn La · Điện thoại: 0212.000.000<br />Ghi rõ nguồn khi trích dẫn thông tin từ cổng thông tin này.</td></tr></table>
</td></tr></table>
</form>
</body>
</html>
