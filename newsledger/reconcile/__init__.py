"""Reconcile extractions across articles: merge entities (``entities``), cluster quotes, claims
and events (``clusters``) and turn everything into table rows with deterministic ids (``rows``)."""
