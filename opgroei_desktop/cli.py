"""The command line: the app itself, and headless commands sharing the same core.

``opgroei`` starts the app; ``opgroei check|backup|demo|library|export ...`` work without a
window. Messages are Dutch; a refusal prints its message and exits with 1.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import preload  # noqa: F401 (keeps Python's own import function before Qt loads)
from .core.errors import OpgroeiError
from .core.exchange.commands import add_import_command
from .core.exchange.sync_command import add_sync_command
from .export.commands import add_export_commands

DATA_DIR_HELP = "map met de gegevens (anders OPGROEI_DATA_DIR of de standaardmap)"
DATABASE_URL_HELP = (
    "adres van een gedeelde PostgreSQL-database, zoals postgresql://gebruiker@server/opgroei "
    "(anders OPGROEI_DATABASE_URL; zonder adres het bestand in de gegevensmap)"
)
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def data_dir_option() -> argparse.ArgumentParser:
    """``--data-dir`` and ``--database-url`` for a sub-command, so they may stand after the
    command name too."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--data-dir", default=argparse.SUPPRESS, help=DATA_DIR_HELP)
    parent.add_argument("--database-url", default=argparse.SUPPRESS, help=DATABASE_URL_HELP)
    return parent


def open_store(args: argparse.Namespace):  # noqa: ANN201
    """The store the command line names: ``--database-url`` or the data folder."""
    from .core.store import Store

    return Store.open(getattr(args, "data_dir", None), getattr(args, "database_url", None))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="opgroei",
        description="Opgroei Desktop: begeleid het opgroeiruimte-proces. "
        "Zonder opdracht start het programma.",
    )
    parser.add_argument("--data-dir", help=DATA_DIR_HELP)
    parser.add_argument("--database-url", help=DATABASE_URL_HELP)
    parser.add_argument("--demo", action="store_true", help="start met het voorbeeldtraject")
    parser.add_argument("--settings", help=argparse.SUPPRESS)
    # For smoke runs of a built bundle and the start-up benchmark: print READY once the window
    # is shown and the event loop idle, then quit.
    parser.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="opdracht")
    for name, text in [
        ("check", "open de gegevens, werk ze bij en controleer ze"),
        ("demo", "maak het voorbeeldtraject aan"),
        ("library", "toon de inhoud van de bibliotheek en controleer eigen werkvormen"),
        ("list", "toon de trajecten en bijeenkomsten met hun id (voor export)"),
    ]:
        sub = commands.add_parser(name, help=text, parents=[data_dir_option()])
        if name == "library":
            sub.add_argument(
                "--format", metavar="SLEUTEL", help="toon één werkvorm volledig (zie de lijst)"
            )
    backup = commands.add_parser(
        "backup", help="maak nu een reservekopie", parents=[data_dir_option()]
    )
    backup.add_argument(
        "--to",
        metavar="MAP",
        help="schrijf een gecontroleerde kopie naar deze map (USB-stick, netwerkmap)",
    )
    add_sync_command(commands)
    add_export_commands(commands)
    add_import_command(commands)
    return parser


def command(
    name: str,
) -> Callable[[Callable[[argparse.Namespace], int]], Callable[[argparse.Namespace], int]]:
    def register(
        function: Callable[[argparse.Namespace], int],
    ) -> Callable[[argparse.Namespace], int]:
        COMMANDS[name] = function
        return function

    return register


@command("check")
def run_check(args: argparse.Namespace) -> int:
    store = open_store(args)
    report = store.report
    print(f"Gegevens: {store.location}")
    if report.created:
        print("Nieuw gegevensbestand aangemaakt.")
    if report.migrated_from:
        print(f"Bijgewerkt van schema {report.migrated_from} naar {report.revision}.")
        print(f"Reservekopie vooraf: {report.backup}")
    verdict = store.integrity(thorough=True)
    store.close()
    if verdict != "ok":
        print(f"Het gegevensbestand is niet in orde: {verdict}", file=sys.stderr)
        return 1
    print(f"Schema {report.revision}; controle: in orde.")
    return 0


@command("backup")
def run_backup(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        if store.shared:
            return _archive_team_database(store)
        if args.to:
            path = store.backup_to(Path(args.to).expanduser().resolve())
            print(f"Gecontroleerde kopie geschreven: {path}")
        else:
            path = store.backup("handmatig")
            print(f"Reservekopie gemaakt: {path}")
    finally:
        store.close()
    return 0


def _archive_team_database(store) -> int:  # noqa: ANN001
    """On a team database: say whose business backups are, and write an archive instead."""
    from datetime import datetime

    from .core.exchange.writer import export_archive
    from .core.server import SERVER_BACKUP_MESSAGE

    print(SERVER_BACKUP_MESSAGE)
    target = store.backup_dir / f"teamdatabase-{datetime.now():%Y%m%d-%H%M%S}.opgroei"
    target.parent.mkdir(parents=True, exist_ok=True)
    result = export_archive(store, target)
    print(f"Wel opgeslagen: alle {len(result.trajectory_ids)} trajecten als archief in {target}")
    return 0


@command("demo")
def run_demo(args: argparse.Namespace) -> int:
    from .core.backup import make_private_folder
    from .core.demo import ensure_demo
    from .core.folder_lock import writing
    from .core.paths import resolve_data_dir

    folder = resolve_data_dir(args.data_dir)
    make_private_folder(folder, "De gegevensmap")
    with writing(folder):
        store = open_store(args)
        try:
            trajectory_id, created = ensure_demo(store)
        finally:
            store.close()
    print(
        ("Voorbeeldtraject aangemaakt: " if created else "Voorbeeldtraject bestaat al: ")
        + trajectory_id
    )
    return 0


@command("library")
def run_library(args: argparse.Namespace) -> int:
    from .core.paths import resolve_data_dir
    from .library import load_library
    from .library.report import describe, describe_format

    formats_dir = resolve_data_dir(args.data_dir) / "werkvormen"
    library = load_library(formats_dir)
    if args.format:
        try:
            fmt = library.format(args.format)
        except KeyError:
            print(f"Er is geen werkvorm met de sleutel '{args.format}'. Zie 'opgroei library'.")
            return 1
        print(describe_format(fmt))
        return 0
    print(describe(library, formats_dir))
    return 1 if library.problems else 0


@command("list")
def run_list(args: argparse.Namespace) -> int:
    from .core.services import meetings, trajectories
    from .export.wording import MEETING_STATUS_WORDS

    store = open_store(args)
    for trajectory in trajectories.list_trajectories(store, archived=None):
        print(f"{trajectory.id}  {trajectories.display_name(trajectory)}")
        for meeting in meetings.list_meetings(store, trajectory.id):
            when = f"{meeting.starts_at:%d-%m-%Y %H:%M}" if meeting.starts_at else "geen datum"
            status = MEETING_STATUS_WORDS.get(meeting.status, meeting.status)
            print(f"    {meeting.id}  {when}  {meeting.title}  ({status})")
    store.close()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run a headless command, or start the app when none is given."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        from .app import run_app

        return run_app(args)
    handler = COMMANDS.get(args.command) or getattr(args, "handler", None)
    try:
        status = handler(args)
        sys.stdout.flush()
        return status
    except OpgroeiError as error:
        print(str(error), file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader stopped early (`opgroei list | head`): not an error. Point what is left
        # to be written at nothing, so Python's exit does not complain about the pipe.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
