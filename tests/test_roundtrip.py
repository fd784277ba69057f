"""Catalogues written as YAML, JSON or JSON Lines read back the same (issue 5).

Generated catalogues carry awkward strings in every field: quotes, colons,
`#`, a leading `-`, words YAML 1.1 reads as booleans or null, newlines, emoji,
right-to-left text and control characters. Writing them and reading them back
(with the library, and with `captions credits catalog.yaml`) must give the same
catalogue, with the C (libyaml) dumper and loader and with the pure Python ones.
"""
from __future__ import annotations

import datetime
import json
import string

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from captions.catalog.build import build_catalog
from captions.cli import app
from captions.report.counts import count_credits
from captions.catalog.loader import catalog_loader, load_catalog
from captions.catalog.models import Article, Catalog, Credit, Photo
from captions.catalog.writers import catalog_text


AWKWARD = [
    "", " ", "'", '"', "''", '"quoted"', "it's", ": ", "a: b", "key:", "#", "# not a comment", "a #b", "-", "- x",
    "-1", "--- ", "...", "? x", "yes", "no", "Yes", "NO", "on", "off", "y", "n", "true", "False", "null", "Null",
    "~", "NaN", ".inf", "-.Inf", "0x1F", "0o17", "017", "1_000", "1e3", "12:30:00", "190:20:30", "2024-06-19",
    "2024-06-19 12:00:00", "=1+1", "+1", "@x", "%TAG", "!tag", "!!str", "&a", "*a", "|", ">", "{a}", "[a]", "`",
    "\t", " lead", "trail ", "a\nb", "\n", "\n\n", "a\r\nb", "\r", "\\", "\\n", "🙂", "👩🏽‍🚀", "مرحبا بالعالم",
    "שלום עולם", "\u200f", "\u202e", "\u200b", "\ufeff", "\ufeffx", "\x00", "\x01", "\x07", "\x1b", "\x7f", "\x80",
    "\x85", "\x9f", "\xa0", "\u2028", "\u2029", "\ufffe", "\uffff", "\U0001f600", "x" * 300,
]

awkward = st.one_of(
    st.sampled_from(AWKWARD),
    st.lists(st.sampled_from(AWKWARD + list(string.ascii_letters[:8])), min_size=2, max_size=5).map("".join),
    st.text(max_size=20),
)
names = st.lists(awkward, max_size=3, unique=True)
dates = st.one_of(st.none(), st.dates(min_value=datetime.date(1, 1, 1), max_value=datetime.date(9999, 12, 31)))


@st.composite
def credits(draw) -> Credit:
    agencies = draw(names)
    return Credit(
        raw=draw(awkward), photographers=draw(names), agencies=agencies,
        via=draw(st.lists(st.sampled_from(agencies), unique=True)) if agencies else [],
    )


@st.composite
def articles(draw, n: int) -> Article:
    article_id = draw(awkward)
    photos = [
        Photo(id=f"{article_id}/{k}", line=draw(st.integers(0, 2**40)), description=draw(st.none() | awkward),
              caption=draw(st.none() | awkward), credit=draw(st.none() | credits()))
        for k in range(1, draw(st.integers(0, 3)) + 1)
    ]
    return Article(id=article_id, source=draw(awkward), date=draw(dates), section=draw(st.none() | awkward),
                   title=draw(st.none() | awkward), photos=photos)


@st.composite
def catalogs(draw) -> Catalog:
    return build_catalog([draw(articles(n)) for n in range(draw(st.integers(0, 3)))])


@st.composite
def catalog_files(draw) -> bytes:
    """A catalogue file as written, maybe damaged: for fuzzing the loader."""
    data = catalog_text(draw(catalogs()), draw(st.sampled_from(["yaml", "json", "jsonl"]))).encode("utf-8")
    if data and draw(st.booleans()):
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + draw(st.binary(max_size=8)) + data[at + draw(st.integers(0, 8)):]
    return data


C_YAML = getattr(yaml, "CSafeDumper", None) is not None
DUMPERS = [yaml.SafeDumper, *([yaml.CSafeDumper] if C_YAML else [])]
LOADERS = [yaml.SafeLoader, *([yaml.CSafeLoader] if C_YAML else [])]


# One drawn catalogue goes through every dumper and loader: drawing it costs more than all of them.
@given(catalog=catalogs())
@example(catalog=build_catalog([Article(id="a", source="s", date=datetime.date(2024, 6, 19), section="yes",
                                        title="- no: #1", photos=[])]))
def test_yaml_round_trip(catalog: Catalog, tmp_path_factory) -> None:
    path = tmp_path_factory.mktemp("rt") / "catalog.yaml"
    for dumper in DUMPERS:
        text = catalog_text(catalog, "yaml", yaml_dumper=dumper)
        path.write_text(text, encoding="utf-8")
        for loader in LOADERS:
            assert load_catalog(path, yaml_loader=loader) == catalog, (
                f"written by {dumper.__name__}, read by {loader.__name__}:\n{text}"
            )


@given(catalog=catalogs())
def test_json_and_json_lines_round_trip(catalog: Catalog, tmp_path_factory) -> None:
    folder = tmp_path_factory.mktemp("rt")
    for fmt in ("json", "jsonl"):
        path = folder / f"catalog.{fmt}"
        text = catalog_text(catalog, fmt)
        path.write_text(text, encoding="utf-8")
        assert load_catalog(path) == catalog, text


@pytest.mark.parametrize("fmt", ["json", "jsonl", "yaml"])
@settings(max_examples=25)
@given(catalog=catalogs())
def test_credits_command_reads_a_written_catalogue(fmt: str, catalog: Catalog, tmp_path_factory) -> None:
    from typer.testing import CliRunner

    path = tmp_path_factory.mktemp("rt") / f"catalog.{fmt}"
    path.write_text(catalog_text(catalog, fmt), encoding="utf-8")
    result = CliRunner().invoke(app, ["credits", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    expected = [{"agency": c.agency, "photos": c.photos, "articles": c.articles} for c in count_credits(catalog.articles)]
    assert json.loads(result.stdout) == expected


@pytest.mark.parametrize("base", DUMPERS, ids=lambda base: base.__name__)
def test_the_yaml_writer_writes_with_the_dumper_it_is_given(base: type) -> None:
    """The tests above run each emitter only because the writer really uses the one asked for."""
    used: list[type] = []

    class Recording(base):  # type: ignore[misc, valid-type]
        def __init__(self, *args, **kwargs) -> None:
            used.append(base)
            super().__init__(*args, **kwargs)

    article = Article(id="a", source="a.txt", date=None, section=None, title="T",
                      photos=[Photo(id="a/1", line=2, description=None, caption="C",
                                    credit=Credit(raw="AFP", photographers=[], agencies=["AFP"], via=[]))])
    text = catalog_text(build_catalog([article]), "yaml", yaml_dumper=Recording)
    assert used == [base, base], "one dump for the article, one for the agency index"
    assert text == catalog_text(build_catalog([article]), "yaml")


def test_the_yaml_writer_keeps_dates_and_quotes_lookalikes() -> None:
    article = Article(id="2024-06-19", source="yes", date=datetime.date(2024, 6, 19), section="null", title="12:30",
                      photos=[])
    text = catalog_text(build_catalog([article]), "yaml")
    assert "date: 2024-06-19\n" in text
    data = yaml.load(text, Loader=catalog_loader())
    assert data["articles"][0] == {"id": "2024-06-19", "source": "yes", "date": datetime.date(2024, 6, 19),
                                   "section": "null", "title": "12:30", "photos": []}


@pytest.mark.parametrize("char", [chr(c) for c in [*range(0x00, 0x20), *range(0x7F, 0xA0), 0x2028, 0x2029, 0xFEFF,
                                                  0xFFFE, 0xFFFF, 0x1F600]])
@pytest.mark.parametrize("fmt", ["yaml", "json", "jsonl"])
def test_every_control_character_round_trips(char: str, fmt: str, tmp_path) -> None:
    text = f"a{char}b"
    photo = Photo(id="x/1", line=1, description=char, caption=text, credit=Credit(raw=text, photographers=[],
                                                                                agencies=[text, char], via=[char]))
    catalog = build_catalog([Article(id=text, source=char, date=None, section=text, title=char, photos=[photo])])
    path = tmp_path / f"catalog.{fmt}"
    path.write_text(catalog_text(catalog, fmt), encoding="utf-8")
    assert load_catalog(path) == catalog
    if fmt == "yaml":
        assert load_catalog(path, yaml_loader=yaml.SafeLoader) == catalog
