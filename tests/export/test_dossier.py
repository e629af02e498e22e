"""The handover dossier: a one-page summary, then the whole record of the partnership."""

from __future__ import annotations

import pytest

from opgroei_desktop.cli import main
from opgroei_desktop.core.demo import create_demo
from opgroei_desktop.core.errors import NotFound
from opgroei_desktop.core.services import actions, agreements, people
from opgroei_desktop.core.store import Store
from opgroei_desktop.export.dossier import build_dossier, export_dossier


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dossier")
    store = Store.open(folder / "data")
    trajectory_id = create_demo(store)
    yield store, trajectory_id, folder
    store.close()


@pytest.fixture(scope="module")
def dossier(demo):
    store, trajectory_id, folder = demo
    return export_dossier(store, trajectory_id, folder / "dossier.docx")


def test_summary_comes_first_on_its_own_page(demo, dossier, word):
    """A newcomer must find where things stand before the detail."""
    document = word(dossier)
    assert document.headings(1)[:3] == [
        "In één oogopslag",
        "Het partnerschap",
        "Mensen en mandaten",
    ]
    text = document.text()
    assert text.index("Bijeenkomsten") < text.index("Het partnerschap")
    paragraphs = [p._p.xml for p in document.doc.paragraphs]
    first_break = next(i for i, xml in enumerate(paragraphs) if 'w:type="page"' in xml)
    texts = [p.text for p in document.doc.paragraphs]
    assert texts.index("In één oogopslag") < first_break < texts.index("Het partnerschap")


def test_decision_list_is_in_number_order_across_meetings(dossier, word):
    """The council asks 'what was decided, when': the list must run in order."""
    rows = word.rows(word(dossier).table("Nummer", "Datum", "Besluit", "Stand"))[1:]
    numbers = [row[0] for row in rows]
    assert numbers == sorted(numbers) and len(numbers) >= 3
    assert len({row[1] for row in rows}) >= 2
    assert rows[0][3] == "vastgesteld"


def test_every_agreement_is_listed_with_its_state_and_history(demo, dossier, word):
    """A successor must see each agreement where it stands and how it got there."""
    store, trajectory_id, _ = demo
    rows = word.rows(word(dossier).table("Thema", "Afspraak", "Stand", "Geschiedenis"))[1:]
    listed = {row[1]: row for row in rows}
    for agreement in agreements.list_agreements(store, trajectory_id):
        row = next(r for text, r in listed.items() if text.startswith(agreement.text[:30]))
        assert row[2].startswith(agreements.status_words(agreement.status))
        assert "voorgesteld" in row[3]


def test_people_who_left_are_marked_and_consent_is_respected(dossier, word):
    """Who left when must show; someone who did not consent must not be named."""
    document = word(dossier)
    before = word.rows(document.table("Wie", "Partij", "Sprak namens", "Vertrokken"))[1:]
    assert before == [
        ["Peter de Groot", "gemeente", "het programma warmtetransitie", "vertrokken op 30-06-2026"]
    ]
    assert "Fatma Yilmaz" not in document.text()
    assert "adviseur inkoop en aanbesteding (gemeente)" in document.text()


def test_open_action_of_someone_who_left_is_flagged(tmp_path, word):
    """An action left with a person who has gone must stand out until someone takes it over."""
    store = Store.open(tmp_path / "data")
    trajectory_id = create_demo(store)
    peter = next(p for p in people.list_people(store, trajectory_id) if p.name == "Peter de Groot")
    actions.create_action(
        store, trajectory_id, what="Notitie warmtevisie", owner_person_id=peter.id
    )
    path = export_dossier(store, trajectory_id, tmp_path / "d.docx")
    rows = word.rows(word(path).table("Wat", "Wie", "Uiterlijk", "Stand"))
    [row] = [r for r in rows if r[0] == "Notitie warmtevisie"]
    assert "vertrokken op 30-06-2026: nog over te dragen" in row[1]
    store.close()


def test_dossier_from_the_command_line(demo, tmp_path, word):
    """The dossier must be available without opening the app, as Word or PDF."""
    store, trajectory_id, folder = demo
    out = tmp_path / "dossier.docx"
    data_dir = str(folder / "data")
    assert (
        main(
            [
                "export",
                "dossier",
                "--trajectory",
                trajectory_id,
                "--out",
                str(out),
                "--data-dir",
                data_dir,
            ]
        )
        == 0
    )
    assert "Besluitenlijst" in word(out).headings(1)


def test_unknown_trajectory_is_refused(demo):
    """A wrong id must be refused with the store's own message."""
    store, _, _ = demo
    with pytest.raises(NotFound):
        build_dossier(store, "onbekend")
