"""A gallery a dump ran onto one line: one picture a caption, and prose brackets left alone."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from captions import parse_page
from captions.knowledge.registry import bundled_registry
from captions.parse.markers import markers_for
from captions.parse.run_on_unbracketed import unbracketed_pieces

PM = markers_for(bundled_registry())


def test_a_gallery_run_onto_one_line_is_a_picture_a_caption() -> None:
    page = "Title\nA gull on the pier at dawn (Jo Li/PA) A boy flies a kite on the beach (Ana Ruiz/PA)"
    assert [(p.caption, p.credit.raw) for p in parse_page(page).photos] == [
        ("A gull on the pier at dawn", "Jo Li/PA"),
        ("A boy flies a kite on the beach", "Ana Ruiz/PA"),
    ]


def test_brackets_in_prose_do_not_cut_a_caption() -> None:
    page = "Title\nPatrick Kane (88) waves to the crowd (Bahamas) on Monday. (Jo Li/PA)"
    assert [(p.caption, p.credit.raw) for p in parse_page(page).photos] == [
        ("Patrick Kane (88) waves to the crowd (Bahamas) on Monday.", "Jo Li/PA"),
    ]


def test_a_credit_printed_again_after_its_bracket_belongs_to_neither_caption() -> None:
    page = ("Title\nSnow falls on the town on Monday. (AP Photo/Jo Li)Photo by: AP Photo "
            "Ice covers the lake on Monday. (AP Photo/Ana Ruiz)")
    assert [p.caption for p in parse_page(page).photos] == [
        "Snow falls on the town on Monday.", "Ice covers the lake on Monday."]



def test_a_body_named_again_with_the_in_brackets_does_not_cut_a_run_on_caption() -> None:
    # review 36: "(the African Union)" is found by the registry only without its "the"; b2b4645 read its part's
    # body mark, which that look-up does not set, and cut the caption after it as if it were a press credit
    page = ("Title\nDelegates arrive for the summit in Addis Ababa on Monday (Reuters) Leaders of the continental "
            "bloc (the African Union) pose for a group photo before the opening session on Sunday (AFP)")
    assert [(p.caption, p.credit.raw) for p in parse_page(page).photos] == [
        ("Delegates arrive for the summit in Addis Ababa on Monday", "Reuters"),
        ("Leaders of the continental bloc (the African Union) pose for a group photo before the opening session "
         "on Sunday", "AFP"),
    ]


def test_a_story_run_onto_its_gallerys_line_is_no_part_of_the_first_caption() -> None:
    page = ("Title\nThe river rose overnight. Crews arrived by boat at dawn. A family waits on a roof in Karam "
            "(رويترز) A boat carries a woman to the bank (رويترز) Volunteers fill sandbags by the road (رويترز)")
    assert [(p.caption, p.credit.agencies) for p in parse_page(page).photos] == [
        ("A family waits on a roof in Karam", ["Reuters"]),
        ("A boat carries a woman to the bank", ["Reuters"]),
        ("Volunteers fill sandbags by the road", ["Reuters"]),
    ]


def test_a_capitalised_abbreviations_dot_does_not_start_the_first_caption() -> None:
    page = ("Title\nStorms closed the coast road. Boats shelter in the harbour at St. Ives in Cornwall (Jo Li/PA) "
            "Waves break over the sea wall at Porthleven (Jo Li/PA) A man walks his dog along the beach (Ana Ruiz/PA)")
    assert parse_page(page).photos[0].caption == "Boats shelter in the harbour at St. Ives in Cornwall"


def test_a_gallery_whose_captions_close_with_a_full_stop_keeps_its_first_piece_whole() -> None:
    # a stopped caption may hold two sentences: the story's end cannot be told from the caption's start
    page = ("Title\nThe river rose overnight. A family waits on a roof in Karam. (Reuters) "
            "A boat carries a woman to the bank. (Reuters) Volunteers fill sandbags. (Reuters)")
    assert parse_page(page).photos[0].caption == "The river rose overnight. A family waits on a roof in Karam."


# -- credits printed bare, with no brackets ----------------------------------------------------------


def test_a_gallery_run_onto_one_line_with_bar_credits_is_a_picture_a_caption() -> None:
    page = ("Title\nA gull lands on the pier at dawn on Monday. Jo Li | pool photo via AP "
            "A boy flies a kite on the beach on Monday. Ana Ruiz | WPA | Getty Images")
    assert [(p.caption, p.credit.raw, p.credit.agencies) for p in parse_page(page).photos] == [
        ("A gull lands on the pier at dawn on Monday.", "Jo Li | pool photo via AP", ["Pool", "AP"]),
        ("A boy flies a kite on the beach on Monday.", "Ana Ruiz | WPA | Getty Images", ["WPA", "Getty Images"]),
    ]


def test_a_line_of_more_places_a_credit_could_start_than_any_gallery_prints_is_not_cut() -> None:
    """Two slides, then "Photo:" 1,200 times: 1,202 places to try, more than MAX_CREDIT_STARTS; no gallery."""
    line = ("A gull lands on the pier at dawn on Monday. Photo: Jo Li/AFP "
            "A boy flies a kite on the beach on Monday. Photo: Ana Ruiz/AP " + "Photo: " * 1200)
    assert unbracketed_pieces(line[:-7 * 1200], PM) == ["A gull lands on the pier at dawn on Monday. Photo: Jo Li/AFP",
                                                          "A boy flies a kite on the beach on Monday. Photo: Ana Ruiz/AP"]
    assert unbracketed_pieces(line, PM) == [line]


def test_a_known_agency_ends_a_bare_credit_where_the_next_caption_starts() -> None:
    page = ("Title\nThe parade winds through the old town. Bildquelle: dpa "
            "Children in costumes catch sweets by the road. Foto: Jo Li/Reuters")
    assert [(p.caption, p.credit.raw) for p in parse_page(page).photos] == [
        ("The parade winds through the old town.", "dpa"),
        ("Children in costumes catch sweets by the road.", "Jo Li/Reuters"),
    ]


def test_a_caption_glued_to_the_credit_before_it_starts_a_picture() -> None:
    page = ("Title\nRescuers search the mud near the dam Foto: Ana Lima - Agência ExemploMoradores "
            "wait at the shelter for news Foto: Rui Sá / Agência Exemplo")
    assert [(p.caption, p.credit.raw) for p in parse_page(page).photos] == [
        ("Rescuers search the mud near the dam", "Ana Lima - Agência Exemplo"),
        ("Moradores wait at the shelter for news", "Rui Sá / Agência Exemplo"),
    ]


def test_page_furniture_between_the_pictures_belongs_to_neither_caption() -> None:
    page = ("Title\nA gull lands on the pier at dawn on Monday. Jo Li | AP . Gallery "
            "A boy flies a kite on the beach on Monday. Ana Ruiz | AP View full gallery "
            "Fishing boats return to the harbour at dusk. Jo Li | Reuters")
    assert [p.caption for p in parse_page(page).photos] == [
        "A gull lands on the pier at dawn on Monday.",
        "A boy flies a kite on the beach on Monday.",
        "Fishing boats return to the harbour at dusk.",
    ]


def test_a_bare_credit_whose_end_is_unclear_is_not_cut() -> None:
    # "Jo Li" names no agency and no caption is glued to it: where the next caption starts is a guess
    page = "Title\nA gull lands on the pier at dawn. Foto: Jo Li A boy flies a kite on the beach. Foto: Ana Ruiz"
    assert len(parse_page(page).photos) <= 1


def test_prose_naming_an_agency_once_is_not_cut() -> None:
    page = ("Title\nThe mayor spoke on Monday. Jo Li/AFP reported that the crowd was large. "
            "Officials said the square would reopen on Tuesday. Photo: AFP")
    assert [p.credit.raw for p in parse_page(page).photos] == ["AFP"]


def test_a_gallery_printing_each_credit_before_its_caption_is_not_cut_after_the_credits() -> None:
    # cut after each credit, each caption would go with the next slide's credit
    for line in ("Foto: Jo Li/dpa Der Festzug zieht durch die Altstadt. Foto: Ana Ruiz/dpa Kinder sammeln "
                 "Bonbons am Straßenrand. Foto: Tim Berg/dpa Am Abend feiern die Narren weiter.",
                 "Jo Li | AP A gull lands on the pier at dawn. Ana Ruiz | AP A boy flies a kite on the beach. "
                 "Tim Berg | AP Fishing boats return at dusk."):
        assert unbracketed_pieces(line, PM) == [line]


# -- properties of the bare-credit cut ---------------------------------------------------------------

CAPTIONS = ["A gull lands on the pier at dawn.", "Fans wait outside the stadium in the rain.",
            "Rescuers search the mud near the dam", "Der Festzug zieht durch die Altstadt."]
CREDITS = ["Jo Li | pool photo via AP", "Ana Ruiz | WPA | Getty Images", "Foto: Jo Li/dpa", "Bildquelle: Reuters",
           "Photo: EFE", "Jo Li/AFP"]
FURNITURE = ["", "", " .", " Gallery", " View full gallery"]
NOISE = ["Jo", "Li", "|", "/", ":", "Foto:", "AP", "via", "Getty", "Images", ".", "the", "Rain", "2018.", "©", " "]


@given(st.lists(st.tuples(st.sampled_from(CAPTIONS), st.sampled_from(CREDITS), st.sampled_from(FURNITURE)),
                min_size=2, max_size=8))
def test_a_gallery_of_bare_credits_is_cut_into_one_piece_a_slide(slides: list[tuple[str, str, str]]) -> None:
    # a credit with no lead-in starts after a caption's full stop
    slides = [(c if c.endswith(".") or ":" in credit else c + ".", credit, f) for c, credit, f in slides]
    line = " ".join(f"{caption} {credit}{furniture}" for caption, credit, furniture in slides).rstrip(" .")
    line = line.removesuffix(" Gallery").removesuffix(" View full gallery")
    pieces = unbracketed_pieces(line, PM)
    assert [piece.startswith(caption) for piece, (caption, _, _) in zip(pieces, slides)] == [True] * len(slides)
    assert len(pieces) == len(slides)


@given(st.lists(st.sampled_from(NOISE + CAPTIONS + CREDITS), max_size=30).map(" ".join))
def test_pieces_are_the_line_in_order(line: str) -> None:
    pieces = unbracketed_pieces(line, PM)
    if pieces == [line]:
        return
    at = 0
    for piece in pieces:
        found = line.find(piece, at)
        assert piece and found >= at, (line, pieces)
        at = found + len(piece)


# -- credits closed by a picture word ("摄", photographed) ---------------------------------------------


def test_a_gallery_run_onto_one_line_with_credits_closed_by_a_picture_word_is_a_picture_a_caption() -> None:
    page = ("春运首日\n1月20日,旅客在南昌火车站排队进站。新华社记者 王小林 摄 "
            "1月20日,旅客在站台等候列车。 新华社记者王小林 摄")
    assert [(p.caption, p.credit.raw, p.credit.agencies) for p in parse_page(page).photos] == [
        ("1月20日,旅客在南昌火车站排队进站。", "新华社记者 王小林", ["Xinhua"]),
        ("1月20日,旅客在站台等候列车。", "新华社记者王小林", ["Xinhua"]),
    ]


def test_a_single_credit_closed_by_a_picture_word_does_not_cut_its_line() -> None:
    page = "春运首日\n1月20日,旅客在南昌火车站排队进站。新华社记者 王小林 摄"
    assert [(p.caption, p.credit.raw) for p in parse_page(page).photos] == [
        ("1月20日,旅客在南昌火车站排队进站。", "新华社记者 王小林")]


def test_a_letters_dot_does_not_start_the_first_caption() -> None:
    page = ("Title\nRescuers search a collapsed building at 5 a.m. Tuesday in Hatay (Jo Li/PA) "
            "Waves break over the sea wall at Porthleven (Jo Li/PA) A man walks his dog along the beach (Ana Ruiz/PA)")
    assert parse_page(page).photos[0].caption == "Rescuers search a collapsed building at 5 a.m. Tuesday in Hatay"


def test_a_full_stop_inside_a_quotation_does_not_start_the_first_caption() -> None:
    caption = '"We lost everything. There is nothing left," says a woman beside her burnt-out car in Paradise'
    page = (f"Title\n{caption} (Jo Li/PA) "
            "Waves break over the sea wall at Porthleven (Jo Li/PA) A man walks his dog along the beach (Ana Ruiz/PA)")
    assert parse_page(page).photos[0].caption == caption
