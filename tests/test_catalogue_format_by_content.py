"""A catalogue written with --format yaml under a .json name is read back as the YAML it is.

`captions catalog pages/ -o catalog.json --format yaml` is allowed (--format
overrides the extension); reading it back as JSON failed at its first byte:
`catalog.json: line 1, column 1: not valid JSON: Expecting value`.
"""
from __future__ import annotations

from pathlib import Path

from captions.catalog.loader import load_catalog
from captions.cli import app

PAGE = "Fair\n\nA stall at the fair. Photo: Jo Li/AFP\n\nA crowd at the gate. (AP Photo/Kim Lee)\n"


def test_credits_reads_a_yaml_catalogue_named_json(runner, tmp_path: Path) -> None:
    (tmp_path / "fair.txt").write_text(PAGE, encoding="utf-8")
    saved = tmp_path / "catalog.json"
    written = runner.invoke(app, ["catalog", str(tmp_path / "fair.txt"), "-o", str(saved), "--format", "yaml"])
    result = runner.invoke(app, ["credits", str(saved), "--format", "csv"])
    assert (written.exit_code, result.exit_code, result.stdout) == (0, 0, "agency,photos,articles\nAFP,1,1\nAP,1,1\n")


def test_load_catalog_reads_a_yaml_catalogue_named_json(runner, tmp_path: Path) -> None:
    (tmp_path / "fair.txt").write_text(PAGE, encoding="utf-8")
    saved = tmp_path / "catalog.json"
    runner.invoke(app, ["catalog", str(tmp_path / "fair.txt"), "-o", str(saved), "--format", "yaml"])
    assert [p.credit.raw for p in load_catalog(saved).articles[0].photos if p.credit] == ["Jo Li/AFP", "AP Photo/Kim Lee"]
