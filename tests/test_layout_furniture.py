"""Furniture a reader skips, added around a story, changes no picture's reading (m175, from
benchmarks/metamorphic_layout.py): a share bar's network names, a site's cookie notice, share and newsletter
buttons, under a gallery whose uncredited captions are known by their place after the story's last sentence."""
from __future__ import annotations

import pytest

from captions import parse_page

_GALLERY = ("Velder News\nWorld\n\nGallery\n\nIn Pictures: Winter on the Velder lakes\n\n"
            "The hard winter brought the ice roads back.\n\n"
            "A boy on skates by the harbour wall.\nBy Tomas Ekvall\nPublished On 2 Mar 2025\n\n"
            "The lakes froze early this year, and the villages around them turned out to skate. For many of the older "
            "residents it was the first hard winter since their childhood, and the ice roads opened again.\n\n"
            "Fishermen have cut holes in the ice near Ostrand before dawn every day this week. They sell what they "
            "catch at the market in Lintby, where the stalls stay open until the light goes at four in the "
            "afternoon.\n\n"
            "A grandmother pulls two children on a wooden sled across the frozen harbour\n"
            "Skaters race past the old mill at the northern end of the lake\n"
            "A horse-drawn cart carries hay over the ice road to Lintby\n")
_CAPTIONS = ["A grandmother pulls two children on a wooden sled across the frozen harbour",
             "Skaters race past the old mill at the northern end of the lake",
             "A horse-drawn cart carries hay over the ice road to Lintby"]


def _captions(page: str) -> list[str | None]:
    return [p.caption for p in parse_page(page).photos]


def test_the_gallery_reads_its_three_uncredited_captions():
    assert _captions(_GALLERY) == _CAPTIONS


@pytest.mark.parametrize("footer", [
    "Facebook\nX\nEmail",
    "Facebook | WhatsApp | Email",
    "Facebook\nX\nEmail\nWe use cookies to improve your experience. By continuing to browse you agree to our cookie "
    "policy.",
    "Facebook\nX\nWir verwenden Cookies, um Ihr Erlebnis zu verbessern. Mit der Nutzung stimmen Sie zu.",
    "Facebook\nX\n当サイトはクッキーを使用しています。閲覧を続けると同意したものとみなします。",
    "Share this story on Facebook\nGet the morning briefing in your inbox\nJetzt Newsletter bestellen",
], ids=["network-names", "network-row", "share-bar-and-cookies-en", "cookies-de", "cookies-ja", "share-newsletter"])
def test_a_footer_a_reader_skips_leaves_the_gallery_as_it_was(footer):
    assert _captions(_GALLERY + "\n" + footer + "\n") == _CAPTIONS


@pytest.mark.parametrize("line", [
    "We and our partners use cookies to personalise ads.",
    "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
    "Share this article on LinkedIn",
    "Comparte esta noticia en WhatsApp",
    "Get our weekly newsletter every Friday",
    "Have the evening briefing sent straight to your inbox.",
])
def test_a_footer_line_over_a_credit_alone_is_no_caption(line):
    page = ("Harbour storm\n\nThe storm closed the ferry route for two days, and the harbour master said repairs to the "
            "pier would take a week. Fishermen stayed ashore.\n\n" + line + "\n\nLena Marsk/Velder Press\n")
    assert [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos] == [
        (None, "Lena Marsk/Velder Press")]


def _list_page(between: str) -> str:
    items = [("Lanterns float over the river at the festival in Ostrand", "Mira Holt / Velder Press",
              "Here are the lanterns over the river at Ostrand."),
             ("Crowd gathered on the old bridge at dusk", "Jon Ekvall / Velder Press",
              "Here's the crowd on the bridge at Lintby."),
             ("Boats lit with candles drifting past the mill", "Ada Rusk / Velder Press",
              "Here are the boats passing the mill at Holmwick.")]
    blocks = []
    for n, (alt, credit, caption) in enumerate(items, 1):
        head = f"{n}. The festival reached its {('first', 'second', 'third')[n - 1]} night on Saturday."
        if n == 1 and between:
            head += "\n\n" + between
        blocks.append(f"{head}\n\n{alt}\n{credit}\n\n{caption}\n")
    return "Lantern nights on the Velder\n\n" + "\n".join(blocks)


@pytest.mark.parametrize("between", ["", "Share", "Subscribe",
                                     "We use cookies to improve your experience. By continuing you accept them."],
                         ids=["none", "share", "subscribe", "cookies"])
def test_a_button_between_a_list_items_number_and_its_image_block_is_skipped(between):
    assert [(p.description, p.caption, p.credit.raw if p.credit else None) for p in
            parse_page(_list_page(between)).photos] == [
        ("Lanterns float over the river at the festival in Ostrand", "Here are the lanterns over the river at Ostrand.",
         "Mira Holt / Velder Press"),
        ("Crowd gathered on the old bridge at dusk", "Here's the crowd on the bridge at Lintby.",
         "Jon Ekvall / Velder Press"),
        ("Boats lit with candles drifting past the mill", "Here are the boats passing the mill at Holmwick.",
         "Ada Rusk / Velder Press")]


_FRAMED = ("Bildergalerie: Hochwasser an der Velde\n"
           "Die Feuerwehr pumpt in Ostrand die Keller der Altstadt leer, das Wasser steht noch immer hoch.\n"
           "Anwohner tragen Sandsäcke über die Brücke am alten Hafen, wo der Fluss über die Ufer trat.\n"
           "Ein Boot der Wasserwacht bringt zwei Kinder und ihren Hund aus dem überfluteten Lintby.\n")
_FRAMED_CAPTIONS = ["Die Feuerwehr pumpt in Ostrand die Keller der Altstadt leer, das Wasser steht noch immer hoch.",
                    "Anwohner tragen Sandsäcke über die Brücke am alten Hafen, wo der Fluss über die Ufer trat.",
                    "Ein Boot der Wasserwacht bringt zwei Kinder und ihren Hund aus dem überfluteten Lintby."]
_RAIL = "Fähre nach Lundhaven fährt wieder nach dem Sturm\n12. März 2025\nObstbauern zählen ihre Verluste nach dem Frost\n"


@pytest.mark.parametrize("label", ["Mehr zum Thema", "More stories", "Related stories:"])
def test_a_rail_under_its_label_closes_a_framed_gallery(label):
    assert _captions(_FRAMED) == _FRAMED_CAPTIONS
    assert _captions(_FRAMED + label + "\n" + _RAIL) == _FRAMED_CAPTIONS


def test_a_rail_under_its_label_closes_a_gallery_run_after_the_last_sentence():
    rail = "\nMore stories\n\nFerry service to Lundhaven resumes after the storm\n\nOrchard growers count their losses\n"
    assert _captions(_GALLERY + rail) == _CAPTIONS


@pytest.mark.parametrize("line, expected", [
    ("La crecida del río en Paraná. Foto: Facebook", ("La crecida del río en Paraná.", "Facebook")),
    ("The flood on Main Street. Photo: X", ("The flood on Main Street.", "X")),
])
def test_one_network_named_after_a_lead_in_is_still_a_credit(line, expected):
    from captions import split_caption_credit
    assert split_caption_credit(line) == expected


# A site's menu printed one section link a line (m178): two or more of markers.yaml's menu_items in a row are
# furniture, so they neither stand between the headline and the story nor end a picture's block.
_HEAD = "In Pictures: Winter on the Velder lakes\n\n"


@pytest.mark.parametrize("menu", [
    "Home\n\nWorld\n\nBusiness\n\nSport",
    "Startseite\nPolitik\nKultur",
    "Início\n\nMundo\n\nDesporto",
    "홈\n국제\n스포츠",
])
def test_a_menu_under_the_headline_changes_no_caption(menu: str):
    page = _GALLERY.replace(_HEAD, _HEAD + menu + "\n\n")
    assert _captions(page) == _CAPTIONS
    assert parse_page(page).title == parse_page(_GALLERY).title


def test_one_section_word_alone_is_no_menu():
    page = "Sport\n\nThe Holmwick derby ended in a draw on Saturday evening.\n\nA fan waves a flag. Photo: Jo Li\n"
    assert parse_page(page).title == "Sport"


_LIST = (" date 2025-05-10     These Photos Show The Lantern Festival In Dunmere\n\n{menu}"
         "    1. On Saturday night, the old town of Dunmere lit its river with lanterns.\n\n"
         "    Paper lanterns floating on a dark river under a stone bridge\n    Mara Holt / Example Images\n\n"
         "    Here's the river as seen from the north bank.\n\n"
         "    2. Thousands of visitors walked the streets along the water until midnight.\n\n"
         "    A crowd holding lanterns in a narrow street lined with shops\n    Teo Vance / Example Images\n\n"
         "    Here's the crowd on the market street.\n")


@pytest.mark.parametrize("menu", ["", "    Home\n\n    World\n\n    Business\n\n    Sport\n\n",
                                  "    Accueil\n    Monde\n    Share\n\n"])
def test_a_menu_opening_the_page_is_no_title(menu: str):
    assert parse_page(_LIST.format(menu=menu)).title == \
        "1. On Saturday night, the old town of Dunmere lit its river with lanterns."


_JA_HEAD = "「春を待つ町」雪に閉ざされた山あいの集落で暮らす家族の冬\n"
_JA_CAPTIONS = ["北川町の「中通り」は、古い酒蔵が並ぶ静かな通り。大雪のあと、住民総出で雪かきが続いた",
                "森田健一さんとその家族。長女・美咲さんの入学式の日に撮影された",
                "健一さんが育てている梅の木。冬の間は縄で枝を守っている(2月3日撮影)",
                "集落の入り口にある小さな神社。毎朝、祖母が手を合わせる(2月3日撮影)",
                "長男の翔太くん。スキーが得意で、毎週末ゲレンデに通う",
                "雪に埋もれた町営バスの停留所。春まで運休が続く(2月3日撮影)",
                "除雪車が通ったあとの県道。両側に高い雪の壁ができた(2月3日撮影)"]


@pytest.mark.parametrize("menu", ["", "ホーム\n国際\n経済\nスポーツ\n文化\nシェア\n", "シェア\n"])
def test_a_menu_between_the_headline_and_a_gallerys_first_captions_cuts_none_off(menu: str):
    page = _JA_HEAD + menu + "\n".join(_JA_CAPTIONS) + "\n夕方、仕事から戻った健一さんを迎える子どもたち\n"
    assert [p.caption for p in parse_page(page).photos] == _JA_CAPTIONS
