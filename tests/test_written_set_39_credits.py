"""Credits and caption labels of the conventions dumps39 showed: Vocento's header block, a Croatian town's own
picture, "Courtesy |" kept in the credit, Fresh News known.

Every page here is invented for its test. A photo is shown as (caption, raw credit, photographers, agencies).
"""
from __future__ import annotations

from captions import parse_page

HEAD = "Storm closes the coast road for a second day\n\n"


def found(page: str) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    return [(p.caption, p.credit.raw if p.credit else None, p.credit.photographers if p.credit else [],
             p.credit.agencies if p.credit else []) for p in parse_page(page).photos]


def test_vocentos_labels_of_a_header_block_are_neither_caption_nor_credit() -> None:
    page = (HEAD + "Imagen principal - Una ola rompe contra el espigón de Mutriku, esta mañana. / Ane Zabala\n"
            + "Imagen secundaria 1 - La Ertzaintza cierra el paseo de Zarautz. / EFE\n\n"
            + "El temporal se mantendrá hasta el jueves, según Euskalmet.\n")
    assert found(page) == [
        ("Una ola rompe contra el espigón de Mutriku, esta mañana.", "Ane Zabala", ["Ane Zabala"], []),
        ("La Ertzaintza cierra el paseo de Zarautz.", "EFE", [], ["EFE"])]


def test_grad_before_a_place_names_the_town_handing_out_its_picture() -> None:
    page = HEAD + "Vatrogasci crpe vodu iz podruma na Kalelargi Foto: Facebook/Grad Zadar\n"
    assert found(page) == [("Vatrogasci crpe vodu iz podruma na Kalelargi", "Facebook/Grad Zadar", [],
                            ["Facebook", "Grad Zadar"])]


def test_courtesy_and_its_bar_stay_in_the_credit_after_the_leadin() -> None:
    page = (HEAD + "Volunteers hand out blankets to displaced families at a school in Hola.\n"
            + "Photo credit: Courtesy | Kenya Red Cross\n")
    assert found(page) == [("Volunteers hand out blankets to displaced families at a school in Hola.",
                            "Courtesy | Kenya Red Cross", [], ["Kenya Red Cross"])]


def test_fresh_news_closing_a_caption_bare_is_its_credit() -> None:
    page = (HEAD + "The level fell to its lowest point in a decade.\n\n"
            + "Officials meet fishing community representatives in Pursat province on Wednesday. Fresh News\n")
    assert found(page) == [("Officials meet fishing community representatives in Pursat province on Wednesday.",
                            "Fresh News", [], ["Fresh News"])]
