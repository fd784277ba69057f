"""A gallery run onto one line whose credits print with no brackets: cut where each credit clearly ends.

Some dumps flatten a gallery onto one line with each credit printed bare
between one caption's end and the next caption's start:

    <caption>. Jo Li | pool photo via AP <next caption>. Ana Ruiz | Getty Images ...
    <caption>. Bildquelle: dpa <next caption> ...
    <caption> Foto: Ana Lima - Agência Exemplo<next caption> ...

A bare credit is cut only where both its ends are clear. It starts at a
lead-in ending in a mark (`Foto:`, `Bildquelle:`, `Photo |`), or after a
caption's full stop with a name and a `|` or `/` joining it to more
(`Name | Agency`, `Name/Agency`). It ends at a known agency that no joiner
continues (`| pool photo via AP`, then a capital), where the next caption is
glued to it (`...Agência ExemploCasa destruída`: letters running into a
capital and a lower-case letter), or at the line's end. A credit whose end
is unclear (`Foto: Jo Li The next caption`) is not cut: that caption stays
with the one before it, and no picture is made up. A line needs two credits,
one of them followed by the next caption. A line that opens with a credit
(`Foto: Jo Li/dpa <caption> Foto: ...`) prints each credit before its caption:
cut after the credits, each caption would go with the next one's; it is left
whole. Page furniture printed between the pieces (a stray ` .`, a page control
such as `View full gallery`, a gallery's label `Gallery` before the next
caption's capital) belongs to neither caption and is dropped.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..text import marker_form
from .credit_edges import trim_credit
from .credit_first import credit_first
from .credit_parts import Kind
from .credit_reading import MAX_CREDIT, STRUCTURED_JOINERS, Context
from .markers import SENTENCE_CLOSERS, PageMarkers
from .run_on_credit_words import CreditWords, credit_bounds, starts_caption

MIN_CUTS = 1             # credits followed by the next caption: with the line's closing credit, two pictures at least
MIN_CREDITS = 2          # credits on the line, the closing one included
MIN_PIECE_WORDS = 3      # a caption before a credit has this many words at least
MIN_LINE = 60            # characters: a shorter line holds no two captions with their credits
MAX_RUN_ON_PICTURES = 300  # no gallery prints more on a line: a line with more credits is no gallery, and is not cut
# places a credit might start on a line that is a gallery, at most: a lead-in or a joiner after a name, one or two a
# picture; a line of more is no gallery, and each place costs some 0.1 ms to try ("Photo: " 200,000 times: 19 s)
MAX_CREDIT_STARTS = 4 * MAX_RUN_ON_PICTURES

MAX_NAME = 80  # characters before a joiner searched for the name and the full stop before it
MAX_NAME_WORDS = 5  # words of the name before a joiner ("Jo Li | AP", "Ana de la Cruz | EFE")
# A word that ends a sentence: its stop after two letters or digits ("2018.", "England."; not "A." or "U.S.")
_STOPPED = re.compile(rf"[^\W_]{{2}}[.!?][{re.escape(SENTENCE_CLOSERS)}]*$")
_JOINERS = "|/"
_TOKEN = re.compile(r"\S+")
# Marks that a bare credit holds, in its lead-in ("Foto:", "©", "Photo |") or between its names ("Jo Li | AP",
# "Jo Li/AFP"): a line with fewer than two is no gallery of bare credits.
_MARKS = ":：©ⓒ|/;"
_MARK = re.compile(f"[{re.escape(_MARKS)}]")


def unbracketed_pieces(text: str, pm: PageMarkers) -> list[str]:
    """The line cut after each bare credit whose end is clear; [text] when it is no such gallery."""
    if len(text) < MIN_LINE or not (":" in text or "/" in text or "|" in text or ";" in text or "©" in text
                                    or "ⓒ" in text or "：" in text):  # _MARKS, each found by a plain search
        return [text]  # most lines hold none
    first = _MARK.search(text)
    if first is None or _MARK.search(text, first.end()) is None:
        return [text]  # most lines hold fewer than two marks
    starts = _credit_starts(text, pm)
    if not MIN_CREDITS <= len(starts) <= MAX_CREDIT_STARTS:
        return [text]
    found = _cuts(text, starts, pm)
    if found is None:
        return [text]
    cuts, closing = found
    if len(cuts) < MIN_CUTS or (len(cuts) < MIN_CREDITS and len(cuts) + closing() < MIN_CREDITS) \
            or _opens_with_credit(text, pm):  # closing read only when the cuts alone are too few
        return [text]
    starts_at = [0, *(b for _, b in cuts)]
    ends_at = [*(a for a, _ in cuts), len(text)]
    pieces = [_without_furniture_head(text[a:b], pm).strip() for a, b in zip(starts_at, ends_at)]
    return [p for p in pieces if p]


def _cuts(text: str, starts: list[tuple[int, int, bool]],
          pm: PageMarkers) -> tuple[list[tuple[int, int]], Callable[[], bool]] | None:
    """(where each piece ends and the next starts, whether a credit closes the line), None past
    MAX_RUN_ON_PICTURES.

    A credit the line's end closes ends the cutting, so whether one does is asked
    only when it counts: when a cut comes after it, or when the line's one cut
    needs the closing credit to make it a gallery. Most of a line's closings are
    read never, and any of them will do, so the shortest, read at least cost, is
    read first: a line of a hundred `© Name` read ten closings of up to 200
    characters, some 0.3 ms each.
    """
    cuts: list[tuple[int, int]] = []  # (where a piece ends, where the next starts)
    piece_start = 0
    words = CreditWords(text, pm.credits.registry, starts[0][1])
    closings: list[tuple[int, int, bool]] = []  # credits the line's end would close, after the last cut, unread

    def closed() -> bool:
        return any(_checked(text, s, e, len(text), m, pm) is not None for s, e, m in reversed(closings))

    for caption_end, credit_start, marked in starts:
        if caption_end < piece_start or not _words_at_least(text, piece_start, caption_end, MIN_PIECE_WORDS):
            continue
        bounds = credit_bounds(words, credit_start, True)
        if bounds is None:
            continue
        credit_end, next_start = bounds
        if next_start >= len(text):
            closings.append((credit_start, credit_end, marked))
            continue
        if _checked(text, credit_start, credit_end, next_start, marked, pm) is None:
            continue
        if closed():
            return cuts, lambda: True
        closings = []
        cuts.append((credit_end, next_start))
        piece_start = next_start
        if len(cuts) >= MAX_RUN_ON_PICTURES:
            return None
    return cuts, closed


def _opens_with_credit(text: str, pm: PageMarkers) -> bool:
    """Whether the line opens with a credit ("Foto: Jo Li/dpa <caption>", "Jo Li | AP <caption>"): a gallery
    that prints each credit before its caption, which cuts after each credit would pair with the wrong one."""
    return credit_first(text, pm) is not None or _credit_end(text, 0, False, pm, closing=False) is not None


def _words_at_least(text: str, start: int, end: int, n: int) -> bool:
    """Whether the text from `start` to `end` holds `n` words, looked for only in its last MAX_CREDIT characters
    (a piece's start stays put while the credits after it have no clear end: the line is read once, not again)."""
    return len(text[max(start, end - MAX_CREDIT):end].split(None, n)) >= n


def _credit_starts(text: str, pm: PageMarkers) -> list[tuple[int, int, bool]]:
    """(where the caption before ends, where the credit's names start, whether a lead-in marks it), in order.

    Found back from each mark on the line (a line holds few; a search for
    every lead-in along it would cost more than all the rest of this stage):
    a lead-in ending in it ("Foto:", "Photo |"), or a name of one to five
    words after a caption's full stop, joined by it to more ("... 2018. Jo Li | AP").
    """
    leadins, longest = _leadin_set(pm)
    starts: list[tuple[int, int, bool]] = []
    for mark in _MARK.finditer(text):
        stop = mark.end()
        if stop < len(text) and text[stop].isspace():
            at = _leadin_start(text, stop, leadins, longest)
            if at is not None:
                while stop < len(text) and text[stop].isspace():
                    stop += 1
                starts.append((at, stop, True))
                continue
        if mark.group() in _JOINERS and (name := _name_before(text, mark.start())) is not None:
            starts.append(name)
    return sorted(set(starts))


def _leadin_start(text: str, stop: int, leadins: dict[str, tuple[frozenset[str], int]], longest: int) -> int | None:
    """Where a lead-in ending at `stop` starts, after a space; the longest; None when none ends there.

    Only the lead-ins whose last word is the text's are tried, as far back as the longest of them reaches
    (`©`: three, of eight letters at most, where all reach 33)."""
    at = text.rfind(" ", max(0, stop - longest - 1), stop - 1)
    if at <= 0:
        return None
    # its last word as the lead-ins', in marker form: "Photo\u202f:" (French type's "Photo :") ends in ":"
    ending = leadins.get(marker_form(text[at + 1:stop]).rsplit(" ", 1)[-1])
    if ending is None:
        return None
    phrases, reach = ending
    window, found = max(0, stop - reach - 1), None
    while at > 0 and at >= window:
        if marker_form(text[at + 1:stop]) in phrases:
            found = at + 1
        at = text.rfind(" ", window, at)
    return found


def _name_before(text: str, at: int) -> tuple[int, int, bool] | None:
    """(where the caption ends, where the name starts, False) for a name of one to five words right before
    `at` with a caption's full stop before it ("... 2018. Jo Li |"); None when there is none."""
    last = at - 1
    while last >= 0 and text[last] == " ":
        last -= 1
    if last < 0 or not text[last].isalpha():
        return None  # "1/2", "http://": no name before the mark
    window = max(0, at - MAX_NAME)
    if text.find(".", window, at) < 0 and text.find("!", window, at) < 0 and text.find("?", window, at) < 0:
        return None
    words = [(m.start(), m.end()) for m in _TOKEN.finditer(text, window, at)][-MAX_NAME_WORDS - 1:]
    for k in range(len(words) - 1, 0, -1):
        a, b = words[k - 1]
        if _STOPPED.search(text, a, b):
            return (b, words[k][0], False) if all(text[x].isalpha() for x, _ in words[k:]) else None
    return None


@lru_cache(maxsize=8)
def _leadin_set(pm: PageMarkers) -> tuple[dict[str, tuple[frozenset[str], int]], int]:
    """The lead-ins that end in a mark, lower-cased, by their last word, with the longest one's length among
    them; and the longest one's length of all."""
    marked = frozenset(marker_form(x) for x in pm.leadins if x.rstrip()[-1:] in _MARKS)
    by_last: dict[str, set[str]] = {}
    for phrase in marked:
        by_last.setdefault(phrase.rsplit(" ", 1)[-1], set()).add(phrase)
    return ({last: (frozenset(phrases), max(map(len, phrases))) for last, phrases in by_last.items()},
            max(map(len, marked), default=0))


def _credit_end(text: str, start: int, marked: bool, pm: PageMarkers, closing: bool = True,
                words: CreditWords | None = None) -> tuple[int, int] | None:
    """(where the credit starting at `start` ends, where the next caption starts), when both are clear;
    the line's end closes a credit only if `closing`."""
    bounds = credit_bounds(words or CreditWords(text, pm.credits.registry, start), start, closing)
    return None if bounds is None else _checked(text, start, *bounds, marked, pm)


def _checked(text: str, start: int, end: int, next_start: int, marked: bool, pm: PageMarkers) -> tuple[int, int] | None:
    """The ends, if the text between reads as a credit: any credit after a lead-in, a structured one else."""
    credit = trim_credit(text[start:end], pm)
    credits = pm.credits
    if not credit or not credits.is_credit(credit, Context.MARKED if marked else Context.ENCLOSED):
        return None
    if not marked:
        reading = credits.read(credit)
        if Kind.AGENCY not in reading.kinds and not any(p.joiner in STRUCTURED_JOINERS for p in reading.parts):
            return None
    return end, next_start


def _without_furniture_head(piece: str, pm: PageMarkers) -> str:
    """A piece without the page furniture printed before its caption: a stray full stop, a control, a gallery label."""
    for _ in range(3):
        before = piece
        piece = piece.lstrip(" .\t")
        if pm.control_head is not None:
            piece = pm.control_head.sub("", piece)
        for label in pm.markers.gallery_labels:
            if piece.startswith(label + " ") and starts_caption(piece[len(label) + 1:len(label) + 3]):
                piece = piece[len(label) + 1:]
                break
        if piece == before:
            break
    return piece
