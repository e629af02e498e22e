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
