"""HTML pages and web archives as inputs: files, folders, standard input, JSON Lines, WARC (issue 12)."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from captions.cli import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "html").glob("*.html"))


def _warc(pages: list[tuple[str, bytes]], *, compress: bool, wet: list[tuple[str, str]] = ()) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    for uri, body in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
    for uri, text in wet:
        writer.write_record(writer.create_warc_record(uri, "conversion", payload=io.BytesIO(text.encode("utf-8")),
                                                      warc_content_type="text/plain"))
    return out.getvalue()


def _photos(catalog: dict) -> list[list[tuple]]:
    return [[(p["description"], p["caption"], p["credit"] and p["credit"]["raw"]) for p in a["photos"]]
            for a in catalog["articles"]]


def test_catalog_reads_a_folder_of_html_pages(runner, tmp_path: Path) -> None:
    out = tmp_path / "c.json"
    result = runner.invoke(app, ["catalog", str(ROOT / "examples" / "html"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    catalog = json.loads(out.read_text(encoding="utf-8"))
    assert [a["id"] for a in catalog["articles"]] == [p.stem for p in EXAMPLES]
    by_id = {a["id"]: a for a in catalog["articles"]}
    assert by_id["figure-credit-span"]["photos"][0]["credit"]["raw"] == "Mara Quinn/Reuters"


@pytest.mark.parametrize("compress", [True, False], ids=["warc.gz", "warc"])
def test_warc_gives_the_same_pictures_as_the_folder(runner, tmp_path: Path, compress: bool) -> None:
    name = "pages.warc.gz" if compress else "pages.warc"
    (tmp_path / name).write_bytes(_warc([(f"https://example.org/news/{p.name}", p.read_bytes()) for p in EXAMPLES],
                                        compress=compress))
    folder = runner.invoke(app, ["catalog", str(ROOT / "examples" / "html"), "--format", "json"])
    archive = runner.invoke(app, ["catalog", str(tmp_path / name), "--format", "json"])
    assert archive.exit_code == 0, archive.output
    from_archive = json.loads(archive.stdout)
    assert _photos(from_archive) == _photos(json.loads(folder.stdout))
    assert [a["source"] for a in from_archive["articles"]] == [f"https://example.org/news/{p.name}" for p in EXAMPLES]
    assert [a["id"] for a in from_archive["articles"]] == [p.stem for p in EXAMPLES]
    assert archive.stderr == ""  # the blank line a writer leaves after the last record is no cut


def test_a_binary_file_named_warc_is_refused(runner, tmp_path: Path) -> None:
    path = tmp_path / "fake.warc.gz"
    path.write_bytes(bytes(range(256)) * 8)
    result = runner.invoke(app, ["catalog", str(path), "--format", "json"])
    assert result.exit_code == 1
    assert result.stderr.strip().endswith("fake.warc.gz: not a web archive: no WARC record could be read")


def test_a_warc_record_under_a_uri_with_a_broken_host_is_read_and_named_by_its_path(runner, tmp_path: Path) -> None:
    # urlsplit refuses "[::1" (an IPv6 host never closed); the whole run ended in a traceback, every page lost
    page = b'<!doctype html><figure><img src="a.jpg"><figcaption>Boats reach the square. [AFP]</figcaption></figure>'
    (tmp_path / "a.warc").write_bytes(_warc([("http://[::1/news/floods.html", page)], compress=False))
    result = runner.invoke(app, ["catalog", str(tmp_path / "a.warc"), "--format", "json"])
    assert result.exit_code == 0, result.output
    article = json.loads(result.stdout)["articles"][0]
    assert (article["id"], article["source"]) == ("floods", "http://[::1/news/floods.html")
    assert _photos(json.loads(result.stdout)) == [[(None, "Boats reach the square.", "AFP")]]


def test_warc_conversion_records_are_page_dumps(runner, tmp_path: Path) -> None:
    path = tmp_path / "text.warc.gz"
    path.write_bytes(_warc([], compress=True, wet=[("https://example.org/rain", "Rain in the valley\nBoats reach the square. [Jo Li/AFP]\n")]))
    result = runner.invoke(app, ["catalog", str(path), "--format", "json"])
    assert _photos(json.loads(result.stdout)) == [[(None, "Boats reach the square.", "Jo Li/AFP")]]


@pytest.mark.parametrize("compress", [True, False], ids=["warc.gz", "warc"])
def test_warc_record_cut_short_warns_and_reads_what_is_there(runner, tmp_path: Path, compress: bool) -> None:
    whole = _warc([(f"https://example.org/{p.name}", p.read_bytes()) for p in EXAMPLES], compress=compress)
    path = tmp_path / ("cut.warc.gz" if compress else "cut.warc")
    path.write_bytes(whole[: len(whole) - 400])
    result = runner.invoke(app, ["catalog", str(path), "--format", "json"])
    assert len(json.loads(result.stdout)["articles"]) == len(EXAMPLES)
    assert f"https://example.org/{EXAMPLES[-1].name}: record cut short" in result.stderr  # the last record


def test_warc_record_cut_inside_a_tag_leaves_the_half_tag_out_of_the_credit(runner, tmp_path: Path) -> None:
    page = (b'<html><body><figure><img src="a.jpg" alt="Quay">'
            b'<figcaption>The quay at dawn. Photo: Al Ko/AFP</figcaption></figure>')
    whole = _warc([("https://example.org/quay", page)], compress=False)
    cut = whole.index(b"</figcaption>") + 2   # the archive ends on '</'
    (tmp_path / "cut.warc").write_bytes(whole[:cut])
    result = runner.invoke(app, ["catalog", str(tmp_path / "cut.warc"), "--format", "json"])
    assert _photos(json.loads(result.stdout)) == [[("Quay", "The quay at dawn.", "Al Ko/AFP")]]


def test_warc_that_is_not_an_archive_is_one_clear_problem(runner, tmp_path: Path) -> None:
    path = tmp_path / "bad.warc"
    path.write_bytes(b"this is not a web archive\n" * 20)
    result = runner.invoke(app, ["catalog", str(path), "--format", "json"])
    assert result.stderr.strip().endswith("bad.warc: not a web archive: no WARC record could be read")
    assert "Traceback" not in result.output
def test_html_on_standard_input_is_sniffed(runner) -> None:
    page = (ROOT / "examples" / "html" / "caption-bar-credit.html").read_text(encoding="utf-8")
    result = runner.invoke(app, ["catalog", "-", "--format", "json"], input=page)
    assert result.exit_code == 0, result.output
    assert _photos(json.loads(result.stdout))[0][0] == ("Snowploughs lined up at a closed road barrier",
                                                        "Snowploughs wait at the barrier below the pass on Tuesday.",
                                                        "Lena Vogt/dpa")


def test_an_html_fragment_on_standard_input_keeps_its_alt_text(runner) -> None:
    fragment = '<figure><img src=a.jpg alt="Boats"><figcaption>Boats. Photo: Jo Li/AFP</figcaption></figure>\n'
    result = runner.invoke(app, ["catalog", "-", "--format", "json"], input=fragment)
    assert result.exit_code == 0, result.output
    assert _photos(json.loads(result.stdout)) == [[("Boats", "Boats.", "Jo Li/AFP")]]


def test_a_page_dump_opening_with_a_less_than_sign_stays_a_page_dump(runner) -> None:
    dump = "<< Back to the gallery\nBoats reach the square. [Jo Li/AFP]\n"
    result = runner.invoke(app, ["catalog", "-", "--format", "json"], input=dump)
    assert result.exit_code == 0, result.output
    catalog = json.loads(result.stdout)
    assert (catalog["articles"][0]["title"], _photos(catalog)) == (
        "<< Back to the gallery", [[(None, "Boats reach the square.", "Jo Li/AFP")]])


def test_json_lines_html_field_holds_markup(runner, tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    record = {"url": "https://example.org/news/ferry.html", "html": (ROOT / "examples/html/figure-credit-span.html").read_text(encoding="utf-8")}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["catalog", str(path), "--format", "json"])
    catalog = json.loads(result.stdout)
    assert catalog["articles"][0]["id"] == "ferry"
    assert [p["credit"]["raw"] for p in catalog["articles"][0]["photos"]] == ["Mara Quinn/Reuters", "Tom Reyes/AFP"]


@pytest.mark.parametrize("opening", ['<?xml version="1.0" encoding="utf-8"?>\n', '<?php header("Vary: Cookie"); ?>\n'],
                         ids=["xml declaration", "php"])
def test_a_page_under_any_name_opening_with_a_processing_instruction_is_html(runner, tmp_path: Path,
                                                                              opening: str) -> None:
    # read as a page dump, its caption was "<!DOCTYPE html>FloodsBoats reach the square."
    (tmp_path / "story").write_text(opening + '<!DOCTYPE html><html><head><title>Floods</title></head><body><figure>'
                                    '<img src="a.jpg" alt="Boats"><figcaption>Boats reach the square. Photo: Jo Li/AFP'
                                    "</figcaption></figure></body></html>", encoding="utf-8")
    result = runner.invoke(app, ["catalog", str(tmp_path / "story"), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert _photos(json.loads(result.stdout)) == [[("Boats", "Boats reach the square.", "Jo Li/AFP")]]


def test_a_page_dump_under_a_processing_instruction_stays_a_page_dump(runner, tmp_path: Path) -> None:
    (tmp_path / "story").write_text('<?php echo 1; ?>\nFloods in the valley\nBoats reach the square. [AFP]\n',
                                    encoding="utf-8")
    result = runner.invoke(app, ["catalog", str(tmp_path / "story"), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert _photos(json.loads(result.stdout)) == [[(None, "Boats reach the square.", "AFP")]]


def test_an_html_page_holding_a_stray_nul_byte_is_read(runner, tmp_path: Path) -> None:
    # a browser prints it as nothing; the page was refused whole: "binary file, not a page dump"
    (tmp_path / "page.html").write_bytes(b'<!DOCTYPE html><html><body>\x00<figure><img src="a.jpg" alt="Boats">'
                                         b"<figcaption>Boats reach\x00 the square. Photo: Jo Li/AFP</figcaption>"
                                         b"</figure></body></html>")
    result = runner.invoke(app, ["catalog", str(tmp_path / "page.html"), "--format", "json"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert _photos(json.loads(result.stdout)) == [[("Boats", "Boats reach the square.", "Jo Li/AFP")]]


def test_a_stray_nul_byte_in_an_attribute_prints_as_nothing_too(runner, tmp_path: Path) -> None:
    # the parser keeps a NUL in an attribute as U+FFFD: the alt text read "Bo\ufffdats", the image "a\ufffd.jpg"
    (tmp_path / "page.html").write_bytes(b'<!DOCTYPE html><html><body><figure><img src="a\x00.jpg" alt="Bo\x00ats">'
                                         b"<figcaption>Boats reach the square. Photo: Jo Li/AFP</figcaption>"
                                         b"</figure></body></html>")
    result = runner.invoke(app, ["catalog", str(tmp_path / "page.html"), "--format", "json"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert _photos(json.loads(result.stdout)) == [[("Boats", "Boats reach the square.", "Jo Li/AFP")]]
    assert "\ufffd" not in result.stdout and "\\ufffd" not in result.stdout


def test_an_html_page_in_utf16_with_no_byte_order_mark_is_still_refused(runner, tmp_path: Path) -> None:
    (tmp_path / "page.html").write_bytes("<!DOCTYPE html><html><body><p>Boats.</p></body></html>".encode("utf-16-le"))
    result = runner.invoke(app, ["catalog", str(tmp_path / "page.html"), "--format", "json"])
    assert result.exit_code == 1
    assert result.stderr.strip().endswith("page.html: binary file, not a page dump (UTF-16 text needs a byte order mark)")


def test_html_page_in_another_charset(runner, tmp_path: Path) -> None:
    path = tmp_path / "latin.html"
    path.write_bytes('<html><head><meta charset="windows-1252"></head><body><figure><img src="a.jpg">'
                     '<figcaption>Café on the quay. Photo: Zoë Ruiz/AFP</figcaption></figure></body></html>'.encode("cp1252"))
    result = runner.invoke(app, ["catalog", str(path), "--format", "json"])
    assert result.exit_code == 0
    assert "latin.html: not UTF-8; read as windows-1252, as the page declares" in result.stderr
    assert _photos(json.loads(result.stdout)) == [[(None, "Café on the quay.", "Zoë Ruiz/AFP")]]


@pytest.mark.parametrize("name", ["story.php", "index", "saved.txt"])
def test_an_html_page_named_outright_by_any_name_is_sniffed(runner, tmp_path: Path, name: str) -> None:
    saved = tmp_path / name
    saved.write_bytes((ROOT / "examples" / "html" / "caption-bar-credit.html").read_bytes())
    result = runner.invoke(app, ["catalog", str(saved), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert _photos(json.loads(result.stdout))[0][0] == ("Snowploughs lined up at a closed road barrier",
                                                        "Snowploughs wait at the barrier below the pass on Tuesday.",
                                                        "Lena Vogt/dpa")


def test_show_reads_an_html_page(runner) -> None:
    result = runner.invoke(app, ["show", str(ROOT / "examples/html/figure-credit-span.html")])
    assert result.exit_code == 0, result.output
    assert "Mara Quinn/Reuters" in result.stdout and "Tom Reyes/AFP" in result.stdout


def test_catalog_source_keeps_the_credit_source(runner, tmp_path: Path) -> None:
    from captions.catalog.loader import load_catalog

    out = tmp_path / "c.yaml"
    runner.invoke(app, ["catalog", str(ROOT / "examples/html/figure-credit-span.html"), "-o", str(out)])
    photo = load_catalog(out).articles[0].photos[0]
    assert photo.credit_source == "printed"


def test_catalogue_without_credit_source_still_loads(tmp_path: Path) -> None:
    from captions.catalog.loader import load_catalog

    path = tmp_path / "old.yaml"
    path.write_text("catalog_version: 1\narticles:\n- id: a\n  source: a.txt\n  date: null\n  section: null\n  title: T\n"
                    "  photos:\n  - id: a/1\n    line: 2\n    description: null\n    caption: Rain.\n    credit: null\n"
                    "agencies: {}\n", encoding="utf-8")
    assert load_catalog(path).articles[0].photos[0].credit_source is None


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=3000), st.integers(0, 3000))
def test_warc_reader_takes_any_bytes(data: bytes, cut: int) -> None:
    import tempfile

    from captions.inputs.sources import Problem
    from captions.inputs.warc import iter_warc

    head = _warc([("https://example.org/a.html", b"<!doctype html><figure><img src=a.jpg><figcaption>Rain. [AFP]</figcaption></figure>")],
                 compress=False)
    with tempfile.NamedTemporaryFile(suffix=".warc") as handle:
        handle.write(head[:cut] + data)
        handle.flush()
        for item in iter_warc(handle.name, max_bytes=1 << 20):
            assert isinstance(item, Problem) or item.text is not None


def test_html_page_of_nearly_20_mb_is_read(runner, tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    filler = "<p>" + "Body text of a long page. " * 40 + "</p>\n"
    body = filler * (19_000_000 // len(filler))
    path.write_text("<!doctype html><html><body>" + body + '<figure><img src="a.jpg" alt="Rain">'
                    "<figcaption>Rain on the quay. [Jo Li/AFP]</figcaption></figure></body></html>", encoding="utf-8")
    result = runner.invoke(app, ["catalog", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert _photos(json.loads(result.stdout)) == [[("Rain", "Rain on the quay.", "Jo Li/AFP")]]


def test_sqlite_keeps_the_credit_source(runner, tmp_path: Path) -> None:
    from captions.catalog.sqlite import iter_sqlite_articles

    db = tmp_path / "c.db"
    result = runner.invoke(app, ["catalog", str(ROOT / "examples/html/figure-credit-span.html"), "-o", str(db)])
    assert result.exit_code == 0, result.output
    [article] = list(iter_sqlite_articles(db))
    assert [p.credit_source for p in article.photos] == ["printed", "printed"]


# -- standard input told by its first bytes ---------------------------------------------------------

RECORDS = "".join(json.dumps({"id": name, "text": f"{name.title()} day\n\nA boy runs past a stall. [Jo Li/{agency}]"}) + "\n"
                  for name, agency in (("fair", "AFP"), ("rain", "AP"), ("snow", "Reuters")))


@pytest.mark.parametrize("compress", [True, False], ids=["warc.gz", "warc"])
def test_a_web_archive_on_standard_input_is_read_record_by_record(runner, tmp_path: Path, compress: bool) -> None:
    archive = _warc([(f"https://example.org/news/{p.name}", p.read_bytes()) for p in EXAMPLES], compress=compress)
    (tmp_path / "pages.warc").write_bytes(archive)
    from_file = runner.invoke(app, ["catalog", str(tmp_path / "pages.warc"), "--format", "json"])
    piped = runner.invoke(app, ["catalog", "-", "--format", "json"], input=archive)
    assert (piped.exit_code, piped.stderr) == (0, "")
    assert piped.stdout == from_file.stdout


def test_a_web_archive_cut_short_on_standard_input_reads_as_the_file_does(runner, tmp_path: Path) -> None:
    whole = _warc([(f"https://example.org/{p.name}", p.read_bytes()) for p in EXAMPLES], compress=True)
    (tmp_path / "cut.warc.gz").write_bytes(whole[: len(whole) - 400])
    from_file = runner.invoke(app, ["catalog", str(tmp_path / "cut.warc.gz"), "--format", "json"])
    piped = runner.invoke(app, ["catalog", "-", "--format", "json"], input=whole[: len(whole) - 400])
    assert (piped.exit_code, piped.stdout) == (0, from_file.stdout)
    assert piped.stderr == from_file.stderr.replace(str(tmp_path / "cut.warc.gz"), "-")


def test_a_web_archive_gzipped_as_one_stream_on_standard_input_is_looked_through(runner) -> None:
    import gzip

    archive = _warc([(f"https://example.org/{p.name}", p.read_bytes()) for p in EXAMPLES], compress=False)
    result = runner.invoke(app, ["catalog", "-", "--format", "json"], input=gzip.compress(archive))
    assert (result.exit_code, result.stderr) == (0, "")
    assert len(json.loads(result.stdout)["articles"]) == len(EXAMPLES)


@pytest.mark.parametrize("piped", [False, True], ids=["file", "stdin"])
def test_json_lines_gzipped_and_cut_short_give_every_whole_line_before_the_cut(runner, tmp_path: Path, piped: bool) -> None:
    import gzip
    import zlib

    import hashlib

    stalls = [hashlib.sha1(str(n).encode()).hexdigest() for n in range(3000)]   # text that gzip cannot squeeze much
    lines = "".join(json.dumps({"id": f"fair-{n}", "text": f"Fair {n}\n\nA boy runs past stall {stall}. [Jo Li/AFP]"}) + "\n"
                    for n, stall in enumerate(stalls))
    cut = gzip.compress(lines.encode("utf-8"))[:60_000]
    whole_lines = zlib.decompressobj(wbits=31).decompress(cut).count(b"\n")
    (tmp_path / "fairs.jsonl.gz").write_bytes(cut)
    name = "-" if piped else str(tmp_path / "fairs.jsonl.gz")
    result = runner.invoke(app, ["catalog", name, "--format", "jsonl"], input=cut if piped else None)
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == whole_lines
    assert result.stderr.startswith(f"captions: error: {name}: cannot read after line {whole_lines}: ")
    assert result.stderr.count("\n") == 1


def test_json_lines_on_standard_input_are_a_page_a_line(runner) -> None:
    result = runner.invoke(app, ["credits", "--format", "csv"], input=RECORDS)
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == "agency,photos,articles\nAFP,1,1\nAP,1,1\nReuters,1,1\n"


def test_json_lines_on_standard_input_are_not_one_page_over_the_limit(runner) -> None:
    assert len(RECORDS) > 100
    result = runner.invoke(app, ["catalog", "-", "--format", "json", "--max-bytes", "100"], input=RECORDS)
    assert (result.exit_code, result.stderr) == (0, "")
    assert [a["id"] for a in json.loads(result.stdout)["articles"]] == ["fair", "rain", "snow"]


def test_gzipped_json_lines_on_standard_input_are_looked_through(runner) -> None:
    import gzip

    result = runner.invoke(app, ["credits", "--format", "csv"], input=gzip.compress(RECORDS.encode("utf-8")))
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == "agency,photos,articles\nAFP,1,1\nAP,1,1\nReuters,1,1\n"


def test_a_gzipped_page_dump_on_standard_input_is_read_as_the_page(runner) -> None:
    import gzip

    page = "Fair day\n\nA boy runs past a stall at the fair. [Jo Li/AFP]\n"
    result = runner.invoke(app, ["catalog", "-", "--format", "json"], input=gzip.compress(page.encode("utf-8")))
    assert (result.exit_code, result.stderr) == (0, "")
    assert _photos(json.loads(result.stdout)) == [[(None, "A boy runs past a stall at the fair.", "Jo Li/AFP")]]


def test_a_corrupt_gzip_stream_on_standard_input_is_one_line(runner) -> None:
    import gzip

    data = gzip.compress(RECORDS.encode("utf-8") * 50)
    result = runner.invoke(app, ["credits"], input=data[:40] + b"\x00" * 200)
    assert result.exit_code == 1
    assert result.stderr.startswith("captions: error: -: cannot read: ") and result.stderr.count("\n") == 1


def test_a_catalogue_on_standard_input_is_refused_not_read_as_a_page(runner, tmp_path: Path) -> None:
    page = "Fair day\n\nA boy runs past a stall at the fair. [Jo Li/AFP]\n"
    catalogue = runner.invoke(app, ["catalog", "-"], input=page).stdout
    result = runner.invoke(app, ["credits", "--format", "csv"], input=catalogue)
    assert result.exit_code == 1
    assert result.stderr == "captions: error: -: a catalogue captions wrote; name its file to read it\n"


def test_a_csv_photo_table_on_standard_input_is_refused_not_read_as_a_page(runner) -> None:
    page = "Fair day\n\nA boy runs past a stall at the fair. [Jo Li/AFP]\n"
    table = runner.invoke(app, ["catalog", "-", "-f", "csv"], input=page).stdout
    result = runner.invoke(app, ["show"], input=table)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == ("captions: error: -: a table of photo rows captions wrote, not page dumps; skipped "
                             "(name its file to captions credits, audit or diff)\n")


@given(st.binary(max_size=10_000), st.booleans())
@settings(max_examples=60)
def test_the_sniffed_stream_gives_back_every_byte(data: bytes, compress: bool) -> None:
    import gzip

    from captions.inputs.stdin import sniff

    if data.startswith(b"\x1f\x8b"):
        data = b"x" + data
    _kind, stream = sniff(io.BytesIO(gzip.compress(data) if compress else data))
    assert stream.read() == data


def test_an_audit_of_a_web_archive_names_each_page_by_its_url_as_the_catalogue_does(runner, tmp_path: Path) -> None:
    page = (b"<html><head><title>Flood</title></head><body>\n<figure><img src='a.jpg' alt='A street under water'>\n"
            b"<figcaption>A street under water in the old town on Monday.</figcaption></figure>\n</body></html>")
    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(_warc([("https://news.example/2024/flood.html", page)], compress=True))
    audit = runner.invoke(app, ["audit", str(archive), "--select", "CAP001", "--format", "json"])
    catalogue = runner.invoke(app, ["catalog", str(archive), "--format", "json"])
    [finding] = json.loads(audit.stdout)
    [article] = json.loads(catalogue.stdout)["articles"]
    assert (finding["path"], finding["line"], finding["photo"]) == (article["source"], 3, "flood/1")
    assert article["source"] == "https://news.example/2024/flood.html"
