"""Helpers shared by the tests (not fixtures)."""

from hami.policy.mailbox.submission import LetterForm


JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64


def letter_form(**changes) -> LetterForm:
    values = {
        "letter_type": "complaint",
        "addressed_to": "mailbox",
        "title": "小区供暖不达标",
        "body": "我叫李明，住在哈密市建国南路3号，电话13899887766，家中暖气温度只有12度。",
        "name": "李明",
        "phone": "13899887766",
        "email": "liming@example.cn",
        "publish_consent": True,
        "language": "zh-cn",
        "attachments": [],
    }
    values.update(changes)
    return LetterForm(**values)


def decoded(message) -> str:
    """The text of a mail, headers and body, decoded."""
    from email.header import decode_header
    from email.header import make_header

    subject = str(make_header(decode_header(message["Subject"])))
    body = message.get_payload(decode=True).decode(message.get_content_charset())
    return f"{subject}\n{body}"


def create_users(people: dict[str, tuple[str, ...]]) -> None:
    """Portal users in the given groups (user id → group ids)."""
    from plone import api

    with api.env.adopt_roles(["Manager"]):
        for user_id, groups in people.items():
            api.user.create(
                email=f"{user_id}@example.gov.cn",
                username=user_id,
                password="secret-" + user_id,
                properties={"fullname": user_id.replace("_", " ").title()},
            )
            for group in groups:
                api.group.add_user(groupname=group, username=user_id)


def can_view(user, obj) -> bool:
    """May ``user`` ("anonymous" for nobody logged in) view ``obj``?"""
    from plone import api
    from plone.app.testing import logout

    if user == "anonymous":
        logout()
        return bool(api.user.get_permissions(obj=obj).get("View"))
    with api.env.adopt_user(username=user):
        return bool(api.user.get_permissions(obj=obj).get("View"))


def transitions(user, obj) -> set[str]:
    """The workflow transitions ``user`` may take on ``obj``."""
    from plone import api

    workflow = api.portal.get_tool("portal_workflow")
    with api.env.adopt_user(username=user):
        return {t["id"] for t in workflow.getTransitionsFor(obj)}
