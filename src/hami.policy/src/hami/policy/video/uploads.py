"""Uploads of videos: size and type, by content.

The edit form and the REST API (also a finished TUS upload) check the
original when the field is validated: not larger than the setting, and a
video by libmagic's reading of its first bytes, whatever its name says.
Whether ffmpeg can read all of it is the worker's business (a file that
starts like an MP4 but is broken ends *failed*, with the reason).

A resumable upload (TUS) of a video announces its length first: longer than
the setting, it is refused then, before any byte is sent. TUS uploads of
anything else are kept to the 16 MB of every other request.
"""

from hami.policy import _
from hami.policy.security.wsgi import BODY_LIMIT
from hami.policy.video import settings
from hami.policy.video.content import Refused
from plone.restapi.services.content.tus import UploadPost
from zope.i18n import translate

import base64
import magic


def _size_error(limit: int) -> Refused:
    return Refused(
        _(
            "error_video_size",
            default="The file is larger than ${limit} MB, the largest video the "
            "portal accepts.",
            mapping={"limit": limit // (1024 * 1024)},
        )
    )


def check_original(value) -> bool:
    """The constraint of Video.original."""
    if value is None:
        return True
    limit = settings.max_upload_bytes()
    if value.getSize() > limit:
        raise _size_error(limit)
    with value.open() as data:
        head = data.read(65536)
    kind = magic.from_buffer(head, mime=True).lower() if head else ""
    if not kind.startswith("video/"):
        raise Refused(
            _(
                "error_video_type",
                default="This file is not a video (it contains ${kind}). Upload a "
                "recording such as MP4, MOV, MKV, AVI or MPEG.",
                mapping={"kind": kind or "nothing"},
            )
        )
    return True


def _metadata(request) -> dict[str, str] | None:
    """The upload's announced metadata; None when it cannot be read (what
    plone.restapi would fail on with a server error)."""
    found = {}
    for item in request.getHeader("Upload-Metadata", "").split(","):
        key_value = item.split()
        if not key_value:
            continue
        if len(key_value) > 2:
            return None
        if len(key_value) == 2:
            try:
                value = base64.b64decode(key_value[1], validate=True).decode("utf-8")
            except (ValueError, UnicodeDecodeError):
                return None
            found[key_value[0].lower()] = value
    return found


BAD_METADATA = _(
    "error_tus_metadata",
    default="The upload's description (Upload-Length, Upload-Metadata) cannot be read.",
)


class LimitedUploadPost(UploadPost):
    """``POST @tus-upload`` / ``@tus-replace`` with the portal's size limits."""

    def refuse(self, status: int, type_: str, message):
        self.request.response.setStatus(status)
        return {
            "error": {
                "type": type_,
                "message": translate(message, context=self.request),
                "field": None,
            }
        }

    def reply(self):
        if not self.check_tus_version():
            return super().reply()
        metadata = _metadata(self.request)
        try:
            length = int(self.request.getHeader("Upload-Length", ""))
        except ValueError:
            length = -1
        if metadata is None or length <= 0:
            return self.refuse(400, "BadRequest", BAD_METADATA)
        video = metadata.get("@type") == "Video" or (
            getattr(self.context, "portal_type", None) == "Video"
            and self.__name__.endswith("@tus-replace")
        )
        limit = settings.max_upload_bytes() if video else BODY_LIMIT
        if length > limit:
            return self.refuse(413, "PayloadTooLarge", _size_error(limit).message)
        return super().reply()
