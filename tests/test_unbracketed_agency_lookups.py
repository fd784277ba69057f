"""A bare credit's end is found at a known agency of one to four words; each look-up of a run of words is
remembered (run_on_credit_words._names_agency), as each start on the line reads the next words again."""
from __future__ import annotations

from captions.knowledge.registry import bundled_registry
from captions.parse.markers import markers_for
from captions.parse.run_on_unbracketed import unbracketed_pieces

PM = markers_for(bundled_registry())


def test_a_gallery_cut_after_each_agency_of_several_words() -> None:
    line = ("Crowds gather in the square at dawn. Jo Li | Getty Images Police close the road to the port. "
            "Ana Ruiz | Getty Images")
    assert unbracketed_pieces(line, PM) == ["Crowds gather in the square at dawn. Jo Li | Getty Images",
                                            "Police close the road to the port. Ana Ruiz | Getty Images"]
    line = ("Crowds gather in the square at dawn. Foto: Ana Lima - Agência France-Presse Police close the road to "
            "the port. Foto: Jo Li/AFP")
    assert unbracketed_pieces(line, PM) == ["Crowds gather in the square at dawn. Foto: Ana Lima - Agência France-Presse",
                                            "Police close the road to the port. Foto: Jo Li/AFP"]


def test_a_line_of_lead_ins_alone_is_left_whole() -> None:
    line = "1 " + "Photo: " * 100
    assert unbracketed_pieces(line, PM) == [line]
