"""Range answers that read only the range.

plone.namedfile answers ``Range`` with 206 and a stream that stops at the
range's end when iterated, but its ``read()`` reads on to the end of the
file; waitress reads a stream through ``read()`` (``wsgi.file_wrapper``), so
each seek of a video read the whole rest of the file from disk and threw it
away after the range (waitress logs "application-written content exceeded
the number of bytes specified by Content-Length"). Twenty viewers seeking in
a 100 MB recording read gigabytes. ``read()`` here stops at the range's end.
"""

from plone.namedfile.utils import filestream_range_iterator


def _read(self, size=-1):
    if self.end is None:
        return self._io.read(size)
    remaining = max(self.end - self._io.tell(), 0)
    if size is None or size < 0 or size > remaining:
        size = remaining
    return self._io.read(size)


if not getattr(filestream_range_iterator.read, "hami_range", False):
    _read.hami_range = True
    filestream_range_iterator.read = _read
