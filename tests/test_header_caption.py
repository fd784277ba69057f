"""The header's section slot printing the lead picture's caption and credit is that picture's line."""
from __future__ import annotations

from captions import parse_page


def pictures(page: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(page).photos]


def test_a_caption_and_its_dashed_credit_in_the_header_are_the_lead_picture() -> None:
    page = " date 2024-06 Festa junina na praça - Divulgação\n\nPublicado 12/06/2024\n\nA festa começa às 18h.\n"
    assert pictures(page) == [("Festa junina na praça", "Divulgação")]


def test_a_caption_and_its_marked_credit_in_the_header_are_the_lead_picture() -> None:
    page = (" date 2024-03-02 Crowds line the harbour wall for the regatta. Photo: Jo Doe/Example Press\n"
            "Boats leave the harbour at noon. Photo: Jo Doe/Example Press\n")
    assert pictures(page) == [("Crowds line the harbour wall for the regatta.", "Jo Doe/Example Press"),
                              ("Boats leave the harbour at noon.", "Jo Doe/Example Press")]


def test_a_credit_alone_in_the_header_is_no_picture() -> None:
    # it repeats the first slide's credit: the slide is the picture
    page = (" date 2024-03-02 Jo Doe/AFP via Getty Images\n\n"
            "Boats leave the harbour at noon.\nJo Doe/AFP via Getty Images\n")
    assert pictures(page) == [("Boats leave the harbour at noon.", "Jo Doe/AFP via Getty Images")]


def test_a_section_name_in_the_header_is_no_picture() -> None:
    assert pictures(" date 2024-03-02 In pictures: Floods hit the North Island\nA story.\n") == []


def test_a_caption_and_a_word_saying_where_it_came_from_after_a_dash() -> None:
    page = "News\n\nA crowd on the beach at dawn - Reprodução\n"
    assert pictures(page) == [("A crowd on the beach at dawn", "Reprodução")]
