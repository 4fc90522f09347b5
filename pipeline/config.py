"""sources.yml: the outlets to crawl, validated before anything touches the corpus.

A bad file stops the run with one message naming the file, line, entry and field
(`ConfigError`, exit status 2 in the CLI), so a typo never costs collected data.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import yaml

from pipeline import USER_AGENT
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

DEFAULT_KEYWORDS = ["thi đua", "nội chính", "giao ước", "sơ kết", "tổng kết", "hội thao", "khối thi đua"]

SourceKind = Literal[
    "newspaper",
    "national_newspaper",
    "procuracy_portal",
    "court_portal",
    "police_portal",
    "provincial_portal",
    "department_portal",
    "other",
]


class ConfigError(Exception):
    """A sources file that cannot be used; `str()` is the one-line message for the user."""

    def __init__(self, path: str | Path, line: int | None, entry: str | None, field: str | None, message: str):
        self.path, self.line, self.entry, self.field, self.message = str(path), line, entry, field, message
        where = f"{self.path}:{line}" if line else self.path
        parts = [where]
        if entry:
            parts.append(f"source {entry!r}")
        if field:
            parts.append(f"field {field!r}")
        super().__init__(": ".join(parts) + f": {message}")


def _check_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https"):
        raise ValueError(f"URL must be http or https, got {value!r}")
    if not parts.netloc:
        raise ValueError(f"URL has no host: {value!r}")
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Listing(_Strict):
    """A section page whose links lead to articles; `pattern` is a regex the article URLs match."""

    url: str
    pattern: str | None = None
    max_pages: int = Field(default=3, ge=1, le=1000)
    page_url: str | None = None  # pagination template with {n}, e.g. https://x.vn/thoi-su/trang-{n}.html

    _u = field_validator("url")(classmethod(lambda cls, v: _check_url(v)))

    @field_validator("pattern")
    @classmethod
    def _regex(cls, v):
        if v is not None:
            try:
                re.compile(v)
            except re.error as exc:
                raise ValueError(f"not a valid regular expression: {exc}") from None
        return v

    @field_validator("page_url")
    @classmethod
    def _template(cls, v):
        if v is not None:
            if "{n}" not in v:
                raise ValueError("page_url must contain {n}")
            _check_url(v.replace("{n}", "2"))
        return v


class Defaults(_Strict):
    delay: float = Field(default=1.0, ge=0)
    max_pages: int = Field(default=500, ge=1)
    keywords: list[str] = Field(default_factory=lambda: list(DEFAULT_KEYWORDS))
    timeout: float = Field(default=20.0, gt=0)
    retries: int = Field(default=3, ge=0, le=10)
    max_body_bytes: int = Field(default=5_000_000, ge=1024)
    max_redirects: int = Field(default=5, ge=0, le=20)
    concurrency: int = Field(default=8, ge=1, le=64)
    user_agent: str = USER_AGENT  # say who crawls and how to reach them


class Source(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    name: str
    home: str
    province: str  # a province name as in SCHEMA.md, or "national"
    kind: SourceKind
    feeds: list[str] = Field(default_factory=list)
    sitemaps: list[str] = Field(default_factory=list)
    listings: list[Listing] = Field(default_factory=list)
    keywords: list[str] | None = None
    delay: float | None = Field(default=None, ge=0)
    max_pages: int | None = Field(default=None, ge=1)
    discover: bool = True  # look for feeds and sitemaps from the home page and robots.txt

    _h = field_validator("home")(classmethod(lambda cls, v: _check_url(v)))

    @field_validator("feeds", "sitemaps")
    @classmethod
    def _urls(cls, v):
        return [_check_url(u) for u in v]

    @property
    def host(self) -> str:
        return urlsplit(self.home).hostname or ""


class SourcesFile(_Strict):
    defaults: Defaults = Field(default_factory=Defaults)
    # host -> "ip:port": connect there instead of resolving the host (like curl --connect-to);
    # how the offline demo and the tests reach sample sites on loopback under real host names.
    connect_to: dict[str, str] = Field(default_factory=dict)
    sources: list[Source]

    @model_validator(mode="after")
    def _unique(self):
        seen: set[str] = set()
        for i, s in enumerate(self.sources):
            if s.id in seen:
                raise ValueError(f"__dup__:{i}:duplicate id {s.id!r}")
            seen.add(s.id)
        return self


@dataclass(frozen=True)
class SourcesConfig:
    """The validated file plus where it came from."""

    path: Path
    defaults: Defaults
    connect_to: dict[str, str]
    sources: list[Source]

    def by_id(self, source_id: str) -> Source:
        for s in self.sources:
            if s.id == source_id:
                return s
        raise KeyError(source_id)

    def by_host(self, host: str) -> Source | None:
        host = host.lower().removeprefix("www.")
        for s in self.sources:
            if s.host.lower().removeprefix("www.") == host:
                return s
        return None

    def setting(self, source: Source, name: str):
        """A per-source override, else the file's default."""
        value = getattr(source, name, None)
        return getattr(self.defaults, name) if value is None else value


def _node_at(node: yaml.Node | None, loc: tuple) -> yaml.Node | None:
    """Walk a composed YAML tree along a pydantic error location."""
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            nxt = None
            for k, v in node.value:
                if k.value == key:
                    nxt = v if not isinstance(key, str) or True else k
                    break
            if nxt is None:
                return node
            node = nxt
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            return node
    return node


def _key_line(node: yaml.Node | None, field: str) -> int | None:
    if isinstance(node, yaml.MappingNode):
        for k, _ in node.value:
            if k.value == field:
                return k.start_mark.line + 1
    return node.start_mark.line + 1 if node is not None else None


def load_sources(path: str | Path) -> SourcesConfig:
    """Read and validate a sources file; raise ConfigError naming file, line, entry and field."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(path, None, None, None, f"cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(path, None, None, None, "not UTF-8 text") from None
    try:
        root = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError(path, mark.line + 1 if mark else None, None, None,
                          f"not valid YAML: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict):
        raise ConfigError(path, 1, None, None, "expected a mapping with a 'sources' list")
    try:
        parsed = SourcesFile.model_validate(data)
    except ValidationError as exc:
        raise _to_config_error(path, root, data, exc) from None
    return SourcesConfig(path=path, defaults=parsed.defaults, connect_to=dict(parsed.connect_to),
                         sources=list(parsed.sources))


def _to_config_error(path: Path, root, data: dict, exc: ValidationError) -> ConfigError:
    err = exc.errors()[0]
    loc = tuple(err["loc"])
    msg = err["msg"].removeprefix("Value error, ")
    if msg.startswith("__dup__:"):
        _, idx, text = msg.split(":", 2)
        idx = int(idx)
        src = data["sources"][idx]
        node = _node_at(root, ("sources", idx))
        return ConfigError(path, _key_line(node, "id"), str(src.get("id")), "id", text)
    entry = None
    if len(loc) >= 2 and loc[0] == "sources" and isinstance(loc[1], int):
        src = (data.get("sources") or [None] * (loc[1] + 1))[loc[1]]
        entry = str(src.get("id")) if isinstance(src, dict) and src.get("id") else f"#{loc[1] + 1}"
    field_path = [str(p) for p in loc[2:] if not isinstance(p, int)] if entry else [str(p) for p in loc if not isinstance(p, int)]
    field = ".".join(field_path) or None
    if err["type"] == "extra_forbidden":
        msg = "unknown key"
    elif err["type"] == "missing":
        msg = "required key is missing"
    parent = _node_at(root, loc[:-1]) if loc else root
    line = _key_line(parent, str(loc[-1])) if loc else 1
    return ConfigError(path, line, entry, field, msg)
