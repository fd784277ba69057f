#!/usr/bin/env python3
"""Metamorphic robustness of the HTML reader: the same page, marked up another way, should read the same.

Usage (from the repo root, in a venv with captions installed)::

    python benchmarks/metamorphic_html.py                      # ../shared/html and examples/html
    python benchmarks/metamorphic_html.py PAGES... --only upper_names,crlf --show 5

Each transformation changes how a page is written, not what a reader sees on it (tag and attribute case,
quotes, whitespace, entities, wrappers, classes, charsets, image attributes). Every .html page of the folders is
read as `captions catalog` reads a file (its bytes decoded by the inputs, then read_html_page), as it is and once
per transformation; the title and each photo are normalised (whitespace runs folded, NFC, line numbers dropped)
and the two readings compared. A measuring script: it prints a table and the first differences, and exits 0.
"""
from __future__ import annotations

import argparse
import difflib
import html
import io
import json
import re
import sys
import unicodedata
import zlib
from html.entities import codepoint2name
from multiprocessing import Pool
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
DEFAULTS = [HERE.parent.parent / "shared" / "html", HERE.parent / "examples" / "html"]
_ATTR = r"""[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?"""
TOKEN = re.compile(r"<!--.*?-->|<!.*?>|<\?.*?>|<(?P<raw>script|style|pre|textarea|xmp|noscript|template)\b(?:\s+"
                   + _ATTR + r"|\s*/)*\s*>.*?</(?P=raw)\s*>|</?[A-Za-z][^\s/>]*(?:\s+" + _ATTR + r"|\s*/)*\s*/?>",
                   re.S | re.I)
TAG = re.compile(r"<(/?)([A-Za-z][^\s/>]*)((?:\s+" + _ATTR + r"|\s*/)*)\s*(/?)>", re.S)
ATTR = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
BLOCK = set("address article aside blockquote body dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 head "
            "header hr html li main meta link nav ol p section table tbody td th thead tr ul title".split())
LAZY = {"data-src", "data-original", "data-lazy-src", "data-srcset", "srcset"}
SPACES = re.compile(r"[ \t\r\n]+")
Tag = tuple[bool, str, list, bool]   # closing, name, [(attribute, value or None)], closed by its slash


def tokens(page: str) -> list[tuple[str, str]]:
    """The page cut into ("text", ...), ("tag", ...) and ("raw", ...): comments, doctypes, scripts and the like."""
    out, at = [], 0
    for m in TOKEN.finditer(page):
        out.append(("text", page[at:m.start()]))
        out.append(("raw" if m.group("raw") or m.group()[1:2] in "!?" else "tag", m.group()))
        at = m.end()
    return out + [("text", page[at:])]


def parse_tag(tok: str) -> Tag:
    m = TAG.fullmatch(tok)
    assert m, tok
    attrs = [(a[1], None if a[2] is None else a[2][1:-1] if a[2][:1] in "\"'" else a[2]) for a in ATTR.finditer(m[3])]
    return m[1] == "/", m[2], attrs, bool(m[4]) or m[3].rstrip().endswith("/")


def build(closing: bool, name: str, attrs: list, slash: bool, quote: str = '"', sep: str = " ", eq: str = "=") -> str:
    parts = []
    for key, value in attrs:
        if value is None or (quote == "" and value and not re.search(r"[\s\"'=<>`]", value)):
            parts.append(key if value is None else f"{key}{eq}{value}")
        else:
            q = "'" if quote == "'" and "'" not in value else '"'
            parts.append(f"{key}{eq}{q}{value.replace(q, '&quot;' if q == chr(34) else '&#39;')}{q}")
    return f"<{'/' if closing else ''}{name}{''.join(sep + p for p in parts)}{' /' if slash else ''}>"


def per_tag(edit: Callable[..., str | None]) -> Callable[[str], str]:
    """Each tag rewritten by edit(closing, name, attrs, slash), or kept where it returns None."""
    return lambda page: "".join((edit(*parse_tag(t)) or t) if k == "tag" else t for k, t in tokens(page))


def per_text(edit: Callable[[str], str]) -> Callable[[str], str]:
    return lambda page: "".join(edit(t) if k == "text" else t for k, t in tokens(page))  # text outside tags


def entities(style: str) -> Callable[[str], str]:
    """Every character past ASCII as an entity (named where HTML names it, else decimal or hex); a bare & as &amp;."""
    def one(m: re.Match) -> str:
        c = ord(m.group())
        return f"&{codepoint2name[c]};" if style == "named" and c in codepoint2name else \
            f"&#x{c:x};" if style == "hex" else f"&#{c};"

    def text(s: str) -> str:
        return re.sub(r"[^\x00-\x7f]", one, re.sub(r"&(?![A-Za-z][A-Za-z0-9]*;|#[0-9]+;|#[xX][0-9a-fA-F]+;)", "&amp;", s))
    attributes = per_tag(lambda c, n, a, s: build(c, n, [(k, None if v is None else text(v)) for k, v in a], s))
    return lambda page: attributes(per_text(text)(page))


def decoded(page: str) -> str:
    """Entities written as the characters themselves, but those markup needs (&lt;, &amp; before a letter...)."""
    keep = r"(?:lt|gt|quot|apos|amp|#0*(?:60|62|34|39|38)|#x0*(?:3c|3e|22|27|26));"

    def text(s: str) -> str:
        s = re.sub(rf"&(?!{keep})(#?\w+;)", lambda m: html.unescape("&" + m[1]), s, flags=re.I)
        return re.sub(r"&amp;(?=[\s,.:!?)]|$)", "&", s)   # a bare & where no entity's name follows it
    return per_text(text)(page)


def whitespace(page: str) -> str:
    """Whitespace in text widened into newlines and indents, newlines before block tags, inside every tag too."""
    out, prev = [], ""
    for kind, tok in tokens(page):
        if kind == "text":
            tok = SPACES.sub("\n      ", tok)
        elif kind == "tag":
            closing, name, attrs, slash = parse_tag(tok)
            tok = ("\n  " if name.lower() in BLOCK and prev == "tag" else "") + \
                build(closing, name, attrs, slash, sep="\n   ", eq=" = ")[:-1] + "\n>"
        out.append(tok)
        prev = kind if tok.strip() else prev
    return "".join(out)


def minified(page: str) -> str:
    """The page on one line: whitespace runs as one space, none between block tags, no comments, JSON joined."""
    toks = tokens(page)
    out = []
    for i, (kind, tok) in enumerate(toks):
        if kind == "text":
            tok = SPACES.sub(" ", tok)
            if tok == " " and 0 < i < len(toks) - 1 and all(k != "text" and (
                    t[1:4].lower() != "pre" if k == "raw" else parse_tag(t)[1].lower() in BLOCK) for k, t in toks[i - 1:i + 2:2]):
                tok = ""
        elif kind == "raw" and tok.startswith("<!--"):
            tok = ""
        elif kind == "tag" or re.match(r"<script[^>]*json", tok, re.I):
            tok = re.sub(r"\s*\n\s*", " ", tok)
        out.append(tok)
    return "".join(out)


def optional_tags(page: str) -> str:
    """End tags HTML lets a page leave out: </p> before a block, </li> before an item or the list's end, </td>,
    </tr>; and the html, head and body tags with no attributes."""
    page = re.sub(r"</p>(?=\s*<(?:p|div|figure|h[1-6]|ul|ol|table|section|article|aside|header|footer|blockquote"
                  r"|hr|nav|main|dl|pre|form|address)\b)", "", page, flags=re.I)
    page = re.sub(r"</li>(?=\s*(?:<li\b|</[uo]l>))|</t[dh]>(?=\s*(?:<t[dh]\b|</tr>))|</tr>(?=\s*(?:<tr\b|</t))", "",
                  page, flags=re.I)
    return re.sub(r"</?(?:html|head|body)>", "", page, flags=re.I)


def _in_link(before: str) -> bool:
    return len(re.findall(r"<a\b", before, re.I)) > len(re.findall(r"</a\s*>", before, re.I))


def inner(opening: str, edit: Callable[[str], str], links: bool = True) -> Callable[[str], str]:
    """Edit what each element opening so holds, up to its end tag (one not nesting: a figcaption, a credit span);
    with links=False not inside a link, as a link in a link is two links."""
    pat = re.compile(rf"({opening})(.*?)(</\2\s*>)", re.S | re.I)
    return lambda page: pat.sub(lambda m: m[1] + (edit(m[3]) if links or not _in_link(m.string[:m.start()])
                                                   else m[3]) + m[4], page)


FIGCAPTION = r"<(figcaption)\b[^>]*>"
CREDIT = r"""<(span|p|div|small|cite)\b[^>]*class=["'][^"']*(?:credit|copyright|source|author)[^"']*["'][^>]*>(?=[^<]*</)"""


def word_in(open_: str, close: str, which: int) -> Callable[[str], str]:
    """The second word of the first (which=0) or the last word of the last (-1) text run of three words or more
    wrapped in an inline element; runs inside a link are passed over."""
    def edit(body: str) -> str:
        runs = [m for m in re.finditer(r"(?<=>)[^<>]+(?=<)|^[^<>]+(?=<|$)|(?<=>)[^<>]+$", body)
                if len(m.group().split()) >= 3 and not _in_link(body[:m.start()])]
        if not runs:
            return body
        words = list(re.finditer(r"\S+", runs[which].group()))
        w = words[1] if which == 0 else words[-1]
        a, b = runs[which].start() + w.start(), runs[which].start() + w.end()
        return body[:a] + open_ + body[a:b] + close + body[b:]
    return edit


def classes(edit: Callable[[list[str]], list[str]]) -> Callable[[str], str]:
    return per_tag(lambda c, n, a, s: None if c or not any(k.lower() == "class" and v for k, v in a) else build(
        c, n, [(k, " ".join(edit(v.split())) if k.lower() == "class" and v else v) for k, v in a], s))


def _src(attrs: list, names: tuple[str, ...] = ("src",)) -> str | None:
    return next((v for n in names for k, v in attrs if k.lower() == n and v), None)


def img_attrs(more: Callable[[str], list]) -> Callable[[str], str]:
    """Attributes added to each eagerly loaded img (a lazy loader's placeholder src is no real src)."""
    return per_tag(lambda c, n, a, s: None if c or n.lower() != "img" or _src(a) is None or any(
        k.lower() in LAZY for k, _ in a) else build(c, n, a + more(_src(a) or ""), s))


def around(element: str, before: Callable[[str], str], after: str) -> Callable[[str], str]:
    """Each outermost `element` (figure), or each img outside an `element` (a, picture), put between before(its
    real address) and after."""
    def run(page: str) -> str:
        depth, out = 0, []
        for kind, tok in tokens(page):
            if kind == "tag":
                closing, name, attrs, _ = parse_tag(tok)
                if name.lower() == element:
                    depth = max(0, depth + (-1 if closing else 1))
                    if element == "figure" and (depth, closing) in ((0, True), (1, False)):
                        tok = tok + after if closing else before("") + tok
                elif name.lower() == "img" and element != "figure" and not closing and depth == 0 \
                        and (src := _src(attrs, ("data-src", "src"))):
                    tok = before(src) + tok + after
            out.append(tok)
        return "".join(out)
    return run


def charset(declaration: str) -> Callable[[str], str]:
    declared = re.compile(r"<meta\b[^>]*charset[^>]*>", re.I)
    return lambda page: declared.sub(declaration, page, count=1) if declared.search(page) else re.sub(
        r"<head\b[^>]*>", lambda m: m.group() + declaration, page, count=1, flags=re.I)


def encoded(codec: str, declared: str) -> Callable[[str], bytes | None]:
    """The page in a legacy encoding, declared so; characters it lacks as entities (in scripts as JSON escapes).
    None for a page whose text is all ASCII."""
    def run(page: str) -> bytes | None:
        if not re.search(r"[^\x00-\x7f]", "".join(t for k, t in tokens(page) if k == "text")):
            return None
        return b"".join(tok.encode(codec, errors="xmlcharrefreplace") if not tok.lower().startswith("<script") else
                        re.sub(r"[^\x00-\x7f]", lambda m: json.dumps(m.group())[1:-1], tok).encode(codec)
                        for kind, tok in tokens(charset(f'<meta charset="{declared}">')(page)))
    return run


LINK = '<a href="https://example.org/">'
TRANSFORMS: dict[str, Callable[[str], str | bytes | None]] = {
    "upper_names": per_tag(lambda c, n, a, s: build(c, n.upper(), [(k.upper(), v) for k, v in a], s)),
    "attrs_reversed": per_tag(lambda c, n, a, s: build(c, n, a[::-1], s)),
    "single_quotes": per_tag(lambda c, n, a, s: build(c, n, a, s, quote="'")),
    "no_quotes": per_tag(lambda c, n, a, s: build(c, n, a, s, quote="")),
    "whitespace": whitespace,
    "minified": minified,
    "crlf": lambda page: page.replace("\r\n", "\n").replace("\n", "\r\n"),
    "optional_tags_left_out": optional_tags,
    **{f"void_{name}": per_tag(lambda c, n, a, s, end=end: None if c or n.lower() not in VOID else
                                build(False, n, a, False)[:-1] + end + ">")
       for name, end in (("bare", ""), ("slash", "/"), ("space_slash", " /"))},
    **{f"entities_{style}": entities(style) for style in ("named", "decimal", "hex")},
    "entities_decoded": decoded,
    "div_around_figure": around("figure", lambda _: "<div>", "</div>"),
    "span_around_img": around("span", lambda _: "<span>", "</span>"),
    "a_around_img": around("a", lambda src: f'<a href="{src}">', "</a>"),
    "span_in_figcaption": inner(FIGCAPTION, lambda b: f"<span>{b}</span>"),
    "p_in_figcaption": inner(FIGCAPTION, lambda b: b if re.search(r"<(?:div|p|figure|[uo]l|table|h\d)\b", b, re.I)
                             else f"<p>{b}</p>"),
    "em_in_caption": inner(FIGCAPTION, word_in("<em>", "</em>", 0)),
    "strong_in_caption_end": inner(FIGCAPTION, word_in("<strong>", "</strong>", -1)),
    "a_in_caption_end": inner(FIGCAPTION, word_in(LINK, "</a>", -1), links=False),
    "strong_in_credit": inner(CREDIT, word_in("<strong>", "</strong>", -1)),
    "a_in_credit": inner(CREDIT, word_in(LINK, "</a>", -1), links=False),
    "comment_in_figcaption": inner(FIGCAPTION, lambda b: "<!-- wp:caption -->" + b + "<!-- /wp:caption -->"),
    "classes_reversed": classes(lambda c: c[::-1]),
    "class_extra": classes(lambda c: c + ["u-mt-2"]),
    "ids_added": per_tag(lambda c, n, a, s: None if c or any(k.lower() == "id" for k, _ in a) else build(
        c, n, a + [("id", f"n{zlib.crc32(repr(a).encode()) % 9973}")], s)),
    "data_attrs": per_tag(lambda c, n, a, s: None if c else build(c, n, a + [("data-v-7b1e2c", ""), ("data-id", "a1")], s)),
    "charset_http_equiv": charset('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'),
    "charset_bare_upper": charset("<META CHARSET=UTF-8>"),
    **{name: encoded(codec, declared) for name, codec, declared in (
        ("windows_1252", "cp1252", "windows-1252"), ("windows_1251", "cp1251", "windows-1251"),
        ("shift_jis", "shift_jis", "Shift_JIS"), ("gbk", "gbk", "gbk"), ("euc_kr", "euc_kr", "euc-kr"))},
    "utf8_bom": lambda page: b"\xef\xbb\xbf" + page.encode(),
    "nbsp_in_captions": inner(FIGCAPTION, lambda b: re.sub(r"(?<=[^\s<>]) (?=[^<>]*(?:<|$))", "&nbsp;", b)),
    "shy_in_captions": inner(FIGCAPTION, lambda b: re.sub(r"(?<=>|\s)([^\W\d_]{5})([^\W\d_]{5,})(?=[^<>]*(?:<|$))",
                                                          r"\1&shy;\2", b)),
    "wp_block_comments": lambda page: re.sub(r"(<(p|figure)\b.*?</\2>)", r"<!-- wp:\2 -->\1<!-- /wp:\2 -->", page,
                                             flags=re.S | re.I),
    "script_after_figure": lambda page: re.sub(r"</figure>", "</figure><script>window.dl=window.dl||[];</script>",
                                               page, flags=re.I),
    "noscript_fallback": per_tag(lambda c, n, a, s: None if c or n.lower() != "img" else
                                 build(c, n, a, s) + "<noscript>" + build(c, n, a, s) + "</noscript>"),
    "in_picture": around("picture", lambda src: f'<picture><source srcset="{src}.webp" type="image/webp">', "</picture>"),
    "lazy_data_src": img_attrs(lambda src: [("loading", "lazy"), ("data-src", src)]),
    "srcset_sizes": img_attrs(lambda src: [("srcset", f"{src} 800w, {src}?w=400 400w"), ("decoding", "async"),
                                           ("sizes", "(max-width: 800px) 100vw, 800px")]),
}
FIELDS = ("description", "caption", "credit", "photographers", "agencies", "via")


def read(data: bytes, name: str) -> list[tuple]:
    """The page read as `captions catalog` reads a file: its title and photos, normalised."""
    from captions.inputs.sources import read_page
    from captions.parse.html.page import read_html_page

    page, _ = read_page("-", stream=io.BytesIO(data))
    if page is None:
        return []
    article = read_html_page(page.text, id="p", source=name).article
    norm = lambda s: None if s is None else SPACES.sub(" ", unicodedata.normalize("NFC", s)).strip()
    return [("title", norm(article.title))] + [
        (norm(p.description), norm(p.caption), c and norm(c.raw), c and tuple(c.photographers), c and tuple(c.agencies),
         c and tuple(c.via)) for p in article.photos for c in [p.credit]]


def compare(a: list[tuple], b: list[tuple]) -> tuple[int, list]:
    """Pictures changed (the title counts as one), and the differences as (picture, field, before, after)."""
    diffs, same = [], 0
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            same += i2 - i1
            continue
        for k in range(max(i2 - i1, j2 - j1)):
            x, y = (a[i1 + k] if i1 + k < i2 else None), (b[j1 + k] if j1 + k < j2 else None)
            where = i1 + k if x is not None else j1 + k
            if x is None or y is None or "title" in (x[0], y[0]):
                diffs.append((where, "picture", x, y))
            else:
                diffs += [(where, f, u, v) for f, u, v in zip(FIELDS, x, y) if u != v]
    return max(len(a), len(b)) - same, diffs


def _job(args: tuple[str, list[str]]) -> tuple[str, list[tuple[str, int, list]]]:
    path, names = args
    data = Path(path).read_bytes()
    text, before, results = data.decode("utf-8"), read(data, path), []
    for name in names:
        out = TRANSFORMS[name](text)
        if out is None or out == text:
            results.append((name, -1, []))  # nothing to transform on this page
        else:
            results.append((name, *compare(before, read(out.encode() if isinstance(out, str) else out, path))))
    return path, results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("folders", nargs="*", type=Path, default=DEFAULTS)
    ap.add_argument("--only", help="comma-separated transformation names")
    ap.add_argument("--show", type=int, default=3, help="differences shown per transformation")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    names = args.only.split(",") if args.only else list(TRANSFORMS)
    pages = sorted(str(p) for folder in args.folders for p in folder.glob("*.html"))
    with Pool(args.jobs) as pool:
        done = pool.map(_job, [(p, names) for p in pages], chunksize=1)
    totals = {n: [0, 0, 0] for n in names}
    shown: dict[str, list] = {n: [] for n in names}
    for path, results in done:
        for name, changed, diffs in results:
            if changed >= 0:
                totals[name] = [totals[name][0] + 1, totals[name][1] + bool(changed), totals[name][2] + changed]
                shown[name] += [(Path(path).name, *d) for d in diffs]
    print(f"{len(pages)} pages\n\n| transformation | pages transformed | pages changed | pictures changed |\n|---|---|---|---|")
    for name in names:
        print(f"| {name} | {' | '.join(map(str, totals[name]))} |")
    for name in names:
        for page, where, field, before, after in shown[name][:args.show]:
            print(f"\n{name}: {page} #{where} {field}\n  before: {before!r}\n  after:  {after!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
