"""Consistency checks over gettext catalogues: registry.py is the code table, engine.py runs them."""
