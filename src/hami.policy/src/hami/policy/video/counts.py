"""View counts that do not write to the database on every view.

A view is one line appended to a log file of the client that served the
page's beacon (``@@video-viewed``); appends are atomic, so the two clients'
threads never mix lines. The video worker adds the logs up into a BTree on
the site once a minute, in one transaction: a file is renamed before it is
read and deleted only after that transaction committed, so a view is counted
once, even when the commit fails and is replayed.
"""

from __future__ import annotations

from App.config import getConfiguration
from BTrees.OOBTree import OOBTree
from collections import Counter
from pathlib import Path
from zope.annotation.interfaces import IAnnotations

import os
import re
import transaction
import uuid


KEY = "hami.policy.video.views"
UID = re.compile(r"^[0-9a-f]{32}$")


def directory() -> Path:
    base = os.environ.get("HAMI_VIDEO_VIEWS") or str(
        Path(getConfiguration().clienthome).parent / "video-views"
    )
    path = Path(base)
    path.mkdir(parents=True, exist_ok=True)
    return path


def record(uid: str) -> None:
    """One view of the video ``uid``: a line in this process's log."""
    if not UID.match(uid or ""):
        return
    log = directory() / f"{os.getpid()}.log"
    fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
    try:
        os.write(fd, f"{uid}\n".encode())
    finally:
        os.close(fd)


def pending() -> bool:
    folder = directory()
    return any(path.stat().st_size for path in folder.glob("*.log")) or any(
        folder.glob("*.flushing")
    )


def _table(site, create: bool = False):
    annotations = IAnnotations(site)
    table = annotations.get(KEY)
    if table is None and create:
        table = annotations[KEY] = OOBTree()
    return table


def flush(site) -> int:
    """Add the logged views to the site's counts; the number of views added."""
    folder = directory()
    for log in folder.glob("*.log"):
        # a name of its own: an earlier flush's file that was not added up
        # yet (its commit failed) is never overwritten
        log.rename(log.with_name(f"{log.name}.{uuid.uuid4().hex}.flushing"))
    files = sorted(folder.glob("*.flushing"))
    views = Counter()
    for path in files:
        for line in path.read_text(errors="replace").splitlines():
            if UID.match(line):
                views[line] += 1
    if views:
        table = _table(site, create=True)
        for uid, number in views.items():
            table[uid] = table.get(uid, 0) + number

    def forget(committed: bool) -> None:
        if committed:
            for path in files:
                path.unlink(missing_ok=True)

    transaction.get().addAfterCommitHook(forget)
    return sum(views.values())


def views(site):
    """uid → views, for many look-ups at once (read only)."""
    table = _table(site)
    return table if table is not None else {}


def count(site, uid: str) -> int:
    table = _table(site)
    return table.get(uid, 0) if table is not None else 0


def most_viewed(site, limit: int | None = None) -> list[tuple[str, int]]:
    table = _table(site)
    if table is None:
        return []
    ranked = sorted(table.items(), key=lambda item: -item[1])
    return ranked[:limit] if limit else ranked
