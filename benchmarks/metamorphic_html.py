#!/usr/bin/env python3
"""Metamorphic robustness of the HTML reader: the same page, marked up another way, should read the same.

Usage (from the repo root, in a venv with captions installed)::

    python benchmarks/metamorphic_html.py                      # /work/shared/html and examples/html
    python benchmarks/metamorphic_html.py PAGES... --only upper_names,crlf --show 5

Each transformation below changes how a page is written, not what a reader sees on it (tag and attribute case,
quotes, whitespace, entities, wrappers, classes, charsets...). Every .html page of the folders is read as
`captions catalog` reads it (its bytes decoded as the inputs decode them, then read_html_page), once as it is
and once per transformation; each photo is normalised (whitespace runs folded, line numbers dropped) and the two
readings compared. A measuring script: it prints a table and the first differences, and exits 0.
"""
from __future__ import annotations

import argparse
import difflib
import html
import io
import re
import sys
import unicodedata
from html.entities import codepoint2name
from multiprocessing import Pool
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
DEFAULTS = [HERE.parent.parent / "shared" / "html", HERE.parent / "examples" / "html"]
RAW = ("script", "style", "pre", "textarea", "xmp", "plaintext", "noscript", "template")
_ATTR = r"""[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?"""
TOKEN = re.compile(r"<!--.*?-->|<!.*?>|<\?.*?>|<(?P<raw>script|style|pre|textarea|xmp|noscript|template)\b(?:\s+"
                   + _ATTR + r"|\s*/)*\s*>.*?</(?P=raw)\s*>|</?[A-Za-z][^\s/>]*(?:\s+" + _ATTR + r"|\s*/)*\s*/?>",
                   re.S | re.I)
TAG = re.compile(r"<(/?)([A-Za-z][^\s/>]*)((?:\s+" + _ATTR + r"|\s*/)*)\s*(/?)>", re.S)
ATTR = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
BLOCK = {"address", "article", "aside", "blockquote", "body", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
         "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "li", "main", "meta", "link",
         "nav", "ol", "p", "section", "table", "tbody", "td", "th", "thead", "tr", "ul", "title"}
DECLARED = re.compile(r"<meta\b[^>]*charset[^>]*>", re.I)


def tokens(page: str) -> list[tuple[str, str]]:
    """The page cut into ("text", ...), ("tag", ...) and ("raw", ...) (comments, doctypes, script and the like)."""
    out, at = [], 0
    for m in TOKEN.finditer(page):
        if m.start() > at:
            out.append(("text", page[at:m.start()]))
        tok = m.group()
        out.append(("raw" if m.group("raw") or tok[1:2] in "!?" else "tag", tok))
        at = m.end()
    out.append(("text", page[at:]))
    return out


def join(toks: list[tuple[str, str]]) -> str:
    return "".join(t for _, t in toks)


def parse_tag(tok: str) -> tuple[bool, str, list[tuple[str, str | None]], bool]:
    m = TAG.fullmatch(tok)
    assert m, tok
    attrs = [(a.group(1), None if a.group(2) is None else _unquote(a.group(2))) for a in ATTR.finditer(m.group(3))]
    return m.group(1) == "/", m.group(2), attrs, bool(m.group(4)) or m.group(3).rstrip().endswith("/")


def _unquote(value: str) -> str:
    return value[1:-1] if value[:1] in "\"'" else value


def build(closing: bool, name: str, attrs: list[tuple[str, str | None]], slash: bool, quote: str = '"',
          sep: str = " ", eq: str = "=") -> str:
    parts = []
    for key, value in attrs:
        if value is None:
            parts.append(key)
        elif quote == "" and value and not re.search(r"[\s\"'=<>`]", value):
            parts.append(f"{key}{eq}{value}")
        else:
            q = "'" if quote == "'" and "'" not in value else '"'
            escaped = value.replace(q, "&quot;" if q == '"' else "&#39;")
            parts.append(f"{key}{eq}{q}{escaped}{q}")
    inside = "".join(sep + p for p in parts)
    return f"<{'/' if closing else ''}{name}{inside}{' /' if slash else ''}>"


def per_tag(edit: Callable[[bool, str, list, bool], str | None]) -> Callable[[str], str]:
    """A transformation rewriting each tag (edit returns None to keep it as it is)."""
    def run(page: str) -> str:
        toks = tokens(page)
        return join([(k, (edit(*parse_tag(t)) or t) if k == "tag" else t) for k, t in toks])
    return run


def per_text(edit: Callable[[str], str]) -> Callable[[str], str]:
    return lambda page: join([(k, edit(t) if k == "text" else t) for k, t in tokens(page)])


def _attrs_text(attrs: list, edit: Callable[[str], str]) -> list:
    return [(k, None if v is None else edit(v)) for k, v in attrs]


def entities(style: str) -> Callable[[str], str]:
    """Every character past ASCII written as an entity: named where HTML names it, else decimal or hex."""
    def one(ch: re.Match) -> str:
        c = ord(ch.group())
        if style == "named" and c in codepoint2name:
            return f"&{codepoint2name[c]};"
        return f"&#{c};" if style != "hex" else f"&#x{c:x};"

    def text(s: str) -> str:
        return re.sub(r"[^\x00-\x7f]", one, s)

    def tag(closing: bool, name: str, attrs: list, slash: bool) -> str:
        return build(closing, name, _attrs_text(attrs, text), slash)
    return lambda page: per_tag(tag)(per_text(text)(page))


def decoded(page: str) -> str:
    """Entities written as the characters themselves, but for those markup needs (&lt; &amp; before a name...)."""
    def text(s: str) -> str:
        return re.sub(r"&(?!(?:lt|gt|amp|quot|apos|#0*(?:60|62|38|34|39)|#x0*(?:3c|3e|26|22|27));)(#?\w+;)",
                      lambda m: html.unescape("&" + m.group(1)), s, flags=re.I)
    return per_text(text)(page)


def whitespace(page: str) -> str:
    """Whitespace in text widened into newlines and indents, newlines between block tags, spaces inside tags."""
    out, prev = [], ""
    for kind, tok in tokens(page):
        if kind == "text":
            tok = re.sub(r"[ \t\r\n]+", "\n      ", tok)
        elif kind == "tag":
            closing, name, attrs, slash = parse_tag(tok)
            tok = build(closing, name, attrs, slash, sep="\n   ", eq=" = ")[:-1] + "\n>"
            if name.lower() in BLOCK and prev == "tag":
                tok = "\n  " + tok
        out.append(tok)
        prev = kind
    return "".join(out)


def minified(page: str) -> str:
    """The page on one line: whitespace runs as one space, none between block tags, JSON scripts joined."""
    toks = tokens(page)
    out = []
    for i, (kind, tok) in enumerate(toks):
        if kind == "text":
            tok = re.sub(r"[ \t\r\n]+", " ", tok)
            near = [toks[j] for j in (i - 1, i + 1) if 0 <= j < len(toks)]
            if tok == " " and all(k != "text" and _block_or_raw(k, t) for k, t in near):
                tok = ""
        elif kind == "raw" and re.match(r"<script[^>]*json", tok, re.I):
            tok = re.sub(r"\s*\n\s*", " ", tok)
        elif kind == "raw" and tok.startswith("<!--"):
            tok = ""
        elif kind == "tag":
            tok = re.sub(r"\s*\n\s*", " ", tok)
        out.append(tok)
    return "".join(out)


def _block_or_raw(kind: str, tok: str) -> bool:
    if kind == "raw":
        return not tok[1:4].lower() == "pre"
    return parse_tag(tok)[1].lower() in BLOCK


def wrap(pattern: str, before: str, after: str) -> Callable[[str], str]:
    return lambda page: re.sub(pattern, lambda m: before + m.group() + after, page, flags=re.S | re.I)


def inner(tag: str, edit: Callable[[str], str]) -> Callable[[str], str]:
    """Edit what an element of a tag holds (one that never nests: figcaption)."""
    pat = re.compile(rf"(<{tag}\b[^>]*>)(.*?)(</{tag}\s*>)", re.S | re.I)
    return lambda page: pat.sub(lambda m: m.group(1) + edit(m.group(2)) + m.group(3), page)


def word_in(open_: str, close: str, which: int) -> Callable[[str], str]:
    """A word of the first (which=0) or last (-1) text run of three words or more wrapped in an inline element."""
    def edit(body: str) -> str:
        runs = [m for m in re.finditer(r"(?<=>)[^<>]+(?=<)|^[^<>]+(?=<|$)|(?<=>)[^<>]+$", body) if
                len(m.group().split()) >= 3]
        if not runs:
            return body
        run = runs[which]
        words = list(re.finditer(r"\S+", run.group()))
        w = words[1] if which == 0 else words[-1]
        a, b = run.start() + w.start(), run.start() + w.end()
        return body[:a] + open_ + body[a:b] + close + body[b:]
    return edit


def p_inside(body: str) -> str:
    if re.search(r"<(?:div|p|figure|ul|ol|table|section|h\d)\b", body, re.I):
        return body
    return f"<p>{body}</p>"


def credit_elements(edit: Callable[[str], str]) -> Callable[[str], str]:
    """Edit the text of each span, p, div or small whose class names a credit and holds no other element."""
    pat = re.compile(r"""(<(span|p|div|small|cite)\b[^>]*class=["'][^"']*(?:credit|copyright|source|author)[^"']*["']"""
                     r"""[^>]*>)([^<]*)(</\2>)""", re.I)
    return lambda page: pat.sub(lambda m: m.group(1) + edit(m.group(3)) + m.group(4), page)


def classes(edit: Callable[[list[str]], list[str]]) -> Callable[[str], str]:
    def tag(closing: bool, name: str, attrs: list, slash: bool) -> str | None:
        if closing or not any(k.lower() == "class" and v for k, v in attrs):
            return None
        return build(closing, name, [(k, " ".join(edit(v.split())) if k.lower() == "class" and v else v)
                                     for k, v in attrs], slash)
    return per_tag(tag)


def img_edit(edit: Callable[[list], list | str]) -> Callable[[str], str]:
    def tag(closing: bool, name: str, attrs: list, slash: bool) -> str | None:
        if closing or name.lower() != "img":
            return None
        new = edit(attrs)
        return new if isinstance(new, str) else build(closing, name, new, slash)
    return per_tag(tag)


def _src(attrs: list, names: tuple[str, ...] = ("src",)) -> str | None:
    """The first of the attributes named that has a value (a lazy loader's data-src before src, where asked)."""
    found = {k.lower(): v for k, v in attrs if v}
    return next((found[n] for n in names if n in found), None)


def div_around_figures(page: str) -> str:
    """Each outermost figure in a div of its own (a figure inside another stays as it is)."""
    depth, out = 0, []
    for kind, tok in tokens(page):
        if kind == "tag" and parse_tag(tok)[1].lower() == "figure":
            closing = parse_tag(tok)[0]
            depth += -1 if closing else 1
            tok = tok + "</div>" if closing and depth == 0 else "<div>" + tok if not closing and depth == 1 else tok
        out.append(tok)
    return "".join(out)


def img_outside(element: str, around: Callable[[str, str], str]) -> Callable[[str], str]:
    """Each img with a src outside an `element` (picture, a) put in one by `around(tag, src)`."""
    def run(page: str) -> str:
        depth, out = 0, []
        for kind, tok in tokens(page):
            if kind == "tag":
                closing, name, attrs, slash = parse_tag(tok)
                if name.lower() == element:
                    depth = max(0, depth + (-1 if closing else 1))
                elif name.lower() == "img" and not closing and depth == 0 and (src := _src(attrs, ("data-src", "src"))):
                    tok = around(tok, src)
            out.append(tok)
        return "".join(out)
    return run


def charset(declaration: str) -> Callable[[str], str]:
    def run(page: str) -> str:
        if DECLARED.search(page):
            return DECLARED.sub(declaration, page, count=1)
        return re.sub(r"<head\b[^>]*>", lambda m: m.group() + declaration, page, count=1, flags=re.I)
    return run


def windows_1252(page: str) -> bytes | None:
    """The page in windows-1252, declared so; characters it lacks as entities (in scripts as JSON escapes)."""
    page = charset('<meta charset="windows-1252">')(page)
    out = []
    for kind, tok in tokens(page):
        if kind == "raw":
            tok = re.sub(r"[^\x00-\xff]", lambda m: "".join(f"\\u{u:04x}" for u in _utf16(m.group())), tok)
            out.append(tok.encode("cp1252", errors="replace"))
        else:
            out.append(tok.encode("cp1252", errors="xmlcharrefreplace"))
    data = b"".join(out)
    return data if re.search(rb"[\x80-\xff]", data) else None   # an ASCII page: the same bytes


def _utf16(ch: str) -> list[int]:
    b = ch.encode("utf-16-be")
    return [int.from_bytes(b[i:i + 2], "big") for i in range(0, len(b), 2)]


def _upper(closing: bool, name: str, attrs: list, slash: bool) -> str:
    return build(closing, name.upper(), [(k.upper(), v) for k, v in attrs], slash)


def _void(slash: str) -> Callable[[bool, str, list, bool], str | None]:
    def tag(closing: bool, name: str, attrs: list, _slash: bool) -> str | None:
        if closing or name.lower() not in VOID:
            return None
        return build(False, name, attrs, False)[:-1] + slash + ">"
    return tag


T = Callable[[str], "str | bytes | None"]
TRANSFORMS: dict[str, T] = {
    "upper_names": per_tag(_upper),
    "attrs_reversed": per_tag(lambda c, n, a, s: build(c, n, a[::-1], s)),
    "single_quotes": per_tag(lambda c, n, a, s: build(c, n, a, s, quote="'")),
    "no_quotes": per_tag(lambda c, n, a, s: build(c, n, a, False, quote="") if not s else build(c, n, a, True, "")),
    "whitespace": whitespace,
    "minified": minified,
    "crlf": lambda page: page.replace("\r\n", "\n").replace("\n", "\r\n"),
    "void_bare": per_tag(_void("")),
    "void_slash": per_tag(_void("/")),
    "void_space_slash": per_tag(_void(" /")),
    "entities_named": entities("named"),
    "entities_decimal": entities("decimal"),
    "entities_hex": entities("hex"),
    "entities_decoded": decoded,
    "div_around_figure": div_around_figures,
    "span_around_img": wrap(r"<img\b[^>]*>", "<span>", "</span>"),
    "a_around_img": img_outside("a", lambda tag, src: f'<a href="{src}">{tag}</a>'),
    "span_in_figcaption": inner("figcaption", lambda b: f"<span>{b}</span>"),
    "p_in_figcaption": inner("figcaption", p_inside),
    "em_in_caption": inner("figcaption", word_in("<em>", "</em>", 0)),
    "strong_in_caption_end": inner("figcaption", word_in("<strong>", "</strong>", -1)),
    "a_in_caption_end": inner("figcaption", word_in('<a href="https://example.org/">', "</a>", -1)),
    "strong_in_credit": credit_elements(word_in("<strong>", "</strong>", -1)),
    "a_in_credit": credit_elements(word_in('<a href="https://example.org/">', "</a>", -1)),
    "comment_in_figcaption": inner("figcaption", lambda b: "<!-- wp:caption -->" + b + "<!-- /wp:caption -->"),
    "classes_reversed": classes(lambda c: c[::-1]),
    "class_extra": classes(lambda c: c + ["u-mt-2"]),
    "data_attrs": per_tag(lambda c, n, a, s: None if c else build(c, n, a + [("data-v-7b1e2c", ""),
                                                                              ("data-track-id", "a1")], s)),
    "charset_http_equiv": charset('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'),
    "charset_bare_upper": charset("<META CHARSET=UTF-8>"),
    "windows_1252": windows_1252,
    "in_picture": img_outside("picture", lambda tag, src: f'<picture><source srcset="{src}.webp" type="image/webp">'
                                                          f'{tag}</picture>'),
    "lazy_data_src": img_edit(lambda a: a + [("loading", "lazy"), ("data-src", _src(a))] if _src(a) else a),
    "srcset_sizes": img_edit(lambda a: a + [("srcset", f"{_src(a)} 800w, {_src(a)}?w=400 400w"),
                                            ("sizes", "(max-width: 800px) 100vw, 800px"), ("decoding", "async")]
                             if _src(a) else a),
}


def read(data: bytes, name: str) -> list[tuple] | None:
    """The page read as `captions catalog` reads a file: its photos, normalised."""
    from captions.inputs.sources import read_page
    from captions.parse.html.page import read_html_page

    page, _ = read_page("-", stream=io.BytesIO(data))
    if page is None:
        return None
    article = read_html_page(page.text, id="p", source=name).article
    norm = lambda s: None if s is None else re.sub(r"[ \t\r\n]+", " ", unicodedata.normalize("NFC", s)).strip()
    rows = [("title", norm(article.title))]
    for p in article.photos:
        c = p.credit
        rows.append((norm(p.description), norm(p.caption), c and norm(c.raw), c and tuple(c.photographers),
                     c and tuple(c.agencies), c and tuple(c.via)))
    return rows


FIELDS = ("description", "caption", "credit", "photographers", "agencies", "via")


def _job(args: tuple[str, list[str]]) -> tuple[str, list[tuple[str, int, list]]]:
    path, names = args
    data = Path(path).read_bytes()
    text = data.decode("utf-8")
    before = read(data, path)
    results = []
    for name in names:
        out = TRANSFORMS[name](text)
        if out is None or out == text:
            results.append((name, -1, []))
            continue
        after = read(out.encode("utf-8") if isinstance(out, str) else out, path)
        results.append((name, *compare(before or [], after or [])))
    return path, results


def compare(a: list[tuple], b: list[tuple]) -> tuple[int, list]:
    """Pictures changed (the title counts as one), and the differences as (picture, field, before, after)."""
    diffs, same = [], 0
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            same += i2 - i1
            continue
        for k in range(max(i2 - i1, j2 - j1)):
            x = a[i1 + k] if i1 + k < i2 else None
            y = b[j1 + k] if j1 + k < j2 else None
            where = i1 + k if x is not None else j1 + k
            if x is None or y is None or x[0] == "title" or y[0] == "title":
                diffs.append((where, "picture", x, y))
                continue
            diffs += [(where, f, u, v) for f, u, v in zip(FIELDS, x, y) if u != v]
    return max(len(a), len(b)) - same, diffs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="*", type=Path, default=DEFAULTS)
    ap.add_argument("--only", help="comma-separated transformation names")
    ap.add_argument("--show", type=int, default=3, help="differences shown per transformation")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    names = args.only.split(",") if args.only else list(TRANSFORMS)
    pages = sorted(str(p) for folder in args.folders for p in folder.glob("*.html"))
    with Pool(args.jobs) as pool:
        done = pool.map(_job, [(p, names) for p in pages], chunksize=1)
    print(f"{len(pages)} pages\n\n| transformation | pages applied | pages changed | pictures changed |\n|---|---|---|---|")
    shown: dict[str, list] = {n: [] for n in names}
    totals = {n: [0, 0, 0] for n in names}
    for path, results in done:
        for name, changed, diffs in results:
            if changed < 0:
                continue
            totals[name][0] += 1
            if changed:
                totals[name][1] += 1
                totals[name][2] += changed
                shown[name] += [(Path(path).name, *d) for d in diffs]
    for name in names:
        print(f"| {name} | {totals[name][0]} | {totals[name][1]} | {totals[name][2]} |")
    for name in names:
        for page, where, field, before, after in shown[name][:args.show]:
            print(f"\n{name}: {page} #{where} {field}\n  before: {before!r}\n  after:  {after!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
