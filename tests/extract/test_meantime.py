"""Date normalization scored on MEANTIME (English Wikinews, CC BY 4.0, NewsReader project;
see evaluation/gold/meantime/README.md): value precision, recall and F1 on calendar dates."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from newsledger.extract.dates import extract_dates
from newsledger.text import Document

DATA = (Path(__file__).resolve().parents[2] / "evaluation" / "gold" / "meantime"
        / "meantime_en.jsonl")
CALENDAR = re.compile(r"^\d{3,4}(-(\d{2}(-\d{2})?|W\d{2}(-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?$")
FLOOR_F1 = 0.80  # a regression guard a little below the measured figure (see README)


def parse_dct(value: str | None) -> dt.date | None:
    """MEANTIME writes most publication dates as ISO, a few as DD-MM-YYYY."""
    if not value:
        return None
    if re.match(r"^\d{2}-\d{2}-\d{4}$", value):
        d, m, y = value.split("-")
        return dt.date(int(y), int(m), int(d))
    return dt.date.fromisoformat(value)


def score(docs) -> tuple[float, float, float]:
    """Value precision, recall and F1: a prediction matches a gold DATE when spans overlap and
    values are equal; only calendar values count on both sides, and only predictions in the
    annotated part of each article."""
    tp = n_pred = n_gold = 0
    for doc in docs:
        published = parse_dct(doc.get("dct"))
        gold = [(t["start"], t["end"], (t["value"] or "").split("T")[0]) for t in doc["timexes"]
                if t["type"] in ("DATE", "TIME")
                and CALENDAR.match((t["value"] or "").split("T")[0])]
        # MEANTIME annotates only the opening sentences of each article: predictions after
        # its last annotated expression of any type are outside the annotated region.
        region = max((t["end"] for t in doc["timexes"]), default=0)
        m = re.compile(r"[.!?]\s").search(doc["text"], region)
        region = m.end() if m else len(doc["text"])
        pred = [(d.start, d.end, d.value) for d in extract_dates(Document(doc["text"]), published)
                if d.start < region]
        n_gold += len(gold)
        n_pred += len(pred)
        used = set()
        for ps, pe, pv in pred:
            for i, (gs, ge, gv) in enumerate(gold):
                if i not in used and ps < ge and gs < pe and pv == gv:
                    used.add(i)
                    tp += 1
                    break
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def test_meantime_value_f1():
    docs = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    p, r, f1 = score(docs)
    print(f"MEANTIME calendar dates: precision {p:.3f}, recall {r:.3f}, F1 {f1:.3f}")
    assert f1 >= FLOOR_F1
