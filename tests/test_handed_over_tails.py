"""Credits closing a caption's last sentence, marked by their first words and no lead-in (round 78).

US papers close a caption with "Courtesy <body>" for a handed-over picture and "Name / File Photograph" for their
own archive's; French papers with "Capture d'écran <site>" for a screen grab. The courtesy and screen-grab words
name no one and stay in the raw credit (SPEC); the file words too. A platform after the screen-grab word is the
picture's source, not a share button. Every page here is written for these tests.
"""
from __future__ import annotations

import pytest

from captions import parse_page


def _photos(text: str) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    return [(p.caption, p.credit.raw if p.credit else None, p.credit.photographers if p.credit else [],
             p.credit.agencies if p.credit else []) for p in parse_page(text).photos]


_HEAD = "Flood in the valley\n\nThe river rose all night and closed two roads on Monday.\n\n"


@pytest.mark.parametrize("line, caption, credit, photographers, agencies", [
    ("A crew clears branches from the intake at the pumping station. Courtesy Millbrook Water Department",
     "A crew clears branches from the intake at the pumping station.", "Courtesy Millbrook Water Department",
     [], ["Millbrook Water Department"]),
    ("Une habitante a filmé la montée de l'eau depuis son balcon. Capture d'écran Facebook",
     "Une habitante a filmé la montée de l'eau depuis son balcon.", "Capture d'écran Facebook", [], ["Facebook"]),
    ("La dépression vue par satellite mercredi à six heures. Capture d'écran Météo-France",
     "La dépression vue par satellite mercredi à six heures.", "Capture d'écran Météo-France", [], ["Météo-France"]),
    ("Cars sit in water on Canal Street in April 2023, when the river reached 15 feet. Nina Ortega / File Photograph",
     "Cars sit in water on Canal Street in April 2023, when the river reached 15 feet.",
     "Nina Ortega / File Photograph", ["Nina Ortega"], []),
])
def test_a_marked_credit_closing_the_caption(line: str, caption: str, credit: str, photographers: list[str],
                                                  agencies: list[str]) -> None:
    page = _HEAD + line + "\n\nThe water is expected to fall by Wednesday.\n"
    assert _photos(page) == [(caption, credit, photographers, agencies)], line


@pytest.mark.parametrize("line", [
    "The council thanked the volunteers. Courtesy calls were made to every family on the street.",
    "Residents shared the video on social media. Facebook",
])
def test_no_credit_where_the_words_are_prose_or_a_platform_alone(line: str) -> None:
    page = _HEAD + line + "\n\nThe water is expected to fall by Wednesday.\n"
    assert _photos(page) == [], line
