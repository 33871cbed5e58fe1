"""Reading articles from files, folders and stdin: decoding policy and HTML reduction.

Text is decoded the way Python's text mode reads a UTF-8 file (universal newlines, a BOM
kept as a character), so that the character offsets of claims index into exactly the text a
script gets from ``open(path, encoding="utf-8").read()``.

Decoding policy: UTF-8; else UTF-16 when the bytes start with a UTF-16 byte-order mark; else
Windows-1252, the usual legacy encoding of English news pages, but only if every byte is
defined in it. Anything holding NUL bytes is binary, not text. Failures name the file.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from provenance.errors import InvalidInput

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
STDIN = "-"
_SNIFF = 8192
# News articles are kilobytes; a file of megabytes is a dump or a mistake, and extraction time
# grows with it. Refused by name rather than stalling a batch.
MAX_ARTICLE_BYTES = 5_000_000
_FALLBACK = "cp1252"


@dataclass(frozen=True)
class Document:
    """An article as read: its text (exactly as stored) and what the page said about it."""

    origin: str
    text: str
    encoding: str = "utf-8"
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    author: str | None = None
    url: str | None = None
    html: bool = False
    notes: tuple[str, ...] = field(default=())

    @property
    def sha256(self) -> str:
        return text_sha256(self.text)


@dataclass(frozen=True)
class ReadFailure:
    """A file that could not be read, and why, in words fit for a user."""

    origin: str
    reason: str


def text_sha256(text: str) -> str:
    """The identity of an article: the sha256 of its text as UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def expand(paths: Sequence[str]) -> Iterator[str | ReadFailure]:
    """The files named by ``paths``: files as given, folders searched recursively for
    .txt/.md/.html/.htm (sorted, hidden entries skipped), ``-`` for standard input."""
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.suffix.lower() in SUFFIXES
                and (p.is_file() or p.is_symlink())  # a dangling link is reported, not hidden
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                yield ReadFailure(raw, f"no {'/'.join(SUFFIXES)} files in this folder")
            yield from (str(p) for p in found)
        elif path.exists():
            yield raw
        else:
            yield ReadFailure(raw, "no such file or folder")


def read_document(origin: str, stdin: BinaryIO | None = None) -> Document:
    """Read one file (or ``-``: ``stdin``, default the process's standard input).

    Raises InvalidInput naming the file when it cannot be read or is not text.
    """
    try:
        if origin == STDIN:
            data = (stdin or sys.stdin.buffer).read(MAX_ARTICLE_BYTES + 1)
        else:
            with open(origin, "rb") as handle:
                data = handle.read(MAX_ARTICLE_BYTES + 1)
    except OSError as exc:
        raise InvalidInput(f"{origin}: cannot read: {exc.strerror or exc}") from exc
    if len(data) > MAX_ARTICLE_BYTES:
        raise InvalidInput(
            f"{origin}: too large for an article (over {MAX_ARTICLE_BYTES // 1_000_000} MB)"
        )
    is_html = Path(origin).suffix.lower() in HTML_SUFFIXES or (
        origin == STDIN and looks_like_html(data)
    )
    text, encoding = decode(data, origin)
    if is_html:
        return html_document(origin, text, encoding)
    notes = () if encoding == "utf-8" else (f"not UTF-8: decoded as {encoding}",)
    return Document(origin=origin, text=text, encoding=encoding, notes=notes)


def decode(data: bytes, origin: str = "input") -> tuple[str, str]:
    """Bytes -> (text with universal newlines, encoding used), by the module's policy."""
    if b"\x00" in data[:_SNIFF] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InvalidInput(f"{origin}: not text (binary data)")
    for encoding in _candidates(data):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text.replace("\r\n", "\n").replace("\r", "\n"), encoding
    raise InvalidInput(f"{origin}: not UTF-8, and not decodable as {_FALLBACK} either")


def _candidates(data: bytes) -> tuple[str, ...]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return ("utf-16",)
    return ("utf-8", _FALLBACK)


def looks_like_html(data: bytes) -> bool:
    head = data[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in data[:4096]


def html_document(origin: str, html: str, encoding: str = "utf-8") -> Document:
    """An HTML page reduced to its article text (paragraphs separated by blank lines) and
    metadata, by trafilatura. Raises InvalidInput when no article text is found."""
    import trafilatura  # costs ~0.2 s of start-up; only HTML needs it

    found = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    raw = getattr(found, "text", None) if found is not None else None
    if not raw or not raw.strip():
        raise InvalidInput(f"{origin}: no article text found in this HTML page")
    text = "\n\n".join(line.strip() for line in raw.split("\n") if line.strip()) + "\n"
    notes = () if encoding == "utf-8" else (f"not UTF-8: decoded as {encoding}",)
    return Document(
        origin=origin,
        text=text,
        encoding=encoding,
        title=getattr(found, "title", None) or None,
        publisher=getattr(found, "sitename", None) or None,
        published=getattr(found, "date", None) or None,
        author=getattr(found, "author", None) or None,
        url=getattr(found, "url", None) or None,
        html=True,
        notes=notes,
    )
