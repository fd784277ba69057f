#!/usr/bin/env python3
"""Fuzz the page parser and the credit parser (and the catalogue loader) for a set time.

    python fuzz/fuzz_parsers.py --minutes 30                  # atheris if installed, else hypothesis
    python fuzz/fuzz_parsers.py --minutes 30 --engine hypothesis
    python fuzz/fuzz_parsers.py --minutes 10 --target loader  # hostile catalogue files

Every input is checked against the invariants of tests/test_properties.py
(no exception, deterministic, no invented text, names read from the credit)
and against a time budget (a slow input is a failure too). Page inputs are
also written as a YAML, JSON and JSON Lines catalogue and read back, which
must give the same article. The loader target feeds raw bytes to the
catalogue loader, which must either load them or refuse them with a
CatalogError.

atheris keeps its corpus in fuzz/corpus/<target>/ (seeded from examples/) and
writes failing inputs to fuzz/crashes/. Reproduce one with
`python fuzz/fuzz_parsers.py --target page fuzz/crashes/crash-...`; then add
it to tests/test_hostile.py as a regression test.
"""
from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("CAPTIONS_HYPOTHESIS", "fuzz")

SLOW_SECONDS = 2.0  # per input of the sizes fuzzed here (up to ~64 KB): a parse this slow is a bug
MAX_LEN = 65_536


class Slow(AssertionError):
    pass


def _timed(what: str, data: object, started: float) -> None:
    elapsed = time.perf_counter() - started
    if elapsed > SLOW_SECONDS:
        raise Slow(f"{what} took {elapsed:.1f}s on {len(data)} characters: {data!r:.300}")  # type: ignore[arg-type]


def fuzz_page(text: str) -> None:
    from test_properties import check_credit, check_page

    started = time.perf_counter()
    article = check_page(text, fresh=False)
    _timed("parse_page", text, started)
    started = time.perf_counter()
    for line in text.split("\n")[:50]:
        check_credit(line[:2000])
    _timed("parse_credit", text, started)
    roundtrip(article)


def roundtrip(article) -> None:
    from captions.catalog.build import build_catalog
    from captions.catalog.loader import load_catalog
    from captions.catalog.writers import catalog_text

    catalog = build_catalog([article])
    with tempfile.TemporaryDirectory() as folder:
        for fmt in ("yaml", "json", "jsonl"):
            path = Path(folder, f"c.{fmt}")
            path.write_text(catalog_text(catalog, fmt), encoding="utf-8")
            back = load_catalog(path)
            assert back == catalog, f"{fmt} round trip changed the catalogue: {article!r}"


def fuzz_loader(data: bytes) -> None:
    from captions.catalog.loader import CatalogError, load_catalog

    with tempfile.TemporaryDirectory() as folder:
        for suffix in (".yaml", ".json", ".jsonl"):
            path = Path(folder, "c" + suffix)
            path.write_bytes(data)
            started = time.perf_counter()
            try:
                load_catalog(path)
            except CatalogError as err:
                message = str(err)
                assert message and "\n" not in message, f"error is not one line: {message!r}"
            _timed("load_catalog" + suffix, data, started)


def decode(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


# -- atheris ------------------------------------------------------------------------


def run_atheris(target: str, seconds: int, extra: list[str]) -> int:
    import atheris

    with atheris.instrument_imports(include=["captions"]):
        import captions.parse.credit  # noqa: F401
        import captions.catalog.loader  # noqa: F401
        import captions.parse.page  # noqa: F401
        import captions.text  # noqa: F401
        import captions.catalog.writers  # noqa: F401

    def one_input(data: bytes) -> None:
        if target == "loader":
            fuzz_loader(data)
        else:
            fuzz_page(decode(data))

    corpus = HERE / "corpus" / target
    crashes = HERE / "crashes"
    corpus.mkdir(parents=True, exist_ok=True)
    crashes.mkdir(parents=True, exist_ok=True)
    if not any(corpus.iterdir()):
        _seed(corpus, target)
    args = [
        sys.argv[0], str(corpus), f"-max_total_time={seconds}", f"-max_len={MAX_LEN}", "-timeout=30",
        f"-artifact_prefix={crashes}/{target}-", "-print_final_stats=1", "-rss_limit_mb=4096", *extra,
    ]
    atheris.Setup(args, one_input)
    atheris.Fuzz()
    return 0


def _seed(corpus: Path, target: str) -> None:
    if target == "loader":
        from captions.catalog.build import build_catalog
        from captions.parse.page import parse_page
        from captions.catalog.writers import catalog_text

        pages = sorted((ROOT / "examples").glob("*.txt"))[:6]
        catalog = build_catalog(parse_page(p.read_text("utf-8"), id=p.stem, source=p.name) for p in pages)
        for fmt in ("yaml", "json", "jsonl"):
            (corpus / f"seed.{fmt}").write_text(catalog_text(catalog, fmt), encoding="utf-8")
        (corpus / "seed-alias.yaml").write_text("a: &a [x, x]\nb: [*a, *a]\n<<: {c: 1}\n", encoding="utf-8")
        return
    for page in sorted((ROOT / "examples").glob("*.txt")):
        (corpus / page.name).write_bytes(page.read_bytes())


# -- hypothesis -----------------------------------------------------------------------


def run_hypothesis(target: str, seconds: int) -> int:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
    from test_properties import credit_text, page_text, with_tags, without_tags

    deadline = time.monotonic() + seconds
    runs = {"examples": 0, "rounds": 0}
    budget = settings(max_examples=500, deadline=None, suppress_health_check=list(HealthCheck), database=None)

    if target == "loader":
        from test_roundtrip import catalog_files

        @budget
        @given(st.one_of(st.binary(max_size=2_000), catalog_files()))
        def one(data: bytes) -> None:
            runs["examples"] += 1
            fuzz_loader(data)
    else:
        @budget
        @given(st.one_of(without_tags, page_text(), with_tags, st.text(max_size=2_000), credit_text))
        def one(text: str) -> None:
            runs["examples"] += 1
            fuzz_page(text)

    started = time.monotonic()
    while time.monotonic() < deadline:
        one()
        runs["rounds"] += 1
        print(f"[{time.monotonic() - started:7.0f}s] {runs['examples']} examples, no failure", flush=True)
    print(f"done: {runs['examples']} examples in {time.monotonic() - started:.0f}s", flush=True)
    return 0


def replay(target: str, files: list[str]) -> int:
    for name in files:
        data = Path(name).read_bytes()
        print(f"{name}: {len(data)} bytes", flush=True)
        if target == "loader":
            fuzz_loader(data)
        else:
            fuzz_page(decode(data))
        print("  ok")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=10.0, help="how long to fuzz (default 10)")
    parser.add_argument("--engine", choices=("auto", "atheris", "hypothesis"), default="auto")
    parser.add_argument("--target", choices=("page", "loader"), default="page",
                        help="page: the page and credit parsers (default); loader: catalogue files")
    parser.add_argument("replay", nargs="*", help="inputs to check once instead of fuzzing (e.g. a crash file)")
    args, extra = parser.parse_known_args(argv)
    if args.replay:
        return replay(args.target, args.replay)
    seconds = max(1, int(args.minutes * 60))
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401

            engine = "atheris"
        except ImportError:
            engine = "hypothesis"
    print(f"fuzzing {args.target} with {engine} for {seconds}s", flush=True)
    if engine == "atheris":
        return run_atheris(args.target, seconds, extra)
    return run_hypothesis(args.target, seconds)


if __name__ == "__main__":
    sys.exit(main())
