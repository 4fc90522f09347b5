"""Benchmarks for `make bench`: one module per stage, each exposing `run(workdir: Path) -> dict`.

Each figure is measured side by side with its baseline in the same run, so the ratios hold on any machine.
"""
