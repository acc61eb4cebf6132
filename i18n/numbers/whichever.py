"""The greater or the lesser of two amounts: "2.5% of the balance or £25, whichever is higher" / "lo que sea
menor", "в зависимости от того, что меньше".

The two amounts agree on both sides, so the values compare equal; the choice between them is a bound of
its own (the greater of two is at least each, the lesser at most), said in a phrase of each language.
"""

from __future__ import annotations

import re

from i18n.numbers.model import ExtremeSwap

GREATER, LESSER = "at least", "at most"

_SOURCE_RE = re.compile(r"(?i)\bwhichever\s+is\s+(?:the\s+)?(?:(?P<greater>higher|greater|larger|bigger|more|later|longer)"
                        r"|(?P<lesser>lower|less|smaller|fewer|earlier|sooner|shorter))\b")
_TARGET_RES = {
    "fr": (r"le\s+plus\s+(?:élevé|haut|grand|important|tardif)|la\s+plus\s+(?:élevée|haute|grande|importante|tardive)"
           r"|le\s+montant\s+supérieur",
           r"le\s+plus\s+(?:bas|faible|petit)|la\s+plus\s+(?:basse|faible|petite)|le\s+moins\s+élevé|la\s+moins\s+élevée"
           r"|le\s+montant\s+inférieur"),
    "de": (r"(?:was|welche[rs]?(?:\s+\w+)?)\s+(?:höher|größer|mehr)|der\s+höhere|die\s+höhere|das\s+höhere|höhere[nr]?\s+Betrag",
           r"(?:was|welche[rs]?(?:\s+\w+)?)\s+(?:niedriger|geringer|kleiner|weniger)|der\s+niedrigere|die\s+niedrigere"
           r"|das\s+niedrigere|niedrigere[nr]?\s+Betrag"),
    "es": (r"(?:lo|el|la)\s+que\s+sea\s+(?:mayor|más\s+alto|más\s+alta|superior)|el\s+(?:importe|valor|monto)\s+mayor"
           r"|el\s+mayor\s+de",
           r"(?:lo|el|la)\s+que\s+sea\s+(?:menor|más\s+bajo|más\s+baja|inferior)|el\s+(?:importe|valor|monto)\s+menor"
           r"|el\s+menor\s+de"),
    "ru": (r"что\s+больше|(?:большая|большее|больший|наибольш\w*)\s+из", r"что\s+меньше|(?:меньшая|меньшее|меньший|наименьш\w*)\s+из"),
    "ja": (r"(?:いずれか|どちらか)(?:の)?(?:高い|多い|大きい|遅い)方", r"(?:いずれか|どちらか)(?:の)?(?:低い|少ない|小さい|早い)方"),
}
_TARGET_PATTERNS = {language: (re.compile("(?i)" + greater), re.compile("(?i)" + lesser))
                    for language, (greater, lesser) in _TARGET_RES.items()}


def may_choose_between_two(source: str) -> bool:
    """The cheap test of an English source."""
    return "whichever" in source.lower() and _SOURCE_RE.search(source) is not None


def choice_turned(source: str, target: str, target_language: str) -> ExtremeSwap | None:
    """The source's "whichever is higher" that the translation says as the lesser one, or the other way."""
    said = _SOURCE_RE.search(source)
    patterns = _TARGET_PATTERNS.get(target_language)
    if said is None or patterns is None:
        return None
    direction = GREATER if said.group("greater") else LESSER
    greater, lesser = patterns[0].search(target), patterns[1].search(target)
    other = lesser if direction == GREATER else greater
    same = greater if direction == GREATER else lesser
    if other is None or same is not None:
        return None
    return ExtremeSwap(said.group(), other.group(), direction, LESSER if direction == GREATER else GREATER)
