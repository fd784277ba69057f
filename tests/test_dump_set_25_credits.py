"""Credits read on the twenty-fifth set of page dumps: "© Photo Name" drops both lead-ins, the archive photo's
lead-in ("Arkivfoto:", "Archivfoto:") is one like "Foto:", the Marathi "photograph" lead-in before a dash, and
agencies as the region's press prints them (Petra in Arabic, PTI in Marathi, a Greek metro company). Every text
here is invented for its test."""
from __future__ import annotations

import pytest

from captions import split_caption_credit
from captions.parse.credit import parse_credit


@pytest.mark.parametrize("text, expected", [
    ("© Photo Juliette CHAMBON", (None, "Juliette CHAMBON")),
    ("Le jury a rendu son verdict. © Photo Bastien GIRARD", ("Le jury a rendu son verdict.", "Bastien GIRARD")),
    ("© Photo AFP", (None, "AFP")),
    ("© Photo RL/Jean Dupont", (None, "RL/Jean Dupont")),
], ids=["own-line", "after-the-caption", "known-agency", "paper-and-name"])
def test_the_word_for_a_picture_after_the_copyright_sign_is_a_second_leadin(
        text: str, expected: tuple[str | None, str]) -> None:
    assert split_caption_credit(text) == expected


@pytest.mark.parametrize("text, credit", [
    ("© Photo News", "Photo News"),
    ("Schepen Karin Peeters sprak met de buurtbewoners. © Photo News", "Photo News"),
    ("© Photo Booth", "Photo Booth"),
    ("Credit: Photo Booth Ltd", "Photo Booth Ltd"),
    ("© Photo Exhibition/Reuters", "Photo Exhibition/Reuters"),
], ids=["agency-named-so", "agency-after-a-caption", "a-thing", "a-company", "a-title-before-the-source"])
def test_a_name_the_word_opens_keeps_it(text: str, credit: str) -> None:
    assert split_caption_credit(text)[1] == credit


@pytest.mark.parametrize("text, expected", [
    ("Den gamle bro skal rives ned til efteråret. Arkivfoto: Henrik Dalsgaard",
     ("Den gamle bro skal rives ned til efteråret.", "Henrik Dalsgaard")),
    ("Die alte Brücke im Winter. Archivfoto: dpa", ("Die alte Brücke im Winter.", "dpa")),
    ("Brua sett fra sørsiden. Arkivbilde: Kari Nilsen", ("Brua sett fra sørsiden.", "Kari Nilsen")),
], ids=["danish", "german", "norwegian"])
def test_the_archive_photos_leadin_is_dropped(text: str, expected: tuple[str, str]) -> None:
    assert split_caption_credit(text) == expected


def test_the_archive_photos_leadin_opening_a_sentence_makes_no_credit() -> None:
    text = "Arkivfoto: Kranerne løfter det sidste brofag på plads ved den nordlige bred"
    assert split_caption_credit(text) == (text, None)


def test_the_marathi_photograph_leadin_before_a_dash_is_dropped() -> None:
    text = "पुलावरून पाणी वाहताना पाहणारे नागरिक. (छायाचित्र – पीटीआय)"
    assert split_caption_credit(text) == ("पुलावरून पाणी वाहताना पाहणारे नागरिक.", "पीटीआय")


@pytest.mark.parametrize("raw", ["بترا", "पीटीआय"], ids=["petra-arabic", "pti-marathi"])
def test_agencies_as_the_regions_press_prints_them_are_known_and_kept_as_printed(raw: str) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([], [raw])


def test_an_arabic_petra_credit_after_a_dash_closes_the_caption() -> None:
    text = "أمين عمان يتجول بين بسطات السوق - (بترا)"
    assert split_caption_credit(text) == ("أمين عمان يتجول بين بسطات السوق", "بترا")


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("Ελληνικό Μετρό", [], ["Ελληνικό Μετρό"]),
    ("ΕΛΛΗΝΙΚΟ ΜΕΤΡΟ", [], ["ΕΛΛΗΝΙΚΟ ΜΕΤΡΟ"]),
    ("Αττικό Μετρό/Γιώργος Παπαδόπουλος", ["Γιώργος Παπαδόπουλος"], ["Αττικό Μετρό"]),
], ids=["hellenic-metro", "in-capitals", "with-a-photographer"])
def test_a_greek_metro_company_is_a_body(raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies)
