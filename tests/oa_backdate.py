"""Run by the tests with `bin/instance run`: let a week pass for one receipt
of a document (its deadline becomes yesterday), as the daily job would find it.

    bin/instance run tests/oa_backdate.py <path of the document> <unit>
"""

from datetime import timedelta
from hami.policy.cases.clock import today
from hami.policy.oa.receipts import receipt_of
from zope.component.hooks import setSite

import sys
import transaction


def main(app, path: str, unit: str) -> None:
    document = app.unrestrictedTraverse(path)
    setSite(document.getPhysicalRoot()[path.strip("/").split("/")[0]])
    receipt = receipt_of(document, unit)
    receipt.deadline = today() - timedelta(days=1)
    document.reindexObject(idxs=["oa_tasks", "oa_due"])
    transaction.commit()
    print(f"{unit}: deadline {receipt.deadline}")


if __name__ == "__main__":
    main(app, sys.argv[-2], sys.argv[-1])  # noqa: F821 - `app` is given by bin/instance run
