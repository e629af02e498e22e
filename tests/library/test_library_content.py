"""The shipped process content: preconditions, DOEN components, VERHELDEREN themes."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from opgroei_desktop.library import SOURCE, Library
from opgroei_desktop.resources import resource_path


def test_two_preconditions_with_hints_per_party(library: Library) -> None:
    """The start page would miss a precondition or a party's hint."""
    assert [p.key for p in library.preconditions] == ["meerwaarde", "tijd_en_pauze"]
    for precondition in library.preconditions:
        assert precondition.title and precondition.description
        assert precondition.gemeente_hint and precondition.initiatief_hint


def test_four_components_with_their_sections(library: Library) -> None:
    """A DOEN worksheet would be missing or lack a part the facilitator files entries under."""
    sections = {c.key: [s.key for s in c.sections] for c in library.components}
    assert sections == {
        "kennen": ["waarden_doelen", "werkwijze", "risico", "rollen", "ervaringen"],
        "stappen": ["stappen", "piketpalen"],
        "borgen": ["documenten", "werkstructuur", "besluitvorming", "financiering_samenwerking"],
        "verhaal": ["doel", "naam_slogan", "verhaal", "communicatie", "vieren"],
    }
    for component in library.components:
        assert 4 <= len(component.questions) <= 8
        assert 2 <= len(re.findall(r"[.!?](?:\s|$)", component.summary)) <= 4


def test_four_themes_with_seventeen_challenges(library: Library) -> None:
    """A VERHELDEREN theme or one of the publication's challenges would be missing."""
    counts = {t.key: len(t.challenges) for t in library.themes}
    assert counts == {"namens_wie": 4, "rollen": 5, "veerkracht": 3, "financiering": 5}
    assert len(library.all_challenges()) == 17
    assert library.theme("namens_wie").title == "Namens wie spreek je?"


def test_every_challenge_has_agreements_and_questions(library: Library) -> None:
    """A challenge would offer the room no suggested agreement or too few questions."""
    for challenge in library.all_challenges():
        assert 2 <= len(challenge.agreements) <= 4, challenge.key
        assert 2 <= len(challenge.questions) <= 4, challenge.key
        assert challenge.key.startswith(f"{challenge.theme_key}.")
        assert library.challenge(challenge.key) is challenge


def test_all_keys_are_unique(library: Library) -> None:
    """Entries or agreements filed under one key would show up in the wrong place."""
    keys = [c.key for c in library.all_challenges()]
    keys += [a.key for c in library.all_challenges() for a in c.agreements]
    keys += [w.key for w in library.worksheets()]
    keys += [f.key for f in library.formats]
    assert len(keys) == len(set(keys))
    for fmt in library.formats:
        assert len({s.key for s in fmt.steps}) == len(fmt.steps), fmt.key


def test_worksheets_in_fixed_order(library: Library) -> None:
    """The worksheet tabs would appear in a different order or with the wrong kind."""
    assert [(w.key, w.kind) for w in library.worksheets()] == [
        ("kennen", "doen"),
        ("stappen", "doen"),
        ("borgen", "doen"),
        ("verhaal", "doen"),
        ("namens_wie", "verhelderen"),
        ("rollen", "verhelderen"),
        ("veerkracht", "verhelderen"),
        ("financiering", "verhelderen"),
    ]


def test_theme_worksheet_sections_are_its_challenges(library: Library) -> None:
    """Entries on a theme worksheet could not be filed per challenge."""
    sections = library.sections("veerkracht")
    assert [s.key for s in sections] == [c.key for c in library.theme("veerkracht").challenges]
    assert [s.key for s in library.sections("stappen")] == ["stappen", "piketpalen"]


def test_unknown_keys_raise_key_error(library: Library) -> None:
    """A typo in a key would silently return the wrong thing instead of failing loudly."""
    for lookup in (library.component, library.theme, library.challenge, library.format):
        with pytest.raises(KeyError):
            lookup("bestaat_niet")


def test_texts_are_unwrapped_and_clean(library: Library) -> None:
    """Texts would show hard line breaks from the TOML files in labels and in Word."""
    texts = [c.summary for c in library.components] + [t.summary for t in library.themes]
    texts += [c.description for c in library.all_challenges()]
    texts += [a.text for c in library.all_challenges() for a in c.agreements]
    for text in texts:
        assert "\n" not in text and "  " not in text and text == text.strip()


def test_every_shipped_file_names_the_source() -> None:
    """The app would ship content without crediting the publication it is based on."""
    root = resource_path("library")
    files = sorted(root.rglob("*.toml"))
    assert len(files) >= 6
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# Bron: Opgroeiruimte"), path.name
        assert f'source = "{SOURCE}"' in text, path.name


def test_no_sentences_copied_from_the_publication(
    library: Library, copied_from_publication: Callable[[str], list[str]]
) -> None:
    """The app would ship sentences copied from the publication instead of our own words."""

    texts = [c.summary for c in library.components] + [t.summary for t in library.themes]
    texts += [p.description for p in library.preconditions]
    for challenge in library.all_challenges():
        texts += [challenge.description, *challenge.questions]
        texts += [a.text for a in challenge.agreements]
    for fmt in library.formats:
        texts += [fmt.summary] + [s.instructions for s in fmt.steps]
    for text in texts:
        assert not copied_from_publication(text), text
