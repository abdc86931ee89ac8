"""A department with known publication dates, at a frozen moment."""

from DateTime import DateTime
from datetime import datetime
from hami.policy.cases import clock
from plone import api

import itertools
import pytest
import transaction


_ids = itertools.count()


@pytest.fixture
def at(monkeypatch):
    """Freeze the portal's clock at noon Beijing time on a day "YYYY-MM-DD"."""

    def at(day: str, hour: int = 12):
        moment = clock.TIMEZONE.localize(
            datetime.strptime(day, "%Y-%m-%d").replace(hour=hour)
        )
        monkeypatch.setattr(clock, "now", lambda: moment)
        return moment

    return at


@pytest.fixture
def publish(portal):
    """Publish a new item in a column on a day (10:00 Beijing time)."""

    def publish(column, day: str, portal_type: str | None = None, state="published"):
        if portal_type is None:  # what the column takes first
            allowed = [fti.getId() for fti in column.allowedContentTypes()]
            portal_type = "Document" if "Document" in allowed else allowed[0]
        with api.env.adopt_roles(["Manager"]):
            item = api.content.create(
                container=column,
                type=portal_type,
                id=f"item-{next(_ids)}",
                title=f"Published on {day}",
            )
            item.setEffectiveDate(DateTime(f"{day} 10:00 GMT+8"))
            if state == "published":
                api.content.transition(obj=item, transition="publish")
            item.reindexObject()
        return item

    return publish


@pytest.fixture
def add_columns(portal):
    """Add columns of a kind and cadence to a department (created long ago)."""

    def add_columns(department, count: int, kind: str = "news", cadence: str = "2w"):
        columns = []
        with api.env.adopt_roles(["Manager"]):
            for _number in range(count):
                column = api.content.create(
                    container=department,
                    type="Column",
                    id=f"column-{next(_ids)}",
                    title=f"{kind} column",
                    column_kind=kind,
                    cadence=cadence,
                )
                column.creation_date = DateTime("2020/01/01 GMT+8")
                column.reindexObject()
                columns.append(column)
        return columns

    return add_columns


@pytest.fixture
def site_of(portal):
    """The supervision report of a department's site, now."""
    from hami.policy.supervision.freshness import Supervision

    def site_of(department):
        supervision = Supervision("zh-cn")
        return supervision.department_sites(department.unit_id)[0]

    return site_of


@pytest.fixture
def status_of(portal):
    from hami.policy.supervision.freshness import Supervision

    def status_of(column):
        supervision = Supervision("zh-cn")
        brain = api.content.find(UID=column.UID())[0]
        return supervision.column(brain)

    return status_of


@pytest.fixture(autouse=True)
def old_columns(request):
    """The test site's columns were created when the layer was set up (today);
    the tests travel in time, so date the columns back to 2020."""
    functional = "functional_portal" in request.fixturenames
    request.getfixturevalue("functional_portal" if functional else "portal")
    with api.env.adopt_roles(["Manager"]):
        for brain in api.content.find(portal_type="Column"):
            column = brain.getObject()
            column.creation_date = DateTime("2020/01/01 GMT+8")
            column.reindexObject(idxs=["created"])
    if functional:
        transaction.commit()


_addresses = itertools.count(1)


@pytest.fixture
def letter(portal, at):
    """A letter received on a day, accepted for a unit; answered on a day."""
    from hami.policy.mailbox.submission import submit
    from plone.app.testing import login
    from plone.app.testing import logout
    from plone.app.testing import SITE_OWNER_NAME
    from support import letter_form

    def letter(received: str, unit: str = "fgw", answered: str | None = None):
        at(received, 10)
        logout()
        number = next(_addresses)
        item, _duplicate = submit(
            letter_form(
                addressed_to=unit, body=f"第{number}封信：小区供暖温度只有12度。"
            ),
            f"10.1.0.{number}",
        )
        login(portal.aq_parent, SITE_OWNER_NAME)
        with api.env.adopt_roles(["Manager"]):
            api.content.transition(obj=item, transition="start_review")
            item.handling_department = unit
            api.content.transition(obj=item, transition="accept")
            if answered:
                at(answered, 10)
                item.answer = "答复"
                for transition in ("submit_answer", "approve_answer", "approve_final"):
                    api.content.transition(obj=item, transition=transition)
        return item

    return letter
