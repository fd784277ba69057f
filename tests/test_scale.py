"""Archive scale: worker processes, JSON Lines input, streaming, a light --help."""
from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from captions.cli import app
from captions.run.parallel import SMALL_RUN
from captions.knowledge.registry import bundled_registry

PAGE = " date 2024-06-{day:02d} World\nHeadline {n}\n\nPicture number {n} of the fair. [Jo Li/AFP]\nAnother view of stall {n}. (AP Photo/Kim Lee)\n"


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """More pages than are parsed in-process, in nested folders, so workers start."""
    for n in range(SMALL_RUN + 40):
        folder = tmp_path / "pages" / f"part-{n // 100}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"page-{n:04d}.txt").write_text(PAGE.format(day=n % 28 + 1, n=n), encoding="utf-8")
    return tmp_path / "pages"


@pytest.mark.parametrize("command", [["catalog"], ["catalog", "--format", "jsonl"], ["credits"], ["audit", "--exit-zero"]])
def test_output_is_the_same_for_any_number_of_workers(runner, archive: Path, command: list[str]) -> None:
    one = runner.invoke(app, [*command, str(archive), "--jobs", "1"])
    two = runner.invoke(app, [*command, str(archive), "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0, one.output
    assert one.stdout == two.stdout


def test_worker_problems_are_reported_in_input_order(runner, archive: Path) -> None:
    (archive / "part-0" / "page-0003.txt").write_bytes(b"\x00\x01binary")
    result = runner.invoke(app, ["credits", str(archive), "--jobs", "2"])
    assert result.exit_code == 1
    assert "page-0003.txt: binary file" in result.stderr
    assert "AFP" in result.stdout


def test_jsonl_pages_take_id_and_source_from_the_record(runner, tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl"
    records = [
        {"id": "fair-1", "text": "Fair\nA stall at the fair. [Jo Li/AFP]\n", "date": "2024-06-19"},
        {"url": "https://example.org/news/2024/fair-day.html", "text": "Fair\nMore stalls. [Reuters]\n"},
        {"text": "Fair\nNo picture here.\n"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    data = yaml.safe_load(runner.invoke(app, ["catalog", str(path)]).stdout)
    assert [(a["id"], a["source"], str(a["date"])) for a in data["articles"]] == [
        ("fair-1", f"{path}:1", "2024-06-19"),
        ("fair-day", "https://example.org/news/2024/fair-day.html", "None"),
        ("crawl-3", f"{path}:3", "None"),
    ]


def test_gzipped_jsonl_pages_are_read(runner, tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "a", "text": "Fair\nA stall. [Jo Li/AFP]\n"}) + "\n")
    result = runner.invoke(app, ["credits", str(path), "--format", "csv"])
    assert result.stdout.splitlines() == ["agency,photos,articles", "AFP,1,1"]


def test_bad_jsonl_lines_are_reported_with_their_line_and_skipped(runner, tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl"
    path.write_text('{"id": "a", "text": "T\\nA stall. [AFP]"}\n{not json\n{"id": "c"}\n', encoding="utf-8")
    result = runner.invoke(app, ["catalog", str(path)])
    assert result.exit_code == 1
    assert f"{path}:2: not valid JSON" in result.stderr
    assert f"{path}:3: no 'text' or 'html' string; line skipped" in result.stderr
    assert [a["id"] for a in yaml.safe_load(result.stdout)["articles"]] == ["a"]


def test_a_jsonl_catalogue_is_read_back_by_credits(runner, tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text("T\nA stall. [Jo Li/AFP]\n", encoding="utf-8")
    out = tmp_path / "c.jsonl"
    assert runner.invoke(app, ["catalog", str(page), "-o", str(out)]).exit_code == 0
    result = runner.invoke(app, ["credits", str(out), "--format", "csv"])
    assert result.stdout.splitlines() == ["agency,photos,articles", "AFP,1,1"]


def test_no_progress_bar_when_standard_error_is_not_a_terminal(runner, archive: Path) -> None:
    result = runner.invoke(app, ["credits", str(archive)])
    assert result.stderr == ""


HEAVY = ("pydantic", "yaml", "tabulate", "rich", "captions.parse.page")


def _heavy_modules_after(argv: list[str], cwd: Path) -> list[str]:
    """The heavy modules a fresh `captions ARGV` has imported when it ends, as the installed command runs.

    The knowledge files' cache is `cwd`'s own: cache/ in it.
    """
    code = (
        f"import sys; sys.argv = ['captions', *{argv!r}]\n"
        "from captions.__main__ import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"print('heavy:', *(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd,
                            env={**os.environ, "XDG_CACHE_HOME": str(cwd / "cache")})
    return result.stderr.strip().splitlines()[-1].split()[1:]


def test_help_imports_no_heavy_module(tmp_path: Path) -> None:
    assert _heavy_modules_after(["--help"], tmp_path) == []


@pytest.mark.parametrize("argv, heavy", [
    (["credits", "-q", "-f", "csv", "page.txt"], ["captions.parse.page"]),
    (["credits", "-q", "page.txt"], ["tabulate", "captions.parse.page"]),  # its table is tabulate's
    (["audit", "-q", "page.txt"], ["pydantic", "captions.parse.page"]),   # its rules read Article models
])
def test_a_run_imports_only_what_it_uses(tmp_path: Path, argv: list[str], heavy: list[str]) -> None:
    (tmp_path / "page.txt").write_text("Fair day\nA stall at the fair. [Jo Li/AFP]\n", encoding="utf-8")
    assert "yaml" in _heavy_modules_after(argv, tmp_path)  # the first run reads the knowledge files and keeps them
    assert sorted(_heavy_modules_after(argv, tmp_path)) == sorted(heavy)


def test_yaml_c_dumper_and_pure_python_dumper_write_the_same_bytes(root: Path) -> None:
    yaml_module = pytest.importorskip("yaml")
    if not hasattr(yaml_module, "CSafeDumper"):
        pytest.skip("PyYAML without libyaml")
    from captions.catalog.build import build_catalog
    from captions.run.items import iter_articles
    from captions.knowledge.registry import bundled_registry
    from captions.catalog.writers import catalog_text

    catalog = build_catalog(iter_articles([str(root / "examples")], bundled_registry(), lambda p: None))
    c_text = catalog_text(catalog, "yaml", yaml_dumper=yaml_module.CSafeDumper)
    assert c_text == catalog_text(catalog, "yaml", yaml_dumper=yaml_module.SafeDumper)


def test_yaml_c_loader_and_pure_python_loader_read_the_same_catalogue(root: Path) -> None:
    yaml_module = pytest.importorskip("yaml")
    if not hasattr(yaml_module, "CSafeLoader"):
        pytest.skip("PyYAML without libyaml")
    text = (root / "catalog.yaml").read_text(encoding="utf-8")
    assert yaml_module.load(text, Loader=yaml_module.CSafeLoader) == yaml_module.load(text, Loader=yaml_module.SafeLoader)


def test_progress_bar_waits_a_second_before_showing(monkeypatch: pytest.MonkeyPatch) -> None:
    from captions.run import progress

    monkeypatch.setattr(progress.sys.stderr, "isatty", lambda: True, raising=False)
    clock = [100.0]
    monkeypatch.setattr(progress.time, "monotonic", lambda: clock[0])
    shown: list[bool] = []
    bar = progress.PageProgress(True)
    monkeypatch.setattr(bar, "_show", lambda: shown.append(True) or setattr(bar, "_bar", _NullBar()))
    for _ in range(5):
        clock[0] += 0.15
        bar()
    assert shown == [] and bar.done == 5
    clock[0] += 1.0
    bar()
    assert shown == [True]


def test_progress_bar_is_off_when_quiet() -> None:
    from captions.run.progress import PageProgress

    assert PageProgress(False).enabled is False


class _NullBar:
    def update(self, *args: object, **kwargs: object) -> None:
        pass

    def stop(self) -> None:
        pass


def test_credit_caches_stay_bounded_on_an_archive_of_distinct_credits(monkeypatch: pytest.MonkeyPatch) -> None:
    from captions.parse import credit as credit_module

    monkeypatch.setattr(credit_module, "CACHE_SIZE", 100)
    reader = credit_module.CreditReader(bundled_registry())
    for n in range(1_000):
        reader.credit(f"Jane Doe{n}/Reuters")
        reader.is_credit(f"Jane Doe{n}/Reuters", credit_module.Context.TAIL)
    assert len(reader._cache) <= 100 and len(reader._models) <= 100
    assert all(len(v) <= 100 for v in reader._verdicts.values())
    assert reader.credit("Jane Doe7/Reuters").agencies == ["Reuters"]  # forgotten, and read again


def test_unique_lines_benchmark_copy_keeps_line_ends_and_makes_lines_distinct(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    caption = "Soldiers march past the stand in Pyongyang on Friday. [KCNA via Reuters]"
    (src / "a.txt").write_text(f"Title\n{caption}\n{caption}\n", encoding="utf-8")
    script = Path(__file__).resolve().parent.parent / "benchmarks" / "unique_lines.py"
    done = subprocess.run([sys.executable, str(script), str(src), str(tmp_path / "out")], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == (
        "Title\n"
        "Soldiers w0x1 march past the stand in Pyongyang on Friday. [KCNA via Reuters]\n"
        "Soldiers w0x2 march past the stand in Pyongyang on Friday. [KCNA via Reuters]\n"
    )


def test_jsonl_pages_with_colliding_ids_are_the_same_for_any_number_of_workers(runner, tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl"
    records = [{"id": f"fair-{n % 7}", "text": PAGE.format(day=n % 28 + 1, n=n)} for n in range(SMALL_RUN + 40)]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    one = runner.invoke(app, ["catalog", str(path), "--format", "jsonl", "--jobs", "1"])
    two = runner.invoke(app, ["catalog", str(path), "--format", "jsonl", "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0, one.output
    assert one.stdout == two.stdout
    assert [json.loads(line)["id"] for line in two.stdout.splitlines()][:9] == [
        "fair-0", "fair-1", "fair-2", "fair-3", "fair-4", "fair-5", "fair-6", "fair-0-2", "fair-1-2"]


def test_a_web_archive_is_the_same_for_any_number_of_workers(runner, tmp_path: Path) -> None:
    from tests.test_html_inputs import _warc

    body = "<html><body><figure><img src='a.jpg' alt='A stall'><figcaption>Stall {n}. Jo Li/AFP</figcaption></figure></body></html>"
    pages = [(f"https://example.org/news/fair-{n % 5}.html", body.format(n=n).encode()) for n in range(SMALL_RUN + 40)]
    (tmp_path / "crawl.warc.gz").write_bytes(_warc(pages, compress=True))
    outputs = {}
    for command in (["catalog", "--format", "jsonl"], ["credits"]):
        one = runner.invoke(app, [*command, str(tmp_path / "crawl.warc.gz"), "--jobs", "1"])
        two = runner.invoke(app, [*command, str(tmp_path / "crawl.warc.gz"), "--jobs", "2"])
        assert one.exit_code == two.exit_code == 0, one.output
        assert one.stdout == two.stdout
        outputs[command[0]] = two.stdout
    assert [json.loads(line)["id"] for line in outputs["catalog"].splitlines()][4:7] == ["fair-4", "fair-0-2", "fair-1-2"]


def test_a_catalogue_among_pages_is_left_out_by_workers_too(runner, archive: Path, tmp_path: Path) -> None:
    before = runner.invoke(app, ["credits", str(archive), "--jobs", "1"]).stdout
    written = runner.invoke(app, ["catalog", str(archive / "part-1"), "--format", "yaml", "-o", str(archive / "part-0" / "zz.txt"), "--into-input"])
    assert written.exit_code == 0, written.output
    for jobs in ("1", "2"):
        result = runner.invoke(app, ["credits", str(archive), "--jobs", jobs])
        assert result.exit_code == 0, result.output
        assert result.stdout == before


def test_a_folder_of_text_catalogues_only_says_they_were_left_out(runner, archive: Path, tmp_path: Path) -> None:
    (tmp_path / "catalogues").mkdir()
    for name in ("june.txt", "july.txt"):
        runner.invoke(app, ["catalog", str(archive / "part-2"), "--format", "yaml", "-o", str(tmp_path / "catalogues" / name)])
    result = runner.invoke(app, ["credits", str(tmp_path / "catalogues")])
    assert result.exit_code == 1
    assert result.stderr.endswith("in this folder; 2 catalogues written by captions left out (name a catalogue to read it)\n")


def test_large_jsonl_read_by_workers_in_spans_gives_the_same_counts_and_problems(runner, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("captions.run.items.SPAN", 4096)   # spans of a few lines, so that many cross to workers
    lines = [json.dumps({"id": f"p{n}", "text": PAGE.format(day=n % 28 + 1, n=n)}) for n in range(SMALL_RUN + 40)]
    lines[5], lines[77] = "{not json", json.dumps({"id": "no-text"})
    lines[150] = json.dumps({"text": "Fair\nA stall \ud800. [Reuters]\n"})
    path = tmp_path / "crawl.jsonl"
    # CR, LF and CRLF line ends: line numbers in problems must not drift from span to span
    path.write_bytes("".join(line + ("\r", "\n", "\r\n")[n % 3] for n, line in enumerate(lines)).encode("utf-8"))
    one = runner.invoke(app, ["credits", str(path), "--format", "csv", "--jobs", "1"])
    two = runner.invoke(app, ["credits", str(path), "--format", "csv", "--jobs", "2"])
    assert (one.exit_code, one.stdout, one.stderr) == (two.exit_code, two.stdout, two.stderr)
    assert f"{path}:78: no 'text' or 'html' string; line skipped" in two.stderr
    assert f"{path}:151: lone surrogate" in two.stderr
    assert "Reuters,1,1" in two.stdout


def test_credits_of_pages_and_a_catalogue_together_are_the_same_for_any_number_of_workers(runner, archive: Path, tmp_path: Path) -> None:
    catalogue = tmp_path / "june.jsonl"
    runner.invoke(app, ["catalog", str(archive / "part-2"), "-o", str(catalogue)])
    counts = [runner.invoke(app, ["credits", str(catalogue), str(archive), str(catalogue), "--format", "csv", "--jobs", jobs])
              for jobs in ("1", "2")]
    assert counts[0].exit_code == counts[1].exit_code == 0, counts[0].output
    assert counts[0].stdout == counts[1].stdout
    # the catalogue named twice is read once (walk.py): its 40 pictures count once, beside the pages
    assert counts[1].stdout.splitlines()[1] == f"AFP,{SMALL_RUN + 40 + 40},{SMALL_RUN + 40 + 40}"
