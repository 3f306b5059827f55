"""Word lists and limits for reading corpora (file kinds, headline heuristics, binary test)."""

# File endings read as articles, by reader (compared lower-cased).
TEXT_SUFFIXES = frozenset({".txt", ".md"})
JSONL_SUFFIXES = frozenset({".jsonl"})
HTML_SUFFIXES = frozenset({".html", ".htm"})

# A first line longer than this is body text, not a headline (tabloid headlines run long).
HEADLINE_MAX_WORDS = 25
HEADLINE_MAX_CHARS = 200
# A first line directly followed by body text (no blank line) counts only when it is at most
# this long and Title-Case-ish (see HEADLINE_TITLE_CASE_SHARE).
HEADLINE_RUN_ON_MAX_WORDS = 16
# Share of capitalized words (small words aside) that makes a line Title-Case-ish.
HEADLINE_TITLE_CASE_SHARE = 0.8
# A headline has at least this many words with letters ("WASHINGTON" alone is a dateline).
HEADLINE_MIN_WORDS = 2

# Characters that end sentences or clauses: a first line ending with one (closing quotes and
# brackets aside) is not a headline. "?" and "!" are allowed: headlines ask and exclaim.
SENTENCE_END = frozenset(".;,:…—–-")
# Closing quote marks and brackets looked past when finding a line's last character.
CLOSERS = "\"'”’»)]"
# Characters that open list items, quotes blocks or table rows: such a line is no headline.
NON_HEADLINE_START = frozenset("•*-–—·>|+●▪►")
# Underlines of a Setext Markdown heading ("Title\n=====").
SETEXT_UNDERLINE = frozenset("=-")

# Words left lower-case in Title Case headlines (AP/Chicago style small words).
TITLE_SMALL_WORDS = frozenset({
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in",
    "of", "off", "on", "per", "to", "up", "via", "vs", "vs.", "v", "v.", "with", "from", "into",
    "onto", "over", "than", "is", "are", "be", "if", "it", "its", "not",
})
# Longer prepositions some Title Case styles leave in lower case too ('… for Special Prosecutor
# after Report Reveals …'): a headline line may hold them.
TITLE_LOWER_PREPOSITIONS = frozenset({
    "after", "about", "before", "against", "amid", "between", "through", "without", "under",
    "during", "since", "until", "upon", "near", "like", "past", "behind", "across", "around"})

# First words of lines that label page furniture rather than headline it
# ("Published 5 Nov 2020", "Updated: ...", "Photo: Reuters"); compared lower-cased, ":" removed.
FURNITURE_FIRST_WORDS = frozenset({
    "published", "updated", "posted", "last", "photo", "photograph", "image", "images", "credit",
    "source", "filed", "advertisement", "sponsored", "listen", "share", "watch", "skip",
    "subscribe", "copyright", "©",
})
# "By" opens a byline when every following word is capitalized ("By Jane Doe, Reuters");
# "By the numbers" is a headline. Bylines have at most this many words.
BYLINE_WORD = "by"
# What opens a wire story's closing credits ("(Reporting by Tom Ellery in Leeds; Editing by Kate
# Mayhew)", "Compiled by the Data Desk"): the people it names made the story, they are not in
# it. Compared lower-cased, before " by".
CREDIT_ROLES = frozenset({"reporting", "additional reporting", "writing", "editing",
                          "compiled", "reported", "research", "graphics", "production"})
BYLINE_MAX_WORDS = 8

# Words of a line that is only a date ("Thursday, November 5, 2020"): not a headline.
DATE_LINE_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
    "sun", "am", "pm", "a.m.", "p.m.", "et", "est", "edt", "gmt", "utc", "bst", "pt", "pst",
    "pdt", "ct", "cst", "cdt",
})

# Share of control bytes (other than tab, newline, form feed, carriage return) in the first
# BINARY_SAMPLE_BYTES above which a file counts as binary; any NUL byte is binary too.
BINARY_CONTROL_SHARE = 0.05
BINARY_SAMPLE_BYTES = 8192

# Header fields a .txt/.md article may start with (``ingest.header``), by the Article field
# they fill; names compared lower-cased, "-" and " " read as "_". Fenced front matter
# ("---" lines) may hold other keys too (ignored); an unfenced header block must hold only
# these, at least HEADER_MIN_FIELDS of them.
HEADER_FIELDS = {
    "title": "title", "headline": "title",
    "date": "published", "published": "published", "pubdate": "published",
    "published_at": "published", "publication_date": "published", "date_published": "published",
    "url": "url", "link": "url", "source_url": "url", "canonical_url": "url",
    "outlet": "outlet", "source": "outlet", "publisher": "outlet", "publication": "outlet",
    "site": "outlet", "site_name": "outlet", "sitename": "outlet", "newspaper": "outlet",
    "author": "author", "authors": "author", "byline": "author", "by": "author",
}
HEADER_MIN_FIELDS = 2
# Lines a fenced front matter block opens and closes with (YAML's and its "..." end).
FRONT_MATTER_OPEN = "---"
FRONT_MATTER_CLOSE = frozenset({"---", "..."})
# Lines searched for the end of a header (a longer block is article text).
HEADER_MAX_LINES = 40
# Dates with the month spelled, as metadata fields write them (read after commas and periods
# become spaces: "Nov. 5, 2020" -> "Nov 5 2020"); strptime's month names are English.
SPELLED_DATE_FORMATS = ("%d %B %Y", "%B %d %Y", "%d %b %Y", "%b %d %Y", "%A %d %B %Y",
                        "%A %B %d %Y", "%a %d %b %Y", "%a %b %d %Y")
