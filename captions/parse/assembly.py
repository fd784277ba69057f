"""What the assembly of a page's pictures (pictures.py) keeps as it goes: the page's rows and what it says of them,
the pictures found so far and the rows they have taken, and whether a row reads as a caption or a credit's
neighbour is one."""
from __future__ import annotations

from collections.abc import Callable

from ..text import fold
from .caption_shape import caption_like, heading, illustrative_note, uncased_phrase, uncased_sentence
from .layout import Found, Layout, last_line, related_link
from .titled_paragraphs import prose


class Assembly:
    """One page's pictures as they are found; `used` holds the rows pictures have taken."""

    def __init__(self, layout: Layout, small_words: frozenset[str], related: frozenset[str], framed: bool,
                 notes: frozenset[str], names_person: Callable[[str], bool]) -> None:
        self.related = related
        self.names_person = names_person
        self.framed = framed
        self.rows = layout.rows
        self.headline = layout.headline
        self.cover = layout.cover
        self.slides = layout.slides
        self.announcements = layout.announcements
        self.blanket = frozenset() if layout.blanket is None else layout.blanket.rows
        self.small_words = small_words
        self.used: set[int] = set()
        self.found: list[Found] = []
        self.tight: frozenset[int] = frozenset()  # separators of a gallery whose slides hold no blank line
        self.twice: dict[int, int] = {}  # captions printed twice over their credits: second copy -> first
        self.last = last_line(self.rows)  # dump's end
        self.notes = notes  # "Ilustratīvs attēls": a picture's whole caption (markers.yaml illustrative_notes)

    def take(self, *rows: int) -> None:
        self.used.update(rows)

    def caption_like(self, i: int, *, slide: bool = False, phrase: bool = False) -> bool:
        """Whether row i reads as a caption; `slide`: it stands where a gallery's other slides print theirs;
        `phrase`: the gallery's captions are phrases of a script with no capitals, printed with no full stop."""
        row = self.rows[i]
        if i in self.announcements:  # "A seguir, confira 12 fotos ...": the pictures follow it
            return False
        if self._links_elsewhere(i):
            return False
        if illustrative_note(self.rows, i, self.notes):
            return True  # "Ilustratīvs attēls", "عکس تزئینی است": a note only a picture's caption prints
        if i in self.slides and row.kind == "text" and i != self.headline:  # a bulleted slide's text, any script
            return prose(row.before) and not heading(row.before, self.small_words)
        if slide and i != self.headline and row.kind == "text" and (
                uncased_sentence(row.before) or (phrase and uncased_phrase(row.before)
                                                 and not row.before.rstrip().endswith((")", "）"))
                                                 and ":" not in row.before and "：" not in row.before)):
            # the slide's place shows a sentence of a script with no capitals is a caption; a phrase closing with
            # brackets closes with a credit this reader did not read ("... - (بترا)"): no caption of its own; a
            # phrase holding a colon is a label's line ("اقرأ أيضا: ...", "अगली गैलरी देखें: ..."), a link
            return True
        return caption_like(row, i, self.headline, self.small_words)

    def _links_elsewhere(self, i: int) -> bool:
        """Whether row i is "Related: <headline>", a headline under "Más galerías" (a link to another story), or
        the label itself, "Lesen Sie auch", "Prečítajte si tiež", over such links."""
        return bool(self.related) and (related_link(self.rows, i, self.related)
                                       or fold(self.rows[i].before.rstrip().rstrip(":：")) in self.related)

    def caption_above(self, i: int) -> int | None:
        """The caption row above row i, across blank lines (credit_sides.py: a credit printed under its caption)."""
        return self.neighbour(i, -1, blanks=True)

    def neighbour(self, i: int, step: int, *, blanks: bool) -> int | None:
        """The caption row next to row i in direction `step`, if the next text row is one."""
        rows = self.rows
        j = i + step
        while 0 <= j < len(rows) and (rows[j].kind == "repeat" or (rows[j].kind == "blank" and blanks)):
            j += step
        if not (0 <= j < len(rows)):
            return None
        row = rows[j]
        if row.kind != "text" or j in self.used or row.credit is not None:
            return None
        # a slide counter opening the line over a credit marks a caption, of any shape ("2/10 Queen Elizabeth II");
        # so does a marked credit right under a phrase of a script with no capitals, which shows no heading's
        # shape to tell it from a caption by ("فرسان خلال عرض في الموسم" over "صورة: و.م.ع")
        # ... but not a teaser's headline after its label ("อ่านข่าว : <headline>", Thai PBS), phrase as it is
        return j if self.caption_like(j) or (step < 0 and (row.counted or j in self.twice or (
            j == i - 1 and self.rows[i].marked and uncased_phrase(row.before)
            and not self._links_elsewhere(j)))) else None
