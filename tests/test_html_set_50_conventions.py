"""Conventions of set html50's pages (issue #11, round 77): a credit printed over the picture's corner, inside the
image's wrapper, with the caption under the wrapper; a gallery's one credit line over slides printing none.

Every page and credit here is written for these tests, in the styles those publishers use.
"""
from __future__ import annotations

import pytest

from captions import parse_credit, split_caption_credit
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


_STORY = ("<p>More than 3,000 visitors came to the water village over the three days of the festival, the organising "
          "committee said on Sunday, the largest crowd since the first festival was held eleven years ago.</p>")


def _row(images: int, caption: str, alt: str = "") -> str:
    blocks = "".join(f'<p><img src="https://img.example.org/r{n}.jpg" alt="{alt}" width="600" height="400"></p>'
                     for n in range(images))
    return f"{_STORY}{blocks}<p><em>{caption}</em></p>{_STORY}"


@pytest.mark.parametrize("body, expected", [
    (_row(2, "TOP &amp; ABOVE: Crews race past the houses; and visitors queue at the stalls. PHOTOS: NURUL HADI"),
     [("TOP & ABOVE: Crews race past the houses; and visitors queue at the stalls.", "NURUL HADI")] * 2),
    (_row(3, "TOP, LEFT &amp; ABOVE: The race; the stalls; and the fireworks. PHOTOS: NURUL HADI"),
     [("TOP, LEFT & ABOVE: The race; the stalls; and the fireworks.", "NURUL HADI")] * 3),
    (_row(2, "ABOVE: The fireworks over the basin. PHOTO: NURUL HADI"),
     [("ABOVE: The fireworks over the basin.", "NURUL HADI")]),
    (_row(2, "▲輕軌列車行經駁二（上）與愛河之心（下）。（圖／記者林美玲攝）", alt="輕軌成圈首個週末"),
     [("輕軌列車行經駁二（上）與愛河之心（下）。", "記者林美玲")] * 2),
    (_row(2, "▲市長（左）與議員（右）在站前合影。（圖／記者林美玲攝）", alt="輕軌成圈首個週末"),
     [("市長（左）與議員（右）在站前合影。", "記者林美玲")]),
], ids=["top-and-above", "three-places", "one-place-one-picture", "chinese-top-and-bottom", "chinese-left-and-right-are-people"])
def test_one_caption_placing_a_row_of_images_goes_on_each(body: str, expected: list) -> None:
    assert pictures(body) == expected, body


@pytest.mark.parametrize("credit, agencies", [
    ("達志影像／美聯社", ["達志影像", "AP"]),
    ("示意圖／達志影像／美聯社", ["達志影像", "AP"]),
    ("Capture d’écran Gabon 1ère", ["Gabon 1ère"]),
    ("AGP", ["AGP"]),
    ("Inforpress", ["Inforpress"]),
], ids=["tpg-hands-on-ap", "illustrative-tpg-ap", "gabon-public-tv-screenshot", "gabon-state-agency", "cape-verde-state-agency"])
def test_state_and_photo_agencies_of_gabon_cape_verde_and_taiwan(credit: str, agencies: list[str]) -> None:
    read = parse_credit(credit)
    assert (read.photographers, read.agencies) == ([], agencies), credit


@pytest.mark.parametrize("caption, expected", [
    ("Le ministre lors de la cérémonie. © Capture d’écran Gabon 1ère", ("Le ministre lors de la cérémonie.", "Capture d’écran Gabon 1ère")),
    ("Le ministre lors de la cérémonie. © Gabon 1ère", ("Le ministre lors de la cérémonie.", "Gabon 1ère")),
    ("Le ministre lors de la cérémonie. © Canal 9", ("Le ministre lors de la cérémonie. © Canal 9", None)),  # unknown: left
], ids=["screenshot-of-the-channel", "the-channel", "unknown-numbered-name"])
def test_a_known_channel_named_with_a_number_closes_a_caption_after_the_copyright_sign(caption: str, expected: tuple) -> None:
    assert split_caption_credit(caption) == expected, caption


@pytest.mark.parametrize("caption, expected, agencies", [
    ("増水した川（１１日午後、港町市中央区）＝例新聞社ヘリから", ("増水した川（１１日午後、港町市中央区）", "例新聞社ヘリから"), ["例新聞社"]),
    ("浸水した住宅街（１１日午後、山里町）＝共同通信社ヘリから", ("浸水した住宅街（１１日午後、山里町）", "共同通信社ヘリから"), ["Kyodo"]),
    ("昨年の川祭り（港町川祭り連合会提供）", ("昨年の川祭り", "港町川祭り連合会提供"), ["港町川祭り連合会"]),
    ("にぎわう通り＝港町市中央区", ("にぎわう通り＝港町市中央区", None), []),  # where, not who
], ids=["paper-helicopter", "kyodo-helicopter", "federation-supplied", "place-after-equals"])
def test_a_japanese_aerial_picture_credited_to_the_outlets_helicopter(caption: str, expected: tuple, agencies: list) -> None:
    assert split_caption_credit(caption) == expected, caption
    assert (parse_credit(expected[1]).agencies if expected[1] else []) == agencies, caption


@pytest.mark.parametrize("credit, photographers, agencies", [
    ("Courtesy of the Mill County Drainage District", [], ["Mill County Drainage District"]),
    ("courtesy of the Directorate General of Highways", [], ["Directorate General of Highways"]),
    ("Courtesy of the Family Court", [], ["Family Court"]),  # the article says a body, whatever its words' shape
    ("Courtesy of the New York Times", [], ["The New York Times"]),  # known with its article: as the registry names it
    ("Courtesy of the Okafor family", [], []),
    ("Courtesy of the Haddad families", [], []),  # lower case only (review 42: "the Royal Family" is a body)
], ids=["district", "lower-case-courtesy", "court", "known-paper", "family", "families"])
def test_courtesy_of_the_body_or_the_family(credit: str, photographers: list, agencies: list) -> None:
    read = parse_credit(credit)
    assert (read.raw, read.photographers, read.agencies) == (credit, photographers, agencies), credit


@pytest.mark.parametrize("credit, agencies", [
    ("Skjermdump fra Facebook", ["Facebook"]),
    ("Skärmdump från SVT", ["SVT"]),
    ("Screenshot von YouTube", ["YouTube"]),
    ("Capture d’écran de France 2", ["France 2"]),
    ("Captura de pantalla de YouTube", ["YouTube"]),
], ids=["norwegian", "swedish", "german", "french", "spanish"])
def test_a_screenshot_from_its_source_names_the_source(credit: str, agencies: list[str]) -> None:
    read = parse_credit(credit)
    assert (read.raw, read.photographers, read.agencies) == (credit, [], agencies), credit
