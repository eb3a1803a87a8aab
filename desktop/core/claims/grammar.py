"""The grammar's patterns: number atoms, what follows and precedes a number, and cue words, compiled from a lexicon.

Every pattern runs on text folded by :func:`desktop.core.claims.numerals.fold` (alef forms → ا, ى → ي,
ة → ه, no tatweel or diacritics, ASCII digits), so the word lists use that spelling.
"""

from __future__ import annotations

import re

from desktop.core.claims.lexicon import Lexicon
from desktop.core.claims.numerals import DIGITS_PATTERN, LATIN_SCALES, SCALE_FORMS, WORD_VALUES

__all__ = ["trie_pattern", "Grammar", "grammar_for"]


def _longest_first(words) -> str:
    """A regular-expression alternation of ``words``, longer words first (for words a trie gains nothing on)."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def trie_pattern(words) -> str:
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

    return emit(root) or "(?!)"


# ---------------------------------------------------------------- fixed word lists (grammar, not vocabulary)

_TIME_WORDS = (
    "سنه", "سنوات", "سنين", "سنتين", "سنتان", "عام", "اعوام", "عاما", "عامين", "عامان", "يوم", "ايام", "يوما",
    "يومين", "يومان", "ساعه", "ساعات", "ساعتين", "دقيقه", "دقائق", "دقيقتين", "ثانيه", "ثوان", "ثواني",
    "شهر", "اشهر", "شهور", "شهرا", "شهرين", "اسبوع", "اسابيع", "اسبوعا", "اسبوعين", "قرن", "قرون",
    "ليله", "ليال", "ليالي", "ميلادي", "هجري",
)
# «ساعة» and «دقيقة» after a scaled number measure time spent («430 ألف ساعة مشاهدة»), not a period.
TIME_SPENT_WORDS = frozenset({"ساعه", "ساعات", "دقيقه", "دقائق", "ليله", "ليال", "ليالي"})
# «18.4 مليون ليلة», «640000 ليلة إضافية»: a hundred thousand nights and more are nights spent (tourism).
NIGHT_WORDS = frozenset({"ليله", "ليال", "ليالي"})
# «ارتفعت الصادرات ضعفين»: a dual of «ضعف» is a multiple of two.
DUAL_MULTIPLES = frozenset({"ضعفين", "ضعفان", "ضعفي"})
# «وهو ضعف عدد المستخدمين»: a lone «ضعف» is twice only after a copula or comparison (else it is weakness).
DOUBLE_CUE_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:[وف]?(?:هو|هي)|[وف]?[تي]?بلغ\w*|[يت]عادل|[يت]ساوي|اي|نحو|حوالي|قرابه|اكثر من|اقل من|"
    r"الي|يقارب|ما يقارب|[وف]?(?:اصبح|بات|صار)\w*) *\Z"
)
# «أمضى اللاعبون 19.2 مليون سنة»: years or days spent, where the sentence spends them.
SPEND_VERB_RE = re.compile(r"(?<![^\W\d_])[وف]?(?:قض[يوا]|[يت]قض|ا?مض[يوا]|[يت]مض|[يت]?كرس|[يت]?ستهلك|استهلك)\w*")
# «أطول بثلاث مرات»: «ب» on the number of «مرات» makes a multiple.
BI_BEFORE_RE = re.compile(r"(?<![^\W\d_])[وف]?ب ?\Z")
# «يفتح المستخدم التطبيق 21 مرة يومياً»: a number of times in a period is a frequency.
PER_PERIOD_AFTER_RE = re.compile(
    r" *(?:يوميا|اسبوعيا|شهريا|سنويا|في (?:ال)?(?:يوم|اسبوع|شهر|سنه|عام|ساعه|ثانيه|دقيقه)|"
    r"كل (?:يوم|اسبوع|شهر|عام|سنه|ساعه|دقيقه|ثانيه))(?!\w)"
)
# «4.8 من 5 في تقييمات العملاء»: a score out of 5 or 10 where the sentence rates something.
RATING_CUE_RE = re.compile(r"تقييم|نجوم|نجمه|درجه|علامه|مراجعات")
# «فندق من فئة 5 نجوم»: a hotel's class is no rating.
STAR_CLASS_BEFORE_RE = re.compile(r"(?:فئه|فئات) *\Z")
# What may follow a number that takes its noun from the context: punctuation, the end, a particle, a
# definite word or a clause joined by و; anything else is more likely the number's own (unlisted) noun.
_FREE_FOLLOWERS = (
    "في", "الي", "علي", "عن", "خلال", "مقابل", "حتي", "منذ", "بعد", "قبل", "مع", "عام", "سنويا",
    "شهريا", "يوميا", "اسبوعيا", "تقريبا", "فقط", "بحلول", "بنهايه", "بحسب", "حسب", "وفق", "وفقا", "او", "و",
    "بينما", "فيما", "حين", "اي", "ما", "لكن", "كما", "بين", "نحو", "هذا", "هذه", "ذلك", "تلك", "اخري", "اخرين", "غير",
    "منهم", "منها", "امس", "يستخدمون", "يستخدمونها", "مقارنه", "بنهايه", "صافي", "حيث", "عبر", "كاسبا", "مرتفعا", "منخفضا", "متراجعا", "خاسرا", "بعدما",
)
FREE_AFTER_RE = re.compile(
    rf" *(?:[^\w\s]|\Z|[0-9]|[وفبلك][^\w\s]|(?:[وفبلك]?ال|لل|و)\w|(?:{trie_pattern(_FREE_FOLLOWERS)})(?!\w))"
)
# Words that bring a sum of money into the sentence: a bare number after one counts no noun before it.
MONEY_CUE_RE = re.compile(
    r"ارباح|ايراد|عائد|مبيعات|قيمه|قيمت|بقيمه|تمويل|استثمار|ميزاني|قرض|قروض|دخل|تكلف|كلفه|رسمل|راس ?مال|"
    r"سعر|اسعار|صافي|خسائر|خساره|ديون|رواتب|اجور|انفاق|نفقات|[اينت]نفق|مبلغ|دعم مالي|منح|صفقه"
)
# «ليغلق عند 11,950 نقطة», «ارتفع مؤشر … 120 نقطة»: index levels and moves are in points.
INDEX_CUE_RE = re.compile(
    r"مؤشر|غلق|اغلاق|بورص|تداول|داو جونز|ناسداك|نيكاي|فوتسي|داكس|تاسي|السعري|الوزني|رقم القياسي|الرقم القياسي|"
    r"سوق الاسهم|اسواق الاسهم|سوق المال|السوق المالي"
)
# «قفز مؤشر ثقة المستهلكين إلى 61.7», «وصولا عند 9812», «مرتفعا 183.73»: an index value without «نقطة».
INDEX_VALUE_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:الي|عند|مستوي|علي|ليبلغ|بلغ|ليصل الي|مرتفعا|منخفضا|متراجعا|كاسبا|خاسرا|صاعدا|هابطا|"
    r"تخطي|تجاوز|قدره|مقداره|بمقدار|بواقع|النقطه|مقابل|من)(?: ال)? *\Z"
)
# Multiples: «غُطّي الاكتتاب 9 مرات», «مضاعف ربحية 14 مرة», «تكفي لشراء اليخت 433 مرة»; not «تكررت 5 مرات».
MULTIPLE_CUE_RE = re.compile(
    r"غطي|غطت|تغطي|اكتتاب|مضاعف|مكرر|ربحي|يعادل|تعادل|يساوي|تساوي|يفوق|تفوق|اكثر من|اعلي من|اقل من|بمقدار|"
    r"تضاعف|ارتفع|زاد|زياده|قفز|نما|نمو|تكفي|يكفي|لشراء|قيمت|قيمه|ارباح|ايراد|مبيعات|حجم|اكبر|اصغر"
)
# «حمّل المستخدمون اللعبة 20 مليون مرة»: «مرة» counts downloads where the sentence speaks of downloading.
DOWNLOAD_CUE_RE = re.compile(r"تنزيل|تحميل|تثبيت|نزل|حمل|نزيل")
# Rank and top-N phrases («ضمن أفضل 10 فنادق», «أكبر 30 شركة مدرجة») and a ratio's base («لكل 100 نسمة»)
# count nothing.
# «عيار 21»: a gold karat (or a calibre) names a grade, never a quantity
GRADE_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:[وبل]?عيار|[وبل]?العيار|قيراط) *\Z")
TOP_N_WORDS = frozenset({
    "افضل", "اكبر", "اهم", "اغني", "اسرع", "اعلي", "اضخم", "اقوي", "اول", "اخر", "ابرز", "اشهر", "اغلي", "ارخص",
    "اكثر", "اوائل", "قائمه", "توب", "top", "Top", "لكل",
})
RESPECTIVELY_AFTER_RE = re.compile(r" *،? *(?:علي (?:التوالي|الترتيب|التوال)|بالترتيب)(?!\w)")
# The gap between a claim and a bare number that repeats its unit: «95 مليارديرا مقابل 80», «125 ريالا و98».
ELLIPSIS_GAP_RE = re.compile(r"[ ،,]*(?:و ?)?(?:مقابل|الي|او|ثم|بعد|من)? *")

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

# fullmatch the gap; «بين (39) – (43) ريالاً» puts each end in parentheses
RANGE_JOIN_RE = re.compile(r" *\)? *(?:(?P<wa>و)|(?P<to>الي|حتي|او|-)) *\(? *")
# «… منصب مالي، و6 آلاف لإدارة الأمن»: «لـ» and a word after a scaled number opens a phrase of its own (not a
# noun of the number), except for the nouns that begin with ل
LAM_AFTER_RE = re.compile(r" *ل(?!اعب|قاح|وح|يل|تر|يره)[^\W\d_]{3,}")
# «بمقدار 40 ألفا، و25 ألف برميل يوميا على الترتيب»: a list item before the one that names the unit
LIST_JOIN_RE = re.compile(r" *[،,]? *و ?")
# «… جدة 2210 وحدة، ثم الدمام 870، والخبر 410، … والطائف 190 وحدة»: a comma, then a name of one to three words
LIST_ITEM_GAP_RE = re.compile(r" *(?:[^\W\d_]+ +){0,2}(?:[^\W\d_]+)? *[،,] *(?:ثم +|و ?)?(?:[^\W\d_]+ ?){0,2}")
BETWEEN_BEFORE_RE = re.compile(r"(?<![^\W\d_])[وف]?(?:ما )?(?:بين) *\Z")
PREFIX_PERCENT_RE = re.compile(r"(?<![0-9%])%\Z")
LATIN_AFTER_RE = re.compile(r"[A-Za-z]")
DATE_TIME_AFTER_RE = re.compile(r"[/:][0-9]")
# «من 1 يوليو»: a day of a month is a date, never a value.
MONTH_AFTER_RE = re.compile(
    r" *(?:يناير|فبراير|مارس|ابريل|مايو|ماي|يونيو|يونيه|يوليو|يوليه|يوليوز|اغسطس|غشت|سبتمبر|شتنبر|اكتوبر|نوفمبر|"
    r"نونبر|ديسمبر|دجنبر|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين)(?!\w)"
)
# «30 يونيو 2022»: a year after a month is a date
MONTH_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|يوليوز|غشت|شتنبر|نونبر|"
    r"دجنبر|كانون الثاني|كانون الاول|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين الاول|تشرين الثاني) *\Z"
)
# «ارتفعت أسهم 41 منها», «بينهم 400 في مكاتبها», «ليرتفع العدد إلى 47»: a number of the count just named.
OF_THEM_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:(?:من )?بين(?:هم|ها)|من(?:هم|ها)|(?:ال)?عدد(?:هم|ها)?(?: (?:ال)?(?:اجمالي|الكلي))? "
    r"(?:الي|ل?يبلغ|ل?يصل الي|ل?تصل الي|ل?تبلغ)) *\Z"
)
OF_THEM_AFTER_RE = re.compile(r" *(?:منهم|منها)(?!\w)")
# «كانت 200 فقط», «أغلق عند 38.50»: where an unscaled price repeats the currency of the price before it.
PRICE_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:عند|الي|كانت|كان|مقابل|من|بلغ|ليبلغ|لتبلغ|يبلغ|تبلغ|سعر|بسعر)(?: ال)? *\Z"
)
# «يستخدمه يومياً 3 ملايين شخص»: people who use a product are its users.
USE_VERB_RE = re.compile(r"(?<![^\W\d_])[وف]?(?:[يت]?ستخدم|استخدم)\w*")
OPEN_PAREN_BEFORE_RE = re.compile(r"\( *\Z")
# «12 ألف (12,000) متدرب»: a number restated in parentheses between a number and its unit.
RESTATED_RE = re.compile(r" *\((?P<inner>[^()\n]{1,40})\)")
DIGITS_ONLY_RE = re.compile(r"[0-9][0-9.,،٬٫]*")

# ---------------------------------------------------------------- atoms of a number phrase

_LATIN_SCALE = _longest_first(LATIN_SCALES)
# Digits glued to an Arabic word are part of a name («هب71»), unless only clitics stand before them
# («بـ300», «و20%», «وب5»): no non-clitic letter right before, and no clitic that ends a longer word.
_NON_CLITIC_LETTER = "[\u0621-\u0627\u0629-\u063A\u0642\u0645-\u0647\u0649-\u064A]"
_LETTER_NOT_WA_FA = "[\u0621-\u063A\u0642-\u0647\u0649-\u064A]"
_LATIN_TAIL = rf"(?: ?(?P<latin>(?i:{_LATIN_SCALE}))(?![A-Za-z]))?"
_DIGIT_ATOM = (
    rf"(?=[0-9])(?<![0-9A-Za-z_.,،٫٬/:#@&])(?<![A-Za-z]-)(?<!{_NON_CLITIC_LETTER})(?<!{_LETTER_NOT_WA_FA}[بلك])"
    rf"(?P<digits>{DIGITS_PATTERN}){_LATIN_TAIL}"
)
# «بنسبة /6ر5/ بالمائة»: a number between slashes (Gulf agency copy); never a date's «15/3/».
_SLASHED_ATOM = rf"(?<=/)(?<![0-9]/)(?P<slashed>{DIGITS_PATTERN})(?= ?/)"
# «الـ300 مليون», «بالـ25»: the article (its tatweel folded away) right before digits.
_AL_DIGIT_ATOM = rf"(?=[وفبلكا])(?<![^\W\d_])(?:[وف]?[بلك]?ال|[وف]?لل)(?P<aldigits>{DIGITS_PATTERN})(?![0-9])"
_SCALE_WORDS = trie_pattern([w for w in SCALE_FORMS if not w.startswith("ال")])


class Grammar:
    """The compiled patterns for one lexicon (see :func:`grammar_for`)."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        currency_words = trie_pattern(lex.currency_words)
        # «الحكومة12 مليار درهم»: digits glued to a word still count when a scale or currency follows.
        glued = (rf"(?=[0-9])(?<=[\u0621-\u064a])(?P<glued>{DIGITS_PATTERN})(?![0-9])"
                 rf"(?= ?(?:%|(?:{_SCALE_WORDS}|{currency_words})(?!\w)))")
        words = trie_pattern(set(WORD_VALUES) | lex.dual_currency_words | lex.minor_duals | DUAL_MULTIPLES | {"ضعف"})
        self.atom = re.compile(
            rf"(?=[\u0621-\u064a0-9])(?:(?<![^\W\d_])(?P<clitic>[وف]?[بلك]?)(?P<al>ال)?(?P<word>{words})(?!\w)"
            rf"|{_AL_DIGIT_ATOM}|{glued}|{_DIGIT_ATOM}|{_SLASHED_ATOM})"
        )
        self.next_atom = re.compile(
            rf" *(?:\n *)?(?P<close>\) *)?(?P<wa>و ?)?(?:(?P<al>ال)?(?P<word>{trie_pattern(WORD_VALUES)})(?!\w)|{_DIGIT_ATOM})"
        )
        symbols = {**lex.signs, **lex.abbreviations}
        iso = "|".join(sorted(lex.currencies))
        qualifiers = trie_pattern(lex.qualifiers)
        bare_partitives = trie_pattern([f[2:] for f in lex.partitives if f.startswith("ال")])  # «للمشاهدات»
        self.suffix = re.compile(
            r" *(?:\n *)?(?:/ *)?(?P<paren>\) *)?(?:(?P<pct>\\?%)"
            r"|(?P<pctw>(?:بال|في ال)(?:مئه|مائه|ميه))(?!\w)"
            rf"|(?P<sym>{_longest_first(symbols)})"
            rf"|(?P<iso>{iso})(?![A-Za-z])"
            rf"|(?P<latcur>(?i:{_longest_first(lex.latin_words)}))(?![A-Za-z])"
            rf"|(?:من ال)?(?P<cur>{currency_words})(?!\w)(?: (?P<qual>(?:ال)?{qualifiers})(?!\w))?"
            rf"|(?P<minor>{trie_pattern(lex.minor_words)})(?!\w)"
            r"|(?P<pp>نقطه|نقطتين|نقطتان|نقاط) مئويه(?!\w)"
            rf"|(?P<noun>{trie_pattern(lex.noun_forms)})(?!\w)"
            rf"|من (?P<of>{trie_pattern(lex.partitives)})(?!\w)"
            rf"|من (?:(?:ال)?اجمالي|مجموع|هذه|هذا|هؤلاء|هولاء|تلك) (?P<of2>{trie_pattern(lex.partitives)})(?!\w)"
            rf"|من (?:ال)?عدد (?:ال)?(?:اجمالي|الكلي) لل(?P<ofl>{bare_partitives})(?!\w)"
            r"|(?P<outof>من (?:5|10|خمس|خمسه|عشر|عشره))(?![\w.,0-9])"
            r"|(?P<points>نقطه|نقطتين|نقطتان|نقاط)(?!\w)"
            r"|(?P<times>مره|مرات)(?!\w)"
            r"|(?P<mult>ضعف|ضعفا|اضعاف)(?!\w)"
            r"|(?P<stars>نجمه|نجوم|نجمات)(?!\w)"
            rf"|(?P<time>{trie_pattern(_TIME_WORDS)})(?!\w)(?! ذكي))"
        )
        self.prefix_currency = re.compile(
            rf"(?P<sym>{_longest_first(lex.signs)}|(?<![A-Za-z])(?:{iso})) ?\Z"
        )
        # «ريال واحد»: a currency name before «واحد» is one of that currency.
        self.currency_before = re.compile(
            rf"(?<![^\W\d_])(?:ال)?(?:(?P<cur>{currency_words})(?: (?P<qual>(?:ال)?{qualifiers}))?"
            rf"|(?P<minor>{trie_pattern(lex.minor_words)})) *\Z"
        )
        # «ديناران و125 فلساً»: a sum in a currency followed by its sub-unit.
        self.minor_after = re.compile(
            rf" *و ?(?P<n>{DIGITS_PATTERN}|{trie_pattern(WORD_VALUES)}) (?P<minor>{trie_pattern(lex.minor_words)})(?!\w)"
        )
        # «بلغ عدد المشتركين في الخدمة …»: the noun counted by a later bare number.
        self.count_subject = re.compile(
            rf"(?<![^\W\d_])[وبل]?(?:ال)?(?P<adad>(?:عدد|اعداد|كميه) |عدد (?:الاجمالي |الكلي )?(?:لل|ل))?(?:ال)?"
            rf"(?P<noun>{trie_pattern(lex.plural_heads)})(?!\w)"
        )
        # «250 ألفاً زيادة في عدد المشتركين»: a change in a metric named right after a bare number.
        self.metric_after = re.compile(
            rf" *(?:زياده|ارتفاع|نمو|تراجع|انخفاض|نقص) (?:في|ب) (?:عدد )?(?:ال)?(?P<noun>{trie_pattern(lex.plural_heads)})(?!\w)"
        )
        # «بنحو دينار و250 فلساً»: one of the currency, then its sub-unit.
        self.major_before = re.compile(rf"(?<![^\W\d_])(?P<cur>{currency_words}) و ?\Z")
        self.currency_word = re.compile(rf"(?<![^\W\d_])(?:[وبل]?ال)?(?P<cur>{currency_words})(?!\w)")
        self.country_cue = re.compile(
            rf"(?<![^\W\d_])[وبل]?(?:ال)?(?P<cue>{trie_pattern(lex.country_cues)})(?!\w)"
        )


_GRAMMARS: dict[int, tuple[Lexicon, Grammar]] = {}


def grammar_for(lex: Lexicon) -> Grammar:
    """The patterns for ``lex``, compiled once per lexicon object."""
    hit = _GRAMMARS.get(id(lex))
    if hit is None or hit[0] is not lex:
        if len(_GRAMMARS) > 8:
            _GRAMMARS.clear()
        hit = _GRAMMARS[id(lex)] = (lex, Grammar(lex))
    return hit[1]
