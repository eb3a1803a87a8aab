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
from desktop.core.compare.subject_words import (  # noqa: F401 - the vocabularies
    _ADVERBIAL, _ANAPHORS, _BANKS, _CLITICS, _DOCUMENTS, _ENDS_IN_ALEF, _INSTITUTIONS, _JOB_TITLES, _LATIN_STOP, _LEADS,
    _MACRO, _METRICS, _NOT_SUBJECT_CUES, _ORG_NOUNS, _ORG_NOUNS_DEF, _SOURCE_CUES, _STOP, _STOP_NOUNS, _TITLES,
    _VERB_PREFIXES,
    _VERBS)

__all__ = ["SubjectGuess", "suggest_subject", "suggest_subjects"]

_AR = "\u0621-\u064a\u0671-\u06d3\u0640\u064b-\u065f"
_WORD = re.compile(rf"[{_AR}]+|[A-Za-z][A-Za-z0-9&'’.+-]*[A-Za-z0-9+]|[A-Za-z]|[0-9٠-٩][0-9٠-٩.,٫٬]*")
_SENTENCE_END = re.compile(r"[.!?؟؛\n]+(?=\s|$)|\n")
_AFTER_PENALTY = 12  # characters: a name after the figure counts this much farther than one before it


@dataclass(frozen=True)
class SubjectGuess:
    """A proposed subject: the name (a known subject's canonical name when one answers to it), where and why."""

    name: str
    start: int
    end: int
    rule: str  # known | latin | quoted | org-noun | metric | verb-subject | sentence-start | earlier


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
            if (tokens[j][0] - tokens[j - 1][1] > 1 or _common(f, following=True)
                    or _is_arabic(w) != _is_arabic(words[-1][2])):
                break
            if len(w) > 3 and w.endswith("ه") and not w.startswith("ال"):
                break  # «قوائمه», «أسطوله»: a noun with «his/its», the object after the name
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


_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z][A-Za-z0-9&'’.+-]*|[a-z]+[A-Z][A-Za-z0-9]*"
                         r"|[0-9]+-?[A-Z][A-Za-z0-9&.+-]*"
                         r"|[a-z][a-z0-9-]*\.(?:com|net|io|ai|org|co|sa|ae|me)(?![A-Za-z])|[a-z]&)"
                         r"(?:[ ](?:[A-Z0-9][A-Za-z0-9&'’.+-]*|AI|of|and|&|de|du))*")


_TECH_TERMS = {"5G", "4G", "3G", "2G", "4K", "8K", "3D", "2D", "4D", "5D"}


def _latin_names(text: str, lo: int, hi: int) -> Iterable[tuple[int, int, str]]:
    for m in _LATIN_NAME.finditer(text, lo, hi):
        name = m.group().rstrip(".,'’-")
        words = [w for w in name.split(" ") if w not in _LATIN_STOP]
        while words and (words[-1] in {"of", "and", "&", "de", "du"} or not re.search(r"[A-Za-z]", words[-1])):
            words.pop()  # «Rydo 1.4 مليار»: the figure is no part of the name
        if not words or len(" ".join(words)) < 2 or " ".join(words) in _TECH_TERMS:
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


_QUOTE_SOON = re.compile(rf"(?:\s+[{_AR}]+){{1,3}}\s+[«\"“]")  # an organisation noun, a description, a quote
_QUOTED = re.compile(r"[«\"“]\s*([^«»\"“”\n,،:؛]{2,40}?)\s*[»\"”]")
_NUMBER_WORD = re.compile(r"^[0-9٠-٩]|[0-9٠-٩]\s+[^\sA-Za-z0-9]|%")


def _quoted(text: str, lo: int, hi: int) -> Iterable[tuple[int, int, str]]:
    """Names in quotation marks («ينابيع», "ترحال", «تي - كوم يو. إس.», «ميزان 2»): one to five words, not a number
    phrase («20 مليونا») nor a quoted statement."""
    for m in _QUOTED.finditer(text, lo, hi):
        name = m.group(1)
        words = name.split()
        if (1 <= len(words) <= 5 and re.search(rf"[{_AR}A-Za-z]", name) and not _NUMBER_WORD.search(name)
                and not _common(_fold(words[0].strip("ـ-")))):
            yield m.start(1), m.end(1), name


def _after_cue(text: str, lo: int, s: int, cues: set[str] = _NOT_SUBJECT_CUES) -> bool:
    """A name right after «وفقا لـ», «بحسب», «المملوكة لـ», «بقيادة», «مؤسس» … is a source, owner or investor."""
    before = [_fold(w) for w in _WORD.findall(text[max(lo, s - 40):s])][-2:]
    return any(w in cues or w[1:] in cues for w in before)


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
        institution = _institution(text, tokens, i)
        if institution:
            yield *institution, "org-noun"
        elif noun and not (noun.startswith("ال") and noun.endswith("ات")):  # «الشركات الصغيرة»: no name
            if i + 1 < len(tokens) and _QUOTE_SOON.match(text, tokens[i][1], tokens[min(i + 4, len(tokens) - 1)][0] + 1):
                continue  # «تطبيق البث الصوتي «ترانيم»»: the words between describe; the quoted name names
            bank = noun in _BANKS
            if not bank and _adjective(tokens[i + 1][3]):
                continue  # «متجر إلكتروني», «شركة الصينية»: an adjective of the noun, not a name
            found = _name_after(tokens, i + 1, first_definite_ok=True, keep_adjectives=bank, field_ok=False,
                                construct=not bank)
            if found and not bank and _titled(tokens, i):
                found = _before_person(tokens, i + 1, found)
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
            if metric == "عدد":
                continue  # «عدد اشتراكات الجوال»: what is counted; its owner is named elsewhere
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
    first = _clause_start(text, tokens)
    if first < len(tokens) - 1:
        tokens = tokens[first:]
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
                    and not past and not _strip_clitic(second, _ORG_NOUNS)) or second in _VERBS:
                found = _name_after(tokens, 0, first_definite_ok=False)
                if found:  # the name ends before its verb: «رواسي تحقق …»
                    found = (found[0], tokens[0][1], tokens[0][2])
                rule = "sentence-start"
            else:
                found = _name_after(tokens, 1, first_definite_ok=True, construct=True)
                rule = "verb-subject"
            if found and found[1] <= start:
                yield *found, rule


def _institution(text: str, tokens, i: int):
    """An institution named with its head noun: «وزارة المالية», «الهيئة العامة للإحصاء», «صندوق النقد الدولي»,
    «مطار الواحة الدولي», «البنك المركزي الليبي» (the head, then definite words, adjectives and a field «للـ…»)."""
    f = tokens[i][3]
    head = _strip_clitic(f, _INSTITUTIONS | {"ال" + w for w in _INSTITUTIONS})
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
    if best is None or _points_back(best[1]):
        anchor = best[1].start if best is not None else start
        earlier = _antecedent(text, lo, anchor, known, best[1] if best is not None else None)
        if earlier is not None:
            best = (None, earlier)
    if best is None:
        return None
    guess = best[1]
    if guess.rule != "known" and known:
        canonical = next(iter(_known(guess.name, 0, len(guess.name), known)), None)
        if canonical is not None and canonical[1] - canonical[0] == len(guess.name):
            guess = SubjectGuess(canonical[2], guess.start, guess.end, guess.rule)
    return guess


def _points_back(guess: SubjectGuess) -> bool:
    """«الشركة», «المجموعة القابضة», «الصندوق السعودي», «التقرير»: the guess stands for an organisation named before."""
    words = [_fold(w) for w in guess.name.split()]
    return guess.rule != "known" and bool(words) and (words[0] in _ANAPHORS or words[0] in _DOCUMENTS) and all(
        w in _ANAPHORS or w in _DOCUMENTS or (_adjective(w) and w != "المركزي") for w in words[1:])


_LOOK_BACK = 600  # characters: how far back an organisation named before is looked for (about three sentences)


def _antecedent(text: str, lo: int, anchor: int, known: Sequence, pointer: SubjectGuess | None):
    """The organisation that «الشركة» or a pronoun («أرباحها») points back to: the first name of the nearest stretch
    before (the sentence's own words before it, then each earlier sentence) that names one; a name after the same
    noun («الصندوق» → «صندوق …») first."""
    noun = _fold(pointer.name.split()[0]).removeprefix("ال") if pointer is not None else ""
    stretches, hi = [(lo, anchor)], lo
    starts = [m.end() for m in _ends(text, max(0, lo - _LOOK_BACK), lo)]
    for begin in reversed(([0] if lo <= _LOOK_BACK else []) + starts):  # whole sentences only
        if begin < hi:
            stretches.append((begin, hi))
            hi = begin
    for a, b in stretches:
        found = []
        for s, e, name, rule in _candidates(text, a, b, b, b, known):
            if rule == "known" or not _after_cue(text, a, s, _SOURCE_CUES):
                guess = SubjectGuess(name, s, e, "earlier")
                weak = rule in ("verb-subject", "sentence-start", "metric") and _fold(name).startswith("ال")
                if not _points_back(guess) and _fold(name.split()[0]) not in _STOP and not weak:
                    found.append((_RANK[rule] >= 2, s, guess))  # «المحللون» after a verb is no organisation
        if found:
            same = [g for _, s, g in found if noun and noun in _fold(text[max(a, s - 12):g.end])]
            return same[0] if same else min(found, key=lambda x: x[:2])[2]
    return None


def suggest_subjects(text: str, known: Sequence = ()) -> list[tuple[Suggestion, SubjectGuess | None]]:
    """Each quantity the suggester proposes in ``text`` (desktop.core.claims.suggest) with its proposed subject."""
    return [(s, suggest_subject(text, s.start, s.end, known)) for s in suggest(text)]
