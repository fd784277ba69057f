"""Conventions of the press seen on blind set J (issue #11, round 15): caption paragraphs under bare images in a
story's body, a table named a caption holding its picture, chart and map labels of more languages, the French
"Photo AFP" credit field, the Greek short "Φωτ.", a reader's photo, "Photo courtesy:", the Taiwanese "圖取自".

Every page and credit here is written for these tests, in the styles those publishers use.
"""
from __future__ import annotations

import pytest

from captions import parse_credit
from captions.parse.credit_in_line import split_caption_credit
from tests.html_story import pictures

STORY = ("<p>The road works went on through the night, and the council said the bridge would stay closed to "
         "traffic until the end of the month at the earliest.</p>")


def bare(n: int, caption: str) -> str:
    return (f'<p><img src="/img/blank.gif" data-src="https://cdn.example/{n}.jpg" alt=""></p>'
            f'<p class="photo-caption"><em>{caption}</em></p>' + STORY)


def test_caption_paragraphs_under_bare_images_in_one_body_are_each_their_own_pictures() -> None:
    body = ('<div class="news-text">' + STORY + bare(1, "Волонтери готують чай. Фото: Олена Коваль")
            + bare(2, "Фото: ДСНС України") + "</div>")
    assert pictures(body) == [("Волонтери готують чай.", "Олена Коваль"), (None, "ДСНС України")]


def test_a_map_under_a_bare_image_is_no_picture() -> None:
    body = ('<div class="news-text">' + STORY + bare(1, "Волонтери готують чай. Фото: Олена Коваль")
            + bare(2, "Мапа пунктів обігріву. Джерело: міська рада") + "</div>")
    assert pictures(body) == [("Волонтери готують чай.", "Олена Коваль")]


@pytest.mark.parametrize("image", [
    '<img src="https://cdn.example/{n}.jpg" alt="">',
    '<p><img src="https://cdn.example/{n}.jpg" alt=""></p>',
    '<a href="https://cdn.example/{n}-large.jpg"><img src="https://cdn.example/{n}.jpg" alt=""></a>',
])
def test_caption_paragraphs_under_images_in_a_gallery_box_with_no_story_text_are_each_their_own(image: str) -> None:
    slides = [("Crowds fill the deck.", "Jane Doe/AP"), ("Fireworks over the river.", "John Roe/AP")]
    body = (STORY + '<div class="gallery">' + "".join(
        image.format(n=n) + f'<p class="caption">{caption} Photo: {credit}</p>' for n, (caption, credit) in enumerate(slides))
        + "</div>" + STORY)
    assert pictures(body) == slides


@pytest.mark.parametrize("credit_line", ['<p class="photo-credit">Photo: {credit}</p>', "<p>Photo: {credit}</p>",
                                         '<p class="photo-credit">{credit}</p>'])
def test_a_credit_line_under_each_caption_paragraph_in_a_body_stays_with_its_picture(credit_line: str) -> None:
    slides = [("Crowds fill the deck.", "Jane Doe/AP"), ("Fireworks over the river.", "John Roe/AP")]
    body = '<div class="news-text">' + STORY + "".join(
        f'<p><img src="https://cdn.example/{n}.jpg" alt=""></p><p class="photo-caption">{caption}</p>'
        + credit_line.format(credit=credit) + STORY for n, (caption, credit) in enumerate(slides)) + "</div>"
    assert pictures(body) == slides


def test_a_spacer_paragraph_between_each_image_and_its_caption_paragraph_is_passed_over() -> None:
    slides = [("Crowds fill the deck.", "Jane Doe"), ("Fireworks over the river.", "John Roe")]
    body = '<div class="news-text">' + STORY + "".join(
        f'<p><img src="https://cdn.example/{n}.jpg" alt=""></p><p>&nbsp;</p>'
        f'<p class="photo-caption">{caption} Photo: {credit}</p>' + STORY for n, (caption, credit) in enumerate(slides)) + "</div>"
    assert pictures(body) == slides


def test_caption_paragraphs_under_headshots_in_a_box_named_for_no_pictures_are_no_pictures() -> None:
    body = (STORY + '<div class="contributors">' + "".join(
        f'<p><img src="https://cdn.example/{n}.jpg" alt=""></p><p class="caption">{bio}</p>'
        for n, bio in enumerate(["Jane Doe covers health for the paper.", "John Roe is our transport reporter."]))
        + "</div>")
    assert pictures(body) == []


def test_caption_paragraphs_under_images_linking_to_other_pages_are_teasers_not_pictures() -> None:
    body = (STORY + '<div class="gallery">' + "".join(
        f'<a href="/news/{n}"><img src="https://cdn.example/{n}.jpg" alt=""></a><p class="caption">{headline}</p>'
        for n, headline in enumerate(["Police close the ring road after a crash", "School wins the chess title"]))
        + "</div>" + STORY)
    assert pictures(body) == []


def table(n: int, caption: str) -> str:
    return (f'<table class="tplCaption"><tbody><tr><td><img alt="" src="https://cdn.example/{n}.jpg"></td></tr>'
            f'<tr><td><p class="Image">{caption}</p></td></tr></tbody></table>' + STORY)


def test_a_table_named_a_caption_is_the_box_of_the_picture_it_holds() -> None:
    body = STORY + table(1, "Xe tải chở gạo vào kho. Ảnh: <em>Hoài Thanh</em>") + table(2, "Nông dân gặt lúa. Ảnh: <em>Ngọc Tài</em>")
    assert pictures(body) == [("Xe tải chở gạo vào kho.", "Hoài Thanh"), ("Nông dân gặt lúa.", "Ngọc Tài")]


def test_a_chart_credited_as_a_graphic_in_vietnamese_is_no_picture() -> None:
    body = STORY + table(1, "Giá lúa các tháng năm 2026. Đồ họa: <em>Minh Khang</em>") + table(2, "Nông dân gặt lúa. Ảnh: <em>Ngọc Tài</em>")
    assert pictures(body) == [("Nông dân gặt lúa.", "Ngọc Tài")]


def figure(caption: str, credit: str) -> str:
    return (STORY + '<figure><img src="https://cdn.example/1.jpg" alt="" width="800" height="533"><figcaption>'
            f'{caption} <span class="article__image-credit">{credit}</span></figcaption></figure>' + STORY)


@pytest.mark.parametrize(("credit", "raw"), [
    ("Photo AFP", "AFP"),
    ("Photo Rima Khoury/Le Levant Matin", "Rima Khoury/Le Levant Matin"),
    ("Photo News", "Photo News"),                  # a Belgian agency named with the word: known whole
    ("Picture Press/Jane Doe", "Picture Press/Jane Doe"),      # a German agency, known whole
    ("Photo Researchers/Science Source", "Photo Researchers/Science Source"),
    ("Photo By Jane Doe", "Jane Doe"),             # a lead-in of two words goes whole
    ("Photo Illustration by Jane Doe", "Photo Illustration by Jane Doe"),  # what kind of picture, kept
])
def test_a_capitalised_word_for_a_picture_opening_a_credit_field_is_a_lead_in(credit: str, raw: str) -> None:
    assert pictures(figure("Des ruches près de Saïda.", credit)) == [("Des ruches près de Saïda.", raw)]


@pytest.mark.parametrize(("text", "caption", "credit"), [
    ("Συνεργεία στη γέφυρα (Φωτ.: EUROKINISSI/ΝΙΚΟΣ ΑΛΕΞΙΟΥ)", "Συνεργεία στη γέφυρα", "EUROKINISSI/ΝΙΚΟΣ ΑΛΕΞΙΟΥ"),
    ("Wildlife officials treat a deer. — Photo courtesy: Sindh Wildlife Department",
     "Wildlife officials treat a deer.", "Sindh Wildlife Department"),
    ("今天中午的雷達回波圖。（圖取自中央氣象署）", "今天中午的雷達回波圖。", "圖取自中央氣象署"),
])
def test_a_lead_in_closing_a_caption_parts_caption_and_credit(text: str, caption: str, credit: str) -> None:
    assert split_caption_credit(text) == (caption, credit)


def test_the_greek_short_photo_word_with_no_colon_in_brackets_closing_a_figcaption_opens_the_credit() -> None:
    body = (STORY + '<figure class="wp-block-image"><img src="https://cdn.example/1.jpg" alt=""><figcaption '
            'class="wp-element-caption">Τροχονόμοι στην είσοδο της πόλης (Φωτ. Ελληνική Αστυνομία)</figcaption></figure>')
    assert pictures(body) == [("Τροχονόμοι στην είσοδο της πόλης", "Ελληνική Αστυνομία")]


@pytest.mark.parametrize(("raw", "photographers", "agencies"), [
    ("Leserfoto / Ola Brekke", ["Ola Brekke"], []),            # Norwegian and German "reader's photo"
    ("Leserfoto", [], []),
    ("Πυροσβεστική Υπηρεσία", [], ["Πυροσβεστική Υπηρεσία"]),  # the Greek fire service
    ("ΠΥΡΟΣΒΕΣΤΙΚΗ ΥΠΗΡΕΣΙΑ", [], ["ΠΥΡΟΣΒΕΣΤΙΚΗ ΥΠΗΡΕΣΙΑ"]),  # in capitals, which Greek prints unaccented
    ("Чернігівська міська рада", [], ["Чернігівська міська рада"]),  # a Ukrainian city council
    ("圖取自陽明山國家公園臉書", [], ["陽明山國家公園臉書"]),
])
def test_a_reader_s_photo_names_no_one_and_bodies_are_named_whole(raw: str, photographers: list[str],
                                                                  agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies)


@pytest.mark.parametrize(("text", "caption", "credit"), [
    ("รถยนต์ขับผ่านถนนที่มีน้ำท่วมขัง (ภาพ: สภ.เมืองน่าน)", "รถยนต์ขับผ่านถนนที่มีน้ำท่วมขัง", "สภ.เมืองน่าน"),
    ("ภาพ: ปภ.น่าน", None, "ปภ.น่าน"),
])
def test_a_thai_abbreviation_s_stop_glued_to_the_next_word_is_no_sentence_s_end(text: str, caption: str | None,
                                                                               credit: str) -> None:
    assert split_caption_credit(text) == (caption, credit)
