"""A credit's part is read once per joiner: PartReader remembers parts of up to MAX_KEPT_PART characters, at most
MAX_PARTS_KEPT of them, and reads a longer one each time."""
from __future__ import annotations

from captions import parse_credit
from captions.knowledge.registry import bundled_registry
from captions.parse.credit_part_reader import MAX_KEPT_PART, MAX_PARTS_KEPT, PartReader
from captions.parse.credit_parts import Kind, Part


def test_a_part_read_again_is_the_same_reading() -> None:
    reader = PartReader(bundled_registry())
    first = reader.read("AP Photo", "(")
    assert first == Part("AP Photo", Kind.AGENCY, "AP", "(")
    assert reader.read("AP Photo", "(") is first
    assert reader.read("Jo Li", "/") == Part("Jo Li", Kind.PERSON, "Jo Li", "/")
    assert reader.read("Jo Li", "") == Part("Jo Li", Kind.PERSON, "Jo Li", "")


def test_a_part_longer_than_any_credit_is_read_each_time_alike() -> None:
    reader = PartReader(bundled_registry())
    long = "the crowd gathers in the square " * 7
    assert len(long) > MAX_KEPT_PART
    first, again = reader.read(long, ""), reader.read(long, "")
    assert first == again and first is not again


def test_the_parts_kept_are_bounded() -> None:
    reader = PartReader(bundled_registry())
    for n in range(MAX_PARTS_KEPT + 5):
        reader.read(f"Name{n}", "/")
    assert len(reader._parts) <= MAX_PARTS_KEPT


def test_credits_sharing_parts_read_as_alone() -> None:
    assert [(c.photographers, c.agencies) for c in (parse_credit("AP Photo/Jo Li"), parse_credit("Jo Li/AP"),
                                                    parse_credit("AP Photo/Jo Li"))] == \
        [(["Jo Li"], ["AP"]), (["Jo Li"], ["AP"]), (["Jo Li"], ["AP"])]
