"""Numbers as story terms (``keys.story_terms``): one value however an outlet writes it
("60,000", "60k", "sixty thousand" -> ``#60000``), so that a story's articles share their
figures as terms."""
from __future__ import annotations

import re
from decimal import Decimal
from collections.abc import Sequence

from newsledger.lexicon.numbers import (LETTER_SCALES, MAGNITUDES, NUMBER_WORDS,
                                        SCALE_ABBREVIATIONS)

# Numbers (``number_terms``): one value however an outlet writes it ("60,000", "60k", "sixty
# thousand"; "£412m", "412 million"; "92mph", "92 mph"; "a 19-year-old", "Tillman, 19").
_GLUED_NUMBER = re.compile(r"(\d+(?:\.\d+)?)([a-z]*)(?:-[a-z-]+)?")
_SCALES = {**{w: Decimal(int(v)) for w, v in MAGNITUDES.items() if w != "hundred"},
           **{w: Decimal(int(v)) for w, v in SCALE_ABBREVIATIONS.items()},
           **{w: Decimal(int(v)) for w, v in LETTER_SCALES.items()}}
_SPELLED = {w: Decimal(v) for w, v in NUMBER_WORDS.items()}
_SPELLED_PARTS = frozenset(_SPELLED) | frozenset(MAGNITUDES) | {"dozen"}
_SPELLED_OR_A = frozenset(_SPELLED) | {"a"}


def number_terms(words: Sequence[str], starts: Sequence[int], ends: Sequence[int], text: str
                 ) -> dict[int, str | None]:
    """The number terms of the word tokens, by the index of each number's first token, with
    None for the other tokens a number spans: "60,000" (three tokens), "60k", "60k-strong" and
    "sixty thousand" all give ``#60000``, "£412m" and "412 million" ``#412000000``, "92mph"
    ``#92``, "a 19-year-old" ``#19``, "a hundred and six" ``#106``, "three point two million"
    ``#3200000``: outlets, transcripts and tabloids write one figure in many ways, and a story
    matches its figures only when they are written alike. A number of one digit that is not
    written with a decimal or a scale ("5", "seven") is no term, as before; scores, records and
    other digits joined by a hyphen ("3-1", "7-2") stay as written (``_term``)."""
    out: dict[int, str | None] = {}
    n = len(words)
    done = 0  # the tokens before it belong to a number read already
    # (only the tokens a number may start with are visited: a digit first, a number word, "a"
    # before one)
    for first in [k for k, w in enumerate(words) if w[0].isdigit() or w in _SPELLED
                  or w == "a" and k + 1 < n and words[k + 1] in _SPELLED_PARTS
                  or "-" in w and _is_spelled(w)]:
        if first < done:
            continue
        i = first
        w = words[i]
        done = first + 1
        if w[0].isdigit():
            if w.isascii() and w.isdigit():
                digits, suffix = w, ""  # (most numbers: what the pattern reads them as)
            elif (m := _GLUED_NUMBER.fullmatch(w.rstrip("."))) is not None:
                digits, suffix = m.group(1), m.group(2)  # "14.1bn." ends a sentence
            else:
                continue
            # "60,000" is three tokens ("60", the comma, "000"): one number
            while not suffix and "." not in digits and i + 1 < n \
                    and ends[i] + 1 == starts[i + 1] and text[ends[i]] == "," \
                    and len(nxt := words[i + 1].rstrip(".")) == 3 and nxt.isdigit():
                i += 1
                digits += nxt
            scale = _SCALES.get(suffix)
            # (a whole number of up to 18 digits is read as an int: the same value, faster)
            value = int(digits) if scale is None and "." not in digits and len(digits) <= 18 \
                else Decimal(digits) * (1 if scale is None else scale)
            shown = len(digits) - digits.count(".") + (scale is not None)
        elif w != "a" or i + 1 < n and words[i + 1] in _SPELLED_PARTS:
            spelled, i = _spelled(words, i, starts, ends, text)
            if spelled is None:
                continue
            value, shown = spelled, 2
        else:
            continue
        if i + 1 < n and len(words[i + 1]) > 1 and words[i + 1] in _SCALES:  # "412 million"
            i += 1
            value *= _SCALES[words[i]]
            shown = 2
        out[first] = "#" + (str(value) if type(value) is int else _plain_decimal(value)) \
            if value >= 10 or shown >= 2 else None
        for k in range(first + 1, i + 1):
            out[k] = None
        done = i + 1
    return out


def _is_spelled(word: str) -> bool:
    """Whether a token is a number word or hyphened number words ("sixty", "forty-five")."""
    return all(x in _SPELLED for x in word.split("-"))


def _spelled(words: Sequence[str], i: int, starts: Sequence[int], ends: Sequence[int],
             text: str) -> tuple[Decimal | None, int]:
    """The value of the spelled-out number that starts at token ``i`` ("forty-five thousand",
    "a hundred and six", "three point two"), and the index of its last token; (None, i) when
    the words are no number of ten or more (a lone "seven" stays a word) and no decimal (a
    transcript's "three point four percent" is 3.4, as "3.4" is). Its words are separated by
    spaces only ("forty-five thousand, seven changes": 45,000)."""
    total = cur = Decimal(0)
    last = ""
    end = i
    j = i
    n = len(words)
    while j < n:
        if j > i and not text[ends[j - 1]:starts[j]].isspace():
            break
        w = words[j]
        parts = w.split("-")
        if w == "a" and j == i:
            cur, last = Decimal(1), "a"
        elif w == "and" and last == "hundred" and j + 1 < n and _is_spelled(words[j + 1]):
            pass  # "a hundred and six"
        elif w == "point" and last in ("unit", "teen", "ten", "hundred", "mag") \
                and j + 1 < n and words[j + 1] in _SPELLED and _SPELLED[words[j + 1]] < 10:
            decimals = ""
            while j + 1 < n and words[j + 1] in _SPELLED and _SPELLED[words[j + 1]] < 10 \
                    and text[ends[j]:starts[j + 1]].isspace():
                j += 1
                decimals += str(int(_SPELLED[words[j]]))
            cur += Decimal("0." + decimals)
            end, last = j, "point"
        elif _is_spelled(w) and (last in ("", "a", "hundred", "mag") or last == "ten"
                                 and len(parts) == 1 and _SPELLED[w] < 10):
            cur += sum((_SPELLED[x] for x in parts), Decimal(0))
            end, last = j, "ten" if len(parts) == 1 and _SPELLED[w] >= 20 else "unit"
        elif w == "hundred" and last in ("unit", "ten", "a"):
            cur *= 100
            end, last = j, "hundred"
        elif w == "dozen" and last in ("unit", "a"):
            cur *= 12
            end, last = j, "unit"
        elif w in MAGNITUDES and w != "hundred" and last not in ("", "mag"):
            total += cur * Decimal(int(MAGNITUDES[w]))
            cur = Decimal(0)
            end, last = j, "mag"
        else:
            break
        j += 1
    value = total + cur
    if end == i and words[i] == "a" or value < 10 and last != "point":
        return None, i
    return value, end


def _plain_decimal(value: Decimal) -> str:
    """A value as digits, without a trailing point or zeros: "60000", "3.2", "0.3"."""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
