"""What the room checks at the end: today's decisions, agreements and actions, as HTML.

Read from the run state only (this meeting's entries and the actions made from them), so
the console and the projector show the same list without asking the store again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from ...core.vocab import EntryKind
from ..common.rich_text import escape, inline_html
from . import labels
from .run_state import RunState

SUMMARY_KINDS = (EntryKind.BESLUIT, EntryKind.AFSPRAAK, EntryKind.ACTIE)


@dataclass(frozen=True)
class SummaryLine:
    """One decision, agreement or action captured today."""

    kind: str
    text: str
    number: str | None = None
    voice: str | None = None
    owner: str = ""
    due_on: date | None = None


def summary_lines(state: RunState) -> dict[str, list[SummaryLine]]:
    """Today's decisions, agreements and actions, each in the order they were captured."""
    found: dict[str, list[SummaryLine]] = {kind.value: [] for kind in SUMMARY_KINDS}
    for entry in state.entries:
        if entry.kind not in found:
            continue
        action = state.actions.get(entry.id)
        owner = ""
        if action is not None and action.owner_person_id:
            owner = state.names.get(action.owner_person_id, "")
        elif action is not None and action.owner_party:
            owner = labels.party(action.owner_party)
        found[entry.kind].append(
            SummaryLine(
                kind=entry.kind,
                text=entry.text,
                number=entry.decision_number,
                voice=entry.voice,
                owner=owner,
                due_on=action.due_on if action is not None else None,
            )
        )
    return found


@dataclass(frozen=True)
class SummaryBlock:
    """One piece of the closing list: a heading, or one line (``heading`` is its heading's
    index among the blocks), so the projector can page through a long list."""

    html: str
    heading: int | None = None

    @property
    def is_line(self) -> bool:
        """True for a decision, agreement or action (not a heading or 'none today')."""
        return self.heading is not None


def summary_blocks(state: RunState, accent: str, muted: str) -> list[SummaryBlock]:
    """The closing list as blocks of HTML, in order; ``accent``/``muted`` are colours."""
    lines = summary_lines(state)
    headings = {
        EntryKind.BESLUIT.value: QCoreApplication.translate("Summary", "Decisions"),
        EntryKind.AFSPRAAK.value: QCoreApplication.translate("Summary", "Agreements (proposals)"),
        EntryKind.ACTIE.value: QCoreApplication.translate("Summary", "Actions"),
    }
    nothing = QCoreApplication.translate("Summary", "None today.")
    blocks = []
    for kind, heading in headings.items():
        head = len(blocks)
        text = f'<h2 style="color:{accent}">{escape(heading)}</h2>'
        if not lines[kind]:
            text += f'<p style="color:{muted}">{escape(nothing)}</p>'
        blocks.append(SummaryBlock(text))
        for line in lines[kind]:
            blocks.append(
                SummaryBlock(
                    '<table width="100%" cellspacing="0" cellpadding="4">'
                    f"{_row(line, muted)}</table>",
                    head,
                )
            )
    return blocks


def summary_html(state: RunState, accent: str, muted: str) -> str:
    """The whole closing list as HTML for a QTextBrowser; ``accent``/``muted`` are colours."""
    return "".join(block.html for block in summary_blocks(state, accent, muted))


def _row(line: SummaryLine, muted: str) -> str:
    lead = escape(line.number) if line.number else "•"
    details = []
    if line.owner:
        details.append(escape(line.owner))
    if line.due_on:
        due = QCoreApplication.translate("Summary", "before {0}")
        details.append(escape(due.format(labels.day(line.due_on))))
    if line.voice:
        details.append(escape(labels.voice(line.voice)))
    after = f' <span style="color:{muted}">— {" · ".join(details)}</span>' if details else ""
    return (
        f'<tr><td width="1%" style="white-space:nowrap"><b>{lead}</b></td>'
        f"<td>{inline_html(line.text)}{after}</td></tr>"
    )
