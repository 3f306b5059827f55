"""Words that open the name of a storm ("Storm Ciara", "Hurricane Ida", "Typhoon Hagibis",
"Tropical Storm Claudette"): the name is a happening, no person, organization, place or
account, so it is no entity (and never a speaker). Lower case.

Hand-written from the naming of weather services (the UK Met Office and Met Éireann, the US
National Hurricane Center, the Japan Meteorological Agency, the Indian and Australian bureaus).
"""
from __future__ import annotations

STORM_WORDS = frozenset({
    "storm", "hurricane", "typhoon", "cyclone", "tropical storm", "tropical depression",
    "subtropical storm", "super typhoon", "post-tropical cyclone", "tropical cyclone",
    "severe tropical storm", "winter storm", "extratropical storm", "ex-hurricane",
})
