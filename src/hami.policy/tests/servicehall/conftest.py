import pytest


SERVICE = "business-licence-change"  # 工商行政管理局 (gsj), five working days

STAFF = {
    "centre": ("service-centre-editors",),
    "handler": ("gsj-editors",),
    "head": ("gsj-reviewers",),
    "other": ("jyj-editors",),
    "leader": ("leadership",),
    "member": (),
}


@pytest.fixture
def staff(portal):
    from support import create_users

    create_users(STAFF)
    return STAFF


@pytest.fixture
def guide(portal):
    from hami.policy.servicehall.settings import guide_for

    return guide_for(SERVICE, "zh-cn")


@pytest.fixture
def apply(portal, guide):
    """Apply as an anonymous citizen; returns the stored application."""
    from hami.policy.servicehall.settings import application_box
    from hami.policy.servicehall.submission import ApplicationForm
    from hami.policy.servicehall.submission import submit
    from plone.app.testing import logout

    def apply(service_guide=None, address="10.2.0.1", **changes):
        logout()
        target = service_guide or guide
        values = {
            "service_code": target.service_code,
            "applicant_name": "马建国",
            "id_number": "652201198001011234",
            "phone": "13999001122",
            "email": "",
            "fields": {"company_name": "哈密天山商贸有限公司"},
            "files": [("documents", "scan.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 64)],
        }
        values.update(changes)
        receipt = submit(ApplicationForm(**values), target, address)
        box = application_box()
        return box[box._hami_tracking[receipt.tracking_number]], receipt

    return apply
