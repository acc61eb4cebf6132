"""Rendering a fact sheet: one sheet, one locale, one format (HTML or Markdown) -> the page's text.

The sheet's template is written once for every format: it extends `layouts/<format>.j2` and draws
its blocks with the macros of `macros/<format>.j2`, chosen by the `format` variable. Jinja2 runs
with the i18n extension (new-style gettext, trimmed trans blocks -- the extraction's settings),
autoescape and StrictUndefined. The formats are the rows of i18n.sheets.formats. `render_sheet`
writes no file; `load_translations` reads a .mo.
"""

from __future__ import annotations

import gettext as gettext_module
import os
import re
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import jinja2
from babel.core import UnknownLocaleError
from markupsafe import Markup

from i18n.checks.placeholders import PercentProblem, percent_format_problems
from i18n.errors import FactsheetError, InputError, display_path, not_utf8
from i18n.locales import language_name, language_tag, text_direction
from i18n.sheets.chart import CHARTS
from i18n.sheets.data import Sheet
from i18n.sheets.filters import WrongKind, kind_checked, shown
from i18n.sheets.fonts import css_font_stack
from i18n.sheets.formats import FORMATS, rendered_formats
from i18n.sheets.formatting import locale_filters

# Errors a template can cause while it runs (a missing value, a bad filter argument ...): reported
# at the template line, like a syntax error, rather than as a traceback.
TEMPLATE_RUNTIME_ERRORS = (jinja2.TemplateError, TypeError, ValueError, LookupError, ArithmeticError)
BLANK_LINES = re.compile(r"\n{3,}")


class _MemoryBytecodeCache(jinja2.BytecodeCache):
    """Compiled templates shared by the environments of one process (one per page rendered): each
    template is compiled once, not once per locale and format. Keyed by name and source checksum."""

    def __init__(self):
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket):
        if bucket.key in self._code:
            bucket.bytecode_from_string(self._code[bucket.key])

    def dump_bytecode(self, bucket):
        self._code[bucket.key] = bucket.bytecode_to_string()


# Every environment is configured alike (see _environment), so their compiled code is the same.
_COMPILED = _MemoryBytecodeCache()
TRAILING_SPACE = re.compile(r"[ \t]+\n")


@dataclass(frozen=True)
class LanguageVersion:
    """One language version of the page being rendered, for the links between them."""

    locale: str
    tag: str
    name: str
    href: str
    current: bool


def output_name(sheet: Sheet, output_format: str) -> str:
    return f"{sheet.slug}{FORMATS[output_format].suffix}"


def render_sheet(
    sheet: Sheet,
    locale: str,
    output_format: str,
    *,
    templates_dir: Path,
    translations: gettext_module.NullTranslations,
    locales: Sequence[str],
    catalogue: Path | None = None,
) -> str:
    """The sheet's page in `locale`, linking to its versions in each of `locales` (the same folder layout).

    `catalogue` is the PO file `translations` were compiled from, where a translation's error is shown.
    """
    if output_format not in rendered_formats():
        raise InputError(f"unknown format {output_format!r}; choose from {', '.join(rendered_formats())}")
    try:
        filters = locale_filters(locale)
        versions = [_version(sheet, other, output_format, current=other == locale) for other in locales]
        direction = text_direction(locale)
    except (UnknownLocaleError, ValueError) as error:
        raise InputError(f"unknown locale {locale!r}: {error}") from None

    filters = kind_checked(filters)
    environment = _environment(templates_dir, translations, filters, output_format, catalogue)
    # In Markdown a data value is text as a translation is: `[x](javascript:...)` must not become a link.
    data = FORMATS[output_format].data_as_text(sheet.data)
    context = {
        "format": output_format,
        "locale": locale,
        "lang": language_tag(locale),
        "dir": direction,
        "fonts": css_font_stack(locale),
        "sheet": sheet.slug,
        "data": data,
        "versions": versions,
        # The charts a sheet's template may draw, each bound to the locale's numbers and direction.
        **{name: make_chart(filters["number"], direction) for name, make_chart in CHARTS.items()},
    }
    try:
        template = environment.get_template(sheet.template)
    except jinja2.TemplateNotFound as error:
        if error.name == sheet.template:
            raise InputError(f"template {sheet.template!r} not found", display_path(sheet.data_path), sheet.template_line) from None
        raise _located(error, templates_dir) from None
    except jinja2.TemplateSyntaxError as error:
        raise InputError(error.message or "syntax error", display_path(error.filename), error.lineno) from None
    try:
        text = template.render(context)
    except WrongKind as error:
        raise _wrong_kind_error(error, sheet, data, templates_dir) from None
    except jinja2.TemplateSyntaxError as error:
        # An imported or extended template is compiled only when the render reaches it.
        raise InputError(error.message or "syntax error", display_path(error.filename), error.lineno) from None
    except TEMPLATE_RUNTIME_ERRORS as error:
        raise _located(error, templates_dir) from None
    return _tidy(text, output_format)


def load_translations(mo_path: Path, *, required: bool) -> gettext_module.NullTranslations:
    """The compiled catalogue at `mo_path`; without one, the messages as written (source locale only)."""
    from babel.support import Translations

    try:
        with mo_path.open("rb") as stream:
            return Translations(stream)
    except FileNotFoundError:
        if required:
            raise FactsheetError("no compiled catalogue; run `factsheet compile` first", display_path(mo_path)) from None
        return gettext_module.NullTranslations()
    except OSError as error:
        raise FactsheetError(f"cannot read: {error.strerror}", display_path(mo_path)) from None
    except Exception as error:  # gettext raises OSError, struct.error, UnicodeDecodeError ... on a bad .mo
        raise InputError(f"not a valid .mo file: {error}", display_path(mo_path)) from None


class TemplateLoader(jinja2.FileSystemLoader):
    """Jinja2's file loader, with a template that is not UTF-8 reported at its file and line."""

    def get_source(self, environment, template):
        try:
            return super().get_source(environment, template)
        except UnicodeDecodeError as error:
            where = next((os.path.join(folder, *template.split("/")) for folder in self.searchpath
                          if os.path.isfile(os.path.join(folder, *template.split("/")))), template)
            raise not_utf8(error, where) from None


def _environment(
    templates_dir: Path, translations, filters: Mapping[str, Callable], output_format: str,
    catalogue: Path | None = None,
) -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=TemplateLoader(str(templates_dir)),
        extensions=["jinja2.ext.i18n"],
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=_COMPILED,
    )
    # The extraction trims trans blocks too, so that msgids match (see i18n.po.extract).
    environment.policies["ext.i18n.trimmed"] = True
    environment.filters.update(filters)
    _install_escaping_gettext(environment, translations, FORMATS[output_format].as_text, catalogue)
    return environment


def _install_escaping_gettext(environment: jinja2.Environment, translations, as_text: Callable[[str], Markup],
                              catalogue: Path | None = None) -> None:
    """gettext that treats a translation as text: escaped, whatever a translator typed.

    Jinja2's new-style gettext marks a translation safe under autoescape, so a msgstr holding
    `<script>` would reach the page as markup. Escaping it first keeps messages plain text; markup
    comes only from the template, through the placeholders (which `Markup %` escapes unless they are
    markup already, as a macro's output is).

    Like Jinja2's own, these format every message with its values (`translation % values`); a
    translation that does not format is reported at its entry in `catalogue`, in the words of
    `factsheet check` (i18n.checks.placeholders owns the rule).
    """
    # The {% trans %} blocks then call these with their values, as gettext(message, **values).
    environment.newstyle_gettext = True

    def formatted(translated: str, sources: tuple[str, ...], variables: dict, msgctxt: str | None) -> Markup:
        text = as_text(translated)
        if translated in sources or catalogue is None:
            return text % variables  # the template's own text: an error there is the template's
        problems = percent_format_problems(translated, variables,
                                           frozenset(name for name, value in variables.items() if isinstance(value, str)))
        if not problems:
            try:
                return text % variables
            except (TypeError, ValueError, KeyError) as error:
                problems = [PercentProblem(translated, f"{type(error).__name__}: {error}")]
        path, line = _entry_location(catalogue, msgctxt, sources[0])
        raise InputError(f"the translation of {sources[0]!r} does not format: {problems[0].message}", path, line)

    @jinja2.pass_context
    def gettext(__context, __message: str, **variables) -> Markup:
        return formatted(translations.gettext(__message), (__message,), variables, None)

    @jinja2.pass_context
    def ngettext(__context, __singular: str, __plural: str, __count: int, **variables) -> Markup:
        variables.setdefault("num", __count)
        return formatted(translations.ngettext(__singular, __plural, __count), (__singular, __plural), variables, None)

    @jinja2.pass_context
    def pgettext(__context, __msgctxt: str, __message: str, **variables) -> Markup:
        return formatted(translations.pgettext(__msgctxt, __message), (__message,), variables, __msgctxt)

    @jinja2.pass_context
    def npgettext(__context, __msgctxt: str, __singular: str, __plural: str, __count: int, **variables) -> Markup:
        variables.setdefault("num", __count)
        return formatted(translations.npgettext(__msgctxt, __singular, __plural, __count),
                         (__singular, __plural), variables, __msgctxt)

    environment.globals.update(_=gettext, gettext=gettext, ngettext=ngettext, pgettext=pgettext, npgettext=npgettext)


def _entry_location(catalogue: Path, msgctxt: str | None, msgid: str) -> tuple[str | None, int | None]:
    """The catalogue file and the line of the entry translating `msgid` (the file alone if not found)."""
    from i18n.po.io import read_catalog

    try:
        catalog, _ = read_catalog(catalogue)
    except FactsheetError:
        return display_path(catalogue), None
    line = next((entry.line for entry in catalog.entries
                 if entry.msgid == msgid and entry.msgctxt == msgctxt and not entry.obsolete), None)
    return display_path(catalogue), line or None


class Untranslated(str):
    """A message the catalogue does not translate: the source text, with the source language's tag."""

    lang: str

    def __new__(cls, text: str, lang: str):
        value = super().__new__(cls, text)
        value.lang = lang
        return value


class MarkUntranslated(gettext_module.NullTranslations):
    """The last fallback of a target locale's catalogue: what it lacks comes back marked as source text."""

    def __init__(self, lang: str):
        super().__init__()
        self.lang = lang

    def gettext(self, message):
        return Untranslated(message, self.lang)

    def ngettext(self, singular, plural, count):
        return Untranslated(singular if count == 1 else plural, self.lang)

    def pgettext(self, context, message):
        return Untranslated(message, self.lang)

    def npgettext(self, context, singular, plural, count):
        return Untranslated(singular if count == 1 else plural, self.lang)


def _wrong_kind_error(error: WrongKind, sheet: Sheet, data, templates_dir: Path) -> FactsheetError:
    """At the data file's key when the value comes from there, else at the template line."""
    from i18n.sheets.data import key_line, key_path_of

    path = key_path_of(data, error.value)
    if path is None:
        return _located(error, templates_dir)
    shown_key = ".".join(str(part) for part in path)
    return InputError(
        f"{shown_key} = {shown(_item(sheet.data, path))}: {error.expected} is expected here "
        f"(the template formats it with `{error.filter_name}`)",
        display_path(sheet.data_path),
        key_line(sheet.data_path, path),
    )


def _item(data, path):
    for part in path:
        data = data[part]
    return data


def _version(sheet: Sheet, locale: str, output_format: str, *, current: bool) -> LanguageVersion:
    return LanguageVersion(
        locale=locale,
        tag=language_tag(locale),
        name=language_name(locale),
        href=f"../{locale}/{output_name(sheet, output_format)}",
        current=current,
    )


def _located(error: Exception, templates_dir: Path) -> FactsheetError:
    """The error at the innermost template line the traceback passes through (Jinja2 rewrites frames so)."""
    root = os.path.realpath(templates_dir)
    message = getattr(error, "message", None) or str(error) or type(error).__name__
    for frame in reversed(traceback.extract_tb(error.__traceback__)):
        if frame.filename and os.path.realpath(frame.filename).startswith(root + os.sep):
            return FactsheetError(message, display_path(frame.filename), frame.lineno)
    return FactsheetError(message, display_path(str(templates_dir)))


def _tidy(text: str, output_format: str) -> str:
    """The format's last touches; one blank line at most between blocks, no trailing spaces, one final newline."""
    text = FORMATS[output_format].finish(text)
    text = TRAILING_SPACE.sub("\n", text)
    return BLANK_LINES.sub("\n\n", text).strip("\n") + "\n"
