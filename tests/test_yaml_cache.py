"""The knowledge files' cache: what a YAML file said, kept between runs, used only for the same text."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from captions import RegistryError, load_registry
from captions.knowledge.yaml_cache import load_yaml_data

MY_AGENCIES = "agencies:\n  - name: Kent Photo Desk\n    aliases: [KPD]\n"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "captions"


def counting_parser(calls: list[str]):
    def parse(text: str, source: str):
        calls.append(text)
        return yaml.safe_load(text)

    return parse


def test_the_same_text_is_parsed_once(cache: Path) -> None:
    calls: list[str] = []
    first = load_yaml_data(MY_AGENCIES, "my.yaml", counting_parser(calls))
    again = load_yaml_data(MY_AGENCIES, "my.yaml", counting_parser(calls))
    assert (first, again, len(calls)) == ({"agencies": [{"name": "Kent Photo Desk", "aliases": ["KPD"]}]}, first, 1)


def test_an_edited_file_is_parsed_again(cache: Path) -> None:
    calls: list[str] = []
    load_yaml_data(MY_AGENCIES, "my.yaml", counting_parser(calls))
    edited = load_yaml_data(MY_AGENCIES.replace("KPD", "KPX"), "my.yaml", counting_parser(calls))
    assert (edited["agencies"][0]["aliases"], len(calls)) == (["KPX"], 2)


def test_data_json_would_change_is_not_kept(cache: Path) -> None:
    calls: list[str] = []
    text = "agencies: []\nsince: 2024-06-01\n1: one\n"  # a date, and a key that is not a string
    first = load_yaml_data(text, "odd.yaml", counting_parser(calls))
    again = load_yaml_data(text, "odd.yaml", counting_parser(calls))
    assert (again, len(calls)) == (first, 2)


def test_text_utf8_cannot_hold_is_not_kept(cache: Path) -> None:
    calls: list[str] = []
    text = 'agencies: []\nnote: "\\udc80"\n'  # YAML's escape for a lone surrogate
    first = load_yaml_data(text, "odd.yaml", counting_parser(calls))
    again = load_yaml_data(text, "odd.yaml", counting_parser(calls))
    assert (first["note"], again, len(calls)) == ("\udc80", first, 2)


def test_a_broken_cache_entry_is_read_past(cache: Path) -> None:
    calls: list[str] = []
    load_yaml_data(MY_AGENCIES, "my.yaml", counting_parser(calls))
    for entry in cache.iterdir():
        entry.write_text('{"format": 1, "text":', encoding="utf-8")
    assert load_yaml_data(MY_AGENCIES, "my.yaml", counting_parser(calls))["agencies"][0]["name"] == "Kent Photo Desk"
    assert load_yaml_data(MY_AGENCIES, "my.yaml", counting_parser(calls))["agencies"][0]["name"] == "Kent Photo Desk"
    assert len(calls) == 2  # read past once, then kept again


def test_a_cache_folder_that_cannot_be_made_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "file").write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file"))  # a file where the folder would go
    assert load_yaml_data(MY_AGENCIES, "my.yaml", counting_parser([]))["agencies"][0]["aliases"] == ["KPD"]


def test_a_user_file_edited_within_the_same_second_gives_the_new_agencies(cache: Path, tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(MY_AGENCIES, encoding="utf-8")
    stamp = mine.stat().st_mtime_ns
    assert load_registry(mine).lookup("KPD") is not None
    mine.write_text(MY_AGENCIES.replace("KPD", "KPX"), encoding="utf-8")  # same size, same time stamp
    os.utime(mine, ns=(stamp, stamp))
    registry = load_registry(mine)
    assert (registry.lookup("KPD"), registry.lookup("KPX").name) == (None, "Kent Photo Desk")


def test_errors_are_the_same_from_the_cache(cache: Path, tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text("agencies:\n  - name: Kent Photo Desk\n    kind: newspaper\n", encoding="utf-8")
    messages = []
    for _ in range(2):
        with pytest.raises(RegistryError) as err:
            load_registry(mine)
        messages.append(str(err.value))
    assert messages[0] == messages[1] and "kind 'newspaper' is not one of" in messages[0]
