"""The one refusal of the portal: a message for the person, the field, the status.

Raised by the checks of what citizens and staff send (letters, applications,
workflow steps, REST queries) and turned into a page with the message or into
plone.restapi's error answer ``{"error": {"type", "message", "field"}}``.
"""


class Refused(Exception):
    """Not accepted; ``message`` (a message id or text) says why, to the person."""

    def __init__(self, message, field: str | None = None, status: int = 400):
        super().__init__(str(message))
        self.message = message
        self.field = field
        self.status = status

    @property
    def type(self) -> str:
        return {
            400: "BadRequest",
            401: "Unauthorized",
            403: "Forbidden",
            404: "NotFound",
            409: "Conflict",
            413: "PayloadTooLarge",
            429: "TooManyRequests",
        }.get(self.status, "Refused")
