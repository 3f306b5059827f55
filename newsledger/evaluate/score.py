"""Scores of predicted rows against a gold set, as named figures.

The matching rules are those of ``evaluation/GUIDE.md`` ("Matching rules"): spans match by
overlap (or exactly), one to one, greatest overlap first; reported speech (quotes of kind
``indirect``) is scored apart from the quotes in marks, its spans matching when each covers
half of the other; speakers by case-folded name or alias; dates and events by value; claims
by value span and value (the rules themselves: ``matching``). A figure that cannot be
measured (no gold of its kind among the articles found, no prediction) is None with a note.
"""
from __future__ import annotations

from collections.abc import Sequence

from newsledger.records import PRECISIONS

from .gold import ALL_DOCS, GoldSet
from .matching import (BINS, CALENDAR, DIGITS, ENTITY_KINDS, INDIRECT, OPENING, SENTENCE_END,
                       Figure, count, iso_day, lower_is_better, match, match_entities,
                       norm_name, precision_of, prf, ratio, same_value, speaker_correct)
from .predict import Predictions, Row

__all__ = ["Figure", "Scorer", "lower_is_better", "match", "precision_of", "prf", "score"]


class Scorer:
    """Collects the figures of one gold set."""

    def __init__(self, gold: GoldSet, preds: Predictions):
        self.gold, self.preds = gold, preds
        self.figures: list[Figure] = []
        self.docs = [d for d in gold.annotated if d in preds.found]

    def add(self, name: str, label: str, value: float | None, n: int | None, size: str,
            note: str | None = None) -> None:
        if value is None and note is None:
            note = ("no prediction of this kind, so no precision" if "precision" in name
                    else "nothing to measure: no gold item of this kind")
        self.figures.append(Figure(
            f"{name}@{self.gold.name}", label, None if value is None else round(value, DIGITS),
            n, self.gold.name, size, note))

    def missing(self, what: str) -> str | None:
        """The note for figures of an annotated layer none of whose articles was found."""
        if self.docs:
            return None
        return (f"none of the {len(self.gold.annotated)} annotated articles of this gold set "
                f"is in the data scored, so {what} cannot be measured")

    def gold_of(self, kind: str, docs: Sequence[str] | None = None) -> dict[str, list]:
        docs = self.docs if docs is None else docs
        out: dict[str, list] = {d: [] for d in docs}
        for a in self.gold.of_type(kind):
            if a["doc"] in out:
                out[a["doc"]].append(a)
        return out

    # --- quotes -----------------------------------------------------------------------------
    def marked(self, doc: str) -> list[Row]:
        """The predicted quotes in quote marks (all but reported speech, kind ``indirect``)."""
        return [r for r in self.preds.of("quotes", doc) if r["quote_kind"] != INDIRECT]

    def reported_rows(self, doc: str) -> list[Row]:
        """The predicted reported speech (kind ``indirect``)."""
        return [r for r in self.preds.of("quotes", doc) if r["quote_kind"] == INDIRECT]

    def quotes(self) -> None:
        if not [a for a in self.gold.of_type("quote") if a["kind"] != INDIRECT]:
            return
        gold = {d: [a for a in rows if a["kind"] != INDIRECT]
                for d, rows in self.gold_of("quote").items()}
        n_gold = sum(map(len, gold.values()))
        n_pred = sum(len(self.marked(d)) for d in self.docs)
        size = f"{count(len(self.docs), 'article')}, {count(n_gold, 'quote')}"
        note = self.missing("quotes")
        tp = {"exact": 0, "overlap": 0}
        speaker_ok = no_speaker = kind_ok = matched = 0
        posts_gold = posts_found = 0
        self.quote_rows: list[tuple[Row, bool]] = []  # (prediction, correct) for calibration
        for d in self.docs:
            g, p = gold[d], self.marked(d)
            gs = [(a["start"], a["end"]) for a in g]
            ps = [(r["char_start"], r["char_end"]) for r in p]
            tp["exact"] += len(match(gs, ps, exact=True))
            pairs = match(gs, ps)
            tp["overlap"] += len(pairs)
            right = {pi for gi, pi in pairs if speaker_correct(g[gi], p[pi])}
            for pi, r in enumerate(p):
                self.quote_rows.append((r, pi in right))
            for gi, pi in pairs:
                matched += 1
                speaker_ok += pi in right
                no_speaker += p[pi]["speaker_kind"] == "unknown"
                kind_ok += p[pi]["quote_kind"] == g[gi]["kind"]
            by_gold = dict(pairs)
            for gi, a in enumerate(g):
                if a["kind"] != "embedded_post":
                    continue
                posts_gold += 1
                r = p[by_gold[gi]] if gi in by_gold else None
                posts_found += bool(
                    r and r["quote_kind"] == "embedded_post"
                    and (r.get("speaker_handle") or "").casefold() == a["handle"].casefold()
                    and iso_day(r.get("quote_date")) == a["date"])
        for mode in ("exact", "overlap"):
            p_, r_, f_ = prf(tp[mode], n_pred, n_gold)
            how = "same offsets" if mode == "exact" else "overlapping spans"
            self.add(f"quotes.span_precision.{mode}", f"Quote spans, precision ({how})", p_,
                     n_pred if self.docs else None, size, note)
            self.add(f"quotes.span_recall.{mode}", f"Quote spans, recall ({how})", r_,
                     n_gold if self.docs else None, size, note)
            self.add(f"quotes.span_f1.{mode}", f"Quote spans, F1 ({how})", f_,
                     n_gold if self.docs else None, size, note)
        self.add("quotes.speaker_accuracy", "Speaker right, on matched quotes",
                 ratio(speaker_ok, matched), matched if self.docs else None, size, note)
        self.add("quotes.without_speaker", "Matched quotes with no speaker found (lower is "
                 "better)", ratio(no_speaker, matched), matched if self.docs else None, size, note)
        self.add("quotes.kind_accuracy", "Quote kind right (direct, partial, embedded post), "
                 "on matched quotes", ratio(kind_ok, matched), matched if self.docs else None,
                 size, note)
        if any(a["kind"] == "embedded_post" for a in self.gold.of_type("quote")):
            self.add("quotes.posts_found", "Embedded posts found with their handle and date",
                     ratio(posts_found, posts_gold), posts_gold if self.docs else None,
                     f"{count(len(self.docs), 'article')}, {count(posts_gold, 'post')}", note)

    # --- reported speech (quotes of kind indirect) -------------------------------------------
    def reported(self) -> None:
        """Reported speech against the gold statements of kind ``indirect``: spans match when
        each covers half of the other; speakers by the guide's rule; and the calibration of
        the rows' confidence (correct: matched, with the right speaker)."""
        if not any(a["kind"] == INDIRECT for a in self.gold.of_type("quote")):
            return
        gold = {d: [a for a in rows if a["kind"] == INDIRECT]
                for d, rows in self.gold_of("quote").items()}
        n_gold = sum(map(len, gold.values()))
        n_pred = sum(len(self.reported_rows(d)) for d in self.docs)
        size = f"{count(len(self.docs), 'article')}, {count(n_gold, 'reported statement')}"
        note = self.missing("reported speech")
        tp = speaker_ok = 0
        rows: list[tuple[float, bool]] = []
        for d in self.docs:
            g, p = gold[d], self.reported_rows(d)
            pairs = match([(a["start"], a["end"]) for a in g],
                          [(r["char_start"], r["char_end"]) for r in p], half=True)
            tp += len(pairs)
            right = {pi for gi, pi in pairs if speaker_correct(g[gi], p[pi])}
            speaker_ok += len(right)
            rows += [(r["confidence"], pi in right) for pi, r in enumerate(p)]
        p_, r_, f_ = prf(tp, n_pred, n_gold)
        how = "each span covering half of the other"
        self.add("quotes.reported.precision", f"Reported speech, precision ({how})", p_,
                 n_pred if self.docs else None, size, note)
        self.add("quotes.reported.recall", "Reported speech, recall", r_,
                 n_gold if self.docs else None, size, note)
        self.add("quotes.reported.f1", "Reported speech, F1", f_,
                 n_gold if self.docs else None, size, note)
        self.add("quotes.reported.speaker_accuracy", "Reported speech: speaker right, on "
                 "matched statements", ratio(speaker_ok, tp), tp if self.docs else None, size,
                 note)
        gap = 0.0
        for i, (lo, hi) in enumerate(BINS):
            last = i == len(BINS) - 1
            inside = [(c, ok) for c, ok in rows if lo <= c < hi or (last and c == hi)]
            if inside:
                gap += abs(sum(c for c, _ in inside) - sum(ok for _, ok in inside))
        self.add("quotes.reported.calibration_error", "Reported speech: expected calibration "
                 "error of quotes.confidence (lower is better)", ratio(gap, len(rows)),
                 len(rows) if self.docs else None, size, note)

    # --- calibration ------------------------------------------------------------------------
    def calibration(self) -> None:
        for table, columns in sorted(self.preds.confidence_columns.items()):
            for column in columns:
                if table == "quotes" and hasattr(self, "quote_rows"):
                    self._bins(table, column, [(r[column], ok) for r, ok in self.quote_rows])
                elif table != "quotes":
                    self.add(f"{table}.{column}.calibration_error",
                             f"Calibration of {table}.{column}", None, None, "no gold",
                             f"no gold rule says when a {table} row is correct")

    def _bins(self, table: str, column: str, rows: list[tuple[float, bool]]) -> None:
        size = (f"{count(len(self.docs), 'article')}, {len(rows)} predicted {table} "
                "(correct: overlapping a gold quote, with the right speaker)")
        note = self.missing(f"the calibration of {table}.{column}")
        total_gap = 0.0
        for i, (lo, hi) in enumerate(BINS):
            last = i == len(BINS) - 1
            inside = [(c, ok) for c, ok in rows if lo <= c < hi or (last and c == hi)]
            mean = ratio(sum(c for c, _ in inside), len(inside))
            prec = ratio(sum(ok for _, ok in inside), len(inside))
            if prec is not None and mean is not None:
                total_gap += len(inside) * abs(mean - prec)
            bin_note = note or (f"mean confidence {mean:.2f}" if mean is not None else
                                "no predicted row has a confidence in this bin")
            self.add(f"{table}.{column}.precision_{lo:.1f}-{hi:.1f}",
                     f"{table}.{column} in [{lo:.1f}, {hi:.1f}{']' if last else ')'}: "
                     "measured precision", prec, len(inside) if self.docs else None, size,
                     bin_note)
        self.add(f"{table}.{column}.calibration_error",
                 f"{table}.{column}: expected calibration error (lower is better)",
                 ratio(total_gap, len(rows)), len(rows) if self.docs else None, size, note)

    # --- dates ------------------------------------------------------------------------------
    def dates(self) -> None:
        pairs_gold: list[tuple[int, int, str]] = []
        pairs_pred: list[Row] = []
        tp_levels: dict[str, int] = {}
        tp = 0
        if self.gold.timexes:  # MEANTIME: its own TimeML gold, opening sentences only
            docs = [d for d in self.gold.timexes if d in self.preds.found]
            kind = "article"
            for d in docs:
                timexes = self.gold.timexes[d]
                # DATE and TIME expressions with a calendar value, any time of day dropped
                # (as the TempEval-3 value measure restricted to calendar dates does)
                gold = [(t["start"], t["end"], (t["value"] or "").split("T")[0])
                        for t in timexes if t["type"] in ("DATE", "TIME")
                        and CALENDAR.match((t["value"] or "").split("T")[0])]
                region = max((t["end"] for t in timexes), default=0)
                m = SENTENCE_END.search(self.gold.articles[d].text, region)
                region = m.end() if m else len(self.gold.articles[d].text)
                pred = [r for r in self.preds.of("dates", d) if r["char_start"] < region]
                tp += self._date_matches(gold, pred, tp_levels)
                pairs_gold += gold
                pairs_pred += pred
            n_docs = len(self.gold.timexes)
        else:
            if not self.gold.of_type("date") and not self.gold.of_type("event"):
                return
            docs = self.docs
            kind = "article"
            for d in docs:
                gold = sorted({(a["start"], a["end"], a["value"])
                               for a in self.gold_of("date")[d] + self.gold_of("event")[d]})
                pred = self.preds.of("dates", d)
                tp += self._date_matches(gold, pred, tp_levels)
                pairs_gold += gold
                pairs_pred += pred
            n_docs = len(self.gold.annotated)
        size = (f"{count(n_docs, kind)}{OPENING if self.gold.timexes else ''}, "
                f"{count(len(pairs_gold), 'calendar date')}")
        note = None if docs else (f"none of the {n_docs} articles of this gold set is in the "
                                  "data scored, so dates cannot be measured")
        p_, r_, f_ = prf(tp, len(pairs_pred), len(pairs_gold))
        n = len(pairs_gold) if docs else None
        self.add("dates.value_precision", "Date values, precision (overlapping span, same "
                 "value)", p_, len(pairs_pred) if docs else None, size, note)
        self.add("dates.value_recall", "Date values, recall", r_, n, size, note)
        self.add("dates.value_f1", "Date values, F1", f_, n, size, note)
        for level in PRECISIONS:
            n_g = sum(precision_of(v) == level for _, _, v in pairs_gold)
            n_p = sum(r["precision"] == level for r in pairs_pred)
            if not n_g and not n_p:
                continue
            p_, r_, f_ = prf(tp_levels.get(level, 0), n_p, n_g)
            size_l = (f"{count(n_docs, kind)}{OPENING if self.gold.timexes else ''}, "
                      f"{count(n_g, 'date')} of {level} precision")
            self.add(f"dates.value_precision.{level}", f"Date values of {level} precision, "
                     "precision", p_, n_p if docs else None, size_l, note)
            self.add(f"dates.value_recall.{level}", f"Date values of {level} precision, "
                     "recall", r_, n_g if docs else None, size_l, note)
            self.add(f"dates.value_f1.{level}", f"Date values of {level} precision, F1", f_,
                     n_g if docs else None, size_l, note)

    @staticmethod
    def _date_matches(gold: list[tuple[int, int, str]], pred: list[Row],
                      levels: dict[str, int]) -> int:
        pairs = match([(s, e) for s, e, _ in gold], [(r["char_start"], r["char_end"]) for r in pred],
                      ok=lambda gi, pi: pred[pi]["value"] == gold[gi][2])
        for gi, _ in pairs:
            level = precision_of(gold[gi][2]) or "other"
            levels[level] = levels.get(level, 0) + 1
        return len(pairs)

    # --- events -----------------------------------------------------------------------------
    def events(self) -> None:
        if not self.gold.of_type("event"):
            return
        gold = self.gold_of("event")
        n_gold = sum(map(len, gold.values()))
        size = f"{count(len(self.docs), 'article')}, {count(n_gold, 'dated event')}"
        note = self.missing("dated events")
        tp = n_pred = 0
        for d in self.docs:
            g = gold[d]
            dates = {r["date_id"]: r for r in self.preds.of("dates", d)}
            # The guide's dated events have their date in their own clause: rows dated by the
            # narrative (a date stated in an earlier sentence) are outside this gold.
            rows = [r for r in self.preds.of("events", d) if r.get("date_link") != "narrative"]
            p = [r for r in rows if r["date_id"] in dates]
            n_pred += len(rows)
            spans = [(dates[r["date_id"]]["char_start"], dates[r["date_id"]]["char_end"])
                     for r in p]
            tp += len(match([(a["start"], a["end"]) for a in g], spans, ok=lambda gi, pi: (
                p[pi]["date_value"] == g[gi]["value"]
                and p[pi]["char_start"] <= g[gi]["trigger_start"] < p[pi]["char_end"])))
        p_, r_, _ = prf(tp, n_pred, n_gold)
        self.add("events.recall", "Dated events found (date span, value and clause)", r_,
                 n_gold if self.docs else None, size, note)
        self.add("events.precision", "Dated events, precision", p_,
                 n_pred if self.docs else None, size, note)

    # --- claims -----------------------------------------------------------------------------
    def claims(self) -> None:
        if not self.gold.of_type("claim"):
            return
        gold = self.gold_of("claim")
        n_gold = sum(map(len, gold.values()))
        n_pred = sum(len(self.preds.of("claims", d)) for d in self.docs)
        size = f"{count(len(self.docs), 'article')}, {count(n_gold, 'numeric claim')}"
        note = self.missing("claims")
        tp_span = tp_value = 0
        matched: dict[tuple[str, int], Row] = {}
        for d in self.docs:
            g, p = gold[d], self.preds.of("claims", d)
            gs = [(a["start"], a["end"]) for a in g]
            ps = [(r["value_start"], r["value_end"]) for r in p]
            tp_span += len(match(gs, ps))
            pairs = match(gs, ps, ok=lambda gi, pi: same_value(p[pi]["value"], g[gi]["value"]))
            tp_value += len(pairs)
            for gi, pi in match(gs, ps):
                matched[(d, gi)] = p[pi]
        for what, tp in (("span", tp_span), ("value", tp_value)):
            p_, r_, f_ = prf(tp, n_pred, n_gold)
            how = "overlapping value span" if what == "span" else "overlapping span, same value"
            self.add(f"claims.{what}_precision", f"Claims, precision ({how})", p_,
                     n_pred if self.docs else None, size, note)
            self.add(f"claims.{what}_recall", f"Claims, recall ({how})", r_,
                     n_gold if self.docs else None, size, note)
            self.add(f"claims.{what}_f1", f"Claims, F1 ({how})", f_,
                     n_gold if self.docs else None, size, note)
        groups: dict[str, list[tuple[str, int]]] = {}
        for d in self.docs:
            for gi, a in enumerate(gold[d]):
                if a.get("conflict"):
                    groups.setdefault(a["conflict"], []).append((d, gi))
        all_groups = {a["conflict"] for a in self.gold.of_type("claim") if a.get("conflict")}
        if all_groups:
            found = 0
            for members in groups.values():
                rows = [matched.get(m) for m in members]
                found += (all(r is not None for r in rows)
                          and len({r["cluster_id"] for r in rows if r}) == 1
                          and all(r and r["consistency"] == "conflicts" for r in rows))
            self.add("claims.conflicts_found", "Conflicting claims flagged (all in one "
                     "cluster, consistency = conflicts)", ratio(found, len(all_groups)),
                     len(all_groups), count(len(all_groups), "conflict group"),
                     note if not self.docs else (
                         None if set(groups) == all_groups else
                         "some conflict groups have articles missing from the data scored"))

    # --- persons and publication dates ------------------------------------------------------
    def persons(self) -> None:
        gold = [a for a in self.gold.of_type("entity") if a["doc"] == ALL_DOCS]
        if not gold:
            return
        names = [norm_name(r["name"]) for r in self.preds.persons]
        once = missed = doubled = 0
        for a in gold:
            forms = {norm_name(a["name"])} | {norm_name(x) for x in a.get("aliases", [])}
            k = sum(n in forms for n in names)
            once += k == 1
            missed += k == 0
            doubled += k > 1
        size = f"{count(len(self.gold.annotated), 'article')}, {count(len(gold), 'person')}"
        note = self.missing("persons") or f"{missed} missed, {doubled} found more than once"
        self.add("entities.persons_found_once", "Persons found exactly once (one entities "
                 "row per person)", ratio(once, len(gold)) if self.docs else None,
                 len(gold) if self.docs else None, size, note)

    def entities(self) -> None:
        """Per article: a predicted entity (one with a mention in the article) matches a gold
        entity of the same kind whose name or an alias has its name, under the reconciler's
        name key; one to one. Accounts are not annotated, so not scored."""
        gold = self.gold_of("entity")
        docs = [d for d in self.docs if gold[d]]
        if not any(a["doc"] != ALL_DOCS for a in self.gold.of_type("entity")):
            return
        n_docs = len({a["doc"] for a in self.gold.of_type("entity") if a["doc"] != ALL_DOCS})
        note = None if docs else (f"none of the {n_docs} articles with entity gold is in the "
                                  "data scored, so entities cannot be measured")
        for kind in (None, *ENTITY_KINDS):
            tp = n_pred = n_gold = 0
            for d in docs:
                g = [a for a in gold[d] if kind in (None, a["kind"])]
                p = [r for r in self.preds.entities.get(d, [])
                     if r["kind"] in ENTITY_KINDS and kind in (None, r["kind"])]
                tp += len(match_entities(g, p))
                n_pred, n_gold = n_pred + len(p), n_gold + len(g)
            p_, r_, f_ = prf(tp, n_pred, n_gold)
            tag, what = (f".{kind}", f" ({kind}s)") if kind else ("", "")
            size = f"{count(len(docs) or n_docs, 'article')}, {count(n_gold, 'entity', 'entities')}"
            self.add(f"entities.precision{tag}", f"Entities{what}, precision (article, kind, "
                     "name)", p_, n_pred if docs else None, size, note)
            self.add(f"entities.recall{tag}", f"Entities{what}, recall (article, kind, name)",
                     r_, n_gold if docs else None, size, note)
            self.add(f"entities.f1{tag}", f"Entities{what}, F1 (article, kind, name)", f_,
                     n_gold if docs else None, size, note)

    def publication(self) -> None:
        gold = [a for a in self.gold.of_type("article") if a.get("published_window")]
        if not gold:
            return
        dates = {d: iso_day(r["published_date"]) for d in self.docs
                 for r in self.preds.of("sources", d)}
        ok = n = 0
        for a in gold:
            if a["doc"] not in dates:
                continue
            n += 1
            first, last = a["published_window"]
            ok += dates[a["doc"]] is not None and first <= dates[a["doc"]] <= last
        self.add("sources.published_in_window", "Publication dates inside the true window",
                 ratio(ok, n), n if self.docs else None, count(len(gold), "article"),
                 self.missing("publication dates") or (
                     None if n else "no article with a window is in the data scored"))


def score(gold: GoldSet, preds: Predictions) -> list[Figure]:
    """Every figure one gold set can give, sorted by name."""
    s = Scorer(gold, preds)
    for step in (s.quotes, s.reported, s.calibration, s.dates, s.events, s.claims, s.persons,
                 s.entities, s.publication):
        step()
    from .stories import story_figures  # stories.py reads this module's helpers
    return sorted(s.figures + story_figures(gold, preds), key=lambda f: f.name)
