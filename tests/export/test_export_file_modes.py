"""Exported documents can be opened by colleagues the way the user's other files can."""

from __future__ import annotations

import os
import stat

import pytest

from opgroei_desktop.export.files import atomic_write_bytes

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are a POSIX matter")


def _mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_new_export_follows_the_umask(tmp_path):
    """Minutes saved to a shared folder must be readable by colleagues, as other files are."""
    previous = os.umask(0o022)
    try:
        written = atomic_write_bytes(tmp_path / "verslag.docx", b"doc")
    finally:
        os.umask(previous)
    assert _mode(written) == 0o644


def test_replacing_a_file_keeps_its_mode(tmp_path):
    """Saving over a file someone shared on purpose must not change who may read it."""
    target = tmp_path / "verslag.docx"
    target.write_bytes(b"old")
    target.chmod(0o664)
    atomic_write_bytes(target, b"new")
    assert _mode(target) == 0o664 and target.read_bytes() == b"new"
