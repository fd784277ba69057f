"""The bundled examples and their catalogue."""
from __future__ import annotations

from pathlib import Path

import pytest

from captions.cli import app


def test_catalog_yaml_is_the_catalogue_of_the_examples(runner, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(root)
    result = runner.invoke(app, ["catalog", "examples/"])
    assert result.exit_code == 0, result.output
    assert result.stdout == (root / "catalog.yaml").read_text(encoding="utf-8"), (
        "catalog.yaml is out of date: run `captions catalog examples/ -o catalog.yaml`"
    )


def test_examples_cover_at_least_five_outlet_styles(root: Path) -> None:
    assert len(list((root / "examples").glob("*.txt"))) >= 5


EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.txt"))
# Pages whose truth the parser does not reach yet; each names what is missing.
NOT_YET = {
    "alt-blank-line": "alt text above a blank line; 'Supplied: Herbert River Canegrowers' read as a person",
}


@pytest.mark.parametrize("source", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_page_reads_as_its_truth(source: Path) -> None:
    """Each convention is written down twice: as data, and as an example page with its truth."""
    import yaml

    from captions import parse_page

    if source.stem in NOT_YET:
        pytest.xfail(NOT_YET[source.stem])
    truth = yaml.safe_load(source.with_suffix(".truth.yaml").read_text(encoding="utf-8"))
    want = [(t["description"], t["caption"], t["credit"], t["photographers"], t["agencies"], t["via"])
            for t in truth["photos"]]
    got = [(p.description, p.caption, p.credit.raw if p.credit else None,
            p.credit.photographers if p.credit else [], p.credit.agencies if p.credit else [],
            p.credit.via if p.credit else [])
           for p in parse_page(source.read_text(encoding="utf-8")).photos]
    assert got == want, source.name
