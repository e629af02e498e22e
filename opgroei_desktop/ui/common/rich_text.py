"""Markdown typed by people, made safe to show in a QTextBrowser.

Raw HTML is shown as text, never interpreted; links keep only http, https and mailto targets;
images become their alt text, so nothing (not even a local file) is loaded. What the room reads
is the text as typed, with markdown formatting only: ``&amp;`` stays ``&amp;`` and a run of
spaces stays a run of spaces.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from xml.etree.ElementTree import Element

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextDocumentFragment
from PySide6.QtWidgets import QTextBrowser

ALLOWED_SCHEMES = ("http", "https", "mailto")


class _SafeLinks(Treeprocessor):
    def run(self, root: Element) -> None:
        for element in root.iter():
            if element.tag == "a" and not _allowed(element.get("href", "")):
                element.tag = "span"
                element.attrib.clear()
            elif element.tag == "img":
                element.tag = "span"
                element.text = element.get("alt", "")
                element.attrib.clear()


class _Safe(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (markdown's name)
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_SafeLinks(md), "safe_links", 0)


_converter = markdown.Markdown(extensions=[_Safe(), "sane_lists"])
_AMPERSAND = "\ue000"
"""Stands in for '&' during conversion, so markdown never reads a typed '&amp;' as an entity."""
_SPACES = re.compile(r"(?<=\S)( {2,})(?=\S)")


@lru_cache(maxsize=2048)
def markdown_html(text: str) -> str:
    """``text`` (markdown) as safe HTML that reads exactly as typed, apart from formatting."""
    _converter.reset()
    kept = _SPACES.sub(lambda m: " " + "\u00a0" * (len(m.group(1)) - 1), text)
    return _converter.convert(kept.replace("&", _AMPERSAND)).replace(_AMPERSAND, "&amp;")


@lru_cache(maxsize=2048)
def inline_html(text: str) -> str:
    """``text`` as safe HTML without the surrounding paragraph, for one line in a list."""
    converted = markdown_html(text)
    if converted.startswith("<p>") and converted.endswith("</p>") and converted.count("<p>") == 1:
        return converted[3:-4]
    return converted


@lru_cache(maxsize=2048)
def plain_text(text: str) -> str:
    """``text`` (markdown) as it reads, without its marks, on one line: for plain lists."""
    return " ".join(QTextDocumentFragment.fromHtml(markdown_html(text)).toPlainText().split())


def escape(text: str) -> str:
    """Plain text for inside HTML."""
    return html.escape(text, quote=True)


def _allowed(href: str) -> bool:
    scheme = QUrl(href.strip()).scheme().lower()
    return scheme in ALLOWED_SCHEMES


def safe_browser(browser: QTextBrowser) -> QTextBrowser:
    """Make ``browser`` open only allowed links, in the user's own browser or mail program."""
    browser.setOpenLinks(False)
    browser.setOpenExternalLinks(False)
    browser.anchorClicked.connect(_open_allowed)
    return browser


def _open_allowed(url: QUrl) -> None:
    if url.scheme().lower() in ALLOWED_SCHEMES:
        QDesktopServices.openUrl(url)
