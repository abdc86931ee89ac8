"""`make demo`: a month of a prefecture's work, so that a first look shows a
living portal.

    bin/instance run scripts/demo.py [--scale N]

In all four languages (linked as translations): news, notices and policy
documents of every unit over the last 30 days, each through the three-level
review; letters to the commissioner and the units, most answered and
published redacted, some still waiting; applications for the services in
every state of their workflow. Texts come from scripts/demo.yaml. Everything
goes through the portal's own steps (the intake, the letter and application
steps, the review workflow). Run once: a second run says so and does nothing.
--scale multiplies the items per unit (the benchmarks use it).
"""

from AccessControl.SecurityManagement import newSecurityManager
from DateTime import DateTime
from datetime import timedelta
from hami.policy.cases import clock
from hami.policy.cases.steps import take
from hami.policy.languages import CODES
from hami.policy.mailbox import steps as letter_steps
from hami.policy.mailbox.handling import publish_copy
from hami.policy.mailbox.submission import LetterForm
from hami.policy.mailbox.submission import submit as submit_letter
from hami.policy.organisation.data import units
from hami.policy.organisation.importer import link_translations
from hami.policy.scripting import open_site
from hami.policy.servicehall import steps as application_steps
from hami.policy.servicehall.importer import services
from hami.policy.servicehall.settings import guide_for
from hami.policy.servicehall.submission import ApplicationForm
from hami.policy.servicehall.submission import submit as submit_application
from pathlib import Path
from plone import api
from Products.CMFCore.WorkflowCore import WorkflowException
from zope.annotation.interfaces import IAnnotations

import argparse
import random
import sys
import time
import transaction
import yaml


MARKER = "hami.demo"
# `bin/instance run` gives the script as sys.argv[2] (after "-c")
SCRIPT = Path(next((a for a in sys.argv if a.endswith("demo.py")), "scripts/demo.py"))
TEXTS = yaml.safe_load((SCRIPT.resolve().parent / "demo.yaml").read_text())
KINDS = (  # column, type, templates, items per unit and language
    ("news", "News Item", "news", 4),
    ("notices", "Document", "notices", 1),
    ("policies", "PolicyDocument", "policies", 1),
)
# A month of the mailbox and the service hall at scale 1.
LETTERS_PER_MONTH = 32
APPLICATIONS_PER_PATH = 4
REVIEW = ("submit", "approve", "send_to_final", "final_approve")


def say(message: str) -> None:
    print(f"[demo] {message}", flush=True)


def publish(item) -> None:
    """Through the three-level review, as the people would."""
    workflow = api.portal.get_tool("portal_workflow")
    for transition in REVIEW:
        if api.content.get_state(item) == "published":
            return
        try:
            workflow.doActionFor(item, transition)
        except WorkflowException:
            continue


def sites(unit_id: str) -> dict:
    """The unit's sub-site in each language."""
    portal = api.portal.get()
    found = {}
    for language in CODES:
        for directory in ("departments", "counties"):
            folder = portal[language].get(directory)
            if folder is not None and unit_id in folder:
                found[language] = folder[unit_id]
    return found


def fill_columns(rng: random.Random, scale: int) -> int:
    now = DateTime()
    count = 0
    for unit_number, unit in enumerate(units()):
        unit_sites = sites(unit.id)
        for column_id, portal_type, templates, per_unit in KINDS:
            options = TEXTS[templates]
            for number in range(per_unit * scale):
                if portal_type == "PolicyDocument" and (unit_number + number) % 3:
                    continue  # a policy document from every third unit
                template = options[(unit_number + number) % len(options)]
                days_ago = rng.uniform(0, 30)
                items = {}
                for language, site in unit_sites.items():
                    column = site.get(column_id)
                    if column is None or language not in template:
                        continue
                    extra = {}
                    if portal_type == "PolicyDocument":
                        extra = {
                            "document_number": (
                                f"哈{unit.id}发〔2026〕{100 + unit_number + number}号"
                            ),
                            "issuing_authority": unit.name(language),
                            "date_of_issue": (now - days_ago).asdatetime().date(),
                        }
                    item = api.content.create(
                        container=column,
                        type=portal_type,
                        id=f"demo-{column_id}-{number + 1}",
                        title=template[language].format(unit=unit.name(language)),
                        **extra,
                    )
                    publish(item)
                    item.setEffectiveDate(now - days_ago)
                    item.reindexObject(idxs=["effective", "EffectiveDate"])
                    items[language] = item
                    count += 1
                if len(items) > 1:
                    link_translations(items)
        if unit_number % 6 == 5:
            transaction.commit()
            say(f"{count} items published ({unit_number + 1} units)")
    transaction.commit()
    return count


def backdate(case, days_ago: float, handled_in: float = 0) -> None:
    """Received some days ago and handled some days later, as in a month of
    real work (never later than today)."""
    received = clock.now() - timedelta(days=days_ago)
    handled = received + timedelta(days=min(handled_in, days_ago))
    shift = received - case.received
    case.received = received
    for name in ("accepted_on", "deadline"):
        if getattr(case, name, None):
            setattr(case, name, getattr(case, name) + shift)
    for name in ("answered_on", "completed_on"):
        if getattr(case, name, None):
            setattr(case, name, handled)
    case.reindexObject()
    if getattr(case, "public_uid", None):
        publish_copy(case)  # the public copy shows the same dates


def write_letters(rng: random.Random, scale: int) -> int:
    unit_ids = [unit.id for unit in units()]
    count = 0
    total = LETTERS_PER_MONTH * scale
    for number in range(total):
        text = TEXTS["letters"][number % len(TEXTS["letters"])]
        # every letter in every language, not each text in one
        language = CODES[number // len(TEXTS["letters"]) % len(CODES)]
        title, body = text[language]
        letter, _duplicate = submit_letter(
            LetterForm(
                letter_type=text["type"],
                addressed_to="mailbox" if number % 3 else rng.choice(unit_ids),
                title=title,
                body=body,
                name=["王小花", "艾力·买买提", "阿依古丽", "马建国"][number % 4],
                phone=f"1390902{number:04d}",
                email="",
                publish_consent=number % 4 != 0,
                language=language,
            ),
            f"10.200.{number // 250}.{number % 250}",
        )
        handle_letter(letter, number, unit_ids, text["answer"][language])
        backdate(letter, 30 - number * 28 / total, rng.uniform(1, 10))
        count += 1
    transaction.commit()
    return count


def handle_letter(letter, number: int, unit_ids: list[str], answer: str) -> None:
    """Most are answered and published; the newest are still being handled."""
    stage = number % 6
    if stage == 5:
        return  # just received
    api.content.transition(obj=letter, transition="start_review")
    unit = letter.addressed_to if letter.addressed_to in unit_ids else "fgw"
    take(letter, letter_steps.STEPS["accept"], {"department": unit})
    if stage == 4:
        return  # with the unit
    take(
        letter,
        letter_steps.STEPS["answer"],
        {"answer": answer},
    )
    for transition in ("approve_answer", "approve_final"):
        api.content.transition(obj=letter, transition=transition)
    if letter.publish_consent and stage < 3:
        take(
            letter,
            letter_steps.STEPS["publish"],
            letter_steps.automatic_redaction(letter),
        )


APPLICATION_PATHS = (
    (),  # submitted
    (("request_supplement", {"missing": "请补充营业执照复印件。"}),),
    (("refuse", {"reason": "不属于本中心受理范围。"}),),
    (("accept", None),),
    (("accept", None), ("start_review", None)),
    (
        ("accept", None),
        ("start_review", None),
        ("decide", {"decision": "approve", "note": "准予办理。"}),
    ),
    (
        ("accept", None),
        ("start_review", None),
        ("decide", {"decision": "deny", "note": "材料不符合条件。"}),
    ),
    (
        ("accept", None),
        ("start_review", None),
        ("decide", {"decision": "approve", "note": "准予办理。"}),
        ("close", None),
    ),
)


def form_values(service: dict, rng: random.Random) -> dict[str, str]:
    """What a citizen would type into the service's form."""
    values = {}
    for spec in service["fields"]:
        if spec["type"] == "choice":
            values[spec["id"]] = spec["choices"][0]["value"]
        elif spec["type"] in ("text", "textarea"):
            values[spec["id"]] = rng.choice(TEXTS["applications"]["company"])
        elif spec["type"] == "int":
            values[spec["id"]] = "3"
        elif spec["type"] == "date":
            values[spec["id"]] = "2026-11-01"
    return values


def follow(application, path) -> None:
    """Take an application along one path of its workflow."""
    for transition, data in path:
        if data is None:
            try:
                api.content.transition(obj=application, transition=transition)
            except (WorkflowException, api.exc.InvalidParameterError):
                return
        elif transition == "decide" and application.leadership_approval:
            # the department proposes, the leadership decides
            proposed = {"approve": "propose_approval", "deny": "propose_denial"}
            proposal = {**data, "decision": proposed[data["decision"]]}
            take(application, application_steps.STEPS[transition], proposal)
            api.content.transition(
                obj=application, transition=f"leadership_{data['decision']}"
            )
        else:
            take(application, application_steps.STEPS[transition], data)


def apply_for_services(rng: random.Random, scale: int) -> int:
    count = 0
    total = len(APPLICATION_PATHS) * APPLICATIONS_PER_PATH * scale
    for number in range(total):
        service = services()[number % len(services())]
        guide = guide_for(service["id"], "zh-cn")
        if guide is None:
            continue
        fields = form_values(service, rng)
        application, _duplicate = submit_application(
            ApplicationForm(
                service_code=service["id"],
                applicant_name=["马建国", "古丽娜尔", "张伟", "叶尔兰"][number % 4],
                phone=f"1399902{number:04d}",
                language="zh-cn",
                fields=fields,
            ),
            guide,
            f"10.201.{number // 250}.{number % 250}",
        )
        follow(application, APPLICATION_PATHS[number % len(APPLICATION_PATHS)])
        backdate(application, 30 - number * 28 / total, rng.uniform(1, 12))
        count += 1
    transaction.commit()
    return count


def main(app, scale: int) -> int:
    site = open_site(app, "hami")
    annotations = IAnnotations(site)
    if annotations.get(MARKER):
        say(f"The portal already has its demo month ({annotations[MARKER]}).")
        return 0
    rng = random.Random(2026)  # noqa: S311 - spreads dates, nothing secret
    start = time.monotonic()
    # as Zope's administrator, a real user whom the workflows' guards know
    root_users = site.getPhysicalRoot().acl_users
    newSecurityManager(None, root_users.getUserById("admin").__of__(root_users))
    items = fill_columns(rng, scale)
    letters = write_letters(rng, scale)
    applications = apply_for_services(rng, scale)
    summary = f"{items} items, {letters} letters, {applications} applications"
    annotations[MARKER] = summary
    transaction.commit()
    say(f"{summary} in {time.monotonic() - start:.0f} s.")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=1)
    arguments, _rest = parser.parse_known_args([
        a for a in sys.argv[1:] if a != "-c" and not a.endswith("demo.py")
    ])
    sys.exit(main(app, arguments.scale))  # noqa: F821 - given by `bin/instance run`
