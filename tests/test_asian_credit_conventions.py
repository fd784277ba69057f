"""Round 132's conventions of Asian outlets: a site's masthead over its section's crumb is no credit alone; a
Bengali caption's danda, a space, then a dash glued to the credit ("। —নিজস্ব চিত্র।"); the Urdu "فوٹو بشکریہ" and
Thai "ที่มาภาพ :" lead-ins; a Thai teaser ("อ่านข่าว : <headline>") is no caption of the credit under it. Every
page here is invented for its test."""
from __future__ import annotations

from captions import parse_page
from captions.parse.credit_in_line import split_line
from captions.parse.markers import markers_for
from captions.knowledge.registry import bundled_registry


def pictures(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit and p.credit.raw) for p in parse_page(text).photos]


def split(line: str) -> tuple[str, str | None]:
    found = split_line(line, markers_for(bundled_registry()))
    return found.before, found.credit


def test_a_masthead_over_the_section_crumb_is_no_picture() -> None:
    page = (" date 2026-02-11 Regional\nKompas.com\nRegional\nJembatan gantung putus\n"
            "Warga menyeberang dengan rakit bambu di Sungai Serayu. (Kompas.com/Rina Hapsari)\n")
    assert pictures(page) == [("Warga menyeberang dengan rakit bambu di Sungai Serayu.", "Kompas.com/Rina Hapsari")]


def test_a_dash_glued_to_a_credit_after_a_danda_and_a_space_closes_the_caption() -> None:
    assert split("আমহার্স্ট স্ট্রিটে ট্যাক্সি ঠেলছেন স্থানীয়রা। —পিটিআই।") == (
        "আমহার্স্ট স্ট্রিটে ট্যাক্সি ঠেলছেন স্থানীয়রা।", "পিটিআই")


def test_the_bengali_own_picture_credit_after_a_glued_dash_is_a_credit() -> None:
    assert split("বাস ধরতে যাচ্ছেন অফিসযাত্রীরা। বৃহস্পতিবার সকালে। —নিজস্ব চিত্র।") == (
        "বাস ধরতে যাচ্ছেন অফিসযাত্রীরা। বৃহস্পতিবার সকালে।", "নিজস্ব চিত্র")


def test_a_dash_inside_a_bengali_sentence_opens_no_credit() -> None:
    assert split("কলকাতা—হাওড়া রুটে বাস চলাচল আজ বন্ধ থাকবে বলে জানিয়েছে পরিবহণ দফতর।")[1] is None


def test_the_urdu_photo_courtesy_leadin_goes() -> None:
    assert split("امدادی کارکن کشتی میں شہری کو منتقل کر رہے ہیں — فوٹو بشکریہ ریسکیو 1122") == (
        "امدادی کارکن کشتی میں شہری کو منتقل کر رہے ہیں", "ریسکیو 1122")


def test_the_thai_picture_source_leadin_marks_a_credit_alone() -> None:
    assert split("ที่มาภาพ : เพจกู้ภัยแม่ฮ่องสอน") == ("", "เพจกู้ภัยแม่ฮ่องสอน")


def test_a_thai_teaser_over_a_credit_alone_is_no_caption() -> None:
    page = (" date 2026-09-20 ภูมิภาค\nน้ำป่าหลากเข้าท่วมหมู่บ้าน\nชาวบ้านเร่งขนย้ายข้าวของขึ้นที่สูงตั้งแต่ช่วงค่ำ\n"
            "อ่านข่าว : ฝนถล่มภาคเหนือ เตือนเฝ้าระวังน้ำป่า\nที่มาภาพ : เพจกู้ภัยแม่ฮ่องสอน\n"
            "อาสาสมัครตั้งโรงครัวแจกจ่ายอาหารให้ผู้ประสบภัย\n")
    assert pictures(page) == [(None, "เพจกู้ภัยแม่ฮ่องสอน")]


def test_geo_news_in_urdu_is_known_as_printed() -> None:
    credit = parse_page(" date 2026-08-02 ملک\nلاہور میں بارش\n"
                        "لکشمی چوک میں کھڑے پانی سے موٹر سائیکل سوار گزر رہے ہیں — فوٹو: جیو نیوز\n").photos[0].credit
    assert credit is not None and credit.agencies == ["جیو نیوز"]
