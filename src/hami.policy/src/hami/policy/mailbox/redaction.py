"""Personal data out of text that will be published (信件公开前的脱敏).

Automatic masking catches what has a shape: phone numbers, 18-digit resident
ID numbers, e-mail addresses, and the writer's own name wherever it appears.
The office then reads the result and removes what no pattern can see; both
steps are recorded with who did them and when.
"""

from hami.policy.cases import clock
from persistent.list import PersistentList

import re


MASK = "***"
ID_NUMBER = re.compile(r"(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
# Mobile and landline numbers, with or without +86, area code, spaces, dashes.
PHONE = re.compile(
    r"(?<![0-9])(?:\+?86[\s-]?)?"
    r"(?:1[3-9][0-9][\s-]?[0-9]{4}[\s-]?[0-9]{4}"  # mobile: 138 9988 7766
    r"|(?:0[0-9]{2,3}[\s-]?)?[0-9]{7,8})"  # landline: 0902-2223434
    r"(?![0-9])"
)


def mask(text: str, names: tuple[str, ...] = ()) -> str:
    text = text or ""
    text = ID_NUMBER.sub(MASK, text)
    text = EMAIL.sub(MASK, text)
    text = PHONE.sub(MASK, text)
    for name in sorted(
        {n.strip() for n in names if n and len(n.strip()) >= 2}, key=len, reverse=True
    ):
        text = text.replace(name, MASK)
    return text


def record(letter, actor: str, kind: str, fields: list[str]) -> None:
    """Keep who redacted what, and when; the original text is never changed."""
    if getattr(letter, "redactions", None) is None:
        letter.redactions = PersistentList()
    letter.redactions.append({
        "actor": actor,
        "time": clock.now().isoformat(timespec="seconds"),
        "kind": kind,
        "fields": ", ".join(fields),
    })
