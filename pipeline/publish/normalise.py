"""Folding and identity keys: how differently written names become one row.

Vietnamese news writes one bloc, person or movement many ways (case, diacritics, "thi đua",
"tỉnh X", abbreviations). The database keys rows on these normalised forms so that several
articles about one thing make one row; the written forms are kept as variants.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

NAMES_FILE = Path(__file__).with_name("names.yml")


def fold(text: str | None) -> str:
    """Lower case without diacritics, đ -> d: what a researcher types on any keyboard.

    Decomposing (NFD) and keeping the ASCII part is the fastest way in CPython, and the loader
    folds every article's text; symbols outside ASCII (quotes, dashes) go with the marks.
    """
    if not text:
        return ""
    if text.isascii():
        return text.lower()
    text = text.replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFD", text).encode("ascii", "ignore").decode("ascii").lower()


def strip_marks(text: str | None) -> str:
    """`fold` without the lower-casing: for search terms, where OR/AND/NOT keep their meaning."""
    if not text or text.isascii():
        return text or ""
    text = text.replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFD", text).encode("ascii", "ignore").decode("ascii")


_NON_WORD = re.compile(r"[^0-9a-z]+")


def slug(text: str | None, max_len: int = 80) -> str:
    """A readable, URL-safe form of `text` (folded, words joined by '-')."""
    s = _NON_WORD.sub("-", fold(text)).strip("-")
    if len(s) > max_len:
        import hashlib

        s = s[: max_len - 9].rstrip("-") + "-" + hashlib.sha1(s.encode()).hexdigest()[:8]
    return s


def words(text: str | None) -> str:
    """Folded text reduced to words separated by single spaces (punctuation gone)."""
    return " ".join(_NON_WORD.split(fold(text))).strip()


@dataclass(frozen=True, eq=False)  # hashed by identity: load_rules() caches one instance
class NameRules:
    """The word lists of names.yml, folded and ready to match."""

    bloc_abbreviations: dict[str, str]
    bloc_stop_words: tuple[str, ...]
    bloc_default_key: str
    honorifics: tuple[str, ...]
    ranks: tuple[str, ...]


@lru_cache(maxsize=4)
def load_rules(path: Path = NAMES_FILE) -> NameRules:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    by_length = lambda items: tuple(sorted({words(w) for w in items}, key=len, reverse=True))  # noqa: E731
    return NameRules(
        bloc_abbreviations={words(k): words(v) for k, v in (data.get("bloc_abbreviations") or {}).items()},
        bloc_stop_words=by_length(data.get("bloc_stop_words") or []),
        bloc_default_key=words(data.get("bloc_default_key") or "noi chinh"),
        honorifics=by_length(data.get("honorifics") or []),
        ranks=by_length(data.get("ranks") or []),
    )


def _drop_phrases(text: str, phrases) -> str:
    padded = f" {text} "
    for p in phrases:
        if p:
            padded = padded.replace(f" {p} ", " ")
            while f" {p} " in padded:  # overlapping repeats
                padded = padded.replace(f" {p} ", " ")
    return " ".join(padded.split())


@lru_cache(maxsize=256)
def _province_phrases(province_names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted({words(p) for p in province_names if p}, key=len, reverse=True))


_NUMBERED = re.compile(r"\bso (\d+)\b")
_YEAR = re.compile(r"\b(19|20)\d\d\b")


def bloc_key(name: str | None, province_names: tuple[str, ...] = (), rules: NameRules | None = None) -> str:
    """The identity of a bloc within its province, e.g. 'noi-chinh', 'noi-chinh-luc-luong-vu-trang', 'so-6'.

    Numbered blocs ("Khối thi đua số 6") are identified by their number alone: the number is
    what the province's emulation board uses to tell its blocs apart.
    """
    rules = rules or load_rules()
    text = words(name)
    m = _NUMBERED.search(text)
    if m:
        return f"so-{int(m.group(1))}"
    text = " ".join(rules.bloc_abbreviations.get(w, w) for w in text.split())
    text = _YEAR.sub(" ", text)
    text = _drop_phrases(text, _province_phrases(tuple(province_names)))
    text = _drop_phrases(text, rules.bloc_stop_words)
    return slug(text or rules.bloc_default_key)


def person_name(name: str | None, rules: NameRules | None = None) -> str:
    """A person's name without honorifics or rank in front, spaces collapsed, as written otherwise."""
    return _person_name(name or "", rules or load_rules())


@lru_cache(maxsize=65536)
def _person_name(name: str, rules: NameRules) -> str:
    parts = name.split()
    changed = True
    while changed and parts:
        changed = False
        for phrase in rules.honorifics + rules.ranks:
            n = len(phrase.split())
            if len(parts) > n and words(" ".join(parts[:n])) == phrase:
                parts = parts[n:]
                changed = True
                break
    return " ".join(parts)


@lru_cache(maxsize=65536)
def person_key(name: str | None, province: str | None, rules: NameRules | None = None) -> str:
    """One person across articles: the folded name within a province."""
    return f"{slug(province) or 'unknown'}--{slug(person_name(name, rules))}"


@lru_cache(maxsize=65536)
def theme_key(theme: str | None) -> str:
    """One movement across articles: its words, folded, without quotes or punctuation."""
    return slug(theme, max_len=120)
