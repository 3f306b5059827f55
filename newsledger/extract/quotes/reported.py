"""Reported speech: what a speaker is reported to have said without quote marks, as quotes of
kind ``indirect`` ('The council said the road would reopen on Monday' -> "the road would
reopen on Monday", speaker The council, cue "said").

Rule-based, one pass over the reporting verbs of the article (``REPORTED_CUES``: the lemmas of
``newsledger.lexicon.speech.CUES`` that take a clause of speech, with denials and base forms).
Each verb is tried against the rows of ``REPORTED_RULES`` in order, the first that applies
gives the row (the rows' finders are in ``reported_verbs.py`` (a verb and its clause) and
``reported_sources.py`` ('according to', participles, objects of speech), the clauses are read
by ``reported_clauses.py``, start where ``reported_starts.py`` and end where
``reported_ends.py`` says, the passive of telling by ``reported_passive.py``, the speakers
are read by ``reported_speakers.py`` and resolved by ``reported_resolve.py``, with the heads
of their phrases in ``reported_heads.py`` and unnamed groups in ``reported_groups.py``):

- ``said-that``: a speaker phrase before the verb and a clause after it, with "that" or
  without, past adjuncts ('said on Tuesday that', 'said in a statement that');
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
  …', not 'tweeted a photograph': ``lexicon.speech.PROPOSITION_NOUNS``) or a gerund
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
objects of verbs not listed (``lexicon.speech.OBJECT_CUES``) are not read (a question put to
someone, 'Asked whether …, she said', 'was asked about …', is the asker's, unnamed unless
'by' names them); statements introduced by a colon or continued over several sentences give
their first sentence only; statements in two-apostrophe marks (''…'') are direct quotes, not
reported speech.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newsledger.lexicon.actions import AUXILIARIES
from newsledger.lexicon.people import DETERMINERS
from newsledger.lexicon.speech import NOT_SAID_BEFORE
from newsledger.lexicon.reliability import REPORTED_PRECISION
from newsledger.records import LocalEntity, Quote
from newsledger.rules import Example, Rule, RuleTable, check_names, register
from newsledger.text import Document
from newsledger.text.headline import HEADLINE_SPAN

from .common import alternation
from .filters import not_speech
from .mentions import Mentions
from .reported_objects import lemma_kind
from .reported_clauses import _BULLET, _CUE, _LINE_END, REPORTED_CUES, Cue, Reported, _Marks
from .reported_ends import _cut_at_next_speaker
from .reported_sources import (according_to, commitment, judgement, named_object,
                               participle, question, request)
from .reported_as import as_by, as_cue, relative
from .reported_known import it_is_understood, outlet_knows
from .reported_passive import told_that
from .reported_verbs import clause_then_cue, inverted_parenthetical, parenthetical, said_that


@dataclass(frozen=True, kw_only=True)
class ReportedRule(Rule):
    """A reported-speech rule: ``find`` reads a reporting verb and gives the content and the
    speaker, or None."""

    find: Callable[[Cue], Reported | None]

    @property
    def precision(self) -> float:
        """The measured share of right rows (``REPORTED_PRECISION``), the row's confidence."""
        return round(min(1.0, max(0.0, REPORTED_PRECISION[self.name])), 3)


E = Example
REPORTED_RULES: tuple[ReportedRule, ...] = (
    ReportedRule(
        name="as-cue", find=as_cue,
        examples=(E("As the mayor told reporters on Monday, the bridge will stay closed until "
                    "spring.", ("the bridge will stay closed until spring", "the mayor")),
                  E("Repairs are slow, and as the mayor noted, the bridge will stay closed.",
                    ("the bridge will stay closed", "the mayor")))),
    ReportedRule(
        name="as-by", find=as_by,
        examples=(E("As reported by the Evening Post, the mayor plans to sell the site.",
                    ("the mayor plans to sell the site", "Evening Post")),
                  E("The talks collapsed on Friday, as Sky News first reported.",
                    ("The talks collapsed on Friday", "Sky News")),
                  E("The bank will cut 2,000 jobs, as first reported by Reuters.",
                    ("The bank will cut 2,000 jobs", "Reuters")),
                  E("The work was done as reported by the inspectors on site.", None),
                  E("News of the takeover was first reported by Bloomberg on Tuesday.",
                    ("News of the takeover", "Bloomberg")),
                  E("The fire was reported by a neighbour.", None))),
    ReportedRule(
        name="inverted-parenthetical", find=inverted_parenthetical,
        examples=(E("The cost, said the finance director, will be met from reserves.",
                    ("The cost, said the finance director, will be met from reserves",
                     "the finance director")),
                  E("Part of the problem, say engineers at the site, is the soil itself.",
                    ("Part of the problem, say engineers at the site, is the soil itself",
                     "engineers at the site")),
                  E("The plan is dead, said Ana Ruiz, a former minister.", None))),
    ReportedRule(
        name="said-that", find=said_that,
        examples=(E("The council said the road would reopen on Monday.",
                    ("the road would reopen on Monday", "The council")),
                  E("Mayor Ana Ruiz said on Tuesday that the bridge was safe.",
                    ("the bridge was safe", "Ana Ruiz")),
                  E("Ana Ruiz — a former minister — said the bridge was safe.",
                    ("the bridge was safe", "Ana Ruiz")),
                  E("The mayor, in a statement on Friday, said the bridge was safe.",
                    ("the bridge was safe", "The mayor")),
                  E("Halden Group announced that it would close two plants in Wales.",
                    ("it would close two plants in Wales", "Halden Group")),
                  E("Striker Leo Vance denied that he had asked for a transfer.",
                    ("he had asked for a transfer", "Leo Vance")),
                  E("Coach Mia Lund said the team had played \"like cowards\" in the first "
                    "half.", ("the team had played \"like cowards\" in the first half",
                              "Mia Lund")),
                  E("The minister did not say whether taxes would rise.", None),
                  E("The incumbent maintains a comfortable lead over her rivals.", None),
                  E("The coach suggested the club's new training ground is not ready.",
                    ("the club's new training ground is not ready", "The coach")),
                  E("The challenger claimed the lead in the polls was an illusion.",
                    ("the lead in the polls was an illusion", "The challenger")),
                  E('Lund admitted that "a tiny share of buyers" had reported faults.',
                    ('"a tiny share of buyers" had reported faults', "Lund")),
                  E("The ministry recommended that the old pipes be replaced.",
                    ("the old pipes be replaced", "The ministry")),
                  E("The mayor hopes the road will reopen on Monday.", None),
                  E("Now tell us the club is not for sale.", None),
                  E("The weather helps explain why turnout was so low.", None),
                  E("The minister said the march would pass off peacefully, a swipe at its "
                    "organisers.", ("the march would pass off peacefully", "The minister")),
                  E("The nurses whose shifts were cut say the wards are short of staff.",
                    ("the wards are short of staff", "The nurses")),
                  E("Dr. Asha Mehta (a surgeon at the city hospital) says the rota is "
                    "unworkable.", ("the rota is unworkable", "Asha Mehta")))),
    ReportedRule(
        name="told-that", find=told_that,
        examples=(E("Dana Fox told reporters that the talks had collapsed.",
                    ("the talks had collapsed", "Dana Fox")),
                  E("Dana Fox is understood to have told colleagues that she will stand.",
                    ("she will stand", "Dana Fox")),
                  E("Dana Fox told reporters why the talks had collapsed.",
                    ("why the talks had collapsed", "Dana Fox")),
                  E("Owen Pryce told the BBC on Sunday the party would vote against the bill.",
                    ("the party would vote against the bill", "Owen Pryce")),
                  E("Ed Hale told BBC Radio 4's Today programme the plan would work.",
                    ("the plan would work", "Ed Hale")),
                  E("Ed Hale told Channel 4 News the plan would work.",
                    ("the plan would work", "Ed Hale")),
                  E("Economists warn beef prices could climb next year.",
                    ("beef prices could climb next year", "Economists")),
                  E("Officials warned residents the river could burst its banks.",
                    ("the river could burst its banks", "Officials")),
                  E("Officials warned the river could burst its banks.",
                    ("the river could burst its banks", "Officials")),
                  E("The squad were told by the coach on Friday that two players would "
                    "leave.", ("two players would leave", "the coach")),
                  E("The spokesman told him to leave.", None))),
    ReportedRule(
        name="clause-then-cue", find=clause_then_cue,
        examples=(E("The road will reopen on Monday, the council said.",
                    ("The road will reopen on Monday", "the council")),
                  E("Rates are likely to rise again before the summer, said Bank of England "
                    "governor Ruth Adler.",
                    ("Rates are likely to rise again before the summer", "Ruth Adler")),
                  E("The talks broke down at noon, said one union source, and the strike "
                    "will go ahead.", ("The talks broke down at noon", "one union source")),
                  E("The delay is costly, a spokeswoman, Ann Lee, said on Friday.",
                    ("The delay is costly", "Ann Lee")),
                  E('"We will win," Ana Ruiz said.', None),
                  E('Dana Fox, who chairs the board, told the Gazette, "We will not sell."',
                    None),
                  E("Senator Ida Berg, who backs the plan, tweeted a warning.", None),
                  E("The buses will run every ten minutes, a plan announced in May.", None),
                  E("Outright victory is vital, the party leader said after meeting union "
                    "officials.", ("Outright victory is vital", "the party leader")),
                  E("On Tuesday, even as shares fell, the founder wrote to investors.", None),
                  E("Profit rose 12%, beating Wall Street estimates, as prices rose.", None),
                  E("Profit will fall this year, leading economists said.",
                    ("Profit will fall this year", "leading economists")))),
    ReportedRule(
        name="parenthetical", find=parenthetical,
        examples=(E("The new stadium, the club said, will open in August.",
                    ("The new stadium, the club said, will open in August", "the club")),)),
    ReportedRule(
        name="relative", find=relative,
        examples=(E("The mayor scrapped the bus lanes, which critics said were dangerous for "
                    "cyclists.", ("which critics said were dangerous for cyclists", "critics")),
                  E("It was the plan that she liked best.", None))),
    ReportedRule(
        name="according-to", find=according_to,
        examples=(E("According to the fire service, the blaze started in a kitchen.",
                    ("the blaze started in a kitchen", "the fire service")),
                  E("The blaze started in a kitchen, according to fire chief Tom Grady.",
                    ("The blaze started in a kitchen", "Tom Grady")),
                  E("Rents rose 4% in May, according to figures from the Office for National "
                    "Statistics.", ("Rents rose 4% in May", "Office for National Statistics")),
                  E("Turnout fell sharply, according to the latest poll.",
                    ("Turnout fell sharply", "the latest poll")),
                  E("According to court records, the firm paid no tax in 2019.",
                    ("the firm paid no tax in 2019", "court records")),
                  E("Sales fell by a fifth, according to the trade body, which blamed the "
                    "weather.", ("Sales fell by a fifth", "the trade body")),
                  E("He quit because, according to his agent, the club had not paid him.",
                    ("the club had not paid him", "his agent")),
                  E("In Leeds, turnout was below 30 per cent, according to the returning "
                    "officer, which left the result in doubt.",
                    ("In Leeds, turnout was below 30 per cent", "the returning officer")))),
    ReportedRule(
        name="participle", find=participle,
        examples=(E("Senator Jane Holt defended the bill, saying that it would cut waiting "
                    "times.", ("it would cut waiting times", "Jane Holt")),
                  E("After saying he was nervous about the vote, the councillor abstained.",
                    ("he was nervous about the vote", "the councillor")),
                  E("Coach Lars Eklund was quoted as saying the squad was too thin.",
                    ("the squad was too thin", "Lars Eklund")),
                  E("The striker kept making mistakes after telling his coach he was fit.",
                    ("he was fit", "The striker")),
                  E("The minister named no date, aside from saying the review would end "
                    "this year.", ("the review would end this year", "The minister")),
                  E("The club issued a response saying the striker would not be sold.",
                    ("the striker would not be sold", "The club")))),
    ReportedRule(
        name="outlet-knows", find=outlet_knows,
        examples=(E("The talks between the two unions have stalled, the BBC understands.",
                    ("The talks between the two unions have stalled", "BBC")),
                  E("Sky News has learned that the chancellor will delay the budget.",
                    ("the chancellor will delay the budget", "Sky News")),
                  E("The Yorkshire Post understands the club has agreed a fee for the striker.",
                    ("the club has agreed a fee for the striker", "Yorkshire Post")),
                  E("The minister understands that voters are angry about the cuts.", None),
                  E("She has learned that the job is harder than it looks.", None))),
    ReportedRule(
        name="it-is-understood", find=it_is_understood,
        examples=(E("It is understood that the report will be published next week.",
                    ("the report will be published next week", None)),
                  E("The inquiry will sit again in March, it is understood.",
                    ("The inquiry will sit again in March", None)),
                  E("The minister is understood to be considering her position.", None),
                  E("It is understood to be the largest fine of its kind.", None))),
    ReportedRule(
        name="request", find=request,
        examples=(E("The union urged the council to reopen the road before winter.",
                    ("the council to reopen the road before winter", "The union")),
                  E("Mayor Ana Ruiz called for an independent inquiry into the fire.",
                    ("an independent inquiry into the fire", "Ana Ruiz")),
                  E("Senator Jane Holt called on the minister to resign over the leak.",
                    ("the minister to resign over the leak", "Jane Holt")),
                  E("Rescuers warned of further landslides along the coast road.",
                    ("further landslides along the coast road", "Rescuers")),
                  E("She called for help.", None),
                  E("The coach was urged to stay calm.", None))),
    ReportedRule(
        name="judgement", find=judgement,
        examples=(E("Owen Pryce accused the mayor of misleading voters about the budget.",
                    ("the mayor of misleading voters about the budget", "Owen Pryce")),
                  E("The teachers' union criticized the new exam timetable.",
                    ("the new exam timetable", "The teachers' union")),
                  E("The plan was criticized by residents.", None),
                  E("The captain praised her handling of the final set.",
                    ("her handling of the final set", "The captain")),
                  E("The captain praised her yesterday.", None),
                  E("Councillor Dana Fox called the new parking charges a tax on shoppers.",
                    ("the new parking charges a tax on shoppers", "Dana Fox")),
                  E("The minister called snap elections for June.", None),
                  E("The ground is now called Riverside Park.", None),
                  E("A warm-up band called Copperline got the crowd dancing.", None))),
    ReportedRule(
        name="commitment", find=commitment,
        examples=(E("Halden Group vowed to keep both plants open until 2030.",
                    ("to keep both plants open until 2030", "Halden Group")),
                  E("The mayor pledged to ban diesel buses — old and new — from the centre.",
                    ("to ban diesel buses — old and new — from the centre", "The mayor")),
                  E("The promised bridge never came.", None))),
    ReportedRule(
        name="object", find=named_object,
        examples=(E("Dana Fox cited the rising cost of rent in the city centre.",
                    ("the rising cost of rent in the city centre", "Dana Fox")),
                  E("Striker Leo Vance denied any wrongdoing on Tuesday.",
                    ("any wrongdoing", "Leo Vance")),
                  E("At the same hearing, the minister announced her resignation.",
                    ("her resignation", "the minister")),
                  E("The coach acknowledged his mistake on Saturday.",
                    ("his mistake", "The coach")),
                  E("Ms. Park tweeted her thanks to the volunteers.",
                    ("her thanks to the volunteers", "Park")),
                  E("The keeper tweeted a photograph of the flooded pitch.", None),
                  E("The club reported raising £3m from the share sale.",
                    ("raising £3m from the share sale", "The club")),
                  E("The senate confirmed a judge on Tuesday.", None),
                  E("The study was cited in the report.", None),
                  E("The inspector noted the poor state of the stand's roof.",
                    ("the poor state of the stand's roof", "The inspector")),
                  E("She noted down the registration number of the van.", None))),
    ReportedRule(
        name="question", find=question,
        examples=(E("Councillor Mia Lund asked whether the road would reopen before winter.",
                    ("whether the road would reopen before winter", "Mia Lund")),
                  E("The presenter asked Mia Lund about the delay to the hospital.",
                    ("the delay to the hospital", "The presenter")),
                  E("The minister was asked by a caller why the depot had closed.",
                    ("why the depot had closed", "a caller")),
                  E("Asked by a caller on Friday about the closure of the pool, the mayor "
                    "blamed the budget.", ("the closure of the pool", "a caller")),
                  E("When asked whether the pool would reopen, the mayor said she did not "
                    "know.", ("whether the pool would reopen", None)),
                  E("She asked for a glass of water.", None))),
)
check_names(REPORTED_RULES)
# What an outlet knows ('understands', 'has learned') is read by its own rows, never by the
# rows of verbs of saying (whose speakers may be anyone).
_KNOWN_ROWS = tuple(row for row in REPORTED_RULES if row.name in ("outlet-knows",
                                                                  "it-is-understood"))
_SPEECH_ROWS = tuple(row for row in REPORTED_RULES if row not in _KNOWN_ROWS)
_OBJECT_ROWS = frozenset({"request", "judgement", "commitment", "object", "question"})
assert {row.name for row in REPORTED_RULES[-len(_OBJECT_ROWS):]} == _OBJECT_ROWS  # (last)
INDIRECT = {row.name: row for row in REPORTED_RULES}
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
    for m in _CUE.finditer(text):
        at = m.start()
        if headline is not None and headline[0] <= at < headline[1]:
            continue  # the headline: the outlet's own voice, condensed
        if marks.quoted_at(at) is not None or any(a <= at < b for a, b in posts):
            continue  # speech inside a quote or a post: the quote's own words
        sentence = doc.sentence_at(at)
        para = doc.paragraph_at(at)
        if para is not None and para.index not in unpunctuated:
            unpunctuated[para.index] = _unpunctuated_line(doc, at)
        if sentence is None or (para is not None and unpunctuated[para.index]):
            continue  # (a caption, a subhead, a title: no statement of the article's)
        # a sentence never runs over a line break here (list items without stops)
        s0 = max(sentence.start, text.rfind("\n", 0, at) + 1)
        s1 = text.find("\n", at, sentence.end)
        s1 = sentence.end if s1 < 0 else s1
        det = _DETERMINER_BEFORE.search(text, max(s0, at - 12), at)
        if det is not None and not (det.group(0).lower().startswith("her") and
                                    _PREPOSITION_END.search(text, max(s0, det.start() - 8),
                                                            det.start())):
            continue  # ('the alleged fraud', 'a noted author'; not 'people close to her say')
        if _HELP_BEFORE.search(text, max(s0, at - 12), at) or (
                REPORTED_CUES.get(m.group(0)) == m.group(0) and
                _IMPERATIVE_OPENING.fullmatch(text, s0, at)):
            continue  # 'which helps explain why …'; 'Now tell us this is fair': no report
        q = Cue(doc, text, m, s0, s1, marks, mentions)
        for row in (_KNOWN_ROWS if m.lastgroup == "know" else _SPEECH_ROWS):
            if row.name in _OBJECT_ROWS and lemma_kind(q) is None:
                break  # (the object rows come last and read only verbs with an object)
            hit = row.find(q)
            if hit is not None:
                # (the filters of what is not speech run on the few verbs a row applies to)
                start = hit.info.get("filter_start", m.start())
                if not not_speech(text, s0, s1, start, m.end(), marks) or \
                        _speech_past_speaker(text, s0, s1, start, m, marks, hit.info) or \
                        _speech_after_name(text, s0, s1, start, m, marks, hit.info):
                    found.append((hit, row.name))
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


_DETERMINER_BEFORE = re.compile(rf"(?<![\w'’-])(?i:{alternation(DETERMINERS - {'one'})}|this|"
                                r"these|those|its)[ \t]+\Z")


# 'helps explain': what explains is no speaker. A base form opening its sentence ('Tell me
# …', 'Now tell us …', 'Just say no'): an imperative, nobody's report.
_HELP_BEFORE = re.compile(r"(?<![\w'’-])(?i:help|helps|helped|helping)[ \t]+\Z")
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
    return not _LINE_END.search(line) and not _BULLET.match(line)


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
