"""Loading the shipped library: strict on our own files, cached, and free of Qt."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from opgroei_desktop.library import Library, LibraryError, load_library
from opgroei_desktop.library.loader import builtin, load_builtin, load_worksheet_content
from opgroei_desktop.library.report import describe
from opgroei_desktop.resources import resource_path


@pytest.fixture
def shipped_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped library folder."""
    copy = tmp_path / "library"
    shutil.copytree(resource_path("library"), copy)
    return copy


def test_shipped_library_loads_without_problems() -> None:
    """The app would start with a broken or incomplete content library."""
    library = load_library()
    assert library.problems == ()
    assert len(library.formats) >= 15


def test_shipped_part_is_read_once() -> None:
    """Every call would read and parse all library files again, slowing the app down."""
    assert builtin() is builtin()
    assert load_library().format("check_in") is load_library().format("check_in")


def test_broken_shipped_format_raises_naming_file_and_key(shipped_copy: Path) -> None:
    """A mistake in a shipped format would go unnoticed or be reported without a location."""
    path = shipped_copy / "formats" / "check_in.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("minutes = 3", 'minutes = "drie"', 1),
        encoding="utf-8",
    )
    with pytest.raises(LibraryError) as caught:
        load_builtin(shipped_copy)
    assert "check_in.toml" in str(caught.value)
    assert "steps[0].minutes" in str(caught.value)
    assert [p.key for p in caught.value.problems] == ["steps[0].minutes"]


def test_shipped_format_must_name_its_source(shipped_copy: Path) -> None:
    """A shipped format without source credit would slip into a release."""
    path = shipped_copy / "formats" / "check_out.toml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(x for x in lines if not x.startswith("source =")), encoding="utf-8")
    with pytest.raises(LibraryError, match="source"):
        load_builtin(shipped_copy)


def test_missing_theme_file_raises(shipped_copy: Path) -> None:
    """A release without one of the four themes would start and show three worksheets."""
    (shipped_copy / "themes" / "veerkracht.toml").unlink()
    with pytest.raises(LibraryError, match=r"veerkracht\.toml"):
        load_builtin(shipped_copy)


def test_challenge_with_one_agreement_raises(shipped_copy: Path) -> None:
    """A challenge with too few suggested agreements would ship unnoticed."""
    path = shipped_copy / "themes" / "rollen.toml"
    text = path.read_text(encoding="utf-8")
    for key in ("veranderende_rollen", "rapportage"):
        start = text.index(f'[[challenges.agreements]]\nkey = "rollen.professionaliteit.{key}"')
        end = text.index("[[", start + 2)
        text = text[:start] + text[end:]
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LibraryError, match=r"challenges\[0\]\.agreements"):
        load_builtin(shipped_copy)


def test_components_must_be_the_four_doen_parts(shipped_copy: Path) -> None:
    """A renamed component key would break every worksheet that refers to it."""
    path = shipped_copy / "components.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('key = "verhaal"\ntitle', 'key = "story"\ntitle'),
        encoding="utf-8",
    )
    with pytest.raises(LibraryError, match="kennen, stappen, borgen, verhaal"):
        load_builtin(shipped_copy)


def test_library_does_not_import_qt() -> None:
    """The Qt-free core would drag in PySide6 and break headless use and the layering rule."""
    code = (
        "import opgroei_desktop.library, sys; "
        "opgroei_desktop.library.load_library(); "
        "assert not any(m.startswith('PySide6') for m in sys.modules)"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_report_lists_content_and_skipped_files(tmp_path: Path) -> None:
    """The 'library' command would not tell the facilitator which own formats were skipped."""
    (tmp_path / "kapot.toml").write_text("title = ", encoding="utf-8")
    text = describe(load_library(tmp_path), tmp_path)
    assert "Uitdagingen: 17" in text
    assert "check_in" in text
    assert "kapot.toml" in text and "Overgeslagen (1)" in text


def test_worksheet_content_alone_matches_the_whole_library(library: Library) -> None:
    """The first frame at start-up would name the worksheets differently from the overview."""
    part = load_worksheet_content()
    assert part.worksheets() == library.worksheets()
    assert part.components == library.components and part.themes == library.themes
