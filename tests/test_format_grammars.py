"""The table of format grammars (format_directives.GRAMMARS): one row per format flag, read by msgfmt -c's
check, the writer, the placeholder checks, extraction and the typography and number masks."""

from __future__ import annotations

import re

import pytest

from i18n.po import msgfmt_check
from i18n.po.format_directives import FORMAT_LANGUAGES, GRAMMARS, FormatError, grammar_of


def test_every_grammar_is_a_gnu_format_language_and_msgfmt_compares_each():
    assert set(GRAMMARS) <= set(FORMAT_LANGUAGES)
    assert set(msgfmt_check._COMPARE) == set(GRAMMARS)
    assert all(grammar.language == language for language, grammar in GRAMMARS.items())


@pytest.mark.parametrize(("flag", "language"), [("c-format", "c"), ("python-brace-format", "python-brace"),
                                                ("scheme-format", "scheme"), ("no-lisp-format", None), ("fuzzy", None), ("format", None)])
def test_a_flag_names_its_grammar(flag, language):
    grammar = grammar_of(flag)
    assert (grammar.language if grammar else None) == language
    if grammar:
        assert grammar.flag == flag


# Valid strings: the loose pattern the checks use on a flagged text finds exactly the directives
# GNU's parser finds.
VALID = {
    "c": ["%s has %d files", "%1$s has %2$d files", "%5.2f%% done", "%-10s|%+.3e", "%lu %lld %hhx %zu", "%<PRIu64> bytes",
          "%*d and %.*s", "%c%p%n"],
    "python-brace": ["{name} has {count} files", "{0} and {1}", "{a.b} {c[0]}", "{n:>10} {x:.2f}"],
}


@pytest.mark.parametrize(("language", "text"), [(language, text) for language, texts in VALID.items() for text in texts])
def test_the_checks_pattern_finds_what_gnus_grammar_finds_in_a_valid_string(language, text):
    grammar = GRAMMARS[language]
    grammar.arguments(text, False)  # valid
    gnu = [text[first : last + 1] for first, last in grammar.spans(text, False)]
    loose = [match.group() for match in re.finditer(grammar.prose.flagged, text)]
    assert loose == gnu


def test_python_named_directives_are_found_as_gnu_finds_them():
    text = "%(name)s has %(count)d files, %(ratio).1f%%"
    grammar = GRAMMARS["python"]
    named = grammar.arguments(text, False).named
    assert named == {"name": "string", "count": "int", "ratio": "float"}
    loose = {match.group("name") for match in re.finditer(grammar.prose.flagged, text) if match.group("name")}
    assert loose == set(named)


@pytest.mark.parametrize(("language", "text", "spans"), [
    ("python", "%d of %y then %s", [(0, 1)]),
    ("python-brace", "{a} {b:{c:d}} {d}", [(0, 2)]),
    ("c", "%d and %k then %s", [(0, 1)]),
])
def test_an_invalid_string_raises_gnus_reason_and_keeps_the_spans_before_it(language, text, spans):
    grammar = GRAMMARS[language]
    with pytest.raises(FormatError):
        grammar.arguments(text, False)
    assert grammar.spans(text, False) == spans
