"""`make bench`: how page times grow with the amount of content.

Starts a throw-away deployment (ZEO + one client on free loopback ports, as the
deployment tests do), fills it with a small number of published items
(bench/populate.py: every department gets ten columns), measures the pages,
fills it up to the large number, measures again, and prints the ratios. A
ratio near 1 means the page does not slow down as the portal fills up; the
large portal has 20 times the items of the small one.

Pages: the portal's and a department's home page (anonymous), the supervision
dashboard of the whole portal (54 departments x 10 columns) and of one
department, and GET /@freshness (as the administrator).

Usage: bin/python-test bench/run.py [--small 1000] [--large 20000] [--rounds 10]
"""

from pathlib import Path

import argparse
import base64
import statistics
import sys
import tempfile
import time
import urllib.request


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from deployment import ADMIN_PASSWORD  # noqa: E402
from deployment import Deployment  # noqa: E402


# name: (path, as the administrator?)
PAGES = {
    "portal home page": ("/hami/zh-cn", False),
    "department home page": ("/hami/zh-cn/departments/fgw", False),
    "supervision dashboard": ("/hami/zh-cn/@@supervision", True),
    "department dashboard": ("/hami/zh-cn/departments/fgw/@@supervision", True),
    "GET /@freshness": ("/hami/@freshness", True),
}
AUTHORIZATION = "Basic " + base64.b64encode(f"admin:{ADMIN_PASSWORD}".encode()).decode()


def measure(url: str, admin: bool, rounds: int) -> float:
    """Median seconds of ``rounds`` requests, after two to warm up."""
    request = urllib.request.Request(url)  # noqa: S310 - loopback only
    if admin:
        request.add_header("Authorization", AUTHORIZATION)
    if url.split("/")[-1].startswith("@"):
        request.add_header("Accept", "application/json")
    times = []
    for number in range(rounds + 2):
        start = time.perf_counter()
        with urllib.request.urlopen(request, timeout=300) as response:  # noqa: S310
            response.read()
        if number >= 2:
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure_all(client, rounds: int) -> dict[str, float]:
    return {
        name: measure(client.url + path, admin, rounds)
        for name, (path, admin) in PAGES.items()
    }


def populate(deployment, client, count: int, first: int) -> float:
    deployment.stop_client(client)
    started = time.monotonic()
    deployment.run_script(
        client, ROOT / "bench" / "populate.py", str(count), str(first)
    )
    deployment.start_client(client)
    return time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=20000)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="hami-bench-") as home:
        deployment = Deployment(home=Path(home))
        try:
            deployment.start_zeo()
            client = deployment.add_client("instance")
            deployment.run_script(client, ROOT / "scripts" / "create_site.py")
            deployment.start_client(client)
            filled = populate(deployment, client, args.small, 0)
            small = measure_all(client, args.rounds)
            filled += populate(deployment, client, args.large - args.small, args.small)
            large = measure_all(client, args.rounds)
        finally:
            deployment.stop()

    print(f"\n{args.large} published items created in {filled:.0f} s\n")
    print(
        f"{'page':<24}{f'{args.small} (ms)':>14}{f'{args.large} (ms)':>14}{'ratio':>8}"
    )
    for name in PAGES:
        ratio = large[name] / small[name]
        before, after = small[name] * 1000, large[name] * 1000
        print(f"{name:<24}{before:>14.1f}{after:>14.1f}{ratio:>8.2f}")
    print(f"\nitems: x{args.large / args.small:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
