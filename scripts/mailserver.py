#!/usr/bin/env python3
"""The staff mail server: Debian's Postfix and Dovecot, our own instances.

    mailserver.py start  --root instance/var/mail [--domain ...] [ports]
    mailserver.py stop   --root instance/var/mail
    mailserver.py status --root instance/var/mail

Everything lives under ``--root``: the configuration written from the
templates in profiles/mail/, the queue, the mailboxes (owned by Debian's
``mail`` user), the logs, a TLS certificate (self-signed when there is none:
production puts the prefecture's own in ``tls/``) and the tables the portal
writes (``maps/``).  The servers listen on loopback (``--listen``) and never
use /etc/postfix, /etc/dovecot or the machine's own mail services.

Postfix's master and Dovecot start as root (their daemons drop privileges);
when not run as root, the commands go through sudo.  Only the standard
library: the Makefile runs it with the system's Python.
"""

from __future__ import annotations

from pathlib import Path

import argparse
import grp
import json
import os
import pwd
import re
import shutil
import socket
import subprocess
import sys
import time


TEMPLATES = Path(__file__).resolve().parent.parent / "profiles" / "mail"


def hash_maps() -> list[str]:
    """The tables Postfix's configuration names (``hash:@ROOT@/maps/<name>``),
    which the portal writes (hami.policy.mail.provisioning); empty until then."""
    text = "".join(
        (TEMPLATES / name).read_text() for name in ("main.cf.in", "master.cf.in")
    )
    return sorted(set(re.findall(r"hash:@ROOT@/maps/(\w+)", text)))


DEFAULT_PORTS = {
    "smtp": 8025,
    "submission": 8587,
    "portal": 8026,
    "imap": 8143,
    "lmtp": 8024,
}


def sudo(command: list[str]) -> list[str]:
    return command if os.getuid() == 0 else ["sudo", "-n", *command]


def run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(sudo(command), check=True, timeout=120, **kwargs)


def render(name: str, values: dict[str, str]) -> str:
    text = (TEMPLATES / name).read_text()
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    return text


def certificate(root: Path, hostname: str) -> None:
    tls = root / "tls"
    tls.mkdir(exist_ok=True)
    if (tls / "cert.pem").exists() and (tls / "key.pem").exists():
        return
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "3650",
            "-subj",
            f"/CN={hostname}",
            "-keyout",
            str(tls / "key.pem"),
            "-out",
            str(tls / "cert.pem"),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    (tls / "key.pem").chmod(0o600)


def configure(root: Path, args: argparse.Namespace) -> dict[str, str]:
    mail = pwd.getpwnam("mail")
    postfix = pwd.getpwnam("postfix")
    hostname = args.hostname or f"mail.{args.domain}"
    values = {
        "ROOT": str(root),
        "DOMAIN": args.domain,
        "HOSTNAME": hostname,
        "LISTEN": args.listen,
        "RELAYHOST": args.relayhost or "",
        "SMTP_PORT": str(args.smtp_port),
        "SUBMISSION_PORT": str(args.submission_port),
        "PORTAL_PORT": str(args.portal_port),
        "IMAP_PORT": str(args.imap_port),
        "LMTP_PORT": str(args.lmtp_port),
        "MAIL_UID": str(mail.pw_uid),
        "MAIL_GID": str(mail.pw_gid),
        "POSTFIX_USER": postfix.pw_name,
        "POSTFIX_GROUP": grp.getgrgid(postfix.pw_gid).gr_name,
    }
    for name in ("postfix", "spool", "data", "log", "run", "state", "maps", "vmail"):
        (root / name).mkdir(parents=True, exist_ok=True)
    # Postfix and Dovecot's users reach the tables, the socket and the mail
    root.chmod(0o755)
    certificate(root, hostname)
    (root / "postfix" / "main.cf").write_text(render("main.cf.in", values))
    (root / "postfix" / "master.cf").write_text(render("master.cf.in", values))
    (root / "dovecot.conf").write_text(render("dovecot.conf.in", values))
    for name in hash_maps():
        table = root / "maps" / name
        if not table.exists():
            table.write_text("")
        if not (root / "maps" / f"{name}.db").exists():
            subprocess.run(
                ["postmap", "-c", str(root / "postfix"), f"hash:{table}"],
                check=True,
                timeout=60,
            )
    passwd = root / "maps" / "passwd"
    if not passwd.exists():
        passwd.write_text("")
    (root / "ports.json").write_text(
        json.dumps({name: getattr(args, f"{name}_port") for name in DEFAULT_PORTS})
    )
    if os.getuid() == 0:
        os.chown(root / "data", postfix.pw_uid, postfix.pw_gid)
        os.chown(root / "vmail", mail.pw_uid, mail.pw_gid)
        dovecot = grp.getgrnam("dovecot")
        os.chown(passwd, 0, dovecot.gr_gid)
    else:
        run(["chown", f"{postfix.pw_uid}:{postfix.pw_gid}", str(root / "data")])
        run(["chown", f"{mail.pw_uid}:{mail.pw_gid}", str(root / "vmail")])
        run(["chgrp", "dovecot", str(passwd)])
    passwd.chmod(0o640)
    return values


def wait(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"nothing answers on 127.0.0.1:{port}")


def running(root: Path) -> dict[str, bool]:
    postfix = (
        subprocess.run(
            sudo(["postfix", "-c", str(root / "postfix"), "status"]),
            capture_output=True,
            timeout=60,
        ).returncode
        == 0
    )
    pid = root / "run" / "master.pid"
    dovecot = False
    if pid.exists():
        try:
            os.kill(int(pid.read_text().split()[0]), 0)
            dovecot = True
        except (OSError, ValueError):
            dovecot = False
    return {"postfix": postfix, "dovecot": dovecot}


def start(args: argparse.Namespace) -> None:
    root = Path(args.root).resolve()
    for tool in ("postfix", "postmap", "dovecot", "openssl"):
        if not shutil.which(tool) and not Path(f"/usr/sbin/{tool}").exists():
            raise SystemExit(f"{tool} is missing: make system PROFILE=production")
    configure(root, args)
    state = running(root)
    if not state["dovecot"]:
        run(["dovecot", "-c", str(root / "dovecot.conf")])
    if state["postfix"]:
        run(["postfix", "-c", str(root / "postfix"), "reload"], capture_output=True)
    else:
        run(["postfix", "-c", str(root / "postfix"), "start"], capture_output=True)
    for port in (args.smtp_port, args.submission_port, args.imap_port):
        wait(port)
    print(
        f"[hami] Mail for @{args.domain} on {args.listen}: SMTP {args.smtp_port}, "
        f"submission {args.submission_port}, IMAP {args.imap_port}, "
        f"the portal's port {args.portal_port}; data in {root}"
    )


def stop(args: argparse.Namespace) -> None:
    root = Path(args.root).resolve()
    if not (root / "postfix" / "main.cf").exists():
        return
    state = running(root)
    if state["postfix"]:
        subprocess.run(
            sudo(["postfix", "-c", str(root / "postfix"), "stop"]),
            capture_output=True,
            timeout=60,
        )
    if state["dovecot"]:
        subprocess.run(
            sudo(["dovecot", "-c", str(root / "dovecot.conf"), "stop"]),
            capture_output=True,
            timeout=60,
        )
        deadline = time.monotonic() + 20
        while running(root)["dovecot"] and time.monotonic() < deadline:
            time.sleep(0.2)


def status(args: argparse.Namespace) -> int:
    state = running(Path(args.root).resolve())
    print(" ".join(f"{name}: {'up' if up else 'down'}" for name, up in state.items()))
    return 0 if all(state.values()) else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("start", "stop", "status"))
    parser.add_argument("--root", required=True)
    parser.add_argument("--domain", default="hami.gov.cn")
    parser.add_argument("--hostname", default="")
    parser.add_argument("--listen", default="127.0.0.1")
    parser.add_argument(
        "--relayhost", default="", help="e.g. [127.0.0.1]:2525; empty: DNS (MX)"
    )
    for name, port in DEFAULT_PORTS.items():
        parser.add_argument(f"--{name}-port", type=int, default=port)
    args = parser.parse_args(argv)
    if args.command == "start":
        start(args)
    elif args.command == "stop":
        stop(args)
    else:
        return status(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
