"""Every key of the meeting runner in one place, for the shortcuts and for the legends.

The console's capture line always has the focus, so the console's keys carry a modifier
(Ctrl, Alt) or are keys a text line does not use (F-keys, PageUp/PageDown), which is also
what presenter remotes send. The projector never takes the keyboard; a key that reaches it
anyway is handled by the console.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from ...core.vocab import EntryKind, Voice


def keys(*texts: str) -> list[QKeySequence]:
    """Key sequences from portable texts ("Ctrl+Space", "PgDown")."""
    return [QKeySequence(text) for text in texts]


# The console (the facilitator's laptop).
NEXT_STEP = keys("PgDown")
PREVIOUS_STEP = keys("PgUp")
TIMER = keys("Ctrl+Space")
ONE_MINUTE_MORE = keys("Ctrl+Up")
FIVE_MINUTES_MORE = keys("Ctrl+Shift+Up")
ONE_MINUTE_LESS = keys("Ctrl+Down")
BLANK = keys("Ctrl+B")
PRIVACY = keys("Ctrl+H")
THEME = keys("Ctrl+T")
FULL_SCREEN = keys("F5")
EDIT_ENTRY = keys("F2")
DELETE_ENTRY = keys("Ctrl+D")
PICK_EARLIER = keys("Alt+Up")
PICK_LATER = keys("Alt+Down")
ATTENDANCE = keys("F4")
CONFIRM = keys("Ctrl+Return", "Ctrl+Enter")
ADD_WALK_IN = keys("Ctrl+N")
BACK_TO_LINE = keys("Esc")
EXERCISE = keys("F6")
QUESTION = keys("F7")

VOICE_KEYS: dict[Voice, QKeySequence] = {
    Voice.GEMEENTE: QKeySequence("Ctrl+1"),
    Voice.INITIATIEF: QKeySequence("Ctrl+2"),
    Voice.SAMEN: QKeySequence("Ctrl+3"),
    Voice.PROCESBEGELEIDER: QKeySequence("Ctrl+4"),
}
NO_VOICE = QKeySequence("Ctrl+0")

KIND_KEYS: dict[EntryKind, QKeySequence] = {
    EntryKind.OPMERKING: QKeySequence("Alt+O"),
    EntryKind.VRAAG: QKeySequence("Alt+V"),
    EntryKind.ZORG: QKeySequence("Alt+Z"),
    EntryKind.IDEE: QKeySequence("Alt+I"),
    EntryKind.AANNAME: QKeySequence("Alt+A"),
    EntryKind.BESLUIT: QKeySequence("Alt+B"),
    EntryKind.AFSPRAAK: QKeySequence("Alt+F"),
    EntryKind.ACTIE: QKeySequence("Alt+C"),
    EntryKind.PRIVE: QKeySequence("Alt+P"),
}


def undo_keys() -> list[QKeySequence]:
    """The platform's undo keys (asked only once the application exists)."""
    return QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)


def redo_keys() -> list[QKeySequence]:
    """The platform's redo keys, and Ctrl+Y."""
    found = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    return found + [sequence for sequence in keys("Ctrl+Y") if sequence not in found]


def letter(sequence: QKeySequence) -> str:
    """The key without its modifier, for a compact legend ("Alt+V" -> "V")."""
    return sequence.toString(QKeySequence.SequenceFormat.PortableText).rsplit("+", 1)[-1]
