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


@pytest.mark.parametrize("tail, credit", [
    pytest.param("(AFP/Satellite image ©2024 Kessel Daily)", "AFP/Satellite image ©2024 Kessel Daily", id="brackets"),
    pytest.param("(AFP/© 2024 Kessel Daily)", "AFP/© 2024 Kessel Daily", id="copyright-alone"),
    pytest.param("AFP/Satellite image ©2024 KDN", "AFP/Satellite image ©2024 KDN", id="unbracketed-acronym"),
])
def test_a_dated_copyright_after_a_credits_slash_is_the_credits_own(tail: str, credit: str) -> None:
    caption = "Tents for the families stand in a field outside Varnel on Sunday."
    assert split_caption_credit(f"{caption} {tail}") == (caption, credit)


@pytest.mark.parametrize("line", [
    pytest.param("Tents for the families stand in a field outside Varnel on Sunday. (© 2024 Kessel Daily)",
                 id="a-dated-unknown-name-alone-is-a-copyright-line"),
    pytest.param("Contact us / © 2024 Kessel Daily", id="a-footer-after-a-slash-names-no-one"),
])
def test_a_dated_unknown_name_without_a_credit_before_it_stays_text(line: str) -> None:
    assert split_caption_credit(line) == (line, None)
