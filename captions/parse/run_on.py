"""Between stages 1 and 2: a gallery the dump ran onto one line, split back into one piece a picture.

Some dumps flatten a whole gallery onto a single line: caption, credit in
brackets, the next caption, its credit, and so on, with no break between
pictures. The line shows it by repetition: two credits in brackets or more,
each closing a caption, all but the last followed by more text. A single
bracket inside a line is prose ("Patrick Kane (88) celebrates"), so one is
not enough, and only brackets that read as a credit with a structure of its
own (`Name/Agency`, a known agency) count.

Each piece becomes a line of its own, with the line number of the line it
came from. A page may run the story's text onto the same line before the
gallery ("... denied it. Survivors search the rubble (Reuters) Rescuers ..."):
where the gallery's other captions are each one sentence with no full stop,
the first caption is one too, and the story's sentences before it, up to its
last full stop, are a line of their own, no caption's. A story ends outside
quotation marks: a full stop inside a quotation ('"We lost everything. There
is nothing left," said ...') is the caption's own. The dot of an
abbreviation ends no sentence: a capitalised one's ("St.", "Sept.") or a
letter's ("5 a.m. Tuesday").

A credit field printed again right after the bracket, glued to it
("(AP Photo/Jo Li)Photo by: AP Photo Next caption"), is the same picture's
credit a second time, shorter: it is dropped, and belongs to neither picture.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..knowledge.registry import BODY_KINDS
from .caption_shape import closes_abbreviation, ends_sentence
from .credit_edges import strip_leadin, trim_credit
from .credit_in_line import MAX_REMEMBERED_LINE, MAX_REMEMBERED_LINES
from .credit_neighbours import agency_kind
from .credit_parts import Kind
from .credit_reading import MAX_CREDIT, STRUCTURED_JOINERS, Context
from .lines import CleanLine
from .markers import PageMarkers
from .run_on_closing import closing_word_pieces
from .run_on_unbracketed import unbracketed_pieces

MIN_RUN_ON_CREDITS = 2  # credits inside one line that show a gallery run onto it
MIN_PIECE_WORDS = 3     # a caption before a credit has this many words at least
MAX_RUN_ON_PICTURES = 300  # no gallery prints more on a line: a line with more credits is no gallery, and is not cut
MAX_AGENCY_WORDS = 4    # words of an agency's name printed again after a lead-in ("AP Photo")
_QUOTES = (("“", "”"), ("«", "»"), ("„", "“"))  # opening and closing quotation marks; '"' opens and closes alike
_CLOSERS = {")": "(", "]": "["}
_CLOSER = re.compile(r"[)\]]")
# a full stop closing a sentence inside a line, in any script, and the word it closes
_SENTENCE_END = re.compile(r"(\w*)(?:[.!?…][”’\"»)]*(?=\s)|[。！？])")


def split_run_on(lines: list[CleanLine], pm: PageMarkers) -> list[CleanLine]:
    """The lines of a page, each gallery run onto one line split into a line a picture."""
    out: list[CleanLine] = []
    for line in lines:
        if line.kind == "text":
            pieces = _line_pieces(line.text, pm) if len(line.text) > MAX_REMEMBERED_LINE \
                else _remembered_pieces(line.text, pm)
            if len(pieces) > 1:
                out.extend(line._replace(text=piece) for piece in pieces)
                continue
        out.append(line)
    return out


def _line_pieces(text: str, pm: PageMarkers) -> tuple[str, ...]:
    """A line cut into a piece a picture; (text,) when it is no gallery run onto one line."""
    pieces = [text]
    if text.count(")") + text.count("]") >= MIN_RUN_ON_CREDITS:
        pieces = _pieces(text, pm)
    if len(pieces) == 1:
        pieces = unbracketed_pieces(text, pm)  # credits printed bare: "<caption>. Jo Li | AP <caption>"
    if len(pieces) == 1:
        pieces = closing_word_pieces(text, pm)  # "<caption>。新华社记者 Name 摄 <caption>"
    return tuple(pieces)


# pure, so a line printed again is cut once (as split_line reads it once): a page repeating a line dense with marks
# ("© " a hundred times, some 2 ms a line) costs one cut
_remembered_pieces = lru_cache(maxsize=MAX_REMEMBERED_LINES)(_line_pieces)


def _pieces(text: str, pm: PageMarkers) -> list[str]:
    """The text cut after each bracketed credit that more text follows; [text] when it is no run-on gallery."""
    cuts: list[tuple[int, int]] = []  # (where a piece ends, where the next starts)
    start = 0
    for closer in _CLOSER.finditer(text):
        end = closer.start()
        if end + 1 >= len(text) - 1:
            continue
        # a credit is short: the opening bracket is looked for only that far back, so a line of
        # many brackets is read in linear time
        opening = text.rfind(_CLOSERS[closer.group()], max(start, end - MAX_CREDIT - 2), end)
        if opening < 0 or len(text[max(start, opening - MAX_CREDIT):opening].split()) < MIN_PIECE_WORDS:
            continue
        if not _credit_inside(text[opening + 1 : end], pm):
            continue
        start = _past_credit_again(text, end + 1, pm)
        cuts.append((end + 1, start))
        if len(cuts) >= MAX_RUN_ON_PICTURES:
            return [text]
    if not cuts or len(cuts) + _closing_credit(text, pm) < MIN_RUN_ON_CREDITS:
        return [text]
    starts = [0, *(b for _, b in cuts)]
    ends = [*(a for a, _ in cuts), len(text)]
    pieces = [text[a:b].strip() for a, b in zip(starts, ends)]
    others = [text[b:a].strip() for (_, b), (a, _) in zip(cuts, cuts[1:])]
    if _closing_credit(text, pm):
        others.append(text[cuts[-1][1]:].strip())
    return [p for p in (*_story_before(pieces[0], others), *pieces[1:]) if p]


def _story_before(first: str, others: list[str]) -> list[str]:
    """The first piece, cut after the story's last sentence when the gallery's captions are unstopped sentences.

    `others` are the gallery's other pieces that close with their credit ("<caption> (<credit>)").
    """
    captions = [_before_credit(piece) for piece in others]
    if len(captions) < MIN_RUN_ON_CREDITS or any(_SENTENCE_END.search(c) or ends_sentence(c.rstrip())
                                                 for c in captions):
        return [first]
    caption = _before_credit(first)
    stops = [m for m in _SENTENCE_END.finditer(caption) if not closes_abbreviation(m.group(1))]
    if not stops or len(caption[stops[-1].end():].split()) < MIN_PIECE_WORDS \
            or _quoting(caption[: stops[-1].end()]):
        return [first]
    return [first[: stops[-1].end()].strip(), first[stops[-1].end():].strip()]


def _quoting(text: str) -> bool:
    """Whether `text` ends inside a quotation: a mark opened and not yet closed."""
    return text.count('"') % 2 == 1 or any(text.rfind(a) > text.rfind(b) for a, b in _QUOTES
                                           if not (a == "“" and "„" in text))  # German „...“ closes with "“"


def _before_credit(piece: str) -> str:
    """A piece's text before the bracketed credit that closes it."""
    piece = piece.rstrip()
    return piece[: piece.rfind(_CLOSERS.get(piece[-1:], "("))]


def _closing_credit(text: str, pm: PageMarkers) -> int:
    """1 when the line ends with a bracketed credit (the last picture's), else 0."""
    body = text.rstrip()
    if body[-1:] not in _CLOSERS:
        return 0
    opening = body.rfind(_CLOSERS[body[-1]], max(0, len(body) - MAX_CREDIT - 2))
    return int(opening >= 0 and _credit_inside(body[opening + 1 : -1], pm))


def _credit_inside(inner: str, pm: PageMarkers) -> bool:
    """Whether brackets' text is a credit with a structure of its own ("AP Photo/Jo Li", "Reuters")."""
    credit = trim_credit(strip_leadin(inner, pm), pm)
    credits = pm.credits
    if not credit or not credits.is_credit(credit, Context.ENCLOSED):
        return False
    reading = credits.read(credit)
    if any(p.joiner in STRUCTURED_JOINERS for p in reading.parts):
        return True
    # a body's name alone in brackets inside a line is prose naming it again ("the UN children's agency
    # (UNICEF) said", "ESA (European Space Agency) astronaut"), as a press agency's is not
    return any(p.kind is Kind.AGENCY and agency_kind(credits.registry, p.name) not in BODY_KINDS
               for p in reading.parts)


def _past_credit_again(text: str, at: int, pm: PageMarkers) -> int:
    """Where the next picture starts: past a lead-in and a known agency printed right after a credit."""
    rest = text[at:].rstrip()
    unmarked = strip_leadin(rest, pm)
    if unmarked == rest or rest[:1].isspace():
        return at  # nothing glued to the bracket: the next caption starts here
    words = unmarked.split()
    registry = pm.credits.registry
    for n in range(min(MAX_AGENCY_WORDS, len(words) - 1), 0, -1):
        if registry.credited_name(" ".join(words[:n])) is not None:
            skip = len(rest) - len(unmarked)
            for word in words[:n]:
                skip = text.index(word, at + skip) - at + len(word)
            return at + skip
    return at
