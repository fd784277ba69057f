"""Layouts of the written sets dumps29 and html30, second pass (issue #11, round 28): a gallery slide's title
between its counter and its caption is its alt text; on a page printing its captions with their credits in their
own lines and no full stop, a credit alone under a story's sentence is a picture of its own, and a sentence run on
over a caption is the story's, not alt text; a Vietnamese body's name after "Ảnh:", opened by its body's word, is
a credit though it holds lower-case words.

Every page here is written for these tests, in the styles those publishers use.
"""
from __future__ import annotations

import pytest

from captions.parse.credit import parse_credit
from captions.parse.credit_in_line import split_caption_credit
from captions.parse.page import parse_page


def _pictures(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.description, p.caption, p.credit.raw if p.credit else None) for p in parse_page(text).photos]


def test_slide_titles_between_counters_and_captions_are_alt_text() -> None:
    page = ("Monsoon: देखें तस्वीरें\n"
            "1 of 4\nउफनती नदी का पुल\nपुल के ऊपर से पानी बहने लगा। - फोटो : PTI\n"
            "2 of 4\nराहत शिविर\nप्रशासन ने स्कूल में राहत शिविर बनाया। - फोटो : ANI\n"
            "3 of 4\nनाव से बचाव\nगोताखोरों ने परिवार को नाव से निकाला। - फोटो : PTI\n"
            "4 of 4\nडूबी फसलें\nखेतों में खड़ी धान की फसल पानी में डूब गई। - फोटो : ANI\n"
            "यह भी पढ़ें\n")
    assert _pictures(page) == [
        ("उफनती नदी का पुल", "पुल के ऊपर से पानी बहने लगा।", "PTI"),
        ("राहत शिविर", "प्रशासन ने स्कूल में राहत शिविर बनाया।", "ANI"),
        ("नाव से बचाव", "गोताखोरों ने परिवार को नाव से निकाला।", "PTI"),
        ("डूबी फसलें", "खेतों में खड़ी धान की फसल पानी में डूब गई।", "ANI"),
    ], page



@pytest.mark.parametrize("lines", [
    ["15 जून", "16 जून", "17 जून", "18 जून"],  # dates
    ["अपडेटेड 10:32", "अपडेटेड 11:02", "अपडेटेड 12:40", "अपडेटेड 13:15"],  # "updated" times
    ["पटना, बिहार", "गया, बिहार", "आरा, बिहार", "छपरा, बिहार"],  # datelines
    ["फोटो गैलरी"] * 4,  # "photo gallery", the page's furniture on every slide
    ["पूरी फोटो देखें"] * 4,  # "see the whole photo"
], ids=["dates", "times", "datelines", "furniture", "furniture-three-words"])
def test_dates_datelines_and_furniture_between_counters_and_captions_are_no_titles(lines: list[str]) -> None:
    captions = ["पुल के ऊपर से पानी बहने लगा। - फोटो : PTI", "प्रशासन ने स्कूल में राहत शिविर बनाया। - फोटो : ANI",
                "गोताखोरों ने परिवार को नाव से निकाला। - फोटो : PTI", "खेतों में खड़ी धान की फसल पानी में डूब गई। - फोटो : ANI"]
    page = "Monsoon: देखें तस्वीरें\n" + "".join(
        f"{n} of 4\n{line}\n{caption}\n" for n, (line, caption) in enumerate(zip(lines, captions), 1)) + "यह भी पढ़ें\n"
    assert [d for d, _, _ in _pictures(page)] == [None] * 4, page


def test_a_subhead_opening_a_section_under_a_rule_is_no_alt_text() -> None:
    # a story's sections under rules go on with paragraphs after the picture: no slides, no alt lines
    page = ("Der Umbau der Brücke\n"
            "---\nDie Planung\nDie neue Brücke über den Kanal ist fertig. (Foto: Jo Li/dpa)\n"
            "Der Bau dauerte zwei Jahre und kostete viel Geld.\n"
            "---\nDie Kosten\nArbeiter montieren das Geländer am Mittwoch. (Foto: Ina Ro/dpa)\n"
            "Die Stadt zahlte den größten Teil der Rechnung.\n")
    assert [d for d, _, _ in _pictures(page)] == [None, None], page


def test_a_credit_alone_under_a_sentence_where_captions_carry_theirs() -> None:
    page = ("Kraków\nNowy most na Wiśle prawie gotowy\n"
            "Ostatnie prace przy przęśle mostu ( Fot. Jan Nowak / Agencja Wyborcza.pl )\n"
            "Budowa trwa od wiosny i kosztowała już ponad 300 mln zł.\n"
            "Przystanek przy ul. Kotlarskiej ( Fot. Jan Nowak / Agencja Wyborcza.pl )\n"
            "– Most otworzymy w grudniu – zapowiedział prezydent.\n"
            "( Fot. Shutterstock )\n"
            "Według miasta przez most przejedzie 20 tys. aut dziennie.\n"
            "Protest mieszkańców w sierpniu ( Fot. PAP/Ewa Lis )\n")
    assert _pictures(page) == [
        (None, "Ostatnie prace przy przęśle mostu", "Jan Nowak / Agencja Wyborcza.pl"),
        (None, "Przystanek przy ul. Kotlarskiej", "Jan Nowak / Agencja Wyborcza.pl"),
        (None, None, "Shutterstock"),
        (None, "Protest mieszkańców w sierpniu", "PAP/Ewa Lis"),
    ], page


def test_a_stopped_caption_keeps_the_credit_under_it() -> None:
    # the page's captions end with full stops: the sentence over the credit alone may be its caption
    page = ("Kraków\nNowy most na Wiśle prawie gotowy\n"
            "Ostatnie prace przy przęśle mostu. ( Fot. Jan Nowak / Agencja Wyborcza.pl )\n"
            "Budowa trwa od wiosny i kosztowała już ponad 300 mln zł.\n"
            "Przystanek przy ul. Kotlarskiej. ( Fot. Jan Nowak / Agencja Wyborcza.pl )\n"
            "Prezydent miasta na budowie w październiku.\n"
            "( Fot. Shutterstock )\n")
    assert _pictures(page)[-1] == (None, "Prezydent miasta na budowie w październiku.", "Shutterstock"), page


def test_sentences_over_unstopped_captions_are_the_story() -> None:
    page = ("Xã hội\nMưa lớn, nhiều tuyến đường ở Huế ngập sâu\nNhóm phóng viên\n"
            "HUẾ - Chiều 5-11, mưa lớn khiến nhiều tuyến đường ở thành phố ngập sâu, giao thông ùn ứ.\n"
            "Người dân dắt xe qua đoạn đường ngập trên đường Lê Lợi - Ảnh: NHẬT LINH\n"
            "Nhiều xe máy phải dừng lại bên đường chờ nước rút.\n"
            "Xe máy chết máy giữa dòng nước trên đường Hùng Vương - Ảnh: NHẬT LINH\n"
            "Tại chợ Đông Ba, nước tràn vào nhiều sạp hàng.\n"
            "Tiểu thương kê hàng hóa lên cao tránh nước tại chợ Đông Ba - Ảnh: BẢO AN\n")
    assert [d for d, _, _ in _pictures(page)] == [None, None, None], page


@pytest.mark.parametrize("line, caption, credit, agencies", [
    ("Người dân nhận nước ngọt tại xã Long Hòa. Ảnh: Công an TP.HCM cung cấp",
     "Người dân nhận nước ngọt tại xã Long Hòa.", "Công an TP.HCM cung cấp", ["Công an TP.HCM"]),
    ("Cống Láng Thé đóng để ngăn mặn. Ảnh: Sở Nông nghiệp và Môi trường Trà Vinh",
     "Cống Láng Thé đóng để ngăn mặn.", "Sở Nông nghiệp và Môi trường Trà Vinh",
     ["Sở Nông nghiệp và Môi trường Trà Vinh"]),
    ("Cán bộ phát gạo cho người dân. Ảnh: Ủy ban nhân dân huyện Cần Giờ",
     "Cán bộ phát gạo cho người dân.", "Ủy ban nhân dân huyện Cần Giờ", ["Ủy ban nhân dân huyện Cần Giờ"]),
], ids=["police", "department", "committee"])
def test_a_vietnamese_body_named_in_lower_case_words_after_anh(line: str, caption: str, credit: str,
                                                               agencies: list[str]) -> None:
    assert split_caption_credit(line) == (caption, credit), line
    assert parse_credit(credit).agencies == agencies, credit


@pytest.mark.parametrize("text", [
    "Photo: Society members gather in the hall of the old school",
    "Ảnh: Sở dĩ người dân lo lắng là vì nước mặn. Năm nay mặn đến sớm",
], ids=["body-word-then-prose", "a-sentence"])
def test_a_body_word_opening_prose_after_a_leadin_names_no_one(text: str) -> None:
    assert split_caption_credit(text)[1] is None, text


def test_a_gallery_repeating_its_first_slide_under_a_shorter_alt_line_prints_one_picture() -> None:
    page = ("Snow in the old town\n1 / 3\nRooftops around the clock tower under snow\n"
            "The clock tower in the early morning light after snow. (Photo: Jo Li/Daily Courier)\n"
            "2 / 3\nChildren sledging down the hill\nPupils sledge down the hill in the park. (Photo: DHA)\n"
            "3 / 3\nThe clock tower\n"
            "The clock tower in the early morning light after snow. (Photo: Jo Li/Daily Courier)\nRelated\n")
    assert _pictures(page) == [
        ("Rooftops around the clock tower under snow", "The clock tower in the early morning light after snow.",
         "Jo Li/Daily Courier"),
        ("Children sledging down the hill", "Pupils sledge down the hill in the park.", "DHA"),
    ], page


@pytest.mark.parametrize("credit, photographers, agencies", [
    ("Trần Công An", ["Trần Công An"], []),
    ("NGUYỄN CÔNG AN/TTXVN", ["NGUYỄN CÔNG AN"], ["TTXVN"]),
    ("Kenya Red Cross", [], ["Kenya Red Cross"]),  # a body's two words closing its name still do
], ids=["person", "person-and-agency", "red-cross"])
def test_a_person_named_cong_an_is_no_police(credit: str, photographers: list[str], agencies: list[str]) -> None:
    # "Công an" opens the police's name, the place after it; a person's name may end "Công An" (middle and given name)
    parsed = parse_credit(credit)
    assert (parsed.photographers, parsed.agencies) == (photographers, agencies), credit
