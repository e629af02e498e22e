"""The shorthand of the capture line: who speaks and what kind of entry, typed up front.

One rule to remember: **one letter is who, two letters is what**.

- Who (the voice): ``g:`` gemeente, ``i:`` initiatief, ``s:`` samen, ``b:`` (proces)begeleider;
  the whole word works too (``gemeente:``).
- What (the kind): ``op:`` opmerking, ``vr:`` vraag, ``zo:`` zorg, ``id:`` idee, ``aa:`` aanname,
  ``be:`` besluit, ``af:`` afspraak, ``ac:`` actie; the whole word works too (``besluit:``), and
  a leading ``?`` means vraag, a leading ``!`` means idee.
- An action may name its owner (``@Anna``, ``@anna_de_vries``, ``@gemeente``) and its due date
  (``#15-03`` or ``#15-03-2027``) anywhere in its text.
- A backslash ends the shorthand: ``\\g: is a letter`` files the text ``g: is a letter``.

Prefixes are case-insensitive and combine in any order (``g: ac: Bel de wethouder @Anna #15-03``).
A word with a colon that is no code (``Let op: ...``) is simply text. Everything here is pure:
text in, a ``Capture`` or a ``CaptureError`` with a Dutch message out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from ..core.vocab import EntryKind, Party, Voice

VOICE_CODES: dict[str, Voice] = {
    "g": Voice.GEMEENTE,
    "i": Voice.INITIATIEF,
    "s": Voice.SAMEN,
    "b": Voice.PROCESBEGELEIDER,
}
"""One letter: who speaks."""

KIND_CODES: dict[str, EntryKind] = {
    "op": EntryKind.OPMERKING,
    "vr": EntryKind.VRAAG,
    "zo": EntryKind.ZORG,
    "id": EntryKind.IDEE,
    "aa": EntryKind.AANNAME,
    "be": EntryKind.BESLUIT,
    "af": EntryKind.AFSPRAAK,
    "ac": EntryKind.ACTIE,
    "pr": EntryKind.PRIVE,
}
"""Two letters: what kind of entry."""

KIND_MARKS: dict[str, EntryKind] = {"?": EntryKind.VRAAG, "!": EntryKind.IDEE}
"""A leading mark that sets the kind."""

OWNER_PARTIES: dict[str, Party] = {
    "gemeente": Party.GEMEENTE,
    "initiatief": Party.INITIATIEF,
    "begeleider": Party.PROCESBEGELEIDER,
    "procesbegeleider": Party.PROCESBEGELEIDER,
}
"""Owners of an action that are a party rather than a person."""

_VOICE_WORDS: dict[str, Voice] = {
    **VOICE_CODES,
    "gemeente": Voice.GEMEENTE,
    "initiatief": Voice.INITIATIEF,
    "samen": Voice.SAMEN,
    "begeleider": Voice.PROCESBEGELEIDER,
    "procesbegeleider": Voice.PROCESBEGELEIDER,
}
_KIND_WORDS: dict[str, EntryKind] = {**KIND_CODES, **{kind.value: kind for kind in EntryKind}}
_CODE_OF_VOICE = {voice: code for code, voice in VOICE_CODES.items()}
_CODE_OF_KIND = {kind: code for code, kind in KIND_CODES.items()}

_PREFIX = re.compile(r"([^\W\d_]+):\s*")
_OWNER = re.compile(r"@(\w(?:[\w.'-]*\w)?)[.,;:!?)]*")
_DUE = re.compile(r"#(\d{1,2})-(\d{1,2})(?:-(\d+))?[.,;:!?)]*")
_STARTS_DUE = re.compile(r"#\d{1,2}-\d")

ESCAPE = "\\"
T = TypeVar("T")


class CaptureError(ValueError):
    """The typed line cannot be filed as it is; ``str(error)`` says why, in Dutch."""


@dataclass(frozen=True)
class Capture:
    """One parsed line: the entry's text, voice and kind, and an action's owner and due date.

    ``owner`` is a name as typed after ``@`` (match it with ``match_person``); ``owner_party``
    is set instead when the owner is a party (``@gemeente``).
    """

    text: str
    kind: EntryKind = EntryKind.OPMERKING
    voice: Voice | None = None
    owner: str | None = None
    owner_party: Party | None = None
    due_on: date | None = None


def parse_capture(
    line: str,
    *,
    today: date,
    voice: Voice | None = None,
    kind: EntryKind | None = None,
) -> Capture:
    """Read ``line``; ``voice`` and ``kind`` are the sticky choices used when none is typed.

    Raises ``CaptureError`` (Dutch message) when the line cannot be filed as typed.
    """
    rest = line.strip()
    typed_voice: Voice | None = None
    typed_kind: EntryKind | None = None
    while rest:
        if rest.startswith(ESCAPE):
            rest = rest[1:].strip()
            break
        mark = KIND_MARKS.get(rest[0])
        if mark is not None and not rest.startswith("!["):
            typed_kind = _one(typed_kind, mark, _two_kinds)
            rest = rest[1:].lstrip()
            continue
        match = _PREFIX.match(rest)
        if match is None:
            break
        word = _fold(match.group(1))
        if word in _VOICE_WORDS:
            typed_voice = _one(typed_voice, _VOICE_WORDS[word], _two_voices)
        elif word in _KIND_WORDS:
            typed_kind = _one(typed_kind, _KIND_WORDS[word], _two_kinds)
        else:
            break
        rest = rest[match.end() :]
    chosen_kind = typed_kind or kind or EntryKind.OPMERKING
    chosen_voice = typed_voice or voice
    if chosen_kind is EntryKind.ACTIE:
        return _parse_action(rest, chosen_voice, today)
    if not rest:
        raise CaptureError("Schrijf na de afkorting ook wat er gezegd is.")
    return Capture(text=rest, kind=chosen_kind, voice=chosen_voice)


def entry_fields(capture: Capture, owner_person_id: str | None = None) -> dict[str, Any]:
    """The fields ``entries.capture_entry`` takes to file ``capture``: an action with its
    owner (``owner_person_id``, the person ``match_person`` found, or the party) and due
    date. Where it was said (``script_step_id``) is the caller's to add."""
    fields: dict[str, Any] = {
        "text": capture.text,
        "kind": capture.kind.value,
        "voice": capture.voice.value if capture.voice else None,
    }
    if capture.kind is EntryKind.ACTIE:
        fields.update(
            owner_person_id=owner_person_id,
            owner_party=capture.owner_party.value if capture.owner_party else None,
            due_on=capture.due_on,
        )
    return fields


def compose_capture(capture: Capture) -> str:
    """The line that ``parse_capture`` reads back as ``capture`` (without sticky choices)."""
    parts = []
    if capture.voice is not None:
        parts.append(f"{_CODE_OF_VOICE[capture.voice]}:")
    if capture.kind is not EntryKind.OPMERKING:
        parts.append(f"{_CODE_OF_KIND[capture.kind]}:")
    body = capture.text
    if _needs_escape(body):
        body = ESCAPE + body
    parts.append(body)
    if capture.owner_party is not None:
        party_word = "begeleider" if capture.owner_party is Party.PROCESBEGELEIDER else None
        parts.append(f"@{party_word or capture.owner_party.value}")
    elif capture.owner is not None:
        parts.append(f"@{capture.owner}")
    if capture.due_on is not None:
        parts.append(f"#{capture.due_on:%d-%m-%Y}")
    return " ".join(parts)


def match_person(owner: str, people: Iterable[tuple[str, str]]) -> str:
    """The id of the one person ``owner`` (as typed after ``@``) names.

    ``people`` holds (id, name) pairs. A full name wins; otherwise the first name, then any
    part of the name, must point at exactly one person. Case, accents and ``_``/``.`` between
    the words do not matter.
    """
    wanted = _name_key(owner)
    keyed = [(person_id, name, _name_key(name)) for person_id, name in people]
    for rule in (
        lambda key: key == wanted,
        lambda key: key.split(" ")[0] == wanted or key.startswith(wanted + " "),
        lambda key: wanted in key.split(" ") or key.startswith(wanted),
    ):
        found = [(person_id, name) for person_id, name, key in keyed if rule(key)]
        if len(found) == 1:
            return found[0][0]
        if len(found) > 1:
            names = ", ".join(sorted(name for _, name in found))
            raise CaptureError(
                f"'@{owner}' past bij meer mensen ({names}). Schrijf meer van de naam, "
                f"bijvoorbeeld @{_example(found[0][1])}."
            )
    raise CaptureError(
        f"Niemand in dit traject heet '{owner}'. Kies een naam van de aanwezigen, "
        "of @gemeente, @initiatief of @begeleider."
    )


def _parse_action(rest: str, voice: Voice | None, today: date) -> Capture:
    words: list[str] = []
    owner: str | None = None
    owner_party: Party | None = None
    due: date | None = None
    for word in rest.split():
        if match := _OWNER.fullmatch(word):
            if owner is not None or owner_party is not None:
                raise CaptureError("Een actie heeft één eigenaar: noem maar één @naam.")
            name = match.group(1)
            owner_party = OWNER_PARTIES.get(_fold(name))
            owner = None if owner_party is not None else name
        elif _STARTS_DUE.match(word):
            if due is not None:
                raise CaptureError("Een actie heeft één uiterlijke datum: noem maar één #datum.")
            due = _due_date(word, today)
        else:
            words.append(word)
    if not words:
        raise CaptureError("Schrijf bij de actie ook wat er moet gebeuren.")
    return Capture(
        text=" ".join(words),
        kind=EntryKind.ACTIE,
        voice=voice,
        owner=owner,
        owner_party=owner_party,
        due_on=due,
    )


def _due_date(word: str, today: date) -> date:
    match = _DUE.fullmatch(word)
    if match is None or (match.group(3) is not None and len(match.group(3)) != 4):
        raise CaptureError(
            f"'{word[:20]}' is geen datum die ik kan lezen. Schrijf #dd-mm of #dd-mm-jjjj."
        )
    day, month = int(match.group(1)), int(match.group(2))
    year = int(match.group(3)) if match.group(3) else today.year
    try:
        due = date(year, month, day)
    except ValueError:
        raise CaptureError(f"'{word[:20]}' is geen bestaande datum.") from None
    if match.group(3) is None and due < today:
        # A day without a year that has passed this year means next year's.
        try:
            due = date(year + 1, month, day)
        except ValueError:
            raise CaptureError(f"'{word[:20]}' bestaat volgend jaar niet.") from None
    return due


def _needs_escape(body: str) -> bool:
    if body.startswith(ESCAPE) or (body[:1] in KIND_MARKS and not body.startswith("![")):
        return True
    match = _PREFIX.match(body)
    return match is not None and _fold(match.group(1)) in (_VOICE_WORDS.keys() | _KIND_WORDS)


def _one(current: T | None, new: T, message: Callable[[T, T], str]) -> T:
    if current is not None and current != new:
        raise CaptureError(message(current, new))
    return new


def _two_voices(first: Voice, second: Voice) -> str:
    return (
        f"Er staan twee partijen voor deze notitie ({first.value} en {second.value}); "
        "kies er één, of gebruik s: voor samen."
    )


def _two_kinds(first: EntryKind, second: EntryKind) -> str:
    return (
        f"Er staan twee soorten voor deze notitie ({first.value} en {second.value}); kies er één."
    )


def _fold(word: str) -> str:
    return word.casefold()


def _name_key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.replace("_", " ").replace(".", " "))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.casefold().split())


def name_key(name: str) -> str:
    """``name`` as compared with what is typed: no case, accents, ``_`` or ``.`` between words."""
    return _name_key(name)


def _example(name: str) -> str:
    return "_".join(name.split())
