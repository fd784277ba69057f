"""Pages in any encoding and with any line ends keep their pictures (issue #9, "Nothing lost").

Every page here is invented for its test.
"""
from __future__ import annotations

import datetime
import json
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from captions import parse_page
from captions.cli import app
from captions.inputs.decoding import decode_page
from captions.text import strip_tags

PAGE = (
    " date 2025-02-03 World\n"
    "Snow closes mountain passes\n"
    "\n"
    "A plough clears the road to the Brenner pass on Monday. (AP Photo/José Müller)\n"
)
CREDIT = {"raw": "AP Photo/José Müller", "photographers": ["José Müller"], "agencies": ["AP"], "via": []}
RUSSIAN = (
    "Пожар на складе в Новосибирске\n"
    "\n"
    "Пожарные тушат огонь на складе в Новосибирске в понедельник вечером. (Фото: Иван Петров/ТАСС)\n"
)
KOREAN = (
    "서울 도심에서 열린 겨울 축제\n"
    "\n"
    "시민들이 토요일 서울 광화문 광장에서 열린 축제를 즐기고 있다. (AP Photo/Lee Jin-man)\n"
)
POLISH = (
    "Powódź w Kłodzku\n"
    "\n"
    "Mieszkańcy brodzą przez zalaną ulicę w Kłodzku. (AP Photo/Czarek Sokołowski)\n"
    '<meta charset="iso-8859-2">\n'
)


def catalog(runner, *paths: Path, options: tuple[str, ...] = ()) -> tuple[int, dict | None, str]:
    result = runner.invoke(app, ["catalog", *map(str, paths), *options])
    return result.exit_code, yaml.safe_load(result.stdout) if result.stdout else None, result.stderr


# -- encodings ------------------------------------------------------------------------------------

ENCODINGS = [
    pytest.param(PAGE.encode("utf-8"), None, id="utf-8"),
    pytest.param(b"\xef\xbb\xbf" + PAGE.encode("utf-8"), None, id="utf-8-with-mark"),
    pytest.param(PAGE.encode("utf-16"), None, id="utf-16-with-mark"),
    pytest.param(b"\xfe\xff" + PAGE.encode("utf-16-be"), None, id="utf-16-be-with-mark"),
    pytest.param(PAGE.encode("utf-32"), None, id="utf-32-with-mark"),
    pytest.param(PAGE.encode("latin-1"), "not UTF-8; read as windows-1252, the browsers' fallback", id="latin-1"),
    pytest.param(PAGE.replace("Monday", "“Monday” — ").encode("cp1252"),
                 "not UTF-8; read as windows-1252, the browsers' fallback", id="windows-1252"),
]


@pytest.mark.parametrize("data, warning", ENCODINGS)
def test_a_page_in_any_encoding_keeps_its_credit(runner, tmp_path: Path, data: bytes, warning: str | None) -> None:
    path = tmp_path / "snow.txt"
    path.write_bytes(data)
    code, out, err = catalog(runner, path)
    assert code == 0, err
    article = out["articles"][0]
    assert (article["title"], article["section"]) == ("Snow closes mountain passes", "World"), data[:40]
    assert [(p["line"], p["credit"]) for p in article["photos"]] == [(4, CREDIT)], data[:40]
    assert err == (f"captions: warning: {path}: {warning}\n" if warning else ""), data[:40]


def test_a_utf_8_page_with_a_stray_byte_stays_utf_8(runner, tmp_path: Path) -> None:
    path = tmp_path / "snow.txt"
    path.write_bytes(PAGE.encode("utf-8").replace(b"on Monday", b"by the caf\xe9"))
    code, out, err = catalog(runner, path)
    assert code == 0, err
    assert [(p["caption"], p["credit"]) for p in out["articles"][0]["photos"]] == [
        ("A plough clears the road to the Brenner pass by the café.", CREDIT)]
    assert err == f"captions: warning: {path}: not UTF-8 throughout; read as UTF-8, 1 stray byte as windows-1252\n"


OTHER_SCRIPTS = [
    pytest.param(RUSSIAN, "cp1251", "windows-1251, as detected", "Иван Петров/ТАСС", id="russian-windows-1251"),
    pytest.param(RUSSIAN, "koi8_r", "KOI8-R, as detected", "Иван Петров/ТАСС", id="russian-koi8-r"),
    pytest.param(KOREAN, "euc_kr", "EUC-KR, as detected", "AP Photo/Lee Jin-man", id="korean-euc-kr"),
    pytest.param(POLISH, "iso8859_2", "ISO-8859-2, as the page declares", "AP Photo/Czarek Sokołowski",
                 id="polish-declared-iso-8859-2"),
]


@pytest.mark.parametrize("text, encoding, how, credit", OTHER_SCRIPTS)
def test_a_page_in_another_scripts_encoding_is_read_in_it(runner, tmp_path: Path, text: str, encoding: str,
                                                          how: str, credit: str) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(text.encode(encoding))
    code, out, err = catalog(runner, path)
    assert code == 0, err
    article = out["articles"][0]
    assert article["title"] == text.split("\n")[0], encoding
    assert [p["credit"]["raw"] for p in article["photos"]] == [credit], encoding
    assert err == f"captions: warning: {path}: not UTF-8; read as {how}\n", encoding


@given(st.binary(max_size=300))
def test_decode_page_reads_any_bytes_without_raising(data: bytes) -> None:
    decoded = decode_page(data)
    assert decoded.text is None or isinstance(decoded.text, str)


@given(st.text(alphabet=st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=200),
       st.sampled_from(["utf-8", "utf-16", "utf-32"]))
def test_decode_page_round_trips_unicode_text(text: str, encoding: str) -> None:
    data = text.encode(encoding)
    if encoding == "utf-8" and text.startswith("\ufeff"):
        text = text[1:]  # read as the UTF-8 mark
    assert decode_page(data).text == text


@pytest.mark.parametrize("data", [
    pytest.param(("Caf\xe9 " * 400_000).encode("latin-1"), id="windows-1252"),
    pytest.param(RUSSIAN.encode("cp1251") * 20_000, id="windows-1251"),
    pytest.param(KOREAN.encode("utf-8") * 20_000 + b"\xe9", id="utf-8-with-a-stray-byte"),
])
def test_decoding_a_big_page_does_not_blow_up(data: bytes) -> None:
    """Generous: well under a second here; decoding stray bytes one error at a time took about a second a megabyte."""
    started = time.perf_counter()
    assert decode_page(data).text
    assert time.perf_counter() - started < 10, len(data)


@pytest.mark.parametrize("charset", ["base64", "zlib", "no-such-encoding", "utf-8"])
def test_a_declaration_that_cannot_be_right_is_passed_over(charset: str) -> None:
    decoded = decode_page(f'<meta charset="{charset}">\n{PAGE}'.encode("latin-1"))
    assert (decoded.text, decoded.encoding, decoded.how) == (
        f'<meta charset="{charset}">\n{PAGE}', "windows-1252", "fallback"), charset


def test_show_keeps_a_latin_1_credit(runner, tmp_path: Path) -> None:
    path = tmp_path / "snow.txt"
    path.write_bytes(PAGE.encode("latin-1"))
    result = runner.invoke(app, ["show", str(path)])
    assert result.exit_code == 0, result.output
    assert "credit:      AP Photo/José Müller" in result.stdout


@pytest.mark.parametrize("data", [
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", id="png"),
    pytest.param(PAGE.encode("utf-16-le"), id="utf-16-without-mark"),
])
def test_a_binary_file_is_refused(runner, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    code, out, err = catalog(runner, path)
    assert code == 1
    assert err == f"captions: error: {path}: binary file, not a page dump (UTF-16 text needs a byte order mark)\n"


# -- line ends ------------------------------------------------------------------------------------

@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
def test_every_line_end_gives_the_same_lines(runner, tmp_path: Path, end: str) -> None:
    path = tmp_path / "snow.txt"
    path.write_bytes(PAGE.replace("\n", end).encode("utf-8"))
    code, out, err = catalog(runner, path)
    assert (code, err) == (0, ""), repr(end)
    article = out["articles"][0]
    assert (article["date"], article["title"]) == (datetime.date(2025, 2, 3), "Snow closes mountain passes"), repr(end)
    assert [(p["line"], p["credit"]) for p in article["photos"]] == [(4, CREDIT)], repr(end)


def test_the_library_reads_lone_carriage_returns_as_line_ends() -> None:
    article = parse_page("Snow\r\rA plough on the road. [Jo Li/AFP]\rA bus in the snow. [Ann Ray/AP]\r")
    assert [(p.line, p.credit.raw if p.credit else None) for p in article.photos] == [(3, "Jo Li/AFP"), (4, "Ann Ray/AP")]


# -- JSON Lines ---------------------------------------------------------------------------------


def test_a_json_lines_page_in_latin_1_keeps_its_credit(runner, tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    line = json.dumps({"id": "snow", "text": PAGE}, ensure_ascii=False)
    path.write_bytes((line + "\n").encode("latin-1"))
    code, out, err = catalog(runner, path)
    assert code == 0, err
    assert [p["credit"] for p in out["articles"][0]["photos"]] == [CREDIT]
    assert err == f"captions: warning: {path}:1: not UTF-8; read as windows-1252, the browsers' fallback\n"


def test_json_lines_with_carriage_returns_alone_are_lines(runner, tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    records = [json.dumps({"id": f"snow-{n}", "text": PAGE.replace("\n", "\r")}) for n in (1, 2)]
    path.write_bytes("\r".join(records).encode("utf-8") + b"\r")
    code, out, err = catalog(runner, path)
    assert (code, err) == (0, "")
    assert [(a["id"], [(p["line"], p["credit"]) for p in a["photos"]]) for a in out["articles"]] == [
        ("snow-1", [(4, CREDIT)]), ("snow-2", [(4, CREDIT)])]


# -- size ---------------------------------------------------------------------------------------


def test_a_json_lines_page_over_the_limit_is_an_error(runner, tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"id": "big", "text": PAGE + "x" * 500}) + "\n"
                    + json.dumps({"id": "small", "text": PAGE}) + "\n", encoding="utf-8")
    code, out, err = catalog(runner, path, options=("--max-bytes", "300"))
    assert code == 1
    assert [a["id"] for a in out["articles"]] == ["small"]
    assert err == f"captions: error: {path}:1: page larger than 300 bytes, skipped (see --max-bytes)\n"


# -- HTML entities ------------------------------------------------------------------------------

ENTITIES = [
    ("Tom &amp; Jerry", "Tom & Jerry"),
    ("Caf&eacute; owners", "Café owners"),
    ("Caf&#233; and caf&#xE9;", "Café and café"),
    ("&lt;p&gt; is text", "<p> is text"),
    ("<b>Bold</b> &quot;quoted&quot;", 'Bold "quoted"'),
    ("line&#10;break", "line break"),
    ("AT&T and R&D, &copy 2024, &unknown;", "AT&T and R&D, &copy 2024, &unknown;"),
    ("no entity here", "no entity here"),
]


@pytest.mark.parametrize("line, text", ENTITIES)
def test_strip_tags_decodes_entities(line: str, text: str) -> None:
    assert strip_tags(line) == text, line


def test_an_entity_in_a_caption_and_credit_is_its_character() -> None:
    article = parse_page("Fair day\n\nTom &amp; Jerry&#8217;s stall at the fair. [Smith &amp; Jones/AFP]\n")
    photo = article.photos[0]
    assert (photo.caption, photo.credit.raw) == ("Tom & Jerry’s stall at the fair.", "Smith & Jones/AFP")
