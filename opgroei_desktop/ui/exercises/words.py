"""Screen words for the exercises: verdicts, who wrote a card, scores as the room reads them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "ExerciseWords"

RADAR = "radar"
TREND = "trend"
"""What the beamer shows of a baseline: this measurement's radar, or the trend over time."""

VERDICTS = {
    "waar": QT_TRANSLATE_NOOP("ExerciseWords", "True"),
    "deels": QT_TRANSLATE_NOOP("ExerciseWords", "Partly true"),
    "niet_waar": QT_TRANSLATE_NOOP("ExerciseWords", "Not true"),
}

AUTHORS = {
    "gemeente": QT_TRANSLATE_NOOP("ExerciseWords", "The municipality thinks the initiative…"),
    "initiatief": QT_TRANSLATE_NOOP("ExerciseWords", "The initiative thinks the municipality…"),
}

PLAYED = {
    "gemeente": QT_TRANSLATE_NOOP("ExerciseWords", "The municipality, playing the initiative"),
    "initiatief": QT_TRANSLATE_NOOP("ExerciseWords", "The initiative, playing the municipality"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def verdict_word(code: str | None) -> str:
    """Klopt, klopt deels, klopt niet; empty when not judged yet."""
    source = VERDICTS.get(code or "")
    return _tr(source) if source else ""


def author_line(party: str) -> str:
    """The line above a card: which side assumes something about the other."""
    source = AUTHORS.get(party)
    return _tr(source) if source else ""


def played_line(party: str) -> str:
    """Who speaks in the role reversal: a side playing the other."""
    source = PLAYED.get(party)
    return _tr(source) if source else ""


def score_text(value: float | None) -> str:
    """An average the Dutch way (3,5), or a dash when there is none."""
    return f"{value:.1f}".replace(".", ",") if value is not None else "–"
