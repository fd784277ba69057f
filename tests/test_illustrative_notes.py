"""A note saying a picture only illustrates the story, printed as a line of its own (round 73, from Delfi's and
Tasnim's dumps): the picture's whole caption as printed, under its credit or alone with no credit (markers.yaml
illustrative_notes). The same words inside a sentence, or as a lead-in before a name, are no such note.
"""
from __future__ import annotations

from pathlib import Path

from captions import parse_page

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "illustrative-note-caption.txt"

PERSIAN = """ date 2026-01-10 جامعه
بارش برف در جاده کندوان

متن خبر درباره برف در جاده کندوان است.

عکس تزئینی است

ادامه متن خبر درباره راهداران.
"""


def test_an_illustrative_note_under_its_credit_is_the_pictures_caption():
    photos = parse_page(EXAMPLE.read_text(encoding="utf-8")).photos
    assert [(p.caption, p.credit.raw if p.credit else None) for p in photos] == [
        ("Strādnieki uzstāda norobežojumus pie tilta otrdienas rītā.", "Anna Kalniņa/LETA"),
        ("Ilustratīvs attēls", "LETA"),
    ]


def test_a_decorative_picture_note_alone_is_a_picture_with_no_credit():
    (photo,) = parse_page(PERSIAN).photos
    assert (photo.caption, photo.credit) == ("عکس تزئینی است", None)


def test_the_words_in_a_sentence_mark_no_picture():
    page = PERSIAN.replace("عکس تزئینی است", "این عکس تزئینی است و از آرشیو آمده است.")
    assert parse_page(page).photos == []


def test_a_note_right_over_a_caption_is_its_alt_line_not_a_picture():
    """Review 38: "Illustrative image" printed over a caption and its credit is that picture's alt text, as any
    line there; read as a caption it made a second picture."""
    page = """ date 2026-04-02 World
Bridge closed after cracks found in its piers

The council closed the old bridge on Tuesday after engineers found cracks.

Illustrative image
A worker fences off the bridge on Tuesday morning. Photo: Reuters

Repairs could last until the end of summer, a spokesman said.
"""
    (photo,) = parse_page(page).photos
    assert (photo.description, photo.caption, photo.credit.raw) == (
        "Illustrative image", "A worker fences off the bridge on Tuesday morning.", "Reuters")


def test_a_note_under_a_captions_credit_is_no_picture_of_its_own():
    """Review 38: the note printed in a caption's block, under its credit or under a caption closing with one, is a
    remark on that picture; read as a caption it made a second picture for each."""
    page = """ date 2026-04-02 Mundo
Cierran el puente viejo por grietas en sus pilares

El ayuntamiento cerró el martes el puente viejo tras hallar grietas.

Obreros colocan vallas junto al puente el martes por la mañana.
Foto: EFE
Foto ilustrativa

Las obras podrían durar hasta el final del verano.

Un camión cruza el puente nuevo. Foto: Reuters
Imagen ilustrativa

El tráfico se desvía por la circunvalación.
"""
    assert [(p.caption, p.credit.raw) for p in parse_page(page).photos] == [
        ("Obreros colocan vallas junto al puente el martes por la mañana.", "EFE"),
        ("Un camión cruza el puente nuevo.", "Reuters"),
    ]
