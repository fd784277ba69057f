"""Credits read on the thirty-first set of written page dumps: handout and reader's words in other languages,
bodies no list names, a paper's own desk before "Photo", a bar after an Arabic caption, a video's credit, a
writer's byline. Every text here is invented for its test."""
from __future__ import annotations

import pytest

from captions.parse.credit import parse_credit
from captions.parse.credit_in_line import split_caption_credit
from captions.parse.page import parse_page


@pytest.mark.parametrize("raw", [
    "Difusión",          # Peruvian papers' handout: released for publication
    "Privatna arhiva",   # Serbian, Croatian, Bosnian: private archive
    "Lična arhiva",      # personal archive
    "Lukijan kuva",      # Finnish: a reader's picture
    "Olvasói fotó",      # Hungarian: a reader's photo
    "من المصدر",         # Arabic: from the source
], ids=["difusion", "privatna-arhiva", "licna-arhiva", "lukijan-kuva", "olvasoi-foto", "min-al-masdar"])
def test_a_handout_or_readers_word_names_no_one(raw: str) -> None:
    credit = parse_credit(raw)
    assert (credit.raw, credit.photographers, credit.agencies) == (raw, [], []), raw


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("MUP Srbije", [], ["MUP Srbije"]),
    ("Országos Katasztrófavédelmi Főigazgatóság", [], ["Országos Katasztrófavédelmi Főigazgatóság"]),
    ("Santos Pedro | Edições Novembro", ["Santos Pedro"], ["Edições Novembro"]),
    ("Cedida pelo SPCB", [], ["SPCB"]),
    ("Business Day/Freddy Mokoena", ["Freddy Mokoena"], ["Business Day"]),
    ("Garfield Robinson/Multimedia Photo Editor", ["Garfield Robinson"], []),
    ("fail NSTP", [], ["NSTP"]),
], ids=["ministry-abbreviation", "hungarian-directorate", "publishing-house", "cedida-pelo", "business-paper",
        "photo-editor", "malay-file"])
def test_bodies_and_titles_no_list_names(raw: str, photographers: list[str], agencies: list[str]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies), raw


@pytest.mark.parametrize("line, expected", [
    ("دوريات الشرطة تنظم حركة السير في منطقة القوز | وام", ("دوريات الشرطة تنظم حركة السير في منطقة القوز", "وام")),
    ("الأمطار تغطي واجهة البرج | رويترز", ("الأمطار تغطي واجهة البرج", "رويترز")),
    ("جانب من هطول الأمطار على المنطقة أمس | من المصدر", ("جانب من هطول الأمطار على المنطقة أمس", "من المصدر")),
    ("Volunteers hand out water near the river | Handout", ("Volunteers hand out water near the river", "Handout")),
], ids=["arabic-agency", "arabic-wire", "arabic-handout", "english-handout"])
def test_a_bar_after_an_unstopped_caption_sets_off_its_credit(line: str, expected: tuple[str, str]) -> None:
    assert split_caption_credit(line) == expected, line


@pytest.mark.parametrize("line", [
    "Un helicóptero sobrevuela la quebrada. (Video: Canal Norte)",
    "Crowds gather at the square. (Video: Reuters)",
    "Crowds gather at the square. Video: Jo Li/AFP",
    "Tuuli kaatoi puita rannassa. Video: Kuvakaappaus",
], ids=["spanish", "wire", "name-and-wire", "finnish"])
def test_a_videos_credit_makes_no_picture(line: str) -> None:
    assert split_caption_credit(line) == (line, None), line


def test_a_picture_lead_in_after_a_video_mentioned_still_credits() -> None:
    assert split_caption_credit("The video: a clip of the flood. Photo: Jo Li/AFP") == (
        "The video: a clip of the flood.", "Jo Li/AFP")


@pytest.mark.parametrize("line, expected", [
    ("Residents board a truck in Guiuan. Photo from Philippine Coast Guard",
     ("Residents board a truck in Guiuan.", "Philippine Coast Guard")),
    ("The typhoon seen from a satellite on Saturday. Image from NOAA",
     ("The typhoon seen from a satellite on Saturday.", "NOAA")),
    ("A family album. Photo from the 1990s", ("A family album. Photo from the 1990s", None)),
], ids=["body", "agency", "prose"])
def test_photo_from_a_source_closing_a_caption(line: str, expected: tuple) -> None:
    assert split_caption_credit(line) == expected, line


def test_photos_from_places_on_a_line_of_their_own_is_no_credit() -> None:
    page = parse_page("x\n\nThe story's first paragraph, long enough to be one, ends here.\n\n"
                      "Photos from Egypt, Syria and Manila.\n")
    assert page.photos == []


@pytest.mark.parametrize("byline", ["Andre Campbell/Gleaner Writer", "Andre Campbell/Staff Reporter"])
def test_a_writers_title_after_the_slash_is_a_byline(byline: str) -> None:
    page = parse_page(f"Vendors return to the market\n\nNews\n\n{byline}\n\n"
                      "Vendors returned to the rebuilt stalls yesterday, three months after a fire.\n\n"
                      "Workers fit new roofing on Tuesday. - Marcia Lewis/Photographer\n")
    assert [(p.caption, p.credit and p.credit.raw) for p in page.photos] == [
        ("Workers fit new roofing on Tuesday.", "Marcia Lewis/Photographer")], byline


@pytest.mark.parametrize("line, expected", [
    ("Gambar hiasan. - Foto fail NSTP", ("Gambar hiasan.", "fail NSTP")),
    ("Banjir di Tumpat. - Foto lama kampung ini", ("Banjir di Tumpat. - Foto lama kampung ini", None)),
], ids=["file-desk", "prose-after-foto"])
def test_a_dash_and_the_word_for_photo_mark_the_credit_as_brackets_do(line: str, expected: tuple) -> None:
    assert split_caption_credit(line) == expected, line
