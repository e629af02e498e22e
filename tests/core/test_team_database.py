"""A team database on PostgreSQL: opened, refused or explained the way a team needs it."""

from __future__ import annotations

import time

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from pg_cluster import PASSWORD_ROLE
from sqlalchemy import create_engine, make_url, text

from opgroei_desktop.cli import main
from opgroei_desktop.core import migrate, search
from opgroei_desktop.core.errors import (
    ForeignDatabase,
    NewerDatabase,
    OpgroeiError,
    ServerUnavailable,
    WrongCredentials,
)
from opgroei_desktop.core.models import Base
from opgroei_desktop.core.services import entries, trajectories
from opgroei_desktop.core.store import Store

pytestmark = pytest.mark.postgresql


def _modelled(name, type_, parent_names):
    """The search index (0003 on SQLite, 0005's vectors on PostgreSQL) is not modelled."""
    return not (name or "").startswith(search.SEARCH_TABLE_PREFIX)


def _tables(url):
    engine = create_engine(url)
    with engine.connect() as connection:
        found = set(
            connection.execute(
                text("SELECT table_name FROM information_schema.tables WHERE table_schema='public'")
            ).scalars()
        )
    engine.dispose()
    return found


def test_empty_server_database_migrates_to_head_exactly_as_modelled(pg_cluster, tmp_path):
    """A team's new, empty database must get every table the app uses, as on a laptop."""
    url = pg_cluster.create_database("leeg")
    store = Store.open(tmp_path, url)
    assert store.shared and store.path is None
    assert store.report.created and store.report.revision == migrate.HEAD
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": _modelled})
        assert compare_metadata(context, Base.metadata) == []
    assert search.index_kind(store) == "tsvector"
    store.close()
    again = Store.open(tmp_path, url)
    assert not again.report.created and again.report.migrated_from is None
    again.close()


def test_dutch_search_finds_other_forms_of_a_word(store_pg):
    """On the team database, 'zonnepanelen' must also find a note about one 'zonnepaneel'."""
    trajectory = trajectories.create_trajectory(
        store_pg, municipality="Gemeente Aa", initiative="Coöperatie Bb"
    ).id
    entries.capture_entry(store_pg, trajectory, text="Eén zonnepaneel op het dak van de school")
    entries.capture_entry(store_pg, trajectory, text="De coöperatie zoekt vrijwilligers")
    assert [h.snippet for h in search.search(store_pg, "zonnepanelen")] == [
        "Eén zonnepaneel op het dak van de school"
    ]
    assert len(search.search(store_pg, "cooperatie")) == 1, "accents are folded away"
    assert len(search.search(store_pg, "vrijwil")) == 1, "a word start is enough"
    assert search.search(store_pg, "peratie") == [], "only word starts match"


def test_database_of_another_program_is_refused_untouched(pg_cluster, tmp_path):
    """Pointing the app at someone else's database must not add a single table to it."""
    url = pg_cluster.create_database("boekhouding")
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE facturen (nummer int PRIMARY KEY)"))
        connection.execute(text("INSERT INTO facturen VALUES (1)"))
    engine.dispose()
    with pytest.raises(ForeignDatabase, match="ander programma"):
        Store.open(tmp_path, url)
    assert _tables(url) == {"facturen"}


def test_database_of_a_newer_app_is_refused_untouched(pg_cluster, tmp_path):
    """A colleague's newer app version must not have its data touched by an older one."""
    url = pg_cluster.create_database("nieuwer")
    Store.open(tmp_path, url).close()
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(NewerDatabase, match="nieuwere versie"):
        Store.open(tmp_path, url)
    engine = create_engine(url)
    with engine.connect() as connection:
        assert (
            connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"
        )
    engine.dispose()


def test_wrong_password_is_said_plainly_and_never_repeated(pg_cluster, tmp_path, caplog):
    """A mistyped password must be named as the problem, and never be shown or logged."""
    pg_cluster.execute(
        f"DROP ROLE IF EXISTS {PASSWORD_ROLE}",
        f"CREATE ROLE {PASSWORD_ROLE} LOGIN PASSWORD 'juist-geheim'",
    )
    url = make_url(pg_cluster.url("postgres")).set(
        username=PASSWORD_ROLE, password="fout-geheim-42"
    )
    address = url.render_as_string(hide_password=False)
    with pytest.raises(WrongCredentials) as raised:
        Store.open(tmp_path, address)
    message = str(raised.value)
    assert "wachtwoord" in message and "***" in message
    assert "fout-geheim-42" not in message and "fout-geheim-42" not in caplog.text
    assert raised.value.__cause__ is None or "fout-geheim-42" not in str(raised.value.__cause__)


def test_unreachable_server_is_explained_quickly(tmp_path):
    """With the server down, the app must say so within seconds instead of hanging."""
    started = time.monotonic()
    with pytest.raises(ServerUnavailable, match="niet bereikbaar") as raised:
        Store.open(tmp_path, f"postgresql://team:geheim@/opgroei?host={tmp_path}/geen-server")
    assert time.monotonic() - started < 10
    assert "geheim" not in str(raised.value)


def test_address_that_is_not_postgresql_is_refused(tmp_path):
    """A typo in the address must be answered with what an address looks like."""
    with pytest.raises(OpgroeiError, match="PostgreSQL"):
        Store.open(tmp_path, "mysql://jan:geheim@server/opgroei")


def test_check_and_backup_commands_on_the_team_database(store_pg, capsys):
    """`opgroei check` works on the server; `opgroei backup` says backups are the server's
    and still keeps every trajectory as one archive."""
    trajectories.create_trajectory(store_pg, municipality="Gemeente Aa", initiative="Bb")
    url = store_pg.engine.url.render_as_string(hide_password=False)
    data_dir = str(store_pg.data_dir)
    assert main(["check", "--data-dir", data_dir, "--database-url", url]) == 0
    assert "in orde" in capsys.readouterr().out
    assert main(["backup", "--data-dir", data_dir, "--database-url", url]) == 0
    out = capsys.readouterr().out
    assert "server" in out and "1 trajecten als archief" in out
    [archive] = (store_pg.data_dir / "backups").glob("teamdatabase-*.opgroei")
    assert archive.stat().st_size > 0
