"""Handlers are reminded before a letter's deadline, once a day."""

from datetime import datetime
from hami.policy.cases import clock
from hami.policy.mailbox.reminders import remind


def at(monkeypatch, day):
    moment = clock.TIMEZONE.localize(datetime(2026, 11, day, 9))
    monkeypatch.setattr(clock, "now", lambda: moment)


def test_reminded_once_when_deadline_is_near(send, letter_of, staff, step, monkeypatch):
    at(monkeypatch, 23)  # Monday: accepted, due Thursday the 26th
    letter = letter_of(send())
    step(letter, "office", "start_review")
    step(letter, "office", "accept", handling_department="fgw")
    assert remind() == []  # three working days left
    at(monkeypatch, 25)  # Wednesday: one working day left
    assert remind() == [letter.tracking_number]
    assert remind() == []  # the same day again: nothing twice
    at(monkeypatch, 26)
    assert remind() == [letter.tracking_number]


def test_answered_letters_not_reminded(send, letter_of, staff, step, monkeypatch):
    at(monkeypatch, 23)
    letter = letter_of(send())
    step(letter, "office", "start_review")
    step(letter, "office", "accept", handling_department="fgw")
    step(letter, "a_handler", "submit_answer", answer="答复")
    step(letter, "a_leader", "approve_answer")
    step(letter, "leader", "approve_final")
    at(monkeypatch, 26)
    assert remind() == []
