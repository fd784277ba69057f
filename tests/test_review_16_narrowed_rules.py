"""Rules of round 23 narrowed where they over-fired on invented pages of outlets not seen (review 16).
Every text here is invented for its test."""
from __future__ import annotations

import pytest

from captions.parse.credit import parse_credit
from captions.parse.credit_in_line import split_caption_credit


@pytest.mark.parametrize("raw, photographers", [
    ("Submitted photo", []), ("Photo: Submitted", []), ("Submitted by Dana Ruiz", ["Dana Ruiz"]),
    ("Dana Ruiz/Submitted Photos", ["Dana Ruiz"]), ("Reader photo", []), ("Dana Ruiz/Readers' Photos", ["Dana Ruiz"]),
], ids=["submitted-photo", "submitted-after-lead-in", "submitted-by", "submitted-photos-after-a-name",
        "reader-photo", "readers-photos-after-a-name"])
def test_a_picture_handed_in_by_a_reader_names_no_agency(raw: str, photographers: list[str]) -> None:
    # "Photos" closing an unknown name keeps it as an agency's ("Manx Photos"); "Submitted" and "Reader" are no names
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, [])


def test_submitted_photo_closing_a_caption_is_a_credit_naming_no_one() -> None:
    text = "Children ride the carousel at the county fair on Saturday. (Submitted photo)"
    assert split_caption_credit(text) == ("Children ride the carousel at the county fair on Saturday.", "Submitted photo")
