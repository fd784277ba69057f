"""Credit lead-ins of more languages, and the forms of them HTML credit elements print.

"Photo:" and "Source:" as Turkish, Polish, Czech, Romanian, Greek, Indonesian, Vietnamese, Hungarian and
Finnish papers print them; the Dutch press's "Foto Name/ANP" with no colon in a credit element; a wire
carousel's "Item 1 of 3" before a caption; "Photo courtesy NAME" with no "of". Every text here is invented.
"""
from __future__ import annotations

import pytest

from captions import split_caption_credit
from captions.parse.html.page import read_html


@pytest.mark.parametrize("text, expected", [
    ("Mieszkańcy wynoszą meble z zalanego domu. Źródło: PAP", ("Mieszkańcy wynoszą meble z zalanego domu.", "PAP")),
    ("Çeşme limanında bekleyen yolcular. (Fotoğraf: Elif Kaya/DHA)", ("Çeşme limanında bekleyen yolcular.", "Elif Kaya/DHA")),
    ("Karşıyaka'da devrilen ağaç. (Kaynak: İHA)", ("Karşıyaka'da devrilen ağaç.", "İHA")),
    ("Nové koleje na mostě. Zdroj: ČTK", ("Nové koleje na mostě.", "ČTK")),
    ("Turiştii la Sibiu. Sursa foto: Agerpres", ("Turiştii la Sibiu.", "Agerpres")),
    ("Πυροσβέστες στην Αττική. Φωτογραφία: Eurokinissi", ("Πυροσβέστες στην Αττική.", "Eurokinissi")),
    ("Warga membersihkan lumpur. Sumber: Antara", ("Warga membersihkan lumpur.", "Antara")),
    ("Người dân dọn dẹp sau lũ. Ảnh: Reuters", ("Người dân dọn dẹp sau lũ.", "Reuters")),
    ("Tűzoltók a helyszínen. Forrás: MTI", ("Tűzoltók a helyszínen.", "MTI")),
    ("Palomiehet työssä. Lähde: STT", ("Palomiehet työssä.", "STT")),
    ("The ferry frozen at the dock. Photo courtesy Bell Island Historical Society",
     ("The ferry frozen at the dock.", "Bell Island Historical Society")),
], ids=["polish-source", "turkish-photo", "turkish-source", "czech-source", "romanian-photo-source", "greek-photo",
        "indonesian-source", "vietnamese-photo", "hungarian-source", "finnish-source", "photo-courtesy-without-of"])
def test_a_lead_in_of_another_language_opens_the_credit_and_is_dropped(text: str, expected: tuple) -> None:
    assert split_caption_credit(text) == expected


def _figure(caption_html: str) -> str:
    return ('<html><body><article><figure><img src="https://example.org/a.jpg" alt="">'
            f"<figcaption>{caption_html}</figcaption></figure></article></body></html>")


def test_the_dutch_foto_with_no_colon_opens_a_credit_element_and_is_dropped() -> None:
    page = read_html(_figure('<span class="caption__text">Boeren op de A12.</span> '
                             '<span class="caption__credit">Foto Bart Maat/ANP</span>'))
    assert [(p.caption, p.credit.raw) for p in page.photos] == [("Boeren op de A12.", "Bart Maat/ANP")]


def test_antaras_capital_foto_tag_stays_in_a_credit_element() -> None:
    page = read_html(_figure('<span class="caption__text">Warga di tanggul.</span> '
                             '<span class="caption__credit">FOTO ANTARA/Andi Putra</span>'))
    assert [p.credit.raw for p in page.photos] == ["FOTO ANTARA/Andi Putra"]


def test_a_carousels_item_counter_before_a_caption_is_no_part_of_it() -> None:
    page = read_html(_figure('<span class="counter">Item 2 of 3</span> '
                             '<span>Ash falls on a street in Kagoshima, November 3, 2026. REUTERS/Jo Li</span>'))
    assert [(p.caption, p.credit.raw) for p in page.photos] == [
        ("Ash falls on a street in Kagoshima, November 3, 2026.", "REUTERS/Jo Li")]


@pytest.mark.parametrize("text, expected", [
    ("دود غليظ فوق المدينة. صورة: رويترز", ("دود غليظ فوق المدينة.", "رويترز")),
    ("دود غلیظ آسمان تهران را پوشانده است. عکس: AFP", ("دود غلیظ آسمان تهران را پوشانده است.", "AFP")),
    ("מפגינים מול הכנסת. צילום: רויטרס", ("מפגינים מול הכנסת.", "רויטרס")),
    ("सड़कों पर जलभराव। फोटो: पीटीआई", ("सड़कों पर जलभराव।", "पीटीआई")),
    ("ผู้คนเดินผ่านตลาดน้ำ ภาพ: Reuters", ("ผู้คนเดินผ่านตลาดน้ำ", "Reuters")),
    ("Протестиращи пред парламента. Снимка: БТА", ("Протестиращи пред парламента.", "БТА")),
], ids=["arabic-photo", "persian-photo", "hebrew-photo", "hindi-photo", "thai-picture", "bulgarian-photo"])
def test_a_lead_in_in_another_script_opens_the_credit_and_is_dropped(text: str, expected: tuple) -> None:
    assert split_caption_credit(text) == expected


def test_a_bodys_name_in_a_script_with_no_capitals_after_a_lead_in_is_a_credit() -> None:
    page = read_html(_figure("متظاهرون في الساحة. تصوير: الدفاع المدني"))
    credit = page.photos[0].credit
    assert (page.photos[0].caption, credit.raw, credit.agencies) == (
        "متظاهرون في الساحة.", "الدفاع المدني", ["الدفاع المدني"])


def test_a_sentence_of_a_script_with_no_capitals_after_a_lead_in_is_no_credit() -> None:
    text = "متظاهرون في الساحة. المصدر: قالت الشرطة إن المتظاهرين تفرقوا بعد ساعات من الاحتجاج"
    assert split_caption_credit(text) == (text, None)


@pytest.mark.parametrize("text, expected", [
    ("Les fondouks de la médina. Crédit: MAP", ("Les fondouks de la médina.", "MAP")),
    ("Rescuers evacuate residents by boat. — Picture courtesy of Selangor Fire and Rescue Department",
     ("Rescuers evacuate residents by boat.", "Selangor Fire and Rescue Department")),
    ("Un ejemplar en el laboratorio. Foto cortesía UNAM", ("Un ejemplar en el laboratorio.", "UNAM")),
], ids=["french-credit-no-space", "picture-courtesy-after-dash", "spanish-photo-courtesy"])
def test_more_lead_ins_open_the_credit(text: str, expected: tuple) -> None:
    assert split_caption_credit(text) == expected


def test_a_lead_ins_word_before_a_slash_inside_a_credit_is_part_of_an_agencys_name() -> None:
    assert split_caption_credit("Profesori la un protest. Foto: Inquam Photos / Ana Popescu") == (
        "Profesori la un protest.", "Inquam Photos / Ana Popescu")


@pytest.mark.parametrize("raw", ["সংগৃহীত", "資料照", "资料图"])
def test_a_file_photo_or_collected_names_no_one(raw: str) -> None:
    from captions import parse_credit
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([], [])


@pytest.mark.parametrize("text, expected", [
    ("Źródło zdjęć: © PAP | Jan Nowak", (None, "PAP | Jan Nowak")),
    ("Keadaan jalan yang dinaiki air. - Foto ihsan PDRM", ("Keadaan jalan yang dinaiki air.", "PDRM")),
    ("Požár skladové haly v Ostravě | foto: Jan Novák, MF DNES", ("Požár skladové haly v Ostravě", "Jan Novák, MF DNES")),
    ("Photo credit: Jo Mwangi | Nation Media Group", (None, "Jo Mwangi | Nation Media Group")),
], ids=["polish-source-of-photos", "malay-photo-courtesy", "czech-bar-before-lead-in", "credit-closing-with-an-organisation"])
def test_lead_ins_seen_on_written_dumps(text: str, expected: tuple) -> None:
    assert split_caption_credit(text) == expected


@pytest.mark.parametrize("raw, agencies", [
    ("محمد سالم", []),                  # a person's or a body's name: the letters cannot say, so it names no one
    ("الدفاع المدني", ["الدفاع المدني"]),  # civil defence: a body by its word
    ("خبرگزاری ایسنا", ["خبرگزاری ایسنا"]),  # a news agency by its word
], ids=["unknown-name", "civil-defence", "news-agency"])
def test_a_name_of_a_script_with_no_capitals_is_named_only_when_known_or_a_bodys(raw: str, agencies: list[str]) -> None:
    from captions import parse_credit
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([], agencies)


@pytest.mark.parametrize("text", ["具体路线如下 图", "请看下 图"])
def test_a_chinese_sentence_closing_with_the_word_for_picture_is_no_credit(text: str) -> None:
    assert split_caption_credit(text) == (text, None)


def test_a_chinese_picture_lead_in_after_a_full_stop_and_a_space_opens_the_credit() -> None:
    assert split_caption_credit("市民在公園散步。 图/新华社") == ("市民在公園散步。", "新华社")


def test_a_number_cut_off_a_headline_after_the_word_for_photos_makes_it_no_credit() -> None:
    # the decimal comma of "5,6" splits the line as a credit's comma would; the number after it names no one
    title = "FOTOS | Así quedó el centro de Lima tras el sismo de magnitud 5,6"
    assert split_caption_credit(title) == (title, None)


@pytest.mark.parametrize("text, expected", [
    ("Y bont ar gau ar ôl y storm. Llun: Jo Evans/PA", ("Y bont ar gau ar ôl y storm.", "Jo Evans/PA")),
    ("An cé i nGaillimh faoi uisce. Grianghraf: RTÉ", ("An cé i nGaillimh faoi uisce.", "RTÉ")),
    ("Bilboko zubia ekaitzaren ostean. Argazkia: EFE", ("Bilboko zubia ekaitzaren ostean.", "EFE")),
    ("Il-port tal-Belt wara l-maltempata. Ritratt: Jo Borg", ("Il-port tal-Belt wara l-maltempata.", "Jo Borg")),
    ("Poplava u centru grada. Izvor: Hina", ("Poplava u centru grada.", "Hina")),
    ("Plūdi Rīgas centrā. Avots: LETA", ("Plūdi Rīgas centrā.", "LETA")),
    ("Երևանի կենտրոնը ձյան տակ։ Լուսանկարը՝ Արմենպրես", ("Երևանի կենտրոնը ձյան տակ։", "Արմենպրես")),
    ("Bajarê Hewlêrê piştî baranê. Wêne: AFP", ("Bajarê Hewlêrê piştî baranê.", "AFP")),
    ("Хан-Уулын замын түгжрэл. Эх сурвалж: МОНЦАМЭ", ("Хан-Уулын замын түгжрэл.", "МОНЦАМЭ")),
    ("പൂരത്തിന് എത്തിയ ജനക്കൂട്ടം. ചിത്രം: PTI", ("പൂരത്തിന് എത്തിയ ജനക്കൂട്ടം.", "PTI")),
    ("ಮಳೆಯಿಂದ ಜಲಾವೃತವಾದ ರಸ್ತೆ. ಚಿತ್ರ: PTI", ("ಮಳೆಯಿಂದ ಜಲಾವೃತವಾದ ರಸ್ತೆ.", "PTI")),
    ("ગાંધીનગરમાં વરસાદ. ફોટો: PTI", ("ગાંધીનગરમાં વરસાદ.", "PTI")),
    ("කොළඹ ගංවතුර. ඡායාරූපය: AFP", ("කොළඹ ගංවතුර.", "AFP")),
    ("የአዲስ አበባ ጎዳና። ፎቶ: Reuters", ("የአዲስ አበባ ጎዳና።", "Reuters")),
], ids=["welsh-picture", "irish-photograph", "basque-photo", "maltese-photo", "croatian-source", "latvian-source",
        "armenian-photo", "kurdish-picture", "mongolian-source", "malayalam-picture", "kannada-picture",
        "gujarati-photo", "sinhala-photo", "amharic-photo"])
def test_a_lead_in_of_more_of_the_worlds_languages_opens_the_credit_and_is_dropped(text: str, expected: tuple) -> None:
    assert split_caption_credit(text) == expected


def test_a_welsh_councils_name_after_the_lead_in_is_a_body() -> None:
    from captions import parse_credit
    credit = parse_credit("Cyngor Sir Ceredigion")
    assert (credit.photographers, credit.agencies) == ([], ["Cyngor Sir Ceredigion"])
