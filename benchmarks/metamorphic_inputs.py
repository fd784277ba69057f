#!/usr/bin/env python3
"""Metamorphic robustness of the input edge: the same page in every container should read the same.

Usage (from the repo root, in a venv with captions installed)::

    python benchmarks/metamorphic_inputs.py                    # ../shared/html, examples/html, ../shared/corpus
    python benchmarks/metamorphic_inputs.py PAGES... --only warc_gzip,jsonl_html --show 5

Each .html page (and each .txt page dump, for the containers that carry text) is written as a plain file and in
each container form (WARC 1.0 and 1.1, .warc and .warc.gz, HTTP headers and encodings, records around the
response, JSON Lines, gzip, byte order marks, legacy charsets, NFD) in a temp folder, and each file is read as
`captions catalog` reads its inputs (run.items.iter_articles). The title and every picture's description,
caption, credit, photographers, agencies and via are compared with the plain file's (whitespace runs folded, no
Unicode normalisation: a decomposed accent in a catalogue is a difference). A form a page has nothing for (a legacy
charset on an all-ASCII page) is not counted. A measuring script: it prints a table and the first differences, and
exits 0.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import tempfile
import unicodedata
import uuid
import zlib
from io import BytesIO
from multiprocessing import Pool
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import metamorphic_html as mh   # noqa: E402  (its page tokens, legacy charsets and comparison)

DEFAULTS = [HERE.parent.parent / "shared" / "html", HERE.parent / "examples" / "html", HERE.parent.parent / "shared" / "corpus"]
URI = "https://news.example.org/2026/11/story-{}.html"
META = re.compile(rb"""<meta\b[^>]*charset[^>]*>""", re.I)
Files = list[tuple[str, bytes]]   # (file name, bytes); a filler page beside the page is named "filler..."


def http(body: bytes, headers: list[tuple[str, str]], status: str = "HTTP/1.1 200 OK") -> bytes:
    return (status + "\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n").encode("latin-1") + body


def record(kind: str, block: bytes, uri: str | None, *, version: str = "1.1", ctype: str | None = None,
           extra: tuple[tuple[str, str], ...] = ()) -> bytes:
    """One WARC record written by hand (for what warcio will not write: angle brackets, chunked bodies...)."""
    rid = uuid.uuid5(uuid.NAMESPACE_URL, f"{kind}{uri}{len(block)}{extra}")
    date = "2026-11-30T10:00:00.123456Z" if version == "1.1" else "2026-11-30T10:00:00Z"
    head = [("WARC-Type", kind), ("WARC-Record-ID", f"<urn:uuid:{rid}>"), ("WARC-Date", date)]
    head += [("WARC-Target-URI", uri)] if uri else []
    head += list(extra)
    head += [("Content-Type", ctype or {"response": "application/http; msgtype=response",
                                        "request": "application/http; msgtype=request"}.get(kind, "text/plain"))]
    head += [("Content-Length", str(len(block)))]
    return (f"WARC/{version}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in head) + "\r\n").encode() + block + b"\r\n\r\n"


def gz(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


def warcio_file(body: bytes, uri: str, *, version: str, gzipped: bool, around: bool = False) -> bytes:
    """A response (and with `around`, a warcinfo, request and metadata record) as warcio writes it."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = BytesIO()
    writer = WARCWriter(out, gzip=gzipped, warc_version=version)
    if around:
        writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "crawler/1.0"}))
        req = StatusAndHeaders("GET /story HTTP/1.1", [("Host", "news.example.org")], is_http_request=True)
        writer.write_record(writer.create_warc_record(uri, "request", http_headers=req))
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=headers))
    if around:
        writer.write_record(writer.create_warc_record(uri, "metadata", payload=BytesIO(b"outlinks: 3\n"),
                                                      warc_content_type="application/warc-fields"))
    return out.getvalue()


def chunked(body: bytes, size: int = 1000) -> bytes:
    return b"".join(b"%x\r\n%s\r\n" % (len(body[i:i + size]), body[i:i + size])
                    for i in range(0, len(body), size)) + b"0\r\n\r\n"


def response(body: bytes, uri: str, ctype: str = "text/html; charset=utf-8", *, more: tuple = (), version: str = "1.1",
             status: str = "HTTP/1.1 200 OK", warc_uri: str | None = None) -> bytes:
    return record("response", http(body, [("Content-Type", ctype), *more, ("Content-Length", str(len(body)))]
                                   if not any(k == "Transfer-Encoding" for k, _ in more) else
                                   [("Content-Type", ctype), *more], status), warc_uri or uri, version=version)


def no_meta(data: bytes) -> bytes:
    return META.sub(b"", data)


def legacy(codec: str, declared: str) -> Callable[[bytes, str], Files | None]:
    """The page in a legacy encoding its <meta> declares, in a WARC whose header names the charset too, and not."""
    def run(data: bytes, uri: str) -> Files | None:
        out = mh.encoded(codec, declared)(data.decode("utf-8"))
        if out is None:
            return None
        return [("a.warc", response(out, uri, f"text/html; charset={declared}")),
                ("b.warc", response(out, uri, "text/html"))]
    return run


def header_label(codec: str, label: str) -> Callable[[bytes, str], Files | None]:
    """The page in `codec`, no <meta> charset, the HTTP header naming it by a label browsers read as `codec`
    (WHATWG: ISO-8859-1 and US-ASCII are windows-1252, Shift_JIS is windows-31j, EUC-KR windows-949...)."""
    def run(data: bytes, uri: str) -> Files | None:
        out = mh.encoded(codec, "x")(data.decode("utf-8"))
        return None if out is None else [("a.warc", response(no_meta(out), uri, f"text/html; charset={label}"))]
    return run


def _disagree(data: bytes, uri: str) -> Files | None:
    """The header's charset right, the <meta>'s wrong (a CMS's stale template): the header wins, as in a browser."""
    text = data.decode("utf-8")
    if not re.search(r"[^\x00-\x7f]", text):
        return None
    stale = mh.charset('<meta charset="utf-8">')(text)
    try:
        body = stale.encode("cp1252")
    except UnicodeEncodeError:
        return None
    utf8_stale = mh.charset('<meta charset="windows-1252">')(text).encode()
    return [("a.warc", response(body, uri, "text/html; charset=windows-1252")),
            ("b.warc", response(utf8_stale, uri, "text/html; charset=utf-8"))]


def _around(data: bytes, uri: str) -> Files:
    info = record("warcinfo", b"software: crawler/2.0\r\nformat: WARC File Format 1.1\r\n", None,
                  ctype="application/warc-fields")
    req = record("request", http(b"", [("Host", "news.example.org")], "GET /story HTTP/1.1"), uri)
    meta = record("metadata", b"via: https://news.example.org/\r\n", uri, ctype="application/warc-fields")
    revisit = record("revisit", http(b"", [("Content-Type", "text/html")]), uri + "?amp=1",
                     extra=(("WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"),
                            ("WARC-Refers-To-Target-URI", uri)))
    return [("a.warc", info + req + response(data, uri) + meta + revisit),
            ("b.warc.gz", b"".join(gz(r) for r in (info, req, response(data, uri), meta, revisit)))]


def jsonl(field: str, *, ascii_: bool = True, extra: bool = False, crlf: bool = False) -> Callable[[str, str], bytes]:
    def run(text: str, stem: str) -> bytes:
        rec: dict = {"id": stem, field: text}
        if extra:
            rec = {"url": URI.format(stem), "status": 200, "fetched": "2026-11-30T10:00:00Z", **rec,
                   "headers": {"content-type": "text/html"}, "lang": "und"}
        filler = {"id": "filler", field: "<html><body><p>Other.</p></body></html>" if field == "html" else "Other\n"}
        end = "\r\n" if crlf else "\n"
        return (json.dumps(rec, ensure_ascii=ascii_) + end + json.dumps(filler) + end).encode()
    return run


def html_forms(data: bytes, stem: str) -> dict[str, Files | None]:
    uri = URI.format(stem)
    text = data.decode("utf-8")
    return {
        "warcio_1.0": [("a.warc", warcio_file(data, uri, version="1.0", gzipped=False))],
        "warcio_1.1": [("a.warc", warcio_file(data, uri, version="1.1", gzipped=False))],
        "warcio_gz_members": [("a.warc.gz", warcio_file(data, uri, version="1.1", gzipped=True))],
        "warcio_records_around": [("a.warc.gz", warcio_file(data, uri, version="1.0", gzipped=True, around=True))],
        "warc_gz_one_member": [("a.warc.gz", gz(record("warcinfo", b"software: x\r\n", None) + response(data, uri)))],
        "warc_1.0_by_hand": [("a.warc", response(data, uri, version="1.0"))],
        "http_charset_header_and_meta": [("a.warc", response(data, uri, "text/html; charset=UTF-8"))],
        "http_no_charset": [("a.warc", response(data, uri, "text/html"))],
        "http_charset_header_only": [("a.warc", response(no_meta(data), uri, "text/html;charset=utf-8"))],
        "http_charset_meta_only": [("a.warc", response(data, uri, "text/html"))] if META.search(data) else None,
        "http_no_charset_anywhere": [("a.warc", response(no_meta(data), uri, "text/html"))],
        "http_header_beats_meta": _disagree(data, uri),
        "http_gzip": [("a.warc", response(gz(data), uri, more=(("Content-Encoding", "gzip"),)))],
        "http_deflate_zlib": [("a.warc", response(zlib.compress(data), uri, more=(("Content-Encoding", "deflate"),)))],
        "http_deflate_raw": [("a.warc", response((lambda c: c.compress(data) + c.flush())(zlib.compressobj(wbits=-15)),
                                                 uri, more=(("Content-Encoding", "deflate"),)))],
        "http_chunked": [("a.warc", response(chunked(data), uri, more=(("Transfer-Encoding", "chunked"),)))],
        "http_gzip_chunked": [("a.warc", response(chunked(gz(data)), uri, more=(
            ("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked"))))],
        "records_around": _around(data, uri),
        "target_uri_in_brackets": [("a.warc", response(data, uri, version="1.0", warc_uri=f"<{uri}>"))],
        "http_1.0": [("a.warc", response(data, uri, status="HTTP/1.0 200 OK"))],
        "http_2_status": [("a.warc", response(data, uri, status="HTTP/2 200"))],
        **{f"legacy_{name}": legacy(codec, declared)(data, uri) for name, codec, declared in (
            ("windows_1252", "cp1252", "windows-1252"), ("windows_1251", "cp1251", "windows-1251"),
            ("shift_jis", "cp932", "Shift_JIS"), ("gbk", "gbk", "gbk"), ("euc_kr", "cp949", "euc-kr"))},
        **{f"header_label_{label.lower()}": header_label(codec, label)(data, uri) for codec, label in (
            ("cp1252", "ISO-8859-1"), ("cp1252", "US-ASCII"), ("cp932", "Shift_JIS"), ("cp949", "EUC-KR"),
            ("gbk", "GB2312"), ("cp874", "TIS-620"), ("cp1251", "windows-1251"))},
        "jsonl_html_ascii": [("a.jsonl", jsonl("html")(text, stem))],
        "jsonl_html_utf8": [("a.jsonl", jsonl("html", ascii_=False)(text, stem))],
        "jsonl_html_extra_fields": [("a.jsonl", jsonl("html", extra=True)(text, stem))],
        "jsonl_html_crlf": [("a.jsonl", jsonl("html", crlf=True)(text, stem))],
        "jsonl_html_gz": [("a.jsonl.gz", gz(jsonl("html", ascii_=False)(text, stem)))],
        "html_gz": [("a.html.gz", gz(data))],
        "utf8_bom": [("a.html", b"\xef\xbb\xbf" + data)],
        "utf16_bom": [("a.html", text.encode("utf-16")), ("b.html", b"\xfe\xff" + text.encode("utf-16-be"))],
        "nfd": [("a.html", unicodedata.normalize("NFD", text).encode())],
    }


def text_forms(data: bytes, stem: str) -> dict[str, Files | None]:
    text = data.decode("utf-8-sig")
    uri = URI.format(stem)
    return {
        "wet_conversion": [("a.warc", record("conversion", data, uri, ctype="text/plain"))],
        "wet_conversion_gz": [("a.warc.gz", gz(record("conversion", data, uri, ctype="text/plain")))],
        "jsonl_text_ascii": [("a.jsonl", jsonl("text")(text, stem))],
        "jsonl_text_utf8": [("a.jsonl", jsonl("text", ascii_=False)(text, stem))],
        "jsonl_text_extra_fields": [("a.jsonl", jsonl("text", extra=True)(text, stem))],
        "jsonl_text_crlf": [("a.jsonl", jsonl("text", crlf=True)(text, stem))],
        "jsonl_text_gz": [("a.jsonl.gz", gz(jsonl("text", ascii_=False)(text, stem)))],
        "txt_gz": [("a.txt.gz", gz(data))],
        "txt_utf8_bom": [("a.txt", b"\xef\xbb\xbf" + data)],
        "txt_utf16_bom": [("a.txt", text.encode("utf-16")), ("b.txt", b"\xfe\xff" + text.encode("utf-16-be"))],
    }


def answer(path: str) -> list[tuple] | None:
    """The file read as `captions catalog` reads an input: its page's title and photos; None if not one page."""
    from captions.run.items import iter_articles
    from captions.knowledge.registry import bundled_registry

    problems: list = []
    arts = [a for a in iter_articles([path], bundled_registry(), problems.append) if a.id != "filler"]
    if len(arts) != 1:
        return None
    norm = lambda s: None if s is None else mh.SPACES.sub(" ", s).strip()   # noqa: E731
    return [("title", norm(arts[0].title))] + [
        (norm(p.description), norm(p.caption), c and norm(c.raw), c and tuple(c.photographers),
         c and tuple(c.agencies), c and tuple(c.via)) for p in arts[0].photos for c in [p.credit]]


def _job(args: tuple[str, list[str] | None]) -> tuple[str, list[tuple[str, int, list]]]:
    path, only = args
    data = Path(path).read_bytes()
    stem = Path(path).stem
    results = []
    with tempfile.TemporaryDirectory(prefix="mm-inputs-") as tmp:
        plain = os.path.join(tmp, "plain" + Path(path).suffix)
        Path(plain).write_bytes(data)
        before = answer(plain) or []
        forms = (html_forms if path.endswith(".html") else text_forms)(data, stem)
        for name, files in forms.items():
            if only and name not in only:
                continue
            if files is None:
                results.append((name, -1, []))
                continue
            worst: tuple[int, list] = (0, [])
            for fname, content in files:
                where = os.path.join(tmp, name + "-" + fname)
                Path(where).write_bytes(content)
                after = answer(where)
                got = (max(len(before) - 1, 1), [(0, "not read as one page", fname, None)]) if after is None \
                    else mh.compare(before, after)
                if got[0] > worst[0] or (got[1] and not worst[1]):
                    worst = (got[0], [(w, f, b, a) for w, f, b, a in got[1]])
            results.append((name, worst[0], worst[1]))
    return path, results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("folders", nargs="*", type=Path, default=DEFAULTS)
    ap.add_argument("--only", help="comma-separated form names")
    ap.add_argument("--show", type=int, default=3, help="differences shown per form")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    only = args.only.split(",") if args.only else None
    pages = sorted(str(p) for folder in args.folders for p in folder.glob("*") if p.suffix in (".html", ".txt"))
    with Pool(args.jobs) as pool:
        done = pool.map(_job, [(p, only) for p in pages], chunksize=1)
    totals: dict[str, list[int]] = {}
    shown: dict[str, list] = {}
    for path, results in done:
        for name, changed, diffs in results:
            t = totals.setdefault(name, [0, 0, 0])
            if changed >= 0:
                t[0], t[1], t[2] = t[0] + 1, t[1] + bool(changed or diffs), t[2] + changed
                shown.setdefault(name, []).extend((Path(path).name, *d) for d in diffs)
    print(f"{len(pages)} pages\n\n| form | pages written | pages changed | pictures changed |\n|---|---|---|---|")
    for name, t in totals.items():
        print(f"| {name} | {' | '.join(map(str, t))} |")
    for name, notes in shown.items():
        for page, where, field, before, after in notes[:args.show]:
            print(f"\n{name}: {page} #{where} {field}\n  before: {before!r}\n  after:  {after!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
