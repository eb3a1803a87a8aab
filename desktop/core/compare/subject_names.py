"""Where a name starts and ends in a tokenised sentence, and the rules that find one kind of subject there
(countries of a measured figure, a person in an appositive, institutions, a clause's start), for the subject
suggester (desktop.core.compare.subjects)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.core import text as textmod
from desktop.core.compare.countries import country_at, country_of_adjective
from desktop.core.compare.subject_words import (  # noqa: F401 - the vocabularies
    _ADVERBIAL, _CLITICS, _DOCUMENTS, _ENDS_IN_ALEF, _GENERIC, _INSTITUTIONS, _JOB_TITLES, _LATIN_STOP, _LEADS, _MACRO,
    _METRICS, _NAME_ADJECTIVES, _ORG_NOUNS, _ORG_NOUNS_DEF, _STOP, _STOP_NOUNS, _TITLES)

_AR = "\u0621-\u064a\u0671-\u06d3\u0640\u064b-\u065f"
_WORD = re.compile(rf"[{_AR}]+|[A-Za-z][A-Za-z0-9&'’.+-]*[A-Za-z0-9+]|[A-Za-z]|[0-9٠-٩][0-9٠-٩.,٫٬]*")
_SENTENCE_END = re.compile(r"[.!?؟؛\n]+(?=\s|$)|\n")


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
    if following and len(folded) > 4 and not folded.startswith("ال") and (
            folded.endswith(("ته", "يه", "ين")) or folded.endswith("ون") and folded not in _ENDS_IN_ALEF):
        return True  # «نسخته», «ملكية», «لاعبين»: the object after a name, not its second word
    return _strip_clitic(folded, _STOP_NOUNS) is not None


def _tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str, str]]:
    """(start, end, word, folded word) of each word of text[lo:hi]."""
    return [(m.start() + lo, m.end() + lo, m.group(), _fold(m.group())) for m in _WORD.finditer(text[lo:hi])]


_ABBREVIATION = re.compile(rf"(?:^|[\s.«\"“(])[{_AR}A-Za-z]{{1,2}}$")


def _ends(text: str, lo: int, hi: int) -> Iterable[re.Match[str]]:
    """Sentence ends in text[lo:hi], except the period of an abbreviation («يو. إس.», «U.S.»)."""
    for m in _SENTENCE_END.finditer(text, lo, hi):
        if m.group().startswith(".") and _ABBREVIATION.search(text, max(0, m.start() - 4), m.start()):
            continue
        yield m


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = 0
    for m in _ends(text, 0, start):
        lo = m.end()
    m = next(iter(_ends(text, end, len(text))), None)
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
    words, adjectives_only = [], False
    for j in range(i, min(i + 4, len(tokens))):
        s, e, w, f = tokens[j]
        if w[0].isdigit() or w in _LATIN_STOP or _strip_clitic(f, _ORG_NOUNS | _ORG_NOUNS_DEF):
            break
        if j == i:
            if _common(f) or (f.startswith("ال") and not first_definite_ok):
                return None
        elif adjectives_only:  # after a construct, only the adjectives of a name («نفط البحر الأحمر») and a field
            if tokens[j][0] - tokens[j - 1][1] > 1 or f not in _NAME_ADJECTIVES and not (
                    f.startswith("لل") and len(f) > 4 and words[-1][3] in _NAME_ADJECTIVES):
                break
            if f.startswith("لل"):
                words.append((s, e, w, f))
                break
        else:
            if (f.startswith("لل") and len(f) > 4 and words[-1][3] in _NAME_ADJECTIVES
                    and tokens[j][0] - tokens[j - 1][1] == 1):
                words.append((s, e, w, f))  # «المتحدة للزجاج», «العامة للكهرباء»: an adjective and its field
                break
            if (field_ok and j == i + 1 and f.startswith("لل") and len(f) > 4 and not words[0][3].startswith("ال")
                    and tokens[j][0] - tokens[j - 1][1] == 1):
                words.append((s, e, w, f))  # «قطر للطاقة», «مصر للطيران»: a name with its field
                break
            if (tokens[j][0] - tokens[j - 1][1] > 1 or _common(f, following=True)
                    or _is_arabic(w) != _is_arabic(words[-1][2])):
                break
            if len(w) > 3 and w.endswith("ه") and not w.startswith("ال"):
                break  # «قوائمه», «أسطوله»: a noun with «his/its», the object after the name
            if (construct and j == i + 1 and f.startswith("ال") and not (_adjective(f) and len(f) >= 6)
                    and not keep_adjectives and not words[0][3].startswith("ال") and not _is_latin_word(words[0][2])):
                words.append((s, e, w, f))  # a construct: the name ends with its definite noun and adjectives
                adjectives_only = True
                continue
            if f in _NAME_ADJECTIVES and words[-1][3].startswith("ال") and not words[-1][3] in _NAME_ADJECTIVES:
                words.append((s, e, w, f))  # «البناء المتحدة», «الشفاء الدولية»
                adjectives_only = True
                continue
            if words[-1][3].startswith("ال") and not f.startswith("ال") and re.fullmatch(r"ت..ي.", f):
                break  # «مصرف الأمل الأهلي توزيع أرباح»: a verbal noun after the name
            if f.startswith("ال") and f in _GENERIC:
                break
            if f.startswith("ال") and _nisba(f) and not keep_adjectives and not (
                    j + 1 < len(tokens) and tokens[j + 1][3] == "القابضه" and words[-1][3].startswith("ال")):
                break  # «الرمال الذهبية القابضة»: the adjective before «القابضة» is part of the name
            if f.startswith("ال") and not keep_adjectives and not words[-1][3].startswith("ال"):
                break  # «X الشيء» is rarely one name; «بيت التمويل الكويتي» is (after a definite word)
        words.append((s, e, w, f))
    if not words:
        return None
    return words[0][0], words[-1][1], " ".join(w for _, _, w, _ in words)


def _generic(name: str) -> bool:
    """«الناتج», «الإيرادات», «السياح»: a word for what is measured, never a subject on its own."""
    words = [_fold(w) for w in name.split()]
    return words[0] in _GENERIC or words[0] in _MACRO or words[0].removeprefix("ال") in _METRICS


def _measured_before(tokens, i: int) -> bool:
    """A metric or macro-economic noun within five words before tokens[i], and no organisation noun between."""
    for t in reversed(tokens[max(0, i - 5):i]):
        f = t[3]
        noun = _strip_clitic(f, _ORG_NOUNS | _ORG_NOUNS_DEF)
        if noun and not (noun.endswith("ات") and f.startswith(("ال", "لل"))):  # «عدد الشركات في X»: a kind
            return False
        if f in _MACRO or _strip_clitic(f, _METRICS) or f.removeprefix("ال") in _METRICS:
            return True
    return False


def _country(tokens, i: int):
    """A country the figure is measured for: «الناتج … للأردن», «عدد السياح إلى سلطنة عُمان», «قيمة … في دبي», or an
    adjective of a national economy («الاقتصاد المغربي», «الدين الخارجي المصري»)."""
    found = country_at([t[3] for t in tokens[i:i + 5]], 0)  # the longest name has four words
    if found and _measured_before(tokens, i):
        yield tokens[i][0], tokens[i + found[1]][1], found[0], "metric"
    adjective = country_of_adjective(tokens[i][3])
    if adjective and _measured_before(tokens, i) and i >= 1 and tokens[i - 1][3] not in _TITLES:
        yield tokens[i][0], tokens[i][1], adjective, "metric"


def _appositive_person(text: str, tokens, lo: int, i: int):
    """A person's wealth or pay: the name between commas after a title and its organisation («ثروة مؤسس شركة X، NAME،»,
    «حصل الرئيس التنفيذي لشركة X، NAME، على مكافآت»)."""
    for k in range(max(0, i - 10), min(len(tokens) - 1, i + 8)):
        if not _strip_clitic(tokens[k][3], _JOB_TITLES):
            continue
        for m in range(k + 1, min(k + 7, len(tokens) - 1)):
            if "،" in text[tokens[m - 1][1]:tokens[m][0]] or "," in text[tokens[m - 1][1]:tokens[m][0]]:
                found = _name_after(tokens, m, first_definite_ok=False, keep_adjectives=True, construct=True)
                if found and re.match(r"\s*[،,]", text[found[1]:found[1] + 2]):
                    yield *found, "metric"
                return


def _institution(text: str, tokens, i: int):
    """An institution named with its head noun: «وزارة المالية», «الهيئة العامة للإحصاء», «صندوق النقد الدولي»,
    «مطار الواحة الدولي», «البنك المركزي الليبي» (the head, then definite words, adjectives and a field «للـ…»)."""
    f = tokens[i][3]
    head = _strip_clitic(f, _INSTITUTIONS | {"ال" + w for w in _INSTITUTIONS} | {"الشركه", "المجموعه"})
    if head is None or i + 1 >= len(tokens):
        return None
    nxt = tokens[i + 1][3]
    if head in {"بنك", "مصرف"} or head == "صندوق" and not nxt.startswith("ال"):
        return None  # «صندوق نيوم», «بنك مصر», «مصرف الراجحي»: the org-noun rule names them
    field = any(t[3].startswith("لل") and len(t[3]) > 4 for t in tokens[i + 1:i + 3])
    if head.startswith("ال") and not (field or nxt == "المركزي"):
        return None  # «الهيئة» or «الصندوق السعودي» alone points back to a name given before
    last = None
    for j in range(i + 1, min(i + 6, len(tokens))):
        s, e, w, g = tokens[j]
        if tokens[j][0] - tokens[j - 1][1] > 1 or w[0].isdigit() or not _is_arabic(w):
            break
        if g.startswith("ال") and g not in _STOP and g not in _DOCUMENTS and not _strip_clitic(g, _ORG_NOUNS_DEF):
            last = j  # «المالية», «العامة», «الدولي»
        elif g.startswith("لل") and len(g) > 4 and last is not None or (j == i + 1 and g.startswith("لل")):
            last = j  # «للإحصاء», «للطيران»
        elif j == i + 1 and not _common(g) and g not in _JOB_TITLES and not head.startswith("ال"):
            last = j  # «مطار الواحة», «جامعة الساحل»: an indefinite proper name
        else:
            break
    if last is None:
        return None
    start = tokens[i][0] + (len(tokens[i][2]) - len(tokens[i][2].lstrip("وبلفك")) if f != head else 0)
    if f.startswith("لل"):
        start += 1
    name = text[start:tokens[last][1]]
    if f.startswith("لل"):
        name = "ا" + name
    return start, tokens[last][1], name


def _titled(tokens, i: int) -> bool:
    """The organisation noun at i follows a job title («الرئيس التنفيذي لشركة», «رئيس مجلس إدارة مجموعة»)."""
    return any(_strip_clitic(t[3], _JOB_TITLES) for t in tokens[max(0, i - 3):i])


def _before_person(tokens, j: int, found):
    """After «الرئيس التنفيذي لشركة X», a person's name follows X: keep X and the definite words that go with it."""
    stop = tokens[j][1]
    for k in range(j + 1, len(tokens)):
        if tokens[k][1] > found[1] or not tokens[k][3].startswith("ال"):
            break
        stop = tokens[k][1]
    return found[0], stop, found[2][:stop - found[0]]


def _clause_start(text: str, tokens) -> int:
    """Where the sentence's main clause starts: past «وقد», «كما» … and past an opening adverbial ended by a comma
    («وفي الربع الثالث، سجلت …»)."""
    k = 0
    if tokens and _strip_clitic(tokens[0][3], _LEADS):
        k = 1
    if k < len(tokens) and _strip_clitic(tokens[k][3], _ADVERBIAL):
        for j in range(k + 1, min(k + 8, len(tokens))):
            if "،" in text[tokens[j - 1][1]:tokens[j][0]] or "," in text[tokens[j - 1][1]:tokens[j][0]]:
                return j
    return k
