"""The helpers that compile a registry's marker phrases into pattern parts: words in brackets, a phrase kept
from matching inside a word, the first letters an alternation opens with, counts between a phrase's words.

markers.py builds PageMarkers with them.
"""
from __future__ import annotations

import re
from typing import Iterable

from ..text import marker_alternation


def bracketed(words: Iterable[str]) -> re.Pattern[str] | None:
    """The words, any one alone in round brackets ("(left)", "（左）"), in any case; None when there are none."""
    return re.compile(rf"[(（]\s?(?:{marker_alternation(words, any_case=True)})\s?[)）]", re.IGNORECASE) if words else None


def word_start(phrase: str) -> str:
    """A look-behind keeping a phrase in a script with spaces from matching inside a word ("unphotos below")."""
    return r"(?<![^\W_])" if phrase[:1].lower() != phrase[:1].upper() else ""


# Scripts that write no space between words: Thai, Lao, Myanmar, Khmer, the Japanese kana, CJK ideographs.
_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


MIN_RUN_ON = 3  # letters of a phrase in a script with no spaces that may run on into the next word


def word_end(phrase: str) -> str:
    """A look-ahead keeping a phrase from matching the start of a longer word ("photos shown", "بالصورة"); a
    phrase ending in a script that writes no spaces runs on into the next word ("写真で見る能登半島"), but one of
    two letters is too short to tell from the letters around it ("组图", a picture set, in "工作小组图书", a
    working group's books) and stands before a mark or a space only ("组图：...")."""
    if _UNSPACED.match(phrase[-1:]) and len(phrase) >= MIN_RUN_ON:
        return ""
    return r"(?!\w)"


def first_letters(openings: Iterable[str]) -> str:
    """A look-ahead for the first characters of an alternation's phrases (each as its pattern opens), put before
    it: the regex engine has no fast way into an alternation that ignores case and tries every phrase at every
    place, but skips at once the places where none of their first characters stands. None where a phrase is
    empty: the alternation matches anywhere."""
    firsts = {opening[:1] for opening in openings}
    return "" if "" in firsts else "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"


def counted(phrase: str) -> str:
    """A phrase's words, a count allowed between them ("These photos show" in "These 12 photos show")."""
    return r"\s+(?:\d+\s+)?".join(re.escape(word) for word in phrase.split())


def compiled(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def key_word(phrase: str) -> str:
    """The word an announcing phrase is looked for by: its longest, casefolded ("photos" of "These photos show")."""
    return max(phrase.split(), key=len).casefold()


def numbered_form(pattern: str, k: int) -> str:
    """caption_numbers[k] with its group n, and any back-reference to it ("(?P=n)"), renamed nK: the forms are
    joined into one pattern, and the group that caught the number says which form a line is printed in."""
    return pattern.replace("(?P<n>", f"(?P<n{k}>").replace("(?P=n)", f"(?P=n{k})")
