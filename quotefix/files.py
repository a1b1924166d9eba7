"""Reading articles and writing repairs back safely.

Files are UTF-8 unless another encoding is named (``cp1252``,
``utf-16``, ``latin-1``…), with or without a byte-order mark; a repaired
file is written back in the encoding it was read in, with the same mark
(and, for UTF-16 and UTF-32, the same byte order) and the same line
endings, so every byte quotefix did not repair stays as it was. A
repaired file is written to a temporary file in the same folder and
renamed over the original, so it is always either fully
old or fully new, and it keeps its permissions; SIGINT and SIGTERM are held
while it is written, so no temporary file is left behind. Only regular files
are read, up to a size limit.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import signal
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from .errors import FileError

BOM = "\ufeff"


DEFAULT_ENCODING = "utf-8"


@dataclass(frozen=True, slots=True)
class Source:
    text: str  # decoded, without the byte-order mark
    bom: bool
    codec: str = DEFAULT_ENCODING  # the codec the bytes were read with (byte order included)

    def encode(self, text: str) -> bytes:
        """``text`` as the file's bytes: same encoding, same byte-order mark.

        A character the encoding cannot write (a narrow no-break space in
        cp1252) is a :class:`FileError`: nothing is written.
        """
        try:
            return ((BOM if self.bom else "") + text).encode(self.codec)
        except UnicodeEncodeError as error:
            char = error.object[error.start]
            raise FileError(
                f"the repairs need U+{ord(char):04X} ({_name(char)}), which {self.codec}"
                " cannot write; not changed"
            ) from None


def _name(char: str) -> str:
    import unicodedata

    return unicodedata.name(char, "unnamed character").lower()


def check_encoding(name: str) -> str:
    """The canonical name of an encoding quotefix can read and write, or a :class:`FileError`.

    >>> check_encoding("UTF8"), check_encoding("windows-1252"), check_encoding("latin1")
    ('utf-8', 'cp1252', 'iso8859-1')
    """
    try:
        info = codecs.lookup(name)
    except (LookupError, TypeError):
        raise FileError(f"unknown encoding {name!r}") from None
    if not getattr(info, "_is_text_encoding", True):
        raise FileError(f"{name!r} is not a text encoding")
    return "utf-8" if info.name == "utf-8-sig" else info.name


_BOMS = (  # longest first: the UTF-32 marks begin with the UTF-16 ones
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_NATIVE = "le" if sys.byteorder == "little" else "be"


def _codec(data: bytes, encoding: str) -> str:
    """The codec that reads ``data`` with its byte order fixed (``utf-16`` -> ``utf-16-le``)."""
    if encoding in ("utf-16", "utf-32"):
        for mark, codec in _BOMS:
            if codec.startswith(encoding) and data.startswith(mark):
                return codec
        return f"{encoding}-{_NATIVE}"  # no mark: the order Python's own codec assumes
    return encoding


def decode(data: bytes, encoding: str = DEFAULT_ENCODING) -> Source:
    """Decode a file's bytes; raise :class:`FileError` for binary or undecodable data."""
    name = check_encoding(encoding)
    codec = _codec(data, name)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        shown = "UTF-8" if name == "utf-8" else name
        hint = "" if name != "utf-8" else "; name its encoding with --encoding"
        raise FileError(f"not valid {shown} (byte {error.start}){hint}") from None
    if "\x00" in text:
        raise FileError("binary file (contains NUL characters)")
    if text.startswith(BOM):
        return Source(text[1:], True, codec)
    return Source(text, False, codec)


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


#: Files larger than this are not read unless the caller raises the limit.
DEFAULT_MAX_SIZE = 10_000_000


def too_large(limit: int, size: int | None = None) -> FileError:
    """The error for input over ``limit`` bytes (``size``: the file's, when known)."""
    actual = f" ({size / 1e6:.1f} MB)" if size is not None else ""
    return FileError(
        f"larger than the {limit / 1e6:g} MB limit{actual}; raise it with --max-file-size"
    )


def read_limited(handle: BinaryIO, limit: int | None) -> bytes:
    """Read ``handle`` to its end, but never more than ``limit`` bytes."""
    if limit is None:
        return handle.read()
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise too_large(limit)
    return data


def read(
    path: str,
    max_size: int | None = DEFAULT_MAX_SIZE,
    *,
    follow: bool = True,
    encoding: str = DEFAULT_ENCODING,
) -> Source:
    """Read the regular file at ``path`` (``-`` for standard input).

    Only regular files are read: a folder, a FIFO, a socket or a device
    (``/dev/zero``), or a link to one, is a :class:`FileError` at once, before
    anything is read, so nothing blocks and memory stays bounded. A file larger
    than ``max_size`` bytes (``None``: no limit) is an error too. With
    ``follow=False`` a symbolic link at ``path`` itself is refused.
    """
    try:
        if path == "-":
            return decode(read_limited(sys.stdin.buffer, max_size), encoding)
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        if not follow:
            flags |= getattr(os, "O_NOFOLLOW", 0)
        try:
            descriptor = os.open(path, flags)
        except OSError as error:
            if not follow and error.errno == errno.ELOOP:
                raise FileError("is a symbolic link; not followed") from None
            raise
        try:
            info = os.fstat(descriptor)
            if stat.S_ISDIR(info.st_mode):
                raise FileError("is a directory")
            if not stat.S_ISREG(info.st_mode):
                raise FileError(f"not a regular file ({_kind(info.st_mode)}); not read")
            if max_size is not None and info.st_size > max_size:
                raise too_large(max_size, info.st_size)
            handle = os.fdopen(descriptor, "rb")
        except BaseException:
            # A signal's exception (Ctrl-C, SIGTERM) may land inside ``fdopen`` after the
            # file object took the descriptor and closed it on the way out: a second
            # close must not turn the interruption into a "Bad file descriptor" error.
            with contextlib.suppress(OSError):
                os.close(descriptor)
            raise
        with handle:
            return decode(read_limited(handle, max_size), encoding)
    except OSError as error:
        raise FileError(_reason(error)) from None


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


@contextlib.contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold SIGINT and SIGTERM until the block ends, so a write is never left half done.

    A signal that arrives meanwhile is delivered when the block ends: after the
    temporary file is renamed or removed, never between.
    """
    held = {signal.SIGINT, signal.SIGTERM}
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - not on POSIX
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def write_atomic(path: str, data: bytes, *, follow: bool = True) -> None:
    """Replace the file at ``path`` by ``data`` atomically, keeping its permissions.

    With ``follow`` (a file named by the user) a symbolic link is followed and
    its target rewritten, the link staying a link; without it a link at
    ``path`` is refused, so a walk never writes outside its folders.
    """
    target = os.path.realpath(path) if follow else path
    try:
        info = os.stat(target, follow_symlinks=follow)
    except OSError as error:
        raise FileError(_reason(error)) from None
    if stat.S_ISLNK(info.st_mode):
        raise FileError("is a symbolic link; not changed")
    if not stat.S_ISREG(info.st_mode):
        raise FileError("not a regular file; not changed")
    mode = stat.S_IMODE(info.st_mode)
    if not mode & stat.S_IWUSR or not os.access(target, os.W_OK):
        raise FileError("file is read-only; not changed")
    folder, name = os.path.split(target)
    with _signals_deferred():
        try:
            import tempfile  # only when a file is written: it imports shutil, random, bz2, lzma

            handle, temporary = tempfile.mkstemp(
                prefix=f".{name}.", suffix=".quotefix", dir=folder or "."
            )
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
