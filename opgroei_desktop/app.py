"""Start-up: the Qt application, the translator, the first frame, the store, the main window.

The data layer (SQLAlchemy, the models, the services) takes several times as long to import as
Qt itself. So the main window's first frame paints before it, from a quick read-only glance at
the data (``ui.first_frame``); the data layer is then imported while the frame stays on screen
(``preload``), the store opens, and the real main window takes the frame's place. Export and
other heavy modules are imported when first used.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from . import preload
from .core.errors import DamagedDatabase, OpgroeiError
from .core.paths import DATABASE_NAME, resolve_data_dir
from .resources import resource_path
from .ui import settings as ui_settings
from .ui.i18n import DEFAULT_LANGUAGE, install_translator

if TYPE_CHECKING:
    from .core.store import Store


def run_app(args: argparse.Namespace) -> int:
    """Show the main window and run until it closes."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Opgroei Desktop")
    app.setOrganizationName(ui_settings.ORGANISATION)
    app.setWindowIcon(QIcon(str(resource_path("icons", "opgroei.svg"))))
    app.setDesktopFileName("nl.opgroeiruimte.OpgroeiDesktop")  # packaging/linux/
    settings = ui_settings.open_settings(args.settings)
    app._translator = install_translator(app, DEFAULT_LANGUAGE)  # keep alive
    from .ui.single_instance import bring_to_front, claim_data_folder

    instance = claim_data_folder(resolve_data_dir(args.data_dir), app)
    if instance is None:
        return 1
    frame = show_first_frame(settings, args.data_dir)
    if args.quit_when_ready:
        print("PAINTED", flush=True)
    preload.load_data_layer(app.processEvents)
    address = team_address(getattr(args, "database_url", None), settings)
    store = open_store_interactively(args.data_dir, address)
    if store is None:
        if frame is not None:
            frame.close()
        return 1
    window = build_main_window(store, settings, demo=args.demo)
    window.show()
    if frame is not None:
        frame.close()
    instance.listen()
    instance.activated.connect(lambda: bring_to_front(window))
    if store.shared:  # a team database is backed up by its server; others' changes come in
        from .ui.team_listener import TeamListener

        listener = TeamListener(window.work.bus, window)
        listener.start()
        app.aboutToQuit.connect(listener.stop)
    else:
        from .ui.backups import BackupScheduler
        from .ui.main.data_care import DataCare

        backups = BackupScheduler(store, window)
        DataCare(window, window.message_bar, store, backups, window.commands.settings).greet()
        backups.start()
    if args.quit_when_ready:
        QTimer.singleShot(0, lambda: (print("READY", flush=True), app.quit()))
    code = app.exec()
    QThreadPool.globalInstance().waitForDone()
    store.close()
    instance.release()
    return code


def show_first_frame(settings: QSettings, data_dir: str | None) -> QWidget | None:
    """Show and paint the main window's first frame from a glance at the data; None when the
    library cannot be read (the main window will say why)."""
    from .core.glance import read_glance
    from .library import LibraryError
    from .library.loader import load_worksheet_content
    from .ui.first_frame import FirstFrame

    try:
        library = load_worksheet_content()
    except LibraryError:
        return None
    glance = read_glance(resolve_data_dir(data_dir), ui_settings.LAST_TRAJECTORY.get(settings))
    frame = FirstFrame(settings, glance, library)
    frame.show()
    QApplication.processEvents()
    return frame


def build_main_window(store: Store, settings: QSettings, demo: bool = False):  # noqa: ANN201
    """The main window on ``store``; with ``demo`` it opens the demo trajectory."""
    from .library import load_library
    from .ui.bus import DataBus
    from .ui.main_window import MainWindow

    library = load_library(store.formats_dir)
    open_id = None
    if demo:
        from .core.demo import ensure_demo

        open_id, _ = ensure_demo(store)
    return MainWindow(DataBus(store), settings, library, open_trajectory=open_id)


def team_address(given: str | None, settings: QSettings) -> str:
    """The team database to open: ``--database-url``, else the environment, else the
    setting; "" for this computer's own data."""
    from .core.store import DATABASE_URL_ENV

    return given or os.environ.get(DATABASE_URL_ENV) or ui_settings.TEAM_DATABASE.get(settings)


def open_store_interactively(data_dir: str | None, database_url: str | None = None) -> Store | None:
    """Open the store; on a damaged file explain it and offer the newest good backup; when
    the team database cannot be used, explain it and offer this computer's own data."""
    from .core.store import Store

    try:
        return Store.open(data_dir, database_url)
    except DamagedDatabase as error:
        return _offer_backup(data_dir, str(error))
    except OpgroeiError as error:
        if database_url:
            return _offer_local(data_dir, str(error))
        QMessageBox.critical(None, "Opgroei Desktop", str(error))
        return None


def _offer_local(data_dir: str | None, message: str) -> Store | None:
    box = QMessageBox(QMessageBox.Icon.Warning, "Opgroei Desktop", message)
    box.setInformativeText(
        QApplication.translate(
            "Startup",
            "You can go on with this computer's own data now and sync with the team "
            "database later.",
        )
    )
    local = box.addButton(
        QApplication.translate("Startup", "Continue with this computer's data"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QApplication.translate("Startup", "Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(local)
    box.exec()
    if box.clickedButton() is not local:
        return None
    return open_store_interactively(data_dir, "")


def _offer_backup(data_dir: str | None, message: str) -> Store | None:
    from .core.backup import BACKUP_DIR_NAME
    from .core.recovery import newest_good_backup, restore_backup

    folder = resolve_data_dir(data_dir)
    backup = newest_good_backup(folder / BACKUP_DIR_NAME)
    box = QMessageBox(QMessageBox.Icon.Critical, "Opgroei Desktop", message)
    restore = None
    if backup is not None:
        restore = box.addButton(
            QApplication.translate("Startup", "Restore newest backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    box.addButton(QApplication.translate("Startup", "Close"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return None
    from .core.store import Store

    aside = restore_backup(folder / DATABASE_NAME, backup)
    QMessageBox.information(
        None,
        "Opgroei Desktop",
        QApplication.translate(
            "Startup", "The backup is back in place. The damaged file was kept as {0}."
        ).format(aside),
    )
    return Store.open(data_dir)
