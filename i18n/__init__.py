"""factsheet: gettext catalogues, CLDR formatting and consistency checks for multilingual content."""

__version__ = "0.1.0"
