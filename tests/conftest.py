"""Shared fixtures: a fresh SQLite store per test, offscreen Qt, isolated settings."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from opgroei_desktop.core.store import Store


@pytest.fixture
def store(tmp_path):
    """A new, empty store in its own temporary data folder."""
    opened = Store.open(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def settings_path(tmp_path):
    """An .ini file for QSettings, so tests never touch the user's real settings."""
    return str(tmp_path / "settings.ini")
