"""Conventions of the broadcasters' pages of set html34 (issue #11, round 52): "txt" for a picture's caption beside
a picture word (Taiwanese TV news sites' div.img_box > div.img_txt), the Taiwanese lead-in "示意圖／" (illustrative
picture) and "資料照" (file photo) glued to the outlet whose archive it is.

Every page and credit here is written for these tests, in the styles those publishers use.
"""
from __future__ import annotations

import pytest

from captions import parse_credit
from captions.parse.html.page import read_html
from tests.html_story import HEAD, TAIL, pictures

STORY = "<p>受颱風外圍環流影響，花蓮山區昨夜起降下豪雨，蘇花公路和仁路段清晨發生落石，雙向一度封閉。</p>"


def img_box(text: str, alt: str = "山區道路") -> str:
    return f'<div class="img_box"><img src="https://img.example.tw/1.jpg" alt="{alt}"><div class="img_txt">{text}</div></div>'


def test_txt_beside_a_picture_word_names_the_pictures_caption() -> None:
    body = STORY + img_box("蘇花公路和仁路段清晨發生落石，公路局派員搶通。（圖／TVBS）") + STORY
    assert pictures(body) == [("蘇花公路和仁路段清晨發生落石，公路局派員搶通。", "TVBS")]


def test_txt_alone_names_no_caption() -> None:
    body = STORY + '<div class="box"><img src="https://img.example.tw/1.jpg" alt="山區道路"><div class="txt">' \
        "受颱風外圍環流影響，蘇花公路清晨發生落石。</div></div>" + STORY
    assert pictures(body) == []  # "txt" alone is any text block: a story's, a card's


@pytest.mark.parametrize("text, raw, agencies", [
    ("（示意圖／TVBS資料照）", "TVBS資料照", ["TVBS"]),
    ("（示意圖／shutterstock）", "shutterstock", ["Shutterstock"]),
    ("（圖／中央社資料照）", "中央社資料照", ["中央社"]),
])
def test_illustrative_picture_lead_in_and_file_photo_glued_to_the_outlet(text: str, raw: str, agencies: list[str]) -> None:
    photos = read_html(HEAD + STORY + img_box(text) + STORY + TAIL).photos
    assert [(p.caption, p.credit.raw if p.credit else None) for p in photos] == [(None, raw)], text
    assert photos[0].credit is not None and photos[0].credit.agencies == agencies, text


def test_file_photo_word_names_no_one() -> None:
    assert parse_credit("TVBS資料照").agencies == ["TVBS"]


@pytest.mark.parametrize("credit, photographers, agencies", [
    ("3Cat/Laia Puig", ["Laia Puig"], ["3Cat"]),
    ("Screengrab/Geo News", [], ["Geo News"]),
    ("ไทยพีบีเอส", [], ["ไทยพีบีเอส"]),
    ("ინტერპრესნიუსი", [], ["ინტერპრესნიუსი"]),
])
def test_broadcasters_and_wires_as_their_own_credits_print_them(credit: str, photographers: list[str],
                                                                  agencies: list[str]) -> None:
    parsed = parse_credit(credit)
    assert (parsed.photographers, parsed.agencies) == (photographers, agencies), credit


@pytest.mark.parametrize("caption, expected", [
    ("Veïns del Masnou observen els danys al passeig (3Cat/Laia Puig)",
     ("Veïns del Masnou observen els danys al passeig", "3Cat/Laia Puig")),
    ("Water stands in a street of Korangi after the rain. — Screengrab/Geo News",
     ("Water stands in a street of Korangi after the rain.", "Screengrab/Geo News")),
    ("ფოტო: ინტერპრესნიუსი", (None, "ინტერპრესნიუსი")),
])
def test_a_broadcasters_credit_closing_a_figcaption(caption: str, expected: tuple[str | None, str]) -> None:
    body = f'<figure><img src="https://cdn.example/1.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
    assert pictures("<p>The story.</p>" + body + "<p>More of it.</p>") == [expected], caption


@pytest.mark.parametrize("credit", ["Direitos Reservados", "Derechos reservados", "Reporter"])
def test_rights_reserved_in_full_and_an_unnamed_reporter_name_no_one(credit: str) -> None:
    parsed = parse_credit(credit)
    assert (parsed.raw, parsed.photographers, parsed.agencies) == (credit, [], []), credit


def test_a_writers_title_after_a_name_still_names_the_writer_only_as_a_byline() -> None:
    assert parse_credit("Jo Li/Harbour Post Reporter").photographers == ["Jo Li"]


THAI_STORY = "<p>ฝนตกหนักต่อเนื่องตลอดคืนทำให้น้ำป่าไหลหลากเข้าท่วมบ้านเรือนประชาชนกว่า 40 หลังคาเรือน</p>"


@pytest.mark.parametrize("credit, raw", [
    ("ภาพ : ไทยพีบีเอส", "ไทยพีบีเอส"),
    ("ขอบคุณภาพ : รอยเตอร์", "รอยเตอร์"),
    # a body's long name in a script with no capitals, which no list knows: the lead-in goes all the same
    ("ภาพ : ศูนย์ป้องกันและบรรเทาสาธารณภัยเขตเชียงใหม่", "ศูนย์ป้องกันและบรรเทาสาธารณภัยเขตเชียงใหม่"),
    ("Photo : Ville de Lorient", "Ville de Lorient"),
])
def test_a_lead_in_whose_colon_a_space_sets_off_is_dropped_from_a_credit_element(credit: str, raw: str) -> None:
    body = ('<figure><img src="https://cdn.example/1.jpg" alt=""><figcaption><span class="caption-text">'
            f'เจ้าหน้าที่ช่วยกันขนย้ายสิ่งของขึ้นที่สูง</span><span class="credit">{credit}</span></figcaption></figure>')
    assert pictures(THAI_STORY + body + THAI_STORY) == [("เจ้าหน้าที่ช่วยกันขนย้ายสิ่งของขึ้นที่สูง", raw)], credit


def test_a_figure_whose_class_says_grafik_is_a_chart_no_picture() -> None:
    chart = ('<figure class="grafik"><img src="/pegel.png" alt="Pegelstand der Weser"><figcaption class="caption">'
             '<span class="captiontext">Der Pegel der Weser bei Hameln seit Montag.</span>'
             '<span class="copyright">&copy; Beispiel-Rundfunk</span></figcaption></figure>')
    assert pictures("<p>Die Weser steigt.</p>" + chart + "<p>Der Scheitel kommt am Freitag.</p>") == []


@pytest.mark.parametrize("player", [
    ('<div class="video-embed"><div class="epb-player"><img class="epb-player__poster" src="https://cdn.example/v.jpg" '
     'alt=""></div><div class="video-caption"><span class="caption-text">The news crew at the quay.</span>'
     '<span class="image-author">Photo: EPB</span></div></div>'),
    ('<div class="videoplayer"><div class="mediaplayer-frame"><img src="https://cdn.example/v.jpg" alt="Waves"></div>'
     '<div class="videoinfo"><p>Morning bulletin, 2 min</p><span class="copyright">© EPB</span></div></div>'),
])
def test_a_video_players_poster_and_the_text_beside_it_are_no_picture(player: str) -> None:
    assert pictures("<p>The tide rose two metres.</p>" + player + "<p>The road is closed.</p>") == []


def test_an_image_beside_a_player_but_not_in_it_is_still_a_picture() -> None:
    body = ('<div class="story-photo"><img src="https://cdn.example/p.jpg" alt="Quay"><p class="caption">'
            'Sea water covers the quay. Photo: Mira Holm/EPB</p></div><div class="player-wrap"></div>')
    assert pictures("<p>The tide rose.</p>" + body + "<p>The road is closed.</p>") == [
        ("Sea water covers the quay.", "Mira Holm/EPB")]
