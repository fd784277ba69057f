"""Odd and hostile markup real pages hold: broken values, node kinds few pages use, shapes no template meant.

Every page here is written for these tests. The reader must never fail on a page, whatever it holds; the
property test at the end builds pages from a grammar of such nodes and shapes.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from captions.parse.html.page import read_html

HEAD = "<!DOCTYPE html><html><head><title>Floods in the valley | The Daily Example</title></head><body><article>\n"
TAIL = "\n</article></body></html>"


def pictures(body: str) -> list[tuple[str | None, str | None, str | None]]:
    article = read_html(HEAD + body + TAIL)
    return [(p.description, p.caption, p.credit.raw if p.credit else None) for p in article.photos]


def test_a_link_to_a_host_urlsplit_refuses_is_read_as_any_link() -> None:
    # "http://[::1" (an IPv6 host never closed): urlsplit's ValueError failed the page
    body = ('<figure><a href="http://[::1/big.jpg"><img src="a.jpg" alt="Boats"></a>'
            '<figcaption>Boats reach the square. Photo: Jo Li/AFP</figcaption></figure>')
    assert pictures(body) == [("Boats", "Boats reach the square.", "Jo Li/AFP")]


def test_two_images_from_a_host_urlsplit_refuses_under_one_caption_are_told_apart_by_their_paths() -> None:
    figure = ('<figure><img src="http://[fe80::1/{}.jpg" alt="{}">'
              '<figcaption>Boats reach the square. Photo: Jo Li/AFP</figcaption></figure>')
    assert pictures(figure.format("a", "Boats") + figure.format("b", "Rain")) == [
        ("Boats", "Boats reach the square.", "Jo Li/AFP"), ("Rain", "Boats reach the square.", "Jo Li/AFP")]


def test_an_image_width_of_thousands_of_digits_is_no_icon() -> None:
    # int() refuses a number past 4300 digits: the page failed
    body = '<p><img src="a.jpg" width="' + "9" * 5000 + '"><br><em>Rain on the quay. Photo: Jo Li/AFP</em></p>'
    assert pictures(body) == [(None, "Rain on the quay.", "Jo Li/AFP")]


def test_a_figure_of_two_images_sized_in_thousands_of_digits_is_two_pictures() -> None:
    body = ('<figure><img src="a.jpg" alt="Boats" width="' + "9" * 5000 + '"><img src="b.jpg" alt="Rain" height="'
            + "1" * 5000 + '"><figcaption>Boats reach the square. Photo: Jo Li/AFP</figcaption></figure>')
    assert pictures(body) == [("Boats", "Boats reach the square.", "Jo Li/AFP"),
                              ("Rain", "Boats reach the square.", "Jo Li/AFP")]


def test_a_figure_inside_a_caption_is_no_part_of_that_caption() -> None:
    # the middle caption read "Inner. Photo: A/AP Mid.": the text of the figure inside it taken for its own
    # (the outermost figure frames figures: a gallery's, no picture of its own)
    body = ('<figure><img src="a.jpg"><figcaption><figure><img src="b.jpg"><figcaption><figure><img src="c.jpg">'
            '<figcaption>Inner. Photo: A/AP</figcaption></figure>Mid. Photo: B/AFP</figcaption></figure>'
            'Outer. Photo: C/Reuters</figcaption></figure>')
    assert pictures(body) == [(None, "Mid.", "B/AFP"), (None, "Inner.", "A/AP")]


def test_a_credit_element_of_a_figure_inside_a_caption_is_not_that_caption_s_credit() -> None:
    body = ('<figure><img src="a.jpg"><figcaption><figure><img src="b.jpg"><figcaption>Mid.<figure><img src="c.jpg">'
            '<figcaption>Inner. <span class="credit">A/AP</span></figcaption></figure></figcaption></figure>'
            '</figcaption></figure>')
    assert pictures(body) == [(None, "Mid.", None), (None, "Inner.", "A/AP")]


def test_a_ruby_reading_over_a_caption_s_words_is_no_part_of_the_caption() -> None:
    # furigana: the reading prints over the word in small type; read inline it doubled the word ("東京とうきょう")
    body = ('<figure><img src="a.jpg" alt="雪の街"><figcaption>雪が降った<ruby>東京<rp>(</rp><rt>とうきょう</rt>'
            "<rp>)</rp></ruby>の<ruby><rb>街</rb><rt>まち</rt></ruby>＝3日（共同）</figcaption></figure>")
    assert pictures(body) == [("雪の街", "雪が降った東京の街＝3日", "共同")]


def test_a_ruby_reading_in_its_container_is_no_part_of_the_caption_either() -> None:
    # <rtc> holds a second reading (or the readings of a run of <rb>): kept, it put "Tokyo" in the caption
    body = ('<figure><img src="a.jpg" alt="雪の街"><figcaption>雪が降った<ruby><rb>東</rb><rb>京</rb><rtc><rt>とう</rt>'
            "<rt>きょう</rt></rtc><rtc>Tokyo</rtc></ruby>の街＝3日（共同）</figcaption></figure>")
    assert pictures(body) == [("雪の街", "雪が降った東京の街＝3日", "共同")]


def test_a_byte_order_mark_inside_a_page_is_no_character_of_alt_text_caption_or_credit() -> None:
    # a template's included file saved with one: it printed nothing, and stayed in all three
    body = ('\ufeff<figure><img src="a.jpg" alt="\ufeffBoats"><figcaption>\ufeffBoats reach the square.\ufeff '
            'Photo: Jo Li/AFP\ufeff</figcaption></figure>')
    assert pictures(body) == [("Boats", "Boats reach the square.", "Jo Li/AFP")]


_FRAGMENTS = [
    # processing instructions, declarations, comments, CDATA, bogus comments
    "<?php echo get_the_ad(); ?>", "<?xml version='1.0' encoding='utf-8'?>", "<?", "<![CDATA[a < b]]>",
    "<!--[if IE]>", "<![endif]-->", "<![if !IE]>", "<!DOCTYPE html>", "<!---->", "<! bogus>", "</ x>",
    # entities and characters
    "&#0;", "&#xD800;", "&#99999999999;", "&amp", "&notit;", "\ufeff", "\x00", "\x01", "\u202e",
    # parser modes and foreign content
    "<template>", "</template>", "<svg>", "</svg>", "<image href='s.jpg'/>", "<title>", "</title>",
    "<foreignObject>", "</foreignObject>", "<math>", "<mtext>", "</math>", "<noscript>", "</noscript>",
    "<frameset>", "<frame>", "</frameset>", "<noframes>", "<iframe srcdoc='<figure><img src=q.jpg></figure>'></iframe>",
    "<xmp>", "</xmp>", "<plaintext>", "<textarea>", "</textarea>", "<isindex>", "<select>", "</select>",
    "<table>", "<tr>", "<td>", "</table>", "<caption>", "<dl>", "<dt>", "<dd>", "<ul>", "<li>",
    "<html>", "<head>", "<body>", "</body>", "<form>", "<h1>Floods</h1>",
    # names
    "<o:p></o:p>", "<fb:like></fb:like>", "<amp-img src='a.jpg' alt='amp'></amp-img>", "<x-figure>", "</x-figure>",
    "<image src='i.jpg' alt='alias'>", "<picture><source srcset='s.webp'></picture>", "<FIGURE>", "<FigCaption>",
    # attributes: none, doubled, broken values
    "<img src='a.jpg' alt='Boats'>", "<img src='b.jpg' width='800' height='600'>", "<img srcset=', ,, 2x'>",
    "<img src='http://[x/a.jpg'>", "<a href='http://[::1'>", "<a href='big.jpg'>", "<a href>", "</a>",
    "<p class>", "<p class='caption' class='credit'>", "<div class=\"a\x00b\">", "<img width='" + "9" * 30 + "'>",
    # captions and credits
    "<figure>", "</figure>", "<figcaption>", "</figcaption>", "<p>", "</p>", "<span>", "</span>", "<div>", "</div>",
    "<div class='caption'>", "<span class='credit'>", "<span class='photo-credit'>", "<cite>", "<div class='gallery'>",
    "<em>", "</em>", "<br>", "<script>", "</script>", "<style>", "</style>",
    "<script type='application/ld+json'>{\"@type\": \"ImageObject\", \"creditText\": ",
    "Boats reach the square.", "Photo: Jo Li/AFP", "[AFP]", "(AP Photo/Ahn Young-joon)", " | ", "©", "1/21", " ",
]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=60), st.integers(1, 3))
def test_html_reader_takes_any_page_of_odd_nodes_and_shapes(parts: list[str], times: int) -> None:
    page = "".join(parts) * times   # said again: figures in figures, captions repeated, credits side by side
    assert read_html(page) == read_html(page)
