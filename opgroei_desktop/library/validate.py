"""Reading library TOML files safely and checking their fields, with problems in plain Dutch."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from opgroei_desktop.core.os_words import reason
from opgroei_desktop.library.model import Problem

MAX_FILE_BYTES = 1024 * 1024

# Control characters break Word export and the projector (PITFALLS.md); tab and newline stay.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
# A line starting a Markdown block (list item, quote, heading, table row) is never joined on.
_BLOCK_START = re.compile(r"^\s*(?:[-*+]\s|\d+[.)]\s|>|#|\|)")
_TOML_POSITION = re.compile(
    r"^(?P<what>.*?) \(at (?:line (?P<line>\d+), column (?P<col>\d+)|end of document)\)$"
)


def clean_text(text: str) -> str:
    """The text with line endings normalised, control characters removed and ends trimmed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text).strip()


def unwrap(text: str) -> str:
    """Join hard-wrapped lines, so each paragraph or list item is one line, as Markdown reads it.

    Library files wrap long texts over several lines for readability; the screen and Word should
    wrap them to their own width instead.
    """
    lines: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if lines and stripped and lines[-1].strip() and not _BLOCK_START.match(line):
            lines[-1] = f"{lines[-1].rstrip()} {stripped}"
        else:
            lines.append(line.rstrip())
    return "\n".join(lines)


def read_toml(path: Path) -> tuple[dict[str, Any] | None, list[Problem]]:
    """Parse one TOML file; on any failure return None and the reason as a Problem."""

    def fail(message: str) -> tuple[None, list[Problem]]:
        return None, [Problem(path, "", message)]

    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return fail("Het bestand is groter dan 1 MB en wordt niet gelezen.")
        raw = path.read_bytes()
    except OSError as exc:
        return fail(f"Het bestand kan niet worden gelezen: {reason(exc)}.")
    try:
        # utf-8-sig: Windows editors often put a byte-order mark in front.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return fail(
            f"Het bestand is niet als UTF-8 opgeslagen (onleesbaar teken op byte {exc.start + 1}). "
            "Sla het op als UTF-8 en probeer het opnieuw."
        )
    try:
        return tomllib.loads(text), []
    except tomllib.TOMLDecodeError as exc:
        return fail(_syntax_message(str(exc)))


def _syntax_message(detail: str) -> str:
    match = _TOML_POSITION.match(detail)
    if match is None:
        return f"Het bestand is geen geldige TOML: {detail}."
    what = match["what"]
    if match["line"] is None:
        return f"Het bestand is geen geldige TOML: aan het eind van het bestand ({what})."
    return (
        f"Het bestand is geen geldige TOML: regel {match['line']}, kolom {match['col']} ({what})."
    )


class Fields:
    """Typed reading of one TOML table, recording a Problem for each missing or wrong field.

    ``prefix`` is the table's key path (``steps[1].``) and ``label`` how the message names it
    (``Stap 2: ``), so problems read as "Stap 2: 'minutes' moet een heel getal ... zijn."
    """

    def __init__(
        self,
        table: Mapping[str, Any],
        path: Path,
        problems: list[Problem],
        prefix: str = "",
        label: str = "",
    ) -> None:
        self.table = table
        self.path = path
        self.problems = problems
        self.prefix = prefix
        self.label = label

    def problem(self, name: str, message: str) -> None:
        """Record a problem about field ``name`` of this table."""
        text = f"{self.label}{message}"
        self.problems.append(
            Problem(self.path, f"{self.prefix}{name}", text[:1].upper() + text[1:])
        )

    def text(self, name: str, *, required: bool = True, keep_lines: bool = False) -> str | None:
        """A non-empty text field, cleaned of control characters and unwrapped.

        With ``keep_lines`` every line break stays, for texts whose line breaks are meant (the
        prompt on the projector).
        """
        value = self.table.get(name)
        if value is None:
            if required:
                self.problem(name, f"'{name}' ontbreekt.")
            return None
        if not isinstance(value, str):
            self.problem(name, f"'{name}' moet tekst zijn (tussen aanhalingstekens).")
            return None
        cleaned = clean_text(value)
        if not cleaned:
            self.problem(name, f"'{name}' mag niet leeg zijn.")
            return None
        return cleaned if keep_lines else unwrap(cleaned)

    def integer(self, name: str, low: int, high: int) -> int | None:
        """A required whole number within [low, high]."""
        value = self.table.get(name)
        if value is None:
            self.problem(name, f"'{name}' ontbreekt.")
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.problem(name, f"'{name}' moet een heel getal tussen {low} en {high} zijn.")
            return None
        return value

    def int_pair(self, name: str, low: int, high: int) -> tuple[int, int] | None:
        """An optional pair ``[smallest, largest]`` of whole numbers within [low, high]."""
        value = self.table.get(name)
        if value is None:
            return None
        if (
            not isinstance(value, list)
            or len(value) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
            or not low <= value[0] <= value[1] <= high
        ):
            self.problem(
                name,
                f"'{name}' moet twee hele getallen zijn, het kleinste en het grootste, tussen "
                f"{low} en {high} (bijvoorbeeld [4, 16]).",
            )
            return None
        return value[0], value[1]

    def choice(self, name: str, options: tuple[str, ...], *, required: bool) -> str | None:
        """A text field that must be one of ``options``."""
        value = self.text(name, required=required)
        if value is not None and value not in options:
            self.problem(
                name, f"'{name}' moet een van deze zijn: {', '.join(options)} (niet '{value}')."
            )
            return None
        return value

    def key(self, name: str = "key") -> str | None:
        """An identifier: letters, digits, '_', '-' and '.', no spaces."""
        value = self.text(name)
        if value is not None and not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,79}", value):
            self.problem(
                name,
                f"'{name}' mag alleen letters, cijfers, '_', '-' en '.' bevatten, zonder spaties "
                f"(niet '{value}').",
            )
            return None
        return value

    def texts(self, name: str, low: int, high: int, *, required: bool = True) -> tuple[str, ...]:
        """A list of ``low`` to ``high`` non-empty texts (empty when optional and absent)."""
        value = self.table.get(name)
        wrong = f"'{name}' moet een lijst van {low} tot {high} teksten zijn."
        if value is None:
            if required:
                self.problem(name, f"'{name}' ontbreekt.")
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(name, wrong)
            return ()
        cleaned = tuple(unwrap(clean_text(v)) for v in value)
        if not low <= len(cleaned) <= high or not all(cleaned):
            self.problem(name, wrong)
            return ()
        return cleaned

    def tables(self, name: str, label: str, *, low: int = 1) -> list[Fields]:
        """The array of tables ``[[name]]``, each as Fields with its own key path and label."""
        value = self.table.get(name)
        if value is None:
            self.problem(name, f"'{name}' ontbreekt (schrijf minstens één [[{name}]]).")
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problem(name, f"'{name}' moet een lijst van tabellen zijn ([[{name}]]).")
            return []
        if len(value) < low:
            self.problem(name, f"'{name}' moet minstens {low} onderdelen hebben.")
        prefix = f"{self.prefix}{name}"
        return [
            Fields(item, self.path, self.problems, f"{prefix}[{i}].", f"{label} {i + 1}: ")
            for i, item in enumerate(value)
        ]

    def only(self, *allowed: str) -> None:
        """Report any field not in ``allowed``, suggesting the nearest known name."""
        for name in self.table:
            if name in allowed:
                continue
            import difflib  # only needed when something is wrong; keeps start-up lean

            guess = difflib.get_close_matches(name, allowed, n=1)
            hint = f" Bedoel je '{guess[0]}'?" if guess else ""
            self.problem(name, f"sleutel '{name}' is onbekend.{hint}")


def report_duplicates(items: list[Fields], keys: list[str | None]) -> None:
    """Report each item whose key repeats an earlier item's key (None: the item had no key)."""
    seen: set[str] = set()
    for item, key in zip(items, keys, strict=True):
        if key is None:
            continue
        if key in seen:
            item.problem("key", f"sleutel '{key}' komt vaker voor.")
        seen.add(key)
