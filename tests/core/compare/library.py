"""A library we wrote for comparing figures: 14 articles from 5 sources about 3 companies over 2025.

Planted: two contradictions (Aramco's quarterly profit 26 vs 31 bn USD two weeks apart; Talabat's users 6 vs 9
million 17 days apart) and one agreement in two currencies (Mistral valued at 11.7 bn EUR and 13.2 bn USD a week
apart, equal at September 2025's shipped rate). Around them: the same figures outside the 30-day window, another
category, two values in one article, and a rejected claim that would contradict if it counted.
"""

from __future__ import annotations

from desktop.core.claims import suggest
from desktop.core.compare.subjects import suggest_subject

KNOWN = [("ميسترال", ["Mistral AI", "Mistral"]), ("أرامكو", ["Aramco", "Saudi Aramco"]), ("طلبات", ["Talabat"])]

# (key, published, site, category, status, text); each text's figures are found by the suggester.
ARTICLES = [
    ("mistral-feb", "2025-02-10", "صحيفة المدار", "valuation", "confirmed",
     "قدّرت مصادر مطلعة قيمة ميسترال بنحو 6 مليارات يورو بعد جولتها الأخيرة."),
    ("mistral-eur", "2025-09-05", "الخليج اليوم", "valuation", "confirmed",
     "بلغت قيمة ميسترال 11.7 مليار يورو بعد جولة تمويل جديدة قادتها صناديق أوروبية."),
    ("mistral-usd", "2025-09-12", "Tech Arabia", "valuation", "unreviewed",
     "بلغ تقييم Mistral AI نحو 13.2 مليار دولار وفق مستثمرين في الجولة."),
    ("mistral-rejected", "2025-09-08", "نبض الاقتصاد", "valuation", "rejected",
     "زعم منشور متداول أن قيمة ميسترال وصلت إلى 20 مليار يورو."),
    ("mistral-two", "2025-06-02", "رصيف المال", "valuation", "unreviewed",
     "ارتفعت قيمة ميسترال من 6 مليارات يورو إلى 8 مليارات يورو في أشهر قليلة."),
    ("aramco-may", "2025-05-06", "نبض الاقتصاد", "amount", "confirmed",
     "أعلنت أرامكو أن أرباحها الفصلية بلغت 26 مليار دولار."),
    ("aramco-may-2", "2025-05-20", "صحيفة المدار", "amount", "disputed",
     "حققت أرامكو أرباحا فصلية بلغت 31 مليار دولار بحسب تقديرات المحللين."),
    ("aramco-nov", "2025-11-04", "الخليج اليوم", "amount", "confirmed",
     "أعلنت أرامكو أن أرباحها الفصلية بلغت 27.5 مليار دولار."),
    ("aramco-stake", "2025-11-20", "رصيف المال", "stake", "unreviewed",
     "تملك الحكومة حصة في أرامكو تبلغ 81%."),
    ("talabat-mar", "2025-03-01", "Tech Arabia", "users", "confirmed",
     "تجاوز عدد مستخدمي تطبيق طلبات 6 ملايين مستخدم في المنطقة."),
    ("talabat-mar-2", "2025-03-18", "نبض الاقتصاد", "users", "unreviewed",
     "بلغ عدد مستخدمي طلبات 9 ملايين مستخدم بحسب الشركة."),
    ("talabat-jul", "2025-07-01", "صحيفة المدار", "users", "confirmed",
     "سجل تطبيق طلبات 12 مليون مستخدم مع توسعه في أسواق جديدة."),
    ("talabat-ipo", "2025-12-10", "الخليج اليوم", "valuation", "unreviewed",
     "بلغت قيمة Talabat ملياري دولار عند إدراجها في السوق."),
    ("talabat-dec", "2025-12-20", "Tech Arabia", "users", "unreviewed",
     "قال تطبيق طلبات إن عدد مستخدميه بلغ 12.4 مليون مستخدم."),
]
SOURCES = {a[2] for a in ARTICLES}


def build(store) -> dict[str, list]:
    """Import the articles and claim every figure the suggester finds, with the subject it proposes among the
    known subjects; returns the claims by article key."""
    for name, aliases in KNOWN:
        store.ensure_subject(name, aliases)
    known = store.subjects()
    claims = {}
    for key, day, site, category, status, text in ARTICLES:
        article, _ = store.add_article(title=f"{site}: {key}", text=text, source=site, published=day, site=site)
        items = []
        for s in suggest(text):
            guess = suggest_subject(text, s.start, s.end, known)
            items.append(dict(start=s.start, end=s.end, category=category, kind=s.kind, value=s.value, unit=s.unit,
                              status=status, origin="suggested", subject=guess.name if guess else None))
        claims[key] = store.add_annotations(article.id, items)
    return claims
