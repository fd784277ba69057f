"""Conventions read on the dumps71 set (round 107): the Swahili "of" in a body's name after the BBC's "Chanzo cha
picha," label, the BBC's byline block, Thai bodies run on after a platform's word, a platform's account by its
handle, a lead-in inside square brackets, a Vietnamese association's Facebook page, the Polish volunteer fire
brigade's letters, and a live blog's post headline under its time. Every line here is written for these tests."""
from __future__ import annotations

import pytest

from captions import parse_page
from captions.parse.credit import parse_credit


def _read(page: str) -> list[tuple[str | None, str | None, str | None, list[str], list[str]]]:
    return [(p.description, p.caption, p.credit.raw if p.credit else None,
             list(p.credit.photographers) if p.credit else [], list(p.credit.agencies) if p.credit else [])
            for p in parse_page(page).photos]


SWAHILI_HEAD = " date 2026-03-02 Habari\nMvua yasababisha maafa Mombasa\n"
SWAHILI_STORY = "\nWakazi wa Kisauni wameomba msaada wa haraka kutoka kwa serikali ya kaunti.\n"


@pytest.mark.parametrize("body", ["Ikulu ya Kenya", "Wizara ya Afya", "Serikali ya Kaunti ya Mombasa",
                                  "Shirika la Msalaba Mwekundu"])
def test_a_swahili_body_named_by_of_after_the_bbc_source_label(body: str) -> None:
    caption = "Rais akizungumza na wakazi waliopoteza makazi katika eneo la Kisauni"
    page = f"{SWAHILI_HEAD}Chanzo cha picha, {body}\nMaelezo ya picha, {caption}{SWAHILI_STORY}"
    assert _read(page) == [(None, caption, body, [], [body])], page


def test_the_bbc_byline_block_is_no_picture() -> None:
    page = (f"{SWAHILI_HEAD}Saa 2 zilizopita\nMwandishi, Amina Yusuf\nNafasi, BBC Swahili, Mombasa\n"
            f"Maelezo kuhusu taarifa{SWAHILI_STORY}")
    assert _read(page) == [], page


def test_the_bbc_byline_block_in_english_is_no_picture() -> None:
    page = (" date 2026-03-02 Africa\nFloods hit Mombasa\n2 hours ago\nAuthor, Amina Yusuf\nRole, BBC News, Mombasa\n"
            "Article information\nResidents of Kisauni asked the county for help as the water rose overnight.\n")
    assert _read(page) == [], page


@pytest.mark.parametrize("credit", ["กองกำลังนเรศวร", "อำเภอเชียงแสน", "เฟซบุ๊ก อำเภอเชียงแสน",
                                    "เพจ เทศบาลตำบลเวียง"])
def test_a_thai_body_run_on_after_its_opening_word_is_an_organisation(credit: str) -> None:
    assert parse_credit(credit).agencies == [credit]


def test_a_thai_clause_word_after_a_body_opening_is_still_prose() -> None:
    assert parse_credit("ตำรวจกำลังตรวจสอบ").agencies == []


@pytest.mark.parametrize("credit", ["TikTok @chiangsaen.news", "Instagram @rescue_team", "X @CityFire"])
def test_a_platform_and_an_account_handle_are_one_source(credit: str) -> None:
    reading = parse_credit(credit)
    assert (reading.photographers, reading.agencies) == ([], [credit])


def test_a_thai_caption_closed_by_a_platform_account_in_brackets() -> None:
    caption = "คลิปเจ้าหน้าที่กู้ภัยช่วยชาวบ้านออกจากบ้านที่ถูกน้ำท่วมสูง ถูกแชร์ในโลกออนไลน์"
    page = (" date 2026-08-28 ข่าวภูมิภาค\nน้ำท่วมเชียงแสน\n"
            f"{caption} (ภาพจาก TikTok @chiangsaen.news)\nกรมอุตุนิยมวิทยาเตือนฝนตกหนักต่อเนื่อง\n")
    assert _read(page) == [(None, caption, "TikTok @chiangsaen.news", [], ["TikTok @chiangsaen.news"])], page


def test_a_lead_in_inside_square_brackets_marks_the_credit() -> None:
    caption = "بازدیدکنندگان در نمایشگاه صنایع دستی یزد از غرفه‌ها دیدن می‌کنند"
    page = f" date 2026-05-20 عکس\nنمایشگاه صنایع دستی یزد\n{caption} [عکس: مهر]\nاخبار مرتبط\n"
    assert [(c, r) for _, c, r, _, _ in _read(page)] == [(caption, "مهر")], page


def test_a_vietnamese_association_s_facebook_page_closing_a_caption() -> None:
    caption = "Tình nguyện viên phát gạo và nước sạch cho người dân xã Yên Phong sáng 5/10."
    source = "Facebook Hội Nông dân tỉnh Bắc Ninh"
    page = (" date 2026-10-05 Thời sự\nNgười dân vùng lũ nhận hàng cứu trợ\n\n"
            f"{caption} Ảnh: {source}\n\nNước sông Cầu bắt đầu rút từ chiều qua.\n")
    assert _read(page) == [(None, caption, source, [], [source])], page


def test_the_polish_volunteer_fire_brigade_by_its_letters_is_a_body() -> None:
    reading = parse_credit("Facebook/OSP Nysa")
    assert (reading.photographers, reading.agencies) == ([], ["Facebook", "OSP Nysa"])


def test_a_live_blog_post_headline_under_its_time_is_no_alt_text() -> None:
    page = (" date 2026-07-20 Nyheter\nJUST NU: Stormen drar in över Gotland\nDirektrapport\n"
            "14.20\nTräd över vägen vid Slite\nEn läsare har skickat in bilden från väg 147 norr om Slite.\nBild: Privat\n"
            "12.05\nFärjorna ställs in\nDestination Gotland ställer in eftermiddagens avgångar från Visby.\n"
            "Foto: Karl Berg/TT\n")
    assert _read(page) == [
        (None, "En läsare har skickat in bilden från väg 147 norr om Slite.", "Privat", [], []),
        (None, "Destination Gotland ställer in eftermiddagens avgångar från Visby.", "Karl Berg/TT", ["Karl Berg"],
         ["TT"]),
    ], page


def test_a_persian_photo_from_a_body_s_instagram_page_alone_on_its_line() -> None:
    source = "صفحه اینستاگرام اداره کل میراث فرهنگی یزد"
    caption = "بازدیدکنندگان در غرفه سفالگران میبد"
    page = (" date 2026-05-20 عکس\nنمایشگاه صنایع دستی یزد\nیزد- ایرنا- نمایشگاه صنایع دستی استان امروز گشایش یافت.\n"
            f"{caption} [عکس: مهر]\nعکس از {source}\nاخبار مرتبط\n")
    assert _read(page)[1:] == [(None, None, source, [], [source])], page


def test_photo_of_a_ceremony_opening_a_persian_line_is_no_credit() -> None:
    page = (" date 2026-05-20 عکس\nنمایشگاه صنایع دستی یزد\nیزد- ایرنا- نمایشگاه صنایع دستی استان امروز گشایش یافت.\n"
            "عکس از مراسم گشایش نمایشگاه در میدان امیرچخماق\nبازدیدکنندگان از غرفه‌ها دیدن کردند.\n")
    assert _read(page) == [], page
