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
