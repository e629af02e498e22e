"""One word per concept: the glossary's "Niet" column never appears in a Dutch text.

The rules are read from docs/woordenlijst.md, so adding a row there tightens this test at once.
Every Dutch screen text (all resources/translations/*_nl.ts, also those added later), the content
library, the manual and the capture guide (docs/capture.md) are searched.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from opgroei_desktop.resources import manual_dir, resource_path
from opgroei_desktop.ui.i18n import read_ts, translation_files

DOCS = Path(__file__).resolve().parents[1] / "docs"
GLOSSARY = DOCS / "woordenlijst.md"
EVERYWHERE = "alles"
APP_ONLY = "programma"


@dataclass(frozen=True)
class Rule:
    """One forbidden word, where it counts, and the word to use instead."""

    word: str
    pattern: re.Pattern[str]
    scope: str
    instead: str


def _pattern(word: str) -> re.Pattern[str]:
    body = re.escape(word.strip("*")).replace(r"\ ", r"\s+")
    prefix = r"\w*" if word.startswith("*") else r"(?<!\w)"
    suffix = r"\w*" if word.endswith("*") else r"(?!\w)"
    flags = re.IGNORECASE if word == word.lower() else 0
    return re.compile(prefix + body + suffix, flags)


def read_rules(path: Path = GLOSSARY) -> list[Rule]:
    """The rules in the glossary table: each backticked word of the "Niet" column."""
    rules = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if not line.startswith("|") or len(cells) != 5 or cells[0] in {"Begrip", "---"}:
            continue
        _concept, instead, forbidden, scope, _why = cells
        assert scope in {EVERYWHERE, APP_ONLY}, f"Unknown scope {scope!r} in: {line}"
        for word in re.findall(r"`([^`]+)`", forbidden):
            rules.append(Rule(word, _pattern(word), scope, instead))
    return rules


def offences(text: str, rules: list[Rule]) -> list[str]:
    """The forbidden words in ``text`` (mnemonic ampersands removed first), with what to use."""
    plain = text.replace("&", "")
    return [
        f"{match.group(0)!r} (gebruik: {rule.instead})"
        for rule in rules
        for match in rule.pattern.finditer(plain)
    ]


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):  # keys are codes stored in the data, not words on screen
        return [text for name, item in value.items() if name != "key" for text in _strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return []


def _markdown_prose(text: str) -> str:
    """Markdown without code (commands and file names keep their own spelling) and without
    single-starred italics, which quote titles from the library ("*Namens wie spreek je?*")."""
    text = re.sub(r"```.*?```", " ", text, flags=re.DOTALL)
    text = re.sub(r"`[^`]*`", " ", text)
    return re.sub(r"(?<![*\w])\*(?!\*)[^*\n]+?\*(?![*\w])", " ", text)


def screen_texts() -> list[tuple[str, str]]:
    """(where, text) for every Dutch translation form in every *_nl.ts file."""
    found = []
    for path in translation_files("nl"):
        for (context, source), forms in read_ts(path).items():
            found.extend((f"{path.name} {context}: {source!r}", form) for form in forms)
    return found


def library_texts() -> list[tuple[str, str]]:
    """(where, text) for every string in the content library and its README."""
    folder = resource_path("library")
    found = []
    for path in sorted(folder.rglob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        found.extend((str(path.relative_to(folder)), text) for text in _strings(data))
    for path in sorted(folder.rglob("*.md")):
        found.append((str(path.relative_to(folder)), _markdown_prose(path.read_text("utf-8"))))
    return found


def manual_texts() -> list[tuple[str, str]]:
    """(where, text) for every paragraph of the manual and the capture guide, code left out."""
    found = []
    for path in [*sorted(manual_dir().glob("*.md")), DOCS / "capture.md"]:
        paragraphs = _markdown_prose(path.read_text(encoding="utf-8")).split("\n\n")
        found.extend((f"{path.name} alinea {n + 1}", text) for n, text in enumerate(paragraphs))
    return found


def _report(texts: list[tuple[str, str]], rules: list[Rule]) -> list[str]:
    return [
        f"{where}: {text.strip()[:90]!r} bevat {offence}"
        for where, text in texts
        for offence in offences(text, rules)
    ]


def test_glossary_has_rules_that_catch_words():
    """If this fails, the glossary lost its "Niet" column and the other tests check nothing."""
    rules = read_rules()
    assert len(rules) > 20
    assert offences("Deadline van de nieuwe actie", rules)
    assert offences("Opslaan als PD&F…", rules)
    assert offences("Wat je hier vastlegt", [r for r in rules if r.scope == APP_ONLY])
    assert not offences("Pdf-bestand (*.pdf) · jeugdwerk · ledenvergadering", rules)


def test_dutch_screen_texts_use_the_glossary_words():
    """If this fails, a facilitator reads two words for one thing (or "je" among "u") on screen."""
    problems = _report(screen_texts(), read_rules())
    assert not problems, "Woorden uit de kolom Niet van docs/woordenlijst.md:\n" + "\n".join(
        problems
    )


def test_library_texts_use_the_glossary_words():
    """If this fails, the session formats call a thing differently from the screens around them."""
    rules = [rule for rule in read_rules() if rule.scope == EVERYWHERE]
    problems = _report(library_texts(), rules)
    assert not problems, "Woorden uit de kolom Niet van docs/woordenlijst.md:\n" + "\n".join(
        problems
    )


def test_manual_uses_the_glossary_words():
    """If this fails, the manual names a button or a thing differently from the program."""
    texts = manual_texts()
    assert len(texts) > 50, "De handleiding (docs/handleiding) is niet gevonden."
    problems = _report(texts, read_rules())
    assert not problems, "Woorden uit de kolom Niet van docs/woordenlijst.md:\n" + "\n".join(
        problems
    )
