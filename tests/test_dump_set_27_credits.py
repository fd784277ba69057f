"""Credits read on the twenty-seventh set of page dumps: an American city or town government handing out its
picture, "(Courtesy City of McAllen)". Every text here is invented for its test."""
from __future__ import annotations

import pytest

from captions.parse.credit import parse_credit
from captions.parse.page import parse_page


@pytest.mark.parametrize("raw, agency", [
    ("Courtesy City of Riverbend", "City of Riverbend"),
    ("City of Riverbend", "City of Riverbend"),
    ("Courtesy Town of Palmhurst", "Town of Palmhurst"),
], ids=["courtesy-city", "city-alone", "courtesy-town"])
def test_a_city_or_town_government_is_a_body(raw: str, agency: str) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([], [agency])


def test_a_city_governments_courtesy_closes_its_caption() -> None:
    page = parse_page("x\nChildren cool off at the new splash pad. (Courtesy City of Riverbend)\n\n"
                      "The splash pad will stay open daily until Labor Day, city officials said on Monday.\n")
    assert [(p.caption, p.credit and p.credit.agencies) for p in page.photos] == [
        ("Children cool off at the new splash pad.", ["City of Riverbend"])]


@pytest.mark.parametrize("text", [
    "The mayor thanked the city (City of Riverbend) for its help.",
    "Crowds gathered in the heart of the old capital (City of London).",
], ids=["in-prose", "a-place-in-prose"])
def test_a_city_named_in_prose_credits_no_picture(text: str) -> None:
    page = parse_page(f"x\n{text}\n\nMore text of the article follows here, as it does on any page of news.\n")
    assert page.photos == []


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("Tomo Lukšio / BNS nuotr.", ["Tomo Lukšio"], ["BNS"]),
    ("Rasos Vaitkutės / 15min nuotr.", ["Rasos Vaitkutės"], ["15min"]),
    ("ELTA nuotr.", [], ["ELTA"]),
], ids=["name-and-wire", "name-and-site", "wire-alone"])
def test_the_lithuanian_word_for_photo_closing_a_credit_names_no_one(
        raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies)


@pytest.mark.parametrize("raw", ["Hvidt Arkitekter", "Nordlicht Architekten", "Harbour Line Architects"],
                         ids=["danish", "german", "english"])
def test_an_architects_firm_is_a_body(raw: str) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([], [raw])


@pytest.mark.parametrize("line, credit", [
    ("Sådan kan den nye bydel se ud fra vandet. Visualisering: Hvidt Arkitekter", "Hvidt Arkitekter"),
    ("So soll das neue Rathaus aussehen. Visualisierung: Nordlicht Architekten", "Nordlicht Architekten"),
], ids=["danish", "german"])
def test_an_architects_rendering_is_credited_after_its_lead_in(line: str, credit: str) -> None:
    page = parse_page(f"x\n{line}\n\nByrådet vedtog planen onsdag aften med et stort flertal af stemmerne.\n")
    assert [(p.caption, p.credit and p.credit.agencies) for p in page.photos] == [(line.split(". ")[0] + ".", [credit])]
