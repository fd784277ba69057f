"""AP's galleries reprinted by other sites print each slide's slug (its headline field, Title Case words, sometimes
opened by `APTOPIX`) right before the caption: the words opening several AP captions the same way are no caption
(round 131). Every line here is written for these tests."""
from __future__ import annotations

from captions import parse_page


def _captions(page: str) -> list[str | None]:
    return [p.caption for p in parse_page(page).photos]


def test_the_slug_opening_several_ap_captions_is_cut_off_each() -> None:
    page = ("Storm floods river towns\n\n"
            "APTOPIX Severe Weather Iowa Volunteers stack sandbags along the river, Monday, June 2, 2025, in Davenport,"
            " Iowa. (AP Photo/Kim Rowe)\n\n"
            "Severe Weather A pickup truck sits in floodwater on a farm road, Monday, June 2, 2025, near Clinton,"
            " Iowa. (AP Photo/Kim Rowe)\n\n"
            "Severe Weather Iowa Cedar Rapids residents watch the river rise from a bridge, Tuesday, June 3, 2025."
            " (AP Photo/Ali Brandt)\n")
    assert _captions(page) == [
        "Volunteers stack sandbags along the river, Monday, June 2, 2025, in Davenport, Iowa.",
        "A pickup truck sits in floodwater on a farm road, Monday, June 2, 2025, near Clinton, Iowa.",
        "Cedar Rapids residents watch the river rise from a bridge, Tuesday, June 3, 2025.",
    ], page


def test_the_same_real_opening_words_on_a_page_with_no_ap_credit_stay() -> None:
    page = ("City clears snow\n\n"
            "New York City officials said the plows worked through the night. (Reuters/Kim Rowe)\n\n"
            "New York City officials said schools would open late on Tuesday. (Reuters/Ali Brandt)\n")
    assert _captions(page) == ["New York City officials said the plows worked through the night.",
                               "New York City officials said schools would open late on Tuesday."], page


def test_a_single_ap_caption_keeps_its_opening_title_case_words() -> None:
    page = ("City clears snow\n\n"
            "New York City Mayor Eric Adams speaks to reporters, Monday, Jan. 6, 2025. (AP Photo/Kim Rowe)\n")
    assert _captions(page) == ["New York City Mayor Eric Adams speaks to reporters, Monday, Jan. 6, 2025."], page


def test_ap_captions_that_do_not_all_open_with_a_shared_run_keep_their_words() -> None:
    page = ("Leaders meet in Ottawa\n\n"
            "Prime Minister Mark Carney greets guests, Monday, June 16, 2025. (AP Photo/Kim Rowe)\n\n"
            "Prime Minister Mark Carney speaks at a news conference, Monday, June 16, 2025. (AP Photo/Kim Rowe)\n\n"
            "Protesters gather outside the venue, Monday, June 16, 2025. (AP Photo/Ali Brandt)\n")
    assert _captions(page) == ["Prime Minister Mark Carney greets guests, Monday, June 16, 2025.",
                               "Prime Minister Mark Carney speaks at a news conference, Monday, June 16, 2025.",
                               "Protesters gather outside the venue, Monday, June 16, 2025."], page


def test_a_name_opening_every_ap_caption_of_a_gallery_is_no_slug() -> None:
    page = ("Biden visits storm-hit towns\n"
            "President Joe Biden waves as he arrives at the airport in Tallahassee on Monday. (AP Photo/Ana Ruiz)\n"
            "President Joe Biden speaks with residents outside a damaged church in Perry. (AP Photo/Ana Ruiz)\n"
            "President Joe Biden tours a shelter run by volunteers in Perry. (AP Photo/Ana Ruiz)\n")
    assert [p.caption for p in parse_page(page).photos] == [
        "President Joe Biden waves as he arrives at the airport in Tallahassee on Monday.",
        "President Joe Biden speaks with residents outside a damaged church in Perry.",
        "President Joe Biden tours a shelter run by volunteers in Perry."]


def test_a_slug_holding_a_year_is_cut_off_each_ap_caption() -> None:
    page = ("Candidates crisscross swing states\n\n"
            "Election 2024 Harris Supporters cheer at a rally, Friday, Oct. 4, 2024, in Flint, Mich."
            " (AP Photo/Kim Rowe)\n\n"
            "Election 2024 Trump Former President Donald Trump speaks, Friday, Oct. 4, 2024, in Erie, Pa."
            " (AP Photo/Ali Brandt)\n\n"
            "Election 2024 Harris Vice President Kamala Harris waves, Saturday, Oct. 5, 2024, in Detroit."
            " (AP Photo/Kim Rowe)\n\n"
            "Election 2024 Trump Supporters wait in line, Saturday, Oct. 5, 2024, in Erie, Pa."
            " (AP Photo/Ali Brandt)\n")
    assert _captions(page) == [
        "Supporters cheer at a rally, Friday, Oct. 4, 2024, in Flint, Mich.",
        "Former President Donald Trump speaks, Friday, Oct. 4, 2024, in Erie, Pa.",
        "Vice President Kamala Harris waves, Saturday, Oct. 5, 2024, in Detroit.",
        "Supporters wait in line, Saturday, Oct. 5, 2024, in Erie, Pa.",
    ], page


def test_a_slug_opening_with_an_abbreviation_is_cut_off_each_ap_caption() -> None:
    page = ("Celtics take Game 1\n\n"
            "NBA Finals Mavericks Celtics Boston Celtics forward Jayson Tatum shoots, Thursday, June 6, 2024,"
            " in Boston. (AP Photo/Kim Rowe)\n\n"
            "NBA Finals Mavericks Celtics Fans celebrate outside the arena, Thursday, June 6, 2024, in Boston."
            " (AP Photo/Ali Brandt)\n")
    assert _captions(page) == [
        "Boston Celtics forward Jayson Tatum shoots, Thursday, June 6, 2024, in Boston.",
        "Fans celebrate outside the arena, Thursday, June 6, 2024, in Boston.",
    ], page
