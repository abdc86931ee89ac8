"""Information publishing on the running deployment: structure, feeds, sitemap."""

from lxml import etree

import gzip
import pytest


LANGUAGES = ("zh-cn", "ug", "kk", "en")


def find(session, portal_url, **query):
    response = session.get(
        f"{portal_url}/@search",
        params={**query, "b_size": 1000, "metadata_fields": "unit_id"},
        headers={"Accept": "application/json"},
        timeout=60,
    )
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize("language", LANGUAGES)
def test_whole_organisation_imported(anonymous, portal_url, language):
    result = find(
        anonymous, portal_url, portal_type="Department", path=f"/hami/{language}"
    )
    units = {item["unit_id"] for item in result["items"]}
    assert len(units) >= 49
    assert {
        "fgw",
        "jyj",
        "hms",
        "blk",
        "yw",
        "egov",
        "service-centre",
        "mailbox",
    } <= units


def test_department_home_in_uyghur(anonymous, portal_url):
    response = anonymous.get(f"{portal_url}/ug/departments/fgw", timeout=60)
    assert response.status_code == 200
    assert "خىزمەت ھەرىكەتلىرى" in response.text  # the news column, in Uyghur
    assert "fgw@hami.gov.cn" in response.text


def test_column_feed(anonymous, portal_url):
    response = anonymous.get(f"{portal_url}/zh-cn/departments/fgw/news/RSS", timeout=60)
    assert response.status_code == 200
    feed = etree.fromstring(response.content)
    assert feed.tag.endswith("RDF") or feed.tag == "rss"


def test_sitemap(anonymous, portal_url):
    response = anonymous.get(f"{portal_url}/sitemap.xml.gz", timeout=60)
    assert response.status_code == 200
    index = etree.fromstring(gzip.decompress(response.content))
    xml = ""
    for location in index.iter("{*}loc"):
        page = anonymous.get(location.text, timeout=60)
        assert page.status_code == 200
        xml += gzip.decompress(page.content).decode()
    assert f"{portal_url}/zh-cn/departments/fgw" in xml
    assert f"{portal_url}/ug/departments/fgw/news" in xml
