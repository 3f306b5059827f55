"""The signature line of a social post reproduced in an article:
``post text pic.twitter.com/xyz — Display Name (@handle) November 4, 2020``.

Found once per article (``SIGNATURES(doc)``, a fact of the document) and read by the quote
extractor (embedded posts), entities (the poster's name and handle), events (the day a post was
posted) and publication-date inference.
"""
from __future__ import annotations

import re

from newsledger.text import Document, Fact

# A dash after white space or at the start ("— ye (@kanyewest) November 4, 2020"). Each dash
# opens its alternative and looks behind it only then, so the engine jumps to the dashes.
SIGNATURE = re.compile(
    r"(?:—(?<!\S—)|–(?<!\S–)|&(?<!\S&)mdash;|-(?<!\S-)-?)"
    r"\s*(?P<name>[^\n—–]{1,80}?)\s*\((?P<handle>@\w{1,30})\)"
    r"\s+(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+"
    r"\d{4})")


def find_signatures(text: str) -> list[re.Match[str]]:
    """Every post signature in ``text``. A signature holds "(@", and most articles have none:
    that cheap test comes first."""
    return list(SIGNATURE.finditer(text)) if "(@" in text else []


SIGNATURES: Fact[tuple[re.Match[str], ...]] = Fact(
    "signatures", lambda doc: tuple(find_signatures(doc.text)))
"""Every post signature of a document, found on first use."""
