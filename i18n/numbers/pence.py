"""Pence said as pence: English writes "50p" and "50 pence" where another language writes the
pound's share, "0,50 £", "0,50 фунта", "0.50ポンド". A source's pence are rewritten as pounds
("£0.50") where the translation writes that share, before numbers are read.
"""

from __future__ import annotations

import re

_PENCE_RE = re.compile(r"(?<![\w.,£$€])(\d{1,2})(?:p|[\x20\u00a0]pence)(?![\w/])")
_SHARE_RE = re.compile(r"(?<![\d.,])0[.,](\d\d)(?![\d.,])")


def pence_as_pounds(source: str, target: str) -> str:
    """`source` with "50p" written "£0.50" where `target` writes 0.50 (in either decimal sign) and
    not 50: only English says pence, and only beside pounds (the source names "£" somewhere)."""
    if "£" not in source or not any(character.isdigit() for character in target):
        return source
    shares = {int(match.group(1)) for match in _SHARE_RE.finditer(target)}
    if not shares:
        return source
    return _PENCE_RE.sub(lambda match: f"£0.{int(match.group(1)):02d}" if int(match.group(1)) in shares
                         else match.group(), source)


# ... and a translation's cents said as cents where the source writes the share of its currency:
# "€0.30" / "30 евроцентов", "30 centimes", "30 Cent", "30 céntimos", "30セント".
_CENTS_RE = re.compile(r"(?<![\w.,])(\d{1,2})[\x20\u00a0]?(?:евро)?(?:цент\w*|centimes?|céntimos?|Cent(?:s)?\b|centavos?"
                       r"|セント)(?![^\W\d_])")
# ... or the whole units and the cents: "38 долларов 90 центов", "38 dollars et 90 cents".
_UNITS_AND_CENTS_RE = re.compile(r"(?<![\w.,])(\d+)[\x20\u00a0]?(долл\w*|евро|euros?|dollars?|Euro|Dollar)[\x20\u00a0]+"
                                 r"(?:(?:et|und|y|и)[\x20\u00a0]+)?(\d{1,2})[\x20\u00a0]?(?:евро)?(?:цент\w*|centimes?|céntimos?"
                                 r"|Cent(?:s)?\b|cents?\b)(?![^\W\d_])")
_CENT_HINT_RE = re.compile(r"[cC]ent|цент|céntim|セント")
_CURRENCY_AMOUNT_RE = re.compile(r"(?:[$€£¥][\x20\u00a0]?(\d+)[.,](\d\d)|(?<![\d.,])(\d+)[.,](\d\d)[\x20\u00a0]?[$€£¥])"
                                 r"(?![\d.,]?\d)")


def cents_as_shares(target: str, source: str, decimal: str) -> str:
    """`target` with "30 евроцентов" written "0,30", and "38 долларов 90 центов" "38,90", where
    `source` writes that amount of its currency ("€0.30", "$38.90")."""
    if "0" not in source or not _CENT_HINT_RE.search(target):
        return target
    amounts = {(int(match.group(1) or match.group(3)), int(match.group(2) or match.group(4)))
               for match in _CURRENCY_AMOUNT_RE.finditer(source)}
    if not amounts:
        return target
    target = _UNITS_AND_CENTS_RE.sub(
        lambda match: f"{match.group(1)}{decimal}{int(match.group(3)):02d} {match.group(2)}"
        if (int(match.group(1)), int(match.group(3))) in amounts else match.group(), target)
    return _CENTS_RE.sub(lambda match: f"0{decimal}{int(match.group(1)):02d}" if (0, int(match.group(1))) in amounts
                         else match.group(), target)
