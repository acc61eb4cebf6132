"""Driving Debian's headless Chromium from the tests: launch options, a page that records its errors,
screenshots saved under test-artifacts/, and a built copy of the project to open."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from tests.project_fixture import REPOSITORY

ARTIFACTS = REPOSITORY / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
# Headless, and none of the background connections Chromium makes by itself (a closed network refuses
# them, and each refusal would be a console error that is not the page's).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WIDTHS = (375, 1280)


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


@dataclass
class OpenedPage:
    """A page and everything that went wrong while it loaded and ran."""

    page: object
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def horizontal_overflow(self) -> int:
        """How many CSS pixels the document is wider than the window (0 when nothing overflows)."""
        return self.page.evaluate("document.documentElement.scrollWidth - window.innerWidth")

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{re.sub(r'[^A-Za-z0-9_.-]+', '-', name)}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path


def open_page(browser, url: str, width: int, height: int = 900) -> OpenedPage:
    page = browser.new_page(viewport={"width": width, "height": height})
    opened = OpenedPage(page)
    page.on("console", lambda message: message.type == "error" and opened.errors.append(message.text))
    page.on("pageerror", lambda error: opened.errors.append(str(error)))
    page.on("request", lambda request: opened.requests.append(request.url))
    page.on("dialog", lambda dialog: (opened.errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.goto(url, wait_until="load")
    return opened


def factsheet(root: Path, *args: str) -> subprocess.CompletedProcess:
    result = subprocess.run(["factsheet", *args], cwd=root, capture_output=True, text=True)
    if result.returncode != 0:
        raise AssertionError(f"factsheet {' '.join(args)} failed ({result.returncode}):\n{result.stderr}")
    return result
