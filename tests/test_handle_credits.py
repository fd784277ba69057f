"""A social account's handle as a picture's credit ("Foto: @BomberosCentro") names the account that posted the
picture: an agency kept as printed. A handle in prose stays prose."""
from __future__ import annotations

from captions import parse_page


def read(*lines: str) -> list[tuple[str | None, str | None, list[str]]]:
    page = parse_page("\n".join(["Temporal en la capital", "", *lines]))
    return [(p.caption, p.credit.raw if p.credit else None, p.credit.agencies if p.credit else []) for p in page.photos]


def test_a_handle_after_a_credit_leadin_is_the_credit() -> None:
    assert read("Bomberos retiran un árbol caído sobre un auto en Providencia. Foto: @BomberosCentro", "",
                "Otro párrafo del texto.") == [
        ("Bomberos retiran un árbol caído sobre un auto en Providencia.", "@BomberosCentro", ["@BomberosCentro"])]


def test_a_handle_in_prose_is_no_credit() -> None:
    assert read("El alcalde respondió en redes sociales (@alcaldia_centro).", "",
                "Síguenos en @eldiario_cl", "", "Otro párrafo del texto.") == []


def test_a_handle_in_brackets_closing_unstopped_prose_is_no_credit() -> None:
    # review 36: the handle glosses the name before it, as an acronym in brackets does ("(BJP)")
    assert read("Las llamas se propagaron a dos casas, según informó la municipalidad en su cuenta (@muni_centro)", "",
                "Síguenos también en Instagram (@diario_ejemplo)", "", "Otro párrafo del texto.") == []


def test_a_photographers_handle_in_brackets_stays_in_the_credit() -> None:
    # review 36: "(@juanperez_foto)" is Juan Pérez's account, not a credit of its own after a caption "... Foto: Juan Pérez"
    assert [(caption, raw) for caption, raw, _ in read(
        "Vecinos observan el humo desde la calle. Foto: Juan Pérez (@juanperez_foto)", "", "Otro párrafo del texto.")] == [
        ("Vecinos observan el humo desde la calle.", "Juan Pérez (@juanperez_foto)")]
