"""Credit lines of the languages round 37 covered thinly, written from knowledge in round 47 (no measuring page read).

Each case is a caption as a paper of that language closes it, invented: the lead-in (with the colon, or the script's
own colon, that marks a credit) is dropped, a wire is named, a person's name is the photographer's, and a word for
the kind of picture (a private collection, a screenshot, an archive, a symbolic picture) names no one. The World
Service prints its off-screen labels in each of its languages, a source label over a caption label.
"""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page, split_caption_credit


@pytest.mark.parametrize("text, caption, credit, agencies, photographers", [
    ("An yi taro a Kano. Hotuna: Musa Bello", "An yi taro a Kano.", "Musa Bello", [], ["Musa Bello"]),
    ("የአዲስ አበባ ጎዳና። ምስል፦ ኢዜአ", "የአዲስ አበባ ጎዳና።", "ኢዜአ", ["ኢዜአ"], []),
    ("Àwọn ènìyàn ní ọjà Ìbàdàn. Àwòrán: Reuters", "Àwọn ènìyàn ní ọjà Ìbàdàn.", "Reuters", ["Reuters"], []),
    ("Boere op die plaas. Argieffoto: Jan Smit", "Boere op die plaas.", "Jan Smit", [], ["Jan Smit"]),
    ("Toshkentdagi bozor. Rasm: Aziz Karimov", "Toshkentdagi bozor.", "Aziz Karimov", [], ["Aziz Karimov"]),
    ("Бишкектеги көчө. Булак: Reuters", "Бишкектеги көчө.", "Reuters", ["Reuters"], []),
    ("Երևանի փողոցը։ Աղբյուրը՝ Reuters", "Երևանի փողոցը։", "Reuters", ["Reuters"], []),
    ("Երևանի փողոցը։ Լուսանկարիչ՝ Արամ Պետրոսյան", "Երևանի փողոցը։", "Արամ Պետրոսյան", [], ["Արամ Պետրոսյան"]),
    ("Улаанбаатарын гудамж. Зураг: Reuters", "Улаанбаатарын гудамж.", "Reuters", ["Reuters"], []),
    ("दिल्ली की सड़क। फोटोः पीटीआई", "दिल्ली की सड़क।", "पीटीआई", ["पीटीआई"], []),
    ("කොළඹ නගරය. මූලාශ්‍රය: Reuters", "කොළඹ නගරය.", "Reuters", ["Reuters"], []),
    ("ផ្លូវនៅភ្នំពេញ។ ប្រភព៖ AFP", "ផ្លូវនៅភ្នំពេញ។", "AFP", ["AFP"], []),
    ("ঢাকার রাস্তায় যানজট। সূত্রঃ বাসস", "ঢাকার রাস্তায় যানজট।", "বাসস", ["বাসস"], []),
    ("കൊച്ചിയിലെ റോഡ്. ചിത്രം കടപ്പാട്: Reuters", "കൊച്ചിയിലെ റോഡ്.", "Reuters", ["Reuters"], []),
    ("গুৱাহাটীৰ পথ। আলোকচিত্ৰ: Reuters", "গুৱাহাটীৰ পথ।", "Reuters", ["Reuters"], []),
    ("شەقامێک لە هەولێر. سەرچاوە: Reuters", "شەقامێک لە هەولێر.", "Reuters", ["Reuters"], []),
    ("Kolaneke li Amedê. Çavkanî: Reuters", "Kolaneke li Amedê.", "Reuters", ["Reuters"], []),
    ("Sráid i mBaile Átha Cliath. Foinse: RollingNews.ie", "Sráid i mBaile Átha Cliath.", "RollingNews.ie",
     ["RollingNews.ie"], []),
    ("Улица во Скопје. Снимил: Марко Петровски", "Улица во Скопје.", "Марко Петровски", [], ["Марко Петровски"]),
    ("Ulica v Ljubljani. Avtor fotografije: Janez Novak", "Ulica v Ljubljani.", "Janez Novak", [], ["Janez Novak"]),
    ("Lari nan Pòtoprens. Sous: AFP", "Lari nan Pòtoprens.", "AFP", ["AFP"], []),
    ("Na sala e Suva. iTaba: Reuters", "Na sala e Suva.", "Reuters", ["Reuters"], []),
], ids=["hausa-photos", "amharic-image", "yoruba-picture", "afrikaans-file-photo", "uzbek-picture", "kyrgyz-source",
        "armenian-source", "armenian-photographer", "mongolian-picture", "hindi-visarga", "sinhala-source",
        "khmer-colon", "bengali-visarga", "malayalam-courtesy", "assamese-photograph", "sorani-source", "kurmanji-source", "irish-source",
        "macedonian-shot-by", "slovenian-photo-author", "haitian-source", "fijian-photo"])
def test_a_lead_in_of_a_thinly_covered_language_is_dropped_and_the_credit_read(text, caption, credit, agencies,
                                                                              photographers):
    assert split_caption_credit(text) == (caption, credit)
    parsed = parse_credit(credit)
    assert (parsed.agencies, parsed.photographers) == (agencies, photographers)


@pytest.mark.parametrize("text, caption, credit", [
    ("Tänav Tallinnas. Foto: erakogu", "Tänav Tallinnas.", "erakogu"),
    ("Iela Rīgā. Foto: ekrānšāviņš", "Iela Rīgā.", "ekrānšāviņš"),
    ("Boere op die plaas. Foto: Argief", "Boere op die plaas.", "Argief"),
    ("Bilboko kalea. Argazkia: Artxiboa", "Bilboko kalea.", "Artxiboa"),
    ("सड़क पर भीड़। फोटो: प्रतीकात्मक", "सड़क पर भीड़।", "प्रतीकात्मक"),
    ("ಬೆಂಗಳೂರಿನ ರಸ್ತೆ. ಚಿತ್ರ: ಸಾಂದರ್ಭಿಕ ಚಿತ್ರ", "ಬೆಂಗಳೂರಿನ ರಸ್ತೆ.", "ಸಾಂದರ್ಭಿಕ ಚಿತ್ರ"),
], ids=["estonian-private-collection", "latvian-screenshot", "afrikaans-archive", "basque-archive", "hindi-symbolic",
        "kannada-representative"])
def test_a_word_for_the_kind_of_picture_names_no_one(text: str, caption: str, credit: str) -> None:
    assert split_caption_credit(text) == (caption, credit)
    parsed = parse_credit(credit)
    assert (parsed.agencies, parsed.photographers) == ([], [])


@pytest.mark.parametrize("source_label, caption_label", [
    ("इमेज स्रोत,", "इमेज कैप्शन,"),
    ("Chanzo cha picha,", "Maelezo ya picha,"),
    ("Fotoğraf kaynağı,", "Fotoğraf altı yazısı,"),
    ("Sumber gambar,", "Keterangan gambar,"),
    ("பட மூலாதாரம்,", "படக்குறிப்பு,"),
    ("Сүрөттүн булагы,", "Сүрөттүн түшүндүрмөсү,"),
    ("منبع تصویر،", "توضیح تصویر،"),
], ids=["hindi", "swahili", "turkish", "indonesian", "tamil", "kyrgyz", "persian"])
def test_the_world_services_labels_in_its_languages_frame_a_picture(source_label: str, caption_label: str) -> None:
    page = f"Headline of the story\n\n{source_label} Getty Images\n{caption_label} A caption of the picture\n"
    photos = parse_page(page).photos
    assert [(p.caption, p.credit.raw if p.credit else None, p.credit.agencies if p.credit else None)
            for p in photos] == [("A caption of the picture", "Getty Images", ["Getty Images"])]


@pytest.mark.parametrize("text", [
    "Mazungumzo yalikuwa ya kirafiki na Chanzo cha habari hii ni serikali.",
    "Ata ilianza kusoma mapema asubuhi.",
    "The rugby side's source was the local club, he said.",
])
def test_prose_holding_the_words_without_their_mark_stays_a_caption(text: str) -> None:
    assert split_caption_credit(text) == (text, None)
