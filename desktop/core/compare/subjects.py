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
    _GENERIC, _MACRO, _METRICS, _NAME_ADJECTIVES, _NOT_SUBJECT_CUES, _ORG_NOUNS, _ORG_NOUNS_DEF, _PAY, _SOURCE_CUES,
    _SPEECH_VERBS, _STOP, _STOP_NOUNS, _TITLES, _VERB_PREFIXES, _VERBS)
from desktop.core.compare.subject_names import (  # noqa: F401 - names and their rules
    _AR, _SENTENCE_END, _WORD, _adjective, _appositive_person, _clause_start, _common, _country, _fold, _generic,
    _ends, _institution, _is_arabic, _is_latin_word, _name_after, _nisba, _sentence, _strip_clitic, _titled,
    _before_person, _tokens)

__all__ = ["SubjectGuess", "suggest_subject", "suggest_subjects"]

_COUNTERPARTY = 40  # characters more for a name after the figure that follows «من»
_AFTER_PENALTY = 12  # characters: a name after the figure counts this much farther than one before it


@dataclass(frozen=True)
class SubjectGuess:
    """A proposed subject: the name (a known subject's canonical name when one answers to it), where and why."""

    name: str
    start: int
    end: int
    rule: str  # known | latin | quoted | org-noun | metric | verb-subject | sentence-start | earlier


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
        yield from _country(tokens, i)
        if _strip_clitic(f, _PAY) or _strip_clitic(f.removesuffix("ا"), _PAY):
            yield from _appositive_person(text, tokens, lo, i)
        noun = _strip_clitic(f, _ORG_NOUNS | _ORG_NOUNS_DEF)
        institution = _institution(text, tokens, i)
        if institution:
            yield *institution, "org-noun"
        elif noun and not (noun.endswith("ات") and (noun.startswith("ال") or f.startswith("لل"))):
            # «الشركات الصغيرة», «للشركات الصغيرة»: a kind of organisation, no name
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
            while j < len(tokens) - 1 and (tokens[j][3] in _TITLES or j > i + 1 and _adjective(tokens[j][3])):
                j += 1  # «ثروة رجل الأعمال [السعودي] X»
            if tokens[j][3].endswith("يه") and not tokens[j][3].startswith("ال"):
                continue  # «حصة سوقية», «أرباح قياسية»: an adjective, not an owner
            person = metric == "ثروه"
            found = _name_after(tokens, j, first_definite_ok=metric == "اقتصاد", keep_adjectives=person,
                                construct=True)
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
                if found and not _generic(found[2]):
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
        if e > start and _WORD.findall(text[max(lo, s - 6):s])[-1:] == ["من"]:
            distance += _COUNTERPARTY  # «فازت X بعقد … من هيئة Y»: the party the figure comes from
        score = (distance + 20 * (_RANK[rule] >= 2), _RANK[rule])
        if best is None or score < best[0]:
            best = (score, SubjectGuess(name, s, e, rule))
    speaker = _speaker(text, lo, start, known)
    if speaker is not None:
        best = (None, speaker)
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


def _speaker(text: str, lo: int, start: int, known: Sequence) -> SubjectGuess | None:
    """«قالت مجموعة X إن استحواذها على شركة Y سيرفع إيراداتها»: a possessive pronoun in what is said, before the
    figure, points back to the speaker (to the organisation in the speaker's title when a man speaks of «ها»)."""
    tokens = _tokens(text, lo, start)
    first = _clause_start(text, tokens)
    if first >= len(tokens) or tokens[first][3].lstrip("وف") not in _SPEECH_VERBS:
        return None
    said = next((k for k in range(first + 1, min(first + 12, len(tokens))) if tokens[k][3] in {"ان", "بان"}), None)
    if said is None:
        return None
    pronoun = next((t[3] for t in tokens[said + 1:] if len(t[3]) > 4 and t[3].endswith(("ها", "ه"))
                    and not t[3].startswith("ال") and (t[3].endswith("ها") or _strip_clitic(t[3][:-1], _METRICS))), None)
    if pronoun is None:
        return None
    span = [c for c in _candidates(text, lo, tokens[said][0], start, start, known) if c[1] <= tokens[said][0]]
    if not span:
        return None
    masculine = not tokens[first][3].endswith("ت")
    if pronoun.endswith("ها") and masculine:
        orgs = [c for c in span if c[3] in ("org-noun", "known")]
        if not orgs:
            return None
        s, e, name, rule = orgs[-1]
    else:
        s, e, name, rule = min(span, key=lambda c: (_RANK[c[3]] >= 2, c[0], _RANK[c[3]]))
    guess = SubjectGuess(name, s, e, rule)
    return None if _points_back(guess) else guess


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
