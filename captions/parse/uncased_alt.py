"""Alt lines in a script with no capitals, each right over its credited caption, where three or more stand so.

"양산을 쓴 시민들이 횡단보도를 건너는 모습" over "... 건너고 있다. 김성룡 기자", "عمال يركبون قضبان السكة" over its caption
and "تصوير: Name": Korean, Arabic, Japanese and Chinese dumps print each picture's alt text over its caption, with no
blank line to set the pair apart, and title case does not tell the line from a subhead (round 117).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

from .layout import Found

MIN_UNCASED_BLOCKS = 3  # pictures printed so before the page is read as printing its alt text so
MIN_PHRASE_WORDS = 3  # spaced words with no digit: fewer may be a slide's number, a title in a script with no spaces
# a list item's number ("1. ", "2) ", "①"), a heading's mark ("■ ", "▶ ", "◆ ") or bracket ("【"): a listicle's item
# or a section's subhead, which a Korean or Japanese story prints right over the picture opening its part
_ITEM_NUMBER = re.compile(r"\s*\d{1,3}[.)]\s")
_HEADING_BRACKETS = "【［〔"


def uncased_blocks(found: list[Found], uncased: dict[int, tuple[int, str]]) -> dict[int, tuple[int, str]]:
    """The unstopped lines in a script with no capitals right over credited captions, where three or more stand so
    and each is shaped as a phrase naming its picture.

    Three pictures or more printed so are the page's habit: a subhead or the story's paragraph stands over one
    caption at most, and the story's sentences close with a full stop. Where a story's paragraphs close with none
    (Arabic and Thai dumps print many so) each runs longer than the caption under it; alt text, a phrase, is
    shorter (review 121). A line printed the same over two captions or more is the page's furniture ("पूरी फोटो
    देखें", see the whole photo, on every slide): alt text names its own picture."""
    printed = Counter(alt.strip() for _, alt in uncased.values())
    blocks = {n: (j, alt) for n, (j, alt) in uncased.items()
              if found[n].credit and _phrase(alt, found[n].caption or "") and printed[alt.strip()] == 1}
    return blocks if len(blocks) >= MIN_UNCASED_BLOCKS else {}


def _phrase(line: str, caption: str) -> bool:
    """Whether a line over a caption is shaped as its alt text: three words with no digit at least (a date or time
    "8月20日 午前 7時" is no alt text), fewer words than the caption, opened by no list number or heading mark."""
    words = line.split()
    first = line.lstrip()[:1]
    return (sum(1 for w in words if not any(c.isdigit() for c in w)) >= MIN_PHRASE_WORDS
            and len(words) < len(caption.split())
            and not _ITEM_NUMBER.match(line) and first not in _HEADING_BRACKETS
            and unicodedata.category(first) not in ("So", "Sm", "No"))
