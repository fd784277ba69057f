"""Picture furniture in the languages presses print it (round 45, written from knowledge, not from a page): the World
Service's off-screen labels, caption labels, a gallery's heading and a headline's mark or words saying it shows
pictures, a sentence announcing them, slide counters and numbers. Every text here is invented for its test."""
from __future__ import annotations

import pytest

from captions.parse.credit_in_line import split_caption_credit
from captions.parse.page import parse_page


def _read(page: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.description, p.caption, p.credit and p.credit.raw) for p in parse_page(page).photos]


@pytest.mark.parametrize(("source", "caption"), [
    ("مصدر الصورة،", "التعليق على الصورة،"),
    ("منبع تصویر،", "توضیح تصویر،"),
    ("تصویر کا ذریعہ،", "تصویر کا کیپشن،"),
    ("इमेज स्रोत,", "इमेज कैप्शन,"),
    ("ছবির উৎস,", "ছবির ক্যাপশান,"),
    ("Fotoğraf kaynağı,", "Fotoğraf altı yazısı,"),
    ("Sumber gambar,", "Keterangan gambar,"),
    ("Nguồn hình ảnh,", "Chụp lại hình ảnh,"),
    ("ที่มาของภาพ,", "คำบรรยายภาพ,"),
    ("图像来源，", "图像加注文字，"),
    ("사진 출처,", "사진 설명,"),
    ("Chanzo cha picha,", "Maelezo ya picha,"),
    ("Автор фото,", "Підпис до фото,"),
    ("Crédito,", "Legenda da foto,"),
    ("Izvor fotografije,", "Potpis uz fotografiju,"),
], ids=["arabic", "persian", "urdu", "hindi", "bengali", "turkish", "indonesian", "vietnamese", "thai", "chinese",
        "korean", "swahili", "ukrainian", "portuguese", "serbian"])
def test_the_world_services_labels_are_furniture_in_its_languages(source: str, caption: str) -> None:
    page = (" date 2026-02-14 News\nA headline over the story\n\nThe story's first paragraph, which ends here.\n\n"
            f"{source} Getty Images\n{caption} Marchers cross the bridge at dawn\n\n"
            "The story goes on after the picture, and ends here.\n")
    assert _read(page) == [(None, "Marchers cross the bridge at dawn", "Getty Images")], page


@pytest.mark.parametrize(("line", "expected"), [
    ("Légende : Le maire inaugure le pont. Photo : Jean Dupont", ("Le maire inaugure le pont.", "Jean Dupont")),
    ("Bildunterschrift: Der Bürgermeister eröffnet die Brücke. Foto: dpa", ("Der Bürgermeister eröffnet die Brücke.",
                                                                            "dpa")),
    ("Pie de foto: El alcalde inaugura el puente. Foto: EFE", ("El alcalde inaugura el puente.", "EFE")),
    ("Didascalia: Il sindaco inaugura il ponte. Foto: Ansa", ("Il sindaco inaugura il ponte.", "Ansa")),
    ("Bildtext: Borgmästaren inviger bron. Foto: TT", ("Borgmästaren inviger bron.", "TT")),
    ("Keterangan foto: Wali kota meresmikan jembatan. (ANTARA)", ("Wali kota meresmikan jembatan.", "ANTARA")),
    ("Λεζάντα: Ο δήμαρχος εγκαινιάζει τη γέφυρα. Φωτογραφία: ΑΠΕ-ΜΠΕ", ("Ο δήμαρχος εγκαινιάζει τη γέφυρα.",
                                                                      "ΑΠΕ-ΜΠΕ")),
    ("Crédito, Getty Images", (None, "Getty Images")),
    ("Автор фото, AFP", (None, "AFP")),
], ids=["french", "german", "spanish", "italian", "swedish", "indonesian", "greek", "portuguese-credit",
        "russian-credit"])
def test_a_caption_label_or_a_credit_label_is_no_part_of_what_it_labels(line: str,
                                                                         expected: tuple[str | None, str]) -> None:
    assert split_caption_credit(line) == expected, line


@pytest.mark.parametrize("heading", ["In Bildern: Rosenmontag in Köln", "W obiektywie: Jarmark w Krakowie",
                                     "В фотографиях: ярмарка в Казани", "Chùm ảnh: Hội chợ mùa xuân",
                                     "Katika picha: Maonyesho ya Sabasaba", "Képgaléria: Vásár a főtéren",
                                     "ภาพชุด: งานวัดประจำปี"],
                         ids=["german", "polish", "russian", "vietnamese", "swahili", "hungarian", "thai"])
def test_a_gallery_heading_in_other_presses_frames_its_paragraphs_as_captions(heading: str) -> None:
    page = (f" date 2026-12-01 News\n{heading}\n\n"
            "Stallholders set out their wares under the lights.\n\n"
            "Children watch the puppet show by the fountain.\n\n"
            "Hot drinks are sold in cups that go back to the stall.\n")
    assert [caption for _, caption, _ in _read(page)] == [
        "Stallholders set out their wares under the lights.", "Children watch the puppet show by the fountain.",
        "Hot drinks are sold in cups that go back to the stall."], heading


@pytest.mark.parametrize("title", ["Fire in the old town (СНИМКИ)", "Fire in the old town [ZDJĘCIA]",
                                   "Fire in the old town (ΦΩΤΟ)", "Fire in the old town（组图）",
                                   "Fire in the old town (GALERIA)", "[포토] Fire in the old town",
                                   "【组图】Fire in the old town", "【写真特集】Fire in the old town"],
                         ids=["bulgarian", "polish", "greek", "chinese", "portuguese", "korean-opening",
                              "chinese-opening", "japanese-opening"])
def test_a_picture_mark_closing_or_opening_a_headline_in_other_presses_announces_captions(title: str) -> None:
    page = (f" date 2026-03-02 News\n{title}\n\n"
            "Firefighters worked through the night to save the houses of the old town, the city said.\n\n"
            "Smoke rises over the roofs of the market street\n"
            "A firefighter carries a hose up the church steps\n"
            "Neighbours watch from the bridge over the river\n")
    assert [caption for _, caption, _ in _read(page)] == [
        "Smoke rises over the roofs of the market street", "A firefighter carries a hose up the church steps",
        "Neighbours watch from the bridge over the river"], title


@pytest.mark.parametrize("title", ["Kuvat näyttävät tulvan jäljet Porissa", "Снимки показывают последствия наводнения",
                                   "O anlar fotoğraflara yansıdı: sel sonrası", "写真で見る能登の春",
                                   "사진으로 보는 봄 축제"],
                         ids=["finnish", "russian", "turkish", "japanese", "korean"])
def test_a_headline_saying_it_shows_pictures_in_other_presses(title: str) -> None:
    page = (f" date 2026-03-02 News\n{title}\n\nThe flood's pictures, a day after the water went down.\n\n"
            "The main street is covered in mud.\n\nA family carries a sofa out of their house.\n\n"
            "Volunteers hand out water at the school.\n")
    assert [caption for _, caption, _ in _read(page)] == [
        "The main street is covered in mud.", "A family carries a sofa out of their house.",
        "Volunteers hand out water at the school."], title


@pytest.mark.parametrize("announcement", ["Zobacz zdjęcia.", "Katso kuvat.", "Pogledajte fotografije.",
                                          "Смотрите фото.", "Berikut potretnya.", "Veja as fotos."],
                         ids=["polish", "finnish", "croatian", "russian", "indonesian", "portuguese"])
def test_a_sentence_announcing_the_pictures_in_other_presses(announcement: str) -> None:
    page = (" date 2026-03-02 News\nThe spring fair opens\n\n"
            f"The fair opened on Saturday with two hundred stalls. {announcement}\n\n"
            "The main street is full of stalls.\n\nA family buys bread at the baker's stall.\n\n"
            "Volunteers hand out water at the school.\n")
    assert [caption for _, caption, _ in _read(page)] == [
        "The main street is full of stalls.", "A family buys bread at the baker's stall.",
        "Volunteers hand out water at the school."], announcement


@pytest.mark.parametrize(("first", "second"), [("Снимка 1 от 2", "Снимка 2 от 2"), ("Slika 1 od 2", "Slika 2 od 2"),
                                               ("Fotka 1 z 2", "Fotka 2 z 2"), ("ภาพที่ 1 จาก 2", "ภาพที่ 2 จาก 2"),
                                               ("Picha 1 kati ya 2", "Picha 2 kati ya 2"),
                                               ("صورة 1 من 2", "صورة 2 من 2"), ("画像 1/2", "画像 2/2")],
                         ids=["bulgarian", "croatian", "czech", "thai", "swahili", "arabic", "japanese"])
def test_a_slide_counter_with_a_word_for_picture_is_no_caption(first: str, second: str) -> None:
    page = (" date 2026-06-21 News\nSpring fair in the square\n\n"
            f"{first}\nTraders set out their stalls in front of the town hall.\nPhoto: Eva Novak\n"
            f"{second}\nPhoto: Eva Novak\n")
    assert _read(page) == [(None, "Traders set out their stalls in front of the town hall.", "Eva Novak"),
                           (None, None, "Eva Novak")], first


@pytest.mark.parametrize("word", ["Slika", "Kuva", "Снимка", "Ảnh", "صورة"])
def test_a_numbered_run_with_a_word_for_picture_is_a_gallerys_captions(word: str) -> None:
    page = (" date 2026-06-21 News\nSpring fair in the square\n\n"
            f"{word} 1: Traders set out their stalls in front of the town hall.\n\n"
            f"{word} 2: Children ride the carousel by the fountain.\n\n"
            f"{word} 3: The mayor opens the fair at noon.\n")
    assert [caption for _, caption, _ in _read(page)] == [
        "Traders set out their stalls in front of the town hall.", "Children ride the carousel by the fountain.",
        "The mayor opens the fair at noon."], word
