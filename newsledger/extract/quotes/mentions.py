"""The entity mentions of an article, indexed by offset, as the quote extractor reads them to
name speakers (the mentions come from ``newsledger.extract.entities``), and what a pronoun or a
description speaker stands for (``antecedent``): the person or organization named before it
that fits its gender or kind, outside quote marks, in the subject's place rather than after a
preposition or before a role noun ("Ashfield boss Dean Mercer": not Ashfield)."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from operator import itemgetter

from newsledger.lexicon.people import (FEMALE_ROLE_WORDS, MALE_ROLE_WORDS, PERSON_PRONOUNS,
                                       ROLE_NOUNS)
from newsledger.records import EntityMention, LocalEntity
from newsledger.text import Document, Fact
from newsledger.text.clauses import main_clause_start
from newsledger.text.quotemarks import QUOTE_SPANS

from ..entities.labels import LABEL_STARTS
from ..entities.references import name_gender, office_after, office_before

# A name right after a preposition is an object or an affiliation ('the MP for Harrow North',
# 'the 24-year-old from Bristol'), not whom a later "he" or "she" stands for ('according to'
# names a speaker: it stays a candidate).
_PREPOSITION_BEFORE = re.compile(r"(?<![\w'’-])(?<!according )(?:in|on|at|for|from|of|to|"
                                 r"about|into|by|against|near|under|over)[ \t]+\Z")
_WORD_AFTER = re.compile(r"[ \t]+([a-z][\w-]*)[ \t]+[A-Z]")
_APPOSITION_ROLE = re.compile(r",[ \t]+(?:(?:a|an|the|his|her|their|its|[A-Z][\w'’.-]*['’]s?)"
                              r"[ \t]+)?(?:[\w-]+[ \t]+){0,2}?([a-z][\w-]*)\b")


class _Shared:
    """What ``Mentions`` of the same entities share: the mentions sorted by offset (without
    those inside ``skip``) and the genders and offices read of their entities (each a function
    of the entity and the document only)."""

    __slots__ = ("entities", "rows", "starts", "genders", "offices")

    def __init__(self, entities: Sequence[LocalEntity], skip: Sequence[tuple[int, int]]) -> None:
        rows = [(m.start, m.end, m, ent) for ent in entities for m in ent.mentions]
        if skip:
            rows = [r for r in rows if not any(s <= r[0] < e for s, e in skip)]
        # by start, the longest first where two start together (two stable sorts by C
        # keys: the order of sorting by (start, -end))
        rows.sort(key=itemgetter(1), reverse=True)
        rows.sort(key=itemgetter(0))
        self.entities = entities
        self.rows = rows
        self.starts = [r[0] for r in rows]
        self.genders: dict[int, str | None] = {}
        self.offices: dict[int, frozenset[str]] = {}


# id(entities) -> their _Shared, per document (the entities are kept: the id stays theirs)
_SHARED: Fact[dict[int, _Shared]] = Fact("quote_mentions", lambda doc: {})


class Mentions:
    """Entity mentions by position. ``previous`` is the speaker of the quote before the one
    being attributed (the extractor sets it): a pronoun speaker right after it usually goes on
    with it."""

    def __init__(self, entities: Sequence[LocalEntity],
                 skip: Sequence[tuple[int, int]] = (), doc: Document | None = None,
                 _shared: _Shared | None = None) -> None:
        # mentions inside a span of ``skip`` are left out (``of_document``)
        if _shared is None:
            _shared = _Shared(entities, skip)
        self.rows = _shared.rows
        self.starts = _shared.starts
        self.entities = entities
        self.doc = doc
        self.text = doc.text if doc is not None else None  # the article's (``of_document``)
        self.previous: dict | None = None
        self._genders = _shared.genders
        self._offices = _shared.offices
        # a transcript's speaker labels: whom they name speaks, no one's antecedent
        self._labels = LABEL_STARTS(doc) if doc is not None else frozenset()

    @classmethod
    def of_document(cls, entities: Sequence[LocalEntity], doc: Document) -> Mentions:
        """The mentions of ``doc`` that can be whom a speaker stands for: not those of its
        byline (the author) or its wire dateline ("LONDON, Feb 27 (Reuters) -": the place and
        the agency that filed the story; "the union said" is not Reuters). The sorted
        mentions and what was read of their entities are kept on the document for these
        entities: the direct quotes and reported speech read the same ones."""
        shared = _SHARED(doc)
        found = shared.get(id(entities))
        if found is None or found.entities is not entities:
            skip = [(line.start, line.end) for line in (doc.byline, doc.dateline) if line]
            found = shared[id(entities)] = _Shared(entities, skip)
        return cls(entities, (), doc, found)

    def at(self, s: int, e: int) -> tuple[EntityMention, LocalEntity] | None:
        """The longest mention overlapping text[s:e] that starts first."""
        i = bisect.bisect_left(self.starts, s)
        j = max(0, i - 1)
        best = None
        while j < len(self.rows) and self.rows[j][0] < e:
            ms, me, m, ent = self.rows[j]
            if ms < e and s < me and (best is None or me - ms > best[0].end - best[0].start):
                best = (m, ent)
            j += 1
        return best

    def between(self, s: int, e: int):
        i = bisect.bisect_left(self.starts, s)
        while i < len(self.rows) and self.rows[i][0] < e:
            yield self.rows[i]
            i += 1

    def last_before(self, pos: int, floor: int, kinds: tuple[str, ...],
                    skip: frozenset[str] = frozenset()) -> tuple | None:
        """The last mention of ``kinds`` ending before ``pos``, from ``floor`` on, of no entity
        named in ``skip``."""
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0 and self.rows[i][0] >= floor:
            if self.rows[i][3].kind in kinds and self.rows[i][1] <= pos and \
                    self.rows[i][3].name not in skip:
                return self.rows[i]
            i -= 1
        return None

    def surname(self, name: str) -> LocalEntity | None:
        """The one person whose last name is ``name`` ('HOLT' -> 'Lester Holt')."""
        low = name.lower()
        found = [e for e in self.entities
                 if e.kind == "person" and " " in e.name and e.name.lower().split()[-1] == low]
        return found[0] if len(found) == 1 else None

    def named(self, name: str) -> LocalEntity | None:
        low = name.lower()
        for ent in self.entities:
            if ent.name.lower() == low or low in (a.lower() for a in ent.aliases) or \
                    low in (h.lower() for h in ent.handles):
                return ent
        return None

    # --- what pronouns and descriptions stand for ---------------------------------------------

    def gender(self, ent: LocalEntity) -> str | None:
        """"m", "f" or None for a person: by their given name ("Luke Hart"), the titles and
        role nouns next to their names ("Mr Hale", "spokeswoman Ann Lee", "Tom Reed, her
        husband,"), and the pronouns the entity extractor gave them outside quote marks."""
        key = id(ent)
        if key not in self._genders:
            self._genders[key] = self._gender_of(ent)
        return self._genders[key]

    def _gender_of(self, ent: LocalEntity) -> str | None:
        """What the person's names say when they agree (``references.name_gender``: "Mr Hale",
        "Luke Hart"), else the votes of the role nouns next to their names ("spokeswoman Ann
        Lee", "Tom Reed, her husband,") and of their pronouns outside quote marks."""
        if ent.kind != "person" or self.doc is None:
            return None
        text = self.doc.text
        named = name_gender(text, [m for m in ent.mentions if m.kind in ("name", "alias")])
        if named is not None:
            return named
        quoted = QUOTE_SPANS(self.doc)
        votes: Counter = Counter()
        for m in ent.mentions:
            if m.kind == "pronoun":
                if quoted.quoted_at(m.start) is not None:
                    continue  # (a pronoun inside a quote is the entity extractor's wildest guess)
                g = PERSON_PRONOUNS.get(m.text.lower())
                if g:
                    votes[g] += 1
                continue
            before = text[max(0, m.start - 30):m.start]
            words = before.split()
            word = words[-1].rstrip(".").lower() if words and before[-1:] in (" ", "\t") \
                else ""
            app = _APPOSITION_ROLE.match(text, m.end, m.end + 60)
            role = app.group(1).lower() if app else ""
            for w, weight in ((word, 3), (role, 2)):
                if w in MALE_ROLE_WORDS:
                    votes["m"] += weight
                elif w in FEMALE_ROLE_WORDS:
                    votes["f"] += weight
        if votes["m"] == votes["f"]:
            return None
        return "m" if votes["m"] > votes["f"] else "f"

    def offices(self, ent: LocalEntity) -> frozenset[str]:
        """The offices the titles before a person's names give ("Senator Amy Klobuchar" ->
        senator; ``references.office``)."""
        key = id(ent)
        if key not in self._offices:
            text = self.text or ""
            self._offices[key] = frozenset(
                held for m in ent.mentions if m.kind in ("name", "alias")
                for held in (office_before(text, m.start), office_after(text, m.end)) if held)
        return self._offices[key]

    def fits(self, row: tuple, kinds: tuple[str, ...], gender: str | None) -> bool:
        """Whether the mention ``row`` can be what a pronoun or description of ``kinds`` (and
        ``gender``) stands for: a name, alias or description ("the rapper") outside quote
        marks (a pronoun mention repeats the entity extractor's guess), and, for a person, of a
        compatible gender, not after a preposition and not a name that qualifies a role
        before another name."""
        s, e, m, ent = row
        if ent.kind not in kinds or m.kind not in ("name", "alias", "description") or \
                self.doc is None:
            return False
        if QUOTE_SPANS(self.doc).quoted_at(s) is not None or s in self._labels:
            return False
        if ent.kind != "person":
            return True
        if gender is not None and self.gender(ent) not in (None, gender):
            return False
        text = self.doc.text
        if _PREPOSITION_BEFORE.search(text, max(0, s - 12), s):
            return False
        after = _WORD_AFTER.match(text, e, e + 40)
        return not (after is not None and after.group(1) in ROLE_NOUNS)

    def antecedent(self, pos: int, kinds: tuple[str, ...], gender: str | None = None,
                   floor: int = 0, max_sentences: int = 6, window: int = 3000,
                   skip: frozenset[str] = frozenset()) -> tuple | None:
        """The mention a pronoun (or description) at ``pos`` stands for: the closest fitting
        mention of its own sentence, else the first fitting mention (the subject; after a fronted clause) of the
        nearest earlier sentence that has one, at most ``max_sentences`` and ``window``
        characters back and never before ``floor``; never a mention of an entity named in
        ``skip``. None without a document or a fitting mention."""
        doc = self.doc
        if doc is None:
            return None
        here = doc.sentence_index(pos)
        i = bisect.bisect_left(self.starts, pos) - 1
        group: list[tuple] = []
        group_sentence = None
        while i >= 0:
            row = self.rows[i]
            i -= 1
            if row[0] < max(floor, pos - window):
                break
            sentence = doc.sentence_index(row[0])
            if group_sentence is not None and sentence != group_sentence:
                break
            if here - sentence > max_sentences:
                break
            if row[1] > pos or not self.fits(row, kinds, gender) or row[3].name in skip:
                continue
            if sentence == here:
                return row
            group_sentence = sentence
            group.append(row)
        if not group:
            return None
        group.reverse()  # in text order: the first is the sentence's subject
        text = doc.text
        plain = [r for r in group if text[r[1]:r[1] + 2] not in ("'s", "’s")] or group
        main = main_clause_start(doc, group_sentence)  # (after a fronted clause)
        return next((r for r in plain if r[0] >= main), plain[0])
