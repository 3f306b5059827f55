"""Quotations, their kind and their speakers (rule-based, following the conventions of English
news writing; the word lists are in ``newsledger.lexicon.people``).

One job per module, in the order the extractor (``extract.py``) uses them:

- marks: the quote spans are paired once per article by the text layer
  (``newsledger.text.quotemarks``: straight, curly and single marks, quotes over several
  paragraphs);
- ``posts.py``: embedded social posts above a post signature;
- ``rules.py``: the attribution rules, an ordered table with names, examples and measured
  precision; ``attribution.py``: their finders (a cue and a speaker phrase near the marks),
  each reading a ``Quoted`` and returning a ``Found`` (``quoted.py``);
  ``phrases.py``: speaker noun phrases of any length next to a reporting verb;
  ``subjects.py``: speakers read from the sentence when no verb sits next to the quote;
- ``resolve.py``: from the speaker's words to its name, kind and entity (``mentions.py`` holds
  the entity mentions by offset);
- ``filters.py``: what is not a quote (headlines, titles, nicknames, scare quotes) and whether
  a quote is ``direct`` or ``partial``; what is not reported speech;
- ``reported.py``: reported speech without quote marks ('The council said the road would
  reopen'), as quotes of kind ``indirect``, with its own rule table (``quotes.indirect``);
  ``reported_clauses.py`` reads the clause a reporting verb reports, ``reported_speakers.py``
  the phrase that speaks for it.

Confidence: the share of right speakers of the rule that found the speaker, measured on
annotated news (``newsledger.lexicon.reliability``).

Limits: single quotes never run over
several paragraphs, and two apostrophes used as double marks (``''…''``) are not read as marks;
attributions more than one sentence away are missed unless the quote continues an attributed
one; speakers are found by pattern and phrase boundaries, not a parser, so unusual word orders
are missed and a clause subject can be the wrong noun phrase.
"""
from .extract import extract_quotes, quotes_with_rules
from .reported import reported_speech, reported_with_rules

__all__ = ["extract_quotes", "quotes_with_rules", "reported_speech", "reported_with_rules"]
