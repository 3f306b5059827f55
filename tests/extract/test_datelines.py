"""Wire datelines and page metadata lines: they date the article and name its agency; they date
no happening (issue 23, item 5). Every text here is made up for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from newsledger.extract.article import extract_article
from newsledger.extract.dates import infer_publication_date
from newsledger.records import Article
from newsledger.reconcile.rows import source_row
from newsledger.text import Document
from newsledger.text.segment import byline_author, dateline_agency

HARBOR = ("Ferries sail again after the storm\n\n"
          "HALVERSTON, March 3 (Harbor Wire) - The Gull Line resumed its crossings on Monday, "
          "two days after the storm of March 1, 2025 closed the port, the company said.\n\n"
          "Published: March 3, 2025\n\nPassengers queued from dawn.")


@pytest.mark.parametrize("text, expected", [
    # the year of the latest full date the text states
    (HARBOR.replace("\n\nPublished: March 3, 2025", ""), dt.date(2025, 3, 3)),
    ("OSLO, Jan 4 (Reuters) - Fuel prices, which jumped on Dec. 28, 2023, eased this week.",
     dt.date(2024, 1, 4)),  # a January dateline on a story of late December: the next year
    ("LISBON, 12 June (Reuters) - The dock strike that began on 2 June 2022 is over.",
     dt.date(2022, 6, 12)),  # day first, as British and European wires write it
    ("DUBLIN, Oct. 9, 2019 (AP) — The talks collapsed before dawn.", dt.date(2019, 10, 9)),
    ("PERTH, 5 January 2024 (AAP) — Fire crews held the line overnight.", dt.date(2024, 1, 5)),
    # no year to be had: a dateline's month and day alone date nothing
    ("MADRID, May 2 (AFP) - The minister resigned after a week of protests.", None),
    ("ROME, May 2 (AFP) - The bridge, opened in 1968, was closed for repairs.", None),
    # a full date in a future clause is no evidence of the story's year
    ("ATHENS, May 2 (AFP) - The vote will be held on June 9, 2024.", None),
    # no full date: the latest month, quarter or season the text reports with its year
    ("WASHINGTON, March 20 (Reuters) - The central bank held rates on Wednesday and said "
     "inflation in February 2024 had eased.", dt.date(2024, 3, 20)),
    ("LONDON, Jan 5 (AP) -- The economy shrank in the fourth quarter of 2023, figures showed "
     "on Friday.", dt.date(2024, 1, 5)),  # a quarter after the dateline's day: the next year
    ("NEW YORK, Oct 3 (Reuters) - The carmaker delivered 43,000 cars in the third quarter of "
     "2023, it said on Monday.", dt.date(2023, 10, 3)),
    # ... but not the far end of a comparison, a year alone, or a future month
    ("WASHINGTON, March 20 (Reuters) - Rates stayed at their highest level since July 2019.",
     None),
    ("LONDON, Jan 5 (Reuters) - Shares rose on Friday. The index ended 2023 up 3.8%.", None),
    ("MADRID, May 2 (AFP) - Exports will rise in June 2025, the minister said.", None),
    ("PARIS, Aug 31 (Reuters) - She is a candidate in the April 2017 election.", None),
    # a weekday the lead names must fit the day found (2024-03-20 was a Wednesday)
    ("WASHINGTON, March 20 (Reuters) - The bank held rates on Friday; prices rose in "
     "February 2024.", None),
])
def test_a_wire_dateline_dates_the_article_when_the_text_gives_its_year(text, expected):
    assert infer_publication_date(text) == expected


@pytest.mark.parametrize("dateline, agency", [
    ("HALVERSTON, March 3 (Harbor Wire) -", "Harbor Wire"),
    ("LONDON, Jan 5 (Reuters) -", "Reuters"),
    ("WASHINGTON (AP) —", "AP"),
    ("CANBERRA, Australia (AP)_", "AP"),
    ("BRUSSELS -", None),
])
def test_the_agency_a_dateline_names(dateline, agency):
    assert dateline_agency(dateline) == agency


def _article(text: str, **metadata) -> Article:
    return Article("wire/1", "wire/1.txt", text, "utf-8", **metadata)


def test_the_agency_is_the_outlet_when_the_input_names_none():
    result = extract_article(_article(HARBOR))
    assert source_row(result)["outlet"] == "Harbor Wire"
    given = extract_article(_article(HARBOR, outlet="Coast Gazette"))
    assert source_row(given)["outlet"] == "Coast Gazette"
    assert source_row(extract_article(_article("WASHINGTON (AP) — The Senate met.")))[
        "outlet"] == "AP"
    assert source_row(extract_article(_article("The Senate met on Tuesday.")))["outlet"] is None


@pytest.mark.parametrize("byline, author", [
    ("By Andy Bruce and David Milliken", "Andy Bruce and David Milliken"),
    ("by Jane Smith, Omar Farah", "Jane Smith, Omar Farah"),
    ("BY SARAH COLLINS", "SARAH COLLINS"),
    # the outlet closing a wire byline is not the author
    ("By JOHN ANTCZAK Associated Press", "JOHN ANTCZAK"),
    ("By Jane Smith, Reuters", "Jane Smith"),
    ("By the end of the day", None),  # a sentence, not a byline
])
def test_who_a_byline_names(byline, author):
    assert byline_author(byline) == author


def test_the_byline_is_the_author_when_the_input_names_none():
    text = "Rates held\n\nBy Andy Bruce and David Milliken\n\nLONDON (Reuters) - Rates held."
    assert source_row(extract_article(_article(text)))["author"] == \
        "Andy Bruce and David Milliken"
    assert source_row(extract_article(_article(text, author="A. Bruce")))["author"] == "A. Bruce"
    # a sentence that opens with 'By' is no byline
    assert source_row(extract_article(_article(
        "Rates held\n\nBy Thursday the Bank had held rates.")))["author"] is None


def test_the_dateline_and_the_metadata_line_are_dates_but_no_events():
    result = extract_article(_article(HARBOR))
    assert (result.published, result.published_source) == (dt.date(2025, 3, 3), "inferred")
    dates = {d.text: d.value for d in result.extraction.dates}
    assert dates["March 3"] == "2025-03-03" and dates["March 1, 2025"] == "2025-03-01"
    dated = {e.date.text for e in result.extraction.events}
    assert "Monday" in dated and "March 3" not in dated and "March 3, 2025" not in dated
    assert "publish" not in {e.action for e in result.extraction.events}


@pytest.mark.parametrize("text, expected", [
    ("Harbour reopens\n\nPublished: 4 March 2025\n\nThe harbour reopened on Tuesday.",
     dt.date(2025, 3, 4)),
    ("Posted on: Fri, 7 Jun 2024 at 18:10 BST\n\nThe council met.", dt.date(2024, 6, 7)),
    # capitals, and the first publication before the update
    ("PUBLISHED: FRIDAY, JUNE 7, 2024, 6:10 PM\nUPDATED: SATURDAY, JUNE 8, 2024, 9:02 AM\n\n"
     "The council met.", dt.date(2024, 6, 7)),
    ("Story Created: Sep 2, 2021 at 7:45 AM EDT\n\nA bridge closed.", dt.date(2021, 9, 2)),
    # an update alone still dates the page
    ("Bridge closed\n\nLast modified on Tue 4 Mar 2025 10.02 GMT\n\nA bridge closed.",
     dt.date(2025, 3, 4)),
    ("Updated Thu 6 May 2021, 9:03am\n\nA bridge closed.", dt.date(2021, 5, 6)),
    # a sentence that opens with such a word is no metadata line
    ("Created in 1998, the trust was wound up soon after.", None),
    ("The club posted a loss for the year.", None),
])
def test_metadata_lines_give_the_publication_date(text, expected):
    assert infer_publication_date(Document(text)) == expected


def test_a_metadata_line_dates_no_event():
    text = "Published: March 1, 2008\n\nThe mayor opened the bridge on Feb. 27, 2008."
    result = extract_article(_article(text))
    assert [(e.date.text, e.action) for e in result.extraction.events] == [("Feb. 27, 2008",
                                                                            "open")]


@pytest.mark.parametrize("text, expected", [
    # a date under the headline, written as pages and broadcasters' sites write it
    ("Ferry runs aground off Skye\n\n9 September 2013, 14:08\n\nThe ferry struck rocks.",
     dt.date(2013, 9, 9)),
    ("Ferry runs aground off Skye\n\n11:39am UK, Monday 09 September 2013\n\nThe ferry struck "
     "rocks.", dt.date(2013, 9, 9)),
    ("Ferry runs aground off Skye\n\n2013-09-26\n\nThe ferry struck rocks.",
     dt.date(2013, 9, 26)),
    ("Ferry runs aground off Skye\n\nLast updated 13:26 14/09/2013\n\nThe ferry struck rocks.",
     dt.date(2013, 9, 14)),  # day first: no month is 14
    ("Ferry runs aground off Skye\n\n14/09/2013\n\nThe ferry struck rocks.",
     dt.date(2013, 9, 14)),
    ("Ferry runs aground off Skye\n\non Tuesday, 16 December 2008 13:45.\n\nIt struck rocks.",
     dt.date(2008, 12, 16)),
    # the first full date near the top decides; a future one dates nothing
    ("Ferry service to resume\n\nThe ferry will sail again on 9 September 2013.", None),
    ("Ferry runs aground off Skye\n\nPublished time: March 12, 2013 02:03\n\nIt struck rocks.",
     dt.date(2013, 3, 12)),
    # a sentence near the top is no date line: a birth date is not the page's date
    ("Singer dies at 85\n\nJo Lark was born on April 22, 1923, in Nashville.\n\nShe died at "
     "home on December 11, 2008.", dt.date(2008, 12, 11)),
    ("Ferry runs aground off Skye\n\n09/14/2013\n\nThe ferry struck rocks.",
     dt.date(2013, 9, 14)),  # month first: no month is 14
    ("Ferry runs aground off Skye\n\n11/09/2013\n\nThe ferry struck rocks.",
     None),  # 9 November or 11 September: the page does not say which
    ("Ferry runs aground\n\n9 September 2013\n\nThe ferry was launched on 2 May 1991.",
     dt.date(2013, 9, 9)),
])
def test_a_date_near_the_top_dates_the_page(text, expected):
    assert infer_publication_date(Document(text)) == expected
