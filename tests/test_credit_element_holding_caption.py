"""A credit element holding the caption before its lead-in (round 69).

Kazinform prints a picture's only text in an element classed as its source: "Caption sentence. Фото: Name /
Kazinform". The sentence before the lead-in is the caption, what follows it the credit. A name before the lead-in
("Nimal Perera. Photo: AFP", a name's words, not a sentence's) or a lead-in first stays one credit.
"""
from __future__ import annotations

import pytest

from tests.html_story import pictures


def _box(text: str) -> str:
    return ('<p>The storm hit the coast on Monday, officials said, and roads were closed across the region.</p>'
            '<div class="article__photo"><img src="https://img.example.org/1.jpg" alt="">'
            f'<div class="article__photo-source">{text}</div></div>'
            '<p>More rain is expected on Tuesday across the whole region, forecasters said.</p>')


@pytest.mark.parametrize("text, caption, credit", [
    ("Снегоуборочная техника на проспекте Мангилик Ел. Фото: Ерлан Жумабеков / Kazinform",
     "Снегоуборочная техника на проспекте Мангилик Ел.", "Ерлан Жумабеков / Kazinform"),
    ("Firefighters at the scene on Main Street. Photo: Jane Doe/AFP",
     "Firefighters at the scene on Main Street.", "Jane Doe/AFP"),
])
def test_the_sentence_before_the_leadin_is_the_caption(text: str, caption: str, credit: str) -> None:
    assert pictures(_box(text)) == [(caption, credit)]


def test_a_credit_element_with_its_leadin_first_holds_a_credit() -> None:
    assert pictures(_box("Фото: Ерлан Жумабеков / Kazinform")) == [(None, "Ерлан Жумабеков / Kazinform")]


def test_a_name_before_the_leadin_is_no_caption() -> None:
    assert [caption for caption, _ in pictures(_box("Nimal Perera. Photo: AFP"))] == [None]


@pytest.mark.parametrize("text", [
    "Illustration: Ministry of Health of the Republic of Kazakhstan. Photo: Jane Doe / Kazinform",
    "Source: Ministry of Foreign Affairs of Kazakhstan. Photo: Kazinform",
    "Photo courtesy of the National Archives of Australia. Source: AFP",
    "Photo by John Smith for The New York Times. Courtesy: AFP",
    "© 2024 Example Publishing Group. All rights reserved. Photo: AFP",
])
def test_a_first_credit_with_its_own_leadin_is_no_caption(text: str) -> None:
    # review 36: a sentence that opens with a lead-in (or "©") is a first credit, not the caption before the second
    assert [caption for caption, _ in pictures(_box(text))] == [None]
