"""Name forms in credits that many outlets share, written from knowledge of the press in round 49.

Each case is invented in one press's convention: the Lithuanian "nuotr." (photo) closing a credit after the names
in the genitive, kept as printed, marks it as a lead-in does; a Vietnamese staff photographer's initials with dots
are a person, as are a Balkan or Polish author's, where dotted letters that abbreviate a place ("U.S.") are not;
a Chinese reporter's name after a role word with no closing "摄" is a person where a lead-in or brackets mark the
credit, and alone on a line stays a story's byline; US metro papers part a name from their paper or from "Staff"
by a bar as by a slash, and the Boston Globe's "Globe Staff" is the paper's desk, kept as printed.
"""
from __future__ import annotations

import pytest

from captions import parse_credit, split_caption_credit


@pytest.mark.parametrize("line, caption, credit", [
    ("Prezidentas susitiko su ministrais. Jono Petraičio nuotr.", "Prezidentas susitiko su ministrais.",
     "Jono Petraičio nuotr."),
    ("Naujasis tiltas atidarytas. Asmeninio archyvo nuotr.", "Naujasis tiltas atidarytas.", "Asmeninio archyvo nuotr."),
    ("Rinkėjai balsavimo apylinkėje. LRT nuotr.", "Rinkėjai balsavimo apylinkėje.", "LRT nuotr."),
    ("Rinkėjai balsavimo apylinkėje. Žygimanto Gedvilos / BNS nuotr.", "Rinkėjai balsavimo apylinkėje.",
     "Žygimanto Gedvilos / BNS nuotr."),
    ("Jono Petraičio nuotr.", None, "Jono Petraičio nuotr."),
], ids=["lithuanian-genitive-name", "lithuanian-private-archive", "lithuanian-broadcaster", "lithuanian-name-and-wire",
        "lithuanian-credit-alone"])
def test_the_lithuanian_photo_word_after_the_names_marks_a_credit(line, caption, credit):
    assert split_caption_credit(line) == (caption, credit), line


@pytest.mark.parametrize("line", [
    "Jis sakė, kad tai buvo gera nuotr.",
], ids=["lithuanian-prose-before-the-word"])
def test_prose_before_the_lithuanian_photo_word_is_no_credit(line):
    assert split_caption_credit(line) == (line, None), line


@pytest.mark.parametrize("credit, photographers, agencies", [
    ("Jono Petraičio nuotr.", ["Jono Petraičio"], []),
    ("Asmeninio archyvo nuotr.", [], []),
    ("Žygimanto Gedvilos / BNS nuotr.", ["Žygimanto Gedvilos"], ["BNS"]),
    ("T.T.D.", ["T.T.D."], []),
    ("Q.H.", ["Q.H."], []),
    ("N.K", ["N.K"], []),
    ("Đ.K", ["Đ.K"], []),
    ("TTXVN", [], ["TTXVN"]),
    ("D.K.", ["D.K."], []),
    ("U.S./Jane Doe", ["Jane Doe"], ["U.S."]),
    ("D.R.", [], []),
    ("Antara/Ardiansyah", ["Ardiansyah"], ["Antara"]),
    ("Ardiansyah/Antara", ["Ardiansyah"], ["Antara"]),
    ("新华社记者王毓国", ["王毓国"], ["Xinhua"]),
    ("新华社记者 王毓国", ["王毓国"], ["Xinhua"]),
    ("记者 张三", ["张三"], []),
    ("本报记者 李四、王五", ["李四", "王五"], []),
    ("한국사진기자협회 제공", [], ["한국사진기자협회"]),
    ("John Tlumacki/Globe Staff", ["John Tlumacki"], ["Globe Staff"]),
    ("Jane Doe | Staff", ["Jane Doe"], []),
    ("Jane Doe / Staff Photographer", ["Jane Doe"], []),
], ids=["lithuanian-genitive-name", "lithuanian-private-archive", "lithuanian-name-and-wire",
        "vietnamese-three-initials", "vietnamese-two-initials", "vietnamese-last-dot-left-off",
        "vietnamese-d-with-stroke", "vietnamese-news-agency-by-its-letters", "serbian-author-initials",
        "us-abbreviation-no-initials", "french-rights-reserved", "indonesian-one-name-after-the-wire",
        "indonesian-one-name-before-the-wire", "xinhua-reporter-no-closing-word", "xinhua-reporter-spaced",
        "chinese-reporter-alone", "chinese-paper-two-reporters", "korean-association-supplied",
        "boston-globe-desk", "staff-after-a-bar", "staff-photographer"])
def test_name_forms_read_into_photographers_and_agencies(credit, photographers, agencies):
    parsed = parse_credit(credit)
    assert (parsed.photographers, parsed.agencies) == (photographers, agencies), credit


@pytest.mark.parametrize("line, caption, credit", [
    ("Người dân đi bộ trên phố. Ảnh: T.T.D.", "Người dân đi bộ trên phố.", "T.T.D."),
    ("市民在公园里散步。（新华社记者 王毓国）", "市民在公园里散步。", "新华社记者 王毓国"),
    ("市民在公园里散步。图/记者 张三", "市民在公园里散步。", "记者 张三"),
    ("本报记者 李四", "本报记者 李四", None),
    ("Crews clear debris on Tuesday. Jane Doe | Staff", "Crews clear debris on Tuesday.", "Jane Doe | Staff"),
    ("Crews clear debris on Tuesday. Jane Doe | MassLive", "Crews clear debris on Tuesday.", "Jane Doe | MassLive"),
    ("Jane Doe | Staff Writer", "Jane Doe | Staff Writer", None),
], ids=["vietnamese-initials-after-the-leadin", "xinhua-reporter-in-brackets", "chinese-reporter-after-picture-leadin",
        "chinese-byline-alone-no-credit", "us-staff-after-a-bar", "us-paper-after-a-bar", "us-staff-writer-byline"])
def test_name_forms_in_caption_lines(line, caption, credit):
    assert split_caption_credit(line) == (caption, credit), line
