"""Credit conventions of outlets beyond the corpus, each on a page written for it."""
from __future__ import annotations

import pytest

from captions import parse_credit, parse_page

CASES = [
    pytest.param("Japan\nA crowd waits for the train in Osaka on Tuesday. | KYODO\n",
                 ("A crowd waits for the train in Osaka on Tuesday.", "KYODO"), id="pipe-marker"),
    pytest.param("Time\nSenators leave the chamber on Friday. Chip Rowan—Getty Images\n",
                 ("Senators leave the chamber on Friday.", "Chip Rowan—Getty Images"), id="em-dash-tail"),
    pytest.param("Times\nFirefighters at the scene on Monday. Credit Dana Kohl for The New York Times\n",
                 ("Firefighters at the scene on Monday.", "Dana Kohl for The New York Times"), id="bare-credit-word"),
    pytest.param("Guardian\nThe two candidates on the campaign trail. Composite: Guardian Design; Getty Images\n",
                 ("The two candidates on the campaign trail.", "Guardian Design; Getty Images"), id="composite"),
    pytest.param("Bloomberg\nTraders on the floor of the exchange. Photographer: Ana Ruiz/Bloomberg\n",
                 ("Traders on the floor of the exchange.", "Ana Ruiz/Bloomberg"), id="photographer-leadin"),
    pytest.param("Reuters\nA ship leaves the port of Odesa. REUTERS/Ivan Petrenko Purchase Licensing Rights, opens new tab\n",
                 ("A ship leaves the port of Odesa.", "REUTERS/Ivan Petrenko"), id="licensing-control"),
    pytest.param("Aljazeera\nSoldiers patrol the border crossing. [Handout]\n",
                 ("Soldiers patrol the border crossing.", "Handout"), id="standalone-handout"),
    pytest.param("Summit\nThe chancellor talks with U.S. President Ana Lima. REUTERS/Jo Kent\n",
                 ("The chancellor talks with U.S. President Ana Lima.", "REUTERS/Jo Kent"),
                 id="sentence-end-is-not-part-of-a-name"),
    pytest.param("Bilder\nKraniche landen auf einem Feld bei Linum.\nFoto: Uncredited/AP/dpa\n",
                 ("Kraniche landen auf einem Feld bei Linum.", "Uncredited/AP/dpa"), id="uncredited-foto-line"),
    pytest.param("Fotos\nVecinos caminan por una calle inundada.\nLucía Romero (EFE)\n",
                 ("Vecinos caminan por una calle inundada.", "Lucía Romero (EFE)"), id="name-paren-agency-line"),
    pytest.param("Fotos\nBarcos en el puerto de South Beach. (Reuters)\n",
                 ("Barcos en el puerto de South Beach.", "Reuters"), id="paren-agency-after-full-stop"),
]


@pytest.mark.parametrize(("page", "expected"), CASES)
def test_page_credit_convention(page: str, expected: tuple[str, str]) -> None:
    photos = parse_page(page).photos
    assert [(p.caption, p.credit.raw if p.credit else None) for p in photos] == [expected], page


@pytest.mark.parametrize("page", [
    pytest.param("News\nThe minister opened the city archive on Monday.\n", id="archive-prose"),
    pytest.param("News\nThe bank was credited with the rescue. Credited staff said so.\n", id="credited-prose"),
    pytest.param("News\nPhotographers gathered outside the court on Monday.\n", id="photographers-prose"),
])
def test_not_a_credit(page: str) -> None:
    assert parse_page(page).photos == [], page


def test_parse_credit_em_dash_joins_without_spaces() -> None:
    credit = parse_credit("Chip Rowan—Getty Images")
    assert (credit.photographers, credit.agencies) == (["Chip Rowan"], ["Getty Images"])


def test_parse_credit_special_arrangement_names_no_one() -> None:
    assert parse_credit("Special Arrangement").photographers == []


@pytest.mark.parametrize(("page", "expected"), [
    pytest.param("News\nThe president at the summit in Lisbon (AFP)\n", [("The president at the summit in Lisbon", "AFP")],
                 id="known-agency-after-a-caption-without-full-stop"),
    pytest.param("News\nHe has worked for Agence France-Presse (AFP)\n", [], id="abbreviation-of-hyphenated-name"),
    pytest.param("News\nLeaders of the ruling party (BJP)\n", [], id="unknown-acronym-in-prose"),
])
def test_acronym_in_parentheses(page: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos] == expected, page


def test_of_style_slide_counters_are_furniture_not_alt_text() -> None:
    page = (
        "Gallery\n"
        "Image 1 of 3\nCrowds line the river bank for the boat race. [Jo Li/Reuters]\n"
        "Image 2 of 3\nRowers cross the finish line at dusk. [Jo Li/Reuters]\n"
        "Image 3 of 3\nThe winning crew lifts the cup. [Kim Lee/AFP]\n"
    )
    assert [(p.description, p.caption) for p in parse_page(page).photos] == [
        (None, "Crowds line the river bank for the boat race."),
        (None, "Rowers cross the finish line at dusk."),
        (None, "The winning crew lifts the cup."),
    ]


@pytest.mark.parametrize(("page", "expected"), [
    pytest.param("News\nShare prices fell sharply in Tokyo. [Jo Li/Reuters]\n",
                 [("Share prices fell sharply in Tokyo.", "Jo Li/Reuters")], id="caption-starting-like-furniture"),
    pytest.param("News\nCreditors gather outside the bank. [Jo Li/AFP]\n",
                 [("Creditors gather outside the bank.", "Jo Li/AFP")], id="lead-in-inside-a-word"),
    pytest.param("News\nRescuers search the rubble in Kyiv. — Reuters.\n",
                 [("Rescuers search the rubble in Kyiv.", "Reuters")], id="dash-credit-with-full-stop"),
    pytest.param("News\nKim Jong Un — the leader — visits a farm.\n", [], id="dashes-in-prose"),
    pytest.param("News\n12 June 2024: Protesters march in Seoul. [Jo Li/AFP]\n",
                 [("12 June 2024: Protesters march in Seoul.", "Jo Li/AFP")], id="caption-starting-with-a-date"),
    pytest.param("News\nPolice at the scene. Foto: dpa\n", [("Police at the scene.", "dpa")], id="german-lead-in"),
    pytest.param("News\nLe président à Paris. Photo : AFP\n", [("Le président à Paris.", "AFP")], id="french-spacing"),
    pytest.param("News\nA man clears snow in Boston on Saturday.\nPhoto Credit : AP\n",
                 [("A man clears snow in Boston on Saturday.", "AP")], id="two-word-lead-in-spaced-colon"),
    pytest.param("News\nThe shuttle lifts off at dawn. Image credit: NASA/Jo Li\n",
                 [("The shuttle lifts off at dawn.", "NASA/Jo Li")], id="two-word-lead-in-after-a-caption"),
    pytest.param("News\nKim visits a farm. KCNA/via REUTERS\n", [("Kim visits a farm.", "KCNA/via REUTERS")], id="via-after-slash"),
])
def test_conventions_from_review(page: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos] == expected, page


@pytest.mark.parametrize(("raw", "expected"), [
    ("KCNA/via REUTERS", ([], ["KCNA", "Reuters"], ["Reuters"])),
    ("STR/AFP", ([], ["AFP"], [])),
    ("-/AFP", ([], ["AFP"], [])),
    ("Pete Souza/The White House", (["Pete Souza"], ["The White House"], [])),
])
def test_parse_credit_from_review(raw: str, expected: tuple[list[str], list[str], list[str]]) -> None:
    credit = parse_credit(raw)
    assert (credit.photographers, credit.agencies, credit.via) == expected, raw


@pytest.mark.parametrize(("page", "expected"), [
    pytest.param("News\nImage: Police at the scene in the city centre. Pic: Reuters\n",
                 # the lead-in opening the line labels the caption its own credit closes (session 27)
                 [("Police at the scene in the city centre.", "Reuters")], id="a-marked-credit-holds-no-sentence"),
    pytest.param("News\nFlooded streets in Valencia - Copyright AP Photo\n",
                 [("Flooded streets in Valencia", "AP Photo")], id="lead-in-after-a-dash"),
    pytest.param("News\nSailors of the U.S. Navy on deck. Photo: U.S. Navy\n",
                 [("Sailors of the U.S. Navy on deck.", "U.S. Navy")], id="initials-are-no-sentence-break"),
    pytest.param("Notícias\nBarcos levam moradores pela avenida alagada\nImagem: Ana Souza/Folhapress\n",
                 [("Barcos levam moradores pela avenida alagada", "Ana Souza/Folhapress")], id="portuguese-image-lead-in"),
])
def test_lead_in_edges(page: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos] == expected, page


def test_standfirst_under_a_byline_is_not_alt_text() -> None:
    page = (
        "Talks end without a deal\n"
        "By Jane Roe\n"
        "The talks ended without a deal on Friday, officials said.\n"
        "Delegates leave the hall in Geneva. (AP Photo/Kim Lee)\n"
    )
    assert [(p.description, p.caption) for p in parse_page(page).photos] == [(None, "Delegates leave the hall in Geneva.")]


def test_first_line_under_the_headline_is_alt_text_when_the_gallery_carries_alt_text() -> None:
    page = (
        "Floods in pictures\n\n"
        "A man wading through brown water\n"
        "A resident wades through the flooded street. [Jo Li/AFP]\n"
        "Two boats tied to a lamp post\n"
        "Boats replace cars in the town centre. [Kim Lee/Reuters]\n"
    )
    assert [p.description for p in parse_page(page).photos] == ["A man wading through brown water", "Two boats tied to a lamp post"]


@pytest.mark.parametrize("space", ["\t", "\u00a0", "  "], ids=["tab", "no-break-space", "two-spaces"])
def test_any_white_space_may_stand_before_a_trailing_credit(space: str) -> None:
    page = f"News\nSoldiers march in Pyongyang.{space}REUTERS/Jo Li\n"
    assert [(p.caption, p.credit.raw) for p in parse_page(page).photos] == [("Soldiers march in Pyongyang.", "REUTERS/Jo Li")]


def test_a_caption_in_another_cased_script_takes_its_own_line_credit() -> None:
    page = ("Парад\n"
            "Участники парада проходят по площади под дождём.\nФото: Иван Петров/ТАСС\n"
            "Вечером над рекой прошёл праздничный салют.\nФото: Анна Смирнова/ТАСС\n")
    photos = parse_page(page).photos
    assert [(p.caption, p.credit.raw if p.credit else None) for p in photos] == [
        ("Участники парада проходят по площади под дождём.", "Иван Петров/ТАСС"),
        ("Вечером над рекой прошёл праздничный салют.", "Анна Смирнова/ТАСС"),
    ]


def test_a_second_credit_under_a_credited_caption_is_a_picture_alone_not_the_next_captions() -> None:
    # caption / credit throughout; a slide with no caption adds a second credit under the first: the caption
    # below is still credited by the line under it, the page's way, and the second credit stands alone
    text = "\n".join(["Tanks roll through the square at dawn.", "Photo: Ann Roe/Reuters",
                      "Cadets march past the stand in the rain.", "Photo: Jo Li/Reuters", "Photo: Jo Li/Reuters",
                      "Veterans lay flowers at the memorial.", "Photo: Ann Roe/Reuters"])
    photos = [(p.caption, p.credit and p.credit.raw) for p in parse_page(text).photos]
    assert photos == [("Tanks roll through the square at dawn.", "Ann Roe/Reuters"),
                      ("Cadets march past the stand in the rain.", "Jo Li/Reuters"),
                      (None, "Jo Li/Reuters"),
                      ("Veterans lay flowers at the memorial.", "Ann Roe/Reuters")]


def test_a_joined_credit_the_page_prints_alone_closes_an_unstopped_caption_after_a_space() -> None:
    text = "\n".join(["Bombeiros resgatam uma família ilhada perto do rio Carlos Furtado / Agência Sul",
                      "Carlos Furtado / Agência Sul",
                      "A ponte velha caiu com a força da água Carlos Furtado / Agência Sul",
                      "Uma visita do governador Carlos Furtado"])  # no joined credit: the name stays in the caption
    photos = [(p.caption, p.credit and p.credit.raw) for p in parse_page(text).photos]
    assert photos == [("Bombeiros resgatam uma família ilhada perto do rio", "Carlos Furtado / Agência Sul"),
                      (None, "Carlos Furtado / Agência Sul"),
                      ("A ponte velha caiu com a força da água", "Carlos Furtado / Agência Sul")]


def test_a_paragraph_run_on_from_the_story_is_no_alt_text_of_a_lone_picture() -> None:
    page = (
        "Snow closes the mountain road\n"
        "Snow fell all night on the pass and the road was shut at dawn.\n"
        "By noon the ploughs had cleared one lane and the first cars went through.\n"
        "A driver waits at the barrier as the ploughs pass on Tuesday.\n"
        "Jo Li / AP\n"
    )
    assert [(p.description, p.caption) for p in parse_page(page).photos] == [
        (None, "A driver waits at the barrier as the ploughs pass on Tuesday.")]


def test_a_line_set_apart_above_a_lone_caption_is_its_alt_text() -> None:
    page = (
        "Snow closes the mountain road\n\n"
        "Snow fell all night on the pass and the road was shut at dawn.\n\n"
        "Cars queue at a barrier on a snowy road\n"
        "A driver waits at the barrier as the ploughs pass on Tuesday. [Jo Li/AFP]\n"
    )
    assert [(p.description, p.caption) for p in parse_page(page).photos] == [
        ("Cars queue at a barrier on a snowy road", "A driver waits at the barrier as the ploughs pass on Tuesday.")]
