"""A meeting notice (会议通知) and an internal notice (内部通知).

A meeting is organised by a unit and addressed to units, whose general offices
answer who attends (参会回执) by a deadline; the organiser sees the answers and
exports the attendance list. Its minutes (纪要) are an official document of
that kind. An internal notice goes to all staff or chosen units; each reader
records their reading.
"""

from hami.policy import _
from hami.policy.content.official_document import IHandledDocument
from plone.app.textfield import RichText
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.dexterity.content import Item
from plone.supermodel import model
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from zope import schema
from zope.interface import implementer
from zope.interface import Invalid
from zope.interface import invariant


class IMeeting(model.Schema, IHandledDocument):
    title = schema.TextLine(title=_("Title"), required=True, max_length=200)
    organiser_unit = schema.Choice(
        title=_("Organised by"), vocabulary="hami.policy.Departments", required=True
    )
    start = schema.Datetime(title=_("Begins"), required=True)
    place = schema.TextLine(title=_("Place"), required=True, max_length=200)
    agenda = schema.Text(title=_("Agenda"), required=False, max_length=10000)
    # a list of checkboxes: clearer for 54 units than two select boxes
    directives.widget("invited_units", CheckBoxFieldWidget)
    invited_units = schema.List(
        title=_("Units invited"),
        value_type=schema.Choice(vocabulary="hami.policy.Departments"),
        required=True,
        min_length=1,
    )
    answer_by = schema.Datetime(
        title=_("Answers by"),
        description=_("The invited units say who attends before this moment."),
        required=True,
    )

    @invariant
    def answers_before_the_meeting(data):
        start, answer_by = (
            getattr(data, "start", None),
            getattr(data, "answer_by", None),
        )
        if start and answer_by and answer_by > start:
            raise Invalid(
                _(
                    "error_answer_after_start",
                    default="The answers must be due before the meeting begins.",
                )
            )


@implementer(IMeeting)
class Meeting(Container):
    def owner_unit(self) -> str:
        return self.organiser_unit

    def recipients(self) -> list[str]:
        return list(self.invited_units or ())

    prefecture_level = False


class INotice(model.Schema, IHandledDocument):
    title = schema.TextLine(title=_("Title"), required=True, max_length=200)
    issuing_unit = schema.Choice(
        title=_("Issuing unit"), vocabulary="hami.policy.Departments", required=True
    )
    all_staff = schema.Bool(title=_("To all staff"), required=False, default=False)
    directives.widget("units", CheckBoxFieldWidget)
    units = schema.List(
        title=_("To these units"),
        value_type=schema.Choice(vocabulary="hami.policy.Departments"),
        required=False,
        default=[],
    )
    text = RichText(title=_("Text"), required=True)

    @invariant
    def somebody_reads_it(data):
        if not getattr(data, "all_staff", False) and not getattr(data, "units", None):
            raise Invalid(
                _(
                    "error_notice_nobody",
                    default="Send the notice to all staff or choose the units.",
                )
            )


@implementer(INotice)
class Notice(Item):
    def owner_unit(self) -> str:
        return self.issuing_unit

    def recipients(self) -> list[str]:
        return [] if self.all_staff else list(self.units or ())

    prefecture_level = False
