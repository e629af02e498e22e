"""Dutch is the default language and must be complete: no English left on the screen."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import PySide6

from opgroei_desktop.ui.i18n import TsTranslator, read_ts, translation_files

PACKAGE = Path(__file__).resolve().parents[2] / "opgroei_desktop"


def _ui_sources() -> list[Path]:
    return [PACKAGE / "app.py", *sorted((PACKAGE / "ui").rglob("*.py"))]


def _strings_in_code(tmp_path) -> dict[tuple[str, str], list[str]]:
    """Every (context, source) that lupdate finds in the UI code."""
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    target = tmp_path / "all_nl.ts"
    sources = [str(path) for path in _ui_sources()]
    subprocess.run([str(lupdate), *sources, "-ts", str(target)], check=True, capture_output=True)
    found = {}
    for context in ElementTree.parse(target).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            location = message.find("location")
            where = (
                location.get("filename", "") + ":" + location.get("line", "")
                if location is not None
                else ""
            )
            found[(name, message.findtext("source", ""))] = [where]
    return found


def test_every_ui_string_has_a_dutch_translation(tmp_path):
    """If this fails, someone in the meeting room would see an English word in the Dutch app."""
    translated: dict[tuple[str, str], list[str]] = {}
    for path in translation_files("nl"):
        translated.update(read_ts(path))
    in_code = _strings_in_code(tmp_path)
    assert in_code, "lupdate found no strings at all"
    missing = [
        f"{context}: {source!r} ({where[0]})"
        for (context, source), where in in_code.items()
        if (context, source) not in translated
    ]
    assert not missing, "Untranslated:\n" + "\n".join(missing)


def test_dutch_translator_translates(qapp):
    """The Dutch translation files must load and turn the English source text into Dutch."""
    translator = TsTranslator("nl")
    assert translator.messages
    (context, source), forms = next(iter(translator.messages.items()))
    assert translator.translate(context, source) == forms[0]
    assert translator.translate("NoSuchContext", "No such text") is None


def test_qt_own_words_are_dutch_too(qapp):
    """If this fails, the right-click menu in every text field would still say 'Copy', 'Paste'."""
    from PySide6.QtCore import QCoreApplication

    from opgroei_desktop.ui.i18n import install_translator

    translator = install_translator(qapp, "nl")
    try:
        assert QCoreApplication.translate("QLineEdit", "&Copy") != "&Copy"
    finally:
        for child in [translator, *translator.children()]:
            qapp.removeTranslator(child)


def test_no_translated_text_hides_inside_an_f_string():
    """If this fails, a word on screen stays English: lupdate cannot see tr() in an f-string."""
    import ast

    hidden = []
    for path in _ui_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                called = inner.func if isinstance(inner, ast.Call) else None
                name = getattr(called, "attr", None) or getattr(called, "id", None)
                if name in {"tr", "translate"}:
                    hidden.append(f"{path.relative_to(PACKAGE.parent)}:{inner.lineno}")
    assert not hidden, "tr() inside an f-string:\n" + "\n".join(hidden)
