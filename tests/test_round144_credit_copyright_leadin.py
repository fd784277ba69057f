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


def test_video_credit_and_copyright_under_its_caption_names_the_photographer() -> None:
    page = ("Mirror of the day\n\nStar trails circle the pole above the dome at Kessel Point.\n"
            "Video Credit & Copyright: Marek Ostrowski\n")
    [photo] = parse_page(page).photos
    assert photo.credit is not None
    assert (photo.caption, photo.credit.raw, photo.credit.photographers) == (
        "Star trails circle the pole above the dome at Kessel Point.", "Marek Ostrowski", ["Marek Ostrowski"])
