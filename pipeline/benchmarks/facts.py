"""Fact extractor speed on the demo's gold bloc articles, one core: segmentation scopes compared.

The issue's bar: >= 50 bloc articles/s with underthesea word segmentation on (the default, scope "cues").
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "demo" / "gold"
ROUNDS = 5


def bloc_articles() -> list[tuple[str, dict]]:
    out = []
    for j in sorted(GOLD.glob("*.json")):
        g = json.loads(j.read_text(encoding="utf-8"))
        if g.get("bloc_name"):
            out.append((j.with_suffix(".txt").read_text(encoding="utf-8"), g))
    return out


def rate(annotator, arts) -> tuple[float, float]:
    """(articles/s by wall clock, articles/s by this process's CPU time) over ROUNDS passes."""
    for t, g in arts[:3]:
        annotator.annotate(t, url=g.get("url"), published=g.get("published"))
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(ROUNDS):
        for t, g in arts:
            annotator.annotate(t, url=g.get("url"), published=g.get("published"))
    n = ROUNDS * len(arts)
    return n / (time.perf_counter() - wall), n / (time.process_time() - cpu)


def run(workdir: Path) -> dict:
    from pipeline.facts import Annotator

    arts = bloc_articles()
    pinned = hasattr(os, "sched_setaffinity")
    if pinned:
        before = os.sched_getaffinity(0)
        os.sched_setaffinity(0, {min(before)})  # one core, as the issue asks
    try:
        figures: dict = {"facts.bloc_articles": len(arts),
                         "facts.avg_chars": round(sum(len(t) for t, _ in arts) / max(1, len(arts)))}
        for label, kw in (("cues", {}), ("all", {"scope": "all"}), ("syllables", {"segment": False})):
            ann = Annotator(**kw)
            wall, cpu = rate(ann, arts)
            figures[f"facts.bloc_articles_per_s_{label}"] = round(wall, 1)
            figures[f"facts.bloc_articles_per_cpu_s_{label}"] = round(cpu, 1)
            if label == "cues":
                seg = sum(ann.nlp.tokenizer.segmented(t) for t, _ in arts)
                figures["facts.segmented_share_cues"] = round(seg / max(1, sum(len(t) for t, _ in arts)), 3)
    finally:
        if pinned:
            os.sched_setaffinity(0, before)
    figures["facts.load_average_1min"] = round(os.getloadavg()[0], 2)
    return figures
