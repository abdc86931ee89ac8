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
    """A real SMTP server on loopback: (port, the messages it received)."""
    from hami.policy.testing import MailServer

    server = MailServer()
    server.start()
    try:
        yield server.port, server.messages
    finally:
        server.stop()


@pytest.fixture
def mail(functional_portal, smtp_server):
    """The functional site sends through the SMTP server on loopback: the
    messages it received."""
    from plone import api
    from plone.app.testing import SITE_OWNER_NAME

    import transaction

    port, messages = smtp_server
    with api.env.adopt_user(username=SITE_OWNER_NAME):
        api.portal.set_registry_record("plone.smtp_host", "127.0.0.1")
        api.portal.set_registry_record("plone.smtp_port", port)
        api.portal.set_registry_record(
            "plone.email_from_address", "noreply@hami.gov.cn"
        )
    transaction.commit()
    return messages


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


# The staff of the mailbox and of the service hall, in their groups.
STAFF = {
    # the commissioner's mailbox office, and the departments A (fgw) and B (jyj)
    "office": ("mailbox-editors",),
    "office_leader": ("mailbox-reviewers",),
    "a_handler": ("fgw-editors",),
    "a_leader": ("fgw-reviewers",),
    "b_handler": ("jyj-editors",),
    "b_leader": ("jyj-reviewers",),
    # the service centre and the business registration bureau (gsj)
    "centre": ("service-centre-editors",),
    "handler": ("gsj-editors",),
    "head": ("gsj-reviewers",),
    "other": ("jyj-editors",),
    "leader": ("leadership",),
    "member": (),
}


@pytest.fixture
def staff(portal) -> dict[str, tuple[str, ...]]:
    from support import create_users

    create_users(STAFF)
    return STAFF


@pytest.fixture
def send(portal):
    """Submit a letter as an anonymous citizen from an address; the receipt."""
    from hami.policy.cases.intake import Receipt
    from hami.policy.mailbox.submission import submit
    from plone.app.testing import logout
    from support import letter_form

    def send(address="10.0.0.1", **changes):
        logout()
        return Receipt.of(*submit(letter_form(**changes), address))

    return send


@pytest.fixture
def letter_of(portal):
    """The letter of a receipt."""
    from hami.policy.cases import codes
    from hami.policy.mailbox.settings import letter_box

    def letter_of(receipt):
        return codes.object_for(letter_box(), receipt.tracking_number)

    return letter_of


SERVICE = "business-licence-change"  # 工商行政管理局 (gsj), five working days


@pytest.fixture
def guide(portal):
    from hami.policy.servicehall.settings import guide_for

    return guide_for(SERVICE, "zh-cn")


@pytest.fixture
def apply(portal, guide):
    """Apply as an anonymous citizen; the stored application and the receipt."""
    from hami.policy.cases.intake import Receipt
    from hami.policy.servicehall.submission import ApplicationForm
    from hami.policy.servicehall.submission import submit
    from plone.app.testing import logout

    def apply(service_guide=None, address="10.2.0.1", **changes):
        logout()
        target = service_guide or guide
        values = {
            "service_code": target.service_code,
            "applicant_name": "马建国",
            "id_number": "652201198001011234",
            "phone": "13999001122",
            "email": "",
            "fields": {"company_name": "哈密天山商贸有限公司"},
            "files": [("documents", "scan.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 64)],
        }
        values.update(changes)
        application, duplicate = submit(ApplicationForm(**values), target, address)
        return application, Receipt.of(application, duplicate)

    return apply
