"""Shared fixtures: a fresh store per test (SQLite, and PostgreSQL where a module asks for
both), offscreen Qt, isolated settings."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("OPGROEI_DATABASE_URL", None)  # a developer's team database stays out of tests
sys.path.insert(0, str(Path(__file__).parent))

import pytest  # noqa: E402
from pg_cluster import Cluster, ClusterUnavailable  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

from opgroei_desktop.core.models import Base  # noqa: E402
from opgroei_desktop.core.store import Store  # noqa: E402

BOTH = "both_databases"
_PG_RESULTS: dict[str, int] = {}


def pytest_configure(config):
    config.addinivalue_line(
        "markers", f"{BOTH}: run the test on SQLite and on a throw-away PostgreSQL server"
    )
    config.addinivalue_line("markers", "postgresql: the test uses the PostgreSQL server")


def pytest_generate_tests(metafunc):
    if "database" in metafunc.fixturenames and metafunc.definition.get_closest_marker(BOTH):
        metafunc.parametrize("database", ["sqlite", "postgresql"], indirect=True)


def pytest_collection_modifyitems(items):
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec and callspec.params.get("database") == "postgresql":
            item.add_marker("postgresql")


def pytest_runtest_logreport(report):
    if "postgresql" in report.keywords and (report.when == "call" or report.skipped):
        _PG_RESULTS[report.outcome] = _PG_RESULTS.get(report.outcome, 0) + 1


def pytest_terminal_summary(terminalreporter):
    if _PG_RESULTS:
        counts = ", ".join(f"{n} {outcome}" for outcome, n in sorted(_PG_RESULTS.items()))
        terminalreporter.write_line(f"PostgreSQL tests: {counts}")


@pytest.fixture(scope="session")
def pg_cluster():
    """A PostgreSQL server for this test session, or a skip saying why there is none."""
    try:
        cluster = Cluster()
    except ClusterUnavailable as error:
        pytest.skip(f"no PostgreSQL server could be started: {error}")
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_url(pg_cluster, tmp_path_factory):
    """One database at the newest schema, shared by the session and emptied per test."""
    url = pg_cluster.create_database("opgroei_tests")
    Store.open(tmp_path_factory.mktemp("pg-data"), url).close()
    return url


def empty_database(url: str) -> None:
    """Remove every row, keeping the schema (much faster than a new database)."""
    tables = ", ".join(table.name for table in Base.metadata.sorted_tables)
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} CASCADE"))
    engine.dispose()


@pytest.fixture(scope="session", autouse=True)
def _widgets_application():
    """One QApplication for the whole run, made before anything else makes a Qt application.

    The export code makes a bare QGuiApplication for charts and PDF when there is none; a
    widget test after it in the same run would then abort. Any ``pytest -k`` subset must run.
    """
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["opgroei-tests"])


@pytest.fixture
def database(request):
    """Which database the store is on: "sqlite" unless the test is parametrized for both."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def store(request, database, tmp_path):
    """A new, empty store in its own temporary data folder (or an emptied PostgreSQL one)."""
    if database == "postgresql":
        yield request.getfixturevalue("store_pg")
        return
    opened = Store.open(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def settings_path(tmp_path):
    """An .ini file for QSettings, so tests never touch the user's real settings."""
    return str(tmp_path / "settings.ini")


@pytest.fixture
def store_pg(pg_url, tmp_path):
    """A store on the (emptied) PostgreSQL test database."""
    empty_database(pg_url)
    opened = Store.open(tmp_path / "data", pg_url)
    yield opened
    opened.close()
