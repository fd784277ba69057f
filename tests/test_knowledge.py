"""The knowledge files: the bundled markers load, lists that must not share an entry do not, and a user's list must be
words or patterns that can be joined."""
from __future__ import annotations

from pathlib import Path

import pytest

from captions.knowledge.errors import RegistryError
from captions.knowledge.registry import bundled_registry, load_registry


def test_bundled_markers_load_without_overlaps() -> None:
    assert "toggle caption" in bundled_registry().markers.page_controls  # a repeat marker is a control
    assert "△" in bundled_registry().markers.page_controls  # so is a caption pointer


def test_bundled_markers_pass_the_checks_a_users_file_gets() -> None:
    from importlib import resources

    from captions.knowledge.markers import Markers
    from captions.knowledge.registry import _bundled_data

    data = _bundled_data(resources.files("captions.knowledge") / "markers.yaml")
    assert Markers.from_mapping(data) == bundled_registry().markers  # unchecked at start-up, checked here


def markers_error(tmp_path: Path, markers: str) -> str:
    """The error loading a user's file holding these markers gives."""
    path = tmp_path / "mine.yaml"
    path.write_text(f"markers:\n  {markers}\n", encoding="utf-8")
    with pytest.raises(RegistryError) as err:
        load_registry(path)
    return str(err.value)


@pytest.mark.parametrize("markers, message", [
    ("controls: ['toggle caption']",
     "'toggle caption' is in both markers.controls and markers.repeat_markers; keep it in one"),
    ("credit_leadins: ['Hide caption']",
     "'hide caption' is in both markers.credit_leadins and markers.controls; keep it in one"),
    ("controls: ['△']",
     "'△' is in both markers.controls and markers.caption_pointers; keep it in one"),
    ("furniture: ['\\d+\\s*/\\s*\\d+']",
     "'\\\\d+\\\\s*/\\\\s*\\\\d+' is in both markers.furniture and markers.slide_separators; keep it in one"),
])
def test_an_entry_in_two_lists_that_must_not_share_is_an_error(tmp_path: Path, markers: str, message: str) -> None:
    assert markers_error(tmp_path, markers) == f"{tmp_path / 'mine.yaml'}: {message}", markers


@pytest.mark.parametrize("markers, message", [
    ("caption_pointers: '☞'", "markers.caption_pointers must be a list of strings"),
    ("byline_titles: [3]", "markers.byline_titles must be a list of strings"),
    ("photographed_tails: ['']", "markers.photographed_tails has a blank entry; remove it"),
    ("supplied_words: ['제공', ' ']", "markers.supplied_words has a blank entry; remove it"),
    ("photographed_tails: ['(?i)x撮影']",
     "bad pattern '(?i)x撮影': a list's patterns are joined into one, so its flags must be scoped: (?i:...)"),
    ("caption_tails: ['=(?P<day>\\d+)日']",
     "bad pattern '=(?P<day>\\\\d+)日': a list's patterns are joined into one, so it may name no group: use (?:...)"),
])
def test_a_users_list_in_the_wrong_shape_is_an_error(tmp_path: Path, markers: str, message: str) -> None:
    assert markers_error(tmp_path, markers) == f"{tmp_path / 'mine.yaml'}: {message}", markers


def test_a_label_may_share_its_letters_with_a_lead_in_in_another_case() -> None:
    m = bundled_registry().markers
    assert "IMAGE:" in m.caption_labels and "Image:" in m.credit_leadins


def test_no_bundled_knowledge_file_gives_a_key_twice() -> None:
    from captions.knowledge.registry import _refuse_repeated_keys
    import yaml
    from importlib import resources

    for name in ("markers.yaml", "agencies.yaml", "html.yaml"):
        text = (resources.files("captions.knowledge") / name).read_text("utf-8")
        _refuse_repeated_keys(text, yaml.safe_load(text), name)
