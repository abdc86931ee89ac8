"""Which videos wait for the worker.

A BTree on the site (``uid → token``): the portal's clients add to it when an
original is uploaded or replaced; the worker removes an entry once it has
stored what it made for that very token. A video replaced while the worker
was busy gets a new token, so what was made from the old file is thrown away
and the new one is processed next. BTrees resolve concurrent inserts of
different keys, so many uploads at once do not conflict on the queue.
"""

from __future__ import annotations

from BTrees.OOBTree import OOBTree
from plone.uuid.interfaces import IUUID
from zope.annotation.interfaces import IAnnotations
from zope.component.hooks import getSite

import uuid


KEY = "hami.policy.video.queue"


def get_queue(site=None, create: bool = True):
    site = site if site is not None else getSite()
    annotations = IAnnotations(site)
    queue = annotations.get(KEY)
    if queue is None and create:
        queue = annotations[KEY] = OOBTree()
    return queue


def enqueue(video) -> str:
    """Mark ``video`` for (re)processing from its current original."""
    token = uuid.uuid4().hex
    video.video_token = token
    video.video_status = "pending"
    video.video_message = ""
    video.video_detail = ""
    video.video_source = video.original
    get_queue()[IUUID(video)] = token
    return token


def needs_processing(video) -> bool:
    """Has the original changed since it was last queued?"""
    original = getattr(video, "original", None)
    return original is not None and getattr(video, "video_source", None) is not original


def waiting(site=None) -> list[tuple[str, str]]:
    queue = get_queue(site, create=False)
    return list(queue.items()) if queue is not None else []


def done(site, uid: str, token: str) -> None:
    queue = get_queue(site, create=False)
    if queue is not None and queue.get(uid) == token:
        del queue[uid]
