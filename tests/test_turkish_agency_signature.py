"""A Turkish agency's story signed by its reporters, `(Name - Name / İHA)`, under its last paragraph: no picture."""
from __future__ import annotations

from pathlib import Path

from captions import parse_page

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

STORY = ("Erzincan'da kar kalınlığı yarım metreyi aştı",
         "",
         "Gece boyunca etkili olan kar yağışı, kentte hayatı olumsuz etkiledi. Kar kalınlığı 50 santimetreyi aştı.",
         "",
         "Belediye ekipleri sabahtan beri ana caddelerde tuz serpiyor. Yüksek kesimlerdeki 34 köy yolu kapandı.",
         "")
LAST = "Bir veli, “Yıllardır böyle kar görmemiştik” dedi."
TEASER = ("", "İlgili Haberler", "Doğu Anadolu'da soğuk hava sürüyor",
          "Meteoroloji, gece sıcaklıklarının eksi 20 dereceye düşmesini bekliyor.")


def pictures(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit and p.credit.raw) for p in parse_page(text).photos]


def test_the_signature_alone_under_the_last_paragraph_is_no_picture_though_a_teaser_follows() -> None:
    text = (EXAMPLES / "turkish-agency-signature.txt").read_text(encoding="utf-8")
    assert pictures(text) == [("Yayla köylerine ulaşım kar nedeniyle sağlanamıyor", "Kaan Yurtsever / İHA")]


def test_the_signature_closing_the_last_paragraph_is_no_picture() -> None:
    text = "\n".join([*STORY, f"{LAST} (Selin Akkaya - Oğuz Demirtaş / İHA)"])
    assert pictures(text) == [], text


def test_a_caption_closed_by_the_signature_with_the_story_going_on_after_stays_a_picture() -> None:
    text = "\n".join([*STORY, "Çocuklar parkta kardan adam yaptı. (Selin Akkaya - Oğuz Demirtaş / İHA)", "",
                      "Meteoroloji, kar yağışının hafta sonuna kadar süreceğini açıkladı. Sürücüler uyarıldı."])
    assert pictures(text) == [("Çocuklar parkta kardan adam yaptı.", "Selin Akkaya - Oğuz Demirtaş / İHA")], text


def test_two_photographers_joined_by_a_slash_under_the_last_paragraph_stay_a_picture() -> None:
    text = "\n".join([*STORY, LAST, "(Selin Akkaya / Oğuz Demirtaş / İHA)", *TEASER])
    assert pictures(text) == [(LAST, "Selin Akkaya / Oğuz Demirtaş / İHA")], text


def test_captions_each_closed_by_such_a_credit_are_pictures() -> None:
    text = "\n".join(["Kar yağışı fotoğraflarla", "",
                      "Kent merkezinde kar kalınlığı 50 santimetreyi aştı. Okullar tatil edildi.", "",
                      "Belediye ekipleri gece boyunca çalıştı. Köy yolları kapandı.", "",
                      "Çocuklar parkta kardan adam yaptı.", "(Selin Akkaya - Oğuz Demirtaş / İHA)", "",
                      "Bir balıkçı donmuş gölde teknesini çekiyor.", "(Selin Akkaya - Oğuz Demirtaş / İHA)"])
    assert [c for c, _ in pictures(text)] == ["Çocuklar parkta kardan adam yaptı.",
                                              "Bir balıkçı donmuş gölde teknesini çekiyor."], text
