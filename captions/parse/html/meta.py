"""What an HTML page says about itself: headline, date, section, and its pictures' structured credits."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Iterator

from selectolax.lexbor import LexborHTMLParser

from ...knowledge.html_conventions import HtmlConventions

MAX_JSON_LD = 2 * 1024 * 1024  # characters: a bigger script is page state, not metadata
_SPACE = re.compile(r"\s+")
MAX_SITE_WORDS = 4  # words of a site's name after the headline in <title>: "The Daily Example"; more is a tagline


@dataclass(frozen=True)
class Metadata:
    title: str | None
    date: str | None        # ISO date text, YYYY-MM-DD...
    section: str | None
    site: str | None = None  # the outlet's name, as the page gives it (og:site_name)
    site_is_person: bool = False  # the site is named after its author: a blog or a portfolio, no outlet


def _meta(tree: LexborHTMLParser, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            node = tree.css_first(f'meta[{attr}="{name}"]')
            if node is not None and (content := _SPACE.sub(" ", node.attributes.get("content") or "").strip()):
                return content
    return None


def read_metadata(tree: LexborHTMLParser, conv: HtmlConventions) -> Metadata:
    """Headline (og:title, h1, <title> minus the site name), date and section, where the page says."""
    ld = list(_json_ld_objects(tree))
    title = _meta(tree, "og:title", "twitter:title")
    site = _meta(tree, "og:site_name", "application-name")
    if title and site:
        title = _without_named_site(title, site, conv)
    if site is None:
        site = _titled_site(tree, title, conv)
    if title is None and (h1 := tree.css_first("h1")) is not None:
        title = _SPACE.sub(" ", h1.text(deep=True) or "").strip() or None
    if title is None and (node := tree.css_first("title")) is not None:
        title = _without_site(_SPACE.sub(" ", node.text() or "").strip(), conv) or None
    date = _meta(tree, "article:published_time", "datePublished", "date", "pubdate", "DC.date.issued")
    if date is None:
        date = next((o["datePublished"] for o in ld if isinstance(o.get("datePublished"), str)), None)
    section: object = _meta(tree, "article:section")  # else JSON-LD's, text or a list or whatever a page gives
    if section is None:
        found = next((o["articleSection"] for o in ld if o.get("articleSection")), None)
        section = found[0] if isinstance(found, list) and found else found
    section = section if isinstance(section, str) and section.strip() else None
    return Metadata(title=title, date=date[:10] if date else None, section=section, site=site,
                    site_is_person=site is not None and _names_person(tree, ld, site))


def _names_person(tree: LexborHTMLParser, ld: list[dict[str, Any]], site: str) -> bool:
    """Whether the site's name is its author's: a meta author or a JSON-LD Person of that name ("Mara Quinlan")."""
    folded = site.casefold()
    if (author := _meta(tree, "author")) is not None and author.casefold() == folded:
        return True
    return any((o.get("@type") == "Person" or (isinstance(o.get("@type"), list) and "Person" in o["@type"]))
               and (name := _name(o.get("name"))) is not None and name.casefold() == folded for o in ld)


def _without_named_site(title: str, site: str, conv: HtmlConventions) -> str:
    """"Floods in the valley | The Daily Example" without " | The Daily Example", when that is the site's name."""
    for sep in conv.title_separators:
        if title.endswith(sep + site):
            return title[: -len(sep + site)].strip() or title
    return title


def _titled_site(tree: LexborHTMLParser, title: str | None, conv: HtmlConventions) -> str | None:
    """The site's name a page without og:site_name prints after its headline in <title> ("Floods in the valley -
    The Daily Example"): what follows the last separator, where what precedes it is the page's headline (og:title
    or h1) and it runs to a name's length."""
    node = tree.css_first("title")
    if node is None:
        return None
    printed = _SPACE.sub(" ", node.text() or "").strip()
    headlines = {title} if title else set()
    if (h1 := tree.css_first("h1")) is not None:
        headlines.add(_SPACE.sub(" ", h1.text(deep=True) or "").strip())
    folded = {h.casefold() for h in headlines if h}
    for sep in conv.title_separators:
        head, found, tail = printed.rpartition(sep)
        if found and head.strip().casefold() in folded and 0 < len(tail.split()) <= MAX_SITE_WORDS:
            return tail.strip()
    return None


def _without_site(title: str, conv: HtmlConventions) -> str:
    for sep in conv.title_separators:
        if sep in title:
            return title.rsplit(sep, 1)[0].strip()
    return title


def _json_ld_objects(tree: LexborHTMLParser) -> Iterator[dict[str, Any]]:
    """Every JSON object in the page's JSON-LD scripts, nested ones too."""
    for script in tree.css('script[type="application/ld+json"]'):
        text = script.text(deep=True) or ""
        if len(text) > MAX_JSON_LD:
            continue
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            continue
        yield from _objects(data, 0)


def _objects(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 20:
        return
    if isinstance(data, dict):
        yield data
        for value in data.values():
            yield from _objects(value, depth + 1)
    elif isinstance(data, list):
        for value in data:
            yield from _objects(value, depth + 1)


def _name(value: Any) -> str | None:
    if isinstance(value, str):
        return _SPACE.sub(" ", value).strip() or None
    if isinstance(value, dict):
        return _name(value.get("name"))
    if isinstance(value, list):
        names = [n for v in value if (n := _name(v))]
        return ", ".join(names) or None
    return None


def structured_images(tree: LexborHTMLParser) -> dict[str, str]:
    """Image URL -> the credit its JSON-LD ImageObject gives (creditText, copyrightHolder, creator, copyrightNotice)."""
    out: dict[str, str] = {}
    for obj in _json_ld_objects(tree):
        kind = obj.get("@type")
        if kind != "ImageObject" and not (isinstance(kind, list) and "ImageObject" in kind):
            continue
        credit = next((c for key in ("creditText", "copyrightHolder", "creator", "copyrightNotice")
                       if (c := _name(obj.get(key)))), None)
        if credit is None:
            continue
        for key in ("url", "contentUrl"):
            url = obj.get(key)
            if isinstance(url, str) and url:
                out.setdefault(url, credit)
    return out
