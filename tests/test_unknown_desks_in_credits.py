"""A credit naming a desk or local agency the registry does not know reads as the same credit naming a known one
(benchmarks/metamorphic_agencies.py, round 182). Every text here is invented for its test."""
from __future__ import annotations

import pytest

from captions.parse.credit_in_line import split_caption_credit


@pytest.mark.parametrize("line, caption, credit", [
    pytest.param("Rescue boats crossed the flooded square in Varnel DORIAN VALéRIO/KESSEL.NEWS/AGÊNCIA NORTE",
                 "Rescue boats crossed the flooded square in Varnel", "DORIAN VALéRIO/KESSEL.NEWS/AGÊNCIA NORTE",
                 id="spaced-name-with-a-lower-case-accent"),
    pytest.param("Rescue boats crossed the flooded square in VarnelDORIAN VALéRIO/KESSEL.NEWS/AGÊNCIA NORTE",
                 "Rescue boats crossed the flooded square in Varnel", "DORIAN VALéRIO/KESSEL.NEWS/AGÊNCIA NORTE",
                 id="glued-to-the-caption"),
    pytest.param("Rescue boats crossed the flooded square in Varnel DORIAN VESK/KESSEL.NEWS/AGÊNCIA NORTE",
                 "Rescue boats crossed the flooded square in Varnel", "DORIAN VESK/KESSEL.NEWS/AGÊNCIA NORTE",
                 id="name-in-capitals"),
])
def test_a_sites_dotted_name_after_a_credits_slash_ends_no_sentence(line: str, caption: str, credit: str) -> None:
    assert split_caption_credit(line) == (caption, credit)


def test_a_sentence_glued_to_a_capitalised_site_name_alone_is_still_no_credit() -> None:
    line = "Boats crossed the square in Varnel.KESSEL.NEWS"
    assert split_caption_credit(line) == (line, None)
