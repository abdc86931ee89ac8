"""Fixtures for the tests of the whole deployment: real ZEO, real Zope, HTTP, Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from deployment import ADMIN_PASSWORD
from deployment import Client
from deployment import Deployment
from deployment import ROOT
from hami.policy.testing import MailServer
from pathlib import Path

import os
import pytest
import requests


SITE = "hami"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
OUTPUT = ROOT / "tests" / "output"


@pytest.fixture(scope="session")
def mail_server() -> Iterator[MailServer]:
    server = MailServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def deployment(tmp_path_factory, mail_server) -> Iterator[Deployment]:
    """A ZEO server and one client with the site created, as `make run` leaves them."""
    deployment = Deployment(home=tmp_path_factory.mktemp("hami-deployment"))
    deployment.environment = {
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(mail_server.port),
        "MAIL_FROM": "noreply@hami.gov.cn",
    }
    try:
        deployment.start_zeo()
        client = deployment.add_client("instance")
        deployment.site_creation_output = deployment.run_script(
            client, ROOT / "scripts" / "create_site.py"
        )
        deployment.start_client(client)
        deployment.start_worker(client)
        yield deployment
    finally:
        deployment.stop()


@pytest.fixture(scope="session")
def proxied(deployment: Deployment) -> Iterator[list[str]]:
    """Two more clients configured like production's (``trusted-proxy
    127.0.0.1``) on the same database: the portal's URL on each. Tests that
    need citizens or attackers at different addresses send X-Forwarded-For
    to them."""
    clients = [
        deployment.add_client(name, zope_conf_extra="trusted-proxy 127.0.0.1")
        for name in ("proxied", "proxied2")
    ]
    for proxied_client in clients:
        deployment.start_client(proxied_client)
    yield [f"{proxied_client.url}/{SITE}" for proxied_client in clients]
    for proxied_client in clients:
        deployment.stop_client(proxied_client)


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


def create_user(portal_url: str, username: str, groups: tuple[str, ...] = ()) -> str:
    """A portal user in the given groups, made through the REST API; returns the password."""
    password = f"pw-{username}-2004"
    admin = requests.Session()
    admin.auth = ("admin", ADMIN_PASSWORD)
    admin.headers["Accept"] = "application/json"
    response = admin.post(
        f"{portal_url}/@users",
        json={
            "username": username,
            "password": password,
            "email": f"{username}@example.gov.cn",
            "fullname": username,
        },
        timeout=60,
    )
    assert response.status_code == 201, response.text
    for group in groups:
        response = admin.patch(
            f"{portal_url}/@groups/{group}",
            json={"users": {username: True}},
            timeout=60,
        )
        assert response.status_code == 204, response.text
    return password


def login(page, portal_url: str, username: str, password: str) -> None:
    """Log in through Plone's login form, as a person would."""
    page.goto(f"{portal_url}/login")
    page.fill("#__ac_name", username)
    page.fill("#__ac_password", password)
    page.click("#buttons-login")
    page.wait_for_load_state("networkidle")
