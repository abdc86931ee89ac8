"""Writing a letter: what is stored, what is refused, and why."""

from hami.policy.cases import codes
from hami.policy.errors import Refused
from plone import api
from support import JPEG

import pytest
import re


def test_letter_stored_with_codes(send, letter_of):
    receipt = send()
    assert re.fullmatch(r"XJ\d{6}-[2-9A-HJ-NP-Z]{6}", receipt.tracking_number)
    assert re.fullmatch(r"\d{10}", receipt.query_code)
    assert codes.check_query_code(receipt.tracking_number, receipt.query_code)
    assert not codes.check_query_code(receipt.tracking_number, "0000000000")
    letter = letter_of(receipt)
    assert letter.letter_title == "小区供暖不达标"
    assert letter.writer_name == "李明"
    assert api.content.get_state(letter) == "received"
    assert letter.received is not None


def test_letter_listed_by_tracking_number_only(send, letter_of):
    letter = letter_of(send())
    assert letter.Title() == letter.tracking_number
    catalog = api.portal.get_tool("portal_catalog")
    (brain,) = catalog.unrestrictedSearchResults(tracking_number=letter.tracking_number)
    metadata = " ".join(
        str(v) for v in catalog.getMetadataForRID(brain.getRID()).values()
    )
    for secret in ("李明", "13899887766", "liming@example.cn", "建国南路", "供暖"):
        assert secret not in metadata
    assert not catalog.unrestrictedSearchResults(SearchableText="李明")
    assert not catalog.unrestrictedSearchResults(SearchableText="供暖")


def test_same_letter_twice_is_one_letter(send, monkeypatch):
    """Sent again (by anyone who knows the text and the phone), the letter
    shows no codes: they go once more to the address the writer gave."""
    from zope.i18n import translate

    mails = []
    monkeypatch.setattr(
        "hami.policy.cases.intake.send",
        lambda to, subject, body, language: mails.append((to, translate(body))),
    )
    first = send()
    second = send(address="10.9.9.9", name="冒名者")
    assert second.duplicate
    assert second.tracking_number is None and second.query_code is None
    assert len(mails) == 2
    assert mails[1][0] == ["liming@example.cn"]
    assert first.query_code in mails[1][1]
    send()  # a third time on the same day: no more mail
    assert len(mails) == 2
    catalog = api.portal.get_tool("portal_catalog")
    assert len(catalog.unrestrictedSearchResults(portal_type="Letter")) == 1


def test_attachment_checked_by_content(send, letter_of):
    letter = letter_of(send(attachments=[("photo.jpg", JPEG)]))
    (attachment,) = letter.contentValues()
    assert attachment.file.contentType == "image/jpeg"


@pytest.mark.parametrize(
    "changes,field",
    [
        ({"title": "暖气"}, "title"),
        ({"title": "长" * 101}, "title"),
        ({"body": "   "}, "body"),
        ({"body": "字" * 2001}, "body"),
        ({"name": ""}, "name"),
        ({"phone": "call me"}, "phone"),
        ({"email": "not-an-address"}, "email"),
        ({"letter_type": "praise"}, "letter_type"),
        ({"addressed_to": "nobody"}, "addressed_to"),
        ({"attachments": [("a.jpg", JPEG)] * 4}, "attachments"),
        ({"attachments": [("big.jpg", JPEG + b"\x00" * (1024 * 1024))]}, "attachments"),
        (
            {"attachments": [("photo.jpg", b"MZ\x90\x00" + b"\x00" * 200)]},
            "attachments",
        ),
        (
            {"attachments": [("notes.txt", b"\x7fELF\x02\x01\x01" + b"\x00" * 50)]},
            "attachments",
        ),
    ],
)
def test_refused_with_reason_and_nothing_stored(send, changes, field):
    with pytest.raises(Refused) as refused:
        send(**changes)
    assert refused.value.field == field
    assert refused.value.message  # a message for the writer
    catalog = api.portal.get_tool("portal_catalog")
    assert not catalog.unrestrictedSearchResults(portal_type="Letter")


def test_tricks_removed_and_markup_kept_as_text(send, letter_of):
    letter = letter_of(
        send(
            title="供暖\u202egpj.exe问题",
            body="<script>alert(1)</script><img src=x onerror=alert(2)>",
        )
    )
    assert "\u202e" not in letter.letter_title
    assert letter.body == "<script>alert(1)</script><img src=x onerror=alert(2)>"


def test_rate_limit_per_address(send):
    for number in range(5):
        send(body=f"第{number}封信：暖气不热。")
    with pytest.raises(Refused) as refused:
        send(body="第六封信：暖气不热。")
    assert refused.value.status == 429
    send(address="10.0.0.2", body="另一位市民：暖气不热。")  # others are not affected
