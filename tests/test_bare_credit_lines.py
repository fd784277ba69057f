"""A bare name alone under each caption's sentence is its credit, where the page prints three or more so (round 65).

Heraldo de Aragón and other Spanish regional dailies print "<caption>." over "Laura Sanjuán" (or "Ayuntamiento de
Zaragoza"), no lead-in, no separator. One or two such pairs are a quote and its speaker, a paragraph and a
signature: no picture.
"""
from __future__ import annotations

import pytest

from captions import parse_page

HEAD = (" date 2026-11-19 Zaragoza\nUn cierzo de 104 km/h tumba medio centenar de árboles en Zaragoza\n\n"
        "El cierzo sopló con una fuerza poco habitual durante la noche del martes, según la Aemet.\n\n")
PAIRS = [
    ("Un pino caído sobre la acera del paseo de Sagasta, este miércoles por la mañana.", "Laura Sanjuán"),
    ("Los Bomberos trabajan en la retirada de ramas en la avenida de Goya.", "Ayuntamiento de Zaragoza"),
    ("Varios contenedores volcados en la calle de Delicias.", "Eduardo Pérez Rasal"),
]
PARAGRAPH = "El Ayuntamiento cerró de forma preventiva el parque Grande y pidió a los vecinos que eviten pasear.\n\n"


def _page(pairs: list[tuple[str, str]]) -> str:
    return HEAD + "".join(f"{caption}\n{name}\n\n{PARAGRAPH}" for caption, name in pairs)


def test_three_bare_names_under_sentences_are_their_captions_credits() -> None:
    photos = parse_page(_page(PAIRS)).photos
    assert [(p.caption, p.credit.raw, p.credit.photographers, p.credit.agencies) for p in photos] == [
        (PAIRS[0][0], "Laura Sanjuán", ["Laura Sanjuán"], []),
        (PAIRS[1][0], "Ayuntamiento de Zaragoza", [], ["Ayuntamiento de Zaragoza"]),
        (PAIRS[2][0], "Eduardo Pérez Rasal", ["Eduardo Pérez Rasal"], [])]


def test_two_are_no_habit() -> None:
    assert parse_page(_page(PAIRS[:2])).photos == []


def test_a_name_with_a_line_under_it_is_no_bare_credit() -> None:
    more = [*PAIRS, ("El puerto del Portalet, cerrado al tráfico este miércoles.", "Guardia Civil")]
    page = _page(more).replace("Laura Sanjuán\n\n", "Laura Sanjuán\nNoticias Relacionadas\n\n")
    assert [p.credit.raw for p in parse_page(page).photos] == [
        "Ayuntamiento de Zaragoza", "Eduardo Pérez Rasal", "Guardia Civil"]


def test_a_phrase_in_lower_case_is_no_name() -> None:
    pairs = [(caption, "Te puede interesar") for caption, _ in PAIRS]
    assert parse_page(_page(pairs)).photos == []


# Review 34: pages printing the same shape with no picture.
QUOTES = [("“Perdimos todo en una sola noche, el coche, los muebles y las fotos.”", "María López García"),
          ("“El agua entró por el suelo antes de que pudiéramos subir nada.”", "Juan Pérez"),
          ("“Nadie nos avisó, ni el Ayuntamiento ni la policía.”", "Ahmed Al Rashid")]
LETTERS = [("I was appalled by the council's decision to close the library on Saturdays.", "Margaret Evans, Cardiff"),
           ("Your report on the bypass ignored the views of those who live beside it.", "Peter Hughes, Swansea"),
           ("Thank you for your coverage of the flood and of the volunteers.", "Anne Thomas, Newport")]
DASHED = [("—Perdimos todo en una sola noche, el coche y los muebles.", "María López García"),
          ("—El agua entró por el suelo antes de que pudiéramos subir nada.", "Juan Pérez"),
          ("—Nadie nos avisó, ni el Ayuntamiento ni la policía.", "Ahmed Al Rashid")]
SUBHEADS = [("The home side started strongly and scored after ten minutes.", "Goals And Cards"),
            ("The visitors were reduced to ten men before the break.", "Man Of The Match"),
            ("The captain was named the best player on the pitch.", "What Comes Next")]
SIGNED = [("El cierzo tumbó medio centenar de árboles. Los bomberos atendieron 80 avisos.", "Laura Sanjuán"),
          ("El puerto del Portalet cerró varias horas. El tráfico quedó restablecido.", "Eduardo Pérez Rasal"),
          ("La Aemet mantiene el aviso naranja. Mañana bajará el viento.", "Marta Lasierra")]


@pytest.mark.parametrize("pairs", [QUOTES, DASHED, LETTERS, SUBHEADS, SIGNED],
                         ids=["quotes", "dashed-quotes", "letters", "subheads", "prose"])
def test_quotes_letters_subheads_and_signed_prose_are_no_pictures(pairs: list[tuple[str, str]]) -> None:
    assert parse_page(_page(pairs)).photos == []
