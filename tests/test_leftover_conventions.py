"""Round 56: conventions the vocabulary rounds left, each read in the parser's shape, its words in the knowledge files.

A figure's caption element printing a file marker alone beside a credit of its own: one picture, the marker its
caption (RTP, Folha, El País and Corriere print "Imagem de arquivo", "Foto de archivo", "Foto d'archivio" so).
Every page and credit here is invented.
"""
from __future__ import annotations

import pytest

from captions.parse.html.page import read_html

HEAD = "<html><body><article><h1>Temporal</h1><p>Texto da notícia.</p>"
TAIL = "<p>Mais texto da notícia.</p></article></body></html>"


@pytest.mark.parametrize("figcaption, caption, credit", [
    # the credit element named by its class ("crédito" in Portuguese, Spanish and Italian class names)
    ('<span class="img-legenda">Imagem de arquivo</span><span class="img-credito">Foto: Ana Lopes - Lusa</span>',
     "Imagem de arquivo", "Ana Lopes - Lusa"),
    ('<span class="leyenda">Foto de archivo</span><span class="credito">Foto: Juan Pérez/EFE</span>',
     "Foto de archivo", "Juan Pérez/EFE"),
    # no class names the credit: the line that names someone is the credit, the file marker the caption
    ("<span>Foto d'archivio</span> <span>Foto: Marco Rossi/Ansa</span>", "Foto d'archivio", "Marco Rossi/Ansa"),
    ("<p>File photo</p><p>Photo: Jo Li/AP</p>", "File photo", "Jo Li/AP"),
])
def test_file_marker_in_caption_element_beside_own_credit_is_the_caption(figcaption: str, caption: str,
                                                                          credit: str) -> None:
    body = f'<figure><img src="https://example.org/a.jpg" alt="Rua alagada"><figcaption>{figcaption}</figcaption></figure>'
    photos = read_html(HEAD + body + TAIL).photos
    assert [(p.caption, p.credit.raw if p.credit else None) for p in photos] == [(caption, credit)], figcaption


def test_file_marker_alone_in_a_figure_stays_a_credit_naming_no_one() -> None:
    """Round 53's ruling stands where the figure prints no other credit."""
    body = '<figure><img src="https://example.org/a.jpg" alt="Rua alagada"><figcaption>Imagem de arquivo</figcaption></figure>'
    photos = read_html(HEAD + body + TAIL).photos
    assert [(p.caption, p.credit.raw, p.credit.photographers, p.credit.agencies) for p in photos] == \
        [(None, "Imagem de arquivo", [], [])]


def test_own_outlet_words_and_lower_case_body_letters_are_data() -> None:
    """Round 56 moved two word lists out of code into markers.yaml: the Chinese outlet's own "本台" (this station)
    among placeholders, and the letters of a language whose bodies' names close in lower case (Vietnamese)."""
    from captions import load_registry, parse_credit

    registry = load_registry()
    assert {"本报", "本台", "本网"} <= registry.markers.placeholder_set
    credit = parse_credit("本台记者 李明", registry)
    assert (credit.photographers, credit.agencies) == (["李明"], [])
    assert registry.markers.lower_closing_body_re is not None
    assert registry.markers.lower_closing_body_re.search("Sở Nông nghiệp và Phát triển nông thôn")
    assert not registry.markers.lower_closing_body_re.search("Guardia Civil agents patrol the coast")


@pytest.mark.parametrize("raw, photographers, agencies", [
    # a firm's legal form after its name, or before it where the country prints it so (markers.yaml legal_forms)
    ("Acme S.A.", [], ["Acme S.A."]),
    ("Foto: Construtora Exemplo Ltda.", [], ["Construtora Exemplo Ltda"]),
    ("Foto: Impresa Esempio S.p.A.", [], ["Impresa Esempio S.p.A."]),
    ("Bild: Beispielwerke AG", [], ["Beispielwerke AG"]),
    ("Foto: AB Exempelbolaget", [], ["AB Exempelbolaget"]),
    ("Kuva: Esimerkki Oy", [], ["Esimerkki Oy"]),
    ("Foto: Eksempel A/S", [], ["Eksempel A/S"]),
    ("Przykład Sp. z o.o.", [], ["Przykład Sp. z o.o"]),
    ("Foto: PT Contoh Nusantara", [], ["PT Contoh Nusantara"]),
    ("Фото: ООО Пример", [], ["ООО Пример"]),
    ("Photo: Example Widgets, Inc.", [], ["Example Widgets, Inc"]),
    ("Photo: Jo Li/Example Holdings Co., Ltd.", ["Jo Li"], ["Example Holdings Co., Ltd"]),
    ("Photo: Jo Li/Reuters, Inc.", ["Jo Li"], ["Reuters"]),
    # a person's post-nominal letters and titles belong to the person (post_nominals, name_titles)
    ("Photo: Jo Li, Ph.D.", ["Jo Li"], []),
    ("Photo: Jane Doe MD/AFP", ["Jane Doe"], ["AFP"]),
    ("Photo: Sam Ray OBE", ["Sam Ray"], []),
    ("Photo: Ana Ruiz, MBA", ["Ana Ruiz"], []),
    ("Photo: Tom Hale FRPS", ["Tom Hale"], []),
    ("Jan Kowalski, dr hab.", ["Jan Kowalski"], []),
    ("dr hab. Jan Kowalski/PAP", ["Jan Kowalski"], ["PAP"]),
    ("Foto: Prof. Dr. Anna Schmidt/dpa", ["Anna Schmidt"], ["dpa"]),
    # a generation's mark is part of the name (name_generations)
    ("Photo: John Smith, Jr.", ["John Smith, Jr."], []),
    ("Photo: Henry Ford III/AP", ["Henry Ford III"], ["AP"]),
    # no form, no change: a Welsh or Tuareg particle in lower case is no firm's "AB" or "AG"
    ("Photo: Iyad Ag Ghaly", ["Iyad Ag Ghaly"], []),
    ("Foto: Dr. Oetker", [], ["Dr. Oetker"]),
])
def test_name_forms_say_firm_or_person(raw: str, photographers: list[str], agencies: list[str]) -> None:
    from captions import parse_credit

    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies), raw


def test_a_form_joins_its_name_only_where_the_comma_closes_the_name_as_printed() -> None:
    """Found by fuzz/fuzz_parsers.py: "The , Inc." had given the agency "The, Inc", a name the credit never prints."""
    from captions import parse_credit

    assert "Acme, Inc" not in parse_credit("Photo: Acme , Inc.").agencies
    assert parse_credit("Photo: Acme, Inc.").agencies == ["Acme, Inc"]


@pytest.mark.parametrize("raw, photographers, agencies", [
    # two or three unread words beside a known agency are its photographer ...
    ("علی رضایی / تسنیم", ["علی رضایی"], ["تسنیم"]),
    ("יואב שטרן, AP", ["יואב שטרן"], ["AP"]),
    # ... unless a place's first word opens them (markers.yaml uncased_place_openers): where, not who
    ("خیابان ولیعصر / ایرنا", [], ["ایرنا"]),
    ("بیت المقدس / ایرنا", [], ["ایرنا"]),
    ("תל אביב, AP", [], ["AP"]),
    ("مخيم جباليا / رويترز", [], ["Reuters"]),
    # one word of a script with no capitals that is a body's word itself (organisation_words) names that body
    ("ارتش", [], ["ارتش"]),
    ("الجيش", [], ["الجيش"]),
    ("המשטרה", [], ["המשטרה"]),
])
def test_uncased_words_beside_an_agency_or_alone(raw: str, photographers: list[str], agencies: list[str]) -> None:
    from captions import parse_credit

    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == (photographers, agencies), raw
