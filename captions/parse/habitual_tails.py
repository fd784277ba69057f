"""Bare credits after a caption's last sentence, read where the page shows that it closes its captions so.

Vísir, the NZZ and Khmer Times print each credit after the caption's full stop
and a space, with no lead-in, bracket or slash before it: `... á Hellisheiði í
nótt. Vísir/Vilhelm`, `... in Hinwil. Ennio Rossetti / Keystone`. Those the
credit reader knows alone are split off line by line (credit_in_line.py's
tail). A body's name of one or two words no registry knows (`... í morgun.
Landsbjörg`, `... während mehrerer Stunden. Kantonspolizei Zürich`) is no
credit there: a sentence may close a line with a name. Where two or more of the
page's lines close so with a credit the reader does know, the page shows its
habit, and such a tail closes a caption too: one to three capitalised words,
no closing full stop (a sentence's), naming someone (no prose word, nothing
but names), after a caption of one sentence and three words or more (a line
of two sentences or more is a story's paragraph, its writer's name run on).

Round 66: La Vanguardia (and the Spanish and Catalan press at large) closes each
caption, printed with no full stop, with its credit in brackets: `... a Arenys
(Quique García / EFE)`, `... a Pineda de Mar (Europa Press)`. A staff
photographer's name alone in them (`... al matí (Llibert Teixidó)`) is no credit
to the reader of one line: a caption names people in brackets too. Where two or
more of the page's captions close with a bracketed credit the reader does know,
a bracket closing another caption is its credit when it holds a person's name
alone (two or three capitalised words, nothing else).
"""
from __future__ import annotations

import re

from .caption_shape import MIN_CAPTION_WORDS
from .credit_in_line import Split
from .credit_parts import Kind
from .credit_reading import Context
from .lines import CleanLine
from .markers import PageMarkers

MIN_HABIT = 2  # captions closing with a bare credit the reader knows before the page is read by its habit
MAX_TAIL_WORDS = 3  # a body's or a person's name: "Landsbjörg", "Kantonspolizei Zürich"
_SENTENCE_END = re.compile(r"[.!?] (?=\S)")
_ELISION = re.compile(r"(?<=\w)['’](?=\w)")  # "l'aigua", "dell’acqua": an elided article is part of the word
_NAMES = frozenset({Kind.AGENCY, Kind.ORG, Kind.WEAK_ORG, Kind.PERSON})


def bare_tails_by_habit(lines: list[CleanLine], splits: list[Split | None], pm: PageMarkers) -> list[Split | None]:
    """The splits, each line closing with a bare name after its last sentence split there, on a page whose
    captions close with bare credits after their full stop (`MIN_HABIT` or more)."""
    habit = sum(1 for line, s in zip(lines, splits) if s is not None and _bare_tail(line.text, s))
    bracketed = sum(1 for line, s in zip(lines, splits) if s is not None and _bracket_tail(line.text, s))
    if habit < MIN_HABIT and bracketed < MIN_HABIT:
        return splits
    out = list(splits)
    story = _outside_closing_brackets(lines) if bracketed >= MIN_HABIT else ""
    for n, (line, split) in enumerate(zip(lines, splits)):
        if split is None or split.credit is not None or split.before_is_alt or split.labelled:
            continue
        if habit >= MIN_HABIT and (tail := _name_after_sentence(line.text, pm)) is not None:
            out[n] = split._replace(before=line.text[: -len(tail)].rstrip(), credit=tail)
        elif (bracketed >= MIN_HABIT and (name := _name_in_closing_bracket(line.text, pm)) is not None
              and not _named_in(name.split()[-1], story)):
            out[n] = split._replace(before=line.text[: line.text.rstrip().rfind("(")].rstrip(), credit=name)
    return out


def _outside_closing_brackets(lines: list[CleanLine]) -> str:
    """The page's text, each line without the brackets closing it: what the story and captions say themselves."""
    return "\n".join(re.sub(r"\([^()]*\)\s*$", "", line.text) for line in lines)


def _named_in(surname: str, text: str) -> bool:
    """Whether `text` prints `surname` as a word: a name the story prints is one it is about, a caption's subject
    named in brackets ("El conseller parla amb la premsa (Oriol Junqueras)" over "Junqueras va dir..."), no
    photographer's (review 35)."""
    return re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", text) is not None


def _bracket_tail(text: str, split: Split) -> bool:
    """Whether a line was split as a caption with no full stop closed by its credit in brackets, nothing between."""
    return (split.credit is not None and bool(split.before) and split.before[-1:] not in ".!?"
            and not split.credit_first and text.rstrip() == f"{split.before} ({split.credit})")


def _name_in_closing_bracket(text: str, pm: PageMarkers) -> str | None:
    """The person's name in the brackets closing a caption with no full stop before them, else None."""
    text = text.rstrip()
    at = text.rfind("(")
    if not text.endswith(")") or at <= 0 or text[at - 1] != " ":
        return None
    before, name = text[:at].rstrip(), text[at + 1 : -1].strip()
    words = name.split()
    if not 2 <= len(words) <= MAX_TAIL_WORDS or len(before.split()) < MIN_CAPTION_WORDS or before[-1:] in ".!?:":
        return None
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) or pm.credits.has_prose(name):
        return None
    reading = pm.credits.read(name)
    return name if reading.parts and all(p.kind is Kind.PERSON for p in reading.parts) else None


def _bare_tail(text: str, split: Split) -> bool:
    """Whether a line was split as a caption closed by its full stop, a space, and the credit, nothing between."""
    return (split.credit is not None and split.before[-1:] in ".!?" and not split.credit_first
            and text == f"{split.before} {split.credit}")


def _name_after_sentence(text: str, pm: PageMarkers) -> str | None:
    """The text after a line's last sentence, where it is a name of one to three capitalised words, else None."""
    ends = [e for e in _SENTENCE_END.finditer(text) if _closes_sentence(text[: e.start()], pm)]
    if len(ends) != 1:
        return None  # a caption so credited is its one sentence; more are a story's paragraph ("... aus. Anna Meier")
    before, tail = text[: ends[-1].start() + 1], text[ends[-1].end():]
    words = tail.split()
    if not 0 < len(words) <= MAX_TAIL_WORDS or len(before.split()) < MIN_CAPTION_WORDS:
        return None
    if not all(w[:1].isupper() for w in words) or not tail[-1:].isalpha():
        return None  # "... at dawn. The end." a sentence; "... said: Yes!" a quote
    reading = pm.credits.read(tail)
    if pm.credits.has_prose(tail) or not reading.parts:
        return None
    if reading.is_credit(Context.ENCLOSED) or all(p.kind in _NAMES for p in reading.parts):
        return tail
    return None


def _closes_sentence(before: str, pm: PageMarkers) -> bool:
    """Whether the stop after `before` closes a sentence, not an abbreviation: the word before it is letters (an
    apostrophe eliding an article between them too: the Catalan, French and Italian "fora de l'aigua."), of
    three or more where it is capitalised ("Courtesy @Space_Station/Intl. Space Station", "Kantonspolizei St.
    Gallen", "J. Smith", "Dr. Müller": a stop after a short capitalised word closes a title or an initial)."""
    last = before.split()[-1] if before.split() else ""
    if not _ELISION.sub("", last).replace("-", "").isalpha() or last in pm.markers.abbreviations or f"{last}." in pm.markers.name_titles:
        return False
    return not (last[:1].isupper() and len(last) <= 2)
