"""Reading HTML pages: pictures, captions, credits and alt text from the markup (issue 12).

Every page here is written for these tests, in the styles publishers use.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from captions.inputs.html_bytes import header_charset, looks_like_html_bytes
from captions.inputs.sources import decode
from captions.parse.html.page import looks_like_html, read_html, read_pictures, split_caption_credit
from captions.knowledge.registry import bundled_registry

REGISTRY = bundled_registry()
HEAD = "<!DOCTYPE html><html><head><title>Floods in the valley | The Daily Example</title></head><body>\n"
TAIL = "\n</body></html>"


def pictures(body: str) -> list[tuple[str | None, str | None, str | None]]:
    article = read_html(HEAD + body + TAIL)
    return [(p.description, p.caption, p.credit.raw if p.credit else None) for p in article.photos]


@pytest.mark.parametrize(("body", "expected"), [
    # caption and credit in their own spans, the credit's label hidden
    ('<figure><img alt="A flooded street" src="a.jpg"><figcaption><span class="caption">Water fills Main Street.</span>'
     '<span class="credit"><span class="sr-only">Credit:</span>Jo Li/AFP</span></figcaption></figure>',
     [("A flooded street", "Water fills Main Street.", "Jo Li/AFP")]),
    # one text node: the credit after a lead-in word
    ('<figure><img alt="" src="a.jpg"><figcaption>Water fills Main Street. Photograph: Jo Li/AFP</figcaption></figure>',
     [(None, "Water fills Main Street.", "Jo Li/AFP")]),
    # caption | credit
    ('<figure><img src="a.jpg"><figcaption><p>Water fills Main Street. | AP Photo/Sam Ford</p></figcaption></figure>',
     [(None, "Water fills Main Street.", "AP Photo/Sam Ford")]),
    # the credit closing the caption in parentheses
    ('<figure><img src="a.jpg"><figcaption>Water fills Main Street. (REUTERS/Ana Ruiz)</figcaption></figure>',
     [(None, "Water fills Main Street.", "REUTERS/Ana Ruiz")]),
    # microdata: caption and copyrightHolder, the credit printed first
    ('<figure itemscope itemtype="https://schema.org/ImageObject"><img src="a.jpg" alt="Flood">'
     '<figcaption><span itemprop="copyrightHolder">© Getty Images</span> <span itemprop="caption">Water fills Main Street.</span>'
     '</figcaption></figure>',
     [("Flood", "Water fills Main Street.", "Getty Images")]),
    # page controls inside the caption go; the credit has its own element
    ('<div class="image-block"><div class="imagewrap"><img src="a.jpg" alt="A field"></div><div class="credit-caption">'
     '<div class="caption"><p>A farmer checks his crop. <b class="hide-caption">hide caption</b></p></div>'
     '<span class="credit">Jo Li/AP</span></div></div>',
     [("A field", "A farmer checks his crop.", "Jo Li/AP")]),
    # a credit on its own line in brackets, in an element no class name marks
    ('<figure><img src="a.jpg"><figcaption><span>Rain floods the underpass. </span><span>(Jo Li/The Daily Example)</span>'
     '</figcaption></figure>',
     [(None, "Rain floods the underpass.", "Jo Li/The Daily Example")]),
    # a linked credit alone is a credit, not a teaser
    ('<figure><img src="a.jpg" alt="Bridge"><figcaption><a href="https://photos.example/jo">Photo by Jo Li</a></figcaption></figure>',
     [("Bridge", None, "Jo Li")]),
    # WordPress wraps a story's own lead picture in "post-thumbnail"
    ('<div class="post-thumbnail"><figure class="wp-block-image"><img src="a.jpg" alt="Bridge"><figcaption '
     'class="wp-element-caption">The bridge opened in May. Photo: Jo Li/AP</figcaption></figure></div>',
     [("Bridge", "The bridge opened in May.", "Jo Li/AP")]),
    # one text node: a lead-in credit opening it, ending in a known agency, the caption after it
    ('<figure><img src="a.jpg" alt="Marktplatz"><figcaption>Foto: Lena Vogt/dpa Besucher drängen sich auf dem Marktplatz.'
     '</figcaption></figure>',
     [("Marktplatz", "Besucher drängen sich auf dem Marktplatz.", "Lena Vogt/dpa")]),
    # a credit in <cite>, no caption
    ('<figure><img src="a.jpg"><cite>Photo by Kim Ode / The Daily Example</cite></figure>',
     [(None, None, "Kim Ode / The Daily Example")]),
])
def test_html_figure_conventions(body: str, expected: list) -> None:
    assert pictures(body) == expected, body


def test_html_credit_in_an_unmarked_element_of_the_figure() -> None:
    body = ('<figure><img src="a.jpg" alt="Rain"><span role="text"><span class="visually-hidden">Image source, </span>'
            'Getty Images</span><figcaption><span class="visually-hidden">Image caption, </span>Rain on the quay.</figcaption></figure>')
    assert pictures(body) == [("Rain", "Rain on the quay.", "Getty Images")]


def test_html_figure_whose_class_says_caption_is_one_picture() -> None:
    body = ('<div class="story"><figure class="image has-caption"><img src="a.jpg" alt="Rain">'
            '<figcaption>Rain on the quay. Photo: Jo Li/AFP</figcaption></figure></div>')
    assert pictures(body) == [("Rain", "Rain on the quay.", "Jo Li/AFP")]


def test_html_alt_text_from_the_noscript_fallback() -> None:
    body = ('<figure><div class="lazy"></div><noscript><img src="a.jpg" alt="Boats  on the river"></noscript>'
            '<figcaption>Boats reach the square. [Jo Li/AFP]</figcaption></figure>')
    assert pictures(body) == [("Boats on the river", "Boats reach the square.", "Jo Li/AFP")]


def test_html_picture_printed_for_two_layouts_is_one_picture() -> None:
    caption = '<div class="image-caption"><span>Boats reach the square.</span> <span>Photo: Jo Li/AFP</span></div>'
    body = (f'<div class="hero"><img class="wide" src="a.jpg" alt="Boats"><img class="narrow" src="a.jpg" alt="Boats">{caption}</div>'
            f'<div class="sidebar">{caption}</div>')
    assert pictures(body) == [("Boats", "Boats reach the square.", "Jo Li/AFP")]


@pytest.mark.parametrize("body", [
    # a related-story teaser, even with caption markup
    '<section class="related-stories"><figure><img src="t.jpg" alt="Pier"><figcaption>Pier lights switched on. Photo: AFP</figcaption></figure></section>',
    # a teaser's caption is a headline linking elsewhere
    '<figure><a href="/x"><img src="t.jpg" alt="Pier"></a><figcaption><a href="/x">Pier lights switched on for the season</a></figcaption></figure>',
    # a share bar built of figures
    '<div class="social-share"><figure><img src="f.svg" alt=""><figcaption>Facebook</figcaption></figure></div>',
    # a video
    '<figure class="media"><div class="video-player"></div><figcaption>Watch: the flood from the air. Photo: AFP</figcaption></figure>',
    # a byline is not a credit
    '<p class="byline">By Jo Li</p><figure><img src="a.jpg" alt="x"></figure>',
    # the text's copyright line
    '<p>Body text.</p><div class="copyright">© dpa</div>',
])
def test_html_not_pictures(body: str) -> None:
    assert pictures(body) == [], body


def test_html_gallery_header_is_furniture() -> None:
    body = ('<figure><amp-img src="g.jpg" alt="Cars in snow"></amp-img><figcaption><header><h3>Winter in pictures</h3>'
            '<h4>21 January 2025</h4></header><p>Drivers queue below the pass</p><p>Getty</p></figcaption></figure>')
    assert pictures(body) == [("Cars in snow", "Drivers queue below the pass", "Getty")]


def test_html_one_list_caption_covers_a_group_of_figures() -> None:
    body = ('<div><figure><img src="1.jpg" alt="Lamp"></figure><figure><img src="2.jpg" alt="Logbook"></figure>'
            '<ul><li><p>Left, the lamp; right, the logbook.</p></li></ul></div>')
    assert pictures(body) == [("Lamp", "Left, the lamp; right, the logbook.", None),
                              ("Logbook", "Left, the lamp; right, the logbook.", None)]


def test_html_headline_date_and_section_from_the_metadata() -> None:
    page = ('<!doctype html><html><head><meta property="og:title" content="Floods in the valley">'
            '<meta property="article:published_time" content="2025-03-14T07:30:00Z">'
            '<meta property="article:section" content="Weather"></head><body><h1>Other</h1></body></html>')
    article = read_html(page)
    assert (article.title, str(article.date), article.section) == ("Floods in the valley", "2025-03-14", "Weather")


def test_html_og_title_without_the_site_name() -> None:
    page = ('<html><head><meta property="og:title" content="Floods in the valley - The Daily Example">'
            '<meta property="og:site_name" content="The Daily Example"></head><body></body></html>')
    assert read_html(page).title == "Floods in the valley"


def test_html_title_without_the_site_name_and_date_from_json_ld() -> None:
    page = ('<html><head><title>Floods in the valley | The Daily Example</title><script type="application/ld+json">'
            '{"@type": "NewsArticle", "datePublished": "2025-03-14"}</script></head><body></body></html>')
    article = read_html(page)
    assert (article.title, str(article.date)) == ("Floods in the valley", "2025-03-14")


def test_html_structured_credit_fills_a_picture_that_prints_none() -> None:
    page = ('<html><head><script type="application/ld+json">{"@type": "ImageObject", "url": "https://x.org/a.jpg", '
            '"creditText": "Jo Li/AFP"}</script></head><body><figure><img src="https://x.org/a.jpg">'
            '<figcaption>Boats reach the square.</figcaption></figure></body></html>')
    photo = read_html(page).photos[0]
    assert (photo.credit.raw, photo.credit_source) == ("Jo Li/AFP", "structured")


def test_html_printed_credit_wins_over_the_structured_one() -> None:
    page = ('<html><head><script type="application/ld+json">{"@type": "ImageObject", "url": "a.jpg", '
            '"creditText": "Reuters"}</script></head><body><figure><img src="a.jpg">'
            '<figcaption>Boats reach the square. Photo: Jo Li/AFP</figcaption></figure></body></html>')
    _, [picture] = read_pictures(page, registry=REGISTRY)
    assert (picture.credit, picture.credit_source, picture.structured_credit) == ("Jo Li/AFP", "printed", "Reuters")


def test_html_zero_width_spaces_do_not_split_names() -> None:
    [photo] = read_html(HEAD + '<figure><img src="a.jpg"><figcaption>Rain. © Ben Ode/\u200bAFP/\u200bGetty Images</figcaption></figure>' + TAIL).photos
    assert (photo.credit.raw, photo.credit.agencies) == ("Ben Ode/\u200bAFP/\u200bGetty Images", ["AFP", "Getty Images"])


def test_split_caption_credit_is_the_page_dump_split() -> None:
    assert split_caption_credit("Boats reach the square. [Jo Li/AFP]", REGISTRY) == ("Boats reach the square.", "Jo Li/AFP")


@pytest.mark.parametrize(("text", "expected"), [
    ("<!DOCTYPE html><html>", True),
    ("\ufeff  <!-- saved --> <html lang='en'>", True),
    ("Floods in the valley\nBoats reach the square. <p> [Jo Li/AFP]", False),
    ("<Headless> body found in the river\nDivers search the river.", False),  # a dump's headline, no tag
    ("<head><title>Floods</title></head>", True),
    ('<figure><img src=a.jpg alt="Boats"><figcaption>Boats. Photo: Jo Li/AFP</figcaption></figure>', True),
    ('<img src="a.jpg" alt="Boats">', True),
    ("<p>Boats reach the square.</p>", True),
    ("<DIV class=story>", True),
    ("<body>", True),
    ("<!-- saved from the web -->", True),
    ("<!-- exported by pagedump -->\n date 2026-03-02 World\nFloods hit the valley", False),  # a dump under a comment
    ("<!-- saved --><meta charset='utf-8'><title>Floods</title>", True),  # a page with no html or head tag
    ("<!-- wp:image -->\n<figure class='wp-block-image'>", True),
    ("<< Back to the gallery\nBoats reach the square. [Jo Li/AFP]", False),
    ("<3 this picture\nBoats reach the square. [Jo Li/AFP]", False),
    ("<pre>not a tag pages open with", False),
])
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected
    assert looks_like_html_bytes(text.encode("utf-8")) is expected


def test_header_charset() -> None:
    assert [header_charset(h) for h in ("text/html; charset=ISO-8859-1", "text/html", "text/html; charset=nonesuch")] == [
        "iso8859-1", None, None]


def test_html_broken_and_truncated_markup_still_reads() -> None:
    page = HEAD + '<figure><img alt="Boats" src="a.jpg"><figcaption>Boats reach the square. Photo: Jo Li/AFP'
    assert pictures(page[len(HEAD):]) == [("Boats", "Boats reach the square.", "Jo Li/AFP")]


def test_html_megabytes_of_script_are_read_quickly() -> None:
    import time

    body = "<script>var state = '" + "x" * 5_000_000 + "';</script>" + '<figure><img src="a.jpg"><figcaption>Rain. [AFP]</figcaption></figure>'
    start = time.perf_counter()
    assert pictures(body) == [(None, "Rain.", "AFP")]
    assert time.perf_counter() - start < 10  # generous: catches a blow-up, not a slow machine


@given(st.binary(max_size=2000))
def test_html_reader_takes_any_bytes(data: bytes) -> None:
    text, _ = decode(data, "fuzz.html")
    read_html(text or "")


@given(st.lists(st.sampled_from(["<figure>", "</figure>", "<figcaption>", "</figcaption>", "<img alt='a b'>", "<p>",
                                 "[AFP]", "Photo: Jo Li/Reuters", "Boats reach the square.", " | ", "<cite>", "<ul><li>",
                                 "<span class='credit'>", "</span>", "<noscript>", "<script type='application/ld+json'>{",
                                 "<div class='related'>", "</div>", "&amp;", "\x00", "<!--"]), max_size=40))
def test_html_reader_takes_any_mix_of_caption_markup(parts: list[str]) -> None:
    page = HEAD + "".join(parts)
    assert read_html(page) == read_html(page)


def test_agencies_file_extends_the_html_conventions(runner, tmp_path) -> None:
    from captions.cli import app

    page = tmp_path / "page.html"
    page.write_text(HEAD + '<div class="bild"><img src="a.jpg" alt="Rain"><p class="bild-unterzeile">Rain on the quay. '
                    'Foto: Jo Li/AFP</p></div>' + TAIL, encoding="utf-8")
    extra = tmp_path / "mine.yaml"
    extra.write_text("html:\n  caption_words: [unterzeile]\n", encoding="utf-8")
    before = runner.invoke(app, ["catalog", str(page), "--format", "json"])
    after = runner.invoke(app, ["catalog", str(page), "--format", "json", "--agencies", str(extra)])
    assert '"photos": []' in before.stdout
    assert '"caption": "Rain on the quay."' in after.stdout and '"raw": "Jo Li/AFP"' in after.stdout


def test_agencies_file_with_an_unknown_html_list_is_refused(runner, tmp_path) -> None:
    from captions.cli import app

    extra = tmp_path / "mine.yaml"
    extra.write_text("html:\n  captionwords: [unterzeile]\n", encoding="utf-8")
    result = runner.invoke(app, ["catalog", "examples/html", "--agencies", str(extra)])
    assert result.exit_code != 0
    assert "unknown html list 'captionwords'" in result.stderr


def test_html_caption_nested_thousands_deep_still_reads() -> None:
    body = '<figure><img src="a.jpg"><figcaption>' + "<span>" * 5000 + "Rain. Photo: Jo Li/AFP" + "</span>" * 5000 + "</figcaption></figure>"
    assert pictures(body) == [(None, "Rain.", "Jo Li/AFP")]


def test_html_thousands_of_pictures_in_one_page_take_no_quadratic_time() -> None:
    import time

    body = "".join(f'<figure><img src="a{i}.jpg"><figcaption>Rain number {i} on the quay. Photo: Jo Li/AFP</figcaption></figure>'
                   f'<p>{"Body text. " * 100}</p>' for i in range(3000))
    start = time.perf_counter()
    assert len(pictures(body)) == 3000
    assert time.perf_counter() - start < 30  # generous: linear takes about 2 s


HTML_EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples" / "html").glob("*.html"))
# Pictures of the HTML examples still read otherwise than their truth says: (page, picture number from 1) -> why.
# Every other picture must be read exactly; a listed one read right fails the test, so the list is kept true.
# (round 107: "[사진 제공=종로구]" is read since a lead-in inside square brackets marks the credit, as in parentheses)
HTML_KNOWN_MISREADINGS: dict[tuple[str, int], str] = {}


@pytest.mark.parametrize("page", HTML_EXAMPLES, ids=lambda p: p.stem)
def test_html_example_reads_as_its_truth(page: Path) -> None:
    import yaml

    truth = yaml.safe_load(page.with_name(page.stem + ".truth.yaml").read_text(encoding="utf-8"))["photos"]
    found = [{"description": p.description, "caption": p.caption, "credit": p.credit.raw if p.credit else None,
              "photographers": list(p.credit.photographers) if p.credit else [],
              "agencies": list(p.credit.agencies) if p.credit else [], "via": list(p.credit.via) if p.credit else []}
             for p in read_html(page.read_text(encoding="utf-8")).photos]
    assert len(found) == len(truth), page.name
    misread = {n for n, (got, want) in enumerate(zip(found, truth), 1) if got != want}
    assert misread == {n for name, n in HTML_KNOWN_MISREADINGS if name == page.stem}, page.name
