"""Galleries, lightboxes and pictures printed more than once in HTML pages: each picture once, each of a group its own.

Every page here is written for these tests, in the styles publishers use.
"""
from __future__ import annotations

import pytest

from captions.parse.html.page import read_html
from captions.parse.html.repeats import image_key, image_urls

HEAD = "<!DOCTYPE html><html><head><title>Harvest fair | The Valley Herald</title></head><body>\n"
TAIL = "\n</body></html>"
PLACEHOLDER = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def pictures(body: str) -> list[tuple[str | None, str | None, str | None]]:
    article = read_html(HEAD + body + TAIL)
    return [(p.description, p.caption, p.credit.raw if p.credit else None) for p in article.photos]


def slide(name: str, caption: str, counter: str = "", alt: str = "") -> str:
    return (f'<li class="gallery__slide"><img class="lazyload" src="{PLACEHOLDER}" data-src="https://cdn.example/{name}.jpg?w=1200" '
            f'alt="{alt}"><div class="gallery__meta"><span class="gallery__counter">{counter}</span>'
            f'<p class="gallery__caption">{caption}</p><p class="gallery__credit">Photo: Dana Whitfield</p></div></li>')


def test_slides_with_one_caption_over_different_pictures_are_each_a_picture() -> None:
    # the lazy loader's placeholder is the same on every slide: it names no picture
    body = '<ul class="gallery">' + slide("crowd-1", "Visitors at the fair.") + slide("crowd-2", "Visitors at the fair.") + "</ul>"
    assert pictures(body) == [(None, "Visitors at the fair.", "Dana Whitfield")] * 2


def test_gallery_slide_repeating_the_lead_figure_at_another_size_is_one_picture() -> None:
    lead = ('<figure><img src="https://cdn.example/tractors.jpg?w=1600&q=80" alt="Tractors on a dirt track">'
            '<figcaption>Tractors line up for the parade. Photo: Dana Whitfield</figcaption></figure>')
    body = lead + '<ul class="gallery">' + slide("tractors", "Tractors line up for the parade.") + "</ul>"
    assert pictures(body) == [("Tractors on a dirt track", "Tractors line up for the parade.", "Dana Whitfield")]


@pytest.mark.parametrize("counter", ["2 / 12", "2 of 12", "Bild 2 von 12", "Photo 2 sur 12", "Foto 2 de 12"])
def test_slide_counter_in_its_own_element_is_not_caption(counter: str) -> None:
    body = ('<figure><img src="pies.jpg" alt="Pies"><figcaption><span class="slide-count">' + counter + '</span>'
            '<p>Judges taste the pies.</p><span class="credit">Photo: Dana Whitfield</span></figcaption></figure>')
    assert pictures(body) == [("Pies", "Judges taste the pies.", "Dana Whitfield")]


def test_slide_counter_opening_the_caption_is_not_caption() -> None:
    body = '<figure><img src="pies.jpg" alt="Pies"><figcaption>3/21 Judges taste the pies. Photo: Dana Whitfield</figcaption></figure>'
    assert pictures(body) == [("Pies", "Judges taste the pies.", "Dana Whitfield")]


def test_lightbox_slide_repeating_an_inline_figure_is_one_picture_with_the_lightbox_alt_text() -> None:
    inline = ('<figure><a href="https://img.example/grapes-2000.jpg" data-lightbox="story"><img src="https://img.example/grapes-800.jpg" alt="">'
              '</a><figcaption><span class="caption">Riesling grapes before the harvest.</span> <span class="credit">Foto: Anna Keller/dpa'
              '</span></figcaption></figure>')
    lightbox = ('<div class="lightbox" aria-hidden="true"><div class="lightbox__slide"><img src="https://img.example/grapes-2000.jpg" '
                'alt="Ripe grapes on a vine"><div class="lightbox__caption"><span class="lightbox__counter">Bild 1 von 1</span>'
                '<p>Riesling grapes before the harvest.</p><span class="lightbox__credit">Foto: Anna Keller/dpa</span></div></div></div>')
    assert pictures(inline + lightbox) == [("Ripe grapes on a vine", "Riesling grapes before the harvest.", "Anna Keller/dpa")]


def test_lightbox_slide_leaving_the_credit_out_is_the_same_picture() -> None:
    inline = ('<figure><img src="https://img.example/grapes-800.jpg" alt="Ripe grapes on a vine"><figcaption>Riesling grapes before '
              'the harvest. Foto: Anna Keller/dpa</figcaption></figure>')
    lightbox = ('<div class="lightbox"><div class="lightbox__slide"><img src="https://img.example/grapes-2000.jpg" alt="Ripe grapes on a vine">'
                '<p class="lightbox__caption">Riesling grapes before the harvest.</p></div></div>')
    expected = [("Ripe grapes on a vine", "Riesling grapes before the harvest.", "Anna Keller/dpa")]
    assert pictures(inline + lightbox) == expected
    assert pictures(lightbox + inline) == expected  # the credit goes on the printing found first


def test_one_caption_over_two_images_one_credited_is_two_pictures() -> None:
    # nothing says the uncredited printing is the same picture: its image and alt text differ
    body = ('<figure><img src="grapes.jpg" alt="Ripe grapes"><figcaption>Harvest time. Foto: Anna Keller/dpa</figcaption></figure>'
            '<figure><img src="pickers.jpg" alt="Pickers in a row"><figcaption>Harvest time.</figcaption></figure>')
    assert pictures(body) == [("Ripe grapes", "Harvest time.", "Anna Keller/dpa"), ("Pickers in a row", "Harvest time.", None)]


def test_lead_picture_printed_for_two_layouts_resized_by_query_is_one_picture() -> None:
    caption = '<figcaption>The empty hall of the old depot. (Priya Raman/Northshore Daily)</figcaption>'
    body = ('<div class="hero d-none d-lg-block"><figure><picture><source media="(min-width: 1200px)" srcset="https://img.example/hall.jpg'
            f'?w=2000&h=900&fit=crop"><img src="https://img.example/hall.jpg?w=1400&h=630&fit=crop" alt=""></picture>{caption}</figure></div>'
            f'<article><figure class="d-lg-none"><img src="https://img.example/hall.jpg?w=800&h=800&fit=crop" alt="">{caption}</figure></article>')
    assert pictures(body) == [(None, "The empty hall of the old depot.", "Priya Raman/Northshore Daily")]


def test_card_whose_whole_figure_links_to_another_page_is_not_a_picture() -> None:
    body = ('<aside class="more-galleries"><a class="card" href="/photos/homecoming-parade"><figure><img src="homecoming.jpg" alt="">'
            '<figcaption>Photos: Homecoming parade rolls down Main Street</figcaption></figure></a></aside>')
    assert pictures(body) == []


@pytest.mark.parametrize("story", [
    # the parser opens the link again inside the next blocks: in the figure, around its image and caption
    '<p class="byline">By <a href="/staff/rosa">Rosa Lindqvist</p><div class="story"><p>The fair opened on Saturday.</p>{figure}'
    '<p>Cherry won.</p></div>',
    # the link stays open around the figure and the paragraphs after it
    '<div class="story"><a href="/staff/rosa">Rosa Lindqvist {figure}<p>Cherry won.</p></div>',
])
def test_figure_inside_a_link_left_open_before_the_story_is_a_picture(story: str) -> None:
    figure = '<figure><img src="pies.jpg" alt="Pies"><figcaption>Judges taste the pies. Photo: Dana Whitfield</figcaption></figure>'
    assert pictures(story.format(figure=figure)) == [("Pies", "Judges taste the pies.", "Dana Whitfield")]


def test_figure_linking_to_its_own_large_rendition_is_a_picture() -> None:
    body = ('<a href="https://img.example/harbour-2000.jpg" class="lightbox-trigger"><figure><img src="https://img.example/harbour-800.jpg" '
            'alt="Boats"><figcaption>Boats in the harbour. Photo: Jo Li/AFP</figcaption></figure></a>')
    assert pictures(body) == [("Boats", "Boats in the harbour.", "Jo Li/AFP")]


def test_before_and_after_slider_is_two_pictures_with_one_caption() -> None:
    body = ('<figure class="image-compare"><div class="image-compare__item"><img src="marsh-2019.jpg" alt="Dry fields, 2019"></div>'
            '<div class="image-compare__item"><img src="marsh-2024.jpg" alt="Reed beds, 2024"></div>'
            '<figcaption>The fen in 2019 and in 2024. Photos: Owen Pryce/The Fenland Gazette</figcaption></figure>')
    credit = "Owen Pryce/The Fenland Gazette"
    assert pictures(body) == [("Dry fields, 2019", "The fen in 2019 and in 2024.", credit),
                              ("Reed beds, 2024", "The fen in 2019 and in 2024.", credit)]


def test_one_caption_of_a_gallery_block_covers_each_of_its_figures() -> None:
    body = ('<figure class="wp-block-gallery has-nested-images"><figure class="wp-block-image"><img src="bittern-1024x683.jpg" '
            'alt="A bittern"></figure><figure class="wp-block-image"><img src="crane-1024x683.jpg" alt=""></figure>'
            '<figcaption class="blocks-gallery-caption">Clockwise from left: a bittern and a crane. Photos: Owen Pryce</figcaption></figure>')
    caption = "Clockwise from left: a bittern and a crane."
    assert pictures(body) == [("A bittern", caption, "Owen Pryce"), (None, caption, "Owen Pryce")]


def test_gallery_block_whose_figures_have_their_own_captions() -> None:
    body = ('<figure class="wp-block-gallery"><figure class="wp-block-image"><img src="gate.jpg" alt="A gate"><figcaption>Tom at his gate. '
            'Photo: Owen Pryce</figcaption></figure><figure class="wp-block-image"><img src="track.jpg" alt="A track"><figcaption>'
            'The flooded track. Photo: Owen Pryce</figcaption></figure></figure>')
    assert pictures(body) == [("A gate", "Tom at his gate.", "Owen Pryce"), ("A track", "The flooded track.", "Owen Pryce")]


@pytest.mark.parametrize("images", [
    # "From left, ..." over one picture of three people
    '<img src="council.jpg" alt="Three council members">',
    # a lazy image and its noscript fallback
    '<img class="lazy" src="' + PLACEHOLDER + '" data-src="council.jpg" alt="Three council members">'
    '<noscript><img src="council.jpg" alt="Three council members"></noscript>',
    # two unlabelled crops of one picture for two layouts
    '<img class="wide" src="council-wide.jpg" alt=""><img class="narrow" src="council-square.jpg" alt="">',
    # a blur-up placeholder hidden from readers
    '<img src="council-tiny.jpg" aria-hidden="true" alt=""><img src="council.jpg" alt="Three council members">',
    # an icon named so
    '<img src="council.jpg" alt="Three council members"><img class="icon-expand" src="expand.png" alt="Enlarge">',
    # an icon drawn in SVG, and one the markup sizes as an icon
    '<img src="council.jpg" alt="Three council members"><img src="zoom.svg" alt="Zoom">',
    '<img src="council.jpg" alt="Three council members"><img src="zoom.png" width="24" height="24" alt="Zoom">',
])
def test_figure_printing_one_picture_is_one_picture(images: str) -> None:
    body = f'<figure>{images}<figcaption>From left, Ada Ferreira, Luis Okafor and Nina Brandt. (Priya Raman)</figcaption></figure>'
    assert len(pictures(body)) == 1, images


def test_agency_logo_in_the_caption_is_not_a_picture_of_the_group() -> None:
    body = ('<figure><img src="council.jpg" alt="Three council members"><figcaption>The vote. <span class="credit">'
            '<img src="agency-mark.png" alt="Northshore Daily">Priya Raman</span></figcaption></figure>')
    assert pictures(body) == [("Three council members", "The vote.", "Priya Raman")]


def test_element_around_a_caption_holding_many_images_is_not_a_group() -> None:
    # only a figure groups pictures under its caption: a div around a caption may hold the story's other pictures too
    body = ('<div class="story-media"><img src="child.jpg" alt="Doctors examine a child"><img src="map.jpg" alt="A map of the city">'
            '<p class="caption">Doctors examine a child. Photo: Ali Jadallah</p></div>')
    assert pictures(body) == [("Doctors examine a child", "Doctors examine a child.", "Ali Jadallah")]


@pytest.mark.parametrize(("one", "other"), [
    ("https://cdn.example/a.jpg?w=800", "https://www.example/a.jpg?w=1600&h=900&fit=crop"),
    ("https://example.org/wp-content/uploads/a-300x200.jpg", "https://example.org/wp-content/uploads/a-1024x683.jpg"),
])
def test_image_key_is_one_picture_at_every_size(one: str, other: str) -> None:
    assert image_key(one) == image_key(other)


@pytest.mark.parametrize(("one", "other"), [
    ("/image?id=12", "/image?id=13"),  # no image file: the query tells pictures apart
    ("a.jpg", "b.jpg"),
])
def test_image_key_tells_pictures_apart(one: str, other: str) -> None:
    assert image_key(one) != image_key(other)


def test_lazy_placeholder_names_no_picture() -> None:
    assert image_key(PLACEHOLDER) is None


def test_placeholder_srcset_names_no_picture() -> None:
    svg = "data:image/svg+xml;charset=utf-8,<svg xmlns='http://www.w3.org/2000/svg' width='4' height='3'></svg>"
    body = "".join(f'<figure><img srcset="{svg}" data-srcset="{name}.jpg 800w" alt=""><figcaption>Visitors at the fair. '
                   f'Photo: Dana Whitfield</figcaption></figure>' for name in ("crowd-1", "crowd-2"))
    assert pictures(body) == [(None, "Visitors at the fair.", "Dana Whitfield")] * 2


def test_lightbox_link_captioned_only_in_its_attributes_is_not_a_picture() -> None:
    body = ('<a href="https://img.example/harbour-2000.jpg" data-fancybox="gallery" data-caption="Boats in the harbour. Photo: Jo Li/AFP">'
            '<img src="https://img.example/harbour-300.jpg" alt="Boats"></a>')
    assert pictures(body) == []


def test_srcset_urls_may_hold_commas() -> None:
    from selectolax.lexbor import LexborHTMLParser

    img = LexborHTMLParser('<img src="https://res.example/w_400,h_300/a.jpg" srcset="https://res.example/w_400,h_300/a.jpg 400w,'
                           'https://res.example/w_800,h_600/a.jpg 800w, b.jpg, c.jpg 2x">').css_first("img")
    assert image_urls(img) == ["https://res.example/w_400,h_300/a.jpg", "https://res.example/w_400,h_300/a.jpg",
                               "https://res.example/w_800,h_600/a.jpg", "b.jpg", "c.jpg"]


def test_picture_is_placed_where_the_body_prints_it_not_where_its_metadata_repeats_it() -> None:
    page = ('<!DOCTYPE html><html><head><script type="application/ld+json">{"@type": "ImageObject", "url": "pies.jpg", '
            '"caption": "Judges taste the pies."}</script></head>\n<body>\n<p>The fair opened.</p>\n'
            '<figure><img src="pies.jpg" alt="Pies"><figcaption>Judges taste the pies. Photo: Dana Whitfield</figcaption></figure>\n'
            '</body></html>')
    assert [p.line for p in read_html(page).photos] == [4]
