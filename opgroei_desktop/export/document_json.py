"""The document model as JSON, so adopted minutes can be kept exactly as they were adopted.

Each block and run is written with its type name; images as base64. ``loads(dumps(d))``
gives a document equal to ``d``; the SHA-256 of ``dumps(d)`` identifies what was adopted.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
from datetime import datetime
from typing import Any

from . import document as model

_TYPES: dict[str, type] = {
    cls.__name__: cls
    for cls in (
        model.Run,
        model.Heading,
        model.Paragraph,
        model.ListItem,
        model.BulletList,
        model.NumberedList,
        model.Table,
        model.PageBreak,
        model.Image,
        model.Properties,
        model.Document,
    )
}


def dumps(document: model.Document) -> str:
    """``document`` as compact, stable JSON text."""
    return json.dumps(_encode(document), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def loads(text: str) -> model.Document:
    """The document that ``dumps`` wrote."""
    document = _decode(json.loads(text))
    if not isinstance(document, model.Document):
        raise ValueError("not a document")
    return document


def digest(text: str) -> str:
    """The SHA-256 of the JSON text of a document."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"type": type(value).__name__, "fields": fields}
    if isinstance(value, (list, tuple)):
        return [_encode(item) for item in value]
    if isinstance(value, bytes):
        return {"bytes": base64.b64encode(value).decode("ascii")}
    if isinstance(value, datetime):
        return {"datetime": value.isoformat()}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_decode(item) for item in value)
    if not isinstance(value, dict):
        return value
    if "bytes" in value:
        return base64.b64decode(value["bytes"])
    if "datetime" in value:
        return datetime.fromisoformat(value["datetime"])
    cls = _TYPES[value["type"]]
    fields = {name: _decode(item) for name, item in value["fields"].items()}
    if cls is model.Document:
        fields["blocks"] = list(fields["blocks"])
    return cls(**fields)
