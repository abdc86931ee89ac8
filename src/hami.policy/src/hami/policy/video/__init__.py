"""Video on demand and live (视频点播系统): training, education, news, internal
reference (内参, staff only) and meetings.

- ``content``: the Video and Playlist types; ``live``: LiveEvent, and
  ``live_browser`` its pages; ``schedule``: the proxy told when broadcasts
  start and end.
- ``processing``: ffprobe/ffmpeg, pure functions on files.
- ``queue``: which videos wait for the worker; ``worker``: the process that
  transcodes them outside every request (``scripts/video_worker.py``).
- ``subscribers``: a new original is queued; internal reference is for
  staff only (the workflow's ``internal`` state).
- ``counts``: view counts that do not write to the database on every view.
- ``uploads``: size and type checks of uploads (form and TUS).
- ``facts``: what pages and REST say about a video; ``browser``: the video
  page, the video centre, unit pages, playlists; ``services``: ``GET @video``.
- ``purge``: a video's files purged from the caching proxy with it.
- ``ranges``: Range answers that read only the range (imported here).
"""

from hami.policy.video import ranges  # noqa: F401 - patches plone.namedfile
