"""The markup conventions a registry reads HTML pages by (knowledge/html_conventions.py, with its `html:` mapping),
and the words of class and id names they are matched against."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ...knowledge.html_conventions import HtmlConventions, bundled_conventions, conventions_from

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NOT_WORD = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=8)
def conventions_for(registry: Any) -> HtmlConventions:
    """The bundled conventions, extended by the `html:` mapping of the user's agencies file, if any."""
    extra = getattr(registry, "html", None)
    return conventions_from(extra, base=bundled_conventions()) if extra else bundled_conventions()


@lru_cache(maxsize=8192)  # a page repeats its class names: most are split once
def class_words(names: str) -> frozenset[str]:
    """The words of class and id names: 'c-lead-image__caption mainImage' -> lead, image, caption, main, c.

    A word after "no" is what the element lacks, not what it is: "entry-content no-share" (a theme's story
    text, printed with no share bar) holds the words entry, content and "no-share", not "share". It negates
    inside one name only: in "lang-no share-bar" (Norwegian) the bar is a share bar all the same.
    Two words following each other in one name are a word too, joined by a hyphen ("more-news__list" holds
    more-news): html.yaml names a part of the page by two words where neither alone says it ("news")."""
    words: list[str] = []
    for name in names.split():
        parts = name_words(name)
        words.extend(_negated(parts) if "no" in parts[:-1] else parts)
        words.extend(f"{a}-{b}" for a, b in zip(parts, parts[1:]) if a != "no")
    return frozenset(words)


def name_words(name: str) -> list[str]:
    """The words of one class or id name, in order: 'c-lead-image__caption' -> c, lead, image, caption."""
    return [w for w in _NOT_WORD.split(_CAMEL.sub(" ", name).lower()) if w]


def _negated(words: list[str]) -> list[str]:
    """The words of one class name, the word after each "no" joined to it: no, share -> no-share."""
    negated: list[str] = []
    for w in words:
        if negated and negated[-1] == "no":
            negated[-1] = "no-" + w
        else:
            negated.append(w)
    return negated
