"""Pages built to be too large to read: told before parsing, in time linear in the page, and skipped by runs.

`--max-bytes` bounds a page's size, but the parsers' time and memory follow
what the bytes hold. A page dump costs some 600 bytes and 30 to 100 µs a
line it keeps, so 20 MB of one-letter lines took 6 minutes and 5.8 GB; an
HTML page costs some 160 bytes an element in Lexbor's tree and 600 more in
the reader's tables, so 20 MB of `a<br>` took 2.2 GB; and Lexbor's time
grows with the square of the nesting (nesting.py). No news page comes
near these limits: the pages of the test sets hold 133 lines and 2,081
elements at most.
"""
from __future__ import annotations

from .html.nesting import MAX_NESTING, more_elements_than, nesting_depth
from .lines import more_lines_than

MAX_LINES = 100_000      # a page dump's lines, a run of blank lines counting 16 at most: some 70 MB, seconds
MAX_ELEMENTS = 200_000   # an HTML page's elements: some 150 MB


def dump_refusal(text: str) -> str | None:
    """Why a page dump is not parsed, when it holds more lines than MAX_LINES; else None."""
    if more_lines_than(text, MAX_LINES):
        return f"more than {MAX_LINES:,} lines; page skipped"
    return None


def html_refusal(markup: str) -> str | None:
    """Why an HTML page is not parsed, when it holds more elements than MAX_ELEMENTS or nests deeper than
    MAX_NESTING; else None."""
    if more_elements_than(markup, MAX_ELEMENTS):
        return f"markup of more than {MAX_ELEMENTS:,} elements; page skipped"
    if nesting_depth(markup) > MAX_NESTING:
        return f"markup nested more than {MAX_NESTING} elements deep; page skipped"
    return None
