"""The package's import graph: one-way flow, no cycles, and a core that knows nothing of the interfaces.

Every ``import`` and ``from ... import`` in ``src/eventkit`` counts, at module
level or inside functions; only imports under ``if TYPE_CHECKING:`` (which
never run) are left out.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
PACKAGE = SRC / "eventkit"

#: The core: text preparation, spaCy, normalisers, extractors, merging, the types and their registry.
CORE = (
    "eventkit.models", "eventkit.offsets", "eventkit.errors", "eventkit.lexicons", "eventkit.resource_schemas",
    "eventkit.coreference", "eventkit.event_types", "eventkit.text", "eventkit.nlp", "eventkit.normalize",
    "eventkit.extractors", "eventkit.merge", "eventkit.pipeline", "eventkit.confidence",
)  # fmt: skip
#: The interfaces built on the core.
INTERFACES = ("eventkit.render", "eventkit.frames", "eventkit.cli", "eventkit.dask", "eventkit.evaluation")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The eventkit modules one module imports (resolving ``from pkg import submodule``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_package = path.name == "__init__.py"
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("eventkit"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            if target.startswith("eventkit"):
                for alias in node.names:
                    sub = f"{target}.{alias.name}"
                    found.add(sub if sub in known else target)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    found.discard(name)
    return {m for m in found if m in known}


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    return {name: _imports(name, path, known) for name, path in modules.items()}


def _within(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def test_the_graph_is_read() -> None:
    graph = _graph()
    assert "eventkit.pipeline" in graph["eventkit.api"]
    assert "eventkit.merge" in graph["eventkit.pipeline"]  # a function-level import counts


def test_no_import_cycles() -> None:
    graph = _graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def strongconnect(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                strongconnect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in graph:
        if v not in index:
            strongconnect(v)
    assert not cycles, f"import cycles: {cycles}"


@pytest.mark.parametrize("interface", INTERFACES)
def test_the_core_imports_no_interface(interface: str) -> None:
    graph = _graph()
    offenders = sorted(
        m for m, deps in graph.items() if _within(m, CORE) and any(_within(d, (interface,)) for d in deps)
    )
    assert not offenders, f"core modules importing {interface}: {offenders}"


def test_the_core_reaches_no_interface_transitively() -> None:
    graph = _graph()
    reached: set[str] = set()
    todo = [m for m in graph if _within(m, CORE)]
    while todo:
        m = todo.pop()
        for d in graph[m]:
            if d not in reached:
                reached.add(d)
                todo.append(d)
    assert not {m for m in reached if _within(m, INTERFACES)}
