"""Quotations, their kind and their speakers.

Method:
1. Marks: straight and curly double quotes are paired left to right within a paragraph (an
   opening mark follows a space, a bracket, a dash or the paragraph start; a closing mark
   follows a letter, digit or punctuation). A quote left open at a paragraph end continues
   only when the next paragraph opens with a mark (news style for multi-paragraph quotes); an
   unbalanced mark otherwise yields nothing, so no quote swallows the article.
2. Kind: ``embedded_post`` for the text before a post signature
   (``— Name (@handle) Month D, YYYY``); ``partial`` for a fragment inside the reporter's
   sentence; ``direct`` for a whole statement. Titles of works ("Jimmy Kimmel Live!"), words
   named as words (the word "WELP") and short scare quotes with no speaker are dropped.
3. Speaker: the attribution patterns of news writing around the quote ("…," X said / said X /
   X said: "…" / according to X / X, founder of Y, wrote), then the speaker of the previous
   quote when a paragraph just continues it. Pronouns and descriptions resolve through the
   entity extractor's mentions; unnamed speakers ("one commented") are ``anonymous``.

Limits: quotes without marks (indirect speech) are not quotes here; single-quote-only quoting
(British style) is not read; attributions more than one sentence away are missed.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from newsledger.lexicon.people import ANONYMOUS, CUES, PRONOUNS
from newsledger.records import LocalEntity, Quote

from .signatures import SIGNATURE

OPEN_MARKS = "\"“„«"
CLOSE_MARKS = "\"”»"
MAX_QUOTE_CHARS = 3000
_CUE = "|".join(sorted(CUES, key=len, reverse=True))
_NAME_WORD = r"[A-Z][\w'’.-]*"
_SPEAKER = (rf"(?:[Tt]he\s+(?:[\w-]+\s+){{0,3}}?[\w-]+|[Aa]n?\s+(?:[\w-]+\s+){{0,2}}?[\w-]+|"
            rf"[Oo]ne(?:\s+(?:fan|user|person|critic|source|official))?|[Aa]nother"
            rf"(?:\s+(?:fan|user|commenter|critic|person))?|[Ss]ome|[Oo]thers|[Mm]any|"
            rf"[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|@\w+|"
            rf"(?:[a-z][\w-]*\s+){{0,2}}{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})")
_APPOSITION = r"(?:,\s+(?:a|an|the|who|founder|[\w-]+\s+of|\d{1,3})[^,\"“”\n]{0,90},)?"
# After the closing mark: ', said X' or ', X said' (X may carry an apposition).
_AFTER = re.compile(
    rf"[,.!?…—–-]?\s*(?:(?P<cue1>{_CUE})\s+(?P<spk1>{_SPEAKER}){_APPOSITION}|"
    rf"(?<![\w'’])(?P<spk2>{_SPEAKER}{_APPOSITION})\s+(?:(?:has|had|later|also|then|once)\s+)?"
    rf"(?P<cue2>{_CUE}))\b")
# Before the opening mark: 'X said: ' or 'X wrote on Twitter: ' or 'according to X, '.
_BEFORE = re.compile(
    rf"(?<![\w'’])(?P<spk>{_SPEAKER}{_APPOSITION})\s+(?:(?:has|had|later|also|then|once|has\s+also)\s+)?"
    rf"(?P<cue>{_CUE})(?:\s+(?!that\b)[\w@'’-]+){{0,5}}?\s*[:,]?\s*(?:that\s+)?\Z")
_IN_SENTENCE = re.compile(rf"(?<![\w'’])(?P<spk>{_SPEAKER})\s+"
                          rf"(?:(?:\w+ly|further|also|later|then|once|again)\s+)?(?P<cue>{_CUE})\b")
_ACCORDING = re.compile(rf"\b[Aa]ccording\s+to\s+(?<![\w'’])(?P<spk>{_SPEAKER})")
_WORD_AS_WORD = re.compile(r"\b(?:word|words|term|phrase|hashtag|slogan|called|dubbed|"
                           r"nicknamed|so-called|titled|entitled|named|label(?:ed|led)?|"
                           r"song|album|film|movie|book|show|series|program|programme|single|"
                           r"track|headline|caption|sign|banner)\s*$", re.I)
_TRAILING_LINKS = re.compile(r"(?:\s*(?:pic\.twitter\.com/\w+|https?://t\.co/\w+|"
                             r"https?://\S+))+\s*$")
_LINK = re.compile(r"pic\.twitter\.com/\w+|https?://\S+")
_PARAGRAPH = re.compile(r"[^\n]+")
_CONTAINER = re.compile(r"(?i)the\s+(?:caption|post|tweet|message|statement|note|letter)\b")


def _is_open(text: str, i: int) -> bool:
    ch = text[i]
    if ch in "“„«":
        return True
    if ch != '"':
        return False
    before = text[i - 1] if i > 0 else "\n"
    return before.isspace() or before in "([{—–-/:;,\n" or i == 0


def _is_close(text: str, i: int) -> bool:
    ch = text[i]
    if ch in "”»":
        return True
    if ch != '"':
        return False
    after = text[i + 1] if i + 1 < len(text) else "\n"
    return after.isspace() or after in ".,;:!?)]}—–-…'’\n" or i + 1 == len(text)


def _pairs(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None]:
    """(open, close) index pairs of marks in text[start:end]; and an open mark left unclosed."""
    pairs, opened = [], None
    for i in range(start, end):
        ch = text[i]
        if ch not in OPEN_MARKS and ch not in CLOSE_MARKS:
            continue
        if opened is None:
            if _is_open(text, i):
                opened = i
        elif _is_close(text, i) and (ch != '"' or i > opened + 1):
            pairs.append((opened, i))
            opened = None
    return pairs, opened


def _spans(text: str) -> list[tuple[int, int, int]]:
    """(start, end, group) of quoted text, marks excluded; pieces of one multi-paragraph
    quote share a group number."""
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    out: list[tuple[int, int, int]] = []
    group = 0
    carried = False  # a quote runs on from the previous paragraph
    for idx, (p0, p1) in enumerate(paragraphs):
        pairs, left_open = _pairs(text, p0, p1)
        if carried and pairs and pairs[0][0] == p0 + len(text[p0:p1]) - len(text[p0:p1].lstrip()):
            pass  # the reopening mark starts this paragraph: the first pair continues
        elif carried:
            group += 1
        for a, b in pairs:
            if not (carried and a == pairs[0][0]):
                group += 1
            carried = False
            if b - a - 1 <= MAX_QUOTE_CHARS:
                out.append((a + 1, b, group))
        carried = False
        if left_open is not None:
            nxt = paragraphs[idx + 1] if idx + 1 < len(paragraphs) else None
            reopens = nxt is not None and text[nxt[0]:nxt[1]].lstrip()[:1] in OPEN_MARKS
            if reopens and p1 - left_open - 1 <= MAX_QUOTE_CHARS:
                group += 1
                out.append((left_open + 1, p1, group))
                carried = True
    return [(s, e, g) for s, e, g in out if text[s:e].strip()]


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _sentence_bounds(text: str, s: int, e: int) -> tuple[int, int]:
    p0 = text.rfind("\n", 0, s) + 1
    p1 = text.find("\n", e)
    p1 = len(text) if p1 < 0 else p1
    left = p0
    for m in re.finditer(r"[.!?][\"”’]?\s+(?=[A-Z\"“])", text[p0:s]):
        left = p0 + m.end()
    right = re.search(r"[.!?](?=\s|$)", text[e + 1:p1])
    return left, (e + 1 + right.end()) if right else p1


def _entity_at(entities: Sequence[LocalEntity], s: int, e: int) -> LocalEntity | None:
    for ent in entities:
        for m in ent.mentions:
            if m.start < e and s < m.end:
                return ent
    return None


def _entity_named(entities: Sequence[LocalEntity], name: str) -> LocalEntity | None:
    low = name.lower()
    for ent in entities:
        if ent.name.lower() == low or low in (a.lower() for a in ent.aliases):
            return ent
    return None


def _speaker(text: str, s: int, e: int, cue: str, entities: Sequence[LocalEntity]) -> dict:
    """Speaker fields for the speaker words text[s:e]."""
    words = text[s:e]
    core = words.split(",")[0].strip()
    low = core.lower()
    info = {"speaker_text": words, "speaker_start": s, "speaker_end": e, "cue": cue}
    if low in ANONYMOUS or low.split(" ")[0] in ("one", "another", "a", "an", "some") and \
            _entity_at(entities, s, s + len(core)) is None:
        return {**info, "speaker_kind": "anonymous", "speaker_name": None}
    ent = _entity_at(entities, s, s + len(core)) or _entity_named(entities, core)
    if ent is not None:
        kind = ent.kind if ent.kind in ("person", "organization", "account") else "organization"
        return {**info, "speaker_kind": kind, "speaker_name": ent.name}
    if low in PRONOUNS or low in ("they", "i", "we"):
        return {**info, "speaker_kind": "unknown", "speaker_name": None}
    if core[:1].isupper() and not low.startswith("the "):
        return {**info, "speaker_kind": "person", "speaker_name": core}
    return {**info, "speaker_kind": "unknown", "speaker_name": None}


def _attribution(text: str, qs: int, qe: int, entities: Sequence[LocalEntity]) -> dict | None:
    close = qe + 1 if qe < len(text) else qe
    line_end = text.find("\n", close)
    line_end = len(text) if line_end < 0 else line_end
    after = _AFTER.match(text, close, min(line_end, close + 200))
    if after:
        g = "1" if after.group("spk1") else "2"
        s, e = _strip(text, after.start(f"spk{g}"), after.end(f"spk{g}"))
        e = s + len(text[s:e].rstrip(","))
        return _speaker(text, s, e, after.group(f"cue{g}"), entities)
    line_start = text.rfind("\n", 0, qs) + 1
    window_start = max(line_start, qs - 250)
    before_text = text[window_start:qs - 1]
    cut = max(before_text.rfind(". "), before_text.rfind("? "), before_text.rfind("! "),
              before_text.rfind("\" "), before_text.rfind("” "))
    offset = window_start + (cut + 2 if cut >= 0 else 0)
    before = _BEFORE.search(text, offset, qs - 1)
    if before:
        s, e = _strip(text, before.start("spk"), before.end("spk"))
        e = s + len(text[s:e].rstrip(","))
        return _speaker(text, s, e, before.group("cue"), entities)
    left, right = _sentence_bounds(text, qs, qe)
    earlier = list(_IN_SENTENCE.finditer(text, left, qs - 1))
    if earlier:  # 'X said God had called him to be "the leader ..."'
        m = earlier[-1]
        s, e = _strip(text, m.start("spk"), m.end("spk"))
        return _speaker(text, s, e, m.group("cue"), entities)
    acc = _ACCORDING.search(text, left, right)
    if acc:
        s, e = _strip(text, acc.start("spk"), acc.end("spk"))
        return _speaker(text, s, e, "according to", entities)
    return None


def _is_partial(text: str, qs: int, qe: int) -> bool:
    """A fragment inside the reporter's sentence rather than a statement of its own."""
    before = text[max(0, qs - 3):qs - 1]
    starts_sentence = (qs - 1 == 0 or text[qs - 2] == "\n" or before.rstrip().endswith(":")
                       or re.search(r"(?:^|[.!?]\s)$|\n\s*$", text[max(0, qs - 3):qs - 1]))
    if starts_sentence:
        return False
    inner = text[qs:qe].strip()
    return not (inner[:1].isupper() and re.search(r"[.!?,…]$", inner) and len(inner.split()) > 3)


def _not_a_quote(text: str, qs: int, qe: int, attributed: bool) -> bool:
    inner = text[qs:qe].strip()
    words = inner.split()
    before = text[max(0, qs - 40):qs - 1]
    if _WORD_AS_WORD.search(before):
        return True
    title_like = words and all(w[:1].isupper() or not w[:1].isalpha() for w in words)
    if not attributed and len(words) <= 6 and title_like and not re.search(r"[.,?]$", inner):
        return True  # a title, name or slogan with nobody saying it
    if not attributed and len(words) <= 1:
        return True  # a scare quote
    return False


def _posts(text: str, entities: Sequence[LocalEntity]) -> list[tuple[Quote, int]]:
    """Embedded posts, and where each signature ends."""
    out = []
    for m in SIGNATURE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text[line_start:m.start()].strip():
            s = line_start  # post text on the signature's own line
        else:
            prev_end = line_start - 1
            while prev_end > 0 and text[prev_end - 1] in "\n ":
                prev_end -= 1
            s = text.rfind("\n", 0, prev_end) + 1
        e = m.start()
        s, e = _strip(text, s, e)
        links = _LINK.findall(text[s:e])
        trail = _TRAILING_LINKS.search(text, s, e)
        if trail and trail.start() > s:
            e = _strip(text, s, trail.start())[1]
        if e <= s:
            continue
        ns, ne = m.start("name"), m.end("name")
        handle = m.group("handle")
        ent = next((x for x in entities if handle.lower() in (h.lower() for h in x.handles)),
                   None) or _entity_at(entities, ns, ne)
        date = _post_date(m.group("date"))
        url = links[-1] if links else None
        if url and not url.startswith("http"):
            url = "https://" + url
        kind = ent.kind if ent and ent.kind in ("person", "organization") else "account"
        out.append((Quote(s, e, text[s:e], "embedded_post", kind, 0.95, text[ns:ne], ns, ne,
                          ent.name if ent else None, handle, None, date, url), m.end()))
    return out


def _post_date(value: str) -> dt.date | None:
    from .dates import extract_dates

    days = [d.date for d in extract_dates(value, None) if d.precision == "day"]
    return days[0] if days else None


def extract_quotes(text: str, entities: Sequence[LocalEntity]) -> list[Quote]:
    """Every quotation in ``text`` with its kind and speaker (see the module docstring)."""
    posts = _posts(text, entities)
    post_spans = [(q.start, end) for q, end in posts]
    quotes: list[Quote] = [q for q, _ in posts]
    previous: dict | None = None
    previous_group = -1
    prior: dict | None = None  # the last attributed quote, for "the caption read"
    previous_end: int | None = None
    for s, e, group in _spans(text):
        if any(a <= s < b for a, b in post_spans):
            continue  # marks inside an embedded post belong to the post
        qs, qe = _strip(text, s, e)
        info = _attribution(text, qs, qe if text[qe:qe + 1] in CLOSE_MARKS else qe, entities)
        if info is None and previous is not None and (
                group == previous_group or _starts_paragraph(text, qs)
                or (previous_end is not None and "\n" not in text[previous_end:qs]
                    and qs - previous_end < 120)):
            info = previous  # a quote continued with no new attribution
        if info is not None and _CONTAINER.match(info["speaker_text"] or "") and prior:
            info = {**prior, "cue": info["cue"]}  # "the caption further read": its poster
        if _not_a_quote(text, qs, qe, info is not None):
            continue
        kind = "partial" if _is_partial(text, qs, qe) else "direct"
        if info is None and kind == "partial":
            info = _sentence_subject(text, qs, qe, entities)
        if info is None:
            quotes.append(Quote(qs, qe, text[qs:qe], kind, "unknown", 0.5))
            previous = None
        else:
            # A speaker found through a reporting verb is surer than one inferred from the
            # sentence's subject.
            confidence = 0.9 if info["speaker_kind"] != "unknown" and info["cue"] else 0.6
            quotes.append(Quote(qs, qe, text[qs:qe], kind, info["speaker_kind"], confidence,
                                info["speaker_text"], info["speaker_start"], info["speaker_end"],
                                info["speaker_name"], None, info["cue"]))
            previous = info
            if info["speaker_kind"] != "unknown":
                prior = info
        previous_group = group
        previous_end = qe
    return sorted(quotes, key=lambda q: (q.start, q.end))


def _sentence_subject(text: str, qs: int, qe: int,
                      entities: Sequence[LocalEntity]) -> dict | None:
    """A partial quote with no reporting verb is, in news writing, the words of the person
    the sentence is about: the first person mentioned in it before the quote."""
    left, _ = _sentence_bounds(text, qs, qe)
    first = min(((m.start, m.end, ent) for ent in entities if ent.kind == "person"
                 for m in ent.mentions if left <= m.start < qs - 1),
                key=lambda x: x[0], default=None)
    if first is None:
        return None
    s, e, ent = first
    return {"speaker_text": text[s:e], "speaker_start": s, "speaker_end": e, "cue": None,
            "speaker_kind": "person", "speaker_name": ent.name}


def _starts_paragraph(text: str, qs: int) -> bool:
    line_start = text.rfind("\n", 0, qs) + 1
    return not text[line_start:qs - 1].strip()
