"""An agency's dateline alone on its line, the place, a dash and the agency: no caption, no credit (round 82).

Iranian and Arab agencies open a story so ("شیراز – ایرنا", "دمشق-سانا"): one word before the dash is a place, no
caption. A caption of more words before a dash and an agency still closes with its credit. Every line here is
written for these tests.
"""
from __future__ import annotations

import pytest

from captions.knowledge.registry import bundled_registry
from captions.parse.credit_in_line import split_line
from captions.parse.markers import markers_for


@pytest.mark.parametrize("line, caption, credit", [
    ("شیراز – ایرنا", "شیراز – ایرنا", None),
    ("خوزستان - ایسنا", "خوزستان - ایسنا", None),
    ("دمشق - سانا", "دمشق - سانا", None),
    ("Flooded streets in the old town of Shiraz – AFP", "Flooded streets in the old town of Shiraz", "AFP"),
])
def test_one_word_before_a_dash_and_an_agency_is_a_dateline(line: str, caption: str, credit: str | None) -> None:
    split = split_line(line, markers_for(bundled_registry()))
    assert (split.before.rstrip(), split.credit) == (caption, credit), line
