"""The staff screens in Uyghur and in Kazakh, in Chromium.

A webmaster of a Uyghur and of a Kazakh department site opens what staff meet
every day: the toolbar and its menus, folder contents, the add forms of every
type they may add and their validation messages, the edit forms of the column
and the department, sharing, history, the workflow comment form, their
personal information and preferences; and, logged out, the log-in and
password-reset forms. Every visible text of the portal's own interface must
be in Arabic script (user content, numbers, dates in digits and a short list
of product names excepted), and every text in Arabic script must be laid out
right to left. Screenshots go to tests/output/staff-<language>-<screen>.png.
"""

from conftest import create_user
from conftest import login
from deployment import ADMIN_PASSWORD

import json
import pytest
import re
import requests


LANGUAGES = ("ug", "kk", "zh-cn")
FULLNAME = {"ug": "ئابلىمىت ھەسەن", "kk": "ەرلان قاسىمۇلى", "zh-cn": "王晓华"}
NEWS = {"ug": "يېڭى خەۋەر", "kk": "جاڭا جاڭالىق", "zh-cn": "工作动态"}
# Names that stay as they are in every language.
# (No \b: Chinese characters count as word characters.)
PRODUCTS = re.compile(
    r"(?<![A-Za-z])(Plone|TinyMCE|HTML|URL|PDF|CSV|RSS|JSON|ZIP|UID|ID|ICS|iCal|"
    r"iCalendar|vCard|KB|MB|GB|px|WYSIWYG|EasyForm|"
    # the video system's formats, protocols and programs
    r"MP4|MOV|MKV|AVI|MPEG|H\.264|AAC|WebVTT|WEBVTT|HLS|TUS|REST API|SRS|"
    r"nginx-rtmp|ffmpeg|\.m3u8|https?|UTF-8)(?![A-Za-z])"
)
# What a screen shows that is not the interface: addresses, file names,
# numbers, dates and times in digits, user names (the test's own are in
# Arabic script), the site's address.
# (Chromium writes a date of a language it has no data for as "2026 M11 16").
NOT_INTERFACE = re.compile(
    r"https?://\S*|\$\{\w+\}|(?<![A-Za-z])[a-z]+(_[a-z]+)+(?![A-Za-z])|\S+@\S+|[\w.-]+\.(png|jpe?g|pdf|docx?|gif|svg)\b|"
    r"\blocalhost\b|\b\d{4} M\d{1,2} \d{1,2}\b|\b\d[\d:./-]*\b|\b[AP]M\b|"
    r"\b(image|text|application|video|audio)/[\w*+.-]+|"
    # identifiers shown as such: group ids, host names
    r"\b[a-z0-9]+-(editors|reviewers|staff|office)\b|\b[a-z0-9-]+(\.[a-z0-9-]+){2,}\b"
)
# Not the page's script: for Uyghur and Kazakh, Latin, Chinese and Cyrillic
# (TinyMCE's own Kazakh is Cyrillic, which the Kazakhs of Xinjiang do not
# read); for Chinese, Latin, Arabic and Cyrillic.
FOREIGN = {
    "ug": re.compile(r"[A-Za-z\u3400-\u9fff\u0400-\u04ff]"),
    "kk": re.compile(r"[A-Za-z\u3400-\u9fff\u0400-\u04ff]"),
    "zh-cn": re.compile(r"[A-Za-z\u0600-\u06ff\u0400-\u04ff]"),
}

# Visible texts (text nodes, placeholders, button values) that are not
# Arabic script, with where they are; and Arabic texts not laid out right to left.
SCAN = """() => {
  const problems = [];
  const rtl = [];
  const visible = (el) => {
    if (!el) return false;
    const style = getComputedStyle(el);
    if (style.visibility === "hidden" || style.display === "none") return false;
    return el.getClientRects().length > 0;
  };
  const where = (el) => {
    const parts = [];
    while (el && el !== document.body && parts.length < 4) {
      parts.unshift(el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
        (el.className && typeof el.className === "string" ?
          "." + el.className.trim().split(/\\s+/).slice(0, 2).join(".") : ""));
      el = el.parentElement;
    }
    return parts.join(" > ");
  };
  // not the staff screens' interface: the public footer (address, ICP
  // number), the language selector (each language in its own script), the
  // text-size buttons (A, A+, A++), TinyMCE's element path, user content
  const skip = (el) => el.closest(
    "script, style, noscript, textarea, [contenteditable], .mce-content-body, " +
    "code, pre, #portal-footer-wrapper, #portal-languageselector, " +
    ".hami-text-size, .tox-statusbar__path, #portal-breadcrumbs .breadcrumb-item a, " +
    // a unit's postal address is written in Chinese only (organisation.csv);
    // folder contents' path shows the items' ids, as in the address
    ".hami-contact-address, .fc-breadcrumbs");
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const text = node.textContent.trim();
    const el = node.parentElement;
    if (!text || !el || skip(el) || !visible(el)) continue;
    problems.push([text, where(el)]);
    if (/[\\u0600-\\u06ff]/.test(text) && getComputedStyle(el).direction !== "rtl") {
      rtl.push([text, where(el)]);
    }
  }
  for (const el of document.querySelectorAll(
      "input[placeholder], textarea[placeholder], input[type=submit], input[type=button]")) {
    if (!visible(el)) continue;
    const text = (el.getAttribute("placeholder") || el.value || "").trim();
    if (text) problems.push([text, where(el)]);
  }
  return {texts: problems, rtl: rtl};
}"""


# Words Plone's own Chinese catalogue keeps in Latin letters (联系Email, Web 地址).
LOANWORDS = {"zh-cn": re.compile(r"(?<![A-Za-z])(Email|Web)(?![A-Za-z])")}


def foreign(
    texts: list[list[str]], user_content: set[str], language: str
) -> list[list[str]]:
    found = []
    for text, where in texts:
        rest = text
        for content in sorted(user_content, key=len, reverse=True):
            rest = rest.replace(content, " ")
        rest = PRODUCTS.sub(" ", NOT_INTERFACE.sub(" ", rest))
        if language in LOANWORDS:
            rest = LOANWORDS[language].sub(" ", rest)
        if FOREIGN[language].search(rest):
            found.append([text[:80], where])
    return found


def listing(session: requests.Session, url: str) -> list[dict]:
    """@users and @groups: a list, or a batch of ``items``."""
    found = session.get(url, timeout=120).json()
    return found.get("items", []) if isinstance(found, dict) else found


def site_data(portal_url: str, admin: requests.Session) -> set[str]:
    """What the site holds that is not its interface: the titles of its
    content (other tests add items in every language) and the names of its
    people and groups (the groups' titles are Chinese)."""
    data = {"admin"}
    url = f"{portal_url}/@search?b_size=500&metadata_fields=Title"
    while url:
        response = admin.get(url, timeout=120)
        assert response.status_code == 200, response.text
        found = response.json()
        data |= {item["title"] for item in found["items"] if item.get("title")}
        url = found.get("batching", {}).get("next")
    for person in listing(admin, f"{portal_url}/@users"):
        data |= {person["id"], person.get("fullname") or ""}
    for group in listing(admin, f"{portal_url}/@groups"):
        data |= {group["id"], f"({group['id']})", group.get("title") or ""}
    return {text for text in data if len(text) > 1}


def screens(portal_url: str, language: str, session: requests.Session) -> dict:
    """The screens of one language's department site, with the add forms of
    every type its webmaster may add in the department and its news column."""
    department = f"{portal_url}/{language}/departments/fgw"
    found = {
        "department": department,
        "folder-contents": f"{department}/news/folder_contents",
        "sharing": f"{department}/news/@@sharing",
        "personal-information": f"{portal_url}/{language}/@@personal-information",
        "personal-preferences": f"{portal_url}/{language}/@@personal-preferences",
        "change-password": f"{portal_url}/{language}/@@change-password",
    }
    listing = session.get(department, timeout=60).json()
    columns = [item["@id"] for item in listing["items"] if item["@type"] == "Column"]
    for container in (department, *columns):
        response = session.get(f"{container}/@types", timeout=60)
        assert response.status_code == 200, response.text
        for info in response.json():
            if info.get("addable"):
                name = info["id"]
                found.setdefault(
                    f"add-{name.replace(' ', '-').lower()}",
                    f"{container}/++add++{name}",
                )
    return found


class Screens:
    """Opens screens in one browser page and keeps what each shows wrongly."""

    def __init__(self, page, language: str, user_content: set[str], output_dir):
        self.page = page
        self.language = language
        self.user_content = user_content
        self.output_dir = output_dir
        self.problems: dict[str, list] = {}

    def check(self, name: str) -> None:
        result = self.page.evaluate(SCAN)
        self.problems.setdefault(name, []).extend(
            foreign(result["texts"], self.user_content, self.language)
        )
        self.problems.setdefault(f"{name}-rtl", []).extend(result["rtl"])

    def open(self, name: str, url: str) -> None:
        self.page.goto(url)
        self.page.wait_for_load_state("networkidle")
        if name == "folder-contents":
            self.page.wait_for_selector(".pat-structure table")
        if name == "department":
            self.toolbar_menus(name)
        if name.startswith("add-"):
            self.save_empty()
        self.check(name)
        self.page.screenshot(
            path=self.output_dir / f"staff-{self.language}-{name}.png",
            full_page=True,
        )

    def toolbar_menus(self, name: str) -> None:
        """The toolbar's menus, opened one after the other."""
        menus = self.page.locator("#edit-zone a[data-bs-toggle='dropdown']").all()
        assert menus, "no toolbar menus"
        for menu in menus:
            if menu.is_visible():
                menu.click()
                self.page.wait_for_timeout(300)
                self.check(name)
                self.page.keyboard.press("Escape")
                self.page.wait_for_timeout(200)

    def save_empty(self) -> None:
        """The portal's validation messages: save without the required fields
        (the browser's own check, in the browser's language, is switched off
        so that the form reaches the server)."""
        button = self.page.locator("#form-buttons-save")
        if button.count():
            self.page.evaluate(
                "() => document.querySelectorAll('[required]').forEach("
                "(el) => el.removeAttribute('required'))"
            )
            button.click()
            self.page.wait_for_load_state("networkidle")

    def found(self) -> dict:
        return {
            name: sorted({tuple(problem) for problem in found})
            for name, found in self.problems.items()
            if found
        }


def user(portal_url: str, admin: requests.Session, name: str, group: str, language):
    """A person of the given group with a name in the language's script."""
    password = create_user(portal_url, name, (group,))
    response = admin.patch(
        f"{portal_url}/@users/{name}", json={"fullname": FULLNAME[language]}, timeout=60
    )
    assert response.status_code == 204, response.text
    return name, password


@pytest.mark.parametrize("language", LANGUAGES)
def test_staff_screens_speak_the_language(browser, portal_url, output_dir, language):
    admin = requests.Session()
    admin.auth = ("admin", ADMIN_PASSWORD)
    admin.headers["Accept"] = "application/json"
    username, password = user(
        portal_url, admin, f"staff-{language}", "fgw-editors", language
    )
    session = requests.Session()
    session.auth = (username, password)
    session.headers["Accept"] = "application/json"
    # an item of the webmaster's own: its edit form, history, workflow form
    response = session.post(
        f"{portal_url}/{language}/departments/fgw/news",
        json={"@type": "News Item", "title": NEWS[language]},
        timeout=60,
    )
    assert response.status_code == 201, response.text
    item = response.json()["@id"]
    pages = screens(portal_url, language, session)
    pages["workflow-comment"] = f"{item}/content_status_history"
    pages["edit-news-item"] = f"{item}/edit"
    pages["history"] = f"{item}/@@historyview"
    assert {"add-document", "add-news-item", "add-easyform"} <= set(pages), sorted(
        pages
    )
    user_content = site_data(portal_url, admin) | {FULLNAME[language], NEWS[language]}

    context = browser.new_context(locale={"zh-cn": "zh-CN"}.get(language, language))
    checked = Screens(context.new_page(), language, user_content, output_dir)
    login(checked.page, portal_url, username, password)
    for name, url in pages.items():
        checked.open(name, url)
    # what only site administrators edit: the column and the department
    checked.page.goto(f"{portal_url}/{language}/logout")
    login(
        checked.page,
        portal_url,
        *user(
            portal_url, admin, f"siteadmin-{language}", "site-administrators", language
        ),
    )
    department = f"{portal_url}/{language}/departments/fgw"
    checked.open("edit-column", f"{department}/news/edit")
    checked.open("edit-department", f"{department}/edit")
    # and the add forms of what a department's columns do not hold
    root = f"{portal_url}/{language}"
    for portal_type in ("Event", "File", "Image", "Link", "Folder"):
        checked.open(f"add-{portal_type.lower()}", f"{root}/++add++{portal_type}")
    checked.open("add-column", f"{department}/++add++Column")
    # logged out: the log-in and password-reset forms
    for name, path in (
        ("logged-out", "/logout"),
        ("login", "/login"),
        ("password-reset", "/mail_password_form"),
    ):
        checked.open(name, f"{portal_url}/{language}{path}")
    context.close()
    assert not checked.found(), json.dumps(
        checked.found(), ensure_ascii=False, indent=1
    )[:20000]
