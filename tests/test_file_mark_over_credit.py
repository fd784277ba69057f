"""A file photo's word in brackets closing a caption, its credit after a lead-in on the line under (round 65).

ANGOP and other state agencies' sites print "<caption> (Arquivo)" over "Foto: ANGOP": the lead-in marks the line
under as the credit, and the brackets stay in the caption. Before, "(Arquivo)" was the caption's credit and "Foto:
ANGOP" a picture of its own.
"""
from __future__ import annotations

import pytest

from captions import parse_page

HEAD = (" date 2026-03-12 Sociedade\nChuva em Luanda deixa casas inundadas no Cazenga\n\n"
        "Luanda - Pelo menos 312 residências ficaram inundadas durante a madrugada desta quinta-feira.\n\n")
TAIL = "\nEm Fevereiro, uma situação semelhante afectou mais de 200 famílias em Cacuaco e Viana.\n"


def _read(block: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(HEAD + block + TAIL).photos]


@pytest.mark.parametrize("mark", ["Arquivo", "Archivo", "File"])
def test_the_credit_under_the_file_mark_is_the_pictures(mark: str) -> None:
    block = f"Obras de desassoreamento da vala do Senado em 2024 ({mark})\nFoto: ANGOP\n"
    assert _read(block) == [(f"Obras de desassoreamento da vala do Senado em 2024 ({mark})", "ANGOP")]


def test_the_file_mark_alone_stays_the_credit() -> None:
    block = "Obras de desassoreamento da vala do Senado em 2024 (Arquivo)\n"
    assert _read(block) == [("Obras de desassoreamento da vala do Senado em 2024", "Arquivo")]


def test_a_name_in_brackets_keeps_its_reading() -> None:
    block = "Obras de desassoreamento da vala do Senado em 2024 (Lusa)\nFoto: ANGOP\n"
    assert _read(block)[0] == ("Obras de desassoreamento da vala do Senado em 2024", "Lusa")
