"""Bodies that are not the press, crediting the pictures they hand out, as the press of many languages prints them
(round 61): UN agencies and other international bodies, the Red Cross and Red Crescent, NGOs, sports bodies and
space agencies. Each is a known agency (agencies.yaml) with its kind, `government` for intergovernmental bodies and
space agencies, `organisation` for NGOs, the Red Cross and sports bodies, and its country, none for international
ones; a variant is named as printed. Every text here is invented.
"""
from __future__ import annotations

import pytest

from captions import load_registry, parse_credit, parse_page, split_caption_credit


@pytest.mark.parametrize("line, credit, agency, kind, country", [
    ("A nurse weighs a baby in Maiduguri. Photo: UNICEF", "UNICEF", "UNICEF", "government", None),
    ("Des volontaires à Goma. Photo : Croix-Rouge", "Croix-Rouge", "Red Cross", "organisation", None),
    ("Voluntarios en Arguineguín. Foto: Cruz Roja", "Cruz Roja", "Red Cross", "organisation", None),
    ("Helfer in Passau. Foto: Deutsches Rotes Kreuz", "Deutsches Rotes Kreuz", "Deutsches Rotes Kreuz",
     "organisation", "DE"),
    ("Un medico ad Aden. Foto: Medici Senza Frontiere", "Medici Senza Frontiere", "Médecins Sans Frontières",
     "organisation", None),
    ("Wolontariusze w Przemyślu. Fot. Polski Czerwony Krzyż", "Polski Czerwony Krzyż", "Polski Czerwony Krzyż",
     "organisation", "PL"),
    ("Рятувальники в Херсоні. Фото: Червоний Хрест", "Червоний Хрест", "Red Cross", "organisation", None),
    ("Ekipler deprem bölgesinde. Fotoğraf: Kızılay", "Kızılay", "Türk Kızılay", "organisation", "TR"),
    ("Trucks enter Darfur. Photo: World Food Programme", "World Food Programme", "World Food Programme",
     "government", None),
    ("Inspectors at the plant. Photo: IAEA Imagebank", "IAEA Imagebank", "IAEA", "government", None),
    ("La Tierra desde la Estación Espacial. Imagen: Agencia Espacial Europea", "Agencia Espacial Europea",
     "European Space Agency", "government", None),
    ("Спутник на космодроме Восточный. Фото: Роскосмос", "Роскосмос", "Roscosmos", "government", "RU"),
    ("Soldiers at the summit in Vilnius. Photo: NATO", "NATO", "NATO", "government", None),
    ("Activists on the oil platform. Photo: Greenpeace", "Greenpeace", "Greenpeace", "organisation", None),
], ids=["en-unicef", "fr-red-cross", "es-red-cross", "de-red-cross", "it-msf", "pl-red-cross", "uk-red-cross",
        "tr-red-crescent", "en-wfp", "en-iaea", "es-esa", "ru-roscosmos", "en-nato", "en-greenpeace"])
def test_a_body_that_handed_out_a_picture_is_a_known_agency_with_its_kind_and_country(
        line: str, credit: str, agency: str, kind: str, country: str | None) -> None:
    assert split_caption_credit(line)[1] == credit, line
    read = parse_credit(credit)
    assert (read.photographers, read.agencies) == ([], [credit]), credit
    known = load_registry().recognise(credit)
    assert known is not None and (known.name, known.kind, known.country) == (agency, kind, country), credit


def test_a_body_with_its_photographer_and_through_a_wire() -> None:
    read = parse_credit("UNICEF/Amina Bello")
    assert (read.photographers, read.agencies) == (["Amina Bello"], ["UNICEF"])
    read = parse_credit("FIFA via Getty Images")
    assert (read.agencies, read.via) == (["FIFA", "Getty Images"], ["Getty Images"])


def test_bodies_named_again_in_brackets_inside_a_paragraph_are_prose_not_a_gallery_run_onto_one_line() -> None:
    paragraph = ("A girl carries water in a camp run by the UN refugee agency (UNHCR) near Goma on May 2. "
                 "Aid workers of the Red Cross (ICRC) said the camp was full, and Doctors Without Borders (MSF) "
                 "opened a clinic.")
    text = f"Camps fill up near Goma\n\n{paragraph}\n\nThe rains are expected to last until June.\n"
    assert parse_page(text, id="goma").photos == []


_STORY = ("Camps fill up near Goma\n\nBy Jo Li\n\nThe rains displaced thousands of families in North Kivu on Monday.\n\n"
          "{line}\n\nAid workers said the roads were cut. More rain is expected this week.\n")


@pytest.mark.parametrize("line", [
    "Families waited for food at a camp run by the UN refugee agency (UNHCR)",
    "Families waited for food at a camp run by Doctors Without Borders (MSF)",
])
def test_a_bodys_acronym_in_brackets_closing_a_line_of_prose_glosses_it_and_credits_no_picture(line: str) -> None:
    assert parse_page(_STORY.format(line=line), id="goma").photos == []


def test_a_press_agencys_name_in_brackets_closing_the_same_line_is_a_credit() -> None:
    line = "Families waited for food at a camp near Goma (AFP)"
    photo, = parse_page(_STORY.format(line=line), id="goma").photos
    assert photo.caption == "Families waited for food at a camp near Goma"
    assert photo.credit is not None and photo.credit.raw == "AFP"


@pytest.mark.parametrize("tag", ["NATO", "European Union", "WFP"])
def test_a_bodys_name_alone_on_a_line_among_a_pages_topics_is_a_tag_not_a_credit(tag: str) -> None:
    text = _STORY.format(line="Officials said more help was needed.") + f"\nTopics\n\nFloods\n\n{tag}\n\nAfrica\n"
    assert parse_page(text, id="goma").photos == []
