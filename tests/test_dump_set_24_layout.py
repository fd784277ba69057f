"""Round 23 (dump set 24), layout: a story paragraph over the last own-line credit of a page whose captions
print no closing full stop is no caption."""
from __future__ import annotations

from captions import parse_page

STORY = ("Storm closes coast road\n\nby Rhian Pugh\n"
         "The footbridge over the river after the water rose{stop}\nPicture: Dyfed County Council\n"
         "The coast road stayed closed on Tuesday after the river burst its banks.\n"
         "Volunteers sweep mud out of a shop on the high street\nPicture: Owen Hughes/PA Wire\n"
         "Forecasters have issued another yellow warning for rain on Thursday.\nPicture: Carys Lloyd\n"
         "Related stories\n")


def pictures(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


def test_a_paragraph_over_a_credit_where_the_pages_captions_end_with_no_full_stop_is_no_caption() -> None:
    assert pictures(STORY.format(stop="")) == [
        ("The footbridge over the river after the water rose", "Dyfed County Council"),
        ("Volunteers sweep mud out of a shop on the high street", "Owen Hughes/PA Wire"),
        (None, "Carys Lloyd")]


def test_with_another_caption_ending_in_a_full_stop_the_page_shows_no_habit() -> None:
    assert pictures(STORY.format(stop="."))[-1] == (
        "Forecasters have issued another yellow warning for rain on Thursday.", "Carys Lloyd")


def test_a_gallery_between_counters_keeps_a_caption_ending_in_a_full_stop() -> None:
    page = ("Protest in pictures\n1 de 3\nA crowd climbs the ramp to the roof of the congress.\nFoto: Jo Li\n"
            "2 de 3\nProtesters sing the anthem on the lawn\nFoto: Ana Ruiz\n"
            "3 de 3\nPolice line up at the side entrance\nFoto: Ana Ruiz\n")
    assert pictures(page)[0] == ("A crowd climbs the ramp to the roof of the congress.", "Jo Li")


BACK_TO_BACK = ("Storm closes coast road\n\nby Rhian Pugh\n"
                "The footbridge over the river after the water rose\nPicture: Dyfed County Council\n"
                "Volunteers sweep mud out of a shop on the high street\nPicture: Owen Hughes/PA Wire\n"
                "{last}\nPicture: Carys Lloyd\n"
                "Forecasters have issued another yellow warning for rain on Thursday.\nRelated stories\n")


def test_captions_printed_back_to_back_keep_the_one_ending_in_a_full_stop() -> None:
    # no story paragraph between the pictures: the stop is the caption writer's, not a paragraph's
    last = "Firefighters pump water out of the chapel on Church Street."
    assert pictures(BACK_TO_BACK.format(last=last))[-1] == (last, "Carys Lloyd")


def test_a_caption_ending_in_an_abbreviation_between_credits_stays_a_caption() -> None:
    last = "Firefighters pump water out of the chapel in Washington, D.C."
    page = STORY.format(stop="").replace("Forecasters have issued another yellow warning for rain on Thursday.", last)
    assert pictures(page)[-1] == (last, "Carys Lloyd")
