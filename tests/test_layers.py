"""The layers below ui/ stay free of Qt, so core, library, worksheets and export run headless."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("package", ["core", "library", "worksheets", "export"])
def test_package_does_not_import_qt(package):
    """If this fails, headless commands and exports would need a display and start slowly."""
    code = (
        "import importlib, pkgutil, sys\n"
        f"import opgroei_desktop.{package} as package\n"
        "for info in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def _ui_package_imports() -> dict[str, set[str]]:
    """For each package under ui/, the other ui packages its modules import at run time
    (imports under ``if TYPE_CHECKING:`` only serve the type checker and are left out)."""
    import ast
    from pathlib import Path

    ui = Path(__file__).resolve().parents[1] / "opgroei_desktop" / "ui"
    packages = {path.name for path in ui.iterdir() if (path / "__init__.py").exists()}
    found: dict[str, set[str]] = {name: set() for name in packages}
    for name in packages:
        for source in (ui / name).rglob("*.py"):
            tree = ast.parse(source.read_text(encoding="utf-8"))
            typing_only = {
                id(inner)
                for node in ast.walk(tree)
                if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
                for inner in ast.walk(node)
            }
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and id(node) not in typing_only:
                    depth = len(source.relative_to(ui / name).parts)
                    if node.level == depth + 1 and node.module:
                        target = node.module.split(".")[0]
                    elif node.level == depth + 1:
                        target = ""
                    else:
                        continue
                    if target in packages and target != name:
                        found[name].add(target)
    return found


def test_ui_packages_do_not_import_each_other_in_a_circle():
    """If this fails, a change in one window's package can break another at import time:
    shared parts belong in ui/common, shared words in ui/labels.py."""
    graph = _ui_package_imports()
    assert graph, "no ui packages found"

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for nxt in graph[start]:
            if nxt == goal or (nxt not in seen and reaches(nxt, goal, seen | {nxt})):
                return True
        return False

    circles = sorted(name for name in graph if reaches(name, name, {name}))
    assert not circles, f"ui packages in an import circle: {circles}; imports: {graph}"
