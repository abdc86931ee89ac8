from hami.policy.testing import FUNCTIONAL_TESTING
from hami.policy.testing import INTEGRATION_TESTING
from pytest_plone import fixtures_factory

import pytest


pytest_plugins = ["pytest_plone"]


globals().update(
    fixtures_factory((
        (FUNCTIONAL_TESTING, "functional"),
        (INTEGRATION_TESTING, "integration"),
    ))
)


@pytest.fixture
def package_name() -> str:
    return "hami.policy"


# People of the permission tests: department A is fgw (发展和改革委员会),
# department B is jyj (教育局).
PEOPLE = {
    "member": (),
    "a_editor": ("fgw-editors",),
    "a_reviewer": ("fgw-reviewers",),
    "b_editor": ("jyj-editors",),
    "b_reviewer": ("jyj-reviewers",),
    "centre": ("centre-reviewers",),
    "leader": ("leadership",),
    "siteadmin": ("site-administrators",),
}


@pytest.fixture
def people(portal) -> dict[str, str]:
    """Users in the portal's groups; returns user id → e-mail."""
    from support import create_users

    create_users(PEOPLE)
    return {user_id: f"{user_id}@example.gov.cn" for user_id in PEOPLE}


@pytest.fixture
def department_a(portal):
    return portal["zh-cn"]["departments"]["fgw"]


@pytest.fixture
def department_b(portal):
    return portal["zh-cn"]["departments"]["jyj"]


@pytest.fixture
def smtp_server():
    """A real SMTP server on loopback (aiosmtpd) that keeps what it receives."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.handlers import Message

    import email
    import socket

    class Keep(Message):
        def __init__(self):
            super().__init__()
            self.messages = []

        def handle_message(self, message):
            self.messages.append(message)

        def prepare_message(self, session, envelope):
            message = email.message_from_bytes(envelope.content)
            message["X-Rcpt-Tos"] = ", ".join(envelope.rcpt_tos)
            return message

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    handler = Keep()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, handler.messages
    finally:
        controller.stop()


@pytest.fixture
def step():
    """Take a case (letter, application) through a transition as a user, with
    what the step's form would record first."""
    from plone import api

    def step(case, user, transition, **fields):
        with api.env.adopt_user(username=user):
            for name, value in fields.items():
                setattr(case, name, value)
            api.content.transition(obj=case, transition=transition)

    return step
