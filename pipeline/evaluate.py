"""`noichinh eval`: score the fact extractor against hand-made gold facts.

Scalar fields are scored by accuracy; list fields by micro-averaged precision/recall/F1 over all files.
Strings are compared after Unicode/tone normalisation, case folding, whitespace collapsing and quote
stripping, so "Chính uỷ" and "Chính ủy" count as the same title but a wrong word does not.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import click

SCALARS = ["is_bloc_event", "event_type", "event_date", "period", "province", "bloc_name",
           "member_count_stated", "leader_unit", "deputy_unit"]
LISTS = ["members", "officials.name", "officials.title", "officials.org", "officials.rank", "themes", "awards"]
DEFAULT_GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "evaluation" / "dev"
_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCES = (_ROOT / "sources.yml", _ROOT / "pipeline" / "demo" / "sources.yml")


def norm(value) -> str:
    from pipeline.facts.text import prepare

    if value is None:
        return ""
    s = prepare(str(value)).norm
    s = re.sub(r"[“”\"«»']", "", s)
    s = re.sub(r"\s*[-–—]\s*", " - ", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


def items(facts: dict, name: str) -> set:
    offs = facts.get("officials") or []
    if name == "members":
        return {norm(m) for m in facts.get("members") or []}
    if name == "officials.name":
        return {norm(o.get("name")) for o in offs}
    if name == "officials.title":
        return {(norm(o.get("name")), norm(o.get("title"))) for o in offs if o.get("title")}
    if name == "officials.org":
        return {(norm(o.get("name")), norm(o.get("org"))) for o in offs if o.get("org")}
    if name == "officials.rank":
        return {(norm(o.get("name")), norm(o.get("rank"))) for o in offs if o.get("rank")}
    if name == "themes":
        return {norm(t) for t in facts.get("themes") or []}
    if name == "awards":
        return {(norm(a.get("award")), norm(a.get("recipient"))) for a in facts.get("awards") or []}
    raise KeyError(name)


@dataclass
class FieldScore:
    correct: int = 0
    total: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Miss:
    file: str
    field: str
    expected: object
    got: object


@dataclass
class Report:
    files: int = 0
    fields: dict[str, FieldScore] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)

    def value(self, name: str) -> float:
        fs = self.fields[name]
        return fs.accuracy if name in SCALARS else fs.f1

    def table(self) -> str:
        lines = [f"{'field':<22}{'score':>8}{'P':>8}{'R':>8}   n", "-" * 54]
        for name in SCALARS:
            fs = self.fields[name]
            lines.append(f"{name:<22}{fs.accuracy:>8.3f}{'':>16}   {fs.correct}/{fs.total}")
        for name in LISTS:
            fs = self.fields[name]
            lines.append(f"{name:<22}{fs.f1:>8.3f}{fs.precision:>8.3f}{fs.recall:>8.3f}   tp={fs.tp} fp={fs.fp} fn={fs.fn}")
        return "\n".join(lines)


def _scalar(name: str, value):
    if name in ("is_bloc_event", "member_count_stated"):
        return value
    return norm(value) or None


def compare(report: Report, stem: str, gold: dict, got: dict) -> None:
    for name in SCALARS:
        fs = report.fields.setdefault(name, FieldScore())
        fs.total += 1
        if _scalar(name, gold.get(name)) == _scalar(name, got.get(name)):
            fs.correct += 1
        else:
            report.misses.append(Miss(stem, name, gold.get(name), got.get(name)))
    for name in LISTS:
        fs = report.fields.setdefault(name, FieldScore())
        g, p = items(gold, name), items(got, name)
        fs.tp += len(g & p)
        fs.fp += len(p - g)
        fs.fn += len(g - p)
        if g != p:
            report.misses.append(Miss(stem, name, sorted(map(str, g - p)), sorted(map(str, p - g))))


class GoldError(ValueError):
    """A gold file that cannot be used; `str()` is the one-line message naming it."""


def province_hints(paths) -> dict[str, str]:
    """host -> province of each outlet in the sources files, as `extract` passes it to the annotator
    ("national" outlets give no hint). A broken file raises ConfigError naming it."""
    from pipeline.config import load_sources

    hints: dict[str, str] = {}
    for p in paths:
        for src in load_sources(p).sources:
            host = src.host.lower().removeprefix("www.")
            if host and src.province and src.province != "national":
                hints.setdefault(host, src.province)
    return hints


def _hint_for(gold: dict, hints: dict[str, str]) -> str | None:
    from pipeline.facts.core import host_of

    host = host_of(gold.get("url"), gold.get("outlet"))
    return hints.get(host.removeprefix("www.")) if host else None


def score(gold_dir: str | Path = DEFAULT_GOLD, annotator=None, hints: dict[str, str] | None = None) -> Report:
    """Annotate every NAME.txt (url/outlet/published from NAME.json, and the outlet's province from the
    sources files, as the crawl would give) and score."""
    from pipeline.facts import Annotator

    gold_dir = Path(gold_dir)
    hints = province_hints([p for p in DEFAULT_SOURCES if p.is_file()]) if hints is None else hints
    ann = annotator or Annotator()
    report = Report()
    for name in SCALARS + LISTS:
        report.fields[name] = FieldScore()
    for txt in sorted(gold_dir.glob("*.txt")):
        gold_path = txt.with_suffix(".json")
        if not gold_path.exists():
            continue
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise GoldError(f"{gold_path}:{exc.lineno}: not valid JSON: {exc.msg}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise GoldError(f"{gold_path}: cannot read: {exc}") from None
        if not isinstance(gold, dict):
            raise GoldError(f"{gold_path}: expected a JSON object of facts")
        got = ann.annotate(txt.read_text(encoding="utf-8"), url=gold.get("url"), published=gold.get("published"),
                           outlet=gold.get("outlet"), province_hint=_hint_for(gold, hints), id=txt.stem)
        compare(report, txt.stem, gold, got)
        report.files += 1
    return report


@click.command()
@click.argument("gold_dir", required=False, type=click.Path(path_type=Path))
@click.option("--misses/--no-misses", default=True, help="List every miss (expected vs got).")
@click.option("--sources", "sources", multiple=True, type=click.Path(path_type=Path),
              help="Sources file giving each outlet's province (repeatable; default sources.yml and the demo's).")
def command(gold_dir: Path | None, misses: bool, sources: tuple[Path, ...]):
    """Score the fact extractor on GOLD_DIR (default ../shared/evaluation/dev)."""
    from pipeline.config import ConfigError

    gold_dir = gold_dir or DEFAULT_GOLD
    if not gold_dir.is_dir():
        raise click.ClickException(f"{gold_dir}: no such folder of gold files")
    try:
        hints = province_hints(sources or [p for p in DEFAULT_SOURCES if p.is_file()])
        report = score(gold_dir, hints=hints)
    except (GoldError, ConfigError) as exc:
        raise click.ClickException(str(exc)) from None
    if report.files == 0:
        raise click.ClickException(f"{gold_dir}: no NAME.txt with a matching NAME.json")
    click.echo(f"{report.files} files from {gold_dir}\n")
    click.echo(report.table())
    if misses and report.misses:
        click.echo("\nmisses (expected | got):")
        for m in report.misses:
            click.echo(f"  {m.file:<24}{m.field:<20}{json.dumps(m.expected, ensure_ascii=False)} | {json.dumps(m.got, ensure_ascii=False)}")
