"""The quantity lexicon and grammar: atoms, currencies, units, counted nouns and cue words, as compiled regexes.

Every pattern here runs on text folded by :func:`desktop.core.claims.numerals.fold` (alef forms → ا,
ى → ي, ة → ه, no tatweel or diacritics, ASCII digits), so the word lists use that spelling.
"""

from __future__ import annotations

import re

from desktop.core.claims.numerals import DIGITS_PATTERN, LATIN_SCALES, WORD_VALUES

__all__ = [
    "trie_pattern", "ATOM_RE", "NEXT_ATOM_RE", "SUFFIX_RE", "PREFIX_CURRENCY_RE", "PREFIX_PERCENT_RE",
    "LATIN_AFTER_RE", "DATE_TIME_AFTER_RE", "APPROX_BEFORE_RE", "APPROX_AFTER_RE", "VALUATION_RE",
    "STAKE_BEFORE_RE", "STAKE_AFTER_RE", "MARKET_SHARE_BEFORE_RE", "MARKET_SHARE_AFTER_RE", "SENTENCE_END_RE",
    "RANGE_JOIN_RE", "BETWEEN_BEFORE_RE", "COUNTRY_CUE_RE", "DUAL_CURRENCIES", "CURRENCY_WORDS",
    "currency_code", "country_code", "counted_noun", "symbol_currency", "COUNT_SUBJECT_RE", "FREE_AFTER_RE",
    "INDEX_CUE_RE", "MONEY_CUE_RE",
]


def _longest_first(words) -> str:
    """A regular-expression alternation of ``words``, longer words first (for words a trie gains nothing on)."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


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

# Currency signs stand before or after the number; Arabic abbreviations (ر.س) only after it.
_SIGNS = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₺": "TRY", "₹": "INR"}
_SYMBOLS = {**_SIGNS, "ر.س": "SAR", "ج.م": "EGP", "د.ا": "AED", "د.ك": "KWD", "ر.ق": "QAR"}
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

# unit: (category, singular forms, plural forms). Forms are folded; "_" joins a multi-word noun. A singular
# marked "+" also yields its accusative (ـا) and dual (ـان/ـين) — for a noun in ه: ـتان/ـتين — and one
# marked "++" also yields its sound plural (ـون/ـين; for a noun in ه: ـات). Countries, cities, ministers,
# players, metres and times are left out on purpose: the press counts them without making a claim.
_NOUN_SPECS: dict[str, tuple[str, str, str]] = {
    "downloads": ("downloads", "تنزيل+ تحميل+", "تنزيلات تحميلات"),
    "installs": ("downloads", "تثبيت+", "تثبيتات"),
    "users": ("users", "مستخدم++ مستخدمه++", ""),
    "subscribers": ("users", "مشترك++ مشتركه++", ""),
    "subscriptions": ("users", "اشتراك+", "اشتراكات"),
    "employees": ("other", "موظف++ موظفه++", ""),
    "workers": ("other", "عامل++ عامله++", "عمال"),
    "shares": ("other", "سهم+", "اسهم"),
    "customers": ("other", "عميل+ زبون+ زبونه+", "عملاء زبائن"),
    "visitors": ("other", "زائر++ زائره++", "زوار"),
    "visits": ("other", "زياره+", "زيارات"),
    "followers": ("other", "متابع++", ""),
    "people": ("other", "شخص+ نسمه فرد+", "اشخاص افراد"),
    "pilgrims": ("other", "حاج+ معتمر++", "حجاج حجيج"),
    "youths": ("other", "شاب+ شابه++", "شباب"),
    "children": ("other", "طفل+ طفله+", "اطفال"),
    "women": ("other", "امراه سيده++", "نساء"),
    "residents": ("other", "ساكن+ مقيم++", "سكان"),
    "students": ("other", "طالب+ طالبه++ تلميذ+ تلميذه++", "طلاب طلبه تلاميذ"),
    "trainees": ("other", "متدرب++ متدربه++", ""),
    "graduates": ("other", "خريج++ خريجه++", ""),
    "teachers": ("other", "معلم++ معلمه++ مدرس++", ""),
    "doctors": ("other", "طبيب+ طبيبه++", "اطباء"),
    "nurses": ("other", "ممرض++ ممرضه++", ""),
    "engineers": ("other", "مهندس++ مهندسه++", ""),
    "developers": ("other", "مطور++", ""),
    "volunteers": ("other", "متطوع++ متطوعه++", ""),
    "participants": ("other", "مشارك++", ""),
    "investors": ("other", "مستثمر++", ""),
    "shareholders": ("other", "مساهم++", ""),
    "traders": ("other", "تاجر+", "تجار"),
    "farmers": ("other", "مزارع++ فلاح++", ""),
    "drivers": ("other", "سائق++", ""),
    "passengers": ("other", "مسافر++ راكب+", "ركاب"),
    "tourists": ("other", "سائح++ سائحه++", "سياح"),
    "migrants": ("other", "مهاجر++ نازح++", ""),
    "families": ("other", "اسره+ عائله+", "اسر عائلات"),
    "beneficiaries": ("other", "مستفيد++ مستفيده++", ""),
    "citizens": ("other", "مواطن++ مواطنه++", ""),
    "refugees": ("other", "لاجئ++ لاجئه++", ""),
    "patients": ("other", "مريض+ مريضه++", "مرضي"),
    "cases": ("other", "حاله+ اصابه+", "حالات اصابات"),
    "deaths": ("other", "وفاه", "وفيات"),
    "members": ("other", "عضو+", "اعضاء"),
    "viewers": ("other", "مشاهد++ مستمع++ قارئ+", "قراء"),
    "views": ("other", "مشاهده+", "مشاهدات"),
    "accounts": ("other", "حساب+", "حسابات"),
    "transactions": ("other", "معامله+ صفقه+ عمليه+", "معاملات صفقات عمليات"),
    "orders": ("other", "طلب+", "طلبات"),
    "messages": ("other", "رساله+ مكالمه+", "رسائل مكالمات"),
    "posts": ("other", "تغريده+ منشور+", "تغريدات منشورات"),
    "companies": ("other", "شركه+ مؤسسه+", "شركات مؤسسات"),
    "startups": ("other", "شركه_ناشئه ناشئه", "شركات_ناشئه ناشئات"),
    "factories": ("other", "مصنع+", "مصانع"),
    "banks": ("other", "بنك+ مصرف+", "بنوك مصارف"),
    "hotels": ("other", "فندق+", "فنادق"),
    "rooms": ("other", "غرفه+", "غرف"),
    "hotel rooms": ("other", "غرفه_فندقيه", "غرف_فندقيه"),
    "restaurants": ("other", "مطعم+", "مطاعم"),
    "stores": ("other", "متجر+ محل+", "متاجر محلات"),
    "branches": ("other", "فرع+", "فروع"),
    "offices": ("other", "مكتب+", "مكاتب"),
    "warehouses": ("other", "مستودع+", "مستودعات"),
    "stations": ("other", "محطه+", "محطات"),
    "projects": ("other", "مشروع+", "مشاريع مشروعات"),
    "products": ("other", "منتج+", "منتجات"),
    "jobs": ("other", "وظيفه+ فرصه_عمل فرصه_شغل فرصه_وظيفيه منصب_شغل منصب_عمل",
             "وظائف فرص_عمل فرص_وظيفيه مناصب_شغل مناصب_عمل"),
    "vehicles": ("other", "مركبه+ عربه+", "مركبات عربات"),
    "cars": ("other", "سياره+", "سيارات"),
    "buses": ("other", "حافله+", "حافلات"),
    "trucks": ("other", "شاحنه+", "شاحنات"),
    "aircraft": ("other", "طائره+", "طائرات"),
    "ships": ("other", "سفينه+ باخره+", "سفن بواخر"),
    "trains": ("other", "قطار+", "قطارات"),
    "flights": ("other", "رحله+ رحله_جويه", "رحلات رحلات_جويه"),
    "containers": ("other", "حاويه+", "حاويات"),
    "devices": ("other", "جهاز+", "اجهزه"),
    "phones": ("other", "هاتف+ هاتفا_ذكيا هاتف_ذكي", "هواتف هواتف_ذكيه"),
    "computers": ("other", "حاسوب+ كمبيوتر", "حواسيب"),
    "chips": ("other", "شريحه+ رقاقه+", "شرائح رقائق"),
    "servers": ("other", "خادم+", "خوادم"),
    "robots": ("other", "روبوت+", "روبوتات"),
    "apps": ("other", "تطبيق+", "تطبيقات"),
    "games": ("other", "لعبه+", "العاب"),
    "videos": ("other", "مقطع+ مقطع_فيديو", "مقاطع مقاطع_فيديو"),
    "copies": ("other", "نسخه+", "نسخ"),
    "books": ("other", "كتاب+", "كتب"),
    "tickets": ("other", "تذكره+", "تذاكر"),
    "cards": ("other", "بطاقه+", "بطاقات"),
    "loans": ("other", "قرض+", "قروض"),
    "licences": ("other", "رخصه+ ترخيص+", "رخص تراخيص"),
    "units": ("other", "وحده+", "وحدات"),
    "housing units": ("other", "وحده_سكنيه منزل+ مسكن+", "وحدات_سكنيه منازل مساكن"),
    "homes": ("other", "بيت+", "بيوت"),
    "apartments": ("other", "شقه+", "شقق"),
    "villas": ("other", "فيلا", "فلل"),
    "buildings": ("other", "مبني مبنيين بنايه+", "مباني بنايات"),
    "schools": ("other", "مدرسه+", "مدارس"),
    "universities": ("other", "جامعه+", "جامعات"),
    "classrooms": ("other", "فصل_دراسي", "فصول_دراسيه"),
    "hospitals": ("other", "مستشفي", "مستشفيات"),
    "clinics": ("other", "عياده+ مركز_صحي", "عيادات مراكز_صحيه"),
    "pharmacies": ("other", "صيدليه+", "صيدليات"),
    "beds": ("other", "سرير+", ""),
    "seats": ("other", "مقعد+", "مقاعد"),
    "mosques": ("other", "مسجد+", "مساجد"),
    "meals": ("other", "وجبه+", "وجبات"),
    "doses": ("other", "جرعه+", "جرعات"),
    "trees": ("other", "شجره+ نخله+ شتله+", "اشجار نخيل شتلات"),
    "farms": ("other", "مزرعه+", "مزارع"),
    "livestock": ("other", "راس_ماشيه", "رؤوس_ماشيه"),
    "barrels": ("other", "برميل+", "براميل"),
    "tonnes": ("other", "طن+", "اطنان"),
    "kilograms": ("other", "كيلوغرام+ كيلوجرام+ كغ كلغ", "كيلوغرامات كيلوجرامات"),
    "litres": ("other", "لتر+", "لترات"),
    "cubic metres": ("other", "متر_مكعب مترا_مكعبا", "امتار_مكعبه"),
    "cubic feet": ("other", "قدم_مكعب", "اقدام_مكعبه"),
    "basis points": ("other", "نقطه_اساس", "نقاط_اساس"),
    "hectares": ("other", "هكتار+", "هكتارات"),
    "feddans": ("other", "فدان+", "افدنه"),
    "dunums": ("other", "دونم+", "دونمات"),
    "square metres": ("other", "متر_مربع مترا_مربعا", "امتار_مربعه"),
    "square kilometres": ("other", "كيلومتر_مربع كيلومترا_مربعا", "كيلومترات_مربعه"),
    "kilometres": ("other", "كيلومتر+ كلم", "كيلومترات"),
    "megawatts": ("other", "ميغاواط ميجاوات ميغاوات ميجاواط", ""),
    "gigawatts": ("other", "غيغاواط جيجاوات غيغاوات جيجاواط", ""),
}
_PRONOUNS = ("", "ها", "ه", "هم", "نا", "كم")


def _inflect(word: str) -> tuple[list[str], list[str]]:
    """(singular and dual forms, sound plural forms) of one marked singular of _NOUN_SPECS."""
    stem = word.rstrip("+")
    marks = len(word) - len(stem)
    stem = stem.replace("_", " ")
    if not marks:
        return [stem], []
    if stem.endswith("ه"):
        base = stem[:-1]
        return [stem, base + "تان", base + "تين"], [base + "ات"] if marks > 1 else []
    singular = [stem, stem + "ا", stem + "ان"]
    return (singular, [stem + "ون", stem + "ين"]) if marks > 1 else (singular + [stem + "ين"], [])


def _construct(plural: str) -> list[str]:
    """A plural as the head of a construct, bare or with a pronoun (مستخدمي، مستخدميها، عملاؤها)."""
    if " " in plural:
        return [plural]
    heads = [plural[:-2] + "ي"] if plural.endswith(("ين", "ون")) else [plural]
    if plural.endswith("اء"):
        heads += [plural[:-1] + "ئ", plural[:-1] + "ؤ"]
    return [plural] + [head + pronoun for head in heads for pronoun in _PRONOUNS]


def _partitive(plural: str) -> list[str]:
    """What «<number> من …» counts: the definite plural or a plural with a pronoun (الموظفين، موظفيها)."""
    return ["ال" + plural] + [f for f in _construct(plural)[1:] if f.endswith(_PRONOUNS[1:])]


_NOUN_FORMS: dict[str, tuple[str, str]] = {}
_PLURAL_HEADS: dict[str, tuple[str, str]] = {}  # plural (or its construct) → (unit, category)
_PARTITIVES: dict[str, tuple[str, str]] = {}  # «من الموظفين», «من موظفيها» → (unit, category)
for _unit, (_category, _singulars, _plurals) in _NOUN_SPECS.items():
    _all_plurals = [w.replace("_", " ") for w in _plurals.split()]
    for _word in _singulars.split():
        _sg, _sound = _inflect(_word)
        _NOUN_FORMS.update({f: (_unit, _category) for f in _sg})
        _all_plurals += _sound
    for _plural in _all_plurals:
        _NOUN_FORMS[_plural] = (_unit, _category)
        _PLURAL_HEADS.update({f: (_unit, _category) for f in _construct(_plural)})
        _PARTITIVES.update({f: (_unit, _category) for f in _partitive(_plural)})


def counted_noun(form: str) -> tuple[str, str]:
    """(English unit, category) of a folded counted-noun form, or of a plural heading a construct."""
    return _NOUN_FORMS.get(form) or _PLURAL_HEADS.get(form) or _PARTITIVES[form]


# «بلغ عدد المشتركين في الخدمة …», «وصل عدد زوار المعرض …»: the noun counted by a later bare number.
COUNT_SUBJECT_RE = re.compile(
    rf"(?<![^\W\d_])[وبل]?(?:ال)?(?:عدد|اعداد) (?:ال)?(?P<noun>{trie_pattern(_PLURAL_HEADS)})(?!\w)"
)
# What may follow a number that takes its noun from the context: punctuation, the end, a particle, a
# definite word or a clause joined by و; anything else is more likely the number's own (unlisted) noun.
_FREE_FOLLOWERS = (
    "في", "الي", "علي", "عن", "خلال", "مقابل", "حتي", "منذ", "بعد", "قبل", "مع", "عام", "سنويا",
    "شهريا", "يوميا", "اسبوعيا", "تقريبا", "فقط", "بحلول", "بنهايه", "بحسب", "حسب", "وفق", "وفقا", "او", "و",
    "بينما", "فيما", "حين", "اي", "ما", "لكن", "كما", "بين", "نحو", "هذا", "هذه", "ذلك", "تلك", "اخري", "اخرين", "غير",
)
FREE_AFTER_RE = re.compile(
    rf" *(?:[^\w\s]|\Z|(?:[وفبلك]?ال|لل|و)\w|(?:{trie_pattern(_FREE_FOLLOWERS)})(?!\w))"
)
# Words that bring a sum of money into the sentence: a bare number after one counts no noun before it.
MONEY_CUE_RE = re.compile(
    r"ارباح|ايراد|عائد|مبيعات|قيمه|قيمت|بقيمه|تمويل|استثمار|ميزاني|قرض|قروض|دخل|تكلف|كلفه|رسمل|راس ?مال|"
    r"سعر|اسعار|صافي|خسائر|خساره|ديون|رواتب|اجور|انفاق|نفقات|مبلغ|دعم مالي|منح|صفقه"
)
# «ليغلق عند 11,950 نقطة», «ارتفع مؤشر … 120 نقطة»: index levels and moves are in points.
INDEX_CUE_RE = re.compile(r"مؤشر|غلق|اغلاق|بورص|تداول|داو جونز|ناسداك|نيكاي|فوتسي|داكس|تاسي")

_TIME_WORDS = (
    "سنه", "سنوات", "سنين", "سنتين", "سنتان", "عام", "اعوام", "عاما", "عامين", "عامان", "يوم", "ايام", "يوما",
    "يومين", "يومان", "ساعه", "ساعات", "ساعتين", "دقيقه", "دقائق", "دقيقتين", "ثانيه", "ثوان", "ثواني",
    "شهر", "اشهر", "شهور", "شهرا", "شهرين", "اسبوع", "اسابيع", "اسبوعا", "اسبوعين", "قرن", "قرون",
    "ليله", "ليال", "ميلادي", "هجري",
)

# ---------------------------------------------------------------- atoms of a number phrase

_LATIN_SCALE = _longest_first(LATIN_SCALES)
# Digits glued to an Arabic word are part of a name («هب71»), unless only clitics stand before them
# («بـ300», «و20%», «وب5»): no non-clitic letter right before, and no clitic that ends a longer word.
_NON_CLITIC_LETTER = "[\u0621-\u0627\u0629-\u063A\u0642\u0645-\u0647\u0649-\u064A]"
_LETTER_NOT_WA_FA = "[\u0621-\u063A\u0642-\u0647\u0649-\u064A]"
_DIGIT_ATOM = (
    rf"(?<![0-9A-Za-z_.,،٫٬/:+#@&])(?<![A-Za-z]-)(?<!{_NON_CLITIC_LETTER})(?<!{_LETTER_NOT_WA_FA}[بلك])"
    rf"(?P<digits>{DIGITS_PATTERN})"
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
    rf"|(?P<sym>{_longest_first(_SYMBOLS)})"
    rf"|(?P<iso>{'|'.join(_ISO)})(?![A-Za-z])"
    rf"|(?P<latcur>(?i:{_longest_first(_LATIN_CURRENCY)}))(?![A-Za-z])"
    rf"|(?:من ال)?(?P<cur>{trie_pattern(CURRENCY_WORDS)})(?!\w)"
    rf"(?: (?P<qual>(?:ال)?{trie_pattern(_QUALIFIER_FORMS)})(?!\w))?"
    r"|(?P<pp>نقطه|نقطتين|نقطتان|نقاط) مئويه(?!\w)"
    rf"|(?P<noun>{trie_pattern(_NOUN_FORMS)})(?!\w)"
    rf"|من (?P<of>{trie_pattern(_PARTITIVES)})(?!\w)"
    r"|(?P<points>نقطه|نقطتين|نقطتان|نقاط)(?!\w)"
    rf"|(?P<time>{trie_pattern(_TIME_WORDS)})(?!\w))"
)
PREFIX_CURRENCY_RE = re.compile(
    rf"(?P<sym>{_longest_first(_SIGNS)}|(?<![A-Za-z])(?:{'|'.join(_ISO)})) ?\Z"
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
