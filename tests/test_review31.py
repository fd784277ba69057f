"""Review 31: the rules of rounds 54 to 56 tried on text they should not touch.

Each case is invented: a Japanese photographer whose name ends in 市 (a surname, 古市, or a given name, 健市) is no city;
a photographer's initials in capitals ("AG Smith") are no firm's legal form, which only a few countries print first;
"Dok." before a person's name names that person, as "Courtesy of" does, and a body's name a source; a Thai sentence
whose subject is a body ("ตำรวจ...", the police did ...) is no body's name; a story's picture linking to its gallery,
a tag's link beside it, is no rail's card; "Ph." before one surname is Philippe's initial, the name a person's; a short
headline over a line naming the section, a sentence under it, is the headline, no crumb.
"""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page
from tests.html_story import pictures


def _credits(page: str) -> list[tuple[str | None, list[str], list[str]]]:
    return [(p.credit.raw, p.credit.photographers, p.credit.agencies) if p.credit else (None, [], [])
            for p in parse_page(page).photos]


JAPANESE = """ date 2025-10-03 社会

台風18号、宮古島に接近

冠水した県道を走る車＝2日午後、石垣市登野城（石垣市提供）
大型の台風18号は2日、宮古島地方を暴風域に巻き込みながら北西に進んだ。

倒れた電柱＝3日未明、宮古島市上野（撮影・佐藤健市）
宮古空港では全便が欠航した。

港で漁船を固定する漁業者ら＝2日午前、宮古島市平良（古市撮影）
観光客ら約200人が空港で夜を明かした。
"""


def test_a_name_ending_in_shi_is_a_photographer_where_no_supplied_word_follows() -> None:
    # a city supplies its picture ("石垣市提供"); "佐藤健市", "古市" took theirs (markers.yaml supplier_endings)
    assert _credits(JAPANESE) == [("石垣市提供", [], ["石垣市"]), ("佐藤健市", ["佐藤健市"], []),
                                  ("古市", ["古市"], [])]


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("AG Smith/AP", ["AG Smith"], ["AP"]),
    ("SA Ahmed/Dawn", ["SA Ahmed"], ["Dawn"]),
    ("KG Lim/The Star", ["KG Lim"], ["The Star"]),
    ("AS Berg/NTB", ["AS Berg"], ["NTB"]),
    ("Beispielwerke AG", [], ["Beispielwerke AG"]),  # closing a name, AG is still a firm's
    ("PT Contoh Nusantara", [], ["PT Contoh Nusantara"]),  # markers.yaml legal_forms_before_names
    ("Oy Esimerkki", [], ["Oy Esimerkki"]),
])
def test_initials_in_capitals_open_a_persons_name_and_only_some_forms_open_a_firms(raw, photographers, agencies):
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies), raw


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("Dok. Andi Saputra", ["Andi Saputra"], []),
    ("Dok. KAI Commuter", [], ["KAI Commuter"]),
    ("Dok. Humas Polres Tangerang", [], ["Humas Polres Tangerang"]),
])
def test_a_persons_own_records_name_the_person_and_a_bodys_the_body(raw, photographers, agencies):
    credit = parse_credit(raw)
    assert (credit.raw, credit.photographers, credit.agencies) == (raw, photographers, agencies), raw


@pytest.mark.parametrize("text, agencies", [
    ("ภาพ: ตำรวจตรวจสอบที่เกิดเหตุในตัวเมืองเมื่อเช้าวันนี้", None),  # police inspect the scene this morning
    ("ภาพ: จังหวัดเชียงใหม่จัดกิจกรรมแจกถุงยังชีพให้ผู้ประสบภัย", None),  # the province hands out relief bags
    ("ภาพ: กรมป้องกันและบรรเทาสาธารณภัย", ["กรมป้องกันและบรรเทาสาธารณภัย"]),
    ("ภาพ: เทศบาลนครเชียงใหม่", ["เทศบาลนครเชียงใหม่"]),
])
def test_a_thai_sentence_opened_by_a_bodys_word_is_no_credit(text, agencies):
    credit = parse_credit(text)
    assert (credit.agencies if credit.photographers or credit.agencies else None) == agencies, text


def test_a_storys_picture_linking_to_its_gallery_beside_a_tags_link_is_no_card() -> None:
    block = ('<div class="image-block"><a href="/news/2025/storm-gallery"><img src="https://img.example.org/1.jpg"'
             ' alt="Flooded street"></a><span class="credit">Photo: Jo Smith/AP</span>'
             ' <a href="/tags/weather">Weather</a></div>')
    assert pictures(block) == [(None, "Jo Smith/AP")]


@pytest.mark.parametrize("raw, photographers, agencies", [
    ("Ph. Dupont/AFP", ["Ph. Dupont"], ["AFP"]),  # Philippe Dupont, as the French press abbreviates him
    ("Ph. Lavieille / Le Parisien", ["Ph. Lavieille"], ["Le Parisien"]),
    ("Radio Exemple/Ph. Pascal Mulumba", ["Pascal Mulumba"], ["Radio Exemple"]),  # "Ph." for photo, a full name
    ("Ph. ONU/Claire Ilunga", ["Claire Ilunga"], ["ONU"]),
])
def test_ph_before_one_surname_is_an_initial_before_a_full_name_the_word_for_photo(raw, photographers, agencies):
    credit = parse_credit(raw)
    assert (credit.raw, credit.photographers, credit.agencies) == (raw, photographers, agencies), raw


SHORT_HEADLINE = """ date 2025-10-03 Sport

Late drama
Sport
United snatch a draw in the final minute at Anfield on Saturday evening.
Players celebrate the equaliser at Anfield on Saturday. Photo: Jo Smith/Reuters
The match ended 2-2 after a late header.
"""


def test_a_short_headline_over_the_sections_name_and_a_sentence_is_the_headline() -> None:
    assert parse_page(SHORT_HEADLINE).title == "Late drama"
