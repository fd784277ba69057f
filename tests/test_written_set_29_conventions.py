"""Conventions of the press seen on the written sets dumps29 and html30 (issue #11, round 27): the Dutch "Beeld"
closing a caption with no colon, and "voor" ("for") between a photographer and the paper; Italian photo agencies and
public bodies in the brackets closing a caption; bodies handing out their pictures in Turkish, Swahili, Ukrainian,
Hindi and Polish; words naming no one (a paper's "our photographer", "social media", the person in the story); a
handed-out picture's word in Polish and Vietnamese; a gallery slide's "desc" element as its caption.

Every page and credit here is written for these tests, in the styles those publishers use.
"""
from __future__ import annotations

import pytest

from captions.parse.credit import parse_credit
from captions.parse.credit_in_line import split_caption_credit
from captions.parse.page import parse_page
from tests.html_story import pictures


@pytest.mark.parametrize("line, caption, credit", [
    ("Zandzakken langs de kade van Kampen, dinsdagmiddag. Beeld ANP",
     "Zandzakken langs de kade van Kampen, dinsdagmiddag.", "ANP"),
    ("Een medewerker meet de waterstand bij de stuw. Beeld Jorien Bakker / Het Dagblad",
     "Een medewerker meet de waterstand bij de stuw.", "Jorien Bakker / Het Dagblad"),
    ("Een boer brengt zijn schapen naar een hoger weiland. Beeld ANP / Kees Mulder",
     "Een boer brengt zijn schapen naar een hoger weiland.", "ANP / Kees Mulder"),
], ids=["agency", "name-and-paper", "agency-first"])
def test_beeld_closing_a_caption_is_a_lead_in(line: str, caption: str, credit: str) -> None:
    assert split_caption_credit(line) == (caption, credit), line


@pytest.mark.parametrize("text", [
    "Het kabinet wil meer geld voor Defensie. Beeld van de dag",
    "In beeld: de boerenprotesten in Den Haag",
    "De minister gaf het startschot. Beeld en geluid volgen later.",
    "Het Museum voor Beeld en Geluid opent een nieuwe zaal.",
], ids=["beeld-van", "in-beeld", "beeld-en", "museum-name"])
def test_beeld_in_prose_opens_no_credit(text: str) -> None:
    assert split_caption_credit(text) == (text, None), text


def test_a_photographer_for_a_dutch_paper() -> None:
    credit = parse_credit("Ruben Akkerman voor Het Dagblad")
    assert (credit.photographers, credit.agencies) == (["Ruben Akkerman"], ["Het Dagblad"])


@pytest.mark.parametrize("text", ["Meer geld voor Defensie", "Nieuwe regels voor Schiphol"],
                         ids=["money-for", "rules-for"])
def test_voor_makes_no_line_a_credit(text: str) -> None:
    assert split_caption_credit(text) == (text, None), text


@pytest.mark.parametrize("line, agencies", [
    ("Una strada invasa dal fango nel centro di Chiavari (Fotogramma)", ["Fotogramma"]),
    ("Il ponte chiuso al traffico per precauzione (Imagoeconomica)", ["Imagoeconomica"]),
    ("Una squadra recupera un'anziana isolata in collina (Ansa/Vigili del fuoco)", ["ANSA", "Vigili del Fuoco"]),
    ("Le squadre al lavoro nel fango (ANSA/Vigili del Fuoco)", ["ANSA", "Vigili del Fuoco"]),
    ("I volontari montano le paratie lungo il torrente (Protezione civile)", ["Protezione Civile"]),
], ids=["fotogramma", "imagoeconomica", "fire-brigade", "fire-brigade-capitals", "civil-protection"])
def test_italian_agencies_and_bodies_in_the_closing_brackets(line: str, agencies: list[str]) -> None:
    caption, raw = split_caption_credit(line)
    assert raw is not None and caption == line[: line.rindex(" (")], line
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([], agencies), line


def test_the_fire_brigade_named_in_prose_credits_no_picture() -> None:
    text = "Il sindaco ha ringraziato i Vigili del fuoco e la Protezione civile."
    assert split_caption_credit(text) == (text, None)


@pytest.mark.parametrize("raw", [
    "İzmir Büyükşehir Belediyesi Basın Müdürlüğü",  # a city's press directorate
    "İzmir Valiliği",                               # a governorship
    "Kadıköy Belediyesi",                           # a municipality
    "Sağlık Bakanlığı",                             # a ministry
    "Jeshi la Zimamoto",                            # Swahili: the fire brigade
    "Jeshi la Polisi",                              # the police force
    "Офіс Президента",                              # Ukrainian: the President's Office
    "Офис губернатора",                             # Russian: a governor's office
    "सूचना विभाग",                                   # Hindi: the information department
    "Narodowe Archiwum Cyfrowe",                    # Polish: a national archive by its name
], ids=["tr-press-office", "tr-governorship", "tr-municipality", "tr-ministry", "sw-fire", "sw-police",
        "uk-office", "ru-office", "hi-department", "pl-archive"])
def test_a_body_handing_out_its_picture_is_an_agency(raw: str) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([], [raw])


@pytest.mark.parametrize("raw", ["Mpigapicha Wetu", "सोशल मीडिया", "Nhân vật cung cấp"],
                         ids=["sw-our-photographer", "hi-social-media", "vi-the-person-in-the-story"])
def test_words_naming_no_one(raw: str) -> None:
    credit = parse_credit(raw)
    assert (credit.raw, credit.photographers, credit.agencies) == (raw, [], [])


@pytest.mark.parametrize("raw, agency", [
    ("materiały prasowe ZTP", "ZTP"),      # Polish "press materials" of the city's transport board
    ("Bộ Y tế cung cấp", "Bộ Y tế"),         # Vietnamese "provided by" the health ministry
], ids=["pl-press-materials", "vi-provided"])
def test_a_handed_out_pictures_word_names_no_one(raw: str, agency: str) -> None:
    credit = parse_credit(raw)
    assert (credit.raw, credit.photographers, credit.agencies) == (raw, [], [agency])


def test_a_vietnamese_citys_abbreviation_ends_no_sentence() -> None:
    # "TP." (thành phố, city) glued to the city's name: no credit "HCM" after a sentence ending there
    line = "Lực lượng cứu hộ đưa người già ra khỏi khu vực ngập - Ảnh: Công an TP.HCM"
    assert split_caption_credit(line)[1] != "HCM"


def test_swahili_picha_na_our_photographer_makes_a_picture_credited_to_no_one() -> None:
    page = parse_page("x\nWakazi wakivuka mto kwa kutumia kamba eneo la Mikese. (Picha na Mpigapicha Wetu)\n\n"
                      "Mamlaka ya barabara imesema matengenezo yataanza mara maji yatakapopungua.\n")
    assert [(p.caption, p.credit and (p.credit.raw, p.credit.photographers, p.credit.agencies))
            for p in page.photos] == [
        ("Wakazi wakivuka mto kwa kutumia kamba eneo la Mikese.", ("Mpigapicha Wetu", [], []))]


def _slide(n: int, src: str, caption: str, credit: str) -> str:
    return (f'<div class="gallery-item"><div class="gallery-count">{n}/2</div><img src="{src}" alt="">'
            f'<div class="gallery-desc"><p>{caption}</p></div><div class="gallery-source">{credit}</div></div>')


def test_a_gallery_slides_desc_element_is_its_caption() -> None:
    body = ('<section class="photo-gallery-inline">'
            + _slide(1, "https://cdn.example/1.jpg", "Hafik Gölü'nün yüzeyi buz tuttu.", "Fotoğraf: DHA")
            + _slide(2, "https://cdn.example/2.jpg", "Çocuklar buz üzerinde yürüdü.", "Fotoğraf: Sivas Valiliği")
            + "</section>")
    assert pictures(body) == [("Hafik Gölü'nün yüzeyi buz tuttu.", "DHA"),
                              ("Çocuklar buz üzerinde yürüdü.", "Sivas Valiliği")]


def test_a_gallerys_own_description_captions_no_picture() -> None:
    body = ('<div class="gallery"><div class="gallery-description"><p>Twelve pictures of the winter storm that '
            'closed the roads on Monday.</p></div>'
            '<figure><img src="https://cdn.example/a.jpg" alt="Snow"><figcaption>Snow covers the road near the pass. '
            'Photo: Jo Li/AP</figcaption></figure>'
            '<figure><img src="https://cdn.example/b.jpg" alt="A plough"><figcaption>A plough clears the highway. '
            'Photo: Ann Bo/AP</figcaption></figure></div>')
    assert pictures(body) == [("Snow covers the road near the pass.", "Jo Li/AP"),
                              ("A plough clears the highway.", "Ann Bo/AP")]


def test_a_gallerys_description_beside_its_cover_captions_no_picture() -> None:
    """A "gallery-desc" in the gallery's head, beside its one cover picture, is the gallery's: no run of slides."""
    body = ('<div class="gallery-header"><img src="https://cdn.example/cover.jpg" alt="Snow on the ridge">'
            '<div class="gallery-desc"><p>Our photographers spent a week in the hills as the first snow of the '
            'year fell over the villages.</p></div></div>'
            '<figure><img src="https://cdn.example/a.jpg" alt="Hay"><figcaption>A farmer carries hay to his sheep. '
            'Photo: Jo Li/AP</figcaption></figure>')
    assert pictures(body) == [("A farmer carries hay to his sheep.", "Jo Li/AP")]


@pytest.mark.parametrize("line", ["Wyborcza.pl - Subskrybuj", "Tagesblatt.de - Abonnieren"], ids=["polish", "german"])
def test_a_sites_subscribe_button_after_its_name_credits_no_picture(line: str) -> None:
    page = parse_page(f"x\nDer Stadtrat tagt am Montag im alten Rathaus der Stadt.\n{line}\n")
    assert page.photos == [], line
