"""Fill the portal with published items for the benchmarks.

bin/instance run bench/populate.py COUNT

News items, notices and policy documents spread over every department's
columns in Chinese, published with dates over the last two years; committed in
batches. Run as the system user.
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


KINDS = (("news", "News Item"), ("notices", "Document"), ("policies", "PolicyDocument"))


def main(app, count: int) -> None:
    app = makerequest(app)
    newSecurityManager(None, system)
    site = app["hami"]
    setSite(site)
    departments = [
        brain.getObject()
        for brain in api.content.find(portal_type="Department", Language="zh-cn")
    ]
    workflow = api.portal.get_tool("portal_workflow")
    rng = random.Random(2004)  # noqa: S311 - spreads dates, nothing secret
    start = time.monotonic()
    for number in range(count):
        department = departments[number % len(departments)]
        column_id, portal_type = KINDS[number % len(KINDS)]
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
    main(app, int(sys.argv[-1]))  # noqa: F821 - `app` is given by `bin/instance run`
