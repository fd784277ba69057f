"""A credit element's lead-in is taken off by the lead-ins its first letter opens, each in its forms made once
(leadin_sources._leadins_by_first): the same lead-ins come off as when every lead-in was tried."""
from __future__ import annotations

from captions.knowledge.registry import bundled_registry
from captions.parse.html.leadin_sources import credit_by_leadin, without_leadin

REGISTRY = bundled_registry()
CASES = [
    ("Foto: Jo Li/AP", "Jo Li/AP", "Jo Li/AP"),
    ("FOTO: Ana", "Ana", "Ana"),
    ("Photo : Jo Li", "Jo Li", "Jo Li"),   # the colon set off by a space, as French typography prints it
    ("ภาพ : Name", "Name", None),          # and Thai pages
    ("© Jo Li", "Jo Li", None),
    ("Autor: Jan Kowalski", "Jan Kowalski", None),  # a lead-in of credit elements only
    ("Credited to Jo", "Credited to Jo", None),     # "Credit" runs into a longer word: no lead-in
    ("İstanbul", "İstanbul", None),                 # lower-casing lengthens the first letter
    ("Jo Li/AP", "Jo Li/AP", None),
]


def test_a_credit_elements_lead_in_comes_off_by_its_first_letter() -> None:
    assert [(without_leadin(text, REGISTRY), credit_by_leadin(text, REGISTRY)) for text, _, _ in CASES] == \
        [(rest, source) for _, rest, source in CASES]
