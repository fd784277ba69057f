"""Review 125: probes of rounds 119, 120, 123 and 124 on pages a real outlet prints. Every text here is invented."""
from __future__ import annotations

import pytest

from captions import parse_page


def _read(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


@pytest.mark.parametrize("aside", [
    "(Ein Sieg für Merz)", "(Mehr Geld für Schulen)", "(Rekord für Bayern)", "(Vote pour Libération)",
    "(Une Victoire pour Paris)", "(Fondos para Andalucía)", "(Victoria para Sánchez)", "(Vittoria per Meloni)",
])
def test_capitalised_words_joined_by_a_for_word_in_brackets_after_a_sentence_are_prose(aside: str) -> None:
    page = f"Titel\n\nDie Koalition feierte das Ergebnis im Plenum. {aside}\n\nDer Text geht weiter.\n"
    assert _read(page) == []


@pytest.mark.parametrize("credit", ["Paolo Neri pour Libération", "Lou Vidal/Hans Lucas pour Libération",
                                    "Ana Ruiz para El País"])
def test_a_photographer_for_a_known_paper_in_brackets_after_a_sentence_is_the_credit(credit: str) -> None:
    page = f"Titre\n\nDes habitants nettoient une rue de Faenza, lundi. ({credit})\n\nLa suite du texte.\n"
    assert _read(page) == [("Des habitants nettoient une rue de Faenza, lundi.", credit)]


def test_a_byline_naming_its_photographer_after_the_writer_over_the_time_line_is_no_credit() -> None:
    page = ("River festival returns\nJane Doe | Photography: John Smith\nJune 2, 2026, 10:15 AM\n"
            "The river festival returns to the waterfront this weekend after a five-year break, organisers said.\n"
            "More than 20,000 visitors are expected at the marina on Saturday and Sunday.\n")
    assert _read(page) == []


def test_by_name_bar_photo_name_over_the_time_line_stays_the_byline() -> None:
    page = ("River festival returns\nBy Jane Doe | Photo: John Smith\nJune 2, 2026, 10:15 AM\n\n"
            "The river festival returns to the waterfront this weekend after a five-year break, organisers said.\n\n"
            "Boats line up at the marina ahead of the parade on Saturday. Photo: John Smith\n\n"
            "More than 20,000 visitors are expected.\n")
    assert _read(page) == [("Boats line up at the marina ahead of the parade on Saturday.", "John Smith")]


def test_a_name_opening_the_next_sentence_after_an_elided_word_stays_in_the_story() -> None:
    page = ("Grève des hôtels\nMarie Lenoir\nParis\n"
            "Les grévistes devant le palace de la rue de Rivoli, ce mardi. AFP\n"
            "Le mouvement touche douze établissements de la capitale.\n"
            "Une femme de chambre brandit une pancarte devant l'entrée du personnel. REUTERS\n"
            "Le préfet a reçu les délégués en fin de journée devant l'hôtel. Jean Dupont a ouvert la séance.\n")
    assert [c for c, _ in _read(page)] == ["Les grévistes devant le palace de la rue de Rivoli, ce mardi.",
                                           "Une femme de chambre brandit une pancarte devant l'entrée du personnel."]


@pytest.mark.parametrize("line", ["LANA DEL REY ANNOUNCES EUROPEAN TOUR DATES", "MAP OF THE FLOODS IN VALENCIA"])
def test_a_capitals_only_acronym_opening_a_headline_in_capitals_is_no_credit(line: str) -> None:
    page = f"{line}\nBy Jane Doe\n2 June 2026\n\nThe singer will play twelve cities, starting in Dublin.\n"
    assert _read(page) == []


def test_a_capitals_only_acronym_inside_a_singers_name_names_no_agency() -> None:
    page = ("Tour dates announced\n\nFans queue outside the arena for tickets on Monday. Photo: Instagram/LANA DEL REY"
            "\n\nThe tour opens in Dublin.\n")
    assert [p.credit.agencies for p in parse_page(page).photos] == [["Instagram"]]


def test_the_urdu_word_for_war_opening_a_phrase_after_the_leadin_names_no_paper() -> None:
    page = "یوکرین میں جنگ بندی\n\nکیف میں تباہ شدہ پل۔\nفوٹو: جنگ بندی معاہدہ\n\nمذاکرات جاری ہیں۔\n"
    assert [p.credit.agencies for p in parse_page(page).photos] == [[]]


def test_a_sentence_opened_by_the_latvian_chancery_is_no_credit() -> None:
    page = ("Valdība apstiprina budžetu\n\nMinistru prezidente uzrunā žurnālistus.\nFoto: Valsts kanceleja\n\n"
            "Valsts kanceleja paziņoja, ka budžets tiks iesniegts Saeimā nākamnedēļ.\n")
    assert _read(page) == [("Ministru prezidente uzrunā žurnālistus.", "Valsts kanceleja")]
