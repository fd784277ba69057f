"""Credit words of more of the world's press (round 70).

Azerbaijani agencies credit a body's handout to its press service, "FHN-in mətbuat xidməti", in lower case after
the body's name, as Uzbek papers print "matbuot xizmati". Central American papers credit a picture taken from
elsewhere "Tomada de" its source: "Tomada de redes sociales" names no one, "Tomada de Facebook" the platform. A
state daily's "(Latest Update November 30, 2026)" under the byline is the page's date stamp, no credit.
"""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page


def test_a_press_service_in_brackets_closing_an_unstopped_caption() -> None:
    page = """Şəkidə güclü külək

Gecə saatlarında şəhərdə güclü külək əsib. Bir neçə evin damı zədələnib.

Xilasedicilər yola aşan ağacı kəsir (Foto: FHN-in mətbuat xidməti)

Son abzas burada. Yollar açıqdır.
"""
    photos = parse_page(page).photos
    assert [(p.caption, p.credit.raw, p.credit.agencies) for p in photos] == [
        ("Xilasedicilər yola aşan ağacı kəsir", "FHN-in mətbuat xidməti", ["FHN-in mətbuat xidməti"])]


@pytest.mark.parametrize("line", [
    "Nazirliyin mətbuat xidməti bildirib ki, yollar açıqdır.",
    "Sakinlər təxliyə edilib (mətbuat xidməti)",
])
def test_a_press_service_in_prose_credits_no_picture(line: str) -> None:
    page = f"Başlıq burada\n\nİlk abzas burada. Yollar bağlıdır.\n\n{line}\n\nSon abzas burada.\n"
    assert parse_page(page).photos == [], line


@pytest.mark.parametrize("raw, agencies", [
    ("Tomada de redes sociales", []),
    ("Tomada de Facebook", ["Facebook"]),
    ("Tomadas de Canal 10", ["Canal 10"]),
])
def test_taken_from_names_its_source_only(raw: str, agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.raw, credit.photographers, credit.agencies) == (raw, [], agencies)


def test_taken_from_social_networks_after_a_caption() -> None:
    page = """Deslave bloquea la carretera

Un deslave bloqueó la carretera tras dos días de lluvias.

Maquinaria retira tierra de la vía. Foto: Tomada de redes sociales

Los conductores esperaron más de tres horas.
"""
    photos = parse_page(page).photos
    assert [(p.caption, p.credit.raw, p.credit.agencies) for p in photos] == [
        ("Maquinaria retira tierra de la vía.", "Tomada de redes sociales", [])]


@pytest.mark.parametrize("stamp", ["(Latest Update November 30, 2026)", "(Last updated 30/11/2026 09:40)",
                                   "(Updated: November 30, 2026)"])
def test_an_update_stamp_in_brackets_is_no_credit(stamp: str) -> None:
    page = f"""Farmers harvest early as river keeps rising
Khamphone Sisouk
{stamp}

Farmers began harvesting rice two weeks early on Sunday as the river kept rising.

The provincial office said the water would stay high until Wednesday.
"""
    assert parse_page(page).photos == [], stamp


def test_a_screen_grab_before_its_channel_alone_on_a_line_is_a_picture() -> None:
    page = """Un éboulement coupe la route

Un pan de colline s'est effondré dans la nuit. Personne n'a été blessé.

Des riverains dégagent la chaussée à la pelle. © Paul MBARGA / CT

Le sous-préfet a annoncé la fermeture de la route.

Capture d'écran CRTV

Les travaux de déblaiement ont commencé mardi matin.

Le maire s'adresse aux sinistrés devant la mairie (Capture d'écran)
"""
    photos = parse_page(page).photos
    assert [(p.caption, p.credit.raw, p.credit.agencies) for p in photos] == [
        ("Des riverains dégagent la chaussée à la pelle.", "Paul MBARGA / CT", ["CT"]),
        (None, "Capture d'écran CRTV", ["CRTV"]),
        ("Le maire s'adresse aux sinistrés devant la mairie", "Capture d'écran", []),
    ]
