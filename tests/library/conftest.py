"""Fixtures for the content library tests: the shipped library and a folder of own formats."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from opgroei_desktop.library import Library, load_library


@pytest.fixture(scope="session")
def library() -> Library:
    """The shipped library, without own formats."""
    return load_library()


@pytest.fixture
def own_formats(tmp_path: Path) -> Path:
    """An empty folder for the facilitator's own format files."""
    folder = tmp_path / "werkvormen"
    folder.mkdir()
    return folder


@pytest.fixture
def write_own(own_formats: Path) -> Callable[[str, str | bytes], Path]:
    """Write a file into the own-formats folder: ``write_own(name, text_or_bytes)``."""

    def write(name: str, content: str | bytes) -> Path:
        path = own_formats / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return write
