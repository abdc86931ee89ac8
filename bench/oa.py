"""`make bench` (suite ``oa``): office automation with 10,000 documents.

Starts a throw-away deployment, measures on the empty portal (one document
issued by fgw to the 53 other units, as the tracking page's subject), fills
it with 10,000 documents across the 54 units (bench/populate_oa.py), measures
again and prints the ratios. Pages: My work (``/hami/oa``) of a unit's general
office, the same over REST (``@oa-inbox``), and the issuing office's tracking
page of the document sent to every unit.

Usage: bin/python-test bench/run.py --suite oa [--documents 10000] [--rounds 10]
"""

from growth import measure
from growth import ROOT
from pathlib import Path

import argparse
import base64
import csv
import json
import tempfile
import time
import urllib.request


PASSWORD = "bench-password-2026"  # noqa: S105 - a throw-away deployment
OFFICES = {"jyj": "hm0097", "fgw": "hm0078"}
HEAD = "hm0074"  # fgw's head signs off


def _call(url: str, method: str = "GET", body=None, user: str = "admin") -> dict:
    from deployment import ADMIN_PASSWORD

    password = ADMIN_PASSWORD if user == "admin" else PASSWORD
    request = urllib.request.Request(  # noqa: S310 - loopback only
        url,
        method=method,
        data=json.dumps(body).encode() if body is not None else None,
        headers={
            "Accept": "application/json",
            "Content-Type": "application/json",
            "Authorization": "Basic "
            + base64.b64encode(f"{user}:{password}".encode()).decode(),
        },
    )
    with urllib.request.urlopen(request, timeout=300) as response:  # noqa: S310
        text = response.read()
    return json.loads(text) if text else {}


def unit_ids() -> list[str]:
    data = ROOT / "src/hami.policy/src/hami/policy/data/organisation.csv"
    with data.open(encoding="utf-8") as stream:
        return [row["id"] for row in csv.DictReader(stream)]


def _prepare(portal: str) -> str:
    """Passwords for the two offices; the document sent to every unit."""
    for userid in (*OFFICES.values(), HEAD):
        _call(f"{portal}/@users/{userid}", "PATCH", {"password": PASSWORD})
    document = _call(
        f"{portal}/oa/documents",
        "POST",
        {
            "@type": "OfficialDocument",
            "title": "关于开展全区安全生产大检查的通知",
            "kind": "notice",
            "issuing_unit": "fgw",
            "main_recipients": [u for u in unit_ids() if u != "fgw"],
            "text": {"data": "<p>各单位：</p>"},
        },
    )
    return document["@id"]


def _issue(url: str) -> None:
    pdf = base64.b64encode(b"%PDF-1.4\n").decode()
    for transition, data, user in (
        ("submit", {}, "admin"),
        ("approve_check", {}, OFFICES["fgw"]),
        ("sign", {"opinion": "同意"}, HEAD),
        (
            "register",
            {"signed_pdf": {"data": pdf, "filename": "s.pdf"}},
            OFFICES["fgw"],
        ),
    ):
        _call(f"{url}/@workflow/{transition}", "POST", data, user)


def _pages(portal: str, tracking: str) -> dict[str, tuple[str, str]]:
    return {
        "My work (a general office)": (f"{portal}/oa", OFFICES["jyj"]),
        "GET /@oa-inbox": (f"{portal}/@oa-inbox", OFFICES["jyj"]),
        "tracking page (53 units)": (tracking, OFFICES["fgw"]),
    }


def _measure(pages: dict, rounds: int) -> dict[str, float]:
    found = {}
    for name, (url, user) in pages.items():
        authorization = (
            "Basic " + base64.b64encode(f"{user}:{PASSWORD}".encode()).decode()
        )
        found[name] = measure(url, False, rounds, authorization)
    return found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench/run.py --suite oa")
    parser.add_argument("--documents", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=10)
    args, _ = parser.parse_known_args(argv)  # --stages etc. are growth's
    from deployment import Deployment

    with tempfile.TemporaryDirectory(prefix="hami-bench-oa-") as home:
        deployment = Deployment(home=Path(home))
        try:
            deployment.start_zeo()
            client = deployment.add_client("instance")
            deployment.run_script(client, ROOT / "scripts" / "create_site.py")
            deployment.start_client(client)
            portal = f"{client.url}/hami"
            tracking = _prepare(portal)
            _issue(tracking)
            pages = _pages(portal, tracking)
            empty = _measure(pages, args.rounds)
            deployment.stop_client(client)
            started = time.monotonic()
            deployment.run_script(
                client, ROOT / "bench" / "populate_oa.py", str(args.documents), "1"
            )
            filled_in = time.monotonic() - started
            deployment.start_client(client)
            full = _measure(pages, args.rounds)
        finally:
            deployment.stop()
    print(f"\n{args.documents} documents across 54 units created in {filled_in:.0f} s")
    print("median ms per request, empty portal and filled, and the ratio (<= 1.5)\n")
    for name in pages:
        ratio = full[name] / empty[name]
        print(
            f"{name:<28}{empty[name] * 1000:>9.1f}{full[name] * 1000:>9.1f}"
            f"{ratio:>8.2f}x"
        )
    return 0
