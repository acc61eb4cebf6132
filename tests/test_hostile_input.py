"""Hostile input through the installed `factsheet` command: nothing is lost, nothing escapes the
project, nothing runs on a page, and every error is one line naming its file (exit 2).

Each test runs the real entry point in a subprocess (error handling and exit codes included) on a
copy of the repository's project or on the tests' tiny project.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import threading
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from i18n.errors import InputError
from i18n.locales import check_known_locale
from i18n.po.io import read_catalog
from i18n.files import temporary_name_pattern
from tests.project_fixture import copy_real_project, write_project

SHEET = "amur-leopard"
CHANGED_ON_DISK = "changed on disk since it was read; not overwritten, run the command again"


def factsheet(root: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(["factsheet", *args], cwd=root, capture_output=True, text=True, timeout=timeout)


def ok(root: Path, *args: str) -> subprocess.CompletedProcess:
    result = factsheet(root, *args)
    assert result.returncode == 0, result.stderr
    return result


def one_line_error(result: subprocess.CompletedProcess, code: int = 2) -> str:
    """The command failed with `code` and said why in exactly one line (no traceback)."""
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("factsheet: error: "), result.stderr
    return lines[0].removeprefix("factsheet: error: ")


@pytest.fixture
def tiny(tmp_path):
    root = write_project(tmp_path / "tiny")
    ok(root, "extract")
    return root


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The real project, built once; tests that change it take a copy (`real`)."""
    root = copy_real_project(tmp_path_factory.mktemp("hostile") / "built")
    ok(root, "build", "-q")
    return root


@pytest.fixture
def real(built, tmp_path):
    root = tmp_path / "project"
    shutil.copytree(built, root, symlinks=True)
    return root


def replace_in(path: Path, pattern: str, replacement: str) -> int:
    """Replace the first line of a text file that matches `pattern`; the 1-based line replaced."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    for number, line in enumerate(lines, start=1):
        if re.match(pattern, line):
            lines[number - 1] = replacement + "\n"
            path.write_text("".join(lines), encoding="utf-8")
            return number
    raise AssertionError(f"{pattern!r} not in {path}")


def set_msgstr(po_path: Path, msgid: str, msgstr: str) -> int:
    """A translator's edit of one single-line entry; the line of its msgid."""
    text = po_path.read_text(encoding="utf-8")
    pattern = re.compile(rf'^(msgid "{re.escape(msgid)}"\nmsgstr )".*"$', re.M)
    found = pattern.search(text)
    assert found, msgid
    po_path.write_text(pattern.sub(lambda match: f'{match.group(1)}"{msgstr}"', text), encoding="utf-8")
    return text[: found.start()].count("\n") + 1


# --- writes lose nothing -------------------------------------------------------------------------


def large_catalogue(folder: Path, entries: int = 4000) -> tuple[Path, Path]:
    """A POT and a French catalogue of `entries` translated messages; the POT has one more."""
    header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    pot = [header + "\n"]
    po = [header + '"Language: fr\\n"\n"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n']
    for number in range(entries):
        pot.append(f'#: t.j2:{number}\nmsgid "Leopard message {number}"\nmsgstr ""\n\n')
        po.append(f'#: t.j2:{number}\nmsgid "Leopard message {number}"\nmsgstr "Message léopard {number}"\n\n')
    pot.append('msgid "A new message"\nmsgstr ""\n')
    (folder / "t.pot").write_text("".join(pot), encoding="utf-8")
    (folder / "fr.po").write_text("".join(po), encoding="utf-8")
    return folder / "t.pot", folder / "fr.po"


# `factsheet update`, stopped by itself when it syncs its temporary file: the edit below lands while
# the new catalogue is written, before the check that must find it. (Stopping it from outside at a
# random moment could land in the microseconds between that check and the rename, which no writer
# without a lock can close: CI once caught exactly that.)
STOPPED_AT_SYNC = """
import os, re, signal, sys
from i18n.cli import main
temporary = re.compile(r"\\.fr\\.po\\.[a-z0-9_]{8}\\.tmp$")
sync = os.fsync
def stopping_sync(descriptor):
    sync(descriptor)
    if temporary.search(os.readlink(f"/proc/self/fd/{descriptor}")):
        os.kill(os.getpid(), signal.SIGSTOP)
os.fsync = stopping_sync
main(sys.argv[1:])
"""


def test_an_edit_made_while_update_writes_is_kept_and_update_says_so(tmp_path):
    pot, po = large_catalogue(tmp_path)
    original = po.read_bytes()
    pattern = temporary_name_pattern(po)
    update = subprocess.Popen([sys.executable, "-c", STOPPED_AT_SYNC, "update", "--template", str(pot), str(po)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, status = os.waitpid(update.pid, os.WUNTRACED)
    assert os.WIFSTOPPED(status), "update ended before it synced a temporary file"
    assert [name for name in os.listdir(tmp_path) if pattern.fullmatch(name)] != []
    # A translator saves meanwhile (an editor takes no lock).
    edited = original.replace(b'msgstr "Message l\xc3\xa9opard 7"', b'msgstr "Septi\xc3\xa8me message"')
    po.write_bytes(edited)
    os.kill(update.pid, signal.SIGCONT)
    out, err = update.communicate(timeout=300)
    assert update.returncode == 1, (out, err)
    assert err == f"factsheet: error: {po}: {CHANGED_ON_DISK}\n"
    assert po.read_bytes() == edited
    assert [name for name in os.listdir(tmp_path) if pattern.fullmatch(name)] == []


HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'


def pot_of(*msgids: str) -> str:
    return HEADER + "".join(f'\nmsgid "{msgid}"\nmsgstr ""\n' for msgid in msgids)


def test_two_updates_at_the_same_instant_never_both_write_over_a_stale_read(tmp_path):
    # Each template rewords one translated message (it comes back fuzzy) and keeps the other: merged
    # after the other template, it finds its kept message fuzzy already. So the result tells a lost
    # merge from two merges in a row, in either order.
    original = (HEADER + '"Language: fr\\n"\n\nmsgid "Leopard count"\nmsgstr "Nombre de léopards"\n'
                '\nmsgid "Habitat loss"\nmsgstr "Perte d’habitat"\n')
    (tmp_path / "a.pot").write_text(pot_of("Leopard counts", "Habitat loss"), encoding="utf-8")
    (tmp_path / "b.pot").write_text(pot_of("Leopard count", "Habitat losses"), encoding="utf-8")
    po = tmp_path / "fr.po"

    def merged(*templates: str) -> bytes:
        po.write_text(original, encoding="utf-8")
        for template in templates:
            ok(tmp_path, "update", "--template", template, "fr.po")
        return po.read_bytes()

    sequences = {("a.pot",): merged("a.pot"), ("b.pot",): merged("b.pot"),
                 ("a.pot", "b.pot"): merged("a.pot", "b.pot"), ("b.pot", "a.pot"): merged("b.pot", "a.pot")}
    assert len(set(sequences.values())) == 4
    for _ in range(4):
        po.write_text(original, encoding="utf-8")
        runs = [subprocess.Popen(["factsheet", "update", "--template", template, "fr.po"], cwd=tmp_path,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for template in ("a.pot", "b.pot")]
        results = [(run.wait(timeout=120), *run.communicate()) for run in runs]
        written = []
        for template, (code, out, err) in zip(("a.pot", "b.pot"), results):
            if code == 0:
                assert out == "fr.po: written (" + out.split(" (", 1)[1] and err == "", (out, err)
                written.append(template)
            else:
                assert (code, out, err) == (1, "", f"factsheet: error: fr.po: {CHANGED_ON_DISK}\n")
        final = po.read_bytes()
        # Both written: the second read what the first wrote. One refused: only the other's merge is there.
        possible = [sequences[order] for order in (tuple(written), tuple(reversed(written)))]
        assert written and final in possible


def test_update_writes_through_a_symlinked_catalogue_and_keeps_its_mode(tiny):
    ok(tiny, "update")
    real_catalogue = tiny / "shared" / "fr.po"
    real_catalogue.parent.mkdir()
    link = tiny / "locales" / "fr" / "LC_MESSAGES" / "messages.po"
    shutil.move(link, real_catalogue)
    os.symlink(os.path.relpath(real_catalogue, link.parent), link)
    os.chmod(real_catalogue, 0o600)
    (tiny / "templates" / "tiny.html.j2").write_text('<p>{{ _("A new message") }}</p>\n', encoding="utf-8")
    ok(tiny, "extract")
    assert "written" in ok(tiny, "update").stdout
    assert link.is_symlink()
    assert "A new message" in {entry.msgid for entry in read_catalog(real_catalogue)[0].entries}
    assert stat.S_IMODE(real_catalogue.stat().st_mode) == 0o600
    # msgmerge -U, the reference, also writes through the link.
    assert subprocess.run(["msgmerge", "-q", "-U", "--backup=off", str(link), "locales/messages.pot"],
                          cwd=tiny).returncode == 0
    assert link.is_symlink()


def test_compile_to_a_device_or_a_fifo_writes_in_place(tiny):
    ok(tiny, "update")
    catalogue = "locales/fr/LC_MESSAGES/messages.po"
    if os.geteuid() == 0:
        device = tiny / "null"
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    else:
        device = Path("/dev/null")  # not ours to replace, whatever the code does
    ok(tiny, "compile", "-o", str(device), catalogue)
    assert stat.S_ISCHR(os.stat(device).st_mode)

    fifo = tiny / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    ok(tiny, "compile", "-o", str(fifo), catalogue)
    reader.join(timeout=60)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    expected = subprocess.run(["msgfmt", "-o", "-", catalogue], cwd=tiny, capture_output=True).stdout
    assert received == [expected]


def _wait_until_blocked_opening_a_fifo(pid: int) -> None:
    """Until the process waits for a reader of its FIFO (Linux names that wait `wait_for_partner`),
    not a fixed time: under load the interpreter may still be starting after two seconds."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            waiting_in = Path(f"/proc/{pid}/wchan").read_text()
            if waiting_in == "wait_for_partner":
                return
            if waiting_in in ("", "0"):  # a kernel that hides where processes wait
                break
        except OSError:
            break
        time.sleep(0.05)
    time.sleep(2)  # without /proc (or a kernel that hides wchan), a generous wait


def test_ctrl_c_says_interrupted_and_exits_130(tiny):
    ok(tiny, "update")
    fifo = tiny / "pipe"
    os.mkfifo(fifo)
    # Writing to a FIFO nobody reads blocks: the command is surely still running when ^C comes.
    command = subprocess.Popen(["factsheet", "compile", "-o", str(fifo), "locales/fr/LC_MESSAGES/messages.po"],
                               cwd=tiny, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    _wait_until_blocked_opening_a_fifo(command.pid)
    os.killpg(command.pid, signal.SIGINT)
    out, err = command.communicate(timeout=60)
    assert command.returncode == 130
    assert err.strip() == "factsheet: interrupted"


def test_ctrl_c_while_the_command_loads_is_one_line_too():
    loading = ("import os, signal, time\n"
               "from i18n.entry import interrupt_ends_loading\n"
               "with interrupt_ends_loading():\n"
               "    os.kill(os.getpid(), signal.SIGINT)\n"
               "    time.sleep(30)\n")
    result = subprocess.run([sys.executable, "-c", loading], capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stderr) == (130, "factsheet: interrupted\n")


# --- nothing escapes the project --------------------------------------------------------------------


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_a_locale_code_that_is_a_path_is_refused(tiny, force):
    (tiny.parent / "victim").mkdir()
    message = one_line_error(factsheet(tiny, "init", *force, "de@x/../../../../victim/de"))
    assert message.startswith("'de@x/../../../../victim/de' is not a locale code: language[_TERRITORY][@modifier]")
    assert list((tiny.parent / "victim").iterdir()) == []
    assert sorted(path.name for path in (tiny / "locales").iterdir()) == ["messages.pot"]


@pytest.mark.parametrize("locale", ["fr/../../x", "../fr", "fr\\x", "x y", "sr@latin/..", "fr.UTF-8"])
def test_a_configured_locale_must_be_a_locale_code(tiny, locale):
    pyproject = tiny / "pyproject.toml"
    replace_in(pyproject, r"^locales = .*", f'locales = ["en", {json.dumps(locale)}]')
    message = one_line_error(factsheet(tiny, "update"))
    assert message.startswith(f"{pyproject}: [tool.factsheet] locales: {locale!r} is not a locale code")


@pytest.mark.parametrize("locale", ["pt_BR", "zh_Hant_TW", "es_419"])
def test_real_locale_codes_with_territories_and_scripts_are_accepted(tiny, locale):
    ok(tiny, "init", locale)
    assert (tiny / "locales" / locale / "LC_MESSAGES" / "messages.po").is_file()


@pytest.mark.parametrize("locale", ["sr@latin", "ca@valencia", "pt-BR", "sr_Latn_RS", "be@tarask"])
def test_locale_codes_with_modifiers_are_known_locale_codes(locale):
    assert check_known_locale(locale) == locale


@pytest.mark.parametrize("locale", ["xx", "de@x/../../victim/de", "fr_FR.UTF-8", "FR", "fr__FR", "", "fr@"])
def test_what_is_no_known_locale_code_is_refused(locale):
    with pytest.raises(InputError):
        check_known_locale(locale)


@pytest.mark.parametrize("setting, value", [
    ("output", "/tmp/elsewhere"), ("catalogues", "/etc"), ("output", "../outside"), ("templates", "a/../../b"),
])
def test_folders_in_settings_stay_inside_the_project(real, setting, value):
    before = sorted(path.relative_to(real) for path in real.rglob("*"))
    pyproject = real / "pyproject.toml"
    replace_in(pyproject, rf"^{setting} = .*", f"{setting} = {json.dumps(value)}")
    message = one_line_error(factsheet(real, "build", "--force"))
    assert message == (f"{pyproject}: [tool.factsheet] {setting} must be a folder inside the project, as a relative "
                       f"path such as {DEFAULTS[setting]!r}; not {value!r}")
    assert sorted(path.relative_to(real) for path in real.rglob("*")) == before


DEFAULTS = {"output": "build", "catalogues": "locales", "templates": "templates"}


@pytest.mark.parametrize("domain", ["../../victim", "a/b", "/etc/passwd", ".hidden"])
def test_the_domain_is_a_file_name(tiny, domain):
    pyproject = tiny / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(text.replace("[tool.factsheet]\n", f"[tool.factsheet]\ndomain = {json.dumps(domain)}\n"),
                         encoding="utf-8")
    message = one_line_error(factsheet(tiny, "extract"))
    assert message == (f"{pyproject}: [tool.factsheet] domain must be a file name without a folder, such as "
                       f"'messages'; not {domain!r}")
    assert sorted(path.name for path in (tiny / "locales").iterdir()) == ["messages.pot"]


# --- nothing runs on a page ------------------------------------------------------------------------


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs, self.scripts = [], 0

    def handle_starttag(self, tag, attrs):
        self.hrefs += [value for name, value in attrs if name in ("href", "src")]
        self.scripts += tag == "script"


def test_a_data_value_is_text_in_markdown_and_html(real):
    hostile = "[x](javascript:alert(1)) ![i](http://example.invalid/t.png) <script>alert(2)</script>"
    replace_in(real / "data" / f"{SHEET}.toml", r"^scientific = .*", f"scientific = {hostile!r}".replace("'", '"'))
    ok(real, "render", "--locale", "en")
    markdown = (real / "build" / "en" / f"{SHEET}.md").read_text(encoding="utf-8")
    assert r"*\[x\](javascript:alert(1)) !\[i\](http://example.invalid/t.png) &lt;script&gt;alert(2)&lt;/script&gt;*" in markdown
    # No link or image of the data's, and no tag.
    assert not re.search(r"(?<!\\)\]\((javascript|http://example)", markdown)
    assert "<script" not in markdown

    html = (real / "build" / "en" / f"{SHEET}.html").read_text(encoding="utf-8")
    links = Links()
    links.feed(html)
    assert not any(href.startswith("javascript:") or "example.invalid" in href for href in links.hrefs)
    assert links.scripts == html.count("<script")  # only the template's own, if any
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html


@pytest.mark.parametrize("key_pattern, key, value, kind, filter_name", [
    (r"^today_km2 = .*", "range.today_km2", '"lots"', "a number", "unit"),
    (r"^leap_horizontal_m = .*", "biology.leap_horizontal_m", "true", "a number", "unit"),
    (r"^sexual_maturity_years = .*", "biology.sexual_maturity_years", "[1, 2]", "a number", "number"),
])
def test_a_data_value_of_the_wrong_kind_is_named_at_its_line(real, key_pattern, key, value, kind, filter_name):
    data = real / "data" / f"{SHEET}.toml"
    line = replace_in(data, key_pattern, f"{key.split('.')[-1]} = {value}")
    message = one_line_error(factsheet(real, "render", "--locale", "en"))
    shown = {'"lots"': "'lots'", "true": "True", "[1, 2]": "an array"}[value]
    assert message == (f"data/{SHEET}.toml:{line}: {key} = {shown}: {kind} is expected here "
                       f"(the template formats it with `{filter_name}`)")


def test_a_year_of_the_wrong_kind_is_named_too(real):
    data = real / "data" / f"{SHEET}.toml"
    text = data.read_text(encoding="utf-8")
    assert "\n[park]\n" in text
    line = replace_in(data, r"^created = .*", 'created = "soon"')
    message = one_line_error(factsheet(real, "render", "--locale", "en", "--format", "md"))
    assert message.startswith(f"data/{SHEET}.toml:{line}: park.created = 'soon': a whole number (a year) is expected")


# --- one line, naming the file -------------------------------------------------------------------


def test_a_template_that_is_not_utf8_is_named_at_its_line_in_render(real):
    macros = real / "templates" / "macros" / "md.j2"
    lines = macros.read_bytes().count(b"\n")
    with macros.open("ab") as stream:
        stream.write("{# caf\u00e9 #}\n".encode("latin-1"))
    expected = f"templates/macros/md.j2:{lines + 1}: not UTF-8: invalid continuation byte (byte 0xe9)"
    assert one_line_error(factsheet(real, "render", "--locale", "en", "--format", "md")) == expected
    assert one_line_error(factsheet(real, "extract")) == expected


def test_a_data_file_that_is_not_utf8_is_named_at_its_line(real):
    data = real / "data" / f"{SHEET}.toml"
    line = replace_in(data, r"^today_km2 = .*", "today_km2 = 5000 # about")
    data.write_bytes(data.read_bytes().replace(b"# about", "# à peu près".encode("latin-1")))
    assert one_line_error(factsheet(real, "render", "--locale", "en")) == (
        f"data/{SHEET}.toml:{line}: not UTF-8: invalid continuation byte (byte 0xe0)")


@pytest.mark.parametrize("command", [
    ["render"], ["render", "--format", "pdf", "--locale", "en"], ["build", "--force"],
])
def test_an_output_folder_that_cannot_be_made_is_one_line(real, command):
    shutil.rmtree(real / "build")
    (real / "build").write_text("a file where the output folder should be\n", encoding="utf-8")
    message = one_line_error(factsheet(real, *command))
    assert re.fullmatch(rf"build/en/{SHEET}\.(html|pdf): cannot write: build is a file, not a folder", message)


def test_extract_compile_and_review_into_a_file_where_a_folder_should_be(real):
    blocker = real / "blocker"
    blocker.write_text("a file\n", encoding="utf-8")
    assert one_line_error(factsheet(real, "compile", "-o", "blocker/fr.mo", "locales/fr/LC_MESSAGES/messages.po")) == (
        "blocker/fr.mo: cannot write: blocker is a file, not a folder")
    assert one_line_error(factsheet(real, "review", "--locale", "fr", "--out", "blocker/fr.html")) == (
        "blocker/fr.html: cannot write: blocker is a file, not a folder")
    pot = real / "locales" / "messages.pot"
    pot.unlink()
    pot.mkdir()
    assert one_line_error(factsheet(real, "extract")) == "locales/messages.pot: cannot read: it is a folder, not a file"


@pytest.mark.parametrize("command", [["render", "--locale", "en"], ["extract"], ["build", "--force"]])
def test_a_read_only_folder_is_one_line(real, command):
    # Permissions do not stop root: as root, the command runs without the capability that overrides them.
    as_user = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"] if os.geteuid() == 0 else []
    folder = real / ("locales" if command == ["extract"] else "build")
    (real / "locales" / "messages.pot").write_text("", encoding="utf-8")  # so that extract has something to write
    shutil.rmtree(real / "build")
    (real / "build").mkdir()
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir():
            os.chmod(path, 0o555)
    try:
        result = subprocess.run([*as_user, "factsheet", *command], cwd=real, capture_output=True, text=True)
    finally:
        for path in [folder, *folder.rglob("*")]:
            if path.is_dir():
                os.chmod(path, 0o755)
    message = one_line_error(result)
    assert message.endswith(": cannot write: Permission denied")
    assert message.startswith("build/en/" if command[0] != "extract" else "locales/messages.pot")


def test_a_catalogue_that_is_a_folder_gets_the_right_advice(real):
    catalogue = real / "locales" / "fr" / "LC_MESSAGES" / "messages.po"
    catalogue.unlink()
    catalogue.mkdir()
    expected = (f"{catalogue}: the catalogue of locale 'fr' is not a file (a folder, or a link to nothing); "
                "move it away, then run `factsheet update`")
    assert one_line_error(factsheet(real, "check")) == expected
    assert one_line_error(factsheet(real, "review", "--locale", "fr")) == expected
    for command in (["update"], ["compile"], ["stats"]):
        message = one_line_error(factsheet(real, *command))
        assert "factsheet init" not in message and "folder" in message


def test_a_template_path_that_is_a_folder_stops_extract(real):
    pot = real / "locales" / "messages.pot"
    before = pot.read_bytes()
    template = real / "templates" / "sheets" / f"{SHEET}.j2"
    template.unlink()
    template.mkdir()
    (template / "notes.txt").write_text("", encoding="utf-8")
    message = one_line_error(factsheet(real, "extract"))
    assert message == f"templates/sheets/{SHEET}.j2: a template's name but not a file (a folder, or a link to nothing)"
    assert pot.read_bytes() == before


@pytest.mark.parametrize("args, names, command", [
    (["render", "-q"], ["-q"], "factsheet render"),
    (["render", "--format", "doc"], ["--format", "doc", "html"], "factsheet render"),
    (["nope"], ["nope"], "factsheet"),
    (["init"], ["LOCALE"], "factsheet init"),
])
def test_a_usage_error_is_one_line(tiny, args, names, command):
    # click's own wording (which changes between its releases), on one line, with where to look.
    message = one_line_error(factsheet(tiny, *args))
    assert all(name in message for name in names), message
    assert message.endswith(f" (see `{command} --help`)")


# --- what check passes, build renders ----------------------------------------------------------


@pytest.mark.parametrize("msgid, msgstr, problem", [
    ("Status", "Statut dans 40 % des cas", "`% d` reads as a placeholder without a name; write %% for a percent sign"),
    ("Key facts", "Données en %", "a `%` ends the text; write %% for a percent sign"),
    ("Key facts", "L’essentiel (%(num)s)", "`%(num)s`: this message has no value named 'num' (its values: none)"),
])
def test_check_reports_what_build_refuses_at_the_same_entry(real, msgid, msgstr, problem):
    catalogue = real / "locales" / "fr" / "LC_MESSAGES" / "messages.po"
    line = set_msgstr(catalogue, msgid, msgstr)
    checked = factsheet(real, "check", "--select", "P205")
    assert checked.returncode == 1
    assert checked.stdout.splitlines()[0] == f"{catalogue}:{line}: error: {problem} (in msgstr) [percent-format-invalid]"
    message = one_line_error(factsheet(real, "build"))
    assert message == f"locales/fr/LC_MESSAGES/messages.po:{line}: the translation of {msgid!r} does not format: {problem}"


def test_a_nameless_placeholder_among_named_ones_is_refused_by_check_and_by_compile(real):
    catalogue = real / "locales" / "fr" / "LC_MESSAGES" / "messages.po"
    line = set_msgstr(catalogue, "%(low)s–%(high)s", "%d–%(high)s")
    checked = factsheet(real, "check", "--select", "P205")
    assert checked.stdout.splitlines()[0] == (
        f"{catalogue}:{line}: error: `%d` has no name, but this message's values are named: %(high)s, %(low)s "
        "(in msgstr) [percent-format-invalid]")
    # The entry is python-format: msgfmt -c refuses it too, and so `build` stops at `compile`, at the
    # line msgfmt names (the entry's msgstr).
    gnu = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(catalogue)], capture_output=True, text=True)
    assert gnu.returncode == 1
    gnu_line = next(message.split(":")[1] for message in gnu.stderr.splitlines() if message.startswith(f"{catalogue}:"))
    assert int(gnu_line) > line
    built = factsheet(real, "build")
    assert built.returncode == 1
    assert built.stderr.startswith(f"factsheet: error: {catalogue}:{gnu_line}: ")


def test_a_well_formed_percent_passes_both(real):
    catalogue = real / "locales" / "fr" / "LC_MESSAGES" / "messages.po"
    set_msgstr(catalogue, "Status", "Statut en %% des cas")
    assert factsheet(real, "check", "--select", "P205").returncode == 0
    ok(real, "build")
    assert "Statut en % des cas" in (real / "build" / "fr" / f"{SHEET}.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["bad-encoding.po", "folder.po", "missing.po"])
def test_check_on_an_unreadable_file_prints_only_the_error(tmp_path, name):
    (tmp_path / "bad-encoding.po").write_bytes(b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                                               b'msgid "a"\nmsgstr "\xff\xfe"\n')
    (tmp_path / "folder.po").mkdir()
    result = factsheet(tmp_path, "check", name)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and name in result.stderr
    if name == "bad-encoding.po":
        assert result.stderr == "factsheet: error: bad-encoding.po:6: invalid multibyte sequence\n"


def test_check_on_a_readable_and_an_unreadable_file_reports_the_readable_one(tmp_path):
    (tmp_path / "bad.po").write_bytes(b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                                      b'msgid "a"\nmsgstr "\xff"\n')
    (tmp_path / "good.po").write_text('msgid ""\nmsgstr ""\n"Language: fr\\n"\n'
                                      '"Content-Type: text/plain; charset=UTF-8\\n"\n"Plural-Forms: nplurals=2; '
                                      'plural=(n > 1);\\n"\n\nmsgid "60 kg"\nmsgstr "65 kg"\n', encoding="utf-8")
    result = factsheet(tmp_path, "check", "good.po", "bad.po")
    assert result.returncode == 2
    assert "good.po:7: error:" in result.stdout and "in 2 files" in result.stdout
    assert result.stderr == "factsheet: error: bad.po:6: invalid multibyte sequence\n"


@pytest.mark.parametrize("command", [["check"], ["stats"], ["compile", "-o", "out.mo"]])
@pytest.mark.parametrize("byte_order", ["msgfmt's", "big-endian"])
def test_a_mo_file_given_for_a_po_file_is_named_as_such(tmp_path, command, byte_order):
    source = tmp_path / "fr.po"
    source.write_text('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "a"\nmsgstr "b"\n',
                      encoding="utf-8")
    compiled = tmp_path / "fr.mo"
    subprocess.run(["msgfmt", "-o", str(compiled), str(source)], check=True)
    if byte_order == "big-endian":
        compiled.write_bytes(bytes.fromhex("950412de") + bytes(24))
    result = subprocess.run(["factsheet", *command, str(compiled)], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == (f"factsheet: error: {compiled}:1: a compiled .mo file, not a PO file "
                                     "(msgunfmt turns it back into one)")


def test_reading_a_catalogue_to_check_it_reads_and_fails_as_reading_it_to_write_back(tmp_path):
    """check reads a catalogue without its fingerprint (a second read and digest of the whole file):
    the same catalogue, and the same error for a folder, a missing file or a FIFO's contents."""
    from i18n.po.io import read_catalog_only

    catalogue = tmp_path / "fr.po"
    catalogue.write_text('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n#. x\nmsgid "a"\nmsgstr "b"\n',
                         encoding="utf-8")
    assert read_catalog_only(catalogue) == read_catalog(catalogue)[0]
    for path in (tmp_path, tmp_path / "missing.po"):
        with pytest.raises(InputError) as expected:
            read_catalog(path)
        with pytest.raises(InputError) as found:
            read_catalog_only(path)
        assert (str(found.value), found.value.path) == (str(expected.value), expected.value.path)
    fifo = tmp_path / "fifo.po"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_bytes(catalogue.read_bytes()))
    writer.start()
    assert read_catalog_only(fifo).entries == read_catalog(catalogue)[0].entries
    writer.join()
