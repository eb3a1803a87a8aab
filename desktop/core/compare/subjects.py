"""Proposes a claim's subject (what the figure is about) from its sentence, beside the quantity suggester.

Candidates, each with its place in the sentence: a known subject's name or alias; a Latin-script name («Mistral
AI», «OpenAI»); the name after an organisation noun («شركة», «مجموعة», «بنك», «منصة», «تطبيق», «مصرف», «صندوق»…);
the owner of a metric («إيرادات أرامكو», «عدد مستخدمي تيك توك»); and the sentence's grammatical subject (the word
after a sentence-initial verb: «جمعت ميسترال …», or a name opening the sentence: «أرامكو تعلن …»). The candidate
nearest the figure wins (one after it counts a little farther than one before it), and a name that a known
subject answers to is given as that subject's canonical name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.core import text as textmod
from desktop.core.claims import Suggestion, suggest

__all__ = ["SubjectGuess", "suggest_subject", "suggest_subjects"]

_AR = "\u0621-\u064a\u0671-\u06d3\u0640\u064b-\u065f"
_WORD = re.compile(rf"[{_AR}]+|[A-Za-z][A-Za-z0-9&'’.+-]*[A-Za-z0-9+]|[A-Za-z]|[0-9٠-٩][0-9٠-٩.,٫٬]*")
_SENTENCE_END = re.compile(r"[.!?؟؛\n]+(?=\s|$)|\n")
# Organisation nouns, folded; a clitic (و ب ل ف ك) may come before them.
_ORG_NOUNS = {"شركه", "مجموعه", "بنك", "مصرف", "منصه", "تطبيق", "صندوق", "متجر", "موقع", "شبكه", "مجموعه",
              "علامه", "مؤسسه", "هيئه", "وكاله", "سلسله", "مصنع", "مجمع", "جامعه", "منظمه", "ناديا", "نادي",
              "شركات", "مجموعات", "تطبيقات", "منصات", "خدمه"}
_ORG_NOUNS_DEF = {"ال" + w for w in _ORG_NOUNS}
_BANKS = {"بنك", "مصرف", "البنك", "المصرف"}
# Metric nouns in construct with their owner («إيرادات أرامكو»), folded.
_METRICS = {"قيمه", "ايرادات", "ارباح", "مبيعات", "مستخدمي", "مشتركي", "تنزيلات", "حصه", "اسهم", "سهم", "ديون",
            "خسائر", "عائدات", "ميزانيه", "راسمال", "تقييم", "موظفي", "عملاء", "زوار", "متابعي", "صادرات", "واردات",
            "ناتج", "انتاج", "تجاره", "استثمارات", "صافي", "اجمالي", "رسمله", "قروض", "ودائع", "تمويل", "عدد", "سعر",
            "ثروه", "اقتصاد", "احتياطيات", "دخل", "ربح", "طلبات"}
# Macro-economic figures whose subject is the country after «في» («معدل التضخم في تونس»), folded.
_MACRO = {"الناتج", "التضخم", "البطاله", "النمو", "الاقتصاد", "العجز", "الدين", "الصادرات", "الواردات"}
# Words after which a name is a source, an owner or an investor, not the figure's subject (folded, clitics removed).
_NOT_SUBJECT_CUES = {"وفقا", "بحسب", "حسب", "طبقا", "نقلا", "المملوكه", "المملوك", "التابعه", "التابع", "بقياده",
                     "قادها", "قاده", "بيانات", "تقديرات", "مؤسس", "مالك"}
# A person's title before the name («ثروة رجل الأعمال X»), folded.
_TITLES = {"رجل", "الاعمال", "سيده", "الملياردير", "المليارديره", "المستثمر", "المستثمره", "رائد", "رائده"}
# Verbs that open news sentences (folded): their grammatical subject follows.
_VERBS = {"اعلنت", "اعلن", "قالت", "قال", "جمعت", "جمع", "حققت", "حقق", "سجلت", "سجل", "بلغت", "بلغ", "اكدت",
          "اكد", "كشفت", "كشف", "استحوذت", "استحوذ", "باعت", "باع", "طرحت", "طرح", "رفعت", "رفع", "خفضت", "خفض",
          "ربحت", "ربح", "خسرت", "خسر", "تجاوزت", "تجاوز", "وصلت", "وصل", "ارتفعت", "ارتفع", "تراجعت", "تراجع",
          "انخفضت", "انخفض", "اقترضت", "اقترض", "استثمرت", "استثمر", "دفعت", "دفع", "اشترت", "اشتري", "ضخت",
          "ضخ", "حصلت", "حصل", "نالت", "نال", "سددت", "سدد", "وزعت", "وزع", "قدرت", "قدر", "اصدرت", "اصدر",
          "تخطت", "تخطي", "بيعت", "تستهدف", "تعتزم", "تخطط", "يعتزم", "يخطط", "تتوقع", "يتوقع", "استقطبت",
          "استقطب", "نمت", "نما", "زادت", "زاد", "تقدر", "يقدر", "تبلغ", "يبلغ", "تملك", "يملك", "امتلكت", "امتلك",
          "صرحت", "صرح", "سلمت", "سلم", "نقلت", "نقل", "شحنت", "شحن", "خدمت", "خدم", "تخدم", "يخدم", "تضم",
          "يضم", "توظف", "يوظف", "تنتج", "ينتج", "انتجت", "تعمل", "يعمل", "تتقدم", "يتقدم", "ستدفع", "سيدفع",
          "جاء", "جاءت", "حل", "حلت", "تصل", "يصل", "اوضحت", "اوضح", "افادت", "افاد", "ذكرت", "ذكر", "ابرمت", "ابرم", "وقعت", "وقع", "منحت",
          "منح", "خصصت", "خصص", "اغلقت", "اغلق", "سجلت", "تصدرت", "تصدر", "انهت", "انهي", "اتمت", "اتم", "قفزت",
          "قفز", "هبطت", "هبط", "تضاعفت", "تضاعف", "بات", "باتت", "اصبح", "اصبحت", "كان", "كانت", "لدي"}
_VERB_PREFIXES = ("و", "ف")
# Words that never are (or end) a name: particles, prepositions, time words, quantity words (folded).
_STOP = {"في", "من", "علي", "الي", "عن", "مع", "بعد", "قبل", "خلال", "منذ", "حتي", "ان", "انه", "انها", "التي",
         "الذي", "الذين", "قد", "لم", "لن", "ما", "لا", "هذا", "هذه", "ذلك", "تلك", "او", "ام", "ثم", "بين", "عند",
         "نحو", "حوالي", "اكثر", "اقل", "مليار", "مليون", "الف", "الاف", "الفا", "مليارات", "ملايين", "دولار",
         "يورو", "ريال", "جنيه", "درهم", "دينار", "ليره", "العام", "عام", "الماضي", "الحالي", "الجاري", "الربع",
         "الشهر", "السنه", "اليوم", "امس", "نسبه", "بنسبه", "بقيمه", "قيمه", "بمبلغ", "مبلغ", "كما", "وفق", "وفقا",
         "حسب", "لدي", "ايضا", "فقط", "نفسها", "نفسه", "كل", "بعض", "جميع", "عبر", "ضمن", "لها", "له", "بها", "به",
         "فيها", "فيه", "منها", "منه", "عليها", "عليه", "هو", "هي", "هم", "نحن", "اول", "اخر", "جديد", "جديده",
         "يوم", "مقابل", "اي", "الان", "حاليا", "سابقا", "لاحقا", "بحسب", "عام", "سنويا", "شهريا", "تقريبا", "وهو",
         "وهي", "بعدما", "عندما", "بينما", "لكن", "لكنها", "ولكن", "اذ", "اذا", "و", "ب", "ل", "ف", "ك"}
_STOP |= {w for w in _VERBS}
_LATIN_STOP = {"USD", "EUR", "GBP", "SAR", "AED", "EGP", "QAR", "KWD", "JPY", "CNY", "CHF", "TRY", "MAD",
               "IPO", "CEO", "GDP", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "The", "A", "An", "In", "Of", "K", "M", "B",
               "bn", "mn", "m", "k", "per", "cent", "percent"}
# Common nouns that follow a name in news sentences and are never part of it (folded).
_STOP_NOUNS = {"نسبه", "قيمه", "مبلغ", "اسعار", "سعر", "شهادات", "غير", "نمو", "ارباح", "صفقه", "حصه", "جوله",
               "استثمار", "استثمارات", "عائد", "عدد", "صافي", "قدرها", "قدره", "قرابه", "نحو", "مجموع", "اجمالي",
               "مستثمرين", "المساهمين", "العقاريه", "الناشئه", "للتجاره", "للطاقه", "ناشئه", "عملاقه", "رائده",
               "اكبر", "اعلي"}
_ENDS_IN_ALEF = {"نوكيا", "تويوتا", "كيا", "هيونداي", "اوريدو", "تسلا", "امريكا", "افريقيا", "روسيا", "تركيا",
                 "ايطاليا", "ماليزيا", "اندونيسيا", "اسبانيا", "بريطانيا", "المانيا", "سوريا", "ليبيا", "كندا",
                 "اوبرا", "كريتا", "تمارا", "كوكا", "بيبسيكو", "ميتا", "مترا", "فيزا", "ماستركارد", "يونيليفر"}
_CLITICS = ("و", "ب", "ل", "ف", "ك", "وب", "ول", "فب", "لل")
_AFTER_PENALTY = 12  # characters: a name after the figure counts this much farther than one before it


@dataclass(frozen=True)
class SubjectGuess:
    """A proposed subject: the name (a known subject's canonical name when one answers to it), where and why."""

    name: str
    start: int
    end: int
    rule: str  # known | latin | quoted | org-noun | metric | verb-subject | sentence-start


_TA = str.maketrans({"ة": "ه", "ى": "ي", "\u0640": None})


def _fold(word: str) -> str:
    """Arabic folding (desktop.core.text.fold) with ta marbuta as ha and alef maqsura as ya."""
    return textmod.fold(word).translate(_TA)


def _common(folded: str, *, following: bool = False) -> bool:
    """A word that cannot be (part of) a name: a particle, a number word, a noun with a possessive pronoun
    («أرباحها»), an indefinite accusative («أرباحا»), or a prepositional phrase («بنسبة», «للمساهمين»)."""
    if folded in _STOP or folded in _METRICS or folded.startswith(("بال", "لل")):
        return True
    if len(folded) > 4 and folded.endswith(("ها", "هم", "هما", "اته")):
        return True
    stem = re.sub(r"(?:ه|ها|هم|هما)$", "", folded)
    if stem != folded and len(stem) > 3 and (stem in _METRICS or stem in _STOP_NOUNS or stem + "ي" in _METRICS):
        return True  # «مستخدميه», «أرباحه»: a metric of someone named before
    if following and len(folded) > 3 and folded.endswith("ا") and not folded.startswith("ال") \
            and folded not in _ENDS_IN_ALEF:
        return True
    return _strip_clitic(folded, _STOP_NOUNS) is not None


def _tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str, str]]:
    """(start, end, word, folded word) of each word of text[lo:hi]."""
    return [(m.start() + lo, m.end() + lo, m.group(), _fold(m.group())) for m in _WORD.finditer(text[lo:hi])]


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        lo = m.end()
    m = _SENTENCE_END.search(text, end)
    return lo, m.start() if m else len(text)


def _is_latin_word(word: str) -> bool:
    return bool(re.match(r"[A-Za-z]", word))


def _is_arabic(word: str) -> bool:
    return bool(re.match(rf"[{_AR}]", word))


def _strip_clitic(folded: str, vocabulary: set[str]) -> str | None:
    if folded in vocabulary:
        return folded
    for c in _CLITICS:
        if folded.startswith(c) and folded[len(c):] in vocabulary:
            return folded[len(c):]
        if c == "لل" and folded.startswith(c) and "ال" + folded[2:] in vocabulary:
            return "ال" + folded[2:]
    return None


def _nisba(folded: str) -> bool:
    """A definite adjective of origin or kind («الفرنسية», «الناشئة», «الصيني»), which ends a name."""
    return folded.startswith("ال") and (folded.endswith(("يه", "ي", "ه", "ين", "يون")) or folded in {"الكبري"})


def _adjective(folded: str) -> bool:
    """A definite word shaped like an adjective of origin («الصيني», «الإلكترونية»): not the second half of a name."""
    return folded.startswith("ال") and (folded.endswith(("يه", "ي", "ين", "يون")) or folded in {"الكبري"})


def _name_after(tokens, i: int, *, first_definite_ok: bool, keep_adjectives: bool = False, field_ok: bool = True,
                construct: bool = False):
    """The name that starts at tokens[i]: its first word and at most two more that are not common words, with no
    punctuation between; a definite adjective («الفرنسية») ends it unless ``keep_adjectives`` (bank names). With
    ``construct``, an indefinite word and a definite noun after it are one name («طيران الواحة», «ميناء الشرق»)."""
    words = []
    for j in range(i, min(i + 4, len(tokens))):
        s, e, w, f = tokens[j]
        if w[0].isdigit() or w in _LATIN_STOP or _strip_clitic(f, _ORG_NOUNS | _ORG_NOUNS_DEF):
            break
        if j == i:
            if _common(f) or (f.startswith("ال") and not first_definite_ok):
                return None
        else:
            if (field_ok and j == i + 1 and f.startswith("لل") and len(f) > 4 and not words[0][3].startswith("ال")
                    and tokens[j][0] - tokens[j - 1][1] == 1):
                words.append((s, e, w, f))  # «قطر للطاقة», «مصر للطيران»: a name with its field
                break
            if tokens[j][0] - tokens[j - 1][1] > 1 or _common(f, following=True) or _is_arabic(w) != _is_arabic(words[-1][2]):
                break
            if (construct and j == i + 1 and f.startswith("ال") and not _adjective(f) and not keep_adjectives
                    and not words[0][3].startswith("ال") and not _is_latin_word(words[0][2])):
                words.append((s, e, w, f))  # a construct: the name ends with its definite noun
                break
            if f.startswith("ال") and _nisba(f) and not keep_adjectives:
                break
            if f.startswith("ال") and not keep_adjectives and not words[-1][3].startswith("ال"):
                break  # «X الشيء» is rarely one name; «بيت التمويل الكويتي» is (after a definite word)
        words.append((s, e, w, f))
    if not words:
        return None
    return words[0][0], words[-1][1], " ".join(w for _, _, w, _ in words)


_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z][A-Za-z0-9&'’.+-]*|[a-z]+[A-Z][A-Za-z0-9]*)"
                         r"(?:[ ](?:[A-Z0-9][A-Za-z0-9&'’.+-]*|AI|of|and|&|de|du))*")


def _latin_names(text: str, lo: int, hi: int) -> Iterable[tuple[int, int, str]]:
    for m in _LATIN_NAME.finditer(text, lo, hi):
        name = m.group().rstrip(".,'’-")
        words = [w for w in name.split(" ") if w not in _LATIN_STOP]
        while words and (words[-1] in {"of", "and", "&", "de", "du"} or not re.search(r"[A-Za-z]", words[-1])):
            words.pop()  # «Rydo 1.4 مليار»: the figure is no part of the name
        if not words or len(" ".join(words)) < 2:
            continue
        begin = m.start() + name.index(words[0])
        stop = m.start() + name.rindex(words[-1]) + len(words[-1])
        yield begin, stop, text[begin:stop]


def _known(text: str, lo: int, hi: int, known: Sequence) -> Iterable[tuple[int, int, str]]:
    folded, where = textmod.fold_with_map(text[lo:hi])
    folded = folded.replace("ة", "ه").replace("ى", "ي")
    for subject in known:
        names = (subject.name, *subject.aliases) if hasattr(subject, "aliases") else (str(subject),)
        for name in names:
            key = _fold(name).strip()
            if len(key) < 2:
                continue
            for m in re.finditer(rf"(?<![\w]){re.escape(key)}(?![\w])|(?<=\b[وبلفك]){re.escape(key)}(?![\w])",
                                 folded):
                yield lo + where[m.start()], lo + where[m.end()], subject.name if hasattr(subject, "name") else name


_QUOTED = re.compile(r"[«\"“]\s*([^«»\"“”0-9٠-٩.,،:؛]{2,40}?)\s*[»\"”]")


def _quoted(text: str, lo: int, hi: int) -> Iterable[tuple[int, int, str]]:
    """Names in quotation marks («ينابيع», "ترحال"): one to four words, no digits."""
    for m in _QUOTED.finditer(text, lo, hi):
        name = m.group(1)
        if 1 <= len(name.split()) <= 4 and not _common(_fold(name.split()[0])):
            yield m.start(1), m.end(1), name


def _after_cue(text: str, lo: int, s: int) -> bool:
    """A name right after «وفقا لـ», «بحسب», «المملوكة لـ», «بقيادة», «مؤسس» … is a source, owner or investor."""
    before = [_fold(w) for w in _WORD.findall(text[max(lo, s - 40):s])][-2:]
    return any(w in _NOT_SUBJECT_CUES or w[1:] in _NOT_SUBJECT_CUES for w in before)


def _candidates(text: str, lo: int, hi: int, start: int, end: int, known: Sequence):
    for s, e, name in _known(text, lo, hi, known):
        yield s, e, name, "known"
    for s, e, name in _quoted(text, lo, hi):
        yield s, e, name, "quoted"
    for s, e, name in _latin_names(text, lo, hi):
        if not (s >= start and e <= end):
            yield s, e, name, "latin"
    tokens = _tokens(text, lo, hi)
    for i, (s, e, w, f) in enumerate(tokens):
        if i + 1 >= len(tokens):
            break
        noun = _strip_clitic(f, _ORG_NOUNS | _ORG_NOUNS_DEF)
        if noun:
            bank = noun in _BANKS
            if not bank and _adjective(tokens[i + 1][3]):
                continue  # «متجر إلكتروني», «شركة الصينية»: an adjective of the noun, not a name
            found = _name_after(tokens, i + 1, first_definite_ok=True, keep_adjectives=bank, field_ok=False,
                                construct=not bank)
            if found and bank:  # a bank's name holds the word: «بنك مصر», «مصرف الراجحي»
                found = (s + (len(w) - len(w.lstrip("وبلفك")) if not w.startswith(("بنك", "بال")) else 0),
                         found[1], text[s:found[1]].lstrip("وفبلك") if not w.startswith("بنك") else text[s:found[1]])
            if found:
                yield *found, "org-noun"
        elif _strip_clitic(f, _METRICS):
            j = i + 1
            if _common(f) and f not in _METRICS or tokens[j][3] in _METRICS or _strip_clitic(tokens[j][3], _ORG_NOUNS):
                continue  # «بنسبة», «عدد مستخدمي X», «قيمة شركة X»: the owner is further on, or before
            metric = _strip_clitic(f, _METRICS)
            while j < len(tokens) - 1 and tokens[j][3] in _TITLES:
                j += 1  # «ثروة رجل الأعمال X»
            if tokens[j][3].endswith("يه") and not tokens[j][3].startswith("ال"):
                continue  # «حصة سوقية», «أرباح قياسية»: an adjective, not an owner
            person = metric == "ثروه"
            found = _name_after(tokens, j, first_definite_ok=metric == "اقتصاد", keep_adjectives=person,
                                construct=person)
            if found:
                yield *found, "metric"
        elif f == "في" and any(t[3] in _MACRO for t in tokens[max(0, i - 4):i]):
            found = _name_after(tokens, i + 1, first_definite_ok=True)  # «معدل التضخم في تونس»
            if found:
                yield *found, "metric"
    if tokens:
        s, e, w, f = tokens[0]
        verb = f if f in _VERBS else (f[1:] if f[:1] in _VERB_PREFIXES and f[1:] in _VERBS else None)
        if verb and len(tokens) > 1:
            j = 1
            while j < len(tokens) - 1 and (tokens[j][3] in _METRICS or tokens[j][3] in {"لدي", "معدل"}
                                           or _strip_clitic(tokens[j][3], _ORG_NOUNS | _ORG_NOUNS_DEF)):
                j += 1
            if j < len(tokens):
                found = _name_after(tokens, j, first_definite_ok=True, construct=True)
                if found:
                    yield *found, "verb-subject"
        elif _is_arabic(w) and f not in _STOP and not f.startswith("ال") and len(tokens) > 1:
            # News sentences mostly open with their verb (VSO): an unlisted first word is taken as one, unless the
            # next word is a present-tense verb («أرامكو تعلن …»: SVO, the first word is the subject).
            second = tokens[1][3]
            past = len(f) >= 4 and f.endswith("ت")  # «سلمت تسلا …»: a feminine past verb opens the sentence
            if (_is_arabic(tokens[1][2]) and len(second) >= 4 and second[0] in "تي" and not second.startswith("ال")
                    and not past) or second in _VERBS:
                found = _name_after(tokens, 0, first_definite_ok=False)
                if found:  # the name ends before its verb: «رواسي تحقق …»
                    found = (found[0], tokens[0][1], tokens[0][2])
                rule = "sentence-start"
            else:
                found = _name_after(tokens, 1, first_definite_ok=True, construct=True)
                rule = "verb-subject"
            if found and found[1] <= start:
                yield *found, rule


_RANK = {"known": 0, "latin": 1, "quoted": 1, "org-noun": 1, "metric": 1, "verb-subject": 2, "sentence-start": 3}


def suggest_subject(text: str, start: int, end: int, known: Sequence = ()) -> SubjectGuess | None:
    """The subject of the figure at ``start``–``end`` (code points) of ``text``, or None when its sentence names
    none. ``known``: subjects (with ``name`` and ``aliases``) or plain names the store knows already."""
    lo, hi = _sentence(text, start, end)
    best = None
    for s, e, name, rule in _candidates(text, lo, hi, start, end, known):
        if s < end and e > start:
            continue  # inside the figure itself
        if rule != "known" and _after_cue(text, lo, s):
            continue
        distance = start - e if e <= start else s - end + _AFTER_PENALTY
        score = (distance + 20 * (_RANK[rule] >= 2), _RANK[rule])
        if best is None or score < best[0]:
            best = (score, SubjectGuess(name, s, e, rule))
    if best is None:
        return None
    guess = best[1]
    if guess.rule != "known" and known:
        canonical = next(iter(_known(guess.name, 0, len(guess.name), known)), None)
        if canonical is not None and canonical[1] - canonical[0] == len(guess.name):
            guess = SubjectGuess(canonical[2], guess.start, guess.end, guess.rule)
    return guess


def suggest_subjects(text: str, known: Sequence = ()) -> list[tuple[Suggestion, SubjectGuess | None]]:
    """Each quantity the suggester proposes in ``text`` (desktop.core.claims.suggest) with its proposed subject."""
    return [(s, suggest_subject(text, s.start, s.end, known)) for s in suggest(text)]
