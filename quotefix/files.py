"""Reading articles and writing repairs back safely.

Files are UTF-8, with or without a byte-order mark; the mark and the line
endings are kept exactly. A repaired file is written to a temporary file in
the same folder and renamed over the original, so it is always either fully
old or fully new, and it keeps its permissions.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from dataclasses import dataclass

from .errors import FileError

BOM = "\ufeff"


@dataclass(frozen=True, slots=True)
class Source:
    text: str  # decoded, without the byte-order mark
    bom: bool

    def encode(self, text: str) -> bytes:
        return ((BOM if self.bom else "") + text).encode("utf-8")


def decode(data: bytes) -> Source:
    """Decode a file's bytes; raise :class:`FileError` for binary or non-UTF-8 data."""
    if b"\x00" in data:
        raise FileError("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise FileError(f"not valid UTF-8 (byte {error.start})") from None
    return Source(text[1:], True) if text.startswith(BOM) else Source(text, False)


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def read(path: str) -> Source:
    """Read ``path`` (``-`` for standard input)."""
    try:
        if path == "-":
            return decode(sys.stdin.buffer.read())
        if os.path.isdir(path):
            raise FileError("is a directory")
        with open(path, "rb") as handle:
            return decode(handle.read())
    except OSError as error:
        raise FileError(_reason(error)) from None


def write_atomic(path: str, data: bytes) -> None:
    """Replace the file at ``path`` by ``data`` atomically, keeping its permissions."""
    target = os.path.realpath(path)
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError as error:
        raise FileError(_reason(error)) from None
    if not mode & stat.S_IWUSR or not os.access(target, os.W_OK):
        raise FileError("file is read-only; not changed")
    folder, name = os.path.split(target)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".quotefix", dir=folder)
    except OSError as error:
        raise FileError(f"cannot write beside the file: {_reason(error)}") from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise FileError(_reason(error)) from None
        raise
