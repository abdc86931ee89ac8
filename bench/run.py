"""`make bench`: how page times grow with the amount of content.

Starts a throw-away deployment (ZEO + one client on free loopback ports, as the
deployment tests do), measures the pages on the empty portal, fills it with
published items (bench/populate.py), measures again, and prints the ratios.
A ratio near 1 means the page does not slow down as the portal fills up.

Usage: bin/python-test bench/run.py [--items 10000] [--rounds 20]
"""

from pathlib import Path

import argparse
import statistics
import sys
import tempfile
import time
import urllib.request


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from deployment import Deployment  # noqa: E402


PAGES = {
    "portal home page": "/hami/zh-cn",
    "department home page": "/hami/zh-cn/departments/fgw",
}


def measure(url: str, rounds: int) -> float:
    """Median seconds of ``rounds`` anonymous requests, after two to warm up."""
    times = []
    for number in range(rounds + 2):
        start = time.perf_counter()
        with urllib.request.urlopen(url, timeout=120) as response:  # noqa: S310
            response.read()
        if number >= 2:
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="hami-bench-") as home:
        deployment = Deployment(home=Path(home))
        try:
            deployment.start_zeo()
            client = deployment.add_client("instance")
            deployment.run_script(client, ROOT / "scripts" / "create_site.py")
            deployment.start_client(client)
            empty = {
                name: measure(client.url + path, args.rounds)
                for name, path in PAGES.items()
            }
            deployment.stop_client(client)
            started = time.monotonic()
            deployment.run_script(
                client, ROOT / "bench" / "populate.py", str(args.items)
            )
            filled_in = time.monotonic() - started
            deployment.start_client(client)
            full = {
                name: measure(client.url + path, args.rounds)
                for name, path in PAGES.items()
            }
        finally:
            deployment.stop()

    print(f"\n{args.items} published items created in {filled_in:.0f} s\n")
    print(f"{'page':<24}{'empty (ms)':>12}{'full (ms)':>12}{'ratio':>8}")
    for name in PAGES:
        ratio = full[name] / empty[name]
        before, after = empty[name] * 1000, full[name] * 1000
        print(f"{name:<24}{before:>12.1f}{after:>12.1f}{ratio:>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
