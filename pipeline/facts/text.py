"""Text preparation: a tone-normalised copy whose every character maps back to the original.

Rules match on the normalised copy (NFC, "uỷ" -> "ủy", "hoà" -> "hòa") so one pattern covers
both spellings; evidence offsets must point into the text the user gave, hence the offset map.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from underthesea.pipeline.text_normalize import token_normalize

_SYLLABLE = re.compile(r"\w+")
# Upper-case Latin letters with Vietnamese diacritics, as a regex class body ("À-Ỹ" would also take
# the lower-case letters that sit between them in Unicode)
UPPER = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x1EFA) if chr(c).isupper() and chr(c).isalpha())
LOWER = "a-z" + "".join(chr(c) for c in range(0xC0, 0x1EFA) if chr(c).islower() and chr(c).isalpha())
_CLEAN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff\u200b\u00ad]")


@lru_cache(maxsize=50_000)
def _norm_syllable(word: str) -> str:
    out = token_normalize(word)
    return out if len(out) == len(word) else word


@dataclass(frozen=True)
class Prepared:
    """`norm` is what rules read; `orig_start[i]`/`orig_end[i]` give the original span of norm char i."""

    original: str
    norm: str
    orig_start: list[int] | None  # None when norm and original align one to one

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if self.orig_start is None:
            return start, end
        if start >= len(self.norm):
            return len(self.original), len(self.original)
        s = self.orig_start[start]
        e = self.orig_start[end] if end < len(self.norm) else len(self.original)
        return s, e


_HTML_HINT = re.compile(r"<(?:!doctype|html|head|body|div|p|span|script|a|br|table)\b", re.I)
_HTML_NOISE = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>|<!--.*?-->|<[^<>]{0,2000}>", re.I | re.S)


def blank_markup(text: str) -> str:
    """HTML given as text: tags, scripts and comments become spaces of the same length (offsets hold)."""
    if not _HTML_HINT.search(text[:20000]):
        return text
    return _HTML_NOISE.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)


def prepare(text: str) -> Prepared:
    """NFC + syllable tone normalisation + control characters to spaces, keeping an offset map."""
    mapping: list[int] | None = None
    if not unicodedata.is_normalized("NFC", text):
        pieces: list[str] = []
        mapping = []
        i = 0
        n = len(text)
        while i < n:
            j = i + 1
            while j < n and unicodedata.combining(text[j]):
                j += 1
            piece = unicodedata.normalize("NFC", text[i:j])
            pieces.append(piece)
            mapping.extend([i] * len(piece))
            i = j
        base = "".join(pieces)
    else:
        base = text
    base = blank_markup(_CLEAN.sub(" ", base))
    out = []
    last = 0
    for m in _SYLLABLE.finditer(base):
        w = m.group()
        if len(w) <= 6 and not w.isascii():
            nw = _norm_syllable(w)
            if nw != w:
                out.append(base[last:m.start()])
                out.append(nw)
                last = m.end()
    if out:
        out.append(base[last:])
        base = "".join(out)
    return Prepared(text, base, mapping)


# "TP. Hồ Chí Minh", "Th.S. Nguyễn": an abbreviation's dot before a capital ends no sentence
_SENT_END = re.compile(r"\n+|(?<=[.!?…])(?<!TP\.)(?<!Tp\.)(?<!TS\.)(?<!ThS\.)(?<!PGS\.)\s+(?=[\"“(]?[" + UPPER + r"0-9])|(?<=[.!?]”)\s+")


MAX_SENTENCE = 2000


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: paragraph breaks and . ! ? before a capital."""
    spans = []
    start = 0
    for m in _SENT_END.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e - MAX_SENTENCE:  # a page without punctuation: bounded chunks keep every rule linear
            cut = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
            cut = cut if cut > s else s + MAX_SENTENCE
            out.append((s, cut))
            s = cut + 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def strip_diacritics(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
