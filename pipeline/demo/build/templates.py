"""Page templates of the four demo sites (each imitating one kind of Vietnamese CMS)."""
from __future__ import annotations

import html
import json
from datetime import datetime

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
RFC_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
RFC_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def e(s: str) -> str:
    return html.escape(s, quote=False)


def a_(s: str) -> str:
    return html.escape(s, quote=True)


def rfc822(d: datetime) -> str:
    return f"{RFC_DAYS[d.weekday()]}, {d.day:02d} {RFC_MONTHS[d.month - 1]} {d.year} {d:%H:%M:%S} +0700"


def iso(d: datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def chunks(items, n):
    return [items[i:i + n] for i in range(0, len(items), n)] or [[]]


def rss(site_title, home, desc, items) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">', "<channel>",
           f"<title>{e(site_title)}</title>", f"<link>{home}</link>",
           f"<description>{e(desc)}</description>", "<language>vi</language>",
           f'<atom:link href="{home}rss.xml" rel="self" type="application/rss+xml"/>']
    if items:
        out.append(f"<lastBuildDate>{rfc822(items[0]['date'])}</lastBuildDate>")
    for a in items:
        out += ["<item>", f"<title>{e(a['title'])}</title>", f"<link>{a['url']}</link>",
                f'<guid isPermaLink="true">{a["url"]}</guid>',
                f"<description><![CDATA[{a.get('sapo') or a['title']}]]></description>",
                f"<pubDate>{rfc822(a['date'])}</pubDate>", "</item>"]
    out += ["</channel>", "</rss>", ""]
    return "\n".join(out)


def urlset(entries) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for loc, lastmod in entries:
        out.append(f"  <url><loc>{loc}</loc>" + (f"<lastmod>{lastmod}</lastmod>" if lastmod else "") + "</url>")
    out += ["</urlset>", ""]
    return "\n".join(out)


class Site:
    host = ""
    name = ""
    sections: dict[str, str] = {}
    page_size = 4

    @property
    def home(self):
        return f"http://{self.host}/"

    def encoding_for(self, rel: str) -> str:
        return "utf-8"

    def section_of(self, a):
        return a["section"]

    def listing_url(self, section: str, n: int) -> str:
        return f"/{section}/" if n == 1 else f"/{section}/trang-{n}.html"

    def related(self, a, mine, k=3):
        same = [x for x in mine if x is not a and x["section"] == a["section"]]
        other = [x for x in mine if x is not a and x["section"] != a["section"]]
        return (same + other)[:k]

    def build(self, mine, all_articles) -> dict:
        files = {}
        for a in mine:
            files[a["path"]] = self.article(a, mine)
        for sec in self.sections:
            items = [a for a in mine if a["section"] == sec]
            pages = chunks(items, self.page_size)
            for i, page in enumerate(pages, 1):
                rel = self.listing_url(sec, i)
                files[rel + ("index.html" if rel.endswith("/") else "")] = self.listing(sec, i, len(pages), page)
        files["/index.html"] = self.index(mine)
        files["/404.html"] = self.not_found()
        files.update(self.extras(mine))
        return files

    def extras(self, mine) -> dict:
        return {}

    def not_found(self):
        return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Không tìm thấy trang - '
                f'{e(self.name)}</title></head><body><h1>404</h1><p>Trang bạn tìm không tồn tại hoặc đã bị gỡ.</p>'
                f'<p><a href="/">Về trang chủ</a></p></body></html>\n')

    def pager(self, sec, n, total) -> str:
        links = []
        if n > 1:
            links.append(f'<a href="{self.listing_url(sec, n - 1)}" rel="prev">Trang trước</a>')
        for i in range(1, total + 1):
            links.append(f"<strong>{i}</strong>" if i == n else f'<a href="{self.listing_url(sec, i)}">{i}</a>')
        if n < total:
            links.append(f'<a href="{self.listing_url(sec, n + 1)}" rel="next">Trang sau</a>')
        return '<div class="pagination">' + " ".join(links) + "</div>"

    def body_html(self, a, fig) -> list[str]:
        out = []
        for item in a["body"]:
            if isinstance(item, str):
                out.append(f"<p>{e(item)}</p>")
            elif "h" in item:
                out.append(f"<h2>{e(item['h'])}</h2>")
            else:
                out.append(fig(item))
        return out


# --------------------------------------------------------------------------- baophapluat
class BaoPhapLuat(Site):
    host = "baophapluat.localhost"
    name = "Báo Pháp luật Điện tử"
    sections = {"thoi-su": "Thời sự", "phap-luat": "Pháp luật", "ban-doc": "Bạn đọc", "xa-hoi": "Xã hội",
                "the-thao": "Thể thao"}
    page_size = 2

    def article_path(self, a):
        return f"/{a['section']}/{a['slug']}-{a['id']}.html"

    def head(self, title, extra=""):
        return (f'<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{e(title)}</title>\n'
                f'<link rel="alternate" type="application/rss+xml" title="{a_(self.name)}" href="/rss.xml">\n'
                f'<link rel="stylesheet" href="/static/css/main.min.css?v=2.4.1">\n{extra}</head>\n')

    def header(self):
        nav = "".join(f'<li><a href="/{k}/">{e(v)}</a></li>' for k, v in self.sections.items())
        return (f'<body class="bpl">\n<header class="site-header"><div class="top-bar"><span class="today">Hà Nội</span>'
                f'<a href="/dang-nhap/">Đăng nhập</a> | <a href="/tim-kiem/">Tìm kiếm</a></div>\n'
                f'<a class="logo" href="/"><img src="/static/img/logo.png" alt="{a_(self.name)}"></a>\n'
                f'<nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li>{nav}'
                f'<li><a href="/video/">Video</a></li><li><a href="/emagazine/">E-magazine</a></li></ul></nav>\n</header>\n')

    def footer(self):
        return ('<footer class="site-footer"><p>Cơ quan chủ quản: Bộ Tư pháp (mẫu trình diễn). Giấy phép số 00/GP-BTTTT.</p>'
                '<p>Tòa soạn: số 0 phố Mẫu, Hà Nội. Điện thoại: 024.0000.0000. Email: toasoan@baophapluat.localhost</p>'
                '<p>© Bản quyền thuộc về Báo Pháp luật Điện tử. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p>'
                '<p><a href="/rss.xml">RSS</a> · <a href="/lien-he/">Liên hệ quảng cáo</a></p></footer>\n'
                '<script src="/static/js/app.min.js"></script>\n</body>\n</html>\n')

    def fig(self, item):
        return (f'<figure class="image align-center"><img src="/uploads/{item["img"]}" alt="{a_(item["caption"])}" '
                f'width="800" height="533"><figcaption>{e(item["caption"])}</figcaption></figure>')

    def article(self, a, mine):
        d = a["date"]
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
              "datePublished": iso(d), "dateModified": iso(d), "mainEntityOfPage": a["url"],
              "author": {"@type": "Person", "name": a["author"]},
              "publisher": {"@type": "Organization", "name": self.name,
                            "logo": {"@type": "ImageObject", "url": f"{self.home}static/img/logo.png"}},
              "description": a.get("sapo") or ""}
        extra = (f'<meta name="description" content="{a_(a.get("sapo") or a["title"])}">\n'
                 f'<meta property="og:type" content="article">\n<meta property="og:title" content="{a_(a["title"])}">\n'
                 f'<meta property="og:url" content="{a["url"]}">\n<link rel="canonical" href="{a["url"]}">\n'
                 f'<meta property="article:published_time" content="{iso(d)}">\n'
                 f'<meta property="article:section" content="{a_(self.sections[a["section"]])}">\n'
                 f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n')
        rel = self.related(a, mine)
        body = self.body_html(a, self.fig)
        if len(body) >= 4 and rel:
            r = rel[0]
            body.insert(2, f'<div class="read-more"><strong>Đọc thêm:</strong> <a href="{r["path"]}">{e(r["title"])}</a></div>')
        share = ('<div class="share-box"><span>Chia sẻ:</span> <a href="https://www.facebook.com/sharer/sharer.php" rel="nofollow">Facebook</a> '
                 '<a href="https://zalo.me/share" rel="nofollow">Zalo</a> <a href="#" class="copy-link">Sao chép liên kết</a></div>')
        player = ('<div class="audio-player"><span class="label">Nghe bài viết</span><button class="play">▶</button>'
                  '<span class="time">0:00 / 0:00</span><span class="speed">1x</span></div>')
        related = "".join(f'<li><a href="{r["path"]}">{e(r["title"])}</a></li>' for r in rel)
        crumbs = f'<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/{a["section"]}/">{e(self.sections[a["section"]])}</a></div>'
        sapo = f'<h2 class="sapo">{e(a["sapo"])}</h2>' if a.get("sapo") else ""
        return (self.head(f'{a["title"]} | {self.name}', extra) + self.header() +
                f'<main class="container"><div class="col-main">\n{crumbs}\n<article class="article-detail">\n'
                f'<h1 class="article-title">{e(a["title"])}</h1>\n'
                f'<div class="article-meta"><span class="author">{e(a["author"])}</span> '
                f'<time datetime="{iso(d)}">{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y %H:%M} (GMT+7)</time></div>\n'
                f'{share}\n{player}\n{sapo}\n<div class="article-content">\n' + "\n".join(body) +
                f'\n</div>\n<p class="article-author"><strong>{e(a["author"])}</strong></p>\n' +
                (f'<p class="article-source">Theo {e(a["source_note"])}</p>\n' if a.get("source_note") else "") +
                f'{share}\n'
                f'<div class="tags">Từ khóa: <a href="/tim-kiem/?q=thi+dua">thi đua</a> <a href="/tim-kiem/?q=phap+luat">pháp luật</a></div>\n'
                f'</article>\n<section class="related"><h3>Tin liên quan</h3><ul>{related}</ul></section>\n'
                f'<section class="comments"><h3>Bình luận</h3><form action="/tim-kiem/binh-luan" method="post">'
                f'<textarea name="content" placeholder="Nhập bình luận của bạn"></textarea><input name="name" placeholder="Họ tên">'
                f'<button type="submit">Gửi bình luận</button></form><p>Chưa có bình luận nào. Hãy là người đầu tiên bình luận!</p></section>\n'
                f'</div><aside class="col-side"><h3>Đọc nhiều</h3><ul>' +
                "".join(f'<li><a href="{x["path"]}">{e(x["title"])}</a></li>' for x in mine[:5]) +
                '</ul></aside></main>\n' + self.footer())

    def card(self, a):
        return (f'<div class="story"><a class="thumb" href="{a["path"]}"><img src="/uploads/thumb_{a["id"]}.jpg" alt=""></a>'
                f'<h3 class="story__title"><a href="{a["path"]}">{e(a["title"])}</a></h3>'
                f'<p class="story__summary">{e(a.get("sapo") or "")}</p></div>')

    def listing(self, sec, n, total, page):
        prevnext = ""
        if n > 1:
            prevnext += f'<link rel="prev" href="{self.listing_url(sec, n - 1)}">\n'
        if n < total:
            prevnext += f'<link rel="next" href="{self.listing_url(sec, n + 1)}">\n'
        title = self.sections[sec] + ("" if n == 1 else f" - Trang {n}")
        return (self.head(f"{title} | {self.name}", prevnext) + self.header() +
                f'<main class="container"><h1 class="cate-title">{e(self.sections[sec])}</h1>\n<div class="story-list">\n' +
                "\n".join(self.card(a) for a in page) + "\n</div>\n" + self.pager(sec, n, total) + "</main>\n" + self.footer())

    def index(self, mine):
        return (self.head(f"{self.name} - Tin tức pháp luật, thời sự") + self.header() +
                '<main class="container"><section class="highlight"><h2>Tin nổi bật</h2>\n' +
                "\n".join(self.card(a) for a in mine[:6]) +
                '</section>\n<section class="cates">' +
                "".join(f'<h2><a href="/{k}/">{e(v)}</a></h2>' for k, v in self.sections.items()) +
                '</section></main>\n' + self.footer())

    def extras(self, mine):
        new = [a for a in mine if a["date"].year >= 2024]
        old = [a for a in mine if a["date"].year < 2024]
        index = ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                 f'  <sitemap><loc>{self.home}sitemaps/sitemap-2024-2025.xml</loc><lastmod>{new[0]["date"]:%Y-%m-%d}</lastmod></sitemap>\n'
                 f'  <sitemap><loc>{self.home}sitemaps/sitemap-2019-2023.xml</loc><lastmod>{old[0]["date"]:%Y-%m-%d}</lastmod></sitemap>\n'
                 '</sitemapindex>\n')
        return {
            "/rss.xml": rss(self.name, self.home, "Tin mới nhất", mine[:10]),
            "/sitemap.xml": index,
            "/sitemaps/sitemap-2024-2025.xml": urlset([(a["url"], iso(a["date"])) for a in new]),
            "/sitemaps/sitemap-2019-2023.xml": urlset([(a["url"], iso(a["date"])) for a in old]),
            "/robots.txt": ("User-agent: *\nDisallow: /tim-kiem/\nDisallow: /dang-nhap/\nAllow: /\n\n"
                            f"Sitemap: {self.home}sitemap.xml\n"),
            "/tim-kiem/index.html": self.head("Tìm kiếm") + self.header() + "<main><p>Trang tìm kiếm (không dành cho máy thu thập).</p></main>" + self.footer(),
        }


# --------------------------------------------------------------------------- baodongnam
class BaoDongNam(Site):
    host = "baodongnam.localhost"
    name = "Báo Đông Nam"
    sections = {"chinh-tri": "Chính trị", "kinh-te": "Kinh tế", "xa-hoi": "Xã hội", "van-hoa": "Văn hóa - Thể thao"}
    page_size = 2

    def article_path(self, a):
        return f"/{a['section']}/{a['slug']}-a{a['id']}.html"

    def head(self, title, extra=""):
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
                '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
                f'<title>{e(title)}</title>\n<link rel="alternate" type="application/rss+xml" title="Báo Đông Nam - RSS" href="/rss.xml" />\n'
                f'<link href="/css/style.css" rel="stylesheet" type="text/css" />\n{extra}</head>\n')

    def header(self):
        nav = " | ".join(f'<a href="/{k}/">{e(v)}</a>' for k, v in self.sections.items())
        return ('<body>\n<div id="wrapper">\n<div id="header"><a href="/"><img src="/images/banner.jpg" alt="Báo Đông Nam" /></a>'
                '<div class="hotline">Đường dây nóng: 0000 000 000</div></div>\n'
                f'<div id="menu"><a href="/">TRANG CHỦ</a> | {nav} | <a href="/admin/">Quản trị</a></div>\n')

    def footer(self):
        return ('<div id="footer">BÁO ĐÔNG NAM - CƠ QUAN CỦA TỈNH ỦY (trang mẫu trình diễn)<br />'
                'Giấy phép hoạt động báo điện tử số 000/GP-BTTTT<br />Địa chỉ: 00 đường Mẫu, phường 1 · ĐT: (0276) 000 000<br />'
                'Ghi rõ nguồn "Báo Đông Nam" khi phát hành lại thông tin từ website này.</div>\n</div>\n</body>\n</html>\n')

    def fig(self, item):
        # this CMS shows the caption inside the image table and again below it, plus the file name
        return (f'<table class="image" align="center"><tr><td><img src="/Uploads/Images/{item["img"]}" alt="{a_(item["caption"])}" '
                f'title="{a_(item["caption"])}" /></td></tr><tr><td class="image_desc">{e(item["caption"])}</td></tr></table>\n'
                f'<div class="img-filename">{e(item["img"])}</div>\n<p class="caption" style="text-align:center"><em>{e(item["caption"])}</em></p>')

    def article(self, a, mine):
        d = a["date"]
        rel = self.related(a, mine, 4)
        views = 100 + (a["id"] * 7) % 900
        sapo = f'<p class="sapo"><strong>{e(a["sapo"])}</strong></p>\n' if a.get("sapo") else ""
        byline = a.get("byline") or f'Bài và ảnh: {a["author"]}'
        return (self.head(f'{a["title"]} - Báo Đông Nam') + self.header() +
                f'<div id="content"><div class="path"><a href="/">Trang chủ</a> &raquo; <a href="/{a["section"]}/">{e(self.sections[a["section"]])}</a></div>\n'
                f'<div class="news-detail">\n<div class="date-view">{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y %H:%M} &nbsp; '
                f'<span class="view">Lượt xem: {views}</span></div>\n'
                f'<h1 class="title">{e(a["title"])}</h1>\n{sapo}<div class="content">\n' +
                "\n".join(self.body_html(a, self.fig)) +
                f'\n<p style="text-align:right"><strong>{e(byline)}</strong></p>\n</div>\n'
                '<div class="rating">Đánh giá bài viết: <span class="stars">☆☆☆☆☆</span><br />'
                'Tổng số điểm của bài viết là: 0 trong 0 đánh giá</div>\n'
                '<div class="tools"><a href="javascript:window.print()">In bài</a> | <a href="#top">Về đầu trang</a></div>\n'
                '<div class="other-news"><h3>Các tin khác</h3><ul>' +
                "".join(f'<li><a href="{r["path"]}">{e(r["title"])}</a> <span>({r["date"]:%d/%m/%Y})</span></li>' for r in rel) +
                '</ul></div>\n<div class="comment"><h3>Ý kiến bạn đọc</h3><form method="post" action="/admin/comment.php">'
                'Họ tên: <input type="text" name="hoten" /> Email: <input type="text" name="email" /><br />'
                'Nội dung: <textarea name="noidung" rows="4" cols="50"></textarea><br />Mã xác nhận: <input type="text" name="captcha" />'
                '<input type="submit" value="Gửi ý kiến" /></form></div>\n</div></div>\n' + self.footer())

    def listing(self, sec, n, total, page):
        items = "\n".join(
            f'<div class="news-item"><a href="{a["path"]}"><img src="/Uploads/Thumbs/{a["id"]}.jpg" width="120" /></a>'
            f'<a class="title" href="{a["path"]}">{e(a["title"])}</a> <span class="date">({a["date"]:%d/%m/%Y})</span>'
            f'<p>{e(a.get("sapo") or "")}</p></div>' for a in page)
        return (self.head(f'{self.sections[sec]} - Báo Đông Nam') + self.header() +
                f'<div id="content"><h2 class="cat">{e(self.sections[sec].upper())}</h2>\n{items}\n' +
                self.pager(sec, n, total) + "</div>\n" + self.footer())

    def index(self, mine):
        boxes = []
        for k, v in self.sections.items():
            xs = [a for a in mine if a["section"] == k][:3]
            boxes.append(f'<div class="box"><h2><a href="/{k}/">{e(v)}</a></h2><ul>' +
                         "".join(f'<li><a href="{a["path"]}">{e(a["title"])}</a></li>' for a in xs) + "</ul></div>")
        return (self.head("Báo Đông Nam - Tin tức trong tỉnh") + self.header() +
                '<div id="content">\n' + "\n".join(boxes) + "\n</div>\n" + self.footer())

    def extras(self, mine):
        return {
            "/rss.xml": rss("Báo Đông Nam", self.home, "Tin tức Báo Đông Nam", mine[:12]),
            "/sitemap.xml": urlset([(self.home, None)] + [(a["url"], a["date"].strftime("%Y-%m-%d")) for a in mine]),
            "/robots.txt": f"User-agent: *\nDisallow: /admin/\n\nSitemap: {self.home}sitemap.xml\n",
            "/admin/index.html": self.head("Quản trị") + "<body><form><input name=user /><input name=pass type=password /></form></body></html>\n",
        }


# --------------------------------------------------------------------------- vkstaybac
class VksTayBac(Site):
    host = "vkstaybac.localhost"
    name = "Viện kiểm sát nhân dân tỉnh Sơn La"
    sections = {"tin-tuc-su-kien": "Tin tức - Sự kiện", "hoat-dong-nganh": "Hoạt động của ngành",
                "tin-dia-phuong": "Tin địa phương"}
    page_size = 3

    def article_path(self, a):
        return f"/{a['section']}/{a['slug']}-{a['id']}.aspx"

    def listing_url(self, section, n):
        return f"/{section}/" if n == 1 else f"/{section}/trang-{n}.aspx"

    def encoding_for(self, rel):
        return "windows-1258" if rel.endswith((".html", ".aspx")) else "utf-8"

    def head(self, title):
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
                '<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258" />\n'
                f'<title>\n\t{e(title)}\n</title>\n'
                '<link rel="alternate" type="application/atom+xml" title="Tin tức" href="/atom.xml" />\n'
                '<link href="/Portal_Themes/vks/css/portal.css" rel="stylesheet" type="text/css" />\n</head>\n')

    def shell_open(self):
        nav = "".join(f'<td class="menu-item"><a href="/{k}/">{e(v)}</a></td>' for k, v in self.sections.items())
        return ('<body>\n<form name="aspnetForm" method="post" action="./Default.aspx" id="aspnetForm">\n'
                '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkZmVhY2JlZGQ=" />\n'
                '<table width="1000" border="0" cellpadding="0" cellspacing="0" align="center" class="portal-layout"><tr><td>\n'
                '<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="banner"><img src="/Portal_Themes/vks/images/banner.jpg" alt="VKSND tỉnh Sơn La" /></td></tr></table>\n'
                f'<table width="100%" cellpadding="0" cellspacing="0" class="menu"><tr><td class="menu-item"><a href="/">Trang chủ</a></td>{nav}'
                '<td class="menu-item"><a href="/van-ban/">Văn bản</a></td><td class="menu-item"><a href="/tim-kiem/">Tìm kiếm</a></td></tr></table>\n'
                '<table width="100%" cellpadding="0" cellspacing="0"><tr><td valign="top" width="220" class="left-col">\n'
                '<table class="portlet" width="100%"><tr><td class="portlet-title">Liên kết website</td></tr>'
                '<tr><td><a href="https://vksndtc.gov.vn" rel="nofollow">VKSND tối cao</a><br /><a href="/lien-ket/">Các VKSND huyện</a></td></tr></table>\n'
                '</td><td valign="top" class="main-col">\n')

    def shell_close(self):
        return ('</td></tr></table>\n<table width="100%" class="footer"><tr><td>'
                'VIỆN KIỂM SÁT NHÂN DÂN TỈNH SƠN LA (trang mẫu trình diễn)<br />Địa chỉ: Đường Mẫu, thành phố Sơn La · '
                'Điện thoại: 0212.000.000<br />Ghi rõ nguồn khi trích dẫn thông tin từ cổng thông tin này.</td></tr></table>\n'
                '</td></tr></table>\n</form>\n</body>\n</html>\n')

    def fig(self, item):
        return (f'<table align="center" class="image-table"><tr><td align="center"><img src="/Uploads/2023/{item["img"]}" border="0" /></td></tr>'
                f'<tr><td align="center"><em>{e(item["caption"])}</em></td></tr></table>')

    def article(self, a, mine):
        d = a["date"]
        rel = self.related(a, mine, 5)
        paras = "\n".join(self.body_html(a, self.fig))
        sapo = f'<p><strong>{e(a["sapo"])}</strong></p>\n' if a.get("sapo") else ""
        return (self.head(f'{a["title"]} - Chi tiết bài viết') + self.shell_open() +
                f'<table width="100%" class="breadcrumb"><tr><td><a href="/">Trang chủ</a> &gt; <a href="/{a["section"]}/">'
                f'{e(self.sections[a["section"]])}</a> &gt; Chi tiết bài viết</td></tr></table>\n'
                '<table width="100%" class="portlet"><tr><td class="portlet-title">Chi tiết bài viết</td></tr><tr><td>\n'
                '<table width="100%" cellpadding="4"><tr><td>\n'
                f'<span class="news-title">{e(a["title"])}</span><br />\n'
                f'<span class="news-date">Cập nhật lúc: {d:%H:%M %d/%m/%Y}</span>\n'
                '</td></tr><tr><td class="news-content">\n' + sapo + paras +
                f'\n<p align="right"><strong>{e(a["author"])}</strong></p>\n</td></tr></table>\n'
                '<table width="100%"><tr><td class="tools"><a href="javascript:window.print();">In trang</a> | '
                '<a href="/tim-kiem/gui-email.aspx">Gửi email</a> | <a href="javascript:history.back();">Quay lại</a></td></tr></table>\n'
                '</td></tr></table>\n<table width="100%" class="portlet"><tr><td class="portlet-title">Ý kiến bạn đọc</td></tr><tr><td>'
                '<table><tr><td>Họ tên:</td><td><input name="ctl00$txtHoTen" type="text" /></td></tr>'
                '<tr><td>Email:</td><td><input name="ctl00$txtEmail" type="text" /></td></tr>'
                '<tr><td>Nội dung:</td><td><textarea name="ctl00$txtNoiDung" rows="4"></textarea></td></tr>'
                '<tr><td></td><td><input type="submit" name="ctl00$btnGui" value="Gửi ý kiến" /></td></tr></table></td></tr></table>\n'
                '<table width="100%" class="portlet"><tr><td class="portlet-title">Các tin bài khác</td></tr>' +
                "".join(f'<tr><td>» <a href="{r["path"]}">{e(r["title"])}</a> ({r["date"]:%d/%m/%Y})</td></tr>' for r in rel) +
                '</table>\n' + self.shell_close())

    def listing(self, sec, n, total, page):
        rows = "".join(
            f'<tr><td valign="top" width="130"><a href="{a["path"]}"><img src="/Uploads/thumbs/{a["id"]}.jpg" width="120" border="0" /></a></td>'
            f'<td valign="top"><a class="list-title" href="{a["path"]}">{e(a["title"])}</a><br />'
            f'<span class="news-date">{a["date"]:%d/%m/%Y}</span><br />{e(a.get("sapo") or "")}</td></tr>\n' for a in page)
        return (self.head(self.sections[sec]) + self.shell_open() +
                f'<table width="100%" class="portlet"><tr><td class="portlet-title">{e(self.sections[sec])}</td></tr><tr><td>\n'
                f'<table width="100%">{rows}</table>\n' + self.pager(sec, n, total) + '</td></tr></table>\n' + self.shell_close())

    def index(self, mine):
        rows = "".join(f'<tr><td>» <a href="{a["path"]}">{e(a["title"])}</a></td></tr>' for a in mine[:8])
        return (self.head("Viện kiểm sát nhân dân tỉnh Sơn La - Trang chủ") + self.shell_open() +
                f'<table width="100%" class="portlet"><tr><td class="portlet-title">Tin mới</td></tr>{rows}</table>\n' +
                self.shell_close())

    def not_found(self):
        return (self.head("Không tìm thấy trang") + "<body><p>Trang không tồn tại.</p><p><a href=\"/\">Trang chủ</a></p></body></html>\n")

    def extras(self, mine):
        atom = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
                f"<title>{e(self.name)}</title>", f'<link href="{self.home}" />',
                f'<link rel="self" href="{self.home}atom.xml" />', f"<id>{self.home}</id>",
                f"<updated>{iso(mine[0]['date'])}</updated>"]
        for a in mine[:10]:
            atom += ["<entry>", f"<title>{e(a['title'])}</title>", f'<link rel="alternate" href="{a["url"]}" />',
                     f"<id>{a['url']}</id>", f"<updated>{iso(a['date'])}</updated>",
                     f"<author><name>{e(a['author'])}</name></author>",
                     f"<summary>{e(a.get('sapo') or a['title'])}</summary>", "</entry>"]
        atom += ["</feed>", ""]
        return {
            "/atom.xml": "\n".join(atom),
            "/sitemap.xml": urlset([(a["url"], a["date"].strftime("%Y-%m-%d")) for a in mine]),
            "/robots.txt": ("User-agent: *\nDisallow: /tim-kiem/\nDisallow: /Portal_Admin/\n\n"
                            f"Sitemap: {self.home}sitemap.xml\n"),
            "/tim-kiem/index.html": self.head("Tìm kiếm") + "<body><p>Tìm kiếm</p></body></html>\n",
            "/_headers.yml": self.headers_yml(mine),
        }

    def headers_yml(self, mine):
        """Pages are windows-1258 (declared in <meta>); one page gets a lying HTTP charset, as old IIS setups did."""
        out = ["# Per-file HTTP header overrides read by pipeline/demo/server.py (globs first, exact paths win).",
               '"*.aspx":', "  Content-Type: text/html; charset=windows-1258",
               '"*.html":', "  Content-Type: text/html; charset=windows-1258"]
        for a in mine:
            if a.get("lying_header"):
                out += [f'"{a["path"]}":', "  Content-Type: text/html; charset=iso-8859-1"]
        return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- congthongtin
class CongThongTin(Site):
    host = "congthongtin.localhost"
    name = "Cổng thông tin điện tử tỉnh Hưng Yên"
    sections = {"tin-tuc-su-kien": "Tin tức - Sự kiện", "chinh-tri": "Chính trị", "kinh-te": "Kinh tế",
                "van-hoa-xa-hoi": "Văn hóa - Xã hội"}
    page_size = 3

    def article_path(self, a):
        return f"/vi/news/{a['section']}/{a['slug']}-{a['id']}.html"

    def listing_url(self, section, n):
        return f"/vi/news/{section}/" if n == 1 else f"/vi/news/{section}/page-{n}/"

    def head(self, title, extra=""):
        return ('<!DOCTYPE html>\n<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">\n<head>\n'
                f'<title>{e(title)}</title>\n<meta name="description" content="{a_(title)}" />\n'
                '<meta name="generator" content="NukeViet v4.5" />\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
                '<link rel="alternate" href="/rss.xml" title="Tin Tức" type="application/rss+xml" />\n'
                f'<link rel="StyleSheet" href="/themes/egov/css/style.css" />\n{extra}</head>\n')

    def header(self):
        nav = "".join(f'<li><a href="/vi/news/{k}/" title="{a_(v)}">{e(v)}</a></li>' for k, v in self.sections.items())
        return ('<body>\n<div class="body-bg"><div class="wraper">\n<header><div class="logo"><a href="/" title="Cổng thông tin điện tử tỉnh Hưng Yên">'
                '<img src="/uploads/logo.png" alt="Cổng thông tin điện tử tỉnh Hưng Yên" /></a></div>'
                '<div class="headerSearch"><form action="/vi/seek/" method="get"><input type="text" name="q" /><button>Tìm kiếm</button></form></div></header>\n'
                f'<nav class="second-nav"><ul class="nav"><li><a href="/">Trang nhất</a></li>{nav}</ul></nav>\n'
                '<div class="third-nav"><span class="current-time">Hôm nay: Hưng Yên</span></div>\n')

    def footer(self):
        return ('<footer id="footer"><div class="copyright">© Cổng thông tin điện tử tỉnh Hưng Yên (trang mẫu trình diễn)</div>'
                '<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Hưng Yên. Chịu trách nhiệm chính: Chánh Văn phòng UBND tỉnh.</p>'
                '<p>Ghi rõ nguồn "Cổng thông tin điện tử tỉnh Hưng Yên" khi phát hành lại thông tin từ website này.</p>'
                '<p>Đang truy cập: 35 · Hôm nay: 1.204 · Tổng lượt truy cập: 9.876.543</p></footer>\n'
                '</div></div>\n<script src="/assets/js/jquery/jquery.min.js"></script>\n</body>\n</html>\n')

    def fig(self, item):
        return (f'<div class="image-center"><figure class="image"><img alt="{a_(item["caption"])}" src="/uploads/news/{item["img"]}" />'
                f'<figcaption>{e(item["caption"])}</figcaption></figure></div>')

    def article(self, a, mine):
        d = a["date"]
        idx = mine.index(a)
        newer, older = mine[max(0, idx - 3):idx], mine[idx + 1:idx + 4]
        ogtime = f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{a_(a["title"])}" />\n'
        sapo = f'<div class="hometext m-bottom">{e(a["sapo"])}</div>\n' if a.get("sapo") else ""
        return (self.head(f'{a["title"]} - Cổng thông tin điện tử tỉnh Hưng Yên', ogtime) + self.header() +
                f'<div class="breadcrumbs-wrap"><ul class="breadcrumbs"><li><a href="/">Trang nhất</a></li>'
                f'<li><a href="/vi/news/">Tin Tức</a></li><li><a href="/vi/news/{a["section"]}/">{e(self.sections[a["section"]])}</a></li></ul></div>\n'
                '<div class="news_column panel panel-default"><div class="panel-body">\n'
                f'<h1 class="title margin-bottom-lg">{e(a["title"])}</h1>\n'
                f'<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{WEEKDAYS[d.weekday()]} - {d:%d/%m/%Y %H:%M}</span></div>'
                '<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" '
                'href="/vi/news/sendmail/">Gửi bài viết qua email</a></li><li><a class="dimgray" rel="nofollow" title="In bài viết" '
                'href="/vi/news/print/">In bài viết</a></li><li><a class="dimgray" title="Lưu bài viết này" href="/vi/news/savefile/">Lưu bài viết này</a></li></ul></div></div>\n'
                f'{sapo}<div id="news-bodyhtml" class="bodytext margin-bottom-lg">\n' + "\n".join(self.body_html(a, self.fig)) +
                f'\n</div>\n<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>{e(a["author"])}</p>' +
                (f'<p class="text-right"><strong>Nguồn tin: </strong>{e(a["source_note"])}</p>' if a.get("source_note") else "") +
                '</div>\n<div class="news_column panel"><div class="panel-body"><div class="h5"><em class="fa fa-tags"></em> Từ khóa: '
                '<a title="thi đua" href="/vi/news/tag/thi-dua">thi đua</a></div></div></div>\n'
                '<div class="panel panel-default"><div class="panel-body">Tổng số điểm của bài viết là: 0 trong 0 đánh giá<br />'
                'Click để đánh giá bài viết</div></div>\n'
                '<div id="idcomment" class="nv-fullbg"><div class="h5">Ý kiến bạn đọc</div><form action="/vi/comment/post/" method="post">'
                '<input name="name" placeholder="Họ và tên" /><textarea name="content"></textarea><input type="submit" value="Gửi bình luận" /></form></div>\n'
                '<div class="news_column panel"><div class="panel-body"><p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related">' +
                "".join(f'<li><a href="{r["path"]}" title="{a_(r["title"])}">{e(r["title"])}</a> <em>({r["date"]:%d/%m/%Y})</em></li>' for r in newer) +
                '</ul><p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related">' +
                "".join(f'<li><a href="{r["path"]}" title="{a_(r["title"])}">{e(r["title"])}</a> <em>({r["date"]:%d/%m/%Y})</em></li>' for r in older) +
                '</ul></div></div>\n</div></div>\n' + self.footer())

    def listing(self, sec, n, total, page):
        items = "\n".join(
            f'<div class="panel panel-default"><div class="panel-body"><a href="{a["path"]}" title="{a_(a["title"])}">'
            f'<img alt="{a_(a["title"])}" src="/assets/news/{a["id"]}.jpg" width="150" class="img-thumbnail pull-left imghome" /></a>'
            f'<h3><a href="{a["path"]}" title="{a_(a["title"])}">{e(a["title"])}</a></h3>'
            f'<div class="text-muted"><ul class="list-unstyled list-inline"><li><em class="fa fa-clock-o">&nbsp;</em> {a["date"]:%d/%m/%Y %H:%M}</li></ul></div>'
            f'<p>{e(a.get("sapo") or "")}</p></div></div>' for a in page)
        pager = ['<div class="text-center"><ul class="pagination">']
        for i in range(1, total + 1):
            pager.append('<li class="active"><a href="#">%d</a></li>' % i if i == n else
                         f'<li><a href="{self.listing_url(sec, i)}">{i}</a></li>')
        if n < total:
            pager.append(f'<li><a href="{self.listing_url(sec, n + 1)}" title="Trang sau">»</a></li>')
        pager.append("</ul></div>")
        return (self.head(f'{self.sections[sec]} - Trang {n}' if n > 1 else self.sections[sec]) + self.header() +
                f'<div class="news_column"><h2>{e(self.sections[sec])}</h2>\n{items}\n' + "".join(pager) + "</div>\n" + self.footer())

    def index(self, mine):
        items = "".join(f'<li><a href="{a["path"]}" title="{a_(a["title"])}">{e(a["title"])}</a></li>' for a in mine[:8])
        return (self.head("Cổng thông tin điện tử tỉnh Hưng Yên") + self.header() +
                f'<div class="news_column"><h2>Tin mới</h2><ul>{items}</ul></div>\n' + self.footer())

    def extras(self, mine):
        return {
            "/rss.xml": rss(self.name, self.home, "Tin tức", mine[:10]),
            "/sitemap.xml": urlset([(a["url"], iso(a["date"])) for a in mine]),
            "/robots.txt": ("User-agent: *\nCrawl-delay: 1\nDisallow: /vi/seek/\nDisallow: /vi/news/print/\n"
                            "Disallow: /vi/news/sendmail/\nDisallow: /admin/\n\n"
                            f"Sitemap: {self.home}sitemap.xml\n"),
            "/vi/seek/index.html": self.head("Tìm kiếm") + "<body><p>Tìm kiếm</p></body></html>\n",
            "/vi/news/print/index.html": self.head("In bài viết") + "<body><p>In bài viết</p></body></html>\n",
        }


SITES = {s.host: s for s in (BaoPhapLuat(), BaoDongNam(), VksTayBac(), CongThongTin())}
