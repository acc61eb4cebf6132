"""Random format strings of the kde-kuit, lisp, scheme, sh, python, python-brace and php languages, judged
by msgfmt -c and by us.

Strings are built from each language's directives (valid, invalid, nested, unterminated) and put in
one PO file, singular and plural entries mixed (a plural form used for a single n is compared with
the lax rule, "a subset of"); every complaint must be msgfmt's, word for word, and every entry it
accepts must pass. Run as a script for a longer comparison:
`python tests/test_format_languages_random.py 20000` (pairs per language).
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from i18n.po import format_lisp  # noqa: E402
from i18n.po.msgfmt_check import check_format, validate_for_compile  # noqa: E402
from i18n.po.parse import parse_po  # noqa: E402
from tests.test_format_languages import _escape  # noqa: E402

HEADER = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
          '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n')

_LISP_COMMON = [
    "~a", "~A", "~s", "~d", "~x", "~b", "~o", "~c", "~f", "~e", "~g", "~$", "~r", "~p", "~:p", "~@p", "~:@p",
    "~*", "~:*", "~2*", "~@*", "~1@*", "~2:*", "~v,'xa", "~vd", "~#d", "~5,'0d", "~'xd", "~3,vd", "~v,v,vf",
    "~{", "~}", "~:{", "~@{", "~:@{", "~1{", "~[", "~]", "~:[", "~@[", "~1[", "~#[", "~;", "~:;", "~^", "~1^",
    "~v^", "~(", "~)", "~:@(", "~?", "~@?", "~%", "~~", "~&", "~|", "~t", "~3,4t", "~_", "~i", "~q", "~",
    "~+", "~-1*", "~:@[", "~1,2,3,4,5a", "~10", "~v", "~#", "~\n", "~é", "x", " ", "é", "~",
]
TOKENS = {
    "lisp": _LISP_COMMON + ["~w", "~<", "~>", "~:<", "~/fn/", "~/pkg:fn", "~!", "~v!"],
    "scheme": _LISP_COMMON + ["~y", "~k", "~K", "~3i", "~c", "~3c", "~!", "~q", "~/", "~3,4,'xt"],
    "kde-kuit": [
        "%1", "%2", "%3", "%10", "<b>", "</b>", "<i>", "</i>", "<b a='1'>", "<b a=\"2\">", "<b a>", "<b a='1' a='2'>",
        "<", ">", "&", "&amp;", "&#12;", "&#x41;", "&#65;", "&#;", "&lt;", "&x", "<!--", "-->", "<![CDATA[", "]]>",
        "<?x", "?>", "x", " ", "é", "/>", "<br/>", "<x:b>", "</x:b>", "<a:b:c>", "=", "'", "\"", "%", "%0",
    ],
    "sh": [
        "$a", "$name", "$_x9", "${a}", "${name}", "${_b}", "${a:-b}", "${a-}", "${a=1}", "${a+x}", "${a?}", "${-a}",
        "${1}", "${1a}", "${}", "${", "$", "$1", "$é", "${é}", "${aé}", "$$", "$-", "${a b}", "x", " ", "é", "}", "{",
        "-", ":", "a", "9",
    ],
    "python": [
        "%s", "%d", "%r", "%c", "%f", "%x", "%.0s", "%.00r", "%.10s", "%5.2f", "%*d", "%.*s", "%(n)s", "%(n)d", "%(m)s",
        "%(n).0s", "%(n)%", "%(a(b))s", "%(", "%%", "%", "%l", "%ld", "%q", "%é", "%-#0 x", "x", " ", "é", "(", ")",
    ],
    # Non-ASCII text only after a space: GNU names the character after "{" with a single byte of it.
    "python-brace": [
        "{0}", "{1}", "{a}", "{name}", "{a.b}", "{a[0]}", "{a[b]}", "{a[}", "{a[0", "{a.}", "{a.1}", "{0:d}", "{0:>5}",
        "{0:x<5.2f}", "{0:{1}}", "{0:{1:d}}", "{0:{{", "{a!r}", "{0:%}", "{{", "}}", "{", "}", "{ ", "x", " ", " é", ":",
        "[", "]", ".", "!", "0",
    ],
    "php": [
        "%s", "%d", "%b", "%c", "%e", "%1$s", "%2$d", "%0$s", "%'x5s", "%'", "%05.2f", "%.f", "%ls", "%%", "%", "%q",
        "%é", "%-10s", "x", " ", "é", "'", "$",
    ],
}


def _entries(pairs: list[tuple[str, str, str | None]], language: str) -> str:
    """One entry per (msgid, msgstr, msgstr[1] or None for a singular entry)."""
    body = HEADER
    for index, (msgid, msgstr, plural) in enumerate(pairs):
        body += f'\n#, {language}-format\nmsgctxt "{index}"\nmsgid "{_escape(msgid)}"\n'
        if plural is None:
            body += f'msgstr "{_escape(msgstr)}"\n'
        else:
            body += (f'msgid_plural "{_escape(msgid)}"\nmsgstr[0] "{_escape(msgstr)}"\n'
                     f'msgstr[1] "{_escape(plural)}"\n')
    return body


def _verdicts(body: str, directory: Path) -> tuple[dict[int, str], dict[int, str]] | None:
    """(ours, msgfmt's) complaints by entry line, None when msgfmt crashes on the file."""
    path = directory / "random.po"
    path.write_text(body, encoding="utf-8")
    catalog = parse_po(path.read_bytes())
    result = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    if result.returncode < 0:
        return None
    starts = sorted(entry.line for entry in catalog.entries)
    gnu: dict[int, str] = {}
    owner = None
    for line in result.stderr.splitlines():
        match = re.match(rf"{re.escape(str(path))}:(\d+): (.*)", line)
        if match is None:
            # A reason that spans lines (libxml2's, with its context) goes on until msgfmt's next message.
            if owner is not None and line and not line.startswith("msgfmt:"):
                gnu[owner] += "\n" + line
            continue
        owner = None
        if "warning" in line:
            continue
        owner = max(start for start in starts if start <= int(match.group(1)))
        if owner in gnu:
            owner = None  # only an entry's first complaint is compared
            continue
        gnu[owner] = match.group(2)
    ours = {problem.line: problem.message for problem in validate_for_compile(catalog)}
    return ours, gnu


def _undefined_in_gnu(pair: tuple[str, str, str | None], language: str) -> bool:
    dialect = {"lisp": format_lisp.LISP, "scheme": format_lisp.SCHEME}.get(language)
    return dialect is not None and any(
        text is not None and format_lisp.undefined_in_gnu(text, dialect) for text in pair)


def disagreements(pairs: list, language: str, directory: Path) -> tuple[list[tuple], int]:
    """The entries where our complaint differs from msgfmt's, and how many were left out: those
    msgfmt crashes on (GNU 0.21 dereferences a null pointer on `~{~*~}`; found by halving) and those
    it judges from memory past the end of a list (`~@{~a~2*~}`; valgrind shows the read)."""
    kept = [pair for pair in pairs if not _undefined_in_gnu(pair, language)]
    differing, crashed = _disagreements(kept, language, directory)
    return differing, crashed + len(pairs) - len(kept)


def _disagreements(pairs: list, language: str, directory: Path) -> tuple[list[tuple], int]:
    if not pairs:
        return [], 0
    verdicts = _verdicts(_entries(pairs, language), directory)
    if verdicts is None:
        if len(pairs) == 1:
            return [], 1
        middle = len(pairs) // 2
        first, crashed_first = _disagreements(pairs[:middle], language, directory)
        second, crashed_second = _disagreements(pairs[middle:], language, directory)
        return first + second, crashed_first + crashed_second
    ours, gnu = verdicts
    catalog_lines = sorted(set(ours) | set(gnu))
    differing = [(line, ours.get(line), gnu.get(line)) for line in catalog_lines if ours.get(line) != gnu.get(line)]
    return differing, 0


def _text(tokens: list[str]):
    return st.lists(st.sampled_from(tokens), max_size=8).map("".join)


def _pair(language: str):
    text = _text(TOKENS[language])
    return st.tuples(text, text, st.one_of(st.none(), text))


def _edited(language: str):
    """A translation close to its msgid: one token inserted, dropped or swapped."""
    tokens = TOKENS[language]

    @st.composite
    def build(draw):
        words = draw(st.lists(st.sampled_from(tokens), min_size=1, max_size=8))
        edited = list(words)
        position = draw(st.integers(0, len(edited) - 1))
        action = draw(st.sampled_from(["insert", "drop", "swap", "same"]))
        if action == "insert":
            edited.insert(position, draw(st.sampled_from(tokens)))
        elif action == "drop":
            del edited[position]
        elif action == "swap" and len(edited) > 1:
            edited[position], edited[-1] = edited[-1], edited[position]
        plural = draw(st.one_of(st.none(), st.just("".join(words))))
        return "".join(words), "".join(edited), plural

    return build()


@pytest.mark.parametrize("language", TOKENS)
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_strings_are_judged_as_msgfmt_judges_them(tmp_path, language, data):
    pairs = data.draw(st.lists(st.one_of(_pair(language), _edited(language)), min_size=30, max_size=60))
    differing, _crashed = disagreements(pairs, language, tmp_path)
    assert differing == [], (language, differing[:3])


def _random_pair(rng: random.Random, tokens: list[str]) -> tuple[str, str, str | None]:
    words = [rng.choice(tokens) for _ in range(rng.randint(0, 8))]
    if rng.random() < 0.5 and words:
        edited = list(words)
        position = rng.randrange(len(edited))
        choice = rng.random()
        if choice < 0.4:
            edited.insert(position, rng.choice(tokens))
        elif choice < 0.7:
            del edited[position]
        else:
            edited[position], edited[-1] = edited[-1], edited[position]
        msgstr = "".join(edited)
    else:
        msgstr = "".join(rng.choice(tokens) for _ in range(rng.randint(0, 8)))
    plural = None if rng.random() < 0.6 else "".join(words) if rng.random() < 0.5 else msgstr
    return "".join(words), msgstr, plural


def main(count: int, seed: int = 0) -> int:
    rng = random.Random(seed)
    failures = 0
    with tempfile.TemporaryDirectory() as folder:
        for language, tokens in TOKENS.items():
            differing_total, crashed_total = [], 0
            for start in range(0, count, 500):
                pairs = [_random_pair(rng, tokens) for _ in range(min(500, count - start))]
                differing, crashed = disagreements(pairs, language, Path(folder))
                if differing:
                    body = _entries(pairs, language)
                    for line, ours, gnu in differing[:5]:
                        snippet = "\n".join(body.splitlines()[line - 1 : line + 4])
                        print(f"  {language} line {line}: ours={ours!r} gnu={gnu!r}\n{snippet}")
                differing_total += differing
                crashed_total += crashed
            print(f"{language}: {count} pairs, {len(differing_total)} disagreements, "
                  f"{crashed_total} entries left out (msgfmt crashed, or read past a list)")
            failures += len(differing_total)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000, int(sys.argv[2]) if len(sys.argv) > 2 else 0))


# Strings no one writes: deep nesting, huge numbers, thousands of directives. msgfmt 0.21 runs
# for minutes or out of memory on several (and crashes on `~{~*~}`); we give a verdict.
HOSTILE = [
    "~{" * 3000, "~[" * 2000 + "~]" * 2000, "~(" * 3000, "~:[" * 100, "~v" * 2000 + "a",
    "~" + "9" * 3000 + "a", "~99999999999*~a", "~-99999999999*", "~{~999999*~a~}", "~{~a~2000000000*~}",
    "~2147483647@*~a~a", "~{~*~}", "<b>" * 5000 + "%1", "&" * 10000, "%" + "9" * 3000, "<" * 3000,
]


@pytest.mark.parametrize("language", TOKENS)
def test_hostile_strings_get_a_verdict_and_no_traceback(language):
    for text in HOSTILE:
        accepted_alone = check_format(language, text, None, [text], None) is None
        refused_against_plain_text = check_format(language, "x", None, [text], None) is not None
        # Either the string is a valid format string (then it asks for what "x" does not, or for
        # nothing), or it is refused; it never raises.
        assert accepted_alone or refused_against_plain_text


def test_a_string_too_complex_to_check_is_refused_with_a_reason():
    problem = check_format("lisp", "~a", None, ["~{" * 60 + "~a" + "~}" * 60], None)
    assert problem == ("'msgstr' is not a valid Lisp format string, unlike 'msgid'. Reason: The string is too "
                       "complex to be checked.")
    # A msgid beyond checking is not checked, as GNU checks nothing against an invalid msgid.
    assert check_format("scheme", "~v" * 5000 + "a", None, ["anything ~q"], None) is None


def test_compile_and_check_report_hostile_entries_in_one_line_each(tmp_path):
    body = HEADER + "".join(
        f'\n#, {language}-format\nmsgctxt "{language} {index}"\nmsgid "x"\nmsgstr "{_escape(text)}"\n'
        for language in TOKENS for index, text in enumerate(HOSTILE)
    )
    path = tmp_path / "hostile.po"
    path.write_text(body, encoding="utf-8")
    for command in (["compile", "-o", str(tmp_path / "hostile.mo")], ["check", "--select", "format-refused"]):
        result = subprocess.run(["factsheet", *command, str(path)], capture_output=True, text=True)
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr + result.stdout
        assert not (tmp_path / "hostile.mo").exists()


def test_without_libxml2_expat_gives_the_same_verdict_on_kuit_markup(monkeypatch):
    from i18n.po import format_kuit

    rng = random.Random(3)
    texts = ["".join(rng.choice(TOKENS["kde-kuit"]) for _ in range(rng.randint(0, 8))) for _ in range(3000)]
    with_libxml2 = [format_kuit.kuit_markup_problem(text) for text in texts]
    monkeypatch.setattr(format_kuit, "_libxml2", lambda: None)
    with_expat = [format_kuit.kuit_markup_problem(text) for text in texts]
    assert [problem is None for problem in with_expat] == [problem is None for problem in with_libxml2]
    assert 0 < with_libxml2.count(None) < len(texts)
