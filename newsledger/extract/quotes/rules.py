"""The attribution rules of the quote extractor, as data: one row per rule, in the order they are
tried, each with its name (the id ``newsledger.lexicon.reliability`` measures), the finder that
applies it (``attribution.py``), how directly it ties a speaker to the quote (its strength:
the filters drop a short title or scare quote only when no strong rule named a speaker), its
measured precision (a quote's ``confidence``) and its examples (``tests/test_rule_examples.py``
runs them; every sentence written for them).

Rows without a finder are given by another row's finder (``container`` by ``after-mark`` and
``before-mark``; ``after-adjunct`` by ``after-mark-phrase``; ``framing`` by ``in-sentence``;
``participle-continues`` by ``participle``; an unnamed source by ``before-mark`` counts as
``in-sentence``) or by the extractor when no row applies (``continues``, ``continues-across``,
``clause-subject``, ``previous-sentence``, ``none``: ``extract.py``; ``transcript`` also names
the turns of ``transcripts.py``). Adding a rule is adding a row, its finder and its examples,
and measuring it (``python -m benchmarks.speaker_rules``).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from newsledger.lexicon.reliability import RULE_PRECISION
from newsledger.rules import (Example, Rule, RuleTable, check_names, measured_precision,
                              register)

from . import attribution as a
from .common import MEDIUM, STRONG, WEAK
from .quoted import Found, Quoted


@dataclass(frozen=True, kw_only=True)
class AttributionRule(Rule):
    """A speaker rule: ``find`` (None for a rule another row's finder or the extractor gives)
    and its ``strength`` (STRONG, MEDIUM, WEAK)."""

    find: Callable[[Quoted], Found | None] | None = None
    strength: int = WEAK

    @property
    def precision(self) -> float:
        """The measured share of right speakers (``RULE_PRECISION``), the quote's confidence."""
        return measured_precision(RULE_PRECISION, self.name)


E = Example
ATTRIBUTION_RULES: tuple[AttributionRule, ...] = (
    # --- a reporting verb next to the marks ---------------------------------------------------
    AttributionRule(
        name="after-mark", find=a.after_mark, strength=STRONG,
        examples=(E('"We will appeal the ruling," Maria Lopez said on Tuesday.', "Maria Lopez"),
                  E('"The plan is dead," said Tom Baker, a spokesman for the council.',
                    "Tom Baker"),
                  E('"Rates will rise," said Labour spokesman Owen Pryce.', "Owen Pryce"),
                  E('"We are a team of men," said Mourinho. Newcastle manager Graeme Souness '
                    'admitted defeat.', "Mourinho"),
                  E('Shares in Halden Group fell 4%. "Trading has been tough," the company said.',
                    "Halden Group"),
                  E('"We will not be moved," chanted the crowd outside parliament.',
                    "the crowd outside parliament"),
                  E('"It is over." Owen Pryce left the room.', None))),
    AttributionRule(
        name="container", strength=STRONG,
        examples=(E('"Best night ever!" Lina Marsh wrote on Instagram. "Thank you all," the '
                    'caption read.', "Lina Marsh"),
                  E('"We will appeal," Dana Fox said. The statement added: "We are confident."',
                    "Dana Fox"),
                  E('"We won," Dana Fox said. Halden Rovers said in a statement that the '
                    'club would appeal. "We are confident," the statement added.',
                    "Halden Rovers"))),
    AttributionRule(
        name="dash-name", find=a.dash_name, strength=STRONG,
        examples=(E('"Never give up on the people you love." ― Karen Holloway',
                    "Karen Holloway"),
                  E('"Vote early, vote often."\n\n- Senator Ruth Adler.', "Ruth Adler"),
                  E('The vote was close.\n\n"Never again" - that was the slogan.', None))),
    AttributionRule(
        name="after-mark-phrase", find=a.after_mark_phrase, strength=STRONG,
        examples=(E('"The next weeks will decide it," Democratic pollster Rita Vance said.',
                    "Rita Vance"),
                  E('"It was a long night," longtime party treasurer Joel Hart said.',
                    "Joel Hart"),
                  E('"We were second best today," Rovers manager Ian Platt told BBC Sport.',
                    "Ian Platt"))),
    AttributionRule(
        name="after-adjunct", strength=MEDIUM,
        examples=(E('"This is a two-horse race" in this county, says Dana Whitlock.',
                    "Dana Whitlock"),
                  E('"It was never going to be easy" on this pitch, says coach Rob Kerr.',
                    "Rob Kerr"))),
    AttributionRule(
        name="transcript", find=a.transcript, strength=STRONG,
        examples=(E('Lester Holt hosted the debate.\n\nHOLT: "Good evening to you all."',
                    "Lester Holt"),
                  E('MODERATOR: "Your time is up."', "MODERATOR"),
                  E('The rule at the club is simple: "No phones."', None),
                  E('Lester Holt hosted the debate.\n\nHOLT: Good evening to you all.\n\nREED: '
                    'Thank you, Lester, and good evening.', "Lester Holt"),
                  E('NOTE: This story was updated on Monday.\n\nUPDATE: Police named the man.',
                    None))),
    AttributionRule(
        name="colon-name", find=a.colon_name, strength=STRONG,
        examples=(E('The loudest voice was Marco Reyes: "That is a lie."', "Marco Reyes"),
                  E('Helen Park wrote to Carl Webb: "Please call me."', None),
                  E('Judge Ruth Hale told Mark Reed: "You will go to prison."', None))),
    AttributionRule(
        name="before-mark", find=a.before_mark, strength=STRONG,
        examples=(E('Senator Jane Holt said: "This bill will pass."', "Jane Holt"),
                  E('Prime Minister Anna Kovacs told parliament on Wednesday: "We will not '
                    'raise taxes this year."', "Anna Kovacs"),
                  E('Ian Platt told BBC Radio 5 Live: "We were second best."', "Ian Platt"),
                  E('Mr Hale said he was "disappointed but not surprised".', "Hale"),
                  E('She read "Pride and Prejudice" twice.', None))),
    AttributionRule(
        name="before-mark-phrase", find=a.before_mark_phrase, strength=STRONG,
        examples=(E('Ruth Adler said in a long radio interview on Sunday night "we won."',
                    "Ruth Adler"),
                  E('Ms Kerr, 52, from Leeds, said: "I have lost everything."', "Kerr"))),
    AttributionRule(
        name="cue-sentence-before", find=a.cue_sentence_before, strength=STRONG,
        examples=(E('Professor Dianne Lowry agreed. "The numbers are clear."', "Dianne Lowry"),
                  E('Kay Lowe, who chairs the trust, recalled. "It was chaos."', "Kay Lowe"))),
    # --- a verb of saying elsewhere in the quote's sentence -----------------------------------
    AttributionRule(
        name="participle", find=a.participle, strength=STRONG,
        examples=(E('Kanye West turned to Twitter, tweeting on July 4: "I am running."',
                    "Kanye West"),
                  E('The paper quoted a senior aide as saying "the talks are over."',
                    "a senior aide"))),
    AttributionRule(
        name="participle-continues", strength=STRONG,
        examples=(E('"We are ready," Ana Ruiz told the crowd in a short speech on the steps of '
                    'city hall on Monday, adding: "The city is safe."', "Ana Ruiz"),)),
    AttributionRule(
        name="in-sentence", find=a.in_sentence, strength=MEDIUM,
        examples=(E('Police chief Tom Grady said on Monday that the suspect had fled and was '
                    '"armed and dangerous."', "Tom Grady"),
                  E('A source familiar with the talks said the deal was "nearly done."',
                    "A source familiar with the talks"))),
    AttributionRule(
        name="framing", strength=WEAK,
        examples=(E('Councillor Rosa Diaz called the budget "a betrayal of voters."',
                    "Rosa Diaz"),
                  E('The opposition leader Sarah Quinn branded the plan "reckless and cruel."',
                    "Sarah Quinn"))),
    AttributionRule(
        name="coordinated-subject", find=a.coordinated_subject, strength=STRONG,
        examples=(E('Coach Sam Ortiz praised the defence but said, "We were lucky today."',
                    "Sam Ortiz"),
                  E('Striker Leo Vance apologised to the fans but insisted: "We will be back."',
                    "Leo Vance"))),
    AttributionRule(
        name="according-to", find=a.according_to, strength=STRONG,
        examples=(E('Officials said the bridge would reopen. "Safety comes first," according to '
                    'Transport Minister Ellen Price.', "Ellen Price"),
                  E('"Inflation has peaked," according to the Bank of England.',
                    "Bank of England"))),
    AttributionRule(
        name="colon-subject", find=a.colon_subject, strength=MEDIUM,
        examples=(E('Governor Max Stone had one more thing for the crowd: "Winter is coming."',
                    "Max Stone"),
                  E('Ana Ruiz had a message for her rivals: "See you in court."', "Ana Ruiz"))),
    AttributionRule(
        name="verb-after", find=a.verb_after, strength=MEDIUM,
        examples=(E('"Get out of my office," Oliver Grant snorted.', "Oliver Grant"),
                  E('"Nobody wants this," Kay Lowe murmured.', "Kay Lowe"))),
    AttributionRule(
        name="sentence-end", find=a.sentence_end_clause, strength=MEDIUM,
        examples=(E('The "excesses" of the rally were shameful and "beneath us," Mayor Paul '
                    'Hollis said.', "Paul Hollis"),
                  E('The cuts were "a disgrace" and "an insult," union leader Kim Doyle said on '
                    'Friday.', "Kim Doyle"))),
    # --- no reporting verb: the extractor's fallbacks (extract.py) ----------------------------
    AttributionRule(
        name="continues", strength=MEDIUM,
        examples=(E('"We will win," said coach Mia Lund. "We always do."', "Mia Lund"),
                  E('"The first part of it," Ruth Adler said.\n\n"And the second part."',
                    "Ruth Adler"))),
    AttributionRule(
        name="continues-across", strength=MEDIUM,
        examples=(E('"We were second best," Gary Whitlock said.\n\nIt was a third draw in a '
                    'row.\n\n"We go again on Tuesday."', "Gary Whitlock"),
                  E('"Trading was tough," said Sarah Pell.\n\nThe GMB union criticised the '
                    'cuts.\n\n"Our members deserve better."', None),
                  E('"We will appeal," said Dana Fox.\n\nPolice said two men were held.\n\n'
                    '"The area is safe."', None))),
    AttributionRule(
        name="clause-subject", strength=WEAK,
        examples=(E('Donald Trump accused Ted Cruz of being "politically correct."',
                    "Donald Trump"),)),
    AttributionRule(
        name="previous-sentence", strength=WEAK,
        examples=(E('Dieter Zell denied the reports on Friday. "We exclude nothing."',
                    "Dieter Zell"),
                  E('The striker Leo Vance nodded. "It was a penalty."', "Leo Vance"))),
    AttributionRule(
        name="none", strength=WEAK,
        examples=(E('The council met on Monday.\n\n"Nobody expected this."', "unknown"),
                  E('Chloe Barnes has left the show. The singer is said to be "heartbroken".',
                    "unknown"),
                  E('"Yes," Ana Cole said.', None))),
)
check_names(ATTRIBUTION_RULES)
RULES = {row.name: row for row in ATTRIBUTION_RULES}
CASCADE = tuple(row for row in ATTRIBUTION_RULES if row.find is not None)
# A quote's confidence by the rule that named its speaker.
PRECISION = {row.name: row.precision for row in ATTRIBUTION_RULES}


def attribute(q: Quoted) -> tuple[dict | None, int]:
    """The speaker of a quote by the first row whose finder applies (``info["rule"]`` names
    the row), with that row's strength; (None, WEAK) when none does."""
    for row in CASCADE:
        found = row.find(q)
        if found is not None:
            rule = found.rule or row.name
            found.info["rule"] = rule
            strength = found.strength if found.strength is not None else RULES[rule].strength
            return found.info, strength
    return None, WEAK


def _fired(text: str) -> list[tuple[str, str | None]]:
    """(rule, speaker name, else speaker words, else kind) of every quote of ``text``."""
    from newsledger.extract.entities import extract_entities
    from newsledger.text import Document

    from .extract import quotes_with_rules

    doc = Document(text)
    return [(rule, q.speaker_name or q.speaker_text or q.speaker_kind)
            for q, rule in quotes_with_rules(doc, extract_entities(doc))]


TABLE = register(RuleTable("quotes.speaker", ATTRIBUTION_RULES, _fired))
