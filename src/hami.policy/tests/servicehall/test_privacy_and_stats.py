"""Applicants' data stays private; statistics count without it."""

from datetime import datetime
from hami.policy.cases import clock
from hami.policy.errors import Refused
from hami.policy.servicehall import public
from hami.policy.servicehall.statistics import compute
from plone import api
from plone.app.testing import logout

import pytest


def test_listed_by_tracking_number_only(apply):
    _application, receipt = apply()
    catalog = api.portal.get_tool("portal_catalog")
    (brain,) = catalog.unrestrictedSearchResults(
        tracking_number=receipt.tracking_number
    )
    metadata = " ".join(
        str(v) for v in catalog.getMetadataForRID(brain.getRID()).values()
    )
    for secret in ("马建国", "652201198001011234", "13999001122", "天山商贸"):
        assert secret not in metadata
    assert not catalog.unrestrictedSearchResults(SearchableText="马建国")
    logout()
    assert not catalog(portal_type="Application")


def test_wrong_code_one_message(apply):
    _application, receipt = apply()
    with pytest.raises(Refused) as wrong:
        public.find(receipt.tracking_number, "0000000000", "10.3.0.1")
    with pytest.raises(Refused) as unknown:
        public.find("SQ000000-AAAAAA", receipt.query_code, "10.3.0.1")
    assert str(wrong.value.message) == str(unknown.value.message)


def test_resent_application_is_one(apply):
    first, _receipt = apply()
    second, again = apply(address="10.9.9.9", applicant_name="冒名者")
    assert again.duplicate and second == first
    assert again.query_code is None and again.tracking_number is None


def test_refused_inputs_store_nothing(apply):
    for changes in (
        {"applicant_name": ""},
        {"phone": "not a phone"},
        {"id_number": "12345"},
        {"files": [("documents", "virus.jpg", b"MZ\x90\x00" * 50)]},
    ):
        with pytest.raises(Refused):
            apply(**changes)
    catalog = api.portal.get_tool("portal_catalog")
    assert not catalog.unrestrictedSearchResults(portal_type="Application")


def test_statistics(apply, staff, step, monkeypatch):
    def at(day):
        moment = clock.TIMEZONE.localize(datetime(2026, 11, day, 10))
        monkeypatch.setattr(clock, "now", lambda: moment)

    at(2)
    on_time, _ = apply(fields={"company_name": "甲公司"})
    late, _ = apply(fields={"company_name": "乙公司"})
    _waiting, _ = apply(fields={"company_name": "丙公司"})
    for application in (on_time, late):
        step(application, "centre", "accept")
        step(application, "handler", "start_review")
    at(5)
    step(on_time, "handler", "approve", decision_note="准予")
    at(20)
    step(late, "handler", "deny", decision_note="不予")
    november = compute()["2026-11"]
    total = november[("*", "*")]
    assert (total.received, total.accepted, total.decided) == (3, 2, 2)
    assert total.on_time == 0.5
    assert november[("gsj", "business-licence-change")].received == 3
