"""What a byline decides in the uncredited-gallery rules (round 180).

Every labelled page dump (shared/corpus, pool/all) is made a story with no picture: the lines holding a picture's
text (the truth's or the reader's: metamorphic_layout.page_of) are removed, and `By Jane Roe, Example News` is
put under the headline. Whatever the reader finds there is a story's line read as a caption. The pages are read
with every rule as it is, then with one rule's byline test (layout.prints_byline) switched off at a time, and the
pages whose pictures change are listed: where the byline is all that keeps a story a story. `--headline show`
and `--headline in` put a headline saying photos show something, or "..., in pictures", in the page's language
(en, de, es, fr, pt, it pages only) in place of the page's own, for the rules that read the headline.

    python benchmarks/byline_guards.py [--headline show|in] [--show N]
"""
from __future__ import annotations

import argparse
import os
import sys
from types import ModuleType

import metamorphic_layout as M

from captions.parse import among_captions, announced, framed_gallery, layout, sentence_runs, titled_slides

_HEADLINES = {
    "show": {"en": "New photos show the flooded valley", "de": "Neue Fotos zeigen das überflutete Tal",
             "es": "Nuevas fotos muestran el valle inundado", "fr": "Des photos montrent la vallée inondée",
             "pt": "Novas fotos mostram o vale inundado", "it": "Nuove foto mostrano la valle allagata"},
    "in": {"en": "The flooded valley, in pictures", "de": "Das überflutete Tal in Bildern",
           "es": "El valle inundado, en imágenes", "fr": "La vallée inondée en images",
           "pt": "O vale inundado em imagens", "it": "La valle allagata in immagini"},
}


def stories(headline: str | None) -> list[tuple[str, str]]:
    out = []
    for path, truth in M.labelled(list(M.DEFAULT_DIRS)):
        with open(path, "rb") as handle:
            data = handle.read()
        text, _ = M.decode(data, path)
        answer = M.read(data, path) if text is not None else None
        if answer is None or text is None:
            continue
        page = M.page_of(text, truth, answer["photos"])
        story = M.page_of("\n".join(line for i, line in enumerate(page.lines) if i not in page.protected), [], [])
        if headline is not None:
            if page.lang not in _HEADLINES[headline] or story.head >= len(story.lines):
                continue
            lines = list(story.lines)
            lines[story.head] = _HEADLINES[headline][page.lang]
            story = M.page_of("\n".join(lines), [], [])
        moved = M.byline_added("{by}Jane Roe, Example News")(story)
        if moved:
            out.append((path, moved))
    return out


def pictures(pages: list[tuple[str, str]]) -> dict[str, list[str]]:
    out = {}
    for path, text in pages:
        answer = M.read(text.encode("utf-8"), path)
        if answer and answer["photos"]:
            out[os.path.basename(path)] = [p.get("caption") or "" for p in answer["photos"]]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--headline", choices=sorted(_HEADLINES), default=None)
    ap.add_argument("--show", type=int, default=5, help="pages listed per rule")
    args = ap.parse_args(argv)
    pages = stories(args.headline)
    base = pictures(pages)
    print(f"{len(pages)} stories with a byline; as read: {sum(map(len, base.values()))} pictures on {len(base)} pages")
    rules: list[ModuleType] = [sentence_runs, titled_slides, framed_gallery, announced, among_captions]
    for rule in rules:
        if not hasattr(rule, "prints_byline"):
            print(f"{rule.__name__.rsplit('.', 1)[1]:<16} reads no byline")
            continue
        setattr(rule, "prints_byline", lambda layout, lines, pm: False)
        try:
            after = pictures(pages)
        finally:
            setattr(rule, "prints_byline", layout.prints_byline)
        changed = {k: v for k, v in after.items() if len(v) != len(base.get(k, []))}
        print(f"{rule.__name__.rsplit('.', 1)[1]:<16} byline off: {len(changed)} pages change, "
              f"{sum(len(v) - len(base.get(k, [])) for k, v in changed.items()):+d} pictures")
        for name, caps in list(changed.items())[:args.show]:
            print(f"    {name[:50]:<50} {len(base.get(name, []))} -> {len(caps)}  {caps[0][:60]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
