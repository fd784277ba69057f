"""The lead picture's credit printed alone under the standfirst, the head's byline or date under it (round 82).

Moldovan, Romanian and Kazakh sites print the headline, the standfirst, the lead picture's credit alone, then the
byline and the date: the head goes on under the credit, so the credit is a picture of its own with no caption, and
the standfirst over it is the story's. A line a blank line parts from the headline opens a block of its own, the
lead's caption over its credit, as before. Every page here is written for these tests.
"""
from __future__ import annotations

from captions import parse_page


def _photos(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


def test_a_credit_under_the_standfirst_over_the_byline_and_date_is_the_leads_alone() -> None:
    page = ("Ploi torențiale la Cahul: zeci de curți, sub apă\n"
            "Pompierii au evacuat douăzeci de familii din cartierul de lângă lac\n"
            "Foto: Ion Rotaru\n"
            "Ana Cojocaru\n"
            "12 mai 2026, 10:20\n"
            "Ploile au căzut toată noaptea. Apa a intrat în zeci de curți din oraș.\n")
    assert _photos(page) == [(None, "Ion Rotaru")]


def test_a_credit_under_the_standfirst_over_a_stamp_with_the_date() -> None:
    page = ("Талғарда сел жүрді\n"
            "Түнгі нөсерден кейін өзендер арнасынан асты\n"
            "Суретті түсірген – Ерлан Әлиев\n"
            "Egemen Qazaqstan · 14 Мамыр, 2026 · 09:42\n"
            "Сәрсенбі түні басталған жаңбыр таң атқанша толастамады. Екі көпір жабылды.\n")
    assert _photos(page) == [(None, "Ерлан Әлиев")]


def test_a_caption_set_apart_from_the_headline_keeps_its_credit() -> None:
    page = ("Wildfire forces evacuations in the hills\n\n"
            "Firefighters battle flames near the village, May 1, 2026.\n"
            "(photo credit: JANE ROE/EXAMPLE90)\n"
            "By SAM LEE\n"
            "MAY 2, 2026 09:14\n\n"
            "A large wildfire broke out on Thursday. Five communities were evacuated overnight.\n")
    assert _photos(page) == [("Firefighters battle flames near the village, May 1, 2026.", "JANE ROE/EXAMPLE90")]


def test_a_credit_under_the_standfirst_with_the_story_under_it_keeps_its_caption() -> None:
    page = ("Ploi torențiale la Cahul: zeci de curți, sub apă\n"
            "Pompierii evacuează o familie din cartierul de lângă lac\n"
            "Foto: Ion Rotaru\n"
            "Ploile au căzut toată noaptea. Apa a intrat în zeci de curți din oraș.\n")
    assert _photos(page) == [("Pompierii evacuează o familie din cartierul de lângă lac", "Ion Rotaru")]
