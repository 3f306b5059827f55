"""Word lists and limits for reading corpora."""

# File endings read as articles, by reader.
TEXT_SUFFIXES = frozenset({".txt", ".md"})
JSONL_SUFFIXES = frozenset({".jsonl"})
HTML_SUFFIXES = frozenset({".html", ".htm"})

# A first line longer than this is body text, not a headline.
HEADLINE_MAX_WORDS = 25
HEADLINE_MAX_CHARS = 200
# Characters that end sentences, so a first line ending with one is not a headline.
SENTENCE_END = frozenset(".;,:")
# Characters that open list items or bylines: such a first line is not a headline.
NON_HEADLINE_START = frozenset("•*-–—·>|")

# Share of control characters above which decoded text counts as binary.
BINARY_CONTROL_SHARE = 0.05
