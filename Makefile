# borderdesk — the two commands a newcomer runs: `make run` and `make test`.
# Each sets up whatever is missing (Debian packages, .venv, compiled Qt resources)
# and is quick the second time (stamp files under .make/).

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := .make

# Debian/Ubuntu packages the app and its tests need at run time:
#  libzbar0            QR decoding (pyzbar loads it)
#  Qt's xcb/EGL/fontconfig runtime libraries (PySide6 wheels do not ship them)
#  fonts-noto-core     a font with full Vietnamese glyphs, embedded in the UI and PDFs
#  xvfb, xauth         a virtual screen for screenshots and `xvfb-run make run`
#  libpulse0           QtMultimedia (camera scanning, the scan beep) links against it
#  poppler-utils       pdftoppm/pdfinfo: the PDF report's pages as PNG (make screenshots)
SYSTEM_PACKAGES := libzbar0 libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 \
	libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
	libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 \
	libxcb-xkb1 libxcb-xfixes0 libx11-xcb1 fonts-noto-core fonts-dejavu-core xvfb xauth \
	libpulse0 poppler-utils

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
RC_PY := borderdesk/ui/_rc.py

.PHONY: run test setup system venv resources translations-update screenshots bench clean

run: setup
	$(PY) -m borderdesk.launch $(ARGS)

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

setup: system venv resources

# Installs only the packages dpkg does not already report as installed.
system:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; \
	  done); \
	if [ -n "$$missing" ]; then \
	  if ! command -v apt-get >/dev/null; then \
	    echo "borderdesk: missing system packages ($$missing) and no apt-get: install them by hand" >&2; exit 1; \
	  fi; \
	  echo "Installing system packages: $$missing"; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

venv: $(STAMP)/venv

$(STAMP)/venv: pyproject.toml
	@mkdir -p $(STAMP)
	@[ -x $(PY) ] || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	@touch $@

resources: $(RC_PY)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)/venv
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

$(RC_PY): resources/borderdesk.qrc $(QM_FILES) $(wildcard resources/icons/* resources/sounds/*) $(STAMP)/venv
	$(VENV)/bin/pyside6-rcc resources/borderdesk.qrc -o $@

# Re-extract translatable strings from the UI code into the .ts files (developers only).
translations-update: setup
	$(VENV)/bin/pyside6-lupdate $$(find borderdesk/ui -name '*.py' ! -name '_rc.py') \
	  -ts $(TS_FILES) -no-obsolete

# Screenshots of the main screens under Xvfb, in Vietnamese and English (docs/screenshots/).
screenshots: setup
	xvfb-run -a -s "-screen 0 1366x768x24" $(PY) -m borderdesk.ui.screenshots docs/screenshots
	xvfb-run -a -s "-screen 0 1366x768x24" $(PY) -m borderdesk.ui.scanning.demo docs/screenshots
	$(PY) -m borderdesk.exports.screenshots docs/screenshots

bench: setup
	$(PY) tests/benchmarks/bench_store.py

clean:
	rm -rf $(STAMP) $(RC_PY) $(QM_FILES) build *.egg-info
