"""Figures and the matching rules they are computed with (``evaluation/GUIDE.md``, "Matching
rules"): spans by overlap, half overlap or equality, one to one, greatest overlap first;
speakers by case-folded name or alias; dates by calendar value and precision; claim values
within a relative tolerance. ``score.Scorer`` applies them to a gold set."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from newsledger.reconcile.entities import name_key

from .predict import Row

DIGITS = 4  # figures are rounded to this many decimals (deterministic quality.json)
# Calibration bins of confidence: [lo, hi), the last one closed.
BINS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.0))
# MEANTIME values that are calendar periods (the ones newsledger's dates table holds).
CALENDAR = re.compile(r"^\d{3,4}(-(\d{2}(-\d{2})?|W\d{2}(-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?$")
SENTENCE_END = re.compile(r"[.!?]\s")
OPENING = " (annotated opening sentences)"
VALUE_TOLERANCE = 1e-3  # relative difference under which two claim values are equal
# Figures where lower is better (the gate reads them the other way round).
LOWER_IS_BETTER = (".without_speaker", ".calibration_error", ".traps_compared")
INDIRECT = "indirect"  # the quote kind of reported speech, scored apart from quotes in marks
ENTITY_KINDS = ("person", "organization", "place")  # the kinds entity gold annotates


@dataclass(frozen=True)
class Figure:
    """One measured figure; ``value`` None means it could not be measured (``note`` says why)."""

    name: str  # "<table>.<measure>@<gold set>", e.g. "quotes.span_f1.overlap@meantime"
    label: str
    value: float | None
    n: int | None  # how many items the figure is computed over
    gold_set: str
    gold_size: str
    note: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "label": self.label, "value": self.value, "n": self.n,
                "gold_set": self.gold_set, "gold_size": self.gold_size, "note": self.note}


def lower_is_better(name: str) -> bool:
    return any(tag in name.split("@")[0] for tag in LOWER_IS_BETTER)


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``count(1, "article")`` → "1 article", ``count(2, "article")`` → "2 articles"."""
    return f"{n} {noun}" if n == 1 else f"{n} {plural or noun + 's'}"


def ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float | None, float | None, float | None]:
    """Precision, recall, F1; None where the denominator is zero."""
    p, r = ratio(tp, n_pred), ratio(tp, n_gold)
    if p is None or r is None:  # gold but no prediction: nothing found, F1 0; neither: None
        return p, r, (0.0 if r is not None else None)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def half_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether each span covers at least half of the other (reported speech: its bounds are
    fuzzier than a quote's marks, so sharing a character is not enough)."""
    shared = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return shared > 0 and 2 * shared >= a[1] - a[0] and 2 * shared >= b[1] - b[0]


def match(gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]], *,
          exact: bool = False, half: bool = False, ok: Callable[[int, int], bool] | None = None
          ) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs whose spans match (overlap, each
    covering half of the other with ``half``, or equal with ``exact``) and satisfy ``ok``;
    greatest overlap first, then text order."""
    candidates = []
    for gi, (gs, ge) in enumerate(gold):
        for pi, (ps, pe) in enumerate(pred):
            hit = (gs, ge) == (ps, pe) if exact else (
                half_overlap((gs, ge), (ps, pe)) if half else (ps < ge and gs < pe))
            if hit and (ok is None or ok(gi, pi)):
                candidates.append((-(min(ge, pe) - max(gs, ps)), gs, ps, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for *_, gi, pi in sorted(candidates):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def norm_name(name: str | None) -> str | None:
    if not name:
        return None
    n = " ".join(name.casefold().split())
    return n[4:] if n.startswith("the ") else n


def match_entities(gold: Sequence[dict[str, Any]], pred: Sequence[Row]) -> list[tuple[int, int]]:
    """(gold, prediction) index pairs, one to one: same kind, and the prediction's name is the
    gold name or one of its aliases under the reconciler's name key (case, spaces,
    apostrophes, "U.S."/"US"). Names first, then aliases, so an alias never takes the row that
    carries the name."""
    keys = [name_key(r["name"]) for r in pred]
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for with_aliases in (False, True):
        for gi, a in enumerate(gold):
            if gi in used_g:
                continue
            forms = {name_key(a["name"])}
            if with_aliases:
                forms |= {name_key(x) for x in a.get("aliases", ())}
            for pi, r in enumerate(pred):
                if pi not in used_p and r["kind"] == a["kind"] and keys[pi] in forms:
                    pairs.append((gi, pi))
                    used_g.add(gi)
                    used_p.add(pi)
                    break
    return sorted(pairs)


def speaker_correct(gold: dict[str, Any], pred: Row) -> bool:
    """The guide's speaker rule: the name or an alias; no name and the same kind otherwise."""
    name = norm_name(pred.get("speaker_name"))
    if gold.get("speaker"):
        names = {norm_name(gold["speaker"])} | {norm_name(a) for a in gold.get("aliases", [])}
        return name in names
    return name is None and pred.get("speaker_kind") == gold["speaker_kind"]


def precision_of(value: str) -> str | None:
    """The precision of a TimeML calendar value (``2020-11-04`` → day, ``199`` → decade)."""
    if not CALENDAR.match(value or ""):
        return None
    if len(value) == 3:
        return "decade"
    tail = value[5:]
    if not tail:
        return "year"
    if tail.startswith("W"):
        return "week"
    if tail.startswith("Q"):
        return "quarter"
    if tail.startswith("H"):
        return "year"  # a half year: the dates table's precision for it
    if tail[:2] in ("SP", "SU", "FA", "WI"):
        return "season"
    return "day" if len(tail) == 5 else "month"


def same_value(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= VALUE_TOLERANCE * max(abs(a), abs(b)) if a or b else True


def iso_day(value: Any) -> str | None:
    return None if value is None else str(value)[:10]
