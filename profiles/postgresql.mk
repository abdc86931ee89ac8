# PostgreSQL for RelStorage (PROFILE=relstorage or production-relstorage): our
# own cluster, in our own directory, on loopback.  Included by the Makefile.
#
#   make pg-init    initdb (once) + role and database for the portal
#   make pg-start   start it (127.0.0.1:$(PG_PORT), socket in $(PG_RUN))
#   make pg-stop    stop it (fast shutdown: rolls back open transactions)
#   make pg-status  is it running?
#   make pg-psql    psql as the portal role, over TCP with its password
#   make pg-dump    pg_dump -Fc of the database (objects and blobs) into $(PG_BACKUPS)
#
# PostgreSQL refuses to run as root.  As root, every server-side command runs as
# the `postgres` system user (created by Debian's postgresql-15 package) through
# `runuser -u postgres --`, and $(PG_ROOT) is chowned to it.  As any other
# user, the commands run as that user, who then owns the cluster.
PG_ROOT     ?= $(CURDIR)/instance/var/postgresql
PG_DATA     := $(PG_ROOT)/data
PG_RUN      := $(PG_ROOT)/run
PG_LOG      := $(PG_ROOT)/log/postgresql.log
PG_HOST     ?= 127.0.0.1
PG_PORT     ?= $(call buildout_port,postgresql)
PG_DB       ?= hami
PG_USER     ?= hami
# The portal role's password lives only in a libpq password file (mode 0600,
# owned by the user who runs make and Zope); the buildout's dsn names the file
# (passfile=...), so no password is written into zope.conf or the repository.
# pg-init makes a random one unless PG_PASSWORD is given.
PG_PASSFILE ?= $(PG_ROOT).pgpass
PG_PASSWORD ?=
PG_BACKUPS  ?= $(dir $(PG_ROOT))backups/postgresql
# The server of the cluster's own major version (a data directory only runs on
# it); for a new cluster the newest installed by Debian's packages (15 on Debian 12).
PG_MAJOR    ?= $(or $(shell cat $(PG_DATA)/PG_VERSION 2>/dev/null),$(shell ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1))
PG_BIN      ?= /usr/lib/postgresql/$(PG_MAJOR)/bin

ifeq ($(shell id -u),0)
PG_OS_USER := postgres
AS_PG      := runuser -u postgres -- env -C /
PG_CHOWN   := chown -R postgres:postgres
else
PG_OS_USER := $(shell id -un)
AS_PG      := env -C /
PG_CHOWN   := true
endif
PG_CTL := $(AS_PG) $(PG_BIN)/pg_ctl -D $(PG_DATA) -l $(PG_LOG)
PG_OPTS := -c listen_addresses=$(PG_HOST) -p $(PG_PORT) -k $(PG_RUN)
# Superuser access for administration: the unix socket in our own directory,
# `peer` authentication (the OS user running the server = the superuser role).
PSQL_ADMIN := $(AS_PG) $(PG_BIN)/psql -X -q -v ON_ERROR_STOP=1 -h $(PG_RUN) -p $(PG_PORT) -d postgres

.PHONY: pg-init pg-start pg-stop pg-status pg-psql pg-dump pg-destroy

$(PG_DATA)/PG_VERSION:
	@test -x $(PG_BIN)/initdb || { echo "no PostgreSQL server: apt-get install postgresql-15"; exit 1; }
	mkdir -p $(PG_ROOT)/log $(PG_RUN)
	@# The data directory is created by initdb itself (mode 0700).
	$(PG_CHOWN) $(PG_ROOT)
	@$(AS_PG) test -w $(PG_ROOT) || { echo "$(PG_OS_USER) cannot reach $(PG_ROOT): every parent directory needs o+x"; exit 1; }
	@# pg_hba.conf as initdb writes it: local socket `peer` (the superuser, as
	@# the OS user running the server), TCP from 127.0.0.1/::1 with a password
	@# (scram-sha-256) for every role; the superuser has no password, so it is
	@# reachable only through the socket in our own directory.
	$(AS_PG) $(PG_BIN)/initdb -D $(PG_DATA) -E UTF8 --locale=C --data-checksums \
		--auth-local=peer --auth-host=scram-sha-256 -U $(PG_OS_USER) >/dev/null

pg-init: $(PG_DATA)/PG_VERSION ## Create the cluster, the role and the database (idempotent)
	@$(MAKE) --no-print-directory -f $(firstword $(MAKEFILE_LIST)) pg-start
	@echo "SELECT 'CREATE ROLE $(PG_USER) LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$(PG_USER)') \gexec" | $(PSQL_ADMIN)
	@if [ -n '$(PG_PASSWORD)' ] || ! [ -s $(PG_PASSFILE) ]; then \
	  pw='$(PG_PASSWORD)'; pw=$${pw:-$$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')}; \
	  (umask 077; echo "*:*:*:$(PG_USER):$$pw" > $(PG_PASSFILE)); \
	  echo "ALTER ROLE $(PG_USER) PASSWORD '$$pw'" | $(PSQL_ADMIN); \
	  echo "[pg] password of $(PG_USER) written to $(PG_PASSFILE)"; fi
	@echo "SELECT 'CREATE DATABASE $(PG_DB) OWNER $(PG_USER) TEMPLATE template0 ENCODING ''UTF8''' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$(PG_DB)') \gexec" | $(PSQL_ADMIN)
	@echo "[pg] database $(PG_DB), role $(PG_USER) on $(PG_HOST):$(PG_PORT)"

pg-start: $(PG_DATA)/PG_VERSION ## Start PostgreSQL on loopback (no-op when running)
	@$(PG_CTL) status >/dev/null 2>&1 || $(PG_CTL) -w -t 60 -o "$(PG_OPTS)" start

pg-stop: ## Stop PostgreSQL (fast shutdown)
	@if [ -f $(PG_DATA)/postmaster.pid ]; then $(PG_CTL) -w -m fast stop; fi

pg-status:
	@$(PG_CTL) status

pg-psql:
	PGPASSFILE=$(PG_PASSFILE) $(PG_BIN)/psql -h $(PG_HOST) -p $(PG_PORT) -U $(PG_USER) $(PG_DB)

pg-dump: pg-start ## Back up the database (blobs included: large objects) with pg_dump -Fc
	mkdir -p $(PG_BACKUPS)
	PGPASSFILE=$(PG_PASSFILE) $(PG_BIN)/pg_dump -h $(PG_HOST) -p $(PG_PORT) -U $(PG_USER) -Fc \
		-f $(PG_BACKUPS)/$(PG_DB)-$$(date +%Y%m%d-%H%M%S).dump $(PG_DB)

pg-destroy: pg-stop ## Remove the cluster and all its data
	rm -rf $(PG_ROOT) $(PG_PASSFILE)
