"""Gettext catalogues: the model, the PO reader and writer (GNU msgcat's exact form), MO files, merging."""
