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

.PHONY: run
run: build system ## Build, start ZEO and a client, create the site, serve http://localhost:8080/hami
	@mkdir -p $(addprefix $(VAR)/,log filestorage blobstorage cache instance instance2)
	@echo "[hami] Zope administrator: admin / $(if $(ADMIN_PASSWORD),$(ADMIN_PASSWORD),admin (set ADMIN_PASSWORD for anything but local development))"
	@bin/zeoserver status >/dev/null 2>&1 || bin/zeoserver start
	@trap 'bin/zeoserver stop >/dev/null' EXIT; \
	  ADMIN_PASSWORD='$(ADMIN_PASSWORD)' bin/instance run scripts/create_site.py && \
	  echo "[hami] Serving http://localhost:8080/hami (Ctrl-C stops the client and the ZEO server)" && \
	  bin/instance fg

.PHONY: stop
stop: ## Stop clients and the ZEO server started by `make run` or `make start`
	-@for client in bin/instance bin/instance2; do [ -x $$client ] && $$client stop; done; true
	-@[ -x bin/zeoserver ] && bin/zeoserver stop; true

.PHONY: start
start: build system ## Start ZEO and the clients in the background (production style)
	@mkdir -p $(addprefix $(VAR)/,log filestorage blobstorage cache instance instance2)
	bin/zeoserver start
	@HAMI_PROFILE=$(PROFILE) ADMIN_PASSWORD='$(ADMIN_PASSWORD)' bin/instance run scripts/create_site.py \
	  || { bin/zeoserver stop >/dev/null; exit 1; }
	@for client in bin/instance bin/instance2; do [ -x $$client ] && $$client start; done; true

# Debian's packages: what the portal needs to run, and what its tests need too.
# Installed with apt when missing (sudo when not root); the services among
# them are never started as the machine's own: the Makefile and the tests run
# their own instances on loopback with data under instance/var/.
RUN_PACKAGES := libmagic1
TEST_PACKAGES := chromium fonts-noto-core fonts-noto-cjk
apt_install = @missing=$$(for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	[ -z "$$missing" ] || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  echo "[hami] apt-get install $$missing"; \
	  $$SUDO apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q --no-install-recommends $$missing; }

.PHONY: system
system: ## Install the Debian packages the portal needs (libmagic)
	$(call apt_install,$(RUN_PACKAGES))

.PHONY: system-test
system-test: ## Install the Debian packages the tests need too (Chromium, fonts)
	$(call apt_install,$(RUN_PACKAGES) $(TEST_PACKAGES))

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
bench: build ## Benchmarks: page times on an empty and a filled portal, as ratios
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
