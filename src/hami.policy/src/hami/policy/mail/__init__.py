"""Staff e-mail (电子邮件系统): the portal keeps the people, a mail server serves them.

- ``addresses``: each person's address on the prefecture's domain, from a
  stored local part (the pinyin of the name by default), never reused;
- ``provisioning``: the tables Postfix and Dovecot read (mailboxes, the unit,
  leadership and all-staff lists, who may write to which list, the accounts
  with the portal's own password hashes), written atomically after every
  change of the directory and by the daily job;
- ``settings``: the domain, the list names and who may write to the lists.

The servers themselves are Debian's Postfix and Dovecot, configured from
profiles/mail/ and run by scripts/mailserver.py (``make mail-start``).
"""
