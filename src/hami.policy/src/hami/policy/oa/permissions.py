"""Who may do what with official documents: the permissions that the
documents' workflow grants per state (hami_oa_document_workflow) to the roles
of ``oa/roles.py``, used by the step forms, the steps and the REST endpoints."""

# The area and the directory: everyone in the staff directory.
STAFF_ROLE = "OAStaff"
ADD_DOCUMENT = "hami.policy: Add OfficialDocument"
# 收文登记: any staff may open the form; only a general office may save it
# (the type's invariant), for its own unit.
ADD_INCOMING = "hami.policy: Add IncomingDocument"
ADD_MEETING = "hami.policy: Add Meeting"
ADD_NOTICE = "hami.policy: Add Notice"
# 核稿: the issuing unit's general office, while the draft is being checked.
CHECK_DOCUMENTS = "hami.policy: Check documents"
# 签发: the head of the issuing unit, or the leadership for the prefecture's.
SIGN_DOCUMENTS = "hami.policy: Sign documents"
# 登记: the issuing unit's general office, once signed.
REGISTER_DOCUMENTS = "hami.policy: Register documents"
