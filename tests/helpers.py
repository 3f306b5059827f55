"""Small hand-made tables that pass every check, for testing the publishing layer alone."""
from __future__ import annotations

import copy
import datetime as dt
import hashlib

from newsledger.ids import make_id

TEXT = 'West said: "I will run again." He won 60,000 votes on Nov. 4, 2020.'
# Untrusted article text: markup and SQL must come out as the same characters, never run.
HOSTILE = ('West said: "I will <script>alert(1)</script> run </script><img src=x '
           'onerror=alert(2)>." He won 60,000 votes on Nov. 4, 2020. Robert\'); DROP TABLE '
           'quotes;-- & "<b>bold</b>"')


def tiny_rows(source_id: str = "a/one", text: str = TEXT) -> dict[str, list[dict]]:
    entity = make_id("e", "person", "kanye west")
    q_start = text.index("I will")
    q_end = text.index('."') + 1
    v_start = text.index("60,000")
    d_start = text.index("Nov. 4")
    date_id = make_id("d", source_id, d_start, d_start + 12)
    story = make_id("st", source_id)
    return {
        "sources": [{"source_id": source_id, "input_path": f"{source_id}.txt", "title": None,
                     "url": None, "outlet": None, "author": None,
                     "published_date": dt.date(2020, 11, 5), "published_date_source": "metadata",
                     "encoding": "utf-8",
                     "content_sha256": hashlib.sha256(text.encode()).hexdigest(),
                     "n_chars": len(text), "n_words": len(text.split()), "story_id": story,
                     "copy_of": None, "text": text}],
        "stories": [{"story_id": story, "title": "West runs again",
                     "first_published": dt.date(2020, 11, 5),
                     "last_published": dt.date(2020, 11, 5), "n_sources": 1, "n_outlets": 1,
                     "n_independent": 1}],
        "quotes": [{"quote_id": make_id("q", source_id, q_start, q_end), "source_id": source_id,
                    "char_start": q_start, "char_end": q_end, "quote_text": text[q_start:q_end],
                    "quote_kind": "direct", "speaker_text": "West", "speaker_start": 0,
                    "speaker_end": 4, "speaker_name": "Kanye West", "speaker_kind": "person",
                    "speaker_entity_id": entity, "speaker_handle": None, "cue": "said",
                    "quote_date": None, "post_url": None, "confidence": 0.9,
                    "cluster_id": make_id("qc", "i will run again")}],
        "claims": [{"claim_id": make_id("c", source_id, v_start), "source_id": source_id,
                    "char_start": 31, "char_end": len(text), "claim_text": text[31:],
                    "value": 60000.0, "value_text": "60,000 votes", "value_start": v_start,
                    "value_end": v_start + 12, "unit": "vote", "qualifier": "exact",
                    "subject": "Kanye West", "subject_entity_id": entity, "claimant": None,
                    "as_of_date": None, "measure": "votes received", "period": None,
                    "measure_key": "kanye west|votes received||vote",
                    "cluster_id": make_id("cc", "kanye west|votes received||vote"),
                    "consistency": "single_source"}],
        "claim_groups": [{"cluster_id": make_id("cc", "kanye west|votes received||vote"),
                          "story_id": story, "measure": "votes received", "period": None,
                          "unit": "vote", "subject": None, "n_claims": 2, "n_sources": 2,
                          "n_independent": 1, "min_value": 60000.0, "max_value": 60000.0,
                          "consistency": "single_source", "verdict": "copies_only",
                          "reason": "one independent source: the others copy it"}],
        "dates": [{"date_id": date_id, "source_id": source_id, "char_start": d_start,
                   "char_end": d_start + 12, "date_text": "Nov. 4, 2020", "value": "2020-11-04",
                   "precision": "day", "date": dt.date(2020, 11, 4), "anchor": "absolute",
                   "rule": "month-day-year"}],
        "events": [{"event_id": make_id("ev", source_id, 31), "source_id": source_id,
                    "char_start": 31, "char_end": len(text), "event_text": text[31:],
                    "date_id": date_id, "event_date": dt.date(2020, 11, 4),
                    "date_value": "2020-11-04", "date_precision": "day", "date_link": "clause",
                    "actor": "Kanye West",
                    "actor_entity_id": entity, "action": "win",
                    "cluster_id": make_id("ec", entity, "win", "2020-11-04")}],
        "entities": [{"entity_id": entity, "name": "Kanye West", "kind": "person",
                      "n_mentions": 1, "n_sources": 1}],
        "mentions": [{"mention_id": make_id("m", source_id, 0, 4), "entity_id": entity,
                      "source_id": source_id, "char_start": 0, "char_end": 4,
                      "mention_text": "West", "mention_kind": "alias"}],
    }


def with_changes(rows: dict[str, list[dict]], **table_updates) -> dict[str, list[dict]]:
    """A deep copy of rows with the first row of each named table updated."""
    out = copy.deepcopy(rows)
    for table, update in table_updates.items():
        out[table][0].update(update)
    return out
