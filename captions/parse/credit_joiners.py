"""Where a credit splits: its joiners, and the names and spans a joiner does not split (credit.py reads the parts).

A credit's parts are joined by marks ("/", "|", ",", "、"), a spaced dash, or words in its
language ("via", "for", "and", "pour", "für"). A known name holding one ("The Globe and Mail"),
a bullet inside a menu ("News • Sport"), or photographers joined by "and" in their own language
are split otherwise; a US sports desk's hyphen gluing the agency to the name splits as a dash.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from ..text import fold
from .credit_parts import Kind, Part

if TYPE_CHECKING:
    from ..knowledge.markers import Markers
    from ..knowledge.registry import AgencyRegistry

_BULLET = "•"  # a list mark only between a photographer and the paper (markers.yaml list_marks)
_GLUED_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[A-Z])")  # "Kyle Terada-USA TODAY Sports": no space either side


def joiner_pattern(markers: Markers) -> re.Pattern[str]:
    words = [*markers.via_words, *markers.by_words, *markers.for_words, *markers.prose_for_words, *markers.and_words]
    # longest first, then alphabetical: the same pattern whatever the string hash seed (a set's order follows it)
    alternation = "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
    marks = "".join(re.escape(m) for m in (*markers.list_marks, *markers.slash_marks))
    return re.compile(
        # "(" only before a closing parenthetical and not after a sentence's full stop, one space after it or up to
        # three (a typist's double space: "Havana, Cuba.  (Reuters)"; a look-behind has one width):
        # "Marco Bello (Reuters)" is a name and an agency, "Havana, Cuba. (Reuters)" is not
        rf"\s*([/|,;:{marks}]|(?<!\.)(?<!\.\s)(?<!\.\s\s)(?<!\.\s\s\s)\((?![cC]\))(?=[^()]*\)\s*$))\s*|\s+[-–]\s+|\s*—\s*|\s+({alternation})(?=\s|$)\s*",
        re.IGNORECASE,
    )


class Joiners:
    """Splits credits at their joiners with one registry's markers; `part` reads one part."""

    def __init__(self, registry: AgencyRegistry, part: Callable[[str, str], Part]) -> None:
        self.registry = registry
        m = registry.markers
        self._part = part
        self.pattern = joiner_pattern(m)
        self.mark_joiners = {**{k: "," for k in m.list_marks}, **{k: "/" for k in m.slash_marks}}  # "、", "／"
        self.joiner_names = {fold(w): name for name, ws in (
            ("via", m.via_words), ("by", m.by_words), ("for", (*m.for_words, *m.prose_for_words)), ("and", m.and_words))
            for w in ws}
        self._whole_names = _joined_names_pattern(registry, self.pattern)
        and_words = (*m.name_and_words, *m.name_and_place_words)
        ands = "|".join(re.escape(w) for w in sorted(and_words, key=len, reverse=True))
        # as printed, in lower case, and in a credit printed in capitals
        self._name_and = (re.compile(rf"\s+({ands})\s+"), re.compile(rf"\s+({ands.upper()})\s+")) if ands else None
        self._and_or_place = frozenset(m.name_and_place_words)

    def names_joined(self, chunk: str, joiner: str) -> list[Part] | None:
        """Two or more photographers' names joined by "and" in their language, each read as a person, else None.

        "Anna Nowak i Jan Wiech", "Hans Müller und Anna Schmidt": split only where every side is a person's
        name of two words or more, so that "Juan Carlos García y Pérez" stays one name (markers.yaml
        name_and_words, lower case as printed, or capitals in a credit printed in capitals).
        """
        if self._name_and is None or self.registry.credited_name(chunk) is not None:
            return None
        lower, upper = self._name_and
        pattern = upper if chunk.isupper() else lower
        pieces = pattern.split(chunk)  # side, word, side, word, side ...
        if len(pieces) < 3:
            return None
        sides, words = pieces[::2], pieces[1::2]
        parts = [self._part(side.strip(), joiner if n == 0 else "and") for n, side in enumerate(sides)]
        if not all(p.kind is Kind.PERSON and len(p.name.split()) >= 2 for p in parts):
            return None
        # after a word that is also "in" before a place (Dutch "en", Spanish "en"), what follows may be a second
        # photographer or where the picture was taken: it names no one, and the name before it stands
        unclear = next((n for n, word in enumerate(words) if word.lower() in self._and_or_place), None)
        if unclear is None:
            return parts
        return [*parts[:unclear + 1], Part(" ".join(pieces[2 * unclear + 1:]), Kind.DROPPED, "", "and")]

    def unglue(self, text: str) -> str:
        """US sports desks glue the agency to the photographer's name with a hyphen ("Kyle Terada-USA TODAY
        Sports", "Name-Imagn Images"): a hyphen after a lower-case letter of a name of two words or more, before a
        known agency's name that runs to the credit's end, parts them as a spaced dash does. A hyphen inside a
        name ("Jean-Pierre", "Al-Jazeera") has no known agency after it to the end."""
        for m in _GLUED_HYPHEN.finditer(text):
            head, tail = text[:m.start()], text[m.end():]
            if head[-1].islower() and " " in head.strip() and self.registry.recognise(tail) is not None:
                return f"{head} - {tail}"
        return text

    def bullet_in_a_span(self, pieces: list[str | None], text: str) -> list[str | None]:
        """`pieces` of `text`, with a bullet kept inside its part, as printed, unless it joins one person's name to
        a source ("Name • The Chronicle Herald"): a menu ("News • Sport • Weather") or "Photo • Gallery" joins no
        one."""
        bullets = [k for k in range(1, len(pieces), 3) if pieces[k] == _BULLET]
        if not bullets or (len(bullets) == 1 and self._part((pieces[bullets[0] - 1] or "").strip(), "").kind
                           is Kind.PERSON):
            return pieces
        starts, at = [], 0   # where each piece stands in `text`, so that a rejoined part is the text as printed
        for piece in pieces:
            at = text.find(piece, at) if piece is not None else at
            if at < 0:
                return pieces
            starts.append(at)
            at += len(piece or "")
        for k in reversed(bullets):
            end = starts[k + 2] + len(pieces[k + 2] or "")
            pieces[k - 1:k + 3] = [text[starts[k - 1]:end]]
        return pieces

    def split(self, text: str) -> list[str | None]:
        """`text` split at its joiners as `re.split` does, but never inside a known name holding one
        ("The Globe and Mail", "Mail & Guardian")."""
        whole = [m.span() for m in self._whole_names.finditer(text)] if self._whole_names is not None else []
        if not whole:
            return self.pattern.split(text)
        pieces: list[str | None] = []
        start = 0
        for m in self.pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in whole):
                continue
            pieces += [text[start:m.start()], *m.groups()]
            start = m.end()
        pieces.append(text[start:])
        return pieces


def _joined_names_pattern(registry: AgencyRegistry, join: re.Pattern[str]) -> re.Pattern[str] | None:
    """The known spellings a credit's joiners would split ("The Globe and Mail"), as whole words in any case."""
    # only joiner words and "&": a name holding a slash ("Keystone/SDA") is two names a credit may print apart
    names = sorted((s for s in registry.spellings() if any(join.finditer(s))
                    and all(m[1] in (None, "&") for m in join.finditer(s))), key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.IGNORECASE)
