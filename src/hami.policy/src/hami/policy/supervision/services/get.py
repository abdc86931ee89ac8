"""GET /@freshness: columns' status and the veto checks, per department.
GET /@assessment?month=YYYY-MM: the month's scores.

Both take ?department=<unit id> to ask for one department, which its own
webmasters and leaders may do; without it, the whole portal, for the
management centre. ?language= chooses the language version (default zh-cn).
"""

from AccessControl import Unauthorized
from hami.policy import _
from hami.policy.errors import Refused
from hami.policy.languages import CODES
from hami.policy.languages import DEFAULT_LANGUAGE
from hami.policy.services.base import BAD_LANGUAGE
from hami.policy.services.base import BAD_MONTH
from hami.policy.services.base import HamiService
from hami.policy.services.base import refused
from hami.policy.supervision import assessment
from hami.policy.supervision.freshness import Supervision
from hami.policy.supervision.permissions import can_supervise
from plone import api


class SupervisionService(HamiService):
    def language(self) -> str:
        language = self.request.form.get("language") or DEFAULT_LANGUAGE
        if language not in CODES:
            raise refused(BAD_LANGUAGE, "language", languages=", ".join(CODES))
        return language

    def scope(self, language: str):
        """The department brain asked for (None: all), once the user may see it."""
        unit = self.request.form.get("department") or None
        if unit is None:
            target = self.context[language]
            brain = None
        else:
            brains = Supervision(language).departments(str(unit))
            if not brains:
                raise Refused(
                    _("error_no_department", default="There is no such department."),
                    "department",
                    status=404,
                )
            brain = brains[0]
            target = brain._unrestrictedGetObject()
        if not can_supervise(target):
            if api.user.is_anonymous():
                raise Unauthorized("Log in to see the supervision of the columns.")
            raise Refused(
                _(
                    "error_not_your_supervision",
                    default="You may not see the supervision of this site.",
                ),
                status=403,
            )
        return brain

    def reply(self):
        self.request.response.setHeader("Cache-Control", "private, no-store")
        return super().reply()


class FreshnessGet(SupervisionService):
    def answer(self):
        language = self.language()
        brain = self.scope(language)
        supervision = Supervision(language)
        deductions = dict(supervision.settings.deductions or {})
        sites = (
            [supervision.department_site(brain)]
            if brain is not None
            else supervision.department_sites()
        )

        def site_dict(site) -> dict:
            findings = site.findings()
            return {
                "@id": site.url,
                "id": site.unit,
                "title": site.title,
                "level": site.level,
                "last_update": site.last_update.isoformat()
                if site.last_update
                else None,
                "score": assessment.score(findings, deductions),
                "findings": findings,
                "checks": [check.as_dict() for check in site.checks],
                "columns": [column.as_dict() for column in site.columns],
            }

        result = {
            "@id": f"{self.context.absolute_url()}/@freshness",
            "language": language,
            "as_of": supervision.as_of.isoformat(),
            "departments": [site_dict(site) for site in sites],
        }
        if brain is None:
            portal = supervision.portal_site()
            result["portal"] = {
                key: value for key, value in site_dict(portal).items() if key != "score"
            }
        return result


class AssessmentGet(SupervisionService):
    def answer(self):
        month = assessment.valid_month(self.request.form.get("month"))
        if month is None:
            raise Refused(BAD_MONTH, "month")
        brain = self.scope(DEFAULT_LANGUAGE)
        result = assessment.results(month)
        units = result["units"]
        if brain is not None:
            units = {key: value for key, value in units.items() if key == brain.unit_id}
        return {
            "@id": f"{self.context.absolute_url()}/@assessment?month={month}",
            "month": month,
            "final": result["final"],
            "recorded": result["recorded"],
            "as_of": result["as_of"],
            "languages": result["languages"],
            "deductions": result["deductions"],
            "pass_mark": assessment.PASS_MARK,
            "departments": [
                {"id": unit, **entry}
                for unit, entry in sorted(
                    units.items(), key=lambda item: (-item[1]["score"], item[0])
                )
            ],
        }
