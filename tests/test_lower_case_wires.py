"""A known wire's name in lower case after a photographer alone is their agency ("Name/ansa", as Italian papers
print every wire), not a wire desk's initials, which follow the wire's name and its photographer ("ANTARA
FOTO/Name/foc"). Every credit here is written for these tests."""
from __future__ import annotations

from captions import parse_credit


def test_a_lower_case_wire_after_a_photographer_is_their_agency() -> None:
    credit = parse_credit("Paolo Ravagnan/ansa")
    assert (credit.photographers, credit.agencies) == (["Paolo Ravagnan"], ["ANSA"])


def test_afp_in_lower_case_after_a_photographer_is_afp() -> None:
    assert parse_credit("Elena Dolfin/afp").agencies == ["AFP"]


def test_a_desk_tag_after_the_wire_and_its_photographer_names_no_one() -> None:
    credit = parse_credit("ANTARA FOTO/Rivan Awal/foc")
    assert (credit.photographers, credit.agencies) == (["Rivan Awal"], ["Antara"])


def test_a_desk_tag_spelling_a_wire_after_the_wire_and_its_photographer_is_still_a_tag() -> None:
    assert parse_credit("ANTARA FOTO/Rivan Awal/afp").agencies == ["Antara"]
