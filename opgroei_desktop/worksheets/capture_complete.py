"""Tab in the capture line: finish the shorthand or the owner's name that is being typed.

``g`` becomes ``g: ``, ``gem`` becomes ``gemeente: ``, ``@Fa`` becomes ``@Fatma``. When the
start fits more than one word, the letters they share are added; when nothing fits, nothing
happens: Tab never moves the text or the keyboard anywhere else.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable

from ..core.vocab import EntryKind
from .capture_syntax import KIND_CODES, OWNER_PARTIES, VOICE_CODES, name_key

_PREFIX_WORDS = (
    *VOICE_CODES,
    *KIND_CODES,
    "gemeente",
    "initiatief",
    "samen",
    "begeleider",
    *(kind.value for kind in EntryKind),
)
_LEADING = re.compile(r"^\s*(?:(?:[^\W\d_]+:|[?!])\s*)*$")
_LAST_WORD = re.compile(r"(\S*)$")


def complete(line: str, cursor: int, names: Iterable[str]) -> tuple[str, int] | None:
    """The line and cursor after Tab at ``cursor``, or None when there is nothing to finish.

    ``names`` are the people who may own an action; each is offered by first name, or by full
    name (words joined by ``_``) when two people share a first name.
    """
    before, after = line[:cursor], line[cursor:]
    last = _LAST_WORD.search(before)  # always matches: the word may be empty
    word = last.group(1) if last else ""
    start = before[: len(before) - len(word)]
    if word.startswith("@"):
        finished = _finish(word[1:], _owner_words(names), " ")
        if finished is None:
            return None
        replacement = "@" + finished
    elif word.isalpha() and _LEADING.match(start):
        finished = _finish(word, _PREFIX_WORDS, ": ")
        if finished is None:
            return None
        replacement = finished
    else:
        return None
    if after.startswith(" ") and replacement.endswith(" "):
        replacement = replacement.rstrip(" ")
    new_before = start + replacement
    return new_before + after, len(new_before)


def _finish(typed: str, words: Iterable[str], ending: str) -> str | None:
    """``typed`` completed to the one word it starts, or to the letters shared by several."""
    wanted = name_key(typed)
    if not wanted:
        return None
    exact = [word for word in words if name_key(word) == wanted]
    if exact and ending == ": ":
        return exact[0] + ending
    found = sorted({word for word in words if name_key(word).startswith(wanted)})
    if len(found) == 1:
        return found[0] + ending
    shared = os.path.commonprefix([word.casefold() for word in found])
    if len(shared) > len(typed):
        return typed + shared[len(typed) :]
    return None


def _owner_words(names: Iterable[str]) -> list[str]:
    names = [name for name in names if name.strip()]
    first = [name.split()[0] for name in names]
    words = [
        given if first.count(given) == 1 else "_".join(name.split())
        for given, name in zip(first, names, strict=True)
    ]
    return words + list(OWNER_PARTIES)
