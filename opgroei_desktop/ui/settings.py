"""Per-machine UI settings, declared once with their types and defaults (QSettings)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

ORGANISATION = "Opgroei"
APPLICATION = "OpgroeiDesktop"


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    kind: type

    def get(self, settings: QSettings) -> T:
        # QSettings hands back strings for booleans on some back-ends unless asked for a type.
        return settings.value(self.key, self.default, type=self.kind)

    def set(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, value)


WINDOW_GEOMETRY: Setting[QByteArray] = Setting("window/geometry", QByteArray(), QByteArray)
WINDOW_STATE: Setting[QByteArray] = Setting("window/state", QByteArray(), QByteArray)
SPLITTER_STATE: Setting[QByteArray] = Setting("window/splitter", QByteArray(), QByteArray)
LAST_TRAJECTORY: Setting[str] = Setting("data/last_trajectory", "", str)
SHOW_TRAJECTORY_LIST: Setting[bool] = Setting("window/trajectory_list", True, bool)
PROJECTOR_SCREEN: Setting[str] = Setting("projector/screen", "", str)
MINUTES_TEMPLATE: Setting[str] = Setting("export/template", "", str)
CLAUSES_TYPE: Setting[str] = Setting("clauses/type", "intentieovereenkomst", str)
CLAUSES_PROPOSALS: Setting[bool] = Setting("clauses/proposals", True, bool)
EXPORT_FOLDER: Setting[str] = Setting("export/folder", "", str)
TEAM_DATABASE: Setting[str] = Setting("data/team_database", "", str)
"""The address of the team's PostgreSQL database; "" for this computer's own data."""


def open_settings(path: str | None = None) -> QSettings:
    """The app's settings; ``path`` (an .ini file) keeps tests and portable use apart."""
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def value(settings: QSettings, setting: Setting[Any]) -> Any:
    return setting.get(settings)
