"""A live blog's posts as a dump prints them: the post's time on a line of its own, its writer's name (and role)
under it, the post's headline, then its text (alt.py reads no alt text in a post's head)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from .caption_shape import ends_sentence
from .layout import Row

# a live blog's post time on a line of its own ("17.52", "09:15", "9:15 am", "14h05"): the line under it is the post's
# headline (round 107: "17.52" over "Läsarbild från Bruksvallarna", Aftonbladet's "Direktrapport")
_POST_TIME = re.compile(r"\d{1,2}[.:h]\d{2}(?:\s*(?:[ap]\.?m\.?|Uhr))?", re.IGNORECASE)
MAX_POST_WRITER_LINES = 2  # a live blog post's writer under its time: a name, a role ("Journalist")
MAX_POST_WRITER_WORDS = 3


def post_time(text: str) -> bool:
    """Whether a line is a live blog post's time alone ("17.52", "9:15 am")."""
    return _POST_TIME.fullmatch(text.strip()) is not None


def under_post_headline(rows: Sequence[Row], j: int) -> bool:
    """Whether row j stands right under a live blog post's headline, the line under the post's time and its
    writer's name ("21:47" / "Name" / "<headline>" / "<text>", NRK's "16:52" / "Name" / "Journalist" / ...): the
    post's first paragraph, which a blog prints there as a story does under its headline, never its picture's alt
    text (round 133). The writer's lines are short, MAX_POST_WRITER_WORDS words at most, none a sentence."""
    k = j - 1
    if k < 1 or rows[k].kind != "text" or rows[k].credit is not None or ends_sentence(rows[k].before.rstrip()):
        return False
    for m in range(k - 1, max(k - 2 - MAX_POST_WRITER_LINES, -1), -1):
        text = rows[m].before.strip()
        if rows[m].kind == "text" and post_time(text):
            return m < k - 1  # a writer's line between: a post's head (round 133 measured no post printed without)
        if rows[m].kind != "text" or rows[m].credit is not None or not text \
                or len(text.split()) > MAX_POST_WRITER_WORDS or ends_sentence(text):
            return False
    return False
