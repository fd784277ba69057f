"""What pyproject.toml declares matches what the code imports and what CI pins (issue #9)."""
from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib" if sys.version_info >= (3, 11) else "tomli")

ROOT = Path(__file__).resolve().parent.parent


def _name(requirement: str) -> str:
    """'PyYAML>=6.0' -> 'pyyaml': a distribution's name as pip compares them."""
    return re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9_.-]+", requirement).group()).lower()


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _imported_distributions() -> set[str]:
    """The distributions providing every module the package imports, standard library aside."""
    modules: set[str] = set()
    for path in (ROOT / "captions").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    modules -= set(sys.stdlib_module_names) | {"captions", "__future__"}
    providers = packages_distributions()
    return {_name(dist) for module in modules for dist in providers.get(module, [module])}


def test_every_imported_package_is_a_declared_dependency() -> None:
    """A dependency, or one of an extra the features it serves need (dask: `--engine dask`); test's are not the package's."""
    project = _project()
    extras = [r for name, reqs in project["optional-dependencies"].items() if name != "test" for r in reqs]
    declared = {_name(r) for r in project["dependencies"] + extras}
    assert _imported_distributions() - declared == set()


def test_constraints_pin_every_dependency() -> None:
    pinned = {_name(line) for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
              if line and not line.startswith(("#", " "))}
    project = _project()
    wanted = {_name(r) for r in project["dependencies"] + project["optional-dependencies"]["test"]}
    assert wanted - pinned == set(), "refresh constraints.txt: see .ci/run"
