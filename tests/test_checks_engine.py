"""The engine dispatches checks by their kind and names none of them: a new check is one class in
its family module plus its line in the registry."""

from __future__ import annotations

import ast
import inspect
from typing import Iterable

from i18n.checks import base, engine, registry
from i18n.checks.base import Pair, PairCheck, Problem, Severity
from i18n.checks.context import catalog_context
from i18n.checks.engine import CheckOptions, check_catalog, check_rendered_sheets
from i18n.po.model import Entry
from tests.checks_support import catalogue

# The kinds of check the engine runs, each through its own method.
KINDS = (base.PairCheck, base.EntryCheck, base.CatalogCheck, base.TemplateCheck, base.AcrossLocalesCheck,
         base.RenderedCheck, base.SuppressionCheck)


def _family_modules() -> set[str]:
    return {check.__module__ for check in registry.CHECKS} - {registry.__name__}


def test_every_registry_entry_is_a_check_of_one_kind_the_engine_runs():
    for check in registry.CHECKS:
        kinds = [kind for kind in KINDS if issubclass(check, kind)]
        assert len(kinds) == 1, (check.code, kinds)
        # The kind's method is the check's own (or, for rendered checks, one of the two hooks).
        assert any(getattr(check, method) is not getattr(kinds[0], method, None)
                   for method in ("check_pair", "check_entry", "check_catalog", "check_template", "check_flag",
                                  "check_sheet", "check_no_sheets") if hasattr(check, method)), check.code


def test_the_engine_imports_no_family_module_and_names_no_check_class():
    tree = ast.parse(inspect.getsource(engine))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    assert imported.isdisjoint(_family_modules()), imported & _family_modules()
    names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    names |= {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
    assert names.isdisjoint(check.__name__ for check in registry.CHECKS)


class _ShoutedTranslation(PairCheck):
    code = "M399"
    name = "shouted-translation"
    severity = Severity.WARNING
    description = "A translation in capitals where the source is not."
    triggers = None

    def check_pair(self, pair: Pair) -> Iterable[Problem]:
        if pair.target.isupper() and not pair.source.isupper():
            yield Problem(f"{pair.label} is in capitals", subject=pair.target)


def test_a_new_check_is_one_class_and_its_line_in_the_registry(monkeypatch):
    monkeypatch.setattr(registry, "CHECKS", registry.CHECKS + (_ShoutedTranslation,))
    monkeypatch.setattr(registry, "BY_NAME", {**registry.BY_NAME, _ShoutedTranslation.name: _ShoutedTranslation})
    catalog = catalogue([Entry(msgid="Open the file", msgstr="OUVRIR LE FICHIER"),
                         Entry(msgid="Close", msgstr="FERMER", flags=["ignore-shouted-translation"]),
                         Entry(msgid="Save", msgstr="Enregistrer", flags=["ignore-shouted-translation"])])
    options = CheckOptions()
    findings = check_catalog(catalog, catalog_context(catalog, "test.po", options), options).findings
    # It runs, its flag silences it, and a flag of it that silences nothing is reported.
    assert [(item.code, item.msgid) for item in findings] == [("M399", "Open the file"), ("S902", "Save")]
    only_others = CheckOptions(ignore=frozenset({"shouted-translation"}))
    assert check_catalog(catalog, catalog_context(catalog, "test.po", only_others), only_others).findings == ()


def test_rendered_checks_are_found_in_the_registry(monkeypatch, tmp_path):
    class NoSheetAtAll(base.RenderedCheck):
        code = "X799"
        name = "no-sheet-at-all"
        severity = Severity.INFO
        description = "Nothing was rendered."

        def check_no_sheets(self, source_dir):
            yield Problem(f"nothing under {source_dir.name}")

    monkeypatch.setattr(registry, "CHECKS", registry.CHECKS + (NoSheetAtAll,))
    findings = check_rendered_sheets(tmp_path / "build", "en", ("en", "fr"), CheckOptions())
    assert [(item.check, item.message) for item in findings] == [
        ("sheets-not-rendered", f"no rendered sheets under {tmp_path / 'build' / 'en'}; run `factsheet render` "
                                "to compare sheets across locales"),
        ("no-sheet-at-all", "nothing under en")]
