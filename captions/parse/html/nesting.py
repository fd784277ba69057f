"""How deep a page's markup nests, told before it is parsed: Lexbor takes quadratic time on deep nesting.

Lexbor checks the stack of open elements as each block element opens, and
re-opens every unclosed formatting element (`<b class=...>`) in each new
paragraph, so a page nested 20,000 elements deep takes seconds, and one of a
few megabytes hours. No real page nests deep: the 20 publishers' pages of
the test set nest 93 elements at most, and Chromium itself stops nesting at
512. A page deeper than MAX_NESTING is not parsed (limits.py).

The count is a scan of tag names, linear (about 0.8 ms on a page whose
whole reading takes 5 to 7): elements that close themselves or whose end
tags are optional (`img`, `br`, `p`, `li`, `td` ...) are not counted, nor is a
tag closed by its slash inside an SVG or MathML drawing (`<path .../>`: an icon
sprite holds hundreds; in HTML the slash closes nothing), an end
tag closes only an element of its name that is open, so end tags of
nothing (`<div></x>` repeated) cannot hide the depth, and scripts, styles
and comments are passed over as the parser passes over them.
"""
from __future__ import annotations

import re

MAX_NESTING = 512

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)([^<>]*)")   # the attributes' part: "/" closing it closes a foreign one
_FOREIGN = ("svg", "math")
# HTML tags that end SVG or MathML where they open inside it (the HTML standard's list): the parser closes the
# drawing and all in it, and the tag opens as HTML, where "<path/>" is no longer closed by its slash
_BREAKING_OUT = frozenset(
    "b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta "
    "nobr ol p pre ruby s small span strong strike sub sup table tt u ul var".split()
)
_NOT_COUNTED = frozenset(
    "area base br col embed hr img input link meta param source track wbr basefont bgsound frame keygen image "   # void
    "p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rtc rp html head body".split()  # optional end
)
_NOT_COUNTED |= {name.upper() for name in _NOT_COUNTED}   # looked up as written: lowering each name costs more


def nesting_depth(markup: str, stop: int = MAX_NESTING + 1) -> int:
    """How many elements deep the markup nests at most; the scan ends when it reaches `stop`."""
    opened: dict[str, int] = {}
    get = opened.get
    depth = deepest = 0
    foreign: list[int] = []   # the depth around each open svg or math element: inside, "<path/>" closes itself
    for close, name, rest in _TAG.findall(_markup_only(markup)):
        if foreign and not close and name.lower() in _BREAKING_OUT:
            depth = foreign[0]
            foreign.clear()
        if name in _NOT_COUNTED:
            continue
        name = name.lower()
        if close:
            count = get(name)
            if count:
                opened[name] = count - 1
                depth = foreign.pop() if name in _FOREIGN and foreign else depth - 1
        elif rest.endswith("/") and (foreign or name in _FOREIGN):
            continue   # "<path d=.../>" in a drawing, "<svg/>": closed as it opens
        else:
            if name in _FOREIGN:
                foreign.append(depth)
            opened[name] = get(name, 0) + 1
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest >= stop:
                    break
    return deepest


def more_elements_than(markup: str, limit: int) -> bool:
    """Whether the markup opens more than `limit` elements (an opening tag each, outside scripts, styles, comments)."""
    if markup.count("<") <= limit:
        return False   # no more tags than the limit: no more elements
    count = 0
    for token in _SKIPPED.finditer(markup):   # as the markup comes: a page of millions of tags is told at the limit
        if token.start("tag") >= 0 and markup[token.start() + 1] != "/":
            count += 1
            if count > limit:
                return True
    return False


def _markup_only(markup: str) -> str:
    """The markup without comments and the text of elements whose content is no markup (scripts, styles...).

    A script's `i<n` is no tag, nor is `</div>` inside a string; a scan
    counting them would find depth where the parser finds none, or lose it.
    A tag is passed over whole, its quoted values with it: `<a title="<!--">`
    opens no comment, as the parser reads it; nor does "<!-->" hide what
    follows, a whole comment to the parser.
    """
    return _SKIPPED.sub(r"\g<tag>", markup)


# Read as the parser's tokenizer reads: a comment ("<!-->" and "<!--->" whole ones, "--!>" an end too), the text of a
# script, style..., a bogus comment ("<?php ...>", "<!x>", "</1>": to the first ">"), all dropped; a tag, kept whole
# with its quoted values, which may hold "<" and ">".
_SKIPPED = re.compile(
    r"<!--(?:-?>|.*?(?:--!?>|\Z))"
    r"|<(script|style|textarea|title|xmp|iframe|noembed|noframes)(?=[\s/>]).*?(?:</\1(?=[\s/>])|\Z)"
    r"""|(?P<tag></?[A-Za-z][^\s/>]*+(?:=\s*+(?:"[^"]*+"?|'[^']*+'?)?|[^>=])*+)"""
    r"|<(?:[!?]|/(?![A-Za-z]))[^>]*+>?",
    re.IGNORECASE | re.DOTALL)
