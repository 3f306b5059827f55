"""Reported speech, the speaker side: the phrase that speaks for a reporting verb (before it,
set off by commas, after "with", the subject of a sentence whose verbs are coordinated, a
relative pronoun's antecedent, people polled named by their share: 'About 4 in 10 say', read
with the other unnamed groups in ``reported_groups``), resolved to a name and kind by
``reported_resolve`` on the direct quotes' code (``phrases``, ``resolve``, ``subjects``); an
unnamed group the resolver leaves unknown is anonymous, and phrases that name no one who can
speak (evidence, adverbs) give no speaker."""
from __future__ import annotations

import re

from newsledger.lexicon.grammar import DETERMINERS
from newsledger.lexicon.people import ORG_DESCRIPTIONS, ROLE_NOUNS, SUBJECT_PRONOUNS
from newsledger.lexicon.speech import RELATIVE_PEOPLE_HEADS

from .filters import evidence_speaker
from .reported_clauses import (_BULLET, _CUE_WORDS, _OPENER, _VERB_FORMS, REPORTED_CUES, Cue,
                               _has_verb)
from .reported_groups import _COMPLEMENT_BEFORE, _head_with_complement, _share_before
from .reported_heads import _is_title
from .reported_resolve import _resolve
from .resolve import speaker_fields
from .subjects import subject


_STEP_BACK = re.compile(r"(?:[ \t]+(?:long|since|consistently|frequently|already|now|yet|both|"
                        r"overall|"
                        r"still|never|ever|not|has|have|had|also|did|does|do|(?:went|goes|go|"
                        r"continued|continues|proceeded|hastened)[ \t]+(?:on[ \t]+)?to))+"
                        r"[ \t]*\Z")
# A verb of saying reported at second hand, its subject the speaker ('is understood to have
# told', 'is said to have warned', 'was reported to have said'): hedged, still the subject's.
_HEDGED = re.compile(r"[ \t]+(?:is|was|are|were)(?:[ \t]+(?:also|widely|reportedly|[a-z]+ly))?"
                     r"[ \t]+(?:understood|said|reported|believed|thought|alleged|known|"
                     r"rumou?red|claimed)[ \t]+to[ \t]+have(?:[ \t]+(?:privately|already|"
                     r"once|also|repeatedly))?[ \t]+\Z"
                     # a poll's answers ('Older voters were more likely to say …'; only
                     # 'say', below: 'The club is more likely to announce …' is a forecast)
                     r"|[ \t]+(?:are|were)[ \t]+(?:(?:slightly|much|far|significantly|"
                     r"somewhat|considerably|twice|three[ \t]+times|no)[ \t]+)?"
                     r"(?:more|less|most|least|as)[ \t]+likely"
                     r"[ \t]+to[ \t]+\Z")
_COORDINATED = re.compile(r",?[ \t]+(?:and|but)(?:[ \t]+(?:also|then|later|has|have|had|"
                          r"now|still|even|[a-z]+ly))*[ \t]*\Z")
# ('… and on Monday announced …': the adjunct before the verb read, 'and' ends the text)
# 'Donald Trump, who is vying to be the next president, said': the name before the relative.
_RELATIVE_APPOSITION = re.compile(r"[ \t]*(?P<np>[^,]{2,60}?),[ \t]+(?:who|whose)\b[^,]*,"
                                  r"[ \t]*(?:(?:also|then|later|has|have|had|[a-z]+ly)[ \t]+)*\Z")


def _speaker_before(q: Cue) -> dict | None:
    """The speaker phrase right before the verb, resolved (None when none fits): the phrase
    read by ``phrases.phrase_before``, else, for a verb coordinated with an earlier one ('…
    and says'), the subject of the sentence. An unnamed phrase the resolver leaves unknown
    ('attorneys for the department') is an anonymous speaker."""
    text, at = q.text, q.m.start()
    hedged = _HEDGED.search(text, max(q.s0, at - 50), at) \
        if text.find(" to have", max(q.s0, at - 30), at) >= 0 or \
        text.startswith("say ", at) and text.find("likely to ", max(q.s0, at - 12), at) >= 0 \
        else None
    if hedged is not None:  # 'The minister is understood to have told …': the subject
        ph = q.phrase_before(hedged.start(), q.s0)
        # ('Party members in Kent were more likely to say': a group and its complement)
        info = None if ph is None else _resolve(q, ph) or _head_with_complement(q, ph)
        # (the filters of what is not speech read the words before the auxiliary)
        return None if info is None else {**info, "filter_start": hedged.start() + 1}
    back = _STEP_BACK.search(text, max(q.s0, at - 40), at)
    if back is not None:
        at = back.start() + 1
    share = _share_before(text, max(q.s0, at - 120), at)
    if share is not None and share.group("share").strip() and not (
            share.start("share") > q.s0 and
            _RELATIVE_INSIDE.search(text, q.s0, share.start("share")) and
            _modified_subject(q, at) is not None):  # (not '… who attended several of …')
        # 'About 4 in 10 say', '52 percent of voters said': people polled, unnamed
        s, e = share.span("share")
        return {**speaker_fields(text, s, e, q.word, q.mentions), "speaker_kind": "anonymous",
                "speaker_name": None}
    who = _WHO_BEFORE.search(text, max(q.s0, at - 30), at) \
        if "who" in text[max(q.s0, at - 30):at] else None
    if who is not None:  # 'teachers unions who said …', 'Obama, who says …'
        return _relative_speaker(q, who.start("who"), who.end("who"))
    whom = _SHARE_OF_WHOM.search(text, max(q.s0, at - 40), at) \
        if "whom" in text[max(q.s0, at - 40):at] else None
    if whom is not None:  # 'the families, many of whom say …': some of a group, unnamed
        return {**speaker_fields(text, *whom.span("np"), q.word, q.mentions),
                "speaker_kind": "anonymous", "speaker_name": None}
    which = _WHICH_BEFORE.search(text, max(q.s0, at - 30), at) \
        if "which" in text[max(q.s0, at - 30):at] else None
    if which is not None:  # 'The request came from the Guardian, which argued that …'
        info = _which_speaker(q, which.start("which"), which.end("which"))
        if info is not None:
            return info
    aside = _DASH_ASIDE.search(text, max(q.s0, at - 160), at) or \
        _COMMA_ADJUNCT.search(text, max(q.s0, at - 100), at)
    if aside is not None and aside.start() > q.s0:
        at = aside.start()  # 'Ana Ruiz — a former minister — told the BBC …': past the aside
        # ('The mayor, in a statement on Friday, said …')
    maker = _MAKER_OF.match(text, q.s0, at)
    if maker is not None:  # 'The maker of Brannigan's pies and Hollow Farm yoghurts said'
        return _resolve(q, maker.span("np"))
    ph = q.phrase_before(at, q.s0)
    adjunct = _ADJUNCT_BEFORE.search(text, max(q.s0, at - 60), at)
    if adjunct is not None and not (ph is None or ph[0] > adjunct.start() or (
            ph[1] > at - 50 and text[ph[0]:ph[1]].split()[0].lower() in DETERMINERS)):
        adjunct = None  # (the phrase is the adjunct: 'The office on June 18 said')
    if adjunct is not None:  # 'Hillary Clinton on Tuesday said', 'Ann Lee in a post said'
        at = adjunct.start()
        ph = q.phrase_before(at, q.s0)
    info = None if ph is None else _resolve(q, ph)
    coordinated = None if info is None else _NAMES_AND.search(text, max(q.s0, ph[0] - 40),
                                                              ph[0])
    if coordinated is not None and text[ph[0]:ph[0] + 1].isupper() and not any(
            ms < coordinated.start() and me > coordinated.end()
            for ms, me, _, _ in q.mentions.between(max(q.s0, coordinated.start() - 60),
                                                   ph[1])) and \
            _COMPLEMENT_BEFORE.search(text, max(q.s0, coordinated.start() - 60),
                                      coordinated.start()):
        # (not one name with "and" in it: 'the Organization for Economic Cooperation and
        # Development said'; nor a list of speakers: 'the Bank of Japan, and the Swiss …')
        # 'Analysts at Barclays and Citi said': the people, not the names in their complement
        info = _head_with_complement(q, (coordinated.start(), ph[1])) or info
    if info is not None and (not info["speaker_name"] or text[ph[0]].islower()) and \
            ph[0] > q.s0 and _RELATIVE_INSIDE.search(text, q.s0, ph[0]):
        # 'A councillor who attended several of the meetings said': the subject, not the
        # relative clause's object ('Those who know the coach say': not 'know the coach')
        info = _modified_subject(q, at) or info
    if info is None and ph is not None:
        info = _head_with_complement(q, ph)
    if info is None:
        rel = _RELATIVE_APPOSITION.match(text, q.s0, at)
        if rel is not None:
            info = _resolve(q, rel.span("np"))
    if info is None:
        info = _modified_subject(q, at)
    if info is None and _TOOK_TO.search(text, max(q.s0, at - 40), at):
        # 'Fans took to social media to say …', 'The star went online to say …': the subject
        info = _main_subject(q, at)
    if info is None and _COORDINATED.search(text, max(q.s0, at - 30), at):
        prior = _PRIOR_ATTRIBUTION.search(text, max(q.s0, at - 90), at)
        ph = None if prior is None else q.phrase_before(prior.start("cue"), q.s0)
        if ph is not None and ph[0] > prior.start():
            # 'The plan will work, the minister said, and warned …': the speaker of the
            # attribution the verb is coordinated with, not the statement's subject
            return _resolve(q, ph)
        # '… and says', 'X, who has …, said': the subject of the sentence
        info = _main_subject(q, at)
        if info is not None and (evidence_speaker(text, info["speaker_start"],
                                                  info["speaker_end"])
                                 or info["speaker_start"] > q.s0 + 40):
            info = None
    return info


# A parenthetical attribution right before a coordinated verb ('…, he said, and added', '…,
# she told reporters, and said').
_PRIOR_ATTRIBUTION = re.compile(rf",[ \t]+[^,;:\"“”]{{1,60}}?[ \t]+(?P<cue>{_CUE_WORDS})"
                                rf"(?:[ \t]+[\w'’.-]+){{0,3}},?[ \t]+"
                                rf"(?:and|but)(?:[ \t]+(?:also|then|later))?[ \t]+\Z")
# A company described by what it makes or owns, as a sentence's subject: the description
# speaks, not the brands after "of" ('The maker of Brannigan's pies and Hollow Farm yoghurts
# said', 'The owner of the Daily Post said': the company named before).
_MAKER_OF = re.compile(r"(?P<np>(?:The|the)[ \t]+(?:maker|owner|operator|parent|publisher|"
                       r"producer|manufacturer|supplier))[ \t]+of[ \t]+[^,;:\"“”()\n]{1,80}?"
                       r"[ \t]+\Z")
# Names joined before the last one ('Barclays and [Citi]', 'Leeds, York and [Hull]').
_NAMES_AND = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’.-]*,?[ \t]+){1,4}(?:and|or)[ \t]+\Z")
_RELATIVE_INSIDE = re.compile(r"(?<![\w'’-])(?:who|that|whom)[ \t]")
# An aside between dashes between a speaker and the verb ('Murphy — after a pause — told me').
# An adjunct set off by commas between a speaker and the verb: the occasion or the channel
# ('The mayor, in a statement on Friday, said', 'The coach, speaking after the match, said',
# 'Ms. Ruiz, asked about the delay, said', 'Ana Ruiz, at Monday's hearing, cited …'; not 'at'
# a name or 'the': 'Tom Lee, at Halden Capital, said' names where the speaker works, a part of
# the speaker's words).
_COMMA_ADJUNCT = re.compile(r",[ \t]+(?:in|on|during|after|speaking|writing|talking|asked|"
                            r"when[ \t]+asked|answering|responding|at[ \t]+(?:a|an|his|her|their|"
                            r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                            r"last[ \t]+week|this[ \t]+week)['’]s))[ \t][^,;:\"“”()\n]{1,80},"
                            r"[ \t]*(?:(?:also|later|then|[a-z]+ly)[ \t]+)?\Z")
_DASH_ASIDE = re.compile(r"[ \t]+(?:[—–][^—–\n]{1,140}[—–]|--?[ \t][^\n]{1,140}?[ \t]--?)[ \t]*\Z")
# An adjunct of time or place between a speaker and the verb ('Clinton on Tuesday said',
# 'Her allies have in the past said', 'A Labour advert in 1997 questioned …').
_ADJUNCT_BEFORE = re.compile(
    r"[ \t]+(?:(?:on|late|early)[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)(?:[ \t]+(?:morning|afternoon|evening|night))?|on[ \t]+(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|"
    r"Oct\.|Nov\.|Dec\.)[ \t]+\d{1,2}(?:st|nd|rd|th)?|(?:last|this)[ \t]+(?:week|month|"
    r"year|weekend)|in[ \t]+the[ \t]+past|in[ \t]+(?:(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December)(?:[ \t]+(?:19|20)\d\d)?|(?:19|20)\d\d)"
    # (not closing a relative clause: 'Ann Lee, who backed Mr. Hale in 2012, said')
    r"(?![ \t]*,)|in[ \t]+(?:a|an|his|her|their|its)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?:statement|interview|letter|tweet|post|op-ed|memo|email|e-mail|video|speech|column|essay|book|filing|release))[ \t]*,?[ \t]*\Z")
_WHO_BEFORE = re.compile(r"(?<![\w'’-])(?P<who>who)(?:['’](?:ve|s|d)\b)?(?:[ \t]+(?:also|has|have|had|later|now|"
                         r"previously|once|recently|together|[a-z]+ly))*[ \t]+\Z")


def _relative_speaker(q: Cue, s: int, e: int) -> dict | None:
    """'…, who said': the noun phrase before "who" speaks (its name when the entity
    extractor knows it), else an unnamed speaker written "who"."""
    text = q.text
    fields = {**speaker_fields(text, s, e, q.word, q.mentions), "speaker_kind": "anonymous",
              "speaker_name": None}
    ph = q.phrase_before(s, q.s0)
    if ph is not None and text[ph[1]:s].strip(" \t,") == "" and len(text[ph[0]:ph[1]].split(
            ",", 1)[0].split()) <= 6 and not _has_verb(text, ph[0], ph[1]):
        info = _resolve(q, ph)
        if info is not None:  # the row's speaker is "who", its name the antecedent's
            return {**fields, "speaker_kind": info["speaker_kind"],
                    "speaker_name": info["speaker_name"]}
    elif ph is not None and text[s - 2:s] == ", ":
        # 'The bill was drafted by Senator Hal Moore, who has argued …': the person or body
        # named right before the comma
        end = s - 2
        comma = text.rfind(",", max(q.s0, end - 100), end)
        if comma > 0 and _APPOSITION_START.match(text, comma + 1, end):
            end = comma  # 'Ann Lee, a senior analyst at Halden, who notes …': Ann Lee
        named = q.mentions.last_before(end, max(q.s0, end - 80), ("person", "organization"))
        if named is not None and named[1] == end and not (
                named[3].kind == "organization" and
                _PREPOSITION_BEFORE.search(text, max(q.s0, named[0] - 12), named[0])):
            return {**fields, "speaker_kind": named[3].kind, "speaker_name": named[3].name}
    return fields


# Some of a group named before, in a relative clause ('…, many of whom say', 'some of whom').
_SHARE_OF_WHOM = re.compile(r",[ \t]+(?P<np>(?:many|some|most|all|several|both|few|none|half|"
                            r"dozens|hundreds|thousands|one|two|three|four|five)[ \t]+of[ \t]+"
                            r"whom)(?:[ \t]+(?:also|have|had|now|later|[a-z]+ly))*[ \t]+\Z")
_WHICH_BEFORE = re.compile(r",[ \t]+(?P<which>which)(?:[ \t]+(?:also|has|have|had|later|now|"
                           r"previously|once|recently|together|[a-z]+ly))*[ \t]+\Z")


def _which_speaker(q: Cue, s: int, e: int) -> dict | None:
    """'…, the Guardian, which argued': the organization named right before the comma
    speaks; so does a body described by its kind ('The bank, which said …', 'the Saudi
    government, which has denied …'), unnamed; "which" after anything else (a report, a
    poll) gives no speaker."""
    end = s - 2
    named = q.mentions.last_before(end, max(q.s0, end - 80), ("organization",))
    fields = speaker_fields(q.text, s, e, q.word, q.mentions)
    if named is not None and named[1] == end:
        return {**fields, "speaker_kind": "organization", "speaker_name": named[3].name}
    ph = q.phrase_before(s, q.s0)
    if ph is None or q.text[ph[1]:s].strip(" \t,") or len(q.text[ph[0]:ph[1]].split()) > 5:
        return None
    words = q.text[ph[0]:ph[1]].split()
    if words[0].lower() not in ("the", "its", "their") or \
            words[-1].lower() not in ORG_DESCRIPTIONS:
        return None
    return {**fields, "speaker_kind": "organization", "speaker_name": None}


# After a name's comma: an apposition ('…, the president of the Halden Trust, who …').
_APPOSITION_START = re.compile(r"[ \t]+(?:a|an|the|his|her|its|their)[ \t]+[^,;:\"“”]+\Z")
# Before an organization's name: a preposition (the name is a complement, not the antecedent).
_PREPOSITION_BEFORE = re.compile(r"(?<![\w'’-])(?:of|at|in|on|for|from|with)[ \t]+"
                                 r"(?:the[ \t]+)?\Z")


_WITH_BEFORE = re.compile(r"(?<![\w'’-])with[ \t]+\Z")


def _with_speaker(q: Cue) -> dict | None:
    """'with three in 10 saying', 'with Airbus spokesman Stefan Schaffrath saying': the
    phrase between "with" and the participle."""
    text, at = q.text, q.m.start()
    share = _share_before(text, max(q.s0, at - 120), at)
    if share is not None and share.group("share").strip() and _WITH_BEFORE.search(
            text, max(q.s0, share.start("share") - 8), share.start("share")):
        s, e = share.span("share")
        return {**speaker_fields(text, s, e, q.word, q.mentions), "speaker_kind": "anonymous",
                "speaker_name": None}
    ph = q.phrase_before(at, q.s0)
    if ph is None or not _WITH_BEFORE.search(text, max(q.s0, ph[0] - 8), ph[0]):
        return None
    return q.from_phrase(ph, after_with=True)


def _main_subject(q: Cue, at: int) -> dict | None:
    """The subject of the sentence's main clause, past a fronted subordinate clause ('When
    the Air Force selected …, Boeing challenged …, claiming …' -> Boeing)."""
    start = q.s0
    bullet = _BULLET.match(q.text, start)
    if bullet is not None:
        start = bullet.end()
    if _OPENER.match(q.text, q.s0):
        comma = q.text.find(",", q.s0, at)
        if comma > 0:
            start = comma + 1
    info = subject(q.text, start, at, q.mentions, q.word)
    words = [] if info is None or info.get("speaker_end") is None or \
        info["speaker_end"] - info["speaker_start"] < 12 else \
        list(_WORD_AT.finditer(q.text, info["speaker_start"], info["speaker_end"]))
    verb = next((b.start() for a, b in zip(words, words[1:])
                 if a.group(0)[:1].isupper() and b.group(0) in _VERB_FORMS), None)
    if verb is not None:
        # 'The IMF cut its forecast, warning …': the name before its verb, not 'The IMF cut
        # its forecast'
        info = _resolve(q, (info["speaker_start"], verb - 1)) or info
    role = None if info is None or info.get("speaker_end") is None else \
        _ROLE_AFTER.match(q.text, info["speaker_end"], at)
    if role is not None and role.group("role") in ROLE_NOUNS:
        # 'The council leader claimed victory and said …': the leader, not the council
        info = _resolve(q, (info["speaker_start"], role.end("role"))) or info
    if info is not None and info.get("speaker_end") is not None:
        # 'City coach Lars Eklund …', "Kelly's co-star Dean Mott …": the name after the
        # subject's title words is the person; "Fans' group Blue Army …": the body after the
        # noun of a body is the organization
        end = info["speaker_end"]
        for ms, me, _, ent in q.mentions.between(end, min(at, end + 40)):
            gap = q.text[end:ms].split()
            last = q.text[info["speaker_start"]:end].split()[-1:]
            if ent.kind == "organization" and not gap and last and \
                    last[0].lower() in ORG_DESCRIPTIONS and q.text[end:ms] == " ":
                return {**info, "speaker_end": me, "speaker_text": q.text[info["speaker_start"]:me],
                        "speaker_kind": "organization", "speaker_name": ent.name}
            if ent.kind == "person" and len(gap) <= 2 and not q.text[end:ms].strip(" \t\n") \
                    .strip("abcdefghijklmnopqrstuvwxyz- ") and (
                        gap or last and _is_title(last[0])) and \
                    all(_is_title(w) or w.endswith("al") for w in gap):
                return {**info, "speaker_end": me, "speaker_text": q.text[info["speaker_start"]:me],
                        "speaker_kind": "person", "speaker_name": ent.name}
            break
    return info


_TOOK_TO = re.compile(r"(?<![\w'’-])(?:took|takes|take|taking|went|goes|go|going)[ \t]+(?:to[ \t]+"
                      r"(?:social[ \t]+media|[A-Z][\w]*|the[ \t]+airwaves|the[ \t]+stage)|"
                      r"online)[ \t]+to[ \t]+\Z")
_WORD_AT = re.compile(r"[\w.&'’-]+")
_ROLE_AFTER = re.compile(r"[ \t]+(?P<role>[a-z]+)\b")
# What may follow a subject's head before its verb: a relative clause ('Residents who oppose
# the plan said'), an apposition set off by commas ('Ana Ruiz, a former minister whom the
# party expelled, said'), a participle or adjective with its complement ('Officials familiar
# with the talks, speaking on condition of anonymity, said'; 'Democrats trying to win the
# seat say').
_MODIFIER = re.compile(r"(?:,[ \t]+|[ \t]+)(?:who|that|whom|whose)\b|,[ \t]+(?:a|an|the|his|her|its|"
                       r"their|one|now|then|once|also)[ \t]|(?:,[ \t]+|[ \t]+)(?:[a-z]{3,}ing|going|doing|"
                       r"familiar|close(?=[ \t]+to\b))[ \t]|"  # (not 'A close friend said')
                       # a participle and its adjunct ('Shopkeepers interviewed on the high
                       # street said'), a relative clause without its pronoun ('Fans I spoke
                       # to said'), an aside in brackets ('Dr. Asha Mehta (a surgeon) says')
                       r"[ \t]+[a-z]{3,}ed[ \t]+(?:at|in|on|by|for|from|during|after|outside|"
                       r"across|over)[ \t]|[ \t]+(?:I|we|he|she|they|you)(?:['’](?:ve|d|ll|re|m))?"
                       r"[ \t]+(?!(?:said|say|says|told|tell)\b)[a-z]|[ \t]+\(|"
                       # ('Brett Hale, Prime Minister Lee's envoy to the forces fighting …,
                       # tweeted'; 'Ann Lee, Britain's envoy to the talks, said')
                       r",[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.-]*['’]s[ \t]")
_SUBJECT_START = re.compile(r"[\s\"“'‘(]*(?:(?:But|And|Yet|So|Still|Now|Meanwhile|Instead)"
                            r"[ \t,]+)?")
_MAX_MODIFIER = 160  # characters between the subject's head and its verb at most
# A modifier that closes on a quoted word and its comma inside the marks ('…, who calls him a
# "sociopath," said'); its words hold one quoted stretch, no other punctuation of a clause.
_CLOSING_QUOTED_COMMA = re.compile(r",[\"”]\Z")
_ANY_MARK = re.compile(r"''|[\"“”]")
_BALANCED_WORDS = re.compile(r"[^;:\"“”]*[\"“][^;:\"“”]+\Z")


def _modified_subject(q: Cue, at: int) -> dict | None:
    """The subject of the sentence when a modifier separates it from the verb ('Residents
    and others who oppose the plan said …', 'Ana Ruiz, a minister whom the party expelled
    last year, said …', 'Officials familiar with the talks, speaking on condition of
    anonymity, said …'): its head phrase, resolved, when the sentence opens with it."""
    text = q.text
    opener = _OPENER.match(text, q.s0)
    if (opener is not None and "," in text[q.s0:at]) or at - q.s0 > _MAX_MODIFIER + 80:
        return None
    # ('Though executives who worked with him say …': the subordinate clause's own subject)
    start = opener.end() if opener is not None else _SUBJECT_START.match(text, q.s0, at).end()
    while start < at and text[start] in " \t":
        start += 1
    mod = _MODIFIER.search(text, start, at)
    if mod is None or mod.start() <= start or at - mod.start() > _MAX_MODIFIER:
        return None
    head = text[start:mod.start()]
    words = head.split()
    if len(words) == 1 and words[0].lower() in RELATIVE_PEOPLE_HEADS and \
            mod.group(0).strip() in ("who", "that") and \
            not any(c in text[mod.end():at] for c in ",;:\"“”") and \
            not _CUE_BEFORE.search(text, mod.end(), at):
        # 'Those who know the coach say': unnamed people, not the clause's object
        end = at
        while end > mod.end() and text[end - 1] in " \t,":
            end -= 1
        return {**speaker_fields(text, start, end, q.word, q.mentions),
                "speaker_kind": "anonymous", "speaker_name": None}
    if not words or len(words) > 7 or any(c in head for c in ",;:\"“”()") or any(
            w.lower() in _VERB_FORMS or w.lower() in REPORTED_CUES or
            (w[:1].islower() and w.endswith(("ed", "ing"))) for w in words) or \
            words[0].lower() in SUBJECT_PRONOUNS:
        return None
    tail = text[mod.start():at].rstrip()
    if mod.group(0).endswith("("):  # an aside in brackets: closed right before the verb
        inner = tail.strip()[1:-1]
        if not tail.endswith(")") or any(c in inner for c in "()") or _CUE_BEFORE.search(inner):
            return None
        return _resolve(q, (start, start + len(head.rstrip())))
    set_off = mod.group(0).startswith(",")
    aside = tail.rfind(",", 0, len(tail) - 1) if not set_off and tail.endswith(",") else -1
    if aside > 0 and "," not in tail[:aside] and 0 < len(tail[aside + 1:-1].split()) <= 6:
        tail = tail[:aside]  # 'The magistrates who refused bail, for example, said': an aside
    closing = _CLOSING_QUOTED_COMMA.search(tail) if set_off else None
    if closing is not None:  # ', who calls him a "sociopath," said': a quoted word closes it
        tail = tail[:closing.start() + 1]
    if set_off != tail.endswith(","):
        return None  # an apposition closes with a comma; a restrictive modifier has none
    inner = tail[1:-1] if set_off else tail
    quoted = closing is not None and _BALANCED_WORDS.fullmatch(inner) is not None and \
        not _ANY_MARK.search(text, q.s0, mod.start())
    if (any(c in inner for c in ";:\"“”") and not quoted) or (not set_off and "," in inner) \
            or _CUE_BEFORE.search(inner):
        return None
    if not set_off and _PARTICIPLE_OPENING.match(inner) and _FINITE_INSIDE.search(inner):
        return None  # 'Investors chasing the rally should remember that analysts say': the
        # participle's phrase ended at the modal; the cue's subject is in the clause after it
    return _resolve(q, (start, start + len(head.rstrip())))


# A participle or adjective modifier without commas, and a modal or 'that' inside it: the
# modifier has ended and another clause has begun before the cue.
_PARTICIPLE_OPENING = re.compile(r"[ \t]+(?:[a-z]{3,}ing|[a-z]{3,}ed|familiar|close)[ \t]")
_FINITE_INSIDE = re.compile(r"(?<![\w'’-])(?:should|would|will|can|could|must|may|might|"
                            r"shall)[ \t]+[a-z]+[ \t]+that\b")


_CUE_BEFORE = re.compile(rf"(?<![\w'’-])(?:{'|'.join(sorted(map(re.escape, (w for w in REPORTED_CUES if ' ' not in w)), key=len, reverse=True))})(?![\w'’-])")
