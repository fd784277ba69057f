"""Credit conventions of round 54, read from the misses of the dumps35 pages (twelve outlets' conventions).

Each case is invented, as an outlet of that kind prints it: credits naming a body or no one ("SCREENGRAB FROM", "Captura", "© rr", "(ΦΩΤΟ ΑΡΧΕΙΟΥ)",
"（網上圖片）", "Τμήμα", "Municipio", Magen David Adom); Hong Kong's "（…圖片）" and Japanese "（…提供）" handouts and
"（ロイター＝共同）"; a Japanese caption with no credit over its paragraph; iDNES's "Ilustrační snímek | foto: …".
"""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page, split_caption_credit


@pytest.mark.parametrize("text, caption, credit, agencies, photographers", [
    ("Officers help a driver out of her car. PHOTO: SCREENGRAB FROM SCDF/FACEBOOK",
     "Officers help a driver out of her car.", "SCREENGRAB FROM SCDF/FACEBOOK", ["SCDF", "Facebook"], []),
    ("Foto: Captura TVM", None, "Captura TVM", ["TVM"], []),
    ("Un bus avanza por una calle anegada. Foto: Captura de video", "Un bus avanza por una calle anegada.",
     "Captura de video", [], []),
    ("Personal municipal limpia un canal. Foto: Cortesía Municipio de Quito", "Personal municipal limpia un canal.",
     "Cortesía Municipio de Quito", ["Municipio de Quito"], []),
    ("Πυροσβέστες σε δασική περιοχή (ΦΩΤΟ: Τμήμα Δασών)", "Πυροσβέστες σε δασική περιοχή", "Τμήμα Δασών",
     ["Τμήμα Δασών"], []),
    ("Η καμένη έκταση το 2021 (ΦΩΤΟ ΑΡΧΕΙΟΥ)", "Η καμένη έκταση το 2021", "ΦΩΤΟ ΑΡΧΕΙΟΥ", [], []),
    ("Een pomp van de brandweer in Veurne. © rr", "Een pomp van de brandweer in Veurne.", "rr", [], []),
    ("Paramedics treat a hiker near the trail. (Magen David Adom)", "Paramedics treat a hiker near the trail.",
     "Magen David Adom", ["Magen David Adom"], []),
    ("西貢公路有山泥傾瀉。（網上圖片）", "西貢公路有山泥傾瀉。", "網上圖片", [], []),
    ("保安局局長到將軍澳視察。（政府新聞處圖片）", "保安局局長到將軍澳視察。", "政府新聞處圖片", ["政府新聞處"], []),
    ("將軍澳海旁嚴重水浸。（資料圖片）", "將軍澳海旁嚴重水浸。", "資料圖片", [], []),
    ("冠水した県道を走る車＝2日午後、石垣市登野城（石垣市提供）", "冠水した県道を走る車＝2日午後、石垣市登野城",
     "石垣市提供", ["石垣市"], []),
    ("倒れた電柱の復旧作業＝3日未明（沖縄電力提供）", "倒れた電柱の復旧作業＝3日未明", "沖縄電力提供", ["沖縄電力"], []),
    ("高波を見る人たち＝2日（ロイター＝共同）", "高波を見る人たち＝2日", "ロイター＝共同", ["Reuters", "Kyodo"], []),
    ("Ilustrační snímek | foto: Shutterstock", "Ilustrační snímek", "Shutterstock", ["Shutterstock"], []),
], ids=["screengrab-from", "captura-channel", "captura-de-video", "cortesia-municipio", "greek-department",
        "greek-archive-capitals", "flemish-rights-reserved", "magen-david-adom", "hong-kong-internet-picture",
        "hong-kong-body-picture", "hong-kong-file-picture", "japanese-city-supplied", "japanese-power-company",
        "japanese-wire-through-kyodo", "czech-illustrative-caption"])
def test_a_credit_naming_a_body_or_no_one_is_read_as_printed(text, caption, credit, agencies, photographers):
    assert split_caption_credit(text) == (caption, credit), text
    parsed = parse_credit(credit)
    assert (parsed.agencies, parsed.photographers) == (agencies, photographers), text


@pytest.mark.parametrize("text, caption, credit", [
    ("PHOTO | COURTESY OF URCS", None, "COURTESY OF URCS"),  # the bar's lead-in goes; "COURTESY OF" stays (round 58)
    ("Photo | Photo: Reuters", None, "Reuters"),  # a picture word before the bar is no caption
])
def test_a_lead_in_before_a_bar_frames_the_credit_unless_a_picture_word_follows(text, caption, credit):
    assert split_caption_credit(text) == (caption, credit), text


OKINAWA = """ date 2025-10-03 社会

社会
台風18号、宮古島に接近
強風で倒れた防風林＝2日午後3時ごろ、宮古島市城辺（比嘉大翔撮影）
大型の台風18号は2日、宮古島地方を暴風域に巻き込みながら北西に進んだ。

暴風の中、港で漁船を固定する漁業者ら＝2日午前、宮古島市平良
宮古空港では全便が欠航した。
"""


def test_a_japanese_caption_with_no_credit_over_its_paragraph_is_a_caption_where_credited_ones_stand_so():
    photos = parse_page(OKINAWA).photos
    assert [(p.caption, p.credit.raw if p.credit else None) for p in photos] == [
        ("強風で倒れた防風林＝2日午後3時ごろ、宮古島市城辺", "比嘉大翔"),
        ("暴風の中、港で漁船を固定する漁業者ら＝2日午前、宮古島市平良", None)]
