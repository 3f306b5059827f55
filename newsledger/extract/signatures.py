"""The signature line of a social post reproduced in an article:
``post text pic.twitter.com/xyz — Display Name (@handle) November 4, 2020``.

Shared by the quote extractor (embedded posts) and publication-date inference.
"""
from __future__ import annotations

import re

SIGNATURE = re.compile(
    r"(?:(?<=\s)|^)(?:[—–]|&mdash;|-{1,2})\s*(?P<name>[^\n—–]{1,80}?)\s*\((?P<handle>@\w{1,30})\)"
    r"\s+(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+"
    r"\d{4})", re.M)


def find_signatures(text: str) -> list[re.Match[str]]:
    """Every post signature in ``text``. A signature holds "(@", and most articles have none:
    that cheap test comes first."""
    return list(SIGNATURE.finditer(text)) if "(@" in text else []
