"""Conventions of round 58, read from the misses of the dumps37 pages (twelve outlets' page dumps).

Each case is invented, as an outlet of that kind prints it: a credit alone right under a caption that closes with its
own credit (the New Times, NRC, Report.az, Le Soleil), and "Courtesy of" opening a credit (SPEC: it names no one and
stays in the raw credit; a place's name after it is the place's government).
"""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page, split_caption_credit

TAIL_CREDITS = """ date 2026-03-12 News
Harbour Herald
River bursts its banks at Millbrook market
Shoppers wade through water at the market gate on Wednesday evening. Photo: Tom Reyes.
Traders at the covered market were counting losses on Thursday after the river rose overnight.
A stallholder carries sacks of rice out of a flooded shop. Foto: Tom Reyes
Foto: Lina Okafor
Forecasters expect more rain over the hills until Sunday and have asked residents to move their cars.
"""


def test_a_credit_alone_under_a_caption_closed_by_its_credit_is_a_picture_alone() -> None:
    photos = [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(TAIL_CREDITS).photos]
    assert photos == [
        ("Shoppers wade through water at the market gate on Wednesday evening.", "Tom Reyes"),
        ("A stallholder carries sacks of rice out of a flooded shop.", "Tom Reyes"),
        (None, "Lina Okafor"),
    ], TAIL_CREDITS


def test_a_credit_alone_over_a_caption_keeps_it_where_the_page_prints_credits_over_captions() -> None:
    page = TAIL_CREDITS.replace("Foto: Lina Okafor\n", "Foto: Lina Okafor\nPumps at work beside the customs house.\n"
                                "Foto: Ana Ruiz\n").replace("Forecasters", "Photo: Jo Li\nForecasters")
    captions = [p.caption for p in parse_page(page).photos]
    assert "Pumps at work beside the customs house." in captions, page


@pytest.mark.parametrize("text, caption, credit, agencies, photographers", [
    ("A pipe carries sand to the beach. [ Courtesy of Harbor County ]", "A pipe carries sand to the beach.",
     "Courtesy of Harbor County", ["Harbor County"], []),
    ("A pipe carries sand to the beach. (COURTESY OF HARBOR COUNTY)", "A pipe carries sand to the beach.",
     "COURTESY OF HARBOR COUNTY", ["HARBOR COUNTY"], []),
    ("Volunteers plant sea oats. PHOTO: COURTESY OF MARTA DIAZ", "Volunteers plant sea oats.",
     "COURTESY OF MARTA DIAZ", [], ["MARTA DIAZ"]),
    ("Volunteers plant sea oats. PHOTO | COURTESY OF HARBOR RED CROSS", "Volunteers plant sea oats.",
     "COURTESY OF HARBOR RED CROSS", ["HARBOR RED CROSS"], []),
    ("The dune in 1998. (Photo: courtesy of Sam Patel)", "The dune in 1998.", "Sam Patel", [], ["Sam Patel"]),
    ("The dune in 1998. Photo courtesy of Sam Patel", "The dune in 1998.", "Sam Patel", [], ["Sam Patel"]),
    ("Crews at the pier on Monday. Courtesy of NASA", "Crews at the pier on Monday.", "Courtesy of NASA",
     ["NASA"], []),
    ("Maquinaria trabaja en la vía. Foto: Cortesía Globalvia", "Maquinaria trabaja en la vía.", "Cortesía Globalvia",
     ["Globalvia"], []),
], ids=["bracketed-county", "capitals-county", "photo-colon-person", "photo-bar-body", "lower-case-runs-on",
        "photo-courtesy-of-leadin", "after-sentence", "cortesia"])
def test_courtesy_of_names_no_one_and_stays_in_the_raw_credit(text, caption, credit, agencies, photographers):
    assert split_caption_credit(text) == (caption, credit), text
    parsed = parse_credit(credit)
    assert (parsed.agencies, parsed.photographers) == (agencies, photographers), text


@pytest.mark.parametrize("text, caption, credit, agencies, photographers", [
    ("Il ponte chiuso al traffico (Foto Luca Marini)", "Il ponte chiuso al traffico", "Luca Marini", [],
     ["Luca Marini"]),
    ("Il ponte durante la piena del 2019 (foto d’archivio)", "Il ponte durante la piena del 2019", "foto d’archivio",
     [], []),
    ("Conductores graban el momento en que cae el talud. (Captura de video)",
     "Conductores graban el momento en que cae el talud.", "Captura de video", [], []),
    ("Cầu tràn bị nước lũ đánh sập một phần mố - ẢNH CHỤP MÀN HÌNH", "Cầu tràn bị nước lũ đánh sập một phần mố",
     "ẢNH CHỤP MÀN HÌNH", [], []),
], ids=["italian-foto-name-unstopped", "italian-file-photo-lower-case", "captura-de-video", "vietnamese-screenshot"])
def test_a_bracketed_or_dashed_credit_naming_a_picture_word_is_read(text, caption, credit, agencies, photographers):
    assert split_caption_credit(text) == (caption, credit), text
    parsed = parse_credit(credit)
    assert (parsed.agencies, parsed.photographers) == (agencies, photographers), text


def test_a_picture_word_in_brackets_before_no_persons_name_stays_in_an_unstopped_caption() -> None:
    text = "Visitors queue at the fair (Photo London)"  # an event's name, no person's: no credit
    assert split_caption_credit(text) == (text, None), text


WIRE_END = """ date 2026-09-15 Sociedade
Chuvas na Praia deixam famílias desalojadas
As fortes chuvas de hoje provocaram o transbordo da ribeira, segundo a protecção civil.
Viatura arrastada pela enxurrada na ribeira | Foto: Inforpress/Ana Lopes
A Câmara Municipal anunciou para segunda-feira o início dos trabalhos de limpeza.
Inforpress/Fim
"""


def test_a_wires_end_mark_is_no_credit() -> None:
    credits = [p.credit.raw for p in parse_page(WIRE_END).photos if p.credit]
    assert credits == ["Inforpress/Ana Lopes"], WIRE_END


@pytest.mark.parametrize("credit, agencies, photographers", [
    ("Facebook/Mesto Lipany", ["Facebook", "Mesto Lipany"], []),
    ("Su Ehtiyatları Dövlət Agentliyi", ["Su Ehtiyatları Dövlət Agentliyi"], []),
    ("Fövqəladə Hallar Nazirliyi", ["Fövqəladə Hallar Nazirliyi"], []),
], ids=["slovak-town", "azerbaijani-agency", "azerbaijani-ministry"])
def test_a_public_body_by_its_word_is_an_agency(credit, agencies, photographers):
    parsed = parse_credit(credit)
    assert (parsed.agencies, parsed.photographers) == (agencies, photographers), credit


WIRE_LEDE = """ date 2026-09-15 Sociedade
Chuvas na Praia deixam famílias desalojadas
Porto Novo, 15 Set (Agência Exemplo) – As fortes chuvas de hoje provocaram o transbordo da ribeira.
Foto: Agência Exemplo/Rui Lima
Segundo o instituto de meteorologia, caíram 96 milímetros de chuva em três horas.
Viatura arrastada pela enxurrada na ribeira | Foto: Agência Exemplo/Ana Lopes
A câmara municipal anunciou o início dos trabalhos de limpeza para segunda-feira.
Bombeiros retiram lama de uma residência | Foto: Agência Exemplo/Ana Lopes
O primeiro-ministro visitou a zona ao fim da manhã.
Moradores tentam salvar bens das casas inundadas | Foto: DR
A mesma ribeira já tinha transbordado em 2020 | Foto: Arquivo Agência Exemplo
"""


def test_a_credit_alone_under_a_wire_lede_on_a_page_of_tail_credits_is_a_picture_alone() -> None:
    photos = [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(WIRE_LEDE).photos]
    assert photos[0] == (None, "Agência Exemplo/Rui Lima"), WIRE_LEDE
    assert len(photos) == 5, WIRE_LEDE
