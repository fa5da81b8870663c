# The two commands a fresh machine needs:  make run  (the kiosk)  and  make test  (the tests).
# Each sets itself up first: system fonts and libraries where it can, then a venv in .venv.
VENV  ?= .venv
PY    := $(VENV)/bin/python
STAMP := $(VENV)/.installed
ARGS  ?=

.PHONY: run test validate preview lint setup
run: $(STAMP)
	$(VENV)/bin/kiosk run content $(ARGS)

test: $(STAMP)
	$(PY) -m pytest $(ARGS)

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
