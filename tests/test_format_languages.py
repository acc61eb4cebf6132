"""Format languages checked as `msgfmt -c` checks them, message for message, with GNU's msgfmt as the oracle.

Each case is (msgid, msgstr) in one entry flagged `<language>-format`: valid strings, invalid ones,
mismatched directives and reordered arguments. Our complaint for each entry must be msgfmt's, word
for word, and an entry msgfmt accepts must raise none.
"""

from __future__ import annotations

import re
import subprocess

import pytest

from i18n.po.msgfmt_check import validate_for_compile
from i18n.po.parse import parse_po

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'

CASES = {
    "awk": [
        ("%s has %d files", "%s a %d fichiers"),
        ("%s has %d files", "%d fichiers pour %s"),
        ("%1$s has %2$d files", "%2$d fichiers pour %1$s"),
        ("%1$s has %2$d files", "%2$s fichiers pour %1$d"),
        ("%s has %d files", "%s a des fichiers"),
        ("%s has files", "%s a %d fichiers"),
        ("%5.2f%% done", "%5.2f %% fait"),
        ("%*d items", "%*d articles"),
        ("%*d items", "%d articles"),
        ("%1$*2$d items", "%1$*2$d articles"),
        ("%1$*2$d items", "%1$d articles"),
        ("%d items", "%1$d articles %s"),
        ("%1$d items", "%1$d articles %s"),
        ("%d items", "%0$d articles"),
        ("%d items", "%*0$d articles"),
        ("%d items", "%.*0$d articles"),
        ("%d items", "%d articles %"),
        ("%d items", "%d articles %y"),
        ("%d items", "%d articles %\u00e9"),
        ("%d items", "%lu articles"),
        ("%1$d items", "%1$d et %1$s"),
        ("%1$d items", "%1$d et %1$i"),
        ("%u items", "%d articles"),
        ("%c %s", "%c %s"),
        ("%e %g", "%E %G"),
        ("%x", "%o"),
        ("broken %q", "anything %d"),
        ("%-+ #08.3f", "%0#- +8.3f"),
        ("%1$s %1$s", "%1$s"),
        ("%.*f", "%.*f"),
        ("%.f", "%.f"),
    ],
    "tcl": [
        ("%s has %d files", "%s a %d fichiers"),
        ("%s has %d files", "%d fichiers pour %s"),
        ("%1$s has %2$d files", "%2$d fichiers pour %1$s"),
        ("%1$s has %2$d files", "%2$s fichiers pour %1$d"),
        ("%s has %d files", "%s a des fichiers"),
        ("%s has files", "%s a %d fichiers"),
        ("%5.2f%% done", "%5.2f %% fait"),
        ("%*d items", "%*d articles"),
        ("%*d items", "%d articles"),
        ("%1$*d items", "%1$*d articles"),
        ("%1$*d items", "%2$d articles"),
        ("%1$*d items", "%1$d articles"),
        ("%d items", "%1$d articles %s"),
        ("%1$d items", "%1$d articles %s"),
        ("%d items", "%0$d articles"),
        ("%d items", "%d articles %"),
        ("%d items", "%d articles %y"),
        ("%d items", "%d articles %\u00e9"),
        ("%d items", "%ld articles"),
        ("%d items", "%hd articles"),
        ("%hu items", "%hu articles"),
        ("%hs items", "%s articles"),
        ("%d items", "%lld articles"),
        ("%1$d items", "%1$d et %1$s"),
        ("%1$d items", "%1$d et %1$i"),
        ("%u items", "%d articles"),
        ("%c %s", "%c %s"),
        ("%e %g", "%E %G"),
        ("broken %q", "anything %d"),
        ("%-+ #08.3f", "%0#- +8.3f"),
        ("%1$s %1$s", "%1$s"),
        ("%.*f", "%.*f"),
        ("%2$s %1$s", "%1$s %2$s"),
    ],
    "object-pascal": [
        ("%s has %d files", "%s a %d fichiers"),
        ("%s has %d files", "%d fichiers pour %s"),
        ("%0:s has %1:d files", "%1:d fichiers pour %0:s"),
        ("%0:s has %1:d files", "%1:s fichiers pour %0:d"),
        ("%s has %d files", "%s a des fichiers"),
        ("%s has files", "%s a %d fichiers"),
        ("%5.2f%% done", "%5.2F %% fait"),
        ("%*d items", "%*d articles"),
        ("%*d items", "%d articles"),
        ("%*:d items", "%d articles"),
        ("%*:d items", "%*:s articles"),
        ("%:s items", "%0:s articles"),
        ("%d items", "%1:d articles"),
        ("%s and %0:s", "%s et %0:s"),
        ("%s and %0:d", "%s et %0:d"),
        ("%d items", "%d articles %"),
        ("%d items", "%d articles %y"),
        ("%d items", "%d articles %\u00e9"),
        ("%d items", "%.d articles"),
        ("%d items", "%.*d articles"),
        ("%d items", "%-10.3d articles"),
        ("%d items", "%3.:d articles"),
        ("%d items", "%U articles"),
        ("%x items", "%m articles"),
        ("%e %g %n %m", "%E %G %N %M"),
        ("%p", "%s"),
        ("broken %q", "anything %d"),
        ("%10:s %0:s", "%10:s"),
        ("%10:s %0:s", "%0:s"),
        ("%1:s %0:s", "%s %s"),
    ],
    "java-printf": [
        ("%s has %d files", "%s a %d fichiers"),
        ("%s has %d files", "%d fichiers pour %s"),
        ("%1$s has %2$d files", "%2$d fichiers pour %1$s"),
        ("%1$s has %2$d files", "%2$s fichiers pour %1$d"),
        ("%s has %d files", "%s a des fichiers"),
        ("%s has files", "%s a %d fichiers"),
        ("%5.2f%% done%n", "%5.2f %-3% fait%n"),
        ("%s and %1$s", "%s et %<S"),
        ("%d items", "%<d articles"),
        ("%%%d items", "%% %<d articles"),
        ("%s %2$s", "%s %2$s %s"),
        ("%d items", "%0$d articles"),
        ("%d items", "%d articles %"),
        ("%d items", "%d articles %y"),
        ("%d items", "%d articles %\u00e9"),
        ("%d items", "%.d articles"),
        ("%d items", "%d articles %."),
        ("%d items", "%#d articles"),
        ("%d items", "%.2d articles"),
        ("%x items", "%,x articles"),
        ("%x items", "%(x articles"),
        ("%e %a", "%(,e %,a"),
        ("%c", "%-5c"),
        ("%c", "%05c"),
        ("%s", "%+s"),
        ("%s", "%#-10.3s"),
        ("%n", "%5n"),
        ("%n", "%-n"),
        ("%%", "%.2%"),
        ("%tY", "%tY"),
        ("%tY", "%TQ"),
        ("%tY", "%tq"),
        ("%tY", "%t"),
        ("%tY", "%5.2tY"),
        ("%tY", "%s"),
        ("%1$d %1$s", "%1$d"),
        ("%c", "%s"),
        ("broken %q", "anything %d"),
    ],
    "perl": [
        ("%s has %d files", "%s a %d fichiers"),
        ("%s has %d files", "%d fichiers pour %s"),
        ("%1$s has %2$d files", "%2$d fichiers pour %1$s"),
        ("%1$s has %2$d files", "%2$s fichiers pour %1$d"),
        ("%s has %d files", "%s a des fichiers"),
        ("%s has files", "%s a %d fichiers"),
        ("%5.2f%% done", "%5.2f %% fait"),
        ("%s and %1$s", "%s et %1$s"),
        ("%s and %1$s", "%s et %2$s"),
        ("%vd version", "%vd version"),
        ("%vd version", "%d version"),
        ("%*vd and %s", "%*vd et %s"),
        ("%*2$vd and %s", "%*2$vd et %s"),
        ("%-*d items", "%*d articles"),
        ("%*3$.*2$d items", "%*3$.*2$d articles"),
        ("%*3$.*2$d items", "%3$*.*d articles"),
        ("%0$d items", "%0$d articles"),
        ("%d items", "%d articles %"),
        ("%d items", "%d articles %y"),
        ("%d items", "%d articles %\u00e9"),
        ("%d items", "%ld articles"),
        ("%d items", "%hd articles"),
        ("%lld items", "%qd articles"),
        ("%lld items", "%I64d articles"),
        ("%d items", "%I32d articles"),
        ("%Id items", "%d articles"),
        ("%Vd items", "%D articles"),
        ("%U items", "%Vu articles"),
        ("%f", "%hf"),
        ("%f", "%lf"),
        ("%Lf", "%qf"),
        ("%u", "%x %b %o %X"),
        ("%c %s %p %n %_", "%c %s %p %n %_"),
        ("%1$d %1$s", "%1$d"),
        ("%c", "%s"),
        ("broken %y", "anything %d"),
    ],
    "ruby": [
        ("%s has %d files", "%s a %d fichiers"),
        ("%s has %d files", "%d fichiers pour %s"),
        ("%1$s has %2$d files", "%2$d fichiers pour %1$s"),
        ("%1$s has %2$d files", "%2$s fichiers pour %1$d"),
        ("%1$s has %3$d files", "%1$s a %2$d fichiers"),
        ("%s has %d files", "%s a des fichiers"),
        ("%s has files", "%s a %d fichiers"),
        ("%5.2f%% done", "%5.2f %% fait"),
        ("%<name>s has %<count>d", "%<count>d pour %<name>s"),
        ("%<name>s has %<count>d", "%<name>s a"),
        ("%<name>s has", "%<name>s a %<count>d"),
        ("%<name>s has %<count>d", "%<name>s a %<count>f"),
        ("%{name} has", "%<name>s a"),
        ("%{name} has", "%<name>p a"),
        ("%{name} has", "%s a"),
        ("%s has", "%{name} a"),
        ("%<a>s %s", "%s"),
        ("%s", "%s %<a>s"),
        ("%1$s", "%1$s %s"),
        ("%s", "%s %1$s"),
        ("%1$s", "%<a>s"),
        ("%<a>s", "%1$s"),
        ("%<a>{b}", "x"),
        ("%<a>s", "%<a"),
        ("%{a}", "%{a"),
        ("%1$2$s", "x"),
        ("%-5s", "%5-s"),
        ("%.2-s", "x"),
        ("%.2 5s", "x"),
        ("%5*s", "x"),
        ("%.2.3f", "x"),
        ("%*1$s", "%*0$s"),
        ("%*d %s", "%*d %s"),
        ("%*2$d %1$s", "%1$s %*2$d"),
        ("%.*f", "%.*1$f"),
        ("%*3d", "x"),
        ("%.*3d", "x"),
        ("%1$s %1$d", "x"),
        ("%<a>s %<a>d", "x"),
        ("%d items", "%d articles %"),
        ("%d items", "%d articles %y"),
        ("%d items", "%d articles %\u00e9"),
        ("%c %a %B %p", "%c %A %b %p"),
        ("line%\nnext %d", "ligne%\nsuite %d"),
        ("%<\u00e9>s %<b>s %<a>s", "%<a>s %<b>s"),
    ],
    "ycp": [
        ("%1 has %2 files", "%1 a %2 fichiers"),
        ("%1 has %2 files", "%2 fichiers pour %1"),
        ("%1 has %2 files", "%1 a des fichiers"),
        ("%1 has files", "%1 a %2 fichiers"),
        ("%1 is 100%%", "%1 vaut 100 %%"),
        ("%1 items", "%1 articles %"),
        ("%1 items", "%1 articles %0"),
        ("%1 items", "%1 articles %x"),
        ("%1 items", "%1 articles %\u00e9"),
        ("%9 and %1", "%1 et %9"),
        ("%1 and %3", "%1 et %2"),
        ("%1%1", "%1"),
    ],
}


def _msgfmt_messages(path, catalog) -> dict[int, str]:
    """msgfmt -c's complaint for each entry, keyed by the entry's line (it names its msgstr's line)."""
    result = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    starts = sorted(entry.line for entry in catalog.entries)
    messages: dict[int, str] = {}
    for line in result.stderr.splitlines():
        match = re.match(rf"{re.escape(str(path))}:(\d+): (.*)", line)
        if match is None or "warning" in line:
            continue
        owner = max(start for start in starts if start <= int(match.group(1)))
        messages.setdefault(owner, match.group(2))
    return messages


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


@pytest.mark.parametrize("language", CASES)
def test_complaints_are_msgfmts_word_for_word(tmp_path, language):
    body = HEADER + "".join(
        f'\n#, {language}-format\nmsgctxt "{index}"\nmsgid "{_escape(msgid)}"\nmsgstr "{_escape(msgstr)}"\n'
        for index, (msgid, msgstr) in enumerate(CASES[language])
    )
    path = tmp_path / f"{language}.po"
    path.write_text(body, encoding="utf-8")
    catalog = parse_po(path.read_bytes())
    ours = {problem.line: problem.message for problem in validate_for_compile(catalog)}
    gnu = _msgfmt_messages(path, catalog)
    assert ours == gnu
    assert 0 < len(gnu) < len(CASES[language])  # the cases hold both refusals and acceptances
