"""GET /@applications-stats: received, accepted, decided and on time, per month."""

from hami.policy.cases import clock
from hami.policy.cases.text import param
from hami.policy.errors import Refused
from hami.policy.servicehall.statistics import compute
from hami.policy.services.base import BAD_MONTH
from hami.policy.services.base import HamiService


class ApplicationsStatsGet(HamiService):
    def answer(self):
        month = param(self.request.form, "month")
        if month and clock.month(month) is None:
            raise Refused(BAD_MONTH, "month")
        months = {}
        for key, rows in compute().items():
            if month and key != month:
                continue
            months[key] = {
                "total": rows[("*", "*")].as_dict() if ("*", "*") in rows else None,
                "rows": [
                    {"department": unit, "service": service, **figures.as_dict()}
                    for (unit, service), figures in rows.items()
                    if unit != "*"
                ],
            }
        return {
            "months": months,
            "definitions": {
                "on_time": "Of the applications decided in the month, the share "
                "decided by the deadline of their service (working days from "
                "acceptance)."
            },
        }
