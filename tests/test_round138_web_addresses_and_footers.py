"""Round 138: a web address in a credit is one name, the site's, never split at its dots; a site's copyright notice
closing the dump is page furniture. Every text here is invented for its test."""
from __future__ import annotations

import pytest

from captions.parse.credit_in_line import split_caption_credit
from captions.parse.page import parse_page


def _read(page: str) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    return [(p.caption, p.credit and p.credit.raw, list(p.credit.photographers) if p.credit else [],
             list(p.credit.agencies) if p.credit else []) for p in parse_page(page).photos]


def test_a_web_address_in_capitals_in_a_caption_keeps_its_dots_and_the_lead_in_opens_the_credit() -> None:
    assert split_caption_credit("Warga memantau ketinggian air lewat laman BPBDLEMBAH.GO.ID. Foto: Rudi Hartono") == (
        "Warga memantau ketinggian air lewat laman BPBDLEMBAH.GO.ID.", "Rudi Hartono")


@pytest.mark.parametrize("line", ["Anak-anak bermain di pengungsian (BERITAPALU.COM/Rudi Hartono).",
                                  "Jalan rusak di Desa Sukamaju. DESAPOST.CO.ID/RUDI",
                                  "Jalan rusak di Desa Sukamaju. DESAPOST.COM"])
def test_a_web_address_is_never_split_at_its_dot_into_a_caption_and_a_credit(line: str) -> None:
    assert split_caption_credit(line) == (line, None)


@pytest.mark.parametrize(("line", "caption", "credit"), [
    ("Supporters wave flags outside the hall.Reuters", "Supporters wave flags outside the hall.", "Reuters"),
    ("Vecinos celebran en la plaza durante la noche.TV Azteca", "Vecinos celebran en la plaza durante la noche.",
     "TV Azteca"),
])
def test_a_known_name_glued_to_the_captions_full_stop_is_still_its_credit(line: str, caption: str,
                                                                           credit: str) -> None:
    assert split_caption_credit(line) == (caption, credit)  # "TV": a top-level domain, after a sentence's last word


@pytest.mark.parametrize(("line", "credit", "photographers", "agencies"), [
    ("Moradores atravessam a rua alagada. Foto: noticiasdovale.com.br", "noticiasdovale.com.br", [],
     ["noticiasdovale.com.br"]),
    ("Thuyền neo đậu ở chợ nổi. Ảnh: baotinhmoi.vn", "baotinhmoi.vn", [], ["baotinhmoi.vn"]),
    ("Farmers carry rice sacks through the field. Photo: Dana Whitlock/deltanews.com.vn",
     "Dana Whitlock/deltanews.com.vn", ["Dana Whitlock"], ["deltanews.com.vn"]),
    ("Sejumlah warga mengungsi ke balai desa, Sabtu (14/2/2026). KABARLEMBAH.COM/Rudi Hartono",
     "KABARLEMBAH.COM/Rudi Hartono", ["Rudi Hartono"], ["KABARLEMBAH.COM"]),
])
def test_a_web_address_in_a_credit_names_the_site_as_printed(line: str, credit: str, photographers: list[str],
                                                             agencies: list[str]) -> None:
    caption = split_caption_credit(line)[0]
    assert _read(f"Title\n\n{line}\n") == [(caption, credit, photographers, agencies)]


@pytest.mark.parametrize("notice", ["© 2026 Harbour Light Gazette. All rights reserved.",
                                    "Copyright © 2026 Diario del Valle. Todos los derechos reservados.",
                                    "版权所有 © 示例日报网"])
def test_a_copyright_notice_closing_the_dump_under_a_credit_is_no_picture(notice: str) -> None:
    page = ("Title\n\nA fallen tree blocks the road to the harbour on Tuesday.\nFoto: Carla Medina\n"
            f"{notice}\n")
    assert _read(page) == [("A fallen tree blocks the road to the harbour on Tuesday.", "Carla Medina",
                            ["Carla Medina"], [])]
