"""How pages in legacy encodings are read, and what reading them costs: `decode_page` on real pages re-encoded.

    python benchmarks/decode_cpu.py ../shared/unlabelled [--html ../shared/html] [--repeat 5]
    PYTHONPATH=/tmp/old python benchmarks/decode_cpu.py ../shared/unlabelled    # another checkout's decoder

Each page of the folder (its language from the folder's INDEX.tsv, `name<TAB>url<TAB>language`) is
encoded in the legacy encoding its language's pages used before UTF-8 (Japanese in Shift-JIS and EUC-JP,
Chinese in GB18030, Korean in EUC-KR, Russian in windows-1251 and KOI8-R, Western European languages in
windows-1252, Czech and Polish in windows-1250, ...; characters the encoding lacks become `?`), with no
declaration, twice: as a page dump, and as an HTML page whose head is a real page's (the first of `--html`,
its charset declarations taken out: scripts, styles and meta tags, mostly ASCII) with the dump's lines as
paragraphs. It prints, per encoding, how many pages read back exactly, and the median CPU time a page of
`--repeat` passes, for the re-encoded pages and for the pages as they are (UTF-8). Nothing is written.
"""
from __future__ import annotations

import argparse
import html
import re
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

from captions.inputs.decoding import decode_page

ENCODINGS = {
    "ja": ("shift_jis", "euc_jp"), "zh": ("gb18030", "big5"), "ko": ("euc_kr",), "ru": ("cp1251", "koi8_r"),
    "bg": ("cp1251",), "ar": ("cp1256",), "el": ("cp1253",), "he": ("cp1255",), "th": ("tis_620",),
    "tr": ("cp1254",), "cs": ("cp1250",), "pl": ("cp1250",),
    **{lang: ("cp1252",) for lang in ("en", "es", "de", "pt", "fr", "it", "id", "nl")},
}
_CHARSET = re.compile(r"<meta[^>]*charset[^>]*>", re.IGNORECASE)


def skeleton(folder: str | None) -> str:
    """A real page's <head>, its charset declarations out: the markup an HTML page's text sits in."""
    if folder:
        for path in sorted(Path(folder).glob("*.html")):
            text = path.read_text(encoding="utf-8", errors="replace")
            head = text[: text.lower().find("</head>")]
            if head:
                return _CHARSET.sub("", head) + "</head>"
    return "<!DOCTYPE html><html><head><title>page</title></head>"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder")
    ap.add_argument("--html", help="a folder of real HTML pages, whose first page's head wraps each page")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--show", type=int, default=2, help="misread pages shown per encoding")
    args = ap.parse_args()
    languages = {}
    for line in (Path(args.folder) / "INDEX.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        name, _url, language = (line.split("\t") + ["", ""])[:3]
        languages[name] = language
    head = skeleton(args.html)
    cases: dict[str, list[tuple[str, bytes, str]]] = defaultdict(list)
    originals = []
    for path in sorted(Path(args.folder).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        originals.append(path.read_bytes())
        for encoding in ENCODINGS.get(languages.get(path.stem, ""), ()):
            data = text.encode(encoding, errors="replace")
            truth = data.decode(encoding)
            markup = head + "<body>" + "".join(f"<p>{html.escape(line)}</p>\n" for line in text.splitlines()) + "</body></html>"
            page = markup.encode(encoding, errors="replace")
            cases[encoding].append((path.stem + ".txt", data, truth))
            cases[encoding].append((path.stem + ".html", page, page.decode(encoding)))
    print(f"{'encoding':10} {'pages':>5} {'read right':>10} {'ms a page':>9}  misread (how read)")
    total = right = 0
    for encoding, pages in sorted(cases.items()):
        good, wrong = 0, []
        for name, data, truth in pages:
            decoded = decode_page(data)
            if decoded.text == truth:
                good += 1
            else:
                wrong.append(f"{name} ({decoded.encoding}, {decoded.how})")
        ms = 1000 * _median_time([data for _, data, _ in pages], args.repeat) / len(pages)
        total, right = total + len(pages), right + good
        shown = ", ".join(wrong[: args.show]) + (" ..." if len(wrong) > args.show else "")
        print(f"{encoding:10} {len(pages):5} {good:10} {ms:9.3f}  {shown}")
    ms = 1000 * _median_time(originals, args.repeat) / len(originals)
    print(f"{'all':10} {total:5} {right:10}")
    print(f"{'utf-8':10} {len(originals):5} {'(as is)':>10} {ms:9.3f}")


def _median_time(pages: list[bytes], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        for data in pages:
            decode_page(data)
        times.append(time.process_time() - start)
    return statistics.median(times)


if __name__ == "__main__":
    sys.exit(main())
