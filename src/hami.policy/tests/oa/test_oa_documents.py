"""Official documents from draft to the recipients' reply, as the people who
take each step, and as those who must be refused."""

from datetime import timedelta
from hami.policy.cases.clock import today
from hami.policy.cases.steps import take
from hami.policy.errors import Refused
from hami.policy.oa import receipts
from hami.policy.oa.steps import STEPS
from hami.policy.oa.tasks import my_work
from plone import api
from plone.namedfile.file import NamedBlobFile
from zope.interface import Invalid

import pytest


# From data/staff.csv (units of the test layer): fgw issues, jyj and gsj receive.
DRAFTER = "hm0079"  # fgw, 科员
FGW_OFFICE = "hm0078"  # fgw, 办公室科员
FGW_HEAD = "hm0074"  # fgw, 局长
FGW_COLLEAGUE = "hm0080"
JYJ_OFFICE = "hm0097"
JYJ_STAFF = "hm0098"
JYJ_OTHER = "hm0099"
GSJ_OFFICE = "hm0341"
GSJ_STAFF = "hm0343"
OUTSIDER = "hm0416"  # hms, a county: neither issues nor receives


def pdf():
    return NamedBlobFile(b"%PDF-1.4\n%signed\n", filename="signed.pdf")


def as_user(userid, function, *args, **kwargs):
    with api.env.adopt_user(username=userid):
        return function(*args, **kwargs)


def draft(portal, **fields):
    values = {
        "title": "关于做好2026年冬季供暖保障工作的通知",
        "kind": "notice",
        "issuing_unit": "fgw",
        "main_recipients": ["jyj", "gsj"],
        "copy_recipients": [],
        "urgency": "urgent",
        "classification": "none",
    }
    values.update(fields)

    def create():
        return api.content.create(
            container=portal["oa"]["documents"], type="OfficialDocument", **values
        )

    return as_user(UNITS[values["issuing_unit"]][0], create)


# per issuing unit: who drafts, whose office checks, who signs
UNITS = {
    "fgw": (DRAFTER, FGW_OFFICE, FGW_HEAD),
    "jyj": (JYJ_STAFF, JYJ_OFFICE, "hm0094"),
}


def to_signed(portal, **fields):
    drafter, office, head = UNITS[fields.get("issuing_unit", "fgw")]
    document = draft(portal, **fields)
    as_user(drafter, api.content.transition, obj=document, transition="submit")
    as_user(office, take, document, STEPS["check"], {})
    as_user(head, take, document, STEPS["sign"], {"opinion": "同意印发"})
    return document


def issued(portal, **fields):
    document = to_signed(portal, **fields)
    office = UNITS[fields.get("issuing_unit", "fgw")][1]
    as_user(office, take, document, STEPS["register"], {"signed_pdf": pdf()})
    return document


def can_view(userid, obj) -> bool:
    with api.env.adopt_user(username=userid):
        return bool(api.user.has_permission("View", obj=obj))


def test_the_area_is_for_staff_only(portal):
    area = portal["oa"]
    assert can_view(DRAFTER, area)
    assert can_view(JYJ_STAFF, area["directory"])
    assert "Anonymous" not in [
        r["name"] for r in area.rolesOfPermission("View") if r["selected"]
    ]
    anonymous = api.content.find(portal_type=["OAFolder", "Person"])
    assert not anonymous  # not even in the catalog's answer to a visitor


def test_the_whole_way_of_a_document(portal):
    document = issued(portal)
    assert api.content.get_state(document) == "issued"
    year = today().year
    assert document.doc_number == f"哈发改发〔{year}〕1号"
    assert document.signer == FGW_HEAD and document.sign_opinion == "同意印发"
    # the recipients' offices see it waiting for them
    work = {w["kind"]: w for w in as_user(JYJ_OFFICE, my_work)}
    assert work["sign"]["count"] == 1
    as_user(JYJ_OFFICE, receipts.sign_for, document, "jyj")
    deadline = today() + timedelta(days=5)
    as_user(JYJ_OFFICE, receipts.assign, document, "jyj", JYJ_STAFF, deadline)
    as_user(JYJ_OFFICE, receipts.circulate, document, "jyj", [JYJ_OTHER])
    work = {w["kind"]: w for w in as_user(JYJ_STAFF, my_work)}
    assert work["handle"]["count"] == 1
    assert {w["kind"]: w for w in as_user(JYJ_OTHER, my_work)}["read"]["count"] == 1
    as_user(JYJ_OTHER, receipts.mark_read, document, "jyj")
    assert receipts.receipt_of(document, "jyj").readers[JYJ_OTHER]
    as_user(JYJ_STAFF, receipts.close, document, "jyj", "已落实")
    assert receipts.receipt_of(document, "jyj").stage == "closed"
    # gsj has not signed for it: the issuing office chases (test_oa_mails)
    as_user(FGW_OFFICE, receipts.chase, document, "gsj")
    assert len(receipts.receipt_of(document, "gsj").chases) == 1


def test_numbers_run_per_office_and_year(portal):
    first = issued(portal)
    second = issued(portal, title="第二份通知")
    other = issued(
        portal,
        issuing_unit="jyj",
        title="教育局的函",
        kind="letter",
        main_recipients=["fgw"],
    )
    assert first.doc_number.endswith("1号") and second.doc_number.endswith("2号")
    assert other.doc_number.startswith("哈教发")
    assert other.doc_number.endswith(f"〔{today().year}〕1号")


def test_a_unit_reads_only_what_is_addressed_to_it_or_issued_by_it(portal):
    document = draft(portal)
    assert can_view(FGW_COLLEAGUE, document)  # the issuing unit's staff
    assert not can_view(JYJ_STAFF, document)  # a recipient, not yet issued
    assert not can_view(OUTSIDER, document)  # another unit never
    document = issued(portal)
    assert can_view(JYJ_STAFF, document) and can_view(GSJ_STAFF, document)
    assert not can_view(OUTSIDER, document)


@pytest.mark.parametrize(
    "user, step", [(DRAFTER, "check"), (JYJ_OFFICE, "check"), (FGW_HEAD, "check")]
)
def test_only_the_issuing_office_checks(portal, user, step):
    document = draft(portal)
    as_user(DRAFTER, api.content.transition, obj=document, transition="submit")
    with pytest.raises(Refused):
        as_user(user, take, document, STEPS[step], {})
    assert api.content.get_state(document) == "checking"


def test_only_the_signer_signs_and_the_office_cannot(portal):
    document = draft(portal)
    as_user(DRAFTER, api.content.transition, obj=document, transition="submit")
    as_user(FGW_OFFICE, take, document, STEPS["check"], {})
    for user in (FGW_OFFICE, DRAFTER, JYJ_OFFICE, "hm0094"):  # hm0094 heads jyj
        with pytest.raises(Refused):
            as_user(user, take, document, STEPS["sign"], {"opinion": "同意"})
    assert api.content.get_state(document) == "signing"
    assert not document.signer


def test_a_returned_draft_goes_back_with_its_reason(portal):
    document = draft(portal)
    as_user(DRAFTER, api.content.transition, obj=document, transition="submit")
    as_user(FGW_OFFICE, take, document, STEPS["return"], {"reason": "文号格式不对"})
    assert api.content.get_state(document) == "draft"
    work = {w["kind"]: w for w in as_user(DRAFTER, my_work)}
    assert work["redraft"]["count"] == 1


def test_a_signed_document_never_changes(portal):
    document = to_signed(portal)
    for user in (DRAFTER, FGW_OFFICE, FGW_HEAD):
        with api.env.adopt_user(username=user):
            assert not api.user.has_permission("Modify portal content", obj=document)
    as_user(FGW_OFFICE, take, document, STEPS["register"], {"signed_pdf": pdf()})
    for user in (DRAFTER, FGW_OFFICE, FGW_HEAD, JYJ_OFFICE):
        with api.env.adopt_user(username=user):
            assert not api.user.has_permission("Modify portal content", obj=document)
            assert not api.user.has_permission("Add portal content", obj=document)


def test_registration_needs_a_real_pdf(portal):
    document = to_signed(portal)
    fake = NamedBlobFile(b"GIF89a not a pdf", filename="scan.pdf")
    with pytest.raises(Refused) as refused:
        as_user(FGW_OFFICE, take, document, STEPS["register"], {"signed_pdf": fake})
    assert refused.value.field == "signed_pdf"
    assert api.content.get_state(document) == "signed"
    assert not document.doc_number
    from hami.policy.oa.numbering import last_number

    assert last_number("fgw", today().year) == 0


def test_classified_documents_are_refused_with_the_reason(portal):
    from hami.policy.content.official_document import IOfficialDocument

    field = IOfficialDocument["classification"]
    with pytest.raises(Exception) as error:
        field.validate("secret")
    from zope.i18n import translate

    assert "confidential channel" in translate(error.value.doc())
    field.validate("internal")


def test_a_request_goes_to_one_main_recipient(portal):
    from hami.policy.content.official_document import IOfficialDocument

    class Data:
        kind = "request"
        main_recipients = ("jyj", "gsj")

    with pytest.raises(Invalid):
        IOfficialDocument.validateInvariants(Data())
    Data.main_recipients = ("jyj",)
    IOfficialDocument.validateInvariants(Data())


def test_receipt_actions_refuse_the_wrong_people_and_write_nothing(portal):
    document = issued(portal)
    with pytest.raises(Refused):
        as_user(JYJ_STAFF, receipts.sign_for, document, "jyj")  # not the office
    with pytest.raises(Refused):
        as_user(GSJ_OFFICE, receipts.sign_for, document, "jyj")  # another unit
    assert not receipts.receipt_of(document, "jyj").signed_on
    as_user(JYJ_OFFICE, receipts.sign_for, document, "jyj")
    with pytest.raises(Refused):  # a deadline in the past
        as_user(
            JYJ_OFFICE,
            receipts.assign,
            document,
            "jyj",
            JYJ_STAFF,
            today() - timedelta(days=1),
        )
    with pytest.raises(Refused):  # somebody of another unit
        as_user(JYJ_OFFICE, receipts.assign, document, "jyj", GSJ_STAFF, today())
    assert receipts.receipt_of(document, "jyj").handler is None
    with pytest.raises(Refused):  # only the issuing office chases
        as_user(JYJ_OFFICE, receipts.chase, document, "gsj")


def test_a_request_is_closed_only_with_a_reply(portal):
    document = issued(portal, kind="request", main_recipients=["jyj"])
    as_user(JYJ_OFFICE, receipts.sign_for, document, "jyj")
    with pytest.raises(Refused) as refused:
        as_user(JYJ_OFFICE, receipts.close, document, "jyj", "")
    assert refused.value.field == "reply"
    as_user(JYJ_OFFICE, receipts.close, document, "jyj", "同意。")
    assert receipts.receipt_of(document, "jyj").reply == "同意。"
