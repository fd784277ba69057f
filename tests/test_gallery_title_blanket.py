"""A gallery's title over its blanket credit and first slide counter (round 70).

Spanish regional dailies head a gallery with its title, a blanket credit ("Fotos: Name") and the slides, each
opened by its counter ("Foto 1 de 3"). The credit covers the slides that print none of their own; the title, a
phrase ending no sentence, is the gallery's, never a picture's caption. A blanket credit under a caption that
ends a sentence still takes that caption.
"""
from __future__ import annotations

from captions import parse_page

GALLERY = """La niebla cierra el aeropuerto

La niebla obligó este domingo a desviar seis vuelos. Los pasajeros esperaron horas.

La niebla en imágenes
Fotos: Manuel Ortega
Foto 1 de 3
Un autobús circula con las luces encendidas por la avenida.
Foto 2 de 3
La torre de la catedral apenas se distingue desde la plaza.
Foto 3 de 3
Un avión espera en la pista a que se levante la niebla. / Pablo Ríos

Comentar
"""


def test_the_title_over_a_blanket_credit_heading_a_gallery_is_no_caption() -> None:
    photos = parse_page(GALLERY).photos
    assert [(p.caption, p.credit.raw) for p in photos] == [
        ("Un autobús circula con las luces encendidas por la avenida.", "Manuel Ortega"),
        ("La torre de la catedral apenas se distingue desde la plaza.", "Manuel Ortega"),
        ("Un avión espera en la pista a que se levante la niebla.", "Pablo Ríos"),
    ]


def test_a_gallery_title_with_no_slide_credited_gives_no_picture_of_its_own() -> None:
    page = """Storm hits the coast

The storm hit the coast on Monday. Many homes lost power.

Storm aftermath in Sussex
Photos: Jane Doe
1 / 3
A man clears branches from his driveway in Hove.
2 / 3
Waves crash over the sea wall at Brighton.
"""
    assert [p.caption for p in parse_page(page).photos] == []


def test_a_blanket_credit_under_a_sentence_still_takes_it() -> None:
    page = """Storm hits the coast

The storm hit the coast on Monday. Many homes lost power.

A man clears branches from his driveway in Hove.
Photos: Jane Doe

The council said roads would reopen on Tuesday. Schools stay shut.
"""
    photos = parse_page(page).photos
    assert [(p.caption, p.credit.raw) for p in photos] == [
        ("A man clears branches from his driveway in Hove.", "Jane Doe")]


SLIDE_CAPTION_OVER_CREDIT = """La feria abre sus puertas con récord de visitantes

La feria recibió este sábado a más de 40.000 personas, según el Ayuntamiento.

Foto 1 de 3
Vista general del real desde la portada
Fotos: Manuel Ortega
Foto 2 de 3
Un grupo de jóvenes baila sevillanas en una caseta.
Foto 3 de 3
Caballos en el paseo del real.

Comentar
"""


def test_a_blanket_credit_under_a_slides_caption_heads_no_gallery() -> None:
    """Review 38: under a slide's separator the unstopped line over the credit is that slide's caption, not a
    gallery's title: the credit is over the next slide's separator, not the first one."""
    photos = parse_page(SLIDE_CAPTION_OVER_CREDIT).photos
    assert [(p.caption, p.credit.raw) for p in photos] == [
        ("Vista general del real desde la portada", "Manuel Ortega"),
        ("Un grupo de jóvenes baila sevillanas en una caseta.", "Manuel Ortega"),
        ("Caballos en el paseo del real.", "Manuel Ortega"),
    ]
