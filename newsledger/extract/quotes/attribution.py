"""Attribution: the finders that look for a quote's cue and speaker phrase near its marks, one
small function per rule of the table in ``rules.py`` (which holds their order, names, examples
and measured precision).

Each finder reads a ``Quoted`` (the quote, its paragraph and sentence, the entity mentions, the
previous quote's speaker) and returns a ``Found`` (the speaker fields, see ``resolve.py``) or
None, and the table tries them in order; the reporting verb and phrase around the marks are
read by ``cue_phrases.py``. Patterns are built from the word lists of
``newsledger.lexicon.people`` and ``speech``; noun phrases of any length are read by ``phrases.py``. Words
that cannot be a verb's subject are never the speaker: a possessive before a noun that looks
like a verb ("Trump's comments had …"), a subordinator ('When asked, …'), a phrase of time
('Priebus later Thursday told'), an object relative ('Rubio, who he dubbed "…"'), a noun phrase
after a preposition ('marching through the streets chanted').
"""
from __future__ import annotations

import re

from newsledger.lexicon.grammar import DETERMINERS
from newsledger.lexicon.people import OBJECT_PRONOUNS, SOURCE_LINKS, SOURCE_NOUNS, TITLES
from newsledger.lexicon.organizations import FORCE_NOUNS
from newsledger.lexicon.speech import CUES, FRAMING_CUES, TELLING_LEMMAS

from .common import (ADJUNCT, APPOS, CONTAINER, CUE, CUE_WORD, DETS, FILL, FRAME, LONG_DET_NP,
                     MEDIUM, NAME_NP, NEXT_QUOTE, PART, POSSESSIVE_END, ROLE, SPEAKER, STRONG,
                     WINDOW, alternation, sentence_end, sentence_start)
from .containers import container
from .cue_phrases import coordinated_subject as _coordinated_subject
from .cue_phrases import cue_sentence_before as _cue_sentence_before
from .cue_phrases import dash_name as _dash_name
from .cue_phrases import introducing_colon as _introducing_colon
from .cue_phrases import phrase_after_mark as _phrase_after_mark
from .cue_phrases import phrase_before_mark as _phrase_before_mark
from .cue_phrases import trailing_attribution as _trailing_attribution
from .filters import starts_sentence
from .mentions import Mentions
from .phrases import phrase_before, possessive, role_then_name
from .quoted import Found, Quoted
from .resolve import STATEMENT_FROM, from_phrase, not_subject, speaker_fields, who
from .subjects import clause_subject, subject

# After the closing mark: ', said X' / 'X said' / 'X, founder of Y, wrote'.
_AFTER = re.compile(
    rf"[ \t]*[,—–-]?[ \t]*(?:(?P<cue1>{CUE})\s+(?P<spk1>{LONG_DET_NP}|{SPEAKER})"
    rf"(?=[\s,.;:!?]|$)|"
    rf"(?P<spk2>{SPEAKER}){APPOS}\s+{FILL}(?P<cue2>{CUE})\b)")
# Before the opening mark: 'X said: ', 'X wrote on Twitter: ', 'X told reporters that '.
_BEFORE = re.compile(
    rf"(?<![\w'’-])(?P<spk>{SPEAKER}){APPOS}\s+{FILL}(?P<cue>{CUE})"
    rf"(?:\s+(?!that\b)[^\s\"“”«»]+){{0,7}}?[ \t]*[:,]?[ \t]*(?:that[ \t]+)?\Z")
# A sentence that is only a name and a colon before the mark: '… ISIS." Bush: "…"'.
_NAME_LABEL = re.compile(r"[ \t]*(?P<spk>(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w'’-]*\w)[ \t]*:"
                         r"[ \t]*\Z")
_TRANSCRIPT = re.compile(r"^[ \t]*(?P<spk>[A-Z][A-Z.'’ -]{0,40}[A-Z.]|[QA]):[ \t]*\Z", re.M)
_PARTICIPLE = re.compile(rf"\b(?P<cue>{PART})\b(?:\s+[^\s\"“”«».!?]+){{0,6}}?[ \t]*[:,]?"
                         rf"[ \t]*(?:that[ \t]+)?\Z")
_PARTICIPLE_ANY = re.compile(rf"\b(?P<cue>{PART})\b")
_IN_SENTENCE = re.compile(rf"(?<![\w'’-])(?P<spk>{SPEAKER}){APPOS}\s+{FILL}"
                          rf"(?P<cue>{CUE}|{FRAME})\b")
# 'A source familiar with Cruz’s thinking said', 'two officials close to the campaign told'
_UNNAMED_SOURCE = re.compile(
    rf"(?<![\w'’-])(?P<spk>(?:{DETS}|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]ultiple|[Bb]oth)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{alternation(SOURCE_NOUNS)})\s+(?:{alternation(SOURCE_LINKS)})"
    rf"\s+[^.;:!?\"“”\n]{{1,80}}?)\s+{FILL}(?P<cue>{CUE})\b")
# ('according to Vancouver police': a force after the place's name is the organization's)
_ACCORDING = re.compile(rf"\b[Aa]ccording\s+to\s+(?P<spk>{ROLE}{{0,4}}{NAME_NP}"
                        rf"(?:\s+(?:{alternation(FORCE_NOUNS)})\b)?|{SPEAKER})")
# After a closing mark: a short subject and a verb that ends the clause ('Oliver barked.').
_ANY_VERB_AFTER = re.compile(r"[ \t]*[,—–-]?[ \t]*(?:[\w'’.-]+[ \t]+){1,4}?"
                             r"(?P<verb>[a-z]+ed)(?=[ \t]*[.,;]|[ \t]+(?:on|in|at|to|as|"
                             r"after|before|while|when|into)\b)")
_NAMEISH = re.compile(r"(?:[A-Z](?!he\b)|(?:he|she|they)\b)")
_CUE_BEFORE_COLON = re.compile(rf"(?<![\w'’-])(?P<cue>{CUE})[ \t]*:\Z")
# A name after a preposition or a verb of telling, possibly with a title or role words between
# ('to Sen. Ann Lee', 'about the former governor Jeb Bush', 'The judge told Mark Reed: "…"'):
# an object, the hearer, not a speaker.
_TELLING_FORMS = frozenset(w for w, lemma in CUES.items()
                           if lemma in TELLING_LEMMAS | {"ask", "urge"})
_OBJECT_BEFORE = re.compile(r"(?<![\w'’-])(?:to|of|about|with|at|for|from|on|against|toward|"
                            rf"{alternation(_TELLING_FORMS)})"
                            rf"(?:[ \t]+(?:the|[a-z][\w-]*|(?i:{alternation(TITLES)})\.?))*"
                            r"[ \t]+\Z")
_QUOTED_AS = re.compile(r"\b(?:quotes?|quoted|quoting)\s+(?P<np>[^.;:!?]{1,80}?)\s+as\s+"
                        rf"(?:{PART})\b")
# Rules that guess a speaker without a verb of saying: a quote after one of them does not
# inherit its speaker through a participle.
_GUESSES = frozenset({"clause-subject", "previous-sentence"})

# --- next to the marks -------------------------------------------------------------------------

def after_mark(q: Quoted) -> Found | None:
    """'"…," X said' / '"…," said X' right after the closing mark ('"…," the statement said':
    a container, whose words belong to the speaker before)."""
    text, qe, inner = q.text, q.qe, q.inner
    if not q.closed:
        return None
    after = _AFTER.match(text, qe + 1, min(q.line_end, qe + 1 + WINDOW))
    if after is None and inner[-1:] in ",!?" and \
            (told := _TOLD_PASSIVE.match(text, qe + 1, q.line_end)) is not None:
        return Found(_told_by(text, told, q.mentions))
    if after and inner[-1:] in ".!?" and not inner.endswith("...") and \
            text[qe + 1:qe + 2] not in ",—–" and NEXT_QUOTE.match(text, after.end()):
        return None  # '"…." He added, "…"': the attribution opens the next quote
    if after and (after.group("cue1") or inner[-1:] != "." or inner.endswith("...")
                  or text[qe + 1:qe + 2] in ",—–" or after.group("spk2")[:1].islower()
                  or ADJUNCT.match(text, after.end())):
        g = "1" if after.group("spk1") else "2"
        role = role_then_name(text, after.start("spk1"), q.line_end, q.mentions) \
            if g == "1" else None
        if role is not None:  # 'said Labour spokesman Phil Willis'
            info = speaker_fields(text, role[0], role[1], after.group("cue1"), q.mentions,
                                  head=role[2])
        elif g == "1" and (named := _name_apposed(text, after, q.mentions)) is not None:
            info = speaker_fields(text, after.start("spk1"), named[1], after.group("cue1"),
                                  q.mentions, head=named)
        else:
            info = speaker_fields(text, *who(after, f"spk{g}"), after.group(f"cue{g}"),
                                  q.mentions)
        if not CONTAINER.match(info["speaker_text"]):
            return Found(info)
        return Found(container(info, q.previous, q.mentions), "container")
    return None


_APPOSED = re.compile(r",[ \t]+")
# A passive 'told' after the closing mark: '"…," the Sun was told (by a neighbour).', tabloid
# style: the one who told, or someone unnamed.
_TOLD_PASSIVE = re.compile(
    r"[ \t]*(?P<outlet>(?i:the)[ \t]+[\w&'’.-]+(?:[ \t]+[\w&'’.-]+){0,2}|"
    r"[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,3})[ \t]+"
    r"(?:was|were|has[ \t]+been|had[ \t]+been)[ \t]+told\b"
    r"(?:[ \t]+by[ \t]+(?P<spk>[^,.;:!?\"“”\n]{1,80}?)(?:,[ \t]+(?P<app>[A-Z][\w'’.-]*"
    r"(?:[ \t]+[A-Z][\w'’.-]*){0,3}))?)?(?=[ \t]*(?:[,.;:!?]|\n|$))")


def _told_by(text: str, told: re.Match, mentions: Mentions) -> dict:
    """The speaker of '"…," the Sun was told by a neighbour': the agent after 'by' (a name,
    a description), else someone unnamed (anonymous)."""
    if told.group("app"):  # 'by his sister, Kate Rowe': the name
        return speaker_fields(text, *told.span("app"), "told", mentions)
    if told.group("spk"):
        return speaker_fields(text, *told.span("spk"), "told", mentions)
    return {"speaker_text": None, "speaker_start": None, "speaker_end": None, "cue": "told",
            "speaker_kind": "anonymous", "speaker_name": None}


def _name_apposed(text: str, after: re.Match, mentions: Mentions) -> tuple[int, int] | None:
    """The person's name in apposition after an inverted speaker description ('said the
    club's manager, Dean Rourke'): the name speaks, not whoever the description fits."""
    first = after.group("spk1").split(" ", 1)[0]
    if not (first.lower() in DETERMINERS or POSSESSIVE_END.search(first)):
        return None
    comma = _APPOSED.match(text, after.end("spk1"))
    hit = mentions.at(comma.end(), comma.end() + 1) if comma else None
    if hit is None or hit[1].kind != "person" or hit[0].kind != "name" or \
            hit[0].start != comma.end():
        return None
    return hit[0].start, hit[0].end


def dash_name(q: Quoted) -> Found | None:
    """'"…" ― Karen Bobadilla': a name after a dash signs a quote that starts its sentence."""
    text = q.text
    if not q.closed or not starts_sentence(text, q.qs, q.line_start):
        return None
    dash = _dash_name(q.doc, q.qe, q.line_end, not text[q.line_start:q.qs - 1].strip())
    return None if dash is None else Found(speaker_fields(text, *dash, None, q.mentions))


def after_mark_phrase(q: Quoted) -> Found | None:
    """A speaker phrase of any length and its verb after the closing mark."""
    if not q.closed:
        return None
    return _phrase_after_mark(q.text, q.qs, q.qe, q.line_end, q.mentions)


def transcript(q: Quoted) -> Found | None:
    """'HOLT: "…"', '… ISIS." Bush: "…"': a label and a colon before the mark."""
    label = _TRANSCRIPT.search(q.text, q.line_start, q.qs - 1) or _NAME_LABEL.match(
        q.text, q.sent0, q.qs - 1)
    if not label:
        return None
    return Found(speaker_fields(q.text, label.start("spk"), label.end("spk"), None, q.mentions))


def colon_name(q: Quoted) -> Found | None:
    """A person named right before the colon that opens the quote, but an object ('Trump
    wrote to Roffman: "…"', 'added about Carson: "…"')."""
    text, sent0 = q.text, q.sent0
    colon = q.head.rstrip()
    if not colon.endswith(":"):
        return None
    named = q.mentions.last_before(sent0 + len(colon) - 1, sent0, ("person",))
    if named is not None and not text[named[1]:sent0 + len(colon) - 1].strip() and \
            not _OBJECT_BEFORE.search(text, max(0, named[0] - 40), named[0]) and \
            text[named[0]:named[1]].lower() not in OBJECT_PRONOUNS:
        return Found(speaker_fields(text, named[0], named[1], None, q.mentions))
    return None


def before_mark(q: Quoted) -> Found | None:
    """'X said: "…"', 'X told reporters that "…"' right before the opening mark. An unnamed
    source described by what it knows comes first ('A source familiar with the talks said he
    is "…"': anonymous, measured with ``in-sentence``); a container speaks for the speaker
    before ('The statement read: "…"')."""
    text, sent0, mark = q.text, q.sent0, q.qs - 1
    if not q.cue_before():
        return None
    unnamed = _UNNAMED_SOURCE.search(text, sent0, mark)
    if unnamed is not None:
        info = speaker_fields(text, *unnamed.span("spk"), unnamed.group("cue"), q.mentions)
        return Found({**info, "speaker_kind": "anonymous", "speaker_name": None},
                     "in-sentence")
    before = _BEFORE.search(text, sent0, mark)
    if before and before.group("cue") in ("read", "reads") and not CONTAINER.match(
            before.group("spk")) and not STATEMENT_FROM.match(before.group("spk")):
        return None  # 'She read "Pride and Prejudice"': a title, not a caption
    if before and not_subject(text, *before.span("spk"), q.mentions):
        return None  # "Trump’s comments had …", 'Priebus later Thursday told': the phrase
    if not before:
        return None
    info = speaker_fields(text, *who(before, "spk"), before.group("cue"), q.mentions)
    if CONTAINER.match(info["speaker_text"]):
        return Found(container(info, q.previous, q.mentions), "container")
    return Found(info)


def before_mark_phrase(q: Quoted) -> Found | None:
    """'Tad Devine, Sanders's chief strategist, said, "…"': the last reporting verb before
    the opening mark (at most eight words before it) and its phrase."""
    return Found.of(_phrase_before_mark(q.text, q.sent0, q.qs - 1, q.mentions))


def cue_sentence_before(q: Quoted) -> Found | None:
    """'Dianne Bystrom agreed. "…"': a sentence ending on its reporting verb right before."""
    return Found.of(_cue_sentence_before(q.doc, q.qs - 1, q.line_start, q.mentions))


# --- in the quote's sentence -------------------------------------------------------------------

def participle(q: Quoted) -> Found | None:
    """'…, tweeting on July 4: "…"': the clause subject speaks (STRONG when the participle
    introduces the quote, MEDIUM when it is only earlier in the sentence); right after a quote
    of the same sentence, its speaker goes on (``participle-continues``); 'quoted X as
    saying': X; 'with UBS analyst David Strauss saying "…"': the phrase after "with"."""
    text, sent0, mark, previous = q.text, q.sent0, q.qs - 1, q.previous
    part = _PARTICIPLE.search(text, sent0, mark) or (
        _PARTICIPLE_ANY.search(text, sent0, mark)
        if q.head.count('"') + q.head.count("“") == 0 else None)
    if not part:
        return None
    near = STRONG if part.re is _PARTICIPLE else MEDIUM
    if previous is not None and previous.get("quote_end", -1) >= sent0 and \
            previous.get("rule") not in _GUESSES:
        return Found({**previous, "cue": part.group("cue")}, "participle-continues", near)
    info = None
    quoted = _QUOTED_AS.search(text, sent0, part.end())
    if quoted is not None and quoted.end() == part.end("cue"):
        # 'GovExec.com quotes a "Senate aide" as saying': the one quoted speaks
        info = speaker_fields(text, *quoted.span("np"), part.group("cue"), q.mentions)
        return Found(info, None, near)
    if not text[max(sent0, part.start() - 2):part.start()].strip().endswith(","):
        ph = phrase_before(text, part.start(), sent0)
        if ph is not None and text[max(sent0, ph[0] - 5):ph[0]].rstrip().endswith("with") \
                and any(w[:1].isupper() for w in text[ph[0]:ph[1]].split()):
            info = from_phrase(text, ph, part.group("cue"), q.mentions, after_with=True)
    info = info or subject(text, sent0, part.start(), q.mentions, part.group("cue"))
    return None if info is None else Found(info, None, near)


def in_sentence(q: Quoted) -> Found | None:
    """'Police said the suspect "fled on foot"': a verb of saying earlier in the sentence;
    'X called it "a disaster"': a framing verb (``framing``), only when no verb of saying
    fits. Where the words before a verb cannot be its subject, its phrase speaks ('Another
    source familiar with the talks said …')."""
    text, sent0, mark, mentions = q.text, q.sent0, q.qs - 1, q.mentions
    if not q.cue_before():
        return None
    earlier = framing = None
    rejected = None  # a verb whose next words cannot be its subject: its phrase instead
    for m in _IN_SENTENCE.finditer(text, sent0, mark):
        if possessive(text, m.end("spk")) or not_subject(text, *m.span("spk"), mentions):
            if not POSSESSIVE_END.search(m.group("spk")) and not possessive(text, m.end("spk")):
                rejected = rejected or m  # (a possessive's "comments" is a noun, not a verb)
            continue
        if m.group("cue") in FRAMING_CUES:
            framing = m
        else:
            earlier = earlier or m
    earlier = earlier or framing
    if earlier is not None:
        info = speaker_fields(text, *who(earlier, "spk"), earlier.group("cue"), mentions)
        if not CONTAINER.match(info["speaker_text"]):
            return Found(info, "framing" if earlier is framing else None)
    if rejected is not None and rejected.group("cue") not in FRAMING_CUES:
        info = from_phrase(text, phrase_before(text, rejected.start("cue"), sent0),
                           rejected.group("cue"), mentions)
        if info is not None and not CONTAINER.match(info["speaker_text"]):
            return Found(info)
    return None


def coordinated_subject(q: Quoted) -> Found | None:
    """'He praised them but said, "…"': the sentence's subject speaks."""
    return Found.of(_coordinated_subject(q.doc, q.sent0, q.qs - 1, q.mentions))


def according_to(q: Quoted) -> Found | None:
    """'according to X' in the quote's sentence, before or after it (never inside it)."""
    text, qe = q.text, q.qe
    acc = _ACCORDING.search(text, q.sent0, q.qs - 1) or _ACCORDING.search(
        text, qe + 1, max(qe + 1, sentence_end(q.doc, qe)))
    if not acc:
        return None
    return Found(speaker_fields(text, acc.start("spk"), acc.end("spk"), "according to",
                                q.mentions))


def colon_subject(q: Quoted) -> Found | None:
    """A sentence that introduces the quote with a colon, in its paragraph or ending the one
    before: 'He also played up his strength: "…"', 'The Times reported:' then the quote."""
    text, doc = q.text, q.doc
    colon_at = _introducing_colon(text, q.sent0, q.qs - 1, q.line_start)
    if colon_at is None:
        return None
    cue = _CUE_BEFORE_COLON.search(text, max(0, colon_at - 40), colon_at + 1)
    info = None
    if (listened := _listens(text, sentence_start(doc, colon_at), colon_at)) is not None:
        # 'Voters were asked:', 'The jury was told:': the subject listens; someone unnamed
        # speaks
        return Found({"speaker_text": None, "speaker_start": None, "speaker_end": None,
                      "cue": listened, "speaker_kind": "anonymous",
                      "speaker_name": None})
    if cue is not None:  # 'Reporter Jomana Karadsheh says:', 'Dr. Ward stated:'
        info = from_phrase(text, phrase_before(text, cue.start("cue"), sentence_start(
            doc, colon_at)), cue.group("cue"), q.mentions)
    info = info or clause_subject(text, sentence_start(doc, colon_at), colon_at, q.mentions)
    return Found.of(info)


_ASKED_PASSIVE = re.compile(r"(?<![\w'’-])(?i:was|were|is|are|been|being|be)(?:[ \t]+[a-z]+ly|"
                            r"[ \t]+(?i:later|then|also|once))?[ \t]+(?P<cue>asked|told|"
                            r"questioned|quizzed|pressed)\b")


def _listens(text: str, s: int, colon_at: int) -> str | None:
    """The passive verb ('asked', 'told') when the clause before an introducing colon has its
    subject listen ('Voters were asked:', 'The minister was asked on Sunday:') and no verb of
    saying follows it ('He was asked about it and said:'); else None."""
    passive = None
    for passive in _ASKED_PASSIVE.finditer(text, s, colon_at):
        pass
    if passive is None or CUE_WORD.search(text, passive.end(), colon_at):
        return None
    return passive.group("cue")


def verb_after(q: Quoted) -> Found | None:
    """Any past-tense verb closing the clause after the quote: '"…," Oliver barked.'"""
    text, qe, inner = q.text, q.qe, q.inner
    if not q.closed:
        return None
    verb = _ANY_VERB_AFTER.match(text, qe + 1, q.line_end)
    if verb is not None and (not inner[-1:] in ".!?" or inner.endswith("...")):
        info = from_phrase(text, phrase_before(text, verb.start("verb"), qe + 1),
                           verb.group("verb"), q.mentions)
        if info is not None and (_NAMEISH.match(info["speaker_text"]) or (
                info["speaker_name"] and info["speaker_kind"] in ("person", "organization"))):
            return Found(info)
    return None


def sentence_end_clause(q: Quoted) -> Found | None:
    """A reporting clause that ends the sentence, set off by a comma, past more of the
    reporter's words or other quotes: 'Trump’s "excesses" are sickening, Hollande said.'"""
    return Found.of(_trailing_attribution(q.doc, q.qe, q.mentions))
