"""Personal data typed into free text (NFR: personal data masked wherever it appears, free text included).

A person writing a feedback, a purchase need's note or an evaluation may type a phone number, an ID number or a bank
card number into it. Such text is stored twice: the column every reader uses holds the masked text, and a companion
`…_clear` column holds the text as written, only when it differed. The writer reads their own words back; anyone else
reads the masked text unless they reveal it, which needs the personal-data scope and leaves an audit row with a reason.
The audit log masks every string it stores (domain.audit.repository), so it never holds such numbers in clear.

Detected (on ASCII and full-width digits, with spaces or hyphens between groups):
- mobile numbers: 1[3-9] + 9 digits, optionally after +86 / 86;
- landline numbers: an area code 0 + 2–3 digits, then 7–8 digits (0991-4567890, (0991)4567890);
- 18-digit resident ID numbers whose GB 11643 check character is right and whose birth date is a real date;
- bank card numbers: 16–19 digits passing the Luhn check.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

# full-width digits and letters → ASCII, one character for one, so spans found in the translation apply to the text
_WIDE = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)} | {"Ｘ": "X", "ｘ": "x", "－": "-", "＋": "+",
                                                                       "（": "(", "）": ")", "\u3000": " "})

_SEP = r"[ \-]?"
_ID = re.compile(r"(?<![0-9A-Za-z])(\d{6})(\d{8})(\d{3})([0-9Xx])(?![0-9A-Za-z])")
# not inside a longer run of letters and digits (a drug code, an order number)
_B, _E = r"(?<![0-9A-Za-z])", r"(?![0-9A-Za-z])"
_CARD = re.compile(_B + r"\d{4}(?:[ \-]?\d{4}){3}(?:[ \-]?\d{1,3})?" + _E)
_MOBILE = re.compile(_B + r"(?:\+?86[ \-]?)?1[3-9]\d" + _SEP + r"\d{4}" + _SEP + r"\d{4}" + _E)
_LANDLINE = re.compile(_B + r"(?:\(0\d{2,3}\)|0\d{2,3})[ \-]?\d{7,8}" + _E)

# no personal data without seven digits in a row (separators allowed): the cheap test most texts stop at
_CANDIDATE = re.compile(r"[0-9０-９][0-9０-９ \-()（）－+＋]{6,}")

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def id_number_valid(s: str) -> bool:
    """An 18-character resident ID number (GB 11643-1999): 17 digits, a check character, a real birth date."""
    if len(s) != 18 or not s[:17].isdigit():
        return False
    if _ID_CHECK[sum(int(c) * w for c, w in zip(s[:17], _ID_WEIGHTS, strict=True)) % 11] != s[17].upper():
        return False
    try:
        born = date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return 1900 <= born.year <= 2100


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


@dataclass(frozen=True, slots=True)
class Found:
    """One piece of personal data in a text: where it is, what kind, and how it is shown masked."""

    start: int
    end: int
    kind: str       # MOBILE / LANDLINE / ID_NUMBER / BANK_CARD
    masked: str


def _digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit() or c in "Xx")


def _mask_keep(d: str, head: int, tail: int) -> str:
    return d[:head] + "*" * max(len(d) - head - tail, 0) + d[len(d) - tail:]


def find(text: str) -> list[Found]:
    """Every piece of personal data in `text`, in order, not overlapping (ID numbers and cards before phones)."""
    if not text or not _CANDIDATE.search(text):
        return []
    s = text.translate(_WIDE)
    taken: list[Found] = []

    def free(a: int, b: int) -> bool:
        return all(b <= f.start or a >= f.end for f in taken)

    for m in _ID.finditer(s):
        if id_number_valid(m.group(0)) and free(*m.span()):
            taken.append(Found(m.start(), m.end(), "ID_NUMBER", _mask_keep(m.group(0).upper(), 3, 4)))
    for m in _CARD.finditer(s):
        d = _digits(m.group(0))
        if 16 <= len(d) <= 19 and luhn_valid(d) and free(*m.span()):
            taken.append(Found(m.start(), m.end(), "BANK_CARD", _mask_keep(d, 4, 4)))
    for m in _MOBILE.finditer(s):
        if free(*m.span()):
            d = _digits(m.group(0))[-11:]
            taken.append(Found(m.start(), m.end(), "MOBILE", _mask_keep(d, 3, 4)))
    for m in _LANDLINE.finditer(s):
        if free(*m.span()):
            d = _digits(m.group(0))
            area = 3 if d[1] in "12" else 4   # 010, 02x: three-digit area codes; the rest four
            taken.append(Found(m.start(), m.end(), "LANDLINE", d[:area] + "-" + _mask_keep(d[area:], 0, 2)))
    return sorted(taken, key=lambda f: f.start)


def mask_text(text: str | None) -> str | None:
    """`text` with every piece of personal data replaced by its masked form (unchanged when there is none)."""
    if not text:
        return text
    found = find(text)
    if not found:
        return text
    out, at = [], 0
    for f in found:
        out.append(text[at:f.start])
        out.append(f.masked)
        at = f.end
    out.append(text[at:])
    return "".join(out)


def protect(text: str | None) -> tuple[str | None, str | None]:
    """(the text as every reader sees it, the text as written or None when it holds no personal data): the pair a
    free-text column and its `…_clear` companion store."""
    masked = mask_text(text)
    return masked, (text if masked != text else None)


def mask_deep(value: Any) -> Any:
    """Masks every string inside a JSON-like value (dicts, lists, strings); other values are returned as they are."""
    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, dict):
        return {k: mask_deep(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [mask_deep(v) for v in value]
    return value
