"""National news agencies and photo agencies of the world, audited from knowledge in round 41 (no measuring page read).

Each case is a caption as a paper of that country closes it, invented: an agency outside the spec's table keeps
the name its press prints, and is known, with its kind and its country.
"""
from __future__ import annotations

import pytest

from captions import load_registry, parse_credit, split_caption_credit


@pytest.mark.parametrize("text, caption, credit, agencies, photographers", [
    ("Moradores limpam as ruas de Luanda. Foto: ANGOP", "Moradores limpam as ruas de Luanda.", "ANGOP", ["ANGOP"], []),
    ("Fans outside the stadium. Picture: Thabo Mokoena/Gallo Images", "Fans outside the stadium.",
     "Thabo Mokoena/Gallo Images", ["Gallo Images"], ["Thabo Mokoena"]),
    ("Senadores em Brasília. Foto: Ana Ribeiro/Agência Senado", "Senadores em Brasília.",
     "Ana Ribeiro/Agência Senado", ["Agência Senado"], ["Ana Ribeiro"]),
    ("Manifestants à Berne. Photo: Keystone-ATS", "Manifestants à Berne.", "Keystone-ATS", ["Keystone-ATS"], []),
    ("تظاهرة أمام البريد المركزي. (واج)", "تظاهرة أمام البريد المركزي.", "واج", ["واج"], []),
    ("کراچی میں بارش۔ فوٹو: اے پی پی", "کراچی میں بارش۔", "اے پی پی", ["اے پی پی"], []),
    ("平壌の広場で行われた式典。写真：朝鮮中央通信", "平壌の広場で行われた式典。", "朝鮮中央通信", ["KCNA"], []),
    ("Navijači na Maksimiru. Foto: Ivan Kovač/Cropix", "Navijači na Maksimiru.", "Ivan Kovač/Cropix", ["Cropix"],
     ["Ivan Kovač"]),
    ("Протест в София. Снимка: БГНЕС", "Протест в София.", "БГНЕС", ["БГНЕС"], []),
], ids=["angola-angop", "south-africa-gallo", "brazil-senate-agency", "swiss-wire-in-french", "algeria-aps-arabic",
        "pakistan-app-urdu", "kcna-in-japanese", "croatia-cropix", "bulgaria-bgnes-cyrillic"])
def test_a_national_agency_closing_a_caption_is_read(text, caption, credit, agencies, photographers):
    assert split_caption_credit(text) == (caption, credit)
    parsed = parse_credit(credit)
    assert (parsed.agencies, parsed.photographers) == (agencies, photographers)


def test_a_national_agency_keeps_its_kind_and_country() -> None:
    registry = load_registry()
    found = [registry.lookup(s) for s in ("واج", "اے پی پی", "朝中社", "Angola Press", "БГНЕС", "Agencia Senado",
                                            "SAnews.gov.za", "Pajhwok", "Agência Anadolu", "Depo Photos")]
    assert [(a.name, a.kind, a.country) for a in found] == [
        ("APS", "state media", "DZ"), ("Associated Press of Pakistan", "state media", "PK"),
        ("KCNA", "state media", "KP"), ("ANGOP", "state media", "AO"), ("BGNES", "wire", "BG"),
        ("Agência Senado", "government", "BR"), ("SAnews", "state media", "ZA"),
        ("Pajhwok Afghan News", "wire", "AF"), ("Anadolu", "state media", "TR"), ("Depo Photos", "photo agency", "TR")]


@pytest.mark.parametrize("word", ["Beta", "MIA", "AGI", "SITA", "Fena", "Srna", "Anka", "UzA", "DHA", "NA", "ATA",
                                  "Mina", "Lana", "Suna", "AMI", "فارس", "مهر", "سبأ", "وات"])
def test_an_agencys_acronym_that_is_a_word_or_a_name_is_not_known(word: str) -> None:
    assert load_registry().lookup(word) is None
