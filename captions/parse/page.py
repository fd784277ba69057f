"""Reading a page dump: text in, an Article (and what could not be read) out.

The parse is a pipeline of pure stages, each taking the last one's output
and building new values:

1. clean (lines.py): each line without markup, table edges or page controls,
   and what it is: blank, furniture, a list item or text;
2. split (credit_in_line.py): the credit each text line carries, and the
   caption before it;
3. assemble (pictures.py): fold repeated lines, find the headline, pair
   credits printed on their own line with their captions, keep lines a page
   marks as captions, and print each caption with its credit once;
4. describe (alt.py): the alt text right above each caption, where the page
   carries alt text at all.

A fifth stage (notes.py) records, on demand, the credits the page prints
broken at the end of a line, for the audit.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from functools import cached_property

from ..knowledge.registry import AgencyRegistry, bundled_registry
from ..models import Article, Photo
from .alt import describe
from .credit_in_line import split_line
from .lines import CleanLine, clean_lines
from .markers import PageMarkers, markers_for
from .notes import Note, unreadable_credits
from .pictures import find_pictures, lay_out

HEADER = re.compile(r" date (\S+)[ \t]*(.*)$")


@dataclass
class ParsedPage:
    """A page as the parser read it: the Article, and notes on what it could not read whole."""

    article: Article
    lines: list[CleanLine] = field(repr=False)
    markers: PageMarkers = field(repr=False)

    @cached_property
    def notes(self) -> tuple[Note, ...]:
        """Credits the page prints broken at the end of a line, in line order."""
        return unreadable_credits(self.lines, self.markers)


def parse_dump(text: str, *, id: str = "page", source: str = "-",
               registry: AgencyRegistry | None = None) -> ParsedPage:
    """Read one page dump: its Article, and what the parse could not read whole."""
    pm = markers_for(registry or bundled_registry())
    raw_lines = text.split("\n")
    date, section, first = None, None, 0
    if raw_lines and (header := HEADER.match(raw_lines[0].rstrip("\r"))):
        date = parse_date(header.group(1))
        section = header.group(2).strip() or None
        first = 1
    lines = clean_lines(raw_lines, pm, header=bool(first))
    splits = [split_line(line.text, pm) if line.kind == "text" and i >= first else None
              for i, line in enumerate(lines)]
    layout = lay_out(lines, splits, first)
    found = find_pictures(layout, pm.small_words)
    descriptions = describe(layout, found, pm.small_words)
    credit_of = pm.credits.credit
    # Built from the parser's own checked values: no validation needed.
    photos = [
        Photo.model_construct(
            id=f"{id}/{n}",
            line=layout.rows[f.line].no,
            description=description,
            caption=f.caption,
            credit=None if f.credit is None else credit_of(f.credit),
        )
        for n, (f, description) in enumerate(zip(found, descriptions), 1)
    ]
    article = Article.model_construct(id=id, source=source, date=date, section=section,
                                      title=layout.title, photos=photos)
    return ParsedPage(article, lines, pm)


def parse_page(text: str, *, id: str = "page", source: str = "-", registry: AgencyRegistry | None = None) -> Article:
    """Find every picture on a page dump: its alt text, caption and credit.

    >>> [p.credit.raw for p in parse_page("Title\\nA boy runs. [Jo Li/AFP]").photos]
    ['Jo Li/AFP']
    """
    return parse_dump(text, id=id, source=source, registry=registry).article


def parse_date(text: str) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        return None
