"""What a wire or an archive prints in or after a credit that names no one: usage notes and photo numbers."""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page


def names(raw: str) -> tuple[list[str], list[str]]:
    credit = parse_credit(raw)
    return credit.photographers, credit.agencies


def test_a_usage_note_of_its_own_names_no_one() -> None:
    assert names("STR/AFP/Getty Images - CHINA OUT") == ([], ["AFP", "Getty Images"])


def test_a_usage_note_before_a_name_leaves_the_name() -> None:
    assert names("JAPAN OUT Lan Pham/AFP/Getty Images") == (["Lan Pham"], ["AFP", "Getty Images"])


def test_a_usage_note_after_an_agency_leaves_the_agency() -> None:
    assert names("Jo Li/AFP/Getty Images CHINA OUT") == (["Jo Li"], ["AFP", "Getty Images"])


def test_what_a_page_glued_to_a_usage_note_is_no_name() -> None:
    # "AFP PHOTO/STR" with its slash lost after AFP's restriction note
    assert names("CHINA OUT AFP PHOTOSTR/AFP/Getty Images") == ([], ["AFP", "Getty Images"])


def test_a_title_cased_usage_note_with_the_name_glued_again_names_the_name_once() -> None:
    raw = "Ntb Scanpix / Gustav Busch Arntsen / Norway Outgustav Busch Arntsen, AFP/Getty Images"
    assert names(raw) == (["Gustav Busch Arntsen"], ["Ntb Scanpix", "AFP", "Getty Images"])


def test_a_credit_with_a_usage_note_is_a_credit_on_its_own_line() -> None:
    page = ("Pictures of the week\n\nRescuers wade through a flooded street in Bergen.\n"
            "NTB / Kari Olsen / NORWAY OUT, AFP/Getty Images\n")
    [photo] = parse_page(page).photos
    assert photo.credit is not None and photo.credit.raw == "NTB / Kari Olsen / NORWAY OUT, AFP/Getty Images"
    assert photo.credit.photographers == ["Kari Olsen"]


def test_mandatory_credit_opening_a_credit_is_its_lead_in() -> None:
    page = "Royal visit\n\nThe prince waves to pupils in Cardiff. MANDATORY CREDIT: Owen Price/REUTERS\n"
    [photo] = parse_page(page).photos
    assert (photo.caption, photo.credit.raw if photo.credit else None) == (
        "The prince waves to pupils in Cardiff.", "Owen Price/REUTERS")


def test_an_archive_number_after_a_credit_is_cut_off() -> None:
    page = ("Launch archive\n\nThe tower rolls back from the rocket at dawn. "
            "Photo credit: NASA/Dana Reyes KSC-09pd0412\n")
    [photo] = parse_page(page).photos
    assert photo.credit is not None and photo.credit.raw == "NASA/Dana Reyes"
    assert photo.credit.photographers == ["Dana Reyes"]


def test_a_word_of_letters_then_digits_after_a_credit_stays() -> None:
    page = "Club night\n\nDancers fill the floor on Friday. Photo: Studio54\n"
    [photo] = parse_page(page).photos
    assert photo.credit is not None and photo.credit.raw == "Studio54"


@pytest.mark.parametrize("raw", ["WPA/S", "WPA/S."])
def test_a_lone_letter_where_a_page_cut_a_name_names_no_one(raw: str) -> None:
    assert names(raw) == ([], ["WPA"])  # the sentence's full stop after it makes it no initial
