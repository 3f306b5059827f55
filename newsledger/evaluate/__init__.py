"""Measured quality: hand-annotated gold sets (``evaluation/gold/``) and the scores of a release,
or of the extractors run in-process, against them. Rules: ``evaluation/GUIDE.md``.

- ``gold``: gold sets, their articles, and hand-written annotations resolved to offsets
- ``resolve``: ``python -m newsledger.evaluate.resolve SET_DIR`` writes ``SET_DIR/gold.jsonl``
"""
