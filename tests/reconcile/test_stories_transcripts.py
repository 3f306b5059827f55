"""One happening told by a wire story, a broadcast transcript, a regional paper and a column:
the transcript's heaviest words are its own (its reporter, "newsreader", what she saw) and no
other article holds them, so an article's blocking terms also take the heaviest names another
article gives (``profiles.BLOCK_NAMES``): the town they share pairs them. A refinery fire the
same day in another country stays its own story, and a match report from the town, a central
bank's decision, each its own. A network's morning transcript of a bridge collapse (its anchor and
correspondent named at every turn: their names give no terms, ``extract.keys``) joins the wire,
local TV and column on it; two by-elections on one night stay two stories. Articles written for
this test (tests/data/stories-broadcast)."""
from __future__ import annotations

from pathlib import Path

from newsledger.extract.article import extract_all
from newsledger.ingest import read_corpus
from newsledger.ingest.normalize import normalize_text
from newsledger.reconcile.profiles import BLOCK_NAMES, BLOCK_TERMS
from newsledger.reconcile.stories import StoryItem, candidate_pairs, cluster, profiles_of

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "stories-broadcast"


def _items() -> list[StoryItem]:
    items = []
    for article in sorted(read_corpus([ARTICLES]).articles, key=lambda a: a.source_id):
        keys = extract_all(normalize_text(article.text), article.published).keys
        items.append(StoryItem(article.source_id, article.published, dict(keys.terms),
                               keys.dateline_day))
    return items


def test_a_transcript_joins_the_reports_of_its_happening():
    items = _items()
    stories = {frozenset(items[i].source_id for i in g) for g in cluster(items)}
    ludford = frozenset({"wire-ludford", "bbc-ludford", "regional-ludford", "oped-ludford"})
    assert ludford in stories
    assert frozenset({"us-texas-fire"}) in stories  # the same day, another country


def test_a_shared_name_pairs_articles_whatever_their_own_words():
    items = _items()
    profiles = profiles_of(items)
    ids = [it.source_id for it in items]
    pairs = {(ids[a], ids[b]) for a, b in candidate_pairs(profiles).tolist()}
    assert ("bbc-ludford", "wire-ludford") in pairs
    assert all(len(p.block) <= BLOCK_TERMS + BLOCK_NAMES for p in profiles)


def test_a_network_transcript_joins_the_day_s_reports_of_its_happening():
    items = _items()
    stories = {frozenset(items[i].source_id for i in g) for g in cluster(items)}
    assert frozenset({"wire-bridge", "tv-bridge", "transcript-bridge", "oped-bridge"}) in stories


def test_two_by_elections_on_one_night_are_two_stories():
    """A report of one names the other's result in its last paragraph, which pairs them; their
    leads' constituencies ("the Hartwell seat", "the Ashcombe by-election": places) differ."""
    items = _items()
    stories = {frozenset(items[i].source_id for i in g) for g in cluster(items)}
    assert frozenset({"bbc-byelection", "chronicle-byelection"}) in stories
    assert frozenset({"echo-ashcombe"}) in stories
