"""Broadcast and interview transcripts: each turn (``HOST: …``, ``SMITH: …``, ``MINISTER HARRIS:
…``, ``Q: …`` / ``A: …``, and in Title Case ``Laura Kuenssberg: …``) is a ``direct`` quote of
its speaker, written without quote marks.

A turn is a paragraph that opens with a label in capitals (``newsledger.text.turns``: found
once per document; a title, a party label, a stage note, a role after a comma allowed), or
``Q``/``A``, then a colon and the words; the quote is the words, to the paragraph's end. A
label alone on its line (radio transcripts: ``STEVE INSKEEP, HOST:``) opens a turn whose words
are the paragraphs after it. Unlabelled paragraphs between two turns go on with the turn
before them; stage directions alone in brackets (``(LAUGHTER)``, ``[CROSSTALK]``) are not
quotes. A turn that is itself in quote marks (``HOLT: "…"``) is left to the marks (the
``transcript`` rule of ``rules.py``); other marks inside a turn belong to the turn. A
transcript quoted as a whole, each paragraph opening with a double mark and the last one
closing it (``"WALLACE: …``, ``"(CROSSTALK.)``), gives the same turns, without those marks.

Labels in Title Case are read only when no label in capitals is: each the whole name of a
person the article names (or a role: ``Presenter:``, ``Host:``), and some speaker labelled
twice (a list of who is who, ``Rachel Reeves: Chancellor …``, names each person once).

Not turns: headings, datelines, initials and line-ups (``text.turns``), and any label in an
article with fewer than two labelled paragraphs of at least two different speakers and four
words (an all-caps label in normal prose is a heading, not a turn).

Speakers: a surname label names the person the article gives in full (``HOLT`` -> Lester
Holt), a role label (``HOST``, ``Q``, ``MODERATOR``) is anonymous; in a question-and-answer
interview ``A`` is the first person the article names before the first turn (the
interviewee, introduced in the headline or the opening lines).
"""
from __future__ import annotations

import re

from newsledger.lexicon.people import TRANSCRIPT_ROLES
from newsledger.records import Quote
from newsledger.text import Document
from newsledger.text.turns import CAPITAL_LABELS, OPENING, turns_spoken

from .common import MARK, trim
from .mentions import Mentions
from .resolve import speaker_fields

STAGE_DIRECTION = _STAGE = re.compile(r"[(\[][^()\[\]\n]{1,60}[)\]]\.?\Z")
_CLOSING = ('"', "”")
# A stage note opening a turn's paragraph before its words ('(voice-over) The river …',
# '[on camera] We …').
_LEADING_STAGE = re.compile(r"[(\[][^()\[\]\n]{1,30}[)\]][ \t]+(?=\S)")


# A label in Title Case: a person's name (one to four words; a stage note in brackets allowed),
# then a colon and the words on the line.
_NAMED_LABEL = re.compile(r"(?P<spk>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})"
                          r"(?:[ \t]*\((?P<note>[^()\n]{1,30})\))?[ \t]*:[ \t]+(?=\S)")
# Roles a Title Case label may name besides ``TRANSCRIPT_ROLES`` ('Presenter:', 'Anchor:').
_TITLE_CASE_ROLES = frozenset({"presenter", "interviewer", "host", "anchor", "moderator"})


def _named_label(doc: Document, start: int, end: int, mentions: Mentions
                 ) -> tuple[re.Match, str] | None:
    """A turn label in Title Case opening the paragraph text[start:end], and whom it names:
    the whole name of a person the article names ('Rachel Reeves:', 'Reeves:' after it: her
    entity's name), or a role ('Presenter:', 'Host:'); any other capitalized words before a
    colon ('Update:', 'Photo:', 'Key points:') are no label."""
    if doc.text.find(":", start, end) < 0:
        return None  # (no colon: no label; most paragraphs)
    m = _NAMED_LABEL.match(doc.text, start, end)
    if m is None:
        return None
    role = m.group("spk").lower()
    if role in TRANSCRIPT_ROLES | _TITLE_CASE_ROLES:
        return m, role
    hit = mentions.at(m.start("spk"), m.end("spk"))
    if hit is None or hit[1].kind != "person" or (hit[0].start, hit[0].end) != m.span("spk"):
        return None
    return m, hit[1].name


def transcript_turns(doc: Document, mentions: Mentions) -> list[tuple[Quote, int, int]]:
    """The turns of a transcript in ``doc`` as quotes, each with the span it takes (label and
    words), in order; empty for an article that is no transcript."""
    from .rules import PRECISION  # (rules imports the finders, which import this package)

    text = doc.text
    labelled = list(CAPITAL_LABELS(doc))  # (paragraph index, label match)
    if len(labelled) < 2:  # labels in Title Case: 'Laura Kuenssberg: Chancellor, will you …'
        named = [(p.index, found) for p in doc.paragraphs
                 if (found := _named_label(doc, p.start, p.end, mentions)) is not None]
        labelled = [(index, m) for index, (m, _) in named]
        if len(named) <= len({who for _, (_, who) in named}):
            return []  # each name once: a list of who is who ('Rachel Reeves: Chancellor …')
    speakers = {m.group("spk").upper() for _, m in labelled}
    if not turns_spoken(doc, labelled):
        return []  # (a lone label, or labels of short items: 'PRICE: £30', 'VENUE: Leeds')
    answerer = _first_named(mentions, labelled[0][1].start()) if {"Q", "A"} <= speakers \
        else None
    out: list[tuple[Quote, int, int]] = []
    named: dict[str, dict] = {}  # surname label -> the speaker its full label named
    for k, (index, m) in enumerate(labelled):
        last = labelled[k + 1][0] if k + 1 < len(labelled) else index + 1
        info = _speaker(text, m, mentions, answerer)
        words = m.group("spk").split()
        if len(words) > 1 and info["speaker_kind"] == "person":
            named.setdefault(words[-1], info)  # 'BROOKE BALDWIN, CNN ANCHOR:' ...
        elif len(words) == 1 and words[0] in named and \
                info["speaker_name"] == words[0].title():  # ... then 'BALDWIN:'
            info = {**info, "speaker_kind": "person",
                    "speaker_name": named[words[0]]["speaker_name"]}
        for j in range(index, last):
            para = doc.paragraphs[j]
            s = m.end() if j == index else para.start
            s, e = trim(text, s, para.end)
            if text[para.start:para.start + 1] in OPENING:  # '"WALLACE: …', '"(CROSSTALK.)'
                s += s == para.start
                # the last paragraph's closing mark, unless a mark opens inside the turn
                e -= text[e - 1:e] in _CLOSING and not any(m in text[s:e - 1] for m in OPENING)
                s, e = trim(text, s, e)
            lead = _LEADING_STAGE.match(text, s, e)
            if lead is not None and lead.end() < e:
                s = lead.end()  # '(voice-over) Residents were …': the words, not the note
            if e <= s or _STAGE.fullmatch(text, s, e) or not any(
                    c.isalnum() for c in text[s:e]):
                continue  # ('(LAUGHTER)', '…')
            if j == index and MARK.match(text, s) and _one_quote(text, s, e):
                continue  # 'HOLT: "…"': the marks make the quote
            quote = Quote(s, e, text[s:e], "direct", info["speaker_kind"],
                          PRECISION["transcript"], info["speaker_text"], info["speaker_start"],
                          info["speaker_end"], info["speaker_name"], None, None)
            out.append((quote, para.start, para.end))
    return out


def _one_quote(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is one stretch in quote marks (a mark opens it, and the only other
    mark closes it at its end, a stop allowed after)."""
    marks = [m.start() for m in MARK.finditer(text, s, e)]
    return len(marks) == 2 and not text[marks[1] + 1:e].strip(" .,!?")


def _speaker(text: str, m: re.Match, mentions: Mentions, answerer: str | None) -> dict:
    label = m.group("spk")
    if label == "A" and answerer is not None:
        return {"speaker_text": label, "speaker_start": m.start("spk"),
                "speaker_end": m.end("spk"), "speaker_kind": "person",
                "speaker_name": answerer}
    info = speaker_fields(text, m.start("spk"), m.end("spk"), None, mentions)
    if label.lower() in TRANSCRIPT_ROLES or label.lower().startswith("unidentified "):
        note = m.groupdict().get("note")
        if note and _NOTE_NAME.fullmatch(note):  # 'ANCHOR (SARAH KIM):': the role's person
            named = speaker_fields(text, m.start("note"), m.end("note"), None, mentions)
            if named["speaker_kind"] == "person":
                return named
        return {**info, "speaker_kind": "anonymous", "speaker_name": None}
    return info


# A person's name in capitals in a role label's brackets ('ANCHOR (SARAH KIM):'), not a party
# label or a stage note ('(R-OHIO)', '(through translator)').
_NOTE_NAME = re.compile(r"[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’.-]*){1,3}")


def _first_named(mentions: Mentions, before: int) -> str | None:
    """The first person the article names (by name) before its first turn: whom a
    question-and-answer interview interviews ('Q&A with Vice President Ann Lee', 'We asked
    chef Ana Gomez …')."""
    for _, _, m, ent in mentions.between(0, before):
        if ent.kind == "person" and m.kind == "name":
            return ent.name
    return None
