"""A credit alone on its line in the story's flow, on a page closing its captions with their credit, is a picture
with no caption (round 76).

Asia-Plus, Borneo Bulletin, Kangwon Ilbo and Kantipur print "<caption>. PHOTO: NAME" on one line, and a handout or
file picture with no caption as its credit alone, between two of the story's paragraphs: the paragraph above is
the story's. Where the line above is no longer than the page's captions, it stays the credit's caption, as before
(a caption whose credit the dump wrapped onto the next line). Every line here is written for these tests.
"""
from __future__ import annotations

from pathlib import Path

from captions import load_registry, parse_page

HEAD = (" date 2026-03-09 Local\nStorm brings down power lines across the valley towns\nBy Dana Whitfield\n"
        "March 9, 2026\n")
CAPTIONS = ("Crews repair a fallen power line on Orchard Road in Marlow. PHOTO: SAM OKAFOR\n"
            "The weather office said gusts of up to 110 kilometres an hour were recorded overnight.\n"
            "A tree lies across a parked van in the town centre. PHOTO: KEELEY PRICE\n")
PARAGRAPH = ("The district council said its road crews had cleared most main roads by mid-morning, but several rural "
             "lanes remain closed to traffic until further notice.")
AFTER = "Schools in the valley opened as usual, although two kindergartens closed because of roof damage.\n"


def _read(page: str, registry_file: Path | None = None) -> list[tuple[str | None, str]]:
    registry = load_registry(registry_file) if registry_file else None
    return [(p.caption, p.credit.raw) for p in parse_page(page, registry=registry).photos]


def test_a_credit_alone_between_paragraphs_is_a_picture_with_no_caption() -> None:
    page = HEAD + CAPTIONS + f"{PARAGRAPH}\nPHOTO: MARLOW VALLEY COUNCIL\n{AFTER}"
    assert _read(page) == [
        ("Crews repair a fallen power line on Orchard Road in Marlow.", "SAM OKAFOR"),
        ("A tree lies across a parked van in the town centre.", "KEELEY PRICE"),
        (None, "MARLOW VALLEY COUNCIL")]


def test_a_line_no_longer_than_the_captions_stays_the_credits_caption() -> None:
    page = HEAD + CAPTIONS + f"Volunteers hand out water in Marlow.\nPHOTO: MARLOW VALLEY COUNCIL\n{AFTER}"
    assert _read(page)[-1] == ("Volunteers hand out water in Marlow.", "MARLOW VALLEY COUNCIL")


LONG_CAPTION = ("Residents of the riverside district of Hanover were evacuated on Sunday as water levels kept rising. "
                "Officials said some 2,000 people spent the night in shelters.")


def test_a_credit_naming_its_photographer_under_a_long_caption_keeps_it() -> None:
    """A wire or feature caption of two sentences, longer than the page's glued captions, closed by a credit naming
    who took the picture on the next line: that credit is the caption's (review 40), not a handout's."""
    for credit in ("AP Photo/Michael Probst", "(AP Photo/Mark Smith)", "Photo: Reuters/Phil Noble", "Photo: Jonas Berg"):
        page = HEAD + CAPTIONS + f"{LONG_CAPTION}\n{credit}\n{AFTER}"
        assert _read(page)[-1][0] == LONG_CAPTION, credit


def test_two_long_paragraphs_over_credits_alone_keep_their_captions() -> None:
    """A picture with no caption is a page's exception: two long paragraphs each over an agency's credit alone show
    the page's second habit, long captions over their credit (review 40)."""
    second = "A soldier carries an elderly woman across the flooded square in front of the town hall on Sunday morning."
    page = HEAD + CAPTIONS + f"{LONG_CAPTION}\nPhoto: AFP\n{AFTER}{second}\nPhoto: Reuters\n{AFTER}"
    assert [caption for caption, _ in _read(page)[-2:]] == [LONG_CAPTION, second]


def test_whether_the_credit_names_a_person_is_read_with_the_users_agencies(tmp_path: Path) -> None:
    """Two capitalised words read as a photographer keep the paragraph as their caption; a user's agencies file
    naming them a body makes the credit a handout's, a picture with no caption."""
    page = HEAD + CAPTIONS + f"{PARAGRAPH}\nPHOTO: GRANITE HOLLOW\n{AFTER}"
    mine = tmp_path / "mine.yaml"
    mine.write_text("agencies:\n  - {name: Granite Hollow, kind: government, country: US}\n", encoding="utf-8")
    assert _read(page)[-1] == (PARAGRAPH, "GRANITE HOLLOW")
    assert _read(page, mine)[-1] == (None, "GRANITE HOLLOW")
