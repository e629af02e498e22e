"""The command line's exchange commands: ``opgroei export archive`` and ``opgroei import``.

``cli.py`` wires them in; each stores its handler as ``handler`` on the parsed arguments.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import OpgroeiError
from .format import SUFFIX

KEEP = {"hier": "mine", "bestand": "theirs"}


def add_archive_export(kinds: argparse._SubParsersAction) -> None:
    """``opgroei export archive [--trajectory ID ...] --out F.opgroei [--handover]``."""
    archive = kinds.add_parser(
        "archive",
        aliases=["archief"],
        help="een of alle trajecten als één .opgroei-bestand",
        description="Sla trajecten op als één bestand om over te dragen of samen te voegen.",
    )
    archive.add_argument(
        "--trajectory",
        action="append",
        metavar="ID",
        help="id van het traject (mag vaker; zonder: alle trajecten)",
    )
    archive.add_argument("--out", required=True, type=Path, metavar="BESTAND", help="doelbestand")
    archive.add_argument(
        "--handover",
        action="store_true",
        help="voor de partijen zelf: zonder de eigen notities van de procesbegeleider",
    )
    archive.add_argument(
        "--data-dir", default=argparse.SUPPRESS, metavar="MAP", help="map met de gegevens"
    )
    archive.add_argument(
        "--database-url", default=argparse.SUPPRESS, metavar="ADRES", help="gedeelde database"
    )
    archive.set_defaults(handler=run_export_archive)


def add_import_command(commands: argparse._SubParsersAction) -> None:
    """``opgroei import F.opgroei [--dry-run] [--keep hier|bestand]``."""
    parser = commands.add_parser(
        "import",
        help="lees een .opgroei-bestand in: een nieuw traject of samenvoegen",
        description="Lees een .opgroei-bestand in. Een traject dat hier al is, wordt "
        "samengevoegd; verschillen waarin beide kanten iets veranderden worden getoond.",
    )
    parser.add_argument("file", type=Path, metavar="BESTAND", help="het .opgroei-bestand")
    parser.add_argument("--dry-run", action="store_true", help="toon alleen wat er zou gebeuren")
    parser.add_argument(
        "--keep",
        choices=sorted(KEEP),
        help="bij verschillen: houd de versie van hier of die uit het bestand",
    )
    parser.add_argument(
        "--data-dir", default=argparse.SUPPRESS, metavar="MAP", help="map met de gegevens"
    )
    parser.add_argument(
        "--database-url", default=argparse.SUPPRESS, metavar="ADRES", help="gedeelde database"
    )
    parser.set_defaults(handler=run_import)


def run_export_archive(args: argparse.Namespace) -> int:
    """Write the archive asked for and print its path and counts."""
    from ..store import Store
    from .writer import export_archive

    if args.out.suffix.lower() != SUFFIX:
        print(f"Kies een bestandsnaam die eindigt op {SUFFIX}.", file=sys.stderr)
        return 1
    try:
        store = Store.open(getattr(args, "data_dir", None), getattr(args, "database_url", None))
        try:
            result = export_archive(store, args.out, args.trajectory, handover=args.handover)
        finally:
            store.close()
    except OpgroeiError as error:
        print(str(error), file=sys.stderr)
        return 1
    print(result.path)
    print(f"{len(result.trajectory_ids)} traject(en), {sum(result.counts.values())} rijen.")
    if result.left_out:
        print(f"Weggelaten (eigen notities): {sum(result.left_out.values())} rijen.")
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Read the archive in (or only tell what would happen) and print what was done."""
    from ..folder_lock import writing
    from ..store import Store
    from .importer import import_archive, preview_import

    try:
        store = Store.open(getattr(args, "data_dir", None), getattr(args, "database_url", None))
        try:
            preview = preview_import(store, args.file)
            print(describe(preview.plan, {t.id: t.name for t in preview.archive.trajectories}))
            if args.dry_run:
                print("Proefrun: er is niets veranderd.")
                return 0
            conflicts = preview.plan.conflicts
            if conflicts and not args.keep:
                print(
                    "Er is niets veranderd. Kies met --keep hier of --keep bestand welke "
                    "versie blijft bij de verschillen, of open het bestand in het programma "
                    "om per verschil te kiezen.",
                    file=sys.stderr,
                )
                return 1
            choice = KEEP.get(args.keep or "", "mine")
            with writing(store.data_dir):
                result = import_archive(store, preview.archive, {c.key: choice for c in conflicts})
        finally:
            store.close()
    except OpgroeiError as error:
        print(str(error), file=sys.stderr)
        return 1
    print("Ingelezen." if result.applied else "Niets te doen: dit bestand is al ingelezen.")
    return 0


def describe(plan, names: dict[str, str]) -> str:
    """What a merge plan would do, one paragraph per trajectory, in Dutch."""
    lines = []
    for part in plan.trajectories:
        name = names.get(part.trajectory_id, part.trajectory_id)
        if part.is_new:
            lines.append(f"{name}: nieuw traject, {part.added()} rijen.")
            continue
        if not (part.inserts or part.updates or part.conflicts):
            lines.append(f"{name}: al gelijk, niets te doen.")
            continue
        lines.append(
            f"{name}: samenvoegen; {part.added()} rijen erbij, {part.changed()} gewijzigd, "
            f"{len(part.conflicts)} verschil(len) om te kiezen."
        )
        for conflict in part.conflicts:
            lines.append(
                f"  verschil in {conflict.table}.{conflict.field}: hier {conflict.mine!r}, "
                f"in het bestand {conflict.theirs!r}"
            )
    return "\n".join(lines)
