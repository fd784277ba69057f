"""A gallery printing each caption twice a blank line apart: the layout marks its short uncredited captions."""
from __future__ import annotations

from captions import parse_page

SLIDES = ("Storm pictures\n\nThe storm reached the coast on Friday night and cut power to thousands of homes.\n\n"
          "Waves break over the promenade. (AFP)\n\nWaves break over the promenade. (AFP)\n\n"
          "HARBOUR.\n\nHARBOUR.\n\n")


def captions_of(text: str) -> list[str | None]:
    return [p.caption for p in parse_page(text).photos]


def test_a_short_line_printed_twice_like_credited_captions_is_a_caption() -> None:
    page = SLIDES + "A tree lies across a car. (EFE)\n\nA tree lies across a car. (EFE)\n"
    assert captions_of(page) == ["Waves break over the promenade.", "HARBOUR.", "A tree lies across a car."]


def test_with_one_credited_caption_so_printed_a_short_line_printed_twice_is_none() -> None:
    assert captions_of(SLIDES) == ["Waves break over the promenade."]


ESSAY = ("Fifty years of fieldwork in pictures\n\n"
         "A nurse checks a child's arm band at the clinic gate before the morning round. Chad 1984\n\n"
         "A nurse checks a child's arm band at the clinic gate before the morning round. Chad 1984 \n\n"
         "© Elena Vassel / Lumen Photos\n\n"
         "Teams first worked from tents; the clinics came later, and with them the long queues at dawn.\n\n")


def test_a_short_caption_printed_twice_over_its_credit_where_the_page_prints_captions_so_is_the_caption() -> None:
    page = ESSAY + "Haiti 2010\n\nHaiti 2010 \n\n© Tomas Ferreira / Lumen Photos\n"
    photos = parse_page(page).photos
    assert [(p.caption, p.description, p.credit.raw if p.credit else None) for p in photos] == [
        ("A nurse checks a child's arm band at the clinic gate before the morning round. Chad 1984", None,
         "Elena Vassel / Lumen Photos"),
        ("Haiti 2010", None, "Tomas Ferreira / Lumen Photos")], page


def test_a_short_line_printed_twice_over_the_only_credit_so_placed_is_no_caption() -> None:
    page = ("Fifty years of fieldwork\n\nTeams first worked from tents, and the clinics came later.\n\n"
            "Haiti 2010\n\nHaiti 2010\n\n© Tomas Ferreira / Lumen Photos\n")
    assert [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos] == [
        (None, "Tomas Ferreira / Lumen Photos")], page


def test_a_slide_number_printed_twice_over_its_credit_is_no_caption() -> None:
    page = ("Ten days on the river\n\nThe team followed the river north for ten days, from the delta to the hills.\n\n"
            "1\n\n1\n\n© Elena Vassel / Lumen Photos\n\nThe boats leave the harbour at dawn, loaded with fuel.\n\n"
            "2\n\n2\n\n© Tomas Ferreira / Lumen Photos\n")
    assert not {"1", "2"} & set(captions_of(page)), page
