# wabill: PostgreSQL extension for the Official WhatsApp Billing report.
#
#   make demo     install what is missing, build, start a demo cluster, show a report
#   make test     the same bootstrap, then every test suite on a throwaway cluster
#   make installcheck   pg_regress against your own server (PGHOST, PGPORT, PGUSER)
#   make prove-installcheck   the pgTAP suite against your own server
#   make bench / fuzz / memcheck / stress   benchmarks and reliability runs, outside make test
#   make dist     the release archives wabill-VERSION.zip and .tar.gz of the committed tree
#   make test-versions   make test on PostgreSQL 15, 17 and 18 in Debian roots (root), VERSIONS.md
#   make test-package    the Debian package built, installed, used and purged in Debian 12 roots (root)

EXTENSION = wabill
# The version lives in one place, wabill.control.
EXTVERSION := $(shell sed -n "s/^default_version = '\(.*\)'$$/\1/p" $(dir $(lastword $(MAKEFILE_LIST)))wabill.control)

include $(dir $(lastword $(MAKEFILE_LIST)))src/core/core.mk

MODULE_big = wabill
OBJS = \
	src/wabill.o \
	src/session.o \
	src/phone.o \
	src/country.o \
	src/pricing.o \
	src/price_in_order.o \
	src/csv.o \
	src/strmap.o \
	src/region_text.o \
	src/lifecycle.o \
	src/encoding.o \
	src/quotable.o \
	src/tenant.o \
	src/load.o \
	src/load_insert.o \
	$(CORE_SRCS:.c=.o)
PGFILEDESC = "wabill - Official WhatsApp Billing report"

# Install scripts (one per version, kept so that old installations can be
# reproduced and tested) and update scripts, all in sql/.
DATA = $(wildcard sql/wabill--*.sql)

REGRESS = session_id phone_number country_name report
REGRESS_OPTS = --inputdir=test --load-extension=$(EXTENSION)

PG_CONFIG ?= pg_config

# The server's headers are -isystem so that -Wextra judges our code, not
# PostgreSQL's (whose headers have unused parameters by design).
PG_CPPFLAGS = -I$(srcdir)/src -isystem $(shell $(PG_CONFIG) --includedir-server)
# The module's version, for PG_MODULE_MAGIC_EXT on PostgreSQL 18 and later.
PG_CPPFLAGS += -DWABILL_VERSION='"$(EXTVERSION)"'
PG_CFLAGS = -Wall -Wextra
# CI (and make test) builds with -Werror; set WERROR=1 to do the same by hand.
ifneq ($(filter true 1,$(CI) $(WERROR)),)
PG_CFLAGS += -Werror
endif

EXTRA_CLEAN = test/unit/bin wabill.exports

# make demo, make test and the runs outside it install PostgreSQL first
# (test/lib.sh), and some goals need no server at all: none of them needs
# pg_config before it is there.
NO_PG_CONFIG_GOALS = demo demo-stop test shards test-versions test-package test-versions-clean memcheck stress bench fuzz fuzz-build unit-test phone-data country-names
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
ifneq ($(PGXS),)
include $(PGXS)

# PGXS tracks no header dependencies: rebuild every object when a header
# changes (a struct that grew, such as wb_phone, must not meet stale objects).
$(OBJS): $(wildcard src/*.h src/core/*.h)
else ifneq ($(or $(filter-out $(NO_PG_CONFIG_GOALS),$(MAKECMDGOALS)),$(if $(MAKECMDGOALS),,all)),)
$(error $(PG_CONFIG) not found: install PostgreSQL's server development files (make demo does) or set PG_CONFIG)
endif

# wabill.so exports its interface only: _PG_init, the magic block and the
# SQL-callable functions with their pg_finfo_ records (those declared with
# PG_FUNCTION_INFO_V1), not the core's wb_* functions nor the layer's helpers.
# PostgreSQL 15 exports every global symbol of a module (its PGDLLEXPORT is
# empty there), hence a linker version script made from the sources;
# test/exports.sh checks the result.
ifneq ($(filter linux freebsd,$(PORTNAME)),)
wabill.exports: $(filter-out src/core/%,$(OBJS:.o=.c))
	{ echo '{ global: _PG_init; Pg_magic_func;'; \
	  sed -n 's/^PG_FUNCTION_INFO_V1(\([A-Za-z0-9_]*\));$$/\1; pg_finfo_\1;/p' $^; \
	  echo 'local: *; };'; } >$@
$(shlib): wabill.exports
SHLIB_LINK += -Wl,--version-script=wabill.exports
endif

LIBPHONENUMBER_XML ?= ../shared/data/libphonenumber/PhoneNumberMetadata.xml
LIBPHONENUMBER_VERSION = v9.0.35
PYTHON ?= python3

.PHONY: demo demo-stop test shards test-versions test-package test-versions-clean unit-test prove-installcheck phone-data phone-data-release country-names dist

# Outside make test: make bench, make fuzz, make memcheck, make stress.
-include bench/bench.mk test/fuzz/fuzz.mk test/memcheck/memcheck.mk test/stress/stress.mk

demo:
	@bash test/demo.sh start

demo-stop:
	@bash test/demo.sh stop

test:
	@PROVE_FLAGS='$(PROVE_FLAGS)' bash test/run-tests.sh

# Outside make test (minutes, as root): make test on PostgreSQL 15, 17 and 18
# in throwaway Debian roots (bookworm, trixie, sid), written to VERSIONS.md.
# The roots and downloaded packages are cached in WABILL_ROOTS_CACHE
# (/var/cache/wabill-roots); make test-versions-clean removes them.
test-versions:
	@bash test/versions/run.sh

# Outside make test (as root): builds the Debian package in a throwaway Debian 12
# root and installs, uses and purges it in a fresh one.
test-package:
	@bash test/versions/package.sh

test-versions-clean:
	rm -rf --one-file-system $${WABILL_ROOTS_CACHE:-/var/cache/wabill-roots}

# More than one server: a coordinator and two shards (postgres_fdw); also
# part of make test.
shards:
	@bash test/shards/run.sh

# The plain-C core, without a server.
unit-test:
	@bash test/unit/run.sh

# pgTAP suite against an already running server, like installcheck.
prove-installcheck:
	@bash test/prove.sh

# Regenerate the committed tables; normal builds never do this.
phone-data:
	$(PYTHON) src/core/generate_calling_codes.py --xml $(LIBPHONENUMBER_XML) \
		--source-version $(LIBPHONENUMBER_VERSION) --out src/core/calling_codes_table.h

# A phone-data release: new tables, a new version and its update script,
# which rebuilds what depends on the data (see README, Upgrading).
#   make phone-data-release NEW_VERSION=0.2.1 DATA_VERSION=v9.0.40
phone-data-release:
	@bash tools/phone-data-release.sh "$(NEW_VERSION)" "$(DATA_VERSION)" "$(LIBPHONENUMBER_XML)"

country-names:
	$(PYTHON) src/core/generate_country_names.py --out src/core/country_names_table.h

# The release archives, wabill-VERSION.zip (PGXN's format) and
# wabill-VERSION.tar.gz (Debian's), of a commit (DIST_REF, HEAD by default)
# with every path under wabill-VERSION/.  The version is the one in that
# commit's wabill.control, so an archive never disagrees with what it installs;
# uncommitted changes are not in it, and a warning says so.
DIST_REF ?= HEAD
DISTDIR ?= .
DISTVERSION = $(shell git show $(DIST_REF):wabill.control | sed -n "s/^default_version = '\(.*\)'$$/\1/p")
dist:
	@test -n "$(DISTVERSION)" || { echo "dist: no default_version in $(DIST_REF):wabill.control" >&2; exit 1; }
	@git diff --quiet HEAD -- 2>/dev/null || echo "dist: warning: uncommitted changes are not in the archives" >&2
	git archive --format=zip --prefix=$(EXTENSION)-$(DISTVERSION)/ -o $(DISTDIR)/$(EXTENSION)-$(DISTVERSION).zip $(DIST_REF)
	git archive --format=tar.gz --prefix=$(EXTENSION)-$(DISTVERSION)/ -o $(DISTDIR)/$(EXTENSION)-$(DISTVERSION).tar.gz $(DIST_REF)
