"""Plone's ``@registry`` as the portal serves it (``services/search.py``)."""

from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD

import requests


def test_registry_answers_a_manager(functional_portal):
    # every record in one page: one holding a datetime made it answer 500
    url = f"{functional_portal.absolute_url()}/@registry"
    session = requests.Session()
    session.auth = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
    session.headers["Accept"] = "application/json"
    total = session.get(url, timeout=60).json()["items_total"]
    response = session.get(url, params={"b_size": total}, timeout=60)
    assert response.status_code == 200
    assert len(response.json()["items"]) == total
