"""`make bench` (suite ``mail``): provisioning the staff mail server.

Starts Postfix and Dovecot (``make mail-start``) and a throw-away portal,
then times, inside Zope, the tables for every active person of the directory
and the 54 unit lists (postmap and Postfix's reload included): the first run,
a second run with no change (it must write nothing), one password changed,
one person moved to another unit.

Usage: bin/python-test bench/run.py --suite mail
"""

from growth import ROOT
from pathlib import Path

import json
import shutil
import subprocess
import tempfile


def main() -> int:
    from deployment import Deployment
    from deployment import free_port

    root = Path(tempfile.mkdtemp(prefix="hami-bench-mail-", dir="/tmp"))
    root.chmod(0o755)
    ports = {
        name: free_port() for name in ("SMTP", "SUBMISSION", "PORTAL", "IMAP", "LMTP")
    }
    make = ["make", "--no-print-directory", "-C", str(ROOT)]
    with tempfile.TemporaryDirectory(prefix="hami-bench-mail-portal-") as home:
        deployment = Deployment(home=Path(home))
        try:
            subprocess.run(
                [*make, "mail-start", f"MAIL_ROOT={root}"]
                + [f"MAIL_{name}_PORT={port}" for name, port in ports.items()],
                check=True,
                timeout=300,
            )
            deployment.start_zeo()
            client = deployment.add_client("instance")
            deployment.run_script(client, ROOT / "scripts" / "create_site.py")
            deployment.environment["HAMI_MAIL_ROOT"] = str(root)
            output = deployment.run_script(client, ROOT / "bench" / "provision_mail.py")
        finally:
            deployment.stop()
            subprocess.run([*make, "mail-stop", f"MAIL_ROOT={root}"], timeout=300)
            shutil.rmtree(root, ignore_errors=True)
    results = json.loads(output.strip().splitlines()[-1])
    first = results["first"]
    print(
        f"\nStaff mail tables: {first['accounts']} accounts, {first['lists']} lists "
        "(54 units, all staff, the leadership)"
    )
    print("run                          ms  tables written")
    for name, result in results.items():
        written = ", ".join(result["written"]) or "none"
        print(f"{name:<24}{result['ms']:>9.1f}  {written}")
    touched = results["unchanged"]["files_touched"]
    print(f"files the unchanged run touched: {', '.join(touched) or 'none'}")
    return 1 if touched or results["unchanged"]["written"] else 0
