"""Conventions of set html50's pages (issue #11, round 77): a credit printed over the picture's corner, inside the
image's wrapper, with the caption under the wrapper; a gallery's one credit line over slides printing none.

Every page and credit here is written for these tests, in the styles those publishers use.
"""
from __future__ import annotations

import pytest

from tests.html_story import pictures


def _overlaid(credit: str, caption: str, n: int = 1) -> str:
    return (f'<div class="noticia-imagem"><div class="imagem-wrap"><img src="https://img.example.org/{n}.jpg" alt="">'
            f'<span class="imagem-credito">{credit}</span></div>'
            f'<div class="imagem-legenda">{caption}</div></div>')


@pytest.mark.parametrize("body, expected", [
    (_overlaid("© Agência Exemplo", "O guindaste no cais"), [("O guindaste no cais", "Agência Exemplo")]),
    (_overlaid("© Rui Semedo/Jornal Exemplo", "Estivadores no cais.") + "<p>O porto abre às seis.</p>"
     + _overlaid("© Arquivo", "O cais em 2019", 2),
     [("Estivadores no cais.", "Rui Semedo/Jornal Exemplo"), ("O cais em 2019", "Arquivo")]),
], ids=["one", "two-among-paragraphs"])
def test_credit_over_the_image_goes_with_the_caption_under_it(body: str, expected: list) -> None:
    assert pictures(body) == expected, body


def test_credit_over_one_of_two_images_in_a_box_stays_its_own() -> None:
    # the caption's box holds another image too: the credit in one image's wrapper is not read as the caption's
    body = ('<div class="noticia-imagem"><div class="imagem-wrap"><img src="https://img.example.org/1.jpg" alt="">'
            '<span class="imagem-credito">© Ana Lima</span></div>'
            '<img src="https://img.example.org/2.jpg" alt=""><div class="imagem-legenda">Dois cais</div></div>')
    assert ("Dois cais", "Ana Lima") not in pictures(body), body


def _gallery(line: str, slides: list[str], box: str = "gallery") -> str:
    inner = "".join(f'<div class="gallery__slide"><img src="https://img.example.org/g{n}.jpg" alt="">'
                    f'<span class="gallery__count">{n} of {len(slides)}</span><p class="gallery__caption">{text}</p></div>'
                    for n, text in enumerate(slides, 1))
    return f'<div class="{box}"><h3 class="gallery__title">Gallery: Lanterns</h3><p class="gallery__credit">{line}</p>{inner}</div>'


@pytest.mark.parametrize("body, expected", [
    (_gallery("Photos: Sam Te Rangi", ["The lantern leads the parade.", "Children carry lanterns."]),
     [("The lantern leads the parade.", "Sam Te Rangi"), ("Children carry lanterns.", "Sam Te Rangi")]),
    (_gallery("Fotos: Ana Ruiz", ["La procesión sale de la iglesia.", "Fuegos artificiales. Foto: Cortesía"]),
     [("La procesión sale de la iglesia.", "Ana Ruiz"), ("Fuegos artificiales.", "Cortesía")]),
], ids=["photos-line", "spanish-slide-keeps-its-own"])
def test_a_gallerys_credit_line_goes_on_each_slide_printing_none(body: str, expected: list) -> None:
    assert pictures(body) == expected, body


def test_a_gallerys_credit_line_for_one_picture_is_no_blanket() -> None:
    # "Photo:" credits one picture: the line stays a picture's of its own, the slides uncredited
    body = _gallery("Photo: Sam Te Rangi", ["The lantern leads the parade.", "Children carry lanterns."])
    assert ("The lantern leads the parade.", "Sam Te Rangi") not in pictures(body), body
