"""Saving exports: all or nothing, and a Dutch message when the file cannot be written."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest

from opgroei_desktop.core.errors import OpgroeiError
from opgroei_desktop.export.files import atomic_write, atomic_write_bytes
from opgroei_desktop.export.minutes import export_minutes


def _refuse(*args: object, **kwargs: object) -> None:
    raise PermissionError(errno.EACCES, "Permission denied")


def test_read_only_folder_fails_cleanly(minutes, tmp_path: Path, monkeypatch) -> None:
    """Saving into a read-only folder would crash or leave half a file behind."""
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    folder.chmod(0o555)
    if os.access(folder, os.W_OK):
        # Running as root, permissions do not stop us: let the system refuse anyway.
        monkeypatch.setattr(tempfile, "mkstemp", _refuse)
    try:
        with pytest.raises(OpgroeiError, match="alleen-lezen") as raised:
            export_minutes(minutes.store, minutes.meeting_id, folder / "verslag.docx")
        assert "verslag.docx" in str(raised.value)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_file_open_in_word_keeps_the_old_file(minutes, tmp_path: Path, monkeypatch) -> None:
    """A file still open in Word would be half overwritten, or temp files left next to it."""
    target = tmp_path / "verslag.docx"
    target.write_bytes(b"vorige versie")
    monkeypatch.setattr(os, "replace", _refuse)
    with pytest.raises(OpgroeiError, match="geopend in Word"):
        export_minutes(minutes.store, minutes.meeting_id, target)
    assert target.read_bytes() == b"vorige versie"
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["verslag.docx"]


def test_missing_folder_is_named(minutes, tmp_path: Path) -> None:
    """Saving to a folder that was removed (a USB stick pulled out) would crash."""
    target = tmp_path / "weg" / "verslag.docx"
    with pytest.raises(OpgroeiError, match="bestaat niet"):
        export_minutes(minutes.store, minutes.meeting_id, target)
    assert not target.parent.exists()


def test_full_disk_is_explained(tmp_path: Path) -> None:
    """A full disk would show a technical error instead of saying what to do."""

    def full(path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OpgroeiError, match="schijf is vol"):
        atomic_write(tmp_path / "x.docx", full)
    assert list(tmp_path.iterdir()) == []


def test_atomic_write_replaces_the_whole_file(tmp_path: Path) -> None:
    """Saving again would append to or mix with the previous export."""
    target = tmp_path / "x.pdf"
    atomic_write_bytes(target, b"eerste versie, lang")
    assert atomic_write_bytes(target, b"tweede") == target.resolve()
    assert target.read_bytes() == b"tweede"
    assert [p.name for p in tmp_path.iterdir()] == ["x.pdf"]
