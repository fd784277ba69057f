"""The paper's initials before "PHOTO" in capitals, as Singapore Press Holdings' papers print them: "ST PHOTO: NAME"
alone under a headline, "... at the site. ST FILE PHOTO" closing a caption. Every text here is invented."""
from __future__ import annotations

import pytest

from captions import parse_page

PARAGRAPHS = ("SINGAPORE - A new hawker centre will open in Tengah in 2027, the National Environment Agency said on "
              "Oct 12.\n\nIt will have 40 cooked food stalls and a market with 20 stalls, it said in a statement.\n")


def _read(page: str) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    return [(p.caption, p.credit.raw if p.credit else None, p.credit.photographers if p.credit else [],
             p.credit.agencies if p.credit else []) for p in parse_page(page).photos]


@pytest.mark.parametrize("line, photographer, agency", [
    ("ST PHOTO: LIM WEI JIE", "LIM WEI JIE", "ST"),
    ("TNP PHOTO: ONG KAI XIN", "ONG KAI XIN", "TNP"),
    ("KT Photo: Farouk", "Farouk", "KT"),
], ids=["straits-times", "new-paper", "gulf-title-case"])
def test_the_papers_photo_credit_alone_under_the_headline_is_the_lead_picture(line: str, photographer: str,
                                                                              agency: str) -> None:
    page = f"Singapore\n\nNew hawker centre for Tengah\n\n{line}\n\nUpdated Oct 12, 2026, 05:00 PM\n\n{PARAGRAPHS}"
    assert _read(page) == [(None, line, [photographer], [agency])]


def test_between_two_paragraphs_the_papers_credit_reads_as_a_bare_photo_credit_does() -> None:
    def between(line: str) -> list[str | None]:
        first, second = PARAGRAPHS.strip().split("\n\n")
        return [p.caption for p in parse_page(f"New hawker centre for Tengah\n\n{first}\n\n{line}\n\n{second}\n").photos]

    assert between("ST PHOTO: LIM WEI JIE") == between("Photo: Lim Wei Jie")


@pytest.mark.parametrize("tail", ["ST FILE PHOTO", "BT FILE PHOTO"])
def test_the_papers_initials_and_file_photo_in_capitals_close_a_caption_as_its_credit(tail: str) -> None:
    page = f"New hawker centre for Tengah\n\n{PARAGRAPHS}\nThe site in Tengah where it will be built. {tail}\n"
    assert _read(page) == [("The site in Tengah where it will be built.", tail, [], [tail.split()[0]])]


@pytest.mark.parametrize("tail", ["UNDATED FILE PHOTO", "OUR FILE PHOTO", "TV PHOTO"])
def test_a_word_in_capitals_before_photo_that_is_no_papers_initials_is_no_credit(tail: str) -> None:
    page = f"New hawker centre for Tengah\n\n{PARAGRAPHS}\nThe site in Tengah where it will be built. {tail}\n"
    assert _read(page) == []


@pytest.mark.parametrize("line, time, credit", [
    ("ST PHOTO: LIM WEI JIE", "Updated Oct 12, 2026, 05:00 PM", "ST PHOTO: LIM WEI JIE"),
    ("KT Photo: Farouk", "Published: Mon 12 Oct 2026, 5:00 PM", "KT Photo: Farouk"),
    ("Photo: Lim Wei Jie", "Updated Oct 12, 2026, 05:00 PM", "Lim Wei Jie"),
    ("Reuters/Lim Wei Jie", "Updated Oct 12, 2026, 05:00 PM", "Reuters/Lim Wei Jie"),
], ids=["paper-capitals", "paper-title-case", "bare-leadin", "agency-slash-name"])
def test_a_credit_by_its_own_form_under_the_headline_over_the_time_line_credits_the_lead_picture(
        line: str, time: str, credit: str) -> None:
    # no blank lines: a name alone over a date would be the story's byline, a credit's own form is no byline
    page = f"New hawker centre for Tengah\n{line}\n{time}\n{PARAGRAPHS.replace(chr(10) * 2, chr(10))}"
    assert [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos] == [(None, credit)]


def test_a_name_alone_over_the_time_line_stays_the_storys_byline() -> None:
    page = f"New hawker centre for Tengah\nLim Wei Jie\nUpdated Oct 12, 2026, 05:00 PM\n{PARAGRAPHS}"
    assert parse_page(page).photos == []
