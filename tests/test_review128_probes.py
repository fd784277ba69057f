"""Review 128: probes of rounds 122, 126 and 127 on pages a real outlet prints. Every text here is invented."""
from __future__ import annotations

import pytest

from captions import parse_page


def _read(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


def _alts(page: str) -> list[str | None]:
    return [p.description for p in parse_page(page).photos]


LEAD = ("School board delays vote on later start times\nBy Dana Whitfield\n"
        "Students leave Lincoln High School at the end of the day on Thursday, March 5, 2026.\n"
        "Nadia Ortiz nortiz@cityledger.example\n"
        "The school board delayed a vote on later start times until April after parents asked for more time.\n")


def test_the_bylines_writer_with_their_address_closing_the_story_is_their_contact_not_a_credit() -> None:
    page = LEAD + "Dana Whitfield covers education for The City Ledger.\nDana Whitfield dwhitfield@cityledger.example\n"
    assert _read(page) == [("Students leave Lincoln High School at the end of the day on Thursday, March 5, 2026.",
                            "Nadia Ortiz nortiz@cityledger.example")]


def test_a_line_sending_tips_to_the_writer_is_no_credit() -> None:
    page = LEAD + "Send tips to Dana Whitfield dwhitfield@cityledger.example\nThe vote is set for April 9.\n"
    assert len(_read(page)) == 1


def test_a_name_and_a_wires_initials_closing_a_sentence_of_the_story_are_no_credit() -> None:
    page = ("Council approves new bus depot\nBy Dana Whitfield\n"
            "Buses line up outside the old depot on Harbor Street on Monday.\nRich Calder AP\n"
            "The council voted 5-2 on Tuesday to build the new depot.\n"
            "The depot will open in 2028, said transit director Amos Pell AP.\n"
            "Residents near the site asked for a noise study before work begins.\n")
    assert _read(page) == [("Buses line up outside the old depot on Harbor Street on Monday.", "Rich Calder AP")]


def test_a_writers_name_and_wire_over_the_time_line_is_the_byline() -> None:
    page = ("Storm knocks out power across the Plains\nJo Lindqvist AP\nMarch 6, 2026 5:00 AM\n"
            "Linemen repair a downed pole in Wichita, Kan., on Thursday.\nRich Calder AP\n"
            "More than 80,000 homes lost power as winds topped 70 mph, utilities said.\n")
    assert _read(page) == [("Linemen repair a downed pole in Wichita, Kan., on Thursday.", "Rich Calder AP")]


def test_share_and_listen_as_words_of_a_headline_and_a_paragraph_are_the_storys() -> None:
    page = ("Share prices fall as banks report weaker profits\nBy Dana Whitfield\nListen\nShare\n"
            "Traders work on the floor of the stock exchange on Friday.\nPhoto: Ken Ames/Reuters\n"
            "Share prices fell sharply on Friday after two of the largest banks reported weaker profits.\n"
            "Listen to the markets: analysts say the fall may not last.\nShare\n"
            "A screen shows the index falling in early trading.\nPhoto: Lea Brandt/AFP\nThe index closed down.\n")
    assert parse_page(page).title == "Share prices fall as banks report weaker profits"
    assert _read(page) == [("Traders work on the floor of the stock exchange on Friday.", "Ken Ames/Reuters"),
                           ("A screen shows the index falling in early trading.", "Lea Brandt/AFP")]


@pytest.mark.parametrize("page", [
    ("Grève des contrôleurs aériens à Orly\nPar Claire Vasseur\nPublié le 02/04/2027 à 08:10\n"
     "Mis à jour le 02/04/2027 à 11:42\nÉcouter\nPartager\n"
     "Les syndicats réclament des embauches avant l'été et menacent d'un nouveau mouvement en mai\n"
     "Des passagers attendent devant le tableau des départs, jeudi matin. © Hugo Marchal / AFP\n"
     "Plus de 300 vols ont été annulés jeudi à Orly.\n"),
    ("Sciopero dei treni in Lombardia\ndi Giulia Ferrante\n02 aprile 2027\nAscolta\nCondividi\nSalva\n"
     "I sindacati chiedono nuove assunzioni e più sicurezza sui convogli regionali\n"
     "Pendolari in attesa alla stazione Centrale di Milano, giovedì mattina (Foto Luca Brambilla/Ansa)\n"
     "Lo sciopero è iniziato alle 21 di mercoledì.\n"),
])
def test_a_standfirst_under_the_heads_furniture_over_the_lead_caption_is_no_alt_text(page: str) -> None:
    assert _alts(page) == [None]


def test_a_stopped_caption_over_its_credit_above_a_gallery_of_unstopped_slides_stays_a_caption() -> None:
    page = ("Un incendio calcina una nave en Valdeluna\nIrene Castañer\n09/05/2027 20:15\n"
            "Los bomberos trabajan en la nave del polígono norte durante la tarde del martes.\n"
            "(Joan Marí / Agencia Sur)\n"
            "El fuego comenzó hacia las tres de la tarde en la zona de almacén, según los primeros indicios.\n"
            "Un agente desvía el tráfico en la entrada del polígono.\n(Pau Ribera)\n"
            "La empresa tenía cuarenta empleados.\nVer galería\n1 / 2\n"
            "La columna de humo sobre la carretera comarcal (Pau Ribera)\n2 / 2\n"
            "Vecinos observan el incendio desde un camino (Joan Marí / Agencia Sur)\n")
    assert _read(page)[:2] == [
        ("Los bomberos trabajan en la nave del polígono norte durante la tarde del martes.", "Joan Marí / Agencia Sur"),
        ("Un agente desvía el tráfico en la entrada del polígono.", "Pau Ribera")]
