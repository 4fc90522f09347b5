"""`noichinh show ARTICLE`: the article with every fact's evidence highlighted (displaCy), and a facts table.

Lets a researcher check a fact against the sentence it came from before trusting it.
"""
from __future__ import annotations

import html
import json
from pathlib import Path

import click

COLORS = {
    "bloc_name": "#f9d56e", "event_type": "#f3a683", "event_date": "#a29bfe", "period": "#c7ecee",
    "province": "#7bed9f", "members": "#70a1ff", "member_count_stated": "#dfe4ea", "leader_unit": "#ff6b81",
    "deputy_unit": "#ffa502", "officials.name": "#eccc68", "officials.title": "#ced6e0", "officials.rank": "#ff7f50",
    "themes": "#badc58", "awards": "#e056fd",
}


def load_article(path: Path) -> tuple[str, dict]:
    """A .txt, or an extracted JSON with a `text` key (its url/published/outlet are used too)."""
    try:
        raw = path.read_bytes().decode("utf-8", errors="replace")
    except OSError as exc:
        raise click.ClickException(f"{path}: cannot read: {exc.strerror or exc}") from None
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise click.ClickException(f"{path}:{exc.lineno}: not valid JSON: {exc.msg}") from None
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise click.ClickException(f"{path}: JSON has no 'text' key with the article text")
        return data["text"], {k: data.get(k) for k in ("url", "published", "outlet")}
    return raw, {}


def render(text: str, facts: dict) -> str:
    """displaCy 'ent' view (manual) of the evidence spans plus a table of the facts."""
    from spacy import displacy

    ents = []
    last_end = -1
    for ev in sorted(facts.get("evidence", []), key=lambda e: (e["start"], -e["end"])):
        if ev["start"] >= last_end and ev["end"] > ev["start"]:  # displaCy cannot draw overlaps
            ents.append({"start": ev["start"], "end": ev["end"], "label": ev["field"]})
            last_end = ev["end"]
    body = displacy.render({"text": text, "ents": ents, "title": None}, style="ent", manual=True, page=False,
                           options={"colors": COLORS})
    rows = []
    for key, value in facts.items():
        if key in ("evidence",):
            continue
        shown = json.dumps(value, ensure_ascii=False, indent=1) if isinstance(value, (list, dict)) else str(value)
        rows.append(f"<tr><th>{html.escape(key)}</th><td><pre>{html.escape(shown)}</pre></td></tr>")
    return (
        "<!doctype html><html lang='vi'><head><meta charset='utf-8'><title>noichinh: facts</title>"
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}th{text-align:left;vertical-align:top;"
        "padding-right:1em}pre{margin:0;white-space:pre-wrap}table{border-collapse:collapse}tr{border-top:1px solid #ddd}"
        "</style></head><body><h1>Facts</h1><table>" + "".join(rows) + "</table><h1>Evidence</h1>" + body
        + "</body></html>\n"
    )


@click.command()
@click.argument("article", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), help="HTML file (default: ARTICLE.html).")
@click.option("--url")
@click.option("--published")
@click.option("--province")
def command(article: Path, out: Path | None, url, published, province):
    """Write an HTML view of ARTICLE (.txt or extracted .json) with the facts' evidence highlighted."""
    from pipeline.facts import Annotator

    if not article.exists():
        raise click.ClickException(f"{article}: no such file")
    text, meta = load_article(article)
    facts = Annotator().annotate(text, url=url or meta.get("url"), published=published or meta.get("published"),
                                 outlet=meta.get("outlet"), province_hint=province, id=article.stem)
    out = out or article.with_suffix(".html")
    out.write_text(render(text, facts), encoding="utf-8")
    click.echo(f"wrote {out}")
