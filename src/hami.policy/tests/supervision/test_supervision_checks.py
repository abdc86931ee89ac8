"""The national veto checks of a site, each on both sides of its line."""

import pytest


def level(site, check_id):
    check = site.check(check_id)
    return check.level, check.value


@pytest.mark.parametrize(
    "today,expected",
    [
        ("2026-11-10", ("ok", 9)),
        ("2026-11-11", ("warning", 10)),  # the monitors' early warning
        ("2026-11-15", ("warning", 14)),
        ("2026-11-16", ("veto", 15)),  # not updated for 2 weeks
    ],
)
def test_home_page_updated(department_a, publish, at, site_of, today, expected):
    publish(department_a["policies"], "2026-11-01", "PolicyDocument")
    at(today)
    assert level(site_of(department_a), "home") == expected


def test_home_page_never_updated_is_a_veto(department_a, at, site_of):
    at("2026-11-16")
    assert level(site_of(department_a), "home") == ("veto", None)


@pytest.mark.parametrize(
    "stale,expected", [(2, "ok"), (3, "warning"), (4, "warning"), (5, "veto")]
)
def test_stale_columns(
    department_a, add_columns, publish, at, site_of, stale, expected
):
    # stale news (2 weeks) and notices (6 months) add up
    for column in add_columns(department_a, stale - 1, "news", "2w"):
        publish(column, "2026-10-01")
    publish(department_a["notices"], "2026-04-01")
    publish(department_a["news"], "2026-11-10")  # up to date
    at("2026-11-16")
    site = site_of(department_a)
    assert site.check("stale").level == expected
    assert site.check("stale").value == stale


@pytest.mark.parametrize(
    "overdue,expected", [(5, "ok"), (6, "warning"), (9, "warning"), (10, "veto")]
)
def test_columns_not_updated(
    department_a, add_columns, publish, at, site_of, overdue, expected
):
    # monthly columns (plans, appointments …) are no news: not stale, but overdue
    for column in add_columns(department_a, overdue, "other", "1m"):
        publish(column, "2026-09-01")
    at("2026-11-16")
    site = site_of(department_a)
    assert site.check("overdue").value == overdue
    assert site.check("overdue").level == expected
    assert site.check("stale").value == 0


def test_columns_due_soon_are_not_overdue(
    department_a, add_columns, publish, at, site_of
):
    for column in add_columns(department_a, 12, "other", "1m"):
        publish(column, "2026-10-20")  # due 2026-11-20
    at("2026-11-16")
    site = site_of(department_a)
    assert site.check("overdue").value == 0
    assert site.count("due_soon") == 12


@pytest.mark.parametrize(
    "filled,expected",
    [(0, "veto"), (1, "veto"), (2, "warning"), (3, "warning"), (4, "ok")],
)
def test_empty_columns(department_a, publish, at, site_of, filled, expected):
    # the department's six standard columns, of which some have content
    names = ["news", "notices", "policies", "guides", "leaders", "overview"]
    assert sorted(department_a.objectIds()) == sorted(names)
    for name in names[:filled]:
        publish(department_a[name], "2026-11-10")
    at("2026-11-16")
    site = site_of(department_a)
    assert site.check("empty").value == 6 - filled
    assert site.check("empty").level == expected


@pytest.mark.parametrize(
    "today,expected",
    [
        ("2026-10-01", "ok"),  # 60 days
        ("2026-10-02", "warning"),  # 61 days: flagged red
        ("2026-10-31", "warning"),  # 90 days
        ("2026-11-01", "veto"),  # 91 days: unanswered for more than 3 months
    ],
)
def test_unanswered_letter(department_a, letter, at, site_of, today, expected):
    item = letter("2026-08-02", "fgw")
    at(today)
    site = site_of(department_a)
    assert site.check("letters").level == expected
    if expected != "ok":
        assert site.check("letters").items == [item.tracking_number]


def test_answered_letters_count_until_answered(
    department_a, department_b, letter, at, site_of
):
    letter("2026-06-01", "fgw", answered="2026-11-10")
    at("2026-11-01")  # as the portal stood before the answer
    assert site_of(department_a).check("letters").level == "veto"
    at("2026-11-16")
    assert site_of(department_a).check("letters").level == "ok"
    assert site_of(department_b).check("letters").value is None  # none for B


def test_portal_site_counts_every_letter(portal, letter, at):
    from hami.policy.supervision.freshness import Supervision

    letter("2026-07-01", "jyj")
    at("2026-11-16")
    site = Supervision("zh-cn").portal_site()
    assert site.check("letters").level == "veto"
    assert site.unit == ""


def test_thresholds_are_configurable(department_a, publish, at, site_of):
    from plone import api

    api.portal.set_registry_record("hami.policy.supervision.empty_veto", 7)
    at("2026-11-16")
    assert level(site_of(department_a), "empty") == ("warning", 6)
