"""Incoming documents (收文): registered by a general office, proposed,
instructed by the head, handled by the units assigned by the deadline."""

from datetime import timedelta
from hami.policy.cases.clock import today
from hami.policy.cases.steps import take
from hami.policy.errors import Refused
from hami.policy.oa import receipts
from hami.policy.oa.steps import INCOMING_STEPS
from hami.policy.oa.tasks import my_work
from plone import api
from plone.namedfile.file import NamedBlobFile
from test_oa_documents import as_user
from test_oa_documents import can_view
from test_oa_documents import DRAFTER
from test_oa_documents import FGW_HEAD
from test_oa_documents import FGW_OFFICE
from test_oa_documents import GSJ_OFFICE
from test_oa_documents import JYJ_OFFICE
from test_oa_documents import JYJ_STAFF
from test_oa_documents import OUTSIDER
from zope.interface import Invalid

import pytest


def register(portal, user=FGW_OFFICE, **fields):
    values = {
        "title": "自治区人民政府办公厅关于做好冬春季森林草原防火工作的通知",
        "source": "自治区人民政府办公厅",
        "source_number": "新政办发〔2026〕88号",
        "receiving_unit": "fgw",
        "scan": NamedBlobFile(b"%PDF-1.4 scan", filename="scan.pdf"),
    }
    values.update(fields)

    def create():
        return api.content.create(
            container=portal["oa"]["documents"], type="IncomingDocument", **values
        )

    return as_user(user, create)


def instructed(portal):
    document = register(portal)
    as_user(
        FGW_OFFICE,
        take,
        document,
        INCOMING_STEPS["propose"],
        {"proposal": "拟请分管领导阅示，交教育局、工商局办理。"},
    )
    as_user(
        FGW_HEAD,
        take,
        document,
        INCOMING_STEPS["instruct"],
        {
            "instruction": "请教育局、工商局认真落实。",
            "handling_units": ["jyj", "gsj"],
            "deadline": today() + timedelta(days=10),
        },
    )
    return document


def test_registration_gives_a_number_per_office_and_year(portal):
    first = register(portal)
    second = register(portal, title="第二份来文")
    year = today().year
    assert first.doc_number == f"哈发改收〔{year}〕1号"
    assert second.doc_number == f"哈发改收〔{year}〕2号"
    assert api.content.get_state(first) == "registered"


def test_only_the_office_registers(portal):
    from hami.policy.content.incoming_document import IIncomingDocument

    class Data:
        receiving_unit = "fgw"

    with api.env.adopt_user(username=DRAFTER), pytest.raises(Invalid):
        IIncomingDocument.validateInvariants(Data())
    with api.env.adopt_user(username=FGW_OFFICE):
        IIncomingDocument.validateInvariants(Data())


def test_proposal_instruction_and_handling(portal):
    document = register(portal)
    work = {w["kind"]: w for w in as_user(FGW_OFFICE, my_work)}
    assert work["propose"]["count"] == 1
    as_user(
        FGW_OFFICE,
        take,
        document,
        INCOMING_STEPS["propose"],
        {"proposal": "拟请阅示。"},
    )
    work = {w["kind"]: w for w in as_user(FGW_HEAD, my_work)}
    assert work["instruct"]["count"] == 1
    # the office cannot instruct, a handling unit neither
    for user in (FGW_OFFICE, JYJ_OFFICE):
        with pytest.raises(Refused):
            as_user(
                user,
                take,
                document,
                INCOMING_STEPS["instruct"],
                {
                    "instruction": "同意",
                    "handling_units": ["jyj"],
                    "deadline": today() + timedelta(days=3),
                },
            )
    assert api.content.get_state(document) == "instructing"
    assert not can_view(JYJ_STAFF, document)
    as_user(
        FGW_HEAD,
        take,
        document,
        INCOMING_STEPS["instruct"],
        {
            "instruction": "请教育局、工商局认真落实。",
            "handling_units": ["jyj", "gsj"],
            "deadline": today() + timedelta(days=10),
        },
    )
    assert api.content.get_state(document) == "distributed"
    assert can_view(JYJ_STAFF, document) and not can_view(OUTSIDER, document)
    assert receipts.receipt_of(document, "jyj").deadline == today() + timedelta(days=10)
    work = {w["kind"]: w for w in as_user(GSJ_OFFICE, my_work)}
    assert work["sign"]["count"] == 1
    as_user(JYJ_OFFICE, receipts.sign_for, document, "jyj")
    with pytest.raises(Refused):  # an answer is asked for
        as_user(JYJ_OFFICE, receipts.close, document, "jyj", "")
    as_user(JYJ_OFFICE, receipts.close, document, "jyj", "已部署全系统防火检查。")
    as_user(FGW_OFFICE, receipts.chase, document, "gsj")


def test_a_deadline_in_the_past_is_refused(portal):
    document = register(portal)
    as_user(FGW_OFFICE, take, document, INCOMING_STEPS["propose"], {"proposal": "拟办"})
    with pytest.raises(Refused) as refused:
        as_user(
            FGW_HEAD,
            take,
            document,
            INCOMING_STEPS["instruct"],
            {
                "instruction": "办理",
                "handling_units": ["jyj"],
                "deadline": today() - timedelta(days=1),
            },
        )
    assert refused.value.field == "deadline"
    assert api.content.get_state(document) == "instructing"
    assert not document.handling_units


def test_the_head_sends_it_back(portal):
    document = register(portal)
    as_user(FGW_OFFICE, take, document, INCOMING_STEPS["propose"], {"proposal": "拟办"})
    as_user(
        FGW_HEAD,
        take,
        document,
        INCOMING_STEPS["return_to_office"],
        {"reason": "请写明承办单位"},
    )
    assert api.content.get_state(document) == "registered"
    assert document.return_reason == "请写明承办单位"
