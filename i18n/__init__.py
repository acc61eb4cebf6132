"""factsheet: gettext catalogues, CLDR formatting and consistency checks for multilingual content.

The Python API (read, write, merge, compile and check catalogues; render a sheet) is `i18n.api`,
whose names are importable from `i18n` itself. They load on first use, so that `import i18n`
(which every `factsheet` command does first) stays cheap.
"""

__version__ = "0.1.0"

_API = (
    "FactsheetError",
    "InputError",
    "Catalog",
    "read_catalogue",
    "parse_catalogue",
    "format_catalogue",
    "write_catalogue",
    "merge",
    "compile_mo",
    "check",
    "render_sheet",
)
__all__ = ["__version__", *_API]


def __getattr__(name: str):
    if name in _API:
        from i18n import api

        return getattr(api, name)
    raise AttributeError(f"module 'i18n' has no attribute {name!r}")
