"""Fixtures for the worksheet tests: the shipped library, a trajectory with a meeting, the demo."""

from __future__ import annotations

import pytest

from opgroei_desktop.core.demo import ensure_demo
from opgroei_desktop.core.services import meetings, people, trajectories
from opgroei_desktop.library import Library, load_library


@pytest.fixture(scope="session")
def library() -> Library:
    """The shipped library, without own formats."""
    return load_library()


@pytest.fixture
def trajectory(store) -> str:
    return trajectories.create_trajectory(
        store, municipality="Gemeente Proef", initiative="Coöperatie Proef"
    ).id


@pytest.fixture
def meeting(store, trajectory) -> str:
    return meetings.plan_meeting(
        store, trajectory, title="Eerste overleg", starts_at="01-03-2026 19:30"
    ).id


@pytest.fixture
def karin(store, trajectory) -> str:
    return people.add_person(
        store, trajectory, name="Karin Bos", party="gemeente", function="programmamanager"
    ).id


@pytest.fixture
def demo(store) -> str:
    """The demo trajectory's id."""
    return ensure_demo(store)[0]
