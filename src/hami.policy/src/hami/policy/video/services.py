"""``GET /<video>/@video``: processing state, sizes, captions, poster, views."""

from hami.policy.video.facts import VideoFacts
from plone.restapi.services import Service


class VideoGet(Service):
    def reply(self):
        self.request.response.setHeader("Cache-Control", "no-store")
        return VideoFacts(self.context, self.request).as_json()
