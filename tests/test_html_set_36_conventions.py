"""Conventions of set html36's pages (issue #11, round 55): the French press's "Ph." and the Indonesian "Dok."
opening a credit after a caption's sentence; a wire and the Japanese agency distributing it joined by "＝"; Greek
lead-ins printed in capitals, without their accents; public bodies handing out pictures (Austria's states, the
Dutch archives, a defence force, the Armenian government's staff, Japanese cities and prefectures).

Every page and credit here is written for these tests, in the styles those publishers use.
"""
from __future__ import annotations

import pytest

from captions import parse_credit
from captions.parse.credit_in_line import split_caption_credit
from tests.html_story import figure, pictures


@pytest.mark.parametrize("text, expected", [
    ("Des motos sur la route réparée, le 7 octobre 2026 à Goma. Radio Exemple/Ph. Pascal Mulumba",
     ("Des motos sur la route réparée, le 7 octobre 2026 à Goma.", "Radio Exemple/Ph. Pascal Mulumba")),
    ("Des Casques bleus sécurisent le pont. Ph. ONU/Claire Ilunga",
     ("Des Casques bleus sécurisent le pont.", "Ph. ONU/Claire Ilunga")),
    ("Petugas memasang rambu di ujung jembatan. Dok. Dinas PUPR",
     ("Petugas memasang rambu di ujung jembatan.", "Dok. Dinas PUPR")),
])
def test_abbreviated_picture_word_after_a_sentence_opens_the_credit(text: str, expected: tuple[str, str]) -> None:
    assert pictures(figure(text)) == [expected], text


def test_abbreviated_picture_word_inside_a_sentence_stays_in_the_caption() -> None:
    text = "Le Dr. Ph. Martin visite le chantier de la route de Sake"
    assert pictures(figure(text)) == [(text, None)]


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("Radio Exemple/Ph. Pascal Mulumba", ["Pascal Mulumba"], ["Radio Exemple"]),
    ("Ph. ONU/Claire Ilunga", ["Claire Ilunga"], ["ONU"]),
    ("Dok. Dinas PUPR", [], ["Dinas PUPR"]),
    ("Dok. KAI Commuter", [], ["KAI Commuter"]),  # the records' holder, the source, not a photographer
])
def test_abbreviated_picture_words_name_no_one(raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.raw, credit.photographers, credit.agencies) == (raw, photographers, agencies), raw


@pytest.mark.parametrize("raw, agencies", [
    ("ロイター＝共同", ["Reuters", "Kyodo"]),
    ("ロイター=共同", ["Reuters", "Kyodo"]),
    ("AFP＝時事", ["AFP", "時事"]),
    ("로이터=연합뉴스", ["Reuters", "Yonhap"]),
    ("제주=연합뉴스", ["Yonhap"]),  # a place before "=" names no one
])
def test_wire_and_its_distributor_joined_by_equals(raw: str, agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.agencies, credit.via) == (agencies, []), raw  # no "via" is printed, so none is read (SPEC)


def test_wire_and_distributor_close_a_japanese_caption() -> None:
    assert split_caption_credit("観光客でにぎわう海外の朝市＝2025年5月（ロイター＝共同）") == (
        "観光客でにぎわう海外の朝市＝2025年5月", "ロイター＝共同")


@pytest.mark.parametrize("text, expected", [
    ("ΦΩΤΟΓΡΑΦΙΑ: ΝΙΚΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ", (None, "ΝΙΚΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ")),
    ("Ο δήμαρχος κατά τα εγκαίνια του έργου. (ΦΩΤ. ΑΡΧΕΙΟΥ: ΚΥΠΕ)", ("Ο δήμαρχος κατά τα εγκαίνια του έργου.", "ΚΥΠΕ")),
    ("ΦΩΤΟΓΡΑΦΙΑ ΑΡΧΕΙΟΥ: SHUTTERSTOCK", (None, "SHUTTERSTOCK")),
    ("Ο δήμαρχος κατά τα εγκαίνια. (Φωτ. αρχείου: ΚΥΠΕ)", ("Ο δήμαρχος κατά τα εγκαίνια.", "ΚΥΠΕ")),
])
def test_greek_leadins_in_capitals_without_accents(text: str, expected: tuple[str | None, str]) -> None:
    assert split_caption_credit(text) == expected, text


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("Land Steiermark/Landesgeologie", [], ["Land Steiermark", "Landesgeologie"]),
    ("Land Tirol/Anna Berger", ["Anna Berger"], ["Land Tirol"]),
    ("Nationaal Archief / Anefo", [], ["Nationaal Archief", "Anefo"]),
    ("Stadsarchief Amsterdam", [], ["Stadsarchief Amsterdam"]),
    ("Facebook/Singapore Civil Defence Force", [], ["Facebook", "Singapore Civil Defence Force"]),
    ("ՀՀ կառավարության աշխատակազմ", [], ["ՀՀ կառավարության աշխատակազմ"]),
    ("港町市提供", [], ["港町市"]),
    ("福岡県提供", [], ["福岡県"]),
    ("Jo Land/AFP", ["Jo Land"], ["AFP"]),  # "Land" alone is no body's word: a surname
    ("เทศบาลนครเชียงใหม่", [], ["เทศบาลนครเชียงใหม่"]),  # a Thai municipality, by its opening word
    ("กรมป้องกันและบรรเทาสาธารณภัย", [], ["กรมป้องกันและบรรเทาสาธารณภัย"]),  # a department
    ("საავტომობილო გზების დეპარტამენტი", [], ["საავტომობილო გზების დეპარტამენტი"]),  # a Georgian department
    ("შსს", [], ["შსს"]),
    ('נת"י', [], ['נת"י']),
])
def test_public_bodies_handing_out_pictures(raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies), raw


def test_armenian_government_staff_after_the_leadin_closes_the_caption() -> None:
    assert split_caption_credit("Նախարարը ճեպազրույցի ժամանակ, Երևան։ (Լուսանկարը՝ ՀՀ կառավարության աշխատակազմ)") == (
        "Նախարարը ճեպազրույցի ժամանակ, Երևան։", "ՀՀ կառավարության աշխատակազմ")


@pytest.mark.parametrize("caption, expected", [
    ("新長廊將設單車徑及觀景台。（土木工程拓展署圖片）", ("新長廊將設單車徑及觀景台。", "土木工程拓展署圖片")),
    ("舊碼頭早前已停用。（資料圖片／黃嘉欣攝）", ("舊碼頭早前已停用。", "資料圖片／黃嘉欣")),
    ("區內居民經常在海旁緩跑。（資料圖片）", ("區內居民經常在海旁緩跑。", "資料圖片")),
])
def test_hong_kong_picture_credits_close_the_caption(caption: str, expected: tuple[str, str]) -> None:
    assert pictures(figure(caption)) == [expected], caption


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("土木工程拓展署圖片", [], ["土木工程拓展署"]),  # a department's picture: its ending, 署, names a body
    ("消防處圖片", [], ["消防處"]),
    ("資料圖片／黃嘉欣攝", ["黃嘉欣"], []),  # file picture / photographed by
    ("時事通信フォト", [], ["時事通信"]),  # a known agency's picture, as before
])
def test_picture_word_glued_to_a_body(raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies), raw


def test_file_picture_in_a_related_card_is_no_picture() -> None:
    card = ('<aside class="article__recommend"><h2>相關文章</h2><a class="card" href="/news/1">'
            '<img src="https://img.example.hk/2.jpg" alt="車站"><p class="card__title">鐵路站明年動工</p>'
            '<p class="card__caption">（資料圖片）</p></a></aside>')
    assert pictures(figure("區內居民經常在海旁緩跑。（陳志明攝）") + card) == [("區內居民經常在海旁緩跑。", "陳志明")]


@pytest.mark.parametrize("counter", ["1", "2/4", "3 of 9", "2 de 4"])
def test_a_slides_counter_in_its_own_element_is_no_part_of_the_caption(counter: str) -> None:
    slide = ('<figure class="gallery-item"><img src="https://img.example.org/g/1.jpg" alt="Boats">'
             f'<figcaption><span class="gallery-item__counter">{counter}</span>'
             '<span class="caption">Fishing boats lie on the exposed lake bed.</span></figcaption></figure>')
    assert pictures(slide) == [("Fishing boats lie on the exposed lake bed.", None)], counter


def test_an_element_named_counter_holding_words_stays() -> None:
    slide = ('<figure><img src="https://img.example.org/g/1.jpg" alt="Boats"><figcaption>'
             '<span class="counter">Fishing boats lie on the exposed lake bed.</span></figcaption></figure>')
    assert pictures(slide) == [("Fishing boats lie on the exposed lake bed.", None)]


def credit_box(credit: str) -> str:
    return ('<div class="photo-captioned"><div class="photo-captioned__container"><img src="https://img.example.nz/1.jpg"'
            ' alt="A barge"></div><div class="photo-captioned__information">'
            f'<span class="photo-captioned__credit">{credit}</span></div></div>')


def test_a_credit_alone_two_levels_down_a_box_named_for_the_photo_is_a_picture() -> None:
    assert pictures(credit_box("Photo: LDR / Sam Whiting") + "<p>The port company says dredging begins soon.</p>") == [
        (None, "LDR / Sam Whiting")]


def test_a_credit_alone_two_levels_down_a_box_named_otherwise_is_none() -> None:
    body = ('<div class="story-body"><div><img src="https://img.example.nz/1.jpg" alt="A barge"></div>'
            '<div class="meta"><span class="photo-captioned__credit">Photo: LDR / Sam Whiting</span></div></div>')
    assert pictures(body) == []


@pytest.mark.parametrize("card", [
    '<li class="o-digest__item"><a href="/news/5001"><img src="https://img.example.nz/t.jpg" alt=""><h3>Ferry timetable'
    ' changes for summer</h3></a><span class="photo-captioned__credit">Photo: Example Radio</span></li>',
    '<div class="views-row"><a href="/2026/10/02/story"><img src="https://img.example.cd/t.jpg" alt=""></a>'
    '<div class="views-field-title"><a href="#">Des pluies font trois morts</a></div>'
    '<div class="caption-media">Radio Exemple/Ph. Pascal Mulumba</div></div>',
])
def test_a_credit_beside_a_cards_link_is_no_picture(card: str) -> None:
    assert pictures(credit_box("Photo: LDR / Sam Whiting") + f"<ul>{card}</ul>") == [(None, "LDR / Sam Whiting")]


def test_a_story_picture_linking_to_its_gallery_keeps_its_credit() -> None:
    body = ('<figure><a href="/gallery/harbour"><img src="https://img.example.nz/1.jpg" alt="A barge"></a>'
            '<figcaption>Photo: LDR / Sam Whiting</figcaption></figure>')
    assert pictures(body) == [(None, "LDR / Sam Whiting")]
