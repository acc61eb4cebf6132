"""format_mo and validate_for_compile against msgfmt / msgunfmt / msgfmt -c (GNU gettext 0.21)."""

from __future__ import annotations

import gettext
import io
import struct
import subprocess
from pathlib import Path

import pytest
from babel.support import Translations

from i18n.po.mo import MAGIC, format_mo, gnu_hash, validate_for_compile
from i18n.po.parse import parse_po

FR_HEADER = """\
msgid ""
msgstr ""
"Project-Id-Version: demo 1.0\\n"
"POT-Creation-Date: 2021-05-05 10:00+0000\\n"
"PO-Revision-Date: 2021-06-01 10:00+0000\\n"
"Language: fr\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"
"""

RU_HEADER = """\
msgid ""
msgstr ""
"Language: ru\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"
"""

CATALOGUES = {
    "french mix": FR_HEADER
    + """
#: a.py:1
msgid "Open"
msgstr "Ouvrir"

msgctxt "menu"
msgid "Open"
msgstr "Ouvrir…"

msgid "%d file"
msgid_plural "%d files"
msgstr[0] "%d fichier"
msgstr[1] "%d fichiers"

#, fuzzy
msgid "Fuzzy"
msgstr "Flou"

msgid "Untranslated"
msgstr ""

msgid "Half"
msgid_plural "Halves"
msgstr[0] "Moitié"
msgstr[1] ""

msgid "No first form"
msgid_plural "No first forms"
msgstr[0] ""
msgstr[1] "x"

#~ msgid "Obsolete"
#~ msgstr "Obsolète"

msgid "Zebra ü"
msgstr "Zèbre"

msgid "Äpfel"
msgstr "Pommes"
""",
    "russian plurals": RU_HEADER
    + """
msgid "%d day"
msgid_plural "%d days"
msgstr[0] "%d день"
msgstr[1] "%d дня"
msgstr[2] "%d дней"
""",
    "fuzzy header": "#, fuzzy\n"
    + FR_HEADER
    + """
msgid "a"
msgstr "b"
""",
    "latin-1": FR_HEADER.replace("charset=UTF-8", "charset=ISO-8859-1")
    + """
msgid "Cafe"
msgstr "Café"
""",
    "many messages": FR_HEADER
    + "".join(f'\nmsgid "message {n:03d} {"x" * (n % 7)}"\nmsgstr "traduction {n}"\n' for n in range(150)),
    "no header": """
msgid "only"
msgstr "seul"
""",
}


def _msgfmt(path: Path) -> bytes:
    out = path.with_suffix(".gnu.mo")
    subprocess.run(["msgfmt", "-o", str(out), str(path)], check=True, capture_output=True)
    return out.read_bytes()


def _msgunfmt(data: bytes, folder: Path, name: str) -> bytes:
    path = folder / name
    path.write_bytes(data)
    return subprocess.run(["msgunfmt", str(path)], check=True, capture_output=True).stdout


def _catalogue(tmp_path: Path, text: str):
    encoding = "latin-1" if "ISO-8859-1" in text else "utf-8"
    path = tmp_path / "messages.po"
    path.write_bytes(text.encode(encoding))
    return path, parse_po(path.read_bytes(), str(path))


@pytest.mark.parametrize("name", CATALOGUES)
def test_msgunfmt_reads_the_same_catalogue(tmp_path, name):
    path, catalog = _catalogue(tmp_path, CATALOGUES[name])
    ours = format_mo(catalog)
    assert _msgunfmt(ours, tmp_path, "ours.mo") == _msgunfmt(_msgfmt(path), tmp_path, "gnu.mo")


@pytest.mark.parametrize("name", CATALOGUES)
def test_bytes_equal_msgfmt(tmp_path, name):
    path, catalog = _catalogue(tmp_path, CATALOGUES[name])
    assert format_mo(catalog) == _msgfmt(path)


def test_compile_to_standard_output_gives_msgfmts_bytes(tmp_path):
    path, _ = _catalogue(tmp_path, CATALOGUES["russian plurals"])
    result = subprocess.run(["factsheet", "compile", "-o", "-", str(path)], capture_output=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == _msgfmt(path)
    assert not (tmp_path / "-").exists()


def test_compile_to_a_closed_pipe_ends_quietly(tmp_path):
    """`factsheet compile -o - | head -c0`: the reader left, which is no error of the catalogue's."""
    path, _ = _catalogue(tmp_path, CATALOGUES["russian plurals"])
    reader_gone = subprocess.Popen(["true"], stdin=subprocess.PIPE)
    reader_gone.wait()
    result = subprocess.run(["factsheet", "compile", "-o", "-", str(path)], stdout=reader_gone.stdin,
                            stderr=subprocess.PIPE, cwd=tmp_path)
    reader_gone.stdin.close()
    assert result.returncode == 1
    assert result.stderr == b""


def _originals(data: bytes) -> list[bytes]:
    magic, revision, count, originals, _translations, _hash_size, _hash_offset = struct.unpack_from("<7I", data)
    assert (magic, revision) == (MAGIC, 0)
    strings = []
    for index in range(count):
        length, offset = struct.unpack_from("<2I", data, originals + 8 * index)
        strings.append(data[offset : offset + length])
    return strings


def test_originals_are_sorted_by_bytes_and_hash_table_finds_them(tmp_path):
    _path, catalog = _catalogue(tmp_path, CATALOGUES["french mix"])
    data = format_mo(catalog)
    originals = _originals(data)
    keys = [original.split(b"\0")[0] for original in originals]
    assert keys == sorted(keys)
    assert b"menu\x04Open" in keys and b"%d file\x00%d files" in originals
    assert b"Fuzzy" not in keys and b"Untranslated" not in keys and b"Obsolete" not in keys
    _m, _r, count, _o, _t, hash_size, hash_offset = struct.unpack_from("<7I", data)
    table = struct.unpack_from(f"<{hash_size}I", data, hash_offset)
    for index, key in enumerate(keys):
        value = gnu_hash(key)
        slot, step = value % hash_size, 1 + value % (hash_size - 2)
        while table[slot] != index + 1:
            assert table[slot] != 0, f"{key!r} not reachable through the hash table"
            slot = (slot + step) % hash_size


def test_python_gettext_reads_plural_forms_and_contexts(tmp_path):
    _path, catalog = _catalogue(tmp_path, CATALOGUES["russian plurals"])
    translations = gettext.GNUTranslations(io.BytesIO(format_mo(catalog)))
    assert [translations.ngettext("%d day", "%d days", n) for n in (1, 3, 5, 21)] == [
        "%d день",
        "%d дня",
        "%d дней",
        "%d день",
    ]
    _path, french = _catalogue(tmp_path, CATALOGUES["french mix"])
    french_translations = gettext.GNUTranslations(io.BytesIO(format_mo(french)))
    assert french_translations.pgettext("menu", "Open") == "Ouvrir…"
    assert french_translations.gettext("Open") == "Ouvrir"
    assert french_translations.ngettext("%d file", "%d files", 0) == "%d fichier"  # French: n > 1
    assert french_translations.gettext("Fuzzy") == "Fuzzy"


def test_babel_reads_ours(tmp_path):
    _path, catalog = _catalogue(tmp_path, CATALOGUES["russian plurals"])
    translations = Translations(io.BytesIO(format_mo(catalog)))
    assert translations.ngettext("%d day", "%d days", 2) == "%d дня"
    assert translations.ngettext("%d day", "%d days", 11) == "%d дней"


# --- validate_for_compile against msgfmt -c ---------------------------------------------------------

# (flags, msgid, msgstr): each becomes one message of a catalogue that msgfmt -c also checks.
FORMAT_CASES = [
    ("c-format", "%d files", "%d fichiers"),
    ("c-format", "%d %s", "%s"),
    ("c-format", "%d %u %s", "%i %d %s"),
    ("c-format", "%d %s", "%2$s %1$d"),
    ("c-format", "%5.2f%%", "%f %y"),
    ("c-format", "%ld", "%d"),
    ("c-format", "%x", "%u"),
    ("c-format", "%s", "%1$s %1$s"),
    ("c-format", "%d %d", "%2$d"),
    ("c-format", "%lu", "%zu"),
    ("c-format", "%*d", "%d"),
    ("c-format", "%e", "%g"),
    ("c-format", "%Lf", "%f"),
    ("c-format", "%c", "%s"),
    ("no-c-format", "%d", "x"),
    ("possible-c-format", "%d", "x"),
    ("python-format", "%(n)d x", "%(n)s x"),
    ("python-format", "%(n)d x %(m)s", "%(n)d %(m)s %(k)s"),
    ("python-format", "%(name)s", "%(nom)s"),
    ("python-format", "%(a)s %(b)s", "%(b)s %(a)s"),
    ("python-format", "%s %d", "%d %s"),
    ("python-format", "%s %d", "%(a)s"),
    ("python-format", "%(a)s", "%s"),
    ("python-format", "%s %r", "%r %s"),
    ("python-format", "%i", "%d"),
    ("python-format", "%*d", "%d"),
    ("python-format", "%(a)s %(a)s", "%(a)s"),
    ("python-format", "100%% sure", "sûr"),
    ("python-format", "%r", "%a"),
    ("python-brace-format", "{name} x", "{nom} x"),
    ("python-brace-format", "{a.b} {c[0]:>10}", "{a} {c}"),
    ("python-brace-format", "{a} {b}", "{b} {a}"),
    ("python-brace-format", "{a}", "{a} {b}"),
    ("python-brace-format", "{a}", "{{a}}"),
    ("python-brace-format", "{} {0}", "{}"),
    ("python-brace-format", "{count:d} items", "{count} éléments"),
    ("python-brace-format", "{count:>10} items", "{count:>10} éléments"),
    ("python-brace-format", "{a:{b}} items", "{a} {b}"),
    ("objc-format", "%@ and %d", "%d and %@"),
    ("objc-format", "%@ saved", "%@ enregistré"),
    ("c-format", "%<PRIu64> bytes", "%<PRId64> octets"),
    ("c-format", "%<PRIu64> bytes", "%<PRIu64> octets"),
    ("c-format", "%s", "%Is"),
    ("kde-format", "%1 of %2", "%2 sur %1"),
    ("kde-format", "%1 of %2", "%1 sur"),
    ("kde-format", "%1 of %2", "%1 sur %3"),
    ("kde-format", "%1 and %3", "%1 et %3"),
    ("kde-format", "%1 %2 %3", "%3"),
    ("qt-format", "%1 of %2", "%2 sur %1"),
    ("qt-format", "%1 of %2", "%1 sur %L2"),
    ("qt-format", "%L1 of %2", "%1 sur %2"),
    ("qt-format", "%1 files", "des fichiers"),
    ("qt-format", "%0 zero", "%0 zéro"),
    ("qt-plural-format", "%n files", "%Ln fichiers"),
    ("qt-plural-format", "%n files", "des fichiers"),
    ("qt-plural-format", "files", "%n fichiers"),
    ("perl-brace-format", "{name} is {age}", "{age} {name} {extra}"),
    ("perl-brace-format", "{name} is {age}", "{name}"),
    ("csharp-format", "{0} of {1}", "{1} sur {0}"),
    ("csharp-format", "{0} of {1}", "{0} sur"),
    ("csharp-format", "{0} of {1}", "{0} sur {2}"),
    ("csharp-format", "{0,-5:x} items", "{0:x} éléments"),
    ("csharp-format", "{0} items", "{ éléments"),
    ("csharp-format", "{0} items", "{0}} éléments"),
    ("csharp-format", "{{literal}} {0}", "{{littéral}} {0}"),
    ("sh-format", "$name has ${count} files", "${count} fichiers pour $name"),
    ("sh-format", "$name has ${count} files", "$count fichiers"),
    ("sh-format", "$name has files", "$name a des fichiers de $owner"),
    ("sh-format", "$name costs", "$name coûte 5 $"),
    ("sh-format", "${name:-x} costs", "${name} coûte"),
    ("smalltalk-format", "%1 of %2", "%2 sur %1"),
    ("smalltalk-format", "%1 of %2", "%1 sur"),
    ("smalltalk-format", "%1 of %2", "%1 sur %3"),
    ("smalltalk-format", "100%% of %1", "100 % de %1"),
    ("javascript-format", "%s has %d files", "%d fichiers pour %s"),
    ("javascript-format", "%1$s has %2$d files", "%2$d fichiers pour %1$s"),
    ("javascript-format", "%s has %d files", "%s a"),
    ("javascript-format", "%s has %j", "%s a %s"),
    ("javascript-format", "%s", "%y"),
    ("javascript-format", "%1$s %2$s", "%1$s %s"),
    ("javascript-format", "100%% of %s", "100 %% de %s"),
    ("php-format", "%s has %d files", "%2$d fichiers pour %1$s"),
    ("php-format", "%s has %d files", "%d fichiers pour %s"),
    ("php-format", "%1$s has %2$d", "%1$s a"),
    ("php-format", "%'*10s total", "%'*10s au total"),
    ("php-format", "%.2f%% done", "%.2f %% fait"),
    ("php-format", "%s", "%q"),
    ("lua-format", "%s has %d files", "%s a %d fichiers"),
    ("lua-format", "%s has %d files", "%d fichiers pour %s"),
    ("lua-format", "%s has %d files", "%s a des fichiers"),
    ("lua-format", "%5.2f%% done", "%5.2f %% fait"),
    ("lua-format", "%q", "%s"),
    ("", "%d no flag", "rien"),
    ("", "\\nleading", "no leading"),
    ("", "trailing\\n", "no trailing"),
    ("", "both\\n", "both\\n"),
    ("fuzzy, c-format", "%d fuzzy", "skipped"),
]


def _gnu_flagged_msgids(path: Path, catalog) -> set[str]:
    """The msgids msgfmt -c complains about (it reports the line of the msgstr keyword)."""
    result = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    starts = sorted((entry.line, entry.msgid) for entry in catalog.entries)
    flagged = set()
    for line in result.stderr.splitlines():
        parts = line.split(":")
        if len(parts) < 3 or not parts[1].isdigit() or "warning" in line:
            continue
        reported = int(parts[1])
        owners = [msgid for start, msgid in starts if start <= reported]
        flagged.add(owners[-1] if owners else "")
    return flagged


def test_format_verdicts_match_msgfmt_c(tmp_path):
    body = FR_HEADER
    for index, (flags, msgid, msgstr) in enumerate(FORMAT_CASES):
        flag_line = f"#, {flags}\n" if flags else ""
        body += f'\n{flag_line}msgctxt "{index}"\nmsgid "{msgid}"\nmsgstr "{msgstr}"\n'
    path, catalog = _catalogue(tmp_path, body)
    ours = {entry.msgid for entry in catalog.entries if entry.line in {p.line for p in validate_for_compile(catalog)}}
    gnu = _gnu_flagged_msgids(path, catalog)
    assert ours == gnu
    assert len(gnu) >= 15  # the table really exercises refusals


PLURAL_CASES = {
    "consistent": (FR_HEADER, ["a", "b"]),
    "too many forms": (FR_HEADER, ["a", "b", "c"]),
    "too few forms": (RU_HEADER, ["a", "b"]),
    "no Plural-Forms": (FR_HEADER.replace('"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n', ""), ["a", "b"]),
    "untranslated forms": (RU_HEADER, ["", ""]),
    "expression out of range": (FR_HEADER.replace("plural=(n > 1)", "plural=n+5"), ["a", "b"]),
    "invalid expression": (FR_HEADER.replace("plural=(n > 1)", "plural=n+"), ["a", "b"]),
    "division by zero": (FR_HEADER.replace("plural=(n > 1)", "plural=n/0"), ["a", "b"]),
    "invalid nplurals": (FR_HEADER.replace("nplurals=2", "nplurals=x"), ["a", "b"]),
    "count left out of a one-number form": (
        FR_HEADER.replace("plural=(n > 1)", "plural=n==1?0:1"),
        ["un fichier", "%d fichiers"],
    ),
    "count left out of a many-number form": (FR_HEADER, ["un fichier", "%d fichiers"]),
}


@pytest.mark.parametrize("name", PLURAL_CASES)
def test_plural_verdicts_match_msgfmt_c(tmp_path, name):
    header, forms = PLURAL_CASES[name]
    body = header + '\n#, c-format\nmsgid "one file"\nmsgid_plural "%d files"\n'
    body += "".join(f'msgstr[{index}] "{form}"\n' for index, form in enumerate(forms))
    path, catalog = _catalogue(tmp_path, body)
    gnu = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True)
    problems = validate_for_compile(catalog)
    assert bool(problems) == (gnu.returncode != 0), [p.message for p in problems]
    assert all(problem.line in (catalog.header.line, catalog.entries[0].line) for problem in problems)


def test_valid_catalogue_has_no_problems(tmp_path):
    _path, catalog = _catalogue(tmp_path, CATALOGUES["french mix"])
    assert validate_for_compile(catalog) == []


BASE_MESSAGES = [
    ("c-format", "%d files copied to %s", None, ["%d fichiers copiés vers %s"]),
    ("c-format", "Progress: %5.1f%%", None, ["Progression : %5.1f %%"]),
    ("c-format", "one file", "%d files", ["un fichier", "%d fichiers"]),
    ("c-format", "%d day left", "%d days left", ["%d jour restant", "%d jours restants"]),
    ("python-format", "%(count)d items in %(place)s", None, ["%(count)d éléments dans %(place)s"]),
    ("python-format", "Hello %s", None, ["Bonjour %s"]),
    ("python-format", "%(n)d comment", "%(n)d comments", ["%(n)d commentaire", "%(n)d commentaires"]),
    ("python-brace-format", "{user} joined {group}", None, ["{user} a rejoint {group}"]),
    ("python-brace-format", "{n} page", "{n} pages", ["une page", "{n} pages"]),
]

MUTATIONS = [
    ("drop first directive", lambda text: __import__("re").sub(r"%[-+ #0-9.]*[a-z]|\{[^}]*\}", "", text, count=1)),
    ("append %s", lambda text: text + " %s"),
    ("append %d", lambda text: text + " %d"),
    ("%d becomes %s", lambda text: text.replace("%d", "%s", 1)),
    ("rename a brace field", lambda text: __import__("re").sub(r"\{[^}]*\}", "{other}", text, count=1)),
    ("append a brace field", lambda text: text + " {extra}"),
    ("number the first directive", lambda text: text.replace("%", "%1$", 1)),
    ("wide string", lambda text: text.replace("%s", "%ls", 1)),
    ("leading newline", lambda text: "\\n" + text),
    ("dangling percent", lambda text: text + "%"),
    ("rename a mapping key", lambda text: text.replace("%(count)", "%(total)", 1)),
]


@pytest.mark.parametrize("mutation", [name for name, _operation in MUTATIONS])
def test_mutated_translations_get_msgfmt_c_verdicts(tmp_path, mutation):
    operation = dict(MUTATIONS)[mutation]
    body = FR_HEADER
    for index, (flag, msgid, msgid_plural, translations) in enumerate(BASE_MESSAGES):
        for form_index in range(len(translations)):
            mutated = list(translations)
            mutated[form_index] = operation(mutated[form_index])
            body += f'\n#, {flag}\nmsgctxt "{index}.{form_index}"\nmsgid "{msgid}"\n'
            if msgid_plural is None:
                body += f'msgstr "{mutated[0]}"\n'
            else:
                body += f'msgid_plural "{msgid_plural}"\n'
                body += "".join(f'msgstr[{n}] "{form}"\n' for n, form in enumerate(mutated))
    path, catalog = _catalogue(tmp_path, body)
    problem_lines = {problem.line for problem in validate_for_compile(catalog)}
    ours = {(entry.msgctxt, entry.msgid) for entry in catalog.entries if entry.line in problem_lines}
    gnu_msgids = _gnu_flagged_contexts(path, catalog)
    assert ours == gnu_msgids


def _gnu_flagged_contexts(path: Path, catalog) -> set[tuple[str | None, str]]:
    result = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    starts = sorted((entry.line, entry.msgctxt, entry.msgid) for entry in catalog.entries)
    flagged = set()
    for line in result.stderr.splitlines():
        parts = line.split(":")
        if len(parts) < 3 or not parts[1].isdigit() or "warning" in line:
            continue
        owners = [(context, msgid) for start, context, msgid in starts if start <= int(parts[1])]
        if owners:
            flagged.add(owners[-1])
    return flagged


def test_pot_placeholder_charset_with_non_ascii_text_compiles_as_msgfmt_does(tmp_path):
    path = tmp_path / "placeholder.po"
    path.write_bytes(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=CHARSET\\n"\n\nmsgid "Café"\nmsgstr "Kaffee ☕"\n'.encode()
    )
    out = tmp_path / "ours.mo"
    result = subprocess.run(["factsheet", "compile", "-o", str(out), str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    # msgfmt -c accepts the file and copies the text's bytes as they are.
    assert out.read_bytes() == _msgfmt(path)


HEADER_CASES = {
    "no header": 'msgid "a"\nmsgstr "b"\n',
    "empty header": 'msgid ""\nmsgstr ""\n\nmsgid "a"\nmsgstr "b"\n',
    "header with a context is no header": (
        'msgctxt "c"\nmsgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "a"\nmsgstr "b"\n'
    ),
    "fuzzy header": '#, fuzzy\nmsgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "a"\nmsgstr "b"\n',
    "header without a charset": 'msgid ""\nmsgstr "Project-Id-Version: x\\n"\n\nmsgid "a"\nmsgstr "b"\n',
    "range flag": (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
        '#, c-format, range: 0..10\nmsgid "%d a"\nmsgid_plural "%d as"\nmsgstr[0] "%d b"\nmsgstr[1] "%d bs"\n\n'
        '#, range: 1..5\nmsgid "c"\nmsgstr "d"\n'
    ),
}


@pytest.mark.parametrize("name", HEADER_CASES)
def test_compile_refuses_and_accepts_headers_as_msgfmt_c_does(tmp_path, name):
    path = tmp_path / "messages.po"
    path.write_text(HEADER_CASES[name], encoding="utf-8")
    gnu = subprocess.run(["msgfmt", "-c", "-o", str(tmp_path / "gnu.mo"), str(path)], capture_output=True)
    ours = subprocess.run(
        ["factsheet", "compile", "-o", str(tmp_path / "ours.mo"), str(path)], capture_output=True, text=True
    )
    assert "Traceback" not in ours.stderr
    if gnu.returncode == 0:
        assert ours.returncode == 0, ours.stderr
        assert (tmp_path / "ours.mo").read_bytes() == (tmp_path / "gnu.mo").read_bytes()
    else:
        assert ours.returncode != 0
        assert len(ours.stderr.strip().splitlines()) == 1
        assert f"{path}:" in ours.stderr and "header missing or invalid" in ours.stderr
        assert not (tmp_path / "ours.mo").exists()


@pytest.mark.parametrize("flag", ["kde-format", "qt-plural-format", "perl-brace-format", "c-format", "objc-format",
                                  "smalltalk-format", "javascript-format", "qt-format"])
@pytest.mark.parametrize(
    "forms",
    [
        ["un fichier", "%1 fichiers"],
        ["%1 fichier", "fichiers"],
        ["un {n} fichier", "{n} fichiers"],
        ["%n fichier", "des fichiers"],
        ["%d fichier", "%d fichiers"],
    ],
)
def test_plural_format_verdicts_match_msgfmt_c(tmp_path, flag, forms):
    body = FR_HEADER + f'\n#, {flag}\nmsgid "%1 %n %d {{n}} file"\nmsgid_plural "%1 %n %d {{n}} files"\n'
    body += "".join(f'msgstr[{index}] "{form}"\n' for index, form in enumerate(forms))
    path, catalog = _catalogue(tmp_path, body)
    gnu = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True)
    problems = validate_for_compile(catalog)
    assert bool(problems) == (gnu.returncode != 0), [p.message for p in problems]


@pytest.mark.parametrize("flags", ["c-format", "c-format, range: 2..4", "c-format, range: 0..1000000", "python-format, range: 1..1"])
def test_a_range_narrows_which_plural_forms_must_keep_the_number(tmp_path, flags):
    directive = "%(n)d" if flags.startswith("python") else "%d"
    body = RU_HEADER + (
        f'\n#, {flags}\nmsgid "{directive} apple"\nmsgid_plural "{directive} apples"\n'
        f'msgstr[0] "одно яблоко"\nmsgstr[1] "{directive} яблока"\nmsgstr[2] "много яблок"\n'
    )
    path, catalog = _catalogue(tmp_path, body)
    gnu = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True)
    problems = validate_for_compile(catalog)
    assert bool(problems) == (gnu.returncode != 0), [p.message for p in problems]


def test_compile_names_every_error_at_msgfmts_line(tmp_path):
    """`factsheet compile` lists what `msgfmt -c` lists, at the same lines (each entry's msgstr keyword),
    however the entries' strings are wrapped."""
    body = FR_HEADER
    for index, (flags, msgid, msgstr) in enumerate(FORMAT_CASES):
        flag_line = f"#, {flags}\n" if flags else ""
        wrapped_msgid = f'""\n"{msgid}"\n"."' if index % 3 == 0 else f'"{msgid}"'
        wrapped_msgstr = f'""\n"{msgstr}"\n"."' if index % 3 == 0 else f'"{msgstr}"'
        body += f'\n{flag_line}msgctxt "{index}"\nmsgid {wrapped_msgid}\nmsgstr {wrapped_msgstr}\n'
    path = tmp_path / "messages.po"
    path.write_text(body, encoding="utf-8")
    gnu = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    ours = subprocess.run(["factsheet", "compile", "-o", str(tmp_path / "ours.mo"), str(path)],
                          capture_output=True, text=True, cwd=tmp_path)
    gnu_errors = [line for line in gnu.stderr.splitlines()
                  if line.startswith(f"{path}:") and "warning" not in line]
    our_lines = ours.stderr.splitlines()
    assert gnu.returncode == ours.returncode == 1
    assert len(gnu_errors) >= 15
    assert our_lines[:-1] == [f"factsheet: error: {line}" for line in gnu_errors]
    assert our_lines[-1] == f"factsheet: error: {path}: {len(gnu_errors)} errors; nothing written"
    assert not (tmp_path / "ours.mo").exists()
