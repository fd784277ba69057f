"""The same jobs on a Dask cluster (`--engine dask`): the same bytes as on one machine."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import pytest

from captions.cli import app
from captions.run.dask_engine import parts_of
from tests.cli_errors import error_line

distributed = pytest.importorskip("distributed")
fsspec = pytest.importorskip("fsspec")

PAGE = " date 2024-06-{day:02d} World\nHeadline {n}\n\nPicture number {n} of the fair. [Jo Li/AFP]\nAnother view of stall {n}. (AP Photo/Kim Lee)\n"
RECORDS = [
    {"id": "fair-1", "text": "Fair\nA stall at the fair. [Jo Li/AFP]\n", "date": "2024-06-19"},
    {"url": "https://example.org/news/2024/fair-day.html", "text": "Fair\nMore stalls. [Reuters]\nA ride. Photo: Getty Images\n"},
]


def pages() -> dict[str, str]:
    """A small archive: page dumps in two folders, two of them named alike, and a JSON Lines file."""
    found = {f"part-{n // 50}/page-{n:03d}.txt": PAGE.format(day=n % 28 + 1, n=n) for n in range(90)}
    found["part-1/page-000.txt"] = PAGE.format(day=3, n=999)   # the same name as part-0's: its id becomes page-000-2
    found["part-1/crawl.jsonl"] = "".join(json.dumps(r) + "\n" for r in RECORDS)
    return found


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A two-worker cluster in this process (threads, not processes: quick to start)."""
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None)
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    for name, text in pages().items():
        (tmp_path / "pages" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "pages" / name).write_text(text, encoding="utf-8")
    return tmp_path / "pages"


@pytest.fixture
def in_memory() -> Iterator[str]:
    """The archive in fsspec's memory filesystem, seen by the workers of a cluster in this process."""
    fs = fsspec.filesystem("memory")
    for name, text in pages().items():
        fs.pipe(f"/archive/{name}", text.encode("utf-8"))
    try:
        yield "memory://archive"
    finally:
        fs.rm("/archive", recursive=True)


@pytest.mark.parametrize("command", [["catalog", "-f", "jsonl"], ["catalog", "-f", "yaml"], ["credits", "--by", "agency,role"], ["credits", "--since", "2024-06-10"], ["audit", "--exit-zero"]])
def test_a_cluster_run_writes_what_a_single_machine_run_writes(runner, archive: Path, scheduler: str, command: list[str]) -> None:
    local = runner.invoke(app, [*command, str(archive), "--jobs", "1", "-q"])
    cluster = runner.invoke(app, [*command, str(archive), "--engine", "dask", "--scheduler", scheduler, "-q"])
    assert local.exit_code == cluster.exit_code == 0, cluster.output
    assert cluster.stdout == local.stdout


def test_a_page_two_arguments_reach_is_read_once_on_a_cluster_too(runner, archive: Path, scheduler: str) -> None:
    args = ["credits", str(archive), str(archive / "part-1"), str(archive / "part-0" / "page-001.txt")]
    local = runner.invoke(app, [*args, "--jobs", "1"])
    cluster = runner.invoke(app, [*args, "--engine", "dask", "--scheduler", scheduler])
    assert (cluster.exit_code, cluster.stdout, cluster.stderr) == (0, local.stdout, local.stderr)
    assert "part-1: read already" in cluster.stderr


def test_workers_read_urls_themselves(runner, archive: Path, scheduler: str, in_memory: str) -> None:
    local = runner.invoke(app, ["catalog", "-f", "jsonl", str(archive), "-q"])
    cluster = runner.invoke(app, ["catalog", "-f", "jsonl", in_memory, "--engine", "dask", "--scheduler", scheduler, "-q"])
    assert cluster.exit_code == 0, cluster.output
    assert cluster.stdout.replace("memory://archive", str(archive)) == local.stdout
    assert '"source": "memory://archive/part-0/page-000.txt"' in cluster.stdout


def test_the_scheduler_address_comes_from_dask_s_environment_variable(runner, archive: Path, scheduler: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", scheduler)
    local = runner.invoke(app, ["credits", str(archive), "-q"])
    cluster = runner.invoke(app, ["credits", str(archive), "--engine", "dask", "-q"])
    assert cluster.exit_code == 0, cluster.output
    assert cluster.stdout == local.stdout


def test_problems_reading_on_a_worker_are_reported_with_the_url(runner, scheduler: str, in_memory: str) -> None:
    fsspec.filesystem("memory").pipe("/archive/part-0/page-010.txt", b"\x00\x01binary")
    result = runner.invoke(app, ["credits", in_memory, "--engine", "dask", "--scheduler", scheduler, "-q"])
    assert result.exit_code == 1
    assert "captions: error: memory://archive/part-0/page-010.txt: binary file" in result.stderr


def test_an_unreachable_scheduler_is_one_line(runner, archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("captions.run.dask_engine.CONNECT_TIMEOUT", "1s")
    result = runner.invoke(app, ["credits", str(archive), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2
    assert "cannot reach the Dask scheduler" in error_line(result.stderr, "tcp://127.0.0.1:1")
    assert len(result.stderr.splitlines()) == 1


def test_standard_input_cannot_go_to_a_cluster(runner, scheduler: str) -> None:
    result = runner.invoke(app, ["credits", "-", "--engine", "dask", "--scheduler", scheduler], input="Fair\nA stall. [AFP]\n")
    assert result.exit_code == 2
    assert "standard input cannot be sent to a cluster" in error_line(result.stderr)


def test_big_files_are_parts_of_their_own_and_small_files_share_one() -> None:
    files = ["a.txt", "b.txt", "c.jsonl", "d.warc.gz", "e.txt"]
    assert parts_of(files) == [["a.txt", "b.txt"], ["c.jsonl"], ["d.warc.gz"], ["e.txt"]]


def test_a_folder_of_part_files_holds_the_single_machine_catalogue(runner, archive: Path, scheduler: str, tmp_path: Path) -> None:
    local = runner.invoke(app, ["catalog", "-f", "jsonl", str(archive), "-q"])
    result = runner.invoke(app, ["catalog", str(archive), "--engine", "dask", "--scheduler", scheduler, "-o", f"{tmp_path}/parts/", "-q"])
    assert result.exit_code == 0, result.output
    parts = sorted((tmp_path / "parts").iterdir())
    # part-0's pages, then the JSON Lines file (a part of its own), then part-1's pages
    assert [p.name for p in parts] == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    assert "".join(p.read_text(encoding="utf-8") for p in parts) == local.stdout


def test_part_files_go_only_into_a_new_or_empty_folder(runner, archive: Path, scheduler: str, tmp_path: Path) -> None:
    (tmp_path / "parts").mkdir()
    (tmp_path / "parts" / "mine.txt").write_text("keep me\n", encoding="utf-8")
    result = runner.invoke(app, ["catalog", str(archive), "--engine", "dask", "--scheduler", scheduler, "-o", str(tmp_path / "parts")])
    assert result.exit_code == 1
    assert "new or empty folder" in error_line(result.stderr, str(tmp_path / "parts"))
    assert (tmp_path / "parts" / "mine.txt").read_text(encoding="utf-8") == "keep me\n"


def test_the_library_runs_a_job_on_a_cluster(archive: Path, scheduler: str) -> None:
    from captions import jobs

    local = jobs.count([str(archive)], by=["agency", "role"], jobs=1)
    cluster = jobs.count([str(archive)], by=["agency", "role"], engine="dask", scheduler=scheduler)
    assert cluster == local


def test_the_library_writes_part_files_on_a_cluster(archive: Path, scheduler: str, tmp_path: Path) -> None:
    from captions import jobs

    local = jobs.catalog([str(archive)], output=str(tmp_path / "one.jsonl"), jobs=1)
    written = jobs.catalog([str(archive)], output=f"{tmp_path}/parts/", engine="dask", scheduler=scheduler)
    assert written.entries == local.entries == 93   # 91 page files and a JSON Lines file of 2 records
    parts = sorted((tmp_path / "parts").iterdir())
    assert "".join(p.read_text(encoding="utf-8") for p in parts) == (tmp_path / "one.jsonl").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz", "crawl.jsonl"])
@pytest.mark.parametrize("command", [["catalog", "-f", "jsonl"], ["credits", "-f", "csv"], ["audit", "--exit-zero"]])
def test_a_cluster_run_of_an_archive_writes_what_workers_on_one_machine_write(runner, tmp_path: Path, scheduler: str, monkeypatch,
                                                                            name: str, command: list[str]) -> None:
    from captions.inputs import warc_spans
    from captions.run import items
    from tests.test_shares import _archive

    monkeypatch.setattr(warc_spans, "SPAN", 2000)   # the local runs read it in spans
    monkeypatch.setattr(items, "SPAN", 300)
    if name == "crawl.jsonl":
        path = tmp_path / name
        path.write_text("".join(json.dumps({"id": "same", "text": PAGE.format(day=n % 28 + 1, n=n)}) + "\n"
                                for n in range(40)), encoding="utf-8")
    else:
        path = _archive(tmp_path, compress=name.endswith(".gz"))
    runs = [runner.invoke(app, [*command, str(path), *how, "-q"])
            for how in (["--jobs", "1"], ["--jobs", "2"], ["--engine", "dask", "--scheduler", scheduler])]
    assert [run.exit_code for run in runs] == [0, 0, 0], runs[2].output
    assert runs[1].stdout == runs[0].stdout
    assert runs[2].stdout == runs[0].stdout
