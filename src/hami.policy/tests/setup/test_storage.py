"""ZEO clients read what other clients committed (storage.py)."""

from hami.policy.storage import server_sync
from ZODB.MappingStorage import MappingStorage


class FakeClientStorage:
    """What ZEO's ClientStorage offers once connected."""

    server_sync = False

    def __init__(self):
        self.pings = 0
        self.ping = self._ping

    def _ping(self):
        self.pings += 1

    def sync(self):
        pass  # ZEO's default: trust the asynchronous invalidations


def test_every_transaction_start_asks_the_server():
    storage = FakeClientStorage()
    assert server_sync(storage)
    assert storage.server_sync
    storage.sync()
    assert storage.pings == 1


def test_other_storages_are_left_alone():
    storage = MappingStorage()
    assert not server_sync(storage)
