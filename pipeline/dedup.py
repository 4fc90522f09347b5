"""Syndicated copies: the same story on several outlets, found by 64-bit simhash on word shingles.

Nothing is thrown away: every copy keeps its own record and points at one canonical copy
(the earliest published, ties by URL), so counts of events can use canonical ids only
while each outlet's page stays citable.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from hashlib import blake2b
from typing import Iterable

import numpy as np

SHINGLE = 3
# 64-bit hashes of unrelated texts differ in ~32 bits; copies of one story with a different
# lead, a source line or a trimmed tail stay within a few bits.
MAX_DISTANCE = 6
_WORD = re.compile(r"\w+")
# MAX_DISTANCE + 1 bands: two hashes within MAX_DISTANCE bits agree exactly on at least one band
_BANDS = [(0, 10), (10, 19), (19, 28), (28, 37), (37, 46), (46, 55), (55, 64)]


def simhash64(text: str, shingle: int = SHINGLE) -> int:
    """Charikar simhash of the text's word shingles (case-folded), as an int."""
    words = _WORD.findall(text.casefold())
    if len(words) > shingle:
        grams = {" ".join(words[i:i + shingle]) for i in range(len(words) - shingle + 1)}
    else:
        grams = {" ".join(words)}
    # one 64-bit hash per shingle, then a vote per bit position (numpy: ~10x the pure-Python loop)
    digests = b"".join(blake2b(g.encode("utf-8"), digest_size=8).digest() for g in grams)
    bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8)).reshape(len(grams), 64)
    votes = bits.sum(axis=0, dtype=np.int64) > len(grams) / 2
    return int.from_bytes(np.packbits(votes).tobytes(), "big")


def distance(a: int, b: int) -> int:
    return (a ^ b).bit_count()


@dataclass(frozen=True)
class DupKey:
    id: str
    simhash: int
    published: str | None
    url: str


def canonical_ids(docs: Iterable[DupKey], max_distance: int = MAX_DISTANCE) -> dict[str, str]:
    """id -> canonical id: the earliest published copy (ties by URL) of each group of near-duplicates."""
    docs = list(docs)
    if max_distance > len(_BANDS) - 1:
        raise ValueError(f"max_distance {max_distance} needs more than {len(_BANDS)} bands")
    parent = list(range(len(docs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[ri] = rj

    by_hash: dict[int, list[int]] = defaultdict(list)
    for i, d in enumerate(docs):
        by_hash[d.simhash].append(i)
    for members in by_hash.values():  # exact copies first, so a story printed 100 times is one bucket entry
        for i in members[1:]:
            union(i, members[0])
    hashes = list(by_hash)
    for lo, hi in _BANDS:
        mask = (1 << (hi - lo)) - 1
        buckets: dict[int, list[int]] = defaultdict(list)
        for h in hashes:
            buckets[(h >> lo) & mask].append(h)
        for members in buckets.values():
            for a in range(len(members)):
                for b in range(a + 1, len(members)):
                    if distance(members[a], members[b]) <= max_distance:
                        union(by_hash[members[a]][0], by_hash[members[b]][0])
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(docs)):
        groups[find(i)].append(i)
    result: dict[str, str] = {}
    for members in groups.values():
        first = min(members, key=lambda i: (docs[i].published is None, docs[i].published or "", docs[i].url))
        for i in members:
            # chains (a~b, b~c) are grouped, but a copy is only linked when it is itself near the canonical one
            near = distance(docs[i].simhash, docs[first].simhash) <= max_distance
            result[docs[i].id] = docs[first].id if near else docs[i].id
    return result
