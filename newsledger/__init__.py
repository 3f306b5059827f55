"""newsledger: news articles in, a versioned open dataset of quotes, claims, dates, events and
entities out, every row pointing back to the characters it was read from.

Packages: ``ingest`` (reading corpora), ``text`` (the document model every extractor reads:
each article segmented once), ``extract`` (one module per kind of record),
``reconcile`` (across articles), ``publish`` (validation and releases), ``lexicon`` (word lists).
The table contract lives in the top-level ``schemas`` package; orchestration in ``flows``.
"""
__version__ = "0.1.0"
