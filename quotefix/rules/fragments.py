"""QF4xx stub (being written)."""
from __future__ import annotations
def resolve_languages(languages):
    return tuple(languages)
def findings(ctx, source, languages, allowlist, translator):
    return iter(())
