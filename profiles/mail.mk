# Staff e-mail: Debian's Postfix and Dovecot, our own instances on loopback,
# configuration and data under $(MAIL_ROOT).  Included by the Makefile;
# `make start PROFILE=production` starts them, `make stop` stops them.
#
#   make mail-start    write the configuration (profiles/mail/*.in), start both
#   make mail-stop     stop both (the mailboxes stay in $(MAIL_ROOT)/vmail)
#   make mail-status   are they running?
#
# The portal writes the accounts and lists into $(MAIL_ROOT)/maps whenever the
# staff directory changes (the clients get HAMI_MAIL_ROOT from
# profiles/production.cfg).  MAIL_LISTEN=0.0.0.0 and the standard ports
# (MAIL_SMTP_PORT=25 MAIL_SUBMISSION_PORT=587 MAIL_IMAP_PORT=143) for the real
# server: see README, "Staff e-mail".
MAIL_ROOT ?= $(CURDIR)/instance/var/mail
MAIL_DOMAIN ?= hami.gov.cn
MAIL_LISTEN ?= 127.0.0.1
MAIL_RELAYHOST ?=
MAIL_SMTP_PORT ?= $(call buildout_port,smtp)
MAIL_SUBMISSION_PORT ?= $(call buildout_port,submission)
MAIL_PORTAL_PORT ?= $(call buildout_port,smtp-portal)
MAIL_IMAP_PORT ?= $(call buildout_port,imap)
MAIL_LMTP_PORT ?= $(call buildout_port,lmtp)
MAIL_PACKAGES := postfix dovecot-imapd dovecot-lmtpd openssl
MAILSERVER := $(PYTHON) scripts/mailserver.py

.PHONY: mail-start mail-stop mail-status

mail-start:
	@$(MAILSERVER) start --root $(MAIL_ROOT) --domain $(MAIL_DOMAIN) \
	  --listen $(MAIL_LISTEN) --relayhost '$(MAIL_RELAYHOST)' \
	  --smtp-port $(MAIL_SMTP_PORT) --submission-port $(MAIL_SUBMISSION_PORT) \
	  --portal-port $(MAIL_PORTAL_PORT) --imap-port $(MAIL_IMAP_PORT) \
	  --lmtp-port $(MAIL_LMTP_PORT)

mail-stop:
	@$(MAILSERVER) stop --root $(MAIL_ROOT)

mail-status:
	@$(MAILSERVER) status --root $(MAIL_ROOT)
