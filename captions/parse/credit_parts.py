"""The parts a credit splits into, and what each names: shared by the credit reader and its helpers."""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import TypeVar

NAME_WORD = re.compile(r"[^\W\d_][\w'’.\-]*", re.UNICODE)  # a word of a name: "Jane", "O'Neil", "al-Rubaye", "St."
# a social account's handle, X's or Instagram's; Instagram's and TikTok's may hold dots ("@maesai.update")
HANDLE = re.compile(r"@[A-Za-z][A-Za-z0-9_]{2,29}(?:\.[A-Za-z0-9_]+){0,3}")

K = TypeVar("K")
V = TypeVar("V")


class Kind(str, Enum):
    AGENCY = "agency"      # in the registry
    ORG = "org"            # an organisation by its shape (acronym, domain, "... News")
    WEAK_ORG = "weak org"  # a lone capitalised word: an organisation only among other credit parts
    PERSON = "person"
    DROPPED = "dropped"    # "Handout", "STRINGER": names no one
    PROSE = "prose"        # not a name at all


@dataclass(frozen=True)
class Part:
    text: str
    kind: Kind
    name: str
    joiner: str  # the joiner before this part, "" for the first
    labels: bool = False  # a colon follows it: "ABC North Queensland: Name" names the organisation first
    supplied: bool = False  # who supplied the picture, unnamed ("독자 제공", supplied by a reader): a credit still
    noted: bool = False  # holds a usage note ("CHINA OUT"): its words are no name and do not make the credit long
    platform: bool = False  # a social platform ("X", "Facebook"): where a picture came from, and a share button's word
    place: bool = False  # a local government, named by its place ("경기도"): alone on a line, a region's label
    body: bool = False  # a body, not the press (agencies.yaml's BODY_KINDS): prose glosses it in brackets, topics list it


def remember(cache: dict[K, V], key: K, value: V, limit: int) -> None:
    """Keep a value (a credit's reading, a part's); a full cache starts afresh, so memory stays bounded and the cache
    follows the archive."""
    if len(cache) >= limit:
        cache.clear()
    cache[key] = value
