"""A line holding a credit's mark a hundred times: each word read once, and the closing credits the line's end
would make read only when a cut needs them (run_on_credit_words.CreditWords, run_on_unbracketed._cuts)."""
from __future__ import annotations

import pytest

from captions.knowledge.registry import bundled_registry
from captions.parse import run_on_credit_words, run_on_unbracketed
from captions.parse.markers import markers_for
from captions.parse.run_on_unbracketed import unbracketed_pieces

PM = markers_for(bundled_registry())
MARKS = ["© ", "Photo: ", "Foto: ", "Crédit : "]


def _marked_line(mark: str) -> str:
    return "Market stalls open early " + " ".join(f"{mark}Tova{i}" for i in range(100))


def _counted(monkeypatch: pytest.MonkeyPatch, name: str, module: object = run_on_unbracketed) -> list[int]:
    calls = [0]
    counted = getattr(module, name)

    def count(*args: object) -> object:
        calls[0] += 1
        return counted(*args)

    monkeypatch.setattr(module, name, count)
    return calls


@pytest.mark.parametrize("mark", MARKS)
def test_a_line_of_a_hundred_credit_marks_and_no_cut_is_left_whole_reading_no_credit(
        mark: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # every start's credit runs to the line's end or nowhere: with no cut, no closing credit changes the answer
    checked = _counted(monkeypatch, "_checked")
    line = _marked_line(mark)
    assert unbracketed_pieces(line, PM) == [line]
    assert checked[0] == 0


@pytest.mark.parametrize("mark", MARKS)
def test_each_word_of_a_line_of_a_hundred_credit_marks_is_read_once(mark: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # each start reads the 16 words after it: the hundred starts read each word eight times or more
    read = _counted(monkeypatch, "_word_stop", run_on_credit_words)
    line = _marked_line(mark)
    unbracketed_pieces(line, PM)
    assert read[0] <= len(line.split())


@pytest.mark.parametrize(("line", "pieces"), [
    # the line's one cut makes a gallery only with the closing credit: read at the end
    ("Crowds gather in the square at dawn. Foto: Jo Li/AFP Police close the road to the port. Foto: Ana Ruiz",
     ["Crowds gather in the square at dawn. Foto: Jo Li/AFP", "Police close the road to the port. Foto: Ana Ruiz"]),
    ("Crowds gather in the square at dawn. Foto: Jo Li/AFP Police close the road to the port. © Tova © Ruiz © Maren",
     ["Crowds gather in the square at dawn. Foto: Jo Li/AFP",
      "Police close the road to the port. © Tova © Ruiz © Maren"]),
    # no closing credit reads as one: one cut is no gallery
    ("Crowds gather in the square at dawn. Foto: Jo Li/AFP Police close the road to the port. Foto: the end of the day",
     ["Crowds gather in the square at dawn. Foto: Jo Li/AFP Police close the road to the port. Foto: the end of the day"]),
    ("Crowds gather in the square at dawn. Foto: Jo Li/AFP Police close the road to the port. © tova © ruiz © maren",
     ["Crowds gather in the square at dawn. Foto: Jo Li/AFP Police close the road to the port. © tova © ruiz © maren"]),
])
def test_a_gallery_with_one_cut_is_cut_only_if_a_credit_closes_the_line(line: str, pieces: list[str]) -> None:
    assert unbracketed_pieces(line, PM) == pieces


def test_two_cuts_make_a_gallery_without_reading_the_closing_credits(monkeypatch: pytest.MonkeyPatch) -> None:
    line = ("Crowds gather in the square at dawn. Foto: Jo Li/AFP Police close the road. Foto: Ana Ruiz/AFP "
            "Boats reach the port. © Tova © Ruiz © Maren")
    checked = _counted(monkeypatch, "_checked")
    assert unbracketed_pieces(line, PM) == ["Crowds gather in the square at dawn. Foto: Jo Li/AFP",
                                            "Police close the road. Foto: Ana Ruiz/AFP",
                                            "Boats reach the port. © Tova © Ruiz © Maren"]
    assert checked[0] == 2 + 1  # the two cuts' credits, and the line's opening read by _opens_with_credit
