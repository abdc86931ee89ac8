"""The annual work report's figures and its Excel file."""

from plone import api

import io


def test_figures_of_a_year(
    portal, department_a, department_b, publish, letter, at, http_request
):
    from hami.policy.supervision.annual import items_published
    from openpyxl import load_workbook

    # the service guides the test site was built with are published this year
    guides = items_published(2026, "zh-cn")
    assert set(guides) <= {"jyj", "gsj", "hms", "service-centre", "egov", "mailbox"}
    assert {kind for counts in guides.values() for kind in counts} <= {"guides"}
    already = sum(sum(counts.values()) for counts in guides.values())
    publish(department_a["news"], "2025-12-31")  # last year
    publish(department_a["news"], "2026-01-05")
    publish(department_a["news"], "2026-06-05")
    publish(department_a["policies"], "2026-03-01")
    publish(department_b["notices"], "2026-04-01")
    publish(department_b["notices"], "2026-05-01", state="draft")  # not published
    letter("2026-03-02", "fgw", answered="2026-03-03")
    letter("2026-03-02", "jyj")
    at("2026-11-16")

    http_request.form["year"] = "2026"
    view = api.content.get_view("annual-report", portal["zh-cn"], http_request)
    rows = {row["unit"]: row for row in view.report()["rows"]}
    assert rows["fgw"]["items"] == {"news": 2, "policy": 1}
    assert rows["fgw"]["items_total"] == 3
    assert rows["fgw"]["letters_received"] == 1
    assert rows["fgw"]["letters_answered"] == 1
    assert rows["jyj"]["items"].get("notices") == 1
    assert rows["jyj"]["letters_received"] == 1
    assert rows["jyj"]["letters_answered"] == 0
    assert rows["*"]["items_total"] == 4 + already
    assert rows["*"]["letters_received"] == 2

    page = view()
    assert "2026" in page and "发展和改革委员会" in page

    export = api.content.get_view("annual-report.xlsx", portal["zh-cn"], http_request)
    sheet = load_workbook(io.BytesIO(export())).active
    values = list(sheet.iter_rows(values_only=True))
    header = values[0]
    fgw = next(row for row in values if row[0] == "发展和改革委员会")
    line = dict(zip(header, fgw, strict=True))
    assert line["已发布信息"] == 3
    assert line["收到信件"] == 1
    assert line["答复信件"] == 1
    assert values[-1][0] == "全部单位"
    assert sheet.title == "2026"


def test_applications_in_the_report(portal, at, apply):
    from hami.policy.supervision.annual import report
    from plone.app.testing import login
    from plone.app.testing import SITE_OWNER_NAME

    applications = []
    for day, address in (
        ("2025-12-30", "10.3.0.1"),
        ("2026-02-02", "10.3.0.2"),
        ("2026-02-03", "10.3.0.3"),
    ):
        at(day, 10)
        application, _receipt = apply(
            address=address, fields={"company_name": f"哈密天山商贸有限公司{address}"}
        )
        applications.append(application)
    at("2026-02-05", 10)
    login(portal.aq_parent, SITE_OWNER_NAME)
    with api.env.adopt_roles(["Manager"]):
        for application in applications[:2]:
            api.content.transition(obj=application, transition="accept")
            api.content.transition(obj=application, transition="start_review")
            application.decision_note = "准予变更登记。"
            api.content.transition(obj=application, transition="approve")
    at("2026-11-16")
    rows = {row["unit"]: row for row in report(2026, "zh-cn")["rows"]}
    assert rows["gsj"]["applications_received"] == 2  # one came in 2025
    assert rows["gsj"]["applications_decided"] == 2
    assert rows["*"]["applications_received"] == 2
    assert rows["fgw"]["applications_received"] == 0
