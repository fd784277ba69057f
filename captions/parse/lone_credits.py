"""A credit printed alone on its line between two of the story's paragraphs, on a page that closes its captions with
their credit in the caption's line: a picture printed with no caption, the paragraph above it the story's (round 84).

"<caption>. Photo: Name" line after line, and further down a long paragraph of the story, "Photo: Contributed"
alone under it, the story going on below: the outlet prints a handout, file or illustrative picture credited only
(The Namibian's "Photo: Contributed", Egemen Qazaqstan's "Сурет: ашық дереккөзден", the Reporter's "ፎቶ፡ ከማኅበራዊ
ሚዲያ", Khovar's lead under the agency's dateline). A reader tells the paragraph from a caption by its length against
the page's own captions: those are short, one line with their credit; the story's paragraph over the lone credit runs
half again as long as the longest of them or more, while a caption printed over its own-line credit ("AERIAL VIEW ...
<sentence>." / "Photo: NDF") is about as long as the others. credit_sides.credits_alone_in_story reads the same habit
where every own-line credit of the page stands so; this reads each credit by itself, with a stricter length.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .credit_sides import Option, longest_tail_caption, paragraph_over_credit, the_exception

if TYPE_CHECKING:
    from collections.abc import Callable

    from .layout import Found, Row

# How much longer than the page's longest caption (its credit aside) the paragraph over a lone credit must be to
# read as the story's: a caption printed over its own credit runs up to about a sixth longer than the captions
# printed with theirs (The Namibian's 102 characters to 89), the story's paragraphs from one and a half times on.
PARAGRAPH_OVER_CAPTION = 1.5


def credits_between_paragraphs(rows: list[Row], options: list[Option], found: list[Found],
                               names_person: Callable[[str], bool]) -> set[int]:
    """The own-line credits each standing right between two of the story's paragraphs, on a page printing two
    captions or more closed by their credit in their line: pictures alone (see the module's doc). The line above
    must end a sentence, run at least PARAGRAPH_OVER_CAPTION times the longest such caption and stand under no
    blank line; the line right under it, if a caption-like one, ends a sentence too; no blank line parts the
    credit from either; and the credit names no photographer (a handout's, an archive's, a source's credit:
    "Photo: Name" under a long paragraph is a feature caption of two or three sentences, printed over its credit).
    And only one credit of the page reads so: a picture with no caption is the page's exception."""
    longest = longest_tail_caption(found)
    if longest is None:
        return set()
    # a line opening a block of its own, under a blank line, is a caption printed over its credit (as
    # credit_sides.credits_alone_in_story reads it): the story's paragraph runs on from the text above
    alone = {i for i, up, down in options
             if paragraph_over_credit(rows, (i, up, down), PARAGRAPH_OVER_CAPTION * longest, names_person)
             and up is not None and up > 0 and rows[up - 1].kind != "blank" and rows[up].kind == "text"
             and i + 1 < len(rows) and rows[i + 1].kind != "blank"}
    return the_exception(alone)

