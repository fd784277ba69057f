"""Conventions of the press seen on blind set T (issue #11, round 25): a credit glued to the caption's last full
stop by an em dash ("...—Mana", Malawian and Indian dailies), a hyphen glued to the lead-in after a space
("... -ਫੋਟੋ: Name", Punjabi dailies' "-Photo:"), the Italian "Ph:", and agencies that close captions in Malawi,
Sarawak and Bahrain ("Mana", "Ukas photo", "(بنا)"), Hungarian offices and councils and Japanese centres (センター)
as bodies.

Every page and credit here is written for these tests, in the styles those publishers use.
"""
from __future__ import annotations

from captions.parse.credit import parse_credit
from captions.parse.credit_in_line import split_caption_credit
from tests.html_story import figure, pictures


def test_an_em_dash_glued_to_the_last_full_stop_opens_a_credit() -> None:
    assert pictures(figure("Vendors stack bags of maize at Ntcheu market.—Mana")) == [
        ("Vendors stack bags of maize at Ntcheu market.", "Mana")]


def test_an_em_dash_inside_the_sentence_is_the_captions() -> None:
    for text in ("Trucks queue on the Malawi–Mozambique road.", "The U.S.—Mexico border crossing at Nogales.",
                 "The depot stayed shut.—and then the rain came"):
        assert split_caption_credit(text) == (text, None), text


def test_a_hyphen_glued_to_a_lead_in_after_a_space_is_no_word() -> None:
    assert pictures(figure("ਪਟਿਆਲਾ ਵਿੱਚ ਬਿਜਲੀ ਘਰ। -ਫੋਟੋ: ਪੀਟੀਆਈ")) == [("ਪਟਿਆਲਾ ਵਿੱਚ ਬਿਜਲੀ ਘਰ।", "ਪੀਟੀਆਈ")]
    assert split_caption_credit("Farmers wait at the mandi. -Photo: PTI") == ("Farmers wait at the mandi.", "PTI")


def test_a_hyphen_glued_to_a_lead_in_inside_a_word_is_no_lead_in() -> None:
    for text in ("A multi-Photo: display of the fair", "The stall sold prints.-Photo: Jo Li"):
        assert split_caption_credit(text) == (text, None), text


def test_italian_ph_is_a_lead_in() -> None:
    assert pictures(figure("Le gru del porto al tramonto. Ph: Domenico Russo")) == [
        ("Le gru del porto al tramonto.", "Domenico Russo")]


def test_a_ph_reading_in_prose_is_no_credit() -> None:
    text = "Samples of the river water, pH: 7.2"
    assert split_caption_credit(text) == (text, None)


def test_state_news_agencies_of_malawi_sarawak_and_bahrain_are_known() -> None:
    assert split_caption_credit("Uggah speaks to reporters at Wisma Bapa Malaysia. – Ukas photo") == (
        "Uggah speaks to reporters at Wisma Bapa Malaysia.", "Ukas photo")
    assert split_caption_credit("حفل إعادة افتتاح السوق في المحرق أمس (بنا)") == (
        "حفل إعادة افتتاح السوق في المحرق أمس", "بنا")
    for raw, agency in (("Mana", "Mana"), ("Ukas photo", "Ukas"), ("بنا", "بنا"), ("ਪੀਟੀਆਈ", "ਪੀਟੀਆਈ")):
        credit = parse_credit(raw)
        assert (credit.photographers, credit.agencies) == ([], [agency]), raw


def test_hungarian_offices_and_councils_are_bodies() -> None:
    for raw in ("Kolozsvár Polgármesteri Hivatal", "Bihar Megyei Önkormányzat", "Emberi Erőforrások Minisztérium"):
        credit = parse_credit(raw)
        assert (credit.photographers, credit.agencies) == ([], [raw]), raw
    assert parse_credit("Kovács Réka").photographers == ["Kovács Réka"]


def test_a_japanese_centre_supplying_a_picture_is_a_body() -> None:
    assert pictures(figure("顕微鏡で調べたホタテの幼生（県水産技術センター提供）")) == [
        ("顕微鏡で調べたホタテの幼生", "県水産技術センター提供")]
    credit = parse_credit("県水産技術センター提供")
    assert (credit.photographers, credit.agencies) == ([], ["県水産技術センター"])


def test_an_arabic_word_before_bna_is_the_captions() -> None:
    # "بنا" is BNA and also "with us": a short caption ending in it is no place and agency
    for text in ("أهلا بنا", "مر بنا"):
        assert split_caption_credit(text) == (text, None), text
        assert parse_credit(text).agencies == [], text
    assert pictures(figure("أهلا بنا")) == [("أهلا بنا", None)]


def test_a_glued_dash_before_prose_a_number_or_a_place_opens_no_credit() -> None:
    for text in ('"I walked for three days," he said.—And then the rain came', "The dam was built in 1990.—2000",
                 "Troops parade before Gen.—Smith at the barracks", "Stalls closed on Monday.—Lilongwe"):
        assert split_caption_credit(text) == (text, None), text


def test_an_italian_ph_before_a_phone_number_is_no_credit() -> None:
    for text in ("Per informazioni Ph: 0861 123456", "Il sindaco in visita alla scuola. Ph: 0861 22 33 44"):
        assert split_caption_credit(text) == (text, None), text


def test_an_italian_press_office_after_ph_is_a_body() -> None:
    assert split_caption_credit("Il porto di Pescara. Ph: Ufficio Stampa") == ("Il porto di Pescara.", "Ufficio Stampa")
    credit = parse_credit("Ufficio Stampa")
    assert (credit.photographers, credit.agencies) == ([], ["Ufficio Stampa"])
