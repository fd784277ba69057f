"""The HTML markup conventions: the word lists of captions/knowledge/html.yaml (and a user's `html:` mapping), checked.

Immutable, built once and extended by the registry's `html:` mapping
(captions/parse/html/conventions.py: conventions_for); the HTML parsers read
pages by them.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from .errors import RegistryError


@dataclass(frozen=True)
class HtmlConventions:
    caption_words: frozenset[str]
    description_words: frozenset[str]
    picture_words: frozenset[str]
    credit_words: frozenset[str]
    caption_itemprops: frozenset[str]
    credit_itemprops: frozenset[str]
    skip_words: frozenset[str]
    byline_words: frozenset[str]
    media_words: frozenset[str]
    graphic_words: frozenset[str]
    not_picture_labels: tuple[str, ...]
    graphic_credit_words: frozenset[str]
    control_words: frozenset[str]
    hidden_words: frozenset[str]
    drop_tags: tuple[str, ...]
    caption_furniture_tags: frozenset[str]
    labels: frozenset[str]
    title_separators: tuple[str, ...]
    story_openings: tuple[str, ...] = ()
    small_type_words: frozenset[str] = frozenset()
    story_phrases: tuple[str, ...] = ()
    name_attributes: tuple[str, ...] = ("class", "id")
    picture_credit_words: frozenset[str] = frozenset()
    gallery_words: frozenset[str] = frozenset()
    standalone_credit_words: frozenset[str] = frozenset()
    opening_graphic_words: frozenset[str] = frozenset()
    place_words: frozenset[str] = frozenset()
    bracketed_place_words: frozenset[str] = frozenset()
    counter_words: frozenset[str] = frozenset()
    order_openings: tuple[str, ...] = ()
    credit_element_leadins: tuple[str, ...] = ()
    picture_part_words: frozenset[str] = frozenset()
    graphic_alts: frozenset[str] = frozenset()

    def copyright_notice(self, text: str) -> bool:
        """Whether a text holds the page's copyright notice (story_phrases: "All rights reserved")."""
        folded = " ".join(text.split()).casefold()  # the phrase wrapped onto two lines of the markup too
        return any(phrase.casefold() in folded for phrase in self.story_phrases)


LISTS = ("caption_words", "description_words", "picture_words", "credit_words", "caption_itemprops", "credit_itemprops",
         "skip_words", "byline_words", "media_words", "graphic_words", "not_picture_labels", "graphic_credit_words",
         "hidden_words", "control_words", "drop_tags", "caption_furniture_tags", "labels", "title_separators",
         "story_openings", "small_type_words", "story_phrases", "name_attributes", "picture_credit_words",
         "gallery_words", "standalone_credit_words", "opening_graphic_words", "place_words", "bracketed_place_words", "counter_words",
         "order_openings", "credit_element_leadins", "picture_part_words", "graphic_alts")


def check_html_mapping(data: Any, source: str) -> None:
    """Raise the registry's error when a user's `html:` mapping is not lists of strings under known names."""
    if not isinstance(data, dict):
        raise RegistryError(f"{source}: html must be a mapping of lists")
    for key, value in data.items():
        if key not in LISTS:
            raise RegistryError(f"{source}: unknown html list {key!r}")
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            raise RegistryError(f"{source}: html.{key} must be a list of strings")


def conventions_from(data: dict[str, Any], base: HtmlConventions | None = None) -> HtmlConventions:
    """Conventions from a mapping shaped like html.yaml; lists extend `base` when given."""

    def words(key: str, lower: bool = True) -> frozenset[str]:
        items = {str(x).lower() if lower else str(x) for x in data.get(key) or ()}
        return frozenset(items | set(getattr(base, key) if base else ()))

    def tags(key: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys([*(getattr(base, key) if base else ()), *(str(x).lower() for x in data.get(key) or ())]))

    return HtmlConventions(
        caption_words=words("caption_words"), description_words=words("description_words"),
        picture_words=words("picture_words"), credit_words=words("credit_words"),
        caption_itemprops=words("caption_itemprops", lower=False), credit_itemprops=words("credit_itemprops", lower=False),
        skip_words=words("skip_words"), byline_words=words("byline_words"), media_words=words("media_words"),
        graphic_words=words("graphic_words"), not_picture_labels=tags("not_picture_labels"),
        graphic_credit_words=words("graphic_credit_words"),
        hidden_words=words("hidden_words"), control_words=words("control_words"), drop_tags=tags("drop_tags"),
        caption_furniture_tags=frozenset(tags("caption_furniture_tags")), labels=words("labels", lower=False),
        title_separators=tuple(dict.fromkeys([*(base.title_separators if base else ()), *(data.get("title_separators") or ())])),
        story_openings=tuple(dict.fromkeys([*(base.story_openings if base else ()), *(data.get("story_openings") or ())])),
        small_type_words=words("small_type_words"),
        story_phrases=tuple(dict.fromkeys([*(base.story_phrases if base else ()), *(data.get("story_phrases") or ())])),
        name_attributes=tags("name_attributes") or ("class", "id"),
        picture_credit_words=words("picture_credit_words"),
        gallery_words=words("gallery_words"),
        standalone_credit_words=words("standalone_credit_words"),
        opening_graphic_words=words("opening_graphic_words"),
        place_words=words("place_words"),
        bracketed_place_words=words("bracketed_place_words"),
        counter_words=words("counter_words"),
        order_openings=tags("order_openings"),
        credit_element_leadins=tags("credit_element_leadins"),
        picture_part_words=words("picture_part_words"),
        graphic_alts=words("graphic_alts"),
    )


@lru_cache(maxsize=1)
def bundled_conventions() -> HtmlConventions:
    import yaml

    text = resources.files("captions").joinpath("knowledge/html.yaml").read_text(encoding="utf-8")
    return conventions_from(yaml.safe_load(text) or {})
