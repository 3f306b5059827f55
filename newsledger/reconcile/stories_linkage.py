"""Average-link clustering of the same-story graph, and the lead figures, places, names and
days that keep two look-alike stories apart (``stories``, step 4)."""
from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from newsledger.lexicon.numbers import STREET_WORDS
from newsledger.lexicon.places import VENUE_ENDINGS

from .stories_dates import lead_days_differ
from .stories_steps import protagonists_meet, steps_of_one

# Stories whose leads state exact figures of one kind and none alike (a rate held at 3.75%
# and one cut to 3.5%, a 2-1 win and a 4-0 rematch, a 48-hour strike and a 24-hour one):
# the mean same-story probability of their cross pairs counts a tenth (``average_link``).
FIGURES_APART = 0.1
# Stories whose leads both name specific places of one kind (districts and towns, streets or
# venues; not the countries, states and big cities that are context: ``extract.keys.
# lead_places``) and none alike (two stabbings in one city, one in Handsworth Park off Hamstead
# Road, one on Bradford Street in Digbeth): their mean counts at this fraction (``places_differ``).
PLACES_APART = 0.25
# Stories whose core names (the entities two or more of a story's articles name; each
# article's given only when it is dated: ``stories.linked_profiles``) have none in common, one
# name no shorter form of another (one carmaker's recall and another's two days later, the
# second's wire naming the first; two clubs' matches): their mean counts at this fraction
# (``names_differ``).
NAMES_APART = 0.25
# Stories whose dated reports' first paragraphs date their happenings days apart, none nearer
# (``stories_dates.reported_days``, ``lead_days_differ``: one town's march on two Saturdays, a
# tournament's quarter-final on Thursday and its final on Sunday): their mean counts at this
# fraction. Pairs of such reports count less already (``stories.LEAD_DAYS_APART``); this keeps
# an undated piece that is like both (a weekly's report of one march) from joining the two.
DAYS_APART = 0.25
MAX_PLACES = 20
DECIMAL_SLACK = 0.3  # magnitudes of one quake differ by a few tenths from agency to agency
MAX_FIGURES = 20


def average_link(n: int, sims: Mapping[tuple[int, int], float], threshold: float,
                 figures: Sequence[frozenset[str]] | None = None,
                 places: Sequence[frozenset[str]] | None = None,
                 names: Sequence[frozenset[str]] | None = None,
                 days: Sequence[frozenset[str]] | None = None,
                 steps: Sequence[frozenset[str]] | None = None,
                 protagonists: Sequence[frozenset[str]] | None = None) -> list[int]:
    """Average-link agglomerative clustering of ``n`` items over a sparse similarity graph
    (missing pairs count as 0): clusters merge, most similar first, while the mean similarity
    of all their cross pairs is at least ``threshold``; times ``FIGURES_APART`` when the
    clusters' lead figures (``figures``: each item's; a cluster's, those two or more of its
    members give, else its members' together: one report's recall of another happening's
    score is no figure of its story) disagree (``figures_differ``), times ``PLACES_APART``
    when their lead places (``places``, alike) do (``places_differ``), times ``NAMES_APART``
    when the names two or more of their members give (``names``: each item's entity names) do
    (``names_differ``), times ``DAYS_APART`` when their members' reported days (``days``:
    each item's; a cluster's, its members' together) do (``lead_days_differ``), unless their
    proceedings' steps (``steps``: each item's; a cluster's, its members' together) are the
    course and the outcome of one (``stories_steps.steps_of_one``: a trial's opening and its
    verdict each date their own day) and their ``protagonists`` (each item's most named
    entities; a cluster's, its members' together) meet: each cluster names the other's
    (``stories_steps.protagonists_meet``; a cluster's names are its dated members' ``names``).
    Returns each item's cluster label (the smallest index of its cluster). Deterministic: ties go to the smaller indexes."""
    size = [1] * n
    figs = list(figures) if figures is not None else [frozenset()] * n
    fig_counts = [Counter(x) for x in figs]
    where = list(places) if places is not None else [frozenset()] * n
    links: list[dict[int, float]] = [{} for _ in range(n)]  # cluster -> cluster -> sum of sims
    name_counts = [Counter(x) for x in names] if names is not None else [Counter()] * n
    cores: list[frozenset[str]] = [frozenset()] * n  # the names two or more members give
    when = list(days) if days is not None else [frozenset()] * n
    stage = list(steps) if steps is not None else [frozenset()] * n
    whom = list(protagonists) if protagonists is not None else [frozenset()] * n
    # A pair's mean is taken again when it is popped: its clusters' sets are compared once.
    figs_apart = _Memo(figures_differ)
    places_apart = _Memo(places_differ)
    names_apart = _Memo(names_differ)
    days_apart = _Memo(lead_days_differ)

    def mean_of(a: int, b: int, total: float) -> float:
        mean = total / (size[a] * size[b])
        return apart(a, b, mean) if mean >= threshold else mean

    def apart(a: int, b: int, mean: float) -> float:
        """The mean of two clusters times what their figures, places, names and days make of
        it (they only lower it: a mean below the threshold needs them not)."""
        # (an empty set is no evidence: tested here, without a call)
        if figs[a] and figs[b] and figs_apart(figs[a], figs[b]):
            mean *= FIGURES_APART
        if where[a] and where[b] and places_apart(where[a], where[b]):
            mean *= PLACES_APART
        if cores[a] and cores[b] and names_apart(cores[a], cores[b]):
            mean *= NAMES_APART
        if when[a] and when[b] and days_apart(when[a], when[b]) and not (
                steps_of_one(stage[a], stage[b])
                and protagonists_meet(whom[a], frozenset(name_counts[a]), whom[b],
                                      frozenset(name_counts[b]))):
            mean *= DAYS_APART
        return mean

    for (i, j), s in sims.items():
        if s > 0:
            links[i][j] = links[j][i] = s
    heap = [(-m, i, j) for (i, j), s in sims.items() if (m := mean_of(i, j, s)) >= threshold]
    heapq.heapify(heap)
    alive = [True] * n
    members = [[i] for i in range(n)]
    while heap:
        neg, a, b = heapq.heappop(heap)
        if not (alive[a] and alive[b]):
            continue
        mean = mean_of(a, b, links[a].get(b, 0.0))
        if mean < threshold or abs(mean + neg) > 1e-12:
            continue  # a stale entry: the pair's mean changed since it was pushed
        alive[b] = False
        members[a] += members[b]
        members[b] = []
        size[a] += size[b]
        if fig_counts[b]:  # (else a's counts, and the figures made of them, stay)
            fig_counts[a] = fig_counts[a] + fig_counts[b]
            figs[a] = frozenset(x for x, k in fig_counts[a].items() if k >= 2) \
                or frozenset(fig_counts[a])
        where[a] = where[a] | where[b]
        if name_counts[b]:
            name_counts[a] = name_counts[a] + name_counts[b]
            cores[a] = frozenset(x for x, k in name_counts[a].items() if k >= 2)
        when[a] = when[a] | when[b]
        stage[a] = stage[a] | stage[b]
        whom[a] = whom[a] | whom[b]
        links[a].pop(b, None)
        for c, s in links[b].items():
            if c != a:
                links[c].pop(b, None)
                links[a][c] = links[c][a] = links[a].get(c, 0.0) + s
        links[b] = {}
        n_a = size[a]
        for c, s in links[a].items():
            mean = s / (n_a * size[c])
            if mean >= threshold and (mean := apart(a, c, mean)) >= threshold:
                heapq.heappush(heap, (-mean, min(a, c), max(a, c)))
    label = list(range(n))
    for a in range(n):
        for m in members[a]:
            label[m] = min(members[a]) if members[a] else a
    return label


def groups(labels: Sequence[int]) -> list[list[int]]:
    """The items' indexes by cluster label, clusters in order of their labels."""
    out: dict[int, list[int]] = defaultdict(list)
    for i, lab in enumerate(labels):
        out[lab].append(i)
    return [out[k] for k in sorted(out)]


def figures_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of lead figures (``f:kind:value``, ``extract.keys.lead_figures``; a
    story's: ``average_link``) disagree: both state figures of one kind (a score, a
    percentage, a duration, a decimal) and no figure of one agrees with one of the other (the
    same value at the coarser precision of the two, "41.3%" and "about 41%"; decimals, as
    agencies measure magnitudes, within ``DECIMAL_SLACK``). Sets of more than ``MAX_FIGURES``
    figures (a long-running story's) are no evidence."""
    if not (a and b) or a & b or len(a) > MAX_FIGURES or len(b) > MAX_FIGURES:
        return False
    mine, theirs = _by_kind(a), _by_kind(b)
    kinds = mine.keys() & theirs.keys()
    if not kinds:
        return False
    # a score or a duration agrees only with itself, and the sets share no figure
    return not any(_agree(kind, x, y) for kind in kinds for x in mine[kind]
                   for y in theirs[kind])


def places_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of lead places (``p:name``, ``extract.keys.lead_places``; a story's
    are its articles' together) disagree: both name places of one kind (``_place_kind``: an
    area, a street, a venue) and none of one is the other or a shorter name of it ("Mount
    Cook" and "Aoraki Mount Cook National Park", "High Street" and "Banstead High Street").
    A street and a town are no evidence (one story names its town, another its street: "Wasilla"
    and "Nicola Avenue"; "Mannheim" and "SAP Arena"); sets of more than ``MAX_PLACES`` (a
    long-running story's) are none either."""
    if not (a and b) or a & b or len(a) > MAX_PLACES or len(b) > MAX_PLACES:
        return False
    if not {_place_kind(p) for p in a} & {_place_kind(p) for p in b}:
        return False
    return _none_alike(a, b)


def names_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two stories' core names (``e:name``) disagree: none of one is a name of the
    other or a shorter form of it ("e:corran" and "e:corran motors" agree)."""
    if not (a and b) or a & b:
        return False
    return _none_alike(a, b)


def _none_alike(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether no name of ``a`` (``p:`` or ``e:`` terms) has only words of a name of ``b``,
    or the other way round."""
    words = [frozenset(p[2:].split()) for p in b]
    return not any(x <= y or y <= x for x in (frozenset(p[2:].split()) for p in a)
                   for y in words)


def _place_kind(place: str) -> str:
    """"street" ("p:bradford street"), "venue" ("p:handsworth park") or "area" (a district, a
    town: "p:digbeth"), by the name's last word."""
    last = place.rpartition(" ")[2]
    return "street" if last in STREET_WORDS else "venue" if last in VENUE_ENDINGS else "area"


_EXACT_KINDS = frozenset({"f:score", "f:duration"})


@lru_cache(maxsize=4096)  # a story's set is compared with each of its neighbours'
def _by_kind(figures: frozenset[str]) -> dict[str, list[tuple[float, int]]]:
    """{kind: each figure's value and its count of decimals} (a score's or a duration's
    kind with no values: they are compared as they are written)."""
    out: dict[str, list[tuple[float, int]]] = {}
    for figure in figures:
        kind, _, value = figure.rpartition(":")
        values = out.setdefault(kind, [])
        if kind not in _EXACT_KINDS:
            values.append((float(value), len(value.partition(".")[2])))
    return out


def _agree(kind: str, x: tuple[float, int], y: tuple[float, int]) -> bool:
    """Whether two different figures of one kind (not a score or a duration) agree."""
    (u, u_places), (v, v_places) = x, y
    if kind == "f:." and abs(u - v) <= DECIMAL_SLACK + 1e-9:
        return True
    places = min(u_places, v_places)
    return round(u, places) == round(v, places)


class _Memo:
    """A test of two frozensets (a cluster's figures or places), each pair of sets tested once."""

    def __init__(self, test: Callable[[frozenset[str], frozenset[str]], bool]):
        self.test = test
        self.known: dict[tuple[frozenset[str], frozenset[str]], bool] = {}

    def __call__(self, a: frozenset[str], b: frozenset[str]) -> bool:
        if not (a and b):
            return False
        key = (a, b)
        found = self.known.get(key)
        if found is None:
            found = self.known[key] = self.test(a, b)
        return found
