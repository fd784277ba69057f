"""The knowledge files: the bundled markers load, and lists that must not share an entry do not."""
from __future__ import annotations

from pathlib import Path

import pytest

from captions.knowledge.registry import RegistryError, bundled_registry, load_registry


def test_bundled_markers_load_without_overlaps() -> None:
    assert "toggle caption" in bundled_registry().markers.page_controls  # a repeat marker is a control
    assert "△" in bundled_registry().markers.page_controls  # so is a caption pointer


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
    path = tmp_path / "mine.yaml"
    path.write_text(f"markers:\n  {markers}\n", encoding="utf-8")
    with pytest.raises(RegistryError) as err:
        load_registry(path)
    assert str(err.value) == f"{path}: {message}", markers


def test_a_label_may_share_its_letters_with_a_lead_in_in_another_case() -> None:
    m = bundled_registry().markers
    assert "IMAGE:" in m.caption_labels and "Image:" in m.credit_leadins


@pytest.mark.parametrize("key", ["credit_leadins", "caption_pointers", "picture_announcements"])
def test_an_empty_entry_in_a_users_markers_list_is_refused(tmp_path: Path, key: str) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(f"markers:\n  {key}: ['Foto:', ' ']\n", encoding="utf-8")
    with pytest.raises(RegistryError) as err:
        load_registry(path)
    assert str(err.value) == f"{path}: markers.{key} has an empty entry"
