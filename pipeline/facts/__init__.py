"""Stage 2 of `extract`: Vietnamese article text -> the facts of SCHEMA.md, with evidence.

`Annotator` is the one entry point others code against; it builds the spaCy pipeline once.

Layout: `text` (tone-normalised copy with an offset map back to the original), `gazetteer` (the YAML
data in pipeline/data compiled to patterns), `context` (one article's shared state), field rules in
`events` (bloc name, event type, period, date, province), `units` (members, count, leader/deputy),
`people` (officials), `quotes` (themes, awards); `core` runs them as steps, `nlp` wraps each step as a
spaCy component, `annotate`/`show` are the commands. The tokenizer is underthesea's word segmentation,
on by default for the title, the lead and then sentences with cues, up to a per-article budget of
characters (segmentation is the costliest step per character; the budget keeps bloc articles above 50/s
on one core); the rules read characters, so tokens never change a fact. Bump
EXTRACTOR_VERSION whenever rules or data change, so `extract` re-reads the corpus.
"""
from __future__ import annotations

EXTRACTOR_VERSION = "facts-1.14"

__all__ = ["Annotator", "EXTRACTOR_VERSION"]


def __getattr__(name):
    if name == "Annotator":
        from .annotator import Annotator

        return Annotator
    raise AttributeError(name)
