"""Review 29: the words rounds 42-47 added, tried on text they should not touch.

Each case is invented: a preposition that is "and" in another language before a place of two capitalised words
("Juan Pérez en Nueva York") is no second photographer, the name before it is; a two-letter Chinese picture-set word inside prose
("工作小组图书", a working group's books) and Vietnamese "hàng loạt ảnh hưởng" (widespread effects) are no
headline of pictures; Japanese "さん" after a job ("看護師さん", the nurse) names no one; "Photo 12", a gallery's
counter, is no agency.
"""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page


@pytest.mark.parametrize("credit, photographers, agencies", [
    ("Juan Pérez en Nueva York", ["Juan Pérez"], []),
    ("Jean Dupont en Haute Savoie", ["Jean Dupont"], []),
    ("Marco Rossi a Palazzo Chigi", ["Marco Rossi"], []),
    ("Maria Silva na Praia Grande", ["Maria Silva"], []),
    ("Jan Kowalski na Stadionie Narodowym", ["Jan Kowalski"], []),
    ("JUAN PÉREZ EN NUEVA YORK/EFE", ["JUAN PÉREZ"], ["EFE"]),
    ("Jan Jansen en Piet de Vries/ANP", ["Jan Jansen"], ["ANP"]),
    ("Jan Novák a Petr Svoboda / ČTK", ["Jan Novák"], ["ČTK"]),
], ids=["spanish-en", "french-en", "italian-a", "portuguese-na", "polish-na", "spanish-capitals", "dutch-en",
        "czech-a"])
def test_a_preposition_before_a_place_is_no_and_between_two_photographers(credit: str, photographers: list[str],
                                                                         agencies: list[str]) -> None:
    """"en", "a", "na" are "and" in one language and "in", "at", "on" before a place in another: the name before
    one is the photographer's, and what follows (a place, or a second photographer) names no one."""
    parsed = parse_credit(credit)
    assert (parsed.photographers, parsed.agencies) == (photographers, agencies), credit


@pytest.mark.parametrize("credit, photographers", [
    ("Hans Müller und Anna Schmidt/dpa", ["Hans Müller", "Anna Schmidt"]),
    ("Anna Nowak i Jan Wiech", ["Anna Nowak", "Jan Wiech"]),
    ("Jānis Bērziņš un Anna Kalniņa/LETA", ["Jānis Bērziņš", "Anna Kalniņa"]),
], ids=["german", "polish", "latvian"])
def test_and_between_two_photographers_still_splits(credit: str, photographers: list[str]) -> None:
    assert parse_credit(credit).photographers == photographers


@pytest.mark.parametrize("page", [
    " date 2026-03-02 China\n工作小组图书采购清单公布\n\n记者 王小明\n\n"
    "本报讯 市教育局工作小组今天公布了今年的图书采购清单，共涉及五大类图书，总金额超过两百万元，预计年底前完成采购。\n\n"
    "1. 儿童文学类图书，共计三千册。\n\n2. 科普读物类图书，共计两千册。\n\n3. 历史人文类图书，共计一千五百册。\n\n"
    "4. 外语学习类图书，共计一千册。\n\n教育局表示，采购将严格按照规定进行公开招标，欢迎社会各界监督。\n",
    " date 2026-03-02 Vietnam\nBão số 3 gây hàng loạt ảnh hưởng tới nông nghiệp\n\n"
    "Theo Bộ Nông nghiệp, bão số 3 đã gây thiệt hại nặng nề cho nhiều tỉnh miền Bắc, với hàng nghìn hecta lúa bị "
    "ngập úng và nhiều công trình thủy lợi bị hư hỏng nghiêm trọng.\n\n1. Thái Bình: hơn 20.000 ha lúa bị ngập.\n\n"
    "2. Nam Định: hơn 15.000 ha lúa bị ngập.\n\n3. Hải Phòng: hơn 10.000 ha rau màu bị hư hại.\n\n"
    "4. Quảng Ninh: nhiều lồng bè nuôi trồng thủy sản bị cuốn trôi.\n\n"
    "Bộ đã cử các đoàn công tác xuống địa phương để hỗ trợ khắc phục hậu quả.\n",
], ids=["chinese-working-group-books", "vietnamese-widespread-effects"])
def test_a_picture_word_inside_a_prose_headline_frames_no_numbered_list(page: str) -> None:
    assert parse_page(page).photos == []


def test_a_two_letter_chinese_picture_set_word_still_marks_a_headline() -> None:
    page = (" date 2026-03-02 News\n组图：初雪后的古城\n\nThe flood's pictures, a day after the water went down.\n\n"
            "The main street is covered in mud.\n\nA family carries a sofa out of their house.\n\n"
            "Volunteers hand out water at the school.\n")
    assert [p.caption for p in parse_page(page).photos] == [
        "The main street is covered in mud.", "A family carries a sofa out of their house.",
        "Volunteers hand out water at the school."]


@pytest.mark.parametrize("credit", ["看護師さん提供", "運転手さん提供", "消防士さん提供", "自治会長さん提供"],
                         ids=["nurse", "driver", "firefighter", "residents-association-head"])
def test_a_job_before_japanese_san_names_no_one(credit: str) -> None:
    assert parse_credit(credit).photographers == [], credit


def test_a_gallery_counter_photo_12_is_no_agency() -> None:
    page = (" date 2026-03-02 World\nGallery of the week\n\nPhoto 12\n"
            "Commuters wait on the platform during the strike. Photo: Jane Doe/Reuters\n\n"
            "The story goes on below, a paragraph of prose that is long enough to be taken as prose.\n")
    photos = parse_page(page).photos
    assert [(p.caption, p.credit and p.credit.raw) for p in photos] == [
        ("Commuters wait on the platform during the strike.", "Jane Doe/Reuters")]
    assert parse_credit("Photo12").agencies == ["Photo12"]


@pytest.mark.parametrize("text", [
    "Marina Abramović al Museo di Bologna.\nRitratti: Marina Abramović e Ulay\n",
    "Kaum wanita berhimpun di Kuala Lumpur.\nSurat: Menteri Pendidikan Malaysia\n",
    "Suasana banjir di Jakarta.\nPotret: Presiden Joko Widodo\n",
    "Kalabalık meydanda toplandı.\nAta: Mehmet Yılmaz\n",
], ids=["italian-portraits", "malay-letter", "indonesian-snapshot", "turkish-name"])
def test_a_small_press_lead_in_that_is_a_word_of_a_larger_one_credits_no_one(text: str) -> None:
    page = (f" date 2026-03-02 World\nThe week\n\n{text}\n"
            "The story goes on below, a paragraph of prose that is long enough to be taken as prose.\n")
    assert parse_page(page).photos == []


@pytest.mark.parametrize("credit", ["Maison des Jeunes", "Amis des Arts", "Villa delle Rose", "Festa dei Noantri",
                                    "Gasthaus zum Löwen"],
                         ids=["french-youth-centre", "french-friends-of-arts", "italian-villa", "italian-feast",
                              "german-inn"])
def test_a_bodys_name_joined_by_a_plural_article_is_no_photographer(credit: str) -> None:
    assert parse_credit(credit).photographers == [], credit


@pytest.mark.parametrize("credit", ["Marco degli Esposti", "Alberto dalla Chiesa", "Luis de los Santos"],
                         ids=["italian-degli", "italian-dalla", "spanish-de-los"])
def test_a_surname_particle_of_round_44_still_reads_a_person(credit: str) -> None:
    assert parse_credit(credit).photographers == [credit]


@pytest.mark.parametrize("text", ["दिल्ली की सड़कों पर पानी भर गया। फोटोग्राफर: अज्ञात",
                                  "شوارع القاهرة غارقة بالمياه. تصوير: مجهول",
                                  "ঢাকার রাস্তায় পানি। ছবি: অজ্ঞাত"],
                         ids=["hindi-unknown", "arabic-unknown", "bengali-unknown"])
def test_unknown_after_a_lead_in_names_no_photographer(text: str) -> None:
    page = f" date 2026-03-02 World\nRain\n\n{text}\n\nThe story goes on below, a paragraph of prose that is long.\n"
    assert [p.credit.photographers for p in parse_page(page).photos if p.credit] == [[]]
