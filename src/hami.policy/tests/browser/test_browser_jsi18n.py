"""The JavaScript widgets get their catalogue for the portal's language tags."""

from hami.policy.browser.jsi18n import catalog_language
from hami.policy.interfaces import IHamiPolicyLayer
from zope.interface import alsoProvides

import json
import pytest


@pytest.mark.parametrize(
    "tag,code",
    [
        ("zh-CN", "zh_CN"),
        ("zh-cn", "zh_CN"),
        ("kk-Arab", "kk"),
        ("ug", "ug"),
        ("en", "en"),
    ],
)
def test_language_tags_become_catalogue_codes(tag, code):
    assert catalog_language(tag) == code


@pytest.mark.parametrize(
    "tag,upload", [("zh-CN", "上传"), ("kk-Arab", None), ("ug", None)]
)
def test_folder_contents_speaks_the_pages_language(portal, tag, upload):
    request = portal.REQUEST
    alsoProvides(request, IHamiPolicyLayer)
    view = portal.restrictedTraverse("@@plonejsi18n")
    catalog = json.loads(view(domain="widgets", language=tag).getBody())
    assert catalog, tag  # Plone's own view answered null for these tags
    if upload:
        assert catalog["Upload"] == upload
    else:
        assert "\u0600" <= catalog["Upload"][0] <= "\u06ff"  # Arabic script
