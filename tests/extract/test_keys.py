"""Story keys: the weighted terms stories are found by, and the sketch copies are found by."""
from __future__ import annotations

import datetime as dt

import pytest

from newsledger.extract.article import extract_all
from newsledger.extract.keys import SKETCH_SIZE, headline, shingles, sketch
from newsledger.text import Document

WIRE = """Floods close the Usk valley road

ABERGAVENNY, Wales (Valley Wire) - The River Usk flooded 60 homes in Abergavenny on Friday.

Firefighters used boats in Mill Street. The council said the clean-up would take weeks.

Later paragraphs mention Abergavenny's 1979 flood and the river again."""


def terms(text: str, published: dt.date | None = None) -> dict[str, float]:
    return dict(extract_all(text, published).keys.terms)


def test_the_lead_counts_twice_and_the_dateline_not_at_all():
    t = terms(WIRE)
    assert t["floods"] == 2.0  # headline
    assert t["flooded"] == 2.0 and t["firefighters"] == 2.0  # the first two paragraphs
    assert t["paragraphs"] == 1.0  # after the lead
    assert "wales" not in t and "wire" not in t  # the dateline says where it was filed


def test_function_and_news_words_are_left_out_and_possessives_folded():
    t = terms(WIRE)
    assert not {"the", "said", "would", "on", "friday"} & set(t)
    assert t["abergavenny"] == 3.0  # lead twice, "Abergavenny's" once


def test_numbers_of_two_digits_or_more_entities_years_and_lead_days():
    t = terms(WIRE, dt.date(2024, 2, 3))
    assert t["#60"] == 2.0 and "#1" not in t
    assert "e:mill street" in t or "e:abergavenny" in t
    assert "y:1979" in t
    assert t["d:2024-02-02"] >= 1.0  # "on Friday" before a Saturday publication


def test_a_copy_shares_its_sketch_and_most_shingles():
    reprint = WIRE.replace("Floods close the Usk valley road", "Usk floods")
    a, b = Document(WIRE), Document(reprint)
    assert len(sketch(a)) == min(SKETCH_SIZE, len(shingles(a)))
    assert sketch(a) == tuple(sorted(sketch(a)))
    shared = len(shingles(a) & shingles(b)) / len(shingles(b))
    assert shared > 0.8
    assert len(set(sketch(a)) & set(sketch(b))) >= 4
    assert sketch(Document("Something else entirely, about a cup final in May.")) != sketch(a)


def test_the_sketch_is_the_same_on_every_run():
    assert sketch(Document(WIRE)) == sketch(Document(WIRE))
    assert sketch(Document("")) == ()


def test_a_story_without_a_title_is_named_by_its_headline_or_first_sentence():
    assert headline(Document(WIRE)) == "Floods close the Usk valley road"
    long = "A " + "very " * 60 + "long first sentence. Another one."
    name = headline(Document(long))
    assert name.endswith("…") and len(name) <= 141


def test_the_sketch_is_the_smallest_distinct_shingles_with_repeats_too():
    # the partition shortcut and the full sort give the same sketch, repeated 5-grams included
    for text in (WIRE, " ".join(["the cup final in May"] * 12), "one two three " * 40,
                 " ".join(f"w{i % 29}" for i in range(300))):
        assert sketch(Document(text)) == tuple(sorted(shingles(Document(text))))[:SKETCH_SIZE]


def test_words_are_the_tokens_lower_cased_whatever_the_letters():
    from newsledger.extract.keys import _words
    for text in (WIRE, "Mr. O'NEILL said ΟΔΟΣ.ΑΣ and ΣΑΣ today", "İstanbul \u212aelvin ſtreet ǅemal"):
        doc = Document(text)
        assert _words(doc) == [text[s:e].lower() for s, e in zip(*doc.token_spans)]


def test_a_companys_short_name_is_a_term_beside_its_full_name():
    """An article that writes "Halden Foods" and then "Halden" gives both terms, so another
    outlet's brief that names only "Halden" shares one with it; a person's surname is no
    such term (people are matched by their full names)."""
    t = terms("Halden Foods cut 200 jobs on Monday. Shares in Halden fell 4%.\n\n"
              "Chief executive Mara Quill said the cuts were painful. Quill joined in 2019.")
    assert t["e:halden foods"] >= 1.0 and t["e:halden"] == 1.0
    assert "e:quill" not in t


@pytest.mark.parametrize("trailer", [
    "(Reporting by Tom Ellery in Leeds; Editing by Kate Mayhew)",
    "Additional reporting by Tom Ellery; writing by Kate Mayhew",
    "Compiled by Tom Ellery and Kate Mayhew",
])
def test_a_wire_story_s_credits_give_no_terms(trailer):
    t = terms("Harrowgate Chemicals said on Monday it would close its Ludford plant, with the loss "
              f"of 400 jobs.\n\nThe plant opened in 1987.\n\n{trailer}")
    assert "e:harrowgate chemicals" in t
    assert not [k for k in t if "ellery" in k or "mayhew" in k]


def test_a_last_paragraph_that_is_no_credit_still_counts():
    t = terms("Harrowgate Chemicals will close its Ludford plant.\n\nFired by Tom Ellery, the "
              "kiln cracked.")
    assert "e:tom ellery" in t


TRANSCRIPT = """Floods in the Usk valley

ANNA PRICE, VALLEY NEWS ANCHOR: Good evening. Flood water is still rising in Abergavenny tonight. Our reporter Tom Ellery is there. Tom?

TOM ELLERY, VALLEY NEWS CORRESPONDENT: Anna, firefighters have used boats to reach 60 homes in Mill Street.

PRICE: And the council?

ELLERY: The council says the clean-up will take weeks, Anna.

GWEN MORGAN, RESIDENT: The water came up through the floor in ten minutes."""


def test_a_transcript_s_presenters_give_no_terms():
    t = terms(TRANSCRIPT)
    assert t["firefighters"] >= 1.0 and t["abergavenny"] >= 1.0
    assert not [k for k in t if "price" in k or "anna" in k or "ellery" in k]
    assert "correspondent" not in t and "anchor" not in t  # the presenters' labels' roles
    assert "e:gwen morgan" in t  # a resident's label, her words count
    assert t["floor"] >= 1.0


def test_presenters_names_count_outside_a_transcript():
    t = terms("ABERGAVENNY (Valley Wire) - Anna Price, a presenter, said the river had flooded "
              "60 homes.\n\nPrice said Tom Ellery had been rescued.")
    assert "e:anna price" in t and "e:tom ellery" in t
