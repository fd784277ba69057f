"""Conventions read on the thirteenth set of page dumps: a credit after a dash with the photographer's job title
("- Name/Photographer"), "Contributed", the Belarusian "Фота:", China Daily's "[Photo/Xinhua]", "Foto: privat",
a desk editor's initials closing a bracketed wire credit, a time after a dash. Every text here is invented for
its test."""
from __future__ import annotations

import pytest

from captions import parse_page


def _read(page: str) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    return [(p.caption, p.credit.raw if p.credit else None, p.credit.photographers if p.credit else [],
             p.credit.agencies if p.credit else []) for p in parse_page(page).photos]


@pytest.mark.parametrize("line, expected", [
    ("A steel band warms up on the pier. - Marlon Grant/Photographer",
     ("A steel band warms up on the pier.", "Marlon Grant/Photographer", ["Marlon Grant"], [])),
    ("Children queue beside the lighthouse. - Keisha Dunbar/Staff Photographer",
     ("Children queue beside the lighthouse.", "Keisha Dunbar/Staff Photographer", ["Keisha Dunbar"], [])),
    ("Children queue beside the lighthouse. - Contributed",
     ("Children queue beside the lighthouse.", "Contributed", [], [])),
    ("The minister opens the festival. - JIS", ("The minister opens the festival.", "JIS", [], ["JIS"])),
], ids=["photographer", "staff-photographer", "contributed", "government-office"])
def test_a_credit_after_a_dash_closing_a_caption(line: str, expected: tuple) -> None:
    assert _read(f"Title\n\n{line}\n") == [expected]


def test_a_name_with_the_photographers_title_is_a_credit_on_its_own_line() -> None:
    page = "Title\n\nA steel band warms up on the pier.\nMarlon Grant/Photographer\n"
    assert _read(page) == [("A steel band warms up on the pier.", "Marlon Grant/Photographer", ["Marlon Grant"], [])]


def test_a_name_after_a_dash_with_no_title_is_still_prose() -> None:
    # a dash also joins clauses: a name alone after one says nothing of a credit
    assert _read("Title\n\nThe band played until late - Marlon Grant\n") == []


def test_the_belarusian_photo_lead_in() -> None:
    page = "Title\n\nДзеці пускаюць вянкі на ваду. Фота: AP / Янка Купала.\n"
    assert _read(page) == [("Дзеці пускаюць вянкі на ваду.", "AP / Янка Купала", ["Янка Купала"], ["AP"])]


@pytest.mark.parametrize("line, expected", [
    ("Visitors photograph a dragon lantern. [Photo/Xinhua]", ("Visitors photograph a dragon lantern.", "Xinhua", [], ["Xinhua"])),
    ("A craftsman paints silk panels. [Photo by Zhao Ming/exampledaily.com.cn]",
     ("A craftsman paints silk panels.", "Zhao Ming/exampledaily.com.cn", ["Zhao Ming"], ["exampledaily.com.cn"])),
], ids=["photo-slash-agency", "photo-by-name-slash-domain"])
def test_a_bracketed_credit_after_photo_slash_or_photo_by(line: str, expected: tuple) -> None:
    assert _read(f"Title\n\n{line}\n") == [expected]


def test_an_agencys_photo_slash_photographer_keeps_the_agency() -> None:
    # "Photo/" opens the credit only where it stands first: "AP Photo/Name" is AP's credit as printed
    assert _read("Title\n\nA boy flies a kite in Kabul. AP Photo/Jo Li\n") == [
        ("A boy flies a kite in Kabul.", "AP Photo/Jo Li", ["Jo Li"], ["AP"])]


def test_a_private_picture_is_credited_to_no_one() -> None:
    assert _read("Titel\n\nLeserin Greta schickte uns dieses Bild vom Feuerwerk. Foto: privat\n") == [
        ("Leserin Greta schickte uns dieses Bild vom Feuerwerk.", "privat", [], [])]


def test_a_desk_editors_initials_close_a_bracketed_wire_credit() -> None:
    line = "Petugas mengevakuasi warga di Kecamatan Cibeber, Senin (19/1/2026) malam. (ANTARA FOTO/Agus Salim/wsj)"
    assert _read(f"Judul\n\n{line}\n") == [
        ("Petugas mengevakuasi warga di Kecamatan Cibeber, Senin (19/1/2026) malam.", "ANTARA FOTO/Agus Salim/wsj",
         ["Agus Salim"], ["Antara"])]


@pytest.mark.parametrize("stamp", ["Dienstag, 14. Juli 2026 - 18:05", "السبت 6 شتنبر 2025 - 19:20"],
                         ids=["german", "arabic"])
def test_a_time_after_a_dash_is_no_credit(stamp: str) -> None:
    assert _read(f"Title\n\n{stamp}\n\nThe story goes on here, as stories do.\n") == []


@pytest.mark.parametrize("line, expected", [
    ("A fallen gum tree blocks the road. Picture: NCA NewsWire / Toby Marsh",
     ("A fallen gum tree blocks the road.", "NCA NewsWire / Toby Marsh", ["Toby Marsh"], ["NCA NewsWire"])),
    ("فرسان خلال عرض في محرك الموسم (صورة: و.م.ع)", ("فرسان خلال عرض في محرك الموسم", "و.م.ع", [], ["و.م.ع"])),
    ("مواطنون يدفعون سيارة معطلة عند التقاطع (الوكالة الوطنية للإعلام)",
     ("مواطنون يدفعون سيارة معطلة عند التقاطع", "الوكالة الوطنية للإعلام", [], ["الوكالة الوطنية للإعلام"])),
    ("বাস ঠেলছেন যাত্রীরা। মালিবাগ রেলগেট এলাকা। ছবি: প্রথম আলো",
     ("বাস ঠেলছেন যাত্রীরা। মালিবাগ রেলগেট এলাকা।", "প্রথম আলো", [], ["প্রথম আলো"])),
], ids=["nca-newswire", "map-in-arabic", "nna-in-arabic", "prothom-alo-in-bengali"])
def test_agencies_the_registry_knows_now(line: str, expected: tuple) -> None:
    assert _read(f"Title\n\n{line}\n") == [expected]


_INLINE_PAGE = """Kop

Wandelaars bekijken het hoge water bij de brug. © Mark Veldhuis

Rijkswaterstaat verwacht dat de piek zondag wordt bereikt.

Een boer drijft zijn koeien over de dijk. © ANP / Rens de Groot

{lone}

De gemeente heeft de parkeerplaatsen langs de kade afgesloten. Wel blijft het fietspad open.
"""


def test_a_credit_alone_between_paragraphs_of_a_page_crediting_in_its_captions_lines_has_no_caption() -> None:
    assert _read(_INLINE_PAGE.format(lone="© Ingrid Smeets"))[2] == (None, "Ingrid Smeets", ["Ingrid Smeets"], [])


def test_a_credit_alone_takes_the_paragraph_below_on_a_page_printing_no_credit_in_a_captions_line() -> None:
    page = "Kop\n\nRijkswaterstaat verwacht dat de piek zondag wordt bereikt.\n\n© Ingrid Smeets\n\n" \
           "De gemeente sluit de parkeerplaatsen langs de kade af.\n"
    assert _read(page) == [("De gemeente sluit de parkeerplaatsen langs de kade af.", "Ingrid Smeets",
                            ["Ingrid Smeets"], [])]


_GALLERY = """Regata storica sul Serchio in 5 foto

1 di 5
La barca di San Frediano taglia il traguardo sotto il ponte (foto Paolo Nardi)
2 di 5
Vogatori che alzano i remi dopo l'arrivo
I vogatori festeggiano sotto il ponte dopo l'arrivo (foto Paolo Nardi)
3 di 5
Bandiere delle contrade lungo l'argine
Il tifo della contrada lungo l'argine prima della partenza (foto Paolo Nardi)
4 di 5
La consegna del palio in piazza con il sindaco e la giunta
5 di 5
Un bambino sulle spalle del padre con il fazzoletto
Il più giovane tifoso sulle spalle del papà durante la festa (foto Paolo Nardi)
"""


def test_a_slide_whose_one_line_is_an_uncredited_caption_where_captions_close_their_slides() -> None:
    photos = parse_page(_GALLERY).photos
    assert [(p.caption, p.credit) for p in photos][3] == ("La consegna del palio in piazza con il sindaco e la giunta", None)


def test_alt_lines_under_slide_counters_over_credited_captions() -> None:
    photos = parse_page(_GALLERY).photos
    assert [p.description for p in photos] == [None, "Vogatori che alzano i remi dopo l'arrivo",
                                               "Bandiere delle contrade lungo l'argine", None,
                                               "Un bambino sulle spalle del padre con il fazzoletto"]


def test_a_marked_credit_right_under_a_phrase_with_no_capitals_takes_it_as_its_caption() -> None:
    page = "عنوان\n\nنساء يجمعن الورود في حقل على ضفاف وادي دادس\nصورة: و.م.ع\n\nوقال رئيس اللجنة المنظمة إن المهرجان ناجح.\n"
    assert _read(page) == [("نساء يجمعن الورود في حقل على ضفاف وادي دادس", "و.م.ع", [], ["و.م.ع"])]


def test_a_phrase_with_no_capitals_a_blank_line_over_a_credit_is_not_its_caption() -> None:
    page = "عنوان\n\nنساء يجمعن الورود في حقل على ضفاف وادي دادس\n\nصورة: و.م.ع\n"
    assert _read(page) == [(None, "و.م.ع", [], ["و.م.ع"])]


def test_ouest_france_is_known_in_capitals_after_archives() -> None:
    page = "Titre\n\nChaque samedi, le marché attire des milliers de visiteurs. | ARCHIVES OUEST-FRANCE\n"
    assert _read(page) == [("Chaque samedi, le marché attire des milliers de visiteurs.", "ARCHIVES OUEST-FRANCE", [],
                            ["Ouest-France"])]


def test_a_when_and_where_bracket_marks_an_uncredited_caption_where_credited_ones_close_so() -> None:
    page = ("見出し\n\n浸水した住宅街でボートに乗り移る住民ら（２２日午前、熊本県人吉市で）＝山下翔太撮影\n\n"
            "気象庁によると、雨量は平年を超えた。\n\n泥をかき出す商店街の店主たち（２２日午後、人吉市で）\n\n"
            "人吉市は避難指示を出した。\n\n冠水した国道を進む消防車両（２２日午後、熊本県球磨村で）＝小川真由撮影\n")
    assert [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos] == [
        ("浸水した住宅街でボートに乗り移る住民ら（２２日午前、熊本県人吉市で）", "山下翔太"),
        ("泥をかき出す商店街の店主たち（２２日午後、人吉市で）", None),
        ("冠水した国道を進む消防車両（２２日午後、熊本県球磨村で）", "小川真由")]


def test_one_when_and_where_bracket_alone_marks_no_caption() -> None:
    assert parse_page("見出し\n\n泥をかき出す商店街の店主たち（２２日午後、人吉市で）\n\n人吉市は避難指示を出した。\n").photos == []


@pytest.mark.parametrize("credit, expected", [
    ("VILLE DE LORIENT", ([], ["VILLE DE LORIENT"])),
    ("Commune de Saint-Avé", ([], ["Commune de Saint-Avé"])),
    ("Ville Valo", (["Ville Valo"], [])),
], ids=["town-hall", "commune", "given-name-alone"])
def test_a_town_hall_by_its_first_two_words(credit: str, expected: tuple) -> None:
    photos = parse_page(f"Titre\n\nLe maire coupe le ruban lors de l'inauguration. Photo: {credit}\n").photos
    assert [(p.credit.photographers, p.credit.agencies) for p in photos if p.credit] == [expected]


@pytest.mark.parametrize("mark", ["(END)", "-- END --"], ids=["bracketed", "dashed"])
def test_a_wire_storys_end_mark_is_no_picture(mark: str) -> None:
    page = f"Title\n\nCitizens stroll under cherry blossoms in Seoul on April 4. (Yonhap)\n\nMore Photos\n\n{mark}\n"
    assert _read(page) == [("Citizens stroll under cherry blossoms in Seoul on April 4.", "Yonhap", [], ["Yonhap"])]


@pytest.mark.parametrize("credit", ["Statens vegvesen", "Oslo kommune", "Malmö kommun"], ids=["roads", "oslo", "malmo"])
def test_a_scandinavian_body_credited_on_its_own_line(credit: str) -> None:
    page = f"Tittel\n\nSteinraset dekker begge kjørefeltene nord for tunnelen.\nFoto: {credit}\n\nMer tekst her.\n"
    assert _read(page) == [("Steinraset dekker begge kjørefeltene nord for tunnelen.", credit, [], [credit])]


def test_a_lower_case_phrase_after_a_capital_is_still_prose_without_a_bodys_word() -> None:
    page = "Tittel\n\nSteinraset dekker begge kjørefeltene nord for tunnelen.\nFoto: Mer tekst\n\nMer tekst her.\n"
    assert _read(page) == []


def test_the_last_slide_runs_to_the_pages_end_so_its_last_line_is_not_read_as_its_caption() -> None:
    page = _GALLERY.replace("5 di 5\nUn bambino sulle spalle del padre con il fazzoletto\n"
                            "Il più giovane tifoso sulle spalle del papà durante la festa (foto Paolo Nardi)\n",
                            "5 di 5\nUn bambino sulle spalle del padre con il fazzoletto\n\n"
                            "La regata si corre dal 1952 e chiude la stagione remiera della città.\n")
    captions = [p.caption for p in parse_page(page).photos]
    assert "La consegna del palio in piazza con il sindaco e la giunta" in captions
    assert "La regata si corre dal 1952 e chiude la stagione remiera della città." not in captions


@pytest.mark.parametrize("credit", ["пресс-служба мэрии", "пресс-служба МЧС", "прес-служба ДСНС"],
                         ids=["city-hall", "ministry", "ukrainian"])
def test_a_press_service_credited_in_lower_case(credit: str) -> None:
    page = f"Заголовок\n\nГлава города провел совещание с коммунальными службами\nФото: {credit}\n\nДалее текст.\n"
    assert _read(page) == [("Глава города провел совещание с коммунальными службами", credit, [], [credit])]
