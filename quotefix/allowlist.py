"""Phrases never to report as untranslated text (QF4xx): a value read once.

An :class:`Allowlist` is made once per run (from a list, or from a file of
one phrase a line) and then only compared by its digest, so a large house
list costs nothing per article and travels cheaply to worker processes.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .errors import FileError, OptionTypeError
from .hashing import blake2b


def normalise_phrase(phrase: str) -> str:
    """One spelling per phrase: single spaces, typographic apostrophes."""
    return " ".join(phrase.replace("'", "’").split())


def parse_allowlist(text: str) -> list[str]:
    """Phrases of an allowlist file's text: one a line, ``#`` starts a comment line."""
    out = []
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append(normalise_phrase(line))
    return out


def load_allowlist(path: str | Path) -> list[str]:
    """Read an allowlist file; a file that cannot be read raises :class:`FileError`."""
    try:
        return parse_allowlist(Path(path).read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise FileError(f"allowlist file {path}: not valid UTF-8") from None
    except OSError as error:
        raise FileError(f"allowlist file {path}: {error.strerror or error}") from None


class Allowlist:
    """An immutable set of phrases (in order), compared and hashed by a digest.

    >>> Allowlist(["coup d'état", "Le  Monde"]).phrases
    ('coup d’état', 'Le Monde')
    >>> Allowlist(["a"]) == Allowlist(["a"]), bool(Allowlist())
    (True, False)
    """

    __slots__ = ("digest", "phrases")

    phrases: tuple[str, ...]
    digest: str

    def __init__(self, phrases: Iterable[str] = ()) -> None:
        normalised: list[str] = []
        for phrase in phrases:
            if not isinstance(phrase, str):
                raise OptionTypeError(
                    f"allowlist entries must be strings, not {type(phrase).__name__}"
                )
            normalised.append(normalise_phrase(phrase))
        object.__setattr__(self, "phrases", tuple(dict.fromkeys(p for p in normalised if p)))
        digest = blake2b(digest_size=16)
        for phrase in self.phrases:
            digest.update(phrase.encode("utf-8") + b"\n")
        object.__setattr__(self, "digest", digest.hexdigest())

    @classmethod
    def of(cls, value: object) -> Allowlist:
        """Resolve an ``allowlist`` option: phrases, a file path, or an :class:`Allowlist`."""
        if isinstance(value, Allowlist):
            return value
        if value is None:
            return EMPTY
        if isinstance(value, (str, Path)):
            return cls(load_allowlist(value))
        if isinstance(value, (list, tuple, set, frozenset)):
            return cls(value)
        raise OptionTypeError(
            "allowlist must be a list of phrases or the path of a file with one a line,"
            f" not {type(value).__name__}"
        )

    def __add__(self, other: Allowlist) -> Allowlist:
        return Allowlist(self.phrases + other.phrases)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Allowlist is immutable")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Allowlist) and other.digest == self.digest

    def __hash__(self) -> int:
        return hash(self.digest)

    def __len__(self) -> int:
        return len(self.phrases)

    def __bool__(self) -> bool:
        return bool(self.phrases)

    def __reduce__(self) -> tuple[object, tuple[tuple[str, ...], str]]:
        # Phrases are normalised already: a worker process only unpacks them.
        return (_restore, (self.phrases, self.digest))

    def __repr__(self) -> str:
        shown = ", ".join(repr(p) for p in self.phrases[:3])
        more = f", … {len(self.phrases) - 3} more" if len(self.phrases) > 3 else ""
        return f"Allowlist([{shown}{more}])"


def _restore(phrases: tuple[str, ...], digest: str) -> Allowlist:
    value = Allowlist.__new__(Allowlist)
    object.__setattr__(value, "phrases", phrases)
    object.__setattr__(value, "digest", digest)
    return value


EMPTY = Allowlist()

__all__ = ["EMPTY", "Allowlist", "load_allowlist", "normalise_phrase", "parse_allowlist"]
