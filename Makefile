# crimetrend - plain Makefile.  `make help` lists the targets.

PREFIX   ?= /usr/local
DESTDIR  ?=
CC       ?= cc
CFLAGS   ?= -O2 -g
WARNINGS  = -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
            -Wmissing-prototypes -Wformat=2 -Wswitch-enum -Wfloat-equal \
            -Wundef -Wvla
CPPFLAGS += -Iinclude -D_POSIX_C_SOURCE=200809L
DEPFLAGS  = -MMD -MP
GSL_LIBS := $(shell pkg-config --libs gsl 2>/dev/null || echo -lgsl -lgslcblas -lm)
# libxml2's HTML parser reads the HTML pages `check` is given.
XML_CFLAGS := $(shell pkg-config --cflags libxml-2.0 2>/dev/null || echo -I/usr/include/libxml2)
XML_LIBS  := $(shell pkg-config --libs libxml-2.0 2>/dev/null || echo -lxml2)
LDLIBS    = -lcsv -lz -lzip -pthread $(GSL_LIBS) $(XML_LIBS) -lm

# Build variants: release (default) and asan (AddressSanitizer and
# UndefinedBehaviorSanitizer, findings fatal).
VARIANT  ?= release
ifeq ($(VARIANT),asan)
SANITIZE  = -fsanitize=address,undefined -fno-sanitize-recover=all \
            -fno-omit-frame-pointer
endif
# fuzz: the library built by clang with libFuzzer's coverage hooks, for
# the harnesses in tests/fuzz (make fuzz).
ifeq ($(VARIANT),fuzz)
CC        = clang
SANITIZE  = -fsanitize=address,undefined,fuzzer-no-link \
            -fno-sanitize-recover=all -fno-omit-frame-pointer
endif
B         = build/$(VARIANT)

LIB_SRC   = $(wildcard src/*.c)
CLI_SRC   = $(wildcard src/cli/*.c)
TEST_SRC  = $(wildcard tests/unit/test_*.c)
LIB_OBJ   = $(LIB_SRC:src/%.c=$(B)/lib/%.o)
CLI_OBJ   = $(CLI_SRC:src/cli/%.c=$(B)/cli/%.o)
TEST_BIN  = $(TEST_SRC:tests/unit/%.c=$(B)/tests/%)
FUZZ_SRC  = $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_BIN  = $(FUZZ_SRC:tests/fuzz/%.c=$(B)/%)
REPLAY_BIN = $(FUZZ_SRC:tests/fuzz/fuzz_%.c=$(B)/tests/replay_%)
FUZZ_SECONDS ?= 60
# make check fuzzes each harness this long when clang is installed.
CHECK_FUZZ_SECONDS ?= 20
LIB       = $(B)/libcrimetrend.a
BIN       = $(B)/crimetrend
ALL_CFLAGS = $(WARNINGS) $(CFLAGS) $(SANITIZE)

# Debian packages the build, the tests and chart rendering need.
PACKAGES  = gcc make pkg-config libcsv-dev zlib1g-dev libzip-dev libgsl-dev libcmocka-dev \
            gnuplot-nox libxml2-dev poppler-utils
# Only the tests need these: a browser to open the HTML report and print
# the HTML summary as PDF, zip to build police.uk-style archives, and clang
# with libFuzzer for the fuzz harnesses.
TEST_PACKAGES = chromium zip clang libclang-rt-dev

.PHONY: all help deps lib test unit-test cli-test hygiene check demo bench \
        valgrind install uninstall clean datasets datasets-check deps test-deps \
        install-packages report-test aggregate-real-test fuzz fuzz-harnesses \
        fuzz-replay formats-test

all: $(BIN) crimetrend

help:
	@echo 'make            build build/release/crimetrend (and ./crimetrend)'
	@echo 'make demo       install missing packages, build, run the demo job'
	@echo 'make check      build and run every test, plain and under ASan/UBSan'
	@echo 'make datasets   regenerate datasets/demo-county from its generator'
	@echo 'make valgrind   run the unit and CLI tests under valgrind'
	@echo 'make bench      run the benchmarks'
	@echo 'make fuzz       fuzz every reader for FUZZ_SECONDS each (default 60)'
	@echo 'make install    install into $$(DESTDIR)$$(PREFIX) (default /usr/local)'
	@echo 'make clean      remove build/'

# Installs what is missing when run as root; otherwise prints the command.
deps:
	@$(MAKE) --no-print-directory install-packages LIST='$(PACKAGES)'

test-deps:
	@$(MAKE) --no-print-directory install-packages LIST='$(TEST_PACKAGES)' \
	  || echo 'the report test will be skipped without them'

install-packages:
	@missing=""; for p in $(LIST); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' \
	    || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	      apt-get install -y -qq$$missing >/dev/null || exit 1; \
	  else \
	    echo "missing Debian packages; run:"; \
	    echo "  sudo apt-get install$$missing"; exit 1; \
	  fi; \
	fi

lib: $(LIB)

$(B)/lib/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) $(DEPFLAGS) -c -o $@ $<

# Only the HTML reader sees libxml2's headers.
$(B)/lib/document_html.o: src/document_html.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(XML_CFLAGS) $(ALL_CFLAGS) $(DEPFLAGS) -c -o $@ $<

$(B)/cli/%.o: src/cli/%.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) $(DEPFLAGS) -c -o $@ $<

$(LIB): $(LIB_OBJ)
	@mkdir -p $(@D)
	rm -f $@
	ar rcs $@ $^

$(BIN): $(CLI_OBJ) $(LIB)
	$(CC) $(ALL_CFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(LDLIBS)

crimetrend: $(BIN)
	@if [ "$(VARIANT)" = release ]; then cp $(BIN) crimetrend; fi

$(B)/tests/%: tests/unit/%.c $(LIB) tests/unit/test_support.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) -Itests/unit $(ALL_CFLAGS) $(DEPFLAGS) -o $@ $< \
	  $(LIB) -lcmocka $(LDLIBS)

# The fuzz harnesses linked with libFuzzer (VARIANT=fuzz), and linked with
# a plain driver that replays saved inputs (any compiler, any variant).
fuzz-harnesses: $(FUZZ_BIN)

$(B)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_support.h $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -fsanitize=fuzzer -o $@ $< $(LIB) $(LDLIBS)

$(B)/tests/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c tests/fuzz/fuzz_support.h $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -o $@ $< tests/fuzz/replay.c $(LIB) $(LDLIBS)

# Every input a fuzzer ever found, replayed through its harness.
fuzz-replay: $(REPLAY_BIN)
	@set -e; for h in $(FUZZ_SRC); do n=$$(basename $$h .c); \
	  set -- tests/fuzz/regressions/$$n/*; \
	  if [ -e "$$1" ]; then $(B)/tests/replay_$${n#fuzz_} "$$@"; fi; \
	  echo "fuzz-replay: $$n: $$( [ -e "$$1" ] && echo $$# || echo 0) saved inputs pass"; done

# make fuzz FUZZ_SECONDS=N: each harness for N seconds (default 60).
fuzz:
	@sh tests/fuzz/run.sh $(FUZZ_SECONDS)

unit-test: $(TEST_BIN)
	@set -e; for t in $(TEST_BIN); do \
	  MALLOC_PERTURB_=141 CT_SHARED_DATA=$(CURDIR)/../shared/data $$t; done

cli-test: $(BIN)
	@MALLOC_PERTURB_=141 sh tests/cli/run.sh $(CURDIR)/$(BIN)

# Cheap hygiene checks: exported names, self-contained headers, module
# boundaries (only src/cli prints or exits; one owner per dependency).
hygiene: $(LIB)
	@bad=$$(nm -g --defined-only $(LIB) | awk 'NF==3 {print $$3}' \
	  | grep -v -E '^(ct_|ctp_)' || true); \
	  if [ -n "$$bad" ]; then echo "exported names without ct_: $$bad"; exit 1; fi
	@sh tools/check_names.sh $(LIB)
# Every public name starts with its header's name (or is declared in the
# header its prefix names):
	@sh tests/prefix_check.sh
	@for h in include/crimetrend/*.h; do \
	  echo "#include \"$${h#include/}\"" | $(CC) $(CPPFLAGS) $(WARNINGS) \
	    -x c -fsyntax-only - || { echo "$$h does not compile alone"; exit 1; }; done
	@for h in include/crimetrend/*.h; do \
	  [ "$$h" = include/crimetrend/crimetrend.h ] || \
	  grep -q "#include \"$${h#include/}\"" include/crimetrend/crimetrend.h || \
	  { echo "$$h is not in the umbrella header crimetrend.h"; exit 1; }; done
	@if grep -n -E '\b(printf|fprintf *\(stderr|exit *\(|abort *\()' src/*.c; then \
	  echo 'library code must not print or exit'; exit 1; fi
	@if grep -l '#include <gsl/' src/*.c | grep -v -x -e 'src/stats.c' -e 'src/model.c'; then \
	  echo 'only src/stats.c and src/model.c may include GSL'; exit 1; fi
	@if grep -l '#include <csv.h>' src/*.c | grep -v -x 'src/ingest.c'; then \
	  echo 'only src/ingest.c may include libcsv'; exit 1; fi
	@if grep -l '#include <libxml/' src/*.c | grep -v -x 'src/document_html.c'; then \
	  echo 'only src/document_html.c may include libxml2'; exit 1; fi
	@sh tests/doc_check.sh
	@echo 'hygiene: ok'

# The committed demo data must be exactly what its generator writes.
datasets-check: $(B)/gen_demo
	@tmp=$$(mktemp -d); $(B)/gen_demo $$tmp || exit 1; \
	for f in counts population peers areas; do \
	  cmp -s $$tmp/$$f.csv datasets/demo-county/$$f.csv || { \
	    echo "datasets/demo-county/$$f.csv differs from tools/gen_demo.c's output"; \
	    rm -rf $$tmp; exit 1; }; done; rm -rf $$tmp; \
	echo 'datasets: demo-county regenerates byte for byte'

test: unit-test cli-test datasets-check report-test aggregate-real-test \
      formats-test

# police.uk street files of ../shared/data packed as a police.uk zip and
# aggregated: every cell against an independent awk count.
aggregate-real-test: $(BIN)
	@sh tests/aggregate_real_test.sh $(CURDIR)/$(BIN)

# The same county summary as Markdown, HTML and a PDF printed from the
# HTML by headless Chromium gives the same verdicts.
formats-test: $(BIN)
	@sh tests/check_formats.sh $(CURDIR)/$(BIN)

# Opens the demo assessment in headless Chromium: the page loads and
# shows its charts.
report-test: $(BIN)
	@sh tests/report_test.sh $(CURDIR)/$(BIN)

check: deps test-deps
	$(MAKE) all
	$(MAKE) hygiene
	$(MAKE) test
	$(MAKE) VARIANT=asan test
	$(MAKE) VARIANT=asan fuzz-replay
	@sh tests/fuzz/run.sh $(CHECK_FUZZ_SECONDS)
	@echo 'make check: every test passed (release and ASan/UBSan builds)'

valgrind: $(TEST_BIN) $(BIN)
	@set -e; for t in $(TEST_BIN); do \
	  valgrind -q --error-exitcode=1 --leak-check=full $$t; done
	@VALGRIND='valgrind -q --error-exitcode=1 --leak-check=full' \
	  sh tests/cli/run.sh $(CURDIR)/$(BIN)

# The demo: the main job on the bundled datasets.
demo: deps
	$(MAKE) all
	./crimetrend rates datasets/demo-county --period-type year --area Demoshire --format text
	./crimetrend change datasets/demo-county --period-type year --area Demoshire --base 2015 --quiet --format text
	./crimetrend change datasets/oxfordshire-2015 --format text
	./crimetrend plot datasets/demo-county --out plots/demo --quiet
	./crimetrend assess datasets/demo-county --area Demoshire --out report --quiet
	@sed -n '/^## Executive summary/,/^## Districts/p' report/report.md
	@echo 'The full assessment: report/report.md and report/report.html'

$(B)/gen_demo: tools/gen_demo.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -o $@ $< $(GSL_LIBS) -lm

$(B)/bench_document: tools/bench_document.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -o $@ $< $(LIB) $(LDLIBS)

datasets: $(B)/gen_demo
	$(B)/gen_demo datasets/demo-county

bench: all $(B)/bench_document
	sh tools/bench_aggregate.sh ./crimetrend
	sh tools/bench.sh ./crimetrend
	sh tools/bench_plot.sh ./crimetrend
	sh tools/bench_peers_project.sh ./crimetrend
	sh tools/bench_check.sh ./crimetrend
	sh tools/bench_document.sh ./crimetrend $(B)/bench_document

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib \
	  $(DESTDIR)$(PREFIX)/include/crimetrend $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/crimetrend
	install -m 644 $(LIB) $(DESTDIR)$(PREFIX)/lib/libcrimetrend.a
	install -m 644 include/crimetrend/*.h $(DESTDIR)$(PREFIX)/include/crimetrend/
	install -m 644 src/cli/crimetrend.1 $(DESTDIR)$(PREFIX)/share/man/man1/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/crimetrend $(DESTDIR)$(PREFIX)/lib/libcrimetrend.a \
	  $(DESTDIR)$(PREFIX)/share/man/man1/crimetrend.1
	rm -rf $(DESTDIR)$(PREFIX)/include/crimetrend

clean:
	rm -rf build crimetrend

-include $(wildcard $(B)/*/*.d $(B)/*.d)
