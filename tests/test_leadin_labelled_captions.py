"""A credit lead-in with its colon opening a line that closes with a credit of its own labels the caption: ABC's
`PHOTO: <caption> (<Outlet>: <Name>)`, Sky's `Image: <caption> Pic: <credit>`. Every line here is written for
these tests."""
from __future__ import annotations

from captions import parse_page, split_caption_credit

STORY = "A paragraph of the story, long enough to read as prose, which ends with its full stop here.\n\n"


def _pictures(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


def test_photo_leadin_opening_a_caption_closed_by_its_bracketed_credit_is_a_label() -> None:
    assert split_caption_credit("PHOTO: Crews clear a fallen tree from the road at Bega. (ABC News: Jo Li)") == (
        "Crews clear a fallen tree from the road at Bega.", "ABC News: Jo Li")


def test_image_leadin_opening_a_caption_closed_by_a_pic_credit_is_a_label() -> None:
    assert split_caption_credit("Image: Waves break over the harbour wall at Porthcawl. Pic: PA") == (
        "Waves break over the harbour wall at Porthcawl.", "PA")


def test_the_labelled_line_between_paragraphs_is_a_picture_not_a_credit_over_the_next_paragraph() -> None:
    page = ("Fire danger eases on the coast\n\n" + STORY
            + "PHOTO: Smoke hangs over the river at dusk on Sunday. (ABC News: Jo Li)\n\n" + STORY)
    assert _pictures(page) == [("Smoke hangs over the river at dusk on Sunday.", "ABC News: Jo Li")]


def test_a_leadin_opening_its_credit_before_the_caption_is_still_the_credit() -> None:
    assert split_caption_credit("Foto: Jo Li/dpa Karnevalisten feiern in der Altstadt.") == (
        "Karnevalisten feiern in der Altstadt.", "Jo Li/dpa")


def test_a_leadin_over_a_credit_alone_stays_a_credit() -> None:
    assert split_caption_credit("Photo: Jo Li/Reuters") == (None, "Jo Li/Reuters")


def test_a_labelled_line_with_no_credit_at_its_end_is_left_as_printed() -> None:
    page = "Storm live\n\n" + STORY + "Image: Passengers check the departure boards at Cardiff\n\n" + STORY
    assert _pictures(page) == []


def test_an_agency_in_brackets_after_the_lead_in_name_is_part_of_the_credit() -> None:
    assert split_caption_credit("Die Reiter umrunden den Scheiterhaufen im Galopp. Foto: Nina Keller (Keystone)") == (
        "Die Reiter umrunden den Scheiterhaufen im Galopp.", "Nina Keller (Keystone)")


def test_the_agency_in_brackets_is_read_as_the_photographers_agency() -> None:
    photo = parse_page("Zürich feiert\n\nDie Reiter umrunden den Scheiterhaufen. Foto: Nina Keller (Keystone)\n").photos[0]
    assert photo.credit is not None
    assert (photo.credit.photographers, photo.credit.agencies) == (["Nina Keller"], ["Keystone"])


def test_brackets_after_a_caption_with_no_lead_in_stay_the_credit_alone() -> None:
    assert split_caption_credit("Crowds gather in the square to watch Jo Li. (Reuters)") == (
        "Crowds gather in the square to watch Jo Li.", "Reuters")


def test_reuters_file_photo_opening_its_caption_stays_in_the_caption() -> None:
    assert split_caption_credit("FILE PHOTO: A volcano spews ash over the valley, May 21, 2025. REUTERS/Jo Li/File Photo") == (
        "FILE PHOTO: A volcano spews ash over the valley, May 21, 2025.", "REUTERS/Jo Li/File Photo")
