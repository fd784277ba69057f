"""A JSON Lines page's `date` that is no date is told as a warning, not dropped unseen.

The date of a record stands for the page's where its text prints none, and
`--since`/`--until` choose pages by it: a page whose date could not be read
falls out of a filtered run, so the run says which.
"""
from __future__ import annotations

import json
from pathlib import Path

from captions.cli import app


def _write(path: Path, *dates: object) -> None:
    path.write_text("".join(json.dumps({"id": f"p{n}", "text": "Fair\nA stall. [Jo Li/AFP]", "date": date}) + "\n"
                            for n, date in enumerate(dates, 1)), encoding="utf-8")


def test_a_date_that_is_no_calendar_day_is_a_warning_naming_the_line(runner, tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl"
    _write(path, "2024-06-19", "2024-02-30", "yesterday")
    result = runner.invoke(app, ["credits", str(path), "--format", "csv", "--since", "2024-01-01"])
    assert (result.exit_code, result.stdout) == (0, "agency,photos,articles\nAFP,1,1\n")
    assert result.stderr.splitlines() == [
        f"captions: warning: {path}:2: 'date' \"2024-02-30\" is not a date (YYYY-MM-DD); read with none",
        f"captions: warning: {path}:3: 'date' \"yesterday\" is not a date (YYYY-MM-DD); read with none"]


def test_a_date_given_as_a_number_is_a_warning_too(runner, tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl"
    _write(path, 20240619)
    result = runner.invoke(app, ["catalog", str(path), "--format", "jsonl"])
    assert (result.exit_code, json.loads(result.stdout)["date"]) == (0, None)
    assert result.stderr == f"captions: warning: {path}:1: 'date' 20240619 is not a date (YYYY-MM-DD); read with none\n"


def test_a_time_stamp_an_empty_date_and_a_null_one_pass_in_silence(runner, tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl"
    _write(path, "2024-06-19T10:00:00Z", "", None)
    result = runner.invoke(app, ["catalog", str(path), "--format", "jsonl"])
    dates = [json.loads(line)["date"] for line in result.stdout.splitlines()]
    assert (result.exit_code, dates, result.stderr) == (0, ["2024-06-19", None, None], "")
