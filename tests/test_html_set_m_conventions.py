"""Conventions of the press seen on blind set M (issue #11, round 18): a wire's bracketed credit closing a caption
beside a credit element naming only its agency, and words naming no one or a body in Spanish, Latvian and French
credits.

Every page and credit here is written for these tests, in the styles those publishers use.
"""
from __future__ import annotations

from captions import parse_credit
from tests.html_story import pictures


def photo(caption: str) -> str:
    return (f'<figure class="photo"><div class="photo__image"><img src="https://cdn.example/1.jpg" alt=""></div>'
            f'<figcaption class="photo__caption">{caption}</figcaption></figure>')


def test_a_bracketed_wire_credit_naming_the_credit_elements_agency_and_more_is_the_credit() -> None:
    assert pictures(photo('Crews clear a road near Millbrook, Thursday, Dec. 3, 2026. (AP Photo/Rosa Calloway) '
                          '<span class="photo__credit">Credit: AP</span>')) == [
        ("Crews clear a road near Millbrook, Thursday, Dec. 3, 2026.", "AP Photo/Rosa Calloway")]


def test_the_agencys_name_in_full_in_the_credit_element_is_the_same_agency() -> None:
    assert pictures(photo('Cars slide off an overpass. (AP Photo/Glen Norris) '
                          '<span class="photo__credit">Credit: Associated Press</span>')) == [
        ("Cars slide off an overpass.", "AP Photo/Glen Norris")]


def test_a_bracket_naming_someone_else_leaves_the_credit_element_its_credit() -> None:
    assert pictures(photo('The mayor (Jo Li) at the opening. <span class="photo__credit">Credit: KXMP 6</span>')) == [
        ("The mayor (Jo Li) at the opening.", "KXMP 6")]


def test_a_private_archive_names_no_one() -> None:  # the Colombian press's "Foto: Archivo particular"
    credit = parse_credit("Archivo particular")
    assert (credit.photographers, credit.agencies) == ([], [])


def test_a_latvian_publicity_photo_names_no_one() -> None:
    credit = parse_credit("Publicitātes foto")
    assert (credit.photographers, credit.agencies) == ([], [])


def test_an_institute_named_after_a_person_is_a_body() -> None:
    credit = parse_credit("Institut J.-L. Agassiz/UNIL")
    assert (credit.photographers, credit.agencies) == ([], ["Institut J.-L. Agassiz", "UNIL"])


def test_singapores_chinese_daily_is_a_known_publication() -> None:
    assert parse_credit("PHOTO: LIANHE ZAOBAO").agencies == ["Lianhe Zaobao"]
