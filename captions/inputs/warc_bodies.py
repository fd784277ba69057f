"""A WARC record's body: the bytes of a page it may hold, and what is wrong with them (inputs/warc.py reads the
records). warcio decompresses an HTTP body by its Content-Encoding; a body stored decompressed under that header,
one that is not what the header says, and one whose compressed stream breaks off part way are told apart here."""
from __future__ import annotations

from typing import Any, Literal

from .html_bytes import looks_like_html_bytes


def media_type(record) -> str | None:
    """The page's media type: the HTTP header of a response, the record's own otherwise."""
    if record.rec_type == "response":
        return (record.http_headers.get_header("Content-Type") or "") if record.http_headers is not None else None
    return record.rec_headers.get_header("Content-Type") or ""


def record_body(record, max_bytes: int) -> tuple[bytes | None, Literal["undecoded", "broken"] | None]:
    """The bytes of a record that may hold a page (up to one byte past the limit), None for any other record; and
    what is wrong with them: "undecoded", an HTTP body that could not be decompressed (`_undecoded`), "broken",
    one whose compressed stream breaks off after its start (the bytes are those before the break), else None."""
    kind = record.rec_type
    if kind not in ("response", "conversion", "resource"):
        return None, None
    content_type = media_type(record)
    if content_type is None or (kind != "conversion" and content_type and "html" not in content_type.lower()):
        return None, None
    stream = record.content_stream()
    watched = watch_decompression(stream)
    body = stream.read(max_bytes + 1)
    if _undecoded(stream, body):
        return body, "undecoded"
    return body, "broken" if watched is not None and watched.broke(stream, whole=len(body) <= max_bytes) else None


class _WatchedDecompressor:
    """A decompressor, an HTTP body's or an archive's gzip member's, that notes a break in the compressed stream
    after its first block, where warcio would write the zlib error to standard error itself and go on with nothing
    after the break."""

    def __init__(self, inner: Any, stream: Any) -> None:
        self._inner, self._stream, self.broken = inner, stream, False

    def decompress(self, data: bytes) -> bytes:
        if self.broken:
            return b""
        try:
            return self._inner.decompress(data)
        except Exception:  # zlib.error, or brotli's own
            if self._stream.num_block_read == 0:
                raise  # warcio's own test of a body stored decompressed under its Content-Encoding header
            self.broken = True
            return b""

    def broke(self, stream: Any, *, whole: bool) -> bool:
        """Whether the body broke off: a break, or, read `whole`, a stream that never reached its end."""
        return stream.decompressor is self and (self.broken or whole and not getattr(self._inner, "eof", True))

    def __getattr__(self, name: str) -> Any:  # unused_data, flush
        return getattr(self._inner, name)


def watch_decompression(stream: Any) -> _WatchedDecompressor | None:
    """`stream`'s decompressor, watched, and each one warcio starts after it; None where the stream is not compressed.

    Used on an HTTP body, and on an archive's own gzip members, where a break is the record cut short (reported as
    such) and warcio would print its zlib error besides."""
    if getattr(stream, "decompressor", None) is None or not hasattr(stream, "num_block_read"):
        return None
    watched = stream.decompressor = _WatchedDecompressor(stream.decompressor, stream)
    start_decompressor = stream._init_decomp

    def start_watched(kind: str) -> None:  # the fallback on a failing first block (raw deflate), the next gzip member
        start_decompressor(kind)
        if stream.decompressor is not None:
            watched._inner, watched.broken, stream.decompressor = stream.decompressor, False, watched

    stream._init_decomp = start_watched
    return watched


def http_not_read(record) -> str | None:
    """Why a response record's HTTP response was passed over, where warcio passes it over with no word: it reads
    HTTP headers only under an http: or https: WARC-Target-URI (a `dns:` record's body is no HTTP, and no page)."""
    if record.rec_type != "response" or record.http_headers is not None or record.length == 0:
        return None
    uri = (record.rec_headers.get_header("WARC-Target-URI") or "").strip()
    if not uri:
        return "response record with no WARC-Target-URI: its HTTP response cannot be read; skipped"
    if (record.content_type or "").lower().startswith("application/http"):
        return f"{uri}: WARC-Target-URI not http: or https:, so its HTTP response cannot be read; skipped"
    return None


def _undecoded(stream, body: bytes) -> bool:
    """Whether an HTTP body its Content-Encoding says is compressed could not be decompressed and is no page as
    stored: warcio then hands over the raw bytes. A body stored decompressed under the header is read as it is."""
    return getattr(stream, "decomp_type", None) is not None and getattr(stream, "decompressor", True) is None \
        and not looks_like_html_bytes(body)
