"""The folders' flow, checked on every import a module makes (at its top, inside a function, or for type hints only).

The parsing core (captions/parse/, captions/text.py) is pure functions over text: it reads the knowledge and fills
the catalogue's models, and knows nothing of files, workers, reports, audits or the command line. The knowledge
(captions/knowledge/) is data its readers are built on: it imports none of them. The inputs (captions/inputs/) read
files into page texts, the flow's first step: they import none of the steps after them.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "captions"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _captions_imports(path: Path) -> set[str]:
    """The captions modules a file imports, as absolute names ("captions.knowledge.registry")."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.split(".")[0] == "captions"}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                found.add(".".join([*base, *([node.module] if node.module else [])]))
            elif (node.module or "").split(".")[0] == "captions":
                found.add(node.module or "")
    return found


def _modules(*folders: str) -> list[Path]:
    return sorted(path for folder in folders for path in (PACKAGE / folder).rglob("*.py"))


def _outside(imported: set[str], allowed: tuple[str, ...]) -> list[str]:
    return sorted(m for m in imported if not any(m == a or m.startswith(a + ".") for a in allowed))


CORE_MAY_IMPORT = ("captions.parse", "captions.knowledge", "captions.text", "captions.catalog.models")
KNOWLEDGE_MAY_IMPORT = ("captions.knowledge", "captions.text", "captions.inputs")  # inputs: a file's problem, in its words
INPUTS_MAY_IMPORT = ("captions.inputs", "captions.text")


@pytest.mark.parametrize("path", [*_modules("parse"), PACKAGE / "text.py"], ids=lambda p: _module_name(p))
def test_the_parsing_core_imports_only_itself_the_knowledge_and_the_models(path: Path) -> None:
    assert _outside(_captions_imports(path), CORE_MAY_IMPORT) == [], path


@pytest.mark.parametrize("path", _modules("knowledge"), ids=lambda p: _module_name(p))
def test_the_knowledge_imports_none_of_its_readers(path: Path) -> None:
    assert _outside(_captions_imports(path), KNOWLEDGE_MAY_IMPORT) == [], path


@pytest.mark.parametrize("path", _modules("inputs"), ids=lambda p: _module_name(p))
def test_the_inputs_import_none_of_the_steps_after_them(path: Path) -> None:
    assert _outside(_captions_imports(path), INPUTS_MAY_IMPORT) == [], path


def test_a_relative_import_is_read_as_the_module_it_names() -> None:
    imported = _captions_imports(PACKAGE / "parse" / "html" / "figure.py")
    assert {"captions.parse.credit", "captions.parse.html.marks", "captions.knowledge.registry"} <= imported
