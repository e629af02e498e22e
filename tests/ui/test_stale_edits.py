"""Two people on one team database edit the same row: neither overwrites the other unseen.

Every form that saves as you type (notes, actions, people, worksheet fields, meetings,
milestones) and every undo step carry the version they read; a colleague's newer text is never
overwritten silently, and what I typed is not lost either.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLineEdit, QWidget

from opgroei_desktop.core import models
from opgroei_desktop.core.services import (
    actions,
    entries,
    meetings,
    milestones,
    people,
    trajectories,
)
from opgroei_desktop.ui.bus import DataBus
from opgroei_desktop.ui.common.autosave import AutoSaver
from opgroei_desktop.ui.common.context import SaveTracker, Workbench

pytestmark = pytest.mark.postgresql


@dataclass(frozen=True)
class Kind:
    """One kind of row a form edits: how to make one, its model, the service and the field."""

    name: str
    make: Callable[[Any, str], str]
    model: type
    update: Callable[..., Any]
    field: str
    other: str
    """Another text field of the same row, for a colleague's change that does not collide."""


KINDS = [
    Kind(
        "entry",
        lambda s, t: entries.capture_entry(s, t, text="Het dak is sterk genoeg").id,
        models.Entry,
        entries.update_entry,
        "text",
        "challenge_key",
    ),
    Kind(
        "action",
        lambda s, t: actions.create_action(s, t, what="Offerte opvragen").id,
        models.Action,
        actions.update_action,
        "what",
        "worksheet",
    ),
    Kind(
        "person",
        lambda s, t: people.add_person(s, t, name="Anna de Vries", party="gemeente").id,
        models.Person,
        people.update_person,
        "name",
        "function",
    ),
    Kind(
        "meeting",
        lambda s, t: meetings.plan_meeting(s, t, title="Kennismaking").id,
        models.Meeting,
        meetings.update_meeting,
        "title",
        "location",
    ),
    Kind(
        "worksheet field",
        lambda s, t: t,
        models.Trajectory,
        trajectories.update_trajectory,
        "shared_goal",
        "slogan",
    ),
    Kind(
        "milestone",
        lambda s, t: milestones.create_milestone(s, t, title="Haalbaarheid rond").id,
        models.Milestone,
        milestones.update_milestone,
        "criteria",
        "guarantee",
    ),
]


@dataclass
class Form:
    """My window's form on one row, on my own connection to the team database."""

    store: Any
    bus: DataBus
    work: Workbench
    saver: AutoSaver
    field: QLineEdit
    other: QLineEdit
    holder: QWidget


def _stored(store, model, row_id, field):
    with store.transaction() as session:
        row = session.get(model, row_id)
        return getattr(row, field), row.row_version


def _open_form(qtbot, store, library, settings, kind: Kind, row_id: str) -> Form:
    bus = DataBus(store)
    work = Workbench(bus, QUndoStack(), library, settings, SaveTracker(bus))
    holder = QWidget()
    qtbot.addWidget(holder)
    field, other = QLineEdit(holder), QLineEdit(holder)
    saver = AutoSaver(work, kind.update, "Bewerken", holder)
    saver.bind(kind.field, field)
    saver.bind(kind.other, other)
    form = Form(store, bus, work, saver, field, other, holder)
    _read(form, kind, row_id)
    return form


def _read(form: Form, kind: Kind, row_id: str) -> None:
    """What a view does when it shows the row (again): the values and the version read."""
    value, version = _stored(form.store, kind.model, row_id, kind.field)
    other, _ = _stored(form.store, kind.model, row_id, kind.other)
    form.saver.load(row_id, {kind.field: value, kind.other: other}, version)


def _type(qtbot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


@pytest.fixture
def two(store_pg):
    """A trajectory, and my colleague's own connection to the same database."""
    trajectory = trajectories.create_trajectory(
        store_pg, municipality="Gemeente Heiberg", initiative="Coöperatie Zon"
    ).id
    colleague = store_pg.reopen()
    yield trajectory, colleague
    colleague.close()


@pytest.mark.parametrize("kind", KINDS, ids=[kind.name for kind in KINDS])
def test_saving_over_a_colleagues_newer_text_is_refused_and_mine_is_kept(
    qtbot, store_pg, library, settings, two, kind
):
    """A colleague's newer text must never be overwritten unseen, nor my own typing lost."""
    trajectory, colleague = two
    row_id = kind.make(store_pg, trajectory)
    form = _open_form(qtbot, store_pg, library, settings, kind, row_id)
    kind.update(colleague, row_id, **{kind.field: "Tekst van de collega"})

    with qtbot.waitSignal(form.bus.failed) as refused:
        _type(qtbot, form.field, "Mijn eigen tekst")
        form.saver.flush()
    message = refused.args[0]
    assert "intussen veranderd" in message and "Tekst van de collega" in message
    assert _stored(colleague, kind.model, row_id, kind.field)[0] == "Tekst van de collega"
    assert form.field.text() == "Mijn eigen tekst", "what I typed must stay in the field"

    _read(form, kind, row_id)  # my window hears of the colleague's change and shows the row
    assert form.field.text() == "Mijn eigen tekst", "a refresh must not wipe what I typed"

    qtbot.keyClicks(form.field, " toch")  # editing it again saves mine, on purpose
    form.saver.flush()
    assert _stored(colleague, kind.model, row_id, kind.field)[0] == "Mijn eigen tekst toch"


@pytest.mark.parametrize("kind", KINDS[:3], ids=[kind.name for kind in KINDS[:3]])
def test_a_colleagues_change_to_another_field_does_not_refuse_mine(
    qtbot, store_pg, library, settings, two, kind
):
    """A colleague filling in another field of the row must not block my save, nor be lost."""
    trajectory, colleague = two
    row_id = kind.make(store_pg, trajectory)
    form = _open_form(qtbot, store_pg, library, settings, kind, row_id)
    kind.update(colleague, row_id, **{kind.other: "rollen"})

    _type(qtbot, form.field, "Mijn eigen tekst")
    form.saver.flush()
    assert form.bus.last_error is None
    assert _stored(colleague, kind.model, row_id, kind.field)[0] == "Mijn eigen tekst"
    assert _stored(colleague, kind.model, row_id, kind.other)[0] == "rollen"


def test_undo_after_a_colleague_changed_the_text_is_refused(
    qtbot, store_pg, library, settings, two
):
    """Undoing my edit must not throw away what a colleague wrote since."""
    trajectory, colleague = two
    kind = KINDS[0]
    row_id = kind.make(store_pg, trajectory)
    form = _open_form(qtbot, store_pg, library, settings, kind, row_id)
    _type(qtbot, form.field, "Mijn correctie")
    form.saver.flush()
    assert _stored(colleague, kind.model, row_id, "text")[0] == "Mijn correctie"
    kind.update(colleague, row_id, text="De collega vulde het aan")

    with qtbot.waitSignal(form.bus.failed) as refused:
        form.work.undo.undo()
    message = refused.args[0]
    assert "intussen veranderd" in message and "De collega vulde het aan" in message
    assert _stored(colleague, kind.model, row_id, "text")[0] == "De collega vulde het aan"
    assert form.work.undo.count() == 0, "a step that cannot be undone leaves the undo list"


def test_undo_and_redo_still_work_when_nobody_else_changed_it(
    qtbot, store_pg, library, settings, two
):
    """Carrying the version must not stop my own undo and redo."""
    trajectory, colleague = two
    kind = KINDS[1]
    row_id = kind.make(store_pg, trajectory)
    form = _open_form(qtbot, store_pg, library, settings, kind, row_id)
    _type(qtbot, form.field, "Offerte bij twee bedrijven opvragen")
    form.saver.flush()
    kind.update(colleague, row_id, worksheet="rollen")  # another field: no collision
    form.work.undo.undo()
    assert form.bus.last_error is None
    assert _stored(colleague, kind.model, row_id, "what")[0] == "Offerte opvragen"
    form.work.undo.redo()
    assert form.bus.last_error is None
    assert _stored(colleague, kind.model, row_id, "what")[0] == (
        "Offerte bij twee bedrijven opvragen"
    )
    assert _stored(colleague, kind.model, row_id, "worksheet")[0] == "rollen"
