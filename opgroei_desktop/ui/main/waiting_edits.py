"""Edits that waited on this computer for the team database's server, saved once it is back.

At start (and whenever asked) each kept edit is saved with the same check as any edit. One
that would overwrite a colleague's newer text is shown, with both texts, for the user to
choose: save mine on top, keep theirs, or decide later (it then keeps waiting).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...core.errors import OpgroeiError, ServerUnavailable, StaleEdit
from ...core.expected import shown
from ...core.pending import PendingEdit, save_pending
from ..common.context import Workbench


class Choice(Enum):
    MINE = "mine"
    THEIRS = "theirs"
    LATER = "later"


def save_waiting_edits(work: Workbench, parent: QWidget) -> int:
    """Save what waited for the server; returns how many edits still wait."""
    pending = work.saves.pending
    if pending is None:
        return 0
    for edit in pending.edits():
        if work.bus.run(save_pending, edit) is not None:
            pending.done(*edit.key)
            continue
        error = work.bus.last_error
        if isinstance(error, ServerUnavailable):
            break  # still away: everything keeps waiting
        choice = ask(parent, edit, error)
        if choice is Choice.MINE and isinstance(error, StaleEdit):
            if work.bus.run(save_pending, edit, error.version) is not None:
                pending.done(*edit.key)
        elif choice is Choice.THEIRS:
            pending.done(*edit.key)
    return len(pending)


def ask(parent: QWidget, edit: PendingEdit, refusal: OpgroeiError | None) -> Choice:
    """Show a kept edit that could not be saved as it was, and ask what to do with it."""
    mine = "\n".join(f"“{shown(value)}”" for value in edit.fields.values())
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(
        QCoreApplication.translate("WaitingEdits", "An edit that waited for the server")
    )
    box.setText(
        QCoreApplication.translate(
            "WaitingEdits", "%1 (typed while the server could not be reached)"
        ).replace("%1", edit.label)
    )
    typed = QCoreApplication.translate("WaitingEdits", "What you typed then:") + f"\n{mine}"
    if isinstance(refusal, StaleEdit):
        # Not the refusal as a form shows it: nothing stands in a field after a restart.
        theirs = "\n".join(f"“{line}”" for line in refusal.newer.splitlines())
        box.setInformativeText(
            QCoreApplication.translate(
                "WaitingEdits", "Someone else has changed this since. It now reads:"
            )
            + f"\n{theirs}\n\n{typed}\n\n"
            + QCoreApplication.translate(
                "WaitingEdits",
                "Save yours over theirs, keep theirs, or decide later: yours then keeps "
                "waiting on this computer.",
            )
        )
    else:
        box.setInformativeText(f"{refusal}\n\n{typed}")
    buttons = {}
    if isinstance(refusal, StaleEdit):
        buttons[
            box.addButton(
                QCoreApplication.translate("WaitingEdits", "Save mine"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        ] = Choice.MINE
        buttons[
            box.addButton(
                QCoreApplication.translate("WaitingEdits", "Keep theirs"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
        ] = Choice.THEIRS
    else:
        buttons[
            box.addButton(
                QCoreApplication.translate("WaitingEdits", "Let it go"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
        ] = Choice.THEIRS
    later = box.addButton(
        QCoreApplication.translate("WaitingEdits", "Decide later"),
        QMessageBox.ButtonRole.RejectRole,
    )
    buttons[later] = Choice.LATER
    box.setDefaultButton(later)
    box.exec()
    return buttons.get(box.clickedButton(), Choice.LATER)


def tell_waiting(parent: QWidget, count: int) -> None:
    """Say plainly, on closing, that edits wait on this computer for the server."""
    if count == 1:
        text = QCoreApplication.translate(
            "WaitingEdits",
            "One edit waits for the team database's server, which cannot be reached. It is "
            "kept on this computer and saved the next time you start Opgroei Desktop with "
            "the server reachable.",
        )
    else:
        text = QCoreApplication.translate(
            "WaitingEdits",
            "%1 edits wait for the team database's server, which cannot be reached. They are "
            "kept on this computer and saved the next time you start Opgroei Desktop with "
            "the server reachable.",
        ).replace("%1", str(count))
    QMessageBox.information(
        parent, QCoreApplication.translate("WaitingEdits", "Edits kept on this computer"), text
    )
