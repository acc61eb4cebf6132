"""Shared fixtures for the check tests: one-entry catalogues in a locale, run through the runner.

Every check table is run three ways (Weblate's CheckTestCase): as a singular entry, as the
many-values form of a plural entry, and with the check's `ignore-<name>` flag.
"""

from __future__ import annotations

from i18n.checks.base import Finding
from i18n.checks.context import catalog_context
from i18n.checks.engine import CheckOptions, check_catalog
from i18n.po.model import Catalog, Entry

PLURAL_FORMS = {
    "fr": "nplurals=2; plural=(n > 1);",
    "fr_CA": "nplurals=2; plural=(n > 1);",
    "de": "nplurals=2; plural=(n != 1);",
    "en": "nplurals=2; plural=(n != 1);",
    "ja": "nplurals=1; plural=0;",
    "es": "nplurals=2; plural=(n != 1);",
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "ar": "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",
    "hi": "nplurals=2; plural=(n > 1);",
    "fa": "nplurals=2; plural=(n > 1);",
    "de_CH": "nplurals=2; plural=(n != 1);",
    "pl": "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "uk": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "zh_CN": "nplurals=1; plural=0;",
    "it": "nplurals=2; plural=(n != 1);",
    "sv": "nplurals=2; plural=(n != 1);",
    "ko": "nplurals=1; plural=0;",
    "fi": "nplurals=2; plural=(n != 1);",
    "da": "nplurals=2; plural=(n != 1);",
}
MODES = ("singular", "plural", "silenced")


def header(locale: str | None, plural_forms: str | None = None, charset: str = "UTF-8") -> Entry:
    lines = []
    if locale:
        lines.append(f"Language: {locale}")
    lines.append(f"Content-Type: text/plain; charset={charset}")
    plural_forms = plural_forms if plural_forms is not None else PLURAL_FORMS.get(locale or "")
    if plural_forms:
        lines.append(f"Plural-Forms: {plural_forms}")
    return Entry(msgid="", msgstr="".join(line + "\n" for line in lines), line=2)


def catalogue(entries: list[Entry], locale: str | None = "fr", **header_options) -> Catalog:
    for number, entry in enumerate(entries):
        entry.line = entry.line or 10 + 5 * number
    return Catalog(entries=entries, header=header(locale, **header_options), path="test.po")


def run(catalog: Catalog, select: set[str] | None = None, locale: str | None = None) -> list[Finding]:
    options = CheckOptions(locale=locale, select=frozenset(select) if select else None)
    return list(check_catalog(catalog, catalog_context(catalog, "test.po", options), options).findings)


def entry_for(mode: str, source: str, target: str, name: str, flags: tuple[str, ...] = (), nplurals: int = 2) -> Entry:
    flags = list(flags)
    if mode == "plural":
        return Entry(msgid=source, msgid_plural=source, msgstr_plural=[target] * nplurals, flags=flags)
    if mode == "silenced":
        flags.append(f"ignore-{name}")
    return Entry(msgid=source, msgstr=target, flags=flags)


def subjects_in_mode(name: str, mode: str, source: str, target: str, locale: str,
                     flags: tuple[str, ...] = ()) -> list[str]:
    """Subjects of the `name` findings for the pair, in the given mode; plural mode looks at the
    last form, which serves many values of n and so is checked strictly."""
    nplurals = int(PLURAL_FORMS[locale].split(";")[0].split("=")[1])
    entry = entry_for(mode, source, target, name, flags, nplurals)
    findings = run(catalogue([entry], locale), select={name, "unused-ignore-flag", "unknown-ignore-flag"})
    if mode == "plural":
        return sorted(f.subject for f in findings if f.check == name and f.form == nplurals - 1)
    return sorted(f.subject for f in findings if f.check == name)


def assert_check_table(name: str, mode: str, source: str, target: str, locale: str, expected: list[str],
                       flags: tuple[str, ...] = ()) -> None:
    subjects = subjects_in_mode(name, mode, source, target, locale, flags)
    if mode == "silenced":
        assert subjects == []
        nplurals = int(PLURAL_FORMS[locale].split(";")[0].split("=")[1])
        entry = entry_for(mode, source, target, name, flags, nplurals)
        unused = [f for f in run(catalogue([entry], locale), select={name, "unused-ignore-flag"})
                  if f.check == "unused-ignore-flag"]
        # The flag is used exactly when the check has something to say.
        assert bool(unused) == (not expected)
    else:
        assert subjects == sorted(expected)
