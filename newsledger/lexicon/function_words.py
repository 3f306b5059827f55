"""Words that say nothing about which happening an article reports: function words, reporting
verbs, and the vocabulary every news article uses. Story keys (``newsledger.extract.keys``)
leave them out, so two articles are compared on what they are about.
"""
from __future__ import annotations

FUNCTION_WORDS = frozenset("""
a about above across after afterwards again against ago all almost alone along already also
although always am among amongst an and another any anyhow anyone anything anyway anywhere are
around as at back be became because become becomes becoming been before beforehand behind being
below beside besides between beyond both but by can cannot could did do does doing done down
during each either else elsewhere enough etc even ever every everyone everything everywhere
except few for former formerly from further had has have having he hence her here hereafter
hereby herein hers herself him himself his how however i if in indeed into is it its itself
just last latter least less many may me meanwhile might mine more moreover most mostly much must
my myself neither never nevertheless next no nobody none nor not nothing now nowhere of off
often on once one only onto or other others otherwise our ours ourselves out over own per
perhaps rather same several she should since so some somehow someone something sometime
sometimes somewhere still such than that the their theirs them themselves then thence there
thereafter thereby therefore therein these they this those though through throughout thus to
together too toward towards under until up upon us very via was we well were what whatever when
whence whenever where whereas whereby wherever whether which while who whoever whole whom whose
why will with within without would yet you your yours yourself yourselves
s t don didn doesn isn wasn weren won wouldn couldn shouldn ve ll re d m
""".split())

# Reporting and other verbs of news style, and nouns every article uses: they tell nothing of
# the happening ("said", "told", "reported", "people", "year").
NEWS_WORDS = frozenset("""
say says said saying tell tells told telling add adds added according report reports reported
reporting announce announced statement statements claim claimed claims ask asked asking
comment comments commented confirm confirmed explain explained note noted write writes
wrote written
new news first second third last next year years month months week weeks day days today
yesterday tomorrow time times people person man men woman women thing things way ways
mr mrs ms dr including include includes included made make makes making get gets got going
go goes went come comes came take takes took give gives gave see sees saw seen know knows knew
think thinks thought want wants wanted like likely also just still even many much lot lots
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
morning afternoon evening night
""".split())
