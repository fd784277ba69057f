"""A damaged web archive: one line naming the file, where and what is wrong; the records before kept, and
the archive read on past the damage where it can be (trial 15).

Each record is written out here, byte for byte, so that every offset in a
message is known. Damage is an error (exit 1: records were lost or cut);
a Content-Length that promises more than a gzip member holds is only cut
short, and read as far as it goes.
"""
from __future__ import annotations

import gzip
import random
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path
from typing import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from captions.cli import app


def record(n: int, length_off: int = 0) -> bytes:
    """Page n as a WARC response record, its Content-Length `length_off` bytes wrong."""
    body = (f"<!DOCTYPE html><html><head><title>Story {n}</title></head><body><h1>Story {n}</h1><figure>"
            f"<img src=\"boats.jpg\" alt=\"Boats {n}\"><figcaption>Boats in the harbour on day {n}. (AP Photo/Jo Li)"
            f"</figcaption></figure></body></html>").encode()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/news/story-{n}.html\r\n"
            f"WARC-Date: 2025-01-0{n}T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000{n}>\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http) + length_off}\r\n\r\n")
    return head.encode() + http + b"\r\n\r\n"


def member(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


def credits(runner, path: Path) -> tuple[int, str, str]:
    result = runner.invoke(app, ["credits", str(path), "--format", "csv", "--jobs", "1"])
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


def test_a_gzip_member_cut_short_in_the_middle_skips_that_record_only(runner, tmp_path: Path) -> None:
    members = [member(record(n)) for n in range(1, 6)]
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(members[0] + members[1] + members[2][:120] + members[3] + members[4])
    at, resume = len(members[0]) + len(members[1]), len(members[0]) + len(members[1]) + 120
    code, out, err = credits(runner, path)
    assert (code, out) == (1, "agency,photos,articles\nAP,4,4\n")
    assert err == (f"captions: error: {path}#{at}: after the record at byte {len(members[0])}: gzip data corrupt or "
                   f"cut short; 1 record (120 bytes) skipped, read on from byte {resume}\n")


def test_damage_right_after_damage_read_past_is_named_where_the_next_record_should_begin(runner,
                                                                                          tmp_path: Path) -> None:
    first, second, third = member(record(1))[:120], member(record(2))[:130], member(record(3))
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(first + second + third)
    code, out, err = credits(runner, path)
    assert (code, out) == (1, "agency,photos,articles\nAP,1,1\n")
    assert err.splitlines() == [
        f"captions: error: {path}#0: where the first record should begin: gzip data corrupt or cut short; 1 record "
        "(120 bytes) skipped, read on from byte 120",
        f"captions: error: {path}#120: where the next record should begin: gzip data corrupt or cut short; 1 record "
        "(130 bytes) skipped, read on from byte 250"]


def test_garbage_between_gzip_members_is_skipped(runner, tmp_path: Path) -> None:
    members = [member(record(n)) for n in range(1, 4)]
    garbage = b"\x00 this is no gzip member\n" * 4
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(members[0] + garbage + members[1] + members[2])
    code, out, err = credits(runner, path)
    assert (code, out) == (1, "agency,photos,articles\nAP,3,3\n")
    assert err == (f"captions: error: {path}#{len(members[0])}: after the record at byte 0: gzip data corrupt or cut "
                   f"short; 0 records ({len(garbage)} bytes) skipped, read on from byte {len(members[0]) + len(garbage)}\n")


def test_a_gzip_member_that_holds_no_record_is_named_by_its_first_line(runner, tmp_path: Path) -> None:
    members = [member(record(n)) for n in range(1, 4)]
    junk = member(b"this is not a warc record\r\n\r\n")
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(members[0] + junk + members[1] + members[2])
    code, out, err = credits(runner, path)
    assert (code, out) == (1, "agency,photos,articles\nAP,3,3\n")
    assert err == (f"captions: error: {path}#{len(members[0])}: after the record at byte 0: no WARC record begins "
                   f"here: its first line is 'this is not a warc record'; 1 record ({len(junk)} bytes) skipped, "
                   f"read on from byte {len(members[0]) + len(junk)}\n")


def test_garbage_in_a_plain_warc_is_skipped_to_the_next_record(runner, tmp_path: Path) -> None:
    records = [record(n) for n in range(1, 4)]
    garbage = b"garbage garbage garbage\r\n\r\n"
    path = tmp_path / "crawl.warc"
    path.write_bytes(records[0] + garbage + records[1] + records[2])
    code, out, err = credits(runner, path)
    end = len(records[0]) - 4   # the blank line after a record is not its own
    assert (code, out) == (1, "agency,photos,articles\nAP,3,3\n")
    assert err == (f"captions: error: {path}#{end}: after the record at byte 0: no WARC record begins here: its first "
                   f"line is 'garbage garbage garbage'; 0 records ({len(garbage) + 4} bytes) skipped, read on from byte "
                   f"{len(records[0]) + len(garbage)}\n")


def test_a_content_length_too_long_in_a_plain_warc_is_named_and_the_next_record_read(runner, tmp_path: Path) -> None:
    records = [record(1), record(2, length_off=40), record(3), record(4)]
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join(records))
    code, out, err = credits(runner, path)
    second, third = len(records[0]), len(records[0]) + len(records[1])
    # the second record swallows the third's first 40 bytes; the third is read from its own header
    assert (code, out) == (1, "agency,photos,articles\nAP,4,4\n")
    assert err == (f"captions: error: {path}#{third + 40 - 4}: after the record at byte {second}: no WARC record "
                   "begins here: its first line is 'WARC-Date: 2025-01-03T00:00:00Z' (the record before it "
                   "is not followed by a blank line: its Content-Length is wrong); read on from byte "
                   f"{third}, where the next record begins inside the one before\n")


def test_a_content_length_past_the_end_of_a_plain_warc_swallows_no_record(runner, tmp_path: Path) -> None:
    records = [record(1), record(2, length_off=5000), record(3), record(4)]
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join(records))
    code, out, err = credits(runner, path)
    second, third = len(records[0]), len(records[0]) + len(records[1])
    # the second record's page is read up to the third's header, and the third and fourth are read as they are
    assert (code, out) == (1, "agency,photos,articles\nAP,4,4\n")
    assert err == (f"captions: error: {path}#{second}: https://example.com/news/story-2.html: its Content-Length "
                   f"runs past the end of the archive, over the records after it; read on from byte {third}, where "
                   "the next record begins inside it\n")


def long_record_running_past_the_end() -> bytes:
    """Page 2, some 6 kB, as a response record whose Content-Length runs 20,000 bytes past the archive's end."""
    head, _, body = http_of(2).partition(b"\r\n\r\n")
    http = head + b"\r\n\r\n" + body.replace(b"</body>", b"<p>" + b"word " * 1200 + b"</p></body>")
    return response("https://example.com/news/long.html", http).replace(
        b"Content-Length: %d" % len(http), b"Content-Length: %d" % (len(http) + 20_000))


def test_a_content_length_past_the_end_over_records_past_max_bytes_swallows_no_record(runner,
                                                                                     tmp_path: Path) -> None:
    records = [record(1), long_record_running_past_the_end(), record(3), record(4)]
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join(records))
    result = runner.invoke(app, ["credits", str(path), "--format", "csv", "--jobs", "1", "--max-bytes", "3000"])
    second, third = len(records[0]), len(records[0]) + len(records[1])
    assert (result.exit_code, result.stdout) == (1, "agency,photos,articles\nAP,3,3\n")  # the third read beyond 3,000
    assert result.stderr.splitlines() == [
        f"captions: error: {path}#{second}: https://example.com/news/long.html: page larger than 3000 bytes, "
        "skipped (see --max-bytes)",
        f"captions: error: {path}#{second}: https://example.com/news/long.html: its Content-Length runs past the end "
        f"of the archive, over the records after it; read on from byte {third}, where the next record begins inside it"]


def test_a_last_record_cut_short_past_max_bytes_is_named_cut_short_and_too_large(runner, tmp_path: Path) -> None:
    records = [record(1), long_record_running_past_the_end()]
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join(records))
    result = runner.invoke(app, ["credits", str(path), "--format", "csv", "--jobs", "1", "--max-bytes", "3000"])
    where = f"{path}#{len(records[0])}: https://example.com/news/long.html"
    assert (result.exit_code, result.stdout) == (1, "agency,photos,articles\nAP,1,1\n")
    assert result.stderr.splitlines() == [
        f"captions: warning: {where}: record cut short (19996 bytes missing); what is there is read",
        f"captions: error: {where}: page larger than 3000 bytes, skipped (see --max-bytes)"]


def test_a_page_of_an_archive_over_max_bytes_is_an_error_as_a_page_file_is_and_the_rest_is_read(runner,
                                                                                                 tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(record(1) + response("https://example.com/news/long.html", http_of(2) + b" " * 3000) + record(3))
    result = runner.invoke(app, ["credits", str(path), "--format", "csv", "--max-bytes", "3000"])
    assert (result.exit_code, result.stdout) == (1, "agency,photos,articles\nAP,2,2\n")
    assert result.stderr == (f"captions: error: {path}#{len(record(1))}: https://example.com/news/long.html: "
                             "page larger than 3000 bytes, skipped (see --max-bytes)\n")


def test_a_body_of_no_media_type_and_no_html_over_max_bytes_is_no_page_and_no_error(runner, tmp_path: Path) -> None:
    # a video served with no Content-Type: passed over in silence under --max-bytes, it failed the run over it
    path = tmp_path / "crawl.warc"
    video = b"HTTP/1.1 200 OK\r\nContent-Length: 4000\r\n\r\n" + bytes(range(256)) * 16
    path.write_bytes(record(1) + response("https://example.com/clip.mp4", video) + record(3))
    result = runner.invoke(app, ["credits", str(path), "--format", "csv", "--max-bytes", "3000"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "agency,photos,articles\nAP,2,2\n", "")


def test_a_content_length_a_line_short_is_a_warning_and_the_page_read(runner, tmp_path: Path) -> None:
    records = [record(1), record(2, length_off=-40), record(3)]
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join(records))
    code, out, err = credits(runner, path)
    assert (code, out) == (0, "agency,photos,articles\nAP,3,3\n")
    assert err == (f"captions: warning: {path}: 1 record not followed by a blank line: their Content-Length may be "
                   "wrong, and their pages cut or run together\n")


def test_an_archive_cut_short_at_its_end_is_an_error_after_the_records_before(runner, tmp_path: Path) -> None:
    members = [member(record(n)) for n in range(1, 4)]
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(members[0] + members[1] + members[2][:100])
    code, out, err = credits(runner, path)
    at = len(members[0]) + len(members[1])
    assert (code, out) == (1, "agency,photos,articles\nAP,2,2\n")
    assert err == (f"captions: error: {path}#{at}: archive cut short after the record at byte {len(members[0])}: the "
                   f"record at byte {at} is incomplete, skipped\n")


def test_a_whole_archive_still_reads_without_a_word(runner, tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(member(record(n)) for n in range(1, 4)))
    assert credits(runner, path) == (0, "agency,photos,articles\nAP,3,3\n", "")


def response(uri: str, http: bytes) -> bytes:
    """A WARC response record of `http` under `uri`."""
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2025-01-01T00:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000009>\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n")
    return head.encode() + http + b"\r\n\r\n"


def http_of(n: int) -> bytes:
    return record(n).partition(b"\r\n\r\n")[2].removesuffix(b"\r\n\r\n")


@pytest.mark.parametrize("uri, said", [
    ("", "response record with no WARC-Target-URI: its HTTP response cannot be read; skipped"),
    ("example.com/news/story-1.html",
     "example.com/news/story-1.html: WARC-Target-URI not http: or https:, so its HTTP response cannot be read; "
     "skipped"),
])
def test_a_response_record_under_no_http_uri_is_named_not_passed_over(runner, tmp_path: Path, uri: str,
                                                                       said: str) -> None:
    first = response(uri, http_of(1))  # warcio reads HTTP headers only under an http: or https: URI
    path = tmp_path / "crawl.warc"
    path.write_bytes(first + record(2))
    code, out, err = credits(runner, path)
    assert (code, out) == (0, "agency,photos,articles\nAP,1,1\n")
    assert err == f"captions: warning: {path}#0: {said}\n"


def test_a_response_record_that_lost_its_uri_line_is_named_and_the_next_record_read(runner, tmp_path: Path) -> None:
    first = record(1).replace(b"WARC-Target-URI: https://example.com/news/story-1.html\r\n", b"")
    path = tmp_path / "crawl.warc"
    path.write_bytes(first + record(2))
    code, out, err = credits(runner, path)
    assert (code, out) == (0, "agency,photos,articles\nAP,1,1\n")
    assert err == (f"captions: warning: {path}#0: response record with no WARC-Target-URI: its HTTP response cannot "
                   "be read; skipped\n")


def test_a_uri_holding_spaces_is_read_with_them_encoded_and_no_word_from_warcio(tmp_path: Path) -> None:
    spaced = record(1).replace(b"story-1.html", b"story 1.html")
    path = tmp_path / "crawl.warc"
    path.write_bytes(spaced + record(2))
    # in a process of its own: pytest's log capture would hide what warcio logs ("Replacing spaces in invalid ...")
    result = subprocess.run([sys.executable, "-m", "captions", "show", str(path)], capture_output=True, text=True)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.startswith("https://example.com/news/story%201.html: Story 1 (1 photo)\n")


def test_a_corrupt_gzip_encoded_body_is_named_not_read_as_its_raw_bytes(runner, tmp_path: Path) -> None:
    head, _, body = http_of(1).partition(b"\r\n\r\n")
    packed = gzip.compress(body, mtime=0)
    bad = head + b"\r\nContent-Encoding: gzip\r\n\r\n" + packed[:2] + bytes(b ^ 0x55 for b in packed[2:])
    stored = head + b"\r\nContent-Encoding: gzip\r\n\r\n" + body  # stored decompressed: read as it is
    path = tmp_path / "crawl.warc"
    path.write_bytes(response("https://example.com/bad.html", bad) + response("https://example.com/a.html", stored)
                     + record(2))
    code, out, err = credits(runner, path)
    assert (code, out) == (1, "agency,photos,articles\nAP,2,2\n")
    assert err == (f"captions: error: {path}#0: https://example.com/bad.html: HTTP body not gzip as its "
                   "Content-Encoding says: corrupt, skipped\n")


def raw_deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)  # no zlib header: warcio tries zlib's first, then falls back
    return packer.compress(data) + packer.flush()


@pytest.mark.parametrize("damage", ["corrupt", "cut short"])
@pytest.mark.parametrize("encoding, pack", [("gzip", lambda data: gzip.compress(data, mtime=0)),
                                            ("deflate", zlib.compress), ("deflate", raw_deflate)],
                         ids=["gzip", "deflate", "raw deflate"])
def test_a_compressed_body_broken_after_its_start_is_a_warning_and_its_start_read(
        runner, tmp_path: Path, damage: str, encoding: str, pack: Callable[[bytes], bytes]) -> None:
    head, _, body = http_of(1).partition(b"\r\n\r\n")
    filler = "".join(f"<p>{random.Random(n).getrandbits(64):x}</p>" for n in range(3000)).encode()  # no repeats
    packed = pack(body.replace(b"</body>", filler + b"</body>"))
    rest = random.Random(0).randbytes(len(packed) - 20_000) if damage == "corrupt" else b""
    bad = head + f"\r\nContent-Encoding: {encoding}\r\n\r\n".encode() + packed[:20_000] + rest  # past the first block
    path = tmp_path / "crawl.warc"
    path.write_bytes(response("https://example.com/long.html", bad) + record(2))
    code, out, err = credits(runner, path)
    assert (code, out) == (0, "agency,photos,articles\nAP,2,2\n")  # the break comes after the picture
    assert err.startswith(f"captions: warning: {path}#0: https://example.com/long.html: HTTP body's {encoding} "
                          "stream breaks off after ")  # not warcio's own "Error -3 while decompressing data"
    assert err.endswith(" bytes; what comes before is read\n") and err.count("\n") == 1


def test_an_archive_gzipped_as_one_stream_is_read_through_as_on_standard_input(runner, tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(member(b"".join(record(n) for n in range(1, 4))))  # `gzip crawl.warc`: one member, not one a record
    assert credits(runner, path) == (0, "agency,photos,articles\nAP,3,3\n", "")


def test_an_archive_gzipped_as_one_stream_and_cut_short_reads_as_the_unzipped_bytes_do(runner, tmp_path: Path) -> None:
    import zlib

    whole = member(b"".join(record(n) for n in range(1, 4)))[:-40]
    unzipped = zlib.decompressobj(wbits=31).decompress(whole)   # what the cut member still holds
    (tmp_path / "crawl.warc.gz").write_bytes(whole)
    (tmp_path / "crawl.warc").write_bytes(unzipped)
    zipped, plain = credits(runner, tmp_path / "crawl.warc.gz"), credits(runner, tmp_path / "crawl.warc")
    assert zipped[:2] == plain[:2] == (0, "agency,photos,articles\nAP,1,1\n")   # the record the cut falls in, cut short
    assert zipped[2].endswith(": record cut short (143 bytes missing); what is there is read\n")



@pytest.mark.parametrize("kept", [120, 320, 360, 380, -40], ids=["in-the-first-header", "in-the-first-body",
                                                                  "in-the-second-header", "in-the-second-body",
                                                                  "in-the-last-body"])
def test_an_archive_gzipped_as_one_stream_and_cut_short_reads_from_standard_input_as_from_its_file(
        runner, tmp_path: Path, kept: int) -> None:
    data = member(b"".join(record(n) for n in range(1, 4)))
    data = data[:kept]   # a download stopped part way: the same pages, warning and exit piped as named
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(data)
    code, out, err = credits(runner, path)
    piped = runner.invoke(app, ["credits", "-", "--format", "csv", "--jobs", "1"], input=data)
    assert (piped.exit_code, piped.stdout, piped.stderr) == (code, out, err.replace(str(path), "-"))



@pytest.mark.parametrize("gzipped", [False, True], ids=["plain", "a-member-a-record"])
def test_an_archive_cut_short_in_a_record_header_is_the_same_error_from_standard_input(runner, tmp_path: Path,
                                                                                      gzipped: bool) -> None:
    records = [member(record(n)) if gzipped else record(n) for n in range(1, 4)]
    data = records[0] + records[1] + records[2][:100]   # a record lost whole, not cut short: an error, exit 1
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    path.write_bytes(data)
    code, out, err = credits(runner, path)
    piped = runner.invoke(app, ["credits", "-", "--format", "csv", "--jobs", "1"], input=data)
    assert (code, out) == (1, "agency,photos,articles\nAP,2,2\n") and err.count("\n") == 1
    assert "archive cut short after the record at byte" in err
    assert (piped.exit_code, piped.stdout, piped.stderr) == (code, out, err.replace(str(path), "-"))



def test_a_member_of_several_records_after_a_member_a_record_is_read_from_its_file_and_refused_on_standard_input(
        runner, tmp_path: Path) -> None:
    data = member(record(1)) + member(record(2) + record(3))   # two archives put together, one of them `gzip`ped whole
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(data)
    assert credits(runner, path) == (0, "agency,photos,articles\nAP,3,3\n", "")   # read again through, as one stream
    piped = runner.invoke(app, ["credits", "-", "--format", "csv", "--jobs", "1"], input=data)   # cannot be read again
    assert (piped.exit_code, piped.stdout, piped.stderr) == (
        1, "agency,photos,articles\nAP,2,2\n", "captions: error: -: gzipped as one stream, not record by record as WARC "
        "tools write it; run `warcio recompress` on it, or gunzip it and read the .warc\n")


def encoded(n: int) -> bytes:
    """Page n as a response record whose body is gzip-encoded, longer than warcio's first block, and sent in chunks."""
    head, _, body = http_of(n).partition(b"\r\n\r\n")
    packed = gzip.compress(body.replace(b"</body>", _FILLER + b"</body>"), mtime=0)
    chunks = b"".join(b"%x\r\n%s\r\n" % (len(packed[i:i + 700]), packed[i:i + 700]) for i in range(0, len(packed), 700))
    return response(f"https://example.com/{n}.html", head + b"\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked"
                                                           b"\r\n\r\n" + chunks + b"0\r\n\r\n")


_FILLER = "".join(f"<p>{random.Random(n).getrandbits(64):x}</p>" for n in range(1600)).encode()  # ~17 kB packed
_EDIT = st.tuples(st.integers(0, 2**32), st.sampled_from(["set", "cut", "insert"]), st.binary(min_size=1, max_size=300))


@given(gzipped=st.booleans(), edits=st.lists(_EDIT, min_size=1, max_size=6))
def test_any_damage_to_an_archive_gives_one_line_problems_never_a_traceback(gzipped: bool,
                                                                          edits: list[tuple[int, str, bytes]]) -> None:
    records = [record(1), encoded(2), record(3), encoded(4)]
    data = bytearray(b"".join(member(r) if gzipped else r for r in records))
    for where, edit, some in edits:
        at = where % len(data)
        if edit == "set":
            data[at:at + len(some)] = some
        elif edit == "cut":
            del data[at:at + len(some)]
        else:
            data[at:at] = some
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("crawl.warc.gz" if gzipped else "crawl.warc")
        path.write_bytes(bytes(data))
        result = CliRunner().invoke(app, ["credits", str(path), "--format", "csv", "--jobs", "1"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1)
    assert all(line.startswith("captions: ") for line in result.stderr.splitlines()), result.stderr
