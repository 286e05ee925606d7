"""The house rules a reader of the tree relies on, checked on the source:

- schema/ holds types: it constructs no repository and runs no SQL;
- scoping (which rows a caller sees) lives in the domain's repositories and access objects, never in schema/ or
  resolvers/ (no reading of the caller's area there);
- every public method of a repository is marked @reads (returns read models or values, runs on either Db) or
  @writes (needs a unit of work), so the read-path check covers every read;
- no Python module is longer than ~500 lines outside generated or data files.

The import rules (schema/ and resolvers/ never import SQLAlchemy; layers api → resolvers → schema → domain) are
import-linter contracts in pyproject.toml, run by `make lint` and test_import_contracts below.
"""
from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAX_LINES = 500
# Generated or data modules, exempt from the size rule.
LONG_ALLOWED = {"scripts/demo/facts.py", "scripts/gen_divisions.py"}


def _py(*folders: str) -> list[Path]:
    return sorted(p for f in folders for p in (ROOT / f).rglob("*.py") if ".venv" not in p.parts)


def _rel(p: Path) -> str:
    return p.relative_to(ROOT).as_posix()


@pytest.mark.parametrize("path", _py("schema", "resolvers"), ids=_rel)
def test_schema_and_resolvers_do_not_scope_rows_themselves(path: Path):
    """`who.area…` (the caller's administrative area) is read only by access objects in domain/."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Attribute) and n.attr == "area"]
    assert not found, f"{_rel(path)} reads the caller's area at lines {found}: use the domain's access object"


@pytest.mark.parametrize("path", _py("schema"), ids=_rel)
def test_schema_constructs_no_repository(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    calls = [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
             and n.func.id.endswith("Repository")]
    imports = [n.lineno for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module
               and n.module.startswith("domain.") and n.module.split(".")[-1] in ("repository", "analysis")]
    assert not calls and not imports, f"{_rel(path)} reaches repositories at lines {calls + imports}: " \
                                      "schema/ holds types; data comes through resolvers and loaders"


def _repository_classes() -> list[type]:
    from domain.shared.reads import Repository

    import domain
    for mod in pkgutil.walk_packages(domain.__path__, "domain."):
        importlib.import_module(mod.name)
    out, todo = [], list(Repository.__subclasses__())
    while todo:
        cls = todo.pop()
        if cls.__module__.startswith("domain."):  # not the stand-ins unit tests define (tests/unit/test_reads.py)
            out.append(cls)
        todo.extend(cls.__subclasses__())
    ours = [c for c in out if c.__module__.startswith("domain.")]  # not the tests' own stand-ins (test_reads)
    return sorted(ours, key=lambda c: c.__qualname__)


def test_every_repository_reads_through_db():
    """Every `…Repository` class of the domain subclasses domain.shared.reads.Repository (reads through Db)."""
    from domain.shared.reads import Repository

    _repository_classes()
    stray = []
    for mod in list(sys.modules.values()):
        name = getattr(mod, "__name__", "")
        if not name.startswith("domain."):
            continue
        for cls_name, cls in vars(mod).items():
            if (isinstance(cls, type) and cls.__module__ == name and cls_name.endswith("Repository")
                    and not issubclass(cls, Repository)):
                stray.append(f"{name}.{cls_name}")
    assert not stray, f"these repositories do not read through Db: {stray}"


def test_every_repository_method_is_a_read_or_a_write():
    unmarked = []
    for cls in _repository_classes():
        for name, fn in vars(cls).items():
            if name.startswith("_") or not (inspect.iscoroutinefunction(fn) or inspect.isasyncgenfunction(fn)):
                continue
            if not (getattr(fn, "__reads__", False) or getattr(fn, "__writes__", False)):
                unmarked.append(f"{cls.__module__}.{cls.__qualname__}.{name}")
    assert not unmarked, f"mark these @reads or @writes: {unmarked}"


@pytest.mark.parametrize("path", _py("api", "domain", "schema", "resolvers", "jobs", "scripts", "bench", "tests"),
                         ids=_rel)
def test_modules_stay_readable_in_size(path: Path):
    if _rel(path) in LONG_ALLOWED:
        return
    n = len(path.read_text(encoding="utf-8").splitlines())
    assert n <= MAX_LINES, f"{_rel(path)} has {n} lines (> {MAX_LINES}): split it by aggregate or purpose"


def test_import_contracts():
    """import-linter: layers, jobs only use the domain, the domain knows nothing of the web, no SQL above it."""
    result = subprocess.run([str(Path(sys.executable).parent / "lint-imports")], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]


def test_ruff_finds_nothing():
    """ruff with pyflakes, pycodestyle, bugbear, blind-except, bandit and naming rules (pyproject's [tool.ruff])."""
    result = subprocess.run([str(Path(sys.executable).parent / "ruff"), "check", "--no-cache", "--output-format",
                             "concise", "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]


def test_per_domain_mixins_do_not_shadow_each_other():
    """Loaders and field helpers are composed from one mixin per domain: a name defined twice would hide one."""
    from collections import Counter

    from resolvers.fields import Fields
    from resolvers.loaders import Loaders

    for composite in (Loaders, Fields):
        names = Counter(n for c in composite.__mro__[1:] if c is not object for n in vars(c) if not n.startswith("__"))
        clashes = [n for n, k in names.items() if k > 1 and n != "ctx"]
        assert not clashes, f"{composite.__name__}: {clashes} defined by more than one domain"


def test_schema_packages_import_each_other_one_way_only():
    """No import cycle between schema/<domain> packages (drugs ↔ engagement ↔ supply once had one): a type that
    shows another domain's type refers to it lazily (strawberry.lazy) and gets it from that domain's field helper."""
    import grimp

    # imports under `if TYPE_CHECKING:` only name the lazily resolved types for readers and checkers
    graph = grimp.build_graph("schema", include_external_packages=False, exclude_type_checking_imports=True)
    packages = sorted({m.split(".")[1] for m in graph.modules if m.count(".") >= 1
                       and (ROOT / "schema" / m.split(".")[1]).is_dir()})
    cycles = [(a, b) for a in packages for b in packages
              if a < b and graph.chain_exists(f"schema.{a}", f"schema.{b}", as_packages=True)
              and graph.chain_exists(f"schema.{b}", f"schema.{a}", as_packages=True)]
    assert packages and not cycles, f"schema packages importing each other: {cycles}"
