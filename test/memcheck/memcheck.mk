# make memcheck: the regression suites with the server, and so wabill's C
# code, under Valgrind's Memcheck (test/memcheck/README.md).  Included by the
# top-level Makefile after PGXS.
#
#   make memcheck                          pg_regress, pgTAP and the pg_dump
#                                          round trip; 5 to 10 minutes
#   make memcheck MEMCHECK_SUITES=regress  only some of: regress prove dump upgrade
#   make memcheck MEMCHECK_KEEP=1          keep the cluster and valgrind's logs
#
# Like make test, it installs what is missing (valgrind too), builds and
# installs the extension, and needs root or sudo for that.

MEMCHECK_SUITES ?= regress prove dump
MEMCHECK_KEEP ?= 0
# A PG_CONFIG given on the command line or in the environment is passed on;
# the Makefile's default is not, so that the server is the one make test uses.
MEMCHECK_PG_CONFIG = $(if $(filter file default undefined,$(origin PG_CONFIG)),,$(PG_CONFIG))

.PHONY: memcheck

memcheck:
	@PG_CONFIG=$(MEMCHECK_PG_CONFIG) MEMCHECK_SUITES="$(MEMCHECK_SUITES)" MEMCHECK_KEEP=$(MEMCHECK_KEEP) \
		bash test/memcheck/run.sh
