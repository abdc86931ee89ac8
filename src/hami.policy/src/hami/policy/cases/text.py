"""Text as citizens type it, without invisible tricks; never HTML-interpreted."""

from hami.policy import _
from hami.policy.errors import Refused

import re
import unicodedata


# Bidirectional embeddings, overrides and isolates can make a title read as
# something else (e.g. a filename ending in "gpj.exe" shown as "exe.jpg").
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
OTHER_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value, multiline: bool = False) -> str:
    """Unicode text as typed, without invisible tricks; never HTML-interpreted."""
    if isinstance(value, bytes):
        try:
            value = value.decode("utf-8")
        except UnicodeDecodeError as error:
            raise Refused(
                _("error_encoding", default="The text could not be read (not UTF-8).")
            ) from error
    value = str(value or "")
    try:
        # Zope keeps undecodable bytes as lone surrogates.
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise Refused(
            _("error_encoding", default="The text could not be read (not UTF-8).")
        ) from error
    value = unicodedata.normalize("NFC", value)
    value = BIDI_CONTROLS.sub("", value)
    value = OTHER_CONTROLS.sub("", value)
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if not multiline:
        value = " ".join(value.split())
    return value.strip()


def normalised_for_duplicates(value: str) -> str:
    return "".join(value.split()).casefold()


SEARCH_MAX = 200
OPERATORS = {"and", "or", "not"}


def param(form, name: str, default: str = "") -> str:
    """One text parameter of a request: a list, a record or a file is not one."""
    value = form.get(name, default)
    return value.strip() if isinstance(value, str) else default


def search_text(value) -> str:
    """Words to search for, without the full-text index's syntax.

    Quotes, brackets, ``*``, ``?`` and the words AND, OR, NOT are query syntax
    to the catalog and can make it fail ("((((((" or a lone quote); citizens
    mean words. Letters, digits and marks of every script stay.
    """
    if not isinstance(value, str):
        return ""
    kept = "".join(
        char if unicodedata.category(char)[0] in "LNM" or char == "-" else " "
        for char in value[: SEARCH_MAX * 4]
    )
    words = [word for word in kept.split() if word.lower() not in OPERATORS]
    return " ".join(words)[:SEARCH_MAX].strip()
