"""Words in angle brackets that no tag could be are text: the film and book titles Korean pages print so
("<오직 그대만>", "<The Quiet Shore>"); real tags ("<br>", "</p>", "<img src=...>", "<image>") are still markup."""
from __future__ import annotations

import pytest

from captions import parse_page
from captions.text import strip_tags
from tests.html_story import figure, pictures


@pytest.mark.parametrize("line, expected", [
    ("개막작 <바다의 끝>의 배우들", "개막작 <바다의 끝>의 배우들"),
    ("<The Quiet Shore>의 감독", "<The Quiet Shore>의 감독"),
    ("영화 <Man on Fire>의 주연", "영화 <Man on Fire>의 주연"),
    ("영화 <Wonderful 인생>의 주연", "영화 <Wonderful 인생>의 주연"),
    ("영화 <Amour!>의 주연", "영화 <Amour!>의 주연"),
    ("陸地へ<JR駅前 2013年3月24日撮影>", "陸地へ<JR駅前 2013年3月24日撮影>"),
], ids=["hangul", "latin-title", "title-with-small-word", "latin-then-hangul", "punctuated-word", "japanese-note"])
def test_words_no_tag_could_be_stay(line: str, expected: str) -> None:
    assert strip_tags(line) == expected, line


@pytest.mark.parametrize("line, expected", [
    ("배우들<br>", "배우들"),
    ("</p>배우들", "배우들"),
    ('<img src="https://img.example.org/1.jpg" alt="배우">배우들', "배우들"),
    ("<image>배우들</image>", "배우들"),
    ("<video controls autoplay>배우들", "배우들"),
    ("<TD NOWRAP>배우들", "배우들"),
    ("<br/>배우들", "배우들"),
    ("<Title>배우들", "배우들"),
    ("배우<?php echo $name; ?>들", "배우들"),
    ("배우<?= $name ?>들", "배우들"),
], ids=["br", "closing-p", "img", "image", "bare-attributes", "old-capitals", "self-closing", "one-latin-word",
        "php-left-unrun", "php-short-echo"])
def test_tags_go(line: str, expected: str) -> None:
    assert strip_tags(line) == expected, line


def test_a_latin_title_stays_in_a_dumps_caption() -> None:
    page = "부산영화제 개막\n영화 <Man on Fire>의 배우 오세린이 레드카펫을 걷고 있다.<br> /사진=뉴스1\n"
    assert [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos] == [
        ("영화 <Man on Fire>의 배우 오세린이 레드카펫을 걷고 있다.", "뉴스1")]


def test_a_latin_title_stays_in_an_html_caption() -> None:
    caption = "영화 &lt;The Quiet Shore&gt;의 감독이 손을 흔들고 있다. /사진=뉴스1"
    assert pictures(figure(caption)) == [("영화 <The Quiet Shore>의 감독이 손을 흔들고 있다.", "뉴스1")]


def test_a_template_s_unrun_php_is_no_part_of_a_dump_s_headline_or_credit() -> None:
    page = "Floods <?php echo $edition; ?>in the valley\nBoats reach the square. [Jo Li/AFP<?php ?>]\n"
    article = parse_page(page)
    assert (article.title, [(p.caption, p.credit.raw if p.credit else None) for p in article.photos]) == (
        "Floods in the valley", [("Boats reach the square.", "Jo Li/AFP")])


@pytest.mark.parametrize("line", ["Floods <?php echo $post->title; ?>in the valley",
                                  "Floods <?PHP echo $edition; ?>in the valley",
                                  "Floods <?php if ($a > 1) { ?>in the valley<?php } ?>"],
                         ids=["object-operator", "upper-case", "comparison"])
def test_php_holding_a_greater_than_sign_or_written_in_capitals_goes_too(line: str) -> None:
    assert strip_tags(line) == "Floods in the valley"
