"""A story's reading time ("5 min read", "Lesezeit: 3 Min.") is page furniture in any language."""
from __future__ import annotations

import pytest

from captions import parse_page
from captions.knowledge.registry import bundled_registry


@pytest.mark.parametrize("line", [
    "1 min read", "12 minute read", "· 2 menit baca", "Lesezeit: 3 Min.", "3 Min. Lesezeit",
    "5 minutos de lectura", "4 min de leitura", "Temps de lecture : 2 min", "10 minuti di lettura",
    "Время чтения: 5 минут", "Около минуты", "Около 5 минут", "3분 읽기", "阅读时间：3分钟", "Jane Doe · 5 min read",
])
def test_reading_time_is_furniture(line: str) -> None:
    assert bundled_registry().markers.furniture_re.match(line), line


@pytest.mark.parametrize("line", [
    "A 5 min read of the papers shows the mood of the country.",
    "The 30 minutes of reading in the library were quiet.",
])
def test_prose_about_reading_is_not(line: str) -> None:
    assert not bundled_registry().markers.furniture_re.match(line), line


def test_reading_time_above_the_only_caption_is_not_its_alt_text() -> None:
    page = ("Floods in the south\n\nResidents spent the night bailing water.\n\nBy\nJo Li\n4 min read\n"
            "A man wades along a flooded street in the south of the city on Monday.\nAna Ruiz/Reuters\n")
    photo, = parse_page(page).photos
    assert (photo.description, photo.caption, photo.credit.raw if photo.credit else None) == (
        None, "A man wades along a flooded street in the south of the city on Monday.", "Ana Ruiz/Reuters")
