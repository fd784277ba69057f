"""Conventions of scripts and typography many outlets share (round 48, from knowledge; no measuring page read).

A script whose print has no capitals though Unicode gives it case (Georgian Mkhedruli), typographic forms of a
marker's apostrophe, space and colon (French "d’illustration", "Photo : Name"), a file-photo marker alone in
brackets in Spanish, Portuguese and Italian, and a headline's picture mark in square brackets and capitals.
"""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page, split_caption_credit
from captions.text import cased, caseless, marker_form


@pytest.mark.parametrize("letter, no_capitals", [
    ("ა", True),   # Georgian Mkhedruli: Ll in Unicode, printed with no capitals
    ("Ა", True),   # Georgian Mtavruli: an all-capitals display style of the same letters
    ("Ꭰ", True),   # Cherokee: printed in the letters Unicode calls capitals
    ("م", True), ("א", True), ("中", True), ("क", True),
    ("A", False), ("ա", False), ("Ж", False), ("𞤢", False),  # Latin, Armenian, Cyrillic, Adlam have capitals
])
def test_scripts_printed_with_no_capitals(letter, no_capitals):
    assert caseless(letter) is no_capitals
    assert cased(letter) is not no_capitals


@pytest.mark.parametrize("text, caption, credit, photographers", [
    ("ბავშვები თამაშობენ ახალ პარკში, თბილისი. ფოტო: ნინო ბერიძე", "ბავშვები თამაშობენ ახალ პარკში, თბილისი.",
     "ნინო ბერიძე", []),
    ("მოხალისეები რგავენ ხეებს. ფოტოს ავტორი: გიორგი კაპანაძე", "მოხალისეები რგავენ ხეებს.",
     "გიორგი კაპანაძე", ["გიორგი კაპანაძე"]),
    ("أطفال يلعبون في الحديقة. تصوير: محمد سالم", "أطفال يلعبون في الحديقة.", "محمد سالم", ["محمد سالم"]),
], ids=["georgian-photo", "georgian-author", "arabic-alike"])
def test_a_name_in_georgian_after_a_leadin_is_read_as_one_in_arabic(text, caption, credit, photographers):
    assert split_caption_credit(text) == (caption, credit)
    page = parse_page(f" 2025-04-12\nსათაური აქ არის\n{text}\n\nტექსტი აქ არის.\n")
    assert [(p.caption, p.credit.raw, p.credit.photographers) for p in page.photos if p.credit] == [
        (caption, credit, photographers)]


def test_a_georgian_headline_is_no_lower_case_alt_text():
    page = parse_page(" თარიღი 2025-04-12\nბათუმში ახალი პარკი გაიხსნა\n"
                      "ბავშვები თამაშობენ ახალ პარკში. ფოტო: ნინო ბერიძე\n\nპარკი ყოველდღე ღიაა.\n")
    assert [(p.description, p.credit.raw if p.credit else None) for p in page.photos] == [(None, "ნინო ბერიძე")]


@pytest.mark.parametrize("text, caption, credit", [
    ("La halle rénovée, le 13 avril. Image d’illustration / AFP", "La halle rénovée, le 13 avril.",
     "Image d’illustration / AFP"),
    ("La halle rénovée, le 13 avril. Image d'illustration / AFP", "La halle rénovée, le 13 avril.",
     "Image d'illustration / AFP"),
    ("La halle rénovée, le 13 avril.\u00a0Photo\u202f: Maëlle Le Goff", "La halle rénovée, le 13 avril.",
     "Maëlle Le Goff"),
    ("La halle rénovée, le 13 avril. Photo\u00a0: Maëlle Le Goff", "La halle rénovée, le 13 avril.",
     "Maëlle Le Goff"),
    ("La halle rénovée. Photo d’archives : AFP", "La halle rénovée.", "AFP"),
    ("Il porto di Genova. Foto d’archivio: Ansa", "Il porto di Genova.", "Ansa"),
    ("A man walks in Tokyo on Monday. Photo： Kyodo", "A man walks in Tokyo on Monday.", "Kyodo"),
], ids=["curly-apostrophe", "straight-apostrophe", "narrow-space", "no-break-space", "french-archive",
        "italian-archive", "full-width-colon"])
def test_typographic_forms_match_a_marker_listed_in_plain_characters(text, caption, credit):
    assert split_caption_credit(text) == (caption, credit)


def test_the_matching_form_keeps_every_place():
    text = "Image d’illustration\u202f： AFP"
    assert marker_form(text) == "image d'illustration : afp"
    assert len(marker_form(text)) == len(text)


@pytest.mark.parametrize("caption, marker", [
    ("Grúas en el puerto de Valencia.", "Foto de archivo"),
    ("Grúas en el puerto de Valencia.", "Imagen de archivo"),
    ("Camiões à entrada do porto de Sines.", "Foto de arquivo"),
    ("Il porto di Genova visto dall'alto.", "Foto d'archivio"),
    ("Il porto di Genova visto dall'alto.", "Foto d’archivio"),
], ids=["spanish", "spanish-image", "portuguese", "italian", "italian-curly"])
def test_a_file_marker_alone_in_brackets_is_a_credit_naming_no_one(caption, marker):
    """Round 53: a file marker alone is the picture's credit, kept as printed, naming no one, as "[Handout]" is."""
    assert split_caption_credit(f"{caption} ({marker})") == (caption, marker)
    assert (parse_credit(marker).photographers, parse_credit(marker).agencies) == ([], [])


def test_archive_inside_a_sentence_is_no_credit():
    assert split_caption_credit("El alcalde visitó el archivo municipal el lunes.")[1] is None


@pytest.mark.parametrize("mark", ["[GALERIA]", "[FOTOS]", "[FOTO]", "[ZDJĘCIA]", "[VIDEO]", "[VÍDEO]",
                                  "[FOTO/VIDEO]", "[Galeria]"])
def test_a_headlines_picture_mark_in_square_brackets_is_no_credit(mark):
    text = f"Feira do livro regressa ao Parque Eduardo VII {mark}"
    assert split_caption_credit(text) == (text, None)


def test_an_agency_in_square_brackets_is_still_a_credit():
    assert split_caption_credit("Visitors at the book fair in Lisbon. [AFP]") == (
        "Visitors at the book fair in Lisbon.", "AFP")


@pytest.mark.parametrize("credit, agencies", [
    ("თბილისის მერიის პრესსამსახური", ["თბილისის მერიის პრესსამსახური"]),   # the city hall's press service
    ("საქართველოს პრეზიდენტის ადმინისტრაცია", ["საქართველოს პრეზიდენტის ადმინისტრაცია"]),
    ("ინტერპრესნიუსი", ["ინტერპრესნიუსი"]),   # Interpressnews, a known agency, kept as printed
    ("ნინო ბერიძე", []),   # a name no list knows: a person's or a body's, the letters cannot say
])
def test_a_georgian_body_after_photo_is_an_agency(credit, agencies):
    page = parse_page(f" 2025-04-12\nსათაური აქ არის\nბავშვები თამაშობენ პარკში. ფოტო: {credit}\n\nტექსტი აქ არის.\n")
    assert [(p.credit.raw, p.credit.agencies) for p in page.photos if p.credit] == [(credit, agencies)]
