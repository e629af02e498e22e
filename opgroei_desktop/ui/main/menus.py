"""The main window's actions and menus: every command has a menu entry with a mnemonic, a
shortcut where it is used often, and an accessible name."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenuBar


def _action(
    parent: QObject, text: str, shortcuts: list[QKeySequence] | None = None, tip: str = ""
) -> QAction:
    action = QAction(text, parent)
    if shortcuts:
        action.setShortcuts(shortcuts)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    return action


class WindowActions(QObject):
    """All actions of the main window, created once and shared by menus and buttons."""

    def __init__(self, parent: QObject, undo: QUndoStack) -> None:
        super().__init__(parent)
        key = QKeySequence
        std = QKeySequence.StandardKey
        self.new_trajectory = _action(parent, self.tr("&New trajectory…"), [key(std.New)])
        self.open_demo = _action(parent, self.tr("Open the e&xample trajectory"))
        self.open_file = _action(
            parent,
            self.tr("&Open trajectory from file…"),
            [key(std.Open)],
            self.tr("Read in a .opgroei file: a new trajectory, or merge into the same one"),
        )
        self.save_file = _action(
            parent,
            self.tr("Save trajectory as &file…"),
            [],
            self.tr("Save the trajectory as one .opgroei file to hand over or merge elsewhere"),
        )
        self.settings = _action(parent, self.tr("&Settings…"), [key("Ctrl+,")])
        self.sync = _action(parent, self.tr("S&ynchronise with team database…"))
        self.quit = _action(parent, self.tr("&Quit"), [key("Ctrl+Q")])
        self.undo = undo.createUndoAction(parent, self.tr("&Undo"))
        self.undo.setShortcuts([key(std.Undo)])
        self.redo = undo.createRedoAction(parent, self.tr("&Redo"))
        self.redo.setShortcuts([key("Ctrl+Shift+Z"), key("Ctrl+Y")])
        self.save = _action(
            parent,
            self.tr("&Save now"),
            [key(std.Save)],
            self.tr("Everything is saved as you work; this saves typed text at once."),
        )
        self.rename = _action(parent, self.tr("&Rename…"), [key("F2")])
        self.archive = _action(parent, self.tr("&Archive"), [key("Ctrl+E")])
        self.delete = _action(parent, self.tr("&Delete trajectory…"))
        self.find = _action(parent, self.tr("&Find trajectory"), [key("Ctrl+Shift+F")])
        self.draft_documents = _action(
            parent,
            self.tr("Draft &documents…"),
            [key("Ctrl+Shift+D")],
            self.tr("Draft a plan of approach, letter of intent, agreement or covenant"),
        )
        self.save_dossier = _action(
            parent,
            self.tr("Save do&ssier…"),
            [],
            self.tr("The whole record for a successor, a newcomer or the council, as Word or PDF"),
        )
        self.pages = [
            _action(parent, self.tr("&Overview"), [key("Ctrl+1")]),
            _action(parent, self.tr("&People"), [key("Ctrl+2")]),
            _action(parent, self.tr("&Meetings"), [key("Ctrl+3")]),
            _action(parent, self.tr("&Actions"), [key("Ctrl+4")]),
            _action(parent, self.tr("Searc&h everything"), [key(std.Find), key("Ctrl+5")]),
            _action(parent, self.tr("&Details"), [key("Ctrl+6")]),
        ]
        self.show_list = _action(parent, self.tr("Trajectory &list"), [key("Ctrl+L")])
        self.show_list.setCheckable(True)
        self.show_list.setChecked(True)
        self.manual = _action(
            parent,
            self.tr("&Manual"),
            [key(std.HelpContents)],
            self.tr("The manual for facilitators, also without internet"),
        )
        self.about = _action(parent, self.tr("&About Opgroei Desktop"))
        for action in self.all():
            action.setObjectName(action.text().replace("&", "").replace("…", ""))

    def all(self) -> list[QAction]:
        return [
            self.new_trajectory,
            self.open_demo,
            self.open_file,
            self.save_file,
            self.settings,
            self.sync,
            self.quit,
            self.undo,
            self.redo,
            self.save,
            self.rename,
            self.archive,
            self.delete,
            self.find,
            self.draft_documents,
            self.save_dossier,
            *self.pages,
            self.show_list,
            self.manual,
            self.about,
        ]

    def trajectory_actions(self) -> list[QAction]:
        """The actions that need an open trajectory."""
        return [
            self.rename,
            self.archive,
            self.delete,
            self.draft_documents,
            self.save_dossier,
            self.save_file,
            *self.pages[1:],
        ]

    def install(self, bar: QMenuBar) -> None:
        """Fill the menu bar."""
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_trajectory, self.open_demo])
        file_menu.addSeparator()
        file_menu.addActions([self.open_file, self.save_file])
        file_menu.addSeparator()
        file_menu.addAction(self.settings)
        file_menu.addAction(self.sync)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addAction(self.save)
        trajectory_menu = bar.addMenu(self.tr("&Trajectory"))
        trajectory_menu.addActions([self.find, self.rename, self.archive])
        trajectory_menu.addSeparator()
        trajectory_menu.addActions([self.draft_documents, self.save_dossier])
        trajectory_menu.addSeparator()
        trajectory_menu.addAction(self.delete)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions(self.pages)
        view_menu.addSeparator()
        view_menu.addAction(self.show_list)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.manual)
        help_menu.addSeparator()
        help_menu.addAction(self.about)
