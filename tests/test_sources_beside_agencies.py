"""Credit conventions of round 51, read from the misses of the dumps33 pages (twelve outlets' conventions).

Each case is a caption line as an outlet of that kind prints it, invented: a handout after a bar's lead-in
("PHOTO | COURTESY OF X", Nation Media Group: both lead-ins go) or glued to the caption with a slash and "SUPPLIED" (Canadian
papers); a name in a script with no capitals beside a known agency (the photographer shooting for it, Persian
and Hebrew outlets); a source after a courtesy word (Urdu); a date after CNA's "攝"; a paper's bracketed label
printed alone (Prensa Libre).
"""
from __future__ import annotations

import pytest

from captions import parse_credit, split_caption_credit


@pytest.mark.parametrize("text, caption, credit, agencies, photographers", [
    ("Volunteers hand out blankets at the school on Friday. PHOTO | COURTESY OF UGANDA RED CROSS",
     "Volunteers hand out blankets at the school on Friday.", "COURTESY OF UGANDA RED CROSS",
     ["UGANDA RED CROSS"], []),
    ("Volunteers hand out blankets at the school on Friday. PHOTO | COURTESY",
     "Volunteers hand out blankets at the school on Friday.", "COURTESY", [], []),
    ("Crews clear ice from the spillway in March. CITY OF WINNIPEG / SUPPLIED",
     "Crews clear ice from the spillway in March.", "CITY OF WINNIPEG / SUPPLIED", ["CITY OF WINNIPEG"], []),
    ("A ferry waits at the jetty on Sunday. Picture: RNZ PACIFIC", "A ferry waits at the jetty on Sunday.",
     "RNZ PACIFIC", ["RNZ PACIFIC"], []),
    ("برف‌روبی در جاده هراز. عکس: مریم احمدی / تسنیم", "برف‌روبی در جاده هراز.", "مریم احمدی / تسنیم",
     ["تسنیم"], ["مریم احمدی"]),
    ("שלג כבד בגולן (צילומים: דנה לוי, AP)", "שלג כבד בגולן", "דנה לוי, AP", ["AP"], ["דנה לוי"]),
    ("שלג כבד בגולן (צילום: מתוך הרשתות החברתיות)", "שלג כבד בגולן", "מתוך הרשתות החברתיות", [], []),
    ("合歡山今天清晨降雪。（中央社記者王小明攝 114年2月3日）", "合歡山今天清晨降雪。", "中央社記者王小明攝",
     ["中央社"], ["王小明"]),
    ("(Foto Prensa Libre: Juan Pérez)", None, "Foto Prensa Libre: Juan Pérez", ["Prensa Libre"], ["Juan Pérez"]),
], ids=["nation-media-courtesy-of", "nation-media-courtesy-alone", "canadian-body-slash-supplied",
        "fiji-rnz-pacific", "persian-name-slash-agency", "hebrew-name-comma-agency", "hebrew-from-social-networks",
        "cna-dated-credit", "prensa-libre-label-alone"])
def test_a_source_beside_an_agency_or_a_handout_word_is_read_as_printed(text, caption, credit, agencies,
                                                                         photographers):
    assert split_caption_credit(text) == (caption, credit), text
    parsed = parse_credit(credit)
    assert (parsed.agencies, parsed.photographers) == (agencies, photographers), text


@pytest.mark.parametrize("credit", ["جمعیت هلال احمر مرکزی استان تهران / تسنیم", "تسنیم/ جمعیت هلال احمر مرکزی استان تهران"])
def test_an_uncased_source_is_a_photographer_only_as_a_name(credit):
    # five words are a body's name, not a person's, either side of the agency
    assert parse_credit(credit).photographers == [], credit


def test_an_uncased_name_after_the_agency_is_its_photographer():
    # round 75: the agency first, as the spec's "REUTERS/Damir Sagolj" and as Tehran's papers print it ("همشهری/
    # Name", "تسنیم/ Name"), names the photographer after the slash; round 51 had read
    # "رويترز/محمد سالم" as no one's
    assert parse_credit("رويترز/محمد سالم").photographers == ["محمد سالم"]


def test_a_courtesy_word_does_not_count_among_an_uncased_sources_words():
    caption, credit = split_caption_credit("لاہور میں پانی کھڑا ہے۔ فوٹو: بشکریہ ضلعی انتظامیہ لاہور")
    assert (caption, credit) == ("لاہور میں پانی کھڑا ہے۔", "بشکریہ ضلعی انتظامیہ لاہور")


def test_a_name_opened_by_the_arabic_article_beside_an_agency_is_no_photographer() -> None:
    # review 30: "the media office / WAM": the article opens a body's or a place's name, never a given name
    read = parse_credit("المكتب الإعلامي / وام")
    assert read.photographers == []
    assert parse_credit("محمد الخطيب / رويترز").photographers == ["محمد الخطيب"]
