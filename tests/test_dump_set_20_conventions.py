"""Conventions read on the twentieth set of page dumps: the words for "archive" in Finnish ("Arkisto") and in
Bosnian, Croatian and Slovenian ("Arhiv") name no one in a credit, and "read also" labels in Finnish, Ukrainian and
Belarusian open a link to another story, never a picture's alt text. Every text here is invented for its test."""
from __future__ import annotations

import pytest

from captions import parse_page
from captions.parse.credit import parse_credit


@pytest.mark.parametrize("raw, photographers", [("Arkisto / Eino Salo", ["Eino Salo"]), ("Arhiv", []),
                                                ("arhiv", []), ("Lehtikuva / Arkisto", [])],
                         ids=["finnish-with-name", "bosnian-alone", "lower-case", "after-an-agency"])
def test_an_archive_word_names_no_one(raw: str, photographers: list[str]) -> None:
    credit = parse_credit(raw)
    assert credit.photographers == photographers
    assert "Arkisto" not in credit.agencies and "Arhiv" not in credit.agencies


@pytest.mark.parametrize("label", ["Lue myös:", "Lue lisää:", "Читайте також:", "Чытайце таксама:"])
def test_a_read_also_line_over_a_caption_is_no_alt_text(label: str) -> None:
    page = ("Title\n\nAlt text of the first picture\nA crane lifts the bridge's railings away. Kuva: Liisa Koivisto\n"
            f"Story text goes on here for a while.\n{label} Another story's headline\n"
            "A steam engine crosses the bridge on its first day. Kuva: Eino Salo\nThe story ends.\n")
    assert [p.description for p in parse_page(page).photos][1] is None


def test_a_name_holding_the_word_is_still_read() -> None:
    # a body whose name holds "arkisto" as part of a word stays a body: the National Archives of Finland
    assert parse_credit("Kansallisarkisto").agencies == ["Kansallisarkisto"]


@pytest.mark.parametrize("line", ["Marc Delvaux Publié le 04/10/2026 à 18:20", "Publié le 04/10/2026 à 18h20",
                                  "Par Marc Delvaux | Mis à jour le 5/10/2026 à 09:02"],
                         ids=["byline-and-date", "date-alone", "updated"])
def test_a_french_published_on_line_is_no_alt_text(line: str) -> None:
    # the line above the first caption had read as its alt text, the second picture's alt line making the habit
    page = (f"Title\n\nStandfirst of the story, a sentence long.\n{line}\n"
            "Les premières cabines ont quitté la gare samedi matin. © Belga\nStory text goes on here, at length.\n"
            "Une cabine rouge au-dessus du fleuve\nVue depuis le pont sur les nouvelles cabines. © Belga\nThe end.\n")
    assert [p.description for p in parse_page(page).photos][0] is None


def test_a_caption_saying_published_on_stays_a_caption() -> None:
    page = ("Title\n\nLe décret publié le 12/05/2026 au Journal officiel, lors de sa lecture. © Belga\n"
            "Story text goes on here.\n")
    assert [p.caption for p in parse_page(page).photos] == [
        "Le décret publié le 12/05/2026 au Journal officiel, lors de sa lecture."]
