# The verbs of the Hami portal.  `make run` and `make test` are all a fresh
# machine with Python 3.11 and git needs; see README.md.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3.11
PROFILE ?= development
VENV := .venv
BUILDOUT := $(VENV)/bin/buildout
CONFIG := profiles/$(PROFILE).cfg
ADMIN_PASSWORD ?=
VAR := instance/var
PACKAGES := src/hami.theme src/hami.policy
export PYTHONDONTWRITEBYTECODE := 1

# Versions of the bootstrap tools and developer tools, read from versions.cfg.
pin = $(shell sed -n 's/^$(1) *= *\(.*\)$$/\1/p' versions.cfg)

.PHONY: help
help: ## Show the verbs
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(VENV)/.bootstrap: versions.cfg
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install -q \
		pip==$(call pin,pip) setuptools==$(call pin,setuptools) \
		wheel==$(call pin,wheel) zc.buildout==$(call pin,zc.buildout)
	$(VENV)/bin/python -m pip install -q \
		ruff==$(call pin,ruff) zpretty==$(call pin,zpretty) \
		towncrier==$(call pin,towncrier) i18ndude==$(call pin,i18ndude)
	touch $@

# One stamp per profile: switching PROFILE rebuilds.
STAMP := .build/$(PROFILE)
$(STAMP): $(VENV)/.bootstrap buildout.cfg versions.cfg profiles/*.cfg \
		$(foreach p,$(PACKAGES),$(p)/pyproject.toml)
	$(BUILDOUT) -N -c $(CONFIG) buildout:directory=$(CURDIR)
	@rm -rf .build && mkdir -p .build && touch $@

.PHONY: build
build: $(STAMP) ## Build the deployment (PROFILE=development|production)

# The ports of buildout.cfg's [ports] section, for the services the Makefile runs.
buildout_port = $(shell sed -n '/^\[ports\]/,/^\[/s/^$(1) *= *//p' buildout.cfg)
ZOPE1_PORT := $(call buildout_port,instance)
ZOPE2_PORT := $(call buildout_port,instance2)
VARNISH_PORT := $(call buildout_port,varnish)

# The database: ZEO (FileStorage) by default, PostgreSQL for the relstorage profiles.
include profiles/postgresql.mk
include profiles/mail.mk
include profiles/video.mk
ifneq ($(findstring relstorage,$(PROFILE)),)
DB_START = $(MAKE) --no-print-directory pg-init
DB_STOP = $(MAKE) --no-print-directory pg-stop
DB_RUNNING = $(PG_CTL) status >/dev/null 2>&1
DB_NAME = PostgreSQL
else
DB_START = bin/zeoserver status >/dev/null 2>&1 || bin/zeoserver start
DB_STOP = bin/zeoserver stop >/dev/null
DB_RUNNING = bin/zeoserver status >/dev/null 2>&1
DB_NAME = the ZEO server
endif

# The caching front of the production profiles: Varnish on loopback, its own
# working directory and configuration under instance/var/varnish.
VARNISH_DIR := $(CURDIR)/$(VAR)/varnish
# Pages in memory; video files in a file of their own (allocated on disk at
# start), so that watching videos never pushes the pages out.
VARNISH_PAGE_CACHE ?= 256m
VARNISH_VIDEO_CACHE ?= 4G
PRODUCTION := $(findstring production,$(PROFILE))
CACHE_PROXY := $(if $(PRODUCTION),http://127.0.0.1:$(VARNISH_PORT))

.PHONY: run
run: build system ## Build, start ZEO and a client, create the site, serve http://localhost:8080/hami
	@mkdir -p $(addprefix $(VAR)/,log filestorage blobstorage cache instance instance2)
	@echo "[hami] Zope administrator: admin / $(if $(ADMIN_PASSWORD),$(ADMIN_PASSWORD),admin (set ADMIN_PASSWORD for anything but local development))"
	@$(DB_START)
	@trap '$(MAKE) --no-print-directory video-stop; $(DB_STOP)' EXIT; \
	  ADMIN_PASSWORD='$(ADMIN_PASSWORD)' bin/instance run scripts/create_site.py && \
	  $(MAKE) --no-print-directory video-start && \
	  echo "[hami] Serving http://localhost:$(ZOPE1_PORT)/hami (Ctrl-C stops the client, the video worker and $(DB_NAME))" && \
	  bin/instance fg

.PHONY: stop
stop: ## Stop Varnish, the clients, the video worker and the database started by `make run` or `make start`
	-@$(MAKE) --no-print-directory varnish-stop
	-@$(MAKE) --no-print-directory video-stop
	-@for client in bin/instance bin/instance2; do [ -x $$client ] && $$client stop; done; true
	-@[ -f parts/zeoserver/etc/zeo.conf ] && bin/zeoserver stop; true
	-@$(MAKE) --no-print-directory pg-stop
	-@$(MAKE) --no-print-directory mail-stop

.PHONY: start
start: build system ## Start the database, the clients, the video worker (and Varnish, Postfix and Dovecot for PROFILE=production) in the background
	@mkdir -p $(addprefix $(VAR)/,log filestorage blobstorage cache instance instance2)
	@$(DB_START)
	@$(if $(PRODUCTION),$(MAKE) --no-print-directory mail-start)
	@HAMI_PROFILE=$(PROFILE) CACHE_PROXY='$(CACHE_PROXY)' ADMIN_PASSWORD='$(ADMIN_PASSWORD)' \
	  $(if $(PRODUCTION),SMTP_HOST=$${SMTP_HOST:-127.0.0.1} SMTP_PORT=$${SMTP_PORT:-$(MAIL_PORTAL_PORT)}) \
	  bin/instance run scripts/create_site.py || { $(DB_STOP); exit 1; }
	@for client in bin/instance bin/instance2; do [ -x $$client ] && $$client start; done; true
	@$(MAKE) --no-print-directory video-start
	@$(if $(PRODUCTION),$(MAKE) --no-print-directory varnish-start)
	@echo "[hami] Serving http://localhost:$(if $(PRODUCTION),$(VARNISH_PORT)/hami (Varnish),$(ZOPE1_PORT)/hami); make stop stops it"

.PHONY: varnish-start
varnish-start: ## Start the Varnish front on 127.0.0.1 (production profiles)
	@mkdir -p $(VARNISH_DIR)
	@sed -e 's/@ZOPE1_PORT@/$(ZOPE1_PORT)/' -e 's/@ZOPE2_PORT@/$(ZOPE2_PORT)/' \
	  profiles/varnish/hami.vcl.in > $(VARNISH_DIR)/hami.vcl
	@[ -f $(VARNISH_DIR)/varnishd.pid ] && kill -0 $$(cat $(VARNISH_DIR)/varnishd.pid) 2>/dev/null \
	  || varnishd -n $(VARNISH_DIR)/work -a 127.0.0.1:$(VARNISH_PORT) -f $(VARNISH_DIR)/hami.vcl \
	       -s pages=malloc,$(VARNISH_PAGE_CACHE) \
	       -s videos=file,$(VARNISH_DIR)/videos.bin,$(VARNISH_VIDEO_CACHE) \
	       -P $(VARNISH_DIR)/varnishd.pid
	@echo "[hami] Varnish on http://127.0.0.1:$(VARNISH_PORT) in front of :$(ZOPE1_PORT) and :$(ZOPE2_PORT)"

.PHONY: varnish-stop
varnish-stop:
	@if [ -f $(VARNISH_DIR)/varnishd.pid ]; then \
	  kill $$(cat $(VARNISH_DIR)/varnishd.pid) 2>/dev/null; rm -f $(VARNISH_DIR)/varnishd.pid; fi; true

.PHONY: demo
demo: build system ## Fill the portal with a month of a prefecture's work (4 languages)
	@mkdir -p $(addprefix $(VAR)/,log filestorage blobstorage)
	@# a database already running (make start) stays running
	@if $(DB_RUNNING); then started=; else started=yes; $(DB_START); fi; \
	  trap '[ -z "$$started" ] || $(DB_STOP)' EXIT; \
	  HAMI_PROFILE=$(PROFILE) CACHE_PROXY='$(CACHE_PROXY)' ADMIN_PASSWORD='$(ADMIN_PASSWORD)' \
	    bin/instance run scripts/create_site.py && \
	  bin/instance run scripts/demo.py $(DEMO_ARGS)

# Debian's packages: what the portal needs to run, and what its tests need too.
# Installed with apt when missing (sudo when not root); the services among
# them are never started as the machine's own: the Makefile and the tests run
# their own instances on loopback with data under instance/var/.
RUN_PACKAGES := libmagic1 $(VIDEO_PACKAGES) $(if $(PRODUCTION),varnish $(MAIL_PACKAGES)) \
	$(if $(findstring relstorage,$(PROFILE)),postgresql)
TEST_PACKAGES := chromium fonts-noto-core fonts-noto-cjk varnish postgresql $(MAIL_PACKAGES)
BENCH_PACKAGES := wrk nginx-light
# Postfix's package is told to configure nothing for the machine itself.
apt_install = @missing=$$(for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	[ -z "$$missing" ] || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  echo "[hami] apt-get install $$missing"; \
	  echo "postfix postfix/main_mailer_type select No configuration" | $$SUDO debconf-set-selections; \
	  $$SUDO apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q --no-install-recommends $$missing; }

.PHONY: system
system: ## Install the Debian packages the portal needs (libmagic)
	$(call apt_install,$(RUN_PACKAGES))

.PHONY: system-test
system-test: ## Install the Debian packages the tests need too (Chromium, Varnish, PostgreSQL)
	$(call apt_install,$(RUN_PACKAGES) $(TEST_PACKAGES))

.PHONY: system-bench
system-bench:
	$(call apt_install,$(RUN_PACKAGES) $(TEST_PACKAGES) $(BENCH_PACKAGES))

# Node.js runs the browser-side test tools (axe-core) and the theme's build.
.PHONY: node
node:
	@command -v npm >/dev/null || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q --no-install-recommends nodejs npm; }

tests/node_modules/.package-lock.json: tests/package.json tests/package-lock.json | node
	cd tests && npm ci --no-audit --no-fund
	@touch $@

.PHONY: test
test: test-addons test-deployment ## Run all tests: the add-ons' tests, then the deployment tests

.PHONY: test-addons
test-addons: build system ## The add-ons' own tests only (no ZEO, no browser): the quick loop
	cd src/hami.theme && ../../bin/pytest -p no:cacheprovider $(PYTEST_ARGS)
	cd src/hami.policy && ../../bin/pytest -p no:cacheprovider $(PYTEST_ARGS)

.PHONY: test-deployment
test-deployment: build system-test tests/node_modules/.package-lock.json ## The whole deployment: real ZEO and Zope, HTTP, Chromium
	bin/pytest -p no:cacheprovider tests $(PYTEST_ARGS)

.PHONY: bench
bench: build system-bench ## Benchmarks: page times on an empty and a filled portal, as ratios
	bin/python-test bench/run.py $(BENCH_ARGS)

.PHONY: theme
theme: node ## Rebuild the theme's stylesheets (SCSS, rtlcss) and fonts; commit the result
	cd src/hami.theme && npm ci --no-audit --no-fund && npm run build

.PHONY: lint
lint: $(VENV)/.bootstrap ## Check code style (ruff, zpretty)
	$(VENV)/bin/ruff check src tests scripts bench
	$(VENV)/bin/ruff format --check src tests scripts bench
	find src -name '*.zcml' -o -name '*.xml' -path '*/profiles/*' | xargs $(VENV)/bin/zpretty --check

.PHONY: format
format: $(VENV)/.bootstrap ## Rewrite code in the project's style
	$(VENV)/bin/ruff check --fix src tests scripts bench
	$(VENV)/bin/ruff format src tests scripts bench
	find src -name '*.zcml' -o -name '*.xml' -path '*/profiles/*' | xargs $(VENV)/bin/zpretty -i

.PHONY: backup
backup: build ## Back up the database and blobs into instance/var/backups (ZEO may keep running)
	@mkdir -p $(VAR)/backups/filestorage $(VAR)/backups/blobstorage
	bin/repozo -B -z -f $(VAR)/filestorage/Data.fs -r $(VAR)/backups/filestorage
	cp -a -u $(VAR)/blobstorage/. $(VAR)/backups/blobstorage/

.PHONY: i18n
i18n: $(VENV)/.bootstrap ## Refresh the translation catalogues (.pot/.po) from code and templates
	I18NDUDE=$(VENV)/bin/i18ndude scripts/update_locales.sh

.PHONY: pins
pins: ## Regenerate versions.cfg from scripts/requirements.in (needs the package index)
	$(PYTHON) scripts/pin_versions.py

.PHONY: clean
clean: ## Remove the build (keeps instance/var, the data)
	rm -rf $(VENV) .build bin parts develop-eggs .installed.cfg
