"""Round 98: photographers who sign by surname alone before their agency, and the agencies printed beside Sipa.

Sipa's photographers sign "SEVGI/SIPA": one word shaped like a surname before an agency of markers.yaml's
surname_signed_agencies is its photographer. Every other lone word before every other agency stays as it was, and
the agencies a French page prints before Sipa (Isopix, Newscom, Xinhua as "Chine Nouvelle") are known, so that
they stay agencies. Credits invented.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from captions import load_registry, parse_credit, parse_page

REGISTRY = load_registry()


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("MARCHAND/SIPA", ["MARCHAND"], ["Sipa"]),
    ("KERBRAT / SIPA", ["KERBRAT"], ["Sipa"]),
    ("Marchand/Sipa", ["Marchand"], ["Sipa"]),
    ("ELISE TOURNIER/SIPA", ["ELISE TOURNIER"], ["Sipa"]),
], ids=["capitals", "spaced-slash", "capitalised", "full-name-as-before"])
def test_one_surname_before_sipa_is_its_photographer(raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies)


@pytest.mark.parametrize("raw, agencies", [
    ("AP/SIPA", ["AP", "Sipa"]),
    ("SIPA/AP", ["Sipa", "AP"]),
    ("JDD/SIPA", ["JDD", "Sipa"]),
    ("XINHUA/SIPA", ["Xinhua", "Sipa"]),
    ("ANONYME/SIPA", ["Sipa"]),
    ("AFPTV/SIPA", ["AFPTV", "Sipa"]),
    ("PHOTOPQR/SIPA", ["PhotoPQR", "Sipa"]),
    ("UPPA/SIPA", ["UPPA", "Sipa"]),
    ("SOPA/SIPA", ["SOPA", "Sipa"]),
    ("REPORTERS/SIPA", ["Sipa"]),
    ("CAPTURE/SIPA", ["Sipa"]),
], ids=["known-agency-before", "sipa-first", "three-letter-acronym", "known-wire", "anonymous-in-french",
        "afp-video-service", "french-regional-press-pool", "london-agency", "sopa-images-short", "unnamed-reporters",
        "screen-grab"])
def test_a_word_before_sipa_that_is_no_surname_names_no_photographer(raw: str, agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([], agencies)


@pytest.mark.parametrize("raw, agencies", [
    ("MARCHAND/ABACA", ["MARCHAND", "Abaca"]),
    ("Agence/Bestimage", ["Agence", "Bestimage"]),
    ("MARCHAND/SIPA USA", ["MARCHAND", "SIPA USA"]),
], ids=["abaca", "bestimage-desk", "sipa-usa-signs-in-full"])
def test_a_word_before_an_agency_not_listed_stays_an_organisation(raw: str, agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([], agencies)


def test_a_surname_in_a_chain_of_three_is_not_read_by_the_rule() -> None:
    # the rule reads a credit of two parts: in a longer chain the word may be any of its links
    assert parse_credit("MARCHAND/AP/SIPA").photographers == []


def test_a_user_file_may_list_its_own_surname_signed_agency(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("agencies:\n  - {name: Studio Nord, kind: photo agency, country: FR}\n"
                    "markers:\n  surname_signed_agencies: [Studio Nord]\n", encoding="utf-8")
    credit = parse_credit("LEGALL/STUDIO NORD", load_registry(path))
    assert (credit.photographers, credit.agencies) == (["LEGALL"], ["Studio Nord"])


def test_a_gallery_slide_credit_names_the_surname_as_photographer() -> None:
    page = ("Les images de la semaine\n\n  • MARCHAND/SIPA\n\n"
            "    Des vagues se brisent sur la digue du port de Saint-Malo, le 16 novembre 2024.\n\n"
            "  • ELISE TOURNIER/SIPA\n\n    Un arbre déraciné bloque une rue du centre de Quimper, dimanche matin.\n")
    assert [(p.credit.raw, p.credit.photographers) for p in parse_page(page).photos if p.credit] == [
        ("MARCHAND/SIPA", ["MARCHAND"]), ("ELISE TOURNIER/SIPA", ["ELISE TOURNIER"])]


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("Jan Peeters/Isopix", ["Jan Peeters"], ["Isopix"]),
    ("Ana Ruiz/Newscom", ["Ana Ruiz"], ["Newscom"]),
    ("Kim Min-ji/Cheonji Ilbo", ["Kim Min-ji"], ["Cheonji Ilbo"]),
    ("천지일보", [], ["천지일보"]),
    ("Chine Nouvelle", [], ["Xinhua"]),
    ("Li Wei/Chine Nouvelle/SIPA", ["Li Wei"], ["Xinhua", "Sipa"]),
    ("DailyMail", [], ["DailyMail"]),
], ids=["isopix", "newscom", "cheonji-ilbo", "cheonji-ilbo-in-hangul-as-printed", "chine-nouvelle-is-xinhua",
        "chine-nouvelle-before-sipa", "dailymail-as-printed"])
def test_a_credit_naming_the_agency_reads_it(raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies)


@pytest.mark.parametrize("printed, name, kind, country", [
    ("ISOPIX", "Isopix", "photo agency", "BE"),
    ("Newscom", "Newscom", "photo agency", "US"),
    ("천지일보", "Cheonji Ilbo", "publication", "KR"),
    ("Chine Nouvelle", "Xinhua", "state media", "CN"),
    ("DailyMail", "Daily Mail", "publication", "GB"),
], ids=["isopix", "newscom", "cheonji-ilbo", "chine-nouvelle", "dailymail"])
def test_the_registry_knows_the_agency_under_its_name(printed: str, name: str, kind: str, country: str) -> None:
    agency = REGISTRY.lookup(printed)
    assert agency is not None and (agency.name, agency.kind, agency.country) == (name, kind, country)
