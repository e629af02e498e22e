"""The command line's ``opgroei sync``: a laptop and the team database, made level."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from ..errors import OpgroeiError

if TYPE_CHECKING:  # defining the command line must not load the data layer
    from .merge import Choice, MergePlan

KEEP = ("laptop", "team")


def add_sync_command(commands: argparse._SubParsersAction) -> None:
    """``opgroei sync --database-url URL [--trajectory ID ...] [--keep laptop|team]``."""
    parser = commands.add_parser(
        "sync",
        help="synchroniseer de trajecten van deze laptop met de teamdatabase",
        description="Breng deze laptop en de gedeelde database gelijk: wat aan beide kanten "
        "is toegevoegd of veranderd, komt aan beide kanten. Mag worden afgebroken en herhaald.",
    )
    parser.add_argument(
        "--trajectory",
        action="append",
        metavar="ID",
        help="id van het traject (mag vaker; zonder: alle trajecten op deze laptop)",
    )
    parser.add_argument(
        "--keep",
        choices=KEEP,
        help="bij verschillen: houd de versie van deze laptop of die van de teamdatabase",
    )
    parser.add_argument(
        "--data-dir", default=argparse.SUPPRESS, metavar="MAP", help="map met de gegevens"
    )
    parser.add_argument(
        "--database-url",
        default=argparse.SUPPRESS,
        metavar="ADRES",
        help="adres van de teamdatabase (anders OPGROEI_DATABASE_URL)",
    )
    parser.set_defaults(handler=run_sync)


def run_sync(args: argparse.Namespace) -> int:
    """Sync, or list the conflicts and change nothing when no ``--keep`` says what to do."""
    from ..store import DATABASE_URL_ENV, Store
    from . import sync as team_sync

    address = getattr(args, "database_url", None) or os.environ.get(DATABASE_URL_ENV)
    if not address:
        print(
            "Geef het adres van de teamdatabase met --database-url of OPGROEI_DATABASE_URL.",
            file=sys.stderr,
        )
        return 1
    data_dir = getattr(args, "data_dir", None)
    try:
        laptop = Store.open(data_dir, "")
        try:
            team = Store.open(data_dir, address)
            try:
                try:
                    result = team_sync.sync(laptop, team, args.trajectory)
                except team_sync.SyncConflicts as found:
                    if not args.keep:
                        for conflict in found.conflicts:
                            print(
                                f"verschil in {conflict.table}.{conflict.field}: op deze laptop "
                                f"{conflict.theirs!r}, in de teamdatabase {conflict.mine!r}"
                            )
                        print(
                            f"{found} Kies met --keep laptop of --keep team welke versie blijft.",
                            file=sys.stderr,
                        )
                        return 1
                    keep = team_sync.LAPTOP if args.keep == "laptop" else team_sync.TEAM
                    choices: dict[tuple[str, str, str], Choice | str] = {
                        conflict.key: keep for conflict in found.conflicts
                    }
                    result = team_sync.sync(laptop, team, args.trajectory, choices)
            finally:
                team.close()
        finally:
            laptop.close()
    except OpgroeiError as error:
        print(str(error), file=sys.stderr)
        return 1
    print(f"Naar de teamdatabase: {_counts(result.sent)}.")
    print(f"Naar deze laptop: {_counts(result.received)}.")
    print(f"{len(result.trajectory_ids)} traject(en) op deze laptop en in de teamdatabase gelijk.")
    return 0


def _counts(plan: MergePlan) -> str:
    added = sum(part.added() for part in plan.trajectories)
    changed = sum(part.changed() for part in plan.trajectories)
    return f"{added} rijen erbij, {changed} gewijzigd"
