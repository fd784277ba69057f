"""Round 147 (set uJ): a dump cut at a fixed length inside its last slide's credit, partway through a name the page
prints whole under another caption; example page examples/cut-credit-inside-name.txt."""
from captions import parse_page

HEAD = "Photo: A year after the flood in Lembah Hijau"
FIRST = "Residents lay flowers on the river bank at dawn. Photo: ISLAND PRESS/Dewi Kartika"
SECOND = "Volunteers rebuild a footbridge swept away a year ago. Photo: ISLAND PRESS/Rudi Santoso"


def found(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit.raw if p.credit else None) for p in parse_page(text).photos]


def test_a_last_credit_stopping_inside_a_name_printed_whole_above_leaves_its_slide_out() -> None:
    page = "\n".join([HEAD, FIRST, SECOND, "A boy walks past the ruins of his house. Photo: ISLAND PRESS/Dew"])
    assert found(page) == [("Residents lay flowers on the river bank at dawn.", "ISLAND PRESS/Dewi Kartika"),
                           ("Volunteers rebuild a footbridge swept away a year ago.", "ISLAND PRESS/Rudi Santoso")]


def test_a_last_credit_naming_someone_else_whole_is_read() -> None:
    page = "\n".join([HEAD, FIRST, SECOND, "A boy walks past the ruins of his house. Photo: ISLAND PRESS/Ari"])
    assert found(page)[-1] == ("A boy walks past the ruins of his house.", "ISLAND PRESS/Ari")


def test_a_last_credit_that_is_another_credits_first_words_is_read() -> None:
    page = "\n".join([HEAD, FIRST, SECOND, "A boy walks past the ruins of his house. Photo: ISLAND PRESS/Dewi"])
    assert found(page)[-1] == ("A boy walks past the ruins of his house.", "ISLAND PRESS/Dewi")
