"""What the extraction workers need, made ready once in their forkserver before they fork
(``newsledger.parallel.PRELOAD``): the extractors, the date rules' guards (built on first use:
about 0.3 s a process) and the table schemas (pandera builds a model's schema on first use,
importing Dask's typing on the way: about 0.6 s a process). The processes forked from there
(the workers, the quality measurement, the release database) find them ready.

The build's own process does not import this module: it never runs an extractor.
"""
from __future__ import annotations

import newsledger.batch  # noqa: F401 - the task itself
import newsledger.extract.article  # noqa: F401 - every extractor
from newsledger.extract.dates.matching import prepare as prepare_date_matching
from newsledger.publish.tables import arrow_schema
from schemas import TABLES

prepare_date_matching()

for _table in TABLES.values():
    arrow_schema(_table)  # builds and keeps the pandera schema of each table
