"""Reading a ``.opgroei`` file into memory, refusing anything that is not what we wrote.

Nothing is extracted to disk. The zip's directory is checked first (member count, names,
sizes, compression ratio), then each member is read with a cap, its hash compared with the
manifest, and its JSON parsed with duplicate keys refused. Row contents are checked afterwards,
against the models and the database (``validate``).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

from ..errors import OpgroeiError
from ..os_words import reason
from .format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    MAX_ARCHIVE_BYTES,
    MAX_MEMBER_BYTES,
    MAX_MEMBERS,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    PURPOSE_FULL,
    PURPOSE_HANDOVER,
    TABLES_FOLDER,
    Archive,
    TrajectoryInfo,
)
from .tables import owners

MB = 1024 * 1024


class ArchiveRefused(OpgroeiError):
    """The file was not read in; the message says why in plain Dutch. Nothing changed."""


def read_archive(source: str | os.PathLike[str] | bytes) -> Archive:
    """The archive in ``source`` (a path or the file's bytes), checked and parsed in memory."""
    data = _load(source)
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ArchiveRefused(
            "Dit is geen Opgroei-bestand: het is geen zip-archief. Er is niets ingelezen."
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            _check_directory(infos)
            members = {info.filename: _read_member(archive, info) for info in infos}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError) as error:
        raise ArchiveRefused(
            f"Het bestand is beschadigd en kan niet worden gelezen ({error}). "
            "Er is niets ingelezen."
        ) from error
    manifest = _manifest(members.pop(MANIFEST, None))
    _check_members(manifest, members)
    return _archive(manifest, members)


def _load(source: str | os.PathLike[str] | bytes) -> bytes:
    if isinstance(source, bytes):
        data = source
    else:
        path = Path(source)
        try:
            if path.stat().st_size > MAX_ARCHIVE_BYTES:
                raise ArchiveRefused(
                    f"Het bestand is te groot om een traject te zijn "
                    f"({path.stat().st_size // MB} MB). Er is niets ingelezen."
                )
            data = path.read_bytes()
        except OSError as error:
            raise ArchiveRefused(
                f"Het bestand kan niet worden gelezen: {path} ({reason(error)})."
            ) from error
    if len(data) > MAX_ARCHIVE_BYTES:
        raise ArchiveRefused("Het bestand is te groot om een traject te zijn.")
    return data


def _check_directory(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise ArchiveRefused(
            f"Het bestand bevat te veel onderdelen ({len(infos)}, hoogstens {MAX_MEMBERS}). "
            "Het is geen Opgroei-bestand of het is gemaakt om schade te doen. "
            "Er is niets ingelezen."
        )
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if _unsafe(name):
            raise ArchiveRefused(
                f"Het bestand bevat een onveilige bestandsnaam ({name!r}) die buiten de "
                "eigen map wijst. Er is niets ingelezen."
            )
        if name in seen:
            raise ArchiveRefused(
                f"Het bestand bevat het onderdeel {name} twee keer; welk het juiste is, is "
                "niet te zeggen. Er is niets ingelezen."
            )
        seen.add(name)
        if name != MANIFEST and not (
            name.startswith(TABLES_FOLDER)
            and name.endswith(".json")
            and name[len(TABLES_FOLDER) : -5] in owners()
        ):
            raise ArchiveRefused(
                f"Het bestand bevat een onderdeel dat er niet in hoort ({name}). "
                "Het is niet door Opgroei Desktop gemaakt, of door een nieuwere versie. "
                "Er is niets ingelezen."
            )
        if info.flag_bits & 0x1:
            raise ArchiveRefused(
                f"Het onderdeel {name} is versleuteld; zo'n bestand maakt Opgroei Desktop "
                "niet. Er is niets ingelezen."
            )
        if info.file_size > MAX_MEMBER_BYTES:
            raise ArchiveRefused(
                f"Het onderdeel {name} is uitgepakt te groot ({info.file_size // MB} MB, "
                f"hoogstens {MAX_MEMBER_BYTES // MB} MB). Er is niets uitgepakt of ingelezen."
            )
        if info.file_size > MAX_RATIO * max(info.compress_size, 1) and info.file_size > MB:
            raise ArchiveRefused(
                f"Het onderdeel {name} is verdacht sterk ingepakt (een zogeheten zip-bom). "
                "Er is niets uitgepakt of ingelezen."
            )
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise ArchiveRefused(
            f"Het bestand is uitgepakt samen te groot ({total // MB} MB, hoogstens "
            f"{MAX_TOTAL_BYTES // MB} MB). Er is niets uitgepakt of ingelezen."
        )


def _unsafe(name: str) -> bool:
    path = PurePosixPath(name.replace("\\", "/"))
    return (
        name.startswith(("/", "\\"))
        or "\\" in name
        or (len(name) > 1 and name[1] == ":")
        or ".." in path.parts
        or "\x00" in name
    )


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    with archive.open(info) as member:
        data = member.read(info.file_size + 1)
    if len(data) > info.file_size:
        raise ArchiveRefused(
            f"Het onderdeel {info.filename} is groter dan het bestand zegt. Er is niets ingelezen."
        )
    return data


def _parse(name: str, data: bytes) -> Any:
    def unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise ArchiveRefused(
                    f"In het onderdeel {name} staat {key!r} twee keer. Er is niets ingelezen."
                )
            result[key] = value
        return result

    def no_constant(word: str) -> None:
        raise ValueError(word)

    try:
        return json.loads(
            data.decode("utf-8"), object_pairs_hook=unique, parse_constant=no_constant
        )
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        if isinstance(error, ArchiveRefused):
            raise
        raise ArchiveRefused(
            f"Het onderdeel {name} is geen leesbare JSON. Er is niets ingelezen."
        ) from error


def _manifest(data: bytes | None) -> dict[str, Any]:
    if data is None:
        raise ArchiveRefused(
            "Het bestand heeft geen inhoudsopgave (manifest.json): het is geen Opgroei-bestand. "
            "Er is niets ingelezen."
        )
    manifest = _parse(MANIFEST, data)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise ArchiveRefused(
            "De inhoudsopgave van het bestand is niet die van een Opgroei-bestand. "
            "Er is niets ingelezen."
        )
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ArchiveRefused(
            f"De bestandsversie van dit bestand ({version!r}) is onbekend. Er is niets ingelezen."
        )
    if version > FORMAT_VERSION:
        raise ArchiveRefused(
            f"Dit bestand is gemaakt met een nieuwere versie van Opgroei Desktop "
            f"(bestandsversie {version}, deze versie leest tot en met {FORMAT_VERSION}). "
            "Installeer de nieuwere versie om het te openen. Er is niets ingelezen."
        )
    if not isinstance(manifest.get("members"), dict):
        raise ArchiveRefused(
            "De inhoudsopgave van het bestand noemt de onderdelen niet. Er is niets ingelezen."
        )
    return manifest


def _check_members(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
    listed = manifest["members"]
    for name in members:
        if name not in listed:
            raise ArchiveRefused(
                f"Het onderdeel {name} staat niet in de inhoudsopgave. Er is niets ingelezen."
            )
    for name, entry in listed.items():
        if name not in members:
            raise ArchiveRefused(
                f"Het onderdeel {name} ontbreekt in het bestand. Er is niets ingelezen."
            )
        expected = entry.get("sha256") if isinstance(entry, dict) else None
        if hashlib.sha256(members[name]).hexdigest() != expected:
            raise ArchiveRefused(
                f"Het onderdeel {name} klopt niet met de inhoudsopgave (de controlesom wijkt "
                "af): het bestand is beschadigd of achteraf veranderd. Er is niets ingelezen."
            )


def _archive(manifest: dict[str, Any], members: dict[str, bytes]) -> Archive:
    problem = ArchiveRefused(
        "De inhoudsopgave van het bestand is onvolledig of onjuist. Er is niets ingelezen."
    )
    try:
        created = datetime.fromisoformat(manifest["created"])
        trajectories = [
            TrajectoryInfo(str(item["id"]), str(item["name"])) for item in manifest["trajectories"]
        ]
        received = manifest.get("received") or {}
        archive_id, origin = str(manifest["archive_id"]), str(manifest["origin"])
    except (KeyError, TypeError, ValueError) as error:
        raise problem from error
    if created.tzinfo is None or not trajectories or not isinstance(received, dict):
        raise problem
    purpose = manifest.get("purpose", PURPOSE_FULL)
    if purpose not in (PURPOSE_FULL, PURPOSE_HANDOVER):
        raise problem
    tables = {}
    for name, data in members.items():
        table = name[len(TABLES_FOLDER) : -5]
        content = _parse(name, data)
        if (
            not isinstance(content, dict)
            or content.get("table") != table
            or not isinstance(content.get("rows"), dict)
        ):
            raise ArchiveRefused(
                f"Het onderdeel {name} heeft niet de vorm van een tabel. Er is niets ingelezen."
            )
        tables[table] = content["rows"]
    return Archive(
        archive_id=archive_id,
        origin=origin,
        created=created,
        app_version=str(manifest.get("app_version", "")),
        purpose=purpose,
        trajectories=trajectories,
        tables=tables,
        received={str(k): str(v) for k, v in received.items()},
    )
