"""The copyright sign between a photographer and an agency, as Danish outlets print it (round 67, DR):
"(Foto: Name © Ritzau Scanpix)". Read as a slash only where it parts a person from a known agency.
"""
from __future__ import annotations

from captions.knowledge.registry import bundled_registry
from captions.parse.credit import parse_credit
from tests.html_story import credited as read


def test_copyright_sign_between_photographer_and_agency() -> None:
    figcaption = 'Vandet steg over kajen. <span class="credit">(Foto: Mette Bech Sørensen © Ritzau Scanpix)</span>'
    assert read(figcaption) == [("Vandet steg over kajen.", "Mette Bech Sørensen © Ritzau Scanpix",
                                 ["Mette Bech Sørensen"], ["Ritzau Scanpix"])]


def test_copyright_sign_after_a_caption_keeps_the_caption() -> None:
    credit = parse_credit("Il Castello Maniace di Siracusa © Ansa", bundled_registry())
    assert credit.photographers == []  # no person before the sign: not read as a name and an agency
