"""Outlines of the agreement documents (plan van aanpak, intentieovereenkomst,
samenwerkingsovereenkomst, convenant): their articles and which worksheets feed each one.

One TOML file per document type in ``resources/library/documents/``, checked as strictly as the
rest of the shipped library: a mistake names the file and key.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from opgroei_desktop.core.vocab import DOCUMENT_TYPES
from opgroei_desktop.library.model import DOEN_KEYS, WORKSHEET_KEYS, Problem
from opgroei_desktop.library.validate import Fields, read_toml, report_duplicates

FILLS = (
    "doel",
    "piketpalen",
    "stappen",
    "traject",
    "voorwaarden",
    "organen",
    "rollen",
    "besluitroutes",
)
"""What the builder can fill an article with from the trajectory itself: the shared goal,
the milestones (in full, or as the steps towards them), the project and its area, the two
preconditions, and the work structure's bodies, roles and decision routes (from their
fields). People are never named in articles (they go in an annex) and working notes such as
open actions never enter a draft."""

CONSIDERATION_FILLS = ("{voorwaarden}", "{doel}")
"""A consideration that is exactly one of these is filled from the trajectory."""

TOKENS = ("project", "naam", "titel", "gemeente", "initiatief")
"""Words in ``{...}`` that outline texts may use; ``{blank:what}`` marks a blank to fill in."""

_TOKEN = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class OutlineArticle:
    """One heading of a document: its standard clauses, and where its content comes from.

    ``feeds`` are worksheet keys (``financiering``), sections of a worksheet
    (``borgen.werkstructuur``) or challenge keys (``namens_wie.samen_besluiten``): agreements
    filed there become clauses of this article. ``items`` are worksheet sections whose lines
    are listed; ``fill`` names generated content (see ``FILLS``); ``empty`` is the blank shown
    when the article has nothing else; the one ``rest`` article takes every agreement that no
    other article's feeds claim. An ``optional`` article is a standard article the facilitator
    may switch off per document (definitions, confidentiality, liability and the like).
    """

    key: str
    title: str
    clauses: tuple[str, ...]
    feeds: tuple[str, ...]
    items: tuple[str, ...]
    fill: tuple[str, ...]
    empty: str | None
    rest: bool
    optional: bool = False


@dataclass(frozen=True)
class DocumentOutline:
    """The outline of one document type."""

    key: str
    title: str
    summary: str
    parties: bool
    considerations: tuple[str, ...]
    agree_line: str | None
    article_label: str | None
    signing_title: str
    signing_text: str
    articles: tuple[OutlineArticle, ...]
    path: Path

    def article(self, key: str) -> OutlineArticle:
        """The article with this key (``KeyError`` when unknown)."""
        for article in self.articles:
            if article.key == key:
                return article
        raise KeyError(key)

    def article_for(self, places: tuple[str, ...]) -> OutlineArticle:
        """The article an agreement filed at ``places`` (most specific first: section or
        challenge, then worksheet) belongs in; the rest article when no feed claims it."""
        for place in places:
            for article in self.articles:
                if place in article.feeds:
                    return article
        return next(article for article in self.articles if article.rest)


def load_outlines(
    folder: Path, sections: Mapping[str, frozenset[str]]
) -> tuple[tuple[DocumentOutline, ...], list[Problem]]:
    """The outline of every document type, in the order of DOCUMENT_TYPES, and the problems.

    ``sections`` maps each worksheet key to the section keys it accepts (for a theme: its
    challenge keys), so feeds can be checked.
    """
    problems: list[Problem] = []
    outlines: list[DocumentOutline] = []
    for doc_type in DOCUMENT_TYPES:
        path = folder / f"{doc_type}.toml"
        data, found = read_toml(path)
        problems.extend(found)
        if data is not None:
            outline = parse_outline(data, path, doc_type, sections, problems)
            if outline is not None:
                outlines.append(outline)
    for extra in sorted(folder.glob("*.toml")):
        if extra.stem not in DOCUMENT_TYPES:
            problems.append(
                Problem(
                    extra, "", f"Onbekend soort document: kies uit {', '.join(DOCUMENT_TYPES)}."
                )
            )
    return tuple(outlines), problems


def parse_outline(
    data: Mapping[str, Any],
    path: Path,
    doc_type: str,
    sections: Mapping[str, frozenset[str]],
    problems: list[Problem],
) -> DocumentOutline | None:
    """One outline file; problems are added to ``problems``; None when it is not usable."""
    before = len(problems)
    root = Fields(data, path, problems)
    root.only(
        "source", "key", "title", "summary", "parties", "considerations", "agree_line",
        "article_label", "signing_title", "signing_text", "articles",
    )  # fmt: skip
    root.text("source")
    key, title, summary = root.key(), root.text("title"), root.text("summary")
    if key is not None and key != doc_type:
        root.problem("key", f"'key' moet '{doc_type}' zijn, zoals de bestandsnaam (niet '{key}').")
    parties = data.get("parties", False)
    if not isinstance(parties, bool):
        root.problem("parties", "'parties' moet true of false zijn.")
    considerations = root.texts("considerations", 2, 12) if parties else ()
    agree_line = root.text("agree_line", required=False)
    label = root.text("article_label", required=False)
    signing_title, signing_text = root.text("signing_title"), root.text("signing_text")
    for name, text in [
        ("summary", summary),
        ("agree_line", agree_line),
        ("signing_text", signing_text),
    ]:
        _check_tokens(root, name, text)
    for index, text in enumerate(considerations):
        if text not in CONSIDERATION_FILLS:
            _check_tokens(root, f"considerations[{index}]", text)
    article_fields = root.tables("articles", "Artikel", low=3)
    articles = [_article(item, sections) for item in article_fields]
    report_duplicates(article_fields, [a.key if a else None for a in articles])
    complete = tuple(a for a in articles if a is not None)
    _check_feeds(root, article_fields, articles)
    if sum(a.rest for a in complete) != 1:
        root.problem("articles", "precies één artikel moet 'rest = true' hebben.")
    if len(problems) > before or not (key and title and summary and signing_title and signing_text):
        return None
    return DocumentOutline(
        key, title, summary, parties, considerations, agree_line, label, signing_title,
        signing_text, complete, path,
    )  # fmt: skip


def _article(item: Fields, sections: Mapping[str, frozenset[str]]) -> OutlineArticle | None:
    item.only("key", "title", "clauses", "feeds", "items", "fill", "empty", "rest", "optional")
    key, title = item.key(), item.text("title")
    clauses = _optional_texts(item, "clauses")
    for index, clause in enumerate(clauses):
        _check_tokens(item, f"clauses[{index}]", clause)
    feeds = _optional_texts(item, "feeds")
    for feed in feeds:
        if not _known_place(feed, sections):
            item.problem("feeds", f"'{feed}' is geen werkblad, sectie of uitdaging.")
    items = _optional_texts(item, "items")
    for place in items:
        worksheet, _, section = place.partition(".")
        if worksheet not in DOEN_KEYS or section not in sections.get(worksheet, ()):
            item.problem("items", f"'{place}' is geen sectie van een DOEN-werkblad.")
    fill = _optional_texts(item, "fill")
    for name in fill:
        if name not in FILLS:
            item.problem("fill", f"'{name}' kan niet worden ingevuld; kies uit {', '.join(FILLS)}.")
    empty = item.text("empty", required=False)
    _check_tokens(item, "empty", empty)
    rest = item.table.get("rest", False)
    optional = item.table.get("optional", False)
    for name, value in (("rest", rest), ("optional", optional)):
        if not isinstance(value, bool):
            item.problem(name, f"'{name}' moet true of false zijn.")
            return None
    if key and title:
        return OutlineArticle(key, title, clauses, feeds, items, fill, empty, rest, optional)
    return None


def _optional_texts(item: Fields, name: str) -> tuple[str, ...]:
    return item.texts(name, 1, 20) if name in item.table else ()


def _known_place(place: str, sections: Mapping[str, frozenset[str]]) -> bool:
    if place in WORKSHEET_KEYS:
        return True
    worksheet, _, section = place.partition(".")
    # A theme's sections are its challenge keys, which already start with the theme key.
    return section in sections.get(worksheet, ()) or place in sections.get(worksheet, ())


def _check_feeds(root: Fields, fields: list[Fields], articles: list[OutlineArticle | None]) -> None:
    claimed: dict[str, str] = {}
    for item, article in zip(fields, articles, strict=True):
        if article is None:
            continue
        for feed in article.feeds:
            if feed in claimed:
                item.problem(
                    "feeds", f"'{feed}' voedt ook artikel '{claimed[feed]}'; kies één artikel."
                )
            claimed[feed] = article.key


def _check_tokens(fields: Fields, name: str, text: str | None) -> None:
    for token in _TOKEN.findall(text or ""):
        if token.startswith("blank:") and token[6:].strip():
            continue
        if token not in TOKENS:
            fields.problem(
                name,
                f"'{{{token}}}' is onbekend; gebruik {{blank:wat in te vullen}} of "
                f"{', '.join('{' + t + '}' for t in TOKENS)}.",
            )
