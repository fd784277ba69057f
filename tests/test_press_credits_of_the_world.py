"""Newspapers, broadcasters and news sites credited as a picture's source, written from knowledge in round 60.

Each case is a caption as an outlet of that country closes it, invented: the outlet, named in two capitalised words
or in its own script, was read as a photographer before it was known; known, it is the agency, with its kind and
country, and keeps the name its credit prints. Known, an outlet's bare name under a story's standfirst is the story's
byline (outlet_byline.py), alone under the story's last paragraph it signs reprinted copy (story_source.py), and a
wire's desk tag in lower case stays an editor's initials though it spells a paper's acronym ("/wsj").
"""
from __future__ import annotations

import pytest

from captions import load_registry, parse_credit, parse_page, split_caption_credit


@pytest.mark.parametrize("text, caption, credit, agencies, photographers", [
    ("Mielenosoittajia Senaatintorilla. Kuva: Helsingin Sanomat", "Mielenosoittajia Senaatintorilla.",
     "Helsingin Sanomat", ["Helsingin Sanomat"], []),
    ("Hinchas celebran en Bogotá. Foto: El Tiempo", "Hinchas celebran en Bogotá.", "El Tiempo", ["El Tiempo"], []),
    ("Διαδηλωτές στο Σύνταγμα. Φωτογραφία: Η Καθημερινή", "Διαδηλωτές στο Σύνταγμα.", "Η Καθημερινή",
     ["Η Καθημερινή"], []),
    ("Mótmælendur við Alþingishúsið. Vísir/Vilhelm", "Mótmælendur við Alþingishúsið.", "Vísir/Vilhelm", ["Vísir"],
     ["Vilhelm"]),
    ("Torcedores na Avenida Paulista. Foto: Folha de S.Paulo", "Torcedores na Avenida Paulista.", "Folha de S.Paulo",
     ["Folha de S.Paulo"], []),
    ("Vecinos en el malecón de Miraflores. Foto: El Comercio", "Vecinos en el malecón de Miraflores.", "El Comercio",
     ["El Comercio"], []),
    ("旺角街頭排隊的市民。（明報圖片）", "旺角街頭排隊的市民。", "明報圖片", ["明報"], []),
    ("Demonstranten vor dem Bundeshaus. Foto: Anna Meier/NZZ", "Demonstranten vor dem Bundeshaus.", "Anna Meier/NZZ",
     ["NZZ"], ["Anna Meier"]),
], ids=["finland-hs", "colombia-el-tiempo", "greece-kathimerini", "iceland-visir-first", "brazil-folha",
        "peru-el-comercio", "hong-kong-ming-pao-picture", "switzerland-nzz-abbreviation"])
def test_an_outlet_closing_a_caption_is_its_source(text, caption, credit, agencies, photographers):
    assert split_caption_credit(text) == (caption, credit)
    parsed = parse_credit(credit)
    assert (parsed.agencies, parsed.photographers) == (agencies, photographers)


def test_an_outlet_keeps_its_kind_and_country() -> None:
    registry = load_registry()
    found = [registry.lookup(s) for s in ("SvD", "FAZ", "Η ΚΑΘΗΜΕΡΙΝΗ", "경향신문", "朝日新聞", "中日新聞社", "WSJ",
                                            "Dainik Jagran", "দ্য ডেইলি স্টার", "Le Devoir", "Radio Okapi", "SMH")]
    assert [(a.name, a.kind, a.country) for a in found] == [
        ("Svenska Dagbladet", "publication", "SE"), ("Frankfurter Allgemeine Zeitung", "publication", "DE"),
        ("Η Καθημερινή", "publication", "GR"), ("Kyunghyang Shinmun", "publication", "KR"),
        ("The Asahi Shimbun", "publication", "JP"), ("The Chunichi Shimbun", "publication", "JP"),
        ("The Wall Street Journal", "publication", "US"), ("Dainik Jagran", "publication", "IN"),
        ("The Daily Star", "publication", "BD"), ("Le Devoir", "publication", "CA"),
        ("Radio Okapi", "broadcaster", "CD"), ("The Sydney Morning Herald", "publication", "AU")]


@pytest.mark.parametrize("word", ["The Sun", "Express", "Standard", "The Star", "Nation", "The National", "Time",
                                  "Mint", "Dawn", "Le Point", "Le Soir", "Público", "Expresso", "Marca", "AS",
                                  "DN", "HS", "SZ", "EL", "Politiken", "Republika", "Tempo", "Beeld", "Folha",
                                  "Nine", "NRK", "RTVE", "الأهرام", "הארץ", "한국경제", "Известия"])
def test_an_outlet_named_by_a_word_initials_or_a_name_is_not_known(word: str) -> None:
    assert load_registry().lookup(word) is None


@pytest.mark.parametrize("outlet", ["Le Devoir", "GZH", "중앙일보", "Helsingin Sanomat"])
def test_an_outlets_name_alone_under_the_standfirst_is_the_storys_byline(outlet: str) -> None:
    page = (" date 2026-03-14 News\n"
            "Le fleuve déborde à Trois-Rivières\n"
            "Des centaines de résidents ont quitté leur maison pendant la nuit\n"
            f"{outlet}\n"
            "Les eaux du Saint-Laurent ont atteint mardi leur plus haut niveau depuis 2019, selon la Sécurité civile.\n"
            "Des bénévoles remplissent des sacs de sable devant l'église. Photo: Marie Tremblay/Le Devoir\n"
            "Les autorités prévoient une baisse du niveau d'ici la fin de semaine, a précisé le maire.\n")
    photos = parse_page(page).photos
    assert [(p.caption, p.credit.raw if p.credit else None) for p in photos] == [
        ("Des bénévoles remplissent des sacs de sable devant l'église.", "Marie Tremblay/Le Devoir")]


def test_an_outlets_name_closing_a_byline_block_of_names_and_date_is_the_storys_byline() -> None:
    """The reporters, the date, then the paper, each alone on its line under the standfirst (the Australian and
    Québec papers' head): the paper's name signs the story, and the reporters' line is no caption."""
    page = (" date 2026-03-14 News\n"
            "Le fleuve déborde à Trois-Rivières\n"
            "Des centaines de résidents ont quitté leur maison pendant la nuit\n"
            "Marie Tremblay et Louis Gagnon\n"
            "14 mars 2026 - 10 h 23\n"
            "Le Devoir\n"
            "Les eaux du Saint-Laurent ont atteint mardi leur plus haut niveau depuis 2019, selon la Sécurité civile.\n"
            "Des bénévoles remplissent des sacs de sable devant l'église. Photo: Marie Tremblay/Le Devoir\n"
            "Les autorités prévoient une baisse du niveau d'ici la fin de semaine, a précisé le maire.\n")
    photos = parse_page(page).photos
    assert [(p.caption, p.credit.raw if p.credit else None) for p in photos] == [
        ("Des bénévoles remplissent des sacs de sable devant l'église.", "Marie Tremblay/Le Devoir")]


def test_an_outlets_name_alone_under_a_caption_further_down_stays_its_credit() -> None:
    page = (" date 2026-03-14 News\n"
            "Harbour reopens after the storm\n"
            "The harbour reopened on Tuesday after a week of repairs, the port authority said.\n"
            "Fishermen returned to the quay early in the morning to check their boats.\n"
            "A trawler is towed back to its berth at dawn.\n"
            "The Boston Globe\n"
            "Officials said the breakwater would be reinforced next year.\n")
    photos = parse_page(page).photos
    assert [(p.caption, p.credit.raw if p.credit else None) for p in photos] == [
        ("A trawler is towed back to its berth at dawn.", "The Boston Globe")]


@pytest.mark.parametrize("raw, agencies, photographers", [
    ("ANTARA FOTO/Agus Salim/wsj", ["Antara"], ["Agus Salim"]),
    ("ANTARA FOTO/Agus Salim/nst", ["Antara"], ["Agus Salim"]),
    ("Agus Salim/WSJ", ["WSJ"], ["Agus Salim"]),
    ("Anna Berg/dpa", ["dpa"], ["Anna Berg"]),
], ids=["desk-tag-wsj", "desk-tag-nst", "paper-in-capitals", "wire-in-lower-case"])
def test_a_desk_tag_in_lower_case_is_an_editors_initials_though_a_papers_acronym(raw, agencies, photographers):
    credit = parse_credit(raw)
    assert (credit.agencies, credit.photographers) == (agencies, photographers)


def test_an_outlets_name_alone_under_the_storys_last_paragraph_signs_reprinted_copy() -> None:
    page = (" date 2026-03-14 World\n"
            "Harbour reopens after the storm\n"
            "The harbour reopened on Tuesday after a week of repairs, the port authority said.\n"
            "Fishermen returned to the quay early in the morning to check their boats.\n"
            "Officials said the breakwater would be reinforced next year.\n"
            "The Boston Globe\n")
    assert parse_page(page).photos == []
