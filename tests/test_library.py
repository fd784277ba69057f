"""The library API, as scripts use it."""
from __future__ import annotations

import captions
from captions import build_catalog, parse_credit, parse_page


def test_parse_credit_reads_photographers_agencies_and_via() -> None:
    credit = parse_credit("Gavriil Grigorov/Sputnik, Kremlin Pool via AP Photo")
    assert credit.photographers == ["Gavriil Grigorov"]
    assert credit.agencies == ["Sputnik", "Kremlin Pool", "AP"]
    assert credit.via == ["AP"]


def test_parse_page_returns_an_article() -> None:
    article = parse_page(" date 2024-06-19 World\nHeadline here\nA man waves. [Jo Li/AFP]\n", id="x", source="x.txt")
    assert (article.id, str(article.date), article.section, article.title) == ("x", "2024-06-19", "World", "Headline here")
    assert article.photos[0].caption == "A man waves."


def test_build_catalog_indexes_photos_by_agency() -> None:
    article = parse_page("Headline\nA man waves. [KCNA via KNS and AFP]\n", id="x")
    assert build_catalog([article]).agencies == {"AFP": ["x/1"], "KCNA": ["x/1"], "KNS": ["x/1"]}


def test_unknown_names_are_not_exported() -> None:
    try:
        captions.nothing_here  # noqa: B018
    except AttributeError as err:
        assert "nothing_here" in str(err)
    else:
        raise AssertionError("expected AttributeError")


CLI_LIBRARIES = ("typer", "click", "rich", "tabulate")


def _cli_libraries_loaded_by(code: str) -> list[str]:
    """The CLI libraries a fresh interpreter has loaded after running `code`."""
    import subprocess
    import sys

    report = f"\nimport sys\nprint(' '.join(m for m in {CLI_LIBRARIES!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code + report], capture_output=True, text=True, check=True)
    return result.stdout.split()


def test_the_core_imports_no_cli_library() -> None:
    assert _cli_libraries_loaded_by(
        "import captions.parse.page, captions.parse.credit, captions.parse.credit_in_line, captions.catalog.build, "
        "captions.inputs.pipeline, captions.run.parallel, captions.report.counts, captions.catalog.writers, captions.catalog.loader, "
        "captions.audit.engine, captions.audit.rules, captions.report.filters, captions.catalog.sqlite, captions.catalog.photo_rows, "
        "captions.catalog.diff, captions.audit.baseline, captions.catalog.exports, captions.parse.html.page, captions.inputs.warc"
    ) == []


def test_import_captions_and_parse_a_page_loads_no_cli_library() -> None:
    assert _cli_libraries_loaded_by(
        "import captions\n"
        "article = captions.parse_page('Title\\nA boy runs in the park. [Jo Li/AFP]')\n"
        "assert article.photos[0].credit.agencies == ['AFP'], article"
    ) == []
