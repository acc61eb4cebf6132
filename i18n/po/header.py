"""The header entry (msgid ""): its fields' names, the order GNU writes them in, reading and setting one.

A header line ends at "\\n" only: GNU keeps \\v, \\f, U+2028 and the other characters that Python's
str.splitlines also breaks at inside a field's value.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

POT_CREATION_DATE = "POT-Creation-Date"
LANGUAGE = "Language"
LANGUAGE_TEAM = "Language-Team"
# What Zope and Plone catalogues (i18ndude) write instead of Language.
LANGUAGE_CODE = "Language-Code"
CONTENT_TYPE = "Content-Type"
PLURAL_FORMS = "Plural-Forms"

# The standard fields in the order msginit writes them (msginit.c, get_header).
GNU_ORDER = (
    "Project-Id-Version",
    "Report-Msgid-Bugs-To",
    POT_CREATION_DATE,
    "PO-Revision-Date",
    "Last-Translator",
    LANGUAGE_TEAM,
    LANGUAGE,
    "MIME-Version",
    CONTENT_TYPE,
    "Content-Transfer-Encoding",
    PLURAL_FORMS,
)
# The fields msgmerge recognises and rewrites in this order; any other (Plural-Forms too) follows
# in its original order.
MSGMERGE_ORDER = GNU_ORDER[:-1]
# What xgettext leaves in a template's header for msginit and the translator to fill in.
TEMPLATE_VALUES = {
    "Project-Id-Version": "PACKAGE VERSION",
    "Report-Msgid-Bugs-To": "",
    POT_CREATION_DATE: "",
    "PO-Revision-Date": "YEAR-MO-DA HO:MI+ZONE",
    "Last-Translator": "FULL NAME <EMAIL@ADDRESS>",
    LANGUAGE_TEAM: "LANGUAGE <LL@li.org>",
    "MIME-Version": "1.0",
    CONTENT_TYPE: "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
}

_LINE = re.compile(r"[^\n]*\n|[^\n]+")


def lines(msgstr: str) -> list[str]:
    """The header's lines, each with its "\\n" (the last one without, when the text lacks it)."""
    return _LINE.findall(msgstr)


def fields(msgstr: str) -> list[tuple[str, str]]:
    """The header's `Name: value` fields in order, blanks around name and value trimmed (an unknown
    field is kept like any other; a line without a colon is none)."""
    found = []
    for line in lines(msgstr):
        name, sep, value = line.rstrip("\n").partition(":")
        if sep:
            found.append((name.strip(), value.strip()))
    return found


def field(msgstr: str, name: str) -> str | None:
    """The value of the first field of that name (in any case), or None."""
    for field_name, value in fields(msgstr):
        if field_name.lower() == name.lower():
            return value
    return None


def found_text(msgstr: str, name: str) -> str | None:
    """What follows the first `name:` anywhere in the header, to the end of its line and with its
    "\n": GNU's c_strstr reading (case-sensitive, not only at a line's start) that msgmerge uses."""
    start = msgstr.find(name + ":")
    if start < 0:
        return None
    value_start = start + len(name) + 1
    end = msgstr.find("\n", value_start)
    return msgstr[value_start:] if end < 0 else msgstr[value_start:end + 1]


def set_field(msgstr: str, name: str, value: str) -> str:
    """The header with every field of that name (in any case) rewritten as `name: value`."""
    split = msgstr.split("\n")
    for index, line in enumerate(split):
        if line.partition(":")[0].strip().lower() == name.lower():
            split[index] = f"{name}: {value}"
    return "\n".join(split)


def without_field(msgstr: str, name: str, *, first_only: bool = False) -> str:
    """The header without the lines that start with `name:` (exactly; only the first with first_only)."""
    kept = []
    dropping = True
    for line in lines(msgstr):
        if dropping and line.startswith(name + ":"):
            dropping = not first_only
            continue
        kept.append(line)
    return "".join(kept)


def in_gnu_order(values: Mapping[str, str]) -> list[tuple[str, str]]:
    """The standard fields `values` holds, in GNU's order."""
    return [(name, values[name]) for name in GNU_ORDER if name in values]


def text_of(header_fields: list[tuple[str, str]]) -> str:
    """The header's text for these fields, one `Name: value` line each."""
    return "".join(f"{name}: {value}\n" for name, value in header_fields)
