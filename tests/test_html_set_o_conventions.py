"""Conventions of the press seen on blind set O (issue #11, round 20): "Photo:" lead-ins in Armenian ("Լուսանկարը՝"),
Sorani Kurdish ("وێنە:"), Burmese ("ဓာတ်ပုံ -") and Mongolian "Эх сурвалж:" (source); a lead-in and
a source alone in a caption element in a script with no capitals; the one-word class names "imgdesc" and "imgsource"
of Mongolian and Chinese portals; Welsh Drupal fields named "capsiwn" and "hawlfraint"; Welsh "Cyngor" (a council).

Every page and credit here is written for these tests, in the styles those publishers use.
"""
from __future__ import annotations

from captions import parse_credit
from tests.html_story import figure, pictures


def test_an_armenian_photo_leadin_opens_a_credit_line() -> None:
    body = ('<div class="article-img"><img src="https://cdn.example/1.jpg" alt="">'
            '<p class="img-caption">Սևանա լճի ափը առավոտյան</p><p class="img-author">Լուսանկարը՝ Անի Պետրոսյան</p></div>')
    assert pictures(body) == [("Սևանա լճի ափը առավոտյան", "Անի Պետրոսյան")]


def test_a_kurdish_leadin_closes_a_caption() -> None:
    assert pictures(figure("بازاڕی قەیسەری لە سلێمانی. وێنە: AFP")) == [("بازاڕی قەیسەری لە سلێمانی.", "AFP")]


def test_a_leadin_and_a_source_in_a_script_with_no_capitals_are_a_credit_alone() -> None:
    assert pictures(figure("وێنە: بەڕێوەبەرایەتیی هاتوچۆی سلێمانی")) == [(None, "بەڕێوەبەرایەتیی هاتوچۆی سلێمانی")]


def test_a_leadin_before_a_sentence_in_a_script_with_no_capitals_stays_a_caption() -> None:
    caption = "صورة: الأطفال يلعبون في الحديقة بعد المدرسة."
    assert pictures(figure(caption)) == [(caption, None)]


def test_a_burmese_photo_leadin_in_spaced_brackets() -> None:
    assert pictures(figure("ရန်ကုန်မြို့ရှိ ဈေးတစ်ခု။ ( ဓာတ်ပုံ - AFP )")) == [("ရန်ကုန်မြို့ရှိ ဈေးတစ်ခု။", "AFP")]


def test_imgdesc_and_imgsource_under_a_lazy_image_with_a_noscript_fallback() -> None:
    body = ('<div class="newsimg"><img class="lazy" src="/img/loading.gif" data-src="https://cdn.example/1.jpg" alt="">'
            '<noscript><img src="https://cdn.example/1.jpg" alt=""></noscript>'
            '<div class="imgdesc">Сүхбаатарын талбай өглөө</div><div class="imgsource">Эх сурвалж: МОНЦАМЭ</div></div>')
    assert pictures(body) == [("Сүхбаатарын талбай өглөө", "МОНЦАМЭ")]


def test_welsh_drupal_caption_and_copyright_fields() -> None:
    body = ('<article class="media media--type-image"><div class="field field--name-field-media-image">'
            '<img src="https://cdn.example/1.jpg" alt=""></div>'
            '<div class="field field--name-field-capsiwn">Y castell yn yr eira</div>'
            '<div class="field field--name-field-hawlfraint">Cadw</div></article>')
    assert pictures(body) == [("Y castell yn yr eira", "Cadw")]


def test_a_welsh_council_is_a_body() -> None:
    credit = parse_credit("Cyngor Sir Powys")
    assert (credit.photographers, credit.agencies) == ([], ["Cyngor Sir Powys"])


def test_a_figure_named_grafico_is_a_chart_not_a_picture() -> None:
    body = ('<figure class="grafico"><img src="https://cdn.example/mapa.png" alt="Mapa">'
            '<figcaption>Hectáreas queimadas por concello. <span class="autor">Fonte: Xunta de Galicia</span></figcaption></figure>')
    assert pictures(body) == []


def test_a_photo_figure_beside_a_grafico_figure_stays_a_picture() -> None:
    body = ('<figure class="foto"><img src="https://cdn.example/1.jpg" alt="">'
            '<figcaption>Brigadas no monte. <span class="autor">Antía Lorenzo</span></figcaption></figure>'
            '<figure class="mapa"><img src="https://cdn.example/2.png" alt="">'
            '<figcaption>Zona afectada. <span class="autor">Fonte: Xunta</span></figcaption></figure>')
    assert pictures(body) == [("Brigadas no monte.", "Antía Lorenzo")]
