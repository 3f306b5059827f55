"""Records built by ``records.fast_init``'s constructor: same signature, values and pickles as
the dataclass's own, still frozen."""
from __future__ import annotations

import dataclasses
import pickle

import pytest

from newsledger.records import ArticleExtraction, Claim, StoryKeys
from newsledger.text.document import Token


def test_fast_init_keeps_the_dataclass_constructor():
    c = Claim(1, 5, "about 40", 40.0, 1, 5, "40", "approximate", "k", unit="vote")
    assert (c.start, c.unit, c.subject, c.period) == (1, "vote", None, None)
    assert c == Claim(start=1, end=5, text="about 40", value=40.0, value_start=1, value_end=5,
                      value_text="40", qualifier="approximate", measure_key="k", unit="vote")
    assert pickle.loads(pickle.dumps(c)) == c
    assert dataclasses.replace(c, unit=None).unit is None
    assert ArticleExtraction().keys == StoryKeys() and ArticleExtraction().notes == ()
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.start = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        Claim(1, 5)  # type: ignore[call-arg]
    assert Token(0, 3, 0, True, "Hey there").text == "Hey"
