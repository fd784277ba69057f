"""Photographers' names and their roles in credits, written from knowledge of each press in round 44.

Each credit is invented in the convention of a language's press: a job title after the name names no one; a
rank before it is dropped from the name; two photographers joined by "and" in their language are two people,
where a Spanish double surname joined by "y" stays one name; a lower-case Arabic article glued to a name
("al-Rubaye") is part of it; Chinese, Japanese and Korean reporters' titles frame the name as "记者" and "기자" do; "photographer:" in Arabic, Persian, Thai, Hindi and Bengali names the person after it (a Thai
or Indic name's vowel signs are part of it); an honorific after a supplier's name (Korean "씨", Japanese "さん")
names a person.
"""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page, split_caption_credit


@pytest.mark.parametrize("credit, photographers, agencies", [
    ("Jane Doe/Staff photojournalist", ["Jane Doe"], []),
    ("Juan García/Fotorreportero", ["Juan García"], []),
    ("Juan García, fotoreportero", ["Juan García"], []),
    ("Juan García/Corresponsal", ["Juan García"], []),
    ("Jean Dupont, photojournaliste", ["Jean Dupont"], []),
    ("Jean Dupont/Envoyé spécial", ["Jean Dupont"], []),
    ("Anna Schmidt, Fotoreporterin", ["Anna Schmidt"], []),
    ("Marco Rossi/Inviato", ["Marco Rossi"], []),
    ("Иван Иванов/фотокорреспондент", ["Иван Иванов"], []),
    ("Иван Иванов, спецкор", ["Иван Иванов"], []),
    ("Ahmet Yılmaz/AA muhabiri", ["Ahmet Yılmaz"], ["Anadolu"]),
    ("Ahmet Yılmaz - DHA muhabiri", ["Ahmet Yılmaz"], ["DHA"]),
    ("Nguyễn Văn Minh/phóng viên", ["Nguyễn Văn Minh"], []),
    ("Budi Santoso/Pewarta Foto", ["Budi Santoso"], []),
    ("PV", [], []),
    ("Cộng tác viên", [], []),
    ("CTV", [], ["CTV"]),
], ids=["english-staff-photojournalist", "spanish-photo-reporter", "spanish-photo-reporter-lower",
        "spanish-correspondent", "french-photojournalist", "french-special-envoy", "german-photo-reporter",
        "italian-envoy", "russian-photo-correspondent", "russian-special-correspondent", "turkish-aa-reporter",
        "turkish-dha-reporter", "vietnamese-reporter", "indonesian-photo-journalist", "vietnamese-staff-initials",
        "vietnamese-contributor", "canadian-broadcaster-not-a-contributor"])
def test_a_job_title_after_the_name_names_no_one(credit, photographers, agencies):
    parsed = parse_credit(credit)
    assert (parsed.photographers, parsed.agencies) == (photographers, agencies), credit


@pytest.mark.parametrize("credit, photographers, agencies", [
    ("Oberfeldwebel Hans Müller/Bundeswehr", ["Hans Müller"], ["Bundeswehr"]),
    ("Sargento Juan García/Ejército", ["Juan García"], ["Ejército"]),
    ("Capitaine Jean Dupont/Armée de Terre", ["Jean Dupont"], ["Armée de Terre"]),
    ("Maresciallo Marco Rossi/Esercito Italiano", ["Marco Rossi"], ["Esercito Italiano"]),
    ("st. chor. szt. Adam Nowak/Combat Camera DO RSZ", ["Adam Nowak"], ["Combat Camera DO RSZ"]),
    ("kpr. Łukasz Wiśniewski / 12 BZ", ["Łukasz Wiśniewski"], ["12 BZ"]),
    ("сержант Иван Иванов", ["Иван Иванов"], []),
    ("LPhot Dan Smith/MOD", ["Dan Smith"], ["MOD"]),
    ("LSIS Jane Doe/Defence", ["Jane Doe"], ["Defence"]),
    ("Army Sgt. Jane Doe", ["Jane Doe"], []),
], ids=["german-sergeant", "spanish-sergeant", "french-captain", "italian-warrant-officer", "polish-chief-warrant",
        "polish-corporal-capital-l-stroke", "russian-sergeant-lower-case", "royal-navy-leading-photographer",
        "australian-imagery-specialist", "us-branch-and-rank"])
def test_a_rank_before_the_name_is_no_part_of_it(credit, photographers, agencies):
    parsed = parse_credit(credit)
    assert (parsed.photographers, parsed.agencies) == (photographers, agencies), credit


@pytest.mark.parametrize("credit, photographers, agencies", [
    ("Anna Nowak i Jan Wiech / Agencja Wyborcza.pl", ["Anna Nowak", "Jan Wiech"], ["Agencja Wyborcza.pl"]),
    ("Hans Müller und Anna Schmidt/dpa", ["Hans Müller", "Anna Schmidt"], ["dpa"]),
    ("Jean Dupont et Marie Martin / Le Monde", ["Jean Dupont", "Marie Martin"], ["Le Monde"]),
    ("Juan Pérez y María López", ["Juan Pérez", "María López"], []),
    ("José da Silva e Maria dos Santos/Folhapress", ["José da Silva", "Maria dos Santos"], ["Folhapress"]),
    # review 29: Dutch "en" is Spanish and French "in" before a place too; what follows it names no one
    ("Jan Jansen en Piet de Vries", ["Jan Jansen"], []),
    ("Anna Svensson och Erik Larsson", ["Anna Svensson", "Erik Larsson"], []),
    ("Matti Virtanen ja Liisa Korhonen", ["Matti Virtanen", "Liisa Korhonen"], []),
    ("Kovács János és Nagy Éva", ["Kovács János", "Nagy Éva"], []),
    ("Ion Popescu și Maria Ionescu", ["Ion Popescu", "Maria Ionescu"], []),
    ("Ahmet Yılmaz ve Mehmet Demir", ["Ahmet Yılmaz", "Mehmet Demir"], []),
    ("Γιώργος Παπαδόπουλος και Μαρία Νικολάου", ["Γιώργος Παπαδόπουλος", "Μαρία Νικολάου"], []),
    ("Иван Иванов и Пётр Петров / ТАСС", ["Иван Иванов", "Пётр Петров"], ["TASS"]),
    ("Іван Петренко та Олег Коваль", ["Іван Петренко", "Олег Коваль"], []),
    ("Budi Santoso dan Siti Aminah", ["Budi Santoso", "Siti Aminah"], []),
    ("Ngọc Thành và Minh Anh", ["Ngọc Thành", "Minh Anh"], []),
    ("JUAN PÉREZ Y MARÍA LÓPEZ/EFE", ["JUAN PÉREZ", "MARÍA LÓPEZ"], ["EFE"]),
], ids=["polish", "german", "french", "spanish", "portuguese-particles", "dutch", "swedish", "finnish", "hungarian",
        "romanian", "turkish", "greek", "russian", "ukrainian", "indonesian", "vietnamese", "spanish-capitals"])
def test_two_photographers_joined_by_and_in_their_language(credit, photographers, agencies):
    parsed = parse_credit(credit)
    assert (parsed.photographers, parsed.agencies) == (photographers, agencies), credit


@pytest.mark.parametrize("credit, photographers, agencies", [
    ("Juan Carlos García y Pérez/EFE", ["Juan Carlos García y Pérez"], ["EFE"]),
    ("Ahmad al-Rubaye/AFP", ["Ahmad al-Rubaye"], ["AFP"]),
    ("Khaled el-Fiqi/EPA", ["Khaled el-Fiqi"], ["EPA"]),
    ("Luis de los Santos/EFE", ["Luis de los Santos"], ["EFE"]),
    ("Jan van 't Hof/ANP", ["Jan van 't Hof"], ["ANP"]),
    ("Juan dela Cruz/Philstar", ["Juan dela Cruz"], ["Philstar"]),
    ("Nurul Aina binte Rahman/ST", ["Nurul Aina binte Rahman"], ["ST"]),
], ids=["spanish-double-surname", "arabic-article-lower-case", "egyptian-article", "spanish-de-los",
        "dutch-van-t", "filipino-dela", "malay-binte"])
def test_a_name_keeps_its_particles(credit, photographers, agencies):
    parsed = parse_credit(credit)
    assert (parsed.photographers, parsed.agencies) == (photographers, agencies), credit


@pytest.mark.parametrize("credit, photographers, agencies", [
    ("新华社特约摄影 许畅 摄", ["许畅"], ["Xinhua"]),
    ("新华社记者 许畅 摄", ["许畅"], ["Xinhua"]),
    ("见习记者 王明 摄", ["王明"], []),
    ("本报摄影记者 王明 摄", ["王明"], []),
    ("全媒体记者 王明 摄", ["王明"], []),
    ("写真部 佐藤健一撮影", ["佐藤健一"], []),
    ("홍길동 사진기자", ["홍길동"], []),
    ("김민수 객원기자", ["김민수"], []),
    ("김민수 특파원", ["김민수"], []),
], ids=["xinhua-special-photographer", "xinhua-reporter", "chinese-trainee-reporter", "chinese-photo-reporter",
        "chinese-all-media-reporter", "japanese-photo-department", "korean-photo-reporter", "korean-guest-reporter",
        "korean-correspondent"])
def test_a_reporters_title_frames_the_name_in_chinese_japanese_and_korean(credit, photographers, agencies):
    parsed = parse_credit(credit)
    assert (parsed.photographers, parsed.agencies) == (photographers, agencies), credit


@pytest.mark.parametrize("text, caption, credit", [
    ("متظاهرون في ساحة التحرير بالقاهرة (مصور: محمد إبراهيم)", "متظاهرون في ساحة التحرير بالقاهرة", "محمد إبراهيم"),
    ("متظاهرون في ساحة التحرير بالقاهرة - المصور: محمد إبراهيم", "متظاهرون في ساحة التحرير بالقاهرة", "محمد إبراهيم"),
    ("متظاهرون في ساحة التحرير (تصوير المصور: محمد إبراهيم)", "متظاهرون في ساحة التحرير", "محمد إبراهيم"),
    ("تظاهرات در تهران. عکاس: علی رضایی", "تظاهرات در تهران.", "علی رضایی"),
    ("ผู้ชุมนุมที่สนามหลวง ช่างภาพ: สมชาย ใจดี", "ผู้ชุมนุมที่สนามหลวง", "สมชาย ใจดี"),
    ("दिल्ली में बारिश के बाद जलभराव। फोटोग्राफर: राहुल शर्मा", "दिल्ली में बारिश के बाद जलभराव।", "राहुल शर्मा"),
    ("ঢাকার রাস্তায় যানজট। আলোকচিত্রী: সুদীপ্ত ভৌমিক", "ঢাকার রাস্তায় যানজট।", "সুদীপ্ত ভৌমিক"),
], ids=["arabic-photographer", "arabic-the-photographer", "arabic-photography-of-the-photographer",
        "persian-photographer", "thai-photographer", "hindi-photographer", "bengali-photographer"])
def test_photographer_as_a_label_names_the_person_after_it(text, caption, credit):
    assert split_caption_credit(text) == (caption, credit)
    article = parse_page(f"Headline\n\n{text}\n")
    assert [(p.caption, p.credit and p.credit.photographers) for p in article.photos] == [(caption, [credit])], text


@pytest.mark.parametrize("credit, photographers, agencies", [
    ("독자 김동욱씨 제공=연합뉴스", ["김동욱"], ["Yonhap"]),
    ("독자 이민수씨 제공", ["이민수"], []),
    ("山田太郎さん提供", ["山田太郎"], []),
    ("독자 제공", [], []),
    ("아저씨 제공", [], []),
], ids=["korean-reader-then-wire", "korean-reader", "japanese-supplier", "korean-reader-unnamed",
        "korean-uncle-no-name"])
def test_an_honorific_after_a_suppliers_name_names_the_person(credit, photographers, agencies):
    parsed = parse_credit(credit)
    assert (parsed.photographers, parsed.agencies) == (photographers, agencies), credit
