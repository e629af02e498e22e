"""The ``export`` commands of the command line: ``opgroei export minutes --meeting ID --out FILE``
and ``opgroei export clauses --trajectory ID --type intentieovereenkomst --out FILE``.

``cli.py`` wires them in with ``add_export_commands(subparsers)``; each command stores its
handler as ``handler`` on the parsed arguments and returns the process exit code.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..core.errors import OpgroeiError
from ..core.exchange.commands import add_archive_export


def add_export_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add ``export`` (with its ``minutes`` subcommand) to the main parser's subcommands.

    Call ``args.handler(args)`` after parsing; it returns 0, or 1 after printing the Dutch
    message of an ``OpgroeiError`` to stderr.
    """
    export = subparsers.add_parser(
        "export",
        help="maak documenten (verslag, overeenkomst) als Word- of PDF-bestand",
        description="Maak documenten voor gemeente en initiatief.",
    )
    kinds = export.add_subparsers(dest="export_kind", metavar="SOORT", required=True)
    minutes = kinds.add_parser(
        "minutes",
        aliases=["verslag"],
        help="het verslag van een bijeenkomst",
        description="Schrijf het verslag van een bijeenkomst als .docx of .pdf.",
    )
    minutes.add_argument("--meeting", required=True, metavar="ID", help="id van de bijeenkomst")
    minutes.add_argument(
        "--out", required=True, type=Path, metavar="BESTAND", help="doelbestand (.docx of .pdf)"
    )
    minutes.add_argument(
        "--template", type=Path, metavar="SJABLOON", help="Word-sjabloon van de organisatie"
    )
    # SUPPRESS keeps a --data-dir given before the subcommand from being reset to None.
    minutes.add_argument(
        "--data-dir", default=argparse.SUPPRESS, metavar="MAP", help="map met de gegevens"
    )
    minutes.add_argument(
        "--database-url", default=argparse.SUPPRESS, metavar="ADRES", help="gedeelde database"
    )
    minutes.set_defaults(handler=run_export_minutes)
    _add_mail_command(kinds)
    _add_clauses_command(kinds)
    _add_dossier_command(kinds)
    _add_preparation_command(kinds)
    add_archive_export(kinds)


def _add_mail_command(kinds: argparse._SubParsersAction) -> None:
    mail = kinds.add_parser(
        "mail",
        aliases=["verslag-versturen"],
        help="een e-mailconcept met het verslag voor beide partijen",
        description="Schrijf een e-mailconcept (.eml) met het verslag als bijlage, aan wie van "
        "gemeente en initiatief een e-mailadres heeft, met de datum tot wanneer correcties "
        "welkom zijn.",
    )
    mail.add_argument("--meeting", required=True, metavar="ID", help="id van de bijeenkomst")
    mail.add_argument(
        "--out", required=True, type=Path, metavar="BESTAND", help="doelbestand (.eml)"
    )
    mail.add_argument(
        "--data-dir", default=argparse.SUPPRESS, metavar="MAP", help="map met de gegevens"
    )
    mail.set_defaults(handler=run_export_mail)


def run_export_mail(args: argparse.Namespace) -> int:
    """Write the e-mail draft with the minutes and print where; 1 with a Dutch message."""
    from .mail import write_minutes_mail

    return _write(
        args, lambda store: write_minutes_mail(store, args.meeting, args.out), suffix=False
    )


def _add_clauses_command(kinds: argparse._SubParsersAction) -> None:
    from ..core.vocab import DOCUMENT_TYPES

    clauses = kinds.add_parser(
        "clauses",
        aliases=["overeenkomst"],
        help="een concept van een plan van aanpak, overeenkomst of convenant",
        description="Schrijf een concept van een afsprakendocument als .docx of .pdf.",
    )
    clauses.add_argument("--trajectory", required=True, metavar="ID", help="id van het traject")
    clauses.add_argument(
        "--type", required=True, choices=DOCUMENT_TYPES, dest="doc_type", help="soort document"
    )
    clauses.add_argument(
        "--out", required=True, type=Path, metavar="BESTAND", help="doelbestand (.docx of .pdf)"
    )
    clauses.add_argument(
        "--template", type=Path, metavar="SJABLOON", help="Word-sjabloon van de organisatie"
    )
    clauses.add_argument(
        "--no-proposals",
        action="store_true",
        help="laat voorstellen weg die nog niet door beide partijen zijn aanvaard",
    )
    clauses.add_argument(
        "--data-dir", default=argparse.SUPPRESS, metavar="MAP", help="map met de gegevens"
    )
    clauses.add_argument(
        "--database-url", default=argparse.SUPPRESS, metavar="ADRES", help="gedeelde database"
    )
    clauses.set_defaults(handler=run_export_clauses)


def _add_dossier_command(kinds: argparse._SubParsersAction) -> None:
    dossier = kinds.add_parser(
        "dossier",
        help="het overdrachtsdossier van een traject",
        description="Schrijf het dossier van een traject als .docx of .pdf: een samenvatting "
        "op één pagina, dan mensen, besluiten, afspraken, piketpalen, documenten, open acties "
        "en verslagen.",
    )
    dossier.add_argument("--trajectory", required=True, metavar="ID", help="id van het traject")
    dossier.add_argument(
        "--out", required=True, type=Path, metavar="BESTAND", help="doelbestand (.docx of .pdf)"
    )
    dossier.add_argument(
        "--template", type=Path, metavar="SJABLOON", help="Word-sjabloon van de organisatie"
    )
    dossier.add_argument(
        "--data-dir", default=argparse.SUPPRESS, metavar="MAP", help="map met de gegevens"
    )
    dossier.set_defaults(handler=run_export_dossier)


PREPARATION = (
    "uitnodiging",
    "uitnodigingsmail",
    "draaiboek",
    "scoreformulier",
    "aannamekaarten",
    "rolkaarten",
    "vraagkaarten",
)
"""What ``export voorbereiding`` can write for a meeting."""


def _add_preparation_command(kinds: argparse._SubParsersAction) -> None:
    prepare = kinds.add_parser(
        "voorbereiding",
        aliases=["preparation"],
        help="uitnodiging, draaiboek, scoreformulieren of kaarten van een bijeenkomst",
        description="Schrijf wat een bijeenkomst nodig heeft als .docx of .pdf; de "
        "uitnodigingsmail als .eml, gericht aan de genodigden die genoemd mogen worden.",
    )
    prepare.add_argument("--meeting", required=True, metavar="ID", help="id van de bijeenkomst")
    prepare.add_argument("--what", required=True, choices=PREPARATION, help="welk document")
    prepare.add_argument(
        "--out", required=True, type=Path, metavar="BESTAND", help="doelbestand (.docx, .pdf, .eml)"
    )
    prepare.add_argument(
        "--data-dir", default=argparse.SUPPRESS, metavar="MAP", help="map met de gegevens"
    )
    prepare.set_defaults(handler=run_export_preparation)


def run_export_preparation(args: argparse.Namespace) -> int:
    """Write one preparation document of a meeting and print the file's path."""
    from . import cards, invitation, score_sheet, script_document

    writers = {
        "uitnodiging": invitation.export_invitation,
        "uitnodigingsmail": invitation.write_invitation_mail,
        "draaiboek": script_document.export_script,
        "scoreformulier": score_sheet.export_score_sheet,
        "aannamekaarten": lambda s, m, out: cards.export_cards(s, m, "aannames", out),
        "rolkaarten": lambda s, m, out: cards.export_cards(s, m, "rollen", out),
        "vraagkaarten": lambda s, m, out: cards.export_cards(s, m, "vragen", out),
    }
    write = writers[args.what]
    return _write(
        args,
        lambda store: write(store, args.meeting, args.out),
        suffix=args.what != "uitnodigingsmail",
    )


def run_export_dossier(args: argparse.Namespace) -> int:
    """Write the dossier of a trajectory and print the file's path."""
    from .dossier import export_dossier

    return _write(
        args, lambda store: export_dossier(store, args.trajectory, args.out, args.template)
    )


def run_export_minutes(args: argparse.Namespace) -> int:
    """Write the minutes asked for on the command line and print the file's path."""
    from .minutes import export_minutes

    return _write(args, lambda store: export_minutes(store, args.meeting, args.out, args.template))


def run_export_clauses(args: argparse.Namespace) -> int:
    """Write the draft agreement document asked for and print the file's path."""
    from ..library import load_library
    from .clauses import export_clauses

    def write(store: Any) -> Path:
        return export_clauses(
            store,
            load_library(store.formats_dir),
            args.trajectory,
            args.doc_type,
            args.out,
            args.template,
            include_proposals=not args.no_proposals,
        )

    return _write(args, write)


def _write(args: argparse.Namespace, write: Callable[[Any], Path], *, suffix: bool = True) -> int:
    """Open the data, ``write(store)``, print the written path; 1 with a Dutch message.

    The suffix is checked before the data folder is opened (and perhaps created).
    """
    from ..core.store import Store
    from .output import check_suffix

    try:
        if suffix:
            check_suffix(args.out)
        store = Store.open(getattr(args, "data_dir", None), getattr(args, "database_url", None))
        try:
            written = write(store)
        finally:
            store.close()
    except OpgroeiError as error:
        print(str(error), file=sys.stderr)
        return 1
    print(written)
    return 0
