"""Conventions of the press seen on blind set S (issue #11, round 24): a gallery's slides named after it
("galeria-item") with the credit before the caption, a "most-read" rail's captioned teasers, one caption placing
each picture of a box of two ("Left, ...; right, ..."), jQuery Lazy Load's data-original, and credit lead-ins and
bodies of Greek, Danish, Marathi and Spanish papers ("ΦΩΤΟ:", "Arkivfoto:", "Esbjerg Havn", "Autoridad Portuaria").

Every page and credit here is written for these tests, in the styles those publishers use.
"""
from __future__ import annotations

from captions.parse.credit import parse_credit
from captions.knowledge.html_conventions import bundled_conventions
from captions.parse.html.page import read_html
from captions.parse.html.repeats import names_places
from tests.html_story import HEAD, TAIL, pictures

STORY = ("<p>Las lluvias de la última semana hicieron crecer el río hasta cubrir los accesos de tres puentes del "
         "valle, según informaron las autoridades municipales de la cabecera.</p>")


def slide(n: int, credit: str, caption: str) -> str:
    return (f'<div class="galeria-item"><img data-src="https://cdn.example/galeria-{n}.jpg" src="/img/cargando.gif" '
            f'alt=""><div class="galeria-texto"><span class="galeria-num">{n}/2</span>'
            f'<span class="galeria-credito">({credit})</span> {caption}</div></div>')


def test_slides_named_after_their_gallery_are_read_with_the_credit_before_the_caption() -> None:
    gallery = ('<section class="galeria-nota"><h3>FOTOS | El valle</h3><div class="galeria-slider">'
               + slide(1, "Foto: Rosa Maldonado", "Un camión espera a que baje el agua.")
               + slide(2, "Foto: Tomás Zepeda", "Vecinos cruzan el río en lancha.") + "</div></section>")
    assert pictures(STORY + gallery + STORY) == [("Un camión espera a que baje el agua.", "Rosa Maldonado"),
                                                 ("Vecinos cruzan el río en lancha.", "Tomás Zepeda")]


def test_a_gallery_named_box_outside_the_story_gives_no_picture() -> None:
    rail = ('<aside><div class="galeria-portadas"><div class="galeria-item"><a href="/deportes/final">'
            '<img src="https://cdn.example/final.jpg" alt=""></a><div class="galeria-texto">La final del domingo.'
            '</div></div></div></aside>')
    assert pictures(STORY + rail) == []


def test_a_most_read_rails_captioned_teaser_is_no_picture() -> None:
    rail = ('<section class="most-read"><h3>Lo más leído</h3><article class="teaser"><figure>'
            '<img src="https://cdn.example/estadio.jpg" alt="El estadio"><figcaption>El estadio (foto Luca Neri)'
            '</figcaption></figure><h4><a href="/sport/estadio">El estadio cierra</a></h4></article></section>')
    article = read_html(HEAD + STORY + TAIL.replace("</main>", "</main>" + rail))
    assert article.photos == []


def pair(caption: str, tag: str = "div") -> str:
    return ('<div class="image-pair"><div><img src="/assets/blank.gif" data-original="https://cdn.example/prin.jpg" '
            'alt="Το εργοτάξιο"></div><div><img src="/assets/blank.gif" '
            'data-original="https://cdn.example/meta.jpg" alt="Η γέφυρα"></div>'
            f'<{tag} class="image-caption">{caption}</{tag}></div>')


def test_one_caption_placing_each_of_two_pictures_goes_on_both() -> None:
    caption = "Αριστερά, το εργοτάξιο τον Μάρτιο· δεξιά, η γέφυρα την Τρίτη. Πηγή: Αττικό Μετρό"
    assert pictures(STORY + pair(caption) + STORY) == [
        ("Αριστερά, το εργοτάξιο τον Μάρτιο· δεξιά, η γέφυρα την Τρίτη.", "Αττικό Μετρό")] * 2


def test_a_caption_naming_no_second_place_stays_one_picture() -> None:
    caption = "Left, the site in March, before the bridge went up. Photo: Jo Lane"
    assert pictures(STORY + pair(caption) + STORY) == [
        ("Left, the site in March, before the bridge went up.", "Jo Lane")]


def test_places_must_open_the_caption() -> None:
    words = bundled_conventions().place_words
    assert names_places("Top, a shop owner bails water; above, children carry their shoes.", words)
    assert not names_places("The mayor, left, and her deputy, right, cut the ribbon.", words)
    assert not names_places("Right, he said; left, they answered.", frozenset({"top"}))


def test_a_story_box_of_paragraphs_and_two_images_is_not_grouped_by_a_placing_caption() -> None:
    story = ('<div class="body"><p><img src="https://cdn.example/a.jpg" alt="Boats"></p>' + STORY
             + '<p><img src="https://cdn.example/b.jpg" alt="A boatman"></p>'
             + '<p class="caption">Left, boats at the bank; right, a boatman waits. Photo: Jo Lane</p>' + STORY
             + "</div>")
    assert len(pictures(story)) == 1


def test_greek_photo_lead_in_in_capitals_is_dropped() -> None:
    assert pictures('<figure><img src="https://cdn.example/g.jpg" alt=""><figcaption>Η νέα γέφυρα. '
                    "<span>ΦΩΤΟ: ΑΠΕ-ΜΠΕ/ΝΙΚΟΣ ΑΡΒΑΝΙΤΗΣ</span></figcaption></figure>") == [
        ("Η νέα γέφυρα.", "ΑΠΕ-ΜΠΕ/ΝΙΚΟΣ ΑΡΒΑΝΙΤΗΣ")]


def test_danish_archive_photo_is_a_lead_in() -> None:
    assert pictures('<figure><img src="https://cdn.example/d.jpg" alt=""><figcaption>Det gamle færgeleje. '
                    "<span>Arkivfoto: Søren Lykke</span></figcaption></figure>") == [
        ("Det gamle færgeleje.", "Søren Lykke")]


def test_marathi_photo_courtesy_with_a_spaced_colon_is_a_lead_in() -> None:
    assert pictures('<figure><img src="https://cdn.example/k.jpg" alt=""><figcaption>नवीन यंत्रणा. '
                    "(छायाचित्र सौजन्य : पुणे महानगरपालिका)</figcaption></figure>") == [
        ("नवीन यंत्रणा.", "पुणे महानगरपालिका")]


def test_ports_and_port_authorities_are_bodies() -> None:
    for raw in ("Thyborøn Havn", "Autoridad Portuaria de València", "Αττικό Μετρό", "ΑΤΤΙΚΟ ΜΕΤΡΟ",
                "Strandfaraskip Landsins"):
        credit = parse_credit(raw)
        assert (credit.photographers, credit.agencies) == ([], [raw]), raw


def test_a_city_ending_in_havn_is_no_body() -> None:
    credit = parse_credit("Mads Holm/København")
    assert credit.photographers == ["Mads Holm"]
