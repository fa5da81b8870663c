# The two commands a fresh machine needs:  make run  (the kiosk)  and  make test  (the tests).
# Each sets itself up first: system fonts and libraries where it can, then a venv in .venv.
VENV  ?= .venv
PY    := $(VENV)/bin/python
STAMP := $(VENV)/.installed
ARGS  ?=

.PHONY: run test test-bundle bundle validate preview lint setup
run: $(STAMP)
	$(VENV)/bin/kiosk run content $(ARGS)

test: $(STAMP)
	$(PY) -m pytest $(ARGS)

# The offline one-folder bundle (dist/heritage-kiosk) and its slower test: build it, then start a copy
# with a clean environment (and, as root, with the source tree, the venv and system fonts hidden).
bundle: $(STAMP)
	sh packaging/build-bundle.sh $(VENV)

test-bundle: bundle
	sh packaging/bundle/smoke-test.sh dist/heritage-kiosk $(abspath $(VENV))

validate: $(STAMP)
	$(VENV)/bin/kiosk validate content

preview: $(STAMP)
	$(VENV)/bin/kiosk preview content --out preview $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check kiosk tests
	$(VENV)/bin/pyside6-qmllint -I kiosk/qml kiosk/qml/Kiosk/*.qml kiosk/qml/Kiosk/*/*.qml

setup: $(STAMP)

$(STAMP): pyproject.toml packaging/setup-dev.sh
	sh packaging/setup-dev.sh $(VENV)
	touch $(STAMP)
