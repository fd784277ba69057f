"""A JSON file cut short or holding a raw control character is named in one line that ends where the problem's words do."""
from __future__ import annotations

from pathlib import Path

from captions.cli import app


def test_a_json_catalogue_cut_inside_a_string_says_the_string_is_unterminated(runner, tmp_path: Path) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text('{"catalog_version": 1, "articles": [], "agencies": {}}\n', encoding="utf-8")
    new.write_text('{"catalog_version": 1, "articles": [{"id": "fair', encoding="utf-8")
    result = runner.invoke(app, ["diff", str(old), str(new)])
    assert (result.exit_code, result.stderr) == (
        2, f"captions: error: {new}: line 1, column 44: not valid JSON: Unterminated string\n")


def test_a_json_lines_page_with_a_tab_inside_its_text_is_skipped_naming_the_control_character(runner,
                                                                                             tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl"
    path.write_text('{"id": "a", "text": "Fair\\nA stall. [Jo Li/AFP]"}\n{"id": "b", "text": "Fair\tday"}\n',
                    encoding="utf-8")
    result = runner.invoke(app, ["credits", str(path), "--format", "csv"])
    assert (result.exit_code, result.stdout) == (1, "agency,photos,articles\nAFP,1,1\n")
    assert result.stderr == f"captions: error: {path}:2: not valid JSON: Invalid control character; line skipped\n"
