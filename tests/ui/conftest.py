"""Fixtures for UI tests: the bus on a fresh store, settings in a temporary file."""

from __future__ import annotations

import pytest

from opgroei_desktop.library import load_library


@pytest.fixture
def bus(qapp, store):
    from opgroei_desktop.ui.bus import DataBus

    return DataBus(store)


@pytest.fixture
def settings(qapp, settings_path):
    from opgroei_desktop.ui.settings import open_settings

    return open_settings(settings_path)


@pytest.fixture
def library(store):
    return load_library(store.formats_dir)
