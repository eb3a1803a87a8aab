"""Our own Arabic article for the PDF benchmarks, as HTML in one or two columns, with its claims in colour."""

from __future__ import annotations

import html

TITLE = "تقرير الربع الثالث: نمو الإيرادات وتوسع المنصة"
HEADER = "نشرة هامش الاقتصادية"
FOOTER = "جميع الحقوق محفوظة لفريق هامش"

# Paragraphs written for this benchmark; each claim is marked [[…]] and printed in colour.
PARAGRAPHS = [
    "أعلنت الشركة يوم الثلاثاء أن إيراداتها بلغت [[1.7 مليار يورو]] خلال الربع الثالث، مدفوعة بارتفاع الطلب "
    "على خدماتها السحابية في الأسواق الخليجية وشمال أفريقيا، وقال المدير المالي إن النتائج فاقت توقعات المحللين.",
    "وارتفعت حصة الشركة في السوق المحلية إلى [[11%]] بعد أن كانت أقل من عشرة في المئة قبل عام، فيما تراجعت "
    "حصة أقرب منافسيها بنحو نقطتين مئويتين.",
    "وكانت الشركة قد جمعت تمويلا جديدا بقيمة [[($2 billion)]] من مستثمرين أجانب، ما رفع قيمتها السوقية إلى "
    "[[٤٫٥ مليار دولار]] وفق تقديرات مصرفية نشرت الشهر الماضي.",
    "وتتعاون الشركة مع Mistral AI في تطوير نماذج لغوية عربية، وتقول إن تطبيقها تجاوز [[٣ ملايين تنزيل]] "
    "منذ إطلاقه، وإن عدد المستخدمين النشطين شهريا وصل إلى [[850 ألف مستخدم]].",
    "واستحوذ صندوق استثماري إقليمي على [[حصة 25%]] من رأس المال مقابل [[300 مليون دولار]]، على أن تكتمل "
    "الصفقة قبل نهاية العام بعد موافقة الجهات الرقابية.",
    "وللاستفسار يمكن الاتصال بقسم علاقات المستثمرين على الرقم +971 4 555 0123 أو زيارة الموقع "
    "example.com/ir، حيث تنشر الشركة تقاريرها الفصلية باللغتين العربية والإنجليزية.",
    "وقالت الشركة إن أرباحها التشغيلية بلغت [[١٢٠ مليون يورو]]، وإنها تخطط لتوظيف [[٤٠٠ موظف]] جديد في "
    "مكاتبها بالقاهرة والدار البيضاء والرياض خلال العامين المقبلين.",
    "ويرى محللون أن المنافسة ستشتد في العام المقبل، إذ تستعد شركات عالمية لدخول السوق، لكن الشركة تراهن على "
    "خبرتها المحلية وعلى شراكاتها مع المصارف وشركات الاتصالات في المنطقة.",
]


def claims() -> list[str]:
    """The claims, as the reader should find them verbatim in the text."""
    found = []
    for paragraph in PARAGRAPHS:
        parts = paragraph.split("[[")
        found.extend(part.split("]]")[0] for part in parts[1:])
    return found


def plain_text(repeat: int = 1) -> str:
    """The true text: title, then the paragraphs (`repeat` times), one per block."""
    body = [p.replace("[[", "").replace("]]", "") for p in PARAGRAPHS] * repeat
    return "\n\n".join([TITLE, *body])


def _paragraph_html(paragraph: str) -> str:
    out = html.escape(paragraph)
    out = out.replace("[[", '<span style="color:#c0392b">').replace("]]", "</span>")
    return f"<p>{out}</p>"


def article_html(*, columns: int = 1, font: str = "Noto Naskh Arabic", repeat: int = 1,
                 header_footer: bool = True, font_urls: dict[str, str] | None = None) -> str:
    """The article as an HTML page (A4, RTL) with a running header and footer in print CSS."""
    faces = "".join(
        f'@font-face {{ font-family: "{name}"; src: url("{url}"); }}' for name, url in (font_urls or {}).items())
    page = ""
    if header_footer:
        page = (f'@page {{ size: A4; margin: 25mm 20mm; @top-center {{ content: "{HEADER}"; '
                f'font-family: "{font}"; font-size: 9pt; }} @bottom-center {{ content: counter(page); '
                f'font-family: "{font}"; font-size: 9pt; }} }}')
    cols = f"column-count: {columns}; column-gap: 12mm;" if columns > 1 else ""
    body = "".join(_paragraph_html(p) for p in PARAGRAPHS * repeat)
    return (f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{html.escape(TITLE)}</title>'
            f'<style>{faces}{page} body {{ font-family: "{font}"; font-size: 12pt; line-height: 1.6; }} '
            f'h1 {{ font-size: 20pt; }} .cols {{ {cols} text-align: justify; }}</style></head>'
            f'<body><h1>{html.escape(TITLE)}</h1><div class="cols">{body}</div></body></html>')
