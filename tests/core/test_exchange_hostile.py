"""Hostile or broken .opgroei files are refused with their own message; nothing changes."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import pytest

from opgroei_desktop.core.exchange import ArchiveRefused, export_archive, import_archive
from opgroei_desktop.core.exchange.format import MAX_MEMBER_BYTES, MAX_MEMBERS
from opgroei_desktop.core.exchange.writer import build_zip
from opgroei_desktop.core.services import entries, trajectories

from .exchange_support import files_under, fingerprint, open_store


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """A small trajectory's archive: the manifest and the tables, to be spoiled per test."""
    folder = tmp_path_factory.mktemp("source")
    store = open_store(folder / "data")
    trajectory_id = trajectories.create_trajectory(
        store, municipality="Gemeente Zeedorp", initiative="Coöperatie Zeewind"
    ).id
    entries.capture_entry(store, trajectory_id, text="Wij willen samen verder", kind="idee")
    entries.capture_entry(store, trajectory_id, text="Wie betaalt de studie?", kind="vraag")
    path = export_archive(store, folder / "t.opgroei", [trajectory_id]).path
    store.close()
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        tables = {
            name[len("tables/") : -5]: json.loads(archive.read(name))["rows"]
            for name in archive.namelist()
            if name.startswith("tables/")
        }
    manifest.pop("members")
    return manifest, tables, trajectory_id


def _zip(members: list[tuple[str, bytes]], method=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


def _members(payload: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(payload)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def _rebuilt(sample, change) -> bytes:
    """The sample with its rows changed by ``change(tables, trajectory_id)``, hashes correct."""
    manifest, tables, trajectory_id = sample
    manifest = json.loads(json.dumps(manifest))
    tables = json.loads(json.dumps(tables))
    change(tables, trajectory_id, manifest)
    return build_zip(manifest, tables)


def _valid(sample) -> bytes:
    return _rebuilt(sample, lambda tables, tid, manifest: None)


def _first_entry(tables):
    return next(iter(tables["entries"].values()))


def not_a_zip(sample):
    return b"Dit is gewoon tekst en geen zip-bestand.\n" * 10


def too_many_members(sample):
    return _zip([(f"tables/x{i}.json", b"{}") for i in range(MAX_MEMBERS + 1)])


def member_too_large(sample):
    data = b" " * (MAX_MEMBER_BYTES + 1)
    return _zip([("manifest.json", b"{}"), ("tables/entries.json", data)])


def zip_bomb_ratio(sample):
    return _zip([("manifest.json", b"{}"), ("tables/entries.json", b"0" * (8 * 1024 * 1024))])


def parent_path(sample):
    return _zip(_members(_valid(sample)) + [("../../evil.json", b"{}")])


def absolute_path(sample):
    return _zip([("/etc/evil.json", b"{}")] + _members(_valid(sample)))


def duplicate_member(sample):
    members = _members(_valid(sample))
    entries_member = next(m for m in members if m[0] == "tables/entries.json")
    with pytest.warns(UserWarning, match="Duplicate name"):
        return _zip(members + [entries_member])


def stray_member(sample):
    return _zip(_members(_valid(sample)) + [("leesmij.txt", b"hallo")])


def hash_mismatch(sample):
    members = _members(_valid(sample))
    spoiled = [(name, data.replace(b"Wij willen", b"Wij weigeren")) for name, data in members]
    return _zip(spoiled)


def newer_version(sample):
    def change(tables, tid, manifest):
        manifest["format_version"] = 99

    return _rebuilt(sample, change)


def unknown_version(sample):
    def change(tables, tid, manifest):
        manifest["format_version"] = "een"

    return _rebuilt(sample, change)


def unknown_kind(sample):
    def change(tables, tid, manifest):
        _first_entry(tables)["kind"] = "roddel"

    return _rebuilt(sample, change)


def broken_reference(sample):
    def change(tables, tid, manifest):
        _first_entry(tables)["meeting_id"] = "00000000-0000-0000-0000-000000000000"

    return _rebuilt(sample, change)


def oversized_text(sample):
    def change(tables, tid, manifest):
        tables["trajectories"][tid]["municipality"] = "Gemeente " + "x" * 300

    return _rebuilt(sample, change)


def unknown_column(sample):
    def change(tables, tid, manifest):
        _first_entry(tables)["geheim"] = "ja"

    return _rebuilt(sample, change)


def wrong_type(sample):
    def change(tables, tid, manifest):
        _first_entry(tables)["captured_at"] = 12

    return _rebuilt(sample, change)


def orphan_row(sample):
    def change(tables, tid, manifest):
        _first_entry(tables)["trajectory_id"] = "ander-traject"

    return _rebuilt(sample, change)


def duplicate_json_key(sample):
    payload = _valid(sample)
    members = _members(payload)
    manifest = json.loads(dict(members)["manifest.json"])
    data = dict(members)["tables/entries.json"]
    spoiled = data.replace(b'"kind":', b'"kind": "vraag",\n"kind":', 1)
    manifest["members"]["tables/entries.json"]["sha256"] = hashlib.sha256(spoiled).hexdigest()
    replaced = [
        (name, spoiled if name == "tables/entries.json" else blob)
        for name, blob in members
        if name != "manifest.json"
    ]
    return _zip([("manifest.json", json.dumps(manifest).encode())] + replaced)


CASES = [
    (not_a_zip, "geen zip-archief"),
    (too_many_members, "te veel onderdelen"),
    (member_too_large, "uitgepakt te groot"),
    (zip_bomb_ratio, "zip-bom"),
    (parent_path, "onveilige bestandsnaam"),
    (absolute_path, "onveilige bestandsnaam"),
    (duplicate_member, "twee keer; welk het juiste is"),
    (stray_member, "er niet in hoort"),
    (hash_mismatch, "controlesom wijkt"),
    (newer_version, "nieuwere versie van Opgroei Desktop"),
    (unknown_version, "bestandsversie van dit bestand ('een') is onbekend"),
    (unknown_kind, "onbekende soort in het veld kind"),
    (broken_reference, "verwijst het veld meeting_id naar iets"),
    (oversized_text, "ten hoogste 200 tekens"),
    (unknown_column, "veld dat deze versie niet kent (geheim)"),
    (wrong_type, "verwacht werd een tijdstip"),
    (orphan_row, "hoort bij geen traject"),
    (duplicate_json_key, "staat 'kind' twee keer"),
]


@pytest.mark.parametrize(("spoil", "message"), CASES, ids=[c[0].__name__ for c in CASES])
def test_hostile_file_is_refused_and_nothing_changes(sample, tmp_path, spoil, message):
    """A damaged or malicious file must be refused in plain words, leaving the data untouched."""
    store = open_store(tmp_path / "data")
    trajectories.create_trajectory(store, municipality="Gemeente Eiland", initiative="Eilandwarm")
    path = tmp_path / "inbox" / "bestand.opgroei"
    path.parent.mkdir()
    path.write_bytes(spoil(sample))
    before, files_before = fingerprint(store), files_under(tmp_path)
    with pytest.raises(ArchiveRefused) as refused:
        import_archive(store, path)
    assert message in str(refused.value)
    assert "Er is niets" in str(refused.value)
    assert fingerprint(store) == before
    assert files_under(tmp_path) == files_before
    store.close()


def test_ids_of_another_trajectory_are_refused(sample, tmp_path):
    """A file whose rows reuse keys of a different trajectory here must not overwrite them."""
    store = open_store(tmp_path / "data")
    import_archive(store, _valid(sample))

    def other_trajectory(tables, tid, manifest):
        new_id = "11111111-2222-3333-4444-555555555555"
        row = tables["trajectories"].pop(tid)
        row["id"] = new_id
        tables["trajectories"][new_id] = row
        for rows in tables.values():
            for item in rows.values():
                if item.get("trajectory_id") == tid:
                    item["trajectory_id"] = new_id
        manifest["trajectories"] = [{"id": new_id, "name": "Kaper"}]

    before = fingerprint(store)
    with pytest.raises(ArchiveRefused, match="rij van een ander traject in uw gegevens"):
        import_archive(store, _rebuilt(sample, other_trajectory))
    assert fingerprint(store) == before
    store.close()


def test_messages_differ_per_case(sample):
    """Each kind of refusal must be told apart, so a user can say what went wrong."""
    messages = [message for _, message in CASES]
    assert len(set(messages)) == len(messages) - 1  # the two unsafe paths share theirs
