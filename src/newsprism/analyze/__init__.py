"""Per-article analysis: structure, entities + coreference, timexes, quotes + attribution,
events + factuality, framing — run in that order over one spaCy Doc (see pipeline.py)."""
