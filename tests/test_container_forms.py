"""The same page read from any container reads the same: what benchmarks/metamorphic_inputs.py measures over whole
pages, here on small pages of our own, each in the container form a crawler wrote."""
from __future__ import annotations

import gzip
import json
import unicodedata
from pathlib import Path

import pytest

from captions.cli import app

PAGE = ('<html><head><meta charset="{charset}"><title>Ferry back on the lake</title></head><body>'
        '<figure><img src="ferry.jpg" alt="{alt}"><figcaption>{caption}</figcaption></figure></body></html>')


def response(body: bytes, content_type: str, uri: str = "https://lake.example.org/ferry.html") -> bytes:
    http = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
    head = (f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:3f1c0e2a-5b7d-4c1e-9a2f-0d6b8e4c7a11>\r\n"
            f"WARC-Date: 2026-11-30T10:00:00Z\r\nWARC-Target-URI: {uri}\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n")
    return head.encode() + http + b"\r\n\r\n"


def pictures(runner, path: Path) -> tuple[list[tuple], str]:
    result = runner.invoke(app, ["catalog", str(path), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    return [(p["description"], p["caption"], p["credit"] and p["credit"]["raw"])
            for a in json.loads(result.stdout)["articles"] for p in a["photos"]], result.stderr


@pytest.mark.parametrize("label, codec, caption, expected", [
    # servers name ISO-8859-1 (Apache's old default) or US-ASCII and send windows-1252's curly quotes and dashes
    ("ISO-8859-1", "cp1252", "The \u201cLady Mere\u201d leaves the pier \u2013 on time. Photo: Ana Vidal/Lakeside Press",
     "The \u201cLady Mere\u201d leaves the pier \u2013 on time."),
    ("us-ascii", "cp1252", "The \u201cLady Mere\u201d leaves the pier. Photo: Ana Vidal/Lakeside Press",
     "The \u201cLady Mere\u201d leaves the pier."),
    # GB2312's A1AA is an em dash in browsers and GBK (Python's GB2312 reads a horizontal bar)
    ("GB2312", "gbk", "\u6e56\u4e0a\u6e21\u8f6e\u2014\u2014\u6062\u590d\u822a\u884c\u3002 Photo: Ana Vidal/Lakeside Press",
     "\u6e56\u4e0a\u6e21\u8f6e\u2014\u2014\u6062\u590d\u822a\u884c\u3002"),
    # Thai servers send windows-874's curly quotes under TIS-620
    ("TIS-620", "cp874", "\u0e40\u0e23\u0e37\u0e2d \u201c\u0e25\u0e30\u0e21\u0e38\u0e14\u201d \u0e2d\u0e2d\u0e01\u0e08"
     "\u0e32\u0e01\u0e17\u0e48\u0e32\u0e40\u0e23\u0e37\u0e2d Photo: Ana Vidal/Lakeside Press",
     "\u0e40\u0e23\u0e37\u0e2d \u201c\u0e25\u0e30\u0e21\u0e38\u0e14\u201d \u0e2d\u0e2d\u0e01\u0e08\u0e32\u0e01"
     "\u0e17\u0e48\u0e32\u0e40\u0e23\u0e37\u0e2d"),
])
def test_an_http_charset_label_reads_as_browsers_read_it(runner, tmp_path: Path, label: str, codec: str,
                                                         caption: str, expected: str) -> None:
    body = PAGE.replace('<meta charset="{charset}">', "").format(alt="A ferry", caption=caption).encode(codec)
    path = tmp_path / "crawl.warc"
    path.write_bytes(response(body, f"text/html; charset={label}"))
    found, _ = pictures(runner, path)
    assert found == [("A ferry", expected, "Ana Vidal/Lakeside Press")]


def test_a_meta_charset_label_python_does_not_know_is_read(runner, tmp_path: Path) -> None:
    caption = "\u0e40\u0e23\u0e37\u0e2d\u0e02\u0e49\u0e32\u0e21\u0e1f\u0e32\u0e01 Photo: Ana Vidal/Lakeside Press"
    path = tmp_path / "ferry.html"
    path.write_bytes(PAGE.format(charset="windows-874", alt="A ferry", caption=caption).encode("cp874"))
    found, err = pictures(runner, path)
    assert found == [("A ferry", "\u0e40\u0e23\u0e37\u0e2d\u0e02\u0e49\u0e32\u0e21\u0e1f\u0e32\u0e01",
                      "Ana Vidal/Lakeside Press")]
    assert "read as windows-874, as the page declares" in err


@pytest.mark.parametrize("form", ["nfd.html", "nfd.warc", "nfd.jsonl"])
def test_an_html_page_with_decomposed_accents_reads_as_the_composed_one(runner, tmp_path: Path, form: str) -> None:
    page = PAGE.format(charset="utf-8", alt="Le bac quitte la jet\u00e9e",
                       caption="Le bac quitte la jet\u00e9e de Th\u00f4nes. Photo\u00a0: Zo\u00e9 Mar\u00e9chal/Agence Lac")
    decomposed = unicodedata.normalize("NFD", page)
    path = tmp_path / form
    path.write_bytes(decomposed.encode() if form.endswith(".html") else
                     response(decomposed.encode(), "text/html") if form.endswith(".warc") else
                     json.dumps({"id": "bac", "html": decomposed}).encode() + b"\n")
    (tmp_path / "composed.html").write_text(page, encoding="utf-8")
    assert pictures(runner, path)[0] == pictures(runner, tmp_path / "composed.html")[0] == [
        ("Le bac quitte la jet\u00e9e", "Le bac quitte la jet\u00e9e de Th\u00f4nes.", "Zo\u00e9 Mar\u00e9chal/Agence Lac")]


def test_a_web_archive_gzipped_whole_reads_as_the_archive(runner, tmp_path: Path) -> None:
    page = PAGE.format(charset="utf-8", alt="A ferry", caption="The ferry leaves. Photo: Ana Vidal/Lakeside Press")
    archive = b"".join(response(page.encode(), "text/html; charset=utf-8", f"https://lake.example.org/{n}.html")
                       for n in (1, 2))
    (tmp_path / "crawl.warc").write_bytes(archive)
    (tmp_path / "whole.warc.gz").write_bytes(gzip.compress(archive))   # `gzip crawl.warc`: one member, not two
    assert pictures(runner, tmp_path / "whole.warc.gz") == pictures(runner, tmp_path / "crawl.warc") == (
        [("A ferry", "The ferry leaves.", "Ana Vidal/Lakeside Press")] * 2, "")


@pytest.mark.parametrize("caption", [
    "\u0623\u0637\u0641\u0627\u0644 \u064a\u0644\u0639\u0628\u0648\u0646 \u0639\u0644\u0649 \u0627\u0644\u0634\u0627\u0637\u0626.",   # Arabic: alef with hamza
    "\u09a8\u09a6\u09c0\u09b0 \u09a7\u09be\u09b0\u09c7 \u09a8\u09cc\u0995\u09cb\u0964",   # Bengali: two-part vowel signs
    "\u0d9c\u0d82\u0d9c\u0dcf \u0d85\u0dc3\u0dbd \u0db6\u0ddc\u0da7\u0dd4\u0dc0\u0d9a\u0dca.",   # Sinhala: two-part vowel sign
])
def test_a_caption_in_another_script_saved_decomposed_reads_composed(caption: str) -> None:
    from captions.parse.html.page import read_html

    page = PAGE.format(charset="utf-8", alt="x", caption=caption + " Photo: Ana Vidal/Lakeside Press")
    photo = read_html(unicodedata.normalize("NFD", page)).photos[0]
    assert unicodedata.normalize("NFD", caption) != caption
    assert (photo.caption, photo.credit.raw) == (caption, "Ana Vidal/Lakeside Press")
