"""`noichinh demo`: the whole job offline, through the real stages, on the sample sites shipped here.

The sample sites are served on 127.0.0.1 under their own host names (the crawler's `connect_to`
sends those names to the loopback server), crawled by the real crawler, extracted, loaded, and
the database is served with Datasette. Everything lands under `demo/` so a real crawl's
`corpus/` and `extracted/` are never mixed with sample data.
"""
from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import click

HERE = Path(__file__).resolve().parent
DEMO_SOURCES = HERE / "sources.yml"


def run_demo(out: Path, *, jobs: int | None = None, echo=click.echo):
    """Serve the sample sites, crawl them, extract and load; returns the database path."""
    from pipeline.config import load_sources
    from pipeline.crawl import run_crawl
    from pipeline.demo.server import start_sites
    from pipeline.extract import extract_corpus
    from pipeline.publish.load import load_database

    out.mkdir(parents=True, exist_ok=True)
    server, port = start_sites()
    try:
        config = load_sources(DEMO_SOURCES)
        config = dataclasses.replace(config, connect_to={h: f"127.0.0.1:{port}" for h in config.connect_to})
        echo(f"sample sites on http://127.0.0.1:{port} ({', '.join(sorted(config.connect_to))})")
        summaries, _ = run_crawl(config, out / "corpus", progress=sys.stderr.isatty())
        for s in summaries:
            echo(f"crawl  {s.line()}")
    finally:
        server.shutdown()
        server.server_close()
    summary = extract_corpus(out / "corpus", out / "extracted", config, jobs=jobs, progress=sys.stderr.isatty())
    for line in summary.lines(out / "extracted"):
        echo(f"extract {line}")
    db_path = out / "noichinh.db"
    loaded = load_database(db_path, out / "extracted", corpus_dir=out / "corpus", sources_path=DEMO_SOURCES)
    echo(f"load   {loaded.articles} articles, {loaded.events} events -> {db_path}")
    for err in loaded.errors:
        echo(f"load   error: {err}", err=True)
    return db_path


@click.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("demo"), show_default=True,
              help="Where the demo's corpus, extracted files and database go.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Datasette host.")
@click.option("--port", default=8001, show_default=True, type=int, help="Datasette port.")
@click.option("--jobs", type=click.IntRange(min=1), default=None, help="Extraction processes (default: all cores).")
@click.option("--serve/--no-serve", default=True, show_default=True, help="Serve the result with Datasette.")
def command(out: Path, host: str, port: int, jobs: int | None, serve: bool):
    """Crawl the shipped sample sites over loopback, extract, load, then serve on http://HOST:PORT."""
    db_path = run_demo(out, jobs=jobs)
    if serve:
        from pipeline.publish.serve import serve as run_server

        click.echo(f"serving {db_path} on http://{host}:{port}/ (Ctrl-C to stop)")
        sys.exit(run_server(db_path, host=host, port=port))
