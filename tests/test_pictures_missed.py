"""Pictures a page shows and the parser missed: a credit printed alone after a lead-in in another language's word
order, and a credit alone on a page, dumped with no blank lines, whose captions are phrases over their credits."""
from __future__ import annotations

import pytest

from captions import parse_page


def pictures(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit and p.credit.raw) for p in parse_page(text).photos]


@pytest.mark.parametrize("leadin", ["Фото ілюстративне:", "Ілюстративне фото:", "Фото иллюстративное:",
                                    "Ilustrační foto:", "Ilustračné foto:", "Zdjęcie ilustracyjne:"])
def test_an_illustrative_photos_leadin_opens_a_credit(leadin: str) -> None:
    text = "\n".join(["Storm floods the lower town", "",
                      "A short storm hit the town late on Friday, flooding the streets within half an hour.", "",
                      "Firefighters pump water out of a cellar", f"{leadin} Reuters", "",
                      "Residents spent the night moving furniture to upper floors.", ""])
    assert pictures(text) == [("Firefighters pump water out of a cellar", "Reuters")], text


NO_BLANK_LINES = ["Regions",
                  "Drones hit the grain terminal at Port Alden overnight",
                  "Harbour Post",
                  "Photo: Regional Emergency Service",
                  "Drones struck the port of Alden overnight. A grain terminal was damaged.",
                  "Rescuers put out a fire at the grain terminal",
                  "Photo: Ina Marsh, Harbour Post",
                  "Three port workers were injured and taken to hospital, he said.",
                  "A damaged cargo ship at the quay",
                  "Photo: Governor's Office",
                  "The governor said the strike was aimed at the region's grain exports."]


def test_a_credit_alone_over_a_sentence_is_no_captions_where_captions_are_phrases_over_credits() -> None:
    text = "\n".join(NO_BLANK_LINES)
    assert pictures(text) == [(None, "Regional Emergency Service"),
                              ("Rescuers put out a fire at the grain terminal", "Ina Marsh, Harbour Post"),
                              ("A damaged cargo ship at the quay", "Governor's Office")], text


def test_a_credit_over_its_sentence_caption_stays_where_the_page_prints_credits_over_captions() -> None:
    text = "\n".join(["Regions", "Drones hit the grain terminal at Port Alden overnight", "",
                      "Photo: Regional Emergency Service",
                      "Rescuers put out a fire at the grain terminal on Thursday.", "",
                      "Photo: Ina Marsh, Harbour Post",
                      "A damaged cargo ship at the quay on Thursday.", "",
                      "Three port workers were injured and taken to hospital, the governor said."])
    assert pictures(text) == [("Rescuers put out a fire at the grain terminal on Thursday.",
                               "Regional Emergency Service"),
                              ("A damaged cargo ship at the quay on Thursday.", "Ina Marsh, Harbour Post")], text


@pytest.mark.parametrize(("line", "credit"), [
    ("축제 개막 공연에서 어린이 합창단이 노래하고 있다. ⓒ한빛일보 2025.3.8", "한빛일보"),
    ("축제 개막 공연에서 어린이 합창단이 노래하고 있다. /사진=한빛일보 2025. 3. 8.", "한빛일보"),
    ("Children sing at the opening of the spring festival. Foto: Jo Li, 2025.03.08", "Jo Li"),
])
def test_a_date_in_figures_after_a_credit_is_cut_off_it(line: str, credit: str) -> None:
    text = "\n".join(["Spring festival opens", "", line, "", "The festival runs until Sunday.", ""])
    assert [c for _, c in pictures(text)] == [credit], text


def test_the_same_credit_alone_line_after_line_opens_a_page_of_pictures_with_no_caption() -> None:
    text = "\n".join(["ⓒ한빛일보 2025.3.8", "ⓒ한빛일보 2025.3.8", "",
                      "[한빛일보 대전=박지훈 기자] 대전 유성구에서 8일 열린 봄꽃 축제 개막식에 시민 수천 명이 모였다.", ""])
    assert pictures(text) == [(None, "한빛일보"), (None, "한빛일보")], text
    assert parse_page(text).title is None, text


def test_different_credits_alone_line_after_line_leave_the_caption_below_to_the_last() -> None:
    text = "\n".join(["Spring festival opens", "", "Photo: Jo Li", "Photo: Ana Ruiz", "",
                      "Children sing at the opening of the spring festival on Saturday.", "",
                      "The festival runs until Sunday, the organisers said on Friday.", ""])
    assert pictures(text)[-1] == ("Children sing at the opening of the spring festival on Saturday.", "Ana Ruiz"), text


# Credits printed over their captions, on a page with subheadings: the credit under a subheading (a phrase) and over
# its caption (a sentence) has the shape of one printed under a phrase caption over the story's next paragraph.
CREDITS_OVER_CAPTIONS = ["Council approves new bus routes for the east side",
                         "14.05.2025 10:20",
                         "Photo: Jo Li/Reuters",
                         "A bus waits at the Harbour terminal on Tuesday morning.",
                         "The city council voted on Tuesday to add four bus routes serving the east side.",
                         "14.05.2025 10:20",
                         "Photo: Mia Holt/Reuters",
                         "Drivers are briefed at the depot before the first run.",
                         "A long wait for residents",
                         "Photo: Ana Ruiz/AP",
                         "Commuters queue for the night bus at the port gate.",
                         "People in the Harbour district have asked for a direct line to the centre for a decade.",
                         "What the plan costs",
                         "Photo: Ben Cole/AFP",
                         "The mayor speaks to reporters after the council vote.",
                         "The mayor said the money would come from parking fees."]
OVER_CAPTIONS = [("A bus waits at the Harbour terminal on Tuesday morning.", "Jo Li/Reuters"),
                 ("Drivers are briefed at the depot before the first run.", "Mia Holt/Reuters"),
                 ("Commuters queue for the night bus at the port gate.", "Ana Ruiz/AP"),
                 ("The mayor speaks to reporters after the council vote.", "Ben Cole/AFP")]


def test_credits_under_subheadings_do_not_outvote_credits_printed_over_their_captions() -> None:
    # no credit stands plainly under a caption (with none below it): the subheadings' shape alone says nothing
    text = "\n".join(CREDITS_OVER_CAPTIONS)
    assert pictures(text) == OVER_CAPTIONS, text


def test_a_credit_under_a_subheading_a_blank_line_over_its_caption_is_no_phrase_captions() -> None:
    # the rule reads dumps with no blank lines: a credit a blank line over the sentence below shows no such page
    text = "\n\n".join(["Council approves new bus routes for the east side", "14.05.2025 10:20",
                         "Photo: Jo Li/Reuters\nA bus waits at the Harbour terminal on Tuesday morning.",
                         "The city council voted on Tuesday to add four bus routes serving the east side.",
                         "Photo: Mia Holt/Reuters\nDrivers are briefed at the depot before the first run.",
                         "A long wait for residents\nPhoto: Ana Ruiz/AP",
                         "Commuters queue for the night bus at the port gate.",
                         "People in the Harbour district have asked for a direct line to the centre for a decade.",
                         "What the plan costs\nPhoto: Ben Cole/AFP",
                         "The mayor speaks to reporters after the council vote.",
                         "The mayor said the money would come from parking fees."])
    assert pictures(text)[:2] == OVER_CAPTIONS[:2], text


@pytest.mark.parametrize("credit", ["ⓒ한빛일보 2025.3.8", "Photo: Jo Li"])
def test_the_same_credit_alone_line_after_line_under_a_headline_takes_no_paragraph_a_blank_line_below(
        credit: str) -> None:
    # a gallery's credits printed alone, as at the page's top: the story's first paragraph under them is none's caption
    text = "\n".join(["Spring festival opens", credit, credit, credit, "",
                      "[한빛일보 대전=박지훈 기자] 대전 유성구에서 8일 열린 봄꽃 축제 개막식에 시민 수천 명이 모였다.", ""])
    assert [caption for caption, _ in pictures(text)] == [None, None, None], text
