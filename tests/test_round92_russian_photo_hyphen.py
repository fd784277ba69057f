"""The Russian "Фото" lead-in set apart by a spaced hyphen typed for the dash (round 92): "Фото - AFP" on its own
line under a caption. Every line here is written for these tests."""
from __future__ import annotations

import pytest

from captions import parse_page

HEAD = " date 2026-05-09 Общество\nВ Северогорске прошёл парад в честь Дня Победы\n\n"
CAPTION = "Ветераны возлагают цветы к Вечному огню в городском сквере."
STORY = "\n\nВечером в парке прошёл праздничный концерт.\n"


def _read(page: str) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    return [(p.caption, p.credit.raw if p.credit else None, list(p.credit.photographers) if p.credit else [],
             list(p.credit.agencies) if p.credit else []) for p in parse_page(page).photos]


@pytest.mark.parametrize("line, raw, photographers, agencies", [
    ("Фото - AFP", "AFP", [], ["AFP"]),                                            # the hyphen typed for the dash
    ("Фото - Алексей Громов/ТАСС", "Алексей Громов/ТАСС", ["Алексей Громов"], ["TASS"]),
    ("Фото — AFP", "AFP", [], ["AFP"]),                                            # the dash itself, as before
])
def test_a_photo_word_and_a_dash_under_a_caption_are_a_lead_in(line: str, raw: str, photographers: list[str],
                                                              agencies: list[str]) -> None:
    page = f"{HEAD}{CAPTION}\n{line}{STORY}"
    assert _read(page) == [(CAPTION, raw, photographers, agencies)], page
