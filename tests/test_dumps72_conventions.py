"""Conventions of round 108, read from the misses of the dumps72 pages (twelve outlets' page dumps).

Each case is invented, as an outlet of that kind prints it: the World Service's caption label alone on its line
over the caption, its Arabic-script labels with the comma first; a Korean wire's dateline opening a caption
("(서울=연합뉴스) Name 기자 = ..."), its no-resale notice and a file photo after a distributed wire; Bangladeshi
dailies' "ছবি: ফেসবুক" (Facebook in Bengali script).
"""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page, split_caption_credit

LABEL_ALONE = """ date 2026-06-21 Asia
Heat grips the port city
Image source, Getty Images
Image caption,
People look for shade under a flyover after the temperature reached 44C
The weather office said the heat would last three more days.
"""

URDU_LABELS = """ date 2026-06-21 پاکستان
شہر میں شدید گرمی
،تصویر کا ذریعہReuters
،تصویر کا کیپشن
ساحل پر لوگ گرمی سے بچنے کے لیے جمع ہیں
محکمہ موسمیات کے مطابق گرمی برقرار رہے گی۔
"""


def test_a_caption_label_alone_on_its_line_labels_the_caption_under_it() -> None:
    photos = [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(LABEL_ALONE).photos]
    assert photos == [("People look for shade under a flyover after the temperature reached 44C", "Getty Images")]


def test_arabic_script_labels_with_the_comma_first_are_the_source_and_caption_labels() -> None:
    photos = [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(URDU_LABELS).photos]
    assert photos == [("ساحل پر لوگ گرمی سے بچنے کے لیے جمع ہیں", "Reuters")]


def test_a_caption_label_alone_at_the_end_of_a_story_makes_no_picture() -> None:
    page = " date 2026-06-21 Asia\nHeat grips the port city\nThe heat will last.\nImage caption,\n"
    assert parse_page(page).photos == []


@pytest.mark.parametrize("text, caption, credit", [
    ("(서울=연합뉴스) 박서연 기자 = 20일 오전 시민들이 풍선을 날리고 있다. 2026.9.20",
     "20일 오전 시민들이 풍선을 날리고 있다. 2026.9.20", "(서울=연합뉴스) 박서연 기자"),
    # a handout: the dateline credits no one, and the caption is read without it
    ("(서울=연합뉴스) 불꽃놀이를 앞두고 점검하는 관계자들. 2026.9.20", "불꽃놀이를 앞두고 점검하는 관계자들. 2026.9.20", None),
    # a story's first paragraph opens the same way and closes with no date: no caption's
    ("(서울=연합뉴스) 박서연 기자 = 정부는 20일 새 대책을 발표했다.", "(서울=연합뉴스) 박서연 기자 = 정부는 20일 새 대책을 발표했다.", None),
])
def test_a_korean_wire_dateline_opens_a_caption_with_its_credit(text: str, caption: str, credit: str | None) -> None:
    assert split_caption_credit(text) == (caption, credit)


def test_a_korean_wire_dateline_credit_names_the_wire_and_the_photographer() -> None:
    credit = parse_credit("(부산=연합뉴스) 최지훈 기자")
    assert (credit.agencies, credit.photographers) == (["Yonhap"], ["최지훈"])


def test_yonhaps_no_resale_notice_stays_in_the_credit_and_names_no_one() -> None:
    assert split_caption_credit("[인천시 제공. 재판매 및 DB 금지]") == (None, "인천시 제공. 재판매 및 DB 금지")
    assert parse_credit("인천시 제공. 재판매 및 DB 금지").agencies == ["인천시"]


def test_a_reader_supplied_picture_with_the_notice_is_a_credit_naming_no_one() -> None:
    assert split_caption_credit("[독자 제공. 재판매 및 DB 금지]") == (None, "독자 제공. 재판매 및 DB 금지")
    assert parse_credit("독자 제공. 재판매 및 DB 금지").agencies == []


def test_a_distributed_wires_file_photo_names_both_wires() -> None:
    assert split_caption_credit("[AFP=연합뉴스 자료사진]") == (None, "AFP=연합뉴스 자료사진")
    assert parse_credit("AFP=연합뉴스 자료사진").agencies == ["AFP", "Yonhap"]


def test_yonhaps_call_for_tip_offs_is_no_caption() -> None:
    page = " date 2026-09-20 전국\n[사진] 축제\n지난해 축제 모습\n[AFP=연합뉴스 자료사진]\n제보는 카카오톡 okjebo\n"
    assert [p.caption for p in parse_page(page).photos] == [None]


def test_facebook_in_bengali_script_is_the_platform() -> None:
    page = " date 2026-07-03 সারাদেশ\nবর্ষার প্রথম দিন\nবৃষ্টিতে পুকুরে লাফ দিচ্ছে গ্রামের শিশুরা। ছবি: ফেসবুক\n"
    (photo,) = parse_page(page).photos
    assert photo.credit is not None and photo.credit.agencies == ["Facebook"]


@pytest.mark.parametrize("credit, agencies", [
    ("IJJ Sibiu", ["IJJ Sibiu"]),
    ("IPJ Brașov", ["IPJ Brașov"]),
])
def test_a_romanian_county_inspectorate_is_a_body(credit: str, agencies: list[str]) -> None:
    read = parse_credit(credit)
    assert (read.photographers, read.agencies) == ([], agencies)


def test_social_networks_in_arabic_close_a_caption_as_its_whole_credit() -> None:
    text = "صناديق البرتقال مكدسة أمام سوق الجملة (مواقع التواصل)"
    assert split_caption_credit(text) == ("صناديق البرتقال مكدسة أمام سوق الجملة", "مواقع التواصل")
    assert parse_credit("مواقع التواصل").agencies == []


def test_social_networks_in_arabic_prose_are_no_credit() -> None:
    text = "وأظهرت صور متداولة على مواقع التواصل"
    assert split_caption_credit(text) == (text, None)


ARAB_PORTAL = """ date 2026-03-02 اقتصاد
موسم قطف البرتقال
شارك
بدأ المزارعون موسم قطف البرتقال وسط توقعات بمحصول أفضل.
عمال يجمعون البرتقال في بستان قرب دير علا (الجزيرة)
وقال رئيس جمعية المزارعين إن الأمطار ساعدت الأشجار.
اقرأ أيضا
list of 2 items
أسعار الخضار ترتفع في الأسواق
مزارعو الزيتون يشكون من قلة الأمطار
end of list
شاحنة تنقل المحصول على طريق الأغوار (رويترز)
ويأمل المزارعون أن تفتح أسواق جديدة أمام صادراتهم.
المصدر: الجزيرة + وكالات
"""


def test_an_arab_portals_story_source_and_list_labels_make_no_picture() -> None:
    photos = [(p.description, p.caption, p.credit.raw if p.credit else None) for p in parse_page(ARAB_PORTAL).photos]
    assert photos == [(None, "عمال يجمعون البرتقال في بستان قرب دير علا", "الجزيرة"),
                      (None, "شاحنة تنقل المحصول على طريق الأغوار", "رويترز")]
