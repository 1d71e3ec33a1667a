"""The shape of the code: no import circles, short rule functions, layers in the registry."""

import ast
from pathlib import Path

import dateline

PACKAGE = Path(dateline.__file__).parent


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, modules: set[str]) -> set[str]:
    """The dateline modules a file imports, at any level (lazy and type-checking imports too):
    `from a.b import c` counts as importing a.b.c when that is a module, else a.b."""
    found = set()
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name in modules}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
                base = f"{base}.{node.module}" if node.module else base
            for alias in node.names:
                if f"{base}.{alias.name}" in modules:
                    found.add(f"{base}.{alias.name}")
                elif base in modules:
                    found.add(base)
    return found


def import_graph() -> dict[str, set[str]]:
    paths = sorted(PACKAGE.rglob("*.py"))
    modules = {module_name(path) for path in paths}
    return {module_name(path): imports_of(path, modules) - {module_name(path)} for path in paths}


def find_circle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(node: str, path: list[str]) -> list[str] | None:
        state[node] = 1
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return path[path.index(target) :] + [target] if target in path else [node, target]
            if target not in state:
                circle = visit(target, [*path, target])
                if circle:
                    return circle
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state:
            circle = visit(start, [start])
            if circle:
                return circle
    return None


def test_no_import_circles_in_the_package():
    assert find_circle(import_graph()) is None, " -> ".join(find_circle(import_graph()))


def test_the_circle_finder_finds_a_circle():
    assert find_circle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_circle({"a": {"b"}, "b": set()}) is None


def test_the_import_walker_sees_lazy_and_from_imports():
    graph = import_graph()
    assert "dateline.workers" in graph["dateline.pipeline"]
    assert "dateline.extract.quotes.assembly" in graph["dateline.extract.quotes"]


def long_functions(folder: Path, limit: int) -> list[str]:
    """Functions (methods, nested functions) in `folder` longer than `limit` lines, each as
    'path:line name (length)'."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = node.end_lineno - node.lineno + 1
                if length > limit:
                    where = path.relative_to(PACKAGE)
                    found.append(f"{where}:{node.lineno} {node.name} ({length})")
    return found


def test_rule_functions_are_short_named_steps():
    assert long_functions(PACKAGE / "extract", 60) == []


def test_every_layer_is_registered_with_one_signature():
    import inspect

    from dateline.extract.registry import ORDER, layers

    registered = layers()
    assert [entry.name for entry in registered] == list(ORDER)
    for position, entry in enumerate(registered):
        parameters = inspect.signature(entry.function).parameters
        assert list(parameters)[:2] == ["doc", "article"], entry.name
        keyword_only = [
            name for name, p in parameters.items() if p.kind is inspect.Parameter.KEYWORD_ONLY
        ]
        assert keyword_only == list(entry.requires), entry.name
        assert set(entry.requires) <= set(ORDER[:position]), entry.name
