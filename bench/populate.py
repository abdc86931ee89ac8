"""Fill the portal with published items for the benchmarks.

bin/instance run bench/populate.py COUNT [FIRST]

Gives every Chinese department sub-site ten columns (the six standard ones and
four monthly to yearly ones: plans, appointments, statistics, reports), then
creates COUNT published items numbered from FIRST, spread over the
departments and nine of their columns (the leaders column stays empty, as it
would on a real portal), with publication dates over the last two years;
committed in batches. Run as the system user.
"""

from AccessControl.SecurityManagement import newSecurityManager
from AccessControl.SpecialUsers import system
from DateTime import DateTime
from plone import api
from Testing.makerequest import makerequest
from zope.component.hooks import setSite

import random
import sys
import time
import transaction


EXTRA_COLUMNS = (
    ("plans", "规划计划", "1m"),
    ("appointments", "人事任免", "3m"),
    ("statistics", "统计数据", "3m"),
    ("reports", "工作报告", "12m"),
)
KINDS = (
    ("news", "News Item"),
    ("notices", "Document"),
    ("policies", "PolicyDocument"),
    ("guides", "Document"),
    ("overview", "Document"),
    ("plans", "Document"),
    ("appointments", "Document"),
    ("statistics", "Document"),
    ("reports", "Document"),
)


def ensure_columns(department) -> None:
    for column_id, title, cadence in EXTRA_COLUMNS:
        if column_id not in department:
            api.content.create(
                container=department,
                type="Column",
                id=column_id,
                title=title,
                column_kind="other",
                cadence=cadence,
            )


def main(app, count: int, first: int) -> None:
    app = makerequest(app)
    newSecurityManager(None, system)
    site = app["hami"]
    setSite(site)
    departments = [
        brain.getObject()
        for brain in api.content.find(portal_type="Department", Language="zh-cn")
    ]
    for department in departments:
        ensure_columns(department)
    transaction.commit()
    workflow = api.portal.get_tool("portal_workflow")
    rng = random.Random(2004 + first)  # noqa: S311 - spreads dates, nothing secret
    start = time.monotonic()
    for number in range(first, first + count):
        department = departments[number % len(departments)]
        column_id, portal_type = KINDS[(number // len(departments)) % len(KINDS)]
        extra = {}
        if portal_type == "PolicyDocument":
            extra = {
                "document_number": f"哈行署发〔2004〕{number}号",
                "issuing_authority": department.Title(),
                "date_of_issue": DateTime("2004/01/01").asdatetime().date(),
            }
        item = api.content.create(
            container=department[column_id],
            type=portal_type,
            id=f"bench-{number}",
            title=f"{department.Title()}基准测试条目{number}",
            **extra,
        )
        workflow.doActionFor(item, "publish")
        item.setEffectiveDate(DateTime() - rng.randint(0, 730))
        item.reindexObject(idxs=["effective", "EffectiveDate"])
        if number % 500 == 499:
            transaction.commit()
            print(f"{number + 1} items, {time.monotonic() - start:.0f} s", flush=True)
    transaction.commit()


if __name__ == "__main__":
    numbers = [int(value) for value in sys.argv[1:] if value.isdigit()]
    main(app, numbers[0], numbers[1] if len(numbers) > 1 else 0)  # noqa: F821 - `app` is given by `bin/instance run`
