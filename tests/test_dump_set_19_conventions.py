"""Conventions read on the nineteenth set of page dumps: a marked credit naming the outlet, a dash and its
photographer ("Mynd: RÚV – Name", "Foto: dpa – Name"), "Staff photo by Name" closing a caption, and a paper's own
name opening a glued credit ("... à Lausanne. 24 heures/Name"). Every text here is invented for its test."""
from __future__ import annotations

import pytest

from captions import parse_page


def _read(page: str) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    return [(p.caption, p.credit.raw if p.credit else None, p.credit.photographers if p.credit else [],
             p.credit.agencies if p.credit else []) for p in parse_page(page).photos]


@pytest.mark.parametrize("credit, agency", [("Mynd: RÚV – Halldór Ari Pétursson", "RÚV"),
                                            ("Foto: dpa – Halldór Ari Pétursson", "dpa")],
                         ids=["icelandic-picture", "german-photo"])
def test_a_name_after_the_outlet_and_a_dash_is_the_credits_photographer_not_a_caption(credit: str, agency: str) -> None:
    page = f"Title\n\nSnjóruðningstæki vinnur við að opna veginn í morgun.\n{credit}\nStory text goes on here.\n"
    raw = credit.split(": ", 1)[1]
    assert _read(page) == [("Snjóruðningstæki vinnur við að opna veginn í morgun.", raw, ["Halldór Ari Pétursson"],
                            [agency])]


def test_a_caption_after_a_marked_credit_and_a_dash_is_still_read() -> None:
    # "Foto: Name – <caption>": what follows the dash is a sentence, the caption
    page = "Title\n\nFoto: Jo Li/dpa – Karnevalisten feiern in der Kölner Altstadt.\n\nStory text goes on here.\n"
    assert _read(page) == [("Karnevalisten feiern in der Kölner Altstadt.", "Jo Li/dpa", ["Jo Li"], ["dpa"])]


@pytest.mark.parametrize("leadin", ["Staff photo by", "STAFF PHOTO BY"])
def test_staff_photo_by_closing_a_caption_is_a_lead_in(leadin: str) -> None:
    page = f"Title\n\nGraded crawfish wait for buyers at a shed in Eunice. {leadin} Monique Savoie\n\nStory text.\n"
    assert _read(page) == [("Graded crawfish wait for buyers at a shed in Eunice.", "Monique Savoie",
                            ["Monique Savoie"], [])]


def test_a_papers_own_name_opens_a_credit_glued_to_its_caption() -> None:
    page = "Title\n\nLe ponton provisoire, installé en dix jours à Ouchy. 24 heures/Léa Vuilleumier\n\nLa suite.\n"
    assert _read(page) == [("Le ponton provisoire, installé en dix jours à Ouchy.", "24 heures/Léa Vuilleumier",
                            ["Léa Vuilleumier"], ["24 heures"])]


def test_a_lower_case_agency_after_a_copyright_sign_is_a_credit() -> None:
    page = "Title\n\nVon der Halle war nur noch ein verkohltes Gerippe übrig.\n© xcitepress\n\nStory text.\n"
    assert _read(page) == [("Von der Halle war nur noch ein verkohltes Gerippe übrig.", "xcitepress", [],
                            ["xcitepress"])]
