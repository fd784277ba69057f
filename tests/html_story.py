"""The frame of a story page the HTML tests put their markup in, and what the reader finds there."""
from __future__ import annotations

from captions.parse.html.page import read_html

HEAD = "<!DOCTYPE html><html><head><title>Story | Example</title></head><body><main><article>\n"
TAIL = "\n</article></main></body></html>"


def pictures(body: str) -> list[tuple[str | None, str | None]]:
    """The (caption, raw credit) of each picture read from `body` framed as a story page."""
    article = read_html(HEAD + body + TAIL)
    return [(p.caption, p.credit.raw if p.credit else None) for p in article.photos]


def figure(caption: str, alt: str = "") -> str:
    """One figure of one picture, its caption element holding `caption`."""
    return f'<figure><img src="https://img.example.org/1.jpg" alt="{alt}"><figcaption>{caption}</figcaption></figure>'


def credited(caption: str) -> list[tuple[str | None, str | None, list[str], list[str]]]:
    """The (caption, raw credit, photographers, agencies) of each picture read from one figure holding `caption`."""
    article = read_html(HEAD + figure(caption, alt="") + TAIL)
    return [(p.caption, p.credit.raw if p.credit else None, list(p.credit.photographers) if p.credit else [],
             list(p.credit.agencies) if p.credit else []) for p in article.photos]
