"""A body's name alone after a caption's full stop is its credit on a page closing its captions so.

Every page here is invented for its test. A photo is shown as (caption, raw credit).
"""
from __future__ import annotations

from captions import parse_page

HEAD = "Ófærð á Holtavörðuheiði\n\nAnna Lilja skrifar\n"
HABIT = ("Flutningabílar bíða við Brú í Hrútafirði eftir opnun. Vísir/Ragnar\n\n"
         "Sjálfboðaliðar taka á móti ökumönnum í Borgarnesi. Aðsend\n\n")


def found(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


def test_a_name_after_the_full_stop_closes_a_caption_where_two_known_credits_show_the_habit() -> None:
    page = HEAD + HABIT + "Snjóruðningstæki við Bröttubrekku í morgun. Vegagerðin\n"
    assert found(page)[2] == ("Snjóruðningstæki við Bröttubrekku í morgun.", "Vegagerðin")


def test_with_one_known_credit_the_page_shows_no_habit() -> None:
    page = HEAD + "Flutningabílar bíða við Brú í Hrútafirði eftir opnun. Vísir/Ragnar\n\n" \
        + "Snjóruðningstæki við Bröttubrekku í morgun. Vegagerðin\n"
    assert found(page) == [("Flutningabílar bíða við Brú í Hrútafirði eftir opnun.", "Vísir/Ragnar")]


def test_a_stop_closing_an_abbreviation_or_a_sentence_after_it_is_no_credits_start() -> None:
    page = HEAD + HABIT + ("The plume is seen from orbit. Courtesy @Orbit_Desk/Intl. Space Station\n\n"
                           "Vegurinn var opnaður aftur klukkan tíu. Það tók tíma.\n")
    # never "Space Station" after the abbreviation's stop; since round 91 the whole, "Courtesy" before names joined
    # by a slash, is the caption's credit (tests/test_round91_abbreviated_bodies.py)
    assert [credit for _, credit in found(page)] == ["Vísir/Ragnar", "Aðsend", "Courtesy @Orbit_Desk/Intl. Space Station"]


def test_a_name_closing_a_paragraph_of_two_sentences_is_no_credit() -> None:
    # review 33: a story's paragraph signed by its writer on the same line is no caption
    page = HEAD + HABIT + "Vegurinn var lokaður í alla nótt. Björgunarsveitir voru kallaðar út. Anna Lilja\n"
    assert [credit for _, credit in found(page)] == ["Vísir/Ragnar", "Aðsend"]


def test_a_stop_after_a_short_capitalised_word_is_no_sentences_end() -> None:
    # review 33: "St." cut "Kantonspolizei St. Gallen" to the credit "Gallen"
    page = HEAD + HABIT + "Helfer räumen den Schlamm bei der Kirche weg. Kantonspolizei St. Gallen\n"
    assert "Gallen" not in [credit for _, credit in found(page)]
