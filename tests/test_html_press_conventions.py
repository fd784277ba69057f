"""Conventions of the press seen on blind set E (issue #11, round 11): Chinese photo spans with bracketed
credits, sources named after a caption's sentence, gallery lightbox credits, layout twins of a credit-only
picture, charts credited as charts, sign-up boxes, and bodies named whole in credits.

Every page here is written for these tests, in the styles those publishers use.
"""
from __future__ import annotations

import pytest

from captions import parse_credit, split_caption_credit
from captions.parse.html.conventions import class_words
from captions.parse.html.page import read_html

HEAD = "<!DOCTYPE html><html><head><title>Story | Example</title></head><body><main>\n"
TAIL = "\n</main></body></html>"
ZH_STORY = ("<p>〔記者陳思妤／雲林報導〕入冬以來大批候鳥陸續飛抵北港溪口，雲林縣野鳥學會昨日調查，黑面琵鷺數量已達三百一十二隻，"
            "創下當地有紀錄以來的新高。</p>")
EN_STORY = ("<p>For sixty years the morning boat was the only way on or off the island, and when it stopped running "
            "last spring the school and the shop closed within months.</p>")


def pictures(body: str) -> list[tuple[str | None, str | None, str | None]]:
    article = read_html(HEAD + body + TAIL)
    return [(p.description, p.caption, p.credit.raw if p.credit else None) for p in article.photos]


def zh_span(n: int, caption: str) -> str:
    return (f'<span class="ph_b"><a href="https://img.example/{n}.jpg"><img src="/loading.gif" '
            f'data-src="https://img.example/{n}.jpg" alt=""></a><span class="ph_d">{caption}</span></span>')


def figure(caption: str, alt: str = "") -> str:
    return f'<figure><img src="https://cdn.example/{abs(hash(caption))}.jpg" alt="{alt}"><figcaption>{caption}</figcaption></figure>'


def test_short_chinese_paragraphs_are_story_text_so_a_caption_under_an_image_is_told_from_them() -> None:
    body = ('<div class="text">' + ZH_STORY + '<div class="photo"><a href="https://img.example/1.jpg">'
            '<img src="https://img.example/1.jpg" alt=""></a><p>黑面琵鷺在淺灘覓食。（記者陳思妤攝）</p></div>' + ZH_STORY + '</div>')
    assert pictures(body) == [(None, "黑面琵鷺在淺灘覓食。", "記者陳思妤")]


def test_an_image_and_its_caption_in_one_inline_box_among_the_story() -> None:
    body = '<div class="text">' + ZH_STORY + zh_span(2, "志工架設望遠鏡。（濕地管理處提供）") + ZH_STORY + "</div>"
    assert pictures(body) == [(None, "志工架設望遠鏡。", "濕地管理處提供")]


def test_a_file_photo_after_a_picture_lead_in_is_a_credit_naming_no_one() -> None:
    body = '<div class="text">' + ZH_STORY + zh_span(3, "去年冬天的賞鳥人潮。（圖／資料照）") + ZH_STORY + "</div>"
    article = read_html(HEAD + body + TAIL)
    credit = article.photos[0].credit
    assert (article.photos[0].caption, credit.raw, credit.photographers, credit.agencies) == ("去年冬天的賞鳥人潮。", "資料照", [], [])


def test_a_file_photo_alone_in_brackets_is_a_credit_naming_no_one_as_file_is() -> None:
    from captions import split_caption_credit
    assert split_caption_credit("去年冬天的賞鳥人潮。（資料照）") == ("去年冬天的賞鳥人潮。", "資料照")


@pytest.mark.parametrize(("raw", "agency"), [("濕地處提供", "濕地處"), ("雲林縣野鳥學會提供", "雲林縣野鳥學會"), ("市政府提供", "市政府")])
def test_a_chinese_supplier_named_as_a_body_is_the_agency(raw: str, agency: str) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([], [agency])


def test_a_press_service_in_lower_case_after_a_caption_sentence_and_a_lead_in() -> None:
    body = figure("Көпір түнгі жарықпен. Фото: облыс әкімдігінің баспасөз қызметі") + EN_STORY
    assert pictures(body) == [(None, "Көпір түнгі жарықпен.", "облыс әкімдігінің баспасөз қызметі")]


def test_a_body_after_courtesy_of_closing_a_caption_keeps_its_lead_in() -> None:
    body = figure("The first ferry leaves the slipway, 1964. Courtesy of the Carrow Island Heritage Trust.") + EN_STORY
    article = read_html(HEAD + body + TAIL)
    photo = article.photos[0]
    assert (photo.caption, photo.credit.raw, photo.credit.agencies) == (
        "The first ferry leaves the slipway, 1964.", "Courtesy of the Carrow Island Heritage Trust",
        ["Carrow Island Heritage Trust"])  # the article is no part of the body's name (round 77)


def test_a_sentence_after_courtesy_of_is_no_credit() -> None:
    body = figure("Ferries leave at dawn. Courtesy of the crew, coffee is free on board.") + EN_STORY
    assert pictures(body) == [(None, "Ferries leave at dawn. Courtesy of the crew, coffee is free on board.", None)]


def test_a_gallery_lightbox_credit_span_is_the_slides_credit() -> None:
    body = (EN_STORY + '<div class="gallery-modal"><div class="gallery-modal__slide"><img src="/blank.gif" '
            'data-src="https://cdn.example/bridge.jpg" alt="An old bridge"><div class="gallery-modal__info">'
            '<p class="gallery-modal__caption">The wooden bridge in 1958.</p>'
            '<span class="gallery-modal__author">© Pajūrio paukščių stotis</span></div></div></div>')
    assert pictures(body) == [("An old bridge", "The wooden bridge in 1958.", "Pajūrio paukščių stotis")]


def test_a_credit_only_picture_printed_for_two_layouts_is_one_picture() -> None:
    body = ''.join(f'<div class="article__photo {cls}"><img src="https://cdn.example/main_{size}.jpg" alt="New bridge" '
                   f'width="900" height="506"><div class="article__photo-source">Фото: Ақорда</div></div>'
                   for cls, size in (("d-none d-md-block", "900x506"), ("d-md-none", "480x320"))) + EN_STORY
    assert pictures(body) == [("New bridge", None, "Ақорда")]


def test_two_credit_only_pictures_of_one_agency_with_no_alt_stay_two() -> None:
    body = ''.join(f'<div class="article__photo"><img src="https://cdn.example/{name}.jpg" alt="" width="900" '
                   f'height="506"><div class="article__photo-source">Фото: Ақорда</div></div>' + EN_STORY
                   for name in ("hall", "square"))
    assert pictures(body) == [(None, None, "Ақорда"), (None, None, "Ақорда")]


def test_a_figure_credited_as_a_chart_after_its_caption_is_no_picture() -> None:
    body = figure("Yearly passengers, 2010–2025. Chart: The Harbour Notebook. Source: Carrow Ferry Company") + EN_STORY
    assert pictures(body) == []


def test_a_sign_up_boxs_caption_is_no_picture() -> None:
    body = (EN_STORY + figure("The slipway at dawn. Photo: Jo Li") + '<div class="subscription-widget-wrap"><div class="preamble">'
            '<p class="cta-caption">The Notebook is a reader-supported publication. Consider becoming a subscriber.</p>'
            '</div></div>')
    assert pictures(body) == [(None, "The slipway at dawn.", "Jo Li")]


@pytest.mark.parametrize(("raw", "agencies"), [
    ("Colorado Parks and Wildlife via AP", ["Colorado Parks and Wildlife", "AP"]),
    ("Selangor Fire and Rescue Department", ["Selangor Fire and Rescue Department"]),
    ("Guvernul României", ["Guvernul României"]),
    ("Primăria Clujului", ["Primăria Clujului"]),
    ("Ohio State Highway Patrol", ["Ohio State Highway Patrol"]),
])
def test_a_body_named_whole_is_one_organisation(raw: str, agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([], agencies)


def test_a_romanian_photo_agency_keeps_its_whole_name_before_the_photographer() -> None:
    credit = parse_credit("Inquam Photos / Radu Ionescu")
    assert (credit.photographers, credit.agencies) == (["Radu Ionescu"], ["Inquam Photos"])


def test_a_greek_photo_agency_in_brackets_closes_a_caption() -> None:
    text = "Αριστερά, πάγκος σε λαϊκή αγορά· δεξιά, ράφι σούπερ μάρκετ. [Eurokinissi]"
    assert split_caption_credit(text) == ("Αριστερά, πάγκος σε λαϊκή αγορά· δεξιά, ράφι σούπερ μάρκετ.", "Eurokinissi")


def test_a_name_after_foto_with_no_colon_closes_a_caption_sentence() -> None:
    body = figure("El nuevo techo deja pasar la luz natural. Foto Rocío Aranda Vélez") + EN_STORY
    assert pictures(body) == [(None, "El nuevo techo deja pasar la luz natural.", "Rocío Aranda Vélez")]


def test_a_known_agency_after_foto_with_no_colon_is_credited_without_the_word() -> None:
    body = figure("El ajolote en su refugio chinampero. Foto Afp") + EN_STORY
    assert pictures(body) == [(None, "El ajolote en su refugio chinampero.", "Afp")]


def test_foto_before_a_sentence_in_lower_case_is_no_credit() -> None:
    body = figure("El techo nuevo. Foto tomada desde el puente peatonal") + EN_STORY
    assert pictures(body) == [(None, "El techo nuevo. Foto tomada desde el puente peatonal", None)]


def test_a_lead_pictures_box_above_the_story_whose_caption_closes_with_a_credit() -> None:
    body = ('<div class="nota-imagen"><img src="https://cdn.example/mercado.jpg" alt="Puestos" width="800" height="533">'
            '<div class="nota-pie">Locatarios acomodan flores en los nuevos puestos. Foto Agencia Mirador</div></div>'
            '<div class="nota-texto">' + EN_STORY + EN_STORY + '</div>')
    assert pictures(body) == [("Puestos", "Locatarios acomodan flores en los nuevos puestos.", "Agencia Mirador")]


def test_a_box_above_the_story_whose_line_closes_with_no_credit_is_a_card() -> None:
    body = ('<div class="card"><img src="https://cdn.example/ofrenda.jpg" alt="Ofrenda" width="800" height="533">'
            '<div class="card-title">Instalan la ofrenda monumental en el Zócalo</div></div>'
            '<div class="nota-texto">' + EN_STORY + EN_STORY + '</div>')
    assert pictures(body) == []


def test_a_one_word_source_after_a_full_stop_and_a_dash_closes_a_caption() -> None:
    body = figure("A labourer cools off at a roadside tap. — Online") + EN_STORY
    assert pictures(body) == [(None, "A labourer cools off at a roadside tap.", "Online")]


def test_a_dash_inside_a_captions_sentence_is_no_credit() -> None:
    body = figure("Children swim in a canal — a common sight in June.") + EN_STORY
    assert pictures(body) == [(None, "Children swim in a canal — a common sight in June.", None)]


def test_a_name_after_a_dash_closing_a_caption_is_a_quotes_speaker_not_its_credit() -> None:
    body = ("<article><p>" + "Story text of the article. " * 8 + "</p><figure><img src='/a.jpg' alt=''>"
            "<figcaption>We will rebuild this town. — Jane Doe</figcaption></figure></article>")
    assert [(p.caption, p.credit) for p in read_html(HEAD + body + TAIL).photos] == [
        ("We will rebuild this town. — Jane Doe", None)]


def test_a_story_body_printed_with_no_share_bar_keeps_its_pictures() -> None:
    body = ('<div class="entry-content no-share">' + EN_STORY
            + figure("Cambodian milled rice is shipped to more than 60 countries. Xinhua") + EN_STORY + "</div>")
    assert pictures(body) == [(None, "Cambodian milled rice is shipped to more than 60 countries.", "Xinhua")]


def test_a_word_naming_no_one_alone_after_the_captions_last_sentence_is_its_credit() -> None:
    body = figure("The minister speaks at the forum in Phnom Penh. Supplied") + EN_STORY
    assert pictures(body) == [(None, "The minister speaks at the forum in Phnom Penh.", "Supplied")]


def test_an_element_named_epigrafe_holds_the_caption() -> None:
    body = ('<div class="galeria-item"><a href="/files/salar.jpg" class="colorbox"><img src="/files/styles/galeria/salar.jpg"'
            ' alt="Salar"></a><div class="galeria-epigrafe">Vista aérea del salar durante la época de lluvias.</div>'
            '<div class="galeria-credito">Foto: EFE</div></div>' + EN_STORY)
    assert pictures(body) == [("Salar", "Vista aérea del salar durante la época de lluvias.", "EFE")]


def test_a_no_in_a_class_name_negates_inside_that_name_only() -> None:
    # "lang-no" is Norwegian; the next name is a share bar all the same
    assert "share" in class_words("lang-no share-bar") and "share" not in class_words("entry-content no-share")
