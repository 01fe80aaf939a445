"""Finds the metadata files that sit beside articles in a folder and applies them.

Inputs: a folder's file list, or one article path. "story.meta.json" or "story.json" (a JSON
object without "text") describes "story.txt"/"story.html"; a lone "meta.json" describes the
only article in its folder. Their fields are the JSONL record's: id, title, url, outlet,
language, published, author. Explicit command-line values still win over them.
"""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from ..errors import InputError, MalformedInput
from ..records import Article
from .base import Overrides, article_id, clean_str, strict_date
from .langid import normalize_language

FOLDER_META = "meta.json"
_ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".md")
_FIELDS = ("id", "title", "url", "outlet", "language", "published", "author")
# Files that document a folder rather than report news; a folder walk passes over them.
_DOC_STEMS = ("readme", "license", "licence", "copying", "changelog", "notice", "authors")
_MAX_SIDECAR = 1_000_000


def is_folder_doc(path: Path) -> bool:
    return path.name.split(".")[0].lower() in _DOC_STEMS


def _load(path: Path) -> dict | None:
    """The JSON object in ``path`` if it is a metadata object (no "text"), else None."""
    try:
        if path.stat().st_size > _MAX_SIDECAR:
            return None
        doc = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, ValueError):
        return None
    if not isinstance(doc, dict) or "text" in doc:
        return None
    if not any(k in doc for k in _FIELDS):
        return None
    return doc


_BROKEN = "__broken__"


def _load_named(path: Path) -> dict:
    """A "name.meta.json" file's metadata: it can be nothing else, so when it cannot be read
    the reason is kept (under _BROKEN) for ``apply`` to report, and it is never an article."""
    try:
        if path.stat().st_size > _MAX_SIDECAR:
            return {_BROKEN: f"larger than {_MAX_SIDECAR // 1_000_000} MB"}
        doc = json.loads(path.read_bytes().decode("utf-8-sig"))
    except OSError as exc:
        return {_BROKEN: f"cannot read: {exc.strerror or exc}"}
    except UnicodeDecodeError:
        return {_BROKEN: "not UTF-8"}
    except (ValueError, RecursionError) as exc:
        return {_BROKEN: f"not valid JSON ({str(exc).split(':')[0]})"}
    if not isinstance(doc, dict):
        return {_BROKEN: f"must hold one JSON object (got {type(doc).__name__})"}
    return doc


def own_sidecars(path: Path) -> list[Path]:
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    return [path.with_name(stem + ".meta.json"), path.with_name(stem + ".json")]


def pair(files: list[Path]) -> tuple[list[Path], dict[Path, tuple[Path, dict]]]:
    """Splits one folder's files into articles to read and {article: (sidecar, metadata)}.

    A metadata file that describes an article is consumed: it is not read as an input itself.
    """
    names = set(files)
    articles = [f for f in files if f.suffix.lower() in _ARTICLE_SUFFIXES]
    found: dict[Path, tuple[Path, dict]] = {}
    for art in articles:
        for side in own_sidecars(art):
            if side in names and side != art:
                meta = _load_named(side) if side.name.endswith(".meta.json") else _load(side)
                if meta is not None:
                    found[art] = (side, meta)
                    break
    consumed = {side for side, _ in found.values()}
    folder_meta = [f for f in files if f.name == FOLDER_META and f not in consumed]
    if folder_meta:
        rest = [f for f in files if f not in consumed and f.name != FOLDER_META]
        if len(rest) == 1 and rest[0] in articles and rest[0] not in found:
            meta = _load(folder_meta[0])
            if meta is not None:
                found[rest[0]] = (folder_meta[0], meta)
                consumed.add(folder_meta[0])
    return [f for f in files if f not in consumed], found


def _checked(meta: dict, label: str) -> dict:
    """The metadata fields, validated like a JSONL record's; raises MalformedInput."""
    out: dict = {}
    for key in _FIELDS:
        value = meta.get(key)
        if value is None:
            continue
        if key == "published":
            out[key] = strict_date(value, input=label)
        elif not isinstance(value, str):
            raise MalformedInput(f"'{key}' must be a string or null (got "
                                 f"{type(value).__name__})", input=label)
        elif key == "language":
            code = normalize_language(value)
            if code is None:
                raise MalformedInput(f"'language' must be an ISO 639-1 code such as 'en' "
                                     f"(got {value!r})", input=label)
            out[key] = code
        else:
            out[key] = clean_str(value)
    return out


def apply(item: Article | InputError, side: Path, meta: dict,
          ov: Overrides) -> Article | InputError:
    """The article with its sidecar's metadata; explicit overrides keep the last word."""
    if isinstance(item, InputError):
        return item
    if _BROKEN in meta:
        return MalformedInput(f"metadata file: {meta[_BROKEN]}; its article "
                              f"{item.source or item.id} was not read", input=str(side))
    try:
        fields = _checked(meta, str(side))
    except InputError as exc:
        return exc
    changes = {k: v for k, v in fields.items() if v is not None}
    if "id" in changes or "url" in changes:
        changes["id"] = article_id(item.text, changes.get("url", item.url), changes.get("id"))
    for key in ("outlet", "language", "published"):
        if getattr(ov, key) is not None:
            changes.pop(key, None)
    return dataclasses.replace(item, **changes) if changes else item


__all__ = ["FOLDER_META", "apply", "is_folder_doc", "own_sidecars", "pair"]
