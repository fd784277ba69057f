"""The shapes of a credit's words that tell what a part is before any list is asked: the quotes, brackets and
dashes around a name, a person's initials ("T.T.D.", "N.K"), an initial glued to a surname ("Д.Отгонбаяр").
Read by the part reader (credit_part_reader.py)."""
from __future__ import annotations

import re
import unicodedata

# around a name: quotes (« LE MONDE »), brackets, dashes, bullets, zero-width spaces HTML leaves
TRIM = " .\"'“”‘’„«»‹›()[]-–—•∙\u200b\u2060\ufeff"
_QUOTE_PAIRS = (("«", "»"), ("„", "“"), ("„", "”"), ("“", "”"))
_CLOSING_INITIAL = re.compile(r"(?:^|[\s.])[A-Z]$")  # a name's last word an initial: "Sami K", "D. R"


def trimmed(text: str) -> str:
    """`text` without quotes, brackets and dashes around it, but with a closing bracket that closes one opened
    inside it: "X (antigo Twitter)" ("formerly Twitter") keeps its bracket, and with the full stop of an initial
    closing it: "Sami K.", "D. R."."""
    inner = text.strip(TRIM)
    after = text[text.find(inner) + len(inner):]
    if inner.count("(") == inner.count(")") + 1 and after.startswith(")"):
        return inner + ")"
    # and the quote closing a name opened inside it: "АМИТ «Ховар»", a body's kind before its quoted name (round 82)
    for opening, closing in _QUOTE_PAIRS:
        if inner.count(opening) == inner.count(closing) + 1 and after.startswith(closing):
            return inner + closing
    if after.startswith(".") and _CLOSING_INITIAL.search(inner):
        return inner + "."
    return inner


# an initial glued to a surname, as the Mongolian, Kazakh and Russian press print a photographer ("Д.Отгонбаяр")
_GLUED_INITIAL = re.compile(r"(?:[^\W\d_]\.){1,2}[^\W\d_][^\W\d_'’\-]*[^\W\d_]")
# Round 78: the same in the scripts of South India, which have no capitals: Tamil, Telugu, Kannada and Malayalam
# papers print a person with the initial of a father's or a place's name glued before the given name, each
# initial one letter with its vowel sign ("ஆ.செந்தில்வேலன்", "பு.கார்த்திகேயன்", Hindu Tamil Thisai's staff)
_SOUTH_INDIAN = re.compile("[\u0B80-\u0D7F]+")
MIN_SOUTH_INDIAN_NAME = 3  # code points of the name after the initials: a letter and its signs are more than one
# A person's initials, each capital with its dot, the last one's dot left off at times: "T.T.D.", "Q.H.", "N.K",
# as Vietnamese papers print a staff photographer (Tuổi Trẻ, Thanh Niên, Người Lao Động), and Balkan and Polish
# ones an author ("Foto: D.K.", "Fot. A.K."). Letters a list knows as an organisation's are read so before this
# ("D.R.", rights reserved, names no one; "TTXVN" has no dots and is the registry's).
_DOTTED_INITIALS = re.compile(r"(?:[^\W\d_]\.){1,4}[^\W\d_]\.?")


def initials(word: str) -> bool:
    """Whether `word` is a person's initials, capitals each with its dot: "T.T.D.", "N.K", "Đ.T."."""
    return _DOTTED_INITIALS.fullmatch(word) is not None and all(c.isupper() for c in word if c != ".")


def south_indian_initial(word: str) -> bool:
    """"ஆ.செந்தில்வேலன்": one or two initials of a South Indian script, each a letter with its vowel sign and a dot,
    glued to a name in that script; "அ.தி.மு.க" (a party's letters) has no name after them."""
    *heads, name = word.split(".")
    return (1 <= len(heads) <= 2 and len(name) >= MIN_SOUTH_INDIAN_NAME
            and _SOUTH_INDIAN.fullmatch(word.replace(".", "")) is not None
            and all(h[:1].isalpha() and all(unicodedata.category(c).startswith("M") for c in h[1:]) for h in heads))


def glued_initial(word: str) -> bool:
    """"Д.Отгонбаяр", "G.Erdenebat": capital initials, each with its dot, and a capitalised surname in lower
    case after them; "U.S.ARMY" and "Kremlin.ru" are none."""
    if _GLUED_INITIAL.fullmatch(word) is None:
        return False
    *initials, surname = word.split(".")
    return (all(i.isupper() for i in initials) and surname[0].isupper() and surname[1:].islower())


MIN_INITIALISM = 3  # letters: "Ng" is a surname, "JR" a suffix; three capitals with no vowel are no one's name


def body_initials(word: str, vowels: tuple[str, ...]) -> bool:
    """Whether `word` is a body's letters by its shape: three capitals or more of one alphabet holding none of its
    vowels (markers.yaml's initialism_vowels), "RFS", "NSW"; no given name or surname is so written."""
    letters = [unicodedata.normalize("NFD", c)[0] for c in word]
    if len(letters) < MIN_INITIALISM or not all(c.isalpha() and c.isupper() for c in letters):
        return False
    return any(all(_same_alphabet(c, own[0]) for c in letters) and not any(c in own for c in letters)
               for own in vowels if own)


def syllabic_surname(word: str, name: str, vowels: tuple[str, ...], syllabic: tuple[str, ...]) -> bool:
    """Whether `word`, capitals with no vowel in `name`, is a Czech or Slovak surname ("KRČ", "SMRŽ", "VLK"): a
    syllabic consonant (markers.yaml's syllabic_consonants) between two consonants, in a name holding a letter with
    a mark ("Petr KRČ", "Tomáš VLK"), as those languages write; "Kent FRS", "Správa ŘLP" and "Mluvčí KRPZ" are a body's."""
    if not any(unicodedata.normalize("NFD", c) != c for c in name if c.isalpha()):
        return False
    # the syllable's letter as printed ("Ř" is no "R": never a syllable's nucleus), its neighbours by their base
    # letter: consonants, and no liquid themselves, as two liquids carry no syllable ("ŘLP", a body's initials)
    vowel = "".join(vowels)
    liquids = {unicodedata.normalize("NFD", c)[0] for own in syllabic for c in own}
    letters = [unicodedata.normalize("NFD", c)[0] for c in word]
    # and one consonant (or "CH") closes the syllable, as every such surname ends ("KRČ", "SMRŽ", "PRCH"), where
    # a police directorate's initials close with two ("KRPZ", "KRPB")
    return any(c in own and letters[i - 1] not in vowel and letters[i + 1] not in vowel
               and not {letters[i - 1], letters[i + 1]} & liquids and (len(word) - i == 2 or word[i + 1:] == "CH")
               for own in syllabic for i, c in enumerate(word[1:-1], 1))


def _same_alphabet(letter: str, vowel: str) -> bool:
    return unicodedata.name(letter, "").split()[0] == unicodedata.name(vowel, "").split()[0]
