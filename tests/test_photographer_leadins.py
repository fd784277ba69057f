"""Lead-ins saying a person took the picture, in scripts with no capitals: "تصوير: Name", "（撮影・Name）".

A name's shape says nothing in Arabic or Japanese, so an unknown source is named as printed, as an agency;
after such a lead-in it is the photographer. Every text here is invented for its test.
"""
from __future__ import annotations

import pytest

from captions import parse_page


def _credits(page: str) -> list[tuple[str, list[str], list[str]]]:
    return [(p.credit.raw, p.credit.photographers, p.credit.agencies) for p in parse_page(page).photos if p.credit]


@pytest.mark.parametrize("line, expected", [
    ("مزارعون يعرضون الرطب في ساحة المهرجان - تصوير: خالد المنصوري",
     ("خالد المنصوري", ["خالد المنصوري"], [])),
    ("入場行進する選手たち（撮影・山本大輔）", ("山本大輔", ["山本大輔"], [])),
], ids=["arabic-tasweer", "japanese-satsuei"])
def test_a_name_after_a_photographer_lead_in_is_the_photographer(line: str, expected: tuple) -> None:
    assert _credits(f"Title\n\n{line}\n") == [expected]


@pytest.mark.parametrize("line, expected", [
    ("لجنة التحكيم تفحص عينات المسابقة - تصوير: الدفاع المدني", ("الدفاع المدني", [], ["الدفاع المدني"])),
    ("聖火台に点火する主将（撮影・共同）", ("共同", [], ["Kyodo"])),
], ids=["arabic-body-with-article", "known-agency"])
def test_a_body_or_a_known_agency_after_such_a_lead_in_stays_an_agency(line: str, expected: tuple) -> None:
    assert _credits(f"Title\n\n{line}\n") == [expected]


def test_after_a_lead_in_saying_only_photo_an_unknown_name_is_still_named_as_printed() -> None:
    # "写真・" (photo) says where the picture is from, not who took it
    assert _credits("Title\n\n入場行進する選手たち（写真・山本大輔）\n") == [("山本大輔", [], ["山本大輔"])]


@pytest.mark.parametrize("line", ["A boy runs in the park - (AFP)", "A boy runs in the park – [AFP]",
                                  "A boy runs in the park | (AFP)"], ids=["hyphen", "dash-square", "bar"])
def test_a_separator_before_a_bracketed_credit_is_not_the_captions(line: str) -> None:
    photos = parse_page(f"Title\n\n{line}\n").photos
    assert [(p.caption, p.credit.raw if p.credit else None) for p in photos] == [("A boy runs in the park", "AFP")]


@pytest.mark.parametrize("line, expected", [
    ("A woman carries mud out of her house. Most homes were flooded. Times Photo: Kiran Basnet",
     ("A woman carries mud out of her house. Most homes were flooded.", "Times Photo: Kiran Basnet")),
    ("Volunteers hand out water near the bridge. Staff Photo: Rita Gurung",
     ("Volunteers hand out water near the bridge.", "Staff Photo: Rita Gurung")),
    ("The Bagmati in spate during the 2021 monsoon. Post File Photo",
     ("The Bagmati in spate during the 2021 monsoon.", "Post File Photo")),
    ("Commuters wade through a street on Monday. Express Photo", ("Commuters wade through a street on Monday.", "Express Photo")),
], ids=["paper-word", "desk-word", "desk-file-photo", "desk-photo"])
def test_the_papers_word_before_photo_after_the_last_sentence_opens_the_credit(line: str, expected: tuple) -> None:
    photos = parse_page(f"Title\n\n{line}\n").photos
    assert [(p.caption, p.credit.raw if p.credit else None) for p in photos] == [expected]


@pytest.mark.parametrize("line, expected", [
    ("The bay at dawn, seen from above. Drone Photo: Kiran Basnet", ("The bay at dawn, seen from above.", "Kiran Basnet")),
    ("The bay at dawn, seen from above. Aerial Photo: Kiran Basnet", ("The bay at dawn, seen from above.", "Kiran Basnet")),
    ("Commuters wade through a street on Monday. Representative Photo: PTI",
     ("Commuters wade through a street on Monday.", "PTI")),
], ids=["drone", "aerial", "representative"])
def test_a_word_before_photo_no_list_knows_is_dropped_with_the_lead_in(line: str, expected: tuple) -> None:
    # read as a paper's word, "Drone" or "Representative" would be an agency no page printed; alone on a line,
    # "Drone Photo: Name" is read without it too
    photos = parse_page(f"Title\n\n{line}\n").photos
    assert [(p.caption, p.credit.raw if p.credit else None) for p in photos] == [expected]
    assert photos[0].credit.agencies == ([] if expected[1] != "PTI" else ["PTI"])


@pytest.mark.parametrize("line", ["The bay at dawn, seen from above. Family Photo",
                                  "The bay at dawn, seen from above. DRONE PHOTO"])
def test_a_word_before_photo_naming_no_paper_is_no_credit(line: str) -> None:
    assert parse_page(f"Title\n\n{line}\n").photos == [], line


@pytest.mark.parametrize("footer", ["All rights reserved © Example Times", "Copyright 2026 Example Times. All rights reserved.",
                                    "جميع الحقوق محفوظة © البيان"], ids=["english", "copyright-first", "arabic"])
def test_the_sites_copyright_notice_is_no_picture(footer: str) -> None:
    photos = parse_page(f"Title\n\nA boy runs in the park. Photo: AFP\n\nThe story goes on.\n\n{footer}\n").photos
    assert [(p.caption, p.credit.raw if p.credit else None) for p in photos] == [("A boy runs in the park.", "AFP")]
