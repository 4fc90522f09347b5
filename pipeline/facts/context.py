"""The state one article's rules share: normalised text, sentences, page metadata, evidence."""
from __future__ import annotations

import bisect
import re
import unicodedata
import datetime as dt
from dataclasses import dataclass, field

from .gazetteer import Gazetteer
from .text import Prepared, sentences


@dataclass
class Evidence:
    field: str
    value: object
    start: int  # offsets into the normalised text; mapped to the original at the end
    end: int


@dataclass
class Ctx:
    prep: Prepared
    gz: Gazetteer
    published: dt.date | None = None
    province_hint: str | None = None
    host: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    sents: list[tuple[int, int]] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)

    def __post_init__(self):
        self.sents = sentences(self.prep.norm)
        self._starts = [s for s, _ in self.sents]

    @property
    def text(self) -> str:
        return self.prep.norm

    def sentence_at(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0:
            return (0, min(len(self.text), 1))
        return self.sents[i]

    def orig(self, start: int, end: int) -> str:
        """The text as written (NFC, single-spaced) behind a span of the normalised text."""
        s, e = self.prep.to_original(start, end)
        return re.sub(r"\s+", " ", unicodedata.normalize("NFC", self.prep.original[s:e])).strip()

    def add(self, field_name: str, value, start: int, end: int) -> None:
        if 0 <= start < end <= len(self.text):
            self.evidence.append(Evidence(field_name, value, start, end))
