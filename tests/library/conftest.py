"""Fixtures for the content library tests: the shipped library and a folder of own formats."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from opgroei_desktop.library import Library, load_library

ROOT = Path(__file__).resolve().parents[2]
SEEDS_VARIABLE = "OPGROEI_SEEDS"
PHRASE_LENGTH = 7
"""Seven words in a row shared with the publication count as copied."""


def seed_folders() -> list[Path]:
    """Where the source publication's texts may be: the folder in $OPGROEI_SEEDS, else
    ``shared/seeds/`` beside the repository or beside a folder above it (a git worktree)."""
    if os.environ.get(SEEDS_VARIABLE):
        return [Path(os.environ[SEEDS_VARIABLE])]
    return [folder / "shared" / "seeds" for folder in ROOT.parents]


def _words(text: str) -> list[str]:
    return re.findall(r"[a-zà-ÿ0-9']+", text.lower())


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


@pytest.fixture(scope="session")
def copied_from_publication() -> Callable[[str], list[str]]:
    """``copied(text)``: each run of seven words in ``text`` that also stands in the source
    publication. Skips, naming where it looked, when the publication is not on this machine
    (it is not part of the repository, so an sdist or a lone clone cannot check this)."""
    found = [folder for folder in seed_folders() if list(folder.glob("*.txt"))]
    if not found:
        looked = ", ".join(str(folder) for folder in seed_folders())
        pytest.skip(
            f"the source publication (*.txt) is not on this machine; looked in {looked}; "
            f"set {SEEDS_VARIABLE} to its folder"
        )
    source = _words(" ".join(p.read_text(encoding="utf-8") for p in found[0].glob("*.txt")))
    taken = {tuple(source[i : i + PHRASE_LENGTH]) for i in range(len(source) - PHRASE_LENGTH + 1)}

    def copied(text: str) -> list[str]:
        words = _words(text)
        runs = (words[i : i + PHRASE_LENGTH] for i in range(len(words) - PHRASE_LENGTH + 1))
        return [" ".join(run) for run in runs if tuple(run) in taken]

    return copied
