import pytest


@pytest.fixture
def send(portal):
    """Submit a letter as an anonymous citizen from an address."""
    from hami.policy.mailbox.submission import submit
    from plone.app.testing import logout

    def send(address="10.0.0.1", **changes):
        logout()
        from support import letter_form

        return submit(letter_form(**changes), address)

    return send


@pytest.fixture
def letter_of(portal):
    def letter_of(receipt):
        from hami.policy.mailbox.settings import letter_box

        box = letter_box()
        return box[box._hami_tracking[receipt.tracking_number]]

    return letter_of


STAFF = {
    "office": ("mailbox-editors",),
    "office_leader": ("mailbox-reviewers",),
    "a_handler": ("fgw-editors",),
    "a_leader": ("fgw-reviewers",),
    "b_handler": ("jyj-editors",),
    "b_leader": ("jyj-reviewers",),
    "leader": ("leadership",),
    "member": (),
}


@pytest.fixture
def staff(portal):
    from support import create_users

    create_users(STAFF)
    return STAFF
