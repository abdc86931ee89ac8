"""GET /@freshness and GET /@assessment: what API clients get, and who."""

from AccessControl import Unauthorized
from hami.policy.testing import TEST_UNITS
from plone.app.testing import login
from plone.app.testing import logout

import pytest


@pytest.fixture
def call(portal, http_request):
    from hami.policy.supervision.services.get import AssessmentGet
    from hami.policy.supervision.services.get import FreshnessGet

    services = {"@freshness": FreshnessGet, "@assessment": AssessmentGet}

    def call(name, **form):
        http_request.form.clear()
        http_request.form.update(form)
        http_request.response.setStatus(200)
        service = services[name]()
        service.context, service.request = portal, http_request
        result = service.reply()
        return http_request.response.getStatus(), result

    return call


@pytest.fixture
def situation(department_a, publish, at):
    publish(department_a["news"], "2026-10-01")
    publish(department_a["notices"], "2026-11-10")
    at("2026-11-16")


def test_freshness_of_the_portal(portal, people, call, situation):
    login(portal, "centre")
    status, result = call("@freshness")
    assert status == 200
    assert result["language"] == "zh-cn"
    assert result["as_of"].startswith("2026-11-16T12:00:00")
    units = {site["id"]: site for site in result["departments"]}
    assert set(units) == set(TEST_UNITS)
    fgw = units["fgw"]
    columns = {column["@id"].rsplit("/", 1)[-1]: column for column in fgw["columns"]}
    assert columns["news"]["status"] == "overdue"
    assert columns["news"]["last_published"] == "2026-10-01"
    assert columns["news"]["due"] == "2026-10-15"
    assert columns["notices"]["status"] == "fresh"
    assert columns["overview"]["status"] == "empty"
    assert fgw["score"] == 100 - 2 - 4 * 3
    checks = {check["id"]: check for check in fgw["checks"]}
    assert checks["empty"] == {
        "id": "empty",
        "value": 4,
        "warning_from": 3,
        "veto_from": 5,
        "level": "warning",
        "items": checks["empty"]["items"],
    }
    assert "portal" in result


def test_freshness_of_one_department(portal, people, call, situation):
    login(portal, "a_editor")
    status, result = call("@freshness", department="fgw")
    assert status == 200
    assert [site["id"] for site in result["departments"]] == ["fgw"]
    assert "portal" not in result


@pytest.mark.parametrize(
    "user,form,status",
    [
        ("a_editor", {"department": "jyj"}, 403),
        ("a_editor", {}, 403),
        ("member", {"department": "fgw"}, 403),
        ("centre", {"department": "nonesuch"}, 404),
        ("centre", {"language": "fr"}, 400),
    ],
)
def test_freshness_refused(portal, people, call, user, form, status):
    login(portal, user)
    code, result = call("@freshness", **form)
    assert code == status
    assert result["error"]["message"]


def test_freshness_needs_a_login(portal, call):
    logout()
    with pytest.raises(Unauthorized):
        call("@freshness", department="fgw")


def test_assessment_of_a_month(portal, people, call, situation):
    login(portal, "leader")
    status, result = call("@assessment", month="2026-11")
    assert status == 200
    assert result["month"] == "2026-11"
    assert result["final"] is False and result["recorded"] is False
    units = {unit["id"]: unit for unit in result["departments"]}
    assert units["fgw"]["score"] == 86.0
    assert units["fgw"]["findings"]["stale_column"] == 1
    assert result["departments"][0]["id"] == "fgw"  # best first
    assert result["pass_mark"] == 60.0


def test_assessment_refused(portal, people, call):
    login(portal, "centre")
    assert call("@assessment", month="November")[0] == 400
    login(portal, "b_editor")
    assert call("@assessment", month="2026-11", department="fgw")[0] == 403
    status, result = call("@assessment", month="2026-11", department="jyj")
    assert status == 200
    assert [unit["id"] for unit in result["departments"]] == ["jyj"]
