"""Reported speech: what a speaker is reported to have said without quote marks, as quotes of
kind ``indirect`` ('The council said the road would reopen on Monday' -> "the road would
reopen on Monday", speaker The council, cue "said").

Rule-based, one pass over the reporting verbs of the article (``REPORTED_CUES``: the lemmas of
``newsledger.lexicon.speech.CUES`` that take a clause of speech, with denials and base forms).
Each verb is tried against the rows of ``REPORTED_RULES`` (``reported_rows.py``, with their
examples) in order, the first that applies gives the row (the rows' finders are in
``reported_verbs.py`` (a verb and its clause), ``reported_set_off.py`` (a clause set off by
commas from its attribution) and ``reported_sources.py`` ('according to', participles, objects
of speech), the clauses are read by ``reported_clauses.py``, start where ``reported_starts.py``
and end where ``reported_ends.py`` says, cut by ``reported_content.py``, the passive of telling
by ``reported_passive.py``, the speakers are read by ``reported_speakers.py`` and resolved by
``reported_resolve.py``, with the heads of their phrases in ``reported_heads.py`` and unnamed
groups in ``reported_groups.py``):

- ``said-that``: a speaker phrase before the verb and a clause after it, with "that" or
  without, past adjuncts ('said on Tuesday that', 'said in a statement that');
- ``block-after-colon``: the verb closing its paragraph with a colon ('The governor added:')
  and the next paragraph, unquoted, as the statement (a block quotation; not a quote, a post
  or a list);
- ``told-that``: the same with a hearer between the verb and the clause ('told reporters
  that', 'assured voters the plan was safe'), or in the passive with the speaker after "by"
  ('Staff were told by the chief executive that …');
- ``clause-then-cue``: the clause first, the attribution closing the sentence ('The road will
  reopen, the council said.', '..., said Mayor Ana Ruiz.');
- ``parenthetical``: the attribution inside the sentence ('The road, the council said, will
  reopen'): the span is the whole sentence, attribution included (a span is one stretch);
- ``inverted-parenthetical``: the verb and its speaker inside the sentence ('The cost, said the
  finance director, will be met from reserves'): the whole sentence, as ``parenthetical``;
- ``as-cue``: 'As the council said, the road will reopen';
- ``as-by``: 'As reported by the BBC, the road will reopen', '…, as Sky News first reported',
  'The plan was first reported by the BBC' (the subject, the outlet's scoop);
- ``relative``: a relative clause whose verb is what was said ('the bus lanes, which critics
  said were dangerous'): the span runs from the relative pronoun, speaker and verb included;
  without the pronoun ('an inquiry the regulator said was continuing'), from the noun phrase;
- ``according-to``: 'according to X' before, inside or after the clause; a document's or
  data's issuer speaks, an organization ('figures from the ONS', 'LSEG data');
- ``outlet-knows``: what a news outlet reports from sources it does not name ('…, the BBC
  understands.', 'Sky News has learned that …'): the outlet speaks (``reported_known.py``;
  with any other subject 'understands' is a belief, no row);
- ``it-is-understood``: 'It is understood (that) …', '…, it is understood.': no speaker;
- ``participle``: ', saying that ...' after a clause: its sentence's subject speaks;
- ``request``, ``judgement``, ``commitment``, ``object``, ``question``: verbs whose object is
  what was said (``reported_objects.py``): 'urged the council to reopen the road', 'called
  for an inquiry', 'accused the mayor of misleading voters', 'criticized the plan', 'called
  the plan reckless' (not a quoted label: that is the partial quote's), 'vowed to cut taxes', 'cited the cost of rent', 'announced a new budget', 'denied the charges',
  'asked whether the road would reopen'; verbs read for a clause take a noun object when a
  noun that carries a proposition heads it ('tweeted her thanks', 'stated his intention to
  …', not 'tweeted a photograph': ``lexicon.speech_objects.PROPOSITION_NOUNS``) or a gerund
  ('reported raising $9 million'); the span is the object, the hearer of a request
  included, to where the reporter's own words start (', which …', ', after …', '… and
  proposed …'). A reported request, accusation, promise or question is who-said-what as
  much as a reported clause, and users searching what a minister said want it; these rows
  run after the clause rows, so 'announced that …' stays a clause.

The span is the reported content: the clause after "that" (or the whole clause), to the end of
the sentence, cut before a semicolon or a following participle (', adding that'); a colon
does not end it (what follows spells the statement out: 'said the choice was simple: …');
quoted words inside it stay (the sentence 'He said the plan was "a disaster"' gives the
partial quote and the reported clause, with the same speaker). Speakers are read and resolved
by the code of the direct quotes (``phrases.phrase_before``/``phrase_after``,
``resolve.from_phrase``): pronouns and descriptions name the person the article named; a
relative 'who' names the person before its comma ('Dana Fox, the chair of the trust, who
said'), a name after title words is the phrase's head ('United States airframer Boeing',
'City coach Lars Eklund'), and people named by a plural noun ('Executives from several auto
firms') are unnamed (``reported_speakers.py``).

'According to' takes any source, evidence included ('according to the latest poll',
'according to court records'): the attribution is explicit and users searching who reports
what want it; the poll or the records are its speaker.

Not reported speech, never a row (``filters.not_speech``): beliefs, intentions and evidence
as a subject (their verbs are no cues: 'wants', 'hopes', 'the poll shows'; evidence nouns as
speakers: 'the survey suggests'), passives and nouns of the object verbs ('was praised by',
'calls for reform', 'pledged delegates'), negated or refused speech ('did not say', 'refused to say'),
hypotheticals and questions ('if he said', 'did she say ...?'), passives with no speaker ('is
said to'; 'Staff have been told that …': its subject heard the statement, and a row would
name the hearer or nobody; but 'X is said to have told …', 'was quoted as saying …' are X's),
the headline (the outlet's voice, condensed) and words inside quote marks (speech
within a quote). A clause that is quoted whole is a direct or partial quote, not reported
speech.

Confidence: the measured precision of the row on PolNeAR train (``lexicon.reliability``,
``python -m benchmarks.reported_rules``): the share of its rows whose span matches an
annotated attribution and whose speaker is right.

Limits: clauses are recognized by a verb among their first words, not parsed, so a clause
without a recognizable verb is missed and an object with one ('said the words that ...') can
be taken for a clause; an object's end is guessed from punctuation and the words after it;
objects of verbs not listed (``lexicon.speech_objects.OBJECT_CUES``) are not read (a question
put to someone, 'Asked whether …, she said', 'was asked about …', is the asker's, unnamed
unless 'by' names them); statements introduced by a colon or continued over several sentences give
their first sentence only (a block after a colon and a paragraph break, its first paragraph); statements in two-apostrophe marks (''…'') are direct quotes, not
reported speech.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from newsledger.lexicon.actions import AUXILIARIES
from newsledger.lexicon.grammar import DETERMINERS
from newsledger.lexicon.speech import NOT_SAID_BEFORE
from newsledger.records import LocalEntity, Quote
from newsledger.rules import RuleTable, register
from newsledger.text import Document
from newsledger.text.headline import HEADLINE_SPAN

from .common import alternation
from .filters import not_speech
from .mentions import Mentions
from .reported_objects import lemma_kind
from .reported_clauses import _BULLET, REPORTED_CUES, Cue, Reported, _Marks, cue_matches
from .reported_ends import _cut_at_next_speaker
from .reported_rows import REPORTED_RULES


# What an outlet knows ('understands', 'has learned') is read by its own rows, never by the
# rows of verbs of saying (whose speakers may be anyone).
# ('heard' is read only by the row of a hearing, which also reads 'the jury was told'; 'it is
# alleged / claimed / reported' by the row of 'it is understood')
_KNOWN_ROWS = tuple(row for row in REPORTED_RULES if row.name in ("outlet-knows",
                                                                  "it-is-understood",
                                                                  "court-heard"))
_SPEECH_ROWS = tuple(row for row in REPORTED_RULES if row not in _KNOWN_ROWS or
                     row.name in ("court-heard", "it-is-understood"))
_OBJECT_ROWS = frozenset({"request", "judgement", "commitment", "object", "question"})
assert {row.name for row in REPORTED_RULES[-len(_OBJECT_ROWS):]} == _OBJECT_ROWS  # (last)
INDIRECT = {row.name: row for row in REPORTED_RULES}
# (each row as the loop over the verbs reads it: its name, its finder, whether it is an
# object row)
_SPEECH_STEPS = tuple((row.name, row.find, row.name in _OBJECT_ROWS) for row in _SPEECH_ROWS)
_KNOWN_STEPS = tuple((row.name, row.find, row.name in _OBJECT_ROWS) for row in _KNOWN_ROWS)
PRECISION = {row.name: row.precision for row in REPORTED_RULES}


def reported_with_rules(doc: Document, entities: Sequence[LocalEntity],
                        quotes: Sequence[Quote] = (),
                        mentions: Mentions | None = None) -> list[tuple[Quote, str]]:
    """Every statement of reported speech in ``doc`` as an ``indirect`` quote, with the name of
    the row that found it; ``quotes`` are the document's quotes with marks (their spans are
    never reported speech's, and their embedded posts are left alone)."""
    text = doc.text
    if not text:
        return []
    if mentions is None:
        mentions = Mentions.of_document(entities, doc)
    marks = _Marks(doc)
    headline = HEADLINE_SPAN(doc)
    posts = [(q.start, q.end) for q in quotes if q.kind == "embedded_post"]
    found: list[tuple[Reported, str]] = []
    unpunctuated: dict[int, bool] = {}  # paragraph index -> a caption or title line
    for m in cue_matches(text):
        at = m.start()
        if headline is not None and headline[0] <= at < headline[1]:
            continue  # the headline: the outlet's own voice, condensed
        if marks.quoted_at(at) is not None or (posts and any(a <= at < b for a, b in posts)):
            continue  # speech inside a quote or a post: the quote's own words
        sentence = doc.sentence_at(at)
        para = doc.paragraph_at(at)
        if para is not None and para.index not in unpunctuated:
            unpunctuated[para.index] = _unpunctuated_line(doc, at)
        if sentence is None or (para is not None and unpunctuated[para.index]):
            continue  # (a caption, a subhead, a title: no statement of the article's)
        # a sentence never runs over a line break here (list items without stops)
        s0 = max(sentence.start, text.rfind("\n", sentence.start, at) + 1)
        s1 = text.find("\n", at, sentence.end)
        s1 = sentence.end if s1 < 0 else s1
        near = text[max(s0, at - 12):at]  # (the words right before the verb)
        tail = near.rstrip(" \t").lower() if near.isascii() else None
        det = _DETERMINER_BEFORE.search(text, max(s0, at - 12), at) if tail is None or \
            tail.endswith(_DETERMINER_WORDS) else None
        if det is not None and not (det.group(0).lower().startswith("her") and
                                    _PREPOSITION_END.search(text, max(s0, det.start() - 8),
                                                            det.start())) and not (
                det.group(0).lower().startswith("another") and
                _CLAUSE_NEXT.match(text, m.end(), s1)):
            continue  # ('the alleged fraud', 'a noted author'; not 'people close to her say',
            # nor 'Another said she had hidden': a pronoun, someone more)
        if m.group(0) in _NOUNS_AFTER_POSSESSIVE and \
                _POSSESSIVE_BEFORE.search(text, max(s0, at - 4), at):
            continue  # "Editor's note: …", "the players' stress": nouns
        if (tail is None or tail.endswith(_HELP_WORDS)) and \
                _HELP_BEFORE.search(text, max(s0, at - 12), at) or (
                REPORTED_CUES.get(m.group(0)) == m.group(0) and
                _IMPERATIVE_OPENING.fullmatch(text, s0, at)):
            continue  # 'which helps explain why …'; 'Now tell us this is fair': no report
        q = Cue(doc, text, m, s0, s1, marks, mentions)
        for name, find, objects in (_KNOWN_STEPS if m.lastgroup == "know" else _SPEECH_STEPS):
            if objects and lemma_kind(q) is None:
                break  # (the object rows come last and read only verbs with an object)
            hit = find(q)
            if hit is not None:
                # (the filters of what is not speech run on the few verbs a row applies to)
                start = hit.info.get("filter_start", m.start())
                if not not_speech(text, s0, s1, start, m.end(), marks) or \
                        _speech_past_speaker(text, s0, s1, start, m, marks, hit.info) or \
                        _speech_after_name(text, s0, s1, start, m, marks, hit.info):
                    found.append((hit, name))
                break
    taken = {(q.start, q.end) for q in quotes}
    out: list[tuple[Quote, str]] = []
    for hit, rule in _cut_at_next_speaker(text, found):
        span = (hit.start, hit.end)
        if span in taken:
            continue
        taken.add(span)
        info = hit.info
        out.append((Quote(hit.start, hit.end, text[hit.start:hit.end], "indirect",
                          info["speaker_kind"], PRECISION[rule], info["speaker_text"],
                          info["speaker_start"], info["speaker_end"], info["speaker_name"],
                          info.get("speaker_handle"), info["cue"]), rule))
    return out


def _speech_past_speaker(text: str, s0: int, s1: int, start: int, m: re.Match, marks,
                        info: dict) -> bool:
    """Whether a verb the filters of what is not speech rejected is speech once its speaker's
    modifier is left out ('Campaigners clamouring to block the bill say …', 'Residents who
    came to the meeting to protest said …', 'Ann Hale and others who want to ban it said …':
    the modifier's 'to', 'not' or 'and' is no refusal, negation or boundary of the verb's).
    Only a modifier opened by a relative pronoun, a participle or a preposition right after
    the speaker, with the verb alone after it (not '… who refused to say'); the speaker's
    first word stays ('Nobody said', 'None of them said' are no statements). Finite verbs
    only."""
    ss, se = info.get("speaker_start"), info.get("speaker_end")
    if ss is None or se is None or not s0 <= ss < se <= start or m.group("cue") is None:
        return False  # (a participle may sit inside the modifier: '…, who …, after announcing')
    gap = text[se:start]
    first = text.find(" ", ss, se)
    cut = se if first < 0 else first
    words = text[cut:start].split()
    if not words or (gap.strip() and not _MODIFIER_OPENING.match(gap)) or \
            words[-1].lower().strip(",") in _VERB_GROUP or words[-1].endswith(("n't", "n’t")):
        return False
    masked = text[:cut] + " " * (start - cut) + text[start:]
    return not not_speech(masked, s0, s1, start, m.end(), marks)


def _speech_after_name(text: str, s0: int, s1: int, start: int, m: re.Match, marks,
                       info: dict) -> bool:
    """Whether a verb the filters rejected for the word before it is speech once that word is
    read as the speaker's name ('Mrs May said …', 'Ms. Will says …': no modal 'may')."""
    ss, se = info.get("speaker_start"), info.get("speaker_end")
    if ss is None or se is None or not s0 <= ss < se <= start or text[se:start].strip() or \
            info.get("speaker_kind") not in ("person", "organization"):
        return False
    last = text.rfind(" ", ss, se) + 1  # (the last word only: 'Nobody', 'Neither X nor Y' stay)
    if last <= ss or not text[last:last + 1].isupper() or not text[last:se].isalpha():
        return False  # (nor 'Let's', 'Mr. Obama's calls for')
    masked = text[:last] + "x" * (se - last) + text[se:]
    return not not_speech(masked, s0, s1, start, m.end(), marks)


# What opens a speaker's modifier ('who came …', 'clamouring to …', 'of the push to …').
_MODIFIER_OPENING = re.compile(r",?[ \t]+(?:who|whom|whose|that|which|[a-z]{3,}ing|of|from|in|"
                               r"at|with|for|on|across|near)\b")
# Words of the verb's own group right before it: the filters read them ('who refused to say').
_VERB_GROUP = NOT_SAID_BEFORE | AUXILIARIES | frozenset({"to"})


# A possessive before a form that is also a noun ("Editor's note:", "the mayor's claims that").
_POSSESSIVE_BEFORE = re.compile(r"(?:['’]s|s['’])[ \t]+\Z")
# (only the base forms read for plural subjects: 'X's claims that …' is read as before, as
# PolNeAR annotates noun complements)
_NOUNS_AFTER_POSSESSIVE = frozenset({"note", "stress"})
# After a verb, the opening of what it reports ('another said she …', '… added that …').
_CLAUSE_NEXT = re.compile(r"[ \t]*(?:[,:]|(?:that|he|she|they|it|we|I|there|the|a|an|his|her|"
                          r"their|its|this)\b)")
# (its words, which the text before a verb is checked to end with first on ASCII text; so
# _HELP_WORDS)
_DETERMINER_WORDS = tuple(sorted(DETERMINERS - {"one"} | {"this", "these", "those", "its"}))
_DETERMINER_BEFORE = re.compile(rf"(?<![\w'’-])(?i:{alternation(_DETERMINER_WORDS)})[ \t]+\Z")


# 'helps explain': what explains is no speaker. A base form opening its sentence ('Tell me
# …', 'Now tell us …', 'Just say no'): an imperative, nobody's report.
_HELP_WORDS = ("help", "helps", "helped", "helping")
_HELP_BEFORE = re.compile(rf"(?<![\w'’-])(?i:{'|'.join(_HELP_WORDS)})[ \t]+\Z")
_IMPERATIVE_OPENING = re.compile(r"[\s\"“(]*(?:(?:Now|So|Just|Please|Then|And|But|Go[ \t]+ahead"
                                 r"[ \t]+and)[ \t,]+)?")


_PREPOSITION_END = re.compile(r"(?<![\w'’-])(?:to|of|for|with|near|around|behind)[ \t]+\Z")


def _unpunctuated_line(doc: Document, pos: int) -> bool:
    """Whether ``pos`` is in a paragraph that ends without punctuation and is no list item:
    a photo caption, a subhead or a title, not the article's prose."""
    para = doc.paragraph_at(pos)
    if para is None:
        return False
    line = doc.text[para.start:para.end]
    # (_LINE_END: a stop, a closing mark or an ellipsis, then white space to the end)
    return line.rstrip()[-1:] not in _LINE_END_CHARS and not _BULLET.match(line)


_LINE_END_CHARS = frozenset(".!?:;\"”'’)…")


def reported_speech(doc: Document, entities: Sequence[LocalEntity],
                    quotes: Sequence[Quote] = ()) -> list[Quote]:
    """``reported_with_rules`` without the rule names."""
    return [q for q, _ in reported_with_rules(doc, entities, quotes)]


def _fired(text: str) -> list[tuple[str, tuple[str, str | None]]]:
    """(rule, (content, speaker name, else speaker words)) of every reported statement."""
    from newsledger.extract.entities import extract_entities

    from .extract import quotes_with_rules

    doc = Document(text)
    entities = extract_entities(doc)
    quotes = [q for q, _ in quotes_with_rules(doc, entities)]
    return [(rule, (q.text, q.speaker_name or q.speaker_text))
            for q, rule in reported_with_rules(doc, entities, quotes)]


TABLE = register(RuleTable("quotes.indirect", REPORTED_RULES, _fired))
