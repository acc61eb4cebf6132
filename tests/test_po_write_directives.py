"""msgcat never breaks a line inside a format directive of the entry's format language; nor do we."""

from __future__ import annotations

import subprocess

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from i18n.po.format_directives import unbreakable_positions, wrapping_language
from i18n.po.parse import parse_po
from i18n.po.write import format_po

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def _msgcat(data: bytes, tmp_path) -> bytes:
    source = tmp_path / "in.po"
    source.write_bytes(data)
    result = subprocess.run(["msgcat", "--force-po", str(source)], capture_output=True)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout


def _entry(flag: str, msgid: str, msgstr: str) -> str:
    escape = lambda text: text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")  # noqa: E731
    return f'#, {flag}\nmsgid "{escape(msgid)}"\nmsgstr "{escape(msgstr)}"\n\n'


DIRECTIVES = {
    "c-format": ["%.*s", "%%", "%-10.3ld", "%1$s", "%<PRIu64>", "%'d", "%5.2f%%"],
    "possible-c-format": ["%.*s", "%%"],
    "objc-format": ["%@", "%.*s"],
    "python-format": ["%(name)s", "%%", "%-5.2f", "%(a(b)c)d"],
    "python-brace-format": ["{name}", "{0:>{width}}", "{{literal}}"],
    "kde-format": ["%1", "%12", "%%"],
    "qt-format": ["%L1", "%12", "%0"],
    "qt-plural-format": ["%Ln", "%n"],
    "perl-brace-format": ["{name_1}", "{x"],
    "csharp-format": ["{0,-12:x}", "{{", "}}", "{1:yyyy-MM-dd}"],
    "sh-format": ["${long_name}", "$HOME_DIR", "$"],
    "smalltalk-format": ["%1", "%%", "%9"],
    "javascript-format": ["%1$-10.3f", "%%", "%j"],
    "php-format": ["%2$'*10.3lf", "%%", "%u"],
    "lua-format": ["%10.3f", "%%", "%q"],
    "awk-format": ["%1$*2$.*3$d", "%-+ #08.3f", "%%", "%y"],
    "tcl-format": ["%2$*.*hd", "%-+ #08.3lf", "%%", "%y"],
    "object-pascal-format": ["%*:-*.*D", "%12:-10.3f", "%%", "%.x", "%y"],
    "java-printf-format": ["%2$-#,(10.3f", "%<tY", "%-10%", "%n", "%tq", "%.x"],
    "perl-format": ["%2$-*3$v.*1$I64d", "%*vd", "%%", "%hf", "%y"],
    "ycp-format": ["%1", "%%", "%9", "%x"],
    "java-format": ["{0,number,#,##0.00}", "{1,choice,0#none|1<{1,number} files}", "'{0}'", "{x}"],
    "elisp-format": ["%3$-+ #0*.*S", "%%", "%y"],
    "librep-format": ["%3$-^0+ 12.3x", "%%", "%f"],
    "gfc-internal-format": ["%12$lu", "%C", "%%", "%lx"],
    "gcc-internal-format": ["%3$q+#lld", "%.*s", "%<", "%m", "%.x", "%lwd"],
    "boost-format": ["%|1$-*2$.*3$f|", "%12%", "%%", "%Tx", "%|5s", "%y"],
    "ruby-format": ["%<name>-10.3f", "%-+ *2$.*1$d", "%{long_name}", "%%", "%5-s", "%y"],
    "kde-kuit-format": ["%1", "%12", "<b>%1</b>", "&amp;%2"],
    "lisp-format": ["~{~a~^, ~}", "~5,'0d", "~/pkg:fn/", "~:[no~;yes~]", "~~", "~v,vD", "~q"],
    "scheme-format": ["~{~a~^, ~}", "~5,'0d", "~@[~a~]", "~K", "~3,4i", "~:p", "~q"],
}


def _cases() -> list[tuple[str, str]]:
    cases = []
    for flag, directives in DIRECTIVES.items():
        for directive in directives:
            for padding in range(58, 80, 3):
                text = "w" * 10 + " " + "x" * (padding - 11) + directive + "tail words follow here"
                cases.append((flag, text))
    return cases


@pytest.mark.parametrize("flag", DIRECTIVES)
def test_directives_are_never_split_as_msgcat(tmp_path, flag):
    data = HEADER + "".join(
        _entry(case_flag, text, text) for number, (case_flag, text) in enumerate(_cases()) if case_flag == flag
        for text in [f"{number} {text}"]
    )
    written = format_po(parse_po(data.encode()))
    assert written == _msgcat(data.encode(), tmp_path)


def test_a_no_format_flag_after_the_format_flag_wins():
    assert wrapping_language(["c-format", "no-c-format"]) is None
    assert wrapping_language(["python-format", "c-format"]) == "c"
    assert wrapping_language(["possible-python-format"]) == "python"


def test_positions_inside_directives():
    assert unbreakable_positions("c", "a %.*s b", translated=False) == {3, 4, 5}
    assert unbreakable_positions("c", "100%% %y", translated=False) == {4}
    assert unbreakable_positions("python", "%(x)s", translated=False) == {1, 2, 3, 4}
    assert unbreakable_positions("kde", "%1 %23", translated=False) == {1, 4, 5}


directive_text = st.lists(
    st.sampled_from(["%s", "%d", "%.*s", "%%", "%-8.3lu", "%1$s", "%2$d", "%y", "%", "word", "long", " ", " ", "é",
                     "%(n)s", "{x}", "{{", "%<PRIu64>", "\\", "\n", "%1", "%L2", "%n", "%Ln", "%12", "$x", "${y}", "$",
                     "~a", "~5,'0d", "~{", "~}", "~^", "~;", "~[", "~]", "<b>", "</b>", "&"]),
    min_size=10, max_size=60,
).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(directive_text, min_size=1, max_size=4),
       flag=st.sampled_from(["c-format", "python-format", "python-brace-format", "objc-format", "kde-format",
                             "qt-format", "qt-plural-format", "perl-brace-format", "csharp-format", "sh-format", "smalltalk-format",
                             "javascript-format", "php-format", "lua-format", "awk-format", "tcl-format",
                             "object-pascal-format", "java-printf-format",
                             "perl-format", "ruby-format", "ycp-format",
                             "boost-format", "java-format",
                             "elisp-format", "librep-format", "gfc-internal-format",
                             "gcc-internal-format", "kde-kuit-format", "lisp-format", "scheme-format"]))
def test_random_format_strings_wrap_as_msgcat(tmp_path, texts, flag):
    data = HEADER + "".join(_entry(flag, f"{index} {text}", text) for index, text in enumerate(texts))
    assert format_po(parse_po(data.encode())) == _msgcat(data.encode(), tmp_path)
