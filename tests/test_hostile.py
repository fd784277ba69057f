"""Hostile input (issue 5): broken and malicious catalogue files, huge pages,
CSV injection, folder loops, and the regressions the fuzzer and the property
tests found. Every refusal is one line that names the file, the place and the
problem; nothing crashes, hangs, eats memory or writes where it was not asked to.
"""
from __future__ import annotations

import datetime
import gc
import os
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Callable, Iterator

import pytest
import yaml

from captions.inputs import jsonl, sources, walk
from captions.catalog.build import build_catalog
from captions.cli import app
from captions.parse.credit import parse_credit
from captions.parse.credit_in_line import split_caption_credit
from captions.catalog.loader import CatalogError, catalog_loader, load_catalog
from captions.catalog.models import Article, Credit, Photo
from captions.parse.page import parse_page
from captions.report.tables import safe_cell
from captions.catalog.writers import OutputError, atomic_output, catalog_text

LOADERS = [pytest.param(yaml.SafeLoader, id="python")]
if getattr(yaml, "CSafeLoader", None) is not None:
    LOADERS.append(pytest.param(yaml.CSafeLoader, id="libyaml"))
DUMPERS = [pytest.param(yaml.SafeDumper, id="python")]
if getattr(yaml, "CSafeDumper", None) is not None:
    DUMPERS.append(pytest.param(yaml.CSafeDumper, id="libyaml"))

PHOTO = (
    "  - id: a/1\n    line: 3\n    description: null\n    caption: A boy runs.\n"
    "    credit: {raw: AFP, photographers: [], agencies: [AFP], via: []}\n"
)
ARTICLE = "- id: a\n  source: a.txt\n  date: 2024-06-19\n  section: null\n  title: T\n  photos:\n"
GOOD = "catalog_version: 1\narticles:\n" + ARTICLE + PHOTO + "agencies:\n  AFP: [a/1]\n"


def one_line(text: str) -> str:
    lines = text.strip("\n").split("\n")
    assert len(lines) == 1, f"expected one line, got {text!r}"
    return lines[0]


# -- catalogue files: refused in one line ---------------------------------------------------

BAD_CATALOGUES = [
    pytest.param("bad.yaml", "catalog_version: 1\narticles: [\n", ["line 3", "not valid YAML"], id="yaml-syntax"),
    pytest.param("bad.yaml", "catalog_version: 1\narticles: []\nagencies: {}\n: x: y\n", ["line 4", "not valid YAML"],
                 id="yaml-syntax-2"),
    pytest.param("bad.yaml", "- a\n- b\n", ["not a catalogue", "list"], id="yaml-not-a-mapping"),
    pytest.param("bad.yaml", "", ["not a catalogue", "empty"], id="yaml-empty"),
    pytest.param("bad.yaml", GOOD.replace("catalog_version: 1", "catalog_version: 2"),
                 ["catalog_version", "2 is not supported"], id="wrong-version"),
    pytest.param("bad.yaml", GOOD.replace("catalog_version: 1", "catalog_version: '1'"),
                 ["catalog_version", "not supported"], id="version-as-text"),
    pytest.param("bad.yaml", GOOD.replace("catalog_version: 1\n", ""), ["catalog_version: missing"],
                 id="missing-version"),
    pytest.param("bad.yaml", GOOD.replace("  title: T\n", ""), ["line 3", "articles[0].title: missing"],
                 id="missing-field"),
    pytest.param("bad.yaml", GOOD.replace("line: 3", "line: three"), ["line 10", "articles[0].photos[0].line",
                                                                      "integer"], id="wrong-type"),
    pytest.param("bad.yaml", GOOD.replace("agencies: [AFP]", "agencies: AFP"),
                 ["articles[0].photos[0].credit.agencies", "list"], id="wrong-type-nested"),
    pytest.param("bad.yaml", GOOD.replace("  title: T\n", "  title: T\n  colour: red\n"),
                 ["articles[0].colour: unknown field"], id="unknown-field"),
    pytest.param("bad.yaml", GOOD.replace("2024-06-19", "2024-02-30"), ["line 5", "2024-02-30", "out of range"],
                 id="impossible-date"),
    pytest.param("bad.yaml", GOOD.replace("line: 3", "line: " + "9" * 5000), ["line 10", "limit"], id="huge-int"),
    pytest.param("bad.yaml", GOOD.replace("A boy runs.", "A boy\x07 runs."), ["line 12", "U+0007"],
                 id="control-character"),
    pytest.param("bad.yaml", GOOD.replace("caption: A boy runs.", "caption: !!python/object/apply:os.getcwd []"),
                 ["line 12", "python/object/apply"], id="python-tag"),
    pytest.param("bad.yaml", GOOD + "---\n" + GOOD, ["line 16", "single document"], id="two-documents"),
    pytest.param("bad.yaml", "catalog_version: 1\nx: &a [1]\ny: *a\n", ["line 3", "alias *a is not allowed"],
                 id="alias"),
    pytest.param("bad.yaml", "catalog_version: 1\nx: &a {b: 1}\ny:\n  <<: *a\n", ["line 4", "alias"], id="merge-key"),
    pytest.param("bad.yaml", "[" * 50 + "]" * 50, ["line 1", "nested more than"], id="nested-flow"),
    pytest.param("bad.yaml", "".join("  " * i + "-\n" for i in range(60)), ["nested more than"], id="nested-block"),
    pytest.param("bad.yml", b"\xff\xfe\x00".decode("latin-1"), ["not UTF-8"], id="not-utf8"),
    pytest.param("bad.json", '{"catalog_version": 1, "articles": [}', ["line 1, column 37", "not valid JSON"],
                 id="json-syntax"),
    pytest.param("bad.json", '{"catalog_version": 1, "articles": [{"id": 1}], "agencies": {}}',
                 ["articles[0].id", "string"], id="json-wrong-type"),
    pytest.param("bad.json", '{"catalog_version": 1, "articles": [], "agencies": {"AFP": [3]}}',
                 ['agencies.AFP[0]', "string"], id="json-index-wrong-type"),
    pytest.param("bad.json", '{"catalog_version": 1, "articles": [], "agencies": {"a b": [3]}}',
                 ['agencies["a b"][0]'], id="json-odd-key"),
    pytest.param("bad.json", "[" * 100_000, ["nested too deeply"], id="json-deep"),
    pytest.param("bad.json", '{"catalog_version": ' + "9" * 5000 + "}", ["not valid JSON", "limit"],
                 id="json-huge-int"),
    pytest.param("bad.json", "[]", ["not a catalogue"], id="json-not-an-object"),
]


@pytest.mark.parametrize(("name", "content", "expected"), BAD_CATALOGUES)
def test_a_bad_catalogue_is_refused_in_one_line(name: str, content: str, expected: list[str], tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="latin-1" if name.endswith(".yml") else "utf-8")
    with pytest.raises(CatalogError) as caught:
        load_catalog(path)
    message = one_line(caught.value.describe())
    assert message.startswith(f"{path}: "), message
    for part in expected:
        assert part in message, (part, message)


def test_an_impossible_date_typed_into_a_catalogue_is_named_as_the_value_not_as_bad_yaml(tmp_path: Path) -> None:
    path = tmp_path / "edited.yaml"
    path.write_text(GOOD.replace("2024-06-19", "2024-13-01"), encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        load_catalog(path)
    assert caught.value.describe() == f"{path}: line 5, column 9: cannot read '2024-13-01': month must be in 1..12"


@pytest.mark.parametrize(("name", "content", "expected"), [p for p in BAD_CATALOGUES[:12] if p.id != "yaml-empty"])
def test_credits_reports_a_bad_catalogue_in_one_line(runner, name: str, content: str, expected: list[str],
                                                     tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    good = tmp_path / "good.yaml"
    good.write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["credits", str(path), str(good), "--format", "csv"])
    assert result.exit_code == 1
    line = one_line(result.stderr)
    assert line.startswith(f"captions: error: {path}: "), line
    for part in expected:
        assert part in line, (part, line)
    assert result.stdout == "agency,photos,articles\nAFP,1,1\n"  # the good file is still counted


def test_a_good_catalogue_loads(tmp_path: Path) -> None:
    path = tmp_path / "good.yaml"
    path.write_text(GOOD, encoding="utf-8")
    catalog = load_catalog(path)
    assert catalog.articles[0].date == datetime.date(2024, 6, 19)
    assert catalog.agencies == {"AFP": ["a/1"]}


@pytest.mark.parametrize("loader", LOADERS)
def test_yaml_never_constructs_python_objects(loader: type, tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    for tag in ("!!python/object/apply:os.system", "!!python/object/new:os.system", "!!python/name:os.system",
                "!!python/module:os"):
        path = tmp_path / "evil.yaml"
        path.write_text(f"catalog_version: 1\nx: {tag} ['touch {marker}']\n", encoding="utf-8")
        with pytest.raises(CatalogError, match="could not determine a constructor"):
            load_catalog(path, yaml_loader=loader)
    assert not marker.exists()


def billion_laughs(levels: int = 9) -> str:
    lines = ['catalog_version: 1', 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for n in range(1, levels + 1):
        lines.append(f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("loader", LOADERS)
def test_a_billion_laughs_is_refused_quickly(loader: type, tmp_path: Path) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text(billion_laughs(), encoding="utf-8")
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(CatalogError, match=r"line 3, column \d+: .*alias \*a0 is not allowed"):
            load_catalog(path, yaml_loader=loader)
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # Refused, it takes about 10 ms; expanded, 9**9 strings take minutes and gigabytes: an exponential blow-up.
    assert elapsed < 5.0
    assert peak < 5_000_000


@pytest.mark.parametrize("loader", LOADERS)
def test_an_article_repeated_by_aliases_is_refused_quickly(loader: type, tmp_path: Path) -> None:
    """Regression: 94 KB of valid article plus 5000 aliases to it took the old loader over 20 s and 1 GB."""
    photos = "".join(f"    - {{id: a/{i}, line: {i}, description: null, caption: c, credit: null}}\n" for i in range(1000))
    path = tmp_path / "wide.yaml"
    path.write_text("catalog_version: 1\nx: &a\n  id: a\n  source: s\n  date: null\n  section: null\n  title: null\n"
                    "  photos:\n" + photos + "articles: [" + ", ".join(["*a"] * 5000) + "]\nagencies: {}\n",
                    encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(CatalogError, match=r"line 1009, column 12: .*alias \*a is not allowed"):
        load_catalog(path, yaml_loader=loader)
    # About 0.1 to 0.3 s refused at the first alias; the blow-up this catches took over 20 s.
    assert time.perf_counter() - started < 10.0


@pytest.mark.parametrize("loader", LOADERS)
@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deep_nesting_is_refused_quickly(loader: type, depth: int, tmp_path: Path) -> None:
    """Regression: libyaml's composer overflowed the C stack (a segfault) at 100 000 levels and was quadratic.

    Either our depth guard or libyaml's own (PyYAML 6.0.4 and newer) may refuse
    it first; what matters is a CatalogError, quickly, and no crash.
    """
    path = tmp_path / "deep.yaml"
    path.write_text("[" * depth + "]" * depth, encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(CatalogError):
        load_catalog(path, yaml_loader=loader)
    # About 0.2 s; a composer quadratic in the depth takes minutes at 100 000 levels.
    assert time.perf_counter() - started < 5.0


def test_the_catalogue_loader_is_a_safe_loader() -> None:
    for loader in (catalog_loader(), catalog_loader(yaml.SafeLoader)):
        assert issubclass(loader, yaml.constructor.SafeConstructor)
        assert not issubclass(loader, yaml.constructor.FullConstructor)


def test_a_catalogue_over_the_size_limit_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text(GOOD, encoding="utf-8")
    with pytest.raises(CatalogError, match="larger than 100 bytes"):
        load_catalog(path, max_bytes=100)
    assert load_catalog(path, max_bytes=len(GOOD)).articles


def test_a_folder_or_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="is a folder"):
        load_catalog(tmp_path / ".")
    with pytest.raises(CatalogError, match="no such file or directory"):
        load_catalog(tmp_path / "missing.yaml")


@pytest.mark.parametrize(("content", "expected"), [
    ('{"id": "a"}\n', "line 1, source: missing"),
    ('{"id": "a", "source": "s", "date": null, "section": null, "title": null, "photos": []}\n{]\n',
     "line 2: not valid JSON"),
    ("[" * 100_000 + "\n", "line 1: JSON nested too deeply"),  # the words `credits` says when it skips the line
    ("\n\n" + '{"id": 1}' + "\n", "line 3, id: Input should be a valid string"),
])
def test_a_bad_json_lines_catalogue_is_refused_in_one_line(content: str, expected: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        load_catalog(path)
    assert expected in one_line(caught.value.describe())


def test_credits_survives_deeply_nested_json_lines(runner, tmp_path: Path) -> None:
    """Regression: iter_jsonl let json's RecursionError escape (a traceback)."""
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 100_000 + "\n", encoding="utf-8")
    result = runner.invoke(app, ["credits", str(path)])
    assert result.exit_code == 1
    assert f"{path}:1: JSON nested too deeply" in one_line(result.stderr)
    assert result.exception is None or isinstance(result.exception, SystemExit)


ARTICLE_LINE = '{"id": "a", "source": "s", "date": null, "section": null, "title": null, "photos": []}\n'


def test_an_enormous_json_lines_record_is_skipped_naming_its_line(runner, tmp_path: Path, monkeypatch) -> None:
    """Regression: a restructure lost the per-line cap; one 3 GB line was read whole (MemoryError)."""
    monkeypatch.setattr(jsonl, "MAX_JSONL_LINE", 1000)
    path = tmp_path / "pages.jsonl"
    record = '{{"id": "{0}", "text": "Fair day\\n\\nA boy runs past a stall. [Jo Li/AFP]"}}\n'
    path.write_text(record.format("one") + '{"text": "' + "x" * 5000 + '"}\n' + record.format("three"), encoding="utf-8")
    result = runner.invoke(app, ["credits", str(path), "--format", "csv"])
    assert result.exit_code == 1
    assert result.stderr == f"captions: error: {path}:2: longer than 1000 bytes; line skipped\n"
    assert result.stdout == "agency,photos,articles\nAFP,2,2\n"


def test_an_enormous_json_lines_catalogue_line_is_refused_naming_its_line(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(jsonl, "MAX_JSONL_LINE", 1000)
    path = tmp_path / "cat.jsonl"
    path.write_text(ARTICLE_LINE + '{"id": "' + "x" * 5000 + '"}\n', encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        load_catalog(path)
    assert caught.value.describe() == f"{path}: line 2: longer than 1000 bytes"


def test_spans_of_json_lines_read_an_enormous_line_as_the_whole_file_does(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(jsonl, "MAX_JSONL_LINE", 1000)
    path = tmp_path / "pages.jsonl"
    path.write_bytes(b'{"text": "a"}\r\n' * 50 + b'{"text": "' + b"x" * 5000 + b'"}\r\n' + b'{"text": "b"}\r' * 50)
    whole = [str(r) if isinstance(r, sources.Problem) else r for r in jsonl.iter_jsonl(str(path))]
    spans = jsonl.jsonl_spans(str(path), 64)
    assert [str(r) if isinstance(r, sources.Problem) else r
            for span in spans for r in jsonl.iter_jsonl(str(path), span)] == whole
    assert whole[50] == f"{path}:51: longer than 1000 bytes; line skipped"


# -- pages: the size limit ---------------------------------------------------------------------

PAGE = "Fair day\n\nA boy runs past a stall at the fair. [Jo Li/AFP]\n"


def test_the_default_page_limit_is_20_megabytes(runner) -> None:
    assert sources.DEFAULT_MAX_BYTES == 20 * 1024 * 1024
    result = runner.invoke(app, ["catalog", "--help"])
    assert "--max-bytes" in result.stdout


def test_a_page_over_the_limit_is_skipped_as_an_error(runner, page) -> None:
    small = page(PAGE, "small.txt")
    big = page(PAGE + "x" * 500 + "\n", "big.txt")
    for command in (["catalog"], ["credits"]):
        result = runner.invoke(app, [*command, str(big), str(small), "--max-bytes", "200"])
        assert result.exit_code == 1, result.output
        assert one_line(result.stderr) == f"captions: error: {big}: larger than 200 bytes, skipped (see --max-bytes)"
        assert "AFP" in result.stdout


def test_a_page_over_the_limit_is_not_read_whole(page, monkeypatch) -> None:
    big = page("x" * 10_000)
    page_, problems = sources.read_page(str(big), max_bytes=100)
    assert page_ is None and "larger than 100 bytes" in str(problems[0])


def test_binary_and_broken_encodings_are_reported(runner, page) -> None:
    binary = page("", "binary.txt")
    binary.write_bytes(b"\x00\x01\x02" * 10)
    latin = page("", "latin.txt")
    latin.write_bytes(PAGE.replace("boy", "garçon").encode("latin-1"))
    result = runner.invoke(app, ["credits", str(binary), str(latin)])
    assert f"{binary}: binary file, not a page dump" in result.stderr
    assert f"{latin}: not UTF-8" in result.stderr
    assert "AFP" in result.stdout


def test_a_gzipped_page_is_named_as_compressed_not_as_binary(runner, page) -> None:
    import gzip

    packed = page("", "page.txt")
    packed.write_bytes(gzip.compress(PAGE.encode()))
    result = runner.invoke(app, ["credits", str(packed)])
    assert result.exit_code == 1
    assert one_line(result.stderr) == (
        f"captions: error: {packed}: gzip-compressed; only files named .gz are read compressed: gunzip it first or name it .gz")


def test_a_gzipped_page_named_gz_is_read_as_on_standard_input(runner, page) -> None:
    import gzip

    packed = page("", "page.txt.gz")
    packed.write_bytes(gzip.compress(PAGE.encode()))
    named = runner.invoke(app, ["catalog", str(packed), "-f", "jsonl"])
    assert named.exit_code == 0, named.output
    assert named.stdout.replace(str(packed), "-").replace('"page"', '"stdin"').replace('"page/', '"stdin/') == (
        runner.invoke(app, ["catalog", "-", "-f", "jsonl"], input=gzip.compress(PAGE.encode())).stdout)


@pytest.mark.parametrize("name", ["out", "out.yaml"])
def test_a_folder_given_as_the_catalogue_file_is_named_as_a_folder(runner, page, tmp_path, name: str) -> None:
    source = page(PAGE)
    folder = tmp_path / name
    folder.mkdir()
    result = runner.invoke(app, ["catalog", str(source), "-o", str(folder)])
    assert result.exit_code == 2
    assert one_line(result.stderr) == f"captions: error: {folder}: is a folder; give a file, such as {folder / 'catalog.yaml'}"
    assert list(folder.iterdir()) == []


def test_an_output_name_ending_in_a_slash_is_named_as_a_folder_not_an_extension(runner, page, tmp_path) -> None:
    source = page(PAGE)
    result = runner.invoke(app, ["catalog", str(source), "-o", f"{tmp_path / 'out'}/"])
    assert result.exit_code == 2
    assert one_line(result.stderr) == (f"captions: error: {tmp_path / 'out'}/: names a folder; give a file, such as "
                                       f"{tmp_path / 'out' / 'catalog.yaml'}")
    assert not (tmp_path / "out").exists()



@pytest.mark.parametrize("command", [["catalog", "-o"], ["catalog", "-f", "sqlite", "-o"], ["audit", "-o"],
                                     ["audit", "--write-baseline"]])
def test_an_empty_output_name_is_refused_as_empty(runner, page, command: list[str]) -> None:
    result = runner.invoke(app, [command[0], str(page(PAGE)), *command[1:], ""])
    assert result.exit_code == 2
    assert one_line(result.stderr) == ("captions: error: an empty file name for the output; give a file, such as "
                                       "out.yaml")


# -- time linear in the size ----------------------------------------------------------------------
# These time the parser, because a quadratic or exponential blow-up is what they catch: the bounds
# leave twice the linear ratio for noise and still fail a quadratic parse by a factor of two. They
# count CPU time with the garbage collector off, so other processes on the machine and the heap
# other tests leave behind barely move them. How fast the parser is, is for benchmarks/.

GROWTH = 4  # the input grows fourfold: a linear parse takes about 4x the time, a quadratic one 16x
BOUND = 8  # times the small input's time, plus SLACK
SLACK = 0.05  # seconds: on inputs parsed in a few milliseconds only a blow-up shows


def _least_cpu_seconds(parse: Callable[[str], object], text: str, runs: int = 3) -> float:
    best = float("inf")
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(runs):
            started = time.process_time()
            parse(text)
            best = min(best, time.process_time() - started)
    finally:
        if enabled:
            gc.enable()
    return best


def assert_linear(parse: Callable[[str], object], make: Callable[[int], str], n: int) -> None:
    """Four times the input takes at most about four times the time, from n/2 to 2n."""
    small_text, large_text = make(n // 2), make(GROWTH * (n // 2))
    small, large = _least_cpu_seconds(parse, small_text), _least_cpu_seconds(parse, large_text)
    if large > BOUND * small + SLACK:  # measure again before failing: one slow run is not a quadratic parser
        small, large = _least_cpu_seconds(parse, small_text, 5), _least_cpu_seconds(parse, large_text, 5)
    assert large <= BOUND * small + SLACK, f"{small:.3f}s for {n // 2}, {large:.3f}s for {GROWTH * (n // 2)}"


def _page(text: str) -> object:
    return parse_page(text)


PAGE_SHAPES = [
    pytest.param(lambda n: "Title\nA boy runs " + "and runs " * (n // 9) + "[AP]", 500_000, id="line-of-megabytes"),
    pytest.param(lambda n: "Title\n" + "x" * n, 1_000_000, id="one-long-word"),
    pytest.param(lambda n: "Title\nA" + " " * n + "b. [AP]", 1_000_000, id="long-space-run"),
    # a scan quadratic in the length of a 4 MB line of these took hours (was a wall-clock test, flaky under load)
    pytest.param(lambda n: "Title\n" + "A boy runs. [AP] (AP) <p> hide caption " * (n // 39), 400_000,
                 id="brackets-tags-and-controls-on-a-line"),
    pytest.param(lambda n: "Title\n" + "[" * n, 200_000, id="ten-thousand-open-brackets"),
    pytest.param(lambda n: "Title\n" + "[x] " * (n // 4), 200_000, id="ten-thousand-bracket-pairs"),
    pytest.param(lambda n: "Title\n" + "(AP) " * (n // 5), 200_000, id="ten-thousand-credits-on-a-line"),
    pytest.param(lambda n: "Title\nA boy. " + "(" * (n // 2) + "AP" + ")" * (n // 2), 200_000, id="nested-parens"),
    pytest.param(lambda n: "Title\nA boy. " + "[" * (n // 2) + "AP" + "]" * (n // 2), 200_000, id="nested-brackets"),
    pytest.param(lambda n: "Title\n" + "<!--" * (n // 4), 200_000, id="unclosed-comments"),
    pytest.param(lambda n: "Title\n" + "<a " * (n // 3), 200_000, id="unclosed-tags"),
    pytest.param(lambda n: "Title\n" + "hide caption " * (n // 13), 200_000, id="controls"),
    pytest.param(lambda n: "Title\n" + "A boy runs today. Jo Li | AP " * (n // 29), 200_000, id="bare-credits-on-a-line"),
    pytest.param(lambda n: "Title\n" + "A boy runs. Foto: Jo Li " * (n // 24), 200_000, id="lead-ins-ending-nowhere"),
    pytest.param(lambda n: "Title\n" + "Photo: " * (n // 7) + "A boy runs in the park. (AP)", 200_000,
                 id="lead-ins-opening-lead-ins"),  # each label read off opened another reading: RecursionError
    # each credit opening the line was checked against a reading of the rest, itself so checked: RecursionError
    pytest.param(lambda n: "Title\n" + "Photo: AFP | " * (n // 13) + "A boy runs in the park. (AP)", 20_000,
                 id="credits-opening-credits"),
    pytest.param(lambda n: "Title\n" + "A boy runs in the park. [AP]\ntoggle caption AP\n" * (n // 47), 100_000,
                 id="toggle-caption-repeats"),
    pytest.param(lambda n: "Title\n" + "A boy runs in the park today.\nReuters\n" * (n // 38), 100_000,
                 id="own-line-credits"),
    pytest.param(lambda n: "Title\n" + "-\nA boy runs in the park today.\n" * (n // 32), 100_000, id="slides"),
    pytest.param(lambda n: "Title\nReuters\n" + "\n" * n + "A boy runs in the park.", 100_000, id="blank-lines"),
    # each sentence's end was tried as a dated credit's start (News1's "2014.4.18/뉴스1"), reading the line's rest:
    # 19 s for 16 kB
    pytest.param(lambda n: "Title\n" + "A boy runs. 2014.4.18/ Foto " * (n // 28), 8_000, id="dated-credits-on-a-line"),
]


@pytest.mark.parametrize("stacked", ["Photo: AFP | ", "Photo: Jo Li/AFP "])
def test_split_caption_credit_reads_a_line_of_stacked_credits_from_its_end(stacked: str) -> None:
    # Regression: credit_first read the rest after each opening credit, uncapped: RecursionError past ~1,000
    line = stacked * 3000 + "A boy runs in the park. (AP)"
    caption = stacked.removeprefix("Photo: ") + stacked * 2999 + "A boy runs in the park."
    assert split_caption_credit(line) == (caption, "AP"), line[:40]


@pytest.mark.parametrize(("make", "n"), PAGE_SHAPES)
def test_page_parsing_is_linear(make: Callable[[int], str], n: int) -> None:
    assert_linear(_page, make, n)


def test_the_growth_benchmark_times_these_shapes() -> None:
    script = Path(__file__).resolve().parent.parent / "benchmarks" / "growth.py"
    done = subprocess.run([sys.executable, str(script), "--runs", "1", "--only", "controls", "--only", "brackets"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    rows = [line.split(" | ")[:2] for line in done.stdout.splitlines()[2:]]
    assert rows == [["| page", "controls"], ["| credit", "brackets"]]


CREDIT_SHAPES = [
    pytest.param(lambda n: "Photo " * (n // 6), 60_000, id="dropped-words"),
    pytest.param(lambda n: "x " + "Photo " * (n // 6), 60_000, id="dropped-words-at-the-end"),
    pytest.param(lambda n: "Jo Li/" * (n // 6), 60_000, id="many-parts"),
    pytest.param(lambda n: "(" * n, 200_000, id="brackets"),
]


@pytest.mark.parametrize(("make", "n"), CREDIT_SHAPES)
def test_credit_parsing_is_linear(make: Callable[[int], str], n: int) -> None:
    assert_linear(parse_credit, make, n)


# -- HTML nested deep: Lexbor's time is quadratic in the depth, so such pages are not parsed -----------

DEEP_SHAPES = [
    pytest.param(lambda n: "<div>" * n, id="unclosed-divs"),
    pytest.param(lambda n: "<section>" * n + "</section>" * n, id="closed-sections"),
    pytest.param(lambda n: "<div></x>" * n, id="divs-and-end-tags-of-nothing"),
    pytest.param(lambda n: "<div><script>'</div>'</script>" * n, id="divs-and-end-tags-in-scripts"),
    pytest.param(lambda n: "".join(f"<b class=c{i}>x<p>" for i in range(n)), id="formatting-reopened-in-paragraphs"),
    pytest.param(lambda n: "<div/>" * n, id="self-closed-divs"),   # the slash closes nothing in HTML
    pytest.param(lambda n: "<svg><div></div>" + "<path/>" * n, id="paths-after-a-drawing-is-broken-out-of"),
]


@pytest.mark.parametrize("make", DEEP_SHAPES)
def test_a_page_nested_deep_is_skipped_in_no_time_naming_it(runner, page, make: Callable[[int], str]) -> None:
    deep = page("<!DOCTYPE html><html><body>" + make(50_000) + "</body></html>", "deep.html")
    started = time.process_time()
    result = runner.invoke(app, ["credits", str(deep), "-f", "csv"])
    # Under 0.1 s; Lexbor takes 2 s on 20,000 divs, minutes on these (quadratic, or worse, in the depth).
    assert time.process_time() - started < 3.0
    assert result.exit_code == 1
    assert result.stderr == f"captions: error: {deep}: markup nested more than 512 elements deep; page skipped\n"


def test_nesting_is_counted_as_the_parser_nests() -> None:
    from captions.parse.html.nesting import nesting_depth

    markup = ("<html><body><div><p>One<p>Two<img src=a.jpg><br>"          # p, img, br: never counted
              "<script>for (i = 0; i<n; i++) s = '</div>';</script>"      # no tag in a script
              "<!-- <div><div> --><span><b>x</b></span></div></body></html>")
    assert nesting_depth(markup) == 3   # div, span, b


def test_an_inline_drawing_of_hundreds_of_self_closed_shapes_is_no_depth(runner, page) -> None:
    # an SVG icon sprite: each "<path .../>" closed by its slash, as the parser closes it; counted as open, the
    # page was skipped as "nested more than 512 elements deep"
    sprite = "<svg><symbol id='i'>" + "<path d='M0 0h1'/><circle r='1'/>" * 400 + "</symbol><svg/></svg>"
    saved = page("<!DOCTYPE html><html><body>" + sprite + '<figure><img src="a.jpg" alt="Boats"><figcaption>'
                 "Boats reach the square. Photo: Jo Li/AFP</figcaption></figure></body></html>", "sprite.html")
    result = runner.invoke(app, ["credits", str(saved), "-f", "csv"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert "AFP" in result.stdout


def test_a_megabyte_of_newlines_is_read_in_memory_a_small_multiple_of_it() -> None:
    page = "Title\nA boy runs. (AP Photo/Jo Li)\n" + "\n" * 1_000_000 + "A girl runs. (AP Photo/Jo Li)"
    tracemalloc.start()
    try:
        photos = parse_page(page).photos
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [(p.line, p.caption) for p in photos] == [(2, "A boy runs."), (1_000_003, "A girl runs.")]
    # About 9 MB (the list of the page's lines); a line object for each blank line took 460 MB (round 156).
    assert peak < 50_000_000

# -- CSV injection ------------------------------------------------------------------------------

FORMULAS = ["=1+1", "+SUM(A1)", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", "=cmd|' /C calc'!A0"]


@pytest.mark.parametrize("value", FORMULAS)
def test_safe_cell_neutralises_formulas(value: str) -> None:
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["AFP", "Jo Li", "", " =1", "'=1", 3, -2, None])
def test_safe_cell_keeps_other_cells(value: object) -> None:
    assert safe_cell(value) == value


def test_credits_csv_neutralises_formulas(runner, tmp_path: Path) -> None:
    photos = [Photo(id=f"a/{n}", line=n, description=None, caption="x",
                    credit=Credit(raw=name, photographers=[], agencies=[name], via=[]))
              for n, name in enumerate(FORMULAS, 1)]
    catalog = build_catalog([Article(id="a", source="a.txt", date=None, section=None, title=None, photos=photos)])
    path = tmp_path / "catalog.yaml"
    path.write_text(catalog_text(catalog), encoding="utf-8")
    result = runner.invoke(app, ["credits", str(path), "--format", "csv"])
    assert result.exit_code == 0, result.output
    import csv
    import io

    rows = list(csv.reader(io.StringIO(result.stdout)))
    cells = [row[0] for row in rows[1:]]
    assert sorted(cells) == sorted("'" + name for name in FORMULAS)


def test_credits_csv_from_a_page_neutralises_formulas(runner, page) -> None:
    source = page("Fair day\n\nA boy runs past a stall at the fair. (=HYPERLINK(\"x\") via @evil)\n")
    result = runner.invoke(app, ["credits", str(source), "--format", "csv"])
    for line in result.stdout.splitlines()[1:]:
        assert not line.lstrip('"').startswith(("=", "+", "-", "@", "\t", "\r")), result.stdout


def test_credits_csv_quotes_a_carriage_return_inside_a_cell(runner, page, tmp_path: Path) -> None:
    """Regression: csv with lineterminator "\\n" left a lone "\\r" unquoted, so "X\\r=1+1" put a formula first in a row.

    A page's lone "\\r" ends a line, so the "\\r" comes from a catalogue.
    """
    import json

    source = page("Fair day\n\nA boy runs past a stall at the fair. Photo: Jo Li/X\n")
    data = json.loads(runner.invoke(app, ["catalog", str(source), "--format", "json"]).stdout)
    data["articles"][0]["photos"][0]["credit"].update(raw="Jo Li/X\r=1+1", agencies=["X\r=1+1"])
    catalogue = tmp_path / "catalog.json"
    catalogue.write_text(json.dumps(data), encoding="utf-8")
    result = runner.invoke(app, ["credits", str(catalogue), "--format", "csv"])
    assert result.stdout == 'agency,photos,articles\n"X\r=1+1",1,1\n'
    import csv
    import io

    assert list(csv.reader(io.StringIO(result.stdout, newline=""))) == [["agency", "photos", "articles"],
                                                                        ["X\r=1+1", "1", "1"]]


def test_agencies_csv_neutralises_formulas(runner, tmp_path: Path) -> None:
    extra = tmp_path / "agencies.yaml"
    extra.write_text('agencies:\n  - {name: "=1+1", aliases: ["@evil"]}\n', encoding="utf-8")
    result = runner.invoke(app, ["agencies", "--agencies", str(extra), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "\n'=1+1,'@evil," in result.stdout


# -- folders ------------------------------------------------------------------------------------------


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns) for p in sorted(folder.rglob("*"))}


def test_a_symbolic_link_loop_is_reported_not_followed(runner, tmp_path: Path) -> None:
    root = tmp_path / "pages"
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "b" / "page.txt").write_text(PAGE, encoding="utf-8")
    (root / "a" / "b" / "up").symlink_to(root / "a", target_is_directory=True)
    (root / "self").symlink_to(root, target_is_directory=True)
    started = time.perf_counter()
    result = runner.invoke(app, ["credits", str(root), "--format", "csv"])
    # Under 0.1 s; a walk that followed the loops would run until the paths grew too long, the
    # two loops multiplying the paths at every level: an exponential blow-up.
    assert time.perf_counter() - started < 10
    assert "symbolic link loop, not followed" in result.stderr
    assert all(line.startswith("captions: ") for line in result.stderr.splitlines())
    assert result.stdout == "agency,photos,articles\nAFP,1,1\n"


def test_walk_reports_loops_once_each(tmp_path: Path) -> None:
    root = tmp_path / "pages"
    (root / "a").mkdir(parents=True)
    (root / "a" / "loop").symlink_to(root, target_is_directory=True)
    (root / "a" / "page.txt").write_text(PAGE, encoding="utf-8")
    items = list(walk.expand([str(root)]))
    problems = [str(item) for item in items if isinstance(item, sources.Problem)]
    assert problems == [f"{root / 'a' / 'loop'}: symbolic link loop, not followed"]


@pytest.fixture
def lock(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Path], None]]:
    """Makes a folder unreadable: by its mode, or for root, whom modes do not stop, by refusing to list it."""
    locked: list[Path] = []
    real = os.scandir

    def scandir(path):
        if Path(path) in locked:
            raise PermissionError(13, "Permission denied")
        return real(path)

    def lock_folder(folder: Path) -> None:
        locked.append(folder)
        if hasattr(os, "geteuid") and os.geteuid() != 0:
            folder.chmod(0)
        else:
            monkeypatch.setattr(walk.os, "scandir", scandir)

    yield lock_folder
    for folder in locked:
        folder.chmod(0o755)


def test_an_unreadable_folder_is_reported(tmp_path: Path, lock: Callable[[Path], None]) -> None:
    root = tmp_path / "pages"
    (root / "locked").mkdir(parents=True)
    (root / "open").mkdir()
    (root / "open" / "page.txt").write_text(PAGE, encoding="utf-8")
    lock(root / "locked")
    items = list(walk.expand([str(root)]))
    assert [str(i) for i in items if isinstance(i, sources.Problem)] == [
        f"{root / 'locked'}: cannot read folder: Permission denied"
    ]
    assert str(root / "open" / "page.txt") in items


def test_an_unreadable_folder_is_reported_by_the_command(runner, tmp_path: Path, lock: Callable[[Path], None]) -> None:
    root = tmp_path / "pages"
    (root / "locked").mkdir(parents=True)
    (root / "page.txt").write_text(PAGE, encoding="utf-8")
    lock(root / "locked")
    result = runner.invoke(app, ["credits", str(root)])
    assert "locked: cannot read folder" in result.stderr
    assert "AFP" in result.stdout


@pytest.mark.parametrize("command", [["catalog"], ["credits"], ["credits", "--format", "csv"], ["audit", "--exit-zero"]])
def test_a_run_over_a_folder_never_writes_into_it(runner, tmp_path: Path, command: list[str]) -> None:
    root = tmp_path / "pages"
    (root / "sub").mkdir(parents=True)
    (root / "one.txt").write_text(PAGE, encoding="utf-8")
    (root / "sub" / "two.txt").write_text(PAGE.replace("boy", "girl"), encoding="utf-8")
    before = snapshot(root)
    result = runner.invoke(app, [*command, str(root)])
    assert result.exit_code == 0, result.output
    assert snapshot(root) == before


def test_catalog_writes_into_the_folder_only_the_file_o_names(runner, tmp_path: Path) -> None:
    root = tmp_path / "pages"
    root.mkdir()
    (root / "one.txt").write_text(PAGE, encoding="utf-8")
    before = snapshot(root)
    result = runner.invoke(app, ["catalog", str(root), "-o", str(root / "catalog.yaml"), "--into-input"])
    assert result.exit_code == 0, result.output
    after = snapshot(root)
    assert set(after) - set(before) == {"catalog.yaml"}
    assert {k: v for k, v in after.items() if k != "catalog.yaml"} == before


def test_a_failed_write_leaves_the_old_file_and_no_litter(tmp_path: Path) -> None:
    target = tmp_path / "catalog.yaml"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_output(str(target)) as stream:
            stream.write("half a catalogue")
            raise RuntimeError("interrupted")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["catalog.yaml"]


def test_output_over_an_input_is_refused(runner, page) -> None:
    source = page(PAGE)
    before = source.read_text(encoding="utf-8")
    result = runner.invoke(app, ["catalog", str(source), "-o", str(source.with_suffix(".yaml"))])
    assert result.exit_code == 0
    with pytest.raises(OutputError, match="is one of the inputs"):
        with atomic_output(str(source), inputs=(str(source),)):
            pass
    assert source.read_text(encoding="utf-8") == before


# -- regressions from the fuzzer and the property tests ------------------------------------------


@pytest.mark.parametrize("text", [
    "\x85", "a\x85b", "\x85\x85",  # the Python YAML emitter wrote NEL raw inside single quotes: read back as a break
])
@pytest.mark.parametrize("dumper", DUMPERS)
def test_nel_round_trips_through_yaml(text: str, dumper: type, tmp_path: Path) -> None:
    catalog = build_catalog([Article(id="a", source="s", date=None, section=None, title=text, photos=[])])
    path = tmp_path / "c.yaml"
    path.write_text(catalog_text(catalog, "yaml", yaml_dumper=dumper), encoding="utf-8")
    for loader in (yaml.SafeLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
        assert load_catalog(path, yaml_loader=loader) == catalog


def test_load_catalog_reads_a_gzipped_json_lines_catalogue_as_credits_does(tmp_path: Path) -> None:
    import gzip

    line = '{"id": "a", "source": "s", "date": null, "section": null, "title": null, "photos": []}\n'
    path = tmp_path / "cat.jsonl.gz"
    path.write_bytes(gzip.compress(line.encode("utf-8")))
    assert [a.id for a in load_catalog(path).articles] == ["a"]


@pytest.mark.parametrize(("command", "code"), [("catalog", 1), ("credits", 1), ("audit", 2)])
def test_the_page_limit_help_states_the_exit_code_a_skipped_page_gives(runner, page, command: str, code: int) -> None:
    result = runner.invoke(app, [command, str(page(PAGE)), "--max-bytes", "10"])
    assert result.exit_code == code
    help_text = " ".join(runner.invoke(app, [command, "--help"]).stdout.split())
    assert "Skip pages larger than N bytes, each reported as an error; the run goes on, then exits 1 (audit: 2)." in help_text


def test_the_default_size_limit_is_said_in_megabytes_too(tmp_path: Path) -> None:
    from captions.inputs import size_words

    assert (size_words(300), size_words(20 * 1024 * 1024)) == ("300 bytes", "20,971,520 bytes (20 MB)")


def test_a_warning_on_a_file_whose_name_holds_a_line_break_is_one_line(runner, tmp_path: Path) -> None:
    (tmp_path / "story\nnotes.txt").write_text("")
    result = runner.invoke(app, ["credits", str(tmp_path), "--format", "csv"])
    assert result.stderr == f"captions: warning: {tmp_path}/story\\nnotes.txt: empty; skipped\n"


def test_an_error_on_an_output_whose_name_holds_a_line_break_is_one_line(runner, tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text("Title\n\nA boat. Photo: AFP\n")
    result = runner.invoke(app, ["catalog", str(tmp_path), "-o", str(tmp_path / "out\rput.yaml")])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith(f"captions: error: {tmp_path}/out\\rput.yaml: ")


def test_an_archived_page_whose_uri_holds_control_characters_is_named_in_one_line(runner, tmp_path: Path) -> None:
    body = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Caf\xe9</p>"  # not UTF-8: a warning naming the URI
    uri = "https://example.com/a\x1cb\x85c.html"
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2025-01-01T00:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(body)}\r\n\r\n")
    path = tmp_path / "crawl.warc"
    path.write_bytes(head.encode("latin-1") + body + b"\r\n\r\n")
    result = runner.invoke(app, ["credits", str(path), "--format", "csv"])
    assert result.stderr == (f"captions: warning: {path}#0: https://example.com/a\\x1cb\\x85c.html: not UTF-8; read as "
                             "windows-1252, the browsers' fallback\n")


@pytest.mark.parametrize(("message", "written"), [
    ("Ελλάδα/写真\u3000a\u00a0b.txt: empty; skipped", "Ελλάδα/写真\u3000a\u00a0b.txt: empty; skipped"),  # letters, spaces
    ("a\u200bb\u202ec.txt", "a\u200bb\u202ec.txt"),  # format characters print on one line: kept
    ("a\tb\x7fc\x85d\u2028e\u2029f.txt", "a\\tb\\x7fc\\x85d\\u2028e\\u2029f.txt"),
    ("a\udcffb.txt", "a\\udcffb.txt"),  # an undecodable byte of a file's name
    ("C:\\pages\\a.txt", "C:\\pages\\a.txt"),  # a backslash of a Windows path is no escape: left as it is
])
def test_one_line_escapes_only_what_breaks_or_hides_a_line(message: str, written: str) -> None:
    from captions.run.job import one_line

    assert one_line(message) == written, message


def test_the_baseline_written_line_naming_a_file_with_a_line_break_is_one_line(runner, tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text("Title\n\nA boat.\n")
    result = runner.invoke(app, ["audit", str(tmp_path / "page.txt"), "--write-baseline", str(tmp_path / "base\nline.json")])
    assert result.stderr.count("\n") == 1 and result.stderr.endswith(f" to {tmp_path}/base\\nline.json\n")
