"""Credits read on the twenty-first set of page dumps: the French regional press's "Photo Name" glued to the
caption with no colon, a body's name closed by its number ("SDIS 57"), the Portuguese "Conselho" (council) and the
Ukrainian "пресслужба" (press service, in the 2019 spelling) naming bodies. Every text here is invented for its test."""
from __future__ import annotations

import pytest

from captions import parse_page
from captions.parse.credit import parse_credit

_STORY = "Le texte de l'article continue ici, sur plusieurs phrases, sans aucune photo."


def _credits(line: str) -> list[tuple[str | None, str | None]]:
    page = f"Titre de l'article\n\n{line}\n\n{_STORY}\n"
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


@pytest.mark.parametrize("line, credit", [
    ("Les pompiers sont restés sur place toute la nuit. Photo RL/Pierre MARTIN", "RL/Pierre MARTIN"),
    ("Les pompiers sont restés sur place toute la nuit. Photo Julie BERNARD", "Julie BERNARD"),
    ("Les pompiers sont restés sur place toute la nuit. Photo AFP", "AFP"),
], ids=["paper-slash-name", "name-alone", "agency"])
def test_the_word_photo_before_a_glued_credit_is_a_leadin(line: str, credit: str) -> None:
    assert _credits(line) == [("Les pompiers sont restés sur place toute la nuit.", credit)]


def test_an_agency_named_with_the_word_keeps_it() -> None:
    # Photo News, the Belgian agency: its name holds the word
    assert _credits("Les pompiers sont restés sur place toute la nuit. Photo News/Jo Li") == [
        ("Les pompiers sont restés sur place toute la nuit.", "Photo News/Jo Li")]


def test_a_kind_of_picture_is_no_leadin_word() -> None:
    # "photo illustration" (a montage) is one of dropped_words: the word is not cut off it
    assert _credits("The two leaders, in a montage. Photo illustration by Jane Doe") == []


@pytest.mark.parametrize("line", ["Le public a salué la victoire au photo-finish. Photo finish serré entre les deux.",
                                  "The winner crossed the line first. Photo Finish won the second race by a nose."],
                         ids=["french-prose", "english-prose"])
def test_a_sentence_opening_with_photo_is_no_credit(line: str) -> None:
    assert _credits(line) == []


def test_a_body_closed_by_its_number_is_a_credit() -> None:
    assert _credits("La lance a protégé les bâtiments voisins. Photo SDIS 57") == [
        ("La lance a protégé les bâtiments voisins.", "SDIS 57")]
    assert parse_credit("SDIS 57/Jean Dupont").agencies == ["SDIS 57"]


@pytest.mark.parametrize("raw", ["SDIS 2024", "Jean 57"], ids=["a-year", "no-body-word"])
def test_a_number_after_a_name_makes_no_body(raw: str) -> None:
    page = f"Titre\n\nLa lance a protégé les bâtiments voisins. Photo {raw}\n\n{_STORY}\n"
    assert parse_page(page).photos == []


def test_a_portuguese_council_is_a_body() -> None:
    credit = parse_credit("Conselho Municipal de Maputo")
    assert (credit.photographers, credit.agencies) == ([], ["Conselho Municipal de Maputo"])


def test_a_ukrainian_press_service_in_the_2019_spelling_is_a_body() -> None:
    page = "Новини\n\nСхема нової велодоріжки\n(фото: пресслужба ЛМР)\n\nТекст статті триває тут далі.\n"
    assert [(p.caption, p.credit.raw if p.credit else None, p.credit.agencies if p.credit else None)
            for p in parse_page(page).photos] == [("Схема нової велодоріжки", "пресслужба ЛМР", ["пресслужба ЛМР"])]


@pytest.mark.parametrize("inner, credit", [("Photo AFP/Fred Martin", "AFP/Fred Martin"), ("Foto Ansa", "Ansa"),
                                           ("Photo News", "Photo News"),
                                           ("Foto Prensa Libre: Ana Ruiz", "Foto Prensa Libre: Ana Ruiz")],
                         ids=["photo-word", "foto-word", "agency-holding-the-word", "desk-signing-with-a-colon"])
def test_the_word_photo_opening_brackets_after_a_sentence_is_a_leadin(inner: str, credit: str) -> None:
    assert _credits(f"Les pompiers sont restés sur place toute la nuit. ({inner})") == [
        ("Les pompiers sont restés sur place toute la nuit.", credit)]


@pytest.mark.parametrize("tail, credit", [("- Foto NSTP/AHMAD ALI", "NSTP/AHMAD ALI"), ("- Foto BERNAMA", "BERNAMA"),
                                          ("- FOTO ANTARA/Jo Li", "FOTO ANTARA/Jo Li")],
                         ids=["desk-and-name", "agency", "antara-tag-in-capitals"])
def test_the_word_photo_after_a_dash_is_a_leadin(tail: str, credit: str) -> None:
    # Malaysian papers' dash, then the capitalised word; Antara's tag in capitals keeps it
    assert _credits(f"Penduduk melintasi jambatan baharu di Kuala Krai. {tail}") == [
        ("Penduduk melintasi jambatan baharu di Kuala Krai.", credit)]
