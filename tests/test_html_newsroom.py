"""Reading the markup of large newsrooms' CMSes and app frameworks: Arc XP, BLOX, Brightspot, AMP, React and Next.js.

Every page here is written for these tests, in the styles those sites print.
"""
from __future__ import annotations

from captions.parse.html.page import read_html

HEAD = "<!DOCTYPE html><html><head><title>Ice jam floods river towns | The Lakeshore Tribune</title></head><body>\n"
TAIL = "\n</body></html>"


def pictures(body: str) -> list[tuple[str | None, str | None, str | None]]:
    article = read_html(HEAD + body + TAIL)
    return [(p.description, p.caption, p.credit.raw if p.credit else None) for p in article.photos]


def test_caption_and_credit_named_by_data_testid_under_hashed_classes() -> None:
    body = ('<div class="css-1r2k9wl" data-testid="image-block"><div class="css-eb027h"><img alt="A dining car" src="a.jpg"></div>'
            '<div class="css-1x8v3cw" data-testid="image-caption">Breakfast south of Munich.</div>'
            '<div class="css-0" data-testid="image-credit">Jonas Pfeifer/Reuters</div></div>')
    assert pictures(body) == [("A dining car", "Breakfast south of Munich.", "Jonas Pfeifer/Reuters")]


def test_a_figure_in_a_rail_named_by_data_testid_is_no_picture() -> None:
    body = ('<article><figure><img alt="" src="a.jpg"><figcaption>Breakfast south of Munich.</figcaption></figure></article>'
            '<section class="css-4wep0k" data-testid="recirculation"><figure class="css-1x2y3z"><img alt="" src="b.jpg">'
            '<figcaption class="css-9kq7d2">The slow way across the Baltic</figcaption></figure></section>')
    assert pictures(body) == [(None, "Breakfast south of Munich.", None)]


def test_slide_counter_in_its_own_element_is_no_part_of_the_caption() -> None:
    body = ('<figure class="c-media-item"><img alt="" src="g1.jpg"><figcaption><span class="b-gallery__slide-count">1 / 3</span>'
            '<span class="c-media-item__caption">Volunteers fill sandbags.</span>'
            '<span class="c-media-item__credit">(Ray Okafor/The Lakeshore Tribune)</span></figcaption></figure>')
    assert pictures(body) == [(None, "Volunteers fill sandbags.", "Ray Okafor/The Lakeshore Tribune")]


def test_credit_lead_in_in_an_element_of_its_own_introduces_the_name_after_it() -> None:
    body = ('<figure><img alt="" src="a.jpg"><figcaption><span class="css-16f3y1r">A sleeper compartment.</span>'
            '<span class="css-cnj6d5"><span class="css-1ly73wi">Credit...</span><span>Anneke Voss</span></span>'
            '</figcaption></figure>')
    assert pictures(body) == [(None, "A sleeper compartment.", "Anneke Voss")]


def test_off_screen_labels_in_classes_with_no_readable_word_are_no_part_of_caption_or_credit() -> None:
    body = ('<figure class="bbc-1qn0xuy"><div class="bbc-189y18v"><img alt="Cattle at a well" src="a.jpg">'
            '<p role="text" class="bbc-ae7lbi"><span class="bbc-m04vo2">Source de l\'image, </span><span lang="en-GB">Getty Images</span></p>'
            '</div><figcaption class="bbc-1s9rd8k"><span class="bbc-m04vo2">Légende image, </span>Les bêtes boivent un jour sur deux.'
            '</figcaption></figure>')
    assert pictures(body) == [("Cattle at a well", "Les bêtes boivent un jour sur deux.", "Getty Images")]


def test_figure_with_no_caption_element_is_a_picture_when_its_text_is_a_credit() -> None:
    body = ('<figure class="bbc-1qn0xuy"><div class="bbc-189y18v"><noscript><img alt="" src="a.jpg"></noscript>'
            '<p role="text" class="bbc-ae7lbi"><span class="bbc-m04vo2">Image source, </span>AFP</p></div></figure>'
            '<figure><img alt="A quiet market" src="b.jpg"><p>Djibo market</p></figure>')
    assert pictures(body) == [(None, None, "AFP")]


def test_the_storys_copyright_line_beside_its_figures_is_no_picture() -> None:
    body = ('<div class="article__body"><p>Die Stadt hat die Altstadt gesperrt.</p>'
            '<figure><img alt="Sandsäcke" src="a.jpg"><figcaption>Freiwillige füllen Sandsäcke. Foto: dpa</figcaption></figure>'
            '<p class="article__copyright">© Mittelhessischer Bote 2025</p></div>')
    assert pictures(body) == [("Sandsäcke", "Freiwillige füllen Sandsäcke.", "dpa")]


def test_korean_photo_courtesy_lead_in_is_no_part_of_the_credit() -> None:
    body = '<figure><img alt="" src="a.jpg"><figcaption>구청 민원실에 마련된 한파 쉼터. [사진 제공=연합뉴스]</figcaption></figure>'
    assert pictures(body) == [(None, "구청 민원실에 마련된 한파 쉼터.", "연합뉴스")]


def test_a_reprint_button_in_the_caption_block_is_neither_caption_nor_credit() -> None:
    body = ('<figure class="photo"><img alt="" src="a.jpg"><figcaption class="caption"><div class="caption-container">'
            '<div class="caption-text"><p>A driver warms up his trotter.</p></div>'
            '<div class="photo-credit"><span class="tnt-byline">Colt Anders/Herald</span></div>'
            '<div class="photo-buy-container"><a class="btn btn-sm tnt-buy-now" href="/buy/1">Buy Now</a></div>'
            '</div></figcaption></figure>')
    assert pictures(body) == [(None, "A driver warms up his trotter.", "Colt Anders/Herald")]


def test_a_description_named_with_a_word_for_the_picture_is_its_caption() -> None:
    body = ('<div class="CarouselSlide"><div class="CarouselSlide-media"><img alt="A burned pickup" src="a.jpg"></div>'
            '<div class="CarouselSlide-info"><div class="CarouselSlide-infoDescription"><p>A burned truck on Sutter Ranch Road. '
            '(AP Photo/Noah Berg)</p></div><div class="CarouselSlide-infoAttribution"></div></div></div>')
    assert pictures(body) == [("A burned pickup", "A burned truck on Sutter Ranch Road.", "AP Photo/Noah Berg")]


def test_a_description_named_with_no_word_for_a_picture_is_no_caption() -> None:
    body = ('<header class="ArticlePage-header"><img alt="Crews on a ridge" src="a.jpg">'
            '<p class="ArticlePage-description">Firefighters held the line overnight as winds eased.</p></header>')
    assert pictures(body) == []


def test_a_source_line_in_a_figure_with_no_caption_element_is_no_picture_credit() -> None:
    body = '<figure><img alt="Bar chart of exports" src="chart.png"><p>Source: Eurostat</p></figure>'
    assert pictures(body) == []


def test_a_users_html_mapping_adds_attributes_that_name_elements() -> None:
    from captions.knowledge.html_conventions import bundled_conventions, conventions_from

    page = (HEAD + '<div class="c1"><img alt="" src="a.jpg"><div data-editable="metaCaption">Rain on the quay. '
            'Photo: Jo Li/AFP</div></div>' + TAIL)
    mine = conventions_from({"name_attributes": ["data-editable"]}, base=bundled_conventions())
    assert read_html(page).photos == []
    assert [(p.caption, p.credit.raw) for p in read_html(page, conventions=mine).photos] == [("Rain on the quay.", "Jo Li/AFP")]


def test_a_credit_printed_right_after_a_figure_with_no_caption_is_its_credit() -> None:
    body = ('<div class="story"><p>Die Stadt hat die Altstadt gesperrt.</p><figure><img alt="Pegel" src="a.jpg"></figure>'
            '<p class="bildnachweis copyright">Foto: Felix Brandt/dpa</p></div>')
    assert pictures(body) == [("Pegel", None, "Felix Brandt/dpa")]


def test_japanese_credit_in_full_width_parentheses_closing_the_caption() -> None:
    body = '<figure><img alt="" src="a.jpg"><figcaption>港に停泊する観測船（写真=共同）</figcaption></figure>'
    assert pictures(body) == [(None, "港に停泊する観測船", "共同")]
