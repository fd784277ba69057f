"""A slide's alt text printed over its counter, the slide's title under it (over_counter.py)."""
from __future__ import annotations

from captions import parse_page


def slide(alt: str, n: int, title: str, caption: str) -> str:
    return f"{alt}\n{n} / 4\nShare this photo\n\n{title}\n\n{caption} Photo: Nordfoto/Ivar Lund.\n\n"


FERRY = ("A ferry waits for an icebreaker near the northern pier.", "Ferry stuck in the ice")
SKATERS = ("Children skate on the old canal for the first time in six winters.", "Skaters on the canal")
PICKERS = ("Seasonal workers bring in the last apples of the harvest.", "Apple pickers in the snow")


def descriptions_of(text: str) -> list[str | None]:
    return [p.description for p in parse_page(text).photos]


def album(*slides: str) -> str:
    return "The week in pictures\n\n" + "".join(slides)


def test_the_line_over_each_counter_repeating_the_title_is_the_alt_text() -> None:
    page = album(slide(FERRY[1], 1, FERRY[1], FERRY[0]), slide(SKATERS[1], 2, SKATERS[1], SKATERS[0]))
    assert descriptions_of(page) == ["Ferry stuck in the ice", "Skaters on the canal"]


def test_an_alt_line_dropping_the_titles_small_words_is_the_alt_text_too() -> None:
    page = album(slide("Ferry stuck in ice", 1, FERRY[1], FERRY[0]), slide(SKATERS[1], 2, SKATERS[1], SKATERS[0]))
    assert descriptions_of(page)[0] == "Ferry stuck in ice"


def test_a_bulleted_line_over_the_counter_is_read_without_its_bullet() -> None:
    page = album(slide("• Ferry stuck in ice", 1, FERRY[1], FERRY[0]), slide(SKATERS[1], 2, SKATERS[1], SKATERS[0]))
    assert descriptions_of(page)[0] == "Ferry stuck in ice"


def test_a_line_with_words_the_title_lacks_is_no_alt_text() -> None:
    page = album(slide("Winter comes early", 1, FERRY[1], FERRY[0]), slide(SKATERS[1], 2, SKATERS[1], SKATERS[0]),
                 slide(PICKERS[1], 3, PICKERS[1], PICKERS[0]))
    assert descriptions_of(page) == [None, "Skaters on the canal", "Apple pickers in the snow"]


def test_one_slide_alone_shows_no_habit() -> None:
    page = album(slide(FERRY[1], 1, FERRY[1], FERRY[0]), slide("Winter comes early", 2, SKATERS[1], SKATERS[0]))
    assert descriptions_of(page) == [None, None]


def test_a_line_printed_the_same_over_every_counter_is_furniture() -> None:
    page = album(slide("Pictures", 1, "Pictures: " + FERRY[1], FERRY[0]),
                 slide("Pictures", 2, "Pictures: " + SKATERS[1], SKATERS[0]))
    assert descriptions_of(page) == [None, None]


def test_a_heading_naming_the_slides_day_over_its_counter_is_no_alt_text() -> None:
    page = album(slide("Monday", 1, f"Monday: {FERRY[1]}", FERRY[0]),
                 slide("Tuesday", 2, f"Tuesday: {SKATERS[1]}", SKATERS[0]))
    assert descriptions_of(page) == [None, None]
