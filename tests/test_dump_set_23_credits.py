"""Credits read on the twenty-third set of page dumps: "special to" joining a freelancer to the paper ("NAME /
SPECIAL TO THE PAPER"), the Hebrew "צילום:" (photography:) naming a photographer, and the French capitalised
"Photo" with no colon opening a credit on its own line ("Photo AFP", "Photo d'archives ANI"). Every text here is
invented for its test."""
from __future__ import annotations

import pytest

from captions import parse_page
from captions.parse.credit import parse_credit


@pytest.mark.parametrize("raw, photographer, agency", [
    ("DANA OKAMOTO / SPECIAL TO THE ISLAND HERALD", "DANA OKAMOTO", "THE ISLAND HERALD"),
    ("Dana Okamoto, Special to The Globe and Mail", "Dana Okamoto", "The Globe and Mail"),
])
def test_special_to_joins_a_photographer_to_the_paper(raw: str, photographer: str, agency: str) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([photographer], [agency])


def test_special_to_in_a_caption_makes_no_credit() -> None:
    page = ("Headline\n\nThe mayor said the day was special to the whole island and its families.\n\n"
            "More text of the story follows here.\n")
    assert parse_page(page).photos == []


def _credits(page: str) -> list[tuple[str, list[str], list[str]]]:
    return [(p.credit.raw, p.credit.photographers, p.credit.agencies) for p in parse_page(page).photos if p.credit]


def test_a_hebrew_photography_leadin_names_a_photographer() -> None:
    page = "כותרת\n\nילדים בונים איש שלג בגן, הבוקר | צילום: יעל ברקוביץ\n\nפסקה של הכתבה שממשיכה הלאה.\n"
    assert _credits(page) == [("יעל ברקוביץ", ["יעל ברקוביץ"], [])]


@pytest.mark.parametrize("raw, agencies", [
    ("רויטרס", ["Reuters"]),                      # a known wire stays the wire
    ("שאטרסטוק", ["Shutterstock"]),                # Shutterstock, as the Israeli press spells it
    ("דוברות כבאות והצלה", ["דוברות כבאות והצלה"]),  # a spokesperson's unit is a body
    ("באדיבות המועצה", []),                        # "courtesy of the council": supplied, no one named as taking it
])
def test_after_the_hebrew_leadin_no_other_credit_is_a_photographer(raw: str, agencies: list[str]) -> None:
    page = f"כותרת\n\nגשם כבד בחוף תל אביב | צילום: {raw}\n\nפסקה של הכתבה שממשיכה הלאה.\n"
    assert _credits(page) == [(raw, [], agencies)]


def _raws(page: str) -> list[tuple[str, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


_STORY = "Titre de l'article\n\nDes automobilistes sur la nouvelle voie, vendredi matin.\n{}\n\nLa suite de l'article continue ici, sur plusieurs phrases.\n"


@pytest.mark.parametrize("line, raw", [
    ("Photo AFP", "AFP"),
    ("Photo d'archives ANI", "d'archives ANI"),
    ("Photo Rami Haddad/L'Orient-Le Jour", "Rami Haddad/L'Orient-Le Jour"),
])
def test_a_capitalised_photo_word_opens_a_credit_on_its_own_line(line: str, raw: str) -> None:
    assert _raws(_STORY.format(line)) == [("Des automobilistes sur la nouvelle voie, vendredi matin.", raw)]


@pytest.mark.parametrize("line", ["Photo OF THE DAY", "Photo Booth", "Photos Show Flooded Streets", "Photo Jane Doe"])
def test_a_title_opening_with_the_word_makes_no_picture(line: str) -> None:
    # only what would be a credit alone on its line after the word makes one: capitals or a name alone may be a title
    assert _raws(_STORY.format(line)) == []


def test_photo_news_keeps_its_word() -> None:
    # the word and what follows are one agency's name
    assert _raws(_STORY.format("Photo News")) == [("Des automobilistes sur la nouvelle voie, vendredi matin.", "Photo News")]


def test_a_file_photo_word_in_lower_case_after_the_glued_word() -> None:
    page = ("Titre\n\nLa route des Romains en 2019, avant les travaux. Photo archives DNA/Jean Muller\n\n"
            "La suite de l'article continue ici, sur plusieurs phrases.\n")
    assert [(p.caption, p.credit.raw, p.credit.photographers, p.credit.agencies) for p in parse_page(page).photos] == [
        ("La route des Romains en 2019, avant les travaux.", "archives DNA/Jean Muller", ["Jean Muller"], ["DNA"])]


def test_a_file_photo_word_in_brackets() -> None:
    page = ("Titre\n\nLes caisses vides s'empilent dans la halle. (Photo d'archives Le Télégramme)\n\n"
            "La suite de l'article continue ici, sur plusieurs phrases.\n")
    assert [(p.credit.raw, p.credit.agencies) for p in parse_page(page).photos] == [
        ("d'archives Le Télégramme", ["Le Télégramme"])]


@pytest.mark.parametrize("line", ["Crews clear mud from the North Coast Road yesterday.—Photo: DEVON RAMPERSAD",
                                  "Crews clear mud from the North Coast Road yesterday. —Photo: DEVON RAMPERSAD"])
def test_a_lead_in_glued_to_the_caption_by_a_dash(line: str) -> None:
    page = f"Headline\n\n{line}\n\nThe story continues here, over several sentences.\n"
    assert [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos] == [
        ("Crews clear mud from the North Coast Road yesterday.", "DEVON RAMPERSAD")]


def test_a_dash_inside_a_sentence_opens_no_credit() -> None:
    page = "Headline\n\nThe exhibition—Photo: the Art of Seeing—opens today at the museum.\n\nMore text follows.\n"
    assert parse_page(page).photos == []


@pytest.mark.parametrize("line, raw", [
    ("Photo Exhibition/Reuters", "Photo Exhibition/Reuters"),      # one unknown word: the picture's word names a show
    ("Photo Contest/Getty Images", "Photo Contest/Getty Images"),
    ("Foto Galerie/dpa", "Foto Galerie/dpa"),
    ("Photo Jana Haddad/Example Daily", "Jana Haddad/Example Daily"),  # a name of two words after it is signed
    ("Photo AFP", "AFP"),
])
def test_one_unknown_word_after_photo_alone_on_its_line_is_no_lead_in(line: str, raw: str) -> None:
    # review 15: "Photo" opens a credit alone on its line before a name or a known source, not before a title's word
    page = f"Headline\n\nRescuers search the rubble of the market on Tuesday.\n{line}\n\nThe story continues here.\n"
    assert [p.credit.raw for p in parse_page(page).photos if p.credit] == [raw]


@pytest.mark.parametrize("line", ["“We were ready for the storm.—Photo: Jane Doe”",
                                  '"We were ready for the storm. Photo: Jane Doe"'])
def test_a_lead_in_inside_a_quotation_opens_no_credit(line: str) -> None:
    # review 15: the quotation closes after the would-be credit, so the lead-in is the speaker's words
    page = f"Headline\n\n{line}\n\nThe story continues here, over several sentences.\n"
    assert parse_page(page).photos == []
