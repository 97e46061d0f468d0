#!/usr/bin/env bash
# make test: install what is missing, build and install wabill, then run every
# suite with one prove against a throwaway cluster that is removed
# afterwards.  Every suite is a TAP producer: the plain-C unit tests, the
# generated-tables check, the make dist check, pg_regress (test/regress.sh),
# each pgTAP file of test/pgtap, the pg_dump round trip, the update test, the
# server encodings, the exported symbols, the phone-data release and the libphonenumber cross-check.
# The summary is prove's, and the last line "N passed, N failed" counts the
# test cases of all suites.  make test PROVE_FLAGS=-v shows every test.
set -uo pipefail
cd "$(dirname "$0")/.."
. test/lib.sh

bootstrap

work=$(mktemp -d "${TMPDIR:-/tmp}/wabill-test.XXXXXX")
trap 'cluster_remove "$work"' EXIT
say "starting a throwaway cluster in $work"
cluster_start "$work" wabill_tap "${TEST_CLUSTER_SETTINGS[@]}"
tap_database wabill_tap
mkdir -p "$work/tmp"
chmod 777 "$work/tmp"
export WABILL_TEST_TMP=$work/tmp

run_prove wabill_tap \
	test/unit/run.sh \
	test/versions/compat.sh \
	test/generated-current.sh \
	test/dist.sh \
	test/meta.py \
	test/regress.sh \
	test/pgtap/*.sql \
	test/sources/puller.sh \
	test/dump-roundtrip.sh \
	test/grants-restore.sh \
	test/upgrade/run.sh \
	test/encoding/run.sh \
	test/shards/run.sh \
	test/exports.sh \
	test/release/run.sh \
	test/oracle/crosscheck.sh
