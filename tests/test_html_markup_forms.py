"""The same picture written in other markup (source wrapped onto lines, wrappers, image attributes) reads the same:
what benchmarks/metamorphic_html.py measures over whole pages, here on small pages of our own."""
from __future__ import annotations

import pytest

from captions.parse.html.page import read_html

HEAD = "<!DOCTYPE html><html><head><title>Quay wall repaired | The Harbour Example</title></head><body>\n"
TAIL = "\n</body></html>"


def pictures(body: str) -> list[tuple[str | None, str | None, str | None]]:
    article = read_html(HEAD + body + TAIL)
    return [(p.description, p.caption, p.credit.raw if p.credit else None) for p in article.photos]


CAPTION = "Masons reset a stone in the quay wall at a low tide on a Monday morning. (Photo: Rui Santos/Harbour Board)"


@pytest.mark.parametrize("caption", [
    CAPTION,
    CAPTION.replace(" ", "\n        "),                     # a template wrapping its source a word a line
    CAPTION.replace(" a ", "\n a\n ").replace(" on ", "\n on\n "),  # short words alone on their source lines
])
def test_newlines_in_a_captions_source_are_spaces(caption: str) -> None:
    body = f'<figure><img src="quay.jpg" alt="Masons on a wall"><figcaption>{caption}</figcaption></figure>'
    assert pictures(body) == [("Masons on a wall",
                               "Masons reset a stone in the quay wall at a low tide on a Monday morning.",
                               "Rui Santos/Harbour Board")], caption
