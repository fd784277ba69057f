"""The first text under a page's head, right over the lead caption, as round 73 read it from the dumps41 pages
(The Irrawaddy, Heraldo): the standfirst's place. It is the lead picture's alt text only where the page's other
pictures show that its dump carries alt text (an alt line printed again at a caption's start); where the only other
line over a caption is the story's paragraph, it is the standfirst and no picture's description.
"""
from __future__ import annotations

from pathlib import Path

from captions import parse_page

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "lead-alt-first-text.txt"

STANDFIRST = """ date 2026-03-04 Ciudad
El viento derriba una veintena de árboles en Valdecorva y obliga a cerrar los parques

Los bomberos atendieron más de cuarenta avisos entre la noche del lunes y la mañana del martes
Un álamo caído sobre la acera de la avenida del Puerto, este martes por la mañana.
Foto: Marta Ibáñez

Las rachas llegaron a 98 kilómetros por hora en el aeropuerto, según la Agencia Estatal de Meteorología.

El Ayuntamiento cerró los parques del centro hasta nueva orden y pidió no aparcar junto a los árboles.
Operarios municipales retiran las ramas de un pino caído en el parque Grande.
Foto: Ayuntamiento de Valdecorva

Un contenedor volcado por el viento en la calle Mayor.
Foto: Lector de El Diario

La policía local cortó el paso por el puente de Hierro durante dos horas.

Un coche con el techo hundido tras la caída de una rama en la plaza de Aragón.
Foto: Policía Local
"""


def test_the_lead_alt_line_as_first_text_is_its_description_where_the_page_prints_alt_text():
    photos = parse_page(EXAMPLE.read_text(encoding="utf-8")).photos
    assert [p.description for p in photos] == [
        "Villagers carry their goats across a flooded field", None, "Rafts ferry rice sacks to a monastery"]


def test_the_same_line_on_a_page_printing_no_alt_text_is_the_standfirst():
    page = EXAMPLE.read_text(encoding="utf-8").replace("Rafts ferry rice sacks to a monastery\n", "", 1)
    assert [p.description for p in parse_page(page).photos] == [None, None, None]


def test_a_standfirst_over_the_lead_caption_is_no_description_where_the_other_line_over_a_caption_is_a_paragraph():
    photos = parse_page(STANDFIRST).photos
    assert [(p.description, p.caption) for p in photos] == [
        (None, "Un álamo caído sobre la acera de la avenida del Puerto, este martes por la mañana."),
        (None, "Operarios municipales retiran las ramas de un pino caído en el parque Grande."),
        (None, "Un contenedor volcado por el viento en la calle Mayor."),
        (None, "Un coche con el techo hundido tras la caída de una rama en la plaza de Aragón."),
    ]
