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
