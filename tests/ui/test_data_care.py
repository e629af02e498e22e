"""The data in the app's care: one window per folder, calm crash reports, a copy elsewhere."""

from __future__ import annotations

import sqlite3
import sys
from datetime import date, timedelta

from PySide6.QtGui import QGuiApplication

from opgroei_desktop.core.data_status import load_status, save_status
from opgroei_desktop.core.integrity import check_file
from opgroei_desktop.ui.backups import BackupScheduler
from opgroei_desktop.ui.crash_report import CrashReporter, start_log
from opgroei_desktop.ui.single_instance import SingleInstance


def damage_an_index(database):
    """Change one key inside an index page: the page stays well-formed, the index lies."""
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_trajectories_1'"
    ).fetchone()[0]
    some_id = connection.execute("SELECT max(id) FROM trajectories").fetchone()[0].encode()
    connection.close()
    with database.open("r+b") as handle:
        handle.seek(page_size * (root - 1))
        at = handle.read(page_size).index(some_id) + len(some_id) - 1
        handle.seek(page_size * (root - 1) + at)
        handle.write(b"~")


def test_second_start_on_the_same_folder_is_refused_and_wakes_the_first(qtbot, tmp_path):
    """Two windows on one data folder would overwrite each other's edits."""
    first = SingleInstance(tmp_path)
    assert first.claim()
    first.listen()
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert not SingleInstance(tmp_path).claim()
    other_folder = SingleInstance(tmp_path / "ander")
    (tmp_path / "ander").mkdir()
    assert other_folder.claim()
    other_folder.release()
    first.release()
    again = SingleInstance(tmp_path)
    assert again.claim()
    again.release()


def test_unexpected_error_is_logged_and_told_calmly(qtbot, tmp_path):
    """An error nobody caught must reach a log file and a dialog, not a hidden console."""
    reporter = CrashReporter(start_log(tmp_path))
    try:
        raise ZeroDivisionError("deling door nul in een weergave")
    except ZeroDivisionError:
        reporter.handle(*sys.exc_info())
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    dialog = reporter.dialog
    qtbot.addWidget(dialog)
    assert "deling door nul" in (tmp_path / "opgroei.log").read_text(encoding="utf-8")
    dialog.copy_button.click()
    assert "ZeroDivisionError" in QGuiApplication.clipboard().text()
    dialog.close()


def test_daily_full_check_stops_backups_of_a_damaged_file(qtbot, store):
    """Damage the start-up check misses must be found the same day, and not backed up."""
    from opgroei_desktop.core.services import trajectories

    for number in range(40):
        trajectories.create_trajectory(store, municipality=f"G{number}", initiative="I")
    store.engine.dispose()
    damage_an_index(store.path)
    scheduler = BackupScheduler(store)
    with qtbot.waitSignal(scheduler.damaged, timeout=10_000) as damaged:
        scheduler.start(first_delay_ms=0)
    assert "beschadigd" in damaged.args[0]
    assert not list(store.backup_dir.glob("*.sqlite3"))
    assert load_status(store.data_dir).found_damage()


def test_copy_to_another_place_from_the_window(qtbot, store, bus, settings, library, tmp_path):
    """ "Back up to…" must write a checked copy and say where; a week of use brings a reminder."""
    from opgroei_desktop.ui.main.data_care import DataCare
    from opgroei_desktop.ui.main_window import MainWindow

    status = load_status(store.data_dir)
    status.use_days = [(date.today() - timedelta(days=d)).isoformat() for d in range(1, 8)]
    save_status(store.data_dir, status)
    window = MainWindow(bus, settings, library)
    qtbot.addWidget(window)
    care = DataCare(window, window.message_bar, store, BackupScheduler(store, window))
    care.greet()
    assert "8 days" in window.message_bar.text.text()
    stick = tmp_path / "USB #2"
    stick.mkdir()
    with qtbot.waitSignal(care.copy_made, timeout=10_000) as made:
        care.start_copy(stick)
    (copy,) = stick.iterdir()
    assert made.args[0] == str(copy) and check_file(copy, thorough=True) == "ok"
    assert str(copy) in window.message_bar.text.text()
    assert load_status(store.data_dir).use_days == []
    assert care.back_up_to in window.menuBar().actions()[0].menu().actions()


def test_second_app_start_says_why_it_stops(qtbot, qapp, tmp_path, monkeypatch):
    """The second start must explain itself, and the first window must come to the front."""
    from PySide6.QtWidgets import QMessageBox

    from opgroei_desktop.ui.single_instance import claim_data_folder

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    first = claim_data_folder(tmp_path / "data", qapp)
    assert first is not None
    first.listen()
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert claim_data_folder(tmp_path / "data", qapp) is None
    assert "already open" in told[0] and str(tmp_path / "data") in told[0]
    first.release()
