"""Conventions of set html54's pages (issue #11, round 83): credits and the names in them, as regional papers of
many countries print them.

Every page and credit here is written for these tests, in the styles those publishers use.
"""
from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from captions import parse_credit, split_caption_credit
from captions.knowledge.registry import bundled_registry
from captions.parse.html.conventions import conventions_for
from captions.parse.html.meta import read_metadata
from captions.parse.html.page import read_html
from tests.html_story import HEAD, TAIL, pictures


@pytest.mark.parametrize("raw, agencies, via", [
    ("VIA HARBOUR FERRIES", ["HARBOUR FERRIES"], ["HARBOUR FERRIES"]),
    ("via Facebook", ["Facebook"], ["Facebook"]),
    ("Via the Town of Greyhaven", ["the Town of Greyhaven"], ["the Town of Greyhaven"]),
    ("Jo Li via Reuters", ["Reuters"], ["Reuters"]),
    ("VIA Rail", ["VIA Rail"], []),  # the railway's name opens with the word: no source after it
], ids=["capitals", "platform", "town", "maker-then-via", "railway"])
def test_parse_credit_opening_with_via_names_the_source_it_came_via(raw: str, agencies: list, via: list) -> None:
    credit = parse_credit(raw)
    assert (list(credit.agencies), list(credit.via)) == (agencies, via), raw
    assert list(credit.photographers) == (["Jo Li"] if raw.startswith("Jo") else []), raw


def _page(title: str, headline: str, body: str) -> str:
    return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body><main><article><h1>{headline}</h1>\n"
            f"<p>The river rose through the night and the bridge gave way before dawn.</p>{body}</article></main></body></html>")


def _captioned(caption: str, credit: str) -> str:
    return (f'<figure><img src="https://img.example.org/1.jpg" alt=""><figcaption class="photo__caption">{caption}'
            f'<span class="photo__author">{credit}</span></figcaption></figure>')


@pytest.mark.parametrize("credit, raw", [
    ("/Dok. BPBD Kabupaten Garut", "Dok. BPBD Kabupaten Garut"),
    ("/ Warta Priangan", "Warta Priangan"),
    ("| SDIS 29", "SDIS 29"),
], ids=["glued-slash", "spaced-slash", "bar"])
def test_the_slash_opening_a_credit_element_sets_it_apart_and_names_no_one(credit: str, raw: str) -> None:
    body = _captioned("Petugas membantu warga menyeberang.", credit)
    assert pictures(body) == [("Petugas membantu warga menyeberang.", raw)], body


@pytest.mark.parametrize("credit", ["|", "/"], ids=["bar", "slash"])
def test_a_credit_element_printing_a_mark_alone_is_no_credit(credit: str) -> None:
    # review 44: "|" alone was read as the credit once the slash joined the bar (an empty string is in "|/")
    body = _captioned("Petugas membantu warga menyeberang.", credit)
    assert pictures(body) == [("Petugas membantu warga menyeberang.", None)], body


def test_the_site_a_title_names_after_the_headline_is_the_outlet_of_its_credits() -> None:
    markup = _page("Bridge swept away - Warta Priangan", "Bridge swept away",
                   _captioned("The bridge after the flood.", "/Warta Priangan/Dedi Nurhakim Saputra"))
    credit = read_html(markup).photos[0].credit
    assert credit is not None, markup
    assert (list(credit.photographers), list(credit.agencies)) == (["Dedi Nurhakim Saputra"], ["Warta Priangan"])


@pytest.mark.parametrize("title, site", [
    ("Bridge swept away - Warta Priangan", "Warta Priangan"),
    ("Bridge swept away | The Daily Example", "The Daily Example"),
    ("Warta Priangan - Bridge swept away", None),  # no headline before the separator
    ("Bridge swept away - live updates as the river keeps rising tonight", None),  # a tagline, no name
], ids=["dash", "bar", "site-first", "tagline"])
def test_read_metadata_takes_the_site_from_the_title_after_the_headline(title: str, site: str | None) -> None:
    tree = LexborHTMLParser(_page(title, "Bridge swept away", ""))
    assert read_metadata(tree, conventions_for(bundled_registry())).site == site, title


Z = "\u200d"  # the zero-width joiner of a Sinhala conjunct: "ශ්‍රී" prints with it


@pytest.mark.parametrize("text, caption, credit", [
    (f"ගංවතුරෙන් යටවූ මාර්ගය. (ඡායාරූපය: ශ්{Z}රී ලංකා ගුවන් හමුදා මාධ්{Z}ය අංශය)", "ගංවතුරෙන් යටවූ මාර්ගය.",
     f"ශ්{Z}රී ලංකා ගුවන් හමුදා මාධ්{Z}ය අංශය"),
    (f"ගංවතුරෙන් යටවූ මාර්ගය (ඡායාරූපය: ශ්{Z}රී ලංකා ගුවන් හමුදා මාධ්{Z}ය අංශය)", "ගංවතුරෙන් යටවූ මාර්ගය",
     f"ශ්{Z}රී ලංකා ගුවන් හමුදා මාධ්{Z}ය අංශය"),
    ("बाढ़ में डूबी सड़क. (फोटो: राष्ट्रीय आपदा प्रबंधन प्राधिकरण)", "बाढ़ में डूबी सड़क.", "राष्ट्रीय आपदा प्रबंधन प्राधिकरण"),
    ("امدادگران در گردنه. (عکس: جمعیت هلال احمر استان نمونه)", "امدادگران در گردنه.", "جمعیت هلال احمر استان نمونه"),
], ids=["sinhala-stopped", "sinhala-unstopped", "hindi", "persian"])
def test_split_caption_credit_reads_a_longer_source_in_the_brackets_after_a_leadin(text: str, caption: str,
                                                                                   credit: str) -> None:
    assert split_caption_credit(text) == (caption, credit), text


@pytest.mark.parametrize("text", [
    # seven words and more in the brackets are a sentence's, not a source's name
    "बाढ़ में डूबी सड़क (फोटो: लोग पानी में से होकर अपने घरों की ओर जा रहे हैं)",
    # review 44: four to six words naming no body are a sentence too: "symbolic picture taken from social media",
    # "the picture does not reflect the event", "an illustrative picture only, not the real event"
    "बाढ़ का दृश्य। (फोटो: प्रतीकात्मक तस्वीर सोशल मीडिया से ली गई)",
    "مشهد من الفيضانات في المدينة. (تصوير: الصورة لا تعبر عن الحدث)",
    "สภาพน้ำท่วมในเมือง (ภาพ: ภาพประกอบข่าวเท่านั้น ไม่ใช่เหตุการณ์จริง)",
], ids=["seven-words", "hindi-symbolic", "arabic-disclaimer", "thai-illustration"])
def test_split_caption_credit_leaves_a_sentence_in_brackets_after_a_leadin_alone(text: str) -> None:
    assert split_caption_credit(text)[1] is None, text


@pytest.mark.parametrize("raw, agencies", [
    (f"ශ්{Z}රී ලංකා නාවික හමුදාව", [f"ශ්{Z}රී ලංකා නාවික හමුදාව"]),
    (f"ආපදා කළමනාකරණ මධ්{Z}යස්ථානය", [f"ආපදා කළමනාකරණ මධ්{Z}යස්ථානය"]),
    ("සුනිල් පෙරේරා", []),  # a person's or a body's: the letters cannot say
], ids=["navy", "centre", "name"])
def test_sinhala_bodies_in_a_caption_paragraph_are_agencies_kept_as_printed(raw: str, agencies: list) -> None:
    body = (f'<div class="news-image"><img src="https://img.example.org/1.jpg" alt="">'
            f'<p class="img-caption">ගංවතුරෙන් යටවූ මාර්ගය. (ඡායාරූපය: {raw})</p></div>')
    credit = read_html(HEAD + body + TAIL).photos[0].credit
    assert credit is not None and (credit.raw, list(credit.agencies), list(credit.photographers)) == (raw, agencies, []), raw


def _box(block: str, credit: str, images: int = 1) -> str:
    imgs = "".join(f'<img src="https://img.example.org/{block}-{n}.jpg" alt="">' for n in range(images))
    return (f'<div class="{block}-container">{imgs}<div class="{block}-text">'
            f'<div class="{block}-credit">{credit}</div></div></div>')


@pytest.mark.parametrize("body, expected", [
    # the box of one image names the credit element as its part: a picture credited only
    (_box("storyvisual", "Ljósmynd/Vegagerðin"), [(None, "Ljósmynd/Vegagerðin")]),
    # the credit element named after another block: no picture's, the box names no part of it
    ('<div class="storyvisual-container"><img src="https://img.example.org/1.jpg" alt=""><div class="storyvisual-text">'
     '<div class="sidebar-credit">Ljósmynd/Vegagerðin</div></div></div>', []),
    # a box of two images under one credit: which picture it credits the names do not say
    (_box("storyvisual", "Ljósmynd/Vegagerðin", images=2), []),
    # review 44: a story's box named so, its paragraphs beside the image: the credit line is the story's (one
    # unnamed line beside the image may be its caption, and the box stays a picture's)
    ('<div class="story-container"><img src="https://img.example.org/1.jpg" alt=""><div class="story-body"><p>Der '
     'Sturm traf die Küste.</p><p>Die Feuerwehr war im Einsatz.</p></div><div class="story-text"><p class="story-credit">Text: Jana Roth / dpa</p></div>'
     '</div>', []),
    # review 44: a prefix every element around the box prints too is a builder's, no picture's block
    ('<div class="elementor-column"><div class="elementor-widget-wrap">' + _box("elementor", "Photo: Reuters")
     + '</div></div>', []),
    # one unnamed line beside the image is no story: the box is still the picture's
    ('<div class="storyvisual-container"><img src="https://img.example.org/1.jpg" alt=""><p>Bátar við bryggju.</p>'
     '<div class="storyvisual-text"><div class="storyvisual-credit">Ljósmynd/Vegagerðin</div></div></div>',
     [(None, "Ljósmynd/Vegagerðin")]),
], ids=["one-block", "other-block", "two-images", "story-beside", "builder-prefix", "one-line-beside"])
def test_a_credit_element_named_as_part_of_its_image_box_makes_a_picture(body: str, expected: list) -> None:
    assert pictures(body) == expected, body


def _credited_figure(n: int, credit: str, caption: str = "") -> str:
    own = f'<figcaption class="peu-foto">{caption}</figcaption>' if caption else ""
    return (f'<figure class="foto-cos"><div class="foto-autor">{credit}</div>'
            f'<img src="https://img.example.org/row-{n}.jpg" alt="">{own}</figure>')


ROW_CAPTION = "Els operaris retiren les branques que arrossegava l'aigua."


def test_a_caption_after_a_row_of_uncaptioned_figures_goes_on_each() -> None:
    # two figures side by side, the caption paragraph after them: each picture's, with its own credit
    body = (f'<div class="fotos-doble">{_credited_figure(1, "JORDI PUIGVERT")}{_credited_figure(2, "MIREIA SOLÀ")}'
            f'<p class="peu-foto">{ROW_CAPTION}</p></div>')
    assert pictures(body) == [(ROW_CAPTION, "JORDI PUIGVERT"), (ROW_CAPTION, "MIREIA SOLÀ")], body


def test_a_credit_line_after_the_row_caption_goes_on_each_with_it() -> None:
    # review 44: the row's credit printed after its caption, in the row's box, was left a picture of its own
    body = ('<div class="fotos-doble"><figure class="foto-cos"><img src="https://img.example.org/row-1.jpg" alt="">'
            '</figure><figure class="foto-cos"><img src="https://img.example.org/row-2.jpg" alt=""></figure>'
            f'<p class="peu-foto">{ROW_CAPTION}</p><span class="foto-autor">Fotos: Mireia Solà</span></div>')
    assert pictures(body) == [(ROW_CAPTION, "Mireia Solà"), (ROW_CAPTION, "Mireia Solà")], body


@pytest.mark.parametrize("body", [
    # one figure with a caption of its own: the paragraph after the row is no caption of the row's
    f'<div class="fotos-doble">{_credited_figure(1, "JORDI PUIGVERT", "El pont de la Margineda.")}'
    f'{_credited_figure(2, "MIREIA SOLÀ")}<p class="peu-foto">{ROW_CAPTION}</p></div>',
    # a paragraph of the story between the figures: no row
    f'<div class="fotos-doble">{_credited_figure(1, "JORDI PUIGVERT")}<p>El riu baixa ple.</p>'
    f'{_credited_figure(2, "MIREIA SOLÀ")}<p class="peu-foto">{ROW_CAPTION}</p></div>',
], ids=["one-captioned", "story-between"])
def test_a_caption_after_figures_that_are_no_row_goes_on_none_of_them(body: str) -> None:
    found = pictures(body)
    assert not any(caption == ROW_CAPTION and credit for caption, credit in found), body


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("GOVERN D'ANDORRA", [], ["GOVERN D'ANDORRA"]),
    ("Govern de les Illes Balears", [], ["Govern de les Illes Balears"]),
    ("Núria Serra/Govern de la Vall", ["Núria Serra"], ["Govern de la Vall"]),
], ids=["capitals", "balearic", "photographer-and-government"])
def test_parse_credit_reads_the_catalan_government_as_a_body(raw: str, photographers: list, agencies: list) -> None:
    credit = parse_credit(raw)
    assert (list(credit.photographers), list(credit.agencies)) == (photographers, agencies), raw
