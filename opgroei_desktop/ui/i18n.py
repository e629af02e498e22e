"""Translations: UI strings are written in English in the code and translated from the
Qt Linguist files in resources/translations/ (``*_nl.ts``).

The app is offered in Dutch only: the content library, the minutes and the documents are Dutch,
and an English frame around them would mix two languages in one meeting (docs/woordenlijst.md).

The .ts files are read directly at start-up, so no compiled .qm file has to be generated,
committed or kept in sync. Update them with ``pyside6-lupdate`` (see README).
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from ..resources import resource_path

DEFAULT_LANGUAGE = "nl"


def translation_files(language: str) -> list[Path]:
    """The .ts files for ``language``: one per part of the UI (opgroei_nl.ts, run_nl.ts, ...)."""
    folder = resource_path("translations")
    return sorted(folder.glob(f"*_{language}.ts")) if folder.is_dir() else []


def read_ts(path: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> translated forms, skipping unfinished and obsolete messages."""
    found: dict[tuple[str, str], list[str]] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "obsolete"}:
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if not forms and translation.text:
                forms = [translation.text]
            if forms and any(forms):
                found[(name, message.findtext("source", ""))] = forms
    return found


class TsTranslator(QTranslator):
    """A translator that reads Qt Linguist .ts files as they are."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language
        self.messages: dict[tuple[str, str], list[str]] = {}
        for path in translation_files(language):
            self.messages.update(read_ts(path))

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        forms = self.messages.get((context, source))
        if not forms:
            return None
        text = forms[0] if n == 1 or len(forms) == 1 else forms[1]
        return text.replace("%n", str(n)) if n >= 0 else text

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return not self.messages


def install_translator(app: QCoreApplication, language: str) -> TsTranslator:
    """Install the translator for ``language`` before any widget is built.

    Qt's own words (the context menu of a text field, the calendar) come from Qt's files.
    """
    translator = TsTranslator(language)
    app.installTranslator(translator)
    qt_words = QTranslator(translator)
    if qt_words.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_words)
    return translator
