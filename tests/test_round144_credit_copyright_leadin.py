"""NASA's Astronomy Picture of the Day credit lead-in, "Image Credit & Copyright:", printed by its mirrors too."""
from __future__ import annotations

from captions import parse_page, split_caption_credit


def test_credit_and_copyright_alone_on_a_line_is_one_lead_in() -> None:
    assert split_caption_credit("Credit & Copyright: Ana Lindqvist") == (None, "Ana Lindqvist")


def test_image_credit_and_copyright_keeps_the_bracketed_outlet_in_the_credit() -> None:
    assert split_caption_credit("Image Credit & Copyright: Tomas Verhoeven (Ridgeline Photography)") == (
        None, "Tomas Verhoeven (Ridgeline Photography)")


def test_credit_and_copyright_after_the_captions_full_stop_closes_it() -> None:
    assert split_caption_credit("The comet's tail drifts over Varna Basin. Credit & Copyright: Ana Lindqvist") == (
        "The comet's tail drifts over Varna Basin.", "Ana Lindqvist")


def test_illustration_credit_and_copyright_under_its_caption_names_the_artist() -> None:
    page = ("Mirror of the day\n\nAn artist's drawing shows the twin probes over the lunar far side.\n"
            "Illustration Credit & Copyright: Marek Ostrowski\n")
    [photo] = parse_page(page).photos
    assert photo.credit is not None
    assert (photo.caption, photo.credit.raw, photo.credit.photographers) == (
        "An artist's drawing shows the twin probes over the lunar far side.", "Marek Ostrowski", ["Marek Ostrowski"])


def test_video_credit_and_copyright_credits_a_video_no_picture() -> None:
    page = ("Mirror of the day\n\nA time-lapse video follows the Earth's shadow climbing the sky at dusk.\n"
            "Video Credit & Copyright: Ines Caldera\n")
    assert parse_page(page).photos == []
