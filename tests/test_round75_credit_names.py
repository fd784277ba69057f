"""Names read out of credits several outlets print alike (round 75), each a list in markers.yaml.

- "CJ", the Burmese outlets' citizen journalist, names no one, as "Reader" (placeholders, standalone_credits);
- "PU" opens a Slovenian or Croatian police administration's name, as "PGD" a fire brigade's (organisation_words);
- "Community" names a residents' or online group, after the platform it posted on or alone (organisation_words);
- "事務所", "役場", "役所" close a Japanese office's name before "提供" (organisation_endings).
- a word naming no one, "de" and whose ("Lector de HERALDO", "Familia de Ana") names no one (credit_part_reader.py).
"""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page


@pytest.mark.parametrize("credit, photographers, agencies", [
    ("CJ", [], []),
    ("Reuters/CJ", [], ["Reuters"]),
    ("CJ Smith", ["CJ Smith"], []),  # initials opening a name stay the name's
    ("PU Celje", [], ["PU Celje"]),
    ("PU zagrebačka", [], ["PU zagrebačka"]),
    ("Telegram/Tampines West Community", [], ["Telegram", "Tampines West Community"]),
    ("Facebook/Kampung Chai Chee Community", [], ["Facebook", "Kampung Chai Chee Community"]),
    ("県大町建設事務所提供", [], ["県大町建設事務所"]),
    ("白馬村役場提供", [], ["白馬村役場"]),
    ("市役所提供", [], ["市役所"]),
    ("読者提供", [], []),
])
def test_parse_credit_round75_names(credit: str, photographers: list[str], agencies: list[str]) -> None:
    read = parse_credit(credit)
    assert (read.photographers, read.agencies) == (photographers, agencies), credit


@pytest.mark.parametrize("line, caption", [
    ("Residents carry their belongings along a flooded road on Tuesday. / CJ",
     "Residents carry their belongings along a flooded road on Tuesday."),
    ("A boat ferries villagers across a submerged field near Kyauktaga. (Photo: CJ)",
     "A boat ferries villagers across a submerged field near Kyauktaga."),
])
def test_citizen_journalist_closing_a_caption_is_a_credit_naming_no_one(line: str, caption: str) -> None:
    page = f"Floods in Bago\n\n{line}\n\nThe water was expected to recede by the weekend.\n"
    photos = parse_page(page).photos
    assert [(p.caption, p.credit.raw, p.credit.photographers, p.credit.agencies) for p in photos] == [
        (caption, "CJ", [], [])], line


def test_the_letters_in_prose_make_no_credit() -> None:
    page = "Floods in Bago\n\nThe CJ network sent in pictures from the flooded wards of Bago on Monday.\n"
    assert parse_page(page).photos == []


@pytest.mark.parametrize("credit, photographers, agencies", [
    ("Lector de HERALDO", [], []),
    ("Lettore del Tirreno", [], []),
    ("Leitor do Estadão", [], []),
    ("Familia de Juan Pérez", [], []),
    ("Juan de la Cruz", ["Juan de la Cruz"], []),  # a name with its particle stays one
    ("Marta Giménez", ["Marta Giménez"], []),
])
def test_parse_credit_a_placeholder_of_someone_names_no_one(credit: str, photographers: list[str],
                                                            agencies: list[str]) -> None:
    # "a reader of the paper", "the family of the person": a word naming no one, "de" and whose; the capitals
    # after "de" made the phrase a person's name
    read = parse_credit(credit)
    assert (read.photographers, read.agencies) == (photographers, agencies), credit


@pytest.mark.parametrize("credit, agencies", [
    ("Fotógrafo de EFE", ["EFE"]),            # review 39: a wire's own staff, unnamed: the wire is the source
    ("Corresponsal de Reuters", ["Reuters"]),
    ("Fotógrafa da Agência Brasil", ["Agência Brasil"]),
    ("Lector de El País", []),                # a paper's reader: the paper is no source
])
def test_parse_credit_a_placeholder_of_a_wire_keeps_the_wire(credit: str, agencies: list[str]) -> None:
    read = parse_credit(credit)
    assert (read.photographers, read.agencies) == ([], agencies), credit
