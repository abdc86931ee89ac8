"""Test layers: the policy installed, with a few units of the real organisation;
a real SMTP server for the tests of mail."""

from plone.app.testing import applyProfile
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PLONE_FIXTURE
from plone.app.testing import PloneSandboxLayer
from plone.testing.zope import WSGI_SERVER_FIXTURE


# Department A and B of the permission tests, the business registration bureau
# (two of the services), a county and the three centres.
TEST_UNITS = ("fgw", "jyj", "gsj", "hms", "egov", "service-centre", "mailbox")


class HamiPolicyLayer(PloneSandboxLayer):
    defaultBases = (PLONE_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        import hami.policy

        self.loadZCML(package=hami.policy)

    def setUpPloneSite(self, portal):
        from hami.policy.organisation.data import units
        from hami.policy.organisation.importer import import_organisation
        from hami.policy.servicehall.importer import import_services
        from plone import api

        applyProfile(portal, "hami.policy:default")
        with api.env.adopt_roles(["Manager"]):
            import_organisation(
                portal, units=[unit for unit in units() if unit.id in TEST_UNITS]
            )
        import_services(portal)
        from hami.policy.oa.directory import import_staff
        from hami.policy.oa.directory import staff_rows

        with api.env.adopt_roles(["Manager"]):
            import_staff(
                portal, rows=[row for row in staff_rows() if row.unit in TEST_UNITS]
            )


FIXTURE = HamiPolicyLayer()

INTEGRATION_TESTING = IntegrationTesting(
    bases=(FIXTURE,), name="HamiPolicyLayer:IntegrationTesting"
)
FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(FIXTURE, WSGI_SERVER_FIXTURE), name="HamiPolicyLayer:FunctionalTesting"
)


class MailServer:
    """A real SMTP server on loopback (aiosmtpd) that keeps what it receives,
    and can be stopped and started again (a mail server that is down)."""

    def __init__(self):
        import socket

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.messages = []
        self.controller = None

    def start(self) -> None:
        from aiosmtpd.controller import Controller

        import email

        messages = self.messages

        class Keep:
            async def handle_DATA(self, smtp, session, envelope):
                message = email.message_from_bytes(envelope.content)
                message["X-Rcpt-Tos"] = ", ".join(envelope.rcpt_tos)
                messages.append(message)
                return "250 OK"

        self.controller = Controller(Keep(), hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def wait_for(self, predicate, timeout: float = 30) -> list:
        """The messages that match, as soon as there is one (or none in time)."""
        import time

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [m for m in self.messages if predicate(m)]
            if found:
                return found
            time.sleep(0.2)
        return []


def video_clip(
    path,
    seconds: float = 3,
    size: str = "640x360",
    audio: bool = True,
    grain: bool = False,
):
    """A test recording made with Debian's ffmpeg: a moving picture, with a
    tone when ``audio``; ``grain`` makes it hard to compress (30 s at 720p is
    ~28 MB), so that a browser cannot hold it all and seeking asks for ranges.
    Used by the add-on tests and the deployment tests alike."""
    import subprocess

    args = ["ffmpeg", "-v", "error", "-y", "-f", "lavfi"]
    args += ["-i", f"testsrc2=size={size}:rate=25"]
    if audio:
        args += ["-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100"]
    args += ["-t", str(seconds)]
    if grain:
        args += ["-vf", "noise=alls=12:allf=t", "-crf", "28"]
    args += ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"]
    args += ["-c:a", "aac"] if audio else []
    subprocess.run([*args, str(path)], check=True, timeout=180)  # noqa: S603
    return path
