"""The video worker: a process of its own, never a request thread.

``bin/instance run scripts/video_worker.py`` (started with the clients by
``make run`` and ``make start``) connects to the database like a client,
looks at the queue every few seconds, and for each waiting video:

1. marks it *processing* (committed, so the page says so);
2. runs ffprobe and ffmpeg on the stored original, outside any transaction;
3. stores the MP4s, poster frame, thumbnails and duration and marks it
   *ready*, or *failed* with the reason, in a transaction that is retried on
   conflicts, and only if the original is still the one it processed.

Stopping it (SIGTERM) kills a running ffmpeg; the video stays in the queue and
is processed from the start next time: running the worker again is safe.
It also writes the view counts the clients logged (``counts``) into the
database, once a minute.
"""

from __future__ import annotations

from AccessControl.SecurityManagement import newSecurityManager
from AccessControl.SpecialUsers import system
from App.config import getConfiguration
from hami.policy.video import counts
from hami.policy.video import processing
from hami.policy.video import queue
from hami.policy.video import schedule
from hami.policy.video import settings
from pathlib import Path
from plone.namedfile.file import NamedBlobFile
from plone.namedfile.file import NamedBlobImage
from Testing.makerequest import makerequest
from ZODB.POSException import ConflictError
from zope.component.hooks import setSite

import logging
import os
import shutil
import signal
import tempfile
import time
import transaction
import uuid


logger = logging.getLogger("hami.policy.video.worker")
RETRIES = 5
COUNTS_EVERY = 60.0
ATTEMPTS = 3  # unexpected errors on one upload before it is marked failed


class Stop(Exception):
    pass


def _stop(signum, frame):
    raise Stop()


def _blob(factory, path: Path, filename: str, content_type: str):
    """A blob of the file at ``path``. The blob storage takes the file over
    (it is moved, not copied); a second name for it is given to the blob, so
    that ``path`` is still there if the transaction must be replayed."""
    link = path.with_name(f"{path.name}.{uuid.uuid4().hex}")
    os.link(path, link)
    with open(link, "rb") as data:
        return factory(data=data, filename=filename, contentType=content_type)


def work_dir() -> Path:
    """Next to the clients' own directories, so that what ffmpeg writes is
    moved (not copied) into the blob storage."""
    base = os.environ.get("HAMI_VIDEO_WORK") or str(
        Path(getConfiguration().clienthome).parent / "video-work"
    )
    path = Path(base)
    path.mkdir(parents=True, exist_ok=True)
    return path


class Worker:
    def __init__(self, app, site_id: str = "hami"):
        self.app = makerequest(app)
        self.site_id = site_id
        self.counts_written = 0.0
        self.errors: dict[tuple[str, str], int] = {}
        self.live_checked = schedule.now()

    # -- transactions -------------------------------------------------------
    def site(self):
        transaction.begin()
        self.app._p_jar.sync()
        site = self.app.unrestrictedTraverse(self.site_id)
        setSite(site)
        return site

    def find(self, site, uid: str):
        brains = site.portal_catalog.unrestrictedSearchResults(UID=uid)
        return brains[0]._unrestrictedGetObject() if brains else None

    def write(self, change, *args) -> object:
        """Run ``change(site, *args)`` and commit; replayed on conflicts."""
        for attempt in range(RETRIES):
            site = self.site()
            try:
                result = change(site, *args)
                transaction.commit()
                return result
            except ConflictError:
                transaction.abort()
                logger.info("conflict, retrying (%s)", attempt + 1)
                time.sleep(0.1 * (attempt + 1))
        raise RuntimeError("gave up after repeated conflicts")

    # -- one video -------------------------------------------------------------
    def _start(self, site, uid: str, token: str):
        video = self.find(site, uid)
        if video is None:
            queue.done(site, uid, token)
            return None
        if video.video_token != token:
            return None  # replaced: the newer token is in the queue
        if video.original is None:
            queue.done(site, uid, token)
            return None
        video.video_status = "processing"
        video.video_message = ""
        video.video_detail = ""
        video.reindexObject(idxs=["video_status"])
        return Path(video.original._blob.committed())

    def _finish(self, site, uid: str, token: str, made: dict):
        video = self.find(site, uid)
        if video is None:
            queue.done(site, uid, token)
            return
        if video.video_token != token:
            return
        if "reason" in made:
            video.video_status = "failed"
            video.video_message = made["reason"]
            video.video_detail = made.get("detail", "")
        else:
            self._store(video, made)
        video.reindexObject(idxs=["video_status"])
        queue.done(site, uid, token)

    @staticmethod
    def _store(video, made: dict) -> None:
        for lines in getattr(video, "sizes_made", ()) or ():
            setattr(video, f"mp4_{lines}", None)
        stem = video.getId()
        for lines, path in made["mp4"]:
            setattr(
                video,
                f"mp4_{lines}",
                _blob(NamedBlobFile, path, f"{stem}-{lines}p.mp4", "video/mp4"),
            )
        video.sizes_made = tuple(lines for lines, _path in made["mp4"])
        video.frame = _blob(NamedBlobImage, made["poster"], f"{stem}.jpg", "image/jpeg")
        video.thumbnails = _blob(
            NamedBlobImage, made["thumbnails"], f"{stem}-thumbnails.jpg", "image/jpeg"
        )
        video.thumbnail_count = processing.THUMBNAILS
        info = made["probe"]
        video.duration = round(info.duration, 2)
        video.width, video.height = info.width, info.height
        video.video_status = "ready"
        video.video_message = ""
        video.video_detail = ""

    def make(self, path: Path, into: Path) -> dict:
        """Everything browsers need, made from the file at ``path`` into ``into``."""
        try:
            with processing.Source(path) as source:
                made = self._make(source, into)
        except processing.ProcessingError as error:
            logger.warning("%s: %s %s", path, error.reason, error.detail)
            return {"reason": error.reason, "detail": error.detail}
        return made

    @staticmethod
    def _make(source, into: Path) -> dict:
        fds = source.fds
        info = processing.probe(source.path, fds=fds)
        made = []
        for lines in processing.sizes_for(info, settings.sizes()):
            target = into / f"{lines}.mp4"
            made.append((
                lines,
                processing.transcode(source.path, info, lines, target, fds=fds),
            ))
        poster = processing.poster(source.path, info, into / "poster.jpg", fds=fds)
        strip = processing.thumbnails(
            source.path, info, into / "thumbnails.jpg", fds=fds
        )
        return {"probe": info, "mp4": made, "poster": poster, "thumbnails": strip}

    def process(self, uid: str, token: str) -> None:
        source = self.write(self._start, uid, token)
        if source is None:
            return
        logger.info("processing %s (%s)", uid, source)
        into = Path(tempfile.mkdtemp(prefix="video-", dir=work_dir()))
        try:
            started = time.monotonic()
            made = self.make(source, into)
            self.write(self._finish, uid, token, made)
            logger.info(
                "%s: %s in %.1f s",
                uid,
                made.get("reason", "ready"),
                time.monotonic() - started,
            )
        finally:
            shutil.rmtree(into, ignore_errors=True)

    def give_up(self, uid: str, token: str, error: Exception) -> None:
        """An upload that breaks the worker itself (not ffmpeg) again and
        again ends *failed*, instead of being retried for ever."""
        key = (uid, token)
        self.errors[key] = self.errors.get(key, 0) + 1
        if self.errors[key] >= ATTEMPTS:
            made = {"reason": "transcode", "detail": f"{type(error).__name__}: {error}"}
            self.write(self._finish, uid, token, made)
            del self.errors[key]

    # -- the loop ------------------------------------------------------------
    def step(self) -> int:
        """Process what waits now; the number of videos looked at."""
        waiting = queue.waiting(self.site())
        transaction.abort()
        if waiting and not processing.available():
            logger.error("ffmpeg/ffprobe not found: %s videos wait", len(waiting))
            waiting = []
        for uid, token in waiting:
            try:
                self.process(uid, token)
            except (Stop, KeyboardInterrupt):
                raise
            except processing.Unavailable as error:
                # nothing wrong with the video: it waits for ffmpeg to work
                transaction.abort()
                logger.error("ffmpeg cannot run: %s", error)
                return 0
            except Exception as error:
                transaction.abort()
                logger.exception("processing %s failed", uid)
                self.give_up(uid, token, error)
        if time.monotonic() - self.counts_written >= COUNTS_EVERY:
            self.write_counts()
        self.purge_broadcasts()
        return len(waiting)

    def purge_broadcasts(self) -> None:
        """Home pages say "Live now" when a broadcast starts, not an hour late."""
        until = schedule.now()
        try:
            schedule.purge(self.site(), self.app.REQUEST, self.live_checked, until)
        finally:
            transaction.abort()
        self.live_checked = until

    def write_counts(self) -> None:
        if counts.pending():
            self.write(counts.flush)
        self.counts_written = time.monotonic()

    def run(self, interval: float = 2.0, once: bool = False) -> None:
        while True:
            try:
                looked_at = self.step()
            except (Stop, KeyboardInterrupt):
                raise
            except Exception:
                # the database away, a site not created yet: wait, try again
                transaction.abort()
                logger.exception("video worker: step failed")
                if once:
                    raise
                looked_at = 0
                time.sleep(interval * 5)
            if once and not looked_at:
                return
            if not looked_at:
                time.sleep(interval)


def main(app, argv: list[str]) -> None:
    signal.signal(signal.SIGTERM, _stop)
    newSecurityManager(None, system)
    worker = Worker(app, site_id=os.environ.get("SITE_ID", "hami"))
    if not processing.available():
        logger.error("ffmpeg/ffprobe not found: videos wait until they are installed")
    logger.info("video worker started (pid %s)", os.getpid())
    try:
        worker.run(once="--once" in argv)
    except (Stop, KeyboardInterrupt):
        transaction.abort()
        logger.info("video worker stopped")
