"""Where an export goes: standard output, or a file that appears whole or not at all."""

from __future__ import annotations

import io
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from provenance.errors import InvalidInput

BOM = "\ufeff"


@contextmanager
def output(path: Path | str | None, *, bom: bool = False) -> Iterator[TextIO]:
    """A UTF-8 text stream with untranslated newlines, to ``path`` or to standard output.

    A file is written to a temporary name beside it and renamed into place only when the
    block succeeds, so a failed export never leaves half a file (or clobbers an old one).
    An unwritable ``path`` raises InvalidInput before anything is written.
    """
    if path is None or str(path) == "-":
        with _stdout() as stream:
            if bom:
                stream.write(BOM)
            yield stream
        return
    target = Path(path)
    if target.is_dir():
        raise InvalidInput(f"cannot write {target}: it is a directory")
    try:
        fd, temp_name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".partial"
        )
    except OSError as exc:
        raise InvalidInput(f"cannot write {target}: {exc.strerror or exc}") from exc
    temp = Path(temp_name)
    try:
        with open(fd, "w", encoding="utf-8", newline="") as stream:
            if bom:
                stream.write(BOM)
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp creates the file private (0600); give it the mode any new file would get.
        os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


@contextmanager
def _stdout() -> Iterator[TextIO]:
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # already a bare text stream (some test harnesses)
        yield sys.stdout
        sys.stdout.flush()
        return
    sys.stdout.flush()
    stream = io.TextIOWrapper(buffer, encoding="utf-8", newline="", write_through=False)
    try:
        yield stream
        stream.flush()
    finally:
        stream.detach()  # leave sys.stdout's buffer open for whoever owns it


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
