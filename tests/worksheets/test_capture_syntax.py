"""The capture line's shorthand: prefixes for who and what, owners and due dates of actions."""

from __future__ import annotations

import string
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from opgroei_desktop.core.vocab import EntryKind, Party, Voice
from opgroei_desktop.worksheets.capture_syntax import (
    KIND_CODES,
    OWNER_PARTIES,
    VOICE_CODES,
    Capture,
    CaptureError,
    compose_capture,
    match_person,
    parse_capture,
)

TODAY = date(2026, 4, 1)


def parse(line: str, **sticky) -> Capture:
    return parse_capture(line, today=TODAY, **sticky)


@pytest.mark.parametrize(
    ("line", "voice", "kind", "text"),
    [
        (
            "g: De raad wil eerst cijfers",
            Voice.GEMEENTE,
            EntryKind.OPMERKING,
            "De raad wil eerst cijfers",
        ),
        (
            "i: zo: Vrijwilligers raken op",
            Voice.INITIATIEF,
            EntryKind.ZORG,
            "Vrijwilligers raken op",
        ),
        (
            "s: be: We starten met een haalbaarheidsstudie",
            Voice.SAMEN,
            EntryKind.BESLUIT,
            "We starten met een haalbaarheidsstudie",
        ),
        (
            "b: op: Pauze na dit punt",
            Voice.PROCESBEGELEIDER,
            EntryKind.OPMERKING,
            "Pauze na dit punt",
        ),
        (
            "vr: g: Wie betaalt de studie?",
            Voice.GEMEENTE,
            EntryKind.VRAAG,
            "Wie betaalt de studie?",
        ),
        ("? Wie betaalt de studie?", None, EntryKind.VRAAG, "Wie betaalt de studie?"),
        ("!Samen een open dag", None, EntryKind.IDEE, "Samen een open dag"),
        ("i: ! Samen een open dag", Voice.INITIATIEF, EntryKind.IDEE, "Samen een open dag"),
        ("aa: De gemeente wil snel", None, EntryKind.AANNAME, "De gemeente wil snel"),
        ("af: Elke maand overleg", None, EntryKind.AFSPRAAK, "Elke maand overleg"),
        ("id:zonder spatie", None, EntryKind.IDEE, "zonder spatie"),
        (
            "G: BE: hoofdletters tellen niet",
            Voice.GEMEENTE,
            EntryKind.BESLUIT,
            "hoofdletters tellen niet",
        ),
        ("gemeente: besluit: hele woorden", Voice.GEMEENTE, EntryKind.BESLUIT, "hele woorden"),
        (
            "procesbegeleider: afspraak: ook lang",
            Voice.PROCESBEGELEIDER,
            EntryKind.AFSPRAAK,
            "ook lang",
        ),
        ("samen: idee: ook samen", Voice.SAMEN, EntryKind.IDEE, "ook samen"),
        ("  g:   ruimte  ", Voice.GEMEENTE, EntryKind.OPMERKING, "ruimte"),
    ],
)
def test_prefixes_set_voice_and_kind(line, voice, kind, text):
    """Typing g:/i:/s:/b: and vr:/zo:/be:/... files the entry under the right party and kind."""
    capture = parse(line)
    assert (capture.voice, capture.kind, capture.text) == (voice, kind, text)


@pytest.mark.parametrize(
    "line",
    [
        "Let op: de wethouder is er niet",
        "Conclusie: we wachten",
        "A: de eerste optie",
        "http://example.org is de site",
        "**Vet**: dit blijft tekst",
        "![plaatje](x.png) blijft tekst",
        "10:30 begint de pauze",
    ],
)
def test_ordinary_text_is_left_alone(line):
    """A sentence that merely contains a colon is filed as typed, not eaten as a code."""
    capture = parse(line)
    assert capture.text == line
    assert capture.voice is None and capture.kind is EntryKind.OPMERKING


def test_sticky_choices_apply_unless_typed():
    """The party and kind chosen with Ctrl+1../Alt+.. apply to every line until changed."""
    sticky = {"voice": Voice.INITIATIEF, "kind": EntryKind.ZORG}
    assert parse("Geen budget", **sticky) == Capture(
        "Geen budget", EntryKind.ZORG, Voice.INITIATIEF
    )
    typed = parse("g: vr: Hoeveel?", **sticky)
    assert (typed.voice, typed.kind) == (Voice.GEMEENTE, EntryKind.VRAAG)


def test_action_with_owner_and_due_date():
    """An action keeps its owner and due date apart from its text."""
    capture = parse("g: ac: Bel de wethouder @Anna #15-05")
    assert capture == Capture(
        "Bel de wethouder", EntryKind.ACTIE, Voice.GEMEENTE, owner="Anna", due_on=date(2026, 5, 15)
    )


def test_action_owner_may_be_a_party_and_stand_anywhere():
    """'@gemeente' makes the municipality the owner, wherever it stands in the line."""
    capture = parse("ac: @initiatief stuurt #01-06-2027 de cijfers.")
    assert capture.owner_party is Party.INITIATIEF and capture.owner is None
    assert capture.due_on == date(2027, 6, 1)
    assert capture.text == "stuurt de cijfers."
    assert parse("ac: Agenda maken @begeleider").owner_party is Party.PROCESBEGELEIDER


def test_due_date_without_year_lies_ahead():
    """'#15-03' typed in April means next March, never a date already past."""
    assert parse("ac: x #15-03").due_on == date(2027, 3, 15)
    assert parse("ac: x #01-04").due_on == date(2026, 4, 1)
    assert parse("ac: x #2-4.").due_on == date(2026, 4, 2)


def test_owner_and_date_only_count_for_actions():
    """An @ or # in an ordinary remark stays part of its text."""
    assert parse("Mail @Anna over #15-03").text == "Mail @Anna over #15-03"
    assert parse("Bel @Anna", kind=EntryKind.ACTIE).owner == "Anna"


def test_email_addresses_and_hash_numbers_stay_text_in_actions():
    """jan@example.nl and '#1 prioriteit' are not read as owner or date."""
    capture = parse("ac: Mail jan@example.nl over #1 prioriteit")
    assert capture.text == "Mail jan@example.nl over #1 prioriteit"
    assert capture.owner is None and capture.due_on is None


@pytest.mark.parametrize(
    ("line", "fragment"),
    [
        ("g: i: twee partijen", "twee partijen"),
        ("vr: zo: twee soorten", "twee soorten"),
        ("?! twee soorten", "twee soorten"),
        ("g:", "Schrijf"),
        ("?", "Schrijf"),
        ("", "Schrijf"),
        ("ac: @Anna #15-03", "wat er moet gebeuren"),
        ("ac: x @Anna @Piet", "één eigenaar"),
        ("ac: x #01-05 #02-05", "één uiterlijke datum"),
        ("ac: x #31-02", "geen bestaande datum"),
        ("ac: x #15-03-27", "#dd-mm-jjjj"),
        ("ac: x #15-3x", "#dd-mm"),
    ],
)
def test_mistakes_get_a_dutch_message(line, fragment):
    """A line that cannot be filed as typed says why in Dutch (and is not filed)."""
    with pytest.raises(CaptureError, match=fragment):
        parse(line)


def test_same_code_twice_is_harmless():
    """Typing 'g: g:' or '??' by accident still files the entry."""
    assert parse("g: gemeente: x").voice is Voice.GEMEENTE
    assert parse("?? x").kind is EntryKind.VRAAG


def test_backslash_escapes_the_shorthand():
    """'\\g: ...' files the text literally, for the rare line that starts like a code."""
    assert parse("\\g: is een letter") == Capture("g: is een letter")
    assert parse("i: \\? hoort bij de tekst") == Capture(
        "? hoort bij de tekst", voice=Voice.INITIATIEF
    )


def test_compose_writes_the_canonical_line():
    """The line shown for re-editing uses the short codes and a full date."""
    capture = Capture("Bel", EntryKind.ACTIE, Voice.GEMEENTE, owner="Anna", due_on=date(2026, 5, 1))
    assert compose_capture(capture) == "g: ac: Bel @Anna #01-05-2026"
    assert compose_capture(Capture("vr: letterlijk")) == "\\vr: letterlijk"


PEOPLE = [
    ("p1", "Anna de Vries"),
    ("p2", "Anne Bakker"),
    ("p3", "Piet Jansen"),
    ("p4", "Émile Dubois"),
]


@pytest.mark.parametrize(
    ("owner", "person_id"),
    [
        ("Anna", "p1"),
        ("anna_de_vries", "p1"),
        ("Anne", "p2"),
        ("piet", "p3"),
        ("Jansen", "p3"),
        ("emile", "p4"),
        ("Anna.de.Vries", "p1"),
    ],
)
def test_owner_names_match_one_person(owner, person_id):
    """'@Anna' finds Anna de Vries; case, accents and underscores do not matter."""
    assert match_person(owner, PEOPLE) == person_id


def test_ambiguous_or_unknown_owner_is_refused():
    """An owner that fits two people, or nobody, is refused with a hint instead of guessed."""
    with pytest.raises(CaptureError, match="meer mensen"):
        match_person("Ann", PEOPLE)
    with pytest.raises(CaptureError, match="Niemand"):
        match_person("Klaas", PEOPLE)


def test_legend_codes_do_not_clash():
    """Every code means one thing: one letter is who, two letters is what."""
    assert all(len(code) == 1 for code in VOICE_CODES)
    assert all(len(code) == 2 for code in KIND_CODES)
    assert set(KIND_CODES.values()) == set(EntryKind)


@settings(max_examples=400)
@given(st.text())
def test_any_text_parses_or_gets_a_message(line):
    """Whatever is typed or pasted, the capture line never crashes."""
    try:
        capture = parse(line)
    except CaptureError as error:
        assert str(error)
    else:
        assert capture.text.strip()


@settings(max_examples=400)
@given(
    st.text(alphabet=string.ascii_letters + string.digits + " :?!@#-\\*_.é", max_size=40),
    st.sampled_from([None, *Voice]),
    st.sampled_from([None, *EntryKind]),
)
def test_parsed_lines_round_trip(line, voice, kind):
    """A filed line, written back in canonical form, files exactly the same entry."""
    try:
        capture = parse(line, voice=voice, kind=kind)
    except CaptureError:
        return
    assert parse(compose_capture(capture)) == capture


_WORD = st.text(alphabet=string.ascii_letters + string.digits + ":?!.,*é\\", min_size=1, max_size=8)


@st.composite
def captures(draw) -> Capture:
    kind = draw(st.sampled_from(list(EntryKind)))
    words = draw(st.lists(_WORD, min_size=1, max_size=6))
    capture = Capture(" ".join(words), kind, draw(st.sampled_from([None, *Voice])))
    if kind is not EntryKind.ACTIE:
        return capture
    owner = draw(st.one_of(st.none(), st.sampled_from(["Anna", "piet_jansen", "Émile"])))
    party = draw(st.sampled_from([None, *OWNER_PARTIES.values()])) if owner is None else None
    due = draw(st.one_of(st.none(), st.dates(date(2000, 1, 1), date(2099, 12, 31))))
    return Capture(capture.text, kind, capture.voice, owner, party, due)


@settings(max_examples=400)
@given(captures())
def test_composed_lines_round_trip(capture):
    """Any entry written as a capture line reads back as the same entry."""
    assert parse(compose_capture(capture)) == capture


def test_every_code_is_documented_for_facilitators():
    """The printed prefix table (docs/capture.md) must list every code the app understands."""
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "docs" / "capture.md").read_text("utf-8")
    for code in [*VOICE_CODES, *KIND_CODES]:
        assert f"`{code}:`" in text
