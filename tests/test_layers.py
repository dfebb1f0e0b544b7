"""The package layout keeps its layers (read from the source with `ast`, nothing is imported):

- `integra/` is the domain and imports no Dagster; only the app (`integra/app/`, the top layer)
  may reach into `orchestration/`, and only inside a function of the commands that run or read
  the Dagster job (refresh, serve, status);
- nothing below the app (the rest of `integra/`, `orchestration/`, `dashboards/`) imports
  `integra.app`, not even inside a function;
- `dashboards/` does not import `orchestration`;
- no import cycles among the project's modules (imports run when a module is imported).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("integra", "orchestration", "dashboards")
DAGSTER = ("dagster", "dagster_dbt", "dagster_webserver")
#: the app modules that may call into orchestration (lazily): refresh, serve, status
APP_TO_ORCHESTRATION = {"integra.app.cli", "integra.app.serve", "integra.app.status"}


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # the imported module (the most specific project module, or the name as written)
    top_level: bool  # runs when `source` is imported (not inside a function or TYPE_CHECKING)
    line: int

    def __str__(self) -> str:
        where = "module level" if self.top_level else "inside a function"
        return f"{self.source}:{self.line} imports {self.target} ({where})"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def project_modules() -> dict[str, Path]:
    out = {}
    for pkg in PACKAGES:
        for path in sorted((ROOT / pkg).rglob("*.py")):
            out[module_name(path)] = path
    return out


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> list[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: list[Import] = []

    def add(target: str, top: bool, line: int) -> None:
        found.append(Import(name, target, top, line))

    def visit(node: ast.AST, top: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                visit(child, False)
            elif isinstance(child, ast.If) and _is_type_checking(child):
                visit(child, False)
            elif isinstance(child, ast.Import):
                for alias in child.names:
                    add(alias.name, top, child.lineno)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package.split(".")
                    base = base[: len(base) - (child.level - 1)]
                    mod = ".".join([*base, child.module] if child.module else base)
                else:
                    mod = child.module or ""
                subs = [f"{mod}.{a.name}" for a in child.names if f"{mod}.{a.name}" in modules]
                if len(subs) < len(child.names):
                    add(mod, top, child.lineno)
                for sub in subs:
                    add(sub, top, child.lineno)
            else:
                visit(child, top)

    visit(tree, True)
    return found


@pytest.fixture(scope="module")
def imports() -> list[Import]:
    modules = project_modules()
    assert "integra.app.cli" in modules and "orchestration.definitions" in modules
    return [i for name, path in modules.items() for i in imports_of(name, path, modules)]


def _under(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def test_the_domain_imports_no_dagster(imports):
    bad = [
        str(i)
        for i in imports
        if _under(i.source, "integra") and any(_under(i.target, d) for d in DAGSTER)
    ]
    assert bad == []


def test_only_the_app_reaches_orchestration_and_only_lazily(imports):
    bad = [
        str(i)
        for i in imports
        if _under(i.source, "integra")
        and _under(i.target, "orchestration")
        and (i.top_level or i.source not in APP_TO_ORCHESTRATION)
    ]
    assert bad == []


def test_nothing_below_the_app_imports_it(imports):
    bad = [
        str(i)
        for i in imports
        if not _under(i.source, "integra.app") and _under(i.target, "integra.app")
    ]
    assert bad == []


def test_dashboards_do_not_import_orchestration(imports):
    bad = [
        str(i)
        for i in imports
        if _under(i.source, "dashboards") and _under(i.target, "orchestration")
    ]
    assert bad == []


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One import cycle (a list of modules, the first repeated at the end), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def dfs(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (cycle := dfs(nxt)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(edges):
        if node not in state and (cycle := dfs(node)):
            return cycle
    return None


def test_find_cycle_finds_one():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None


def test_no_import_cycles(imports):
    modules = project_modules()
    edges: dict[str, set[str]] = {name: set() for name in modules}
    for i in imports:
        if i.top_level and i.target in modules and i.target != i.source:
            edges[i.source].add(i.target)
    assert find_cycle(edges) is None
