"""A story's title: a title given with an article, else a headline line, else a first sentence."""
from __future__ import annotations

import datetime as dt

from newsledger.reconcile.story_index import ArticleInfo, StoryIndex

DAY = dt.date(2024, 3, 4)
STORY = "st_0000000000000001"


def title(*articles: ArticleInfo) -> str:
    index = StoryIndex({a.source_id: a for a in articles}, {a.source_id: STORY for a in articles},
                       {})
    return index.titles[STORY]


def test_a_given_title_wins_even_when_later():
    assert title(ArticleInfo("a", DAY, None, None, "First sentence of a.", False),
                 ArticleInfo("b", DAY + dt.timedelta(days=1), None, "Floods close the M4",
                             None)) == "Floods close the M4"


def test_a_headline_line_wins_over_an_earlier_article_s_first_sentence():
    assert title(ArticleInfo("a", DAY, None, None, "Oh, it has been a long week.", False),
                 ArticleInfo("b", DAY, None, None, "Actor Checks Into Rehab", True)) == \
        "Actor Checks Into Rehab"


def test_failing_headlines_the_earliest_article_s_first_sentence():
    assert title(ArticleInfo("b", DAY, None, None, "Later words.", False),
                 ArticleInfo("a", DAY - dt.timedelta(days=1), None, None, "Earlier words.",
                             False)) == "Earlier words."


def test_a_title_in_capitals_comes_after_the_same_day_s_others():
    # a tabloid splash names the story only when no other article of that day has a title
    assert title(ArticleInfo("a", DAY, None, "STORM OF THE CENTURY", None, False),
                 ArticleInfo("b", DAY, None, "Storm kills seven in Wales", None, False)) == \
        "Storm kills seven in Wales"
    assert title(ArticleInfo("a", DAY, None, "STORM OF THE CENTURY", None, False)) == \
        "STORM OF THE CENTURY"
