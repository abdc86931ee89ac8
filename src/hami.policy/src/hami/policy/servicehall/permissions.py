"""Who may do what with applications: the permissions the applications'
workflow grants per state (profiles/default/workflows/hami_application_workflow),
used by the step forms' registrations and by the steps themselves."""

# The administrative service centre, while the application is submitted.
ACCEPT_APPLICATIONS = "hami.policy: Accept applications"
# The responsible department's webmasters and leaders, while it is examined.
DECIDE_APPLICATIONS = "hami.policy: Decide applications"
