"""Fixtures for the tests of the whole deployment: real ZEO, real Zope, HTTP, Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from deployment import ADMIN_PASSWORD
from deployment import Client
from deployment import Deployment
from deployment import ROOT
from pathlib import Path

import os
import pytest
import requests


SITE = "hami"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
OUTPUT = ROOT / "tests" / "output"


@pytest.fixture(scope="session")
def deployment(tmp_path_factory) -> Iterator[Deployment]:
    """A ZEO server and one client with the site created, as `make run` leaves them."""
    deployment = Deployment(home=tmp_path_factory.mktemp("hami-deployment"))
    try:
        deployment.start_zeo()
        client = deployment.add_client("instance")
        deployment.site_creation_output = deployment.run_script(
            client, ROOT / "scripts" / "create_site.py"
        )
        deployment.start_client(client)
        yield deployment
    finally:
        deployment.stop()


@pytest.fixture(scope="session")
def client(deployment: Deployment) -> Client:
    return deployment.clients["instance"]


@pytest.fixture(scope="session")
def portal_url(client: Client) -> str:
    return f"{client.url}/{SITE}"


@pytest.fixture
def anonymous() -> requests.Session:
    return requests.Session()


@pytest.fixture
def admin() -> requests.Session:
    session = requests.Session()
    session.auth = ("admin", ADMIN_PASSWORD)
    session.headers["Accept"] = "application/json"
    return session


@pytest.fixture(scope="session")
def output_dir() -> Path:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    return OUTPUT


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, driven by Playwright (which cannot download browsers here)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    yield page
    context.close()
