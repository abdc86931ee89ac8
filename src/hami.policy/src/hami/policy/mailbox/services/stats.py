"""GET /@letters-stats: the public statistics, per month and unit."""

from hami.policy.cases import clock
from hami.policy.cases.text import param
from hami.policy.errors import Refused
from hami.policy.mailbox.statistics import compute
from hami.policy.services.base import BAD_MONTH
from hami.policy.services.base import HamiService


DEFINITIONS = {
    "answer_rate": "Of the letters received in the month, the share answered so far.",
    "days_to_first_answer": (
        "Mean working days from receipt to the answer reaching the writer, for "
        "letters answered in the month."
    ),
    "days_to_completion": (
        "Mean working days from receipt to the end of the handling (answered and "
        "published or closed, not accepted, transferred), for letters completed "
        "in the month."
    ),
}


class LettersStatsGet(HamiService):
    def answer(self):
        month = param(self.request.form, "month")
        if month and clock.month(month) is None:
            raise Refused(BAD_MONTH, "month")
        table = compute()
        months = {
            key: {
                "total": units["*"].as_dict() if "*" in units else None,
                "units": {
                    unit: f.as_dict() for unit, f in units.items() if unit != "*"
                },
            }
            for key, units in table.items()
            if not month or key == month
        }
        return {"months": months, "definitions": DEFINITIONS}
