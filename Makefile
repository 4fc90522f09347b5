# noichinh: crawl -> extract -> load -> serve.  Every target that needs Python depends on `install`,
# so any of them works as the first command on a fresh machine.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

SOURCES   ?= sources.yml
CORPUS    ?= corpus
EXTRACTED ?= extracted
DB        ?= noichinh.db
HOST      ?= 127.0.0.1
PORT      ?= 8001
GOLD      ?= ../shared/evaluation/dev
JOBS      ?=

.PHONY: install crawl extract load serve demo test eval bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

crawl: install
	$(PY) -m pipeline crawl --sources $(SOURCES) --corpus $(CORPUS)

extract: install
	$(PY) -m pipeline extract --corpus $(CORPUS) --out $(EXTRACTED) --sources $(SOURCES) $(if $(JOBS),--jobs $(JOBS))

load: install
	$(PY) -m pipeline load --corpus $(CORPUS) --extracted $(EXTRACTED) --sources $(SOURCES) --db $(DB)

serve: install
	$(PY) -m pipeline serve --db $(DB) --host $(HOST) --port $(PORT)

demo: install
	$(PY) -m pipeline demo --host $(HOST) --port $(PORT)

test: install
	$(PY) -m pytest

eval: install
	$(PY) -m pipeline eval $(GOLD)

bench: install
	$(PY) -m pipeline bench --out bench/results.json

clean:
	rm -rf demo bench/work bench/results.json
