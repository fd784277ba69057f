"""Page text from a file's bytes, whatever its encoding.

The order is the one browsers follow: UTF-8; UTF-16 or UTF-32 marked by a
byte order mark; an encoding the page declares (`<meta charset=...>`);
else a guess. A page that is UTF-8 but for a few stray bytes (a crawl that
pasted in a Latin-1 snippet) stays UTF-8, its stray bytes read as
windows-1252. The guess is windows-1252, the browsers' fallback, unless a
detector (charset-normalizer) reads the bytes as text mostly in another
script (Cyrillic, Greek, Arabic, Chinese, Japanese, Korean...): detectors
are good at telling scripts apart and poor at telling Western European
code pages apart (they read Spanish in windows-1252 as windows-1250), so
their word is taken only where windows-1252 would surely be wrong.

Only the bytes above ASCII tell one encoding from another: the rest reads
the same in all of them. So the detector is shown, and the share of letters
in another script counted on, the runs of text that hold such bytes (cut at
line ends and at the `<` and `>` of tags, which no trail byte of a Chinese,
Japanese or Korean encoding can be), not the whole page: the markup, scripts
and styles of an HTML page are ASCII, and drowned its few hundred Japanese
characters (the detector read a Shift-JIS page with a real page's head as
windows-1250, and the letters of its reading were mostly the markup's).
A detector's Latin-script code page (windows-1250 for Polish or Czech,
windows-1254 for Turkish) reads most letters as windows-1252 does; it is
taken where windows-1252 makes a mess of those runs (charset-normalizer's
own measure: `K³odzku`) and its reading does not, or where its reading's
letters are one language's and windows-1252's are no language's
(`Øada domù`, `Ýstanbul`: inputs.alphabets).
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

# Longer marks first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
# Labels browsers know (WHATWG Encoding) that Python does not, and the codec they name.
_LABELS = {"windows-874": "cp874", "x-sjis": "cp932", "windows-31j": "cp932", "x-gbk": "gbk", "x-euc-jp": "euc_jp",
           "x-cp1250": "cp1250", "x-cp1251": "cp1251", "x-cp1252": "cp1252"}
# The code page browsers decode an old standard's label as (WHATWG Encoding): its Windows superset. The
# single-byte standards' 0x80-0x9F are control characters no page prints, its superset's curly quotes and dashes:
# always the superset, and GBK for GB2312 (Python's GB2312 reads A1AA as a horizontal bar, browsers and GBK as an
# em dash). Shift_JIS and EUC-KR bytes read as the standard (`£` for 0x8192, where windows-31j has `￡`), its
# superset only past it.
_SUPERSETS = {"tis-620": "cp874", "iso8859-11": "cp874", "iso8859-9": "cp1254", "gb2312": "gbk"}
_DOUBLE_BYTE_SUPERSETS = {"shift_jis": "cp932", "euc_kr": "cp949"}
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_DECLARATION_WINDOW = 4096
# The WHATWG windows-1252: the five bytes cp1252 leaves undefined map to
# the control characters of the same number, as browsers decode them.
_WINDOWS_1252 = {
    b: bytes([b]).decode("cp1252", errors="replace").replace("\ufffd", chr(b)) for b in range(0x80, 0x100)
}
_WINDOWS_1252_TABLE = "".join(map(chr, range(0x80))) + "".join(_WINDOWS_1252.values())
_STRAY = re.compile("[\udc80-\udcff]")  # byte B, not UTF-8, as surrogateescape keeps it: U+DC00 + B
_NON_ASCII = bytes(range(0x80, 0x100))
# Browsers read a page declared latin-1 or ASCII as windows-1252.
_READ_AS_WINDOWS_1252 = {"latin-1", "iso8859-1", "ascii", "cp1252"}
# The share of letters outside the Latin script above which a detector's guess is believed.
_OTHER_SCRIPT_SHARE = 0.5
# The mess (charset_normalizer.md.mess_ratio) of a windows-1252 reading above which, where a detector's
# Latin-script reading has less than half as much, windows-1252 is wrong. Western European pages read as
# windows-1252 measure 0 to 0.003; Polish and Czech in windows-1250, 0.04 and more.
_MESS = 0.02
# The share of a reading's letters above ASCII that one language writes for the reading to fit it (alphabets.fit).
_FITS = 0.95
_NUL_WINDOW = 8192   # the first bytes, where a NUL marks a binary file
_STRAY_NUL_SHARE = 0.1  # of them, the most that can be NULs in an HTML page read all the same (UTF-16 has half)
_SAMPLE_BYTES = 1 << 16   # of the runs of text holding bytes above ASCII, what the detector is shown
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
# The names browsers and pages give the encodings charset-normalizer names by their supersets (WHATWG).
_PAGE_NAMES = {"cp932": "Shift_JIS", "shift_jis": "Shift_JIS", "cp949": "EUC-KR", "euc_kr": "EUC-KR",
               "euc_jis_2004": "EUC-JP", "euc_jp": "EUC-JP", "big5": "Big5", "big5hkscs": "Big5",
               "cp950": "Big5", "cp874": "windows-874", "tis_620": "windows-874", "gb2312": "GBK", "gbk": "GBK"}


@dataclass(frozen=True)
class Decoded:
    """A page's text and how it was read.

    `encoding` is None for UTF-8 (with or without its mark). `how` says why
    that encoding was chosen: "byte order mark", "declared" (by the page),
    "detected" (in another script) or "fallback" (windows-1252).
    `text` is None for a binary file. `stray` counts the bytes of a page
    otherwise in UTF-8 that were read as windows-1252 (how: "stray bytes").
    """

    text: str | None
    encoding: str | None = None
    how: str | None = None
    stray: int = 0


def decode_page(data: bytes) -> Decoded:
    """The text of a page dump's bytes; never raises."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError:
                break
            return Decoded(text, None if codec == "utf-8" else name, "byte order mark")
    if data.find(b"\x00", 0, _NUL_WINDOW) >= 0 and not _markup_with_stray_nuls(data):
        return Decoded(None)
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    declared = _declared(data)
    if declared is not None:
        return declared
    return _guessed(data)


def _markup_with_stray_nuls(data: bytes) -> bool:
    """Whether NUL bytes are strays in an HTML page (a CMS's, a crawl's), which browsers print as nothing, not the
    mark of a binary file or of UTF-16 with no byte order mark (a NUL in every other byte of ASCII text)."""
    from .html_bytes import looks_like_html_bytes

    window = data[:_NUL_WINDOW]
    return window.count(b"\x00") <= len(window) * _STRAY_NUL_SHARE and looks_like_html_bytes(data)


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 text with stray bytes in it, when it has at least as many UTF-8 characters as stray bytes.

    Text in a single-byte encoding rarely holds a valid UTF-8 sequence by
    chance ("Ã©"), so even one is a sign; text in windows-1251 or the like
    holds a few, and many more stray bytes. Its first 64 KiB decide first:
    decoding a whole page of stray bytes, one error at a time, is slow.
    """
    if len(data) > 65536 and _utf8_read(data[:65536]) is None:
        return None
    return _utf8_read(data)


def _utf8_read(data: bytes) -> Decoded | None:
    text = data.decode("utf-8", errors="surrogateescape")
    stray = sum(1 for _ in _STRAY.finditer(text))
    characters = len(text) - len(data.translate(None, _NON_ASCII)) - stray  # of two to four bytes
    if characters < stray:
        return None
    return Decoded(_STRAY.sub(_stray_byte, text), "UTF-8", "stray bytes", stray)


def _stray_byte(match: re.Match[str]) -> str:
    return _WINDOWS_1252[ord(match.group()) - 0xDC00]


def _declared(data: bytes) -> Decoded | None:
    for match in _DECLARED.finditer(data, 0, _DECLARATION_WINDOW):
        try:
            codec = codec_of(match.group(1).decode("ascii"))
        except UnicodeDecodeError:
            continue
        if codec is None:
            continue
        if codec in ("utf-8", "utf-16", "utf-32") or codec.startswith(("utf-16", "utf-32")):
            return None  # a wrong declaration: the bytes are not that
        text = decode_declared(data, codec)
        return None if text is None else Decoded(text, "windows-1252" if codec in _READ_AS_WINDOWS_1252
                                                 else _display_name(codec), "declared")
    return None


def codec_of(label: str) -> str | None:
    """The Python codec a page's or an HTTP header's charset label names (None for none, or for a bytes-to-bytes
    codec such as base64), knowing the labels browsers know and Python does not (`windows-874`, `x-sjis`)."""
    label = label.strip().lower()
    try:
        info = codecs.lookup(_LABELS.get(label, label))
    except LookupError:
        return None
    return info.name if getattr(info, "_is_text_encoding", True) else None


def decode_declared(data: bytes, codec: str) -> str | None:
    """Bytes in the encoding a page or its HTTP header declares (`codec_of`), read as browsers read that label
    (WHATWG Encoding: servers and pages name the old standard and send its Windows superset, curly quotes and all):
    latin-1 and ASCII as windows-1252, TIS-620 as windows-874, Shift_JIS past JIS X 0208 as windows-31j, EUC-KR
    past KS X 1001 as windows-949, GB2312 as GBK. None where the bytes are in neither."""
    if codec in _READ_AS_WINDOWS_1252:
        return windows_1252(data)
    superset = _SUPERSETS.get(codec)
    for name in (superset, codec) if superset else (codec, _DOUBLE_BYTE_SUPERSETS.get(codec)):
        try:
            return data.decode(name) if name else None
        except (UnicodeError, LookupError):
            continue
    return None


def _guessed(data: bytes) -> Decoded:
    fallback = windows_1252(data)
    from charset_normalizer import from_bytes

    sample = _text_runs(data)
    matches = from_bytes(sample)
    best = matches.best()
    # UTF-16 and UTF-32 are believed only with their mark: two bytes such as
    # "\x97 " (an em dash and a space) would otherwise be a Chinese character.
    if best is None or best.encoding.startswith("utf"):
        return Decoded(fallback, "windows-1252", "fallback")
    if best.encoding not in _READ_AS_WINDOWS_1252 and _other_script_share(str(best)) > _OTHER_SCRIPT_SHARE:
        return _decoded_as(data, best.encoding)
    # A Latin-script code page: the detector's first, or one it found as clean (it ranks Turkish below windows-1252).
    western = windows_1252(sample)
    for match in matches:
        if match.chaos > best.chaos:
            break
        if match.encoding not in _READ_AS_WINDOWS_1252 and _fits_better(str(match), match.encoding, western):
            return _decoded_as(data, match.encoding)
    return Decoded(fallback, "windows-1252", "fallback")


def _decoded_as(data: bytes, codec: str) -> Decoded:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:  # past the sample: the page is not all in one encoding
        text = data.decode(codec, errors="replace")
    return Decoded(text, _display_name(codec), "detected")


def _text_runs(data: bytes) -> bytes:
    """The runs of a page's bytes that hold bytes above ASCII, one a line, up to _SAMPLE_BYTES of them.

    A run ends at a line end and at a tag's `<` or `>`: no multi-byte encoding
    of the web uses those bytes inside a character, and markup is ASCII.
    """
    runs: list[bytes] = []
    size = pos = 0
    while size < _SAMPLE_BYTES:
        high = _HIGH_BYTE.search(data, pos)
        if high is None:
            break
        at = high.start()
        start = max(pos - 1, data.rfind(b"\n", pos, at), data.rfind(b"<", pos, at), data.rfind(b">", pos, at)) + 1
        ends = [end for end in (data.find(b"\n", at), data.find(b"<", at), data.find(b">", at)) if end != -1]
        end = min(ends) if ends else len(data)
        runs.append(data[start:end])
        size += end - start + 1
        pos = end + 1
    return b"\n".join(runs)


def _fits_better(detected: str, codec: str, fallback: str) -> bool:
    """Whether a detector's Latin-script reading of text is surely better than windows-1252's.

    Either windows-1252 makes a mess of it that the detector's reading has
    less than half of, or the detector's letters are all one language's
    and windows-1252's clearly are not.
    """
    if detected == fallback:
        return False
    from charset_normalizer.md import mess_ratio

    from .alphabets import fit

    messed = mess_ratio(fallback, 1.0)
    if messed > _MESS and mess_ratio(detected, 1.0) < messed / 2:
        return True
    page = _display_name(codec)
    fits = fit(detected, page)
    return page != "windows-1252" and fits >= _FITS and fit(fallback, "windows-1252") < fits - 0.05


def windows_1252(data: bytes) -> str:
    """Bytes read as browsers read windows-1252: every byte is a character."""
    return codecs.charmap_decode(data, "strict", _WINDOWS_1252_TABLE)[0]


def _other_script_share(text: str) -> float:
    """The share of the letters in `text` (its first 100,000 characters) that are not Latin letters."""
    letters = other = 0
    for char in text[:100_000]:
        if char.isalpha():
            letters += 1
            if not char.isascii() and not unicodedata.name(char, "").startswith("LATIN"):
                other += 1
    return other / letters if letters else 0.0


def _display_name(codec: str) -> str:
    """'euc_kr' -> 'EUC-KR', 'cp1251' -> 'windows-1251', 'latin2' -> 'ISO-8859-2': the names pages use."""
    codec = codecs.lookup(codec).name
    if codec in _PAGE_NAMES:
        return _PAGE_NAMES[codec]
    if codec.startswith("cp12") and len(codec) == 6:
        return "windows-" + codec[2:]
    if codec.startswith("iso8859-"):
        return "ISO-8859-" + codec[8:]
    return codec.replace("_", "-").upper()
