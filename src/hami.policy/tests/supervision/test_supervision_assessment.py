"""The monthly assessment: scores from the rules, stored per month, exported."""

from hami.policy.testing import TEST_UNITS
from plone import api

import io
import pytest


@pytest.fixture
def november(department_a, publish, letter, at):
    """Department A in mid-November 2026: one stale news column, four empty
    columns, a letter past its deadline; department B has nothing at all."""
    publish(department_a["news"], "2026-10-01")  # stale since 2026-10-16
    publish(department_a["notices"], "2026-11-10")
    letter("2026-11-02", "fgw")  # three working days: due 2026-11-05
    at("2026-11-16")
    return department_a


def test_score_from_the_rules(november):
    from hami.policy.supervision import assessment

    result = assessment.assess("2026-11")
    fgw = result["units"]["fgw"]
    assert fgw["findings"] == {
        "stale_column": 1,
        "not_updated_column": 0,
        "empty_column": 4,
        "overdue_letter": 1,
        "unanswered_letter": 0,
        "home_not_updated": 0,
        "veto": 0,
    }
    assert fgw["score"] == 100 - 2 - 4 * 3 - 2
    assert result["final"] is False  # the month is not over
    # B: six empty columns (veto), home page never updated (veto)
    jyj = result["units"]["jyj"]
    assert jyj["findings"]["empty_column"] == 6
    assert jyj["findings"]["home_not_updated"] == 1
    assert jyj["findings"]["veto"] == 2
    assert jyj["score"] == 100 - 6 * 3 - 10 - 2 * 20


def test_deductions_are_configurable(november):
    from hami.policy.supervision import assessment

    api.portal.set_registry_record(
        "hami.policy.supervision.deductions",
        {"stale_column": 10.0, "empty_column": 0.5, "overdue_letter": 0.0},
    )
    assert assessment.assess("2026-11")["units"]["fgw"]["score"] == 100 - 10 - 2


def test_score_never_below_zero():
    from hami.policy.supervision.assessment import score

    assert score({"empty_column": 50}, {"empty_column": 3.0}) == 0.0


def test_months_are_judged_at_their_end(november, publish, at):
    from hami.policy.supervision import assessment

    october = assessment.assess("2026-10")
    assert october["final"] is True
    assert october["as_of"].startswith("2026-10-31T23:59:59")
    fgw = october["units"]["fgw"]
    # on 31 October: news published on 1 October was overdue, notices empty,
    # the letter of 2 November not yet received
    assert fgw["findings"]["stale_column"] == 1
    assert fgw["findings"]["empty_column"] == 5
    assert fgw["findings"]["overdue_letter"] == 0


def test_daily_recording(november, department_a, publish, at):
    from hami.policy.supervision import assessment

    at("2026-11-28")
    assert assessment.record() == ["2026-10", "2026-11"]
    assert assessment.stored("2026-10")["final"] is True
    assert assessment.stored("2026-11")["final"] is False
    assert assessment.record() == ["2026-11"]  # October is final: kept
    october = assessment.stored("2026-10")

    publish(department_a["policies"], "2026-11-29")
    at("2026-12-01")
    assert assessment.record() == ["2026-11", "2026-12"]
    november = assessment.stored("2026-11")
    assert november["final"] is True
    assert november["units"]["fgw"]["findings"]["empty_column"] == 3
    assert assessment.stored("2026-10") == october
    assert assessment.recorded_months() == ["2026-10", "2026-11", "2026-12"]


def test_results_of_a_month_nobody_recorded(november):
    from hami.policy.supervision import assessment

    result = assessment.results("2026-09")
    assert result["recorded"] is False
    assert assessment.stored("2026-09") is None


def test_trend_of_the_year(november, at):
    from hami.policy.supervision import assessment

    at("2026-11-28")
    assessment.record()
    trend = assessment.trend(2026)
    assert trend["months"][-1] == "2026-11"
    assert len(trend["months"]) == 11
    fgw = trend["series"]["fgw"]
    assert fgw[:9] == [None] * 9  # not recorded
    assert fgw[9] == assessment.stored("2026-10")["units"]["fgw"]["score"]
    assert fgw[10] is not None


def render(context, name, request, **form):
    request.form.update(form)
    view = api.content.get_view(name, context, request)
    return view()


def test_csv_export(november, portal, http_request):
    body = render(portal["zh-cn"], "assessment.csv", http_request, month="2026-11")
    assert http_request.response.getHeader("Content-Type").startswith("text/csv")
    assert "assessment-2026-11.csv" in http_request.response.getHeader(
        "Content-Disposition"
    )
    import csv

    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))
    header, lines = rows[0], {row[1]: row for row in rows[1:]}
    # the staff's language: Chinese
    assert header[:4] == ["月份", "单位代码", "单位", "得分"]
    assert header[4:] == [
        "滞后栏目",
        "其他未按时更新栏目",
        "空白栏目",
        "超期未答复信件",
        "三个月以上未答复信件",
        "首页未更新",
        "单项否决",
    ]
    assert lines["fgw"][:4] == ["2026-11", "fgw", "发展和改革委员会", "84.0"]
    assert lines["fgw"][4:] == ["1", "0", "4", "1", "0", "0", "0"]
    assert set(lines) == set(TEST_UNITS)


def test_xlsx_export(november, portal, http_request):
    from openpyxl import load_workbook

    body = render(portal["zh-cn"], "assessment.xlsx", http_request, month="2026-11")
    assert http_request.response.getHeader("Content-Type") == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    sheet = load_workbook(io.BytesIO(body)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("月份", "单位代码", "单位", "得分")
    fgw = next(row for row in rows if row[1] == "fgw")
    assert fgw[:4] == ("2026-11", "fgw", "发展和改革委员会", 84.0)
    assert fgw[4:] == (1, 0, 4, 1, 0, 0, 0)


def test_department_page_shows_only_its_score(november, department_a, http_request):
    html = render(department_a, "assessment", http_request, month="2026-11")
    assert "发展和改革委员会" in html
    assert "教育局" not in html
    assert "84.0" in html


def test_page_names_departments_in_its_language(november, portal, http_request):
    # recorded in Chinese (the assessed language), read on the Uyghur page
    html = render(portal["ug"], "assessment", http_request, month="2026-11")
    assert "تەرەققىيات ۋە ئىسلاھات كومىتېتى" in html
    assert "发展和改革委员会" not in html
