"""The head of a page dump, as round 54 read it from the dumps35 pages: the section's crumbs over the headline
(Delfi, Le Devoir, Ming Pao, De Standaard print the header's section again, the site's crumb before it) are no
headline; the lead picture's alt line, printed under the headline and its standfirst, byline or date, is the
lead picture's description (Tampa Bay Times, O País), where no other picture of the page prints one.
"""
from __future__ import annotations

from captions import parse_page

CRUMBS = """ date 2026-03-10 Reģionos

Ziņas
Reģionos
Pali šķērso ceļu pie Ludzas: satiksme slēgta uz divām stundām
Foto: LETA
Ilze Bērziņa
Publicēts 10. marts, 2026 08:40
Naktī spēcīgā vēja dēļ pāri autoceļam nogāzās trīs lieli koki, un policija satiksmi slēdza.
"""


def test_the_sections_crumbs_over_the_headline_are_no_headline():
    article = parse_page(CRUMBS)
    assert article.title == "Pali šķērso ceļu pie Ludzas: satiksme slēgta uz divām stundām"
    assert [(p.caption, p.credit.raw if p.credit else None) for p in article.photos] == [(None, "LETA")]


def test_a_headline_printed_before_the_section_stays_the_headline():
    page = " date 2024-03-12 Sociedade\n\nChuvas deixam famílias desalojadas em Cacuaco\nSociedade\n12 de Março\n"
    assert parse_page(page).title == "Chuvas deixam famílias desalojadas em Cacuaco"


LEAD_ALT = """ date 2026-02-11 Environment

Environment
Storm surge leaves a new inlet at Indian Shores
County engineers say the breach could close on its own within weeks.
A new inlet cuts through the dunes at Indian Shores
Water flows through a new inlet cut across the dunes at Indian Shores on Tuesday. [ ANA RUIZ | Times ]
By Peter Lund

The inlet opened overnight on Sunday, when the surge pushed across the lowest stretch of dune.
"""


def test_the_lead_pictures_alt_line_under_the_standfirst_is_its_description():
    (photo,) = parse_page(LEAD_ALT).photos
    assert photo.description == "A new inlet cuts through the dunes at Indian Shores"


def test_a_standfirst_sentence_over_the_lead_caption_is_no_description():
    page = LEAD_ALT.replace("A new inlet cuts through the dunes at Indian Shores\n", "")
    (photo,) = parse_page(page).photos
    assert photo.description is None
