"""Arab and major countries and cities as data: each canonical name with the other names and adjectives it has."""

from __future__ import annotations

# canonical name: (other names, as written in news), (adjectives of origin, masculine; the feminine adds «ة»)
COUNTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "السعودية": (("المملكة العربية السعودية", "السعودية"), ("السعودي",)),
    "الإمارات": (("الإمارات العربية المتحدة", "الإمارات", "دولة الإمارات"), ("الإماراتي",)),
    "مصر": (("جمهورية مصر العربية", "مصر"), ("المصري",)),
    "المغرب": (("المملكة المغربية", "المغرب"), ("المغربي",)),
    "الجزائر": (("الجزائر",), ("الجزائري",)),
    "تونس": (("تونس",), ("التونسي",)),
    "ليبيا": (("ليبيا",), ("الليبي",)),
    "السودان": (("السودان",), ("السوداني",)),
    "الأردن": (("المملكة الأردنية الهاشمية", "الأردن"), ("الأردني",)),
    "العراق": (("العراق",), ("العراقي",)),
    "سوريا": (("سوريا", "سورية"), ("السوري",)),
    "لبنان": (("لبنان",), ("اللبناني",)),
    "فلسطين": (("فلسطين",), ("الفلسطيني",)),
    "الكويت": (("دولة الكويت", "الكويت"), ("الكويتي",)),
    "قطر": (("دولة قطر", "قطر"), ("القطري",)),
    "البحرين": (("مملكة البحرين", "البحرين"), ("البحريني",)),
    "عُمان": (("سلطنة عُمان", "سلطنة عمان", "عُمان"), ("العُماني", "العماني")),
    "اليمن": (("اليمن",), ("اليمني",)),
    "موريتانيا": (("موريتانيا",), ("الموريتاني",)),
    "تركيا": (("تركيا",), ("التركي",)),
    "إيران": (("إيران",), ("الإيراني",)),
    "الصين": (("الصين",), ("الصيني",)),
    "الهند": (("الهند",), ("الهندي",)),
    "اليابان": (("اليابان",), ("الياباني",)),
    "روسيا": (("روسيا",), ("الروسي",)),
    "ألمانيا": (("ألمانيا",), ("الألماني",)),
    "فرنسا": (("فرنسا",), ("الفرنسي",)),
    "بريطانيا": (("المملكة المتحدة", "بريطانيا"), ("البريطاني",)),
    "الولايات المتحدة": (("الولايات المتحدة", "أمريكا", "أميركا"), ("الأمريكي", "الأميركي")),
    "دبي": (("إمارة دبي", "دبي"), ()),
    "أبوظبي": (("إمارة أبوظبي", "أبوظبي", "أبو ظبي"), ()),
}


def _fold(word: str) -> str:
    from desktop.core import text as textmod

    return textmod.fold(word).translate(str.maketrans({"ة": "ه", "ى": "ي", "\u0640": None}))


_NAMES = sorted(((tuple(_fold(w) for w in name.split()), canonical) for canonical, (names, _) in COUNTRIES.items()
                 for name in names), key=lambda x: -len(x[0]))
_ADJECTIVES = {_fold(a) + end: canonical for canonical, (_, adjectives) in COUNTRIES.items() for a in adjectives
               for end in ("", "ه")}


def _bare(folded: str) -> set[str]:
    """The word without a clitic: «للأردن» → «الاردن», «وبمصر» → «مصر», «لمصر» → «مصر»."""
    forms = {folded}
    if folded.startswith("لل"):
        forms.add("ال" + folded[2:])
    if folded[:2] in ("وب", "ول", "فب", "وف"):
        forms.add(folded[2:])
    if folded[:1] in "وبلفك":
        forms.add(folded[1:])
    return forms


def country_at(folded_words: list[str], i: int) -> tuple[str, int] | None:
    """The country named from folded_words[i] (a clitic may come first): its canonical name and its last word's
    index, or None."""
    first = _bare(folded_words[i])
    for words, canonical in _NAMES:
        if words[0] in first and tuple(folded_words[i + 1:i + len(words)]) == words[1:]:
            return canonical, i + len(words) - 1
    return None


def country_of_adjective(folded: str) -> str | None:
    """«المغربي», «المصرية» → the country (an adjective of a national economy, debt or output)."""
    return _ADJECTIVES.get(folded)
