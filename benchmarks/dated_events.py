"""Dated events of a release against TimeML gold (TempEval-3 TimeBank or MEANTIME in
/work/shared/devdata, which never ship with the project): recall, precision, and why gold
events are missed. Not a test and not run in CI: a measuring tool for development.

    python -m benchmarks.dated_events timebank RELEASE_DIR [--show 20]

Gold dated event: a TimeML event linked IS_INCLUDED, SIMULTANEOUS or DURING to an in-text DATE
or TIME expression with a calendar value (the value measure of ``score_dates.py --events``).
- recall: gold dated events lying inside a system event row (char_start..char_end) that
  carries the same date value;
- precision: system event rows (embedded-post rows aside) whose span holds a gold event linked
  to a date of the row's value;
- misses, by cause: the date was not found or got another value; no event row carries the
  date; the rows carrying it do not cover the gold event (another clause or sentence).
Only counts and, with ``--show``, the shapes of misses are printed (no article text).
"""
from __future__ import annotations

import argparse
import json
import os
from collections import Counter
from pathlib import Path

# Where the TimeML dev data lies (never in the repository): NEWSLEDGER_DEVDATA, or the default.
DATA = Path(os.environ.get("NEWSLEDGER_DEVDATA", "/work/shared/devdata"))
PARTS = {"timebank": DATA / "tempeval3" / "timebank.jsonl",
         "meantime": DATA / "meantime" / "meantime_en.jsonl"}
LINKS = ("IS_INCLUDED", "SIMULTANEOUS", "DURING")


def calendar(value: str | None) -> str | None:
    return value.split("T")[0] if value and value[0].isdigit() else None


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

    n_gold = hit = n_sys = sys_hit = 0
    causes: Counter[str] = Counter()
    shown = 0
    with PARTS[a.part].open(encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh]
    for doc in docs:
        if texts.get(doc["doc_id"]) != doc["text"]:
            continue
        timex = {t["tid"]: t for t in doc["timexes"] if t.get("tid")}
        evs = {e["eid"]: e for e in doc.get("events", [])}
        gold = []  # (event, timex, value)
        for link in doc.get("event_time_tlinks", []):
            t, e = timex.get(link["tid"]), evs.get(link["eid"])
            if link["relType"] not in LINKS or not t or not e or t["type"] not in ("DATE", "TIME"):
                continue
            if (v := calendar(t["value"])):
                gold.append((e, t, v))
        sysev = events.get(doc["doc_id"], [])
        sysd = dates.get(doc["doc_id"], [])
        for se in sysev:
            if se.get("action") == "post":
                continue
            n_sys += 1
            if any(se["char_start"] <= e["start"] < se["char_end"] and v == str(se["date_value"])
                   for e, _, v in gold):
                sys_hit += 1
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
    for cause, n in causes.most_common():
        print(f"  missed, {cause}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
