#!/usr/bin/env python3
"""Benchmark reading HTML pages from a web archive: `captions credits` against trafilatura.

Usage (from the repo root, in a venv with captions installed)::

    python benchmarks/html_pages.py                                  # 30,000 records, trafilatura on 1,000
    python benchmarks/html_pages.py --records 2000 --baseline-records 200 --jobs 2
    python benchmarks/html_pages.py --pages ../shared/html --json html-bench.json

It builds a `.warc.gz` of the pages in --pages (every *.html, repeated round
robin under distinct URIs) up to --records response records, in a temporary
folder removed at the end, then times:

- `captions credits ARCHIVE --jobs N` (the whole run: reading the archive,
  finding every picture's caption and credit, counting credits per agency);
- trafilatura's `extract(html, include_images=True)` over the first
  --baseline-records records of the same archive, in a pool of N processes
  (trafilatura is not a dependency of captions: `pip install trafilatura
  lxml_html_clean` in your own venv). Its pages/s is measured on fewer
  records because it is several times slower; pages/s does not depend on the
  count once the pool is warm.

Both read the same records with warcio; the figures are wall-clock pages per
second on this machine, printed as a Markdown table (and saved with --json).
"""
from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from multiprocessing import Pool
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_PAGES = HERE.parent.parent / "shared" / "html"


def build_warc(pages: list[Path], records: int, out: Path) -> int:
    """A .warc.gz of `records` response records cycling through `pages`; returns its size in bytes."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    bodies = [p.read_bytes() for p in pages]
    with open(out, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for n in range(records):
            body = bodies[n % len(bodies)]
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            uri = f"https://bench.example/{n:06d}/{pages[n % len(pages)].name}"
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
    return out.stat().st_size


def _html_records(path: Path, limit: int):
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as handle:
        for n, record in enumerate(ArchiveIterator(handle)):
            if n >= limit:
                return
            if record.rec_type == "response":
                yield record.content_stream().read().decode("utf-8", errors="replace")


def _trafilatura_one(html: str) -> int:
    import trafilatura

    text = trafilatura.extract(html, include_images=True)
    return len(text or "")


def time_trafilatura(path: Path, limit: int, jobs: int) -> tuple[float, int]:
    with Pool(jobs) as pool:
        pool.map(_trafilatura_one, ["<html><body><p>warm up</p></body></html>"] * jobs)
        start = time.perf_counter()
        done = sum(1 for _ in pool.imap(_trafilatura_one, _html_records(path, limit), chunksize=8))
        return time.perf_counter() - start, done


def time_captions(path: Path, jobs: int) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "captions", "credits", str(path), "--jobs", str(jobs), "--quiet"],
                   check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=Path, default=DEFAULT_PAGES, help="folder of *.html pages to pack")
    ap.add_argument("--records", type=int, default=30_000, help="response records in the archive")
    ap.add_argument("--baseline-records", type=int, default=1_000, help="records trafilatura reads")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--work", type=Path, default=None, help="folder for the temporary archive")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()

    pages = sorted(args.pages.glob("*.html"))
    if not pages:
        sys.exit(f"html_pages.py: no *.html in {args.pages}")
    with tempfile.TemporaryDirectory(dir=args.work) as tmp:
        archive = Path(tmp) / "pages.warc.gz"
        size = build_warc(pages, args.records, archive)
        captions_s = time_captions(archive, args.jobs)
        baseline = min(args.baseline_records, args.records)
        trafilatura_s, done = time_trafilatura(archive, baseline, args.jobs)
    figures = {
        "records": args.records, "archive_mb": round(size / 1e6, 1), "jobs": args.jobs,
        "captions_s": round(captions_s, 2), "captions_pages_per_s": round(args.records / captions_s, 1),
        "trafilatura_records": done, "trafilatura_s": round(trafilatura_s, 2),
        "trafilatura_pages_per_s": round(done / trafilatura_s, 1),
    }
    figures["speedup"] = round(figures["captions_pages_per_s"] / figures["trafilatura_pages_per_s"], 2)
    print("| tool | records | jobs | seconds | pages/s |")
    print("|---|---:|---:|---:|---:|")
    print(f"| captions credits | {args.records:,} | {args.jobs} | {captions_s:.1f} | {figures['captions_pages_per_s']:,} |")
    print(f"| trafilatura extract | {done:,} | {args.jobs} | {trafilatura_s:.1f} | {figures['trafilatura_pages_per_s']:,} |")
    print(f"\narchive: {figures['archive_mb']} MB gzipped; captions is {figures['speedup']}x trafilatura's pages/s")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
