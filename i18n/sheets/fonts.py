"""Which fonts each writing system needs: the font families a page asks for, and the Debian packages
that install them (.ci/run installs the same packages; README lists them).

A locale's script is CLDR's likely script for it (ar -> Arab, hi -> Deva, ja -> Jpan, ru -> Cyrl).
The page names the script's own families first and the Latin ones after them, so that Latin names
and figures inside, say, a Hindi sentence still have a font.
"""

from __future__ import annotations

from babel.core import Locale, get_global

LATIN = ("Noto Sans", "DejaVu Sans")
LATIN_PACKAGES = ("fonts-noto-core", "fonts-dejavu-core")

# Script (ISO 15924) -> (font families, Debian packages). Latin, Cyrillic and Greek need no more
# than the Latin fonts.
SCRIPT_FONTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Latn": ((), ()),
    "Cyrl": ((), ()),
    "Grek": ((), ()),
    "Arab": (("Noto Sans Arabic", "Noto Naskh Arabic"), ("fonts-noto-core",)),
    "Hebr": (("Noto Sans Hebrew",), ("fonts-noto-core",)),
    "Deva": (("Noto Sans Devanagari",), ("fonts-noto-core",)),
    "Beng": (("Noto Sans Bengali",), ("fonts-noto-core",)),
    "Taml": (("Noto Sans Tamil",), ("fonts-noto-core",)),
    "Thai": (("Noto Sans Thai",), ("fonts-noto-core",)),
    "Geor": (("Noto Sans Georgian",), ("fonts-noto-core",)),
    "Armn": (("Noto Sans Armenian",), ("fonts-noto-core",)),
    "Ethi": (("Noto Sans Ethiopic",), ("fonts-noto-core",)),
    "Jpan": (("Noto Sans CJK JP",), ("fonts-noto-cjk",)),
    "Kore": (("Noto Sans CJK KR",), ("fonts-noto-cjk",)),
    "Hans": (("Noto Sans CJK SC",), ("fonts-noto-cjk",)),
    "Hant": (("Noto Sans CJK TC",), ("fonts-noto-cjk",)),
}


def script_of(locale: str) -> str:
    """The ISO 15924 script a locale is written in: its own if it names one (sr_Latn), else CLDR's likely one."""
    parsed = Locale.parse(locale)
    if parsed.script:
        return parsed.script
    likely = get_global("likely_subtags")
    for key in (str(parsed), parsed.language):
        # Likely subtags read "ar_Arab_EG": language, script, territory.
        for part in likely.get(key, "").split("_")[1:]:
            if len(part) == 4 and part.istitle():
                return part
    return "Latn"


def font_families(locale: str) -> tuple[str, ...]:
    """The families a page in `locale` asks for, its script's first; unknown scripts get the Latin ones."""
    own = SCRIPT_FONTS.get(script_of(locale), ((), ()))[0]
    return own + LATIN


def css_font_stack(locale: str) -> str:
    """The CSS `font-family` value for a page in `locale`."""
    return ", ".join(f'"{family}"' for family in font_families(locale)) + ", sans-serif"


def debian_packages(locales) -> tuple[str, ...]:
    """The Debian font packages that pages in `locales` need, in a stable order."""
    packages = list(LATIN_PACKAGES)
    for locale in locales:
        packages += SCRIPT_FONTS.get(script_of(locale), ((), ()))[1]
    return tuple(dict.fromkeys(packages))
