"""The bundled examples: each page reads as its truth file says, and catalog.yaml is their catalogue.

Every `examples/NAME.txt` has `examples/NAME.truth.yaml` beside it: what a
careful reader finds in the page (the format of shared/corpus, see SPEC.md).
The parser must find the same pictures in the same order, and the same
description, caption, raw credit, photographers, agencies and via for each.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from captions import Photo, parse_page
from captions.cli import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
TRUTHS = sorted(EXAMPLES.glob("*.truth.yaml"))
FIELDS = ("description", "caption", "credit", "photographers", "agencies", "via")

# Where the parser still reads an example otherwise than a careful reader does:
# (example, photo number from 1, field) -> why. The test xfails on exactly these,
# fails on any other difference, and fails when one of these is read right.
#
# alt-blank-line prints alt text a blank line above its caption, as ABC News (Australia) does: on
# most pages such a line is a paragraph of the story, so the parser never takes it as alt text
# (README, "How good it is"). Its "Supplied: NAME" names whoever handed the picture out, a person
# as often as an organisation, so an unknown name shaped like a person's is read as a photographer.
BLANK_LINE_ALT = "alt text a blank line above its caption"
SUPPLIED_ORGANISATION = "an organisation after 'Supplied:' read as a person"
KNOWN_MISREADINGS: dict[tuple[str, int, str], str] = {
    ("alt-blank-line", 1, "description"): BLANK_LINE_ALT,
    ("alt-blank-line", 2, "description"): BLANK_LINE_ALT,
    ("alt-blank-line", 3, "description"): BLANK_LINE_ALT,
    ("alt-blank-line", 2, "photographers"): SUPPLIED_ORGANISATION,
    ("alt-blank-line", 2, "agencies"): SUPPLIED_ORGANISATION,
}


def example_name(truth: Path) -> str:
    return truth.name[: -len(".truth.yaml")]


def truth_fields(photo: dict[str, Any]) -> dict[str, Any]:
    return {field: photo.get(field) if field in ("description", "caption", "credit") else photo.get(field) or []
            for field in FIELDS}


def found_fields(photo: Photo) -> dict[str, Any]:
    credit = photo.credit
    return {
        "description": photo.description,
        "caption": photo.caption,
        "credit": credit.raw if credit else None,
        "photographers": list(credit.photographers) if credit else [],
        "agencies": list(credit.agencies) if credit else [],
        "via": list(credit.via) if credit else [],
    }


def test_every_example_page_has_a_truth_file_and_every_truth_file_a_page() -> None:
    pages = {p.stem for p in EXAMPLES.glob("*.txt")}
    assert pages, "no example pages"
    assert pages == {example_name(t) for t in TRUTHS}


@pytest.mark.parametrize("truth_file", TRUTHS, ids=example_name)
def test_example_page_reads_as_its_truth(truth_file: Path) -> None:
    name = example_name(truth_file)
    page = EXAMPLES / f"{name}.txt"
    article = parse_page(page.read_text(encoding="utf-8"), id=name, source=f"examples/{page.name}")
    truth = [truth_fields(p) for p in yaml.safe_load(truth_file.read_text(encoding="utf-8"))["photos"] or []]
    found = [found_fields(p) for p in article.photos]
    if len(found) != len(truth):
        pytest.fail(f"{name}: the truth has {len(truth)} photos, the parser found {len(found)}:\n" + "\n".join(
            f"  line {p.line}: {p.caption!r} [{p.credit and p.credit.raw}]" for p in article.photos), pytrace=False)
    wrong: dict[tuple[str, int, str], str] = {}
    for number, (want, got, photo) in enumerate(zip(truth, found, article.photos), start=1):
        for field in FIELDS:
            if want[field] != got[field]:
                wrong[(name, number, field)] = (
                    f"{name} photo {number} (line {photo.line}) {field}: truth {want[field]!r}, parser {got[field]!r}"
                )
    unexpected = [message for key, message in wrong.items() if key not in KNOWN_MISREADINGS]
    if unexpected:
        pytest.fail("\n".join(unexpected), pytrace=False)
    fixed = [key for key in KNOWN_MISREADINGS if key[0] == name and key not in wrong]
    if fixed:
        pytest.fail(f"{name}: read as the truth says now, remove from KNOWN_MISREADINGS: {fixed}", pytrace=False)
    if wrong:
        places: dict[str, list[str]] = {}
        for key in wrong:
            places.setdefault(KNOWN_MISREADINGS[key], []).append(f"{key[1]} {key[2]}")
        pytest.xfail("; ".join(f"{reason} (photo {', '.join(where)})" for reason, where in places.items()))


def test_catalog_yaml_is_the_catalogue_of_the_examples(runner, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(root)
    result = runner.invoke(app, ["catalog", "examples/"])
    assert result.exit_code == 0, result.output
    assert result.stdout == (root / "catalog.yaml").read_text(encoding="utf-8"), (
        "catalog.yaml is out of date: run `captions catalog examples/ -o catalog.yaml`"
    )
