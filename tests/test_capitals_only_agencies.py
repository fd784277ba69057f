"""Agencies known only by an acronym printed in capitals ("APP": "app" is a word), agencies.yaml's capitals_only.
Every text here is invented."""
from __future__ import annotations

from pathlib import Path

import pytest

from captions import RegistryError, load_registry, parse_page


def _credits(line: str) -> list[tuple[str | None, list[str]]]:
    return [(p.credit.raw, p.credit.agencies) if p.credit else (None, [])
            for p in parse_page(f"Title\n\n{line}\n").photos]


def test_a_capitals_only_acronym_after_a_dash_closes_a_caption_as_its_agency() -> None:
    assert _credits("Labourers unload cotton at a ginning factory in Sanghar on Saturday. — APP") == [("APP", ["APP"])]


def test_the_same_word_in_title_case_after_a_dash_is_no_credit() -> None:
    assert _credits("Labourers unload cotton at a ginning factory in Sanghar on Saturday. — App") == []


@pytest.mark.parametrize("printed, name", [("APP", "Associated Press of Pakistan"), ("App", None), ("app", None),
                                           ("MAP", "Maghreb Arabe Presse"), ("Map", None)])
def test_the_registry_knows_a_capitals_only_spelling_in_capitals_alone(printed: str, name: str | None) -> None:
    agency = load_registry().recognise(printed)
    assert (agency.name if agency else None) == name


def test_a_capitals_only_spelling_must_be_one_of_the_entrys_own_in_capitals(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("agencies:\n  - {name: Valley Wire, variants: [Vw], capitals_only: [Vw]}\n", encoding="utf-8")
    with pytest.raises(RegistryError, match="capitals_only 'Vw' must be one of its name"):
        load_registry(path)
