"""Conventions of set html56's pages (issue #11, round 86): credit words of more languages, a source word alone in
a caption element, a gallery of lightbox thumbnails under one credit, a gallery slide printing a figure again, and
the featured image's caption typed as the story's first paragraph.

Every page and credit here is written for these tests, in the styles those publishers use.
"""
from __future__ import annotations

import pytest

from captions import parse_credit
from captions.parse.html.page import read_html
from tests.html_story import HEAD, TAIL, credited, pictures


@pytest.mark.parametrize("caption, expected", [
    ("Le onde sul lungomare (fotoservizio Ansa)", ("Le onde sul lungomare", "Ansa", [], ["ANSA"])),
    ("Il molo dopo la mareggiata (fotoservizio Lucia Parodi)",
     ("Il molo dopo la mareggiata", "Lucia Parodi", ["Lucia Parodi"], [])),
    ("Il molo dopo la mareggiata (foto Lucia Parodi)",
     ("Il molo dopo la mareggiata", "Lucia Parodi", ["Lucia Parodi"], [])),
], ids=["fotoservizio-wire", "fotoservizio-person", "foto-person"])
def test_italian_photo_service_word_in_brackets_is_a_lead_in(caption: str, expected: tuple) -> None:
    assert credited(caption) == [expected], caption


@pytest.mark.parametrize("caption, expected", [
    ("Trageti në skelën e Komanit. Foto arkivi", ("Trageti në skelën e Komanit.", "Foto arkivi", [], [])),
    ("Le marché sous les eaux en 2023 (Ph. d’archives)", ("Le marché sous les eaux en 2023", "Ph. d’archives", [], [])),
    ("Le nouveau caniveau du marché / Ph. : Dicom MDGL",
     ("Le nouveau caniveau du marché", "Dicom MDGL", [], ["Dicom MDGL"])),
], ids=["albanian-archive-photo", "beninese-archive-photo", "communication-office"])
def test_file_photo_words_and_a_communication_office_name_no_person(caption: str, expected: tuple) -> None:
    assert credited(caption) == [expected], caption


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("رویټرز/ ارشیف", [], ["Reuters"]),
    ("ازادي راډیو/ نورالله همدرد", ["نورالله همدرد"], ["ازادي راډیو"]),
    ("Radio Azadi/Jo Li", ["Jo Li"], ["Radio Azadi"]),
    ("Fotolar: Rauf Əliyev / Numune.az", ["Rauf Əliyev"], ["Numune.az"]),
], ids=["pashto-reuters-archive", "pashto-service-then-photographer", "service-latin", "azerbaijani-photos-leadin"])
def test_parse_credit_knows_pashto_wire_names_and_the_broadcasters_services(raw: str, photographers: list,
                                                                            agencies: list) -> None:
    credit = parse_credit(raw)
    assert (list(credit.photographers), list(credit.agencies)) == (photographers, agencies), raw


@pytest.mark.parametrize("caption, credit", [
    ("ټولنیزې رسنۍ", "ټولنیزې رسنۍ"),
    ("Social media", "Social media"),
    ("Redes sociales", "Redes sociales"),
    ("Handout photo", "Handout photo"),
    ("Supplied.", "Supplied"),
], ids=["pashto-social-media", "social-media", "spanish-social-media", "handout-photo", "supplied"])
def test_a_caption_element_holding_a_source_word_alone_is_a_credit_naming_no_one(caption: str, credit: str) -> None:
    assert credited(caption) == [(None, credit, [], [])], caption


def test_a_caption_opening_with_a_source_word_stays_a_caption() -> None:
    caption = "Social media posts showed the flooded underpass."
    assert pictures(f'<figure><img src="https://img.example.org/1.jpg" alt=""><figcaption>{caption}</figcaption></figure>') \
        == [(caption, None)]


def _lightbox(credit: str, alt: str = "Snow in the hills - PHOTOS", linked: bool = True) -> str:
    def item(n: int) -> str:
        img = f'<img src="https://cdn.example.org/2026/11/q{n}-thumb.jpg" alt="{alt}">'
        inner = f'<a href="https://cdn.example.org/2026/11/q{n}.jpg" data-fancybox="gallery">{img}</a>' if linked else img
        return f'<div class="photo-gallery__item">{inner}</div>'
    return (f'<p>Snow fell on the hill villages overnight and closed two passes.</p><p>The police asked drivers to '
            f'take care on the mountain roads this week.</p><div class="photo-gallery">{item(1)}{item(2)}{item(3)}'
            f'<div class="photo-gallery__source">{credit}</div></div>')


@pytest.mark.parametrize("credit, raw", [
    ("Fotolar: Rauf Əliyev / Numune.az", "Rauf Əliyev / Numune.az"),
    ("Photos: Jo Li/Example Times", "Jo Li/Example Times"),
], ids=["azerbaijani-plural", "english-plural"])
def test_each_lightbox_thumbnail_of_a_gallery_takes_its_one_credit_line(credit: str, raw: str) -> None:
    assert pictures(_lightbox(credit)) == [(None, raw)] * 3, credit


def test_images_of_a_gallery_box_in_no_link_of_their_own_stay_one_picture() -> None:
    # no lightbox: the same alt text on three images may be three crops of one picture, read once as before
    assert pictures(_lightbox("Photos: Jo Li/Example Times", linked=False)) == [(None, "Jo Li/Example Times")]


def _slide(n: int, caption: str, credit: str) -> str:
    return (f'<div class="gallery-embed__item"><img src="https://img.example.org/c/1.55{n}/g{n}.jpg" alt="">'
            f'<p class="gallery-embed__caption"><span class="gallery-embed__counter">{n}/3</span> {caption} '
            f'<span class="gallery-embed__credit">({credit})</span></p></div>')


_LEAD = ('<figure class="story__media"><img src="https://img.example.org/c/1.5501:1761/harbour-road.jpg" alt="">'
         '<figcaption class="story__media-caption">Cars stranded on the harbour road this morning '
         '(Photo: Dana Reyes/Example Wire)</figcaption></figure>')
_STORY = ('<p>The storm pushed sea water over the harbour wall shortly after high tide, closing the road.</p>'
          '<p>Council crews reopened one lane by noon and warned drivers to expect delays.</p>')


def test_a_gallery_slide_printing_a_figure_again_from_its_own_file_is_that_picture() -> None:
    gallery = ('<section class="gallery-embed">' + _slide(1, "Waves break over the harbour wall", "Photo: Example Wire")
               + _slide(2, "Cars stranded on the harbour road this morning", "Photo: Dana Reyes/Example Wire")
               + "</section>")
    assert pictures(_LEAD + _STORY + gallery) == [
        ("Cars stranded on the harbour road this morning", "Dana Reyes/Example Wire"),
        ("Waves break over the harbour wall", "Example Wire")]


def test_a_caption_and_credit_a_gallery_prints_on_more_pictures_are_a_groups() -> None:
    # printed three times, once outside the gallery and twice in it: a caption covering several pictures
    again = "Cars stranded on the harbour road this morning"
    gallery = ('<section class="gallery-embed">' + _slide(1, again, "Photo: Dana Reyes/Example Wire")
               + _slide(2, again, "Photo: Dana Reyes/Example Wire") + "</section>")
    assert pictures(_LEAD + _STORY + gallery) == [(again, "Dana Reyes/Example Wire")] * 3


def test_two_figures_outside_a_gallery_with_one_caption_and_credit_stay_two() -> None:
    second = _LEAD.replace("harbour-road.jpg", "harbour-road-2.jpg").replace("1.5501:1761", "1.5502:1761")
    assert pictures(_LEAD + _STORY + second) == [
        ("Cars stranded on the harbour road this morning", "Dana Reyes/Example Wire")] * 2


def _featured(opening: str) -> str:
    return ('<div id="mvp-post-feat-img" itemprop="image" itemscope itemtype="https://schema.org/ImageObject">'
            '<img width="1000" height="600" src="https://www.example.co.zm/wp-content/uploads/2026/08/STALLS.jpg" alt="">'
            '<meta itemprop="url" content="https://www.example.co.zm/wp-content/uploads/2026/08/STALLS.jpg"></div>'
            f'<div id="mvp-content-main">{opening}<p>MORE than 1,500 traders have returned to Soweto Market after the '
            'council completed the rebuilding of stalls destroyed by fire in March.</p><p>The council said the new '
            'stalls have fire extinguishers and wider walkways between the rows.</p></div>')


def test_the_italic_first_paragraph_closing_with_a_credit_is_the_featured_images_caption() -> None:
    opening = "<p><em>TRADERS arrange vegetables at Soweto Market in Lusaka yesterday. PICTURE: JOSEPH MWALE</em></p>"
    assert pictures(_featured(opening)) == [
        ("TRADERS arrange vegetables at Soweto Market in Lusaka yesterday.", "JOSEPH MWALE")]


@pytest.mark.parametrize("opening", [
    "<p><em>This story was updated on Tuesday with the council's figures.</em></p>",  # an editor's note: no credit
    "<p><em>Traders returned to the market on Monday, the council said. (Reuters)</em></p>",  # a source: a dateline
    "<p>TRADERS arrange vegetables at Soweto Market in Lusaka yesterday. PICTURE: JOSEPH MWALE</p>",  # plain type
    # review 48: a wire's lede in italics closing with the photographer of the story's pictures
    "<p><em>LUSAKA, Aug 12 (Reuters) - Traders returned to the rebuilt market on Tuesday, officials said. "
    "Photo: JOHN BANDA/Reuters</em></p>",
    "<p><em>Text by MARY PHIRI. Photos: JOHN BANDA</em></p>",  # the story's credits line: no caption before it
], ids=["editors-note", "source-alone", "plain-type", "wire-dateline", "credits-line"])
def test_a_first_paragraph_not_set_apart_as_a_credited_caption_leaves_the_featured_image_alone(opening: str) -> None:
    assert pictures(_featured(opening)) == [], opening


def test_a_lightbox_gallery_whose_slides_print_their_own_captions_is_read_slide_by_slide() -> None:
    def item(name: str, caption: str) -> str:
        return (f'<dl class="gallery-item"><dt class="gallery-icon"><a href="https://ex.org/up/{name}.jpg">'
                f'<img src="https://ex.org/up/{name}-150x150.jpg" alt=""></a></dt>'
                f'<dd class="wp-caption-text gallery-caption">{caption}</dd></dl>')
    body = ('<div id="gallery-1" class="gallery gallery-columns-3"><h3 class="gallery-caption">Scenes from the fair. '
            'Photos by Jo Li</h3>' + item("a", "A child on the carousel.") + item("b", "Judges weigh the pumpkins.")
            + item("c", "The parade on Main Street.") + "</div>")
    captions = [caption for caption, _ in pictures(_STORY + body)]
    assert captions.count("Scenes from the fair.") <= 1, captions  # the box's line is not spread over its three images
    assert [c for c in captions if c != "Scenes from the fair."] == [
        "A child on the carousel.", "Judges weigh the pumpkins.", "The parade on Main Street."]
