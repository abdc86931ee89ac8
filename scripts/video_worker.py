"""The video worker: converts uploaded videos with ffmpeg, outside every request.

Run inside a Zope client connected to the database, next to the clients:

    bin/instance run scripts/video_worker.py            # until SIGTERM
    bin/instance run scripts/video_worker.py --once     # what waits now, then exit

`make run` and `make start` start it (pid in instance/var/video-worker.pid,
log in instance/var/log/video-worker.log); `make stop` stops it. See
hami.policy.video.worker.
"""

from hami.policy.video.worker import main

import logging
import sys


logging.basicConfig(
    level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s"
)
main(app, sys.argv[1:])  # noqa: F821 - `app` is Zope's root, given by `bin/instance run`
