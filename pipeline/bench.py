"""`noichinh bench`: run every stage benchmark and write their figures to one JSON file."""
from __future__ import annotations

import importlib
import json
import pkgutil
import shutil
import time
from pathlib import Path

import click

import pipeline.benchmarks


def available() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(pipeline.benchmarks.__path__))


def run_benchmarks(names: list[str], workdir: Path) -> dict:
    results: dict = {}
    for name in names:
        module = importlib.import_module(f"pipeline.benchmarks.{name}")
        stage_dir = workdir / name
        shutil.rmtree(stage_dir, ignore_errors=True)
        stage_dir.mkdir(parents=True)
        started = time.perf_counter()
        figures = module.run(stage_dir)
        figures[f"{name}.bench_seconds"] = round(time.perf_counter() - started, 2)
        results.update(figures)
    return results


@click.command()
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=Path("bench/results.json"))
@click.option("--workdir", type=click.Path(file_okay=False, path_type=Path), default=Path("bench/work"))
@click.option("--only", multiple=True, help="Run only these benchmarks (default: all).")
def command(out: Path, workdir: Path, only: tuple[str, ...]):
    """Run the benchmarks and write their figures as JSON (also printed)."""
    names = list(only) or available()
    unknown = set(names) - set(available())
    if unknown:
        raise click.BadParameter(f"unknown benchmark(s): {', '.join(sorted(unknown))}; have {', '.join(available())}")
    results = run_benchmarks(names, workdir)
    previous = json.loads(out.read_text()) if out.exists() and only else {}
    previous.update(results)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(previous, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    click.echo(json.dumps(results, indent=2, sort_keys=True, ensure_ascii=False))
