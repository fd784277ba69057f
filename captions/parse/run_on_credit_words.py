"""A bare credit's end on a run-on line, from the words after its start (see run_on_unbracketed).

Each start on a line reads the words after it, as far as a credit may reach: a
caption glued into one ("GloboCasa"), a known agency's name no joiner continues
("| pool photo via AP", then a capital), or the line's end. The words are read
once a line (CreditWords), not once a start: a line of a hundred `© Name` read
each word eight times or more.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..knowledge.registry import AgencyRegistry
from ..text import fold
from .credit_reading import MAX_CREDIT

MAX_CREDIT_TOKENS = 16   # words of a bare credit, its lead-in left out (as many as a marked credit may have)
MAX_AGENCY_WORDS = 4     # words of one agency's name ("Agence France-Presse", "Korean Central News Agency")
MIN_GLUED_LETTERS = 3    # letters of one case before a capital the next caption is glued to ("GloboCasa", "REUTERSDefesa")
_CREDIT_WORD = re.compile(r"[^\s/|]+")  # a word of a credit: "Albrecht/dpa" is two
# What continues a credit after an agency's name: a joiner and more of the credit.
_JOINER_NEXT = re.compile(r"\s*(?:[|/,;&+]|(?:via|VIA|Via|for|and|und|y|e|et)\s)")  # "y", not "Y el ..."
# Between a credit's end and the next caption: spaces, and a full stop with or without a space before it.
_GAP = re.compile(r"\s*\.?\s+(?:\.\s+)?|\.(?=\S)")
_LINE_END = re.compile(r"[\s.]*$")
_OPENING = "\"“‘'«¿¡"
_WORD_PUNCTUATION = ".,;:"


@lru_cache(maxsize=8)
def _first_words(registry: AgencyRegistry) -> frozenset[str]:
    """The first word of every spelling of a known agency, folded."""
    return frozenset(key.split()[0] for key in registry.spellings() if key.split())


@lru_cache(maxsize=16384)
def _opens_agency(registry: AgencyRegistry, word: str) -> bool:
    """Whether a word, its closing stops and commas aside, is the first of a known agency's spelling; remembered:
    each credit start reads the next 16 words, which the starts after it on the line read again."""
    return fold(word.rstrip(_WORD_PUNCTUATION)) in _first_words(registry)


@lru_cache(maxsize=16384)
def _names_agency(registry: AgencyRegistry, words: str) -> bool:
    """Whether one to four words name a known agency; remembered, as _opens_agency: "Photo: Photo: Photo: Photo:"
    (the first word opens "Photo News") was looked up four times a word at each of a line's hundred starts."""
    return registry.credited_name(words) is not None


class CreditWords:
    """A line's credit words from `begin`, each read once for what may end a credit in it: every start on the
    line reads the 20 words after it, which the starts before it read too (a line of a hundred `© Name`: each
    word ten times, some 30 µs a start)."""

    def __init__(self, text: str, registry: AgencyRegistry, begin: int = 0) -> None:
        self.text, self.registry = text, registry
        spans = [m.span() for m in _CREDIT_WORD.finditer(text, begin)]
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]
        self._stops: list[int | None] = [None] * len(spans)  # _word_stop's answers, None until asked
        # past the j-th word, a word from which on the next whole word that stops a credit is to be looked for:
        # j itself if it stops one; None until asked
        self._after: list[int | None] = [None] * len(spans)
        self._agencies: dict[int, tuple[int, tuple[int, int] | None]] = {}

    def next_stop(self, j: int, limit: int) -> int:
        """The first word from the j-th on, before `limit`, whose whole reading stops a credit; `limit` if none."""
        seen = []
        while j < limit:
            after = self._after[j]
            if after is None:
                after = j if self.stop(j, self.ends[j]) is not None else j + 1
                self._after[j] = after
            if after == j:
                break
            seen.append(j)
            j = after
        for i in seen:  # none before j stops one: the next look from any of them goes there at once
            self._after[i] = j
        return j

    def agency_at(self, j: int, last: int, reach: int) -> tuple[int, tuple[int, int] | None]:
        """_agency_at, remembered where the words it reads are the same from every start: "Photo:" opens
        "Photo News", and each of a hundred starts read it at the next eight."""
        n = min(MAX_AGENCY_WORDS, len(self.starts) - j)
        if min(MAX_AGENCY_WORDS, last - j) != n or self.ends[j + n - 1] > reach:
            return _agency_at(self, j, last, reach)
        known = self._agencies.get(j)
        if known is None:
            self._agencies[j] = known = _agency_at(self, j, last, reach)
        return known

    def stop(self, j: int, reach: int) -> int | None:
        """_word_stop of the j-th word, cut at `reach` as a credit reaching no further reads it."""
        a, b = self.starts[j], self.ends[j]
        if b > reach:
            return _word_stop(self.text, a, reach, self.registry)
        known = self._stops[j]
        if known is None:
            found = _word_stop(self.text, a, b, self.registry)
            self._stops[j] = known = _NO_STOP if found is None else found
        return None if known == _NO_STOP else known


def _agency_at(words: CreditWords, j: int, last: int, reach: int) -> tuple[int, tuple[int, int] | None]:
    """(the words to go on by, the credit's end and the next caption's start if the known agency's name the j-th
    word opens ends the credit), the words read up to the `last`-th, the last of them cut at `reach`."""
    text, starts, ends = words.text, words.starts, words.ends
    for n in range(min(MAX_AGENCY_WORDS, last - j), 0, -1):  # the longest name first: "Getty Images"
        a, b = starts[j], min(ends[j + n - 1], reach)
        while b > a and text[b - 1] in _WORD_PUNCTUATION:
            b -= 1
        if not _names_agency(words.registry, text[a:b]):
            continue
        if _JOINER_NEXT.match(text, b):
            return n, None  # "WPA | Getty Images", "pool photo via AP": the credit goes on
        if _LINE_END.match(text, b):
            return 1, (b, len(text))
        gap = _GAP.match(text, b)
        if gap is not None and starts_caption(text[gap.end():gap.end() + 2]):
            return 1, (b, gap.end())
        # a name the next word does not start a caption after ("AP Photos from ..."): a shorter one may
    return 1, None


_NO_STOP = -2
_OPENS_AGENCY = -1


def _word_stop(text: str, a: int, b: int, registry: AgencyRegistry) -> int | None:
    """Where the next caption is glued inside a word ("GloboCasa"); _OPENS_AGENCY if it opens a known agency's
    name; None if neither, as most words."""
    glued = _glued_capital(text, a, b)
    if glued is not None:
        return glued
    return _OPENS_AGENCY if _opens_agency(registry, text[a:b]) else None


def credit_bounds(words: CreditWords, start: int, closing: bool) -> tuple[int, int] | None:
    """(where the credit starting at `start` ends, where the next caption starts), unchecked, when the credit's
    words make both clear: a caption glued to one, a known agency's name no joiner continues, the line's end."""
    text, registry, starts, ends = words.text, words.registry, words.starts, words.ends
    first = bisect_left(starts, start)
    if first > 0 and ends[first - 1] > start:  # inside a word: read from there
        return credit_bounds(CreditWords(text, registry, start), start, closing)
    reach = min(len(text), start + MAX_CREDIT)
    last = min(bisect_left(starts, reach, first), first + MAX_CREDIT_TOKENS + MAX_AGENCY_WORDS)
    limit = min(last, first + MAX_CREDIT_TOKENS)
    cut = last - 1 if last > first and ends[last - 1] > reach else limit  # a word the credit's reach cuts short
    j = first
    while j < limit:
        j = min(words.next_stop(j, min(limit, cut)), cut)  # most words stop no credit: passed at once
        if j >= limit:
            break
        stop = words.stop(j, reach)
        if stop is None:
            j += 1  # the cut word, whole or not, opens no agency's name
            continue
        if stop != _OPENS_AGENCY:
            return stop, stop
        step, end = words.agency_at(j, last, reach)
        if end is not None:
            return end
        j += step
    if closing and last - first <= MAX_CREDIT_TOKENS and len(text) - start <= MAX_CREDIT:
        return len(text), len(text)  # the line's end closes its last credit
    return None


def _glued_capital(text: str, a: int, b: int) -> int | None:
    """Where, inside a word, the next caption's capital is glued to a credit ("GloboCasa", "REUTERSDefesa")."""
    for i in range(a + MIN_GLUED_LETTERS, b - 1):
        before = text[i - MIN_GLUED_LETTERS:i]
        if (text[i].isupper() and text[i + 1].islower() and before.isalpha()
                and (before.islower() or before.isupper())):
            return i
    return None


def starts_caption(head: str) -> bool:
    return bool(head) and (head[0].isupper() or head[0].isdigit() or (head[0] in _OPENING and head[1:2].isalnum()))
