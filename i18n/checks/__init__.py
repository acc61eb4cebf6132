"""Consistency checks over gettext catalogues: see registry.py for the code table, runner.py to run them."""
