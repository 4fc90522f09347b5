"""Stage 2 of `extract`: Vietnamese article text -> the facts of SCHEMA.md, with evidence.

`Annotator` is the one entry point others code against; it builds the spaCy pipeline once.
"""
from __future__ import annotations

EXTRACTOR_VERSION = "facts-0.1"

__all__ = ["Annotator", "EXTRACTOR_VERSION"]


def __getattr__(name):
    if name == "Annotator":
        from .annotator import Annotator

        return Annotator
    raise AttributeError(name)
