"""Cleaning what people type or paste, before it is stored."""

from __future__ import annotations

import re

# Characters XML (and so Word) cannot hold: C0 controls other than tab and newline,
# the non-characters U+FFFE/U+FFFF, and lone surrogates from broken pastes.
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")

NAME_MAX = 200
TEXT_MAX = 2_000_000


def clean_text(value: object) -> str:
    """``value`` as text without characters a document cannot hold, line ends made ``\\n``."""
    text = "" if value is None else str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _UNSTORABLE.sub("", text)


def clean_line(value: object) -> str:
    """One line of text: cleaned, newlines and tabs made spaces, outer spaces trimmed."""
    return " ".join(clean_text(value).split())
