"""The letters above ASCII that each language of a Latin-script code page writes: which reading of a page fits.

windows-1250 (Central European), windows-1254 (Turkish) and windows-1257 (Baltic)
share most of their letters with windows-1252, and a detector tells them apart
poorly: it reads Spanish as windows-1250, Czech as windows-1252. Where the two
readings differ, one fits a language's alphabet and the other is a mix that no
language writes: Czech `Øada domù` in windows-1252 holds letters of Danish,
French and Icelandic at once, where `Řada domů` is all Czech.
"""
from __future__ import annotations

# Lower case; upper case is added. A language's loan letters (ñ in a Catalan name) are left out: a page of
# one language with a few of another's letters still fits it better than a mis-read page fits any.
ALPHABETS: dict[str, dict[str, str]] = {
    "windows-1252": {
        "spanish": "áéíóúüñ", "portuguese": "áâãàçéêíóôõúü", "french": "àâæçéèêëîïôœùûüÿ", "german": "äöüß",
        "italian": "àèéìíòóùúî", "catalan": "àçèéíïòóúü", "dutch": "áéèëïóöü", "danish-norwegian": "æøåéó",
        "swedish": "åäöé", "finnish": "äöåšž", "icelandic": "áéíóúýþæöð", "irish": "áéíóú", "albanian": "çë",
        "basque-galician": "áéíóúñü",
    },
    "windows-1250": {
        "polish": "ąćęłńóśźż", "czech": "áčďéěíňóřšťúůýž", "slovak": "áäčďéíĺľňóôŕšťúýž",
        "hungarian": "áéíóöőúüű", "slovenian": "čšž", "croatian": "čćđšž", "romanian": "ăâîşţ", "albanian": "çë",
    },
    "windows-1254": {"turkish": "çğıöşüâîû", "azerbaijani": "çəğıöşü"},
    "windows-1257": {"lithuanian": "ąčęėįšųūž", "latvian": "āčēģīķļņšūž", "estonian": "äõöüšž"},
}
# ISO code pages of the same languages.
_SAME_LANGUAGES = {"ISO-8859-2": "windows-1250", "ISO-8859-16": "windows-1250", "ISO-8859-9": "windows-1254",
                   "ISO-8859-4": "windows-1257", "ISO-8859-13": "windows-1257", "ISO-8859-15": "windows-1252"}
_CASED = {page: {lang: set(letters + letters.upper() + ("İ" if "ı" in letters else ""))
                 for lang, letters in langs.items()} for page, langs in ALPHABETS.items()}


def fit(text: str, code_page: str) -> float:
    """The largest share of `text`'s letters above ASCII that one language of `code_page` writes (1.0 with none)."""
    letters: dict[str, int] = {}
    for char in text:
        if not char.isascii() and char.isalpha():
            letters[char] = letters.get(char, 0) + 1
    total = sum(letters.values())
    code_page = _SAME_LANGUAGES.get(code_page, code_page)
    if not total or code_page not in _CASED:
        return 1.0 if not total else 0.0
    return max(sum(n for char, n in letters.items() if char in alphabet) for alphabet in _CASED[code_page].values()) / total
