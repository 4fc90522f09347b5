"""Helpers the fact-rule tests share: views of an annotation that make assertions read like the facts."""
from __future__ import annotations


def by_name(facts: dict) -> dict:
    """Officials keyed by name."""
    return {o["name"]: o for o in facts["officials"]}


def pairs(facts: dict) -> set:
    """Awards as (award, recipient) pairs."""
    return {(a["award"], a["recipient"]) for a in facts["awards"]}
