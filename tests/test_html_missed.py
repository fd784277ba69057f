"""Pictures the HTML reader missed or invented: galleries without alt text, players in figures, lightbox buttons.

Every page here is written for these tests, in the styles publishers use.
"""
from __future__ import annotations

import pytest

from captions.parse.html.page import read_html

HEAD = "<!DOCTYPE html><html><head><title>Bakeries of the valley | The Daily Example</title></head><body>\n"
TAIL = "\n</body></html>"


def pictures(body: str) -> list[tuple[str | None, str | None, str | None]]:
    article = read_html(HEAD + body + TAIL)
    return [(p.description, p.caption, p.credit.raw if p.credit else None) for p in article.photos]


def test_a_gallery_figure_gives_each_image_its_caption_even_without_alt_text() -> None:
    body = ('<figure class="kg-card kg-gallery-card kg-card-hascaption"><div class="kg-gallery-container">'
            '<div class="kg-gallery-row">'
            '<div class="kg-gallery-image"><img src="/img/bun.jpg" alt="" width="1200" height="1500"></div>'
            '<div class="kg-gallery-image"><img src="/img/loaf.jpg" alt="A rye loaf" width="1200" height="1500"></div>'
            '<div class="kg-gallery-image"><img src="/img/queue.jpg" alt="" width="1200" height="1500"></div>'
            '</div></div><figcaption>From left: a bun, a loaf and the queue. Photos by Ada Moss</figcaption></figure>')
    caption = "From left: a bun, a loaf and the queue."
    assert pictures(body) == [(None, caption, "Ada Moss"), ("A rye loaf", caption, "Ada Moss"),
                              (None, caption, "Ada Moss")]


def test_two_unlabelled_images_of_a_figure_not_named_a_gallery_stay_one_picture() -> None:
    body = ('<figure class="lead-image"><img class="crop-wide" src="/img/mill-wide.jpg" alt="">'
            '<img class="crop-square" src="/img/mill-square.jpg" alt="">'
            '<figcaption>The mill at dawn. Photo: Ada Moss</figcaption></figure>')
    assert pictures(body) == [(None, "The mill at dawn.", "Ada Moss")]


@pytest.mark.parametrize("player", [
    '<iframe src="https://www.youtube.com/embed/abc123" title="A mill tour"></iframe>',
    '<video src="/media/tour.mp4" controls></video>',
])
def test_a_figure_framing_a_player_and_no_image_is_no_picture(player: str) -> None:
    body = (f'<figure class="kg-card kg-embed-card kg-card-hascaption">{player}'
            '<figcaption>The mill\'s own video tour.</figcaption></figure>'
            '<figure><img src="/img/stones.jpg" alt="Millstones"><figcaption>The stones turn. Photo: Ada Moss</figcaption></figure>')
    assert pictures(body) == [("Millstones", "The stones turn.", "Ada Moss")]


def test_an_image_inside_a_lightbox_button_keeps_its_alt_text() -> None:
    body = ('<figure class="c-article-image"><button class="c-lightbox-trigger" aria-haspopup="dialog">'
            '<span class="sr-only">Open this photo in gallery:</span>'
            '<picture><img src="/img/platform.jpg" alt="An empty subway platform" width="600" height="400"></picture>'
            '</button><figcaption class="figcap-text">The platform sat empty. '
            '<span class="figcap-credit">ADA MOSS/THE DAILY EXAMPLE</span></figcaption></figure>')
    assert pictures(body) == [("An empty subway platform", "The platform sat empty.", "ADA MOSS/THE DAILY EXAMPLE")]


def test_a_caption_named_img_descr_is_read_by_its_image() -> None:
    body = ('<div class="article"><p>游客很多。</p>'
            '<div class="img_wrapper"><img src="/img/lake.jpg" alt="西湖"><span class="img_descr">5月3日，游客在西湖游览。</span></div>'
            '<p>景区客流创新高。</p></div>')
    assert pictures(body) == [("西湖", "5月3日，游客在西湖游览。", None)]


def test_a_credit_box_whose_only_image_is_an_avatar_is_no_picture() -> None:
    body = ('<div class="read__credit"><div class="credit-title-name"><img class="credit-avatar" src="/people/ana.jpg" alt="">'
            '<h6>Penulis</h6> <a href="/tag/ana-putri">Ana Putri</a></div>'
            '<div class="credit-title-name"><h6>Editor</h6> <span>Budi Santoso</span></div></div>'
            '<div class="read__content"><p>Banjir merendam tiga kelurahan.</p>'
            '<figure><img src="/img/flood.jpg" alt="Banjir"><figcaption>Warga mengungsi. Foto: Rina Wati</figcaption></figure></div>')
    assert pictures(body) == [("Banjir", "Warga mengungsi.", "Rina Wati")]


def test_each_slide_of_an_inline_gallery_among_the_story_is_a_picture() -> None:
    slide = ('<div class="gal-slide"><div class="gal-img"><img class="lazy" src="/u/loader.gif" data-src="/img/{n}.jpg" '
             'alt="{alt}"></div><div class="gal-info"><span class="gal-count">{n}/2</span><p class="gal-text">{caption}</p>'
             '<span class="gal-author">Foto: {credit}</span></div></div>')
    story = ("<p>Most přes řeku se po třech letech oprav v sobotu znovu otevřel pro tramvaje, auta i chodce "
             "z obou čtvrtí města.</p>")
    body = (story + '<div class="gallery"><div class="gal-stage">'
            + slide.format(n=1, alt="Most", caption="Starosta přestřihl pásku.", credit="Eva Malá, ČTK")
            + slide.format(n=2, alt="", caption="Nové koleje na mostě.", credit="Jan Novák")
            + '</div></div>' + story)
    assert pictures(body) == [("Most", "Starosta přestřihl pásku.", "Eva Malá, ČTK"),
                              (None, "Nové koleje na mostě.", "Jan Novák")]


def test_a_slider_of_teaser_cards_outside_the_story_gives_no_picture() -> None:
    card = ('<div class="slide"><div class="slide-img"><img src="/img/{n}.jpg" alt=""></div>'
            '<div class="slide-info"><p>Druhý článek o mostě a tramvajích v Libni.</p></div></div>')
    body = ('<div class="carousel">' + card.format(n=1) + card.format(n=2) + '</div>')
    assert pictures(body) == []


STORY = ("<p>The bakery on Mill Lane opened its second oven on Saturday, and the queue ran past the chapel by eight "
         "in the morning, the owners said.</p>")


def test_a_slide_counter_between_a_slide_image_and_its_caption_leaves_the_slide_a_picture() -> None:
    body = ('<div class="story">' + STORY + '<div class="gallery">'
            '<div class="slide"><img data-src="/img/oven.jpg" alt="The oven"><p class="counter">1 de 2</p>'
            '<p class="epigraph">The new oven at work. Foto: Ada Moss</p></div>'
            '<div class="slide"><img data-src="/img/queue.jpg" alt=""><p class="counter">2 de 2</p>'
            '<p class="epigraph">Foto: Ada Moss</p></div></div>' + STORY + '</div>')
    assert pictures(body) == [("The oven", "The new oven at work.", "Ada Moss"), (None, None, "Ada Moss")]


def test_a_caption_element_holding_only_a_lead_in_and_a_source_is_a_credit() -> None:
    body = ('<article>' + STORY + '<figure><img src="/img/site.jpg" alt="">'
            '<figcaption>Фото: Харківська міська рада</figcaption></figure>' + STORY + '</article>')
    assert pictures(body) == [(None, None, "Харківська міська рада")]


def test_a_caption_element_holding_a_lead_in_and_a_sentence_stays_a_caption() -> None:
    body = ('<article>' + STORY + '<figure><img src="/img/site.jpg" alt="">'
            '<figcaption>Photo: The mayor opens the school.</figcaption></figure>' + STORY + '</article>')
    assert pictures(body) == [(None, "Photo: The mayor opens the school.", None)]


def test_illustrative_photo_is_a_lead_in() -> None:
    body = ('<article>' + STORY + '<figure><img src="/img/site.jpg" alt="">'
            '<figcaption>Ілюстративне фото: Reuters</figcaption></figure>' + STORY + '</article>')
    assert pictures(body) == [(None, None, "Reuters")]


def test_a_story_card_linking_a_credited_figure_and_its_headline_is_no_picture() -> None:
    body = ('<article>' + STORY + '</article><section class="more"><article><a href="/news/old-mill-fire">'
            '<figure><img src="/img/fire.jpg" alt="The fire"><figcaption>Foto: Ada Moss / dpa</figcaption></figure>'
            '<span>Looking back:</span> When the old mill burned</a></article></section>')
    assert pictures(body) == []


def test_a_linked_figure_printing_a_credit_alone_stays_a_picture() -> None:
    body = ('<article>' + STORY + '<a href="/galleries/mill-lane"><figure><img src="/img/oven.jpg" alt="The oven">'
            '<figcaption>Foto: Ada Moss / dpa</figcaption></figure></a>' + STORY + '</article>')
    assert pictures(body) == [("The oven", None, "Ada Moss / dpa")]


def test_a_credit_line_beside_the_caption_in_a_picture_box_is_its_credit() -> None:
    box = ('<div class="cikk-kep"><img src="/img/ice.jpg" alt="Anglers on the ice" width="1200" height="800">'
           '<div class="kep-info"><div class="forras">Fotó: Tóth Gábor / Példa</div>'
           '<div class="caption">Anglers on the frozen lake on Tuesday morning.</div></div></div>')
    assert pictures(f"<article><p>{'Story text. ' * 12}</p>{box}<p>{'More text. ' * 12}</p></article>") == [
        ("Anglers on the ice", "Anglers on the frozen lake on Tuesday morning.", "Tóth Gábor / Példa")]


def test_a_box_of_story_text_around_a_captioned_image_lends_the_picture_no_credit_line() -> None:
    box = ('<div class="story"><img src="/img/ice.jpg" alt="" width="1200" height="800">'
           '<div class="caption">Anglers on the frozen lake.</div>'
           '<p>Police said the ice broke at noon.</p><p>Two were taken to hospital.</p><p>Photo: Ada Moss</p></div>')
    assert pictures(box) == [(None, "Anglers on the frozen lake.", None)]


def test_a_card_linking_image_and_caption_to_another_story_is_a_teaser() -> None:
    card = ('<article class="related"><a href="/news/2025/01/20/cold/"><img src="/img/cold-300.jpg" alt="Snowy street">'
            '<div class="caption">Fifteen below zero tonight in the east</div></a></article>')
    assert pictures(f"<article><p>{'Story text. ' * 12}</p></article>{card}") == []
