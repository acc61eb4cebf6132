"""numbers.compare.warm builds what comparing two locales' texts builds on first use, and the
number checks' `prepare` (which the parallel runner calls before it forks) warms them only for
a catalogue they will check. Run in a fresh interpreter each: caches are per process."""

from __future__ import annotations

import subprocess
import sys

import pytest

_NO_PATTERN_COMPILED_AFTER_WARM = r"""
import sys
import re._compiler as compiler
from i18n.numbers.compare import compare_numbers, may_differ, warm
source_locale, target_locale, source, target = sys.argv[1:5]
warm(source_locale, target_locale)
compiled = []
original = compiler.compile
compiler.compile = lambda pattern, flags=0: compiled.append(str(pattern)[:60]) or original(pattern, flags)
may_differ(source, target, source_locale, target_locale)
comparison = compare_numbers(source, target, source_locale, target_locale)
print(len(compiled), compiled)
"""

_SOURCE = "At most 5 files (3.5 MB) on May 3, 2020 at 10:30, twice a day; the maximum is three, the 1st"


def _run(code: str, *arguments: str) -> str:
    result = subprocess.run([sys.executable, "-c", code, *arguments], capture_output=True, text=True, check=True)
    return result.stdout.strip()


@pytest.mark.parametrize("target_locale, target", [
    ("fr", "Au plus 5 fichiers (3,5 Mo) le 3 mai 2020 à 10h30, deux fois par jour ; le minimum est trois, le 1er"),
    ("de", "Höchstens 5 Dateien (3,5 MB) am 3. Mai 2020 um 10:30 Uhr, zweimal am Tag; das Minimum ist drei"),
    ("ru", "Не более 5 файлов (3,5 МБ) 3 мая 2020 в 10:30, дважды в день; минимум три"),
    ("ja", "最大5ファイル (3.5 MB)、2020年5月3日 10:30、1日2回、最小は3"),
])
def test_after_warm_a_comparison_compiles_no_pattern(target_locale: str, target: str) -> None:
    out = _run(_NO_PATTERN_COMPILED_AFTER_WARM, "en", target_locale, _SOURCE, target)
    assert out == "0 []"


_PREPARE = r"""
import sys
from i18n.checks.engine import CheckOptions
from i18n.checks.number_checks import prepare
from i18n.numbers.compare import difference_test
header = b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ' + sys.argv[1].encode() + b'\\n"\n'
select = frozenset(sys.argv[2].split(",")) if sys.argv[2] else None
prepare(header, "messages.po", CheckOptions(select=select))
print(sorted(key for key in [("en", sys.argv[1])] if difference_test.cache_info().currsize))
"""


def test_prepare_warms_the_catalogues_locales_when_a_number_check_runs() -> None:
    assert _run(_PREPARE, "de", "") == "[('en', 'de')]"
    assert _run(_PREPARE, "de", "number-changed") == "[('en', 'de')]"


def test_prepare_builds_nothing_when_no_number_check_runs() -> None:
    assert _run(_PREPARE, "de", "placeholder-missing") == "[]"
