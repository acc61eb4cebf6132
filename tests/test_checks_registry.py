"""The code table: stable, unique codes in their family; kebab-case names; groups that resolve."""

from __future__ import annotations

import re

import pytest

from i18n.checks import base
from i18n.checks.registry import CHECKS, GROUPS, RETIRED_CODES, BY_NAME, resolve, silenced_names

FAMILIES = {"N": "number_checks", "P": "placeholders", "M": "markup", "C": "completeness", "H": "headers",
            "T": "typography", "X": None, "F": "msgfmt_rules", "S": "registry"}


def test_codes_are_unique_well_formed_and_never_retired():
    codes = [check.code for check in CHECKS]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"[NPMCHTXFS][1-9]\d\d", code) for code in codes)
    assert not set(codes) & RETIRED_CODES


def test_names_are_unique_kebab_case_and_distinct_from_groups():
    names = [check.name for check in CHECKS]
    assert len(names) == len(set(names))
    assert all(re.fullmatch(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*", name) for name in names)
    assert not set(names) & set(GROUPS)


@pytest.mark.parametrize("check", CHECKS, ids=lambda check: check.code)
def test_each_check_has_its_identity_and_lives_in_its_family_module(check):
    assert isinstance(check.severity, base.Severity)
    assert check.description and check.description.strip() == check.description
    family_module = FAMILIES[check.code[0]]
    if family_module:
        assert check.__module__.endswith(family_module)


def test_number_checks_are_named_number():
    assert all(check.name.startswith("number-") for check in CHECKS if check.code[0] == "N")


def test_groups_name_existing_checks_and_the_issue_flag_works():
    for members in GROUPS.values():
        assert members <= set(BY_NAME)
    assert {"number-missing", "number-added", "number-changed"} <= silenced_names("number-mismatch")
    assert silenced_names("number-changed") == {"number-changed"}
    assert silenced_names("no-such-check") is None


@pytest.mark.parametrize(("selectors", "expected"), [
    (["N101"], {"number-missing"}),
    (["T"], {"nbsp-before-punctuation", "nbsp-inside-guillemets", "nbsp-in-number", "nbsp-before-unit",
             "nbsp-after-count"}),
    (["number-mismatch"], GROUPS["number-mismatch"]),
    (["markup-script", "C401"], {"markup-script", "untranslated"}),
])
def test_selectors_resolve(selectors, expected):
    assert resolve(selectors) == expected


@pytest.mark.parametrize("selector", ["Z", "N999", "no-such-check", ""])
def test_unknown_selector_is_refused(selector):
    with pytest.raises(ValueError):
        resolve([selector])


def _readme_check_table() -> dict[str, str]:
    """The README's table of checks (section "The checks"): family -> its codes as written."""
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## The checks\n", 1)[1].lstrip("\n")
    table = section.split("\n\n", 1)[0]  # the first table of the section
    rows = [line.split("|")[1:-1] for line in table.splitlines() if not line.startswith("| ---")]
    assert rows[0][:2] == [" family ", " codes "]
    return {family.strip(): codes.strip() for family, codes, *_ in rows[1:]}


def _expand(codes: str) -> set[str]:
    first, _, last = codes.partition("–")
    last = last or first
    assert first[0] == last[0], codes
    return {f"{first[0]}{number}" for number in range(int(first[1:]), int(last[1:]) + 1)}


def test_the_readme_table_of_checks_matches_the_registry():
    """Like ruff's rule docs: a check added to the registry, or removed, fails here until the
    README's table says so; each row's range holds exactly its family's codes."""
    table = _readme_check_table()
    by_letter: dict[str, set[str]] = {}
    for check in CHECKS:
        by_letter.setdefault(check.code[0], set()).add(check.code)
    written = {codes[0]: _expand(codes) for codes in table.values()}
    assert len(written) == len(table)  # one row per family
    assert written == by_letter
