"""Dated events of a release against TimeML gold (TempEval-3 TimeBank or MEANTIME in
/work/shared/devdata, which never ship with the project): recall, precision, and why gold
events are missed. Not a test and not run in CI: a measuring tool for development.

    python -m benchmarks.dated_events timebank RELEASE_DIR [--show 20]

Gold dated event: a TimeML event linked IS_INCLUDED, SIMULTANEOUS or DURING to an in-text DATE
or TIME expression with a calendar value (the value measure of ``score_dates.py --events``).
- recall: gold dated events lying inside a system event row (char_start..char_end) that
  carries the same date value;
- precision: system event rows (embedded-post rows aside) whose span holds a gold event linked
  to a date of the row's value; by ``date_link`` too (how the row got its date: its clause, its
  sentence, the narrative), since the gold links some kinds far more densely than others;
- misses, by cause: the date was not found or got another value; no event row carries the
  date; the rows carrying it do not cover the gold event (another clause or sentence).
MEANTIME annotates only the opening sentences of each article: there, rows that start after
the sentence of the last annotated event or time expression are not judged (and counted apart).
Only counts and, with ``--show``, the shapes of misses are printed (no article text).
"""
from __future__ import annotations

import argparse
import json
import os
import re
from collections import Counter
from pathlib import Path

# Where the TimeML dev data lies (never in the repository): NEWSLEDGER_DEVDATA, or the default.
DATA = Path(os.environ.get("NEWSLEDGER_DEVDATA", "/work/shared/devdata"))
PARTS = {"timebank": DATA / "tempeval3" / "timebank.jsonl",
         "meantime": DATA / "meantime" / "meantime_en.jsonl"}
LINKS = ("IS_INCLUDED", "SIMULTANEOUS", "DURING")


def calendar(value: str | None) -> str | None:
    return value.split("T")[0] if value and value[0].isdigit() else None


def annotated_end(doc: dict) -> int:
    """Where the annotation of a MEANTIME article ends: the end of the sentence holding its
    last annotated event or time expression (TimeBank: the whole text)."""
    if "tid" in next(iter(doc["timexes"]), {"tid": 1}):
        return len(doc["text"])
    last = max([t["end"] for t in doc["timexes"]] +
               [e["end"] for e in doc.get("events", []) if not e.get("cross_doc_only")],
               default=0)
    m = re.compile(r"[.!?]\s").search(doc["text"], last)
    return m.end() if m else len(doc["text"])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("part", choices=list(PARTS))
    ap.add_argument("release", type=Path)
    ap.add_argument("--show", type=int, default=0, help="print this many misses (cause, rule)")
    a = ap.parse_args()

    import pyarrow.parquet as pq

    texts = {r["source_id"]: r["text"] for r in
             pq.read_table(a.release / "sources.parquet", columns=["source_id", "text"]).to_pylist()}
    dates: dict[str, list[dict]] = {}
    for d in pq.read_table(a.release / "dates.parquet").to_pylist():
        dates.setdefault(d["source_id"], []).append(d)
    events: dict[str, list[dict]] = {}
    for e in pq.read_table(a.release / "events.parquet").to_pylist():
        events.setdefault(e["source_id"], []).append(e)

    n_gold = hit = n_sys = sys_hit = unjudged = 0
    by_link: Counter[str] = Counter()
    by_link_hit: Counter[str] = Counter()
    causes: Counter[str] = Counter()
    shown = 0
    with PARTS[a.part].open(encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh]
    for doc in docs:
        if texts.get(doc["doc_id"]) != doc["text"]:
            continue
        # TimeBank keys: tid / eid / relType; MEANTIME: m_id / timex_m_id, event_m_id / reltype.
        # The publication date's own expression is left out (TimeBank's t0 has no tid).
        timex = {t.get("tid") or t["m_id"]: t for t in doc["timexes"]
                 if (t.get("tid") or t.get("m_id"))
                 and t.get("functionInDocument") != "CREATION_TIME"}
        evs = {e.get("eid") or e["m_id"]: e for e in doc.get("events", [])}
        end = annotated_end(doc)
        gold = []  # (event, timex, value)
        for link in doc.get("event_time_tlinks", []):
            t = timex.get(link.get("tid") or link.get("timex_m_id"))
            e = evs.get(link.get("eid") or link.get("event_m_id"))
            if (link.get("relType") or link.get("reltype")) not in LINKS or not t or not e \
                    or t["type"] not in ("DATE", "TIME"):
                continue
            if (v := calendar(t["value"])):
                gold.append((e, t, v))
        sysev = events.get(doc["doc_id"], [])
        sysd = dates.get(doc["doc_id"], [])
        for se in sysev:
            if se.get("action") == "post":
                continue
            if se["char_start"] >= end:
                unjudged += 1
                continue
            n_sys += 1
            link = se.get("date_link") or "-"
            by_link[link] += 1
            if any(se["char_start"] <= e["start"] < se["char_end"] and v == str(se["date_value"])
                   for e, _, v in gold):
                sys_hit += 1
                by_link_hit[link] += 1
        for e, t, v in gold:
            n_gold += 1
            carrying = [se for se in sysev if str(se["date_value"]) == v]
            if any(se["char_start"] <= e["start"] < se["char_end"] for se in carrying):
                hit += 1
                continue
            found = [d for d in sysd if d["char_start"] < t["end"] and t["start"] < d["char_end"]]
            if not found:
                cause = "date not found"
            elif not any(str(d["value"]) == v for d in found):
                cause = "date has another value"
            else:
                ids = {d["date_id"] for d in found if str(d["value"]) == v}
                rows = [se for se in sysev if se["date_id"] in ids]
                if not rows:
                    cause = "no event row for the date"
                elif doc["text"][rows[0]["char_start"]:rows[0]["char_end"]].find(
                        doc["text"][e["start"]:e["end"]]) < 0 and not (
                        rows[0]["char_start"] <= e["start"] < rows[0]["char_end"]):
                    same = any(s["char_start"] <= e["start"] < s["char_end"] for s in rows)
                    gap = min(abs(e["start"] - r["char_start"]) for r in rows)
                    cause = "event outside the row" + (" (far)" if gap > 300 else "")
                    if same:
                        cause = "other"
                else:
                    cause = "other"
            causes[cause] += 1
            if shown < a.show:
                shown += 1
                rule = next((d.get("rule") for d in found), "-")
                print(f"miss: {cause}; gold event class {e.get('class')}, timex type {t['type']}, "
                      f"rule {rule}")
    print(f"gold dated events {n_gold}; found inside a row with the same date {hit}: "
          f"recall {hit / n_gold if n_gold else 0:.3f}")
    print(f"system event rows (posts aside) {n_sys}; holding a gold event of their date "
          f"{sys_hit}: precision {sys_hit / n_sys if n_sys else 0:.3f}")
    if unjudged:
        print(f"system event rows after the annotated opening (not judged) {unjudged}")
    for link in sorted(by_link):
        print(f"  date_link {link}: rows {by_link[link]}, holding a gold event of their date "
              f"{by_link_hit[link]}: precision {by_link_hit[link] / by_link[link]:.3f}")
    for cause, n in causes.most_common():
        print(f"  missed, {cause}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
