"""`noichinh annotate PATH...`: facts for plain-text articles, one JSON per input."""
from __future__ import annotations

import json
from pathlib import Path

import click


def inputs(paths) -> list[Path]:
    """Expand folders to their *.txt files; a missing path is a user error naming it."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend(sorted(p.glob("*.txt")))
        elif p.is_file():
            out.append(p)
        else:
            raise click.ClickException(f"{p}: no such file or folder")
    return out


def read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8", errors="replace")
    except OSError as exc:
        raise click.ClickException(f"{path}: cannot read: {exc.strerror or exc}") from None


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), help="Write NAME.json here.")
@click.option("--url", help="Page URL (also gives the outlet's province).")
@click.option("--published", help="Publication date YYYY-MM-DD (anchors years of day/month dates).")
@click.option("--province", help="The outlet's province, for texts that say only 'tỉnh'.")
@click.option("--segment/--no-segment", default=True, show_default=True,
              help="Tokenise with underthesea word segmentation (title, lead and cue sentences).")
@click.option("--segment-all", is_flag=True, help="Segment every sentence, not only the cue sentences.")
def command(paths, out_dir, url, published, province, segment, segment_all):
    """Extract bloc-event facts from .txt files (or folders of them)."""
    from pipeline.facts import Annotator
    from pipeline.facts.core import parse_date

    if published and parse_date(published) is None:
        raise click.BadParameter(f"{published!r} is not a date YYYY-MM-DD", param_hint="--published")
    files = inputs(paths)
    if not files:
        raise click.ClickException("no .txt files in " + ", ".join(map(str, paths)))
    ann = Annotator(segment=segment, scope="all" if segment_all else "cues")
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
    for f in files:
        facts = ann.annotate(read_text(f), url=url, published=published, province_hint=province, id=f.stem)
        line = json.dumps(facts, ensure_ascii=False)
        if out_dir:
            (out_dir / f"{f.stem}.json").write_text(json.dumps(facts, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        else:
            click.echo(line)
    if out_dir:
        click.echo(f"wrote {len(files)} file(s) to {out_dir}", err=True)
