"""Credits printed alone a blank line under a paragraph, on a page whose captions close with their credit in their
own line (round 73, from Tatoli's and Kazinform's dumps in dumps45): pictures printed with no caption. The page
prints its credits with its captions; two credits apart are no habit of printing credits under captions across a
blank line, and the paragraphs over them stay the story's.
"""
from __future__ import annotations

from pathlib import Path

from captions import parse_page

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "credit-alone-among-glued-credits.txt"


def test_credits_alone_among_captions_closing_with_their_credits_are_pictures_with_no_caption():
    photos = parse_page(EXAMPLE.read_text(encoding="utf-8")).photos
    assert [(p.caption and p.caption[:30], p.credit.raw if p.credit else None) for p in photos] == [
        ("Moradores de Vila Antiga empur", "Notícias/Rui Almeida"),
        (None, "Lusa/Ana Belo"),
        ("Os bombeiros voluntários levar", "Bombeiros de Baucau"),
        ("Vista da estrada nacional cobe", "Notícias/arquivo"),
        (None, "Lusa/Paulo Nunes"),
    ]

