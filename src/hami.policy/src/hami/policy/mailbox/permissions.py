"""Who may do what with letters: the permissions the letters' workflow grants
per state (profiles/default/workflows/hami_letter_workflow), used by the step
forms' registrations and by the steps themselves."""

# The mailbox office: review, accept and assign, refuse, transfer.
REVIEW_LETTERS = "hami.policy: Review letters"
# The handling unit's webmasters, while the letter is accepted.
ANSWER_LETTERS = "hami.policy: Answer letters"
# The unit's leader, then the office's leaders (or the leadership).
APPROVE_ANSWERS = "hami.policy: Approve answers"
# The mailbox office, once the answer is with the writer.
PUBLISH_LETTERS = "hami.policy: Publish letters"
