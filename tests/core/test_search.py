"""Search: find what was said or agreed from a word, while typing, whatever the user types."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opgroei_desktop.core import search
from opgroei_desktop.core.demo import ensure_demo
from opgroei_desktop.core.services import (
    actions,
    agreements,
    entries,
    meetings,
    trajectories,
    worksheet_data,
)

pytestmark = pytest.mark.both_databases

QUERIES = [
    "haalbaarheid",
    "cooperatie",
    "COÖPERATIE",
    "aquatherm",
    "stuurgroep wethouder",
    "warm",
    "besluit raad",
    "mandaat",
    "vlinderhof",
    "intentieovereenkomst",
]


@pytest.fixture
def demo(store):
    return ensure_demo(store)[0]


@pytest.fixture(params=["index", "like"])
def engine_kind(request, monkeypatch):
    """Run a test once on the database's index and once on the LIKE fallback."""
    if request.param == "like":
        monkeypatch.setattr(search, "backend_for", lambda store: search._like_rows)
    return request.param


def _kinds_ids(hits):
    return {(hit.kind, hit.id) for hit in hits}


def test_new_store_has_the_search_index(store, database):
    """On this machine, search must use the fast index, not the slow fallback."""
    assert search.index_kind(store) == {"sqlite": "fts5", "postgresql": "tsvector"}[database]


def test_finds_a_demo_entry_by_a_word_from_its_text(store, demo, engine_kind):
    """Typing a word said in a meeting must find that entry, with its meeting."""
    hits = search.search(store, "aquathermie", demo)
    assert [(h.kind, h.meeting_title) for h in hits] == [
        ("entry", "Afspraken voor het plan van aanpak")
    ]
    entry = entries.get_entry(store, hits[0].id)
    assert "aquathermie" in entry.text
    assert hits[0].worksheet == entry.worksheet
    start, end = hits[0].highlights[0]
    assert hits[0].snippet[start:end] == "aquathermie"


def test_search_ignores_case_and_accents_and_matches_word_starts(store, demo, engine_kind):
    """'cooperatie', 'Coöperatie' and 'COOP' must all find the cooperative's rows."""
    plain = _kinds_ids(search.search(store, "cooperatie", demo))
    assert plain and plain == _kinds_ids(search.search(store, "COÖPERATIE", demo))
    assert plain <= _kinds_ids(search.search(store, "coop", demo))
    assert search.search(store, "peratie", demo) == [], "only word starts match"


def test_every_word_must_match(store, demo, engine_kind):
    """Two words find only rows holding both, so typing more narrows the list."""
    both = _kinds_ids(search.search(store, "stuurgroep wethouder", demo))
    assert both and both < _kinds_ids(search.search(store, "stuurgroep", demo))


def test_fallback_finds_the_same_as_the_index(store, demo, monkeypatch, database):
    """Without the index the user must get the same results, only slower.

    PostgreSQL's Dutch stems find more ("haalbaarheid" also finds "haalbaar"), never less.
    """
    with_index = [_kinds_ids(search.search(store, query)) for query in QUERIES]
    monkeypatch.setattr(search, "backend_for", lambda store: search._like_rows)
    without = [_kinds_ids(search.search(store, query)) for query in QUERIES]
    if database == "sqlite":
        assert without == with_index
    else:
        assert all(found <= stemmed for found, stemmed in zip(without, with_index, strict=True))
    assert all(with_index[:7])


@pytest.mark.parametrize(
    "query", ['"', "AND (", "*", "OR", "NEAR(a b)", "body:x", "^warm", "-", "a\"b'c", "(((", "\\"]
)
def test_query_syntax_in_user_input_never_raises(store, demo, engine_kind, query):
    """Whatever someone types in the search box must not crash the search."""
    assert isinstance(search.search(store, query), list)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=40))
def test_any_text_is_a_safe_query(store, text):
    """Random text, quotes and operators included, must give a list and never an error."""
    assert isinstance(search.search(store, text), list)


def test_index_follows_edits_deletes_and_restores(store, engine_kind):
    """A corrected, deleted or restored entry must be found (or not) as it is now."""
    trajectory = trajectories.create_trajectory(store, municipality="G", initiative="I").id
    entry = entries.capture_entry(store, trajectory, text="Biomassa is omstreden").id
    assert _kinds_ids(search.search(store, "biomassa")) == {("entry", entry)}
    entries.update_entry(store, entry, text="Zonnewarmte is omstreden", worksheet="rollen")
    assert search.search(store, "biomassa") == []
    [hit] = search.search(store, "zonnewarmte")
    assert hit.worksheet == "rollen"
    entries.delete_entry(store, entry)
    assert search.search(store, "zonnewarmte") == []
    entries.restore_entry(store, entry)
    assert _kinds_ids(search.search(store, "zonnewarmte")) == {("entry", entry)}


def test_agreements_actions_and_items_are_found(store, engine_kind):
    """Agreements, actions and worksheet lines must be as findable as entries."""
    trajectory = trajectories.create_trajectory(store, municipality="G", initiative="I").id
    meeting = meetings.plan_meeting(store, trajectory, title="Overleg").id
    entries.capture_entry(
        store, trajectory, meeting_id=meeting, kind="afspraak", text="Kwartaaloverleg vastleggen"
    )
    action = actions.create_action(store, trajectory, what="Kwartaalcijfers sturen").id
    item = worksheet_data.add_item(
        store,
        trajectory,
        worksheet="borgen",
        section="werkstructuur",
        title="Werkgroep",
        text="kwartaalplanning",
    ).id
    hits = search.search(store, "kwartaal")
    kinds = {hit.kind: hit for hit in hits}
    assert set(kinds) == {"entry", "agreement", "action", "worksheet_item"}
    assert kinds["agreement"].meeting_title == "Overleg"
    assert (kinds["action"].id, kinds["worksheet_item"].id) == (action, item)
    agreement = kinds["agreement"].id
    agreements.reword(store, agreement, "Maandoverleg vastleggen")
    assert "agreement" not in {hit.kind for hit in search.search(store, "kwartaal")}


def test_search_within_one_trajectory_or_across_all(store, engine_kind):
    """Searching one trajectory must not show another's rows; searching all must show both."""
    first = trajectories.create_trajectory(store, municipality="A", initiative="A").id
    second = trajectories.create_trajectory(store, municipality="B", initiative="B").id
    entries.capture_entry(store, first, text="Warmtepomp in de school")
    entries.capture_entry(store, second, text="Warmtepomp in het zwembad")
    assert {h.trajectory_id for h in search.search(store, "warmtepomp", first)} == {first}
    assert {h.trajectory_id for h in search.search(store, "warmtepomp")} == {first, second}
    trajectories.delete_trajectory(store, second)
    assert {h.trajectory_id for h in search.search(store, "warmtepomp")} == {first}


def test_newest_first_and_limited(store, engine_kind):
    """The most recent rows come first, and no more than asked for."""
    trajectory = trajectories.create_trajectory(store, municipality="G", initiative="I").id
    ids = [entries.capture_entry(store, trajectory, text=f"Overleg {n}").id for n in range(5)]
    assert [hit.id for hit in search.search(store, "overleg", limit=3)] == ids[::-1][:3]


def test_snippet_is_cut_around_the_match_and_without_markdown():
    """A long text must show the part with the match, readable, with the match marked."""
    body = (
        "**Inleiding** "
        + "woord " * 60
        + "de [warmtevisie](https://x.nl) van de raad "
        + "eind " * 40
    )
    snippet, spans = search.make_snippet(body, ["warmtevisie"])
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "**" not in snippet and "https" not in snippet
    assert len(snippet) <= search.SNIPPET_CHARS + 2
    [(start, end)] = spans
    assert snippet[start:end] == "warmtevisie"
