"""Editors' initials closing an agency's dispatch are no picture's credit (round 65).

ANGOP closes its copy with "PC/QCB" alone under the last paragraph, Lusa with "JMF // ZO": initials no agency list
knows, no lead-in, nothing of the story after them. Known agencies so joined, or initials under a caption, keep
their reading.
"""
from __future__ import annotations

import pytest

from captions import parse_page

STORY = (" date 2026-03-12 Sociedade\nChuva em Luanda deixa casas inundadas no Cazenga\n\n"
         "Luanda - Pelo menos 312 residências ficaram inundadas durante a madrugada desta quinta-feira.\n"
         "Vista parcial de uma das ruas alagadas do bairro Hoji-ya-Henda\nFoto: Pedro Cassule\n\n"
         "Segundo o porta-voz dos bombeiros, não há registo de vítimas mortais.\n\n"
         "Em Fevereiro, uma situação semelhante afectou mais de 200 famílias em Cacuaco e Viana.\n\n")


def _credits(tail: str) -> list[str | None]:
    return [p.credit.raw if p.credit else None for p in parse_page(STORY + tail).photos]


@pytest.mark.parametrize("initials", ["PC/QCB", "JMF // ZO", "AFF/QCB/OHA"])
def test_initials_under_the_last_paragraph_sign_the_copy(initials: str) -> None:
    assert _credits(f"{initials}\nFotos relacionadas\n") == ["Pedro Cassule"]


def test_known_agencies_so_joined_stay_a_credit() -> None:
    assert _credits("AP/AFP\n") == ["Pedro Cassule", "AP/AFP"]
