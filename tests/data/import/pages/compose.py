"""Compose the benchmark's saved pages from our own articles, in the layouts Arabic news sites use.

Run `python tests/data/import/pages/compose.py` to rewrite the pages and gold.json beside this file.
Layouts: a modern <main> page (hidden byline labels, «شاهد أيضاً» box, related cards), an <article> with
related <article> cards, AMP, a 2000s table layout (windows-1256, ASP.NET form, tool line, «مواضيع
أخرى», copyright row), a live blog, a page whose body appears twice, a <div> page with no semantic
elements, and a page full of active content. gold.json gives each page's title, body paragraphs and
the boilerplate strings that must not be kept.
"""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from articles import ARTICLES  # noqa: E402

MENU = ["الرئيسية", "أخبار", "اقتصاد", "رياضة", "تكنولوجيا", "منوعات"]
RELATED = [
    "أسعار صرف العملات في البنوك اليوم الأحد",
    "خمسة أسباب وراء ارتفاع أسعار الشحن البحري",
    "طقس الأسبوع: أمطار متفرقة وانخفاض في درجات الحرارة",
    "مؤتمر للمستثمرين العرب ينطلق الشهر المقبل",
]
WATCH_CAPTION = "لقطات من افتتاح المعرض الدولي للتقنية"
NOTICE = "لا يمثل هذا المحتوى نصيحة بالشراء أو البيع."
TOOL_LINE = "طباعة | أرسل هذا المقال لصديق | رجوع"
SIDE_HEADING = "أقسام الموقع"
NEWSLETTER = "اشترك في نشرتنا البريدية اليومية"
ARABIC_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
                 "نوفمبر", "ديسمبر"]
LEVANT_MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
                 "تشرين الأول", "تشرين الثاني", "كانون الأول"]


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def paragraphs(article: dict) -> list[str]:
    return [p[3:] if p.startswith("## ") else p for p in article["body"]]


def body_html(article: dict, *, between: dict[int, str] | None = None) -> str:
    out = []
    for index, p in enumerate(article["body"]):
        out.append(f"<h2>{esc(p[3:])}</h2>" if p.startswith("## ") else f"<p>{esc(p)}</p>")
        if between and index in between:
            out.append(between[index])
    return "\n".join(out)


def arabic_date(iso: str, levant: bool = False) -> str:
    year, month, day = (int(x) for x in iso.split("-"))
    name = LEVANT_MONTHS[month - 1] + "/" + ARABIC_MONTHS[month - 1] if levant else ARABIC_MONTHS[month - 1]
    return f"{day} {name} {year}"


def indic(text: str) -> str:
    """Arabic-Indic digits, as many Arab sites write dates."""
    return text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


def menu_html(separator: str = "") -> str:
    return separator.join(f'<a href="/s/{i}">{esc(m)}</a>' for i, m in enumerate(MENU))


def related_cards(tag: str = "article") -> str:
    cards = "".join(f'<{tag} class="card"><h3><a href="/r/{i}">{esc(r)}</a></h3></{tag}>' for i, r in enumerate(RELATED))
    return f'<section class="related"><h2>اقرأ أيضاً</h2>{cards}</section>'


def head(article: dict, title: str, *, og: bool = True, charset: str = "utf-8", extra: str = "") -> str:
    og_tags = (f'<meta property="og:title" content="{esc(article["title"])}">'
               f'<meta property="og:site_name" content="{esc(article["site"])}">'
               f'<meta property="article:published_time" content="{article["date"]}T08:30:00+03:00">') if og else ""
    return (f'<head><meta charset="{charset}"><title>{esc(title)}</title>{og_tags}'
            f'<link rel="canonical" href="https://news.example/{article["date"]}/a.html">{extra}'
            '<script>window.dataLayer=[];function track(e){return false;}</script></head>')


def modern_main(article: dict) -> tuple[str, list[str]]:
    watch = (f'<div class="video-box"><h3>شاهد أيضاً</h3><video src="/v.mp4" controls></video>'
             f'<p>{esc(WATCH_CAPTION)}</p></div>')
    author = article["author"] or "فريق التحرير"
    page = f"""<!DOCTYPE html><html lang="ar" dir="rtl">{head(article, article["title"] + " - " + article["site"])}
<body><header class="site-header"><nav>{menu_html()}</nav></header>
<main id="main-content"><article>
<header><h1>{esc(article["title"])}</h1>
<div class="byline"><span class="visually-hidden">Author,</span> <span>{esc(author)}</span>
<span class="visually-hidden">Role,</span> <span>مراسلة الشؤون الاقتصادية</span></div>
<time datetime="{article["date"]}">{arabic_date(article["date"])}</time></header>
{body_html(article, between={1: watch})}
</article>
{related_cards()}
</main>
<footer><p>© 2024 {esc(article["site"])}. جميع الحقوق محفوظة</p></footer></body></html>"""
    return page, ["Author,", "Role,", "مراسلة الشؤون الاقتصادية", WATCH_CAPTION, RELATED[0], RELATED[2], "جميع الحقوق محفوظة", MENU[3]]


def article_cards(article: dict) -> tuple[str, list[str]]:
    read_also = (f'<div class="inline-related"><strong>اقرأ أيضا:</strong> <a href="/x">{esc(RELATED[1])}</a></div>')
    page = f"""<html lang="ar">{head(article, article["title"] + " | " + article["site"], og=False)}
<body><div class="top"><ul class="menu">{"".join(f"<li><a href='/m{i}'>{esc(m)}</a></li>" for i, m in enumerate(MENU))}</ul></div>
<div class="content"><article class="story"><h1>{esc(article["title"])}</h1>
<p class="by">بقلم: {esc(article["author"] or "محرر الموقع")}</p>
<p class="date">{indic(arabic_date(article["date"]))}</p>
{body_html(article, between={0: read_also})}
<p class="notice">{esc(NOTICE)}</p>
</article>
{related_cards()}
<div class="share-bar"><a href="#">شارك</a> <a href="#">تويتر</a> <a href="#">فيسبوك</a></div></div>
<div class="copyright">جميع الحقوق محفوظة لموقع {esc(article["site"])} 2024</div></body></html>"""
    return page, ["بقلم", NOTICE, RELATED[1], RELATED[3], MENU[4], "جميع الحقوق محفوظة", "تويتر"]


def amp(article: dict) -> tuple[str, list[str]]:
    ad = '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/ar"><div fallback>إعلان</div></amp-ad>'
    page = f"""<!doctype html><html amp lang="ar" dir="rtl">{head(article, article["site"] + " | " + article["title"],
        extra='<style amp-boilerplate>body{visibility:hidden}</style>')}
<body><amp-sidebar id="sidebar" layout="nodisplay"><ul>{"".join(f"<li><a href='/m{i}'>{esc(m)}</a></li>" for i, m in enumerate(MENU))}</ul></amp-sidebar>
<header class="amp-header"><a href="/">{esc(article["site"])}</a></header>
<article class="amp-article"><h1 class="amp-title">{esc(article["title"])}</h1>
<div class="amp-meta">{arabic_date(article["date"])}</div>
<amp-img src="/i.jpg" width="800" height="450" layout="responsive" alt=""></amp-img>
{body_html(article, between={0: ad})}
<amp-social-share type="twitter"></amp-social-share>
<div class="read-more"><h4>اقرأ أيضاً</h4><ul>{"".join(f'<li><a href="/r{i}">{esc(r)}</a></li>' for i, r in enumerate(RELATED[:3]))}</ul></div>
</article>
<footer class="amp-footer">{esc(article["site"])} © 2024 - جميع الحقوق محفوظة</footer></body></html>"""
    return page, [RELATED[0], RELATED[2], MENU[5], "جميع الحقوق محفوظة", "إعلان"]


def table_layout(article: dict, *, hijri: str | None = None, br: bool = False) -> tuple[str, list[str]]:
    date_line = (f"الخميس {hijri}" if hijri else f"الثلاثاء {arabic_date(article['date'], levant=True)}")
    paras = paragraphs(article)
    text = ("<br><br>\n".join(esc(p) for p in paras) if br else "\n".join(f"<p>{esc(p)}</p>" for p in paras))
    side = "".join(f'<tr><td><a href="/s{i}">{esc(m)}</a></td></tr>' for i, m in enumerate(MENU))
    more = "".join(f'<tr><td>» <a href="/n{i}">{esc(r)}</a></td></tr>' for i, r in enumerate(RELATED))
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
<title>{esc(article["site"])} :: {esc(article["title"])}</title></head>
<body bgcolor="#ffffff"><form name="aspnetForm" method="post" action="news.aspx?id=1" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" value="abc">
<table width="100%" border="0"><tr><td colspan="2"><img src="logo.gif"> {" | ".join(f'<a href="/t{i}">{esc(m)}</a>' for i, m in enumerate(MENU))}</td></tr>
<tr><td width="180" valign="top"><table><tr><td class="side-title"><b>{SIDE_HEADING}</b></td></tr>{side}</table></td>
<td valign="top"><table width="100%">
<tr><td class="date"><font size="1">{date_line}</font></td></tr>
<tr><td class="title"><font size="4" color="#990000"><b>{esc(article["title"])}</b></font></td></tr>
<tr><td><font size="2">{esc(article["site"])} – خاص</font></td></tr>
<tr><td class="text">{text}</td></tr>
<tr><td align="left"><a href="javascript:window.print()">طباعة</a> | <a href="send.aspx">أرسل هذا المقال لصديق</a> | <a href="javascript:history.back()">رجوع</a></td></tr>
<tr><td><b>مواضيع أخرى</b></td></tr>{more}
</table></td></tr>
<tr><td colspan="2" align="center"><font size="1">جميع الحقوق محفوظة © {esc(article["site"])} 2004 - 2024</font></td></tr>
</table></form></body></html>"""
    return page, [SIDE_HEADING, "طباعة", "أرسل هذا المقال لصديق", RELATED[0], RELATED[3], "– خاص", "جميع الحقوق محفوظة", MENU[2]]


def live_blog(article: dict) -> tuple[str, list[str]]:
    posts = []
    for index, p in enumerate(paragraphs(article)):
        posts.append(f'<article class="post"><header><time datetime="{article["date"]}T{10 + index:02d}:15">'
                     f'{10 + index:02d}:15</time></header><p>{esc(p)}</p>'
                     f'<div class="post-share"><a href="#">شارك</a></div></article>')
    page = f"""<!DOCTYPE html><html lang="ar">{head(article, "تغطية مباشرة: " + article["title"] + " | " + article["site"])}
<body><nav class="main-nav">{menu_html(" ")}</nav>
<main><h1>{esc(article["title"])}</h1><div class="live-badge">مباشر</div>
<div class="live-posts">{"".join(reversed(posts))}</div>
<div class="more"><h2>الأكثر قراءة</h2><ul>{"".join(f'<li><a href="/p{i}">{esc(r)}</a></li>' for i, r in enumerate(RELATED))}</ul></div>
</main><footer>جميع الحقوق محفوظة {esc(article["site"])}</footer></body></html>"""
    return page, ["مباشر", RELATED[1], RELATED[2], "جميع الحقوق محفوظة", MENU[1]]


def live_gold(article: dict) -> list[str]:
    return list(reversed(paragraphs(article)))


def body_twice(article: dict) -> tuple[str, list[str]]:
    preview = "".join(f"<p>{esc(p)}</p>" for p in paragraphs(article))
    page = f"""<html><head><meta charset="utf-8"><title>{esc(article["title"])} | بوابة الأخبار العربية</title></head>
<body><div id="top-menu">{menu_html(" | ")}</div>
<div class="post-preview">{preview}</div>
<p><a href="https://example.org/original">شاهد النسخة الأصلية</a></p>
<p class="note">قد تحتوي هذه الصفحة على محتوى من جهات خارجية، يتم تقديمه لأغراض إعلامية فقط، ولا ينبغي اعتباره نصيحة مالية. يرجى الرجوع إلى إخلاء المسؤولية.</p>
<article><h2>{esc(article["title"])}</h2>{body_html(article)}</article>
<div class="share">شارك</div></body></html>"""
    return page, ["شاهد النسخة الأصلية", "جهات خارجية", "إخلاء المسؤولية", MENU[2]]


def div_soup(article: dict) -> tuple[str, list[str]]:
    related = "".join(f'<li><a href="/d{i}">{esc(r)}</a></li>' for i, r in enumerate(RELATED))
    page = f"""<html dir="rtl">{head(article, article["title"] + " - " + article["site"], og=False)}
<body><div id="wrapper"><div class="header"><div class="logo">{esc(article["site"])}</div>
<div class="menu">{menu_html(" ")}</div></div>
<div class="breadcrumb"><a href="/">الرئيسية</a> › <a href="/eco">اقتصاد</a> › <span>أخبار</span></div>
<div class="post-content"><h1 class="post-title">{esc(article["title"])}</h1>
<div class="post-meta">نشر في: {arabic_date(article["date"])} - 10:30 ص</div>
<div class="entry">{body_html(article)}</div>
<div class="tags">وسوم: <a href="/t1">اقتصاد</a> <a href="/t2">أسواق</a></div>
<div class="related-posts"><h3>أخبار ذات صلة</h3><ul>{related}</ul></div></div>
<div class="sidebar"><h3>الأكثر قراءة</h3><ul>{related}</ul></div>
<div class="footer">جميع الحقوق محفوظة © 2024</div></div></body></html>"""
    return page, ["نشر في", "وسوم", "أخبار ذات صلة", RELATED[0], RELATED[3], "جميع الحقوق محفوظة", MENU[5]]


def active_content(article: dict) -> tuple[str, list[str]]:
    paras = paragraphs(article)
    middle = (
        f'<script>document.write("<p>نص من سكربت</p>");</script>'
        f'<iframe src="https://video.example/embed/1" width="560"></iframe>'
        f'<form action="/subscribe" onsubmit="return track(this)"><label>{NEWSLETTER}</label>'
        '<input type="email" name="e"><button>اشترك</button></form>'
        '<template><p>نص في قالب مخفي</p></template><object data="/flash.swf"><param name="q" value="1"></object>'
    )
    body = [f'<p onclick="track(1)">{esc(paras[0])}</p>', middle]
    body += [f'<p><a href="javascript:void(0)" onmouseover="track(2)">{esc(p)}</a></p>' if i == 1 else f"<p>{esc(p)}</p>"
             for i, p in enumerate(paras[1:-1], start=1)]
    body.append('<iframe src="https://social.example/post/9"></iframe><noscript><img src="/px.gif"></noscript>')
    body.append(f"<p>{esc(paras[-1])}\u2028{esc(NOTICE)}</p>")
    page = f"""<!DOCTYPE html><html lang="ar">{head(article, article["title"] + " « " + article["site"])}
<body onload="track(0)"><header><nav>{menu_html(" ")}</nav></header>
<main><article><h1>{esc(article["title"])}</h1>{"".join(body)}</article></main>
<footer>جميع الحقوق محفوظة</footer><script src="/app.js"></script></body></html>"""
    return page, [NEWSLETTER, "نص من سكربت", "نص في قالب", NOTICE, "جميع الحقوق محفوظة", MENU[0]]


def wordpress(article: dict) -> tuple[str, list[str]]:
    paras = paragraphs(article)
    bullets = "".join(f"<li>{esc(p)}</li>" for p in paras[1:3])
    rest = "".join(f"<p>{esc(p)}</p>" for p in paras[3:])
    page = f"""<!DOCTYPE html><html dir="rtl" lang="ar">{head(article, article["title"] + " – " + article["site"])}
<body class="post-template-default single"><div id="page" class="site"><header id="masthead" class="site-header">
<p class="site-title"><a href="/">{esc(article["site"])}</a></p><nav id="site-navigation">{menu_html(" ")}</nav></header>
<div id="content"><div id="primary" class="content-area"><article id="post-42" class="post type-post">
<header class="entry-header"><h1 class="entry-title">{esc(article["title"])}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{article["date"]}T09:00:00+00:00">{arabic_date(article["date"])}</time></span></div></header>
<div class="entry-content"><p>{esc(paras[0])}</p><ul>{bullets}</ul>{rest}
<div class="sharedaddy"><h3 class="sd-title">شارك هذا:</h3><ul><li><a href="#">تويتر</a></li><li><a href="#">فيسبوك</a></li></ul></div></div>
<footer class="entry-footer"><span class="cat-links">نشرت في <a href="/c">اقتصاد</a></span></footer></article>
<div id="comments" class="comments-area"><h2 class="comments-title">تعليقان على "{esc(article["title"][:20])}"</h2>
<ol class="comment-list"><li><p>مقال مفيد جدا شكرا للكاتب على هذا العرض.</p></li></ol></div></div>
<aside id="secondary" class="widget-area"><h2>أحدث المقالات</h2><ul>{"".join(f'<li><a href="/w{i}">{esc(r)}</a></li>' for i, r in enumerate(RELATED))}</ul></aside></div>
<footer id="colophon"><div class="site-info">جميع الحقوق محفوظة</div></footer></div></body></html>"""
    return page, ["شارك هذا", "تويتر", "نشرت في", "مقال مفيد جدا", RELATED[2], "جميع الحقوق محفوظة", MENU[1]]


def portal(article: dict) -> tuple[str, list[str]]:
    paras = paragraphs(article)
    inline = f'<p><strong>اقرأ أيضًا..</strong></p><p><a href="/x1">{esc(RELATED[0])}</a></p>'
    body = "".join(f"<p>{esc(p)}</p>" + (inline if i == 0 else "") for i, p in enumerate(paras))
    page = f"""<html><head><meta charset="utf-8"><title>{esc(article["title"])} - {esc(article["site"])}</title>
<meta property="og:title" content="{esc(article["title"])}"><meta name="description" content="{esc(paras[0][:80])}"></head>
<body><div class="topBar"><ul>{"".join(f"<li><a href='/p{i}'>{esc(m)}</a></li>" for i, m in enumerate(MENU))}</ul></div>
<div class="container"><div class="col-md-8"><div class="articleCont"><div class="articleHeader"><h1>{esc(article["title"])}</h1>
<span class="newsDate">{indic(arabic_date(article["date"]))} 08:15 م</span>
<span class="writer">كتب {esc(article["author"] or "أحمد سالم")}</span></div>
<div class="articleImg"><img src="/a.jpg"><span class="imgCaption">صورة أرشيفية</span></div>
<div id="articleBody" class="articleBody">{body}</div>
<div class="tags"><span>الكلمات المفتاحية:</span> <a href="/t/1">اقتصاد</a> <a href="/t/2">استثمار</a></div></div></div>
<div class="col-md-4"><div class="mostRead"><h3>الأكثر قراءة</h3><ul>{"".join(f'<li><a href="/m{i}">{esc(r)}</a></li>' for i, r in enumerate(RELATED[1:]))}</ul></div></div></div>
<div class="footer"><p>© 2024 جميع الحقوق محفوظة</p></div></body></html>"""
    return page, ["كتب", "صورة أرشيفية", "الكلمات المفتاحية", RELATED[0], RELATED[2], "جميع الحقوق محفوظة", MENU[3]]


def drupal(article: dict) -> tuple[str, list[str]]:
    paras = paragraphs(article)
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    more = "".join(f'<div class="views-row"><a href="/v{i}">{esc(r)}</a></div>' for i, r in enumerate(RELATED))
    page = f"""<!DOCTYPE html><html lang="ar" dir="rtl">{head(article, article["title"] + " | " + article["site"])}
<body class="node-type-article"><div id="skip-link"><a href="#main-content">انتقل إلى المحتوى الرئيسي</a></div>
<div class="region-header"><div class="logo"><a href="/">{esc(article["site"])}</a></div><ul class="menu">{"".join(f"<li><a href='/d{i}'>{esc(m)}</a></li>" for i, m in enumerate(MENU))}</ul></div>
<div id="main-content"><div class="node node-article"><h1 class="page-header">{esc(article["title"])}</h1>
<div class="submitted">{arabic_date(article["date"])}</div>
<div class="field field-name-body"><div class="field-items"><div class="field-item even">{body}</div></div></div>
<div class="block-views-more"><h2 class="block-title">المزيد من المواضيع</h2>{more}</div></div></div>
<div class="region-footer">{esc(article["site"])} © 2024</div></body></html>"""
    return page, ["انتقل إلى المحتوى", RELATED[0], RELATED[3], "© 2024", MENU[4]]


def logo_h1(article: dict) -> tuple[str, list[str]]:
    paras = paragraphs(article)
    body = "<br><br>".join(esc(p) for p in paras)
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(article["site"])} - {esc(article["title"])}</title></head><body>
<div id="header"><h1><a href="/"><img src="/logo.png" alt="">{esc(article["site"])}</a></h1></div>
<div id="nav">{menu_html(" - ")}</div>
<div id="content"><h2 class="newsTitle">{esc(article["title"])}</h2>
<div class="newsDate">تاريخ النشر: {article["date"].replace("-", "/")}</div>
<div class="newsText">{body}</div>
<div class="newsTools"><a href="javascript:print()">طباعة</a> | <a href="/send">إرسال</a></div>
<div class="otherNews"><b>أخبار أخرى</b><br>{"<br>".join(f'<a href="/o{i}">{esc(r)}</a>' for i, r in enumerate(RELATED))}</div></div>
<div id="footer">جميع الحقوق محفوظة</div></body></html>"""
    return page, ["تاريخ النشر", "إرسال", RELATED[1], RELATED[3], "جميع الحقوق محفوظة", MENU[2]]


def tweet_promo(article: dict) -> tuple[str, list[str]]:
    paras = paragraphs(article)
    promo = '<p class="promo"><strong>تابعوا آخر الأخبار عبر قناتنا على تيليجرام</strong></p>'
    body = "".join(f"<p>{esc(p)}</p>" + (promo if i == 1 else "") for i, p in enumerate(paras))
    page = f"""<!DOCTYPE html><html lang="ar">{head(article, article["title"] + " | " + article["site"])}
<body><header><nav>{menu_html(" ")}</nav></header><div class="page"><article class="article">
<div class="article-header"><span class="kicker">اقتصاد</span><h1>{esc(article["title"])}</h1>
<div class="article-info"><span>{esc(article["site"])} - أبوظبي</span> <span>نشر في {arabic_date(article["date"])}</span></div></div>
<div class="article-body">{body}</div></article>
<section class="recommended"><h2>قد يعجبك أيضا</h2>{"".join(f'<article class="teaser"><a href="/q{i}"><h3>{esc(r)}</h3></a></article>' for i, r in enumerate(RELATED))}</section></div>
<footer>{esc(article["site"])} 2024</footer></body></html>"""
    return page, ["تابعوا آخر الأخبار", f"{article['site']} - أبوظبي", RELATED[0], RELATED[2], "قد يعجبك", MENU[4]]


HIJRI_GREGORIAN = "2024-06-02"  # 25 Dhu al-Qa'dah 1445 in the tabular Islamic calendar

PLAN = [
    ("01-main-bbc-like", 0, modern_main), ("02-cards", 1, article_cards), ("03-amp", 2, amp),
    ("04-table-levant-date", 3, table_layout), ("05-main", 4, modern_main), ("06-live", 5, live_blog),
    ("07-table-br", 6, lambda a: table_layout(a, br=True)), ("08-twice-title-dash", 7, body_twice),
    ("09-div-soup", 8, div_soup), ("10-cards", 9, article_cards), ("11-amp", 10, amp),
    ("12-active", 11, active_content), ("13-main", 12, modern_main), ("14-cards", 13, article_cards),
    ("15-table-hijri", 14, lambda a: table_layout(a, hijri="25 ذو القعدة 1445 هـ")), ("16-live", 15, live_blog),
    ("17-amp", 16, amp), ("18-twice", 17, body_twice), ("19-div-soup", 18, div_soup),
    ("20-table-br", 19, lambda a: table_layout(a, br=True)), ("21-active", 20, active_content),
    ("22-div-soup", 21, div_soup), ("23-wordpress", 4, wordpress), ("24-portal", 13, portal),
    ("25-wordpress", 19, wordpress), ("26-portal", 2, portal), ("27-drupal", 10, drupal),
    ("28-logo-h1", 20, logo_h1), ("29-tweet-promo", 11, tweet_promo), ("30-drupal", 15, drupal),
]


def main() -> None:
    gold = {}
    for name, index, layout in PLAN:
        article = ARTICLES[index]
        page, boilerplate = layout(article)
        encoding = "cp1256" if "windows-1256" in page else "utf-8"
        (HERE / f"{name}.html").write_bytes(page.encode(encoding))
        body = live_gold(article) if layout is live_blog else paragraphs(article)
        published = None if layout is body_twice else HIJRI_GREGORIAN if "hijri" in name else article["date"]
        site = "بوابة الأخبار العربية" if layout is body_twice else article["site"]
        gold[f"{name}.html"] = {"title": article["title"], "body": body, "boilerplate": boilerplate,
                                "published": published, "site": site}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
