"""Beyond one machine: the database in PostgreSQL (RelStorage), blobs included.

A cluster of Debian's PostgreSQL of our own on loopback, two Zope clients on
it (as clients on two machines would be: each with only a local blob cache),
the site created, letters from both at once, a restart, everything still
there; and the move of a FileStorage database to PostgreSQL and back with
zodbconvert.
"""

from cases import JPEG
from cases import JSON
from cases import letter_data
from concurrent.futures import ThreadPoolExecutor
from deployment import ADMIN_PASSWORD
from deployment import Deployment
from deployment import ROOT
from services import PostgreSQL
from services import relstorage_section

import base64
import pytest
import requests
import subprocess


@pytest.fixture(scope="module")
def postgresql():
    cluster = PostgreSQL.in_tmp()
    cluster.start()
    yield cluster
    cluster.remove()


@pytest.fixture(scope="module")
def on_postgresql(postgresql, tmp_path_factory, mail_server):
    """Two clients on one PostgreSQL database, the site created by the first."""
    postgresql.create_database("hami")
    deployment = Deployment(home=tmp_path_factory.mktemp("hami-relstorage"))
    deployment.environment = {
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(mail_server.port),
    }
    deployment.prepare()
    clients = [
        deployment.add_client(
            name,
            zope_conf_extra="trusted-proxy 127.0.0.1",
            database=relstorage_section(
                postgresql.dsn(), deployment.var / "blobcache" / name
            ),
        )
        for name in ("machine1", "machine2")
    ]
    try:
        output = deployment.run_script(clients[0], ROOT / "scripts" / "create_site.py")
        assert "created" in output
        for client in clients:
            deployment.start_client(client)
        yield deployment, clients
    finally:
        deployment.stop()


def send(url, number):
    data = letter_data(
        attachments=[
            {
                "filename": f"photo-{number}.jpg",
                "data": base64.b64encode(JPEG + number.to_bytes(4, "big")).decode(),
            }
        ]
    )
    response = requests.post(
        f"{url}/hami/@letters",
        json=data,
        headers={**JSON, "X-Forwarded-For": f"10.66.{number // 250}.{number % 250}"},
        timeout=120,
    )
    return response.status_code, response.json()


def test_site_letters_restart(on_postgresql):
    deployment, clients = on_postgresql
    urls = [client.url for client in clients]
    with ThreadPoolExecutor(max_workers=10) as pool:
        results = list(pool.map(lambda n: send(urls[n % 2], n), range(60)))
    assert [status for status, _body in results] == [201] * 60
    numbers = {body["tracking_number"] for _status, body in results}
    assert len(numbers) == 60

    for client in clients:
        deployment.stop_client(client)
    for client in clients:
        deployment.start_client(client)

    admin = requests.Session()
    admin.auth = ("admin", ADMIN_PASSWORD)
    admin.headers.update(JSON)
    for url in urls:
        found = admin.get(
            f"{url}/hami/@search",
            params={"portal_type": "Letter", "b_size": 100},
            timeout=60,
        ).json()
        assert {item["title"] for item in found["items"]} >= numbers
    # a blob written through one client is read through the other
    letter = admin.get(
        f"{urls[1]}/hami/@search",
        params={"tracking_number": results[0][1]["tracking_number"]},
        timeout=60,
    ).json()["items"][0]["@id"]
    attachment = admin.get(
        f"{letter.replace(urls[1], urls[0])}/attachment-1/@@download/file", timeout=60
    )
    assert attachment.status_code == 200
    assert attachment.content.startswith(JPEG)


def received_letters(url: str) -> int:
    """The public statistics' count of letters received, all months."""
    stats = requests.get(f"{url}/hami/@letters-stats", headers=JSON, timeout=60).json()
    return sum(month["total"]["received"] for month in stats["months"].values())


def test_demo_month_on_postgresql(on_postgresql):
    """`make demo`'s script fills the portal (here on PostgreSQL, while both
    clients serve): items in four languages on the pages citizens open,
    letters answered in the writer's language and published, applications
    in every state; a second run leaves it alone."""
    deployment, clients = on_postgresql
    before = received_letters(clients[1].url)
    output = deployment.run_script(clients[0], ROOT / "scripts" / "demo.py")
    assert "1080 items, 32 letters, 32 applications" in output
    url = clients[1].url
    # the newest items of the departments on each language's home page
    for language, word in (
        ("zh-cn", "发展和改革委员会"),
        ("ug", "تەرەققىيات"),
        ("kk", "دامۋ"),
        ("en", "Development and Reform"),
    ):
        home = requests.get(f"{url}/hami/{language}", timeout=120)
        assert home.status_code == 200
        assert home.text.count("/news/demo-news-") >= 5, language
        news = requests.get(f"{url}/hami/{language}/departments/fgw/news", timeout=60)
        assert word in news.text
        assert news.text.count("demo-news-") >= 3
    # published letters: answers in the writer's language, no personal data
    letters = requests.get(f"{url}/hami/@letters", headers=JSON, timeout=60).json()
    assert len(letters["items"]) >= 8
    for item in letters["items"]:
        assert item["answer"]
        assert "1390902" not in str(item)  # the writers' phone numbers
    answers = {item["title"]: item["answer"] for item in letters["items"]}
    assert any("تەكلىپىڭىزگە رەھمەت" in answer for answer in answers.values())
    assert received_letters(url) == before + 32
    # applications in every state of their workflow
    admin = requests.Session()
    admin.auth = ("admin", ADMIN_PASSWORD)
    found = admin.get(
        f"{url}/hami/@search",
        params={
            "portal_type": "Application",
            "b_size": 100,
            "metadata_fields": "review_state",
        },
        headers=JSON,
        timeout=60,
    ).json()
    states = {item["review_state"] for item in found["items"]}
    assert {"submitted", "supplement_requested", "refused", "accepted"} <= states
    assert {"under_review", "approved", "denied", "closed"} <= states
    again = deployment.run_script(clients[0], ROOT / "scripts" / "demo.py")
    assert "already has its demo month" in again


def test_zodbconvert_filestorage_to_postgresql_and_back(
    postgresql, deployment, client, tmp_path
):
    """The deployment's FileStorage (with blobs) into PostgreSQL, and back."""
    assert send(client.url, 999)[0] == 201  # a letter with an attachment: a blob
    database = postgresql.create_database("converted")
    source = f"""<filestorage source>
  path {deployment.var}/filestorage/Data.fs
  blob-dir {deployment.var}/blobstorage
  read-only true
</filestorage>"""
    relstorage = f"""%import relstorage
<relstorage {{name}}>
  blob-dir {tmp_path}/blobcache-{{name}}
  shared-blob-dir false
  <postgresql>
    dsn {postgresql.dsn(database)}
  </postgresql>
</relstorage>"""
    back = f"""<filestorage destination>
  path {tmp_path}/back/Data.fs
  blob-dir {tmp_path}/back/blobs
</filestorage>"""
    (tmp_path / "back").mkdir()
    to_postgresql = tmp_path / "to-postgresql.conf"
    to_postgresql.write_text(source + "\n" + relstorage.format(name="destination"))
    to_filestorage = tmp_path / "to-filestorage.conf"
    to_filestorage.write_text(relstorage.format(name="source") + "\n" + back)
    for config in (to_postgresql, to_filestorage):
        result = subprocess.run(
            [str(ROOT / "bin" / "zodbconvert"), str(config)],
            capture_output=True,
            text=True,
            timeout=1800,
        )
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    verify = subprocess.run(
        [str(ROOT / "bin" / "zodbverify"), "-f", str(tmp_path / "back" / "Data.fs")],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert verify.returncode == 0, verify.stdout[-2000:] + verify.stderr[-2000:]
    # what went to PostgreSQL came back: every transaction and the blobs
    count = postgresql.psql("SELECT count(*) FROM transaction", database=database)
    assert int(count.split()[-1]) >= 10
    assert list((tmp_path / "back" / "blobs").rglob("*.blob"))
