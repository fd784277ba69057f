"""Pages that once blew the HTML reader up: deep nesting round a caption, thousands of pictures side by side.

The timing bounds are generous: they catch a quadratic blow-up, not a slow machine. Every page here is
written for these tests.
"""
from __future__ import annotations

import time

from captions.parse.html.page import read_html

HEAD = "<!DOCTYPE html><html><head><title>Floods in the valley | The Daily Example</title></head><body><article>\n"
TAIL = "\n</article></body></html>"


def pictures(body: str) -> list[tuple[str | None, str | None, str | None]]:
    article = read_html(HEAD + body + TAIL)
    return [(p.description, p.caption, p.credit.raw if p.credit else None) for p in article.photos]


def test_a_caption_in_spans_nested_thousands_deep_under_a_bare_image_still_reads() -> None:
    body = ('<p><img src="a.jpg" width="800"><br>' + "<span>" * 2000 + "<em>Rain on the quay. Photo: Jo Li/AFP</em>"
            + "</span>" * 2000 + "</p>")
    assert pictures(body) == [(None, "Rain on the quay.", "Jo Li/AFP")]


def test_thousands_of_bare_images_each_before_a_paragraph_take_no_quadratic_time() -> None:
    body = "".join(f'<p><img src="/img/{i}.jpg" width="800"></p><p><em>Rain number {i} on the quay. Photo: Jo Li/AFP</em></p>'
                   f"<p>{'Body text of the story. ' * 5}</p>" for i in range(2000))
    start = time.perf_counter()
    assert len(pictures(body)) == 2000
    assert time.perf_counter() - start < 10  # generous: linear takes about 0.5 s, quadratic took 30


def test_thousands_of_figures_linking_to_their_large_image_beside_headlines_take_no_quadratic_time() -> None:
    body = "".join(f'<figure><a href="/big/{i}.jpg"><img src="/img/{i}.jpg"></a><figcaption>Rain number {i} on the quay. '
                   f'Photo: Jo Li/AFP</figcaption></figure><p>Story text {i}.</p><h2><a href="/other/{i}">More rain</a></h2>'
                   for i in range(4000))
    start = time.perf_counter()
    assert len(pictures(body)) == 4000
    assert time.perf_counter() - start < 15  # generous: linear takes about 1 s, quadratic took 28


def test_thousands_of_credit_only_pictures_of_one_agency_take_no_quadratic_time() -> None:
    body = "".join(f'<div class="photo"><img src="https://cdn.example/p{i}.jpg" alt="" width="900" height="600">'
                   f'<div class="photo-credit">Foto: AFP</div></div><p>{"Body text of the story. " * 5}</p>'
                   for i in range(3000))
    start = time.perf_counter()
    assert len(pictures(body)) == 3000
    assert time.perf_counter() - start < 10  # generous: linear takes about 0.5 s, quadratic took 25


def test_thousands_of_figures_sharing_one_caption_take_no_quadratic_time() -> None:
    # each printing of a caption was compared with every earlier one (printed_once): 3000 took 40 s
    body = "".join(f'<figure><img src="/img/{i}.jpg"><figcaption>Rain on the quay. Photo: Jo Li/AFP</figcaption>'
                   "</figure>" for i in range(3000))
    start = time.perf_counter()
    assert pictures(body) == [(None, "Rain on the quay.", "Jo Li/AFP")] * 3000
    assert time.perf_counter() - start < 15  # generous: linear takes about 1.5 s


def test_thousands_of_credit_elements_in_one_caption_take_no_quadratic_time() -> None:
    # each was asked whether it stood inside every one kept before it (figure._outermost)
    body = ('<figure><img src="a.jpg"><figcaption>Rain on the quay.'
            + '<span class="credit">Photo: Jo Li/AFP</span>' * 8000 + "</figcaption></figure>")
    start = time.perf_counter()
    assert pictures(body) == [(None, "Rain on the quay.", "Jo Li/AFP")]
    assert time.perf_counter() - start < 10  # generous: linear takes about 0.3 s, quadratic took 20


def test_thousands_of_credit_elements_in_one_picture_box_take_no_quadratic_time() -> None:
    # each asked the box whether it held a player (holds_media), and whether its box held an image (_text_box)
    flat = ('<div class="photo"><img src="a.jpg" width="900">' + '<div class="photo-credit">Foto: AFP</div>' * 8000
            + "</div>")
    boxed = ('<div class="photo"><img src="a.jpg" width="900"><div><p>Rain on the quay.</p>'
             + '<span class="credit">Foto: AFP</span>' * 8000 + "</div></div>")
    start = time.perf_counter()
    assert pictures(flat) == pictures(boxed) == [(None, None, "AFP")]
    assert time.perf_counter() - start < 10  # generous: linear takes about 1 s, quadratic took 60


def test_thousands_of_credit_lines_in_a_story_of_no_image_take_no_quadratic_time() -> None:
    # each climbed to the story's box and searched it whole for an image (container_of)
    body = ('<div class="story"><div class="inner">'
            + "".join(f'<p>Story text {i}.</p><span class="photo-credit">Foto: AFP</span>' for i in range(8000))
            + "</div></div>")
    start = time.perf_counter()
    assert pictures(body) == []
    assert time.perf_counter() - start < 15  # generous: linear takes about 2.5 s, quadratic took 40


def test_a_figure_of_thousands_of_images_takes_no_quadratic_time() -> None:
    # each image was compared with every one counted before it (grouped_images), and the figure searched for its
    # images once for each of its pictures (bare_pictures)
    told_apart = ('<figure class="gallery">'
                  + "".join(f'<img src="/img/{i}.jpg" width="800" alt="Boat {i}">' for i in range(8000))
                  + "<figcaption>Rain on the quay. Photo: Jo Li/AFP</figcaption></figure>")
    unlabelled = ('<figure>' + "".join(f'<img src="/img/{i}.jpg" width="800">' for i in range(16000))
                  + "<figcaption>Rain on the quay. Photo: Jo Li/AFP</figcaption></figure>")
    start = time.perf_counter()
    assert pictures(told_apart) == [(f"Boat {i}", "Rain on the quay.", "Jo Li/AFP") for i in range(8000)]
    assert pictures(unlabelled) == [(None, "Rain on the quay.", "Jo Li/AFP")]  # two crops of one picture, maybe
    assert time.perf_counter() - start < 10  # generous: linear takes about 0.7 s, quadratic took 35


def test_a_gallery_figure_of_thousands_of_figures_takes_no_quadratic_time() -> None:
    # each inner figure was asked whether it stood inside every one found before it (gallery._inner_figures)
    body = ('<figure class="gallery">'
            + "".join(f'<figure><img src="/img/{i}.jpg" alt="Boat {i}"></figure>' for i in range(8000))
            + "<figcaption>Boats reach the square. Photo: Jo Li/AFP</figcaption></figure>")
    start = time.perf_counter()
    assert pictures(body) == [(f"Boat {i}", "Boats reach the square.", "Jo Li/AFP") for i in range(8000)]
    assert time.perf_counter() - start < 15  # generous: linear takes about 3.5 s, quadratic took 23


def test_thousands_of_gallery_items_printing_a_credit_only_take_no_quadratic_time() -> None:
    # each was asked which of all the page's pictures stood inside it (gallery_credit_over_slides)
    body = "".join(f'<div class="gallery-item"><img src="/img/{i}.jpg" width="800"><span class="photo-credit">Foto: AFP'
                   f"</span></div><p>Text {i}.</p>" for i in range(8000))
    start = time.perf_counter()
    assert pictures(body) == [(None, None, "AFP")] * 8000
    assert time.perf_counter() - start < 15  # generous: linear takes about 3 s, quadratic took 32
