"""A credit after a lead-in saying a person took the picture, in a script with no capitals.

Arabic papers print "... - تصوير: محمد إبراهيم" (photography: Name), Japanese
papers "...（撮影・佐藤健一）" (photographed by Name). A name's shape says nothing
in such a script, so a source the registry does not know is named as printed,
as an agency; after one of these lead-ins (markers.yaml's photographer_leadins)
a name of one to four such words is the photographer's. A known agency stays
one ("تصوير: رويترز", "撮影・共同"), and so does a body ("撮影・防衛省", "تصوير: الدفاع المدني").
"""
from __future__ import annotations

import re
from typing import Sequence

from ..knowledge.markers import Markers
from ..text import fold
from .credit_parts import Kind, Part
from .credit_reading import CreditReading
from .framed import uncased_name

MAX_NAME_WORDS = 4  # "عبد الله محمد الخطيب": longer is a body's name or a phrase
MAX_NAME_LETTERS = 12  # letters of one word of such a name
MAX_LISTED_NAMES = 4  # photographers listed after one lead-in: more is a list of something else
_LIST_MARKS = re.compile("[、，,]")  # the enumeration comma of Chinese and Japanese, and the comma


def unknown_uncased_name(reading: CreditReading, markers: Markers) -> str | None:
    """The one name a credit holds when it is an unknown name of one to four words in a script with no
    capitals, no body's; else None. Only such a name can be a photographer by a lead-in alone."""
    parts = reading.named()
    if len(parts) != 1:
        return None
    return _unknown_name(parts[0], markers)


def unknown_uncased_names(reading: CreditReading, markers: Markers) -> list[str] | None:
    """The names a credit lists when each is such an unknown name, joined by a list mark ("谷口雄介、富田公善":
    a magazine's two photographers after one "撮影/"); else None."""
    parts = reading.named()
    if not parts or any(part.joiner not in ("", ",") for part in parts):
        return None
    names = [_unknown_name(part, markers) for part in parts]
    return None if None in names else [name for name in names if name is not None]


def _unknown_name(part: Part, markers: Markers) -> str | None:
    if part.kind is not Kind.PROSE or part.name != part.text:
        return None  # "צילום: באדיבות המשפחה": courtesy of the family, whoever took it
    name = part.name
    words = name.split()
    if not uncased_person_name(name):
        return None
    if name.endswith(tuple(markers.organisation_endings)) or words[0].startswith(tuple(markers.body_name_prefixes)):
        return None
    if any(fold(w) in markers.bodies for w in words):
        return None
    return None if no_one_named(name, markers) else name


def no_one_named(name: str, markers: Markers) -> bool:
    """Whether a name-shaped text after a 'photographed by' lead-in says where from or in what role, not who:
    "本社ヘリから" (from the paper's helicopter), "読者提供" (a reader's), "本报记者" (this paper's reporter),
    "資料写真" (file photo)."""
    if name.endswith(tuple(markers.name_vantage_words) + tuple(markers.supplied_words)):
        return True
    return any(w.endswith(tuple(markers.name_roles)) or fold(w) in markers.placeholder_set for w in name.split())


def uncased_person_name(text: str) -> bool:
    """Whether a text could be a person's name in a script with no capitals: one to four words of such letters
    ("محمد سالم", "佐藤健一"; uncased_name allows a "·" inside a word)."""
    words = text.split()
    return 1 <= len(words) <= MAX_NAME_WORDS and all(uncased_name(w, MAX_NAME_LETTERS) for w in words)


def uncased_person_names(text: str, markers: Markers) -> bool:
    """Whether a text lists one to four such names, joined by list marks ("谷口雄介、富田公善": two photographers
    after one "撮影/", as Japanese magazines and Chinese papers print them), none saying where from or in what role
    (`no_one_named`)."""
    names = [name.strip() for name in _LIST_MARKS.split(text)]
    return len(names) <= MAX_LISTED_NAMES and all(
        uncased_person_name(name) and not no_one_named(name, markers) for name in names)


def after_photographer_leadin(before: str, markers: Markers) -> bool:
    """Whether `before`, the text printed before a credit, ends with a lead-in saying a person took the
    picture (markers.yaml's photographer_leadins); in a script with no spaces, right after where it was taken
    from ("本社ヘリから撮影・Name": from the paper's helicopter, photographed by Name)."""
    return _ends_with_any(before.rstrip(), markers.photographer_leadins, tuple(markers.name_vantage_words))


def _ends_with_any(text: str, leadins: Sequence[str], after: tuple[str, ...] = ()) -> bool:
    """Whether `text` ends with one of `leadins`, standing as a word of its own (a space, bracket or dash
    before it, or nothing), or right after one of the words `after`."""
    for leadin in leadins:
        if text.endswith(leadin):
            start = len(text) - len(leadin)
            if start == 0 or not text[start - 1].isalpha() or (after and text[:start].endswith(after)):
                return True
    return False
