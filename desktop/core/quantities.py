"""The quantity lexicon and grammar: atoms, currencies, units, counted nouns and cue words, as compiled regexes.

Every pattern here runs on text folded by :func:`desktop.core.arabic_numerals.fold` (alef forms → ا,
ى → ي, ة → ه, no tatweel or diacritics, ASCII digits), so the word lists use that spelling.
"""

from __future__ import annotations

import re

from desktop.core.arabic_numerals import DIGITS_PATTERN, LATIN_SCALES, WORD_VALUES

__all__ = [
    "trie_pattern", "ATOM_RE", "NEXT_ATOM_RE", "SUFFIX_RE", "PREFIX_CURRENCY_RE", "PREFIX_PERCENT_RE",
    "LATIN_AFTER_RE", "DATE_TIME_AFTER_RE", "APPROX_BEFORE_RE", "APPROX_AFTER_RE", "VALUATION_RE",
    "STAKE_BEFORE_RE", "STAKE_AFTER_RE", "MARKET_SHARE_BEFORE_RE", "MARKET_SHARE_AFTER_RE", "SENTENCE_END_RE",
    "RANGE_JOIN_RE", "BETWEEN_BEFORE_RE", "COUNTRY_CUE_RE", "DUAL_CURRENCIES", "CURRENCY_WORDS",
    "currency_code", "country_code", "counted_noun", "symbol_currency",
]


def trie_pattern(words: list[str] | set[str] | tuple[str, ...]) -> str:
    """A regular-expression alternation of ``words`` factored as a trie (longest continuation first)."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


# ---------------------------------------------------------------- currencies

# base word (folded) -> (default ISO code, the codes the press uses it for); the default is documented in
# claims.py. Ambiguous names take the code of the nearest country named before them in the article.
_CURRENCY_FAMILIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "دولار": ("USD", ("USD",)),
    "يورو": ("EUR", ("EUR",)),
    "جنيه": ("EGP", ("EGP", "GBP", "SDG")),
    "استرليني": ("GBP", ("GBP",)),
    "ريال": ("SAR", ("SAR", "QAR", "OMR", "YER")),
    "درهم": ("AED", ("AED", "MAD")),
    "دينار": ("KWD", ("KWD", "BHD", "JOD", "IQD", "TND", "DZD", "LYD")),
    "ليره": ("TRY", ("TRY", "LBP", "SYP")),
    "ين": ("JPY", ("JPY",)),
    "يوان": ("CNY", ("CNY",)),
    "روبل": ("RUB", ("RUB",)),
    "روبيه": ("INR", ("INR", "PKR")),
    "فرنك": ("CHF", ("CHF",)),
    "شيكل": ("ILS", ("ILS",)),
}
# every folded form -> its base word
CURRENCY_WORDS: dict[str, str] = {}
for _base, _forms in {
    "دولار": ("دولار", "دولارا", "دولارات", "دولاران", "دولارين"),
    "يورو": ("يورو", "يوروهات"),
    "جنيه": ("جنيه", "جنيها", "جنيهات", "جنيهان", "جنيهين"),
    "استرليني": ("استرليني",),
    "ريال": ("ريال", "ريالا", "ريالات", "ريالان", "ريالين"),
    "درهم": ("درهم", "درهما", "دراهم", "درهمان", "درهمين"),
    "دينار": ("دينار", "دينارا", "دنانير", "ديناران", "دينارين"),
    "ليره": ("ليره", "ليرات", "ليرتان", "ليرتين"),
    "ين": ("ين",),
    "يوان": ("يوان",),
    "روبل": ("روبل", "روبلا", "روبلات"),
    "روبيه": ("روبيه", "روبيات"),
    "فرنك": ("فرنك", "فرنكا", "فرنكات"),
    "شيكل": ("شيكل", "شيكلا", "شواكل"),
}.items():
    CURRENCY_WORDS.update({form: _base for form in _forms})
DUAL_CURRENCIES = {w: CURRENCY_WORDS[w] for w in ("دولاران", "دولارين", "جنيهان", "جنيهين", "ريالان", "ريالين",
                                                  "درهمان", "درهمين", "ديناران", "دينارين", "ليرتان", "ليرتين")}

# qualifier (folded, without ال) -> ISO code; the feminine forms qualify ليرة and روبية
_QUALIFIERS = {
    "امريكي": "USD", "اميركي": "USD", "كندي": "CAD", "استرالي": "AUD", "سنغافوري": "SGD",
    "هونغ كونغ": "HKD", "هونج كونج": "HKD", "نيوزيلندي": "NZD", "تايواني": "TWD",
    "مصري": "EGP", "استرليني": "GBP", "سوداني": "SDG",
    "سعودي": "SAR", "قطري": "QAR", "عماني": "OMR", "يمني": "YER", "ايراني": "IRR", "برازيلي": "BRL",
    "اماراتي": "AED", "مغربي": "MAD",
    "كويتي": "KWD", "بحريني": "BHD", "اردني": "JOD", "عراقي": "IQD", "تونسي": "TND", "جزائري": "DZD",
    "ليبي": "LYD", "صربي": "RSD",
    "تركيه": "TRY", "لبنانيه": "LBP", "سوريه": "SYP", "تركي": "TRY", "لبناني": "LBP", "سوري": "SYP",
    "ياباني": "JPY", "صيني": "CNY", "روسي": "RUB", "هنديه": "INR", "باكستانيه": "PKR", "سويسري": "CHF",
}
_QUALIFIER_FORMS = {**_QUALIFIERS, **{q + "ه": c for q, c in _QUALIFIERS.items() if not q.endswith("ه")}}

_SYMBOLS = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₺": "TRY", "₹": "INR",
            "ر.س": "SAR", "ج.م": "EGP", "د.ا": "AED", "د.ك": "KWD", "ر.ق": "QAR"}
_ISO = ("USD", "EUR", "GBP", "JPY", "CNY", "SAR", "AED", "EGP", "KWD", "QAR", "BHD", "OMR", "JOD", "MAD",
        "TND", "DZD", "LYD", "IQD", "TRY", "LBP", "SYP", "CHF", "INR", "RUB", "CAD", "AUD", "SDG", "YER")
_LATIN_CURRENCY = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
                   "pounds": "GBP", "yen": "JPY", "yuan": "CNY"}


def symbol_currency(symbol: str) -> str:
    """ISO code of a currency sign, an ISO code or an English currency word."""
    return _SYMBOLS.get(symbol) or _LATIN_CURRENCY.get(symbol.lower()) or symbol.upper()


def currency_code(word: str, qualifier: str | None) -> tuple[str, tuple[str, ...]]:
    """(code, candidate codes) of a folded currency word; one candidate when the qualifier settles it."""
    base = CURRENCY_WORDS[word]
    if qualifier:
        code = _QUALIFIER_FORMS.get(qualifier.removeprefix("ال"))
        if code:
            return code, (code,)
    return _CURRENCY_FAMILIES[base]


# Country and city names that settle an ambiguous currency name (ريال, درهم, دينار, ليرة, جنيه).
_COUNTRY_CUES = {
    "SAR": ("السعوديه", "سعودي", "سعوديه", "الرياض", "جده"),
    "QAR": ("قطر", "قطري", "قطريه", "الدوحه"),
    "OMR": ("سلطنه عمان", "عماني", "عمانيه", "مسقط"),
    "YER": ("اليمن", "يمني", "يمنيه", "صنعاء"),
    "AED": ("الامارات", "اماراتي", "اماراتيه", "دبي", "ابوظبي", "ابو ظبي"),
    "MAD": ("المغرب", "مغربي", "مغربيه", "الرباط", "الدار البيضاء"),
    "KWD": ("الكويت", "كويتي", "كويتيه"),
    "BHD": ("البحرين", "بحريني", "بحرينيه", "المنامه"),
    "JOD": ("الاردن", "اردني", "اردنيه"),
    "IQD": ("العراق", "عراقي", "عراقيه", "بغداد"),
    "TND": ("تونس", "تونسي", "تونسيه"),
    "DZD": ("الجزائر", "جزائري", "جزائريه"),
    "LYD": ("ليبيا", "ليبي", "ليبيه", "طرابلس"),
    "TRY": ("تركيا", "تركي", "تركيه", "اسطنبول", "انقره"),
    "LBP": ("لبنان", "لبناني", "لبنانيه", "بيروت"),
    "SYP": ("سوريا", "سوري", "سوريه", "دمشق"),
    "EGP": ("مصر", "مصري", "مصريه", "القاهره"),
    "GBP": ("بريطانيا", "بريطاني", "بريطانيه", "لندن", "المملكه المتحده"),
    "SDG": ("السودان", "سوداني", "سودانيه", "الخرطوم"),
}
_CUE_TO_CODE = {cue: code for code, cues in _COUNTRY_CUES.items() for cue in cues}
COUNTRY_CUE_RE = re.compile(rf"(?<![^\W\d_])[وبل]?(?:ال)?(?P<cue>{trie_pattern(_CUE_TO_CODE)})(?!\w)")


def country_code(cue: str) -> str:
    """ISO currency code of a country or city cue word."""
    return _CUE_TO_CODE[cue]


# ---------------------------------------------------------------- counted nouns and time words

_NOUNS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    # unit: (category, ...forms)
    "downloads": ("downloads", ("تنزيل", "تنزيلا", "تنزيلات", "تنزيلين", "تحميل", "تحميلا", "تحميلات", "تحميلين")),
    "installs": ("downloads", ("تثبيت", "تثبيتا", "تثبيتات")),
    "users": ("users", ("مستخدم", "مستخدما", "مستخدمين", "مستخدمون", "مستخدمان", "مستخدمه", "مستخدمات")),
    "subscribers": ("users", ("مشترك", "مشتركا", "مشتركين", "مشتركون", "مشتركه", "مشتركات")),
    "subscriptions": ("users", ("اشتراك", "اشتراكا", "اشتراكات")),
    "employees": ("other", ("موظف", "موظفا", "موظفين", "موظفون", "موظفه", "موظفات")),
    "workers": ("other", ("عامل", "عاملا", "عمال")),
    "shares": ("other", ("سهم", "سهما", "اسهم", "سهمين")),
    "customers": ("other", ("عميل", "عميلا", "عملاء", "زبون", "زبونا", "زبائن")),
    "visitors": ("other", ("زائر", "زائرا", "زوار")),
    "followers": ("other", ("متابع", "متابعا", "متابعين", "متابعون")),
    "people": ("other", ("شخص", "شخصا", "اشخاص", "نسمه")),
    "students": ("other", ("طالب", "طالبا", "طلاب")),
    "barrels": ("other", ("برميل", "برميلا", "براميل")),
    "tonnes": ("other", ("طن", "طنا", "اطنان")),
    "units": ("other", ("وحده", "وحدات")),
    "cars": ("other", ("سياره", "سيارات")),
    "devices": ("other", ("جهاز", "جهازا", "اجهزه")),
    "phones": ("other", ("هاتف", "هاتفا", "هواتف")),
    "jobs": ("other", ("وظيفه", "وظائف", "فرصه عمل", "فرص عمل", "فرصه شغل", "منصب شغل", "مناصب شغل",
                       "منصب عمل", "مناصب عمل")),
    "stores": ("other", ("متجر", "متجرا", "متاجر")),
    "branches": ("other", ("فرع", "فرعا", "فروع")),
    "views": ("other", ("مشاهده", "مشاهدات")),
    "copies": ("other", ("نسخه", "نسخ")),
    "apps": ("other", ("تطبيق", "تطبيقا", "تطبيقات")),
    "passengers": ("other", ("مسافر", "مسافرا", "مسافرين", "راكب", "راكبا", "ركاب")),
    "tourists": ("other", ("سائح", "سائحا", "سياح")),
    "families": ("other", ("اسره", "اسر", "عائله", "عائلات")),
    "beneficiaries": ("other", ("مستفيد", "مستفيدا", "مستفيدين", "مستفيدون")),
    "citizens": ("other", ("مواطن", "مواطنا", "مواطنين", "مواطنون")),
    "refugees": ("other", ("لاجئ", "لاجئا", "لاجئين", "لاجئون")),
    "patients": ("other", ("مريض", "مريضا", "مرضي")),
    "cases": ("other", ("حاله", "حالات", "اصابه", "اصابات")),
    "members": ("other", ("عضو", "عضوا", "اعضاء")),
    "viewers": ("other", ("مشاهد", "مشاهدا", "مشاهدين")),
    "accounts": ("other", ("حساب", "حسابا", "حسابات")),
    "transactions": ("other", ("معامله", "معاملات", "صفقه", "صفقات")),
    "companies": ("other", ("شركه", "شركات", "شركه ناشئه", "شركات ناشئه", "مؤسسه", "مؤسسات")),
    "projects": ("other", ("مشروع", "مشروعا", "مشاريع", "مشروعات")),
    "products": ("other", ("منتج", "منتجا", "منتجات")),
    "housing units": ("other", ("وحده سكنيه", "وحدات سكنيه", "منزل", "منزلا", "منازل", "مسكن", "مساكن")),
    "schools": ("other", ("مدرسه", "مدارس")),
    "hospitals": ("other", ("مستشفي", "مستشفيات")),
    "containers": ("other", ("حاويه", "حاويات")),
    "ships": ("other", ("سفينه", "سفن")),
    "flights": ("other", ("رحله", "رحلات")),
    "doses": ("other", ("جرعه", "جرعات")),
    "trees": ("other", ("شجره", "اشجار")),
    "basis points": ("other", ("نقطه اساس", "نقاط اساس")),
    "hectares": ("other", ("هكتار", "هكتارا", "هكتارات")),
    "square metres": ("other", ("متر مربع", "مترا مربعا", "امتار مربعه")),
    "kilometres": ("other", ("كيلومتر", "كيلومترا", "كيلومترات", "كلم")),
    "megawatts": ("other", ("ميغاواط", "ميجاوات", "ميغاوات", "ميجاواط")),
    "gigawatts": ("other", ("غيغاواط", "جيجاوات", "غيغاوات", "جيجاواط")),
    "litres": ("other", ("لتر", "لترا", "لترات")),
    "cubic feet": ("other", ("قدم مكعب", "اقدام مكعبه")),
}
_NOUN_FORMS = {form: (unit, category) for unit, (category, forms) in _NOUNS.items() for form in forms}


def counted_noun(form: str) -> tuple[str, str]:
    """(English unit, category) of a folded counted-noun form."""
    return _NOUN_FORMS[form]


_TIME_WORDS = (
    "سنه", "سنوات", "سنين", "سنتين", "سنتان", "عام", "اعوام", "عاما", "عامين", "عامان", "يوم", "ايام", "يوما",
    "يومين", "يومان", "ساعه", "ساعات", "ساعتين", "دقيقه", "دقائق", "دقيقتين", "ثانيه", "ثوان", "ثواني",
    "شهر", "اشهر", "شهور", "شهرا", "شهرين", "اسبوع", "اسابيع", "اسبوعا", "اسبوعين", "قرن", "قرون",
    "ليله", "ليال", "ميلادي", "هجري",
)

# ---------------------------------------------------------------- atoms of a number phrase

_LATIN_SCALE = "|".join(sorted(LATIN_SCALES, key=len, reverse=True))
_DIGIT_ATOM = (
    rf"(?<![0-9A-Za-z_.,،٫٬/:+#@&])(?<![A-Za-z]-)(?P<digits>{DIGITS_PATTERN})"
    rf"(?: ?(?P<latin>(?i:{_LATIN_SCALE}))(?![A-Za-z]))?"
)
_WORDS = trie_pattern(set(WORD_VALUES) | set(DUAL_CURRENCIES))
ATOM_RE = re.compile(rf"(?<![^\W\d_])(?P<clitic>[وف]?[بلك]?)(?P<word>{_WORDS})(?!\w)|{_DIGIT_ATOM}")
NEXT_ATOM_RE = re.compile(rf" *(?P<wa>و ?)?(?:(?P<word>{trie_pattern(WORD_VALUES)})(?!\w)|{_DIGIT_ATOM})")
LATIN_AFTER_RE = re.compile(r"[A-Za-z]")
DATE_TIME_AFTER_RE = re.compile(r"[/:][0-9]")

# ---------------------------------------------------------------- what follows and precedes a number

SUFFIX_RE = re.compile(
    r" *(?:(?P<pct>%)"
    r"|(?P<pctw>(?:بال|في ال)(?:مئه|مائه|ميه))(?!\w)"
    rf"|(?P<sym>{'|'.join(re.escape(s) for s in sorted(_SYMBOLS, key=len, reverse=True))})"
    rf"|(?P<iso>{'|'.join(_ISO)})(?![A-Za-z])"
    rf"|(?P<latcur>(?i:{'|'.join(sorted(_LATIN_CURRENCY, key=len, reverse=True))}))(?![A-Za-z])"
    rf"|(?:من ال)?(?P<cur>{trie_pattern(CURRENCY_WORDS)})(?!\w)"
    rf"(?: (?P<qual>(?:ال)?{trie_pattern(_QUALIFIER_FORMS)})(?!\w))?"
    rf"|(?:من ال)?(?P<noun>{trie_pattern(_NOUN_FORMS)})(?!\w)"
    rf"|(?P<time>{trie_pattern(_TIME_WORDS)})(?!\w))"
)
PREFIX_CURRENCY_RE = re.compile(
    rf"(?P<sym>US\$|\$|€|£|¥|₺|₹|(?<![A-Za-z])(?:{'|'.join(_ISO)})) ?\Z"
)
PREFIX_PERCENT_RE = re.compile(r"(?<![0-9%])%\Z")

_APPROX_CUES = (
    "نحو", "حوالي", "قرابه", "زهاء", "تقريبا", "اكثر من", "اقل من", "ازيد من", "ما يقارب", "يقارب",
    "ما يقرب من", "يقرب من", "ما يناهز", "يناهز", "ما يزيد عن", "ما يزيد علي", "يزيد عن", "يزيد علي",
    "ما لا يقل عن", "لا يقل عن", "ما يفوق", "يفوق", "ما يربو علي", "يربو علي", "ما يصل الي", "ما دون",
    "اكثر قليلا من", "اقل قليلا من", "ما يتجاوز", "يتجاوز", "تتجاوز", "فوق",
)
APPROX_BEFORE_RE = re.compile(rf"(?<![^\W\d_])[وفبل]?(?:{trie_pattern(_APPROX_CUES)}) *(?:ال)?\Z")
APPROX_AFTER_RE = re.compile(r" *،? *تقريبا(?!\w)")

VALUATION_RE = re.compile(
    r"تقييم|قيمه سوقيه|القيمه السوقيه|قيمت(?:ها|ه) السوقيه|رسمله|قيمه (?:ال)?شركه|قيمتها (?:الي|ب)|تقدر قيم|"
    r"(?i:valuation|valued at|market cap)"
)
STAKE_BEFORE_RE = re.compile(r"حص[هت]|ملكيه|ستحو|[يت]م?تلك|مملوك|من اسهم|(?i:stake)")
STAKE_AFTER_RE = re.compile(r" *(?:من|في) (?:اسهم|الاسهم|راس ?مال|حصص|ملكيه)")
MARKET_SHARE_BEFORE_RE = re.compile(r"حص[هت]\w* (?:ال)?سوقيه|حص[هت]\w* (?:\w+ ){0,2}في (?:ال)?سوق")
MARKET_SHARE_AFTER_RE = re.compile(r" *من (?:ال)?(?:سوق|مبيعات)")
SENTENCE_END_RE = re.compile(r"[.!?؟؛\n](?![0-9])")

RANGE_JOIN_RE = re.compile(r" *(?:(?P<wa>و)|(?P<to>الي|حتي|او|-)) *")  # fullmatch the gap
BETWEEN_BEFORE_RE = re.compile(r"(?<![^\W\d_])[وف]?(?:ما )?(?:بين) *\Z")
