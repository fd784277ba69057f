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
        "captions.run.items, captions.run.parallel, captions.report.counts, captions.catalog.writers, captions.catalog.loader, "
        "captions.audit.engine, captions.audit.rules, captions.report.filters, captions.catalog.sqlite, captions.catalog.photo_rows, "
        "captions.catalog.diff, captions.audit.baseline, captions.parse.html.page, captions.inputs.warc"
    ) == []


def test_import_captions_and_parse_a_page_loads_no_cli_library() -> None:
    assert _cli_libraries_loaded_by(
        "import captions\n"
        "article = captions.parse_page('Title\\nA boy runs in the park. [Jo Li/AFP]')\n"
        "assert article.photos[0].credit.agencies == ['AFP'], article"
    ) == []


def test_jobs_count_tallies_the_credits_of_a_folder(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("Headline\nA man waves. [Jo Li/AFP]\nA boat sails. [KCNA via KNS and AFP]\n", encoding="utf-8")
    tally = captions.jobs.count([str(tmp_path)], jobs=1)
    assert [(g.key, g.photos, g.articles) for g in tally.groups] == [(("AFP",), 2, 1), (("KCNA",), 1, 1), (("KNS",), 1, 1)]
    assert (tally.photos, tally.articles, tally.uncredited) == (2, 1, 0)


def test_jobs_tell_on_problem_of_an_input_they_cannot_read(tmp_path) -> None:
    from captions import jobs

    problems = []
    tally = jobs.count([str(tmp_path / "missing.txt")], on_problem=problems.append)
    assert [(p.source, p.fatal) for p in problems] == [(str(tmp_path / "missing.txt"), True)]
    assert tally.articles == 0


def test_jobs_catalog_refuses_an_unknown_format_with_a_one_line_error(tmp_path) -> None:
    from captions import OptionError, jobs

    try:
        jobs.catalog([str(tmp_path / "pages")], output=str(tmp_path / "out.txt"))
    except OptionError as err:
        assert str(err) == f"{tmp_path / 'out.txt'}: cannot tell the format from the extension; use .yaml, .json, .jsonl, .csv or .db, or --format"
    else:
        raise AssertionError("expected OptionError")


def test_jobs_audit_gives_findings_sorted_by_file_and_line(tmp_path) -> None:
    from captions import jobs

    (tmp_path / "b.txt").write_text("Headline\nCaption: A man waves.\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Headline\nCaption: A boat sails.\n", encoding="utf-8")
    found = jobs.audit([str(tmp_path)], select=["CAP001"], jobs=1)
    assert [(f.path, f.line, f.code) for f in found] == [(str(tmp_path / "a.txt"), 2, "CAP001"), (str(tmp_path / "b.txt"), 2, "CAP001")]
    assert found.pages == 2


def test_jobs_warn_of_a_problem_when_no_one_listens(tmp_path) -> None:
    import warnings

    from captions import jobs

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        jobs.count([str(tmp_path / "missing.txt")])
    assert [str(w.message).split(": ")[:2] for w in caught] == [["captions", "error"]]


def test_a_job_takes_one_path_as_a_string(tmp_path) -> None:
    from captions import jobs

    page = tmp_path / "page.txt"
    page.write_text("Rally in Seoul\nA speaker at the rally. [Jo Li/AFP]\n", encoding="utf-8")
    assert jobs.count(str(page)).photos == jobs.count([str(page)]).photos == 1
