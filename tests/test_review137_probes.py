"""Review 137: probes of the rules merged after ee43d692 (AP slugs with years and abbreviations, lower-case wires
after a photographer, AGF, the wire's note to editors between '+++' marks, the media footer's caption box, round
132's Thai teaser label) that read a page wrong where it was read right or not at all. Every text here is invented."""
from __future__ import annotations

import pytest
from html_story import pictures

from captions import parse_credit, parse_page
from captions.knowledge.registry import RegistryError, bundled_registry, parse_agencies
from captions.parse.markers import markers_for


def _read(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


@pytest.mark.parametrize("first, second", [
    ("US President Joe Biden waves as he leaves the White House, Monday, Jan. 20, 2025, in Washington.",
     "US President Donald Trump takes the oath of office in the Rotunda, Monday, Jan. 20, 2025, in Washington."),
    ("UK Prime Minister Keir Starmer speaks outside 10 Downing Street in London, Friday, July 5, 2024.",
     "UK Prime Minister Rishi Sunak delivers a speech before leaving office, Friday, July 5, 2024."),
    ("FBI Director Kash Patel speaks at a news conference, Tuesday, May 6, 2025, in Washington.",
     "FBI Director Christopher Wray testifies before the committee, Tuesday, July 23, 2024, in Washington."),
    ("Vice President Kamala Harris waves as she leaves the Capitol, Monday, Jan. 20, 2025, in Washington.",
     "Vice President JD Vance takes the oath of office in the Rotunda, Monday, Jan. 20, 2025, in Washington."),
], ids=["us-president", "uk-prime-minister", "fbi-director", "vice-president"])
def test_a_title_before_two_peoples_names_opening_ap_captions_is_no_slug(first: str, second: str) -> None:
    # the same title opens both captions, two names after it: the title and name are the caption's, no AP slug
    page = (" date 2025-01-20 Politics\nTwo of a kind\n\nThe story's first paragraph runs here, a sentence.\n\n"
            f"{first} (AP Photo/Evan Vucci)\n\nThe story goes on in a second paragraph.\n\n"
            f"{second} (AP Photo/Julia Demaree)\n")
    assert [caption for caption, _ in _read(page)] == [first, second]


@pytest.mark.parametrize("raw", ["Agus Salim/wsj", "Agus Salim/nst", "Jo Li/ht", "Jo Li/bbc"])
def test_a_papers_acronym_in_lower_case_after_a_photographer_stays_a_desk_tag(raw: str) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies) == ([raw.split("/")[0]], [])


@pytest.mark.parametrize("raw, agency", [("Paolo Ravagnan/ansa", "ANSA"), ("Elena Dolfin/afp", "AFP"),
                                         ("Jo Li/agf", "AGF"), ("Jo Li/reuters", "Reuters")])
def test_a_wire_in_lower_case_after_a_photographer_is_still_their_agency(raw: str, agency: str) -> None:
    assert parse_credit(raw).agencies == [agency]


def test_agf_in_capitals_after_a_players_name_is_his_club_not_the_agency() -> None:
    page = (" date 2025-05-11 Sport\nAGF vinder derbyet efter sen scoring\n\n"
            "AGF slog Randers med 2-1 efter et mål i overtiden på Ceres Park søndag eftermiddag.\n\n"
            "Målscorer i overtiden: Patrick Mortensen (AGF)\n\n"
            "Træneren var lettet efter kampen og roste holdets moral i anden halvleg.\n\n"
            "Duel mellem Mikkel Duelund og Simon Piesinger (AGF)\nFoto: Henning Bagger/Ritzau Scanpix\n\n"
            "Tilskuerne fejrede sejren længe efter slutfløjt.\n")
    assert _read(page) == [("Duel mellem Mikkel Duelund og Simon Piesinger (AGF)", "Henning Bagger/Ritzau Scanpix")]


def test_agf_in_lower_case_closing_an_italian_caption_is_the_agency() -> None:
    page = ("Venezia, la Regata Storica\n\nIl corteo sfila sul Canal Grande.\n\n1 di 2\n"
            "Il corteo storico sfila davanti a Ca' Rezzonico (ansa)\n2 di 2\n"
            "I gondolini rientrano in darsena al tramonto (agf)\n")
    assert parse_page(page).photos[-1].credit.agencies == ["AGF"]


def test_never_in_capitals_must_be_one_of_the_entrys_spellings_in_capitals() -> None:
    with pytest.raises(RegistryError):
        parse_agencies({"agencies": [{"name": "AGF", "never_in_capitals": ["agf"]}]}, "test")


def test_a_liveticker_headline_between_plus_marks_is_the_pages_title() -> None:
    page = (" date 2025-03-02 Politik\n+++ Liveticker zur Bundestagswahl: Union vorn, SPD stürzt ab +++\n\n"
            "Die Wahllokale haben um 18 Uhr geschlossen. Wir berichten laufend über die Ergebnisse.\n\n"
            "+++ 19:45 Uhr: Scholz räumt Niederlage ein +++\n"
            "Der Kanzler tritt vor die Kameras im Willy-Brandt-Haus und gratuliert dem Wahlsieger.\n"
            "Olaf Scholz spricht im Willy-Brandt-Haus zu seinen Anhängern. Foto: Kay Nietfeld/dpa\n")
    article = parse_page(page)
    assert article.title == "+++ Liveticker zur Bundestagswahl: Union vorn, SPD stürzt ab +++"
    assert _read(page) == [("Olaf Scholz spricht im Willy-Brandt-Haus zu seinen Anhängern.", "Kay Nietfeld/dpa")]


def test_a_wires_note_in_capitals_after_the_credit_is_still_cut() -> None:
    page = ("Restaurato il mosaico\n\nDopo due anni di lavori il mosaico torna visibile.\n\n"
            "I restauratori al lavoro sull'abside. ANSA/UFFICIO STAMPA +++ ANSA PROVIDES ACCESS TO THIS HANDOUT "
            "PHOTO; NO ARCHIVING; NO LICENSING +++\n")
    assert _read(page) == [("I restauratori al lavoro sull'abside.", "ANSA/UFFICIO STAMPA")]


def test_the_georgian_read_also_label_is_among_the_related_labels_again() -> None:
    labels = markers_for(bundled_registry()).related_labels
    assert "ასევე წაიკითხეთ" in labels and "อ่านข่าว" in labels


def test_a_box_of_pictures_named_a_photo_footer_at_the_pages_foot_is_still_skipped() -> None:
    # the foot of one picture's box holds its caption, no pictures: a box named so holding figures is the page's foot
    body = ('<figure><img src="https://img.example.org/1.jpg" alt="Boats"><figcaption>Boats return to the harbour '
            'on Tuesday. Photo: Jo Li</figcaption></figure><p>The harbour reopened on Tuesday.</p>'
            '<div class="photo-footer"><h3>More from our photographers</h3><figure>'
            '<img src="https://img.example.org/2.jpg" alt="A lighthouse"><figcaption>The lighthouse at dusk, from '
            "last week's gallery. Photo: Ana Ruiz</figcaption></figure></div>")
    assert pictures(body) == [("Boats return to the harbour on Tuesday.", "Jo Li")]


def test_a_wires_note_in_capitals_on_a_line_of_its_own_is_still_cut() -> None:
    page = ("Restaurato il mosaico\n\nDopo due anni di lavori il mosaico torna visibile.\n\n"
            "I restauratori al lavoro sull'abside. ANSA/UFFICIO STAMPA\n"
            "+++ ANSA PROVIDES ACCESS TO THIS HANDOUT PHOTO TO BE USED SOLELY TO ILLUSTRATE NEWS REPORTING; "
            "NO ARCHIVING; NO LICENSING +++\n"
            "Il vescovo benedice il mosaico restaurato. ANSA/GIULIA MARCHETTI\n")
    assert _read(page) == [("I restauratori al lavoro sull'abside.", "ANSA/UFFICIO STAMPA"),
                           ("Il vescovo benedice il mosaico restaurato.", "ANSA/GIULIA MARCHETTI")]


def test_agf_by_its_canonical_name_is_still_known_to_reports_and_users() -> None:
    registry = bundled_registry()
    assert registry.lookup("AGF") is None  # printed so on a page: the club
    assert registry.named("AGF").kind == "photo agency" and registry.lookup("agf").name == "AGF"
