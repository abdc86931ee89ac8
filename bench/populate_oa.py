"""Fill office automation with official documents for the benchmarks.

bin/instance run bench/populate_oa.py COUNT [FIRST]

Creates COUNT documents numbered from FIRST, issued by the 54 units in turn,
each to two to four other units: four in five issued (their receipts at every
stage: sent, signed for, assigned with a deadline, some past, closed), the
rest in draft, checking, signing or signed. The workflow state is set as its
steps would leave it, without running them one by one; committed in batches.
"""

from AccessControl.SecurityManagement import newSecurityManager
from AccessControl.SpecialUsers import system
from datetime import timedelta
from hami.policy.cases.clock import now
from hami.policy.cases.clock import today
from hami.policy.oa.numbering import take_number
from hami.policy.oa.receipts import distribute
from hami.policy.oa.receipts import receipt_of
from hami.policy.organisation.data import units
from plone import api
from Testing.makerequest import makerequest
from zope.component.hooks import setSite

import random
import sys
import transaction


STATES = ("draft", "checking", "signing", "signed")


def main(app, count: int, first: int) -> None:
    app = makerequest(app)
    newSecurityManager(None, system)
    site = app["hami"]
    setSite(site)
    ids = [unit.id for unit in units()]
    rng = random.Random(first)  # noqa: S311 - invented documents
    folder = site["oa"]["documents"]
    workflow = api.portal.get_tool("portal_workflow")
    for number in range(first, first + count):
        issuer = ids[number % len(ids)]
        recipients = rng.sample([u for u in ids if u != issuer], rng.randint(2, 4))
        document = api.content.create(
            container=folder,
            type="OfficialDocument",
            id=f"bench-{number}",
            title=f"关于做好第{number}项工作的通知",
            kind="notice",
            issuing_unit=issuer,
            main_recipients=recipients[:2],
            copy_recipients=recipients[2:],
            urgency="normal",
            classification="none",
        )
        state = "issued" if rng.random() < 0.8 else rng.choice(STATES)
        if state in ("signed", "issued"):
            document.signer, document.sign_opinion = "bench", "同意"
            document.signed_on = today()
        if state == "issued":
            _, document.doc_number = take_number(issuer, today().year)
            document.issued_on = today()
            distribute(document)
            for unit in recipients:
                receipt = receipt_of(document, unit)
                stage = rng.random()
                if stage > 0.25:
                    receipt.signed_by, receipt.signed_on = "bench", now()
                if stage > 0.5:
                    receipt.handler = "bench"
                    receipt.deadline = today() + timedelta(days=rng.randint(-10, 20))
                if stage > 0.8:
                    receipt.closed_by, receipt.closed_on = "bench", now()
        status = workflow.getStatusOf("hami_oa_document_workflow", document)
        status = dict(status or {}, review_state=state, time=now())
        workflow.setStatusOf("hami_oa_document_workflow", document, status)
        workflow.getWorkflowById("hami_oa_document_workflow").updateRoleMappingsFor(
            document
        )
        document.reindexObject()
        if number % 500 == 0:
            transaction.commit()
            print(f"{number - first + 1} documents", flush=True)
    transaction.commit()


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a.isdigit()]
    main(app, int(arguments[0]), int(arguments[1]) if len(arguments) > 1 else 0)  # noqa: F821
