"""A writer's name and a site's joined by a bar under the headline ("Mara Lindqvist | Velder Post") is the story's
byline, no picture's credit (m179, benchmarks/metamorphic_layout.py's byline-pipe): unless the page shows its pictures
are credited so (another credit in that form, an image line or an alt text over it) or the part after the bar is a
wire."""
from __future__ import annotations

import pytest

from captions import parse_page

_STORY = ("Ferry service to Ostrand resumes after the thaw\n\n{head}"
          "The first crossing carried forty passengers and the mail. The harbour master said the ice had gone out of "
          "the bay overnight, and the crews had worked through the weekend to clear the moorings.\n\n"
          "A ferry leaves Lintby harbour for Ostrand on Monday morning. Photo: Tomas Ekvall/Velder Press Agency\n\n"
          "Ferries will run twice a day until the summer timetable begins in May, the operator said in a statement on "
          "Sunday evening.\n")
_FERRY = (None, "A ferry leaves Lintby harbour for Ostrand on Monday morning.", "Tomas Ekvall/Velder Press Agency")


def _pictures(page: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.description, p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


@pytest.mark.parametrize("head", [
    "",
    "Mara Lindqvist | Velder Post\n\n",
    "Mara Lindqvist ｜ Velder Post\n\n",
    "Mara Lindqvist | Velder Post\n12 March 2026\n\n",
    "12 March 2026\nMara Lindqvist | Velder Post\n\n",
    "The harbour at Lintby reopened on Monday after six weeks of ice.\nMara Lindqvist | Velder Post\n\n",
    "The harbour at Lintby reopened on Monday after six weeks of ice.\n\nPublished 12 March 2026, 09:40\n"
    "Mara Lindqvist | Velder Post\n\n",
])
def test_a_writer_and_site_under_the_headline_is_the_byline(head: str):
    assert _pictures(_STORY.format(head=head)) == [_FERRY]


def test_a_writer_and_a_wire_under_the_headline_credits_the_line_under_it():
    page = _STORY.format(head="The harbour at Lintby reopened on Monday after six weeks of ice.\n\n"
                              "Mara Lindqvist | Reuters\n\n")
    assert _pictures(page)[0][2] == "Mara Lindqvist | Reuters"


def test_the_form_stays_a_credit_where_the_page_credits_its_pictures_so():
    page = ("Ferry service to Ostrand resumes after the thaw\n\nMara Lindqvist | Velder Post\n\n"
            "A ferry leaves Lintby harbour for Ostrand on Monday morning.\n\n"
            "The first crossing carried forty passengers and the mail. The harbour master said the ice had gone out of "
            "the bay overnight, and the crews had worked through the weekend to clear the moorings.\n\n"
            "Passengers wait on the quay at Ostrand for the return crossing.\nJonas Berg | Velder Post\n\n")
    assert _pictures(page) == [
        (None, "A ferry leaves Lintby harbour for Ostrand on Monday morning.", "Mara Lindqvist | Velder Post"),
        (None, "Passengers wait on the quay at Ostrand for the return crossing.", "Jonas Berg | Velder Post")]


@pytest.mark.parametrize("over, expected", [
    ("![A ferry in the harbour](https://example.org/ferry.jpg)\n",
     ("A ferry in the harbour", "A ferry leaves Lintby harbour for Ostrand on Monday morning.",
      "Mara Lindqvist | Velder Post")),
    ("A white ferry with a red funnel in the harbour\n",
     (None, "A white ferry with a red funnel in the harbour", "Mara Lindqvist | Velder Post")),
])
def test_the_form_under_an_image_line_or_a_captions_words_credits_a_picture(over: str, expected: tuple):
    page = (f"Ferry service to Ostrand resumes after the thaw\n\n{over}Mara Lindqvist | Velder Post\n\n"
            "A ferry leaves Lintby harbour for Ostrand on Monday morning.\n\n"
            "The first crossing carried forty passengers and the mail. The harbour master said the ice had gone out of "
            "the bay overnight, and the crews had worked through the weekend to clear the moorings.\n\n")
    assert _pictures(page)[0] == expected
