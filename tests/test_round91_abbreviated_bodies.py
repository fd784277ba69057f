"""Bodies named by an abbreviated word inside a credit (round 91): "Intl. Space Station", "Natl. Weather Service",
"Dept. of Transportation", as US papers and wires print them. The stop after the abbreviation ends no sentence and
makes the name a body's; "Courtesy" before names joined by slashes marks the credit as it does before one name.
Every line here is written for these tests."""
from __future__ import annotations

import pytest

from captions import parse_page
from captions.parse.credit import parse_credit

HEAD = "Storm season in pictures\n\nWaves break over the sea wall at Port Calder. REUTERS/Mara Quinn\n"
TAIL = "Volunteers fill sandbags outside the town hall in Bellmont. REUTERS/Leo Park\n"
CAPTION = "The storm's eye is seen over the gulf from a weather satellite on Tuesday."


def _second(credit: str) -> tuple[str | None, str | None, list[str], list[str]]:
    photos = parse_page(f"{HEAD}{CAPTION} {credit}\n{TAIL}").photos
    p = photos[1]
    return (p.caption, p.credit.raw if p.credit else None, list(p.credit.photographers) if p.credit else [],
            list(p.credit.agencies) if p.credit else [])


@pytest.mark.parametrize("credit, photographers, agencies", [
    ("NASA/Intl. Space Station", [], ["NASA", "Intl. Space Station"]),
    ("Ida Varga/Dept. of Transportation", ["Ida Varga"], ["Dept. of Transportation"]),
    ("Ida Varga/Natl. Weather Service", ["Ida Varga"], ["Natl. Weather Service"]),
])
def test_a_body_abbreviated_in_a_credit_closing_a_caption(credit: str, photographers: list[str],
                                                          agencies: list[str]) -> None:
    assert _second(credit) == (CAPTION, credit, photographers, agencies)


def test_courtesy_before_an_account_and_a_body_joined_by_a_slash() -> None:
    credit = "Courtesy @Gulf_Watch/Intl. Space Station"
    assert _second(credit) == (CAPTION, credit, [], ["@Gulf_Watch", "Intl. Space Station"])


def test_the_abbreviated_word_alone_makes_a_body_of_the_name() -> None:
    assert list(parse_credit("Natl. Park Service").agencies) == ["Natl. Park Service"]
    assert list(parse_credit("Natl. Park Service").photographers) == []


def test_a_sentence_ending_before_a_wire_stays_prose() -> None:
    # "Trump." is no abbreviation: the stop ends the sentence, the name before it no credit's
    assert parse_credit("Donald Trump. REUTERS").photographers == []


@pytest.mark.parametrize("credit", ["Acme Co. Reuters", "John Smith Jr. AP"])
def test_a_stop_after_another_abbreviation_names_no_person(credit: str) -> None:
    # review 50: only an organisation word's stop runs on inside a name; "Co." or "Jr." before a wire is no person's
    assert parse_credit(credit).photographers == []
