"""The backup drill: `make backup` while letters arrive, then a restore.

Letters with attachments keep coming in while the README's backup command
runs against the live database. The backup is restored into a fresh
directory (repozo and the blobs, as the README says), checked with
zodbverify, and read: every letter acknowledged before the backup started is
there, with its attachment intact.
"""

from cases import admin_session
from cases import JSON
from cases import letter_data
from deployment import ROOT

import base64
import hashlib
import json
import os
import shutil
import subprocess
import threading
import time
import uuid


READER = """
import json, sys
from ZODB.DB import DB
from ZODB.FileStorage import FileStorage

storage = FileStorage(sys.argv[1], blob_dir=sys.argv[2], read_only=True)
db = DB(storage)
# read as stored, without Zope's component registry: the folders' trees
letterbox = db.open().root()["Application"]["hami"]["letterbox"]
letters = {}
for letter in letterbox._tree.values():
    files = {}
    for name, attachment in letter._tree.items():
        with attachment.file._blob.open() as stream:
            files[name] = __import__("hashlib").sha256(stream.read()).hexdigest()
    letters[letter.tracking_number] = files
print(json.dumps(letters))
db.close()
"""


def test_backup_while_letters_arrive(deployment, proxied, tmp_path):
    admin_session().patch(
        f"{proxied[0]}/@registry",
        json={"hami.policy.mailbox.letters_per_hour": 100000},
        timeout=60,
    )
    acknowledged = []  # (time acknowledged, tracking number, attachment hash)
    stop = threading.Event()

    def write():
        while not stop.is_set():
            content = b"\xff\xd8\xff\xe0" + uuid.uuid4().bytes * 512
            response = __import__("requests").post(
                f"{proxied[0]}/@letters",
                json=letter_data(
                    attachments=[
                        {
                            "filename": "photo.jpg",
                            "data": base64.b64encode(content).decode(),
                        }
                    ]
                ),
                headers={**JSON, "X-Forwarded-For": "10.88.0.1"},
                timeout=60,
            )
            if response.status_code == 201:
                acknowledged.append((
                    time.monotonic(),
                    response.json()["tracking_number"],
                    hashlib.sha256(content).hexdigest(),
                ))

    writers = [threading.Thread(target=write) for _ in range(3)]
    for writer in writers:
        writer.start()
    time.sleep(5)
    started = time.monotonic()
    backup = subprocess.run(
        [shutil.which("make"), "backup", f"VAR={deployment.var}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    time.sleep(3)
    stop.set()
    for writer in writers:
        writer.join()
    assert backup.returncode == 0, backup.stderr
    before = [entry for entry in acknowledged if entry[0] < started]
    assert len(before) >= 5

    # restore into a fresh directory, as the README says
    restored = tmp_path / "restored"
    (restored / "blobstorage").mkdir(parents=True)
    backups = deployment.var / "backups"
    subprocess.run(
        [
            str(ROOT / "bin" / "repozo"),
            "-R",
            "-r",
            str(backups / "filestorage"),
            "-o",
            str(restored / "Data.fs"),
        ],
        check=True,
        timeout=600,
    )
    subprocess.run(
        [
            shutil.which("cp"),
            "-a",
            f"{backups / 'blobstorage'}/.",
            str(restored / "blobstorage"),
        ],
        check=True,
        timeout=600,
    )
    verify = subprocess.run(
        [
            str(ROOT / "bin" / "zodbverify"),
            "-f",
            str(restored / "Data.fs"),
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert verify.returncode == 0, verify.stdout[-2000:] + verify.stderr[-2000:]

    reader = tmp_path / "read_letters.py"
    reader.write_text(READER)
    result = subprocess.run(
        [
            str(ROOT / "bin" / "python-test"),
            str(reader),
            str(restored / "Data.fs"),
            str(restored / "blobstorage"),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, "TZ": "Etc/GMT-8"},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    letters = json.loads(result.stdout.strip().splitlines()[-1])
    missing = [number for _, number, _ in before if number not in letters]
    assert missing == []
    damaged = [
        number
        for _, number, digest in before
        if letters[number].get("attachment-1") != digest
    ]
    assert damaged == []
