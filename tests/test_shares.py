"""Workers read their own share of the inputs (page files, spans of JSON Lines and web archives); the output is the same for any --jobs."""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from captions.cli import app
from captions.inputs import warc_spans as spans_module
from captions.inputs.warc_spans import warc_spans
from captions.run.parallel import SMALL_RUN
from tests.test_html_inputs import _warc

PAGE = "Headline {n}\n\nPicture number {n} of the fair. [Jo Li/AFP]\nAnother view of stall {n}. (AP Photo/Kim Lee)\n"
HTML = ("<html><body><h1>Fair {n}</h1><figure><img src='a.jpg' alt='A stall'>"
        "<figcaption>Stall number {n} at the fair. Photo: Jo Li/AFP</figcaption></figure></body></html>")
COMMANDS = [["catalog", "--format", "jsonl"], ["catalog", "--format", "yaml"], ["credits", "--format", "csv"],
            ["audit", "--exit-zero", "--format", "json"]]


def _same_for_any_jobs(runner, command: list[str], paths: list[Path]) -> str:
    """The run's output and problems with --jobs 1, 2 and the default, checked equal; returns the first output."""
    runs = [runner.invoke(app, [*command, *map(str, paths), *jobs, "-q"]) for jobs in (["--jobs", "1"], ["--jobs", "2"], [])]
    assert {run.exit_code for run in runs} == {runs[0].exit_code}, [run.output for run in runs]
    assert runs[0].stdout, runs[0].output   # not a usage error
    assert runs[1].stdout == runs[0].stdout, command
    assert runs[2].stdout == runs[0].stdout, command
    assert runs[1].stderr == runs[0].stderr, command
    return runs[0].stdout


@pytest.fixture
def same_names(tmp_path: Path) -> Path:
    """Pages all named index.txt in folders of their own, and a catalogue captions wrote among them."""
    for n in range(SMALL_RUN + 30):
        folder = tmp_path / "site" / f"{n:04d}"
        folder.mkdir(parents=True)
        (folder / "index.txt").write_text(PAGE.format(n=n), encoding="utf-8")
    (tmp_path / "site" / "0002" / "index.txt").write_text('{"id": "x", "source": "x.txt", "photos": []}\n', encoding="utf-8")
    return tmp_path / "site"


@pytest.mark.parametrize("command", COMMANDS)
def test_pages_of_one_name_get_the_same_ids_for_any_number_of_workers(runner, same_names: Path, command: list[str]) -> None:
    _same_for_any_jobs(runner, command, [same_names])


def test_pages_of_one_name_are_numbered_in_input_order_with_the_catalogue_left_out(runner, same_names: Path) -> None:
    out = runner.invoke(app, ["catalog", str(same_names), "--format", "jsonl", "--jobs", "2"]).stdout
    ids = [json.loads(line)["id"] for line in out.splitlines()]
    assert ids[:4] == ["index", "index-2", "index-3", "index-4"]
    assert len(ids) == len(set(ids)) == SMALL_RUN + 29


def _archive(tmp_path: Path, *, compress: bool, records: int = 60) -> Path:
    """An archive whose pages share a URL slug ('article'), so their ids are settled in input order."""
    pages = [(f"https://example.org/article?id={n}" if n % 3 else f"https://example.org/news/fair-{n}.html",
              HTML.format(n=n).encode("utf-8")) for n in range(records)]
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    path.write_bytes(_warc(pages, compress=compress))
    return path


@pytest.mark.parametrize("compress", [True, False], ids=["warc.gz", "warc"])
def test_an_archive_is_cut_at_record_boundaries(tmp_path: Path, compress: bool) -> None:
    path = _archive(tmp_path, compress=compress)
    data = path.read_bytes()
    spans = warc_spans(str(path), size=2000)
    assert len(spans) > 5
    assert spans[0][0] == 0 and spans[-1][1] == len(data)
    assert all(end == start for (_, end), (start, _) in zip(spans, spans[1:]))
    for start, _end in spans:
        head = gzip.GzipFile(fileobj=io.BytesIO(data[start:start + 4096])).read(8) if compress else data[start:start + 8]
        assert head.startswith(b"WARC/1."), start


def test_an_archive_with_a_wrong_content_length_is_not_cut(tmp_path: Path) -> None:
    path = _archive(tmp_path, compress=False)
    data = path.read_bytes()
    at = data.index(b"Content-Length: ", len(data) // 2) + len(b"Content-Length: ")
    path.write_bytes(data[:at] + b"1" + data[at:])   # ten times longer than the record
    assert warc_spans(str(path), size=2000) == [(0, len(data) + 1)]


def test_an_archive_gzipped_as_one_stream_is_not_cut(tmp_path: Path) -> None:
    plain = _archive(tmp_path, compress=False)
    path = tmp_path / "one-stream.warc.gz"
    path.write_bytes(gzip.compress(plain.read_bytes()))
    assert warc_spans(str(path), size=2000) == [(0, path.stat().st_size)]


@pytest.mark.parametrize("compress", [True, False], ids=["warc.gz", "warc"])
@pytest.mark.parametrize("command", COMMANDS)
def test_an_archive_read_in_spans_is_the_same_for_any_number_of_workers(runner, tmp_path: Path, monkeypatch,
                                                                         compress: bool, command: list[str]) -> None:
    monkeypatch.setattr(spans_module, "SPAN", 2000)
    path = _archive(tmp_path, compress=compress)
    out = _same_for_any_jobs(runner, command, [path])
    if command[:3] == ["catalog", "--format", "jsonl"]:
        ids = [json.loads(line)["id"] for line in out.splitlines()]
        assert ids[:4] == ["fair-0", "article", "article-2", "fair-3"]


def test_an_archive_and_a_folder_claim_ids_in_input_order(runner, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(spans_module, "SPAN", 2000)
    archive = _archive(tmp_path, compress=True)
    folder = tmp_path / "pages"
    for n in range(SMALL_RUN):
        (folder / f"{n:04d}").mkdir(parents=True)
        (folder / f"{n:04d}" / "article.txt").write_text(PAGE.format(n=n), encoding="utf-8")
    out = _same_for_any_jobs(runner, ["catalog", "--format", "jsonl"], [folder, archive, folder])
    ids = [json.loads(line)["id"] for line in out.splitlines()]
    assert ids[SMALL_RUN:SMALL_RUN + 3] == ["fair-0", f"article-{SMALL_RUN + 1}", f"article-{SMALL_RUN + 2}"]
    assert len(ids) == len(set(ids))


def test_problems_of_an_archive_in_spans_are_told_once_and_in_order(runner, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(spans_module, "SPAN", 2000)
    plain = _archive(tmp_path, compress=False).read_bytes()
    records = [plain[start:end] for start, end in warc_spans(str(tmp_path / "crawl.warc"), size=1)]
    for n in (5, 40):   # two records, in two spans, whose Content-Length says 5 bytes too few
        length = records[n].index(b"Content-Length: ") + len(b"Content-Length: ")
        value = int(records[n][length:records[n].index(b"\r", length)])
        records[n] = records[n].replace(f"Content-Length: {value}".encode(), f"Content-Length: {value - 5}".encode(), 1)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(gzip.compress(record) for record in records) + gzip.compress(records[0])[:50])
    one = runner.invoke(app, ["credits", str(path), "--jobs", "1"])
    two = runner.invoke(app, ["credits", str(path), "--jobs", "2"])
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr
    assert "2 records not followed by a blank line" in two.stderr
    assert len(two.stderr.splitlines()) == 2, two.stderr


def test_a_large_jsonl_file_in_spans_gets_the_same_ids_for_any_number_of_workers(runner, tmp_path: Path, monkeypatch) -> None:
    from captions.run import items

    monkeypatch.setattr(items, "SPAN", 600)
    path = tmp_path / "crawl.jsonl"
    lines = [json.dumps({"id": "same" if n % 2 else f"p{n}", "text": PAGE.format(n=n)}) for n in range(80)]
    lines[7] = "{not json"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for command in COMMANDS:
        _same_for_any_jobs(runner, command, [path])


def test_an_audit_of_catalogues_and_pages_is_the_same_for_any_number_of_workers(runner, same_names: Path, tmp_path: Path) -> None:
    catalogue = tmp_path / "site.json"
    runner.invoke(app, ["catalog", str(same_names), "-o", str(catalogue), "--jobs", "1"])
    for fmt in ("json", "sarif"):
        _same_for_any_jobs(runner, ["audit", "--exit-zero", "--format", fmt], [catalogue, same_names, catalogue])


def test_pages_over_max_bytes_in_an_archive_read_in_spans_are_told_as_in_one_process(runner, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(spans_module, "SPAN", 2000)
    path = _archive(tmp_path, compress=True)
    err = runner.invoke(app, ["catalog", "-f", "jsonl", str(path), "--max-bytes", "159", "--jobs", "2"]).stderr
    assert err.count("page larger than 159 bytes, skipped (see --max-bytes)") == 50   # pages 10 to 59
    _same_for_any_jobs(runner, ["catalog", "-f", "jsonl", "--max-bytes", "159"], [path])
