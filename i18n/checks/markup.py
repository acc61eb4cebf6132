"""Markup checks: the translation's HTML tags match the source's, and it carries nothing that runs script.

Only real HTML element names count as tags, so a command-line placeholder like `<file>` or
`<package>` is text, not markup.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

from i18n.checks.base import PairCheck, Pair, Problem, Severity

_TAG = re.compile(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9]*)((?:\s[^<>]*)?)/?\s*>")

HTML_ELEMENTS = frozenset("""
a abbr acronym address area article aside audio b base bdi bdo big blockquote body br button canvas
caption center cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed
fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input
ins kbd label legend li link main map mark meta meter nav noscript object ol optgroup option output p
param picture pre progress q rp rt ruby s samp script section select small source span strike strong
style sub summary sup svg table tbody td template textarea tfoot th thead time title tr track tt u ul
var video wbr math
""".split())

# Elements whose content or loading runs code, or that change where the page's code comes from.
_ACTIVE_ELEMENTS = frozenset({"script", "style", "iframe", "object", "embed", "link", "meta", "base", "svg", "math"})
_EVENT_ATTRIBUTE = re.compile(r"(?:^|[\s\"'/])on[a-z]+\s*=", re.IGNORECASE)
_SCRIPT_URL = re.compile(r"(?:javascript|vbscript|livescript)\s*:|data\s*:\s*text/html", re.IGNORECASE)
# `<code de condition>` is a translated metavariable; `<code class="x">` is markup.
_ATTRIBUTE = re.compile(r"\s[A-Za-z_:][\w:.-]*\s*=")
_ATTRIBUTE_EDGES = " \t\n\"'/="
_MARKDOWN_SCRIPT_LINK = re.compile(r"\]\(\s*(?:javascript|vbscript)\s*:", re.IGNORECASE)


# Elements that never close: a bare `<br>` is markup, while a bare `<time>` is a usage line's metavariable.
_VOID_ELEMENTS = frozenset({"br", "hr", "wbr"})


def markup_names(text: str) -> set[str]:
    """Element names a text uses as markup: closed somewhere, given attributes, self-closed, or void."""
    names = set()
    for closing, name, attributes in _TAG.findall(text):
        element = name.lower()
        if element not in HTML_ELEMENTS:
            continue
        if closing or element in _VOID_ELEMENTS or _ATTRIBUTE.search(attributes) or attributes.rstrip().endswith("/"):
            names.add(element)
    return names


def html_tags(text: str, names: set[str]) -> Counter:
    """Multiset of `<name>` / `</name>` for the elements of `names` in a text (attributes ignored)."""
    return Counter(f"<{closing}{name.lower()}>" for closing, name, _ in _TAG.findall(text) if name.lower() in names)


def _active_markup(text: str) -> Counter:
    """What could run script in a text, by kind: active elements, event attributes, script URLs."""
    found: Counter = Counter()
    if "<" in text:
        for closing, name, attributes in _TAG.findall(text):
            element = name.lower()
            if closing:
                continue
            if element in _ACTIVE_ELEMENTS:
                found[f"<{element}>"] += 1
            event = _EVENT_ATTRIBUTE.search(attributes)
            if event:
                attribute = event.group(0).strip(_ATTRIBUTE_EDGES).lower()
                found[f"{attribute}= attribute"] += 1
            url = _SCRIPT_URL.search(attributes)
            if url:
                found[f"{url.group(0).lower()} URL"] += 1
    if "](" in text and _MARKDOWN_SCRIPT_LINK.search(text):
        found["javascript: link"] += 1
    return found


# Attributes whose values a translation may change: its words ("alt", "title"), its language, and
# the URLs it may point to a translated page ("href").
_TRANSLATED_ATTRIBUTES = frozenset({
    "alt", "title", "placeholder", "label", "summary", "abbr", "content", "value", "aria-label", "aria-description",
    "aria-placeholder", "aria-roledescription", "aria-valuetext", "download", "lang", "xml:lang", "hreflang", "dir",
    "href", "src", "srcset", "action", "formaction", "cite", "poster", "data", "background"})
_ATTRIBUTE_VALUE = re.compile(r"""([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")


def _kept_attributes(text: str, names: set[str]) -> Counter:
    """Multiset of (element, its attributes a translation keeps as they are) for the opening tags of
    the elements of `names`: ('span', (('size', '18000'),))."""
    found: Counter = Counter()
    for closing, name, attributes in _TAG.findall(text):
        element = name.lower()
        if closing or element not in names:
            continue
        kept = tuple(sorted((attribute.lower(), double or single or bare)
                            for attribute, double, single, bare in _ATTRIBUTE_VALUE.findall(attributes)
                            if attribute.lower() not in _TRANSLATED_ATTRIBUTES))
        found[(element, kept)] += 1
    return found


def _shown(element: str, attributes: tuple[tuple[str, str], ...]) -> str:
    return f"<{element}" + "".join(f' {name}="{value}"' for name, value in attributes) + ">"


class MarkupMismatch(PairCheck):
    code = "M301"
    name = "markup-mismatch"
    severity = Severity.WARNING
    description = ("The translation's HTML tags are not the source's (same tag names, as many of each, and the "
                   "same values of the attributes no translation changes: size=\"18000\", class=\"mr16\").")
    triggers = "<]"

    def check_pair(self, pair: Pair) -> Iterable[Problem]:
        names = markup_names(pair.source) | markup_names(pair.target)
        if not names:
            return
        source_tags = html_tags(pair.source, names)
        target_tags = html_tags(pair.target, names)
        if source_tags != target_tags:
            for tag in sorted(source_tags - target_tags):
                yield Problem(f"tag {tag} of the source is missing from {pair.label}", subject=tag)
            for tag in sorted(target_tags - source_tags):
                yield Problem(f"tag {tag} in {pair.label} is not in the source", subject=tag)
            return
        source_attributes = _kept_attributes(pair.source, names)
        target_attributes = _kept_attributes(pair.target, names)
        if source_attributes == target_attributes:
            return
        lost, gained = sorted(source_attributes - target_attributes), sorted(target_attributes - source_attributes)
        for (element, attributes), (_, other) in zip(lost, gained):
            yield Problem(f"tag {_shown(element, attributes)} of the source is {_shown(element, other)} in "
                          f"{pair.label}: its attributes changed", subject=_shown(element, attributes))


class MarkupScript(PairCheck):
    code = "M302"
    name = "markup-script"
    severity = Severity.ERROR
    description = ("The translation brings markup that could run script: <script>, <style>, an on*= "
                   "attribute, a javascript: URL. Many programs insert translations into pages unescaped "
                   "(factsheet's sheets escape them); what the source itself contains is the developer's, "
                   "not the translator's.")
    triggers = "<]"

    def check_pair(self, pair: Pair) -> Iterable[Problem]:
        in_target = _active_markup(pair.target)
        if not in_target:  # nearly always: the source need not be read
            return
        brought = in_target - _active_markup(pair.source)
        for what in sorted(brought):
            yield Problem(f"{what} in {pair.label} could run script", subject=what)
