"""A credit alone under a sentence closed by its full stop, on a page whose captions glued to their credit end with
none, is a picture with no caption, whatever closes the page (round 126).

La Vanguardia and Estadão print "<caption> (Name)", "<caption> Foto: Name" with no full stop, and the story's
paragraphs with one: a reader tells the paragraph over a credit alone from a caption by that habit, not by its
length. A gallery closing the page prints its slides the same way and changes nothing above it; a gallery opened
above the line still keeps each slide's caption as typed. Every line here is written for these tests.
"""
from __future__ import annotations

from pathlib import Path

from captions import parse_page

EXAMPLE = Path(__file__).parent.parent / "examples" / "credit-alone-under-stopped-paragraph-over-gallery.txt"
HEAD = " date 2026-05-09 Comarcas\nLa feria del vino cierra con 40.000 visitantes\nIrene Castañer\nCompartir\n"
CAPTIONS = ("Visitantes recorren los puestos de la plaza Mayor (Pau Ribera)\n"
            "Las bodegas calculan que han servido más de 90.000 copas en tres días.\n"
            "Una enóloga explica las variedades de la zona (Marta Oller / Agencia Sur)\n")
PARAGRAPH = "La concejala de Turismo ha atribuido el éxito al buen tiempo y a los autobuses lanzadera."
GALLERY = ("Ver galería\n1 / 2\nDos vecinos brindan en la terraza de la bodega (Pau Ribera)\n"
           "2 / 2\nEl grupo de música abre el desfile por la calle Ancha (Joan Marí / Agencia Sur)\n")


def _read(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


def test_the_example_page_reads_its_lone_credit_as_a_picture_with_no_caption() -> None:
    assert (None, "Nando Gil / Agencia Sur") in _read(EXAMPLE.read_text(encoding="utf-8"))


def test_a_stopped_sentence_over_a_lone_credit_above_a_closing_gallery_is_the_storys() -> None:
    page = HEAD + CAPTIONS + f"{PARAGRAPH}\n(Nando Gil / Agencia Sur)\nLos hoteles colgaron el cartel de completo.\n"
    assert _read(page + GALLERY)[2] == (None, "Nando Gil / Agencia Sur")


def test_furniture_between_the_glued_caption_and_the_paragraph_changes_nothing() -> None:
    page = HEAD + CAPTIONS + f"Publicidad\n{PARAGRAPH}\n(Nando Gil / Agencia Sur)\n" + GALLERY
    assert _read(page)[2] == (None, "Nando Gil / Agencia Sur")


def test_in_a_gallery_opened_above_the_line_a_stopped_caption_keeps_its_credit() -> None:
    """Each slide's caption as its writer typed it: one closed by a full stop among unstopped ones is still one."""
    slide = "Una niña lee sentada junto a una parada de la calle Pelai."
    page = HEAD + CAPTIONS + GALLERY + f"{slide}\n(Nando Gil / Agencia Sur)\n"
    assert (slide, "Nando Gil / Agencia Sur") in _read(page)
