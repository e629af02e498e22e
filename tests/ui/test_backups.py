"""Backups while the app runs."""

from __future__ import annotations

from opgroei_desktop.core.backup import list_backups
from opgroei_desktop.core.services import trajectories
from opgroei_desktop.ui.backups import BackupScheduler


def test_backup_after_start_holds_current_data(qtbot, store):
    """If this fails, a laptop lost in a meeting room would leave no recent copy of the work."""
    trajectories.create_trajectory(store, municipality="Gemeente A", initiative="Coöp B")
    scheduler = BackupScheduler(store)
    with qtbot.waitSignal(scheduler.made, timeout=10_000) as made:
        scheduler.start(first_delay_ms=0)
    (backup,) = list_backups(store.backup_dir)
    assert str(backup.path) == made.args[0] and backup.reason == "start"
