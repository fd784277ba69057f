"""A gallery's slides that each open with its label are slides, credited or not (labelled_slides.py)."""
from __future__ import annotations

import pytest

from captions import parse_page

CREDITED = ["Foto: Jana Roth/dpa Weinfest in Alzey: Die Weinkönigin eröffnet das Fest auf dem Marktplatz.",
            "Foto: Timo Brandt/dpa Weinfest in Alzey: Musiker der Stadtkapelle spielen vor dem Rathaus.",
            "Foto: Jana Roth/dpa Weinfest in Alzey: Besucher stoßen am Abend an den langen Tischen an."]
UNCREDITED = "Weinfest in Alzey: Kinder winken den Winzern auf ihren Traktoren zu."


def pictures(*lines: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page("\n\n".join(lines)).photos]


def test_an_uncredited_slide_opening_with_the_gallerys_label_is_a_slide() -> None:
    page = [CREDITED[0], UNCREDITED, *CREDITED[1:]]
    assert pictures(*page) == [
        ("Weinfest in Alzey: Die Weinkönigin eröffnet das Fest auf dem Marktplatz.", "Jana Roth/dpa"),
        (UNCREDITED, None),
        ("Weinfest in Alzey: Musiker der Stadtkapelle spielen vor dem Rathaus.", "Timo Brandt/dpa"),
        ("Weinfest in Alzey: Besucher stoßen am Abend an den langen Tischen an.", "Jana Roth/dpa")], page


@pytest.mark.parametrize("line", [
    "Am Sonntag geht das Fest weiter: Dann spielt die Stadtkapelle.",  # another opening: the story's paragraph
    "Weinfest in Alzey: Kinder winken den Winzern auf ihren Traktoren zu",  # ends no sentence as the slides do
])
def test_a_line_of_another_shape_between_the_slides_is_none(line: str) -> None:
    assert [caption for caption, _ in pictures(CREDITED[0], line, *CREDITED[1:])] == [
        f"Weinfest in Alzey: {c.split('Weinfest in Alzey: ')[1]}" for c in CREDITED], line


def test_two_labelled_slides_show_no_habit() -> None:
    assert [credit for _, credit in pictures(CREDITED[0], UNCREDITED, CREDITED[1])] == [
        "Jana Roth/dpa", "Timo Brandt/dpa"]


def test_uncredited_labelled_slides_over_the_first_credited_one_are_slides() -> None:
    # m183: two slides with no credit open the gallery, the credited ones under them
    second = "Weinfest in Alzey: Eine Winzerin schenkt den ersten Jahrgang aus."
    page = ["Weinfest in Alzey", UNCREDITED, second, *CREDITED]
    assert pictures(*page)[:2] == [(UNCREDITED, None), (second, None)], page


def test_one_labelled_paragraph_under_the_gallery_is_the_storys() -> None:
    page = [*CREDITED, "Weinfest in Alzey: Die Stadt rechnet am Wochenende mit zwanzigtausend Gästen."]
    assert [credit for _, credit in pictures(*page)] == ["Jana Roth/dpa", "Timo Brandt/dpa", "Jana Roth/dpa"], page
