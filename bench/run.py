"""`make bench`: the portal's benchmarks, reported as ratios of one run.

Suites (``--suite``, both by default):

- ``front``: the production front under load (bench/front.py): Varnish vs
  nginx, a spike of 200 connections, two clients vs one, the front page vs
  stock Plone's, 200 letters at once on FileStorage and on PostgreSQL, the
  clients' memory. About 10 minutes on 2 cores.
- ``growth``: how page times grow with the amount of content
  (bench/growth.py): the empty portal against 10,000 and 20,000 items.
- ``oa``: office automation (bench/oa.py): My work and the tracking page with
  10,000 documents across the 54 units against the empty portal.
- ``mail``: staff e-mail (bench/mail.py): the mail server's tables for every
  person and the 54 unit lists, on real Postfix; a run with no change writes
  nothing.
- ``video``: video on demand (bench/video.py): 20 viewers seeking in a
  ~100 MB MP4 through Varnish vs nginx vs one Zope client; a page while the
  worker converts an upload vs the idle portal.

Usage: bin/python-test bench/run.py [--suite front|growth|oa|mail|video|all]
       [--seconds 10]
       [--no-postgresql] [growth options, see bench/growth.py]
"""

from pathlib import Path

import argparse
import os
import sys


sys.path.insert(0, str(Path(__file__).resolve().parent))

import front
import growth
import mail
import oa
import video


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--suite",
        choices=("front", "growth", "oa", "mail", "video", "all"),
        default="all",
    )
    parser.add_argument(
        "--seconds", type=int, default=10, help="wrk's duration per measure"
    )
    parser.add_argument(
        "--no-postgresql",
        action="store_true",
        help="skip the letters on the relstorage profile",
    )
    args, rest = parser.parse_known_args()
    print(f"[bench] {os.cpu_count()} cores", flush=True)
    if args.suite in ("front", "all"):
        front.main(seconds=args.seconds, postgresql=not args.no_postgresql)
    if args.suite in ("video", "all"):
        video.main(seconds=args.seconds)
    if args.suite in ("oa", "all"):
        oa.main(rest)
    if args.suite in ("mail", "all") and mail.main():
        return 1
    if args.suite in ("growth", "all"):
        return growth.main(rest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
