"""A credit printed alone, then again opening its caption's line ("AP Photo/Jo Li" / "AP Photo/Jo LiA man ...")."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from captions import parse_page

POST = "Sunday, March 9, 2025\n\n"
PARAGRAPH = "Farmers moved their cattle to the bluffs before dark, and the county opened two shelters.\n"


def pictures(page: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.description, p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


def test_a_credit_glued_to_its_caption_under_a_copy_of_it_is_one_picture_with_no_description() -> None:
    page = POST + "AP Photo/Tom Reyes\nAP Photo/Tom ReyesVolunteers pass sandbags along a line on Saturday\n" + PARAGRAPH
    assert pictures(page) == [(None, "Volunteers pass sandbags along a line on Saturday", "AP Photo/Tom Reyes")]


def test_the_copy_may_be_spaced_otherwise_than_the_line_above() -> None:
    page = POST + "Ana Duarte/AFP  via Getty Images\nAna Duarte/AFP via Getty Images  A family wades through a street\n"
    assert pictures(page) == [(None, "A family wades through a street", "Ana Duarte/AFP  via Getty Images")]


def test_a_caption_block_the_dump_wrapped_goes_on_while_its_lines_end_in_a_space() -> None:
    page = (POST + "AP Photo/Tom Reyes\nAP Photo/Tom ReyesVolunteers pass sandbags along a line on the edge of \n"
            "Riverton, Missouri, Saturday, March 8, 2025\n" + PARAGRAPH)
    assert pictures(page) == [(None, "Volunteers pass sandbags along a line on the edge of Riverton, Missouri, "
                                     "Saturday, March 8, 2025", "AP Photo/Tom Reyes")]


def test_a_credit_alone_over_the_first_words_of_its_cut_repeat_takes_no_paragraph_above() -> None:
    page = (POST + "AP Photo/Tom Reyes\nAP Photo/Tom ReyesVolunteers pass sandbags along a line on Saturday\n"
            + PARAGRAPH + "AP Photo/Tom Reyes\nAP Photo")
    assert pictures(page) == [(None, "Volunteers pass sandbags along a line on Saturday", "AP Photo/Tom Reyes"),
                              (None, None, "AP Photo/Tom Reyes")]


def test_a_sentence_about_the_agency_under_its_name_is_no_caption_of_it() -> None:
    page = POST + "Reuters\nReuters reported on Monday that the port had reopened after the storm.\n"
    assert all(caption is None or not caption.startswith("reported") for _, caption, _ in pictures(page))


_WORD = st.sampled_from(["boats", "wait", "in", "the", "harbour", "at", "dawn", "on", "a", "grey", "morning"])
_CREDITS = ["AP Photo/Tom Reyes", "Ana Duarte/AFP via Getty Images", "REUTERS/Jo Li", "Photo: Mere Tane/AAP"]


@given(st.lists(_WORD, min_size=3, max_size=12), st.sampled_from(_CREDITS), st.sampled_from(["", " ", "  "]))
def test_any_caption_of_plain_words_under_its_credit_alone_reads_once(words: list[str], credit: str, gap: str) -> None:
    caption = "Fishing " + " ".join(words)
    printed = credit.removeprefix("Photo: ")
    page = POST + f"{credit}\n{credit}{gap}{caption}\n" + PARAGRAPH
    assert pictures(page) == [(None, caption, printed)]


def test_a_caption_with_its_credit_printed_again_on_a_line_each_is_one_picture() -> None:
    caption = "어선들이 2일 새벽 부산 남항에 나란히 정박해 있다."  # a Korean caption: no capitals show it is prose
    page = f"{caption} 부산/공동취재사진\n{caption}\n부산/공동취재사진\n구독신청 하기\n"
    assert pictures(page) == [(None, caption, "부산/공동취재사진")]
