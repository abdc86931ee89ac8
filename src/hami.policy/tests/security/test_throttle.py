"""The log-in throttle in front of the site's user source."""

from hami.policy.security import throttle
from plone import api
from Products.PluggableAuthService.interfaces.plugins import IAuthenticationPlugin
from zope.globalrequest import getRequest

import pytest
import uuid


@pytest.fixture
def member(portal):
    from support import create_users

    user_id = f"member-{uuid.uuid4().hex[:6]}"
    create_users({user_id: ()})
    return user_id, f"secret-{user_id}"


@pytest.fixture
def address():
    request = getRequest()
    request._client_addr = f"10.50.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}"
    return request._client_addr


def check(portal, login, password):
    plugin = portal.acl_users[throttle.PLUGIN_ID]
    getRequest().other.pop(throttle.CHECKED, None)  # a new request
    return plugin.authenticateCredentials({"login": login, "password": password})


def test_installed_in_front_of_the_user_source(portal):
    active = [
        plugin_id
        for plugin_id, _plugin in portal.acl_users.plugins.listPlugins(
            IAuthenticationPlugin
        )
    ]
    assert throttle.PLUGIN_ID in active
    assert "source_users" not in active


def test_right_password_works(portal, member, address):
    user_id, password = member
    assert check(portal, user_id, password)[0] == user_id
    assert check(portal, user_id, "wrong") is None


def test_the_account_waits_after_ten_failures(portal, member, address):
    user_id, password = member
    for attempt in range(10):
        assert check(portal, user_id, f"wrong-{attempt}") is None
    with pytest.raises(throttle.TooManyRequests) as refused:
        check(portal, user_id, password)
    assert refused.value.minutes == 15


def test_the_limits_are_settings(portal, member, address):
    user_id, password = member
    api.portal.set_registry_record("hami.policy.security.login_failures_per_account", 3)
    for attempt in range(3):
        check(portal, user_id, f"wrong-{attempt}")
    with pytest.raises(throttle.TooManyRequests):
        check(portal, user_id, password)


def test_one_attempt_checked_twice_counts_once(portal, member, address):
    user_id, password = member
    plugin = portal.acl_users[throttle.PLUGIN_ID]
    getRequest().other.pop(throttle.CHECKED, None)
    for _twice in range(2):
        plugin.authenticateCredentials({"login": user_id, "password": "wrong"})
    for attempt in range(9):
        check(portal, user_id, f"wrong-{attempt}")
    with pytest.raises(throttle.TooManyRequests):
        check(portal, user_id, password)


def test_uninstall_gives_the_user_source_back(portal, member):
    user_id, password = member
    throttle.uninstall(portal.acl_users)
    active = [
        plugin_id
        for plugin_id, _plugin in portal.acl_users.plugins.listPlugins(
            IAuthenticationPlugin
        )
    ]
    assert "source_users" in active
    assert throttle.PLUGIN_ID not in portal.acl_users.objectIds()
    assert portal.acl_users.authenticate(user_id, password, getRequest())
