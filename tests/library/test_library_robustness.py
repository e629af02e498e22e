"""Whatever a facilitator writes in an own format file, loading reports it and never crashes."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from opgroei_desktop.library import validate_format_file
from opgroei_desktop.library.formats import parse_format
from opgroei_desktop.library.loader import builtin

FIELDS = ["key", "title", "category", "summary", "theme", "steps", "source", "minutes"]
STEP_FIELDS = ["key", "title", "minutes", "instructions", "prompt", "capture", "section"]
STEP_FIELDS += ["exercise", "minuten"]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**40), max_value=2**40),
    st.floats(allow_nan=True),
    st.text(max_size=20),
    st.sampled_from(["kennen", "veerkracht", "wisselingen", "opening", "baseline", "ronde"]),
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=8,
)
steps = st.dictionaries(st.sampled_from(STEP_FIELDS), values, max_size=len(STEP_FIELDS))
documents = st.fixed_dictionaries(
    {},
    optional={
        **{name: values for name in FIELDS},
        "steps": st.one_of(values, st.lists(steps, max_size=3)),
    },
)


@settings(max_examples=100, deadline=None)
@given(documents)
def test_any_document_gives_a_format_or_problems(document: dict[str, Any]) -> None:
    """A strangely shaped own format would crash the app at start-up."""
    path = Path("vreemd.toml")
    fmt, problems = parse_format(document, path, "eigen", builtin().sections)
    assert (fmt is None) == bool(problems)
    assert all(p.path == path and p.message for p in problems)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_are_read_or_reported(raw: bytes) -> None:
    """Random bytes in an own format file would raise instead of being reported."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.toml"
        path.write_bytes(raw)
        problems = validate_format_file(path)
    assert problems and all(p.path == path for p in problems)
