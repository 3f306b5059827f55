"""Quotations, their kind and their speakers (rule-based, following the conventions of English
news writing; the word lists are in ``newsledger.lexicon.people`` and ``speech``).

One job per module, in the order the extractor (``extract.py``) uses them:

- marks: the quote spans are paired once per article by the text layer
  (``newsledger.text.quotemarks``: straight, curly and single marks, quotes over several
  paragraphs);
- ``posts.py``: embedded social posts above a post signature; ``transcripts.py``: the turns of
  a broadcast or interview transcript (``HOST: …``, ``Q: …``), quotes without marks;
- ``rules.py``: the attribution rules, an ordered table with names, examples and measured
  precision; ``attribution.py``: their finders (a cue and a speaker phrase near the marks),
  each reading a ``Quoted`` and returning a ``Found`` (``quoted.py``); ``cue_phrases.py``:
  the reporting verb and its phrase around the marks;
  ``phrases.py``: speaker noun phrases of any length next to a reporting verb;
  ``subjects.py``: speakers read from the sentence when no verb sits next to the quote;
- ``resolve.py``: from the speaker's words to its name, kind and entity; ``referents.py``:
  pronouns ("he", "it said") and descriptions ("the minister") resolved to whom they stand
  for (``mentions.py`` holds the entity mentions by offset and finds a pronoun's antecedent);
  ``containers.py``: '"…," the statement said' speaks for the statement's author;
- ``filters.py``: what is not a quote (headlines, titles, nicknames, scare quotes) and whether
  a quote is ``direct`` or ``partial``; what is not reported speech;
- ``reported.py``: reported speech without quote marks ('The council said the road would
  reopen'), as quotes of kind ``indirect``, with its own rule table (``quotes.indirect``);
  ``reported_clauses.py`` reads the clause a reporting verb reports, ``reported_speakers.py``
  the phrase that speaks for it; the rows are found by ``reported_verbs.py`` (a verb and its
  clause), ``reported_set_off.py`` (parentheticals), ``reported_as.py`` ("as X said", relative clauses),
  ``reported_objects.py`` (objects of speech) and ``reported_sources.py`` ("according to",
  questions, participles).

Confidence: the share of right speakers of the rule that found the speaker, measured on
annotated news (``newsledger.lexicon.reliability``).

Limits: transcript turns are read without marks, and reported speech by ``reported.py``;
attributions more than one sentence away are missed unless the quote continues an attributed
one (in its paragraph, the next, or past one or two paragraphs of the reporter's that name
nobody else); a pronoun's gender is known only from titles, role nouns and the entity
extractor's pronouns; speakers are found by pattern and phrase boundaries, not a parser, so
unusual word orders are missed and a clause subject can be the wrong noun phrase.
"""
from .extract import extract_quotes, quotes_with_rules
from .reported import reported_speech, reported_with_rules

__all__ = ["extract_quotes", "quotes_with_rules", "reported_speech", "reported_with_rules"]
