"""F801 newline-mismatch: `check` reports what msgfmt (even without -c) and `compile` refuse."""

from __future__ import annotations

import subprocess

import pytest

from i18n.checks.context import catalog_context
from i18n.checks.engine import CheckOptions, check_catalog
from i18n.po.parse import parse_po

HEADER = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: {language}\\n"\n'
          '"Plural-Forms: {plural_forms}\\n"\n\n')
FR = {"language": "fr", "plural_forms": "nplurals=2; plural=(n > 1);"}
RU = {"language": "ru", "plural_forms": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
                                        "(n%100<10 || n%100>=20) ? 1 : 2);"}

BODIES = {
    "msgstr lacks the final newline": ('msgid "a\\n"\nmsgstr "b"\n', FR),
    "msgstr adds a final newline": ('msgid "a"\nmsgstr "b\\n"\n', FR),
    "msgstr lacks the first newline": ('msgid "\\na"\nmsgstr "b"\n', FR),
    "both newlines kept": ('msgid "\\na\\n"\nmsgstr "\\nb\\n"\n', FR),
    "a newline inside only": ('msgid "a\\nb"\nmsgstr "c"\n', FR),
    "plural form lacks it": ('msgid "\\nx"\nmsgid_plural "\\nxs"\nmsgstr[0] "\\ny"\nmsgstr[1] "ys"\n', FR),
    "msgid_plural adds it": ('msgid "p"\nmsgid_plural "q\\n"\nmsgstr[0] "r"\nmsgstr[1] "s"\n', FR),
    "msgid adds it": ('msgid "p\\n"\nmsgid_plural "q"\nmsgstr[0] "r\\n"\nmsgstr[1] "s"\n', FR),
    "third Russian form lacks it": ('msgid "x\\n"\nmsgid_plural "xs\\n"\nmsgstr[0] "a\\n"\nmsgstr[1] "b\\n"\n'
                                    'msgstr[2] "c"\n', RU),
    "all plural forms agree": ('msgid "x\\n"\nmsgid_plural "xs\\n"\nmsgstr[0] "a\\n"\nmsgstr[1] "b\\n"\n', FR),
    "fuzzy entries are left out, as msgfmt does": ('#, fuzzy\nmsgid "a\\n"\nmsgstr "b"\n', FR),
    "untranslated entries too": ('msgid "a\\n"\nmsgstr ""\n', FR),
}


def _run_both(tmp_path, body, header, options, *msgfmt_options):
    """The catalogue written to t.po; msgfmt's run on it and check's findings with `options`."""
    data = (HEADER.format(**header) + body).encode()
    po = tmp_path / "t.po"
    po.write_bytes(data)
    gnu = subprocess.run(["msgfmt", *msgfmt_options, "-o", "/dev/null", str(po)], capture_output=True, text=True)
    catalog = parse_po(data, str(po))
    findings = check_catalog(catalog, catalog_context(catalog, str(po), options), options).findings
    return po, gnu, findings


def _format_errors(po, gnu) -> list[str]:
    """msgfmt -c's complaints about the file, without its header warnings."""
    return [line.split(": ", 1)[1] for line in gnu.stderr.splitlines()
            if line.startswith(str(po)) and "warning" not in line]


@pytest.mark.parametrize("body, header", BODIES.values(), ids=BODIES.keys())
def test_reported_exactly_where_msgfmt_refuses(tmp_path, body, header):
    po, gnu, findings = _run_both(tmp_path, body, header, CheckOptions(select=frozenset({"newline-mismatch"})))
    gnu_messages = [line.split(": ", 1)[1] for line in gnu.stderr.splitlines() if "do not both" in line]
    assert [finding.message for finding in findings] == gnu_messages
    assert (gnu.returncode != 0) == bool(findings)
    compiled = subprocess.run(["factsheet", "compile", str(po), "-o", str(tmp_path / "t.mo")], capture_output=True)
    assert (compiled.returncode != 0) == bool(findings)


# F802 format-refused: msgfmt -c's complaint about a format flag, form by form, word for word.
FORMAT_BODIES = {
    "kde-kuit markup broken": ('#, kde-kuit-format\nmsgid "<b>%1</b>"\nmsgstr "<b>%1</i>"\n', FR),
    "kde-kuit argument dropped": ('#, kde-kuit-format\nmsgid "<b>%1</b> of %2"\nmsgstr "<b>%1</b> sur"\n', FR),
    "kde-kuit accelerator kept": ('#, kde-kuit-format\nmsgid "&Open %1"\nmsgstr "&Ouvrir %1"\n', FR),
    "lisp types swapped": ('#, lisp-format\nmsgid "~a has ~d"\nmsgstr "~d a ~a"\n', FR),
    "lisp unterminated": ('#, lisp-format\nmsgid "~a"\nmsgstr "~a ~{"\n', FR),
    "lisp loop kept": ('#, lisp-format\nmsgid "~{~a~^, ~}"\nmsgstr "~{~a~^ et ~}"\n', FR),
    "scheme clause missing": ('#, scheme-format\nmsgid "~:[no~;yes~]"\nmsgstr "~:[non~]"\n', FR),
    "scheme plural, rare form may say less": (
        '#, scheme-format\nmsgid "~d file"\nmsgid_plural "~d files"\nmsgstr[0] "un fichier"\n'
        'msgstr[1] "~d fichiers"\n', FR),
    "scheme plural, frequent form may not": (
        '#, scheme-format\nmsgid "~d file"\nmsgid_plural "~d files"\nmsgstr[0] "~d fichier"\n'
        'msgstr[1] "des fichiers"\n', FR),
    "lisp plural, rare form asks more": (
        '#, lisp-format\nmsgid "~d file"\nmsgid_plural "~d files"\nmsgstr[0] "~d ~a"\nmsgstr[1] "~d fichiers"\n', FR),
    "lisp plural in Russian, two forms refused": (
        '#, lisp-format\nmsgid "~d file"\nmsgid_plural "~d files"\nmsgstr[0] "~d файл"\nmsgstr[1] "~a файла"\n'
        'msgstr[2] "файлов"\n', RU),
    "java argument renumbered": ('#, java-format\nmsgid "{0} of {1}"\nmsgstr "{0} sur {2}"\n', FR),
    "python plural, rare form may not drop an unnamed count": (
        '#, python-format\nmsgid "one file"\nmsgid_plural "%d files"\nmsgstr[0] "un fichier"\n'
        'msgstr[1] "%d fichiers"\n', FR),
    "python plural, rare form may drop a named count": (
        '#, python-format\nmsgid "one file"\nmsgid_plural "%(n)d files"\nmsgstr[0] "un fichier"\n'
        'msgstr[1] "%(n)d fichiers"\n', FR),
    "python plural, every Russian form keeps it": (
        '#, python-format\nmsgid "%d file"\nmsgid_plural "%d files"\nmsgstr[0] "%d файл"\nmsgstr[1] "%d файла"\n'
        'msgstr[2] "%d файлов"\n', RU),
    "a fuzzy entry is left out": ('#, fuzzy, lisp-format\nmsgid "~a"\nmsgstr "~d ~d"\n', FR),
    "no-lisp-format is not checked": ('#, no-lisp-format\nmsgid "~a"\nmsgstr "~d ~d"\n', FR),
}


@pytest.mark.parametrize("body, header", FORMAT_BODIES.values(), ids=FORMAT_BODIES.keys())
def test_format_refused_where_msgfmt_c_refuses_in_its_words(tmp_path, body, header):
    po, gnu, findings = _run_both(tmp_path, body, header, CheckOptions(select=frozenset({"format-refused"})), "-c")
    gnu_messages = _format_errors(po, gnu)
    # msgfmt prints the first form it refuses in an entry (it counts the others); check reports
    # each refused form, the first in msgfmt's words.
    assert [finding.message for finding in findings][:1] == gnu_messages
    assert all((f"'msgstr[{finding.form}]'" if finding.form is not None else "'msgstr'") in finding.message
               for finding in findings)
    compiled = subprocess.run(["factsheet", "compile", str(po), "-o", str(tmp_path / "t.mo")], capture_output=True)
    assert (compiled.returncode != 0) == bool(gnu_messages) == (gnu.returncode != 0)


# One mistake, one finding: an entry flagged with a language the placeholder checks do not read is
# judged by that language's grammar (F802) alone, not also by their printf and brace guesses.
ONE_FINDING_BODIES = {
    "java": '#, java-format\nmsgid "{0} files in {1}"\nmsgstr "{0} fichiers"\n',
    "awk": '#, awk-format\nmsgid "%d files in %s"\nmsgstr "%d fichiers"\n',
    "csharp": '#, csharp-format\nmsgid "{0} of {1}"\nmsgstr "{0}"\n',
    "perl-brace": '#, perl-brace-format\nmsgid "{count} in {dir}"\nmsgstr "{count}"\n',
    "possible-java": '#, possible-java-format\nmsgid "{0} files in {1}"\nmsgstr "{0} fichiers"\n',
    "python rare plural form": ('#, python-format\nmsgid "one file"\nmsgid_plural "%d files"\nmsgstr[0] "un fichier"\n'
                                'msgstr[1] "%d fichiers"\n'),
}


@pytest.mark.parametrize("body", ONE_FINDING_BODIES.values(), ids=ONE_FINDING_BODIES.keys())
def test_a_dropped_argument_in_another_language_is_one_finding_in_msgfmts_words(tmp_path, body):
    po, gnu, findings = _run_both(tmp_path, body, FR, CheckOptions(), "-c")
    gnu_messages = _format_errors(po, gnu)
    errors = [(finding.code, finding.message) for finding in findings if finding.severity.name == "ERROR"]
    assert errors == [("F802", message) for message in gnu_messages] and len(errors) == 1


# A python-format plural form for a few n: msgfmt -c refuses it for an unnamed argument dropped (F802)
# or retyped (P203); either way `check` has exactly one error, and `compile` refuses the file.
PYTHON_RARE_FORMS = {
    "dropped": '"un fichier"',
    "retyped": '"%s fichier"',
}


@pytest.mark.parametrize("msgstr", PYTHON_RARE_FORMS.values(), ids=PYTHON_RARE_FORMS.keys())
def test_a_python_rare_plural_form_msgfmt_refuses_is_one_error(tmp_path, msgstr):
    body = f'#, python-format\nmsgid "%d file"\nmsgid_plural "%d files"\nmsgstr[0] {msgstr}\nmsgstr[1] "%d fichiers"\n'
    po, gnu, findings = _run_both(tmp_path, body, FR, CheckOptions(), "-c")
    assert gnu.returncode != 0 and len(_format_errors(po, gnu)) == 1
    assert len([finding for finding in findings if finding.severity.name == "ERROR"]) == 1
    compiled = subprocess.run(["factsheet", "compile", str(po), "-o", str(tmp_path / "t.mo")], capture_output=True)
    assert compiled.returncode == 1
