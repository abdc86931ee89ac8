"""`make bench` (suite ``growth``): how page times grow with the amount of content.

Starts a throw-away deployment (ZEO + one client on free loopback ports, as the
deployment tests do), measures the pages on the empty portal,
fills it in stages with published items (bench/populate.py: every department
gets ten columns), measures again at each stage and prints the ratios: by
default 10,000 items against the empty portal and 20,000 against 1,000 (20
times the items). A ratio near 1 means the page does not slow down as the
portal fills up.

Pages: the portal's and a department's home page (anonymous), the supervision
dashboard of the whole portal (54 departments x 10 columns) and of one
department, and GET /@freshness (as the administrator).

Usage: bin/python-test bench/run.py --suite growth [--stages 0,1000,10000,20000]
       [--ratios 10000/0,20000/1000] [--rounds 10]
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


def measure(
    url: str, admin: bool, rounds: int, authorization: str | None = None
) -> float:
    """Median seconds of ``rounds`` requests, after two to warm up."""
    request = urllib.request.Request(url)  # noqa: S310 - loopback only
    if admin or authorization:
        request.add_header("Authorization", authorization or AUTHORIZATION)
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


def stages(text: str) -> list[int]:
    numbers = sorted({int(part) for part in text.split(",")})
    if len(numbers) < 2 or numbers[0] < 0:
        raise argparse.ArgumentTypeError("at least two item counts, >= 0")
    return numbers


def ratios(text: str) -> list[tuple[int, int]]:
    pairs = []
    for part in text.split(","):
        large, _, small = part.partition("/")
        pairs.append((int(large), int(small)))
    return pairs


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="bench/run.py --suite growth", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--stages", type=stages, default=stages("0,1000,10000,20000"))
    parser.add_argument("--ratios", type=ratios, default=ratios("10000/0,20000/1000"))
    parser.add_argument("--rounds", type=int, default=10)
    args, _ = parser.parse_known_args(argv)  # --documents is the oa suite's
    for pair in args.ratios:
        if not set(pair) <= set(args.stages):
            parser.error(f"ratio {pair[0]}/{pair[1]} needs both counts in --stages")

    times: dict[int, dict[str, float]] = {}
    filled = 0.0
    with tempfile.TemporaryDirectory(prefix="hami-bench-") as home:
        deployment = Deployment(home=Path(home))
        try:
            deployment.start_zeo()
            client = deployment.add_client("instance")
            deployment.run_script(client, ROOT / "scripts" / "create_site.py")
            deployment.start_client(client)
            count = 0
            for stage in args.stages:
                if stage > count:
                    filled += populate(deployment, client, stage - count, count)
                    count = stage
                times[stage] = measure_all(client, args.rounds)
        finally:
            deployment.stop()

    print(f"\n{args.stages[-1]} published items created in {filled:.0f} s")
    print("median ms per request at each number of published items, and ratios\n")
    header = f"{'page':<24}" + "".join(f"{stage:>9}" for stage in args.stages)
    header += "".join(f"{f'{a}/{b}':>13}" for a, b in args.ratios)
    print(header)
    for name in PAGES:
        line = f"{name:<24}"
        line += "".join(f"{times[stage][name] * 1000:>9.1f}" for stage in args.stages)
        line += "".join(
            f"{times[a][name] / times[b][name]:>13.2f}" for a, b in args.ratios
        )
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
