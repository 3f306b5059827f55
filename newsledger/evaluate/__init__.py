"""Measured quality: hand-annotated gold sets (``evaluation/gold/``) and the scores of a release,
or of the extractors run in-process, against them. Rules: ``evaluation/GUIDE.md``.

- ``gold``: gold sets, their articles, and hand-written annotations resolved to offsets
- ``resolve``: ``python -m newsledger.evaluate.resolve SET_DIR`` writes ``SET_DIR/gold.jsonl``
- ``predict``: the rows scored, from a release or from the extractors run in-process
- ``score``: matching rules and figures
- ``quality``: every gold set scored: ``quality.json`` and the console table (the card's
  section is rendered from quality.json by ``publish.metadata.quality_section``)
- ``baseline``: the regression gate against ``evaluation/baseline.json``
"""
from .quality import (QUALITY_FILE, Quality, build_quality, evaluate_release, measure,
                      release_quality)

__all__ = ["QUALITY_FILE", "Quality", "build_quality", "evaluate_release", "measure",
           "release_quality"]
