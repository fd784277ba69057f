"""Credit lines of the world's press, audited from knowledge in round 37 (no measuring page read).

Each case is a caption as a paper of that language closes it, invented: the lead-in is dropped, the wire of the
spec's table is named canonically in any script, other agencies keep the name their press prints, and a word
saying what kind of picture it is (archive, illustration, screenshot, handout) names no one.
"""
from __future__ import annotations

import pytest

from captions import parse_credit, split_caption_credit


@pytest.mark.parametrize("text, caption, credit, agencies, photographers", [
    ("Pendler am Bahnsteig in Köln. Bildnachweis: dpa", "Pendler am Bahnsteig in Köln.", "dpa", ["dpa"], []),
    ("Fietsers op de dijk bij Kampen. Archieffoto: ANP", "Fietsers op de dijk bij Kampen.", "ANP", ["ANP"], []),
    ("Lidé čekají na tramvaj. Ilustrační foto: ČTK", "Lidé čekají na tramvaj.", "ČTK", ["ČTK"], []),
    ("Ľudia na trhu. Ilustračné foto: TASR", "Ľudia na trhu.", "TASR", ["TASR"], []),
    ("Mieszkańcy sprzątają ulicę. Autor zdjęcia: Jan Nowak", "Mieszkańcy sprzątają ulicę.", "Jan Nowak", [],
     ["Jan Nowak"]),
    ("Turiști în Sibiu. Sursă foto: Mediafax", "Turiști în Sibiu.", "Mediafax", ["Mediafax"], []),
    ("Kiša nad Zagrebom. Snimio: Ivan Horvat", "Kiša nad Zagrebom.", "Ivan Horvat", [], ["Ivan Horvat"]),
    ("Tűzoltók a helyszínen. Illusztráció: Shutterstock", "Tűzoltók a helyszínen.", "Shutterstock",
     ["Shutterstock"], []),
    ("Пожежники на складі. Ілюстрація: Shutterstock", "Пожежники на складі.", "Shutterstock", ["Shutterstock"], []),
    ("Autoja jonossa. Arkistokuva: Lehtikuva", "Autoja jonossa.", "Lehtikuva", ["Lehtikuva"], []),
    ("Bilar i kö. Skärmdump: SVT", "Bilar i kö.", "SVT", ["SVT"], []),
    ("Traffico a Roma. Foto di repertorio Ansa", "Traffico a Roma.", "Ansa", ["ANSA"], []),
    ("Tráfico en Madrid. Ilustración: EFE", "Tráfico en Madrid.", "EFE", ["EFE"], []),
], ids=["german-picture-credit", "dutch-file-photo", "czech-illustrative", "slovak-illustrative", "polish-author",
        "romanian-source-diacritic", "croatian-shot-by", "hungarian-illustration", "ukrainian-illustration",
        "finnish-file-picture", "swedish-screenshot", "italian-file-photo", "spanish-illustration"])
def test_a_european_papers_lead_in_is_dropped_and_the_credit_read(text, caption, credit, agencies, photographers):
    assert split_caption_credit(text) == (caption, credit)
    parsed = parse_credit(credit)
    assert (parsed.agencies, parsed.photographers) == (agencies, photographers)


@pytest.mark.parametrize("text, caption, credit, agencies", [
    ("دخان فوق الميناء. مصدر الصورة: رويترز", "دخان فوق الميناء.", "رويترز", ["Reuters"]),
    ("متظاهرون في الساحة. (أ.ب)", "متظاهرون في الساحة.", "أ.ب", ["AP"]),
    ("متظاهرون في الساحة. (د.ب.أ)", "متظاهرون في الساحة.", "د.ب.أ", ["dpa"]),
    ("لاہور میں بارش۔ فوٹو: اے ایف پی", "لاہور میں بارش۔", "اے ایف پی", ["AFP"]),
    ("מפגינים מול הכנסת. צילום אילוסטרציה: פלאש 90", "מפגינים מול הכנסת.", "פלאש 90", ["פלאש 90"]),
    ("सड़कों पर जलभराव। स्रोत: पीटीआई", "सड़कों पर जलभराव।", "पीटीआई", ["पीटीआई"]),
    ("ঢাকার রাস্তায় যানজট। সূত্র: বাসস", "ঢাকার রাস্তায় যানজট।", "বাসস", ["বাসস"]),
    ("ผู้คนเดินผ่านตลาดน้ำ ขอบคุณภาพ: รอยเตอร์", "ผู้คนเดินผ่านตลาดน้ำ", "รอยเตอร์", ["Reuters"]),
    ("Người dân dọn dẹp sau lũ. Ảnh: TTXVN", "Người dân dọn dẹp sau lũ.", "TTXVN", ["TTXVN"]),
    ("東京の街角。写真提供：共同", "東京の街角。", "共同", ["Kyodo"]),
    ("서울 도심 풍경. 출처=연합뉴스", "서울 도심 풍경.", "연합뉴스", ["Yonhap"]),
    ("የአዲስ አበባ ጎዳና። ምንጭ: ኢዜአ", "የአዲስ አበባ ጎዳና።", "ኢዜአ", ["ኢዜአ"]),
], ids=["arabic-picture-source", "arabic-ap-initials", "arabic-dpa-initials", "urdu-afp", "hebrew-illustration",
        "hindi-source", "bengali-source", "thai-thanks-for-the-picture", "vietnamese-vna", "japanese-supplied",
        "korean-source", "amharic-source"])
def test_a_lead_in_and_an_agency_in_their_own_script_are_read(text, caption, credit, agencies):
    assert split_caption_credit(text) == (caption, credit)
    assert parse_credit(credit).agencies == agencies


@pytest.mark.parametrize("credit", ["Arşiv", "Archiwum", "Arsip", "Tư liệu", "Temsili", "Ilustrasi",
                                    "Illusztráció", "Pressbild", "Skjermdump", "Zrzut ekranu"])
def test_a_word_for_the_kind_of_picture_names_no_one(credit: str) -> None:
    parsed = parse_credit(credit)
    assert (parsed.agencies, parsed.photographers) == ([], [])


def test_a_wire_known_in_its_own_script_keeps_its_kind_and_country() -> None:
    from captions import load_registry

    registry = load_registry()
    assert [(registry.lookup(s).name, registry.lookup(s).kind, registry.lookup(s).country)
            for s in ("ΑΠΕ-ΜΠΕ", "TTXVN", "פלאש 90", "ኢዜአ")] == [
        ("ANA-MPA", "wire", "GR"), ("VNA", "state media", "VN"), ("Flash90", "photo agency", "IL"),
        ("Ethiopian News Agency", "state media", "ET")]
