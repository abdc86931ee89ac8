"""Failed attempts (log-ins, query codes), counted where every client sees them.

A client process keeps nothing in memory that an attacker could spread over
several clients: the counts live in the database, in a tree of their own at
the root (outside the site, which staff can edit). They are written in a
transaction of their own, because the request that failed is often rolled
back (a wrong password answers 401) and the count must stay.
"""

from __future__ import annotations

from BTrees.OOBTree import OOBTree
from dataclasses import dataclass
from ZODB.POSException import ConflictError

import secrets
import time
import transaction


ROOT_KEY = "hami.attempts"
RETRIES = 5


@dataclass(frozen=True)
class Attempts:
    """Failures per key (a hashed account name or address) in a window."""

    name: str  # e.g. "login-account", "lookup"
    seconds: int

    def _run(self, db, work):
        for attempt in range(RETRIES):
            manager = transaction.TransactionManager()
            connection = db.open(transaction_manager=manager)
            try:
                result = work(self._tree(connection.root()))
                manager.commit()
                return result
            except ConflictError:
                manager.abort()
                if attempt == RETRIES - 1:
                    raise
            finally:
                connection.close()
        return None

    def _tree(self, root) -> OOBTree:
        trees = root.get(ROOT_KEY)
        if trees is None:
            trees = root[ROOT_KEY] = OOBTree()
        tree = trees.get(self.name)
        if tree is None:
            tree = trees[self.name] = OOBTree()
        return tree

    def _recent(self, tree, key: str, now: float) -> list[str]:
        return list(tree.keys(min=f"{key}:{now - self.seconds:017.6f}", max=f"{key}:~"))

    def count(self, db, key: str) -> int:
        """Failures of ``key`` within the window."""
        return self._run(db, lambda tree: len(self._recent(tree, key, time.time())))

    def fail(self, db, key: str) -> int:
        """Record a failure; returns the failures within the window, this one too."""

        def work(tree):
            now = time.time()
            stale = f"{key}:{now - self.seconds:017.6f}"
            for old in list(tree.keys(min=f"{key}:", max=stale)):
                del tree[old]
            tree[f"{key}:{now:017.6f}:{secrets.token_hex(4)}"] = 1
            return len(self._recent(tree, key, now))

        return self._run(db, work)

    def clear(self, db, key: str) -> None:
        def work(tree):
            for old in list(tree.keys(min=f"{key}:", max=f"{key}:~")):
                del tree[old]

        self._run(db, work)


def prune(db, older_than: float) -> int:
    """Forget failures older than ``older_than`` (epoch seconds); daily job."""

    def work(root):
        removed = 0
        for tree in (root.get(ROOT_KEY) or {}).values():
            old = [key for key in tree if float(key.split(":")[1]) < older_than]
            for key in old:
                del tree[key]
            removed += len(old)
        return removed

    manager = transaction.TransactionManager()
    connection = db.open(transaction_manager=manager)
    try:
        removed = work(connection.root())
        manager.commit()
        return removed
    finally:
        connection.close()
