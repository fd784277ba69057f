"""Two picture decisions on HTML pages (round 57): the writer's box is no picture, and the site's copyright notice
in a caption's or credit's element is furniture, so a gallery slide repeating the lead figure is the same picture.

Every page here is written for these tests, in the styles of Italian and Pakistani news sites.
"""
from __future__ import annotations

from tests.html_story import pictures

STORY = "<p>Una frana si è staccata nella notte dal versante sopra la provinciale, isolando tre frazioni.</p>"


def _figure(credit_elements: str) -> str:
    return ('<figure><img src="https://img.example.it/700/a4c9e1f07b2d.jpg" alt="La frana sulla provinciale">'
            '<figcaption><span class="news-caption">La frana che ha invaso la strada provinciale</span>'
            f"{credit_elements}</figcaption></figure>")


def _slide(file: str, alt: str, caption: str, credit: str) -> str:
    return (f'<div class="pg-slide"><img src="https://img.example.it/1130/{file}.jpg" alt="{alt}">'
            f'<div class="pg-caption">{caption} <span class="pg-credit">&copy; {credit}</span></div></div>')


def test_the_writers_face_named_author_img_is_no_picture() -> None:
    # Geo's writer box: a face named "author_img" in "author_title_img", the name, the date; a page whose gallery
    # names its credit elements reads it as a picture credited "Jo Li July 29, 2025 2:52 PM"
    box = ('<div class="author_title_img"><img class="author_img" src="https://img.example.pk/authors/jo-li.jpg" '
           'alt="Jo Li"><div class="author_name"><a href="/writer/jo-li">Jo Li</a></div>'
           '<p class="post-date-time">July 29, 2025 <span class="time">2:52 PM</span></p></div>')
    gallery = ('<div class="photogallery">' + _slide("5d20c8aa91", "Vigili del fuoco", "I vigili del fuoco al lavoro",
                                                      "ANSA/Vigili del Fuoco") + "</div>")
    assert pictures("<h1>Frana sulla provinciale, isolate tre frazioni</h1>" + box + STORY + gallery + STORY) == [
        ("I vigili del fuoco al lavoro", "ANSA/Vigili del Fuoco")]


def test_a_pictures_author_element_is_still_its_credit() -> None:
    figure = ('<figure><img src="https://img.example.it/700/b1.jpg" alt="Frana"><figcaption>La frana sulla provinciale'
              '<span class="photo__author">Giulia Ferri</span></figcaption></figure>')
    assert pictures(STORY + figure + STORY) == [("La frana sulla provinciale", "Giulia Ferri")]


def test_a_copyright_notice_set_off_by_a_dash_in_a_credit_element_is_furniture() -> None:
    notice = '<span class="news-credit">- RIPRODUZIONE RISERVATA</span><em class="news-copyright">&copy; ANSA</em>'
    assert pictures(STORY + _figure(notice) + STORY) == [("La frana che ha invaso la strada provinciale", "ANSA")]


def test_a_gallery_slide_repeating_the_lead_figure_is_then_one_picture() -> None:
    notice = '<span class="news-credit">- RIPRODUZIONE RISERVATA</span><em class="news-copyright">&copy; ANSA</em>'
    slide = _slide("a4c9e1f07b2d", "La frana sulla provinciale", "La frana che ha invaso la strada provinciale", "ANSA")
    assert pictures(_figure(notice) + STORY + '<div class="photogallery">' + slide + "</div>" + STORY) == [
        ("La frana che ha invaso la strada provinciale", "ANSA")]
