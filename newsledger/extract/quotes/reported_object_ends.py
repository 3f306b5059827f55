"""Reported speech: where the object of a verb of saying ends (``object_end``): at a stop of
punctuation or of the reporter's next clause (``_OBJECT_STOP``), before a subordinate clause
of the reporter's after a bare noun phrase (``_SUBORDINATE_AFTER``), and before the verb's own
adjuncts, its channel, occasion or date (``_ADJUNCT_STOP``, ``_DATE_STOP``). Split from
``reported_objects``, which finds where the object starts."""
from __future__ import annotations

import re

from .reported_clauses import _CUE_WORDS

# Where the object of a verb of saying ends: a dash, a parenthesis, a colon, a comma before a
# clause of the reporter's ('…, which …', '…, after …', '…, saying …') or a second verb
# coordinated with the first ('urged X to …, and proposed …', '… and tried to'); a comma in a
# list ('low growth, unemployment and debt') does not end it, nor one before 'including',
# which goes on listing what was said ('accused China of hacking, including the theft of …').
_OBJECT_STOP = re.compile(
    r"[;:(]\s|\s[—–-]{1,2}\s|[—–]|"
    r",\s+(?:which|who|whom|whose|where|when|while|whereas|after|before|as|because|though|"
    r"although|despite|even|since|until|but|so|yet|then|(?!including\b)[a-z]+ing)\b|"
    # the reporter's comparison of a reported figure ('a profit of $2 a share, well above
    # forecasts')
    r",\s+(?:(?:well|far|just|slightly|comfortably|narrowly)\s+)?(?:above|below|short\s+of|"
    r"ahead\s+of|up\s+from|down\s+from|compared)\b|"
    r",?\s(?:and|but)\s+(?:(?:he|she|it|they|we|I)\s+)?"
    r"(?:(?:also|then|later|has|have|had|is|was|were|are|[a-z]+ly)\s+)*"
    # (not a participle with its agent, a label's second half: 'called the charges false
    # and fabricated by former staff')
    r"(?:[a-z]+ed|has|have|had|is|was|were|are|will|would|said|told|took|made|gave)\b"
    r"(?!\s+by\b)"
    # a clause of the reporter's with a subject of its own ('asked for a photo and the
    # minister agreed'; not 'accused X of sexism and his campaign of fabricated attacks')
    r"|,?\s(?:and|but)\s+(?:(?:the|a|an|his|her|their|its)\s+(?:(?!of\b)[a-z-]+\s+){1,2}?|"
    r"[A-Z][\w'’.-]+\s+(?:[A-Z][\w'’.-]+\s+){0,2})"
    r"(?:also\s+|then\s+|later\s+)?(?:[a-z]{3,}ed|has|had|is|was|were|are|will|would|said|told|"
    r"took|made|gave)\b(?!\s+(?:by|in|on|with|to)\b)"
    # the reporter's contrast ('acknowledged some errors even as he defended the plan'; not
    # 'even if', the condition of a vow: 'vowed not to vote for him even if he wins')
    r"|\s+even\s+as\b"
    # the sentence's own verb of saying after a set-off object ('…, who calls the plan a
    # "white elephant," said …')
    # (a single quote mark too: 'citing 'the magic of the team,' said …', and a doubled one)
    rf"|(?:(?<=,[\"”'’])|(?<=,''))\s+(?:{_CUE_WORDS})\b|,\s+(?:{_CUE_WORDS})\b")
# A word in -ing inside a list, not a participle opening the reporter's clause ('a kind,
# loving and admirable person', 'of covering up, delaying, and withholding facts').
_LISTED_ING = re.compile(r",\s+[a-z]+ing(?:,|\s+(?:and|or)\s)")
# An aside between two dashes inside an object, the object going on after it with a
# preposition: 'pledged to ban all imports — steel and cars included — from China'.
_ASIDE_CLOSE = re.compile(r"\s?(?P<d>[—–]|--?)\s?[^—–;:()\"“”]{3,80}?\s?(?P=d)\s+"
                          r"(?=(?:from|to|of|for|in|into|on|onto|against|with|about|over|by|at)\s)")
# The verb of saying inside a relative clause set off by commas: its object ends at the
# clause's closing comma ('Mr Ebbers, who denies fraud and conspiracy, faces up to 85 years':
# the denial is of "fraud and conspiracy").
_IN_RELATIVE = re.compile(r",\s+(?:who|which)\s+[^,;:()\"“”]{0,60}\Z")
# A relative clause on the object set off by commas, the accusation's reason or the request's
# infinitive after it ('accused the minister, who was born in Leeds, of lying', 'urged Ruiz,
# who chairs the board, to resign', 'vowed to form a task force, which would include the
# army, to fight smuggling').
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which|whom|whose)\s[^,;:()\"“”]{3,80}?,\s+"
                             r"(?=(?:of|for|over)\s|to\s+(?!(?:the|a|an|his|her|their|its|"
                             r"our|my|your|this|that|these|those)\b)[a-z])")
# The verb's own adjuncts after its object: the channel, the occasion, the day ('denied the
# charges through his lawyer', 'praised the plan in an interview', '… during a campaign stop
# in Leeds', '… at a rally', '… with a speech', '… to reporters', '… on Monday'; not
# 'during the hearing', as often the object's); not read after 'called X', whose label may
# follow them ('called the remarks on Sunday "childish"').
_ADJUNCT_STOP = re.compile(
    r"\s(?:through|via)\s+(?:a|an|his|her|their|its)\s+(?:lawyers?|attorneys?|spokesman|"
    r"spokeswoman|spokesperson|representatives?|aides?|agents?)\b"
    r"|\s(?:in|during|with|at)\s+(?:an?|the|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}?(?:interview|"
    r"statement|speech|debate|letter|post|tweet|op-ed|press\s+conference|news\s+conference|"
    r"rally|appearance|stop|visit|town\s+hall|briefing|address|remarks|broadcast|"
    r"podcast|video|diatribe|tirade|monologue|sermon|testimony|memo|email|e-mail)\b"
    r"|\s(?:at|during)\s+a\s+(?:press|news)\s+conference\b"
    # the hearer, the press ('confirmed her death to the Associated Press', '… to reporters')
    r"|\sto\s+(?:reporters|journalists|the\s+(?:press|media|Associated\s+Press)|Reuters|AFP)"
    r"(?=[\s.,;]|\Z)"
    r"|\son\s+(?:Twitter|Facebook|Instagram|television|TV|radio)\b"
    r"|\son\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"

    r"|\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=[.,;]|\Z)")


# A date or a time past after a noun phrase object ('announced his candidacy in June 2015',
# '… last year', 'a ceasefire yesterday'): when the verb was said, not what; read only after
# a bare noun phrase (``_BARE_PHRASE``), as a clause, a gerund or an infinitive has its own
# dates ('vowed to stay in the race until the primary on June 7', 'talks it abandoned in
# 2009', 'reported raising $9 million in March').
_DATE_STOP = re.compile(
    r"\s(?:in|on)\s+(?:(?:early|mid|late)[ -])?(?:January|February|March|April|June|July|"
    r"August|September|October|November|December)\b(?:\s+\d{1,2}\b)?(?:,?\s+\d{4}\b)?"
    r"(?=\s*(?:[.,;]|\Z))"
    r"|\sin\s+(?:19|20)\d\d(?=\s*(?:[.,;]|\Z))"
    r"|\s(?:yesterday|today|tonight)(?=\s*(?:[.,;]|\Z))"
    r"|\s(?:last|earlier\s+this|late\s+last|earlier\s+last)\s+(?:week|month|year|"
    r"spring|summer|autumn|fall|winter)(?=\s*(?:[.,;]|\Z))")
# A stretch of time back from when the article was written, after a bare noun phrase object
# ('asked for the documents a few hours earlier in a letter', 'announced the plan two years
# ago'): when the verb was said, before the end or an adjunct of the verb's; an object left
# too short before it is no row.
_TIME_BACK_STOP = re.compile(r"\s(?:a\s+few|a|an|one|two|three|four|five|six|seven|eight|nine|"
                             r"ten|several|some|many|\d+)\s+(?:minutes?|hours?|days?|weeks?|"
                             r"months?|years?|decades?)\s+(?:earlier|later|ago|before)"
                             # (not the object's own time: 'an offer a year ago to plead …')
                             r"(?=\s*(?:[.,;]|\Z)|\s+(?:in|at|on|during|when|after|before|"
                             r"while|as)\b)")
_BARE_PHRASE = re.compile(r"(?!\w+ing\b)(?:(?!(?:to|that|if|whether|which|who|when|where|until|"
                          r"because)\b)[\w'’$£€%.-]+(?<!ed)\s+){0,6}[\w'’$£€%.-]+")


def object_end(text: str, start: int, end: int, marks, adjuncts: bool = True,
               min_words: int = 3) -> int:
    """The end of an object of speech starting at ``start`` in a clause ending at ``end``:
    the first stop outside quote marks (``_OBJECT_STOP``, with ``adjuncts`` also the verb's
    adjuncts, ``_ADJUNCT_STOP``, when ``min_words`` are left before them), however short the
    object before it ('criticized Moreno and challenged him …': "Moreno", too short for a
    row)."""
    if _IN_RELATIVE.search(text, max(0, start - 80), start):
        comma = text.find(",", start, end)  # the relative clause's close ends its object
        while comma > start and marks.quoted_at(comma) is not None:
            comma = text.find(",", comma + 1, end)
        if comma > start:
            end = comma
    pos = start
    while True:
        m = _OBJECT_STOP.search(text, pos, end)
        if m is None:
            break
        if m.start() > start and marks.quoted_at(m.start()) is None and \
                not _LISTED_ING.match(text, m.start(), end):
            aside = _ASIDE_CLOSE.match(text, m.start(), end) or \
                _RELATIVE_ASIDE.match(text, m.start(), end)
            if aside is None:
                end = m.start()
                break
            pos = aside.end()  # ('pledged to ban all imports — steel included — from China')
        else:
            pos = m.end()
    sub = _SUBORDINATE_AFTER.search(text, start, end)
    if sub is not None and sub.start() - start > 8 and marks.quoted_at(sub.start()) is None \
            and not _CLAUSE_IN_OBJECT.search(text, start, sub.start()):
        end = sub.start()
    if adjuncts:
        date = _DATE_STOP.search(text, start, end)
        if date is not None and _BARE_PHRASE.fullmatch(text, start, date.start()) and \
                len(text[start:date.start()].split()) >= min_words:
            end = date.start()
        back = _TIME_BACK_STOP.search(text, start, end)
        if back is not None and _BARE_PHRASE.fullmatch(text, start, back.start()):
            end = back.start()
        for m in _ADJUNCT_STOP.finditer(text, start, end):
            if m.start() - start > 8 and marks.quoted_at(m.start()) is None:
                if len(text[start:m.start()].split()) >= min_words:  # ('denied [any wrongdoing]')
                    end = m.start()
                break
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-—–"):
        end -= 1
    return end


# A subordinate clause with its subject and verb after a bare noun phrase, no comma
# ('condemned the launch as Pyongyang fired three more missiles'): the reporter's clause. (Not
# after an object that holds a clause or a complement of its own: 'accused her of lying while
# she was in office', 'asked whether he lied when he testified', 'as much as he promised'.)
_SUBORDINATE_AFTER = re.compile(
    r"\s(?:as|while|when|after|before|because|since|until|although|though)\s+"
    r"(?:he|she|it|they|we|I|(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+"
    r"(?:(?:also|then|later|again|[a-z]+ly)\s+)?"
    r"(?:[a-z]{3,}ed|was|were|is|are|has|had|have|will|would|said|told|took|made|gave|left|"
    r"met|won|lost|came|went|began|spoke|sent|held|ran|fought)\b")
_CLAUSE_IN_OBJECT = re.compile(r"(?<![\w'’-])(?:that|whether|why|how|what|who|which|of|to|as|"
                               r"showing|saying)(?![\w'’-])")
