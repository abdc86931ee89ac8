"""Every message of both add-ons is translated into the four languages.

No native speaker reviewed the Uyghur and Kazakh texts (the catalogues say so in
their headers), but none may be missing, fuzzy or lose a placeholder.
"""

from deployment import ROOT

import pytest
import re


LANGUAGES = ("zh_CN", "ug", "kk", "en")
PACKAGES = ("hami.policy", "hami.theme")
PLACEHOLDER = re.compile(r"\$\{[a-z_]+\}|%\([a-z_]+\)d")
ARABIC = re.compile("[\u0600-\u06ff]")


def entries(path):
    """(msgid, msgstr, flags, default) of a .po/.pot file, header excluded."""
    text = path.read_text(encoding="utf-8")
    result = []
    for block in text.split("\n\n"):
        lines = block.strip().splitlines()
        flags = " ".join(line for line in lines if line.startswith("#,"))
        default = "".join(
            re.findall(r'^#\. (?:Default: )?"(.*)"$', "\n".join(lines), re.MULTILINE)
        )
        fields = {"msgid": "", "msgstr": ""}
        current = None
        for line in lines:
            match = re.match(r'^(msgid|msgstr) "(.*)"$', line)
            if match:
                current = match.group(1)
                fields[current] = match.group(2)
            elif current and line.startswith('"'):
                fields[current] += line[1:-1]
        if fields["msgid"]:
            result.append((fields["msgid"], fields["msgstr"], flags, default))
    return result


def catalogues():
    for package in PACKAGES:
        locales = (
            ROOT / "src" / package / "src" / "hami" / package.split(".")[1] / "locales"
        )
        for language in LANGUAGES:
            yield (
                package,
                language,
                locales / language / "LC_MESSAGES" / f"{package}.po",
            )


@pytest.mark.parametrize("package,language,path", list(catalogues()))
def test_catalogue_complete(package, language, path):
    pot = path.parent.parent.parent / f"{package}.pot"
    expected = {msgid for msgid, *_ in entries(pot)}
    translated = {
        msgid: (msgstr, flags, default)
        for msgid, msgstr, flags, default in entries(path)
    }
    assert expected - set(translated) == set(), "messages missing from the catalogue"
    for msgid in expected:
        msgstr, flags, default = translated[msgid]
        assert msgstr, f"{msgid!r} is not translated into {language}"
        assert "fuzzy" not in flags, f"{msgid!r} is fuzzy in {language}"
        source = default or msgid
        assert set(PLACEHOLDER.findall(source)) <= set(PLACEHOLDER.findall(msgstr)), (
            msgid
        )
        if language in ("ug", "kk"):
            assert ARABIC.search(msgstr) or not re.search("[A-Za-z]", source), msgid


@pytest.mark.parametrize("language", ("ug", "kk"))
@pytest.mark.parametrize("domain", ("plone", "plonelocales"))
def test_plone_texts_for_citizens(language, domain):
    """Plone has no Uyghur or Kazakh: the theme's catalogues cover its public texts."""
    path = (
        ROOT
        / "src/hami.theme/src/hami/theme/locales"
        / language
        / "LC_MESSAGES"
        / f"{domain}.po"
    )
    found = entries(path)
    assert len(found) >= 40
    for msgid, msgstr, flags, _default in found:
        assert msgstr and "fuzzy" not in flags, msgid
        assert ARABIC.search(msgstr), msgid


# Kazakh in Arabic script (REFERENCE §5): the high hamza U+0674 marks front
# vowels, never ARABIC LETTER HAMZA U+0621; ې ۈ ئ are Uyghur letters. Neither
# language uses presentation forms or the ideographic space of Chinese text.
KAZAKH_FORBIDDEN = re.compile("[\u0621\u06d0\u06c8\u0626]")
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")
IDEOGRAPHIC_SPACE = "\u3000"


def _arabic_texts():
    """(language, where, text) of every Uyghur and Kazakh text we ship."""
    import csv

    for package in PACKAGES:
        short = package.split(".")[1]
        locales = ROOT / "src" / package / "src" / "hami" / short / "locales"
        for language in ("ug", "kk"):
            for path in (locales / language / "LC_MESSAGES").glob("*.po"):
                for msgid, msgstr, _flags, _default in entries(path):
                    yield language, f"{path.name}: {msgid}", msgstr
    data = ROOT / "src/hami.policy/src/hami/policy/data"
    for path in data.glob("*.csv"):
        with path.open(encoding="utf-8") as stream:
            for number, row in enumerate(csv.DictReader(stream), start=2):
                for column, value in row.items():
                    if column.endswith(("_ug", "_kk")):
                        yield column[-2:], f"{path.name}:{number}", value or ""
    branding = (
        ROOT / "src/hami.theme/src/hami/theme/profiles/default/registry/branding.xml"
    )
    for language, text in re.findall(
        r'<element key="(ug|kk)">(.*?)</element>', branding.read_text(), re.S
    ):
        yield language, "branding.xml", text


def test_kazakh_and_uyghur_spelling():
    problems = []
    for language, where, text in _arabic_texts():
        if language == "kk" and KAZAKH_FORBIDDEN.search(text):
            problems.append(f"kk {where}: {KAZAKH_FORBIDDEN.findall(text)}")
        if PRESENTATION_FORMS.search(text):
            problems.append(f"{language} {where}: presentation forms")
        if IDEOGRAPHIC_SPACE in text:
            problems.append(f"{language} {where}: ideographic space")
    assert not problems, "\n".join(problems[:30])


def test_kazakh_terminology_in_one_form():
    texts = [text for language, _where, text in _arabic_texts() if language == "kk"]
    joined = "\n".join(texts)
    assert "باس بەت" not in joined  # "Home" is باستى بەت
    assert not re.search(r"(?<!\w)سايت", joined)  # "website" is تور بەكەت


def test_mail_subjects_in_arabic_script_begin_with_words():
    for package in ("hami.policy",):
        locales = ROOT / "src" / package / "src" / "hami" / "policy" / "locales"
        for language in ("ug", "kk"):
            path = locales / language / "LC_MESSAGES" / f"{package}.po"
            for msgid, msgstr, _flags, _default in entries(path):
                if msgid.startswith("mail_") and msgid.endswith("_subject"):
                    assert ARABIC.match(msgstr), (language, msgid, msgstr)
