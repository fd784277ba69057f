"""Review 111: probes of rounds 108 and 110 where they could misfire, each read as a careful reader would: the World
Service's caption label alone with nothing under it, Yonhap's dateline opening a story's text, Al Jazeera's
'end of list' in prose, a press service in a body's sentence, a licence before a platform, long names before a wire."""
from __future__ import annotations

import pytest

from captions import parse_page
from captions.parse.credit import parse_credit


def read(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit and p.credit.raw) for p in parse_page(text).photos]


def test_a_caption_label_closing_the_page_joins_nothing() -> None:
    text = "\n".join(["Flower market fills up", "", "Sellers say prices have doubled.", "",
                      "Image source,Getty Images", "Image caption,", "Buyers walk the aisles", "",
                      "One seller said buyers choose smaller plants.", "", "Image source,AFP", "Image caption,"])
    assert read(text) == [("Buyers walk the aisles", "Getty Images"), (None, "AFP")]


def test_a_yonhap_dateline_opening_a_story_with_no_date_after_it_is_no_picture() -> None:
    text = "\n".join(["가을 축제 개막", "(서울=연합뉴스) 박서연 기자 = 서울시는 20일 한강공원에서 가을 축제를 열었다고 밝혔다.",
                      "시는 올해 처음으로 야간 공연을 마련했다.", "sypark@example.kr"])
    assert read(text) == []


def test_end_of_list_in_prose_leaves_the_page_as_it_was() -> None:
    text = "\n".join(["The shopping list", "", "Photo: Jane Doe/Reuters", "Villagers gather in the square.", "",
                      "When she reached the end of list she had written, nobody had asked for bread.", "end of list"])
    assert read(text) == [("Villagers gather in the square.", "Jane Doe/Reuters")]


def test_a_press_service_in_a_bodys_sentence_is_no_credit() -> None:
    text = "\n".join(["Паводок закрыл дорогу", "", "Пресс-служба мэрии сообщила, что дорога откроется в пятницу.", "",
                      "Ущерб оценят позже."])
    assert read(text) == []


@pytest.mark.parametrize("raw", ["Public Domain Wikimedia Commons", "Creative Commons Wikimedia Commons"])
def test_a_licence_before_a_platform_is_no_photographer(raw: str) -> None:
    assert parse_credit(raw).photographers == []


@pytest.mark.parametrize("raw, photographers", [
    ("Anna Maria Lopez Agence France-Presse", ["Anna Maria Lopez"]),
    ("Jacques Boissinot La Presse canadienne", ["Jacques Boissinot"]),
])
def test_a_name_of_two_or_three_words_before_a_wire_of_several_is_still_split(raw: str, photographers: list[str]) -> None:
    assert parse_credit(raw).photographers == photographers


def test_a_source_naming_no_one_under_the_last_paragraph_makes_no_picture() -> None:
    text = "\n".join(["سوق الزهور", "شارك", "بدأ البائعون موسم الربيع وسط توقعات بإقبال كبير.",
                      "وقال رئيس الجمعية إن الأمطار ساعدت المزارعين.",
                      "يقول البائعون إن أسعار الأصص تضاعفت في الأسواق هذا العام.", "المصدر: الجزيرة + وكالات"])
    assert read(text) == []


def test_a_known_agency_under_a_source_lead_in_keeps_its_picture() -> None:
    text = "\n".join(["Trg zatvoren", "", "Vijeće je zasjedalo u ponedjeljak.", "", "Radovi počinju u srijedu.", "",
                      "Gradsko vijeće kaže da će trg biti otvoren idući tjedan.", "Izvor: Hina"])
    assert read(text) == [("Gradsko vijeće kaže da će trg biti otvoren idući tjedan.", "Hina")]
