"""Near-duplicate detection: syndicated wire copies and light rewrites of one text.

Inputs are article texts; MinHash signatures over word shingles (datasketch) give a fast
Jaccard estimate, an LSH index finds candidate copies, and ``diff_copies`` names what an
outlet added to or cut from the wire text.
"""
from __future__ import annotations

import difflib
import re
import unicodedata

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
SHINGLE = 4
# Copies with an added paragraph or a changed headline keep most 4-word shingles; a
# rewrite of the same facts in other words keeps few. 0.5 sits between the two on the
# pairs in tests/test_neardup.py.
COPY_JACCARD = 0.5

_WORD = re.compile(r"\w+", re.UNICODE)
_SENT = re.compile(r"(?<=[.!?\u061f\u06d4])[\"'\u201d\u00bb]?\s+|\n+")


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower())


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """Overlapping k-word windows; a short text yields its whole word sequence once."""
    w = words(text)
    if len(w) <= k:
        return {" ".join(w)} if w else set()
    return {" ".join(w[i:i + k]) for i in range(len(w) - k + 1)}


# Pinned so stored signatures stay comparable with new ones across datasketch versions.
SCHEME = "affine32"


def minhash(text: str, num_perm: int = NUM_PERM) -> MinHash:
    m = MinHash(num_perm=num_perm, seed=1, scheme=SCHEME)
    m.update_batch([s.encode("utf-8") for s in shingles(text)])
    return m


def minhash_bytes(m: MinHash) -> bytes:
    return np.asarray(m.hashvalues, dtype=np.uint32).tobytes()


def minhash_from_bytes(b: bytes) -> MinHash:
    hv = np.frombuffer(b, dtype=np.uint32)
    return MinHash(num_perm=len(hv), seed=1, hashvalues=hv.copy(), scheme=SCHEME)


def jaccard(a: MinHash, b: MinHash) -> float:
    return float(a.jaccard(b))


class NearDupIndex:
    """LSH over MinHash signatures: which stored texts are probably copies of a new one."""

    def __init__(self, threshold: float = COPY_JACCARD, num_perm: int = NUM_PERM) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._sigs: dict[str, MinHash] = {}

    def __contains__(self, key: str) -> bool:
        return key in self._sigs

    def add(self, key: str, m: MinHash) -> None:
        if key in self._sigs:
            return
        self._sigs[key] = m
        self._lsh.insert(key, m)

    def remove(self, key: str) -> None:
        if key in self._sigs:
            self._lsh.remove(key)
            del self._sigs[key]

    def copies(self, m: MinHash) -> list[tuple[str, float]]:
        """Stored keys whose estimated Jaccard with ``m`` reaches the threshold, best first
        (ties by key so the answer is deterministic)."""
        hits = [(k, jaccard(m, self._sigs[k])) for k in self._lsh.query(m)]
        hits = [h for h in hits if h[1] >= self.threshold]
        return sorted(hits, key=lambda h: (-h[1], h[0]))


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENT.split(text) if s and s.strip()]


def _norm(sentence: str) -> str:
    return " ".join(words(sentence))


def diff_copies(text_a: str, text_b: str) -> dict[str, list[str]]:
    """Sentences that copy ``text_b`` added to or cut from ``text_a``, plus those it reworded
    (kept as (old, new) pairs); whitespace and punctuation changes do not count."""
    sa, sb = sentences(text_a), sentences(text_b)
    na, nb = [_norm(s) for s in sa], [_norm(s) for s in sb]
    out: dict[str, list] = {"added": [], "removed": [], "changed": []}
    sm = difflib.SequenceMatcher(a=na, b=nb, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        if op == "replace":
            _pair_reworded(sa[i1:i2], na[i1:i2], sb[j1:j2], nb[j1:j2], out)
            continue
        out["removed"].extend(sa[i1:i2])
        out["added"].extend(sb[j1:j2])
    return out


def _pair_reworded(old: list[str], old_n: list[str], new: list[str], new_n: list[str],
                   out: dict[str, list]) -> None:
    """Within a replaced block, pairs each old sentence with its most similar unused new
    one (a rewording when similar enough); the rest were cut or added."""
    used: set[int] = set()
    for i, o in enumerate(old_n):
        best, best_r = None, 0.6
        for j, n in enumerate(new_n):
            if j in used:
                continue
            r = difflib.SequenceMatcher(a=o, b=n, autojunk=False).ratio()
            if r >= best_r:
                best, best_r = j, r
        if best is None:
            out["removed"].append(old[i])
        else:
            used.add(best)
            out["changed"].append((old[i], new[best]))
    out["added"].extend(new[j] for j in range(len(new)) if j not in used)


__all__ = ["NUM_PERM", "COPY_JACCARD", "shingles", "minhash", "minhash_bytes",
           "minhash_from_bytes", "jaccard", "NearDupIndex", "sentences", "diff_copies"]
